"""Who may see and change cross-training rounds.

Process leaders create, draw, change and publish rounds and see all of them. A member
sees a published round (their own group and its visits) and writes learning after a
visit of their group. Other logged-in employees see only the published learning on a
host unit's visitkort; anonymous visitors see nothing.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from .models import Membership, Round, Visit


def can_read(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def can_manage(user) -> bool:
    return can_read(user) and user.can_administer


def is_member(user, round: Round) -> bool:
    person = getattr(user, "person", None)
    return person is not None and Membership.objects.filter(round=round, person=person).exists()


def get_round_for_user(user, key: str, *, write: bool = False) -> Round:
    if not can_read(user):
        raise PermissionDenied
    round = get_object_or_404(Round, key=key)
    if can_manage(user):
        return round
    if write or not (round.is_published and is_member(user, round)):
        raise PermissionDenied
    return round


def can_write_learning(user, visit: Visit) -> bool:
    """A member of the visiting group, once the round is published; not the host, who
    does not visit their own unit."""
    person = getattr(user, "person", None)
    return (
        can_read(user)
        and person is not None
        and person.unit_id != visit.host_id
        and visit.group.round.is_published
        and visit.group.memberships.filter(person=person).exists()
    )


def my_group(user, round: Round):
    """The user's group in the round, or None."""
    person = getattr(user, "person", None)
    if person is None:
        return None
    membership = Membership.objects.filter(round=round, person=person).select_related("group")
    return membership[0].group if membership else None


def get_visit_for_user(user, round: Round, pk: int) -> Visit:
    """A visit of the round: process leaders may see and plan every visit, a member those
    of their own group."""
    visit = get_object_or_404(
        Visit.objects.select_related("group__round", "host"), pk=pk, group__round=round
    )
    if can_manage(user):
        return visit
    if not round.is_published or not visit.group.memberships.filter(person__user=user).exists():
        raise PermissionDenied
    return visit
