"""A write that meets another writer's lock: never a 500 (traade/busy.py).

A second thread holds a write transaction, as `traade import` does while it writes;
meanwhile a leader saves the visitkort and someone logs in. Each request either
succeeds or gets the Danish "prøv igen om lidt" page with HTTP 503 and Retry-After.
"""

import contextlib
import logging

import pytest
from django.db import OperationalError, transaction
from django.test import Client
from django.urls import reverse

from traade.busy import is_busy, server_error
from traade.directory.models import Unit
from traade.lib.testing import form_data

pytestmark = pytest.mark.skipif(
    "postgres" in __import__("os").environ.get("DATABASE_URL", ""),
    reason="PostgreSQL has row locks: another transaction's write does not block this one",
)


def opened_form(client, unit, **changes) -> dict:
    """The visitkort form as the leader opened it (with its snapshot), with `changes`."""
    page = client.get(reverse("directory:unit-edit", args=[unit.key]))
    return {**form_data(page.text, having="snapshot"), **changes}


@contextlib.contextmanager
def write_transaction():
    with transaction.atomic():  # BEGIN IMMEDIATE: SQLite's write lock, as an import holds it
        Unit.objects.filter(key="nothing").update(phone="")
        yield


def answers_without_error(response, caplog) -> None:
    assert response.status_code in (200, 302, 503)
    if response.status_code == 503:
        assert response["Retry-After"] == "10"
        assert "prøv igen om lidt" in response.text
        assert any("the database stayed locked" in r.getMessage() for r in caplog.records)


def test_saving_a_visitkort_during_a_long_write_answers_503_not_500(
    leader, unit, transactional_db, caplog, held_in_another_thread
):
    client = Client(raise_request_exception=False)
    client.force_login(leader)
    data = opened_form(client, unit, description="Skrevet under en import")
    with (
        caplog.at_level(logging.WARNING, logger="traade.busy"),
        held_in_another_thread(write_transaction),
    ):
        response = client.post(reverse("directory:unit-edit", args=[unit.key]), data)
    answers_without_error(response, caplog)
    assert response.status_code == 503  # the lock is held for the whole request
    unit.refresh_from_db()
    assert unit.description != "Skrevet under en import"
    assert "Tråde har travlt lige nu" in response.text


def test_logging_in_during_a_long_write_answers_503_not_500(
    leader, transactional_db, caplog, held_in_another_thread
):
    client = Client(raise_request_exception=False)
    with (
        caplog.at_level(logging.WARNING, logger="traade.busy"),
        held_in_another_thread(write_transaction),
    ):
        response = client.post(reverse("accounts:login"), {"username": "lars", "password": "pw"})
    answers_without_error(response, caplog)
    # Logging in writes (last_login, the session): it waits for the lock like any write.
    assert response.status_code == 503


def test_the_save_succeeds_once_the_writer_is_done(leader, unit, transactional_db):
    client = Client(raise_request_exception=False)
    client.force_login(leader)
    response = client.post(
        reverse("directory:unit-edit", args=[unit.key]),
        opened_form(client, unit, description="Efter importen"),
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.description == "Efter importen"


def test_only_a_locked_database_is_called_busy(rf):
    assert is_busy(OperationalError("database is locked"))
    assert is_busy(OperationalError("deadlock detected\nDETAIL: Process 1 waits for …"))
    assert not is_busy(OperationalError("no such table: directory_unit"))
    assert not is_busy(ValueError("database is locked"))
    request = rf.get("/")
    try:
        raise OperationalError("database is locked")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    try:
        raise OperationalError("disk I/O error")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 500
