"""`traade import` and `traade export` from the command line."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

TRAADE = Path(sys.executable).parent / "traade"


def run_import(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def sample_file(sample, tmp_path):
    path = tmp_path / "egeby.json"
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_command_prints_a_summary(sample_file, search_calls):
    out, err = run_import(str(sample_file))
    assert out.splitlines() == [
        f"Imported {sample_file}:",
        "  organisation        1 created        0 updated        0 unchanged",
        "  areas               2 created        0 updated        0 unchanged",
        "  units               3 created        0 updated        0 unchanged",
        "  people              2 created        0 updated        0 unchanged",
        "  experiments         1 created        0 updated        0 unchanged",
        "  challenges          1 created        0 updated        0 unchanged",
    ]
    assert err == ""
    assert search_calls == ["rebuild"]
    out, _err = run_import(str(sample_file))
    assert "  units               0 created        0 updated        3 unchanged" in out


def test_import_command_without_index_says_to_reindex(sample_file, search_calls):
    out, _err = run_import(str(sample_file), "--no-index")
    assert "run `traade reindex`" in out
    assert search_calls == []


def test_import_command_fails_with_status_2_and_every_problem(
    sample, tmp_path, nothing_written, search_calls
):
    sample["units"][2]["area"] = "boernx"
    sample["people"][0]["email"] = "meho@"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(sample), encoding="utf-8")
    err = io.StringIO()
    with nothing_written(), pytest.raises(CommandError) as failed:
        call_command("import", str(path), stdout=io.StringIO(), stderr=err)
    assert failed.value.returncode == 2
    assert "nothing was changed (2 problems)" in str(failed.value)
    assert err.getvalue().splitlines() == [
        "units[2].area: unknown area key 'boernx'",
        "people[0].email: 'meho@' is not a valid e-mail address",
    ]


def test_import_command_reports_a_missing_file(tmp_path, db):
    with pytest.raises(CommandError) as failed:
        run_import(str(tmp_path / "nowhere.json"))
    assert failed.value.returncode == 2
    assert "no such file" in str(failed.value)


def test_import_command_needs_units_or_people_for_spreadsheets(tmp_path, db):
    path = tmp_path / "enheder.csv"
    path.write_text("key,name,area\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import", str(path), stdout=io.StringIO(), stderr=err)
    assert "--units or --people" in err.getvalue()


def test_export_command_writes_to_stdout_and_to_a_file(sample_file, tmp_path, search_calls):
    run_import(str(sample_file))
    out = io.StringIO()
    call_command("export", stdout=out)
    document = json.loads(out.getvalue())
    assert [u["key"] for u in document["units"]] == ["u-aeldre", "u-skolen", "u-solgaarden"]
    target = tmp_path / "export.json"
    out = io.StringIO()
    call_command("export", str(target), stdout=out)
    assert json.loads(target.read_text(encoding="utf-8")) == document
    assert "Exported 2 areas, 3 units, 2 people" in out.getvalue()


@pytest.fixture
def file_database(tmp_path):
    """Environment for a `traade` subprocess with its own migrated SQLite file."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "TRAADE_VAR_DIR": str(tmp_path),
    }
    env.pop("TRAADE_TESTING", None)
    subprocess.run([TRAADE, "migrate", "-v0"], env=env, check=True)
    return env


@pytest.mark.skipif(not TRAADE.exists(), reason="the traade script is not installed")
def test_traade_import_exits_with_2_and_no_traceback(file_database, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "traade/1",\n "units": [,]}', encoding="utf-8")
    done = subprocess.run(
        [TRAADE, "import", bad], env=file_database, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "not valid JSON: Expecting value at line 2, column 12" in done.stderr


@pytest.mark.skipif(not TRAADE.exists(), reason="the traade script is not installed")
def test_traade_import_then_export_round_trips(file_database, sample_file, tmp_path):
    done = subprocess.run(
        [TRAADE, "import", sample_file], env=file_database, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "units               3 created" in done.stdout
    exported = subprocess.run(
        [TRAADE, "export"], env=file_database, capture_output=True, check=True
    ).stdout
    assert json.loads(exported.decode("utf-8"))["organisation"]["name"] == "Egeby Kommune"


def test_export_to_a_dash_writes_to_standard_output(db, tmp_path, monkeypatch):
    import io

    from django.core.management import call_command

    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    call_command("export", "-", stdout=out)
    assert out.getvalue().startswith("{")
    assert not (tmp_path / "-").exists()
