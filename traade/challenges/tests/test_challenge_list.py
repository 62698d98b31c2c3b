import datetime

import pytest

from traade.builders import make_challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenges(unit, other_unit):
    return [
        make_challenge(
            key="c-mad",
            title="Mad",
            unit=unit,
            status="open",
            responses=[{"unit": other_unit, "text": "Prøv det her."}],
        ),
        make_challenge(key="c-larm", title="Larm", unit=other_unit, status="open"),
        make_challenge(key="c-trafik", title="Trafik", unit=other_unit, status="closed"),
    ]


def titles(response):
    return [c.title for c in response.context["page"].object_list]


def test_employee_sees_all_challenges_with_response_counts(client_for, employee, challenges):
    response = client_for(employee).get("/udfordringer/")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Larm", "Mad", "Trafik"]
    html = response.content.decode()
    assert "1 svar" in html and "Ingen svar endnu" in html
    assert '<label for="id_area">Fagområde' in html
    assert 'href="/udfordringer/c-mad/"' in html


def test_filter_by_area(client_for, employee, challenges):
    response = client_for(employee).get("/udfordringer/?area=laering")
    assert sorted(titles(response)) == ["Larm", "Trafik"]


def test_filter_by_status(client_for, employee, challenges):
    response = client_for(employee).get("/udfordringer/?status=open")
    assert sorted(titles(response)) == ["Larm", "Mad"]


def test_filter_by_area_and_status(client_for, employee, challenges):
    response = client_for(employee).get("/udfordringer/?area=laering&status=closed")
    assert titles(response) == ["Trafik"]


def test_the_list_is_paginated_and_keeps_the_filter(client_for, employee, unit):
    for n in range(23):
        make_challenge(
            title=f"Udfordring {n:02d}",
            unit=unit,
            status="open",
            posted=datetime.date(2026, 1, 1) + datetime.timedelta(n),
        )
    first = client_for(employee).get("/udfordringer/?status=open")
    assert len(titles(first)) == 20
    assert "?status=open&amp;side=2" in first.content.decode()
    second = client_for(employee).get("/udfordringer/?status=open&side=2")
    assert titles(second) == ["Udfordring 02", "Udfordring 01", "Udfordring 00"]


def test_anonymous_is_sent_to_log_in(client):
    response = client.get("/udfordringer/")
    assert response.status_code == 302
    assert response["Location"].startswith("/log-ind/")


def test_a_filter_change_with_htmx_gets_the_list_alone(client_for, employee, challenges):
    response = client_for(employee).get(
        "/udfordringer/?status=closed", headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="filter-heading"' not in html
    assert html.lstrip().startswith('<div id="list-results">')
    assert 'hx-swap-oob="true">1 udfordring</p>' in html
    assert "Trafik" in html and "Larm" not in html
