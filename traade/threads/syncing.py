"""Bring the stored reasons up to date with what the capabilities say (`collect`).

`sync(kind=None, units=None)` asks each kind (or one) for its current reasons, compares
them with the stored ones and deletes, adds and changes only the difference, in one
transaction. With `units` only the reasons touching those units are compared: that is
what a service calls after a change, in its own transaction, so that a change and its
threads are committed or rolled back together, as with the search index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from . import registry
from .models import Reason

BATCH = 2000


@dataclass
class SyncResult:
    created: int = 0
    updated: int = 0
    deleted: int = 0


def _ids(units) -> frozenset[int] | None:
    if units is None:
        return None
    return frozenset(getattr(unit, "pk", unit) for unit in units if unit is not None)


def sync(*, kind: str | None = None, units: Iterable | None = None) -> SyncResult:
    """Recompute the reasons of `kind` (every kind without it) touching `units` (units or
    unit ids; every unit without it)."""
    scope = _ids(units)
    result = SyncResult()
    if scope is not None and not scope:
        return result
    kinds = [registry.get(kind)] if kind else registry.kinds()
    with transaction.atomic():
        for thread_kind in kinds:
            _sync_kind(thread_kind, scope, result)
    return result


def _sync_kind(thread_kind: registry.ThreadKind, scope, result: SyncResult) -> None:
    wanted: dict[tuple[int, int, str], tuple] = {}
    for found in thread_kind.collect(scope):
        if found is None:
            continue
        if scope is not None and found.unit_a not in scope and found.unit_b not in scope:
            continue
        key = (found.unit_a, found.unit_b, found.source[:300])
        value = (found.date, found.label[: registry.MAX_LABEL], found.url[:500])
        # Two records saying the same of one pair: the earliest date counts.
        if key not in wanted or value[0] < wanted[key][0]:
            wanted[key] = value
    stored = Reason.objects.filter(kind=thread_kind.name)
    if scope is not None:
        stored = stored.filter(Q(unit_a__in=scope) | Q(unit_b__in=scope))
    gone, changed = [], []
    for pk, a, b, source, date, label, url in stored.values_list(
        "pk", "unit_a_id", "unit_b_id", "source", "date", "label", "url"
    ).iterator(chunk_size=BATCH):
        value = wanted.pop((a, b, source), None)
        if value is None:
            gone.append(pk)
        elif value != (date, label, url):
            changed.append(Reason(pk=pk, date=value[0], label=value[1], url=value[2]))
    for start in range(0, len(gone), BATCH):
        Reason.objects.filter(pk__in=gone[start : start + BATCH]).delete()
    Reason.objects.bulk_update(changed, ["date", "label", "url"], batch_size=BATCH)
    Reason.objects.bulk_create(
        (
            Reason(
                unit_a_id=a,
                unit_b_id=b,
                kind=thread_kind.name,
                source=source,
                date=date,
                label=label,
                url=url,
            )
            for (a, b, source), (date, label, url) in wanted.items()
        ),
        batch_size=BATCH,
    )
    result.created += len(wanted)
    result.updated += len(changed)
    result.deleted += len(gone)
