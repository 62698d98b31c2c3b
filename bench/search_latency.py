"""Latency and indexing throughput of the Find search at municipal scale.

Generates a synthetic organisation (default 10,000 units, 50,000 people and 50,000
prøvehandlinger, 1,000 udfordringer) with Danish text drawn from wordfreq's Danish word
list and the development set's vocabulary, indexes it, and runs 500 mixed queries:
real queries from ../shared/eval/queries.json, common and rare single words, two-word
queries, misspellings and half-typed words (as you type). Reports p50/p95/p99 of the
in-process search call (analysis, query, top 10 with snippets and facet counts), of the
whole GET /api/search request, and indexing throughput, beside a baseline: plain SQLite
FTS5 (default unicode61, BM25, snippet()) over the same text.

    .venv/bin/python bench/search_latency.py                         # SQLite
    .venv/bin/python bench/search_latency.py --database postgres://postgres@127.0.0.1:5432/traade_latency
    .venv/bin/python bench/search_latency.py --scale 0.1             # a tenth of the size
    .venv/bin/python bench/search_latency.py --copies 9              # then ~1,000,000 records
    .venv/bin/python bench/search_latency.py --semantic              # also with TRAADE_SEMANTIC
    .venv/bin/python bench/search_latency.py --database postgres://… --scale 9 --no-baseline

`--semantic` times the same queries again with the semantic signal on (every query but
those typed as you go embeds the query and fuses). The
records get random unit vectors as embeddings (embedding 111,000 records with the model
would take hours on this machine; the query side's cost does not depend on what the
vectors say), and each query is embedded by the real model, as in production.

`--copies N` (SQLite) finishes with an estimate for a larger index: it copies the
index's rows N-1 more times (same text, new ids and keys), rebuilds FTS5 and runs the
same queries again. Generating and analysing a million distinct records takes too long
for this machine; the copies keep the vocabulary but multiply every posting list, which
is what makes a large index slow. On PostgreSQL, `--scale 9 --no-baseline` generates and
indexes 999,000 distinct records instead (about 25 minutes on this machine).

The indexing time includes the housekeeping that runs after the rebuild's commit (VACUUM
on PostgreSQL), which is also shown on its own. The database is emptied first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
QUERIES = 500
API_REQUESTS = 200


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)

    def at(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]

    return at(0.50), at(0.95), at(0.99)


def setup_django(database: str | None, reuse: bool = False) -> str:
    if database is None:
        path = Path(tempfile.mkdtemp(prefix="traade-latency-")) / "bench.sqlite3"
        database = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
    os.environ.setdefault("TRAADE_HTTPS", "0")
    # The word search alone; --semantic measures it again with the signal on.
    os.environ.setdefault("TRAADE_SEMANTIC", "0")
    if database.startswith("postgres"):
        from relevance import _ensure_postgres_database

        _ensure_postgres_database(database)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if not reuse:
        call_command("flush", verbosity=0, interactive=False)
    return database


class Vocabulary:
    """Danish words with Zipf-like weights, plus the development set's own words."""

    def __init__(self, rng: random.Random):
        from wordfreq import top_n_list

        from traade.search.analysis import STOPWORDS

        self.rng = rng
        common = [w for w in top_n_list("da", 12000) if w.isalpha() and len(w) > 2]
        data = json.loads((EVAL / "municipality.json").read_text(encoding="utf-8"))
        own = set()
        for section in ("units", "experiments", "challenges"):
            for record in data[section]:
                for value in record.values():
                    text = json.dumps(value, ensure_ascii=False)
                    own.update(w.lower() for w in re.findall(r"[^\W\d_]{4,}", text))
        self.words = [w for w in dict.fromkeys([*common, *sorted(own)]) if w not in STOPWORDS]
        self.weights = [1 / (rank + 10) for rank in range(len(self.words))]
        self.fillers = ["og", "i", "for", "med", "til", "af", "på", "der", "vi", "som"]
        self.domain = sorted(own)

    def words_(self, n: int) -> list[str]:
        """Words as they occur in text: common words often (Zipf)."""
        return self.rng.choices(self.words, weights=self.weights, k=n)

    def query_words(self, n: int) -> list[str]:
        """Words as people search for them: any word of the vocabulary, evenly."""
        return self.rng.sample(self.words, n)

    def sentence(self, n: int) -> str:
        out = []
        for word in self.words_(n):
            out.append(word)
            if self.rng.random() < 0.3:
                out.append(self.rng.choice(self.fillers))
        return " ".join(out).capitalize() + "."

    def phrase(self) -> str:
        return " ".join(self.words_(self.rng.randint(1, 3)))

    def name(self) -> str:
        return " ".join(w.capitalize() for w in self.rng.sample(self.domain, 2))


