"""Keeping the index in step with the content."""

from __future__ import annotations

from django.db import transaction

from .backends import get_backend
from .documents import all_documents, kind_of, load, models


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
    with transaction.atomic():
        for record in [obj, *_related(obj)]:
            record_kind = kind_of(record)
            docs = load(record_kind, [record.pk])
            backend.replace(record_kind, record.pk, docs[0] if docs else None)


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
    return sum(model.objects.count() for model in models().values())


def rebuild_index(progress=None) -> int:
    backend = get_backend()
    with transaction.atomic():
        count = backend.rebuild(all_documents(), progress=progress)
    # Housekeeping (VACUUM on PostgreSQL) cannot run inside a transaction: when the
    # caller has one open (the importer does), it runs after the commit.
    transaction.on_commit(backend.maintain)
    return count
