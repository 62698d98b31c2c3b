"""Who may see and change prøvehandlinger.

Every logged-in employee may read every prøvehandling: learning is there to be found.
Changing one (a later issue) is for the leaders and editors of one of its units and for
process leaders.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from traade.directory.access import can_edit_unit

from .models import Experiment


def can_read(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def can_edit_experiment(user, experiment: Experiment) -> bool:
    if not can_read(user):
        return False
    if user.can_administer:
        return True
    return any(can_edit_unit(user, unit) for unit in experiment.units.all())


def get_experiment_for_user(user, key: str, *, write: bool = False) -> Experiment:
    if not can_read(user):
        raise PermissionDenied
    experiment = get_object_or_404(
        Experiment.objects.select_related("contact", "contact__unit").prefetch_related(
            "units__area"
        ),
        key=key,
    )
    if write and not can_edit_experiment(user, experiment):
        raise PermissionDenied
    return experiment


def experiments_for_user(user):
    """The prøvehandlinger this user may read: all of them, for any logged-in user."""
    if not can_read(user):
        return Experiment.objects.none()
    return Experiment.objects.all()
