"""Personal data: removed is removed (history too), the copy is complete, log-in records
are deleted after the retention period, and a request for deletion reaches the process
leaders."""

import datetime
import json

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from traade.accounts.models import DeletionRequest
from traade.builders import make_person, make_user
from traade.directory import services
from traade.directory.models import Person
from traade.lib.testing import form_data


def _everything_in_history(person_id) -> str:
    """Every stored version of the person, as one text to search in."""
    rows = Person.history.filter(id=person_id).values()
    return json.dumps(list(rows), default=str, ensure_ascii=False)


def _edit_own(client, person, values):
    url = reverse("directory:person-edit", args=[person.key])
    data = form_data(client.get(url).text, having="snapshot")
    return client.post(url, {**data, **values})


# Redaction -------------------------------------------------------------------------------


def test_removing_ones_contact_details_removes_them_from_the_history(client_for, employee, leader):
    person = employee.person
    services.update_person(
        actor=employee, person=person, data={"email": "mette@egeby.dk", "phone": "20 30 40 50"}
    )
    services.update_person(actor=employee, person=person, data={"title": "SSA"})
    assert "mette@egeby.dk" in _everything_in_history(person.pk)

    response = _edit_own(client_for(employee), person, {"email": "", "phone": ""})
    assert response.status_code == 302

    stored = _everything_in_history(person.pk)
    assert "mette@egeby.dk" not in stored and "20 30 40 50" not in stored
    assert "SSA" in stored  # not contact details: kept
    # Nobody sees them any more: the person, their unit's leader, a process leader.
    for viewer, url in [
        (employee, reverse("accounts:me")),
        (employee, reverse("accounts:me") + "?format=json"),
        (employee, reverse("directory:person-history", args=[person.key])),
    ]:
        text = Client()
        text.force_login(viewer)
        body = text.get(url).content.decode()
        assert "mette@egeby.dk" not in body and "20 30 40 50" not in body, url
    history = Client()
    history.force_login(make_user("pia2", is_process_leader=True))
    text = history.get(reverse("directory:person-history", args=[person.key])).text
    assert "mette@egeby.dk" not in text
    assert "[fjernet]" in text  # the history still says that it changed


def test_a_replaced_address_is_removed_from_the_history_the_new_one_kept(employee):
    person = employee.person
    services.update_person(actor=employee, person=person, data={"email": "gammel@egeby.dk"})
    services.update_person(actor=employee, person=person, data={"email": "ny@egeby.dk"})
    stored = _everything_in_history(person.pk)
    assert "gammel@egeby.dk" not in stored
    assert "ny@egeby.dk" in stored


def test_deleting_a_person_leaves_no_personal_data_in_the_history(leader, unit):
    person = make_person(
        unit=unit,
        name="Karen Sørensen",
        title="Ergoterapeut",
        email="kaso@egeby.dk",
        phone="56 20 30 41",
        expertise=["hjælpemidler"],
    )
    karen = make_user("karen")
    person.user = karen
    person.save()
    services.set_editor(actor=leader, unit=unit, user=karen, editor=True)
    assert "Karen Sørensen" in unit.history.first().history_change_reason
    pk = person.pk

    person.delete()

    stored = _everything_in_history(pk)
    for value in ("Karen Sørensen", "kaso@egeby.dk", "56 20 30 41", "hjælpemidler", "Ergo"):
        assert value not in stored
    assert Person.history.filter(id=pk, history_type="-").exists()  # that it happened
    reasons = " ".join(
        unit.history.values_list("history_change_reason", flat=True).exclude(
            history_change_reason=None
        )
    )
    assert "Karen" not in reasons and "en tidligere medarbejder" in reasons


# The copy ------------------------------------------------------------------------------


