"""The SQLite backend: an FTS5 table over the analysed columns, ranked with FTS5's
`bm25()` and the column weights; a narrow `search_facet` table for counting matches by
kind and area. Everything that knows FTS5 syntax is here."""

from __future__ import annotations

from django.db import connection

from ..documents import COLUMNS, WEIGHTS
from .base import STRONG_COLUMNS, TERM_COLUMNS, Backend, Query


def fts5(query: Query) -> str:
    """The query as an FTS5 match expression (a column filter for a strong query)."""
    expression = " OR ".join(
        "(" + " OR ".join("(" + " AND ".join(f'"{t}"' for t in alt) + ")" for alt in c) + ")"
        for c in query.concepts
    )
    if query.strong:
        return "{" + " ".join(f"t_{c}" for c in STRONG_COLUMNS) + "} : (" + expression + ")"
    return expression


class SqliteBackend(Backend):
    vendor = "sqlite"

    def _fts_delete(self, cursor, doc_id, old_columns) -> None:
        cursor.execute(
            f"INSERT INTO search_fts (search_fts, rowid, {', '.join(TERM_COLUMNS)}) "
            f"VALUES ('delete', %s, {', '.join(['%s'] * len(TERM_COLUMNS))})",
            [doc_id, *old_columns],
        )

    def _fts_insert(self, cursor, doc_id, columns) -> None:
        cursor.execute(
            f"INSERT INTO search_fts (rowid, {', '.join(TERM_COLUMNS)}) "
            f"VALUES (%s, {', '.join(['%s'] * len(TERM_COLUMNS))})",
            [doc_id, *(" ".join(columns[c]) for c in COLUMNS)],
        )

    def _facet_insert(self, cursor, doc_id, doc) -> None:
        cursor.execute(
            "INSERT INTO search_facet (id, kind, area, status, result) VALUES (%s, %s, %s, %s, %s)",
            [doc_id, doc.kind, doc.area, doc.status, doc.result],
        )

    def _facet_delete(self, cursor, doc_id) -> None:
        cursor.execute("DELETE FROM search_facet WHERE id = %s", [doc_id])

    def _clear(self, cursor) -> None:
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
        cursor.execute("DELETE FROM search_facet")

    def _after_rebuild(self, cursor) -> None:
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
        cursor.execute(
            "INSERT INTO search_facet (id, kind, area, status, result) "
            "SELECT id, kind, area, status, result FROM search_document"
        )

    def candidates(self, query, filters, limit, *, stats=None, state=None):
        weights = ", ".join(str(WEIGHTS[c]) for c in COLUMNS)
        where, params = filters.sql()
        join = " JOIN search_facet d ON d.id = search_fts.rowid" if where else ""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT search_fts.rowid, bm25(search_fts, {weights}) AS s FROM search_fts{join} "
                f"WHERE search_fts MATCH %s{where} ORDER BY s, search_fts.rowid LIMIT %s",
                [fts5(query), *params, limit],
            )
            return [(rowid, -score) for rowid, score in cursor.fetchall()]

    def facets(self, query, filters):
        where, params = filters.sql(facets=True)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT d.kind, d.area, count(*) FROM search_fts "
                "JOIN search_facet d ON d.id = search_fts.rowid "
                f"WHERE search_fts MATCH %s{where} GROUP BY d.kind, d.area",
                [fts5(query), *params],
            )
            return cursor.fetchall()
