import pytest
from django.urls import reverse

from traade.builders import make_user


@pytest.mark.django_db
def test_login_page_is_danish_and_has_labelled_fields(client):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert '<html lang="da">' in response.text
    assert '<label for="id_username">Brugernavn' in response.text
    assert '<label for="id_password">Adgangskode' in response.text


@pytest.mark.django_db
def test_demo_logins_are_shown_only_in_the_demo(client, settings):
    settings.DEMO = False
    assert "medarbejder" not in client.get(reverse("accounts:login")).text
    settings.DEMO = True
    assert "procesleder" in client.get(reverse("accounts:login")).text


@pytest.mark.django_db
def test_wrong_password_gives_a_danish_message(client):
    make_user("mette", password="rigtig")
    response = client.post(reverse("accounts:login"), {"username": "mette", "password": "forkert"})
    assert response.status_code == 200
    assert "Brugernavn eller adgangskode er forkert" in response.text


@pytest.mark.django_db
def test_login_and_logout(client):
    make_user("mette", password="rigtig")
    response = client.post(reverse("accounts:login"), {"username": "mette", "password": "rigtig"})
    assert response.status_code == 302
    assert client.get(reverse("directory:home")).status_code == 200
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("directory:home")).status_code == 302


@pytest.mark.django_db
def test_repeated_failures_lock_the_login(client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    make_user("mette", password="rigtig")
    url = reverse("accounts:login")
    for _ in range(3):
        client.post(url, {"username": "mette", "password": "forkert"})
    response = client.post(url, {"username": "mette", "password": "rigtig"})
    assert response.status_code == 429
    assert "For mange forsøg" in response.text
    assert client.get(reverse("directory:home")).status_code == 302


@pytest.mark.django_db
def test_accessibility_statement_is_public(client):
    response = client.get(reverse("directory:accessibility"))
    assert response.status_code == 200
    assert "WCAG 2.1" in response.text


@pytest.mark.django_db
def test_accessibility_statement_shows_the_configured_contact(client, settings):
    settings.TRAADE_ACCESSIBILITY_CONTACT = "tilgaengelighed@skovlund.dk"
    text = client.get(reverse("directory:accessibility")).text
    assert 'href="mailto:tilgaengelighed@skovlund.dk"' in text
    assert "Erklæringen gælder Tråde version" in text
