"""Every change to the directory goes through these functions.

Each one runs in a transaction, records who made the change (kept by
django-simple-history) and keeps the visitkort's freshness date current.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from traade.lib import concurrency
from traade.lib.concurrency import EditConflict

from . import privacy, reminders
from .models import Reminder, Suggestion, SuggestionKind, SuggestionStatus, Task, Unit

VISITKORT_FIELDS = ("description", "address", "email", "phone", "knowledge", "offers")
VISITKORT_PHRASES = ("knowledge", "offers")
TASK_FIELDS = ("title", "description", "until")


class SuggestionAlreadyDecided(Exception):
    """The suggestion was accepted or declined by someone else in the meantime."""


def clean_phrases(phrases: Iterable[str]) -> list[str]:
    """Trim, drop empties and case-insensitive duplicates, keep the order."""
    seen: set[str] = set()
    result: list[str] = []
    for phrase in phrases:
        phrase = " ".join(str(phrase).split())
        if phrase and phrase.casefold() not in seen:
            seen.add(phrase.casefold())
            result.append(phrase)
    return result


def _save_unit(unit: Unit, *, actor, reason: str) -> None:
    """Save the visitkort as changed now, and reindex it (with its tasks)."""
    unit.profile_updated_at = timezone.now()
    unit._history_user = actor
    unit._change_reason = reason
    unit.save()
    _reindex(unit)


def _clean(field: str, value, phrase_fields):
    if field in phrase_fields:
        return clean_phrases(value or [])
    if isinstance(value, str):
        return value.strip()
    return value


def _apply(obj, data: dict, fields, *, phrase_fields) -> list[str]:
    """Set the given fields from `data` (phrases cleaned, text trimmed); return the changed."""
    changed = []
    for field in fields:
        if field not in data:
            continue
        value = _clean(field, data[field], phrase_fields)
        if getattr(obj, field) != value:
            setattr(obj, field, value)
            changed.append(field)
    return changed


def _check(obj, base, data: dict, fields, *, phrase_fields) -> None:
    """Raise EditConflict if someone changed `fields` of `obj` since the form's snapshot
    `base` (see traade.lib.concurrency). `base=None`: no check (imports, internal use)."""
    if base is None:
        return
    fields = [f for f in fields if f in data]
    current = concurrency.values_of(obj, fields)
    mine = {f: concurrency.normal(_clean(f, data[f], phrase_fields)) for f in fields}
    conflicts = concurrency.detect(base, mine, current, fields)
    if conflicts:
        who, when = concurrency.last_change(type(obj), obj.pk)
        raise EditConflict({"": conflicts}, {"": current}, who=who, when=when)


def _reindex(obj) -> None:
    from traade import search

    search.index(obj)


def _unindex(obj) -> None:
    from traade import search

    search.unindex(obj)


@transaction.atomic
def update_visitkort(*, actor, unit: Unit, data: dict, base=None) -> list[str]:
    """Change the visitkort's own fields; returns the names of the fields that changed.

    `base`: the values the editor's form was opened with; if someone else changed a
    field since, nothing is saved and EditConflict is raised.
    """
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    _check(unit, base, data, VISITKORT_FIELDS, phrase_fields=VISITKORT_PHRASES)
    changed = _apply(unit, data, VISITKORT_FIELDS, phrase_fields=VISITKORT_PHRASES)
    if changed:
        _save_unit(unit, actor=actor, reason="Visitkort redigeret")
    return changed


@transaction.atomic
def confirm_visitkort(*, actor, unit: Unit) -> None:
    """The editor has looked the visitkort through and it is still true."""
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    _save_unit(unit, actor=actor, reason="Visitkort bekræftet som aktuelt")


@transaction.atomic
def save_task(
    *,
    actor,
    unit: Unit,
    title: str,
    description: str = "",
    until: datetime.date | None = None,
    task: Task | None = None,
) -> Task:
    """Create a task, or change `task` (which must belong to `unit`)."""
    if task is None:
        task = Task(unit=unit)
    elif task.unit_id != unit.pk:
        raise ValueError("task belongs to another unit")
    task.title = title.strip()
    task.description = description.strip()
    task.until = until
    task._history_user = actor
    task.save()
    _save_unit(unit, actor=actor, reason="Aktuelle opgaver ændret")
    return task


@transaction.atomic
def delete_task(*, actor, task: Task) -> None:
    unit = task.unit
    # The task's own search document goes first, while the task still has its id; the
    # unit (reindexed by _save_unit) then no longer shows it.
    _unindex(task)
    task._history_user = actor
    task.delete()
    _save_unit(unit, actor=actor, reason="Aktuel opgave fjernet")


@dataclass
class TaskEdit:
    """One task form: `task_id` None for a new task; `data` None to delete the task;
    `base` the form's snapshot (see traade.lib.concurrency); `key` names the form."""

    key: str
    task_id: int | None
    data: dict | None
    base: object = None


def _task_values(data: dict) -> dict:
    return {f: concurrency.normal(_clean(f, data.get(f), ())) for f in TASK_FIELDS}


