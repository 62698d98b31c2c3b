"""import → export → import is a fixed point, and the export matches what was imported."""

import datetime
import json
from pathlib import Path

import pytest
from django.utils import timezone

from traade.directory.models import Unit
from traade.exchange.exporter import export_document, to_json
from traade.exchange.importer import ImportFailed, import_document
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
        "updated": timezone.localdate().isoformat(),  # imported today
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
            if section == "units":
                full.pop("updated")  # the importer fills it in (the day of the import)
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


def test_an_export_carries_each_visitkorts_updated_date_back_in(sample, search_calls):
    sample["units"][1]["updated"] = "2024-03-01"
    import_document(sample)
    solgaarden = Unit.objects.get(key="u-solgaarden")
    assert timezone.localdate(solgaarden.profile_updated_at) == datetime.date(2024, 3, 1)
    assert solgaarden in Unit.objects.stale()
    exported = export_document()
    assert exported["units"][2]["updated"] == "2024-03-01"

    # Someone edits the visitkort; importing the export brings back its content and date.
    Unit.objects.filter(key="u-solgaarden").update(
        description="Ny tekst", profile_updated_at=timezone.now()
    )
    result = import_document(json.loads(to_json(exported)))
    assert (result.counts["units"].updated, result.counts["units"].unchanged) == (1, 2)
    solgaarden.refresh_from_db()
    assert solgaarden.description == "Plejecenter med 48 boliger."
    assert timezone.localdate(solgaarden.profile_updated_at) == datetime.date(2024, 3, 1)


def test_a_file_without_updated_dates_still_imports_and_dates_new_units_today(sample, search_calls):
    assert all("updated" not in unit for unit in sample["units"])
    import_document(sample)
    assert {timezone.localdate(u.profile_updated_at) for u in Unit.objects.all()} == {
        timezone.localdate()
    }


def test_an_updated_date_in_the_future_is_refused(sample, nothing_written):
    sample["units"][0]["updated"] = "2999-01-01"
    with nothing_written(), pytest.raises(ImportFailed) as failed:
        import_document(sample)
    assert [str(p) for p in failed.value.problems] == [
        "units[0].updated: '2999-01-01' is in the future"
    ]
