"""The kinds of thread, each declared by the capability whose data makes it.

A capability that makes threads between units (a declared collaboration, an answered
challenge, a shared experiment, a cross-training visit) declares its kind in its own
`threads.py` and registers it in its AppConfig.ready():

    from traade import threads

    threads.register(threads.ThreadKind(name="challenge", label=_("Svarede på en udfordring"),
                                        collect=collect))

`collect(units)` yields a `Found` for every current reason of that kind; `units` is None
(all of them) or a set of unit ids, and then only the reasons touching one of those
units are needed (yielding more is harmless: `sync` drops them). The threads app imports
no capability: they plug in here, as they do into the search module.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MAX_LABEL = 500


@dataclass(frozen=True)
class Found:
    """One reason for a thread between two units (ids, `unit_a < unit_b`)."""

    unit_a: int
    unit_b: int
    source: str  # what made it, unique within its kind for the pair (a record's key)
    date: datetime.date
    label: str  # a Danish sentence that reads well from both units' side
    url: str = ""

    @classmethod
    def between(cls, one: int, other: int, **values) -> Found | None:
        """The reason between two units in either order; None for a unit and itself."""
        if one is None or other is None or one == other:
            return None
        a, b = (one, other) if one < other else (other, one)
        return cls(unit_a=a, unit_b=b, **values)


Collect = Callable[[frozenset[int] | None], Iterable[Found | None]]


@dataclass(frozen=True)
class ThreadKind:
    name: str  # stored in Reason.kind; at most 40 characters
    label: object  # Danish, for filters and the table: "Arbejder sammen"
    collect: Collect
    order: int = 100  # where it comes in filters and legends


_kinds: dict[str, ThreadKind] = {}


def register(kind: ThreadKind) -> None:
    if len(kind.name) > 40:
        raise ValueError(f"thread kind name {kind.name!r} is longer than 40 characters")
    _kinds[kind.name] = kind


def kinds() -> list[ThreadKind]:
    return sorted(_kinds.values(), key=lambda kind: (kind.order, kind.name))


def get(name: str) -> ThreadKind:
    try:
        return _kinds[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a registered thread kind") from None


def labels() -> dict[str, str]:
    return {kind.name: str(kind.label) for kind in kinds()}
