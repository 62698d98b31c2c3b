"""Relevance bench for the Find search: every query set, both backends, one run.

Three graded query sets (see bench/eval/README.md):

* **dev**: ../shared/eval (Egeby Kommune, imported with the exchange format) and its
  30 queries: the development set, shared with other teams.
* **skovlund**: the demo municipality (Skovlund Kommune, `traade demo`'s data) and the
  queries of bench/eval/skovlund-queries.json, written in the words of employees who do
  not know the official terms and graded before any tuning against them. Its failures
  have since been read for their general causes, so it is partly a development set.
* **havnoe**: Havnø Kommune (bench/eval/havnoe/, imported with the exchange format), a
  municipality written by someone who had not seen the search, with queries of the
  hidden acceptance set's kinds, graded by reading every record. Never tuned on: only
  its averages are looked at, never a query's results.

For each set, on SQLite and on PostgreSQL (when reachable), it prints nDCG@10 (gain
2^grade - 1) and Recall@10 (grade >= 2) for Tråde's search, for Tråde's search with the
semantic signal (when its model is installed), and for a baseline in the same run: plain
SQLite FTS5 BM25 with the default unicode61 tokenizer over the same text. Queries that no
record answers (`"judgments": {}`) are not averaged: for them it prints how many results
came back, which should be none.

    .venv/bin/python bench/relevance.py                  # everything
    .venv/bin/python bench/relevance.py --sets dev --no-postgres --verbose

Every change to search is judged on dev and skovlund: one that raises one set and lowers
the other is not kept (docs/search.md, "Measuring"); havnoe says whether it generalises.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = {
    "dev": ("Egeby (development set)", EVAL / "queries.json"),
    "skovlund": ("Skovlund (held-out set)", ROOT / "bench" / "eval" / "skovlund-queries.json"),
    "havnoe": ("Havnø (unseen municipality)", ROOT / "bench" / "eval" / "havnoe" / "queries.json"),
}
# Sets whose per-query results are never printed: looking at them would tune to them.
BLIND = {"havnoe"}
# The sets whose municipality is a file in the exchange format (the others: the demo).
MUNICIPALITIES = {
    "dev": EVAL / "municipality.json",
    "havnoe": ROOT / "bench" / "eval" / "havnoe" / "municipality.json",
}
SYSTEMS = {
    "search": "Tråde search",
    "semantic": "Tråde search with the semantic signal",
    "baseline": "baseline: FTS5 BM25, default unicode61",
}
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/traade_relevance"


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


# --- one backend (a child process: Django is set up once per database) ---------------


def setup_django(database: str) -> None:
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
    if database.startswith("postgres"):
        _ensure_postgres_database(database)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def _ensure_postgres_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def postgres_reachable(url: str) -> bool:
    try:
        import psycopg

        psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", connect_timeout=3).close()
        return True
    except Exception:
        return False


def load_set(name: str) -> None:
    """Empty the database and load the set's municipality (and index it)."""
    from django.core.management import call_command
    from django.db import transaction

    call_command("flush", verbosity=0, interactive=False)
    if name in MUNICIPALITIES:
        from traade.exchange.importer import import_document

        import_document(json.loads(MUNICIPALITIES[name].read_text(encoding="utf-8")))
        return
    from traade import search
    from traade.demo import generator, loader

    with transaction.atomic():
        loader.load(generator.generate())
        search.rebuild()


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


def measure_backend(database: str, sets: list[str], semantic: bool) -> dict:
    """Rankings of every query of every set on one database, per system."""
    setup_django(database)
    from django.conf import settings
    from django.db import connection

    from traade.search import documents, registry
    from traade.search.engine import run

    out = {"vendor": connection.vendor, "sets": {}}
    for name in sets:
        queries = json.loads(SETS[name][1].read_text(encoding="utf-8"))
        started = time.perf_counter()
        load_set(name)
        load_seconds = time.perf_counter() - started
        # The records a search that names no kind looks at (not tasks, searched on request).
        mixed = set(registry.kind_names(all_kinds=False))
        docs = [doc for batch in documents.all_documents() for doc in batch if doc.kind in mixed]
        baseline = baseline_index(docs)
        ranked = {"search": {}, "baseline": {}}
        settings.TRAADE_SEMANTIC = False
        for q in queries:
            ranked["search"][q["id"]] = [h.key for h in run(q["query"], limit=10).hits]
            ranked["baseline"][q["id"]] = baseline_search(baseline, q["query"])
        embed_seconds = None
        if semantic and settings.SEMANTIC_INSTALLED:
            from traade.search import semantic as signal

            started = time.perf_counter()
            signal.catch_up()
            embed_seconds = time.perf_counter() - started
            # As a server started after the import: the embeddings loaded afresh, not
            # patched onto the previous set's (whose removed rows a copy keeps until it
            # is reloaded, in another order on each backend).
            signal.reset()
            settings.TRAADE_SEMANTIC = True
            ranked["semantic"] = {
                q["id"]: [h.key for h in run(q["query"], limit=10).hits] for q in queries
            }
            settings.TRAADE_SEMANTIC = False
        out["sets"][name] = {
            "records": len(docs),
            "load_seconds": load_seconds,
            "embed_seconds": embed_seconds,
            "ranked": ranked,
        }
    return out


