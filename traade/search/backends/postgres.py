"""The PostgreSQL backend: FTS5's `bm25()` written out in SQL over a postings table
(`search_posting`), so that both backends give the same order (see docs/search.md)."""

from __future__ import annotations

import math
import secrets
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

from ..documents import COLUMNS, WEIGHTS, Document
from .base import DOC_COLUMNS, K1, STRONG_COLUMNS, TERM_COLUMNS, B, Backend, Filters, Query

# PostgreSQL: a term of an AND group is looked up only where the group's rarest term is
# when it is in this many times more records, and its postings are kept only there when
# it is in this many times more (see `PostgresBackend._narrowed`).
NARROW_RATIO = 4
SEMI_JOIN_RATIO = 2

# PostgreSQL: the postings in strong columns (about a sixth of them), for broad queries,
# which would otherwise read every posting of a common word to keep the strong ones.
STRONG_POSTINGS_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_posting_strong ON search_posting (term, doc_id) "
    "INCLUDE (tf, len, kind, area) WHERE strong"
)


class PostgresBackend(Backend):
    """FTS5's bm25() written out in SQL over a postings table.

    `search_posting` has one row per term and record: the term's weighted frequency
    (the sum of the column weights of its occurrences), whether it occurs in a strong
    column, the record's length, kind and area. A query reads the postings of its terms
    by index, groups them per record and scores them like FTS5 (same idf, k1, b, length
    normalisation, and a term in an AND group counting only where the group matches).
    """

    vendor = "postgresql"

    def _postings_sql(self, where: str) -> str:
        """The postings of the records `where` selects, from their analysed columns."""
        selects = " UNION ALL ".join(
            f"SELECT id, length, kind, area, unnest(string_to_array(t_{c}, ' ')) AS term, "
            f"{WEIGHTS[c]}::real AS w, {'true' if c in STRONG_COLUMNS else 'false'} AS s "
            f"FROM search_document{where}"
            for c in COLUMNS
        )
        return (
            "INSERT INTO search_posting (term, doc_id, tf, strong, len, kind, area) "
            "SELECT term, id, sum(w), bool_or(s), length, kind, area "
            f"FROM ({selects}) x WHERE term <> '' GROUP BY term, id, length, kind, area"
        )

    def _fts_delete(self, cursor, doc_id, old_columns) -> None:
        cursor.execute("DELETE FROM search_posting WHERE doc_id = %s", [doc_id])

    def _fts_insert(self, cursor, doc_id, columns) -> None:
        where = " WHERE id = %s"
        cursor.execute(self._postings_sql(where), [doc_id] * len(COLUMNS))

    def rebuild(self, batches, progress=None) -> int:
        """Empty the index and fill it from `batches`, writing with COPY.

        The postings (millions of rows) are computed here, beside the analysis, and each
        batch is copied by a second thread while this one analyses the next batch, so
        the server's work (on another core) overlaps the analysis. The tables are
        truncated first, so COPY FREEZE writes the rows frozen and all-visible: index-only
        scans work without a VACUUM. The postings' indexes are built once at the end.
        """
        df: Counter[str] = Counter()
        surfaces: dict[str, str] = {}
        count = tokens = 0
        with connection.cursor() as cursor:
            _lock_index_tables(cursor)
            cursor.execute("TRUNCATE search_posting, search_document, search_term, search_state")
            # Building the term indexes once after the load is much cheaper than
            # inserting millions of terms into them in no order. The record index stays:
            # records are written in id order, so it only grows at its end.
            cursor.execute(
                "ALTER TABLE search_posting DROP CONSTRAINT IF EXISTS search_posting_pkey"
            )
            cursor.execute("DROP INDEX IF EXISTS search_posting_strong")
            # FREEZE needs a transaction that holds no older snapshot: not so under
            # REPEATABLE READ or SERIALIZABLE (then maintain()'s VACUUM sets the
            # visibility map after the commit).
            cursor.execute("SHOW transaction_isolation")
            freeze = " (FREEZE)" if cursor.fetchone()[0] == "read committed" else ""
            cursor.execute("SELECT pg_get_serial_sequence('search_document', 'id')")
            sequence = cursor.fetchone()[0]

            def reserve(batch):
                if not batch:
                    return []
                cursor.execute(
                    "SELECT nextval(%s) FROM generate_series(1, %s)", [sequence, len(batch)]
                )
                return [i for (i,) in cursor.fetchall()]

            raw = connection.connection
            documents_copy = (
                f"COPY search_document (id, {', '.join((*DOC_COLUMNS, *TERM_COLUMNS))}, "
                f"length) FROM STDIN{freeze}"
            )
            postings_copy = (
                "COPY search_posting (term, doc_id, tf, strong, len, kind, area) "
                f"FROM STDIN{freeze}"
            )

            def write(documents, postings: bytes) -> None:
                # Runs in the writer thread, while the caller's thread analyses the next
                # batch and does not use the connection.
                with raw.cursor() as writer:
                    with writer.copy(documents_copy) as copy:
                        for row in documents:
                            copy.write_row(row)
                    with writer.copy(postings_copy) as copy:
                        copy.write(postings)

            pending = None
            written: dict[float, str] = {}
            with ThreadPoolExecutor(max_workers=1) as pool:
                try:
                    batches = iter(batches)
                    batch = next(batches, None)
                    ids = reserve(batch)
                    while batch is not None:
                        documents, lines = [], []
                        for doc, doc_id in zip(batch, ids, strict=True):
                            columns, doc_surfaces = doc.analyse()
                            terms = self._postings(doc, doc_id, columns, lines, written)
                            df.update(terms.keys())
                            for term in terms:
                                if term not in surfaces:
                                    surfaces[term] = doc_surfaces.get(term, term)
                            values = self._doc_values(doc, columns)
                            tokens += values[-1]
                            documents.append([doc_id, *values])
                        postings = "".join(lines).encode()
                        if pending is not None:
                            pending.result()
                        # The connection is free until the next batch is handed over.
                        batch = next(batches, None)
                        next_ids = reserve(batch)
                        pending = pool.submit(write, documents, postings)
                        count += len(documents)
                        if progress:
                            progress(len(documents))
                        ids = next_ids
                finally:
                    # Never leave the writer using the connection (also on an error).
                    if pending is not None:
                        pending.result()
            with raw.cursor() as writer:
                with writer.copy(f"COPY search_term (term, word, df) FROM STDIN{freeze}") as copy:
                    for term, n in df.items():
                        copy.write_row((term, surfaces[term][:200], n))
            cursor.execute(
                "INSERT INTO search_state (id, doc_count, token_count, version) "
                "VALUES (1, %s, %s, %s)",
                [count, tokens, secrets.token_hex(8)],
            )
            cursor.execute(
                "ALTER TABLE search_posting ADD CONSTRAINT search_posting_pkey "
                "PRIMARY KEY (term, doc_id) INCLUDE (tf, strong, len, kind, area)"
            )
            cursor.execute(STRONG_POSTINGS_INDEX)
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_posting_doc ON search_posting (doc_id)"
            )
            cursor.execute("ANALYZE search_posting")
        return count

    @staticmethod
    def _postings(doc: Document, doc_id: int, columns, lines: list[str], text: dict) -> dict:
        """Append the record's postings to `lines` (COPY text format); returns its terms
        with their weighted frequencies. Terms are runs of letters and digits (see
        analysis.WORD_RE), so they need no escaping. `text` caches the frequencies'
        written form."""
        tf: dict[str, float] = {}
        strong: set[str] = set()
        length = 0
        get = tf.get
        for c in COLUMNS:
            terms = columns[c]
            if not terms:
                continue
            length += len(terms)
            weight = WEIGHTS[c]
            for term in terms:
                tf[term] = get(term, 0.0) + weight
            if c in STRONG_COLUMNS:
                strong.update(terms)
        key = f"\t{doc_id}\t"
        tail = f"\t{length}\t{_copy_text(doc.kind)}\t{_copy_text(doc.area)}\n"
        strong_tail, weak_tail = "\tt" + tail, "\tf" + tail
        for term, w in tf.items():
            written = text.get(w)
            if written is None:
                written = text[w] = repr(w)
            lines.append(term + key + written + (strong_tail if term in strong else weak_tail))
        return tf

    def maintain(self) -> None:
        # Called after the commit. Index-only scans need the visibility map (without it
        # every posting read is a heap fetch, ten times slower on 111,000 records); COPY
        # FREEZE has set it already, unless the rebuild ran under REPEATABLE READ. The
        # statistics of the other tables are refreshed too, for a server that runs
        # without autovacuum (the development server does).
        if not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE search_posting, search_document, search_term")

    def prefix_terms(self, prefix: str, limit: int) -> list[tuple[str, int, str]]:
        # LIKE uses the varchar_pattern_ops index; a range would follow the collation.
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, df, word FROM search_term WHERE term LIKE %s "
                "ORDER BY df DESC, term LIMIT %s",
                [escaped + "%", limit],
            )
            return cursor.fetchall()

    @staticmethod
    def _narrowed(query: Query, stats) -> dict[str, tuple[list[str], bool]]:
        """Terms whose postings are used only for records that have a rarer term.

        A term that occurs only inside AND groups counts only where a whole group
        matches, and such a record has the group's rarest term. So a common term's
        postings are used only for the records that have the rarest term of one of its
        groups (in a compound or synonym expansion such as `ældre AND pleje` this groups
        a few hundred postings instead of tens of thousands). Returns, per such term,
        those rarest terms and whether to look the term up for each of their records
        (when they are much rarer) rather than read its postings and keep those records.
        The result is the same as grouping every posting."""
        if not stats:
            return {}

        def df(term: str) -> int:
            return stats.get(term, (0, ""))[0]

        groups = [alt for concept in query.concepts for alt in concept]
        alone = {alt[0] for alt in groups if len(alt) == 1}
        rarest: dict[str, set[str]] = {}
        for alt in groups:
            if len(alt) < 2:
                continue
            rare = min(alt, key=lambda t: (df(t), t))
            for term in alt:
                rarest.setdefault(term, set()).add(rare)
        narrowed = {}
        for term, rare in rarest.items():
            if term in alone or term in rare:
                continue
            # Looking up each record of the rarer terms costs more per posting than
            # reading a posting list in order: only worth it for a much rarer term.
            # Keeping only their records means reading theirs too: worth it only when
            # that is clearly less than grouping all of the term's postings.
            ratio = df(term) / max(1, sum(df(r) for r in rare))
            if ratio >= SEMI_JOIN_RATIO:
                narrowed[term] = (sorted(rare), ratio > NARROW_RATIO)
        return narrowed

    def _grouped(
        self, query: Query, filters: Filters, keys: str, *, facets: bool = False, stats=None
    ):
        """Per matching record: `keys` and f0, f1, … (weighted frequency of each term)."""
        terms = sorted({t for t, _ in query.phrases()})
        column = {t: f"f{i}" for i, t in enumerate(terms)}
        frequencies = ", ".join(
            f"max(CASE WHEN term = %s THEN tf END) AS {column[t]}" for t in terms
        )
        params: list = list(terms)
        narrowed = self._narrowed(query, stats)
        source = "search_posting"
        # A broad query's groups match only in strong columns, so their rarest terms
        # need to be there too.
        rare_strong = " AND strong" if query.strong else ""
        if narrowed:
            parts = ["SELECT * FROM search_posting WHERE term = ANY(%s)"]
            params.append([t for t in terms if t not in narrowed])
            for term, (rare, probe) in narrowed.items():
                if probe:
                    # Driven by the rarer terms' postings (LATERAL: the planner otherwise
                    # may read the common term's postings and probe the rarer ones).
                    # A record listed twice gives the same maximum.
                    parts.append(
                        "SELECT q.* FROM (SELECT doc_id FROM search_posting "
                        f"WHERE term = ANY(%s){rare_strong}) r CROSS JOIN LATERAL (SELECT * "
                        "FROM search_posting WHERE term = %s AND doc_id = r.doc_id OFFSET 0) q"
                    )
                    params += [rare, term]
                else:
                    # Reading the postings and keeping the rarer terms' records (a hash
                    # semi-join) is cheaper than grouping them all.
                    parts.append(
                        "SELECT * FROM search_posting WHERE term = %s AND doc_id IN "
                        f"(SELECT doc_id FROM search_posting WHERE term = ANY(%s){rare_strong})"
                    )
                    params += [term, rare]
            source = f"({' UNION ALL '.join(parts)}) x"
            # Each part reads its own terms. (Repeating the whole list over the parts made
            # the planner expect single rows and probe a semi-join's rarer terms for each
            # of thousands of postings.)
            where = ["true"]
        else:
            where = ["term = ANY(%s)"]
            params.append(terms)
        if query.strong:
            where.append("strong")
        if filters.kinds and not facets:
            where.append("kind = ANY(%s)")
            params.append(list(filters.kinds))
        if filters.area and not facets:
            where.append("area = %s")
            params.append(filters.area)
        if filters.status or filters.result:
            conditions = []
            if filters.status:
                conditions.append("status = %s")
                params.append(filters.status)
            if filters.result:
                conditions.append("result = %s")
                params.append(filters.result)
            where.append(
                f"doc_id IN (SELECT id FROM search_document WHERE {' AND '.join(conditions)})"
            )
        groups = [alt for concept in query.concepts for alt in concept]
        match = "true"
        if any(len(alt) > 1 for alt in groups):
            match = " OR ".join(
                "(" + " AND ".join(f"{column[t]} IS NOT NULL" for t in alt) + ")" for alt in groups
            )
        sql = (
            f"SELECT {keys}, {frequencies} FROM {source} "
            f"WHERE {' AND '.join(where)} GROUP BY {keys}"
        )
        return sql, params, match, column

    def candidates(self, query, filters, limit, *, stats=None, state=None):
        doc_count, token_count, _ = state or self.state()
        if doc_count == 0:
            return []
        avgdl = token_count / doc_count
        if stats is None:
            stats = self.term_stats(t for t, _ in query.phrases())
        sql, params, match, column = self._grouped(query, filters, "doc_id, len", stats=stats)
        score, score_params = self._score(query, column, stats, doc_count, avgdl)
        source, source_params = self._normalised(sql, avgdl)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT doc_id, ({score})::float8 AS s FROM {source} "
                f"WHERE {match} ORDER BY s DESC, doc_id LIMIT %s",
                [*score_params, *source_params, *params, limit],
            )
            return cursor.fetchall()

    def candidates_and_facets(self, query, filters, limit, *, stats=None, state=None):
        """One pass over the postings: the best matches and the counts by kind and area.

        Every match is grouped and scored once (a materialised CTE); the best `limit`
        and the counts are taken from it in the server, so only those rows, not every
        match, are sent to Python (for a query with thousands of matches, converting
        and counting them there took about a third of the query's time)."""
        doc_count, token_count, _ = state or self.state()
        if doc_count == 0:
            return [], []
        avgdl = token_count / doc_count
        if stats is None:
            stats = self.term_stats(t for t, _ in query.phrases())
        sql, params, match, column = self._grouped(
            query, filters, "doc_id, len, kind, area", facets=True, stats=stats
        )
        score, score_params = self._score(query, column, stats, doc_count, avgdl)
        source, source_params = self._normalised(sql, avgdl)
        # The counts ignore the kind and area filters; the candidates do not.
        wanted, wanted_params = [], []
        if filters.kinds:
            wanted.append("kind = ANY(%s)")
            wanted_params.append(list(filters.kinds))
        if filters.area:
            wanted.append("area = %s")
            wanted_params.append(filters.area)
        where = f" WHERE {' AND '.join(wanted)}" if wanted else ""
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH m AS MATERIALIZED (SELECT doc_id, kind, area, ({score})::float8 AS s "
                f"FROM {source} WHERE {match}) "
                f"(SELECT doc_id, s, NULL, NULL, NULL::bigint FROM m{where} "
                "ORDER BY s DESC, doc_id LIMIT %s) "
                "UNION ALL SELECT NULL, NULL, kind, area, count(*) FROM m GROUP BY kind, area",
                [*score_params, *source_params, *params, *wanted_params, limit],
            )
            rows = cursor.fetchall()
        candidates = sorted(((r[0], r[1]) for r in rows if r[0] is not None), key=_best_first)
        return candidates, [(r[2], r[3], r[4]) for r in rows if r[0] is None]

    def _score(self, query, column, stats, doc_count, avgdl):
        parts, score_params = [], []
        for term, group in query.phrases():
            n = stats.get(term, (0, ""))[0]
            idf = math.log((doc_count - n + 0.5) / (n + 0.5))
            if idf <= 0:
                idf = 1e-6
            others = [t for t in group if t != term]
            freq = f"COALESCE({column[term]}, 0)"
            if others:
                # Like FTS5: a term counts only where its whole AND group matches.
                present = " AND ".join(f"{column[t]} IS NOT NULL" for t in others)
                freq = f"(CASE WHEN {present} THEN {freq} ELSE 0 END)"
            parts.append(f"%s * ({freq} * {K1 + 1}) / ({freq} + k)")
            score_params.append(idf)
        return " + ".join(parts), score_params

    @staticmethod
    def _normalised(sql: str, avgdl: float) -> tuple[str, list]:
        """`sql` with `k`, BM25's length normalisation per record, computed once per
        record in float8 (written into each term's part it was computed in numeric, once
        per term: most of the time of a query matching thousands of records)."""
        return (
            f"(SELECT *, {K1}::float8 * (1 - {B}::float8 + {B}::float8 * len / %s::float8) AS k "
            f"FROM ({sql}) g) p",
            [avgdl],
        )

    def facets(self, query, filters):
        sql, params, match, _ = self._grouped(query, filters, "doc_id, kind, area", facets=True)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT kind, area, count(*) FROM ({sql}) p WHERE {match} GROUP BY kind, area",
                params,
            )
            return cursor.fetchall()


