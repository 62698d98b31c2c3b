"""Keeping the index in step with the content."""

from __future__ import annotations

from django.db import transaction

from .backends import get_backend
from .documents import BUILDERS, kind_of, querysets

BATCH = 500


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


def _refresh(kind: str, obj):
    """Load `obj` afresh with what its document needs, or None if it is gone."""
    queryset, _ = querysets()[kind]
    return queryset.filter(pk=obj.pk).first()


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
    with transaction.atomic():
        for record in [obj, *_related(obj)]:
            record_kind = kind_of(record)
            fresh = _refresh(record_kind, record)
            doc = BUILDERS[record_kind](fresh) if fresh is not None else None
            backend.replace(record_kind, record.pk, doc)


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


def count_records() -> int:
    return sum(qs.count() for qs, _ in querysets().values())


def _batches(progress=None):
    for _kind, (queryset, builder) in querysets().items():
        batch = []
        for obj in queryset.iterator(chunk_size=BATCH):
            batch.append(builder(obj))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def rebuild_index(progress=None) -> int:
    with transaction.atomic():
        return get_backend().rebuild(_batches(), progress=progress)
