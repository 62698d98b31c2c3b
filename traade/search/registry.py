"""What the other apps make findable.

The search module imports no other app. Each app that has searchable records declares
them in its own `search.py`, called from its `AppConfig.ready()`:

    search.register(search.Kind(name="unit", model="directory.Unit", load=load_units, …))

A kind names its model (as "app_label.Model", resolved through Django's app registry),
a loader that turns a batch of record ids into `Document`s, the URL of a record's page,
its Danish labels and status choices, and the records whose documents show its text
(`related`). A kind with `on_request=True` (tasks) is searched only when asked for by
name. A model whose text lives in another record's document (a unit's tasks, a
challenge's responses) is registered as a `Part` that names its owner.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.apps import apps

# A loader: record ids (one batch) and the day that decides what is current → documents.
Loader = Callable[[list[int], datetime.date], list]


@dataclass(frozen=True)
class Kind:
    name: str  # "unit": the kind in results, filters and the JSON outputs
    model: str  # "directory.Unit"
    load: Loader
    url_name: str  # reversed with the record's key
    label: str  # plural, for filters ("Enheder")
    singular: str  # for a hit ("Enhed")
    order: int = 100  # place among the kinds in lists and filters
    # Status choices [(value, label)] and result choices of the kind (for filters).
    statuses: Callable[[], list[tuple[str, str]]] = list
    results: Callable[[], list[tuple[str, str]]] = list
    # Other records whose documents show this record's text (reindexed with it).
    related: Callable[[object], Iterable[object]] = lambda obj: ()
    # Ids of records whose document changes with the date alone, because something in
    # it ended in [since, today) (a unit's task); None: nothing does.
    dated: Callable[[datetime.date | None, datetime.date], list[int]] | None = None
    # For "Hvem kan hjælpe?": {key: (subtitle, url)} of some records of this kind.
    describe: Callable[[list[str]], dict[str, tuple[str, str]]] | None = None
    # For "Hvem kan hjælpe?": {key: (title, url, [(kind, key, title), …])}: the records
    # this kind's records lend their score to (an experiment's units and contact).
    credits: Callable[[list[str]], dict[str, tuple[str, str, list]]] | None = None
    # Searched only when asked for by kind (not in the mixed result list, nor in a
    # search that names no kind). On SQLite such records get row ids below zero: a
    # kind that changes this needs `traade reindex`.
    on_request: bool = False
    # The page of a record from its key, where `url_name` reversed with the key does not
    # give it (a task: its unit's page, at the task).
    url: Callable[[str], str] | None = None
    # For the results page: {key: {…}} of some records of this kind, shown with them (a
    # task: "unit" (name, url) and "until", its end date or None).
    details: Callable[[list[str]], dict[str, dict]] | None = None
    # The status of the records that are going on now (a task's "current"). The results
    # page lists them above the mixed results and as a facet (`now_label`), and searches
    # only them when the query says "lige nu".
    now_status: str = ""
    now_label: str = ""
    # The record's name is a proper name (a person's): it says who, not what. Search
    # counts a query word found only in it when the query names the record, and the
    # semantic signal leaves it out of what it embeds.
    proper_name: bool = False

    def model_class(self):
        return apps.get_model(self.model)


@dataclass(frozen=True)
class Part:
    """A model whose text is shown in another record's document."""

    model: str  # "directory.Task"
    owner: Callable[[object], object]  # the record whose document shows it


@dataclass(frozen=True)
class Context:
    """Text another app adds to the context column of a kind's documents (a unit's
    experiments): `load(ids, today)` → {record id: [texts]}."""

    kind: str
    load: Callable[[list[int], datetime.date], dict[int, list[str]]]
    name: str = ""  # unique per kind, so registering twice replaces


@dataclass
class Registry:
    kinds: dict[str, Kind] = field(default_factory=dict)
    parts: dict[str, Part] = field(default_factory=dict)
    contexts: dict[tuple[str, str], Context] = field(default_factory=dict)
    areas: Callable[[], list[tuple[str, str]]] = list


_registry = Registry()


def register(item: Kind | Part | Context) -> None:
    """Declare a searchable kind, a part of one, or context for one (idempotent)."""
    if isinstance(item, Kind):
        _registry.kinds[item.name] = item
    elif isinstance(item, Part):
        _registry.parts[item.model] = item
    elif isinstance(item, Context):
        _registry.contexts[(item.kind, item.name or item.load.__qualname__)] = item
    else:
        raise TypeError(f"cannot register {item!r}")


def register_areas(choices: Callable[[], list[tuple[str, str]]]) -> None:
    """Declare where the areas (key, name) that records are filtered by come from."""
    _registry.areas = choices


def kinds(*, all_kinds: bool = True) -> list[Kind]:
    """The registered kinds in their order (`all_kinds=False`: those in a mixed list)."""
    found = sorted(_registry.kinds.values(), key=lambda k: (k.order, k.name))
    return found if all_kinds else [k for k in found if not k.on_request]


def kind_names(*, all_kinds: bool = True) -> tuple[str, ...]:
    return tuple(k.name for k in kinds(all_kinds=all_kinds))


def default_kinds() -> tuple[str, ...] | None:
    """The kinds a search that names none is limited to: all but the `on_request` ones
    (None when that is every kind, so no filter is needed)."""
    mixed = kind_names(all_kinds=False)
    return None if len(mixed) == len(_registry.kinds) else mixed


def now_kind() -> Kind | None:
    """The kind whose records going on now the results page shows (tasks), if any."""
    return next((k for k in kinds() if k.now_status), None)


def get(name: str) -> Kind:
    return _registry.kinds[name]


def proper_name(kind: str) -> bool:
    """Whether records of `kind` are named by a proper name (`Kind.proper_name`)."""
    found = _registry.kinds.get(kind)
    return bool(found and found.proper_name)


def contexts(kind: str) -> list[Context]:
    return [c for (name, _), c in _registry.contexts.items() if name == kind]


def areas() -> list[tuple[str, str]]:
    return list(_registry.areas())


def _label(obj) -> str | None:
    meta = getattr(obj, "_meta", None)
    return meta.label if meta is not None else None


def kind_of(obj) -> Kind | None:
    """The kind of a model instance, or None if it is not searchable on its own."""
    label = _label(obj)
    for kind in _registry.kinds.values():
        if kind.model == label:
            return kind
    return None


def part_of(obj) -> Part | None:
    return _registry.parts.get(_label(obj) or "")
