"""Settings read from the environment: a bad value stops the start with a clear message."""

import subprocess
import sys


def start(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "traade.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_sqlite_file_in_a_missing_directory_stops_the_start_with_a_clear_error(tmp_path):
    missing = tmp_path / "no-such-dir" / "traade.sqlite3"
    result = start({"DATABASE_URL": f"sqlite:///{missing}"})
    assert result.returncode != 0
    assert f"DATABASE_URL names an SQLite file in {missing.parent}" in result.stderr
    assert not missing.parent.exists()  # a typo in the URL makes no directory


def test_the_default_database_directory_is_made_when_missing(tmp_path):
    var = tmp_path / "new" / "var"
    result = start({"TRAADE_VAR_DIR": str(var)})
    assert result.returncode == 0, result.stderr
    assert var.is_dir()
