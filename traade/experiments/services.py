"""Every change to a prøvehandling goes through these functions.

Each runs in a transaction, records who made the change (django-simple-history) and
brings the experiment, its units and its contact person up to date in the search index.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from traade import search
from traade.directory.access import can_edit_unit
from traade.directory.models import KEY_MAX_LENGTH, Person, Unit
from traade.directory.services import clean_phrases
from traade.lib import concurrency, keys
from traade.lib.concurrency import EditConflict

from .models import (
    Effect,
    Experiment,
    ExperimentStatus,
    Indicator,
    Snapshot,
    TriedToo,
    closing_problems,
)
from .threads import refresh as refresh_threads

# The fields an editor changes on the edit form, in the snapshot's order.
EXPERIMENT_FIELDS = (
    "title",
    "why",
    "what",
    "status",
    "phase",
    "started",
    "ended",
    "units",
    "contact",
    "tags",
    "partners",
    "result",
    "learning",
    "innovation_kind",
    "idea_source",
    "effects",
)
PHRASE_FIELDS = ("tags", "partners")
LIST_FIELDS = ("tags", "partners", "effects")


def experiment_values(experiment: Experiment | None) -> dict | None:
    """The stored values of the edit form's fields, as the snapshot keeps them (units and
    contact by id)."""
    if experiment is None:
        return None
    values = concurrency.values_of(
        experiment, [f for f in EXPERIMENT_FIELDS if f not in ("units", "contact")]
    )
    values["units"] = sorted(experiment.units.values_list("pk", flat=True))
    values["contact"] = experiment.contact_id
    return values


def _clean_value(field: str, value):
    """A value from a form (objects, untrimmed text) in the form the snapshot keeps."""
    if field == "units":
        return sorted(getattr(unit, "pk", unit) for unit in value or [])
    if field == "contact":
        return getattr(value, "pk", value)
    if field in PHRASE_FIELDS:
        return clean_phrases(value or [])
    if field == "effects":
        return [
            effect for effect in Effect.values if effect in (value or [])
        ]  # in the barometer's order
    if field in LIST_FIELDS:
        return list(value or [])
    if isinstance(value, str):
        return value.strip()
    return concurrency.normal(value) if value is not None else ("" if field == "phase" else None)


def _check_rules(values: dict) -> None:
    problems = closing_problems(
        status=values.get("status", ""),
        result=values.get("result", ""),
        learning=values.get("learning", ""),
    )
    if not values.get("title"):
        problems["title"] = _("Giv prøvehandlingen en titel.")
    if not values.get("units"):
        problems["units"] = _("Vælg mindst én enhed.")
    if problems:
        raise ValidationError(problems)


def _check_units(actor, before: set[int], after: set[int]) -> None:
    """Units may be added or removed only by someone who edits them."""
    for unit in Unit.objects.filter(pk__in=before ^ after):
        if not can_edit_unit(actor, unit):
            raise PermissionDenied(f"{actor} does not edit unit {unit.key}")


def _reindex(experiment: Experiment, *, also=()) -> None:
    """The experiment, its units and contact (search `related`), and records it left."""
    search.index(experiment)
    for record in also:
        search.index(record)


def _new_key(title: str) -> str:
    return keys.new_key(Experiment, "e-", title, "proevehandling", stem_length=KEY_MAX_LENGTH - 10)


def _set_fields(experiment: Experiment, values: dict) -> None:
    for field, value in values.items():
        if field == "units":
            continue
        if field == "contact":
            experiment.contact_id = value
        elif field in ("started", "ended") and value:
            setattr(experiment, field, datetime.date.fromisoformat(value))
        else:
            setattr(experiment, field, value)


@transaction.atomic
def create_experiment(*, actor, data: dict, spread_from: Experiment | None = None) -> Experiment:
    """Register a prøvehandling for one or more units the actor edits.

    Raises ValidationError (Danish messages per field) when a rule is broken, such as a
    closed experiment without its learning, and PermissionDenied for a unit the actor
    does not edit.
    """
    values = {f: _clean_value(f, data.get(f)) for f in EXPERIMENT_FIELDS if f in data}
    values.setdefault("status", ExperimentStatus.IDEA)
    values.setdefault("result", Experiment._meta.get_field("result").default)
    _check_rules(values)
    _check_units(actor, set(), set(values["units"]))
    experiment = Experiment(key=_new_key(values["title"]), spread_from=spread_from)
    _set_fields(experiment, values)
    experiment._history_user = actor
    experiment._change_reason = "Prøvehandling registreret"
    experiment.save()
    experiment.units.set(values["units"])
    _reindex(experiment)
    refresh_threads(*values["units"])
    return experiment


@transaction.atomic
def update_experiment(*, actor, experiment: Experiment, data: dict, base=None) -> list[str]:
    """Change the experiment's fields; returns the names of the fields that changed.

    `base`: the values the editor's form was opened with (traade.lib.concurrency); if
    someone else changed a field since, nothing is saved and EditConflict is raised.
    """
    experiment = Experiment.objects.select_for_update().get(pk=experiment.pk)
    fields = [f for f in EXPERIMENT_FIELDS if f in data]
    current = experiment_values(experiment)
    mine = {**current, **{f: _clean_value(f, data[f]) for f in fields}}
    if base is not None:
        conflicts = concurrency.detect(base, {f: mine[f] for f in fields}, current, fields)
        if conflicts:
            who, when = concurrency.last_change(Experiment, experiment.pk)
            raise EditConflict({"": conflicts}, {"": current}, who=who, when=when)
    changed = [f for f in fields if mine[f] != current[f]]
    if not changed:
        return []
    _check_rules(mine)
    before, after = set(current["units"]), set(mine["units"])
    _check_units(actor, before, after)
    old_contact = experiment.contact
    _set_fields(experiment, {f: mine[f] for f in changed})
    experiment._history_user = actor
    experiment._change_reason = _reason(changed, before, after)
    experiment.save()
    if before != after:
        experiment.units.set(after)
    left = list(Unit.objects.filter(pk__in=before - after))
    if old_contact is not None and old_contact.pk != experiment.contact_id:
        left.append(old_contact)
    _reindex(experiment, also=left)
    refresh_threads(*(before | after))
    return changed


def _reason(changed: list[str], before: set[int], after: set[int]) -> str:
    """The history's note; unit changes are spelled out (the history keeps fields only)."""
    if before == after:
        return "Prøvehandling redigeret"
    names = dict(Unit.objects.filter(pk__in=before | after).values_list("pk", "name"))
    parts = []
    if added := sorted(names[pk] for pk in after - before):
        parts.append("enheder tilføjet: " + ", ".join(added))
    if removed := sorted(names[pk] for pk in before - after):
        parts.append("enheder fjernet: " + ", ".join(removed))
    return "Prøvehandling redigeret; " + "; ".join(parts)


