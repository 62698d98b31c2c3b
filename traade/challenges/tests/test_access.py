"""Permissions for udfordringer, as a table."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from traade.builders import make_challenge
from traade.challenges.access import can_edit_challenge, get_challenge_for_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(unit):
    return make_challenge(key="c-x", unit=unit)


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
def test_permissions(request, challenge, persona, can_read, can_edit):
    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    if can_read:
        assert get_challenge_for_user(user, "c-x") == challenge
    else:
        with pytest.raises(PermissionDenied):
            get_challenge_for_user(user, "c-x")
    assert can_edit_challenge(user, challenge) is can_edit
    if can_edit:
        assert get_challenge_for_user(user, "c-x", write=True) == challenge
    else:
        with pytest.raises(PermissionDenied):
            get_challenge_for_user(user, "c-x", write=True)


def test_unknown_key_raises_404(employee):
    with pytest.raises(Http404):
        get_challenge_for_user(employee, "c-none")
