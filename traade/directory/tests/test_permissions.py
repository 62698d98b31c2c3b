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


def test_leader_of_parent_unit_is_not_editor_of_child(client, leader, unit):
    from traade.builders import make_unit

    child = make_unit(parent=unit, key="u-child")
    client.force_login(leader)
    assert client.get(reverse("directory:unit-edit", args=[child.key])).status_code == 403


def test_unknown_unit_is_404(client_for, employee):
    assert client_for(employee).get("/enheder/findes-ikke/").status_code == 404
