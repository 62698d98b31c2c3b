"""Keeping the index in step with the content."""

from __future__ import annotations

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from . import semantic
from .backends import get_backend
from .documents import all_documents, kind_of, load, models

log = logging.getLogger(__name__)

# The last day this process saw the index weigh tasks as of that day (see refresh_current).
_fresh_day: datetime.date | None = None


def _related(obj) -> list:
    """Other records whose index document shows text from `obj`."""
    from traade.challenges.models import Challenge, Response
    from traade.directory.models import Person, Task, Unit
    from traade.experiments.models import Experiment

    if isinstance(obj, Experiment):
        related = list(obj.units.all())
        if obj.contact_id:
            related.append(obj.contact)
        return related
    if isinstance(obj, Unit | Person | Challenge):
        return []
    if isinstance(obj, Task | Response):
        return []
    return []


def index_object(obj) -> None:
    from traade.challenges.models import Response
    from traade.directory.models import Task

    if isinstance(obj, Task):
        obj = obj.unit
    elif isinstance(obj, Response):
        obj = obj.challenge
    kind = kind_of(obj)
    if kind is None:
        raise TypeError(f"cannot index {type(obj).__name__}")
    backend = get_backend()
    records = [obj, *_related(obj)]
    with transaction.atomic():
        for record in records:
            record_kind = kind_of(record)
            docs = load(record_kind, [record.pk])
            backend.replace(record_kind, record.pk, docs[0] if docs else None)
    semantic.queue_on_commit((kind_of(record), record.pk) for record in records)


def unindex_object(obj) -> None:
    from traade.challenges.models import Response
    from traade.directory.models import Task

    if isinstance(obj, Task | Response):
        # The parent stays; reindex it without the removed part.
        index_object(obj)
        return
    kind = kind_of(obj)
    if kind is None:
        raise TypeError(f"cannot unindex {type(obj).__name__}")
    with transaction.atomic():
        get_backend().replace(kind, obj.pk, None)
    semantic.queue_on_commit([(kind, obj.pk)])  # its embedding goes too


def count_records() -> int:
    return sum(model.objects.count() for model in models().values())


def rebuild_index(progress=None) -> int:
    from .models import SearchState

    backend = get_backend()
    today = timezone.localdate()
    with transaction.atomic():
        count = backend.rebuild(all_documents(), progress=progress)
        SearchState.objects.update(fresh_on=today)
    # Housekeeping (VACUUM on PostgreSQL) cannot run inside a transaction: when the
    # caller has one open (the importer does), it runs after the commit.
    transaction.on_commit(backend.maintain)
    semantic.queue_on_commit(everything=True)
    return count


def refresh_current(today: datetime.date | None = None) -> int:
    """Weigh tasks as of `today`: reindex the units with a task that has ended since.

    A unit's document puts its current tasks in a heavier column than its ended ones,
    decided on the day it is indexed. Searches call this first, so a task whose end
    date has passed counts as ended from the next day on, without a nightly reindex.
    It costs a date comparison when nothing has changed (once a day per process it
    reads the index state; the units are reindexed once, by whichever process comes
    first). Returns the number of units reindexed.
    """
    global _fresh_day
    from traade.directory.models import Task

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
    ended = Task.objects.filter(until__lt=today)
    if state is not None:
        ended = ended.filter(until__gte=state)
    unit_ids = sorted(set(ended.values_list("unit_id", flat=True)))
    backend = get_backend()
    with transaction.atomic():
        for start in range(0, len(unit_ids), 500):
            batch = unit_ids[start : start + 500]
            docs = {doc.obj_id: doc for doc in load("unit", batch, today)}
            for unit_id in batch:
                backend.replace("unit", unit_id, docs.get(unit_id))
        SearchState.objects.filter(pk=1).update(fresh_on=today)
    semantic.queue_on_commit(("unit", unit_id) for unit_id in unit_ids)
    if unit_ids:
        log.info("search: %d units reindexed for tasks that ended before %s", len(unit_ids), today)
    _fresh_day = today
    return len(unit_ids)
