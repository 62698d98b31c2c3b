"""Who may see and change prøvehandlinger.

Every logged-in employee may read every prøvehandling and say "vi har også prøvet det"
for their own unit: learning is there to be found. Registering, changing and closing one
is for the leaders and editors of one of its units (see `directory.access`) and for
process leaders; "vi vil prøve det" for the leaders and editors of the unit that will.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from traade.directory.access import can_edit_unit, editable_units
from traade.directory.models import Unit

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


def units_for_registering(user):
    """The units this user may register a prøvehandling for (every unit for process
    leaders)."""
    if not can_read(user):
        return Unit.objects.none()
    if user.can_administer:
        return Unit.objects.all()
    return editable_units(user)


def can_register(user) -> bool:
    return units_for_registering(user).exists()


def own_unit(user) -> Unit | None:
    """The unit a colleague speaks for in "vi har også prøvet det": their own."""
    person = getattr(user, "person", None) if can_read(user) else None
    return person.unit if person is not None else None
