"""Posting and editing a challenge, with the writing help, as requests."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from traade import search
from traade.builders import make_challenge, make_person, make_user
from traade.challenges.models import Challenge
from traade.lib.testing import form_data

pytestmark = pytest.mark.django_db

NEW = reverse("challenges:challenge-new")
HELP = reverse("challenges:writing-help")
EASY = "Unge bliver hjemme. De kommer ikke i skole. Vi ved ikke, hvad vi skal gøre."
HARD = (
    "Implementeringen af tværfaglige rehabiliteringsforløb forudsætter koordinering mellem "
    "myndighedsafdelingen og udførerorganisationen, hvilket aktuelt vanskeliggøres af "
    "utilstrækkelige ressourcer og manglende kompetenceudvikling blandt medarbejderne."
)


@pytest.fixture
def challenge(unit):
    return make_challenge(
        key="c-x", unit=unit, title="Beboere spiser for lidt", description="De taber sig."
    )


def test_leader_posts_a_challenge_for_their_unit(client_for, leader, unit):
    client = client_for(leader)
    page = client.get(NEW)
    assert page.status_code == 200
    assert f'<option value="{unit.pk}" selected>' in page.text
    response = client.post(
        NEW,
        {
            "unit": unit.pk,
            "title": "  Unge   der bliver hjemme ",
            "description": EASY,
            "what_if": "Hvad nu hvis de unge selv bestemte?",
            "deadline": "2099-06-01",
        },
    )
    challenge = Challenge.objects.get()
    assert response.status_code == 302 and response.url == challenge.get_absolute_url()
    assert challenge.title == "Unge der bliver hjemme"
    assert challenge.key == "c-unge-der-bliver-hjemme"
    assert challenge.unit == unit and challenge.posted_by == leader
    assert challenge.deadline == datetime.date(2099, 6, 1)
    assert challenge.status == "open" and challenge.posted is not None
    assert challenge.history.get().history_user == leader
    # Findable at once: indexed in the same transaction.
    assert [h.key for h in search.search("hjemme", user=leader).hits] == [challenge.key]


def test_same_title_gets_a_key_of_its_own(client_for, leader, unit):
    client = client_for(leader)
    for _ in range(2):
        client.post(NEW, {"unit": unit.pk, "title": "Tid", "description": EASY})
    assert sorted(Challenge.objects.values_list("key", flat=True)) == ["c-tid", "c-tid-2"]


def test_missing_fields_and_a_past_deadline_get_danish_messages(client_for, leader, unit):
    response = client_for(leader).post(
        NEW, {"unit": unit.pk, "title": "", "description": "", "deadline": "2001-01-01"}
    )
    assert response.status_code == 200
    for message in ["Skriv en overskrift.", "Beskriv udfordringen.", "Datoen er allerede gået."]:
        assert message in response.text
    assert not Challenge.objects.exists()


def test_a_leader_cannot_post_for_a_unit_they_do_not_keep(client_for, leader, other_unit):
    response = client_for(leader).post(
        NEW, {"unit": other_unit.pk, "title": "Tid", "description": EASY}
    )
    assert response.status_code == 200
    assert "Vælg en af de enheder, du er leder eller redaktør for." in response.text
    assert not Challenge.objects.exists()


def test_check_button_shows_the_help_without_posting(client_for, leader, unit):
    response = client_for(leader).post(
        NEW, {"unit": unit.pk, "title": "Tid", "description": HARD, "check": "1"}
    )
    assert response.status_code == 200
    assert not Challenge.objects.exists()
    assert "meget svær" in response.text
    assert "<mark>rehabiliteringsforløb</mark>" in response.text
    assert HARD[:40] in response.text  # what was written is kept in the form


def test_writing_help_partial_scores_and_marks_as_you_type(client_for, employee):
    response = client_for(employee).post(
        HELP, {"description": HARD, "what_if": ""}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    text = response.text
    assert "<html" not in text  # the partial alone
    assert 'hx-swap-oob="innerHTML:#lix-status"' in text and "meget svær" in text
    assert "Lange sætninger" in text and "<mark>myndighedsafdelingen</mark>" in text
    # Jargon with its plain alternatives, as written (inflected) in the text.
    assert "<strong>ressourcer</strong>: prøv »tid« eller »penge« eller »folk«" in text
    assert "<strong>Implementeringen</strong>" in text


def test_writing_help_says_an_easy_text_is_fine(client_for, employee):
    response = client_for(employee).post(
        HELP, {"description": EASY}, headers={"HX-Request": "true"}
    )
    assert "Fint. Teksten er let at læse." in response.text
    assert "meget let" in response.text
    assert "Lange sætninger" not in response.text


def test_writing_help_escapes_what_was_written(client_for, employee):
    response = client_for(employee).post(
        HELP, {"description": "<script>alert(1)</script> " + HARD}, headers={"HX-Request": "true"}
    )
    assert "<script>alert" not in response.text and "script&gt;alert(1)&lt;/script" in response.text


def test_writing_help_only_answers_posts(client_for, employee):
    assert client_for(employee).get(HELP).status_code == 405


def test_leader_edits_the_challenge(client_for, leader, challenge):
    client = client_for(leader)
    url = reverse("challenges:challenge-edit", args=[challenge.key])
    data = form_data(client.get(url).text, having="snapshot")
    response = client.post(url, {**data, "title": "Beboere, der spiser for lidt"})
    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.title == "Beboere, der spiser for lidt"
    assert search.search("spiser", user=leader).hits[0].title == "Beboere, der spiser for lidt"


def test_a_stale_edit_form_shows_both_versions_and_saves_nothing(leader, unit, challenge):
    other = make_user("eva")
    make_person(key="p-eva", name="Eva Editor", unit=unit, user=other)
    unit.editors.add(other)
    a, b = Client(), Client()
    a.force_login(leader)
    b.force_login(other)
    url = reverse("challenges:challenge-edit", args=[challenge.key])
    form_a = form_data(a.get(url).text, having="snapshot")
    form_b = form_data(b.get(url).text, having="snapshot")
    a.post(url, {**form_a, "description": "Lars' nye tekst."})
    response = b.post(url, {**form_b, "description": "Evas nye tekst."})
    assert response.status_code == 409
    assert "Lars Holm har gemt dette, mens du redigerede" in response.text
    assert "Lars&#x27; nye tekst." in response.text and "Evas nye tekst." in response.text
    challenge.refresh_from_db()
    assert challenge.description == "Lars' nye tekst."


def test_the_challenge_page_shows_its_lix_and_framing(client_for, employee, unit):
    make_challenge(key="c-lix", unit=unit, description=EASY, what_if="Hvad nu hvis vi spurgte dem?")
    response = client_for(employee).get("/udfordringer/c-lix/")
    assert "Hvad nu hvis vi spurgte dem?" in response.text
    assert 'id="challenge-lix">LIX' in response.text and "meget let" in response.text


@pytest.mark.parametrize(
    "persona, can_post, can_edit",
    [
        ("anonymous", False, False),
        ("employee", False, False),
        ("leader", True, True),
        ("other_leader", True, False),
        ("process_leader", True, True),
    ],
)
def test_permissions(request, client, challenge, persona, can_post, can_edit):
    user = AnonymousUser()
    if persona != "anonymous":
        user = request.getfixturevalue(persona)
        client.force_login(user)
    edit = reverse("challenges:challenge-edit", args=[challenge.key])
    for url, allowed in [(NEW, can_post), (edit, can_edit)]:
        response = client.get(url)
        if persona == "anonymous":
            assert response.status_code == 302 and "/log-ind/" in response.url
        else:
            assert response.status_code == (200 if allowed else 403), url
    response = client.post(edit, {"title": "Hacket", "description": "x"})
    assert response.status_code in (302, 403, 409)
    challenge.refresh_from_db()
    assert (challenge.title == "Hacket") is (can_edit and response.status_code == 302)
    if not can_edit:
        assert challenge.title == "Beboere spiser for lidt"
    list_page = client.get("/udfordringer/")
    if persona != "anonymous":
        assert ("Del en udfordring" in list_page.text) is can_post
