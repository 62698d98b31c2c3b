"""Who may see and change what in the threads app.

Every logged-in employee sees the relation map, its table, a visitkort's threads and the
"Mød …" suggestions. A unit's leaders and editors (and process leaders, see
`directory.access`) declare its collaborations; the other unit's leaders and editors
confirm or decline them. The cohesion figures, the nulpunkt and the snapshots are for
process leaders.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from traade.directory.access import can_edit_unit
from traade.directory.models import Unit

from .models import Collaboration


def can_read(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def can_see_cohesion(user) -> bool:
    return can_read(user) and user.can_administer


def check_cohesion(user) -> None:
    if not can_see_cohesion(user):
        raise PermissionDenied


def get_unit_for_user(user, key: str, *, write: bool = False) -> Unit:
    """The unit; `write`: the user declares collaborations for it."""
    if not can_read(user):
        raise PermissionDenied
    unit = get_object_or_404(Unit.objects.select_related("area"), key=key)
    if write and not can_edit_unit(user, unit):
        raise PermissionDenied
    return unit


def get_collaboration_for_user(user, pk: int, *, write: bool = False) -> Collaboration:
    """The collaboration; `write`: the user answers it for the partner unit."""
    if not can_read(user):
        raise PermissionDenied
    collaboration = get_object_or_404(
        Collaboration.objects.select_related("unit", "partner"), pk=pk
    )
    if write and not can_edit_unit(user, collaboration.partner):
        raise PermissionDenied
    return collaboration


def can_end(user, collaboration: Collaboration) -> bool:
    return can_edit_unit(user, collaboration.unit) or can_edit_unit(user, collaboration.partner)