# --- the report -------------------------------------------------------------------


def score(queries: list[dict], ranked: dict[str, list[str]]) -> dict:
    graded = [q for q in queries if q["judgments"]]
    empty = [q for q in queries if not q["judgments"]]
    per_query = {
        q["id"]: (
            ndcg_at_10(ranked.get(q["id"], []), q["judgments"]),
            recall_at_10(ranked.get(q["id"], []), q["judgments"]),
        )
        for q in graded
    }
    n = len(graded) or 1
    return {
        "ndcg": sum(v[0] for v in per_query.values()) / n,
        "recall": sum(v[1] for v in per_query.values()) / n,
        "per_query": per_query,
        "padded": sum(len(ranked.get(q["id"], [])) for q in empty),
        "no_answer": len(empty),
    }


def run_child(database: str, sets: list[str], semantic: bool) -> dict | None:
    command = [sys.executable, __file__, "--child", database, "--sets", ",".join(sets)]
    if not semantic:
        command.append("--no-semantic")
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        sys.stderr.write(done.stderr)
        return None
    return json.loads(done.stdout)


def report(results: list[dict], sets: list[str], verbose: bool) -> None:
    vendors = [r["vendor"] for r in results]
    header = f"{'set':<26} {'system':<40}" + "".join(f" {v[:10]:>10} {'R@10':>6}" for v in vendors)
    print(header)
    print("-" * len(header))
    for name in sets:
        label, path = SETS[name]
        queries = json.loads(path.read_text(encoding="utf-8"))
        graded = sum(1 for q in queries if q["judgments"])
        first = results[0]["sets"][name]
        for system, system_label in SYSTEMS.items():
            if system not in first["ranked"]:
                continue
            cells = ""
            for r in results:
                s = score(queries, r["sets"][name]["ranked"].get(system, {}))
                cells += f" {s['ndcg']:10.3f} {s['recall']:6.3f}"
            print(f"{label if system == 'search' else '':<26} {system_label:<40}{cells}")
        meta = f"  {graded} graded queries, {first['records']} records"
        if first["embed_seconds"] is not None:
            meta += f", embeddings {first['embed_seconds']:.1f} s"
        print(meta)
        empty = [q for q in queries if not q["judgments"]]
        if empty:
            for system, system_label in SYSTEMS.items():
                if system == "baseline" or system not in first["ranked"]:
                    continue
                padded = [
                    score(queries, r["sets"][name]["ranked"][system])["padded"] for r in results
                ]
                print(
                    f"  {len(empty)} queries no record answers, results returned by "
                    f"{system_label.lower()}: {', '.join(map(str, padded))} (should be 0)"
                )
        print()
        if verbose and name in BLIND:
            print("  (per query: not shown for a set that is never tuned on)\n")
        elif verbose:
            ranked = first["ranked"]
            print(f"  per query ({vendors[0]}): nDCG@10 search / semantic / baseline")
            scores = {s: score(queries, ranked[s])["per_query"] for s in ranked}
            for q in queries:
                if not q["judgments"]:
                    counts = " / ".join(
                        str(len(ranked[s][q["id"]])) for s in ("search", "semantic") if s in ranked
                    )
                    print(
                        f"  {q['id']:<4} {q['query'][:44]:<44} (no answer) {counts} results "
                        "(search / semantic)"
                    )
                    continue
                cells = " ".join(
                    f"{scores[s][q['id']][0]:6.3f}" if s in scores else "     -"
                    for s in ("search", "semantic", "baseline")
                )
                print(f"  {q['id']:<4} {q['query'][:44]:<44} {cells}")
                if scores["search"][q["id"]][0] < 0.8:
                    print("       top (search):", " ".join(ranked["search"][q["id"]][:10]))
            print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sets",
        default=",".join(name for name, (_, path) in SETS.items() if path.exists()),
        help="comma-separated: " + ",".join(SETS),
    )
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="PostgreSQL database URL")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--no-semantic", action="store_true", help="leave out the semantic row")
    parser.add_argument("--verbose", action="store_true", help="print every query")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}; use {', '.join(SETS)}")
    missing = [s for s in sets if not SETS[s][1].exists()]
    if missing:
        parser.error(f"the {missing[0]} set is not in this checkout: {SETS[missing[0]][1]}")

    if args.child:
        json.dump(measure_backend(args.child, sets, not args.no_semantic), sys.stdout)
        return 0

    databases = [f"sqlite:///{Path(tempfile.mkdtemp(prefix='traade-relevance-')) / 'b.sqlite3'}"]
    if args.no_postgres:
        pass
    elif postgres_reachable(args.postgres):
        databases.append(args.postgres)
    else:
        print(f"PostgreSQL is not reachable at {args.postgres}: SQLite only.\n")
    started = time.perf_counter()
    results = [r for r in (run_child(db, sets, not args.no_semantic) for db in databases) if r]
    if not results:
        return 1
    print(f"Relevance bench ({time.perf_counter() - started:.0f} s): nDCG@10 and Recall@10\n")
    report(results, sets, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
