"""Two editors with the same form open: nothing the first saved is lost by the second.

Each editor has their own browser (client); B opens the form before A saves.
"""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from traade.builders import make_person, make_task, make_user
from traade.directory.models import Task
from traade.lib.testing import form_data


@pytest.fixture
def editors(unit, leader):
    """Two people who may edit the unit's visitkort, each logged in in their own browser."""
    other = make_user("eva")
    make_person(key="p-eva", name="Eva Editor", unit=unit, user=other)
    unit.editors.add(other)
    a, b = Client(), Client()
    a.force_login(leader)
    b.force_login(other)
    return a, b


def _open(client, url, having="snapshot"):
    response = client.get(url)
    assert response.status_code == 200
    return form_data(response.text, having=having)


# Visitkort ---------------------------------------------------------------------------


def test_a_stale_visitkort_form_shows_both_versions_and_saves_nothing(editors, unit):
    unit.description = "Den gamle tekst"
    unit.phone = "11 11 11 11"
    unit.save()
    a, b = editors
    url = reverse("directory:unit-edit", args=[unit.key])
    form_a, form_b = _open(a, url), _open(b, url)

    a.post(url, {**form_a, "description": "Annes nye tekst"})
    response = b.post(url, {**form_b, "phone": "22 22 22 22"})

    assert response.status_code == 409
    text = response.text
    assert "Visitkortet er gemt" not in text
    assert "Nogen har gemt ændringer, mens du redigerede" in text
    assert "Lars Holm har gemt dette, mens du redigerede" in text
    # Both versions of the description are on the page: A's saved one and B's own.
    assert "Annes nye tekst" in text and "Den gamle tekst" in text
    # B's change is kept in the form, not lost.
    assert 'value="22 22 22 22"' in text
    unit.refresh_from_db()
    assert unit.description == "Annes nye tekst"
    assert unit.phone == "11 11 11 11"


def test_resolving_by_keeping_the_saved_text_keeps_both_changes(editors, unit):
    unit.description = "Den gamle tekst"
    unit.save()
    a, b = editors
    url = reverse("directory:unit-edit", args=[unit.key])
    form_a, form_b = _open(a, url), _open(b, url)
    a.post(url, {**form_a, "description": "Annes nye tekst"})
    conflict = b.post(url, {**form_b, "phone": "22 22 22 22"})

    # B only changed the phone: the saved description is chosen already; B sends again.
    again = form_data(conflict.text, having="snapshot")
    assert again["choose_description"] == "saved"
    response = b.post(url, again)

    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.description == "Annes nye tekst"
    assert unit.phone == "22 22 22 22"
    assert "Visitkortet er gemt" in b.get(unit.get_absolute_url()).text


def test_resolving_by_choosing_ones_own_version_saves_it(editors, unit):
    unit.description = "Den gamle tekst"
    unit.save()
    a, b = editors
    url = reverse("directory:unit-edit", args=[unit.key])
    form_a, form_b = _open(a, url), _open(b, url)
    a.post(url, {**form_a, "description": "Annes nye tekst"})
    conflict = b.post(url, {**form_b, "description": "Evas tekst"})

    again = form_data(conflict.text, having="snapshot")
    # Both changed the description: there is no default, B must choose.
    assert "choose_description" not in again
    response = b.post(url, again)
    assert response.status_code == 200
    assert "Vælg, hvilken version der skal gemmes" in response.text
    unit.refresh_from_db()
    assert unit.description == "Annes nye tekst"

    response = b.post(url, {**again, "choose_description": "mine"})
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.description == "Evas tekst"


def test_fields_only_the_second_editor_changed_need_no_choice(editors, unit):
    a, b = editors
    url = reverse("directory:unit-edit", args=[unit.key])
    form_a, form_b = _open(a, url), _open(b, url)
    a.post(url, {**form_a, "address": "Solvej 4"})
    response = b.post(url, {**form_b, "address": "Solvej 4", "phone": "22 22 22 22"})
    # A and B wrote the same address; the phone is B's alone: nothing to choose.
    assert response.status_code == 302
    unit.refresh_from_db()
    assert (unit.address, unit.phone) == ("Solvej 4", "22 22 22 22")


def test_a_third_save_during_the_choice_is_caught_too(editors, unit, process_leader):
    a, b = editors
    url = reverse("directory:unit-edit", args=[unit.key])
    form_a, form_b = _open(a, url), _open(b, url)
    a.post(url, {**form_a, "description": "Første"})
    again = form_data(b.post(url, {**form_b, "phone": "1"}).text, having="snapshot")
    a.post(url, {**form_a, **_open(a, url), "description": "Anden"})
    response = b.post(url, again)
    assert response.status_code == 409
    assert "Anden" in response.text
    unit.refresh_from_db()
    assert unit.description == "Anden" and unit.phone == ""


def test_a_form_without_a_snapshot_never_overwrites_silently(client_for, leader, unit):
    unit.description = "Gemt"
    unit.save()
    url = reverse("directory:unit-edit", args=[unit.key])
    response = client_for(leader).post(url, {"description": "Ny", "phone": ""})
    assert response.status_code == 409
    unit.refresh_from_db()
    assert unit.description == "Gemt"


def test_a_tampered_snapshot_counts_as_none(client_for, leader, unit):
    unit.description = "Gemt"
    unit.save()
    client = client_for(leader)
    url = reverse("directory:unit-edit", args=[unit.key])
    data = _open(client, url)
    response = client.post(url, {**data, "snapshot": data["snapshot"] + "x", "description": "Ny"})
    assert response.status_code == 409


