"""What the directory makes findable: current tasks as results of their own."""

import datetime

import pytest
import time_machine

from traade import search
from traade.builders import make_task
from traade.directory import services
from traade.directory.models import SuggestionKind
from traade.search.models import SearchDocument

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture
def frozen():
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        yield


def tasks(query, user, **options):
    found = search.search(query, user=user, kinds=["task"], **options)
    return [(h.title, h.status) for h in found.hits]


def test_a_task_is_a_result_of_its_own_at_its_units_page(unit, leader, employee):
    task = services.save_task(actor=leader, unit=unit, title="Sansehave for beboere")
    [hit] = search.search("sansehave", user=employee, kinds=["task"]).hits
    assert hit.key == f"u-solgaarden#opgave-{task.pk}"
    assert hit.url == f"/enheder/u-solgaarden/#opgave-{task.pk}"
    assert hit.title == "Sansehave for beboere" and hit.area == unit.area.key


def test_a_search_that_names_no_kind_finds_the_unit_not_the_task(unit, leader, employee):
    services.save_task(actor=leader, unit=unit, title="Sansehave for beboere")
    found = search.search("sansehave", user=employee)
    assert [(h.kind, h.key) for h in found.hits] == [("unit", "u-solgaarden")]
    assert found.total == 1
    # The page can still offer the tasks: counts per kind ignore the kind filter.
    assert found.kind_counts == {"unit": 1, "task": 1}


def test_the_units_page_has_the_tasks_anchor(client_for, unit, leader, employee):
    task = services.save_task(actor=leader, unit=unit, title="Sansehave for beboere")
    html = client_for(employee).get(unit.get_absolute_url()).content.decode()
    assert f'id="opgave-{task.pk}"' in html


def test_a_task_is_current_through_its_end_date_and_without_one(frozen, unit, employee):
    make_task(unit=unit, title="Sansehave til i dag", until=TODAY)
    make_task(unit=unit, title="Sansehave uden slutdato")
    make_task(unit=unit, title="Sansehave til i går", until=TODAY - datetime.timedelta(days=1))
    search.rebuild()
    assert sorted(tasks("sansehave", employee, status="current")) == [
        ("Sansehave til i dag", "current"),
        ("Sansehave uden slutdato", "current"),
    ]
    assert tasks("sansehave", employee, status="ended") == [("Sansehave til i går", "ended")]


def test_a_task_ends_the_day_after_its_end_date_without_a_reindex(unit, employee):
    from traade.search import indexing

    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        make_task(unit=unit, title="Sansehave", until=TODAY)
        search.rebuild()
        assert tasks("sansehave", employee, status="current") == [("Sansehave", "current")]
    indexing._fresh_day = None
    with time_machine.travel(datetime.datetime(2026, 6, 2, 8, 0), tick=False):
        assert tasks("sansehave", employee, status="current") == []
        assert tasks("sansehave", employee) == [("Sansehave", "ended")]
    indexing._fresh_day = None


def test_editing_a_task_updates_its_own_document_and_its_units(unit, leader, employee):
    task = services.save_task(actor=leader, unit=unit, title="Sansehave")
    services.save_task(actor=leader, unit=unit, task=task, title="Hønsegård")
    assert tasks("sansehave", employee) == []
    assert tasks("hønsegård", employee) == [("Hønsegård", "current")]
    assert [h.key for h in search.search("hønsegård", user=employee).hits] == [unit.key]


def test_deleting_a_task_removes_its_document_and_its_text_from_the_unit(unit, leader, employee):
    task = services.save_task(actor=leader, unit=unit, title="Sansehave")
    services.delete_task(actor=leader, task=task)
    assert not SearchDocument.objects.filter(kind="task").exists()
    assert search.search("sansehave", user=employee).hits == []


def test_an_accepted_task_suggestion_becomes_a_task_result(unit, leader, employee):
    suggestion = services.create_suggestion(
        actor=employee, unit=unit, kind=SuggestionKind.TASK, text="Sansehave"
    )
    services.accept_suggestion(actor=leader, suggestion=suggestion)
    assert tasks("sansehave", employee) == [("Sansehave", "current")]


def test_a_renamed_unit_is_named_in_its_tasks(unit, leader, employee):
    services.save_task(actor=leader, unit=unit, title="Sansehave")
    unit.name = "Plejecenter Lindegården"
    unit.save()
    search.index(unit)
    [hit] = search.search("sansehave lindegården", user=employee, kinds=["task"]).hits
    assert "Lindegården" in hit.snippet


@pytest.mark.usefixtures("frozen")
def test_a_units_tasks_without_an_end_date_come_last_in_its_document_on_every_backend(unit):
    # SQLite sorts a missing date first and PostgreSQL last; the document (and so the
    # embedding of its text, and the results) must be the same on both.
    make_task(unit=unit, title="Demensvenlig kommune", until=None)
    make_task(unit=unit, title="Pårørendegruppe", until=datetime.date(2027, 7, 24))
    search.rebuild()
    document = SearchDocument.objects.get(kind="unit", obj_id=unit.pk)
    assert document.fields["current_tasks"].index("Pårørendegruppe") < document.fields[
        "current_tasks"
    ].index("Demensvenlig kommune")
