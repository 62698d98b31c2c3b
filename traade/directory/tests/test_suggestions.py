from django.urls import reverse

from traade.builders import make_person, make_user
from traade.directory.models import Suggestion


def test_employee_suggests_knowledge(client_for, employee, unit):
    url = reverse("directory:suggestion-create", args=[unit.key])
    response = client_for(employee).post(
        url, {"kind": "knowledge", "text": "sansehaver", "comment": "Jeg har set den"}
    )
    assert response.status_code == 302
    suggestion = Suggestion.objects.get()
    assert (suggestion.unit, suggestion.author, suggestion.kind) == (unit, employee, "knowledge")
    assert suggestion.status == "pending"
    unit.refresh_from_db()
    assert unit.knowledge == []


def test_empty_suggestion_is_refused_with_a_danish_message(client_for, employee, unit):
    url = reverse("directory:suggestion-create", args=[unit.key])
    response = client_for(employee).post(url, {"kind": "knowledge", "text": "   "})
    assert response.status_code == 200
    assert "Skriv dit forslag." in response.text
    assert not Suggestion.objects.exists()


def test_unknown_suggestion_kind_is_refused(client_for, employee, unit):
    url = reverse("directory:suggestion-create", args=[unit.key])
    response = client_for(employee).post(url, {"kind": "drop_table", "text": "x"})
    assert response.status_code == 200
    assert not Suggestion.objects.exists()


def _pending(unit, author, text="sansehaver"):
    return Suggestion.objects.create(unit=unit, author=author, kind="knowledge", text=text)


