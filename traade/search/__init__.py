"""Search: the only module that knows how text is analysed and indexed.

Public API: `search(query, *, user, kinds=None, area=None, limit=20)`, `index(obj)`,
`unindex(obj)`, `rebuild()`.
"""


def index(obj) -> None:
    """Bring `obj` up to date in the search index (inside the caller's transaction)."""


def unindex(obj) -> None:
    """Remove `obj` from the search index."""


def rebuild() -> None:
    """Rebuild the whole index."""
