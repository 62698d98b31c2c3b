"""Creating notifications, and sending them by e-mail (`traade send-digests`).

Sending is safe to run twice or concurrently, and a failing mail server loses nothing:

1. In a short transaction that holds the person's preference row locked (on SQLite: the
   write lock), a run *claims* the person's pending notifications (state "sending", with
   its own token) and, for a daily digest, records today as the day of the digest. A
   second run then finds nothing pending, or today's digest already taken.
2. It sends the e-mail outside any transaction (no lock is held while the mail server
   answers).
3. It marks the claimed notifications sent. If the mail server failed, it puts them
   back to pending (and gives the day back), so the next run retries them.

Only if the process dies between sending and marking can a notification be sent
again: claims older than CLAIM_TIMEOUT are put back to pending.
"""

from __future__ import annotations

import datetime
import logging
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import OperationalError, models, transaction
from django.utils import timezone

from .models import EmailPreference, EmailState, Frequency, Notification

log = logging.getLogger(__name__)

CLAIM_TIMEOUT = datetime.timedelta(minutes=30)


def notify(*, users: Iterable, text: str, url: str = "", exclude=None) -> int:
    """Tell each of `users` (once each; not `exclude`, typically the actor) about something."""
    seen = set()
    notes = []
    now = timezone.now()
    for user in users:
        if user is None or user.pk in seen or (exclude is not None and user.pk == exclude.pk):
            continue
        if not user.is_active:
            continue
        seen.add(user.pk)
        notes.append(Notification(user=user, text=text[:500], url=url, created_at=now))
    Notification.objects.bulk_create(notes)
    return len(notes)


def unread_count(user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def mark_read(*, actor, notifications=None) -> int:
    """Mark the actor's notifications (all of them, or those given) as read."""
    query = Notification.objects.filter(user=actor, read_at__isnull=True)
    if notifications is not None:
        query = query.filter(pk__in=[n.pk for n in notifications])
    return query.update(read_at=timezone.now())


@transaction.atomic
def set_frequency(*, actor, frequency: str) -> EmailPreference:
    if frequency not in Frequency.values:
        raise ValueError(f"unknown frequency {frequency!r}")
    preference, _created = EmailPreference.objects.update_or_create(
        user=actor, defaults={"frequency": frequency}
    )
    return preference


def frequency_of(user) -> str:
    preference = EmailPreference.objects.filter(user=user).first()
    return preference.frequency if preference else Frequency.DAILY


def address_of(user) -> str:
    person = getattr(user, "person", None)
    return user.email or (person.email if person is not None else "")


@dataclass
class DeliveryReport:
    sent: list[int] = field(default_factory=list)  # user ids e-mailed
    skipped: int = 0  # notifications not to be e-mailed (opted out, no address)
    waiting: int = 0  # people whose daily digest is not due yet
    failed: list[int] = field(default_factory=list)  # user ids to retry next run


def digest_due(preference: EmailPreference, now: datetime.datetime) -> bool:
    if preference.frequency == Frequency.IMMEDIATE:
        return True
    local = timezone.localtime(now)
    if local.hour < settings.TRAADE_DIGEST_HOUR:
        return False
    return preference.last_digest_on != local.date()


def send_due(*, now: datetime.datetime | None = None) -> DeliveryReport:
    """E-mail every due digest; see the module doc for why nothing is sent twice."""
    now = now or timezone.now()
    report = DeliveryReport()
    waiting = Notification.objects.filter(
        models.Q(email_state=EmailState.PENDING)
        | models.Q(email_state=EmailState.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT)
    )
    user_ids = sorted(set(waiting.values_list("user_id", flat=True)))
    for user_id in user_ids:
        try:
            _send_to(user_id, now, report)
        except Exception:  # the mail server or a lock: nothing was marked, retried next run
            log.exception("Could not e-mail the notifications of user %s", user_id)
            report.failed.append(user_id)
    return report


def _send_to(user_id: int, now: datetime.datetime, report: DeliveryReport) -> None:
    EmailPreference.objects.get_or_create(user_id=user_id)
    token = uuid.uuid4().hex
    today = timezone.localtime(now).date()
    mine = Notification.objects.filter(user_id=user_id)
    with transaction.atomic():
        preference = (
            EmailPreference.objects.select_for_update().select_related("user").get(user_id=user_id)
        )
        # A run that died while sending: its claims go back to pending.
        mine.filter(email_state=EmailState.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT).update(
            email_state=EmailState.PENDING, claim=""
        )
        pending = mine.filter(email_state=EmailState.PENDING)
        if not pending.exists():
            return  # another run has them
        user = preference.user
        address = address_of(user)
        if preference.frequency == Frequency.NONE or not address or not user.is_active:
            report.skipped += pending.update(email_state=EmailState.SKIPPED)
            return
        if not digest_due(preference, now):
            report.waiting += 1
            return
        pending.update(email_state=EmailState.SENDING, claim=token, claimed_at=now)
        day_before = preference.last_digest_on
        preference.last_digest_on = today
        preference.save(update_fields=["last_digest_on"])
    claimed = list(mine.filter(claim=token).order_by("created_at", "pk"))
    try:
        send_mail(
            subject=_subject(claimed),
            message=_body(user, claimed),
            from_email=None,
            recipient_list=[address],
        )
    except Exception:
        _finish(
            lambda: (
                mine.filter(claim=token).update(email_state=EmailState.PENDING, claim=""),
                EmailPreference.objects.filter(user_id=user_id, last_digest_on=today).update(
                    last_digest_on=day_before
                ),
            )
        )
        raise
    _finish(
        lambda: mine.filter(claim=token).update(
            email_state=EmailState.SENT, emailed_at=now, claim=""
        )
    )
    report.sent.append(user_id)


def _finish(write, attempts: int = 5) -> None:
    """Record the outcome of a send; another run's short transaction may hold the lock."""
    for attempt in range(attempts):
        try:
            with transaction.atomic():
                write()
            return
        except OperationalError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def _subject(pending: list[Notification]) -> str:
    if len(pending) == 1:
        return f"Tråde: {pending[0].text}"[:200]
    return f"Tråde: {len(pending)} nye notifikationer"


def _body(user, pending: list[Notification]) -> str:
    site = settings.TRAADE_SITE_URL.rstrip("/")
    lines = [f"Hej {user.display_name}", "", "Nyt i Tråde til dig:", ""]
    for note in pending:
        when = timezone.localtime(note.created_at).strftime("%d.%m. %H:%M")
        lines.append(f"- {note.text} ({when})")
        if note.url:
            lines.append(f"  {site}{note.url}")
    lines += [
        "",
        "Du kan vælge, hvor tit du får e-mails fra Tråde, under Mine oplysninger"
        + (f": {site}/mig/" if site else "."),
    ]
    return "\n".join(lines) + "\n"


def personal_data(user) -> dict:
    """The person's notifications and e-mail choice, for the copy on "Mine oplysninger"."""
    return {
        "email_frequency": frequency_of(user),
        "notifications": [
            {
                "text": note.text,
                "url": note.url,
                "created_at": note.created_at.isoformat(),
                "read_at": note.read_at.isoformat() if note.read_at else None,
                "email": note.email_state,
            }
            for note in Notification.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }
