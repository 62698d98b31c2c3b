"""Personal data about a user: the complete copy, deletion requests, log-in records."""

from __future__ import annotations

import datetime
import logging

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .models import DeletionRequest, User

log = logging.getLogger(__name__)

# How many of the changes a user made are listed in the copy (a process leader's imports
# can be hundreds of thousands of rows); the total is always given.
CHANGES_MADE_LIMIT = 5000


def login_records(user):
    """The records of this user name's log-ins and failed attempts (newest first)."""
    return {
        "logins": AccessLog.objects.filter(username=user.username).order_by("-attempt_time"),
        "failed": AccessAttempt.objects.filter(username=user.username).order_by("-attempt_time"),
        "failure_log": AccessFailureLog.objects.filter(username=user.username).order_by(
            "-attempt_time"
        ),
    }


def _iso(value):
    return value.isoformat() if value else None


def personal_data(user) -> dict:
    """Everything Tråde stores about `user`, for the copy on "Mine oplysninger"."""
    from traade.directory import history
    from traade.directory.models import Suggestion

    person = getattr(user, "person", None)
    records = login_records(user)
    data = {
        "account": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "is_process_leader": user.is_process_leader,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "person": None
        if person is None
        else {
            "key": person.key,
            "name": person.name,
            "title": person.title,
            "unit": person.unit.key,
            "email": person.email,
            "phone": person.phone,
            "is_leader": person.is_leader,
            "expertise": person.expertise,
        },
        "person_history": []
        if person is None
        else [
            {
                "when": _iso(entry.when),
                "who": entry.who,
                "action": entry.action,
                "reason": entry.reason,
                "changes": [
                    {"field": c.label, "before": c.old, "after": c.new} for c in entry.changes
                ],
            }
            for entry in history.person_history(person)
        ],
        "suggestions": [
            {
                "unit": s.unit.key,
                "kind": s.kind,
                "text": s.text,
                "task_description": s.task_description,
                "comment": s.comment,
                "status": s.status,
                "decline_reason": s.decline_reason,
                "created_at": _iso(s.created_at),
                "decided_at": _iso(s.decided_at),
            }
            for s in Suggestion.objects.filter(author=user).select_related("unit")
        ],
        "logins": [
            {
                "time": _iso(r.attempt_time),
                "logged_out": _iso(r.logout_time),
                "ip_address": r.ip_address,
                "browser": r.user_agent,
                "path": r.path_info,
            }
            for r in records["logins"]
        ],
        "failed_logins": [
            {
                "last_time": _iso(r.attempt_time),
                "failures": r.failures_since_start,
                "ip_address": r.ip_address,
                "browser": r.user_agent,
                "path": r.path_info,
            }
            for r in records["failed"]
        ]
        + [
            {
                "last_time": _iso(r.attempt_time),
                "failures": 1,
                "ip_address": r.ip_address,
                "browser": r.user_agent,
                "path": r.path_info,
            }
            for r in records["failure_log"]
        ],
        "login_records_kept_days": settings.TRAADE_LOGIN_RECORD_DAYS,
        "deletion_requests": [
            {
                "created_at": _iso(r.created_at),
                "message": r.message,
                "handled_at": _iso(r.handled_at),
            }
            for r in DeletionRequest.objects.filter(user=user)
        ],
    }
    data.update(_changes_made(user))
    from traade.notifications.services import personal_data as notification_data

    data.update(notification_data(user))
    return data


def _changes_made(user) -> dict:
    """The changes this user made (the history records with them as the author)."""
    from traade.challenges.models import Challenge
    from traade.directory.models import Person, Task, Unit
    from traade.experiments.models import Experiment

    changes, total = [], 0
    for model, label in (
        (Unit, "visitkort"),
        (Task, "opgave"),
        (Person, "person"),
        (Experiment, "prøvehandling"),
        (Challenge, "udfordring"),
    ):
        records = model.history.filter(history_user=user)
        total += records.count()
        for record in records.order_by("-history_date")[:CHANGES_MADE_LIMIT]:
            changes.append(
                {
                    "when": _iso(record.history_date),
                    "what": label,
                    "record": str(getattr(record, "key", "") or getattr(record, "title", "")),
                    "action": {"+": "oprettet", "~": "ændret", "-": "slettet"}.get(
                        record.history_type, record.history_type
                    ),
                    "reason": record.history_change_reason or "",
                }
            )
    changes.sort(key=lambda c: c["when"], reverse=True)
    return {"changes_made": changes[:CHANGES_MADE_LIMIT], "changes_made_total": total}


