"""The SQLite backend: an FTS5 table over the analysed columns, ranked with FTS5's
`bm25()` and the column weights; a narrow `search_facet` table for counting matches by
kind and area. Everything that knows FTS5 syntax is here."""

from __future__ import annotations

import zlib

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from .. import registry
from ..documents import COLUMNS, WEIGHTS
from .base import STRONG_COLUMNS, TERM_COLUMNS, Backend, Filters, Query

# Records of the kinds searched only on request (tasks) get row ids below zero, made from
# their kind and object, so a search of the default kinds leaves them out on the FTS5
# rowid alone: `rowid > 0` is a range the FTS5 table answers itself, where `kind IN (…)`
# needs a join with search_facet for every match (a tenth of a query's time).
KIND_CODES = 1024


# Ties in order of creation, as on PostgreSQL: records of the default kinds first, then
# the others by their object's id.
RECORD_ORDER = "search_fts.rowid < 0, abs(search_fts.rowid)"


def kind_code(kind: str) -> int:
    return zlib.crc32(kind.encode()) % (KIND_CODES - 1) + 1


def on_request_id(kind: str, obj_id: int) -> int:
    return -(obj_id * KIND_CODES + kind_code(kind))


def on_request_kinds() -> frozenset[str]:
    names = frozenset(k.name for k in registry.kinds() if k.on_request)
    if len({kind_code(name) for name in names}) < len(names):
        raise ImproperlyConfigured(f"search kinds {sorted(names)} share a row id code")
    return names


def by_rowid(filters: Filters) -> tuple[Filters, str]:
    """`filters` with a kind filter that the row ids' sign can answer taken out, and the
    rowid condition that replaces it ("" if none can)."""
    if not filters.kinds:
        return filters, ""
    wanted, on_request = set(filters.kinds), on_request_kinds()
    rest = Filters(None, filters.area, filters.status, filters.result)
    if on_request and wanted == set(registry.kind_names()) - on_request:
        return rest, " AND search_fts.rowid > 0"
    if wanted == on_request:
        return rest, " AND search_fts.rowid < 0"
    return filters, ""


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

    def _given_id(self, kind: str, obj_id: int) -> int | None:
        return on_request_id(kind, obj_id) if kind in on_request_kinds() else None

    def _insert_many(self, cursor, names, marks, rows) -> None:
        on_request = on_request_kinds()
        given = [[on_request_id(r[0], r[1]), *r] for r in rows if r[0] in on_request]
        rest = [r for r in rows if r[0] not in on_request] if given else rows
        if rest:
            super()._insert_many(cursor, names, marks, rest)
        if given:
            super()._insert_many(cursor, f"id, {names}", f"%s, {marks}", given)

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
        filters, rowid = by_rowid(filters)
        where, params = filters.sql()
        join = " JOIN search_facet d ON d.id = search_fts.rowid" if where else ""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT search_fts.rowid, bm25(search_fts, {weights}) AS s FROM search_fts{join} "
                f"WHERE search_fts MATCH %s{rowid}{where} ORDER BY s, {RECORD_ORDER} LIMIT %s",
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
