from django.urls import reverse

from traade.builders import make_person
from traade.directory import services
from traade.lib.testing import form_data


def _edit_person(client, person, values):
    """Open the person's edit form, change `values` and send it."""
    url = reverse("directory:person-edit", args=[person.key])
    data = form_data(client.get(url).text, having="snapshot")
    return client.post(url, {**data, **values})


def test_history_shows_who_changed_what(client_for, leader, unit):
    services.update_visitkort(actor=leader, unit=unit, data={"description": "Første udgave"})
    services.update_visitkort(actor=leader, unit=unit, data={"description": "Anden udgave"})
    services.save_task(actor=leader, unit=unit, title="Ny opgave")
    text = client_for(leader).get(reverse("directory:unit-history", args=[unit.key])).text
    assert "Første udgave" in text and "Anden udgave" in text
    assert "Lars Holm" in text
    assert "Opgave: Ny opgave" in text
    assert "Beskrivelse" in text


def test_person_page_shows_contact_and_expertise(client_for, employee, unit):
    person = make_person(
        unit=unit,
        name="Karen Sørensen",
        title="Ergoterapeut",
        email="kaso@egeby.dk",
        phone="56 20 30 41",
        expertise=["hjælpemidler"],
    )
    text = client_for(employee).get(person.get_absolute_url()).text
    for expected in ["Karen Sørensen", "Ergoterapeut", "kaso@egeby.dk", "hjælpemidler", unit.name]:
        assert expected in text
    assert "Rediger oplysninger" not in text


def test_person_page_is_not_shown_to_anonymous_visitors(client, unit):
    person = make_person(unit=unit, name="Karen Sørensen", email="kaso@egeby.dk")
    response = client.get(person.get_absolute_url())
    assert response.status_code == 302
    assert "kaso@egeby.dk" not in response.content.decode()


def test_person_edits_own_expertise(client_for, employee):
    person = employee.person
    response = _edit_person(
        client_for(employee),
        person,
        {
            "title": "Social- og sundhedshjælper",
            "email": "",
            "phone": "",
            "expertise": "forflytning",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.expertise == ["forflytning"]


def test_colleague_cannot_edit_someone_else(client_for, employee, unit):
    person = make_person(unit=unit, title="Sygeplejerske")
    response = client_for(employee).post(
        reverse("directory:person-edit", args=[person.key]), {"title": "Direktør"}
    )
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.title == "Sygeplejerske"


def test_unit_leader_edits_a_person_in_the_unit_and_sees_history(client_for, leader, unit):
    person = make_person(unit=unit, title="Sygeplejerske")
    client = client_for(leader)
    _edit_person(client, person, {"title": "Afdelingssygeplejerske"})
    text = client.get(reverse("directory:person-history", args=[person.key])).text
    assert "Afdelingssygeplejerske" in text and "Sygeplejerske" in text


def test_employee_cannot_see_a_persons_history(client_for, employee, unit):
    person = make_person(unit=unit)
    response = client_for(employee).get(reverse("directory:person-history", args=[person.key]))
    assert response.status_code == 403


def test_leader_names_a_colleague_as_editor_who_can_then_edit(client, leader, unit):
    from traade.builders import make_user

    colleague = make_person(unit=unit, name="Nanna Bruun", user=make_user("nanna"))
    client.force_login(leader)
    url = reverse("directory:person-editor", args=[colleague.key])
    assert "Gør til redaktør" in client.get(colleague.get_absolute_url()).text
    response = client.post(url, {"editor": "1"}, follow=True)
    assert "Nanna Bruun kan nu redigere visitkortet for Plejecenter Solgården" in response.text
    assert "godkende kollegaers forslag" in response.text
    assert unit.editors.filter(pk=colleague.user.pk).exists()
    client.force_login(colleague.user)
    assert client.get(reverse("directory:unit-edit", args=[unit.key])).status_code == 200
    client.force_login(leader)
    client.post(url, {"editor": "0"})
    client.force_login(colleague.user)
    assert client.get(reverse("directory:unit-edit", args=[unit.key])).status_code == 403


def test_employee_cannot_name_editors(client_for, employee, unit):
    from traade.builders import make_user

    colleague = make_person(unit=unit, user=make_user("nanna"))
    url = reverse("directory:person-editor", args=[colleague.key])
    assert client_for(employee).post(url, {"editor": "1"}).status_code == 403
    assert not unit.editors.exists()


def test_naming_a_person_without_login_says_so(client_for, leader, unit):
    colleague = make_person(unit=unit, name="Uden Login")
    response = client_for(leader).post(
        reverse("directory:person-editor", args=[colleague.key]), {"editor": "1"}, follow=True
    )
    assert "har ikke et log-in" in response.text


def test_the_person_page_says_why_a_colleague_cannot_be_named(client_for, leader, unit):
    colleague = make_person(unit=unit, name="Uden Login")
    text = client_for(leader).get(colleague.get_absolute_url()).text
    assert "har ikke et log-in i Tråde og kan derfor ikke gøres til redaktør" in text
    assert "Gør til redaktør" not in text


def test_employees_are_not_told_about_naming_editors(client_for, employee, unit):
    colleague = make_person(unit=unit, name="Uden Login")
    assert "Redaktør" not in client_for(employee).get(colleague.get_absolute_url()).text


def test_person_page_links_to_all_colleagues_when_there_are_many(client_for, employee, unit):
    people = [make_person(unit=unit, name=f"Kollega {i:02d}") for i in range(15)]
    text = client_for(employee).get(people[0].get_absolute_url()).text
    assert "Se alle 14 kollegaer" in text
