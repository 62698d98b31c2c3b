"""What goes into the index for each kind of record.

A document has display text per field (for snippets) and analysed text per index column.
The columns carry different weights in the ranking (see `COLUMNS`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from .analysis import analyse

# Index columns and their weights (BM25F-style: a hit in `name` counts as 5 hits in `body`).
COLUMNS = ("name", "knowledge", "current", "body", "ended", "context", "parts")
WEIGHTS = {
    "name": 5.0,
    "knowledge": 4.0,
    "current": 2.0,
    "body": 1.0,
    "ended": 0.5,
    "context": 0.5,
    "parts": 1.0,
}
KINDS = ("unit", "person", "experiment", "challenge")

# Which display field feeds which column.
FIELD_COLUMN = {
    "name": "name",
    "knowledge": "knowledge",
    "current_tasks": "current",
    "offers": "current",
    "body": "body",
    "ended_tasks": "ended",
    "context": "context",
}


@dataclass
class Document:
    kind: str
    obj_id: int
    key: str
    title: str
    area: str = ""  # area key
    status: str = ""
    result: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # display text per field

    def analyse(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """Analysed terms per index column, and a written word for each term."""
        columns: dict[str, list[str]] = {c: [] for c in COLUMNS}
        surfaces: dict[str, str] = {}
        for name, text in self.fields.items():
            analysed = analyse(text)
            columns[FIELD_COLUMN[name]].extend(analysed.terms)
            columns["parts"].extend(analysed.parts)
            for term, word in analysed.surfaces.items():
                surfaces.setdefault(term, word)
        return columns, surfaces


def _join(items) -> str:
    return ". ".join(str(i) for i in items if i)


def unit_document(unit, *, today: datetime.date | None = None) -> Document:
    """Expects `tasks`, `experiments` and `area` loaded or loadable."""
    today = today or timezone.localdate()
    current, ended = [], []
    for task in unit.tasks.all():
        text = _join([task.title, task.description])
        (current if task.is_current(today) else ended).append(text)
    experiments = [_join([e.title, *e.tags]) for e in unit.experiments.all()]
    return Document(
        kind="unit",
        obj_id=unit.pk,
        key=unit.key,
        title=unit.name,
        area=unit.area.key,
        fields={
            "name": unit.name,
            "knowledge": _join(unit.knowledge),
            "current_tasks": _join(current),
            "offers": _join(unit.offers),
            "body": unit.description,
            "ended_tasks": _join(ended),
            "context": _join([unit.area.name, *experiments]),
        },
    )


def person_document(person) -> Document:
    experiments = [_join([e.title, *e.tags]) for e in person.experiments.all()]
    return Document(
        kind="person",
        obj_id=person.pk,
        key=person.key,
        title=person.name,
        area=person.unit.area.key,
        fields={
            "name": person.name,
            "knowledge": _join([person.title, *person.expertise]),
            "context": _join([person.unit.name, *experiments]),
        },
    )


def experiment_document(experiment) -> Document:
    units = list(experiment.units.all())
    return Document(
        kind="experiment",
        obj_id=experiment.pk,
        key=experiment.key,
        title=experiment.title,
        area=units[0].area.key if units else "",
        status=experiment.status,
        result=experiment.result,
        fields={
            "name": experiment.title,
            "knowledge": _join(experiment.tags),
            "body": _join([experiment.why, experiment.what, experiment.learning]),
            "context": _join([*(u.name for u in units), *experiment.partners]),
        },
    )


def challenge_document(challenge) -> Document:
    responses = [r.text for r in challenge.responses.all()]
    return Document(
        kind="challenge",
        obj_id=challenge.pk,
        key=challenge.key,
        title=challenge.title,
        area=challenge.unit.area.key,
        status=challenge.status,
        fields={
            "name": challenge.title,
            "body": _join([challenge.description, *responses]),
            "context": challenge.unit.name,
        },
    )


def kind_of(obj) -> str | None:
    from traade.challenges.models import Challenge
    from traade.directory.models import Person, Unit
    from traade.experiments.models import Experiment

    for model, kind in ((Unit, "unit"), (Person, "person"), (Experiment, "experiment")):
        if isinstance(obj, model):
            return kind
    if isinstance(obj, Challenge):
        return "challenge"
    return None


def querysets():
    """Every indexed record, with what its document needs loaded in few queries."""
    from django.db.models import Prefetch

    from traade.challenges.models import Challenge
    from traade.directory.models import Person, Unit
    from traade.experiments.models import Experiment

    experiments_light = Experiment.objects.only("id", "title", "tags")
    return {
        "unit": (
            Unit.objects.select_related("area")
            .prefetch_related("tasks", Prefetch("experiments", queryset=experiments_light))
            .order_by("pk"),
            unit_document,
        ),
        "person": (
            Person.objects.select_related("unit__area")
            .prefetch_related(Prefetch("experiments", queryset=experiments_light))
            .order_by("pk"),
            person_document,
        ),
        "experiment": (
            Experiment.objects.prefetch_related("units__area").order_by("pk"),
            experiment_document,
        ),
        "challenge": (
            Challenge.objects.select_related("unit__area")
            .prefetch_related("responses")
            .order_by("pk"),
            challenge_document,
        ),
    }


BUILDERS = {
    "unit": unit_document,
    "person": person_document,
    "experiment": experiment_document,
    "challenge": challenge_document,
}
