"""A round's overview: its groups with their members and visits, what is done and due,
and the same as rows for CSV/Excel."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _

from traade.directory.models import Person

from .models import Group, Learning, Membership, Round, Visit

DONE, PLANNED, NOT_PLANNED = "done", "planned", "not_planned"
STATUS_LABELS = {
    DONE: _("Gennemført"),
    PLANNED: _("Planlagt"),
    NOT_PLANNED: _("Ingen dato endnu"),
}


def visit_status(visit: Visit, today: datetime.date) -> str:
    if visit.date is None:
        return NOT_PLANNED
    return DONE if visit.is_done(today) else PLANNED


@dataclass
class GroupView:
    group: Group
    members: list[Person]
    visits: list[Visit] = field(default_factory=list)
    breaks: list[dict] = field(default_factory=list)  # filled in by the draft page

    @property
    def number(self) -> int:
        return self.group.number

    @property
    def dated(self) -> bool:
        return any(visit.date for visit in self.visits)


@dataclass
class Overview:
    groups: list[GroupView]
    unplaced: list[Person]
    counts: dict[str, int]

    @property
    def visits(self) -> int:
        return sum(self.counts.values())


def overview(round: Round, today: datetime.date, *, only: Group | None = None) -> Overview:
    """The groups (or just `only`), each visit annotated with `status`, `status_label`
    and its `learnings`, and the counts of visits done, planned and without a date."""
    groups = round.groups.all() if only is None else round.groups.filter(pk=only.pk)
    groups = groups.prefetch_related(
        Prefetch(
            "memberships",
            Membership.objects.select_related("person__unit__area").order_by("person__name"),
        ),
        Prefetch(
            "visits",
            Visit.objects.select_related("host__area")
            .prefetch_related(
                Prefetch("learnings", Learning.objects.select_related("person__unit"))
            )
            .order_by(F("date").asc(nulls_last=True), "host__name"),
        ),
    )
    counts = {DONE: 0, PLANNED: 0, NOT_PLANNED: 0}
    views = []
    for group in groups:
        visits = list(group.visits.all())
        for visit in visits:
            visit.status = visit_status(visit, today)
            visit.status_label = str(STATUS_LABELS[visit.status])
            counts[visit.status] += 1
        views.append(GroupView(group, [m.person for m in group.memberships.all()], visits))
    unplaced = (
        [
            m.person
            for m in round.memberships.filter(group__isnull=True).select_related(
                "person__unit__area"
            )
        ]
        if only is None
        else []
    )
    return Overview(views, unplaced, counts)


HEADER = [
    _("Gruppe"),
    _("Medlemmer"),
    _("Besøg hos"),
    _("Fagområde"),
    _("Dato"),
    _("Status"),
    _("Læring skrevet af"),
    _("Det så vi"),
    _("Det tager vi med hjem"),
]


def lines(round: Round, today: datetime.date) -> list[list[str]]:
    """One row per visit (a group without visits yet: one row), the header first."""
    out = [[str(title) for title in HEADER]]
    for view in overview(round, today).groups:
        members = "; ".join(f"{p.name} ({p.unit.name})" for p in view.members)
        if not view.visits:
            out.append([str(view.number), members, "", "", "", "", "", "", ""])
        for visit in view.visits:
            learnings = list(visit.learnings.all())
            out.append(
                [
                    str(view.number),
                    members,
                    visit.host.name,
                    visit.host.area.name,
                    visit.date.isoformat() if visit.date else "",
                    visit.status_label,
                    "; ".join(learning.person.name for learning in learnings),
                    "\n\n".join(f"{lr.person.name}: {lr.saw}" for lr in learnings),
                    "\n\n".join(f"{lr.person.name}: {lr.take_home}" for lr in learnings),
                ]
            )
    return out
