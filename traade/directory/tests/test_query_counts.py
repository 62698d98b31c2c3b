"""The main pages ask the database a fixed number of questions, however big the unit.

Each test renders a page for a small unit and for a big one (many people, tasks,
suggestions, experiments) and compares the number of queries: one query per person or
task would make a big unit's page slow (issue #12, bench/pages.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from traade.builders import make_experiment, make_person, make_task, make_unit, make_user
from traade.directory.models import Suggestion


def _grow(unit, n: int, author) -> None:
    for i in range(n):
        make_person(unit=unit, name=f"Person {unit.key} {i}", expertise=["demens"])
        make_task(unit=unit, title=f"Opgave {unit.key} {i}")
        make_unit(parent=unit, name=f"Team {unit.key} {i}")
        suggestion = Suggestion.objects.create(
            unit=unit, author=author, kind="knowledge", text=f"viden {i}"
        )
        if i % 2:
            suggestion.status = "accepted"
            suggestion.save()
        make_experiment(units=[unit], title=f"Forsøg {unit.key} {i}")
    unit.knowledge = [f"emne {i}" for i in range(n)]
    unit.save()


def _queries(client, url, **headers) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(captured)


def _small_and_big(area, author):
    small = make_unit(area=area, name="Lille Enhed", key="u-lille")
    big = make_unit(area=area, name="Stor Enhed", key="u-stor")
    _grow(small, 1, author)
    _grow(big, 12, author)
    return small, big


def test_the_visitkort_page_does_not_grow_with_the_unit(client_for, process_leader, area):
    authors = [make_user(f"kollega{i}") for i in range(3)]
    small, big = _small_and_big(area, authors[0])
    for author in authors[1:]:
        Suggestion.objects.create(
            unit=big, author=author, kind="offer", text="x", status="accepted"
        )
    client = client_for(process_leader)
    assert _queries(client, big.get_absolute_url()) == _queries(client, small.get_absolute_url())


def test_the_front_page_does_not_grow_with_the_leaders_units(client, area, employee):
    small, big = _small_and_big(area, employee)
    counts = []
    for unit in (small, big):
        leader = make_user(f"leder-{unit.key}")
        make_person(unit=unit, is_leader=True, user=leader)
        client.force_login(leader)
        counts.append(_queries(client, reverse("directory:home")))
    assert counts[0] == counts[1]


def test_the_search_page_does_not_grow_with_the_results(client_for, employee, area):
    from traade import search

    client = client_for(employee)
    url = reverse("search:results") + "?q=demens"
    unit = make_unit(area=area, name="Demenscenter Et", knowledge=["demens"])
    make_task(unit=unit, title="Demensopgave Et")
    make_person(unit=unit, name="Demensperson Et", expertise=["demens"])
    search.rebuild()
    client.get(url)  # the day's first search also refreshes the current tasks, once
    few = _queries(client, url)
    for i in range(15):
        unit = make_unit(area=area, name=f"Demenscenter {i}", knowledge=["demens"])
        make_task(unit=unit, title=f"Demensopgave {i}")
        make_person(unit=unit, name=f"Demensperson {i}", expertise=["demens"])
    search.rebuild()
    text = client.get(url).text
    assert "32 resultater for demens" in text  # 16 units and 16 people found: a fair test
    many = _queries(client, url)
    assert many == few
