""" "Arbejder med det lige nu" on the search page: current tasks beside the mixed results."""

import datetime
import io
import json

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from traade import search
from traade.builders import make_task, make_unit


@pytest.fixture
def town(unit, other_unit, area):
    """Four current tasks about demens (one ended), and a unit that knows demens."""
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        unit.knowledge = ["demens"]
        unit.save()
        make_task(unit=unit, title="Demensvenlig have", until=datetime.date(2027, 6, 30))
        make_task(unit=unit, title="Pårørendecafé om demens")
        home = make_unit(key="u-hjem", name="Hjemmeplejen Nord", area=area)
        make_task(unit=home, title="Demens i eget hjem", description="Besøg hos borgere.")
        make_task(unit=home, title="Nattevagter og demens")
        make_task(unit=home, title="Demenskursus", until=datetime.date(2026, 5, 31))
        search.rebuild()
        yield unit


def page(client, **params):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        response = client.get(reverse("search:results"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_mixed_results_come_with_up_to_three_current_tasks(client_for, employee, town):
    html = page(client_for(employee), q="demens")
    block = html[html.index("Arbejder med det lige nu") : html.index('id="hits-heading"')]
    assert block.count("<li>") == 3
    assert "Demenskursus" not in block  # ended yesterday
    assert 'href="/enheder/u-solgaarden/#opgave-' in block
    assert '<a href="/enheder/u-solgaarden/">Plejecenter Solgården</a>' in block
    assert "til 30. juni 2027" in block or "uden slutdato" in block
    assert "Se alle 4 aktuelle opgaver om »demens«" in block
    assert "kind=task&amp;status=current" in block
    # The mixed list itself has no tasks: the unit, not its tasks.
    hits = html[html.index('id="hits-heading"') :]
    assert "Demensvenlig have" not in hits.split("search-facets")[0]


def test_the_current_tasks_are_a_facet_with_their_count(client_for, employee, town):
    html = page(client_for(employee), q="demens")
    facets = html[html.index('id="facets-heading"') :]
    assert 'Aktuelle opgaver</a> <span class="meta">(4)</span>' in facets


def test_the_facet_lists_the_current_tasks_with_unit_and_end_date(client_for, employee, town):
    html = page(client_for(employee), q="demens", kind="task", status="current")
    assert "4 resultater" in html
    assert "Demenskursus" not in html
    assert "Arbejder med det lige nu" not in html
    assert "til 30. juni 2027" in html and "uden slutdato" in html
    assert "Hjemmeplejen Nord</a>" in html


@pytest.mark.parametrize(
    "query", ["demens lige nu", "Hvem arbejder med demens lige nu?", "demens i øjeblikket"]
)
def test_lige_nu_in_the_query_searches_the_current_tasks(client_for, employee, town, query):
    html = page(client_for(employee), q=query)
    assert "så du ser aktuelle opgaver om »demens«" in html
    assert "4 resultater for demens" in html
    assert "Demenskursus" not in html
    assert "Plejecenter Solgården</mark>" not in html  # not the unit as a result
    assert 'aria-current="true">Aktuelle opgaver' in html
    # Going on from here searches "demens", without "lige nu".
    assert 'href="?q=demens">Søg i alle typer efter »demens«' in html


def test_lige_nu_alone_asks_what_the_tasks_should_be_about(client_for, employee, town):
    html = page(client_for(employee), q="lige nu")
    assert "Skriv også, hvad opgaverne skal handle om" in html


def test_lige_nu_with_another_kind_searches_that_kind(client_for, employee, town):
    html = page(client_for(employee), q="demens lige nu", kind="unit")
    # Units whose visitkort (or current tasks) say demens.
    assert "2 resultater for demens" in html
    assert "Plejecenter Solgården" in html and "Hjemmeplejen Nord" in html
    assert "så du ser aktuelle opgaver" not in html


def test_an_htmx_request_gets_the_block_too(client_for, employee, town):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, 0), tick=False):
        response = client_for(employee).get(
            reverse("search:results"), {"q": "demens"}, headers={"HX-Request": "true"}
        )
    html = response.content.decode()
    assert "<html" not in html and "Arbejder med det lige nu" in html


def test_the_api_and_the_command_keep_tasks_out_unless_asked(client_for, employee, town):
    client = client_for(employee)
    kinds = {
        r["kind"] for r in client.get(reverse("search:api"), {"q": "demens"}).json()["results"]
    }
    assert "task" not in kinds
    data = client.get(reverse("search:api"), {"q": "demens", "kind": "task"}).json()
    assert set(data) == {"query", "total", "results"} and data["total"] == 5
    assert set(data["results"][0]) == {"kind", "key", "title", "score", "snippet"}
    out = io.StringIO()
    call_command("search", "demens", "--kind", "task", "--json", stdout=out)
    assert {r["kind"] for r in json.loads(out.getvalue())["results"]} == {"task"}
