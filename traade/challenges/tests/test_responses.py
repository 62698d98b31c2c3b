"""Answering on behalf of one's unit, marking answers useful, closing the challenge."""

import pytest
from django.urls import reverse

from traade import search
from traade.builders import make_challenge, make_user
from traade.challenges.models import Challenge, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(unit):
    return make_challenge(key="c-x", unit=unit, title="Ensomme beboere", description="Hjælp.")


def url(name, *args):
    return reverse(f"challenges:{name}", args=args)


def test_a_colleague_answers_on_behalf_of_their_unit(client_for, other_leader, challenge):
    client = client_for(other_leader)
    page = client.get(challenge.get_absolute_url()).text
    assert "Svar på vegne af Egeby Skole" in page
    response = client.post(url("response-new", "c-x"), {"text": "  Prøv højtlæsning med elever. "})
    assert response.status_code == 302
    answer = Response.objects.get()
    assert answer.text == "Prøv højtlæsning med elever."
    assert answer.unit == other_leader.person.unit and answer.person == other_leader.person
    assert answer.posted_by == other_leader and not answer.useful
    # The answer is part of the challenge's search document at once.
    assert [h.key for h in search.search("højtlæsning", user=other_leader).hits] == ["c-x"]


def test_answers_keep_their_order(client_for, other_leader, employee, challenge):
    client_for(other_leader).post(url("response-new", "c-x"), {"text": "Først"})
    client_for(employee).post(url("response-new", "c-x"), {"text": "Bagefter"})
    assert list(challenge.responses.values_list("text", flat=True)) == ["Først", "Bagefter"]


def test_an_empty_answer_gets_a_danish_message(client_for, employee, challenge):
    response = client_for(employee).post(url("response-new", "c-x"), {"text": "  "})
    assert response.status_code == 400
    assert "Skriv jeres forslag." in response.text
    assert not Response.objects.exists()


def test_someone_without_a_unit_cannot_answer(client, challenge):
    client.force_login(make_user("uden"))
    assert "Svar på vegne af" not in client.get(challenge.get_absolute_url()).text
    assert client.post(url("response-new", "c-x"), {"text": "Hej"}).status_code == 403
    assert not Response.objects.exists()


def test_a_closed_challenge_takes_no_answers(client_for, employee, challenge):
    challenge.status = "closed"
    challenge.save()
    client = client_for(employee)
    assert "Svar på vegne af" not in client.get(challenge.get_absolute_url()).text
    response = client.post(url("response-new", "c-x"), {"text": "For sent"}, follow=True)
    assert "Udfordringen er afsluttet" in response.text
    assert not Response.objects.exists()


@pytest.fixture
def answer(challenge, other_unit):
    return Response.objects.create(challenge=challenge, unit=other_unit, text="Prøv højtlæsning.")


def test_the_poster_marks_an_answer_useful_and_takes_it_back(client_for, leader, answer):
    client = client_for(leader)
    response = client.post(url("response-useful", "c-x", answer.pk), {"useful": "1"})
    assert response.status_code == 302 and response.url.endswith(f"#response-{answer.pk}")
    answer.refresh_from_db()
    assert answer.useful
    assert '<span class="badge ok">Brugbart</span>' in client.get("/udfordringer/c-x/").text
    client.post(url("response-useful", "c-x", answer.pk), {"useful": "0"})
    answer.refresh_from_db()
    assert not answer.useful


def test_an_answer_of_another_challenge_is_not_found(client_for, leader, unit, answer):
    make_challenge(key="c-y", unit=unit)
    assert client_for(leader).post(url("response-useful", "c-y", answer.pk)).status_code == 404


def test_the_poster_closes_as_solved_with_a_summary(client_for, leader, challenge):
    client = client_for(leader)
    response = client.post(
        url("challenge-close", "c-x"), {"outcome": "solved", "summary": "Højtlæsning hjalp."}
    )
    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.status == "solved" and challenge.summary == "Højtlæsning hjalp."
    assert challenge.closed_at is not None
    assert challenge.history.first().history_user == leader
    page = client.get("/udfordringer/c-x/").text
    assert "Det, der hjalp" in page and "Højtlæsning hjalp." in page
    assert "Afslut udfordringen" not in page
    # Search shows the new status.
    hit = search.search("ensomme", user=leader).hits[0]
    assert hit.key == "c-x" and hit.status == "solved"


def test_solved_needs_a_summary_and_closed_does_not(client_for, leader, challenge):
    client = client_for(leader)
    response = client.post(url("challenge-close", "c-x"), {"outcome": "solved"})
    assert response.status_code == 400 and "Skriv kort, hvad der hjalp." in response.text
    response = client.post(url("challenge-close", "c-x"), {})
    assert "Vælg, om udfordringen er løst eller lukket." in response.text
    assert Challenge.objects.get().status == "open"
    client.post(url("challenge-close", "c-x"), {"outcome": "closed"})
    assert Challenge.objects.get().status == "closed"


def test_closing_twice_says_it_is_closed(client_for, leader, challenge):
    client = client_for(leader)
    client.post(url("challenge-close", "c-x"), {"outcome": "closed"})
    response = client.post(
        url("challenge-close", "c-x"), {"outcome": "solved", "summary": "x"}, follow=True
    )
    assert "Udfordringen er afsluttet" in response.text
    assert Challenge.objects.get().status == "closed"


@pytest.mark.parametrize(
    "persona, may_answer, may_decide",
    [
        ("employee", True, False),
        ("leader", True, True),
        ("other_leader", True, False),
        ("process_leader", False, True),  # no unit to answer for
    ],
)
def test_permissions(request, client, answer, persona, may_answer, may_decide):
    client.force_login(request.getfixturevalue(persona))
    status = client.post(url("response-new", "c-x"), {"text": "Et svar"}).status_code
    assert status == (302 if may_answer else 403)
    status = client.post(url("response-useful", "c-x", answer.pk), {"useful": "1"}).status_code
    assert status == (302 if may_decide else 403)
    answer.refresh_from_db()
    assert answer.useful is may_decide
    status = client.post(url("challenge-close", "c-x"), {"outcome": "closed"}).status_code
    assert status == (302 if may_decide else 403)
    assert (Challenge.objects.get().status == "closed") is may_decide


def test_anonymous_is_sent_to_log_in(client, answer):
    for target in [url("response-new", "c-x"), url("challenge-close", "c-x")]:
        response = client.post(target, {"text": "x", "outcome": "closed"})
        assert response.status_code == 302 and "/log-ind/" in response.url
    assert Challenge.objects.get().status == "open" and Response.objects.count() == 1
