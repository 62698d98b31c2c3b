"""import → export → import is a fixed point, and the export matches what was imported."""

import json
from pathlib import Path

import pytest

from traade.exchange.exporter import export_document, to_json
from traade.exchange.importer import import_document
from traade.exchange.schema import RECORDS, SECTIONS

MUNICIPALITY = Path("/work/shared/eval/municipality.json")


def test_export_import_export_is_a_fixed_point(sample, search_calls):
    import_document(sample)
    first = export_document()
    result = import_document(json.loads(to_json(first)))
    assert all(c.created == c.updated == 0 for c in result.counts.values())
    assert export_document() == first


def test_export_is_in_key_order_and_leaves_out_empty_fields(sample, search_calls):
    import_document(sample)
    document = export_document()
    assert [u["key"] for u in document["units"]] == ["u-aeldre", "u-skolen", "u-solgaarden"]
    assert [p["key"] for p in document["people"]] == ["p-0042", "p-0107"]
    assert document["units"][0] == {
        "key": "u-aeldre",
        "name": "Ældreområdet",
        "kind": "center",
        "area": "sundhed",
    }
    assert document["people"][1] == {
        "key": "p-0107",
        "name": "Ole Berg",
        "unit": "u-skolen",
        "is_leader": False,
    }
    solgaarden = document["units"][2]
    assert solgaarden["tasks"] == [
        {"title": "Skærmbesøg for pårørende", "until": "2027-06-30"},
        {"title": "Sansehave", "description": "Vi planter om."},
    ]
    assert document["experiments"][0]["units"] == ["u-aeldre", "u-solgaarden"]
    assert document["challenges"][0]["responses"][1] == {
        "person": "p-0107",
        "text": "Prøv en gåtur.",
    }


def test_empty_database_exports_an_empty_document(db):
    assert export_document() == {
        "format": "traade/1",
        "areas": [],
        "units": [],
        "people": [],
        "experiments": [],
        "challenges": [],
    }


def canonical(document: dict) -> dict:
    """Records by key with defaults filled in and lists of references sorted."""
    result = {}
    for section in SECTIONS:
        fields = RECORDS[section]
        records = {}
        for record in document.get(section, []):
            full = {name: spec.default() for name, spec in fields.items() if name != "key"}
            full.update({k: v for k, v in record.items() if v not in (None, "")})
            for name in ("units",) if section == "experiments" else ():
                full[name] = sorted(full[name])
            if section == "units":
                full["tasks"] = sorted(
                    (t["title"], t.get("description", ""), t.get("until")) for t in full["tasks"]
                )
            full.pop("key", None)
            records[record["key"]] = full
        result[section] = records
    result["organisation"] = document.get("organisation")
    return result


@pytest.mark.skipif(not MUNICIPALITY.exists(), reason="the evaluation file is not available")
def test_eval_municipality_survives_the_round_trip(search_calls):
    original = json.loads(MUNICIPALITY.read_text(encoding="utf-8"))
    import_document(original)
    exported = export_document()
    assert canonical(exported) == canonical(original)
    import_document(json.loads(to_json(exported)))
    assert export_document() == exported
