"""`traade search` and `traade reindex`."""

import io
import json
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from traade import search


def run_search(*args) -> dict:
    out = io.StringIO()
    call_command("search", *args, stdout=out)
    return json.loads(out.getvalue())


def test_search_prints_the_json_contract(indexed_unit):
    data = run_search("demens", "--json")
    assert set(data) == {"query", "total", "results"}
    assert data["query"] == "demens"
    assert isinstance(data["total"], int) and data["total"] >= 1
    first = data["results"][0]
    assert set(first) == {"kind", "key", "title", "score", "snippet"}
    assert first["kind"] == "unit" and first["key"] == indexed_unit.key
    assert isinstance(first["title"], str) and isinstance(first["snippet"], str)
    assert isinstance(first["score"], float)
    assert "<mark>demens</mark>" in first["snippet"]


def test_search_filters_by_kind_area_and_limit(indexed_unit, leader):
    search.index(leader.person)
    assert run_search("solgården", "--kind", "person", "--json")["results"][0]["key"] == "p-lars"
    assert run_search("demens", "--area", indexed_unit.area.key, "--json")["total"] == 1
    assert len(run_search("solgården", "--limit", "1", "--json")["results"]) == 1


@pytest.mark.parametrize(
    "args", [["demens", "--kind", "dog"], ["demens", "--limit", "0"], ["demens", "--limit", "x"]]
)
def test_search_rejects_bad_arguments(db, args):
    with pytest.raises(CommandError):
        call_command("search", *args, stderr=io.StringIO())


def test_bad_arguments_exit_non_zero_with_an_english_message():
    result = subprocess.run(
        [sys.executable, "-m", "traade.cli", "search", "demens", "--limit", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "--limit: must be between 1 and 1000" in result.stderr


def test_unknown_area_and_empty_query_are_usage_errors(indexed_unit):
    with pytest.raises(CommandError) as error:
        call_command("search", "demens", "--area", "nowhere", stderr=io.StringIO())
    assert error.value.returncode == 2
    assert "unknown area 'nowhere'" in str(error.value)
    assert indexed_unit.area.key in str(error.value)
    with pytest.raises(CommandError) as error:
        call_command("search", "  ", stderr=io.StringIO())
    assert error.value.returncode == 2
    assert "empty" in str(error.value)


def test_search_without_json_prints_a_table(indexed_unit):
    out = io.StringIO()
    call_command("search", "demens", stdout=out)
    assert indexed_unit.key in out.getvalue()


def test_reindex_rebuilds_and_reports(unit):
    out, err = io.StringIO(), io.StringIO()
    call_command("reindex", stdout=out, stderr=err)
    assert "Indexed" in out.getvalue()
    assert "100%" in err.getvalue()
    assert run_search("solgården", "--json")["total"] == 1


def test_reindex_is_silent_at_verbosity_0_and_quiet_leaves_out_the_bar(unit):
    out, err = io.StringIO(), io.StringIO()
    call_command("reindex", verbosity=0, stdout=out, stderr=err)
    assert out.getvalue() == "" and err.getvalue() == ""
    call_command("reindex", quiet=True, stdout=out, stderr=err)
    assert "Indexed" in out.getvalue() and err.getvalue() == ""
    assert run_search("solgården", "--json")["total"] == 1