def generate(scale: float, rng: random.Random) -> dict[str, int]:
    from traade.challenges.models import Challenge
    from traade.directory.models import Area, Person, Task, Unit
    from traade.experiments.models import Experiment

    vocab = Vocabulary(rng)
    n_units = int(10_000 * scale)
    n_people = int(50_000 * scale)
    n_experiments = int(50_000 * scale)
    n_challenges = int(1_000 * scale)
    areas = Area.objects.bulk_create(
        [Area(key=f"a{i}", name=f"{vocab.name()} {i}") for i in range(8)]
    )
    units = Unit.objects.bulk_create(
        [
            Unit(
                key=f"u{i}",
                name=f"{vocab.name()} {i}",
                area=rng.choice(areas),
                description=vocab.sentence(rng.randint(10, 30)),
                knowledge=[vocab.phrase() for _ in range(rng.randint(1, 5))],
                offers=[vocab.sentence(6) for _ in range(rng.randint(0, 2))],
            )
            for i in range(n_units)
        ],
        batch_size=2000,
    )
    Task.objects.bulk_create(
        [
            Task(
                unit=unit,
                title=vocab.sentence(5),
                description=vocab.sentence(15),
                until=None if rng.random() < 0.7 else "2020-01-01",
            )
            for unit in units
            for _ in range(rng.randint(0, 3))
        ],
        batch_size=2000,
    )
    Person.objects.bulk_create(
        [
            Person(
                key=f"p{i}",
                name=f"{vocab.name()} {i}",
                title=vocab.phrase(),
                unit=rng.choice(units),
                expertise=[vocab.phrase() for _ in range(rng.randint(0, 3))],
            )
            for i in range(n_people)
        ],
        batch_size=2000,
    )
    experiments = Experiment.objects.bulk_create(
        [
            Experiment(
                key=f"e{i}",
                title=vocab.sentence(4),
                why=vocab.sentence(rng.randint(10, 25)),
                what=vocab.sentence(rng.randint(15, 40)),
                learning=vocab.sentence(rng.randint(10, 30)),
                status=rng.choice(["idea", "running", "done", "stopped"]),
                result=rng.choice(["worked", "partly", "did_not_work", "unknown"]),
                tags=[vocab.phrase() for _ in range(rng.randint(1, 3))],
            )
            for i in range(n_experiments)
        ],
        batch_size=2000,
    )
    through = Experiment.units.through
    through.objects.bulk_create(
        [
            through(experiment_id=e.pk, unit_id=u.pk)
            for e in experiments
            for u in rng.sample(units, rng.randint(1, 2))
        ],
        batch_size=5000,
    )
    Challenge.objects.bulk_create(
        [
            Challenge(
                key=f"c{i}",
                title=vocab.sentence(5),
                description=vocab.sentence(30),
                unit=rng.choice(units),
            )
            for i in range(n_challenges)
        ],
        batch_size=2000,
    )
    return {
        "units": n_units,
        "people": n_people,
        "experiments": n_experiments,
        "challenges": n_challenges,
    }, vocab


