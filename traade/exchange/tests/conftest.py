import copy

import pytest
from django.apps import apps

from traade.exchange.importer import ImportFailed, import_document

SAMPLE = {
    "format": "traade/1",
    "organisation": {"name": "Egeby Kommune", "municipality_code": "999"},
    "areas": [
        {"key": "sundhed", "name": "Sundhed og Omsorg"},
        {"key": "boern", "name": "Børn og Unge"},
    ],
    "units": [
        {"key": "u-aeldre", "name": "Ældreområdet", "kind": "center", "area": "sundhed"},
        {
            "key": "u-solgaarden",
            "name": "Plejecenter Solgården",
            "kind": "institution",
            "area": "sundhed",
            "parent": "u-aeldre",
            "description": "Plejecenter med 48 boliger.",
            "email": "solgaarden@egeby.dk",
            "knowledge": ["demens", "velfærdsteknologi"],
            "tasks": [
                {"title": "Skærmbesøg for pårørende", "until": "2027-06-30"},
                {"title": "Sansehave", "description": "Vi planter om."},
            ],
            "offers": ["Vi låner en VR-brille ud"],
            "kle": ["27.12"],
        },
        {"key": "u-skolen", "name": "Egeby Skole", "kind": "institution", "area": "boern"},
    ],
    "people": [
        {
            "key": "p-0042",
            "name": "Mette Holm",
            "title": "Centerleder",
            "unit": "u-solgaarden",
            "email": "meho@egeby.dk",
            "is_leader": True,
            "expertise": ["demensvenlige miljøer"],
        },
        {"key": "p-0107", "name": "Ole Berg", "unit": "u-skolen"},
    ],
    "experiments": [
        {
            "key": "e-vr",
            "title": "Virtual reality på plejecentret",
            "status": "done",
            "result": "partly",
            "learning": "Korte ture virker bedst.",
            "units": ["u-solgaarden", "u-aeldre"],
            "contact": "p-0042",
            "phase": "test",
            "started": "2018-09-01",
            "ended": "2019-02-28",
            "tags": ["velfærdsteknologi"],
        }
    ],
    "challenges": [
        {
            "key": "c-ensomme-unge",
            "title": "Unge der isolerer sig",
            "description": "Hvordan får vi kontakt til dem?",
            "unit": "u-skolen",
            "posted": "2019-01-15",
            "responses": [
                {"unit": "u-solgaarden", "person": "p-0042", "text": "Vi har en stille café."},
                {"person": "p-0107", "text": "Prøv en gåtur."},
            ],
        }
    ],
}

TABLES = [
    "directory.Organisation",
    "directory.Area",
    "directory.Unit",
    "directory.HistoricalUnit",
    "directory.Task",
    "directory.HistoricalTask",
    "directory.Person",
    "directory.HistoricalPerson",
    "experiments.Experiment",
    "experiments.HistoricalExperiment",
    "challenges.Challenge",
    "challenges.HistoricalChallenge",
    "challenges.Response",
]


@pytest.fixture
def sample():
    """A small valid document; each test gets its own copy to change."""
    return copy.deepcopy(SAMPLE)


def table_counts() -> dict[str, int]:
    return {name: apps.get_model(name).objects.count() for name in TABLES}


@pytest.fixture
def nothing_written(db):
    """Use as `with nothing_written(): …` to assert that no table changes."""
    from contextlib import contextmanager

    from traade.exchange.exporter import export_document

    @contextmanager
    def check():
        before = (table_counts(), export_document())
        yield
        assert (table_counts(), export_document()) == before

    return check


@pytest.fixture
def search_calls(db, monkeypatch):
    """Record calls to the search module's rebuild()."""
    from traade import search

    calls = []
    monkeypatch.setattr(search, "rebuild", lambda: calls.append("rebuild"))
    return calls


def problems_for(data, nothing_written) -> list[str]:
    with nothing_written():
        with pytest.raises(ImportFailed) as failed:
            import_document(data)
    return [str(problem) for problem in failed.value.problems]


@pytest.fixture
def rejected(nothing_written, search_calls):
    """`rejected(data)` imports data, expects failure, and returns the problems as text."""

    def run(data):
        calls_before = len(search_calls)
        problems = problems_for(data, nothing_written)
        assert len(search_calls) == calls_before
        return problems

    return run
