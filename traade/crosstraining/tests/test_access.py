"""Permissions for cross-training rounds, as a table."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from traade.builders import make_person, make_unit
from traade.crosstraining import services
from traade.crosstraining.access import can_write_learning, get_round_for_user
from traade.crosstraining.models import Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def round(process_leader, leader, other_leader):
    """A round of Lars (the leader) and Olga (another area's leader) and two more."""
    people = [leader.person, other_leader.person]
    people += [make_person(unit=make_unit(), is_leader=True) for _ in range(2)]
    round = services.create_round(actor=process_leader, title="R", people=people, group_size=4)
    services.draw_round(actor=process_leader, round=round)
    return round


PERSONAS = ["anonymous", "employee", "member", "process_leader"]


def user_for(request, persona):
    if persona == "anonymous":
        return AnonymousUser()
    return request.getfixturevalue("leader" if persona == "member" else persona)


@pytest.mark.parametrize(
    "persona, reads_draft, reads_published, writes, writes_learning",
    [
        ("anonymous", False, False, False, False),
        ("employee", False, False, False, False),
        ("member", False, True, False, True),
        ("process_leader", True, True, True, False),
    ],
)
def test_permissions(
    request, round, process_leader, persona, reads_draft, reads_published, writes, writes_learning
):
    user = user_for(request, persona)

    def reads():
        try:
            return get_round_for_user(user, round.key) == round
        except PermissionDenied:
            return False

    assert reads() is reads_draft
    services.publish_round(actor=process_leader, round=round)
    assert reads() is reads_published
    try:
        writable = get_round_for_user(user, round.key, write=True) == round
    except PermissionDenied:
        writable = False
    assert writable is writes
    # A visit to another member's unit (Olga's school): Lars visits it.
    visit = Visit.objects.get(group__round=round, host__key="u-skolen")
    assert can_write_learning(user, visit) is writes_learning


def test_the_host_does_not_write_learning_about_their_own_unit(round, process_leader, leader):
    services.publish_round(actor=process_leader, round=round)
    own = Visit.objects.get(group__round=round, host=leader.person.unit)
    assert can_write_learning(leader, own) is False


def test_unknown_key_raises_404(process_leader):
    with pytest.raises(Http404):
        get_round_for_user(process_leader, "k-none")
