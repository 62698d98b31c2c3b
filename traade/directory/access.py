"""Who may see and change what in the directory.

Every logged-in employee may read every unit, person and visitkort and may suggest
changes. A unit's leaders (people in the unit with the leader flag and a log-in), the
leaders of the units above it (a centre leader keeps the visitkort of the centre's
units, as municipalities are organised), its named editors and process leaders may
edit the visitkort and decide on suggestions.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from .models import Person, Suggestion, Unit


def can_edit_unit(user, unit: Unit) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    if user.can_administer:
        return True
    person = getattr(user, "person", None)
    if person is not None and person.is_leader:
        if person.unit_id == unit.pk or person.unit_id in {a.pk for a in unit.ancestors()}:
            return True
    return unit.editors.filter(pk=user.pk).exists()


def descendant_ids(unit_id: int) -> set[int]:
    """The unit and every unit below it (one query per level of the tree)."""
    found = {unit_id}
    level = {unit_id}
    while level:
        level = set(Unit.objects.filter(parent_id__in=level).values_list("pk", flat=True)) - found
        found |= level
    return found


def can_suggest(user, unit: Unit) -> bool:
    return bool(user.is_authenticated and user.is_active)


def editable_units(user):
    """Units whose visitkort this user keeps (not every unit for process leaders)."""
    if not (user.is_authenticated and user.is_active):
        return Unit.objects.none()
    from django.db.models import Q

    condition = Q(pk__in=Unit.editors.through.objects.filter(user=user).values("unit_id"))
    person = getattr(user, "person", None)
    if person is not None and person.is_leader:
        condition |= Q(pk__in=descendant_ids(person.unit_id))
    return Unit.objects.filter(condition)


def suggestion_units(user):
    """Units whose colleagues' suggestions wait for this user: the units they keep and,
    for process leaders, the units with pending suggestions that nobody else can decide
    on (no leader or editor with a log-in, nor a leader above them)."""
    units = editable_units(user)
    if not (user.is_authenticated and user.is_active and user.can_administer):
        return units
    from django.db.models import Q

    waiting = Unit.objects.without_keeper().filter(suggestions__status="pending").distinct()
    orphans = [pk for pk in waiting.values_list("pk", flat=True) if not _kept_from_above(pk)]
    return Unit.objects.filter(Q(pk__in=units.values("pk")) | Q(pk__in=orphans))


def _kept_from_above(unit_id: int) -> bool:
    """Has a unit above this one a leader with a log-in?"""
    from .models import Person

    above = []
    parent = Unit.objects.filter(pk=unit_id).values_list("parent_id", flat=True).first()
    while parent is not None and parent not in above:
        above.append(parent)
        parent = Unit.objects.filter(pk=parent).values_list("parent_id", flat=True).first()
    return Person.objects.filter(unit_id__in=above, is_leader=True, user__isnull=False).exists()


def get_unit_for_user(user, key: str, *, write: bool = False) -> Unit:
    unit = get_object_or_404(Unit.objects.select_related("area", "parent"), key=key)
    if write and not can_edit_unit(user, unit):
        raise PermissionDenied
    return unit


def get_suggestion_for_user(user, pk: int, *, write: bool = False) -> Suggestion:
    suggestion = get_object_or_404(
        Suggestion.objects.select_related("unit", "author", "unit__area"), pk=pk
    )
    if write and not can_edit_unit(user, suggestion.unit):
        raise PermissionDenied
    return suggestion


def can_edit_person(user, person: Person) -> bool:
    """The person themself, the editors of their unit, and process leaders."""
    if not (user.is_authenticated and user.is_active):
        return False
    if person.user_id is not None and person.user_id == user.pk:
        return True
    return can_edit_unit(user, person.unit)


def get_person_for_user(user, key: str, *, write: bool = False) -> Person:
    person = get_object_or_404(Person.objects.select_related("unit", "unit__area"), key=key)
    if write and not can_edit_person(user, person):
        raise PermissionDenied
    return person
