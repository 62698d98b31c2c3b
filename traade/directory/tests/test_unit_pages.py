import datetime

from django.urls import reverse
from django.utils import timezone

from traade.builders import make_person, make_task, make_unit
from traade.lib.testing import form_data


def test_visitkort_shows_content_and_current_tasks_only(client_for, employee, unit):
    unit.description = "Plejecenter med 48 boliger"
    unit.knowledge = ["demens", "sansehaver"]
    unit.offers = ["Vi viser gerne vores sansehave frem"]
    unit.save()
    today = timezone.localdate()
    make_task(
        unit=unit, title="Skærmbesøg for pårørende", until=today + datetime.timedelta(days=30)
    )
    make_task(unit=unit, title="Gammelt projekt", until=today - datetime.timedelta(days=1))
    make_person(unit=unit, name="Lise Leder", is_leader=True, title="Centerleder")
    child = make_unit(parent=unit, name="Skærmet enhed")
    text = client_for(employee).get(unit.get_absolute_url()).text
    for expected in [
        "Plejecenter med 48 boliger",
        "demens",
        "sansehaver",
        "Vi viser gerne vores sansehave frem",
        "Skærmbesøg for pårørende",
        "Lise Leder",
        child.name,
        unit.area.name,
    ]:
        assert expected in text
    assert "Gammelt projekt" not in text
    assert "Rediger visitkort" not in text


def test_editor_sees_ended_tasks_completeness_and_edit_links(client_for, leader, unit):
    make_task(unit=unit, title="Gammelt projekt", until=datetime.date(2000, 1, 1))
    text = client_for(leader).get(unit.get_absolute_url()).text
    assert "Gammelt projekt" in text
    assert "Rediger visitkort" in text
    assert "% udfyldt" in text


def test_visitkort_text_is_escaped(client_for, employee, unit):
    unit.description = "<script>alert(1)</script>"
    unit.save()
    text = client_for(employee).get(unit.get_absolute_url()).text
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;" in text