LOCK_INDEX_TABLES = (
    "LOCK TABLE search_document, search_posting, search_term, search_state IN ACCESS EXCLUSIVE MODE"
)


def _lock_index_tables(cursor, *, patience: float = 30.0) -> None:
    """Take the index tables for a rebuild without ever waiting while holding some.

    A rebuild that locked them one by one, waiting for each, deadlocked with searches
    and saves that read or wrote them in another order (the save or search then failed):
    all four are asked for at once with NOWAIT, in a savepoint, and asked again a moment
    later while anyone uses them; after `patience` seconds the rebuild queues for them
    (the saves and searches under way then finish first, in the order a save's reindex
    uses the tables, as `Backend.replace` does).
    """
    import time

    from django.db import transaction
    from django.db.utils import OperationalError

    deadline = time.monotonic() + patience
    pause = 0.02
    while time.monotonic() < deadline:
        try:
            with transaction.atomic():
                cursor.execute(LOCK_INDEX_TABLES + " NOWAIT")
            return
        except OperationalError:
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
    cursor.execute(LOCK_INDEX_TABLES)


def _best_first(candidate: tuple[int, float]) -> tuple[float, int]:
    return -candidate[1], candidate[0]


def _copy_text(value: str) -> str:
    """`value` escaped for COPY's text format."""
    return value.translate(_COPY_ESCAPES)


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