@transaction.atomic
def close_experiment(
    *,
    actor,
    experiment: Experiment,
    status: str,
    result: str,
    learning: str,
    ended: datetime.date | None = None,
) -> Experiment:
    """Mark the experiment afsluttet or stoppet, with its result and learning (required)."""
    experiment = Experiment.objects.select_for_update().get(pk=experiment.pk)
    if status not in (ExperimentStatus.DONE, ExperimentStatus.STOPPED):
        raise ValidationError({"status": _("Vælg afsluttet eller stoppet.")})
    problems = closing_problems(status=status, result=result, learning=learning)
    if problems:
        raise ValidationError(problems)
    experiment.status = status
    experiment.result = result
    experiment.learning = learning.strip()
    experiment.ended = ended or experiment.ended or datetime.date.today()
    experiment._history_user = actor
    experiment._change_reason = (
        "Prøvehandling afsluttet" if status == ExperimentStatus.DONE else "Prøvehandling stoppet"
    )
    experiment.save()
    _reindex(experiment)
    return experiment


@transaction.atomic
def record_tried_too(
    *, actor, experiment: Experiment, unit: Unit, note: str, result: str
) -> TriedToo:
    """ "Vi har også prøvet det": any employee, for their own unit (one note per unit; a
    second one replaces the first)."""
    note = note.strip()
    if not note:
        raise ValidationError({"note": _("Skriv kort, hvad I gjorde, og hvad I lærte.")})
    tried, _created = TriedToo.objects.update_or_create(
        experiment=experiment,
        unit=unit,
        defaults={"author": actor, "note": note, "result": result},
    )
    _reindex(experiment)  # the unit now has it in its context
    refresh_threads(unit)
    return tried


@transaction.atomic
def try_experiment(*, actor, experiment: Experiment, unit: Unit) -> Experiment:
    """ "Vi vil prøve det": a new idea for `unit` (which the actor edits), linked to the
    original, with its why, what, tags and phase model to start from."""
    if not can_edit_unit(actor, unit):
        raise PermissionDenied(f"{actor} does not edit unit {unit.key}")
    person = getattr(actor, "person", None)
    return create_experiment(
        actor=actor,
        data={
            "title": experiment.title,
            "why": experiment.why,
            "what": experiment.what,
            "status": ExperimentStatus.IDEA,
            "units": [unit],
            "contact": person if isinstance(person, Person) and person.unit_id == unit.pk else None,
            "tags": list(experiment.tags),
            "innovation_kind": experiment.innovation_kind,
        },
        spread_from=experiment,
    )


def spread_units(experiment: Experiment) -> list[Unit]:
    """Every unit that has run it: its own, those that tried it too, and those that took
    it up from it (or from the experiment it came from), by name."""
    origin = experiment.spread_from or experiment
    family = Experiment.objects.filter(pk=origin.pk) | Experiment.objects.filter(spread_from=origin)
    return list(
        Unit.objects.filter(Q(experiments__in=family) | Q(tried_too__experiment__in=family))
        .distinct()
        .order_by("name")
    )


@transaction.atomic
def add_indicator(
    *,
    actor,
    experiment: Experiment,
    name: str,
    measure: str = "",
    baseline_value: Decimal,
    baseline_date: datetime.date,
) -> Indicator:
    """Something to measure, with its nulpunkt (value and date)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": _("Skriv, hvad I måler.")})
    indicator = Indicator(
        experiment=experiment,
        name=name,
        measure=measure.strip(),
        baseline_value=baseline_value,
        baseline_date=baseline_date,
    )
    indicator._history_user = actor
    indicator.save()
    _reindex(experiment)
    return indicator


@transaction.atomic
def record_snapshot(
    *, actor, indicator: Indicator, date: datetime.date, value: Decimal, note: str = ""
) -> Snapshot:
    """An øjebliksbillede after the nulpunkt; a second one the same day replaces the first."""
    if date < indicator.baseline_date:
        raise ValidationError(
            {
                "date": _("Et øjebliksbillede måles efter nulpunktet (%(date)s).")
                % {"date": indicator.baseline_date.strftime("%d.%m.%Y")}
            }
        )
    snapshot = Snapshot.objects.filter(indicator=indicator, date=date).first() or Snapshot(
        indicator=indicator, date=date
    )
    snapshot.value = value
    snapshot.note = note.strip()
    snapshot._history_user = actor
    snapshot.save()
    return snapshot
