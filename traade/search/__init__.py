"""Search: the only module that knows how text is analysed and indexed.

Public API: `search(query, *, user, kinds=None, area=None, limit=20)`, `index(obj)`,
`unindex(obj)`, `rebuild()`, and `who_can_help(text, *, user)`. See docs/search.md.

It imports no other app: each app declares what it makes findable with `register(Kind(…))`
(and `Part`, `Context`, `register_areas`) from its own `search.py`; see `registry`.

`index` and `unindex` write in the caller's transaction, so a change and its index
entry are committed or rolled back together.
"""

from __future__ import annotations

from .registry import Context, Kind, Part, register, register_areas

__all__ = [
    "Context",
    "Kind",
    "Part",
    "index",
    "rebuild",
    "register",
    "register_areas",
    "search",
    "unindex",
    "who_can_help",
]


def search(query: str, *, user, kinds=None, area=None, limit: int = 20, **options):
    """Records matching `query`, best first, as `engine.Results`.

    `kinds` limits to some of "unit", "person", "experiment", "challenge"; `area` is an
    area key. Options: `status`, `result`, `offset`, `prefix` (complete the last word,
    for results as you type), `facets`. Anonymous users find nothing.
    """
    from .engine import Results, run
    from .indexing import refresh_current

    if user is None or not getattr(user, "is_authenticated", False):
        return Results(query=query or "")
    refresh_current()
    return run(query, kinds=kinds, area=area, limit=limit, **options)


def index(obj) -> None:
    """Bring `obj` up to date in the search index (inside the caller's transaction).

    `obj` is a record of a registered kind, or a registered part of one (a task
    reindexes its unit). Records whose text includes `obj` are updated too.
    """
    from .indexing import index_object

    index_object(obj)


def unindex(obj) -> None:
    """Remove `obj` from the search index."""
    from .indexing import unindex_object

    unindex_object(obj)


def rebuild(progress=None) -> int:
    """Rebuild the whole index; returns the number of records indexed."""
    from .indexing import rebuild_index

    return rebuild_index(progress=progress)


def who_can_help(text: str, *, user, limit: int = 10):
    """Units and people whose knowledge, tasks and experiments fit a free-text need."""
    from .helpers import who_can_help as run
    from .indexing import refresh_current

    if user is None or not getattr(user, "is_authenticated", False):
        return []
    refresh_current()
    return run(text, limit=limit)
