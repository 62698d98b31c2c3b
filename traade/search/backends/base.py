"""What both index backends share: the tables they keep, how a document is written, and
the lookups of terms, records and fields. The ranking queries are the backends' own
(`sqlite.py`, `postgres.py`).

The query is a `Query`: an OR of concepts, each an OR of alternatives, each an AND of terms.
"""

from __future__ import annotations

import json
import secrets
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import connection

from ..documents import COLUMNS, Document

K1 = 1.2
B = 0.75
DOC_COLUMNS = ("kind", "obj_id", "key", "title", "area", "status", "result", "fields")
TERM_COLUMNS = tuple(f"t_{c}" for c in COLUMNS)


# Columns a broad query is limited to (see `Query.strong`).
STRONG_COLUMNS = ("name", "knowledge", "current")


@dataclass
class Query:
    concepts: list[list[tuple[str, ...]]]
    # Only match in the name, knowledge and current-task columns: for words so common
    # that ranking every record that has them would be slow.
    strong: bool = False

    def phrases(self) -> list[tuple[str, tuple[str, ...]]]:
        """Every term occurrence in query order, with the AND group it belongs to."""
        return [(t, alt) for concept in self.concepts for alt in concept for t in alt]


@dataclass
class Filters:
    kinds: tuple[str, ...] | None = None
    area: str | None = None
    status: str | None = None
    result: str | None = None

    def sql(self, alias: str = "d", *, facets: bool = False) -> tuple[str, list]:
        clauses, params = [], []
        if self.kinds and not facets:
            clauses.append(f"{alias}.kind IN ({', '.join(['%s'] * len(self.kinds))})")
            params.extend(self.kinds)
        if self.area and not facets:
            clauses.append(f"{alias}.area = %s")
            params.append(self.area)
        if self.status:
            clauses.append(f"{alias}.status = %s")
            params.append(self.status)
        if self.result:
            clauses.append(f"{alias}.result = %s")
            params.append(self.result)
        return "".join(f" AND {c}" for c in clauses), params


@dataclass
class Row:
    id: int
    kind: str
    obj_id: int
    key: str
    title: str
    area: str
    status: str
    result: str
    fields: dict
    columns: dict[str, list[str]]


