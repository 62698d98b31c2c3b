"""The threads the challenge exchange makes: a unit answered another unit's challenge.

Registered with the threads app in `ChallengesConfig.ready()`. The answering unit is
the one answered for, or, for an imported answer that names only a person, that
person's unit. A thread reason per challenge and answering unit (several answers from one unit are one reason), dated by the
challenge's posted date: the exchange format carries no date for an answer, so answers
made in Tråde and imported ones are dated alike.
"""

from __future__ import annotations

from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade import threads

from .models import Response

KIND = "challenge"


def collect(units):
    # An answer on behalf of a unit, or (imported with a person only) by someone in one.
    answers = (
        Response.objects.annotate(
            answering=Coalesce("unit_id", "person__unit_id"),
            answering_name=Coalesce("unit__name", "person__unit__name"),
        )
        .filter(answering__isnull=False)
        .exclude(answering=F("challenge__unit_id"))
    )
    if units is not None:
        answers = answers.filter(Q(answering__in=units) | Q(challenge__unit_id__in=units))
    page = reverse("challenges:challenge-detail", args=["KEY"])
    for unit, unit_name, poster, key, title, posted, created in answers.values_list(
        "answering",
        "answering_name",
        "challenge__unit_id",
        "challenge__key",
        "challenge__title",
        "challenge__posted",
        "created_at",
    ).order_by():
        yield threads.Found.between(
            unit,
            poster,
            source=f"{key}/{unit}",
            date=posted or timezone.localdate(created),
            label=_("%(unit)s svarede på udfordringen »%(title)s«")
            % {"unit": unit_name, "title": title},
            url=page.replace("KEY", key),
        )


def refresh(*units) -> None:
    """Bring the threads of these units (or unit ids) up to date after a change."""
    threads.sync(kind=KIND, units=units)


def register() -> None:
    threads.register(
        threads.ThreadKind(
            name=KIND, label=_("Svarede på en udfordring"), collect=collect, order=20
        )
    )