def test_leader_edits_visitkort(client_for, leader, unit):
    url = reverse("directory:unit-edit", args=[unit.key])
    client = client_for(leader)
    response = client.post(
        url,
        {
            **form_data(client.get(url).text, having="snapshot"),
            "description": "Nyt",
            "knowledge": "demens\n\n VR ",
            "offers": "Rundvisning",
            "address": "Solvej 4",
            "email": "sol@egeby.dk",
            "phone": "56 20 30 40",
        },
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.knowledge == ["demens", "VR"]
    assert unit.email == "sol@egeby.dk"
    assert unit.history.first().history_user == leader


def test_invalid_email_gives_danish_message_and_saves_nothing(client_for, leader, unit):
    url = reverse("directory:unit-edit", args=[unit.key])
    response = client_for(leader).post(url, {"description": "Nyt", "email": "ikke-en-mail"})
    assert response.status_code == 200
    assert "Skriv en gyldig e-mailadresse" in response.text
    assert 'aria-invalid="true"' in response.text
    unit.refresh_from_db()
    assert unit.description != "Nyt"


def test_confirming_a_stale_visitkort_makes_it_fresh(client_for, leader, unit):
    unit.profile_updated_at = timezone.now() - datetime.timedelta(days=365)
    unit.save()
    client_for(leader).post(reverse("directory:unit-edit", args=[unit.key]), {"confirm": "1"})
    unit.refresh_from_db()
    assert not unit.is_stale()


def _task_post(tasks, new=None):
    data = {
        "form-TOTAL_FORMS": str(len(tasks) + 1),
        "form-INITIAL_FORMS": str(len(tasks)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for i, (task, values) in enumerate(tasks):
        data[f"form-{i}-id"] = str(task.pk)
        data.update({f"form-{i}-{k}": v for k, v in values.items()})
    i = len(tasks)
    for k, v in (new or {}).items():
        data[f"form-{i}-{k}"] = v
    return data


def test_leader_adds_changes_and_removes_tasks(client_for, leader, unit):
    keep = make_task(unit=unit, title="Behold")
    drop = make_task(unit=unit, title="Fjern")
    url = reverse("directory:unit-tasks", args=[unit.key])
    client = client_for(leader)
    opened = form_data(client.get(url).text, having="form-TOTAL_FORMS")
    data = _task_post(
        [
            (keep, {"title": "Behold, omdøbt", "description": "", "until": "2030-01-01"}),
            (drop, {"title": "Fjern", "description": "", "until": "", "DELETE": "on"}),
        ],
        new={"title": "Ny opgave", "description": "Om noget", "until": "2031-05-01"},
    )
    # The snapshots the form was opened with (the tasks are listed by end date, then title).
    snapshots = {opened[f"form-{i}-id"]: opened[f"form-{i}-snapshot"] for i in range(2)}
    for i in range(2):
        data[f"form-{i}-snapshot"] = snapshots[data[f"form-{i}-id"]]
    response = client.post(url, data)
    assert response.status_code == 302
    titles = sorted(unit.tasks.values_list("title", flat=True))
    assert titles == ["Behold, omdøbt", "Ny opgave"]


def test_invalid_task_date_saves_nothing(client_for, leader, unit):
    keep = make_task(unit=unit, title="Behold")
    url = reverse("directory:unit-tasks", args=[unit.key])
    data = _task_post(
        [(keep, {"title": "Ændret", "description": "", "until": ""})],
        new={"title": "Ny", "until": "31-31-2030"},
    )
    response = client_for(leader).post(url, data)
    assert response.status_code == 200
    assert "Opgaverne blev ikke gemt" in response.text
    assert list(unit.tasks.values_list("title", flat=True)) == ["Behold"]


def test_a_leader_cannot_edit_another_units_task_through_the_formset(client_for, leader, unit):
    foreign = make_task(title="Fremmed")
    url = reverse("directory:unit-tasks", args=[unit.key])
    data = _task_post([(foreign, {"title": "Kapret", "description": "", "until": ""})])
    client_for(leader).post(url, data)
    foreign.refresh_from_db()
    assert foreign.title == "Fremmed"


def test_area_list_loads_an_areas_units_only_when_opened(client_for, employee, area):
    top = make_unit(area=area, name="Ældre og Sundhed")
    make_unit(area=area, parent=top, name="Plejecenter Birkely")
    client = client_for(employee)
    text = client.get(reverse("directory:area-list")).text
    assert "Ældre og Sundhed" not in text  # not before the area is opened
    assert reverse("directory:area-units", args=[area.key]) in text
    part = client.get(reverse("directory:area-units", args=[area.key]), HTTP_HX_REQUEST="true")
    assert "<html" not in part.text
    assert "Ældre og Sundhed" in part.text and "1 enhed under Ældre og Sundhed" in part.text
    assert "Plejecenter Birkely" not in part.text  # one level at a time
    assert reverse("directory:unit-children", args=[top.key]) in part.text
    below = client.get(reverse("directory:unit-children", args=[top.key]), HTTP_HX_REQUEST="true")
    assert "Plejecenter Birkely" in below.text


def test_an_area_opened_by_its_address_shows_its_top_units(client_for, employee, area):
    make_unit(area=area, name="Ældre og Sundhed")
    text = client_for(employee).get(reverse("directory:area-list"), {"aaben": area.key}).text
    assert "Ældre og Sundhed" in text


def test_a_unit_under_another_areas_unit_is_at_the_top_of_its_own_area(
    client_for, employee, area, other_unit
):
    make_unit(area=area, parent=other_unit, name="Skolesundhedsplejen")
    part = client_for(employee).get(
        reverse("directory:area-units", args=[area.key]), HTTP_HX_REQUEST="true"
    )
    assert "Skolesundhedsplejen" in part.text


def test_the_tree_parts_without_htmx_lead_to_the_pages(client_for, employee, unit):
    client = client_for(employee)
    response = client.get(reverse("directory:unit-children", args=[unit.key]))
    assert response["Location"] == unit.get_absolute_url() + "#org"
    response = client.get(reverse("directory:area-units", args=[unit.area.key]))
    assert response["Location"] == unit.area.get_absolute_url()


def test_the_area_page_lists_its_top_units(client_for, employee, area):
    top = make_unit(area=area, name="Ældre og Sundhed")
    make_unit(area=area, parent=top, name="Plejecenter Birkely")
    detail = client_for(employee).get(area.get_absolute_url()).text
    assert "Ældre og Sundhed" in detail and "1 enhed under Ældre og Sundhed" in detail


def test_knowledge_chips_link_to_a_search_for_the_phrase(client_for, employee, area):
    from traade.builders import make_person

    unit = make_unit(area=area, knowledge=["demens & musik"])
    person = make_person(unit=unit, expertise=["VR i ældreplejen"])
    client = client_for(employee)
    search = reverse("search:results")
    assert f'href="{search}?q=demens%20%26%20musik"' in client.get(unit.get_absolute_url()).text
    assert (
        f'href="{search}?q=VR%20i%20%C3%A6ldreplejen"' in client.get(person.get_absolute_url()).text
    )
