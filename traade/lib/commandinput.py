"""Reading a command's input file, with the same English messages and exit status 2 for
every `traade` command that reads one (`traade lix`, `traade crosstraining solve`)."""

from __future__ import annotations

from django.core.management.base import CommandError


def read_file(path: str, limit: int, *, kind: str) -> bytes:
    """At most `limit` + 1 bytes of the file (the caller decides what is too large);
    CommandError(returncode=2) when it is missing, a directory or unreadable."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file", returncode=2) from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a directory, not {kind}", returncode=2) from None
    except OSError as error:
        raise CommandError(f"{path}: cannot read it ({error.strerror})", returncode=2) from None
