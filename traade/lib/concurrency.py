"""Edit forms that never overwrite what someone else saved in the meantime.

An edit form carries a signed *snapshot* of the values it was opened with (a hidden
field). When it is sent, the service compares three versions of every field under the
row lock: the snapshot (what the editor started from), the editor's values ("mine") and
what is stored now ("saved"):

- mine == saved: nothing to do;
- saved == snapshot: only this editor changed the field, so it is saved;
- otherwise someone else changed it since the form was opened: nothing is saved, and
  the form comes back with both versions of each such field and a choice between them
  (`EditConflict`). A field the editor did not touch defaults to the saved version;
  one both changed has no default, so the editor must choose.

A record as a whole can be in conflict too: it was deleted while the editor changed
it, or changed while the editor deleted it (`RECORD`).

To use it, a form mixes in `EditSnapshotMixin` and names its `tracked_fields`; its
view passes `current=` (the stored values) to an unbound form, and `form.base_values()`
and `form.resolved_data()` to the service; the service calls `detect()` under the lock
and raises `EditConflict`; the view hands it back with `form.show_conflicts()` and
renders the form again with status 409. `_errors.html` and `_field.html` show it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

SALT = "traade.edit-snapshot"
RECORD = "_record"  # a conflict about the record as a whole (deleted / changed)
SAVED, MINE = "saved", "mine"


class _Unknown:
    """The snapshot is missing or was tampered with: assume the editor changed everything."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()


def normal(value: Any) -> Any:
    """A value in the JSON form kept in the snapshot and used for comparisons."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [normal(item) for item in value]
    if isinstance(value, dict):
        return {key: normal(item) for key, item in value.items()}
    return value


def values_of(obj, fields) -> dict[str, Any] | None:
    """The stored values of `fields` on `obj` (None when the record does not exist)."""
    if obj is None:
        return None
    return {name: normal(getattr(obj, name)) for name in fields}


@dataclass
class Conflict:
    """One field (or the record, `RECORD`) that someone else changed since the form was opened."""

    name: str
    saved: Any  # the stored value now (None for a deleted record)
    mine: Any  # the editor's value (None when the editor deletes the record)
    base: Any = UNKNOWN  # the value when the form was opened

    @property
    def both_changed(self) -> bool:
        """The editor changed it too: no default, the editor must choose."""
        return self.base is UNKNOWN or normal(self.mine) != normal(self.base)

    @property
    def default(self) -> str:
        return "" if self.both_changed else SAVED


@dataclass
class EditConflict(Exception):
    """Raised by a service instead of saving: `conflicts` per form (key "" for a lone form)."""

    conflicts: dict[str, list[Conflict]]
    current: dict[str, dict | None]  # the stored values per form key, the new snapshot
    who: str = ""
    when: datetime.datetime | None = None
    extra: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"edit conflict in {sorted(self.conflicts)}"


def detect(base, mine: dict | None, current: dict | None, fields) -> list[Conflict]:
    """The conflicts between the editor's values and the stored ones (see the module doc).

    `base`: the snapshot's values (a dict, None for a record that did not exist, or
    UNKNOWN); `mine`: the editor's values, None to delete; `current`: the stored values,
    None when the record is gone. All in `normal()` form.
    """
    if current is None:
        if mine is None or base is None:
            return []  # both deleted it, or it was already gone when the form was opened
        return [Conflict(RECORD, saved=None, mine=mine, base=base)]
    if mine is None:
        if base is not UNKNOWN and base == current:
            return []
        return [Conflict(RECORD, saved=current, mine=None, base=UNKNOWN)]
    if base is None:
        base = UNKNOWN  # it did not exist when the form was opened: treat as unknown
    conflicts = []
    for name in fields:
        saved, wanted = current.get(name), mine.get(name)
        if wanted == saved:
            continue
        before = base.get(name, UNKNOWN) if isinstance(base, dict) else UNKNOWN
        if before is not UNKNOWN and before == saved:
            continue  # only this editor changed it
        conflicts.append(Conflict(name, saved=saved, mine=wanted, base=before))
    return conflicts


def last_change(model, pk) -> tuple[str, datetime.datetime | None]:
    """Who saved the record last, and when (from django-simple-history), for the message."""
    history = getattr(model, "history", None)
    if history is None:
        return "", None
    record = (
        history.filter(**{model._meta.pk.attname: pk})
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
        .first()
    )
    if record is None:
        return "", None
    user = record.history_user
    return (user.display_name if user is not None else str(_("en import"))), record.history_date


def encode(values: dict | None, conflicts: dict[str, str] | None = None, who: str = "", when=None):
    """The signed snapshot: the stored values and, after a conflict, the fields in conflict
    (with their default choice) and who saved last, when."""
    payload = {"v": values, "c": conflicts or {}}
    if conflicts:
        payload["w"] = who
        payload["t"] = when.isoformat() if when else None
    return signing.dumps(payload, salt=SALT, compress=True)


def decode(token: str | None) -> dict | None:
    if not token:
        return None
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or "v" not in payload:
        return None
    return payload


@dataclass
class ConflictView:
    """What `_field.html` shows under a field in conflict."""

    conflict: Conflict
    saved_text: str
    choice: Any  # the bound radio field
    who: str
    when: datetime.datetime | None


def show(value) -> str:
    """A stored value as plain text for the conflict panel."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return datetime.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return str(value)


