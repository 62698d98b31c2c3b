import pytest
from django.test import Client
from django.urls import reverse


def test_not_found_page_is_danish_and_offers_search(client_for, employee):
    response = client_for(employee).get("/enheder/findes-ikke/")
    assert response.status_code == 404
    assert "Siden findes ikke" in response.text
    assert '<html lang="da">' in response.text
    assert 'role="search"' in response.text


def test_forbidden_page_is_danish_and_points_to_suggestions(client_for, employee, unit):
    response = client_for(employee).get(reverse("directory:unit-edit", args=[unit.key]))
    assert response.status_code == 403
    assert "Det har du ikke adgang til" in response.text
    assert "foreslå en rettelse" in response.text


def test_a_stale_form_gets_a_danish_explanation(employee, unit):
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    response = client.post(reverse("directory:suggestion-create", args=[unit.key]), {"text": "x"})
    assert response.status_code == 403
    assert "Formularen kunne ikke sendes" in response.text


def test_server_error_page_is_danish(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="da">' in html and "Der skete en fejl" in html


def test_logout_address_asks_before_logging_out(client_for, employee):
    client = client_for(employee)
    response = client.get(reverse("accounts:logout"))
    assert response.status_code == 200
    assert "Vil du logge ud" in response.text
    assert client.get(reverse("directory:home")).status_code == 200


def test_logging_out_says_so(client_for, employee):
    response = client_for(employee).post(reverse("accounts:logout"), follow=True)
    assert "Du er logget ud." in response.text


@pytest.mark.django_db
def test_logout_address_when_logged_out_goes_to_login(client):
    response = client.get(reverse("accounts:logout"))
    assert response["Location"] == reverse("accounts:login")
