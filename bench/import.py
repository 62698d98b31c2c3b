"""Benchmark: `traade import` of a big municipality into SQLite and PostgreSQL.

    .venv/bin/python bench/import.py [--units 50000] [--people 500000] [--no-postgres]

Generates a file in the exchange format (deterministic, in a temporary directory),
then for each database runs, each in a child process on a fresh, migrated database:

- baseline: `json.load` plus a plain `bulk_create` of the same areas, units, tasks
  and people, without validation, history or change detection;
- import: `traade import FILE --no-index` (validation, upsert, history);
- re-import: the same file again into the now full database (everything unchanged).

It prints wall time and peak memory (ru_maxrss of the child) for each. Goal for the
import: under 60 s and under 1 GiB. PostgreSQL is 127.0.0.1:5432, user postgres; the
script creates and drops a throw-away database.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PG_SERVER = "postgres://postgres@127.0.0.1:5432"

FIRST = ["Anne", "Mette", "Lars", "Ole", "Karen", "Søren", "Inge", "Jens", "Hanne", "Bo", "Åse"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Holm", "Berg", "Lund", "Ærø", "Østergaard"]
TITLES = ["Pædagog", "Social- og sundhedsassistent", "Lærer", "Sagsbehandler", "Leder", ""]
PHRASES = ["demens", "velfærdsteknologi", "inklusion", "læsning", "rehabilitering", "KOL"]
KINDS = ["forvaltning", "center", "afdeling", "institution", "team", "stab"]


def generate(path: Path, units: int, people: int) -> None:
    """Write the document one record per line, so generating needs little memory."""
    rng = random.Random(20261124)
    areas = 10
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "traade/1",\n"organisation": {"name": "Benchby Kommune"},\n')
        out.write('"areas": [\n')
        out.write(
            ",\n".join(
                json.dumps({"key": f"a-{i}", "name": f"Fagområde {i}"}) for i in range(areas)
            )
        )
        out.write('],\n"units": [\n')
        area_of = []
        for i in range(units):
            parent = None if i < areas else (i - areas) // 5
            area = i % areas if parent is None else area_of[parent]
            area_of.append(area)
            unit = {
                "key": f"u-{i:06d}",
                "name": f"Enhed {i} {rng.choice(LAST)}",
                "kind": KINDS[min(len(KINDS) - 1, i.bit_length() // 3)],
                "area": f"a-{area}",
            }
            if parent is not None:
                unit["parent"] = f"u-{parent:06d}"
            unit["description"] = f"Enhed nummer {i}, som arbejder med {rng.choice(PHRASES)}."
            unit["email"] = f"enhed{i}@benchby.dk"
            unit["knowledge"] = rng.sample(PHRASES, 2)
            if i % 3 == 0:
                unit["tasks"] = [{"title": f"Opgave for enhed {i}", "until": "2027-06-30"}]
            out.write(("" if i == 0 else ",\n") + json.dumps(unit, ensure_ascii=False))
        out.write('],\n"people": [\n')
        for j in range(people):
            person = {
                "key": f"p-{j:07d}",
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "title": rng.choice(TITLES),
                "unit": f"u-{j % units:06d}",
                "email": f"p{j}@benchby.dk",
                "phone": f"56 {j % 100:02d} {j // 100 % 100:02d} {j // 10000 % 100:02d}",
                "is_leader": j % 25 == 0,
                "expertise": rng.sample(PHRASES, j % 3),
            }
            out.write(("" if j == 0 else ",\n") + json.dumps(person, ensure_ascii=False))
        out.write("]}\n")


def baseline(path: str) -> None:
    """Child process: parse and bulk_create the same rows, no validation and no history."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
    django.setup()
    from django.db import transaction

    from traade.directory.models import Area, Person, Task, Unit

    with open(path, "rb") as handle:
        data = json.load(handle)
    with transaction.atomic():
        areas = Area.objects.bulk_create(
            [Area(key=a["key"], name=a["name"]) for a in data["areas"]]
        )
        area_pk = {a.key: a.pk for a in areas}
        unit_pk: dict[str, int] = {}
        # Parents come before children in the generated file.
        for start in range(0, len(data["units"]), 2000):
            batch = data["units"][start : start + 2000]
            objs = [
                Unit(
                    key=u["key"],
                    name=u["name"],
                    kind=u["kind"],
                    area_id=area_pk[u["area"]],
                    parent_id=unit_pk.get(u.get("parent")),
                    description=u.get("description", ""),
                    email=u.get("email", ""),
                    knowledge=u.get("knowledge", []),
                )
                for u in batch
            ]
            for unit in Unit.objects.bulk_create(objs):
                unit_pk[unit.key] = unit.pk
        Task.objects.bulk_create(
            [
                Task(unit_id=unit_pk[u["key"]], title=t["title"], until=t.get("until"))
                for u in data["units"]
                for t in u.get("tasks", [])
            ],
            batch_size=2000,
        )
        for start in range(0, len(data["people"]), 2000):
            Person.objects.bulk_create(
                [
                    Person(
                        key=p["key"],
                        name=p["name"],
                        title=p.get("title", ""),
                        unit_id=unit_pk[p["unit"]],
                        email=p.get("email", ""),
                        phone=p.get("phone", ""),
                        is_leader=p.get("is_leader", False),
                        expertise=p.get("expertise", []),
                    )
                    for p in data["people"][start : start + 2000]
                ]
            )


