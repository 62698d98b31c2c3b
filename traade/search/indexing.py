"""Keeping the index in step with the content."""

from __future__ import annotations

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from . import registry, semantic
from .backends import get_backend
from .documents import all_documents, count_records, load

log = logging.getLogger(__name__)

__all__ = ["count_records", "index_object", "rebuild_index", "refresh_current", "unindex_object"]

# The last day this process saw the index weigh tasks as of that day (see refresh_current).
_fresh_day: datetime.date | None = None


def _kind(obj) -> registry.Kind:
    kind = registry.kind_of(obj)
    if kind is None:
        raise TypeError(f"cannot index {type(obj).__name__}: not a registered search kind")
    return kind


def _reindex(records: list[tuple[registry.Kind, object]], removed=None) -> None:
    """Reload and write the documents of `records` (and remove `removed`'s)."""
    backend = get_backend()
    with transaction.atomic():
        if removed is not None:
            backend.replace(removed[0].name, removed[1].pk, None)
        for kind, record in records:
            docs = load(kind.name, [record.pk])
            backend.replace(kind.name, record.pk, docs[0] if docs else None)
        changed = [*records, *([removed] if removed is not None else [])]
        semantic.enqueue((kind.name, record.pk) for kind, record in changed)


def index_object(obj) -> None:
    part = registry.part_of(obj)
    if part is not None:
        obj = part.owner(obj)
    kind = _kind(obj)
    _reindex([(kind, obj)] + [(_kind(other), other) for other in kind.related(obj)])


def unindex_object(obj) -> None:
    """Remove `obj`'s document and reindex the records whose documents show its text.

    Call it while `obj` still has its id (before deleting it). Records that show its text
    are reloaded from the database as it is then: a caller that deletes `obj` afterwards
    reindexes them once more (the directory's delete_task saves the unit).
    """
    if registry.part_of(obj) is not None:
        # The owner stays; reindex it without the removed part.
        index_object(obj)
        return
    kind = _kind(obj)
    _reindex([(_kind(other), other) for other in kind.related(obj)], removed=(kind, obj))


def rebuild_index(progress=None) -> int:
    from .models import SearchState

    backend = get_backend()
    today = timezone.localdate()
    with transaction.atomic():
        count = backend.rebuild(all_documents(), progress=progress)
        SearchState.objects.update(fresh_on=today)
        semantic.enqueue_all()
    # Housekeeping (VACUUM on PostgreSQL) cannot run inside a transaction: when the
    # caller has one open (the importer does), it runs after the commit.
    transaction.on_commit(backend.maintain)
    return count


def refresh_current(today: datetime.date | None = None) -> int:
    """Weigh tasks as of `today`: reindex the records whose text has ended since.

    A unit's document puts its current tasks in a heavier column than its ended ones,
    decided on the day it is indexed. Searches call this first, so a task whose end
    date has passed counts as ended from the next day on, without a nightly reindex.
    Which records change with the date is declared by their kind (`Kind.dated`).
    It costs a date comparison when nothing has changed (once a day per process it
    reads the index state; the records are reindexed once, by whichever process comes
    first). Returns the number of records reindexed.
    """
    global _fresh_day
    from .models import SearchState

    today = today or timezone.localdate()
    if _fresh_day == today:
        return 0
    state = SearchState.objects.filter(pk=1).values_list("fresh_on", flat=True).first()
    if state is None and not SearchState.objects.filter(pk=1).exists():
        return 0  # nothing indexed yet
    if state is not None and state >= today:
        _fresh_day = today
        return 0
    changed = [(kind.name, kind.dated(state, today)) for kind in registry.kinds() if kind.dated]
    backend = get_backend()
    with transaction.atomic():
        for kind, ids in changed:
            for start in range(0, len(ids), 500):
                batch = ids[start : start + 500]
                docs = {doc.obj_id: doc for doc in load(kind, batch, today)}
                for obj_id in batch:
                    backend.replace(kind, obj_id, docs.get(obj_id))
        SearchState.objects.filter(pk=1).update(fresh_on=today)
        semantic.enqueue((kind, obj_id) for kind, ids in changed for obj_id in ids)
    count = sum(len(ids) for _, ids in changed)
    if count:
        log.info("search: %d records reindexed for text that ended before %s", count, today)
    _fresh_day = today
    return count
