"""The index backends: SQLite FTS5 (default) and PostgreSQL.

Both keep the same tables (`search_document`, `search_term`, `search_state`) and rank
with the same BM25F formula: SQLite through FTS5's `bm25()` with column weights
(`sqlite.py`), PostgreSQL through the same formula written out in SQL over a postings
table (`postgres.py`), so that both give the same order. What they share is in `base.py`.
"""

from __future__ import annotations

from django.db import connection

from .base import Backend, Filters, Query, Row
from .postgres import PostgresBackend
from .sqlite import SqliteBackend

__all__ = ["Backend", "Filters", "PostgresBackend", "Query", "Row", "SqliteBackend", "get_backend"]


def get_backend() -> Backend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return SqliteBackend()
