"""A useful answer becomes a prøvehandling for the posting unit (issue #11)."""

from unittest import mock

import pytest
from django.urls import reverse

from traade import search
from traade.builders import make_challenge
from traade.challenges.models import Response
from traade.experiments.models import Experiment

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(unit):
    return make_challenge(
        key="c-x", unit=unit, title="Ensomme beboere", description="Beboerne sidder alene."
    )


@pytest.fixture
def answer(challenge, other_unit):
    return Response.objects.create(
        challenge=challenge, unit=other_unit, text="Prøv højtlæsning med elever.", useful=True
    )


def turn(client, answer, **kwargs):
    return client.post(reverse("challenges:response-experiment", args=["c-x", answer.pk]), **kwargs)


def test_the_posters_leader_turns_a_useful_answer_into_an_experiment(
    client_for, leader, unit, other_unit, answer
):
    client = client_for(leader)
    page = client.get("/udfordringer/c-x/").text
    assert "Gør svaret til en prøvehandling" in page
    with mock.patch("traade.experiments.services.search.index", wraps=search.index) as index:
        response = turn(client, answer)
    experiment = Experiment.objects.get()
    assert response.status_code == 302 and response.url == experiment.get_absolute_url()
    assert experiment in {call.args[0] for call in index.call_args_list}
    assert experiment.title == "Ensomme beboere – forslag fra Egeby Skole"
    assert experiment.status == "idea"
    assert experiment.why == "Beboerne sidder alene."
    assert experiment.what == "Prøv højtlæsning med elever."
    assert list(experiment.units.all()) == [unit]
    assert experiment.partners == ["Egeby Skole"]
    assert experiment.contact == leader.person
    assert "Egeby Skole" in experiment.idea_source and "Ensomme beboere" in experiment.idea_source
    answer.refresh_from_db()
    assert answer.experiment == experiment
    assert experiment.from_response.challenge.key == "c-x"
    assert experiment.from_response.unit == other_unit
    # The experiment is findable by its title.
    hits = search.search("forslag fra Egeby Skole", user=leader).hits
    assert experiment.key in [hit.key for hit in hits]
    # Both pages show the link, and the button is gone.
    detail = client.get(experiment.get_absolute_url()).text
    assert "Svaret er blevet til en prøvehandling for Plejecenter Solgården" in detail
    assert "Opstod af et svar fra Egeby Skole på udfordringen" in detail
    assert 'href="/udfordringer/c-x/#response-' in detail
    page = client.get("/udfordringer/c-x/").text
    assert "Blev til prøvehandlingen" in page and experiment.get_absolute_url() in page
    assert "Gør svaret til en prøvehandling" not in page


def test_not_twice_the_second_time_shows_the_existing_one(client_for, leader, answer):
    client = client_for(leader)
    first = turn(client, answer)
    second = turn(client, answer, follow=True)
    experiment = Experiment.objects.get()
    assert first.url == experiment.get_absolute_url()
    assert second.redirect_chain[-1][0] == experiment.get_absolute_url()
    assert "Svaret er allerede blevet til denne prøvehandling." in second.text


def test_not_for_an_answer_not_marked_useful(client_for, leader, answer):
    Response.objects.filter(pk=answer.pk).update(useful=False)
    client = client_for(leader)
    assert "Gør svaret til en prøvehandling" not in client.get("/udfordringer/c-x/").text
    response = turn(client, answer, follow=True)
    assert response.redirect_chain[-1][0].startswith("/udfordringer/c-x/")
    assert "Kun et svar, der er markeret som brugbart, kan blive til en prøvehandling." in (
        response.text
    )
    assert not Experiment.objects.exists()
    answer.refresh_from_db()
    assert answer.experiment is None


@pytest.mark.parametrize("persona", ["employee", "other_leader"])
def test_others_cannot(request, client_for, answer, persona):
    client = client_for(request.getfixturevalue(persona))
    assert "Gør svaret til en prøvehandling" not in client.get("/udfordringer/c-x/").text
    assert turn(client, answer).status_code == 403
    assert not Experiment.objects.exists()


def test_only_by_post(client_for, leader, answer):
    url = reverse("challenges:response-experiment", args=["c-x", answer.pk])
    assert client_for(leader).get(url).status_code == 405
    assert not Experiment.objects.exists()


def test_a_deleted_experiment_frees_the_answer(client_for, leader, answer):
    turn(client_for(leader), answer)
    Experiment.objects.get().delete()
    answer.refresh_from_db()
    assert answer.experiment is None and answer.useful
