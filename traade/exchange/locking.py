"""One import at a time.

Two imports side by side would wait for each other's write lock (SQLite) or fight
over the same keys (PostgreSQL), and the second failed with a traceback. An import
takes this lock first and refuses to start when another holds it:

- SQLite: an exclusive `flock` on a file next to the database (`<database>.import-lock`,
  or `import.lock` in the var directory for an in-memory database), holding the pid
  and start time of the import that holds it. The operating system releases it when
  the process ends, however it ends.
- PostgreSQL: a session-level advisory lock (`pg_try_advisory_lock`), released at the
  end of the import or when the connection closes.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import os
from pathlib import Path

from django.conf import settings
from django.db import connection

# An arbitrary constant: the advisory lock's number ("traade" in ASCII).
ADVISORY_LOCK_KEY = 0x747261616465


class ImportRunning(Exception):
    """Another import holds the lock."""


def lock_path() -> Path:
    name = str(connection.settings_dict["NAME"])
    if name.startswith("file:") or name == ":memory:" or not name:
        return Path(settings.VAR_DIR) / "import.lock"
    return Path(name + ".import-lock")


@contextlib.contextmanager
def import_lock():
    """Hold the import lock for the `with` block; raise ImportRunning if another import has it."""
    if connection.vendor == "postgresql":
        with _advisory_lock():
            yield
    else:
        with _file_lock(lock_path()):
            yield


@contextlib.contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip()
            raise ImportRunning(
                "another import is running" + (f" ({holder})" if holder else "")
            ) from None
        try:
            started = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
            handle.seek(0)
            handle.truncate()
            handle.write(f"process {os.getpid()}, started {started}")
            handle.flush()
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _advisory_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK_KEY])
        (locked,) = cursor.fetchone()
    if not locked:
        raise ImportRunning("another import is running (it holds PostgreSQL's advisory lock)")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])
