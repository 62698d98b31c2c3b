"""Log-in throttling behind the reverse proxy: the attacker waits, the colleague logs in."""

import datetime

import pytest
import time_machine
from axes.models import AccessAttempt
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from traade.accounts.throttling import client_ip, pause_for
from traade.builders import make_user

PROXY = "10.0.0.1"
ATTACKER = "192.168.1.66"
COLLEAGUE = "192.168.1.20"
LOGIN = "/log-ind/"
ADMIN_LOGIN = "/django-admin/login/"


@pytest.fixture
def throttling(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.TRAADE_LOGIN_COOLOFF_MINUTES = 1
    settings.TRAADE_LOGIN_COOLOFF_MAX_MINUTES = 60
    settings.TRAADE_TRUSTED_PROXIES = [PROXY]
    return settings


@pytest.fixture
def mette(db):
    return make_user("mette", password="rigtig", is_staff=True)


def _post(client, url, password, *, via=PROXY, forwarded=None, username="mette"):
    meta = {"REMOTE_ADDR": via}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(url, {"username": username, "password": password}, **meta)


def test_an_attacker_behind_the_proxy_is_paused_and_the_colleague_still_logs_in(throttling, mette):
    attacker = Client()
    for _ in range(5):
        _post(attacker, LOGIN, "forkert", forwarded=ATTACKER)
    # The attacker is paused, even with the right password…
    response = _post(attacker, LOGIN, "rigtig", forwarded=ATTACKER)
    assert response.status_code == 429
    assert "For mange forsøg" in response.text
    # …but Mette, at her own machine behind the same proxy, logs in.
    response = _post(Client(), LOGIN, "rigtig", forwarded=COLLEAGUE)
    assert response.status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_x_forwarded_for_from_an_untrusted_peer_is_ignored(throttling, mette):
    attacker = Client()
    for n in range(5):
        # A different made-up address every time: it must not reset the count.
        _post(attacker, LOGIN, "forkert", via=ATTACKER, forwarded=f"172.16.0.{n}")
    response = _post(attacker, LOGIN, "rigtig", via=ATTACKER, forwarded=COLLEAGUE)
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_an_address_the_client_adds_in_front_is_not_believed(throttling, mette):
    attacker = Client()
    for n in range(5):
        _post(attacker, LOGIN, "forkert", forwarded=f"172.16.0.{n}, {ATTACKER}")
    assert _post(attacker, LOGIN, "rigtig", forwarded=ATTACKER).status_code == 429


def test_the_admin_log_in_shares_the_policy(throttling, mette):
    attacker = Client()
    for _ in range(5):
        _post(attacker, ADMIN_LOGIN, "forkert", forwarded=ATTACKER)
    # The same user name and address is paused on both log-in pages…
    assert _post(attacker, ADMIN_LOGIN, "rigtig", forwarded=ATTACKER).status_code == 429
    assert _post(Client(), LOGIN, "rigtig", forwarded=ATTACKER).status_code == 429
    # …and Mette logs in on both from her own machine.
    assert _post(Client(), ADMIN_LOGIN, "rigtig", forwarded=COLLEAGUE).status_code == 302
    assert _post(Client(), LOGIN, "rigtig", forwarded=COLLEAGUE).status_code == 302


def test_the_pause_grows_with_every_further_failure(throttling, mette):
    attacker = Client()
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(5):
            _post(attacker, LOGIN, "forkert", forwarded=ATTACKER)
        response = _post(attacker, LOGIN, "rigtig", forwarded=ATTACKER)
        assert response.status_code == 429
        assert "Vent 2 minutter" in response.text  # the try during the pause doubled it
        clock.shift(datetime.timedelta(seconds=125))
        assert _post(attacker, LOGIN, "forkert", forwarded=ATTACKER).status_code == 429
        clock.shift(datetime.timedelta(minutes=3))
        assert _post(attacker, LOGIN, "rigtig", forwarded=ATTACKER).status_code == 429
        clock.shift(datetime.timedelta(minutes=9))
        # The pause has passed: the right password works and clears the count.
        assert _post(attacker, LOGIN, "rigtig", forwarded=ATTACKER).status_code == 302
        assert not AccessAttempt.objects.exists()


def test_the_pause_has_a_ceiling(settings):
    settings.AXES_FAILURE_LIMIT = 5
    settings.TRAADE_LOGIN_COOLOFF_MINUTES = 1
    settings.TRAADE_LOGIN_COOLOFF_MAX_MINUTES = 60
    assert [pause_for(n).total_seconds() / 60 for n in (1, 5, 6, 7, 11, 12, 500)] == [
        1,
        1,
        2,
        4,
        60,
        60,
        60,
    ]


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("192.168.1.20", None, "192.168.1.20"),
        ("192.168.1.20", "1.2.3.4", "192.168.1.20"),  # not a trusted proxy
        (PROXY, "192.168.1.20", "192.168.1.20"),
        (PROXY, "1.2.3.4, 192.168.1.20", "192.168.1.20"),  # right-most untrusted
        (PROXY, "192.168.1.20, 10.0.0.2", "192.168.1.20"),  # a second trusted proxy
        (PROXY, "192.168.1.20:51234", "192.168.1.20"),
        (PROXY, "[2001:db8::1]:443", "2001:db8::1"),
        (PROXY, "", PROXY),
        (PROXY, "garbage", PROXY),
    ],
)
def test_client_ip(settings, remote, forwarded, expected):
    settings.TRAADE_TRUSTED_PROXIES = [PROXY, "10.0.0.0/30"]
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    assert client_ip(RequestFactory().get("/", **meta)) == expected


@pytest.mark.django_db
def test_the_lock_out_page_is_danish(client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 2
    make_user("mette", password="rigtig")
    for _ in range(2):
        response = client.post(reverse("accounts:login"), {"username": "mette", "password": "x"})
    assert response.status_code == 429
    assert "Vent 1 minut," in response.text
