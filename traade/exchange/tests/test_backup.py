"""`traade backup` and `traade restore` keep everything, table by table.

On PostgreSQL the commands refuse and name pg_dump and pg_restore, and those very
commands are run here to check that they keep everything too.
"""

import io
import shlex
import shutil
import sqlite3
import subprocess

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from traade.accounts.models import User
from traade.directory.models import Suggestion, Unit
from traade.exchange.backup import postgres_commands

ON_POSTGRES = connection.vendor == "postgresql"
sqlite_only = pytest.mark.skipif(ON_POSTGRES, reason="the commands are for SQLite")
postgres_only = pytest.mark.skipif(not ON_POSTGRES, reason="pg_dump is for PostgreSQL")


def every_table() -> dict[str, list]:
    """Every table's rows (the search index and history included), in a stable order."""
    tables = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in cursor.fetchall()
            ]
            tables[table] = sorted(rows, key=repr)
    return tables


@pytest.fixture
def municipality(transactional_db):
    """The demo municipality: log-ins, suggestions, history, the search index."""
    call_command("demo", stdout=io.StringIO())
    return every_table()


def change_everything():
    Suggestion.objects.all().delete()
    Unit.objects.filter(pk=Unit.objects.first().pk).update(description="Ændret efter backup")
    User.objects.create_user("ny-efter-backup", password="x")


def assert_same_tables(before: dict, after: dict) -> None:
    assert sorted(after) == sorted(before)
    for table, rows in before.items():
        assert len(after[table]) == len(rows), f"{table}: row count"
        assert after[table] == rows, f"{table}: content"


@sqlite_only
def test_backup_and_restore_keep_every_table(municipality, tmp_path):
    for table in ("accounts_user", "directory_suggestion", "directory_historicalunit"):
        assert municipality[table], f"the demo has rows in {table}"
    out = io.StringIO()
    call_command("backup", str(tmp_path / "traade.backup"), stdout=out)
    assert out.getvalue().startswith(f"Backed up the database to {tmp_path / 'traade.backup'}")

    change_everything()
    assert every_table() != municipality
    out = io.StringIO()
    call_command("restore", str(tmp_path / "traade.backup"), "--no-input", stdout=out)
    assert out.getvalue() == f"Restored the database from {tmp_path / 'traade.backup'}.\n"
    assert_same_tables(municipality, every_table())


@sqlite_only
def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, transactional_db):
    path = tmp_path / "traade.backup"
    path.write_text("not a database")
    with pytest.raises(CommandError) as error:
        call_command("restore", str(path), "--no-input")
    assert error.value.returncode == 2
    assert "is not a Tråde backup" in str(error.value)
    with pytest.raises(CommandError) as error:
        call_command("restore", str(tmp_path / "missing.backup"), "--no-input")
    assert str(error.value) == f"{tmp_path / 'missing.backup'}: no such file"


@sqlite_only
def test_restore_refuses_a_backup_from_a_newer_version(tmp_path, transactional_db):
    path = tmp_path / "traade.backup"
    call_command("backup", str(path), stdout=io.StringIO())
    with sqlite3.connect(path) as backup:
        backup.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('directory', '9999_future', '2030-01-01')"
        )
    before = every_table()
    with pytest.raises(CommandError) as error:
        call_command("restore", str(path), "--no-input")
    assert error.value.returncode == 2
    assert "made by a newer version of Tråde (migrations directory.9999_future)" in str(error.value)
    assert every_table() == before


@sqlite_only
def test_restore_asks_before_replacing_everything(tmp_path, transactional_db, monkeypatch):
    path = tmp_path / "traade.backup"
    call_command("backup", str(path), stdout=io.StringIO())
    User.objects.create_user("efter", password="x")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError) as error:
        call_command("restore", str(path))
    assert error.value.returncode == 2
    assert User.objects.filter(username="efter").exists()


@postgres_only
@pytest.mark.parametrize("command", ["backup", "restore"])
def test_on_postgresql_the_commands_refuse_and_name_pg_dump(command, tmp_path, db):
    with pytest.raises(CommandError) as error:
        call_command(
            command, str(tmp_path / "traade.dump"), *(["--no-input"] * (command == "restore"))
        )
    assert error.value.returncode == 2
    message = str(error.value)
    assert message.startswith(f"traade {command} works with SQLite; this database is PostgreSQL")
    assert "pg_dump --format=custom" in message
    assert "pg_restore --clean --if-exists" in message


@postgres_only
@pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump is not installed")
def test_the_documented_pg_dump_and_pg_restore_keep_every_table(municipality, tmp_path):
    dump, restore = (
        line.removesuffix("  (backup)").removesuffix("  (restore)")
        for line in postgres_commands(str(tmp_path / "traade.dump")).splitlines()
    )
    subprocess.run(shlex.split(dump), check=True, capture_output=True)
    change_everything()
    connection.close()  # pg_restore --clean drops the tables
    subprocess.run(shlex.split(restore), check=True, capture_output=True)
    assert_same_tables(municipality, every_table())