# Deletion requests -----------------------------------------------------------------------


def open_deletion_request(user) -> DeletionRequest | None:
    return DeletionRequest.objects.filter(user=user, handled_at__isnull=True).first()


def privacy_recipients() -> list[str]:
    """Who is told about a deletion request: the process leaders (their log-in's or
    directory e-mail), else the administrators, and TRAADE_PRIVACY_EMAIL if set."""
    leaders = User.objects.filter(is_active=True, is_process_leader=True)
    if not leaders.exists():
        leaders = User.objects.filter(is_active=True, is_superuser=True)
    addresses = []
    for leader in leaders.select_related("person"):
        person = getattr(leader, "person", None)
        address = leader.email or (person.email if person is not None else "")
        if address and address not in addresses:
            addresses.append(address)
    if settings.TRAADE_PRIVACY_EMAIL and settings.TRAADE_PRIVACY_EMAIL not in addresses:
        addresses.append(settings.TRAADE_PRIVACY_EMAIL)
    return addresses


def request_deletion(*, actor, message: str = "", list_url: str = "") -> DeletionRequest:
    """Record the request (the process leaders see it on their front page) and e-mail them.

    A failing mail server does not lose the request: it is stored first, and the
    failure is logged for the operator.
    """
    with transaction.atomic():
        existing = open_deletion_request(actor)
        if existing is not None:
            return existing
        request = DeletionRequest.objects.create(
            user=actor,
            name=actor.display_name,
            username=actor.username,
            message=message.strip(),
        )
    recipients = privacy_recipients()
    if recipients:
        body = (
            f"{request.name} (brugernavn {request.username}) har bedt om at få sine "
            "personoplysninger i Tråde slettet.\n\n"
            + (f"Besked:\n{request.message}\n\n" if request.message else "")
            + "Se og behandl anmodningen under Anmodninger om sletning"
            + (f": {list_url}" if list_url else " på forsiden af Tråde.")
            + "\n"
        )
        try:
            send_mail(
                subject=f"Tråde: {request.name} beder om at få sine oplysninger slettet",
                message=body,
                from_email=None,
                recipient_list=recipients,
            )
        except Exception:  # the request is stored; the operator must fix the mail setup
            log.exception("Could not e-mail the deletion request %s to %s", request.pk, recipients)
    else:
        log.warning("Deletion request %s: no process leader has an e-mail address", request.pk)
    return request


def handle_deletion_request(*, actor, request: DeletionRequest) -> DeletionRequest:
    if request.handled_at is None:
        request.handled_at = timezone.now()
        request.handled_by = actor
        request.save(update_fields=["handled_at", "handled_by"])
    return request


def deletion_requests_url(request) -> str:
    return request.build_absolute_uri(reverse("accounts:deletion-requests"))


# Retention -------------------------------------------------------------------------------


def purge_login_records(*, days: int | None = None, now: datetime.datetime | None = None) -> dict:
    """Delete log-in records (successful log-ins, failed attempts) older than `days`
    (TRAADE_LOGIN_RECORD_DAYS) and expired sessions; returns what was deleted."""
    from django.contrib.sessions.models import Session

    days = settings.TRAADE_LOGIN_RECORD_DAYS if days is None else days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    counts = {
        "logins": AccessLog.objects.filter(
            Q(attempt_time__lt=cutoff) & (Q(logout_time__isnull=True) | Q(logout_time__lt=cutoff))
        ).delete()[0],
        "failed_attempts": AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()[0],
        "failure_log": AccessFailureLog.objects.filter(attempt_time__lt=cutoff).delete()[0],
        "expired_sessions": Session.objects.filter(expire_date__lt=now or timezone.now()).delete()[
            0
        ],
    }
    return counts