def _moved(task: Task, data: dict | None) -> bool:
    position = (data or {}).get("position")
    return position is not None and position != task.position


@transaction.atomic
def save_tasks(*, actor, unit: Unit, edits: list[TaskEdit]) -> int:
    """Create, change, reorder (`data["position"]`) and delete a unit's tasks in one go;
    returns how many changed.

    Every edit is checked against what is stored first: if someone else changed or
    removed a task the editor changed (or changed one the editor removes), nothing is
    saved and EditConflict is raised with the conflicts per form key.
    """
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    tasks = {task.pk: task for task in Task.objects.filter(unit=unit)}
    conflicts: dict[str, list] = {}
    current_by_key: dict[str, dict | None] = {}
    plan: list[tuple[Task | None, dict | None]] = []
    for edit in edits:
        mine = None if edit.data is None else _task_values(edit.data)
        if edit.task_id is None:
            if mine is not None and mine["title"]:
                plan.append((None, edit.data))
            continue
        task = tasks.get(edit.task_id)  # another unit's task counts as gone
        current = concurrency.values_of(task, TASK_FIELDS)
        found = concurrency.detect(edit.base, mine, current, TASK_FIELDS)
        if found:
            conflicts[edit.key] = found
            current_by_key[edit.key] = current
        elif mine != current:
            if task is None and mine is not None:
                plan.append((None, edit.data))  # removed meanwhile; the editor restores it
            elif task is not None:
                plan.append((task, edit.data))
        elif task is not None and _moved(task, edit.data):
            plan.append((task, edit.data))
    if conflicts:
        who, when = "", None
        for key in conflicts:
            task_id = next(e.task_id for e in edits if e.key == key)
            who_, when_ = concurrency.last_change(Task, task_id)
            if when_ and (when is None or when_ > when):
                who, when = who_, when_
        raise EditConflict(conflicts, current_by_key, who=who, when=when)
    for task, data in plan:
        if data is None:
            task._history_user = actor
            task.delete()
            continue
        task = task or Task(unit=unit)
        task.title = data["title"].strip()
        task.description = (data.get("description") or "").strip()
        task.until = data.get("until")
        if data.get("position") is not None:
            task.position = data["position"]
        task._history_user = actor
        task.save()
    if plan:
        _save_unit(unit, actor=actor, reason="Aktuelle opgaver ændret")
    return len(plan)


class TooManySuggestions(Exception):
    """The colleague has sent more suggestions than the limits allow; `wait` says how long
    until the next one is accepted (a timedelta)."""

    def __init__(self, wait: datetime.timedelta):
        super().__init__(f"too many suggestions; wait {wait}")
        self.wait = wait


def suggestion_limits() -> list[tuple[int, datetime.timedelta]]:
    """(how many, within how long) a colleague may suggest; from the settings."""
    from django.conf import settings

    return [
        (settings.TRAADE_SUGGESTIONS_PER_MINUTE, datetime.timedelta(minutes=1)),
        (settings.TRAADE_SUGGESTIONS_PER_HOUR, datetime.timedelta(hours=1)),
    ]


def _check_suggestion_rate(actor) -> None:
    now = timezone.now()
    for limit, window in suggestion_limits():
        if limit <= 0:
            continue
        recent = list(
            Suggestion.objects.filter(author=actor, created_at__gt=now - window)
            .order_by("-created_at")
            .values_list("created_at", flat=True)[:limit]
        )
        if len(recent) >= limit:
            raise TooManySuggestions(recent[-1] + window - now)


@transaction.atomic
def create_suggestion(
    *,
    actor,
    unit: Unit,
    kind: str,
    text: str,
    comment: str = "",
    task_description: str = "",
    task_until: datetime.date | None = None,
) -> Suggestion:
    """A colleague's suggestion; TooManySuggestions past the limits (the user row is
    locked first, so that simultaneous requests are counted one after the other)."""
    from traade.accounts.models import User

    User.objects.select_for_update().filter(pk=actor.pk).first()
    _check_suggestion_rate(actor)
    return Suggestion.objects.create(
        unit=unit,
        author=actor,
        kind=kind,
        text=text.strip(),
        comment=comment.strip(),
        task_description=task_description.strip() if kind == SuggestionKind.TASK else "",
        task_until=task_until if kind == SuggestionKind.TASK else None,
    )


def _lock_pending(suggestion: Suggestion) -> Suggestion:
    locked = Suggestion.objects.select_for_update().select_related("unit").get(pk=suggestion.pk)
    if locked.status != SuggestionStatus.PENDING:
        raise SuggestionAlreadyDecided
    return locked


