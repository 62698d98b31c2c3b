"""`traade crosstraining solve INPUT.json --json`: the contract and bad input."""

import json
import subprocess
import sys

import pytest

ROUND = {
    "group_size": 3,
    "seed": 1,
    "time_limit": 2,
    "people": [
        {"key": "a", "area": "x", "level": 1, "unit": "u1"},
        {"key": "b", "area": "x", "level": 1, "unit": "u1"},
        {"key": "c", "area": "y", "level": 2, "unit": "u2"},
        {"key": "d", "area": "y", "level": 1, "unit": "u3"},
        {"key": "e", "area": "z", "level": "leder", "unit": "u4"},
        {"key": "f", "area": "z", "level": 1, "unit": "u5"},
    ],
    "history": [["a", "c"]],
    "forbid": [["b", "e"]],
    "require": [["a", "f"]],
}


def solve(tmp_path, data, *args, raw: bytes | None = None):
    path = tmp_path / "round.json"
    path.write_bytes(raw if raw is not None else json.dumps(data).encode())
    return subprocess.run(
        [sys.executable, "-m", "traade.cli", "crosstraining", "solve", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_output_keeps_the_contract(tmp_path):
    result = solve(tmp_path, ROUND, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"groups", "new_pairs", "rule_breaks", "bound", "seconds"}
    assert data["groups"] == [["a", "d", "e"], ["b", "c", "f"]]
    assert (data["new_pairs"], data["rule_breaks"], data["bound"]) == (6, 1, 6)
    assert isinstance(data["seconds"], float)


def test_without_json_it_prints_the_groups_for_people(tmp_path):
    result = solve(tmp_path, ROUND)
    assert result.returncode == 0, result.stderr
    assert "group 1: a, d, e" in result.stdout
    assert "6 new pairs, 1 rule breaks, bound 6" in result.stdout


def with_(**changes):
    return {**ROUND, **changes}


@pytest.mark.parametrize(
    "data, raw, message",
    [
        (None, b"{not json", "is not valid JSON"),
        (None, b"\xff\xfe{}", "is not UTF-8 text"),
        ([1, 2], None, "the input must be a JSON object"),
        ({"people": []}, None, "missing field: group_size"),
        (with_(colour="red"), None, "unknown field(s): colour"),
        (with_(group_size=1), None, "group_size must be at least 2"),
        (with_(group_size=7), None, "group_size (7) is larger than the 6 people"),
        (with_(group_size="3"), None, "group_size must be an integer"),
        (with_(time_limit=0), None, "time_limit must be more than 0"),
        (with_(people=[*ROUND["people"], ROUND["people"][0]]), None, "duplicate key(s): a"),
        (with_(people=[{"key": "a"}]), None, "people[0] lacks area, level, unit"),
        (with_(forbid=[["a", "zz"]]), None, "forbid[0] names an unknown key: 'zz'"),
        (with_(require=[["a", "a"]]), None, "require[0] pairs 'a' with itself"),
        (with_(require=[["a"]]), None, "require must be a list of pairs"),
        (with_(history=[["a", "q"]]), None, "history[0] names an unknown key: 'q'"),
        (with_(forbid=[["b", "e"]], require=[["e", "b"]]), None, "both forbidden and required"),
    ],
)
def test_bad_input_exits_2_with_an_english_message(tmp_path, data, raw, message):
    result = solve(tmp_path, data, "--json", raw=raw)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_missing_file_exits_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "traade.cli", "crosstraining", "solve", str(tmp_path / "x.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "x.json: no such file" in result.stderr
