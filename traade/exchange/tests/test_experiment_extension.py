"""The exchange format's extension for prøvehandlinger: barometer fields, spreading
links, indicators with snapshots, "vi har også prøvet det" notes. Old files still import
and leave them alone."""

import copy
import datetime
from decimal import Decimal

import pytest

from traade.exchange.exporter import export_document
from traade.exchange.importer import import_document
from traade.experiments.models import Experiment, Indicator, TriedToo

EXTENDED = {
    "key": "e-gaa",
    "title": "Gåture efter frokost",
    "units": ["u-skolen"],
    "status": "running",
    "innovation_kind": "service",
    "idea_source": "Eleverne",
    "effects": ["staff", "quality"],
    "spread_from": "e-vr",
    "indicators": [
        {
            "name": "Elever med på turen",
            "measure": "elever",
            "baseline_value": 4,
            "baseline_date": "2026-01-05",
            "snapshots": [
                {"date": "2026-03-01", "value": 9.5, "note": "Efter vinterferien"},
                {"date": "2026-02-01", "value": 6},
            ],
        }
    ],
    "tried_too": [{"unit": "u-solgaarden", "note": "Vi gik også.", "result": "partly"}],
}


@pytest.fixture
def extended(sample):
    sample["experiments"].append(copy.deepcopy(EXTENDED))
    return sample


def test_extension_fields_are_imported(extended, search_calls):
    import_document(extended)
    experiment = Experiment.objects.get(key="e-gaa")
    assert experiment.spread_from.key == "e-vr"
    assert (experiment.innovation_kind, experiment.idea_source) == ("service", "Eleverne")
    assert experiment.effects == ["quality", "staff"]  # in the barometer's order
    indicator = experiment.indicators.get()
    assert (indicator.baseline_value, indicator.baseline_date) == (
        Decimal("4"),
        datetime.date(2026, 1, 5),
    )
    assert [(s.date.month, s.value) for s in indicator.snapshots.all()] == [
        (2, Decimal(6)),
        (3, Decimal("9.5")),
    ]
    assert [(t.unit.key, t.result) for t in experiment.tried_too.all()] == [
        ("u-solgaarden", "partly")
    ]


def test_extension_round_trips(extended, search_calls):
    import_document(extended)
    first = export_document()
    exported = next(e for e in first["experiments"] if e["key"] == "e-gaa")
    assert exported["indicators"][0]["snapshots"][0] == {"date": "2026-02-01", "value": 6}
    assert exported["indicators"][0]["baseline_value"] == 4
    assert exported["spread_from"] == "e-vr"
    result = import_document(first)
    assert result.counts["experiments"].updated == 0
    assert export_document() == first


def test_an_old_file_without_the_extension_leaves_it_alone(extended, sample, search_calls):
    import_document(extended)
    old = copy.deepcopy(extended)
    record = next(e for e in old["experiments"] if e["key"] == "e-gaa")
    for name in ("innovation_kind", "idea_source", "effects", "spread_from"):
        del record[name]
    del record["indicators"], record["tried_too"]
    record["title"] = "Gåture efter middag"
    result = import_document(old)
    assert result.counts["experiments"].updated == 1
    experiment = Experiment.objects.get(key="e-gaa")
    assert experiment.title == "Gåture efter middag"
    assert experiment.spread_from.key == "e-vr" and experiment.effects == ["quality", "staff"]
    assert experiment.indicators.get().snapshots.count() == 2
    assert experiment.tried_too.count() == 1


def test_changed_indicators_and_notes_are_replaced(extended, search_calls):
    import_document(extended)
    record = next(e for e in extended["experiments"] if e["key"] == "e-gaa")
    record["indicators"][0]["snapshots"] = []
    record["tried_too"] = []
    record["spread_from"] = None
    import_document(extended)
    experiment = Experiment.objects.get(key="e-gaa")
    assert experiment.spread_from is None
    assert not experiment.indicators.get().snapshots.exists()
    assert not TriedToo.objects.exists()
    assert Indicator.history.filter(history_type="-").count() == 1


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {"spread_from": "e-findes-ikke"},
            "experiments[1].spread_from: unknown experiment key 'e-findes-ikke'",
        ),
        ({"spread_from": "e-gaa"}, "experiments[1].spread_from: names the experiment itself"),
        ({"effects": ["glæde"]}, "experiments[1].effects[0]: must be one of quality,"),
        ({"innovation_kind": "ny"}, "experiments[1].innovation_kind: must be one of service,"),
        (
            {"tried_too": [{"unit": "u-skolen", "note": "a"}, {"unit": "u-skolen", "note": "b"}]},
            "experiments[1].tried_too: names a unit twice",
        ),
        (
            {"tried_too": [{"unit": "u-skolen"}]},
            "experiments[1].tried_too[0].note: is required",
        ),
    ],
)
def test_bad_extension_fields_are_reported_with_their_path(extended, rejected, change, message):
    next(e for e in extended["experiments"] if e["key"] == "e-gaa").update(change)
    problems = rejected(extended)
    assert any(p.startswith(message) for p in problems), problems


@pytest.mark.parametrize(
    "indicator, message",
    [
        ({"baseline_value": "mange"}, "indicators[0].baseline_value: 'mange' is not a number"),
        ({"baseline_value": True}, "indicators[0].baseline_value: must be a number"),
        ({"baseline_value": 1e15}, "below a million millions"),
        ({"baseline_date": None}, "indicators[0].baseline_date: is required"),
        ({"name": ""}, "indicators[0].name: must not be empty"),
        (
            {"snapshots": [{"date": "2025-01-01", "value": 1}]},
            "indicators[0].snapshots: has a snapshot before baseline_date (2026-01-05)",
        ),
        (
            {"snapshots": [{"date": "2026-02-01", "value": 1}, {"date": "2026-02-01", "value": 2}]},
            "indicators[0].snapshots: has two snapshots on the same date",
        ),
        ({"snapshots": [{"value": 1}]}, "indicators[0].snapshots[0].date: is required"),
    ],
)
def test_bad_indicators_are_reported_with_their_path(extended, rejected, indicator, message):
    record = next(e for e in extended["experiments"] if e["key"] == "e-gaa")
    record["indicators"][0].update(indicator)
    problems = rejected(extended)
    assert any(message in p for p in problems), problems
    assert not Indicator.objects.exists()