class Backend:
    vendor = ""

    # --- writing -------------------------------------------------------------

    def replace(self, kind: str, obj_id: int, doc: Document | None) -> None:
        """Put `doc` in place of the indexed record (`doc=None` removes it)."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, {', '.join(TERM_COLUMNS)}, length FROM search_document "
                "WHERE kind = %s AND obj_id = %s",
                [kind, obj_id],
            )
            old = cursor.fetchone()
            old_terms: set[str] = set()
            old_length = 0
            if old:
                old_terms = {t for text in old[1:-1] for t in text.split()}
                old_length = old[-1]
                self._fts_delete(cursor, old[0], old[1:-1])
            new_terms: set[str] = set()
            new_length = 0
            surfaces: dict[str, str] = {}
            if doc is not None:
                columns, surfaces = doc.analyse()
                new_terms = {t for terms in columns.values() for t in terms}
                new_length = sum(len(terms) for terms in columns.values())
                values = self._doc_values(doc, columns)
                if old:
                    assignments = ", ".join(f"{c} = {p}" for c, p in self._placeholders())
                    cursor.execute(
                        f"UPDATE search_document SET {assignments} WHERE id = %s",
                        [*values, old[0]],
                    )
                    doc_id = old[0]
                    self._facet_delete(cursor, doc_id)
                else:
                    names = ", ".join(c for c, _ in self._placeholders())
                    marks = ", ".join(p for _, p in self._placeholders())
                    given = self._given_id(doc.kind, doc.obj_id)
                    if given is not None:
                        names, marks, values = f"id, {names}", f"%s, {marks}", [given, *values]
                    cursor.execute(
                        f"INSERT INTO search_document ({names}) VALUES ({marks}) RETURNING id",
                        values,
                    )
                    doc_id = cursor.fetchone()[0]
                self._fts_insert(cursor, doc_id, columns)
                self._facet_insert(cursor, doc_id, doc)
            elif old:
                cursor.execute("DELETE FROM search_document WHERE id = %s", [old[0]])
                self._facet_delete(cursor, old[0])

            removed = sorted(old_terms - new_terms)
            added = sorted(new_terms - old_terms)
            if removed:
                marks = ", ".join(["%s"] * len(removed))
                cursor.execute(
                    f"UPDATE search_term SET df = df - 1 WHERE term IN ({marks})", removed
                )
                cursor.execute(
                    f"DELETE FROM search_term WHERE df <= 0 AND term IN ({marks})", removed
                )
            if added:
                cursor.executemany(
                    "INSERT INTO search_term (term, word, df) VALUES (%s, %s, 1) "
                    "ON CONFLICT (term) DO UPDATE SET df = search_term.df + 1",
                    [(t, surfaces.get(t, t)[:200]) for t in added],
                )
            doc_delta = (1 if doc is not None else 0) - (1 if old else 0)
            version = secrets.token_hex(8) if (removed or added) else None
            self._update_state(cursor, doc_delta, new_length - old_length, version)

    def _update_state(self, cursor, doc_delta: int, token_delta: int, version) -> None:
        cursor.execute(
            "UPDATE search_state SET doc_count = doc_count + %s, token_count = token_count + %s"
            + (", version = %s" if version else "")
            + " WHERE id = 1",
            [doc_delta, token_delta, *([version] if version else [])],
        )
        if cursor.rowcount == 0:
            cursor.execute(
                "INSERT INTO search_state (id, doc_count, token_count, version) "
                "VALUES (1, %s, %s, %s)",
                [max(doc_delta, 0), max(token_delta, 0), version or secrets.token_hex(8)],
            )

    def _given_id(self, kind: str, obj_id: int) -> int | None:
        """The row id a new document must have, or None for the next free one."""
        return None

    def _placeholders(self) -> list[tuple[str, str]]:
        return [(c, "%s") for c in (*DOC_COLUMNS, *TERM_COLUMNS, "length")]

    def _doc_values(self, doc: Document, columns: dict[str, list[str]]) -> list:
        return [
            doc.kind,
            doc.obj_id,
            doc.key,
            doc.title[:300],
            doc.area,
            doc.status,
            doc.result,
            json.dumps(doc.fields, ensure_ascii=False),
            *(" ".join(columns[c]) for c in COLUMNS),
            sum(len(t) for t in columns.values()),
            *self._extra_values(columns),
        ]

    def _fts_delete(self, cursor, doc_id: int, old_columns) -> None:
        pass

    def _facet_insert(self, cursor, doc_id: int, doc: Document) -> None:
        pass

    def _facet_delete(self, cursor, doc_id: int) -> None:
        pass

    def _fts_insert(self, cursor, doc_id: int, columns: dict[str, list[str]]) -> None:
        pass

    def rebuild(
        self,
        batches: Iterable[list[Document]],
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Empty the index and fill it from `batches` of documents; returns the count."""
        df: Counter[str] = Counter()
        surfaces: dict[str, str] = {}
        count = tokens = 0
        with connection.cursor() as cursor:
            self._clear(cursor)
            cursor.execute("DELETE FROM search_document")
            cursor.execute("DELETE FROM search_term")
            cursor.execute("DELETE FROM search_state")
            names = ", ".join(c for c, _ in self._placeholders())
            marks = ", ".join(p for _, p in self._placeholders())
            for batch in batches:
                rows = []
                for doc in batch:
                    columns, doc_surfaces = doc.analyse()
                    terms = {t for ts in columns.values() for t in ts}
                    df.update(terms)
                    for term in terms:
                        if term not in surfaces:
                            surfaces[term] = doc_surfaces.get(term, term)
                    tokens += sum(len(t) for t in columns.values())
                    rows.append(self._doc_values(doc, columns))
                if rows:
                    self._insert_many(cursor, names, marks, rows)
                count += len(rows)
                if progress:
                    progress(len(rows))
            cursor.executemany(
                "INSERT INTO search_term (term, word, df) VALUES (%s, %s, %s)",
                [(t, surfaces[t][:200], n) for t, n in df.items()],
            )
            cursor.execute(
                "INSERT INTO search_state (id, doc_count, token_count, version) "
                "VALUES (1, %s, %s, %s)",
                [count, tokens, secrets.token_hex(8)],
            )
            self._after_rebuild(cursor)
        return count

    def _extra_values(self, columns) -> list:
        return []

    def _insert_many(self, cursor, names, marks, rows) -> None:
        cursor.executemany(f"INSERT INTO search_document ({names}) VALUES ({marks})", rows)

    def _clear(self, cursor) -> None:
        pass

    def _after_rebuild(self, cursor) -> None:
        pass

    def maintain(self) -> None:
        """Housekeeping after a rebuild, outside the transaction."""

    # --- reading -------------------------------------------------------------

    def state(self) -> tuple[int, int, str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT doc_count, token_count, version FROM search_state WHERE id = 1")
            row = cursor.fetchone()
        return row if row else (0, 0, "")

    def term_stats(self, terms: Iterable[str]) -> dict[str, tuple[int, str]]:
        terms = sorted(set(terms))
        if not terms:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, df, word FROM search_term WHERE term IN ({', '.join(['%s'] * len(terms))})",
                terms,
            )
            return {term: (df, word) for term, df, word in cursor.fetchall()}

    def prefix_terms(self, prefix: str, limit: int) -> list[tuple[str, int, str]]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, df, word FROM search_term WHERE term >= %s AND term < %s "
                "ORDER BY df DESC, term LIMIT %s",
                [prefix, prefix + "\uffff", limit],
            )
            return cursor.fetchall()

    def all_terms(self) -> list[tuple[str, int, str]]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT term, df, word FROM search_term")
            return cursor.fetchall()

    def fetch(self, ids: list[int]) -> dict[int, Row]:
        """Candidates with their analysed text (for re-ranking), without display text."""
        if not ids:
            return {}
        meta = [c for c in DOC_COLUMNS if c != "fields"]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, {', '.join(meta)}, {', '.join(TERM_COLUMNS)} "
                f"FROM search_document WHERE id IN ({', '.join(['%s'] * len(ids))})",
                ids,
            )
            rows = {}
            for r in cursor.fetchall():
                rows[r[0]] = Row(
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], {},
                    {c: (r[8 + i] or "").split() for i, c in enumerate(COLUMNS)},
                )  # fmt: skip
            return rows

    def fetch_fields(self, ids: list[int]) -> dict[int, dict]:
        """Display text of the records that are shown."""
        if not ids:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, fields FROM search_document WHERE id IN "
                f"({', '.join(['%s'] * len(ids))})",
                ids,
            )
            return {i: (f if isinstance(f, dict) else json.loads(f)) for i, f in cursor.fetchall()}

    def candidates(
        self, query: Query, filters: Filters, limit: int, *, stats=None, state=None
    ) -> list[tuple[int, float]]:
        raise NotImplementedError

    def facets(self, query: Query, filters: Filters) -> list[tuple[str, str, int]]:
        raise NotImplementedError

    def candidates_and_facets(self, query: Query, filters: Filters, limit: int, **kwargs):
        """`candidates(…)` and `facets(…)` together (a backend may do both in one pass)."""
        return self.candidates(query, filters, limit, **kwargs), self.facets(query, filters)
