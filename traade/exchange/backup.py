"""Backup and restore of the whole database (`traade backup FILE`, `traade restore FILE`).

Unlike the exchange format, a backup keeps everything: log-ins, sessions, suggestions,
history, log-in records, the search index. On SQLite it is a copy of the database
made with SQLite's online backup API (`sqlite3.Connection.backup`), consistent while
the server runs. PostgreSQL has its own tools for this (pg_dump and pg_restore), and
the commands refuse there with the commands to use instead (see README, Backup).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from django.db import connection
from django.db.migrations.loader import MigrationLoader

from .locking import import_lock


class BackupError(Exception):
    """The backup or restore could not be done; nothing was changed."""


def postgres_commands(file: str) -> str:
    """The pg_dump and pg_restore commands for this database (without its password)."""
    settings = connection.settings_dict
    url = "postgres://{user}@{host}:{port}/{name}".format(
        user=quote(settings.get("USER") or ""),
        host=settings.get("HOST") or "localhost",
        port=settings.get("PORT") or 5432,
        name=quote(settings["NAME"]),
    )
    return (
        f"pg_dump --format=custom --file={file} '{url}'  (backup)\n"
        f"pg_restore --clean --if-exists --no-owner --dbname='{url}' {file}  (restore)"
    )


def _require_sqlite(file: str, what: str) -> None:
    if connection.vendor != "sqlite":
        raise BackupError(
            f"traade {what} works with SQLite; this database is {connection.display_name}. "
            "Use PostgreSQL's own tools, which keep everything too:\n" + postgres_commands(file)
        )


def _live() -> sqlite3.Connection:
    connection.ensure_connection()
    return connection.connection


def backup_database(file: str | os.PathLike) -> int:
    """Copy the whole SQLite database into `file` (replaced if it exists); returns its size.

    Consistent while others read and write: SQLite's backup API copies a snapshot."""
    _require_sqlite(os.fspath(file), "backup")
    target = Path(file)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial)
    except sqlite3.Error as error:
        raise BackupError(f"could not write {target}: {error}") from None
    try:
        _live().backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    except sqlite3.Error as error:
        raise BackupError(f"could not write {target}: {error}") from None
    finally:
        copy.close()
    partial.replace(target)
    return target.stat().st_size


def check_backup(file: str | os.PathLike) -> list[str]:
    """Refuse a file that is not a Tråde backup or comes from a newer Tråde; returns the
    migrations the backup lacks (run `traade migrate` after restoring it)."""
    path = Path(file)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        backup = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            (ok,) = backup.execute("PRAGMA quick_check").fetchone()
            applied = set(backup.execute("SELECT app, name FROM django_migrations").fetchall())
        finally:
            backup.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a Tråde backup (an SQLite database): {error}") from None
    if ok != "ok":
        raise BackupError(f"{path} is damaged: {ok}")
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    ours = {app for app, _name in known}
    newer = sorted(f"{app}.{name}" for app, name in applied - known if app in ours)
    if newer:
        raise BackupError(
            f"{path} was made by a newer version of Tråde (migrations {', '.join(newer)}); "
            "restore it with that version"
        )
    return sorted(f"{app}.{name}" for app, name in known - applied)


def restore_database(file: str | os.PathLike) -> list[str]:
    """Replace the whole SQLite database by the backup in `file`, in one step.

    Takes the import lock (no import meanwhile) and then SQLite's write lock: requests
    that write wait, or get the page "prøv igen om lidt". Returns the migrations the
    backup lacks."""
    _require_sqlite(os.fspath(file), "restore")
    missing = check_backup(file)
    with import_lock():
        source = sqlite3.connect(f"file:{quote(str(Path(file).resolve()))}?mode=ro", uri=True)
        try:
            source.backup(_live())
        except sqlite3.Error as error:
            raise BackupError(f"could not restore {file}: {error}") from None
        finally:
            source.close()
    connection.close()  # nothing cached from before
    return missing
