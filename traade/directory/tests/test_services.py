import datetime

import pytest
from django.utils import timezone

from traade.builders import make_task, make_unit, make_user
from traade.directory import services
from traade.directory.models import Suggestion, Task


@pytest.fixture
def author(db):
    return make_user("forslagsstiller")


@pytest.fixture
def editor(db):
    return make_user("redaktoer")


def suggest(unit, author, kind, text, **extra):
    return services.create_suggestion(actor=author, unit=unit, kind=kind, text=text, **extra)


def test_clean_phrases_trims_and_drops_duplicates():
    assert services.clean_phrases([" demens ", "Demens", "", "VR  i ældreplejen"]) == [
        "demens",
        "VR i ældreplejen",
    ]


@pytest.mark.django_db
def test_update_visitkort_records_history_and_freshness(editor):
    old = timezone.now() - datetime.timedelta(days=400)
    unit = make_unit(description="Gammel", profile_updated_at=old)
    changed = services.update_visitkort(
        actor=editor, unit=unit, data={"description": "Ny", "knowledge": ["demens", "demens"]}
    )
    unit.refresh_from_db()
    assert changed == ["description", "knowledge"]
    assert unit.knowledge == ["demens"]
    assert unit.profile_updated_at > old
    latest = unit.history.first()
    assert latest.history_user == editor
    assert latest.description == "Ny"


@pytest.mark.django_db
def test_update_visitkort_without_changes_keeps_the_date(editor):
    old = timezone.now() - datetime.timedelta(days=10)
    unit = make_unit(description="Samme", profile_updated_at=old)
    assert services.update_visitkort(actor=editor, unit=unit, data={"description": "Samme"}) == []
    unit.refresh_from_db()
    assert unit.profile_updated_at == old


@pytest.mark.django_db
def test_confirm_visitkort_makes_it_fresh(editor):
    unit = make_unit(profile_updated_at=timezone.now() - datetime.timedelta(days=400))
    assert unit.is_stale()
    services.confirm_visitkort(actor=editor, unit=unit)
    unit.refresh_from_db()
    assert not unit.is_stale()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind,check",
    [
        ("knowledge", lambda u: u.knowledge == ["sansehave", "kompost"]),
        ("offer", lambda u: u.offers == ["kompost"]),
        ("description", lambda u: u.description == "kompost"),
        ("task", lambda u: list(u.tasks.values_list("title", flat=True)) == ["kompost"]),
    ],
)
def test_accepting_a_suggestion_applies_it(author, editor, kind, check):
    unit = make_unit(knowledge=["sansehave"], description="før")
    suggestion = suggest(unit, author, kind, "kompost")
    services.accept_suggestion(actor=editor, suggestion=suggestion)
    unit.refresh_from_db()
    assert check(unit)
    suggestion.refresh_from_db()
    assert suggestion.status == "accepted"
    assert suggestion.decided_by == editor
    assert list(services.qualified_by(unit)) == [author]


@pytest.mark.django_db
def test_accepted_task_suggestion_keeps_its_end_date(author, editor):
    unit = make_unit()
    until = datetime.date(2030, 1, 1)
    suggestion = suggest(unit, author, "task", "Ny skolevej", task_until=until)
    services.accept_suggestion(actor=editor, suggestion=suggestion)
    assert Task.objects.get(unit=unit).until == until


@pytest.mark.django_db
def test_editor_may_adjust_the_wording_when_accepting(author, editor):
    unit = make_unit()
    suggestion = suggest(unit, author, "knowledge", "demns")
    services.accept_suggestion(actor=editor, suggestion=suggestion, text="demens")
    unit.refresh_from_db()
    assert unit.knowledge == ["demens"]
    suggestion.refresh_from_db()
    assert (suggestion.text, suggestion.accepted_text) == ("demns", "demens")


@pytest.mark.django_db
def test_declined_suggestion_changes_nothing_and_keeps_the_reason(author, editor):
    unit = make_unit(knowledge=["a"])
    before = unit.profile_updated_at
    suggestion = suggest(unit, author, "knowledge", "b")
    services.decline_suggestion(actor=editor, suggestion=suggestion, reason="Det gør vi ikke")
    unit.refresh_from_db()
    suggestion.refresh_from_db()
    assert unit.knowledge == ["a"] and unit.profile_updated_at == before
    assert suggestion.status == "declined"
    assert suggestion.decline_reason == "Det gør vi ikke"
    assert list(services.qualified_by(unit)) == []


@pytest.mark.django_db
def test_a_suggestion_cannot_be_decided_twice(author, editor):
    unit = make_unit()
    suggestion = suggest(unit, author, "knowledge", "b")
    services.decline_suggestion(actor=editor, suggestion=suggestion, reason="nej")
    with pytest.raises(services.SuggestionAlreadyDecided):
        services.accept_suggestion(actor=editor, suggestion=suggestion)
    unit.refresh_from_db()
    assert unit.knowledge == []
    assert Suggestion.objects.get().status == "declined"


@pytest.mark.django_db
def test_accepting_a_correction_changes_neither_content_nor_freshness(author, editor):
    old = timezone.now() - datetime.timedelta(days=30)
    unit = make_unit(description="før", profile_updated_at=old)
    history_before = unit.history.count()
    suggestion = suggest(unit, author, "correction", "Telefonnummeret er forkert")
    services.accept_suggestion(actor=editor, suggestion=suggestion)
    unit.refresh_from_db()
    assert unit.description == "før" and unit.profile_updated_at == old
    assert unit.history.count() == history_before
    assert list(services.qualified_by(unit)) == [author]


@pytest.mark.django_db
def test_naming_an_editor_is_kept_in_the_history(editor):
    unit = make_unit()
    colleague = make_user("kollega")
    services.set_editor(actor=editor, unit=unit, user=colleague, editor=True)
    assert unit.editors.get() == colleague
    record = unit.history.first()
    assert record.history_user == editor
    assert "kan nu redigere visitkortet" in record.history_change_reason


@pytest.mark.django_db
def test_save_task_refuses_a_task_of_another_unit(editor):
    task = make_task()
    with pytest.raises(ValueError):
        services.save_task(actor=editor, unit=make_unit(), task=task, title="x")


@pytest.mark.django_db
def test_update_person_keeps_history(editor):
    from traade.builders import make_person

    person = make_person(title="Pædagog")
    services.update_person(
        actor=editor, person=person, data={"title": "Souschef", "expertise": ["leg"]}
    )
    person.refresh_from_db()
    assert person.title == "Souschef" and person.expertise == ["leg"]
    assert person.history.first().history_user == editor
