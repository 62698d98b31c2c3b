"""Who may see and change udfordringer.

Every logged-in employee may read every challenge and its responses: a challenge is
posted so that other areas can help. Changing one (a later issue) is for the leaders
and editors of the posting unit and for process leaders.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from traade.directory.access import can_edit_unit, editable_units
from traade.directory.models import Unit

from .models import Challenge, Response


def can_read(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def can_edit_challenge(user, challenge: Challenge) -> bool:
    return can_read(user) and can_edit_unit(user, challenge.unit)


def get_challenge_for_user(user, key: str, *, write: bool = False) -> Challenge:
    if not can_read(user):
        raise PermissionDenied
    challenge = get_object_or_404(Challenge.objects.select_related("unit", "unit__area"), key=key)
    if write and not can_edit_challenge(user, challenge):
        raise PermissionDenied
    return challenge


def challenges_for_user(user):
    """The challenges this user may read: all of them, for any logged-in user."""
    if not can_read(user):
        return Challenge.objects.none()
    return Challenge.objects.all()


def units_for_posting(user):
    """The units this user may post a challenge for: those they keep; every unit for
    process leaders."""
    if not can_read(user):
        return Unit.objects.none()
    if user.can_administer:
        return Unit.objects.all()
    return editable_units(user)


def check_can_post(user) -> None:
    if not units_for_posting(user).exists():
        raise PermissionDenied


def can_respond(user) -> bool:
    """A colleague answers on behalf of their unit, so they need to belong to one."""
    return can_read(user) and getattr(user, "person", None) is not None


def get_response_for_user(user, challenge: Challenge, pk: int, *, write: bool = False):
    response = get_object_or_404(Response, challenge=challenge, pk=pk)
    if write and not can_edit_challenge(user, challenge):
        raise PermissionDenied
    return response
