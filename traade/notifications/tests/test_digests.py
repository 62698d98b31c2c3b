"""E-mail digests: one e-mail per person per day, none twice, opt-out respected, and a
failing mail server loses nothing."""

import datetime
import io
import os
import smtplib
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from traade.builders import make_person, make_unit, make_user
from traade.notifications.models import EmailPreference, EmailState, Notification
from traade.notifications.services import notify, send_due, set_frequency

pytestmark = pytest.mark.django_db

TZ = timezone.get_default_timezone()


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, 5, day, hour, minute, tzinfo=TZ)


@pytest.fixture
def anne(db):
    return make_user("anne", email="anne@kommune.dk")


def test_a_daily_digest_holds_everything_pending_in_one_email(anne, settings):
    settings.TRAADE_SITE_URL = "https://traade.kommune.dk"
    notify(users=[anne], text="Ny udfordring fra Skolen: Larm", url="/udfordringer/c-larm/")
    notify(users=[anne], text="Nyt svar fra Biblioteket", url="/udfordringer/c-x/#response-1")
    report = send_due(now=at(4, 8))
    assert report.sent == [anne.pk]
    [email] = mail.outbox
    assert email.to == ["anne@kommune.dk"]
    assert email.subject == "Tråde: 2 nye notifikationer"
    assert "Ny udfordring fra Skolen: Larm" in email.body
    assert "https://traade.kommune.dk/udfordringer/c-larm/" in email.body
    assert "https://traade.kommune.dk/mig/" in email.body
    assert set(Notification.objects.values_list("email_state", flat=True)) == {"sent"}


def test_one_email_per_person_per_day_and_none_twice(anne):
    notify(users=[anne], text="Første")
    send_due(now=at(4, 8))
    send_due(now=at(4, 9))  # nothing new: nothing sent
    notify(users=[anne], text="Anden")
    send_due(now=at(4, 15))  # new, but today's digest went out
    assert [e.body.count("- ") for e in mail.outbox] == [1]
    send_due(now=at(5, 8))  # the next day
    assert len(mail.outbox) == 2
    assert "Anden" in mail.outbox[1].body and "Første" not in mail.outbox[1].body


def test_the_daily_digest_waits_for_the_digest_hour(anne, settings):
    settings.TRAADE_DIGEST_HOUR = 7
    notify(users=[anne], text="Tidligt")
    assert send_due(now=at(4, 6)).waiting == 1
    assert mail.outbox == []
    send_due(now=at(4, 7))
    assert len(mail.outbox) == 1


def test_immediate_sends_every_run_with_something_new(anne):
    set_frequency(actor=anne, frequency="immediate")
    notify(users=[anne], text="Et")
    send_due(now=at(4, 2))
    notify(users=[anne], text="To")
    send_due(now=at(4, 3))
    send_due(now=at(4, 4))
    assert [e.subject for e in mail.outbox] == ["Tråde: Et", "Tråde: To"]


def test_opting_out_is_respected(anne):
    set_frequency(actor=anne, frequency="none")
    notify(users=[anne], text="Ikke på mail")
    report = send_due(now=at(4, 8))
    assert mail.outbox == [] and report.skipped == 1
    note = Notification.objects.get()
    assert note.email_state == EmailState.SKIPPED and note.read_at is None  # still in the bell
    # Choosing e-mails later does not send the old ones.
    set_frequency(actor=anne, frequency="daily")
    send_due(now=at(5, 8))
    assert mail.outbox == []


def test_the_directory_address_is_used_without_a_log_in_address(db):
    user = make_user("bo")
    make_person(key="p-bo", name="Bo", unit=make_unit(), user=user, email="bo@kommune.dk")
    nobody = make_user("ingen")
    notify(users=[user, nobody], text="Hej")
    report = send_due(now=at(4, 8))
    assert [e.to for e in mail.outbox] == [["bo@kommune.dk"]]
    assert report.skipped == 1  # no address at all: not e-mailed, still in the bell


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("the mail server went away")


def test_a_failing_mail_server_loses_nothing_and_is_retried(anne, settings):
    notify(users=[anne], text="Vigtigt")
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    report = send_due(now=at(4, 8))
    assert report.failed == [anne.pk] and report.sent == []
    note = Notification.objects.get()
    assert note.email_state == EmailState.PENDING and note.emailed_at is None and not note.claim
    assert EmailPreference.objects.get(user=anne).last_digest_on is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_due(now=at(4, 9)).sent == [anne.pk]
    assert "Vigtigt" in mail.outbox[0].body


def test_the_command_reports_and_fails_loudly_when_mail_fails(anne, settings):
    settings.TRAADE_DIGEST_HOUR = 0  # due whenever the test runs
    notify(users=[anne], text="Hej")
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    with pytest.raises(CommandError, match="1 e-mails could not be sent") as error:
        call_command("send-digests", stdout=io.StringIO())
    assert error.value.returncode == 1
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("send-digests", stdout=out)
    assert out.getvalue().startswith("sent 1 e-mails")


class SecondRunWhileSending:
    """A mail backend that starts another run of send-digests while it sends, as a
    concurrent timer run would (the first run holds no lock while the mail server works)."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        global SECOND_RUN
        if SECOND_RUN is None:
            SECOND_RUN = "running"
            SECOND_RUN = send_due(now=at(4, 8))
        mail.outbox.extend(messages)
        return len(messages)


SECOND_RUN = None


def test_a_second_run_while_the_first_sends_sends_nothing_twice(db, settings):
    global SECOND_RUN
    SECOND_RUN = None
    users = [make_user(f"u{n}", email=f"u{n}@kommune.dk") for n in range(3)]
    for user in users:
        notify(users=[user], text="Hej")
    settings.EMAIL_BACKEND = f"{__name__}.SecondRunWhileSending"
    first = send_due(now=at(4, 8))
    # The second run sent those the first had not claimed yet; nobody got two.
    assert sorted(e.to[0] for e in mail.outbox) == [f"u{n}@kommune.dk" for n in range(3)]
    assert len(first.sent) + len(SECOND_RUN.sent) == 3
    assert set(Notification.objects.values_list("email_state", flat=True)) == {"sent"}


@pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""),
    reason="the tests' SQLite database is shared in memory, where a lock fails at once "
    "instead of waiting as it does in a database file",
)
@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_email_once():
    users = [make_user(f"u{n}", email=f"u{n}@kommune.dk") for n in range(6)]
    for user in users:
        notify(users=[user], text="Hej")
    start = threading.Barrier(2)
    errors = []

    def run():
        from django.db import connection

        try:
            start.wait()
            send_due(now=at(4, 8))
        except Exception as error:  # pragma: no cover - shown by the assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(e.to[0] for e in mail.outbox) == [f"u{n}@kommune.dk" for n in range(6)]
    assert set(Notification.objects.values_list("email_state", flat=True)) == {"sent"}


def test_a_run_that_died_while_sending_is_retried_after_a_while(anne):
    notify(users=[anne], text="Hængt")
    Notification.objects.update(email_state="sending", claim="x", claimed_at=at(4, 8))
    send_due(now=at(4, 8, 10))
    assert mail.outbox == []  # maybe still sending
    send_due(now=at(4, 9))
    assert len(mail.outbox) == 1 and Notification.objects.get().email_state == "sent"
