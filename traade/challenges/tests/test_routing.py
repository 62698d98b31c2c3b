"""Routing: a challenge goes to every area but the poster's own; "Hvem kan hjælpe?" and
invitations from the challenge page."""

import pytest
from django.urls import reverse

from traade import search
from traade.builders import make_area, make_challenge, make_person, make_unit, make_user
from traade.challenges.models import Invitation
from traade.challenges.services import challenges_for_unit, routed_areas

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(unit):
    return make_challenge(
        key="c-ensom",
        unit=unit,
        title="Ensomme beboere",
        description="Beboerne keder sig om eftermiddagen. Hvem har prøvet højtlæsning?",
    )


def test_a_challenge_goes_to_every_area_but_the_posters(challenge, unit, other_unit):
    third = make_unit(area=make_area(key="by", name="By og Land"))
    assert set(routed_areas(challenge)) == {other_unit.area, third.area}
    assert list(challenges_for_unit(other_unit)) == [challenge]
    assert list(challenges_for_unit(third)) == [challenge]
    # The poster's own area gets nothing: the unit itself and its neighbours.
    assert list(challenges_for_unit(unit)) == []
    assert list(challenges_for_unit(make_unit(area=unit.area))) == []


def test_closed_challenges_are_not_routed(challenge, other_unit):
    challenge.status = "solved"
    challenge.save()
    assert list(challenges_for_unit(other_unit)) == []


def test_other_areas_see_it_on_the_front_page_and_the_posters_area_does_not(
    client, challenge, leader, other_leader, employee
):
    client.force_login(other_leader)
    page = client.get("/").text
    assert "Udfordringer til os" in page and "Ensomme beboere" in page
    for user in (leader, employee):  # the poster, and a colleague in the same area
        client.force_login(user)
        page = client.get("/").text
        assert "Udfordringer til os" not in page and "Ensomme beboere" not in page


def test_an_invited_unit_in_the_posters_area_sees_it_too(challenge, unit, leader):
    neighbour = make_unit(area=unit.area, name="Daghjemmet")
    Invitation.objects.create(challenge=challenge, unit=neighbour, invited_by=leader)
    assert list(challenges_for_unit(neighbour)) == [challenge]


@pytest.fixture
def helper_unit(other_unit):
    other_unit.knowledge = ["højtlæsning"]
    other_unit.save()
    search.rebuild()
    return other_unit


def test_the_page_shows_who_can_help_without_the_posting_unit(
    client_for, employee, challenge, unit, helper_unit
):
    unit.knowledge = ["højtlæsning"]
    unit.save()
    search.rebuild()
    page = client_for(employee).get(challenge.get_absolute_url()).text
    assert "Hvem kan hjælpe?" in page
    section = page.split("Hvem kan hjælpe?")[1]
    assert helper_unit.name in section and unit.name not in section.split("</section>")[0]
    assert "Send invitation" not in page  # an employee reads, the poster invites


def test_the_poster_invites_a_helper_once(client_for, leader, challenge, helper_unit):
    client = client_for(leader)
    page = client.get(challenge.get_absolute_url()).text
    assert f'name="unit" value="{helper_unit.key}"' in page
    url = reverse("challenges:challenge-invite", args=[challenge.key])
    for _ in range(2):
        response = client.post(url, {"unit": [helper_unit.key]})
        assert response.status_code == 302
    assert list(Invitation.objects.values_list("unit__key", flat=True)) == [helper_unit.key]
    page = client.get(challenge.get_absolute_url()).text
    assert f'name="unit" value="{helper_unit.key}"' not in page  # invited already
    assert "Inviteret" in page


def test_inviting_a_person_and_nobody(client_for, leader, challenge, other_unit):
    make_person(key="p-tove", name="Tove Bak", unit=other_unit)
    client = client_for(leader)
    url = reverse("challenges:challenge-invite", args=[challenge.key])
    response = client.post(url, {"person": ["p-tove", "p-none"]}, follow=True)
    assert "1 er inviteret" in response.text
    assert Invitation.objects.get().person.key == "p-tove"
    response = client.post(url, {}, follow=True)
    assert "Vælg mindst én, du vil invitere." in response.text


@pytest.mark.parametrize(
    "persona, status", [("employee", 403), ("other_leader", 403), ("process_leader", 302)]
)
def test_only_the_poster_side_may_invite(request, client, challenge, helper_unit, persona, status):
    client.force_login(request.getfixturevalue(persona))
    url = reverse("challenges:challenge-invite", args=[challenge.key])
    assert client.post(url, {"unit": [helper_unit.key]}).status_code == status
    assert Invitation.objects.exists() is (status == 302)


def test_invite_only_answers_posts(client_for, leader, challenge):
    url = reverse("challenges:challenge-invite", args=[challenge.key])
    assert client_for(leader).get(url).status_code == 405


def test_a_person_without_a_unit_sees_no_routed_challenges(client, challenge):
    client.force_login(make_user("uden"))
    assert "Udfordringer til os" not in client.get("/").text
