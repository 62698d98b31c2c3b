"""What goes into the index for each kind of record.

A document has display text per field (for snippets) and analysed text per index column.
The columns carry different weights in the ranking (see `COLUMNS`). The apps build their
records' documents (their `search.py`, see `registry`) with the text helpers below.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from . import registry
from .analysis import analyse, as_written

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

# Which display field feeds which column.
FIELD_COLUMN = {
    "name": "name",
    # A person's name: indexed as written, neither stemmed nor split, so that a name
    # matches only itself ("Mads" is not the stem of "mad", food).
    "proper_name": "name",
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
            if name == "proper_name":
                columns["name"].extend(as_written(text))
                continue
            analysed = analyse(text)
            columns[FIELD_COLUMN[name]].extend(analysed.terms)
            columns["parts"].extend(analysed.parts)
            for term, word in analysed.surfaces.items():
                surfaces.setdefault(term, word)
        return columns, surfaces


def clean(item) -> str:
    return " ".join(str(item or "").split())


def sentences(items) -> str:
    """Texts as sentences for a snippet: each ends with one full stop (unless it has its
    own punctuation), and a text already given is not repeated."""
    out, seen = [], set()
    for item in items:
        text = clean(item)
        key = text.rstrip(".!?…:;,").casefold()
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(text if text[-1] in ".!?…" else text.rstrip(":;,") + ".")
    return " ".join(out)


def phrase_list(items) -> str:
    """Keywords (tags, expertise, names) separated by commas, without repeats."""
    out, seen = [], set()
    for item in items:
        text = clean(item).rstrip(".,;:")
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return ", ".join(out)


def labelled(label, items) -> str:
    """ "Social- og sundhedsassistent – demens, i eget hjem"."""
    return " – ".join(x for x in (clean(label), phrase_list(items)) if x)


def tried(title, tags) -> str:
    """An experiment in another record's context: its title and, in brackets, its tags."""
    tags = phrase_list(tags or [])
    return f"{clean(title)} ({tags})" if tags else clean(title)


def grouped(rows, key: str) -> dict:
    groups: dict = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups


# Loading: each kind's loader runs plain value queries for a batch of ids, shared by
# `index(obj)` (one id) and `rebuild()` (batches of ids); then the contexts other apps
# add to that kind (a unit's experiments) are appended.


def load(kind: str, ids: list[int], today: datetime.date | None = None) -> list[Document]:
    today = today or timezone.localdate()
    docs = registry.get(kind).load(ids, today)
    for context in registry.contexts(kind):
        extra = context.load([doc.obj_id for doc in docs], today)
        for doc in docs:
            texts = extra.get(doc.obj_id)
            if texts:
                for fields in (doc.fields, doc.indexed):
                    if fields is not None:
                        fields["context"] = sentences([fields.get("context", ""), *texts])
    return docs


def all_documents(batch: int = 1000):
    """Every indexed record's document, in batches (lists)."""
    today = timezone.localdate()
    for kind in registry.kinds():
        ids = list(kind.model_class().objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), batch):
            yield load(kind.name, ids[start : start + batch], today)


def count_records() -> int:
    return sum(kind.model_class().objects.count() for kind in registry.kinds())