def test_the_copy_has_the_history_the_log_ins_and_the_changes_made(
    client, employee, unit, settings
):
    settings.AXES_ENABLED = True  # it records the log-ins
    employee.set_password("rigtig")
    employee.save()
    client.post(
        reverse("accounts:login"),
        {"username": "mette", "password": "rigtig"},
        REMOTE_ADDR="192.168.1.20",
        HTTP_USER_AGENT="Firefox/140",
    )
    AccessAttempt.objects.create(
        username="mette",
        ip_address="192.168.1.66",
        user_agent="curl/8",
        failures_since_start=3,
        get_data="",
        post_data="",
        http_accept="*/*",
        path_info="/log-ind/",
    )
    services.update_person(actor=employee, person=employee.person, data={"title": "SSA"})
    services.update_visitkort(actor=employee, unit=unit, data={"description": "Nyt"})

    data = client.get(reverse("accounts:me"), {"format": "json"}).json()

    assert data["logins"][0]["ip_address"] == "192.168.1.20"
    assert data["logins"][0]["browser"] == "Firefox/140"
    assert data["failed_logins"][0] == {
        "last_time": data["failed_logins"][0]["last_time"],
        "failures": 3,
        "ip_address": "192.168.1.66",
        "browser": "curl/8",
        "path": "/log-ind/",
    }
    assert data["login_records_kept_days"] == 90
    changes = [c for entry in data["person_history"] for c in entry["changes"]]
    assert {"field": "Stilling", "before": "–", "after": "SSA"} in changes
    assert {c["what"] for c in data["changes_made"]} == {"person", "visitkort"}
    assert data["changes_made_total"] == 2

    page = client.get(reverse("accounts:me")).text
    assert "192.168.1.20" in page and "Firefox/140" in page
    assert "Ændringer af dine oplysninger" in page and "SSA" in page


# Retention -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_purge_deletes_log_in_records_older_than_the_retention(settings):
    settings.TRAADE_LOGIN_RECORD_DAYS = 90
    now = timezone.now()
    for days in (5, 89, 91, 400):
        log = AccessLog.objects.create(
            username=f"u{days}", ip_address="10.1.1.1", user_agent="x", http_accept="", path_info=""
        )
        AccessLog.objects.filter(pk=log.pk).update(attempt_time=now - datetime.timedelta(days=days))
        attempt = AccessAttempt.objects.create(
            username=f"u{days}",
            ip_address="10.1.1.1",
            user_agent="x",
            failures_since_start=1,
            get_data="",
            post_data="",
            http_accept="",
            path_info="",
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(
            attempt_time=now - datetime.timedelta(days=days)
        )

    call_command("purge_login_records", verbosity=0)
    assert sorted(AccessLog.objects.values_list("username", flat=True)) == ["u5", "u89"]
    assert sorted(AccessAttempt.objects.values_list("username", flat=True)) == ["u5", "u89"]

    call_command("purge_login_records", "--days", "30", verbosity=0)
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["u5"]


def test_purge_is_a_traade_command():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "traade.cli", "purge_login_records", "--help"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "TRAADE_LOGIN_RECORD_DAYS" in result.stdout


# Asking for deletion ---------------------------------------------------------------------


@pytest.fixture
def pia(db):
    return make_user("pia", is_process_leader=True, email="pia@egeby.dk")


def test_a_request_for_deletion_reaches_the_process_leaders(client_for, employee, pia):
    client = client_for(employee)
    response = client.post(
        reverse("accounts:deletion-request"), {"message": "Slet min bruger, jeg stopper."}
    )
    assert response.status_code == 302
    request = DeletionRequest.objects.get()
    assert (request.user, request.name, request.is_open) == (employee, "Mette Hansen", True)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["pia@egeby.dk"]
    assert "Mette Hansen" in mail.outbox[0].subject
    assert "Slet min bruger" in mail.outbox[0].body
    assert "/sletteanmodninger/" in mail.outbox[0].body
    # Asking twice does not make two requests.
    client.post(reverse("accounts:deletion-request"), {"message": "igen"})
    assert DeletionRequest.objects.count() == 1
    assert "Du bad om sletning" in client.get(reverse("accounts:me")).text

    leader = Client()
    leader.force_login(pia)
    assert "1 kollega har bedt om at få sine oplysninger slettet" in leader.get("/").text
    page = leader.get(reverse("accounts:deletion-requests")).text
    assert "Mette Hansen" in page and "Slet min bruger" in page
    leader.post(reverse("accounts:deletion-requests"), {"handled": request.pk})
    request.refresh_from_db()
    assert request.handled_by == pia and not request.is_open
    assert "bedt om at få sine oplysninger slettet" not in leader.get("/").text


def test_a_failing_mail_server_does_not_lose_the_request(client_for, employee, pia, settings):
    settings.EMAIL_BACKEND = "traade.accounts.tests.test_privacy.BrokenBackend"
    response = client_for(employee).post(reverse("accounts:deletion-request"), {"message": ""})
    assert response.status_code == 302
    assert DeletionRequest.objects.filter(user=employee).exists()


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")


def test_only_process_leaders_see_the_requests(client_for, employee):
    assert client_for(employee).get(reverse("accounts:deletion-requests")).status_code == 403
