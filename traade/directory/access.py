"""Who may see and change what in the directory.

Every logged-in employee may read every unit, person and visitkort and may suggest
changes. A unit's leaders (people in the unit with the leader flag and a log-in), its
named editors and process leaders may edit the visitkort and decide on suggestions.
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
    if person is not None and person.is_leader and person.unit_id == unit.pk:
        return True
    return unit.editors.filter(pk=user.pk).exists()


def can_suggest(user, unit: Unit) -> bool:
    return bool(user.is_authenticated and user.is_active)


def editable_units(user):
    """Units whose visitkort this user keeps (not every unit for process leaders)."""
    if not (user.is_authenticated and user.is_active):
        return Unit.objects.none()
    from django.db.models import Q

    condition = Q(editors=user)
    person = getattr(user, "person", None)
    if person is not None and person.is_leader:
        condition |= Q(pk=person.unit_id)
    return Unit.objects.filter(condition).distinct()


def suggestion_units(user):
    """Units whose colleagues' suggestions wait for this user: the units they keep and,
    for process leaders, the units without a leader or editor who could decide."""
    units = editable_units(user)
    if user.is_authenticated and user.is_active and user.can_administer:
        from django.db.models import Q

        keep = Q(pk__in=units.values("pk"))
        return Unit.objects.filter(keep | Q(pk__in=Unit.objects.without_keeper().values("pk")))
    return units


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
