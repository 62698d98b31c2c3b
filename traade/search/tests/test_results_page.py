"""The search page /soeg/, with and without htmx."""

import pytest
from django.urls import reverse

from traade import search
from traade.builders import make_unit


@pytest.fixture
def units(unit, other_unit):
    unit.knowledge = ["demens", "robotstøvsugere"]
    unit.save()
    search.rebuild()
    return unit


def test_anonymous_visitors_are_sent_to_log_in(client, units):
    response = client.get(reverse("search:results"), {"q": "demens"})
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_the_page_shows_results_with_marked_snippets(client_for, employee, units):
    response = client_for(employee).get(reverse("search:results"), {"q": "demens"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assert "Plejecenter Solgården" in html
    assert "<mark>demens</mark>" in html
    assert 'aria-live="polite"' in html
    assert "1 resultat for demens" in html


def test_htmx_gets_only_the_results_and_the_live_region(client_for, employee, units):
    response = client_for(employee).get(
        reverse("search:results"), {"q": "demens"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="search-results"' in html
    assert 'hx-swap-oob="true"' in html
    assert "Plejecenter Solgården" in html


def test_htmx_completes_the_word_being_typed(client_for, employee, units):
    response = client_for(employee).get(
        reverse("search:results"), {"q": "robotstøv"}, headers={"HX-Request": "true"}
    )
    assert "Plejecenter Solgården" in response.content.decode()


def test_filters_limit_by_kind_and_area(client_for, employee, units):
    client = client_for(employee)
    page = client.get(reverse("search:results"), {"q": "demens", "kind": "person"})
    assert "Ingen resultater" in page.content.decode()
    page = client.get(reverse("search:results"), {"q": "demens", "area": "sundhed"})
    assert "Plejecenter Solgården" in page.content.decode()


def test_no_results_offers_a_spelling_and_a_broader_search(client_for, employee, units):
    response = client_for(employee).get(
        reverse("search:results"), {"q": "robotstøvusger", "kind": "person"}
    )
    html = response.content.decode()
    assert "Ingen resultater" in html
    assert "Mente du" in html and "robotstøvsugere" in html
    assert "Søg i alle typer og fagområder" in html


def test_text_is_escaped(client_for, employee, area):
    make_unit(area=area, name="<script>alert(1)</script> Demens", description="<b>demens</b>")
    search.rebuild()
    response = client_for(employee).get(reverse("search:results"), {"q": "demens <script>"})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "<b>" not in html


def test_a_bad_filter_value_does_not_break_the_page(client_for, employee, units):
    response = client_for(employee).get(reverse("search:results"), {"q": "demens", "kind": "x"})
    assert response.status_code == 200


def test_the_empty_page_has_a_labelled_search_field(client_for, employee):
    html = client_for(employee).get(reverse("search:results")).content.decode()
    assert '<label for="q"' in html


def test_experiments_can_be_filtered_by_status_and_result(client_for, employee, unit):
    from traade.builders import make_experiment

    make_experiment(title="Hønsegård", status="done", result="did_not_work", units=[unit])
    make_experiment(title="Hønsegård igen", status="running", units=[unit])
    search.rebuild()
    client = client_for(employee)
    page = client.get(reverse("search:results"), {"q": "hønsegård", "status": "done"})
    html = page.content.decode()
    assert "Hønsegård</mark></a>" in html and "igen" not in html
    page = client.get(reverse("search:results"), {"q": "hønsegård", "result": "did_not_work"})
    assert "igen" not in page.content.decode()


def test_the_front_page_preview_shows_the_best_few(client_for, employee, units):
    response = client_for(employee).get(
        reverse("search:results"), {"q": "dem", "preview": "1"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert 'id="home-preview"' in html and "<html" not in html
    assert "Plejecenter Solgården" in html
    assert "Se alle resultater (1)" in html


def test_an_htmx_history_restore_gets_the_whole_page(client_for, employee, units):
    response = client_for(employee).get(
        reverse("search:results"),
        {"q": "demens"},
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    html = response.content.decode()
    assert "<html" in html and "Plejecenter Solgården" in html
    assert 'hx-swap-oob="true"' not in html


def _page(client, **params):
    response = client.get(reverse("search:results"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_too_long_query_is_explained(client_for, employee, units):
    html = _page(client_for(employee), q="demens " * 80)
    assert "Søgningen er for lang – brug højst 500 tegn" in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"page": "abc"}, "Sidetallet «abc» blev ikke forstået"),
        ({"area": "nonexistent"}, "Fagområdet «nonexistent» findes ikke"),
        ({"kind": "bogus"}, "Typen «bogus» findes ikke"),
        ({"status": "bogus"}, "Status «bogus» findes ikke"),
    ],
)
def test_unknown_parameters_are_ignored_with_a_notice(client_for, employee, units, params, notice):
    html = _page(client_for(employee), q="demens", **params)
    assert notice in html
    assert "Plejecenter Solgården" in html


@pytest.mark.parametrize("page", ["9", "51", "5000"])
def test_a_page_past_the_end_shows_the_last_page(client_for, employee, units, page):
    html = _page(client_for(employee), q="demens", page=page)
    assert f"Side {page} findes ikke" in html
    assert "Plejecenter Solgården" in html
    assert "viser 161" not in html


def test_status_options_are_grouped_by_kind(client_for, employee, units):
    html = _page(client_for(employee), q="demens")
    assert '<optgroup label="Prøvehandlinger">' in html
    assert '<optgroup label="Udfordringer">' in html


def test_a_status_of_another_kind_is_dropped_with_a_notice(client_for, employee, units):
    html = _page(client_for(employee), q="demens", kind="unit", status="open")
    assert "Status «Åben» gælder kun udfordringer" in html
    assert "Plejecenter Solgården" in html
