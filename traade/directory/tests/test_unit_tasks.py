"""The tasks page: several new tasks at once, the order on the visitkort, ending a task."""

import datetime

from django.urls import reverse
from django.utils import timezone

from traade.builders import make_task
from traade.lib.testing import form_data


def _open(client, unit) -> dict:
    url = reverse("directory:unit-tasks", args=[unit.key])
    return form_data(client.get(url).text, having="form-TOTAL_FORMS")


def _field(data: dict, title: str, name: str) -> str:
    """The name of field `name` in the form of the task titled `title`."""
    prefix = next(
        k[: -len("-title")] for k, v in data.items() if k.endswith("-title") and v == title
    )
    return f"{prefix}-{name}"


def _save(client, unit, data):
    return client.post(reverse("directory:unit-tasks", args=[unit.key]), data)


def test_the_page_has_room_for_three_new_tasks(client_for, leader, unit):
    data = _open(client_for(leader), unit)
    assert data["form-TOTAL_FORMS"] == "3" and data["form-INITIAL_FORMS"] == "0"


def test_leader_adds_three_tasks_in_one_save(client_for, leader, unit):
    client = client_for(leader)
    data = _open(client, unit)
    for i, title in enumerate(["Første", "Anden", "Tredje"]):
        data[f"form-{i}-title"] = title
    response = _save(client, unit, data)
    assert response.status_code == 302
    # Without a placement, new tasks keep the order they were written in.
    assert list(unit.tasks.values_list("title", flat=True)) == ["Første", "Anden", "Tredje"]


def test_leader_reorders_the_tasks_on_the_visitkort(client_for, leader, unit):
    soon = timezone.localdate() + datetime.timedelta(days=10)
    make_task(unit=unit, title="Kommer først af sig selv", until=soon)
    make_task(unit=unit, title="Vigtigst")
    client = client_for(leader)
    data = _open(client, unit)
    data[_field(data, "Vigtigst", "ORDER")] = "1"
    data[_field(data, "Kommer først af sig selv", "ORDER")] = "2"
    assert _save(client, unit, data).status_code == 302
    assert list(unit.tasks.values_list("title", flat=True)) == [
        "Vigtigst",
        "Kommer først af sig selv",
    ]
    text = client.get(unit.get_absolute_url()).text
    assert text.index("Vigtigst") < text.index("Kommer først af sig selv")


def test_leader_ends_a_task_which_then_is_no_longer_current(client_for, leader, unit):
    task = make_task(unit=unit, title="Sommerferieaktiviteter")
    client = client_for(leader)
    data = _open(client, unit)
    data[_field(data, "Sommerferieaktiviteter", "end")] = "on"
    assert _save(client, unit, data).status_code == 302
    task.refresh_from_db()
    assert task.until == timezone.localdate() - datetime.timedelta(days=1)
    assert not unit.current_tasks().exists()
    # It is kept (for the editors, under the ended tasks), not deleted.
    assert "afsluttet opgave" in client.get(unit.get_absolute_url()).text


def test_an_ended_task_cannot_be_ended_again(client_for, leader, unit):
    make_task(unit=unit, title="Gammel", until=timezone.localdate() - datetime.timedelta(days=30))
    data = _open(client_for(leader), unit)
    assert (
        _field(data, "Gammel", "end")
        not in client_for(leader).get(reverse("directory:unit-tasks", args=[unit.key])).text
    )


def test_saving_without_changes_changes_nothing(client_for, leader, unit):
    make_task(unit=unit, title="A")
    make_task(unit=unit, title="B")
    client = client_for(leader)
    before = unit.profile_updated_at
    _save(client, unit, _open(client, unit))
    unit.refresh_from_db()
    assert unit.profile_updated_at == before


def test_a_new_task_placed_first_goes_above_the_stored_ones(client_for, leader, unit):
    make_task(unit=unit, title="Gammel")
    client = client_for(leader)
    data = _open(client, unit)
    data["form-1-title"] = "Ny og vigtig"
    data["form-1-ORDER"] = "1"
    assert _save(client, unit, data).status_code == 302
    assert list(unit.tasks.values_list("title", flat=True)) == ["Ny og vigtig", "Gammel"]
