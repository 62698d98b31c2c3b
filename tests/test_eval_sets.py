"""The graded query sets in bench/eval are whole: what they grade exists, as graded."""

import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "bench" / "eval"


def keys(municipality: dict) -> set[str]:
    return {
        record["key"]
        for kind in ("units", "people", "experiments", "challenges")
        for record in municipality.get(kind, [])
    }


def test_the_havnoe_set_grades_only_records_of_its_municipality():
    municipality = json.loads((EVAL / "havnoe" / "municipality.json").read_text())
    queries = json.loads((EVAL / "havnoe" / "queries.json").read_text())
    known = keys(municipality)
    assert len(queries) == 45 and len({q["id"] for q in queries}) == 45
    for q in queries:
        assert set(q["judgments"]) <= known, q["id"]
        assert all(g in (1, 2, 3) for g in q["judgments"].values()), q["id"]
        assert not q["judgments"] or 3 in q["judgments"].values(), q["id"]


def test_the_havnoe_queries_are_the_ones_written_before_grading():
    blind = json.loads((EVAL / "havnoe" / "queries-blind.json").read_text())
    graded = json.loads((EVAL / "havnoe" / "queries.json").read_text())
    strip = [{k: v for k, v in q.items() if k != "judgments"} for q in graded]
    assert strip == blind


@pytest.mark.django_db
def test_the_havnoe_municipality_imports(db):
    from traade.directory.models import Unit
    from traade.exchange.importer import import_document

    import_document(json.loads((EVAL / "havnoe" / "municipality.json").read_text()))
    assert Unit.objects.count() == 64
