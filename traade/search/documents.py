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
    # Text per field for the index where it differs from the display text.
    indexed: dict[str, str] | None = None

    def analyse(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """Analysed terms per index column, and a written word for each term."""
        columns: dict[str, list[str]] = {c: [] for c in COLUMNS}
        surfaces: dict[str, str] = {}
        for name, text in (self.indexed or self.fields).items():
            analysed = analyse(text)
            columns[FIELD_COLUMN[name]].extend(analysed.terms)
            columns["parts"].extend(analysed.parts)
            for term, word in analysed.surfaces.items():
                surfaces.setdefault(term, word)
        return columns, surfaces


def _clean(item) -> str:
    return " ".join(str(item or "").split())


def _sentences(items) -> str:
    """Texts as sentences for a snippet: each ends with one full stop (unless it has its
    own punctuation), and a text already given is not repeated."""
    out, seen = [], set()
    for item in items:
        text = _clean(item)
        key = text.rstrip(".!?…:;,").casefold()
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(text if text[-1] in ".!?…" else text.rstrip(":;,") + ".")
    return " ".join(out)


def _list(items) -> str:
    """Keywords (tags, expertise, names) separated by commas, without repeats."""
    out, seen = [], set()
    for item in items:
        text = _clean(item).rstrip(".,;:")
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return ", ".join(out)


def _labelled(label, items) -> str:
    """ "Social- og sundhedsassistent – demens, i eget hjem"."""
    return " – ".join(x for x in (_clean(label), _list(items)) if x)


def _tried(title, tags) -> str:
    """An experiment in another record's context: its title and, in brackets, its tags."""
    tags = _list(tags or [])
    return f"{_clean(title)} ({tags})" if tags else _clean(title)


def _grouped(rows, key: str) -> dict:
    groups: dict = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups


# Loading: plain value queries for a batch of ids, shared by `index(obj)` (one id) and
# `rebuild()` (batches of ids); building model instances would cost more than analysis.


def load_units(ids: list[int], today: datetime.date) -> list[Document]:
    from traade.directory.models import Task, Unit
    from traade.experiments.models import Experiment

    tasks = _grouped(
        Task.objects.filter(unit_id__in=ids)
        .order_by("until", "title", "pk")
        .values("unit_id", "title", "description", "until"),
        "unit_id",
    )
    tried = _grouped(
        Experiment.units.through.objects.filter(unit_id__in=ids)
        .order_by("experiment_id")
        .values("unit_id", "experiment__title", "experiment__tags"),
        "unit_id",
    )
    docs = []
    for unit in (
        Unit.objects.filter(pk__in=ids)
        .order_by("pk")
        .values(
            "pk", "key", "name", "description", "knowledge", "offers", "area__key", "area__name"
        )
    ):
        current, ended = [], []
        for task in tasks.get(unit["pk"], ()):
            text = _sentences([task["title"], task["description"]])
            is_current = task["until"] is None or task["until"] >= today
            (current if is_current else ended).append(text)
        experiments = [
            _tried(e["experiment__title"], e["experiment__tags"]) for e in tried.get(unit["pk"], ())
        ]
        docs.append(
            Document(
                kind="unit",
                obj_id=unit["pk"],
                key=unit["key"],
                title=unit["name"],
                area=unit["area__key"],
                fields={
                    "name": unit["name"],
                    "knowledge": _list(unit["knowledge"] or []),
                    "current_tasks": _sentences(current),
                    "offers": _list(unit["offers"] or []),
                    "body": unit["description"],
                    "ended_tasks": _sentences(ended),
                    "context": _sentences([unit["area__name"], *experiments]),
                },
            )
        )
    return docs


def load_people(ids: list[int], today: datetime.date) -> list[Document]:
    from traade.directory.models import Person
    from traade.experiments.models import Experiment

    tried = _grouped(
        Experiment.objects.filter(contact_id__in=ids)
        .order_by("pk")
        .values("contact_id", "title", "tags"),
        "contact_id",
    )
    docs = []
    for person in (
        Person.objects.filter(pk__in=ids)
        .order_by("pk")
        .values("pk", "key", "name", "title", "expertise", "unit__name", "unit__area__key")
    ):
        experiments = [_tried(e["title"], e["tags"]) for e in tried.get(person["pk"], ())]
        context = _sentences([person["unit__name"], *experiments])
        docs.append(
            Document(
                kind="person",
                obj_id=person["pk"],
                key=person["key"],
                title=person["name"],
                area=person["unit__area__key"],
                fields={
                    "name": person["name"],
                    "knowledge": _labelled(person["title"], person["expertise"] or []),
                    "context": context,
                },
                # A job title is shared by many ("Hjemmehjælper"): it is what the person
                # does, not special knowledge, so it weighs like free text.
                indexed={
                    "name": person["name"],
                    "knowledge": _list(person["expertise"] or []),
                    "body": _clean(person["title"]),
                    "context": context,
                },
            )
        )
    return docs


def load_experiments(ids: list[int], today: datetime.date) -> list[Document]:
    from traade.experiments.models import Experiment

    units = _grouped(
        Experiment.units.through.objects.filter(experiment_id__in=ids)
        .order_by("pk")
        .values("experiment_id", "unit__name", "unit__area__key"),
        "experiment_id",
    )
    docs = []
    for e in (
        Experiment.objects.filter(pk__in=ids)
        .order_by("pk")
        .values(
            "pk", "key", "title", "why", "what", "learning", "status", "result", "tags", "partners"
        )
    ):
        own = units.get(e["pk"], [])
        docs.append(
            Document(
                kind="experiment",
                obj_id=e["pk"],
                key=e["key"],
                title=e["title"],
                area=own[0]["unit__area__key"] if own else "",
                status=e["status"],
                result=e["result"],
                fields={
                    "name": e["title"],
                    "knowledge": _list(e["tags"] or []),
                    "body": _sentences([e["why"], e["what"], e["learning"]]),
                    "context": _list([*(u["unit__name"] for u in own), *(e["partners"] or [])]),
                },
            )
        )
    return docs


def load_challenges(ids: list[int], today: datetime.date) -> list[Document]:
    from traade.challenges.models import Challenge, Response

    responses = _grouped(
        Response.objects.filter(challenge_id__in=ids)
        .order_by("position", "pk")
        .values("challenge_id", "text"),
        "challenge_id",
    )
    docs = []
    for c in (
        Challenge.objects.filter(pk__in=ids)
        .order_by("pk")
        .values("pk", "key", "title", "description", "status", "unit__name", "unit__area__key")
    ):
        docs.append(
            Document(
                kind="challenge",
                obj_id=c["pk"],
                key=c["key"],
                title=c["title"],
                area=c["unit__area__key"],
                status=c["status"],
                fields={
                    "name": c["title"],
                    "body": _sentences(
                        [c["description"], *(r["text"] for r in responses.get(c["pk"], ()))]
                    ),
                    "context": c["unit__name"],
                },
            )
        )
    return docs


def kind_of(obj) -> str | None:
    from traade.challenges.models import Challenge
    from traade.directory.models import Person, Unit
    from traade.experiments.models import Experiment

    for model, kind in (
        (Unit, "unit"),
        (Person, "person"),
        (Experiment, "experiment"),
        (Challenge, "challenge"),
    ):
        if isinstance(obj, model):
            return kind
    return None


LOADERS = {
    "unit": load_units,
    "person": load_people,
    "experiment": load_experiments,
    "challenge": load_challenges,
}


def models():
    from traade.challenges.models import Challenge
    from traade.directory.models import Person, Unit
    from traade.experiments.models import Experiment

    return {"unit": Unit, "person": Person, "experiment": Experiment, "challenge": Challenge}


def load(kind: str, ids: list[int], today: datetime.date | None = None) -> list[Document]:
    return LOADERS[kind](ids, today or timezone.localdate())


def all_documents(batch: int = 1000):
    """Every indexed record's document, in batches (lists)."""
    today = timezone.localdate()
    for kind, model in models().items():
        ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), batch):
            yield load(kind, ids[start : start + batch], today)
