"""The search page /soeg/, with and without htmx."""

import re

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
    assert "Hønsegård</mark></a>" in html and "Hønsegård</mark> igen" not in html
    page = client.get(reverse("search:results"), {"q": "hønsegård", "result": "did_not_work"})
    assert "Hønsegård</mark> igen" not in page.content.decode()


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
        ({"page": "abc"}, "Sidetallet »abc« blev ikke forstået"),
        ({"area": "nonexistent"}, "Fagområdet »nonexistent« findes ikke"),
        ({"kind": "bogus"}, "Typen »bogus« findes ikke"),
        ({"status": "bogus"}, "Status »bogus« findes ikke"),
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


def _options(html: str, name: str) -> list[str]:
    """The labels of the options of the select `name`, or [] if there is none."""
    match = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    return re.findall(r"<option[^>]*>([^<]*)</option>", match.group(1)) if match else []


def test_all_kinds_show_no_status_or_result_filter(client_for, employee, units):
    html = _page(client_for(employee), q="demens")
    assert _options(html, "kind")[:2] == ["Alle typer", "Enheder"]
    assert _options(html, "status") == [] and _options(html, "result") == []


def test_experiments_show_their_statuses_and_results(client_for, employee, units):
    html = _page(client_for(employee), q="demens", kind="experiment")
    assert _options(html, "status") == ["Alle", "Idé", "I gang", "Afsluttet", "Stoppet"]
    assert _options(html, "result")[:2] == ["Alle", "Det virkede"]


def test_challenges_show_their_statuses_and_no_result(client_for, employee, units):
    html = _page(client_for(employee), q="demens", kind="challenge")
    assert _options(html, "status") == ["Alle", "Åben", "Løst", "Lukket"]
    assert _options(html, "result") == []


def test_units_show_no_status_filter(client_for, employee, units):
    html = _page(client_for(employee), q="demens", kind="unit")
    assert _options(html, "status") == [] and _options(html, "result") == []


def test_a_status_without_a_type_chooses_its_type(client_for, employee, units):
    html = _page(client_for(employee), q="demens", status="open")
    assert re.search(r'<option value="challenge" selected>', html)
    assert _options(html, "status") == ["Alle", "Åben", "Løst", "Lukket"]


def test_changing_the_type_drops_the_old_types_status_quietly(client_for, employee, units):
    # The form showed the experiments' filters (shown_for), then the type was changed.
    params = {"q": "demens", "kind": "challenge", "status": "done", "shown_for": "experiment"}
    html = _page(client_for(employee), **params)
    assert "gælder kun" not in html
    assert _options(html, "status") == ["Alle", "Åben", "Løst", "Lukket"]
    assert 'name="shown_for" value="challenge"' in html


def test_htmx_swaps_in_the_filters_of_a_changed_type(client_for, employee, units):
    client = client_for(employee)
    params = {"q": "demens", "kind": "experiment", "shown_for": ""}
    html = client.get(
        reverse("search:results"), params, headers={"HX-Request": "true"}
    ).content.decode()
    assert "<html" not in html
    assert 'id="kind-filters" class="kind-filters" hx-swap-oob="true"' in html
    assert _options(html, "status")[1] == "Idé"
    # Choosing a status of the same type leaves the fields alone (and the focus in them).
    params.update(shown_for="experiment", status="running")
    html = client.get(
        reverse("search:results"), params, headers={"HX-Request": "true"}
    ).content.decode()
    assert 'id="kind-filters"' not in html


def test_a_result_of_another_kind_is_dropped_with_a_notice(client_for, employee, units):
    html = _page(client_for(employee), q="demens", kind="unit", result="worked")
    assert "Resultatet »Det virkede« gælder kun prøvehandlinger" in html


def test_leaving_a_kind_in_the_facets_leaves_out_its_status(client_for, employee, unit):
    from traade.builders import make_experiment

    make_experiment(title="Have for borgere med demens", status="done", units=[unit])
    unit.knowledge = ["demens"]
    unit.save()
    search.rebuild()
    html = _page(client_for(employee), q="demens", kind="experiment", status="done")
    # Leaving the type (back to all types) leaves its status too.
    assert '<a href="?q=demens" aria-current="true">Prøvehandlinger</a>' in html


def test_the_pager_shows_the_number_of_pages(client_for, employee, area):
    for n in range(45):
        make_unit(area=area, name=f"Demensenhed {n}", knowledge=["demens"])
    search.rebuild()
    html = _page(client_for(employee), q="demens", page="2")
    assert "<span>Side 2 af 3</span>" in html
    assert "viser 21–40" in html


def test_on_a_phone_a_link_to_the_filters_comes_before_the_results(client_for, employee, units):
    html = _page(client_for(employee), q="demens")
    link = html.index('<a href="#search-facets">Filtre: type og fagområde</a>')
    assert link < html.index('class="card-list hit-list"') < html.index('id="search-facets"')


def test_a_status_of_another_kind_is_dropped_with_a_notice(client_for, employee, units):
    html = _page(client_for(employee), q="demens", kind="unit", status="open")
    assert "Status »Åben« gælder kun udfordringer" in html
    assert "Plejecenter Solgården" in html