def make_queries(vocab: Vocabulary, rng: random.Random) -> list[tuple[str, bool]]:
    """(query, as_you_type) pairs: a realistic mix."""
    real = [q["query"] for q in json.loads((EVAL / "queries.json").read_text("utf-8"))]
    queries: list[tuple[str, bool]] = []
    for i in range(QUERIES):
        kind = i % 10
        if kind < 3:
            queries.append((rng.choice(real), False))
        elif kind < 6:
            queries.append((vocab.query_words(1)[0], False))
        elif kind < 8:
            queries.append((" ".join(vocab.query_words(2)), False))
        elif kind == 8:
            word = rng.choice([w for w in vocab.words_(20) if len(w) >= 6] or ["hjemmehjælp"])
            j = rng.randrange(len(word) - 1)
            queries.append((word[:j] + word[j + 1] + word[j] + word[j + 2 :], False))
        else:
            word = rng.choice(vocab.domain)
            queries.append((word[: max(3, len(word) // 2)], True))
    return queries


def baseline(documents, queries) -> tuple[float, list[float]]:
    """Plain FTS5: index the same text, query with OR of the words, BM25, snippet()."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, kind UNINDEXED, body)")
    started = time.perf_counter()
    conn.executemany(
        "INSERT INTO docs (key, kind, body) VALUES (?, ?, ?)",
        ((d.key, d.kind, "\n".join(d.fields.values())) for d in documents),
    )
    conn.commit()
    index_seconds = time.perf_counter() - started
    timings = []
    for text, _typing in queries:
        words = re.findall(r"\w+", text)
        expression = " OR ".join(f'"{w}"' for w in words)
        t = time.perf_counter()
        conn.execute(
            "SELECT key, snippet(docs, 2, '<mark>', '</mark>', '…', 24) FROM docs "
            "WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10",
            [expression],
        ).fetchall()
        conn.execute(
            "SELECT kind, count(*) FROM docs WHERE docs MATCH ? GROUP BY kind", [expression]
        ).fetchall()
        timings.append((time.perf_counter() - t) * 1000)
    return index_seconds, timings


def copied_index_run(copies: int, queries) -> tuple[int, float, list[float]]:
    """Multiply the SQLite index by `copies` and time the queries again."""
    from django.db import connection, transaction

    from traade.search.documents import COLUMNS
    from traade.search.engine import run

    columns = "kind, obj_id, key, title, area, status, result, fields, length, " + ", ".join(
        f"t_{c}" for c in COLUMNS
    )
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT max(id), count(*) FROM search_document")
        top, count = cursor.fetchone()
        for i in range(1, copies):
            copied = columns.replace("obj_id", f"obj_id + {i * 100_000_000}").replace(
                "key,", f"key || '~{i}',", 1
            )
            cursor.execute(
                f"INSERT INTO search_document ({columns}) SELECT {copied} "
                f"FROM search_document WHERE id <= {top}"
            )
        cursor.execute(f"UPDATE search_term SET df = df * {copies}")
        cursor.execute(
            f"UPDATE search_state SET doc_count = doc_count * {copies}, "
            f"token_count = token_count * {copies}"
        )
        cursor.execute("DELETE FROM search_facet")
        cursor.execute(
            "INSERT INTO search_facet (id, kind, area, status, result) "
            "SELECT id, kind, area, status, result FROM search_document"
        )
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    seconds = time.perf_counter() - started
    for text, typing in [*queries[:20], ("hjemmehjlæp", False)]:
        run(text, limit=10, prefix=typing)
    timings = []
    for text, typing in queries:
        t = time.perf_counter()
        run(text, limit=10, prefix=typing)
        timings.append((time.perf_counter() - t) * 1000)
    return count * copies, seconds, timings


def semantic_run(queries, client, rng: random.Random) -> None:
    """The same queries with TRAADE_SEMANTIC on: random embeddings for the records, the
    real model for the queries (see the module's docstring)."""
    import numpy as np
    from django.conf import settings
    from django.db import connection, transaction
    from django.utils import timezone

    from traade.search import semantic
    from traade.search.engine import run

    started = time.perf_counter()
    gen = np.random.default_rng(rng.randrange(2**32))
    centre = gen.standard_normal(semantic.DIM).astype(np.float32) * 2
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_embedding")
        cursor.execute("SELECT kind, obj_id FROM search_document")
        keys = cursor.fetchall()
        for start in range(0, len(keys), 5000):
            chunk = keys[start : start + 5000]
            vectors = gen.standard_normal((len(chunk), semantic.DIM)).astype(np.float32) + centre
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            cursor.executemany(
                "INSERT INTO search_embedding (kind, obj_id, digest, vector, updated_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (k, i, "random", semantic.to_bytes(v), now)
                    for (k, i), v in zip(chunk, vectors, strict=True)
                ],
            )
    settings.TRAADE_SEMANTIC = True
    for text, typing in [*queries[:20], ("hjemmehjlæp", False)]:
        run(text, limit=10, prefix=typing)  # loads the model and the embeddings
    prepared = time.perf_counter() - started
    used = 0
    original = semantic.fuse

    def counting_fuse(*args, **kwargs):
        nonlocal used
        used += 1
        return original(*args, **kwargs)

    semantic.fuse = counting_fuse
    timings, api, filled = [], [], []
    for text, typing in queries:
        before = used
        t = time.perf_counter()
        run(text, limit=10, prefix=typing)
        timings.append((time.perf_counter() - t) * 1000)
        if used > before:
            filled.append(timings[-1])
    semantic.fuse = original
    for text, _typing in queries[:API_REQUESTS]:
        t = time.perf_counter()
        response = client.get("/api/search", {"q": text, "limit": 10})
        api.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, response.content
    settings.TRAADE_SEMANTIC = False
    print()
    print(
        f"with the semantic signal ({len(keys):,} random embeddings stored and loaded, the "
        f"model loaded: {prepared:.1f} s); {used} of {len(queries)} queries used it"
    )
    print(f"{'':<44} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for label, samples in (
        ("search() in-process, semantic on", timings),
        ("  only the queries that used it", filled or [0.0]),
        ("GET /api/search, semantic on", api),
    ):
        p50, p95, p99 = percentiles(samples)
        print(f"{label:<44} {p50:8.1f} {p95:8.1f} {p99:8.1f}")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 10,000 units")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the records already in --database"
    )
    parser.add_argument(
        "--copies", type=int, default=0, help="SQLite: then time an index copied N times"
    )
    parser.add_argument(
        "--semantic", action="store_true", help="also time the queries with the semantic signal"
    )
    parser.add_argument(
        "--no-baseline", action="store_true", help="leave out plain FTS5 (slow at --scale 9)"
    )
    args = parser.parse_args()

    database = setup_django(args.database, reuse=args.reuse)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from traade import search
    from traade.search import documents as docs
    from traade.search.backends import get_backend
    from traade.search.engine import run

    rng = random.Random(args.seed)
    started = time.perf_counter()
    if args.reuse:
        from traade.search.indexing import count_records

        vocab = Vocabulary(rng)
        counts = {"records": count_records()}
    else:
        counts, vocab = generate(args.scale, rng)
    if connection.vendor == "postgresql":
        # What autovacuum would have done by the time an index is rebuilt (it is off on
        # the development server): without statistics the document loader's lookups
        # scan whole tables (about a third of a rebuild at 999,000 records).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    generate_seconds = time.perf_counter() - started
    records = sum(counts.values())

    from traade.search.analysis import lexicon

    lexicon()  # loading the word list is start-up, not indexing
    # The housekeeping that runs after the rebuild's commit (VACUUM on PostgreSQL) is
    # part of the time measured; it is also shown on its own.
    backend_class = type(get_backend())
    maintain, after_commit = backend_class.maintain, []

    def timed_maintain(self):
        t = time.perf_counter()
        maintain(self)
        after_commit.append(time.perf_counter() - t)

    backend_class.maintain = timed_maintain
    started, cpu = time.perf_counter(), time.process_time()
    indexed = search.rebuild()
    index_seconds = time.perf_counter() - started
    index_cpu = time.process_time() - cpu
    backend_class.maintain = maintain
    index_load = os.getloadavg()[0]

    queries = make_queries(vocab, rng)
    # Warm the per-process caches: the word list, and the typo vocabulary (loaded once per
    # process and refreshed at most once a minute while the index changes).
    for text, typing in [*queries[:20], ("hjemmehjlæp", False)]:
        run(text, limit=10, prefix=typing)
    timings, cpu_timings = [], []
    for text, typing in queries:
        t, c = time.perf_counter(), time.process_time()
        run(text, limit=10, prefix=typing)
        timings.append((time.perf_counter() - t) * 1000)
        cpu_timings.append((time.process_time() - c) * 1000)

    setup_test_environment()
    user, _ = get_user_model().objects.get_or_create(username="search-bench")
    client = Client()
    client.force_login(user)
    api = []
    for text, _typing in queries[:API_REQUESTS]:
        t = time.perf_counter()
        response = client.get("/api/search", {"q": text, "limit": 10})
        api.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, response.content

    documents, base_index_seconds, base_timings = [], 0.0, []
    if not args.no_baseline:
        documents = [doc for batch in docs.all_documents() for doc in batch]
        base_index_seconds, base_timings = baseline(documents, queries)

    print(f"Search latency bench: {connection.vendor}, {database.split('@')[-1]}")
    print(
        f"records: {records:,} ({', '.join(f'{v:,} {k}' for k, v in counts.items())}); "
        f"generated in {generate_seconds:.0f} s; {QUERIES} queries, seed {args.seed}"
    )
    print()
    print(f"{'':<44} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for label, samples in (
        (f"search() in-process ({connection.vendor})", timings),
        ("  same, CPU time of this process", cpu_timings),
        ("GET /api/search, whole request", api),
        ("baseline: FTS5 default, bm25 + snippet", base_timings),
    ):
        if not samples:
            continue
        p50, p95, p99 = percentiles(samples)
        print(f"{label:<44} {p50:8.1f} {p95:8.1f} {p99:8.1f}")
    print()
    print(f"{'indexing':<44} {'records/s':>10} {'seconds':>8}")
    print(
        f"{'Tråde rebuild (analysis + index)':<44} {indexed / index_seconds:10,.0f} {index_seconds:8.1f}"
    )
    print(f"{'  of which after the commit (housekeeping)':<44} {'':>10} {sum(after_commit):8.1f}")
    print(
        f"{'  same, per second of this process CPU time':<44} "
        f"{indexed / index_cpu:10,.0f} {index_cpu:8.1f}"
    )
    if documents:
        print(
            f"{'baseline: FTS5 default (insert only)':<44} "
            f"{len(documents) / base_index_seconds:10,.0f} {base_index_seconds:8.1f}"
        )
    print(f"load average after the rebuild: {index_load:.1f}")
    print(f"mean search(): {statistics.mean(timings):.1f} ms; slowest:")
    for ms, (text, typing) in sorted(zip(timings, queries, strict=True), key=lambda x: -x[0])[:5]:
        print(f"  {ms:6.1f} ms  {text!r}{' (as you type)' if typing else ''}")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if args.semantic:
        semantic_run(queries, client, rng)
    if args.copies > 1 and connection.vendor == "sqlite":
        total, seconds, copied = copied_index_run(args.copies, queries)
        p50, p95, p99 = percentiles(copied)
        print()
        print(f"estimate: the index copied to {total:,} records (FTS5 rebuilt in {seconds:.0f} s)")
        print(f"{'search() in-process (sqlite)':<44} {p50:8.1f} {p95:8.1f} {p99:8.1f}")
        print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
