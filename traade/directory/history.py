"""Readable change history for visitkort and people, from django-simple-history."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .models import Person, Task, Unit

ACTIONS = {"+": _("Oprettet"), "~": _("Ændret"), "-": _("Slettet")}
HIDDEN_FIELDS = {"profile_updated_at", "id", "user", "unit"}


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Entry:
    when: object
    who: str
    action: str
    subject: str
    reason: str
    changes: list[Change] = field(default_factory=list)


def _show(value) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return _("ja") if value else _("nej")
    return str(value)


def _who(record) -> str:
    user = record.history_user
    if user is None:
        return _("System (import)")
    return user.display_name


def readable_entries(records, model, subject) -> list[Entry]:
    """Consecutive history records of `model` as readable before/after entries."""
    records = list(records)
    entries = []
    for index, record in enumerate(records):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes: list[Change] = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous)
            for change in delta.changes:
                if change.field in HIDDEN_FIELDS:
                    continue
                label = str(model._meta.get_field(change.field).verbose_name).capitalize()
                changes.append(Change(label, _show(change.old), _show(change.new)))
            if not changes and not record.history_change_reason:
                continue
        entries.append(
            Entry(
                when=record.history_date,
                who=_who(record),
                action=ACTIONS.get(record.history_type, record.history_type),
                subject=subject(record),
                reason=record.history_change_reason or "",
                changes=changes,
            )
        )
    return entries


def unit_history(unit: Unit) -> list[Entry]:
    """Changes to the visitkort and its tasks, newest first."""
    unit_records = unit.history.select_related("history_user__person").order_by(
        "-history_date", "-history_id"
    )
    entries = readable_entries(unit_records, Unit, lambda r: _("Visitkort"))
    task_records = (
        Task.history.filter(unit_id=unit.pk)
        .select_related("history_user__person")
        .order_by("id", "-history_date", "-history_id")
    )
    by_task: dict[int, list] = {}
    for record in task_records:
        by_task.setdefault(record.id, []).append(record)
    for records in by_task.values():
        entries += readable_entries(
            records, Task, lambda r: _("Opgave: %(title)s") % {"title": r.title}
        )
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def person_history(person: Person) -> list[Entry]:
    records = person.history.select_related("history_user__person").order_by(
        "-history_date", "-history_id"
    )
    return readable_entries(records, Person, lambda r: r.name)
