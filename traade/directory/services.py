"""Every change to the directory goes through these functions.

Each one runs in a transaction, records who made the change (kept by
django-simple-history) and keeps the visitkort's freshness date current.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from .models import Suggestion, SuggestionKind, SuggestionStatus, Task, Unit

VISITKORT_FIELDS = ("description", "address", "email", "phone", "knowledge", "offers")


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


def _apply(obj, data: dict, fields, *, phrase_fields) -> list[str]:
    """Set the given fields from `data` (phrases cleaned, text trimmed); return the changed."""
    changed = []
    for field in fields:
        if field not in data:
            continue
        value = data[field]
        if field in phrase_fields:
            value = clean_phrases(value)
        elif isinstance(value, str):
            value = value.strip()
        if getattr(obj, field) != value:
            setattr(obj, field, value)
            changed.append(field)
    return changed


def _reindex(obj) -> None:
    from traade import search

    search.index(obj)


def _unindex(obj) -> None:
    from traade import search

    search.unindex(obj)


@transaction.atomic
def update_visitkort(*, actor, unit: Unit, data: dict) -> list[str]:
    """Change the visitkort's own fields; returns the names of the fields that changed."""
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    changed = _apply(unit, data, VISITKORT_FIELDS, phrase_fields=("knowledge", "offers"))
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
def update_person(*, actor, person, data: dict) -> list[str]:
    """Change a person's own directory fields; returns the names of the fields that changed."""
    from .models import Person

    person = Person.objects.select_for_update().get(pk=person.pk)
    changed = _apply(person, data, PERSON_FIELDS, phrase_fields=("expertise",))
    if changed:
        person._history_user = actor
        person._change_reason = "Oplysninger redigeret"
        person.save()
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