# Tasks -------------------------------------------------------------------------------


def _tasks_form(client, unit):
    return _open(client, reverse("directory:unit-tasks", args=[unit.key]), "form-TOTAL_FORMS")


def _field(data, title, name):
    """The form key of `name` in the task form whose title is `title`."""
    for key, value in data.items():
        if key.endswith("-title") and value == title:
            return key.replace("-title", f"-{name}")
    raise KeyError(title)


def test_a_stale_tasks_form_shows_the_conflict_not_an_unmarked_error(editors, unit):
    make_task(unit=unit, title="Sansehave", description="Gammel")
    a, b = editors
    url = reverse("directory:unit-tasks", args=[unit.key])
    form_a, form_b = _tasks_form(a, unit), _tasks_form(b, unit)
    a.post(url, {**form_a, _field(form_a, "Sansehave", "description"): "Annes beskrivelse"})
    response = b.post(url, {**form_b, _field(form_b, "Sansehave", "until"): "2031-01-01"})

    assert response.status_code == 409
    assert "Ret det, der er markeret" not in response.text
    assert "Nogen har ændret opgaverne, mens du redigerede" in response.text
    assert "Annes beskrivelse" in response.text and "Gammel" in response.text
    task = Task.objects.get(unit=unit)
    assert task.description == "Annes beskrivelse" and task.until is None

    again = form_data(response.text, having="form-TOTAL_FORMS")
    assert b.post(url, again).status_code == 302
    task.refresh_from_db()
    assert task.description == "Annes beskrivelse"
    assert task.until == datetime.date(2031, 1, 1)


def test_a_task_removed_meanwhile_can_be_saved_again_or_left_removed(editors, unit):
    make_task(unit=unit, title="Sansehave")
    a, b = editors
    url = reverse("directory:unit-tasks", args=[unit.key])
    form_a, form_b = _tasks_form(a, unit), _tasks_form(b, unit)
    a.post(url, {**form_a, _field(form_a, "Sansehave", "DELETE"): "on"})
    assert not Task.objects.filter(unit=unit).exists()

    # B changed the removed task: B must choose.
    response = b.post(url, {**form_b, _field(form_b, "Sansehave", "title"): "Sansehaven"})
    assert response.status_code == 409
    assert "Lars Holm har fjernet den, mens du redigerede" in response.text
    again = form_data(response.text, having="form-TOTAL_FORMS")
    choice = _field(form_b, "Sansehave", "choose_record")
    assert choice not in again
    assert b.post(url, again).status_code == 200  # no choice made: asked again
    assert b.post(url, {**again, choice: "mine"}).status_code == 302
    assert list(Task.objects.filter(unit=unit).values_list("title", flat=True)) == ["Sansehaven"]


def test_an_untouched_task_removed_meanwhile_stays_removed_by_default(editors, unit):
    make_task(unit=unit, title="Sansehave")
    a, b = editors
    url = reverse("directory:unit-tasks", args=[unit.key])
    form_a, form_b = _tasks_form(a, unit), _tasks_form(b, unit)
    a.post(url, {**form_a, _field(form_a, "Sansehave", "DELETE"): "on"})
    prefix = f"form-{int(form_b['form-TOTAL_FORMS']) - 1}"
    response = b.post(url, {**form_b, f"{prefix}-title": "Ny opgave"})
    assert response.status_code == 409
    again = form_data(response.text, having="form-TOTAL_FORMS")
    assert b.post(url, again).status_code == 302
    assert list(Task.objects.filter(unit=unit).values_list("title", flat=True)) == ["Ny opgave"]


def test_removing_a_task_someone_changed_meanwhile_asks_first(editors, unit):
    make_task(unit=unit, title="Sansehave")
    a, b = editors
    url = reverse("directory:unit-tasks", args=[unit.key])
    form_a, form_b = _tasks_form(a, unit), _tasks_form(b, unit)
    a.post(url, {**form_a, _field(form_a, "Sansehave", "description"): "Vigtig"})
    response = b.post(url, {**form_b, _field(form_b, "Sansehave", "DELETE"): "on"})
    assert response.status_code == 409
    assert "Vigtig" in response.text
    again = form_data(response.text, having="form-TOTAL_FORMS")
    choice = _field(form_b, "Sansehave", "choose_record")
    assert b.post(url, {**again, choice: "saved"}).status_code == 302
    assert Task.objects.get(unit=unit).description == "Vigtig"


# People ------------------------------------------------------------------------------


def test_a_stale_person_form_shows_both_versions(client_for, employee, process_leader):
    person = employee.person
    url = reverse("directory:person-edit", args=[person.key])
    mine, theirs = Client(), Client()
    mine.force_login(employee)
    theirs.force_login(process_leader)
    form_mine, form_theirs = _open(mine, url), _open(theirs, url)
    theirs.post(url, {**form_theirs, "title": "Social- og sundhedsassistent"})
    response = mine.post(url, {**form_mine, "phone": "12 34 56 78"})
    assert response.status_code == 409
    assert "Social- og sundhedsassistent" in response.text
    person.refresh_from_db()
    assert person.phone == ""
    assert mine.post(url, form_data(response.text, having="snapshot")).status_code == 302
    person.refresh_from_db()
    assert (person.title, person.phone) == ("Social- og sundhedsassistent", "12 34 56 78")
