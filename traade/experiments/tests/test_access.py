"""Permissions for prøvehandlinger, as a table."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from traade.builders import make_experiment
from traade.experiments.access import can_edit_experiment, get_experiment_for_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def experiment(unit):
    return make_experiment(key="e-x", units=[unit])


@pytest.mark.parametrize(
    "persona, can_read, can_edit",
    [
        ("anonymous", False, False),
        ("employee", True, False),
        ("leader", True, True),
        ("other_leader", True, False),
        ("process_leader", True, True),
    ],
)
def test_permissions(request, experiment, persona, can_read, can_edit):
    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    if can_read:
        assert get_experiment_for_user(user, "e-x") == experiment
    else:
        with pytest.raises(PermissionDenied):
            get_experiment_for_user(user, "e-x")
    assert can_edit_experiment(user, experiment) is can_edit
    if can_edit:
        assert get_experiment_for_user(user, "e-x", write=True) == experiment
    else:
        with pytest.raises(PermissionDenied):
            get_experiment_for_user(user, "e-x", write=True)


def test_unknown_key_raises_404(employee):
    with pytest.raises(Http404):
        get_experiment_for_user(employee, "e-none")


@pytest.fixture
def editor(unit):
    from traade.builders import make_user

    user = make_user("erik")
    unit.editors.add(user)
    return user


@pytest.mark.parametrize(
    "persona, registers_for_unit, edits",
    [
        ("anonymous", False, False),
        ("employee", False, False),
        ("leader", True, True),
        ("editor", True, True),
        ("other_leader", False, False),
        ("process_leader", True, True),
    ],
)
def test_who_registers_and_edits_for_a_unit(
    request, experiment, unit, persona, registers_for_unit, edits
):
    from traade.experiments.access import can_register, units_for_registering

    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    assert (unit in units_for_registering(user)) is registers_for_unit
    assert can_edit_experiment(user, experiment) is edits
    if persona in ("anonymous", "employee"):
        assert can_register(user) is False


def test_colleague_speaks_for_their_own_unit(employee, process_leader):
    from traade.experiments.access import own_unit

    assert own_unit(employee) == employee.person.unit
    assert own_unit(process_leader) is None
    assert own_unit(AnonymousUser()) is None
