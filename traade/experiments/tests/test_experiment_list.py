import datetime

import pytest

from traade.builders import make_experiment, make_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def experiments(unit, other_unit):
    return [
        make_experiment(key="e-care", title="Sansehave", status="done", units=[unit]),
        make_experiment(
            key="e-school", title="Mobilfri skole", status="running", units=[other_unit]
        ),
        make_experiment(
            key="e-both", title="Børn på besøg", status="done", units=[unit, other_unit]
        ),
    ]


def titles(response):
    return [e.title for e in response.context["page"].object_list]


def test_employee_sees_all_experiments(client_for, employee, experiments):
    response = client_for(employee).get("/proevehandlinger/")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Børn på besøg", "Mobilfri skole", "Sansehave"]
    html = response.content.decode()
    assert '<label for="id_area">Fagområde' in html
    assert '<label for="id_status">Status' in html
    assert 'href="/proevehandlinger/e-care/"' in html


def test_filter_by_area_includes_shared_experiments_once(client_for, employee, experiments):
    response = client_for(employee).get("/proevehandlinger/?area=laering")
    assert sorted(titles(response)) == ["Børn på besøg", "Mobilfri skole"]


def test_filter_by_status(client_for, employee, experiments):
    response = client_for(employee).get("/proevehandlinger/?status=done")
    assert sorted(titles(response)) == ["Børn på besøg", "Sansehave"]


def test_filter_by_area_and_status(client_for, employee, experiments):
    response = client_for(employee).get("/proevehandlinger/?area=sundhed&status=running")
    assert titles(response) == []
    assert "Ingen prøvehandlinger passer" in response.content.decode()


def test_unknown_filter_values_show_errors_and_everything(client_for, employee, experiments):
    response = client_for(employee).get("/proevehandlinger/?area=nowhere")
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert response.context["form"].errors


def test_the_list_is_paginated_and_keeps_the_filter(client_for, employee, unit):
    start = datetime.date(2024, 1, 1)
    for n in range(25):
        make_experiment(
            title=f"Forsøg {n:02d}",
            status="done",
            started=start + datetime.timedelta(n),
            units=[unit],
        )
    make_experiment(title="Andet område", status="done", units=[make_unit()])
    first = client_for(employee).get("/proevehandlinger/?area=sundhed")
    assert len(titles(first)) == 20
    assert "?area=sundhed&amp;side=2" in first.content.decode()
    second = client_for(employee).get("/proevehandlinger/?area=sundhed&side=2")
    assert len(titles(second)) == 5
    assert "Forsøg 00" in titles(second)


def test_anonymous_is_sent_to_log_in(client):
    response = client.get("/proevehandlinger/")
    assert response.status_code == 302
    assert response["Location"].startswith("/log-ind/")


def test_a_filter_change_with_htmx_gets_the_list_alone(client_for, employee, experiments):
    response = client_for(employee).get(
        "/proevehandlinger/?status=running", headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="filter-heading"' not in html
    assert html.lstrip().startswith('<div id="list-results">')
    assert 'hx-swap-oob="true">1 prøvehandling</p>' in html
    assert "Mobilfri skole" in html and "Sansehave" not in html


def test_the_filter_form_asks_htmx_for_the_list(client_for, employee, experiments):
    html = client_for(employee).get("/proevehandlinger/").content.decode()
    assert 'hx-target="#list-results"' in html
    assert '<p id="list-status" role="status">3 prøvehandlinger</p>' in html