class EditSnapshotMixin:
    """Mix into a Form: adds the hidden `snapshot` and, after a conflict, the choices.

    `tracked_fields` names the fields the snapshot covers (default: every field).
    Pass `current=` (the stored values, a dict) to an unbound form to fill it.
    """

    tracked_fields: tuple[str, ...] = ()

    def record_choices(self, conflict: Conflict):
        """The choices for a conflict about the record as a whole."""
        if conflict.saved is None:  # removed by someone else while this editor changed it
            return ((SAVED, _("Lad den være fjernet")), (MINE, _("Gem den igen med min version")))
        return ((SAVED, _("Behold den, som den er gemt nu")), (MINE, _("Fjern den alligevel")))

    def __init__(self, *args, current: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.tracked_fields:
            self.tracked_fields = tuple(self.fields)
        self.fields["snapshot"] = forms.CharField(required=False, widget=forms.HiddenInput)
        self.conflict_views: dict[str, ConflictView] = {}
        self.record_conflict: ConflictView | None = None
        self.conflict_who = ""
        self.conflict_when = None
        self._choice_names: dict[str, str] = {}
        if not self.is_bound:
            if current is not None:
                for name in self.tracked_fields:
                    self.initial.setdefault(name, current.get(name))
                self.initial["snapshot"] = encode(normal(current))
            self._payload = None
            return
        self._payload = decode(self.data.get(self.add_prefix("snapshot")))
        payload = self._payload or {}
        pending = payload.get("c") or {}
        if pending:
            # Sent again from the "both versions" form: the choices are part of it.
            self.conflict_who = payload.get("w") or ""
            when = payload.get("t")
            self.conflict_when = datetime.datetime.fromisoformat(when) if when else None
            saved = payload["v"]
            conflicts = [
                Conflict(
                    name,
                    saved=saved if name == RECORD else (saved or {}).get(name),
                    mine=None,
                    base=saved if default else UNKNOWN,
                )
                for name, default in pending.items()
            ]
            for c in conflicts:
                self._add_choice(c, required=not pending[c.name])
            self._set_views(conflicts)

    # The snapshot ------------------------------------------------------------------

    @property
    def has_snapshot(self) -> bool:
        return self._payload is not None

    def base_values(self):
        """The values the form was opened with; None for a record that did not exist;
        UNKNOWN without a valid snapshot."""
        if self._payload is None:
            return UNKNOWN
        return self._payload["v"]

    def choice_for(self, name: str) -> str:
        field_name = self._choice_names.get(name)
        if not field_name or not hasattr(self, "cleaned_data"):
            return ""
        return self.cleaned_data.get(field_name) or ""

    def resolved_data(self) -> dict:
        """The tracked fields' cleaned values, with "keep the saved version" choices applied."""
        data = {name: self.cleaned_data.get(name) for name in self.tracked_fields}
        base = self.base_values()
        if isinstance(base, dict):
            for name in self.tracked_fields:
                if self.choice_for(name) == SAVED and name in base:
                    field_ = self.fields[name]
                    data[name] = field_.to_python(field_.prepare_value(base[name]))
        return data

    @property
    def keeps_saved_record(self) -> bool:
        """After a record conflict the editor chose the stored state (deleted or changed)."""
        return self.choice_for(RECORD) == SAVED

    # After a conflict ---------------------------------------------------------------

    def _add_choice(self, conflict: Conflict, *, required: bool) -> forms.Field:
        name = conflict.name
        field_name = f"choose{name}" if name == RECORD else f"choose_{name}"
        if name == RECORD:
            choices = self.record_choices(conflict)
            label = _("Hvad skal der ske?")
        else:
            choices = (
                (SAVED, _("Brug den gemte version")),
                (MINE, _("Brug min version (den i feltet)")),
            )
            label = _("Hvilken version skal gemmes?")
        field_ = forms.ChoiceField(
            label=label,
            choices=choices,
            widget=forms.RadioSelect,
            required=required,
            error_messages={"required": _("Vælg, hvilken version der skal gemmes.")},
        )
        self.fields[field_name] = field_
        self._bound_fields_cache.pop(field_name, None)
        self._choice_names[name] = field_name
        return field_

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflict_views or self.record_conflict)

    def show_conflicts(self, conflict: EditConflict, conflicts: list[Conflict], current) -> None:
        """Turn this bound form into the "both versions" form: new snapshot, choices."""
        self.conflict_who, self.conflict_when = conflict.who, conflict.when
        data = self.data.copy()
        pending = {c.name: c.default for c in conflicts}
        data[self.add_prefix("snapshot")] = encode(current, pending, conflict.who, conflict.when)
        for c in conflicts:
            self._add_choice(c, required=c.both_changed)  # (again: the choices may differ)
            field_name = self._choice_names[c.name]
            data.pop(self.add_prefix(field_name), None)
            if c.default:
                data[self.add_prefix(field_name)] = c.default
        self.data = data
        self.conflict_views, self.record_conflict = {}, None
        self._set_views(conflicts)

    def _set_views(self, conflicts: list[Conflict]) -> None:
        for c in conflicts:
            view = ConflictView(
                conflict=c,
                saved_text=show(c.saved) if c.name != RECORD else self.describe_record(c.saved),
                choice=self[self._choice_names[c.name]],
                who=self.conflict_who,
                when=self.conflict_when,
            )
            if c.name == RECORD:
                self.record_conflict = view
            else:
                self.conflict_views[c.name] = view

    def describe_record(self, values: dict | None) -> str:
        """The stored record as plain text, one "label: value" line per tracked field."""
        if not values:
            return ""
        return "\n".join(
            f"{self.fields[name].label}: {show(values.get(name)).replace(chr(10), '; ')}"
            for name in self.tracked_fields
            if name in self.fields
        )

    def edit_fields(self):
        """The visible fields, without the conflict choices (shown under their field)."""
        choices = set(self._choice_names.values())
        return [bf for bf in self.visible_fields() if bf.name not in choices]
