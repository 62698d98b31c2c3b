"""Threads (tråde) between units: one place for every reason two units are connected.

Public API for the capabilities that make threads (each from its own `threads.py`):

- `register(ThreadKind(name, label, collect))`: declare a kind of thread (see registry).
- `Found.between(unit_id, other_id, source=…, date=…, label=…, url=…)`: one reason.
- `sync(kind=None, units=None)`: bring the stored reasons up to date; services call it
  with their kind and the units a change touched, the importer with nothing.

The threads app imports no capability that feeds it; docs/threads.md says how a new
kind of thread is added.
"""

from __future__ import annotations

from .registry import Found, ThreadKind, register

__all__ = ["Found", "ThreadKind", "register", "sync"]


def sync(*, kind: str | None = None, units=None):
    from .syncing import sync as run

    return run(kind=kind, units=units)
