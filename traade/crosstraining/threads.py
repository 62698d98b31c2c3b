"""The threads krydstræning makes: the units of leaders who were in the same published
group, and a unit that a group visited (a visit someone wrote learning from).

Registered with the threads app in `CrosstrainingConfig.ready()`. A group is dated by
its round's publication, a visit by its date (or else its first learning's).
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade import threads

from .models import Membership, RoundStatus, Visit

KIND = "crosstraining"


def collect(units):
    members = Membership.objects.filter(
        round__status=RoundStatus.PUBLISHED, group__isnull=False
    ).values_list(
        "group_id", "round__key", "round__title", "round__published_at", "person__unit_id"
    )
    visits = (
        Visit.objects.filter(group__round__status=RoundStatus.PUBLISHED, learnings__isnull=False)
        .annotate(first=Min("learnings__created_at"))
        .values_list(
            "group_id",
            "group__round__key",
            "group__round__title",
            "group__number",
            "date",
            "first",
            "host_id",
        )
    )
    if units is not None:
        members = members.filter(group__memberships__person__unit_id__in=units).distinct()
        visits = visits.filter(group__memberships__person__unit_id__in=units).distinct()
    groups: dict[int, set[int]] = defaultdict(set)
    rounds = {}
    for group, key, title, published, unit in members:
        groups[group].add(unit)
        rounds[group] = (key, title, timezone.localdate(published or timezone.now()))
    for group, units_of in groups.items():
        key, title, date = rounds[group]
        for one, other in itertools.combinations(sorted(units_of), 2):
            yield threads.Found.between(
                one,
                other,
                source=f"{key}/gruppe-{group}",
                date=date,
                label=_("Ledere i samme krydstræningsgruppe i »%(title)s«") % {"title": title},
            )
    for group, key, title, number, planned, first, host in visits:
        date = planned or timezone.localdate(first)
        for unit in groups.get(group, ()):
            yield threads.Found.between(
                unit,
                host,
                source=f"{key}/gruppe-{number}/besoeg-{host}",
                date=date,
                label=_("Besøg i krydstræningen »%(title)s«") % {"title": title},
            )


def refresh(*units) -> None:
    """Bring the threads of these units (or unit ids) up to date after a change."""
    threads.sync(kind=KIND, units=units)


def register() -> None:
    threads.register(
        threads.ThreadKind(name=KIND, label=_("Mødtes i krydstræning"), collect=collect, order=40)
    )
