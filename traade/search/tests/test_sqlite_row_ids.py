"""SQLite: records searched only on request (tasks) live at row ids below zero, so the
default search leaves them out on the FTS5 rowid alone (see backends/sqlite.py)."""

import pytest
from django.db import connection

from traade import search
from traade.builders import make_task
from traade.directory import services
from traade.search import registry
from traade.search.backends.base import Filters
from traade.search.backends.sqlite import by_rowid, on_request_id
from traade.search.engine import run

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 row ids")


def ids(kind):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, obj_id FROM search_document WHERE kind = %s", [kind])
        return cursor.fetchall()


def test_tasks_get_negative_row_ids_by_rebuild_and_by_a_single_change(unit, leader):
    unit.knowledge = ["demens"]
    unit.save()
    first = make_task(unit=unit, title="Demensvenlig have")
    search.rebuild()
    services.save_task(actor=leader, unit=unit, title="Demenscafé")  # indexed by itself
    second = unit.tasks.get(title="Demenscafé")
    found = dict((obj_id, doc_id) for doc_id, obj_id in ids("task"))
    assert found == {t.pk: on_request_id("task", t.pk) for t in (first, second)}
    assert all(doc_id > 0 for doc_id, _ in ids("unit"))


def test_the_default_search_and_a_task_search_split_on_the_sign(unit):
    unit.knowledge = ["demens"]
    unit.save()
    make_task(unit=unit, title="Demensvenlig have")
    search.rebuild()
    assert {h.kind for h in run("demens").hits} == {"unit"}
    assert {h.kind for h in run("demens", kinds=["task"]).hits} == {"task"}


def test_only_a_kind_filter_the_sign_can_answer_is_taken_out_of_the_join():
    default = registry.default_kinds()
    rest, rowid = by_rowid(Filters(default, "omsorg"))
    assert (rest.kinds, rest.area, rowid) == (None, "omsorg", " AND search_fts.rowid > 0")
    assert by_rowid(Filters(("task",)))[1] == " AND search_fts.rowid < 0"
    mixed = Filters(("unit", "task"))
    assert by_rowid(mixed) == (mixed, "")
