"""The front page's panel "Samarbejder, der venter på jeres svar": shown to those who may
answer for the partner unit, with who asked and about what, until it is answered."""

import datetime
import re

import pytest
from django.utils import timezone

from traade.builders import make_person, make_unit, make_user
from traade.threads import services
from traade.threads.models import Collaboration

pytestmark = pytest.mark.django_db

HEADING = "Samarbejder, der venter på jeres svar"


def _panel(client, user) -> str | None:
    """The panel's HTML on the user's front page, or None when it is not there."""
    client.force_login(user)
    html = client.get("/").content.decode()
    found = re.search(
        r'<section class="panel" aria-labelledby="collaborations-waiting">(.*?)</section>',
        html,
        re.S,
    )
    return found.group(1) if found else None


def _items(panel: str) -> list[str]:
    return [
        " ".join(re.sub(r"<[^>]+>", "", item).split())
        for item in re.findall(r"<li>(.*?)</li>", panel, re.S)
    ]


@pytest.fixture
def asked(unit, other_unit, leader):
    return services.declare_collaboration(
        actor=leader, unit=unit, partner=other_unit, about="Læsevenner for beboerne"
    )


def test_the_partners_leader_sees_who_asks_and_about_what(client, asked, other_leader):
    panel = _panel(client, other_leader)
    assert HEADING in panel
    assert _items(panel) == [
        "Plejecenter Solgården siger, at de arbejder sammen med Egeby Skole: "
        "»Læsevenner for beboerne«"
    ]
    assert 'href="/enheder/u-solgaarden/"' in panel  # who asks
    assert 'href="/enheder/u-skolen/#traade"' in panel  # where to answer


@pytest.mark.parametrize("persona", ["leader", "employee", "process_leader"])
def test_nobody_else_gets_the_panel(request, client, asked, persona):
    # Not the leader who asked, not a colleague, and not a process leader: they may answer
    # for any unit, but the panel is for the units a person keeps.
    assert _panel(client, request.getfixturevalue(persona)) is None


def test_a_named_editor_and_the_leader_above_the_partner_see_it_too(client, unit, leader):
    centre = make_unit(key="u-center", name="Center for Skoler")
    school = make_unit(key="u-vest", name="Vestskolen", parent=centre)
    centre_leader = make_user("carl")
    make_person(unit=centre, is_leader=True, user=centre_leader)
    editor = make_user("edith")
    school.editors.add(editor)
    services.declare_collaboration(actor=leader, unit=unit, partner=school, about="Sang")
    for user in (centre_leader, editor):
        assert _items(_panel(client, user)) == [
            "Plejecenter Solgården siger, at de arbejder sammen med Vestskolen: »Sang«"
        ]


@pytest.mark.parametrize("confirm", [True, False])
def test_an_answered_collaboration_leaves_the_panel(client, asked, other_leader, confirm):
    services.decide_collaboration(actor=other_leader, collaboration=asked, confirm=confirm)
    assert _panel(client, other_leader) is None


def test_the_ten_oldest_questions_are_shown_oldest_first(client, other_unit, other_leader):
    pia = make_user("pia2", is_process_leader=True)
    start = timezone.now() - datetime.timedelta(days=30)
    for number in range(11):
        asking = make_unit(name=f"Enhed {number:02d}")
        collaboration = services.declare_collaboration(
            actor=pia, unit=asking, partner=other_unit, about=f"Emne {number:02d}"
        )
        # Declared on day 10 - number: the last one made is the oldest.
        Collaboration.objects.filter(pk=collaboration.pk).update(
            declared_at=start + datetime.timedelta(days=10 - number)
        )
    items = _items(_panel(client, other_leader))
    assert len(items) == 10
    assert [item.split("»")[1] for item in items] == [f"Emne {n:02d}«" for n in range(10, 0, -1)]
    assert "Og 1 mere." in _panel(client, other_leader)