@transaction.atomic
def accept_suggestion(*, actor, suggestion: Suggestion, text: str | None = None) -> Suggestion:
    """Apply the suggestion to the visitkort; the author is credited as "kvalificeret af".

    `text` lets the editor adjust the wording before accepting; the author's own wording
    is kept on the suggestion. A free-form correction (`CORRECTION`) cannot be applied
    automatically: accepting it records the decision, and the editor edits by hand.
    """
    suggestion = _lock_pending(suggestion)
    unit = Unit.objects.select_for_update().get(pk=suggestion.unit_id)
    value = (text if text is not None else suggestion.text).strip() or suggestion.text
    reason = f"Forslag fra {suggestion.author.display_name} godkendt"
    if suggestion.kind == SuggestionKind.KNOWLEDGE:
        unit.knowledge = clean_phrases([*unit.knowledge, value])
    elif suggestion.kind == SuggestionKind.OFFER:
        unit.offers = clean_phrases([*unit.offers, value])
    elif suggestion.kind == SuggestionKind.DESCRIPTION:
        unit.description = value
    elif suggestion.kind == SuggestionKind.TASK:
        task = Task(
            unit=unit,
            title=value,
            description=suggestion.task_description,
            until=suggestion.task_until,
        )
        task._history_user = actor
        task.save()
    if suggestion.kind != SuggestionKind.CORRECTION:
        _save_unit(unit, actor=actor, reason=reason)
    suggestion.accepted_text = value if value != suggestion.text else ""
    suggestion.status = SuggestionStatus.ACCEPTED
    suggestion.decided_by = actor
    suggestion.decided_at = timezone.now()
    suggestion.save()
    return suggestion


@transaction.atomic
def decline_suggestion(*, actor, suggestion: Suggestion, reason: str) -> Suggestion:
    suggestion = _lock_pending(suggestion)
    suggestion.status = SuggestionStatus.DECLINED
    suggestion.decided_by = actor
    suggestion.decided_at = timezone.now()
    suggestion.decline_reason = reason.strip()
    suggestion.save()
    return suggestion


def qualified_by(unit: Unit):
    """The colleagues whose accepted suggestions helped qualify this visitkort."""
    from traade.accounts.models import User

    return (
        User.objects.filter(suggestions__unit=unit, suggestions__status=SuggestionStatus.ACCEPTED)
        .select_related("person", "person__unit")
        .distinct()
    )


PERSON_FIELDS = ("title", "email", "phone", "expertise")


@transaction.atomic
def update_person(*, actor, person, data: dict, base=None) -> list[str]:
    """Change a person's own directory fields; returns the names of the fields that changed.

    `base` as for `update_visitkort`.
    """
    from .models import Person

    person = Person.objects.select_for_update().get(pk=person.pk)
    _check(person, base, data, PERSON_FIELDS, phrase_fields=("expertise",))
    changed = _apply(person, data, PERSON_FIELDS, phrase_fields=("expertise",))
    if changed:
        person._history_user = actor
        person._change_reason = "Oplysninger redigeret"
        person.save()
        if set(changed) & set(privacy.CONTACT_FIELDS):
            privacy.redact_superseded_contact(person)
        _reindex(person)
    return changed


@transaction.atomic
def set_editor(*, actor, unit: Unit, user, editor: bool) -> None:
    """Name `user` as an editor of the unit's visitkort, or take the role away."""
    if editor:
        unit.editors.add(user)
        reason = f"{user.display_name} kan nu redigere visitkortet"
    else:
        unit.editors.remove(user)
        reason = f"{user.display_name} kan ikke længere redigere visitkortet"
    # Not a change of the visitkort's content, so the freshness date stays; the
    # history keeps who named whom.
    unit._history_user = actor
    unit._change_reason = reason
    unit.save(update_fields=["updated_at"])


def send_reminders(*, actor, units: Iterable[Unit], edit_url) -> reminders.ReminderResult:
    """E-mail each unit's leaders (see reminders.responsible_leaders) a reminder to look at
    the visitkort; `edit_url(unit)` is the absolute address of its edit page.

    Each unit is its own transaction: the Reminder row is written and the mail sent
    together, or neither (a mail server that refuses rolls the row back, and the rest
    still go). A unit reminded today already is skipped, also when another process
    leader sends at the same moment (the unique constraint decides).
    """
    from django.core.mail import get_connection
    from django.db import IntegrityError

    today = timezone.localdate()
    units = list(units)
    leaders = reminders.responsible_leaders(units)
    done_today = set(
        Reminder.objects.filter(unit__in=units, sent_on=today).values_list("unit_id", flat=True)
    )
    result = reminders.ReminderResult()
    with get_connection() as connection:
        for unit in units:
            if unit.pk in done_today:
                result.already_today.append(unit)
                continue
            to = [p for p in leaders.get(unit.pk, []) if reminders.address_of(p)]
            if not to:
                result.no_address.append(unit)
                continue
            message = reminders.message(unit, to, actor=actor, edit_url=edit_url(unit))
            message.connection = connection
            try:
                with transaction.atomic():
                    Reminder.objects.create(
                        unit=unit, sent_by=actor, sent_on=today, recipients=message.to
                    )
                    message.send()
            except IntegrityError:
                result.already_today.append(unit)
            except Exception:  # the mail server; the others may still go
                reminders.log.exception("Could not send the reminder for %s", unit.key)
                result.failed.append(unit)
            else:
                reminders.log.info(
                    "%s reminded %s about %s", actor.username, ", ".join(message.to), unit.key
                )
                result.sent.append(unit)
    return result