def test_accept_with_htmx_returns_the_updated_partial(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    response = client_for(leader).post(
        reverse("directory:suggestion-accept", args=[suggestion.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "<html" not in response.text
    assert f'id="suggestion-{suggestion.pk}"' in response.text
    assert "står nu på visitkortet" in response.text
    unit.refresh_from_db()
    assert unit.knowledge == ["sansehaver"]


def test_accept_without_htmx_redirects_to_a_safe_next(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    client = client_for(leader)
    url = reverse("directory:suggestion-accept", args=[suggestion.pk])
    response = client.post(url, {"next": "https://evil.example/"})
    assert response.status_code == 302
    assert response["Location"] == unit.get_absolute_url()


def test_decline_needs_a_reason(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    url = reverse("directory:suggestion-decline", args=[suggestion.pk])
    response = client_for(leader).post(url, {"reason": ""})
    assert response.status_code == 400
    assert "Skriv en kort begrundelse" in response.text
    suggestion.refresh_from_db()
    assert suggestion.status == "pending"


def test_decline_with_reason(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    url = reverse("directory:suggestion-decline", args=[suggestion.pk])
    response = client_for(leader).post(url, {"reason": "Det laver vi ikke mere"})
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == "declined"
    assert suggestion.decline_reason == "Det laver vi ikke mere"


def test_deciding_twice_says_it_was_already_handled(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    client = client_for(leader)
    client.post(reverse("directory:suggestion-decline", args=[suggestion.pk]), {"reason": "nej"})
    response = client.post(
        reverse("directory:suggestion-accept", args=[suggestion.pk]), HTTP_HX_REQUEST="true"
    )
    assert "Forslaget er allerede behandlet." in response.text
    unit.refresh_from_db()
    assert unit.knowledge == []


def test_opening_the_accept_address_shows_the_suggestions_and_changes_nothing(
    client_for, leader, employee, unit
):
    suggestion = _pending(unit, employee)
    response = client_for(leader).get(reverse("directory:suggestion-accept", args=[suggestion.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:suggestion-list", args=[unit.key])
    suggestion.refresh_from_db()
    assert suggestion.status == "pending"


def test_outsider_opening_the_accept_address_is_refused(client_for, other_leader, employee, unit):
    suggestion = _pending(unit, employee)
    url = reverse("directory:suggestion-accept", args=[suggestion.pk])
    assert client_for(other_leader).get(url).status_code == 403


def test_accepting_on_the_front_page_updates_only_its_count(client_for, leader, employee, unit):
    first, _second = _pending(unit, employee, "a"), _pending(unit, employee, "b")
    response = client_for(leader).post(
        reverse("directory:suggestion-accept", args=[first.pk]),
        {"counter": "home"},
        HTTP_HX_REQUEST="true",
    )
    assert '<span id="pending-count" hx-swap-oob="true">1</span>' in response.text
    # The front page has no per-unit count: sending it would be htmx:oobErrorNoTarget.
    assert "unit-pending-count" not in response.text


def test_accepting_on_the_unit_list_updates_only_its_count(client_for, leader, employee, unit):
    first, _second = _pending(unit, employee, "a"), _pending(unit, employee, "b")
    response = client_for(leader).post(
        reverse("directory:suggestion-accept", args=[first.pk]),
        {"counter": "unit"},
        HTTP_HX_REQUEST="true",
    )
    assert '<span id="unit-pending-count" hx-swap-oob="true">1</span>' in response.text
    assert 'id="pending-count"' not in response.text


def test_pages_with_suggestions_name_their_own_counter(client_for, leader, employee, unit):
    _pending(unit, employee)
    client = client_for(leader)
    home = client.get(reverse("directory:home")).text
    assert 'name="counter" value="home"' in home and 'id="pending-count"' in home
    listing = client.get(reverse("directory:suggestion-list", args=[unit.key])).text
    assert 'name="counter" value="unit"' in listing and 'id="unit-pending-count"' in listing


def test_suggestion_to_a_unit_without_leader_reaches_the_process_leaders(
    client_for, process_leader, employee, other_unit
):
    suggestion = _pending(other_unit, employee, "trafiksikkerhed")
    client = client_for(process_leader)
    text = client.get(reverse("directory:home")).text
    assert "trafiksikkerhed" in text
    assert '<span id="pending-count">1</span>' in text
    response = client.post(
        reverse("directory:suggestion-accept", args=[suggestion.pk]),
        {"counter": "home"},
        HTTP_HX_REQUEST="true",
    )
    assert '<span id="pending-count" hx-swap-oob="true">0</span>' in response.text


def test_suggestion_to_a_unit_with_a_leader_is_left_to_the_leader(
    client_for, process_leader, leader, employee, unit
):
    _pending(unit, employee, "sansehaver")
    text = client_for(process_leader).get(reverse("directory:home")).text
    assert "sansehaver" not in text


def test_a_named_editor_keeps_a_leaderless_unit_from_the_process_leaders(
    client_for, process_leader, employee, other_unit
):
    other_unit.editors.add(make_user("redaktoer"))
    _pending(other_unit, employee, "trafiksikkerhed")
    text = client_for(process_leader).get(reverse("directory:home")).text
    assert "trafiksikkerhed" not in text


def test_a_leader_without_a_log_in_cannot_decide_so_the_process_leaders_do(
    client_for, process_leader, employee, other_unit
):
    make_person(unit=other_unit, is_leader=True)  # from the HR import, never logged in
    _pending(other_unit, employee, "trafiksikkerhed")
    text = client_for(process_leader).get(reverse("directory:home")).text
    assert "trafiksikkerhed" in text


def test_editor_wording_is_shown_and_the_authors_wording_kept(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee, "demns")
    client = client_for(leader)
    client.post(
        reverse("directory:suggestion-accept", args=[suggestion.pk]),
        {"text": "demens", "edited": "1"},
    )
    suggestion.refresh_from_db()
    assert (suggestion.text, suggestion.accepted_text) == ("demns", "demens")
    unit.refresh_from_db()
    assert unit.knowledge == ["demens"]
    text = client.get(reverse("directory:suggestion-list", args=[unit.key])).text
    assert "Kom på visitkortet som:" in text and "demns" in text


def test_clearing_the_edited_text_is_refused(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    response = client_for(leader).post(
        reverse("directory:suggestion-accept", args=[suggestion.pk]),
        {"text": "  ", "edited": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    assert "Skriv den tekst, der skal stå på visitkortet." in response.text
    suggestion.refresh_from_db()
    assert suggestion.status == "pending"


def test_accepting_a_free_correction_sends_the_editor_to_edit(client_for, leader, employee, unit):
    before = unit.profile_updated_at
    suggestion = Suggestion.objects.create(
        unit=unit, author=employee, kind="correction", text="Telefonnummeret er forkert"
    )
    response = client_for(leader).post(reverse("directory:suggestion-accept", args=[suggestion.pk]))
    assert response["Location"] == reverse("directory:unit-edit", args=[unit.key])
    suggestion.refresh_from_db()
    unit.refresh_from_db()
    assert suggestion.status == "accepted"
    assert unit.profile_updated_at == before


def test_task_suggestion_with_a_past_end_date_is_refused(client_for, employee, unit):
    url = reverse("directory:suggestion-create", args=[unit.key])
    response = client_for(employee).post(
        url, {"kind": "task", "text": "Gammel opgave", "task_until": "2001-01-01"}
    )
    assert response.status_code == 200
    assert "Slutdatoen er passeret" in response.text
    assert not Suggestion.objects.exists()


def test_accepted_author_is_credited_on_the_visitkort(client_for, leader, employee, unit):
    suggestion = _pending(unit, employee)
    client = client_for(leader)
    client.post(reverse("directory:suggestion-accept", args=[suggestion.pk]))
    text = client.get(unit.get_absolute_url()).text
    assert "Kvalificeret af" in text
    assert "Mette Hansen" in text
    # Near the top: before the description, not below the list of people.
    assert text.index("Kvalificeret af") < text.index('id="about"')


def test_a_past_task_date_left_from_another_kind_does_not_block(client_for, employee, unit):
    """Chose "opgave", typed a date, then chose "særlig viden": the date is not part of it."""
    url = reverse("directory:suggestion-create", args=[unit.key])
    response = client_for(employee).post(
        url,
        {
            "kind": "knowledge",
            "text": "sansehaver",
            "task_until": "2001-01-01",
            "task_description": "x",
        },
    )
    assert response.status_code == 302
    suggestion = Suggestion.objects.get()
    assert (suggestion.task_until, suggestion.task_description) == (None, "")


def test_task_fields_are_marked_as_only_for_a_task(client_for, employee, unit):
    text = client_for(employee).get(reverse("directory:suggestion-create", args=[unit.key])).text
    part = text.split('data-kinds="task"')[1].split("</fieldset>")[0]
    assert 'name="task_until"' in part and 'name="task_description"' in part
    assert 'name="comment"' not in part


def test_suggestion_list_shows_pending_and_decided(client_for, leader, employee, unit):
    _pending(unit, employee, "ventende")
    decided = _pending(unit, employee, "afgjort")
    decided.status = "declined"
    decided.decline_reason = "nej tak"
    decided.save()
    text = client_for(leader).get(reverse("directory:suggestion-list", args=[unit.key])).text
    assert "ventende" in text and "afgjort" in text and "nej tak" in text


def test_overlong_texts_are_refused_with_a_danish_message(client_for, employee, unit):
    url = reverse("directory:suggestion-create", args=[unit.key])
    client = client_for(employee)
    for field, message in [
        ("text", "Forslaget er for langt: højst 2000 tegn (du har skrevet 4000000)."),
        ("comment", "Begrundelsen er for lang: højst 2000 tegn (du har skrevet 4000000)."),
        ("task_description", "Beskrivelsen af opgaven er for lang: højst 2000 tegn"),
    ]:
        data = {"kind": "task", "text": "Demensvenlig have", field: "x" * 4_000_000}
        response = client.post(url, data)
        assert response.status_code == 200
        assert message in response.text
    assert not Suggestion.objects.exists()


def test_suggestions_are_limited_per_minute_and_hour(client_for, employee, unit, settings):
    import datetime

    import time_machine

    settings.TRAADE_SUGGESTIONS_PER_MINUTE = 5
    settings.TRAADE_SUGGESTIONS_PER_HOUR = 8
    url = reverse("directory:suggestion-create", args=[unit.key])
    start = datetime.datetime(2030, 3, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        client = client_for(employee)
        for n in range(5):
            assert client.post(url, {"kind": "knowledge", "text": f"viden {n}"}).status_code == 302
        response = client.post(url, {"kind": "knowledge", "text": "for meget"})
        assert response.status_code == 429
        assert "Du har sendt mange forslag på kort tid. Vent 1 minut" in response.text
        assert "for meget" in response.text  # what was written is kept
        clock.shift(datetime.timedelta(seconds=61))
        for n in range(3):
            assert client.post(url, {"kind": "knowledge", "text": f"mere {n}"}).status_code == 302
        clock.shift(datetime.timedelta(seconds=61))
        response = client.post(url, {"kind": "knowledge", "text": "for meget"})
        assert response.status_code == 429
        assert "Vent 58 minutter" in response.text
    assert Suggestion.objects.count() == 8
