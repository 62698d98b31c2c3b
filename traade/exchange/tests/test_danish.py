"""Every problem the validator reports has a Danish version for the upload page."""

import pytest

from traade.exchange.danish import in_danish
from traade.exchange.files import read_file
from traade.exchange.importer import ImportFailed, import_document


def problems(data) -> list[str]:
    with pytest.raises(ImportFailed) as failed:
        import_document(data)
    return [problem.message for problem in failed.value.problems]


def file_problems(path, **kwargs) -> list[str]:
    with pytest.raises(ImportFailed) as failed:
        import_document(read_file(path, **kwargs))
    return [problem.message for problem in failed.value.problems]


def test_every_record_problem_has_a_danish_version(sample, search_calls):
    sample["colour"] = 1
    sample["areas"].append("x")
    sample["areas"].append({"key": "sundhed", "name": "x" * 300})
    sample["units"][0].update(
        {"name": 5, "kind": "x", "parent": "u-nowhere", "email": "a@", "kle": ["2"], "x": 1}
    )
    sample["units"][1]["knowledge"] = "demens"
    sample["units"][1]["tasks"] = [{"until": "2020-02-30"}, {"title": "t", "until": "1/2"}]
    sample["units"][2].update({"key": "u skolen", "parent": "u-skolen"})
    sample["people"][0].update({"is_leader": "ja", "unit": 7})
    del sample["people"][1]["name"]
    sample["experiments"][0].update({"units": [], "ended": "2000-01-01"})
    sample["experiments"].append({"key": "e-2", "title": "", "units": "u-aeldre"})
    sample["challenges"][0]["responses"] = [{"text": "hej"}]
    sample["challenges"].append(
        {"key": "c-ensomme-unge", "title": "t", "description": "d", "unit": "u-aeldre"}
    )
    sample["people"].append({"key": "p-x", "name": "X", "unit": "u-aeldre", "expertise": [1]})
    sample["experiments"].append(
        {
            "key": "e-3",
            "title": "t",
            "units": ["u-aeldre"],
            "spread_from": "e-nowhere",
            "indicators": [
                {"name": "n", "baseline_value": True, "baseline_date": "2026-01-01"},
                {"name": "n", "baseline_value": "x", "baseline_date": "2026-01-01"},
                {"name": "n", "baseline_value": 1e15, "baseline_date": "2026-01-01"},
                {
                    "name": "n",
                    "baseline_value": 1,
                    "baseline_date": "2026-01-01",
                    "snapshots": [{"date": "2025-01-01", "value": 1}],
                },
                {
                    "name": "n",
                    "baseline_value": 1,
                    "baseline_date": "2026-01-01",
                    "snapshots": [
                        {"date": "2026-02-01", "value": 1},
                        {"date": "2026-02-01", "value": 2},
                    ],
                },
            ],
            "tried_too": [
                {"unit": "u-skolen", "note": "a"},
                {"unit": "u-skolen", "note": "b"},
            ],
        }
    )
    sample["experiments"].append(
        {"key": "e-4", "title": "t", "units": ["u-aeldre"], "spread_from": "e-4"}
    )
    sample["format"] = "traade/0"
    sample["units"].append({"key": "u-a", "name": "A", "area": "sundhed", "parent": "u-b"})
    sample["units"].append({"key": "u-b", "name": "B", "area": "sundhed", "parent": "u-a"})
    messages = problems(sample) + problems({"areas": {}}) + problems([1])
    untranslated = [message for message in messages if in_danish(message) == message]
    assert untranslated == []
    assert len(messages) > 25


def test_every_file_problem_has_a_danish_version(tmp_path, db):
    cases = [
        ("a.json", b"{\n  ,}", {}),
        ("b.json", b'{"name": "K\xf8ge"}', {}),
        ("c.csv", b"", {"kind": "units"}),
        ("d.csv", b"key,name,area,area,colour\nu,n,a,a,b,extra\n", {"kind": "units"}),
        ("e.csv", b"key,name,area,area_name\nu,n,a,A\nv,n,a,B\n", {"kind": "units"}),
        ("f.xlsx", b"no", {"kind": "people"}),
        ("g.csv", b"key,unit\n", {"kind": "people"}),
    ]
    messages = []
    for name, content, kwargs in cases:
        path = tmp_path / name
        path.write_bytes(content)
        messages.extend(file_problems(path, **kwargs))
    untranslated = [message for message in messages if in_danish(message) == message]
    assert untranslated == []


def test_danish_messages_read_as_sentences():
    assert in_danish("unknown unit key 'u-9'") == "Der findes ingen enhed med nøglen 'u-9'."
    assert in_danish("must be text, not a number") == "Skal være tekst, ikke et tal."
    assert in_danish("something new") == "something new"


def test_spreadsheet_locations_are_danish():
    from traade.exchange.danish import location_in_danish

    assert location_in_danish('row 4, column "name"') == "Række 4, kolonne »name«"
    assert location_in_danish("row 1") == "Række 1"
    assert location_in_danish("units[12].area") == "units[12].area"