def measure(command: list, env: dict) -> tuple[float, float, float]:
    """Run a child; return (wall seconds, its CPU seconds, its peak resident memory in MiB)."""
    global _last_usage
    _last_usage = None
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _stdout, stderr = child.communicate()
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed:\n{stderr.decode()}")
    cpu = _last_usage.ru_utime + _last_usage.ru_stime
    return seconds, cpu, _last_usage.ru_maxrss / 1024


_last_usage = None


def _reap_with_usage() -> None:
    """Make Popen reap its children with wait4, keeping each child's own resource usage."""

    def _try_wait(self, wait_flags):
        global _last_usage
        pid, status, usage = os.wait4(self.pid, wait_flags)
        if pid:
            _last_usage = usage
        return pid, status

    subprocess.Popen._try_wait = _try_wait


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=500_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--baseline", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        baseline(args.baseline)
        return
    _reap_with_usage()

    with tempfile.TemporaryDirectory(prefix="traade-bench-") as tmp:
        tmp = Path(tmp)
        file = tmp / "municipality.json"
        start = time.perf_counter()
        generate(file, args.units, args.people)
        size = file.stat().st_size / 1024 / 1024
        print(
            f"Generated {args.units:,} units and {args.people:,} people: {size:.0f} MB "
            f"in {time.perf_counter() - start:.0f} s"
        )
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "traade.settings",
            "TRAADE_VAR_DIR": str(tmp),
            "TRAADE_MAX_UPLOAD_MB": str(int(size) + 10),
            "PYTHONPATH": str(ROOT),
        }
        env.pop("TRAADE_TESTING", None)
        databases = [("SQLite", "sqlite")]
        if not args.no_postgres:
            databases.append(("PostgreSQL", "postgres"))
        results = []
        for label, engine in databases:
            results.extend(bench_engine(label, engine, file, tmp, env))

    print()
    print("| database | what | wall time (s) | CPU time (s) | peak memory (MiB) |")
    print("| --- | --- | ---: | ---: | ---: |")
    for label, what, seconds, cpu, mib in results:
        print(f"| {label} | {what} | {seconds:.1f} | {cpu:.1f} | {mib:.0f} |")
    print(
        "\nCPU time is the child's own (user + system); the database server's work is in "
        "the wall time only (PostgreSQL runs in its own processes)."
    )


def bench_engine(label: str, engine: str, file: Path, tmp: Path, env: dict) -> list[tuple]:
    import psycopg

    rows = []
    for step in ("baseline", "import"):
        if engine == "sqlite":
            db_file = tmp / f"{step}.sqlite3"
            url = f"sqlite:///{db_file}"
            cleanup = db_file.unlink
        else:
            name = f"traade_bench_{os.getpid()}_{step}"
            with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                conn.execute(f'CREATE DATABASE "{name}"')
            url = f"{PG_SERVER}/{name}"

            def cleanup(name=name):
                with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        step_env = {**env, "DATABASE_URL": url}
        try:
            subprocess.run([BIN / "traade", "migrate", "-v0"], env=step_env, check=True)
            if step == "baseline":
                measured = measure([BIN / "python", __file__, "--baseline", file], step_env)
                rows.append((label, "baseline: json.load + plain bulk_create", *measured))
            else:
                command = [BIN / "traade", "import", file, "--no-index"]
                rows.append((label, "traade import (new database)", *measure(command, step_env)))
                rows.append(
                    (label, "traade import again (all unchanged)", *measure(command, step_env))
                )
            print(f"{label} {step}: done", flush=True)
        finally:
            cleanup()
    return rows


if __name__ == "__main__":
    main()
