"""The permission matrix for the directory, as a table.

Who: anonymous, employee, leader of the unit, leader of another unit, named editor,
process leader. What: view, edit, suggest, decide (accept/decline), see history.
"""

import pytest
from django.urls import reverse

from traade.builders import make_user
from traade.directory.models import Suggestion

WHO = ["anonymous", "employee", "leader", "other_leader", "editor", "process_leader"]

# (url name, method, expected status per persona in WHO order)
# 302 for anonymous is the redirect to the log-in page.
MATRIX = [
    ("directory:unit-detail", "get", [302, 200, 200, 200, 200, 200]),
    ("directory:unit-edit", "get", [302, 403, 200, 403, 200, 200]),
    ("directory:unit-tasks", "get", [302, 403, 200, 403, 200, 200]),
    ("directory:suggestion-create", "get", [302, 200, 200, 200, 200, 200]),
    ("directory:suggestion-list", "get", [302, 403, 200, 403, 200, 200]),
    ("directory:unit-history", "get", [302, 403, 200, 403, 200, 200]),
    ("directory:maintenance", "get", [302, 403, 403, 403, 403, 200]),
    ("directory:home", "get", [302, 200, 200, 200, 200, 200]),
    ("directory:area-list", "get", [302, 200, 200, 200, 200, 200]),
]


@pytest.fixture
def cast(employee, leader, other_leader, process_leader, unit):
    editor = make_user("erik")
    unit.editors.add(editor)
    return {
        "anonymous": None,
        "employee": employee,
        "leader": leader,
        "other_leader": other_leader,
        "editor": editor,
        "process_leader": process_leader,
    }


def _url(name, unit):
    if name in ("directory:maintenance", "directory:home", "directory:area-list"):
        return reverse(name)
    return reverse(name, args=[unit.key])


@pytest.mark.parametrize("name,method,expected", MATRIX, ids=[m[0] for m in MATRIX])
def test_directory_permission_matrix(client, cast, unit, name, method, expected):
    for who, status in zip(WHO, expected, strict=True):
        client.logout()
        if cast[who] is not None:
            client.force_login(cast[who])
        response = getattr(client, method)(_url(name, unit))
        assert response.status_code == status, f"{who} on {name}: {response.status_code}"
        if status == 302:
            assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize(
    "who,may_decide",
    [
        ("employee", False),
        ("leader", True),
        ("other_leader", False),
        ("editor", True),
        ("process_leader", True),
    ],
)
def test_only_editors_can_decide_on_suggestions(client, cast, unit, who, may_decide):
    suggestion = Suggestion.objects.create(
        unit=unit, author=cast["employee"], kind="knowledge", text="sansehaver"
    )
    client.force_login(cast[who])
    response = client.post(reverse("directory:suggestion-accept", args=[suggestion.pk]))
    suggestion.refresh_from_db()
    unit.refresh_from_db()
    if may_decide:
        assert response.status_code == 302
        assert suggestion.status == "accepted"
        assert "sansehaver" in unit.knowledge
    else:
        assert response.status_code == 403
        assert suggestion.status == "pending"
        assert "sansehaver" not in unit.knowledge


def test_outsider_cannot_edit_visitkort_by_posting(client, other_leader, unit):
    client.force_login(other_leader)
    response = client.post(
        reverse("directory:unit-edit", args=[unit.key]), {"description": "Hacket"}
    )
    assert response.status_code == 403
    unit.refresh_from_db()
    assert unit.description != "Hacket"


# The organisation's tree: a centre leader keeps the visitkort of the centre's units.
#   centre (leader: centre_leader, editor: centre_editor)
#   ├── team (leader: team_leader)
#   │   └── group (no leader)
#   └── sibling (leader: sibling_leader)
TREE_WHO = ["centre_leader", "centre_editor", "team_leader", "sibling_leader", "team_member"]
# May each of TREE_WHO edit the unit (and decide on its suggestions)?
TREE_MATRIX = [
    ("centre", [True, True, False, False, False]),
    ("team", [True, False, True, False, False]),
    ("group", [True, False, True, False, False]),
    ("sibling", [True, False, False, True, False]),
]


@pytest.fixture
def tree(area):
    from traade.builders import make_person, make_unit

    centre = make_unit(area=area, key="u-centre", name="Center for Pleje")
    team = make_unit(key="u-team", name="Team Nord", parent=centre)
    group = make_unit(key="u-group", name="Nattevagten", parent=team)
    sibling = make_unit(key="u-sibling", name="Team Syd", parent=centre)
    people = {}
    for who, unit, leader in [
        ("centre_leader", centre, True),
        ("team_leader", team, True),
        ("sibling_leader", sibling, True),
        ("team_member", team, False),
    ]:
        people[who] = make_user(who)
        make_person(unit=unit, is_leader=leader, user=people[who])
    people["centre_editor"] = make_user("centre_editor")
    centre.editors.add(people["centre_editor"])
    units = {"centre": centre, "team": team, "group": group, "sibling": sibling}
    return units, people


@pytest.mark.parametrize("unit_name,expected", TREE_MATRIX, ids=[m[0] for m in TREE_MATRIX])
def test_leaders_edit_the_visitkort_of_the_units_below_them(client, tree, unit_name, expected):
    units, people = tree
    unit = units[unit_name]
    for who, may_edit in zip(TREE_WHO, expected, strict=True):
        client.force_login(people[who])
        for name in ("directory:unit-edit", "directory:unit-tasks", "directory:suggestion-list"):
            status = client.get(reverse(name, args=[unit.key])).status_code
            assert status == (200 if may_edit else 403), f"{who} on {name} of {unit_name}"


def test_a_centre_leader_decides_on_suggestions_to_the_centres_units(client, tree, employee):
    units, people = tree
    suggestion = Suggestion.objects.create(
        unit=units["group"], author=employee, kind="knowledge", text="nattevagter"
    )
    client.force_login(people["centre_leader"])
    home = client.get(reverse("directory:home")).text
    assert "nattevagter" in home and "Nattevagten" in home
    response = client.post(reverse("directory:suggestion-accept", args=[suggestion.pk]))
    assert response.status_code == 302
    units["group"].refresh_from_db()
    assert units["group"].knowledge == ["nattevagter"]


def test_suggestions_to_a_unit_kept_from_above_are_not_the_process_leaders(
    client, tree, employee, process_leader
):
    units, _people = tree
    Suggestion.objects.create(
        unit=units["group"], author=employee, kind="knowledge", text="nattevagter"
    )
    client.force_login(process_leader)
    assert "nattevagter" not in client.get(reverse("directory:home")).text


def test_unknown_unit_is_404(client_for, employee):
    assert client_for(employee).get("/enheder/findes-ikke/").status_code == 404
