"""Reminding leaders of stale visitkort: who leads a unit, and the e-mail they get.

A unit without a leader of its own (a team led by its centre's leader) is led by the
nearest unit above it that has one; that leader gets the reminder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.core.mail import EmailMessage
from django.utils import timezone

from .models import Person, Unit

log = logging.getLogger(__name__)
MAX_DEPTH = 20


def responsible_leaders(units) -> dict[int, list[Person]]:
    """{unit id: the leaders who answer for its visitkort} for many units, a few queries
    in all (one per level of the tree walked up), not a few per unit."""
    result: dict[int, list[Person]] = {}
    asking = {unit.pk: unit.pk for unit in units}  # unit whose leaders we look for -> unit
    for _ in range(MAX_DEPTH):
        if not asking:
            break
        found: dict[int, list[Person]] = {}
        leaders = Person.objects.filter(unit_id__in=set(asking.values()), is_leader=True)
        for person in leaders.select_related("user", "unit").order_by("name"):
            found.setdefault(person.unit_id, []).append(person)
        missing = {}
        for original, current in asking.items():
            if current in found:
                result[original] = found[current]
            else:
                missing[original] = current
        parents = dict(
            Unit.objects.filter(pk__in=set(missing.values())).values_list("pk", "parent_id")
        )
        asking = {o: parents[c] for o, c in missing.items() if parents.get(c) is not None}
    return result


def address_of(person: Person) -> str:
    user = person.user
    return person.email or (user.email if user is not None else "")


@dataclass
class ReminderResult:
    sent: list[Unit] = field(default_factory=list)
    already_today: list[Unit] = field(default_factory=list)
    no_address: list[Unit] = field(default_factory=list)
    failed: list[Unit] = field(default_factory=list)


def message(unit: Unit, leaders: list[Person], *, actor, edit_url: str) -> EmailMessage:
    names = " og ".join(", ".join(p.name for p in leaders).rsplit(", ", 1))
    missing = unit.missing
    body = (
        f"Kære {names}\n\n"
        f"Visitkortet for {unit.name} i Tråde er sidst opdateret "
        f"{timezone.localtime(unit.profile_updated_at):%d.%m.%Y}. Kollegaer bruger det til at "
        "finde jer, når de har brug for det, I ved og arbejder med.\n\n"
        "Vil du se det igennem? Ret det, der ikke passer længere, eller bekræft med ét klik, "
        "at det stadig passer:\n"
        f"{edit_url}\n\n"
        + (f"Visitkortet mangler {', '.join(missing)}.\n\n" if missing else "")
        + f"Venlig hilsen\n{actor.display_name}\n"
    )
    return EmailMessage(
        subject=f"Tråde: Ser du visitkortet for {unit.name} igennem?",
        body=body,
        to=[address_of(p) for p in leaders],
        reply_to=[actor.email] if actor.email else None,
    )
