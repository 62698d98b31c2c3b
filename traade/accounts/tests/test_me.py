import pytest
from django.urls import reverse

from traade.directory.models import Suggestion


def test_employee_sees_what_is_stored_about_them(client_for, employee, unit):
    Suggestion.objects.create(unit=unit, author=employee, kind="knowledge", text="kompost")
    text = client_for(employee).get(reverse("accounts:me")).text
    assert "Mette Hansen" in text
    assert "kompost" in text
    assert "Ret eller fjern oplysninger" in text


def test_the_copy_is_json_with_the_persons_data(client_for, employee, unit):
    Suggestion.objects.create(unit=unit, author=employee, kind="knowledge", text="kompost")
    data = client_for(employee).get(reverse("accounts:me"), {"format": "json"}).json()
    assert data["account"]["username"] == "mette"
    assert data["person"]["name"] == "Mette Hansen"
    assert data["suggestions"][0]["text"] == "kompost"


def test_user_without_person_still_gets_the_page(client_for, process_leader):
    response = client_for(process_leader).get(reverse("accounts:me"))
    assert "ikke knyttet til en person" in response.text
    assert client_for(process_leader).get("/mig/?format=json").json()["person"] is None


@pytest.mark.django_db
def test_anonymous_cannot_see_it(client):
    assert client.get(reverse("accounts:me")).status_code == 302
