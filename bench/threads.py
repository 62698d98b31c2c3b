"""Time the cohesion figures and the relation map's data on generated municipalities.

    DATABASE_URL=sqlite:///var/bench-threads.sqlite3 .venv/bin/python bench/threads.py [--big]

Builds units and reasons directly in a throwaway SQLite database (its URL from
DATABASE_URL; the file is emptied first), then times `figures.current()` (load the graph
from the database, networkx figures), `mapdata.map_data()` (the JSON the map draws) and
`timeline.current()` (the development over time on the cohesion page), the same
functions the pages and `traade threads --json` use. Peak memory by tracemalloc.
"""

import datetime
import os
import random
import sys
import time
import tracemalloc

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
os.environ.setdefault("DATABASE_URL", "sqlite:///var/bench-threads.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from traade.directory.models import Area, Unit  # noqa: E402
from traade.threads import figures, mapdata, timeline  # noqa: E402
from traade.threads.models import Reason  # noqa: E402

TODAY = datetime.date(2026, 12, 2)
HISTORY_DAYS = 700  # the reasons are dated in the last 700 days: eight quarters


def build(units: int, threads: int, seed: int = 14) -> None:
    rng = random.Random(seed)
    dates = random.Random(seed + 1)  # a stream of its own: the same pairs as before
    Reason.objects.all().delete()
    Unit.objects.all().delete()
    Area.objects.all().delete()
    areas = Area.objects.bulk_create([Area(key=f"a{i}", name=f"Område {i}") for i in range(8)])
    Unit.objects.bulk_create(
        [Unit(key=f"u{i:06d}", name=f"Enhed {i}", area=areas[i % 8]) for i in range(units)],
        batch_size=5000,
    )
    ids = list(Unit.objects.values_list("pk", flat=True))
    seen = set()
    rows = []
    while len(seen) < threads:
        a, b = rng.sample(ids, 2)
        pair = (min(a, b), max(a, b))
        if pair in seen:
            continue
        seen.add(pair)
        rows.append(
            Reason(
                unit_a_id=pair[0],
                unit_b_id=pair[1],
                kind="collaboration",
                source=f"b{len(seen)}",
                date=TODAY - datetime.timedelta(days=dates.randrange(HISTORY_DAYS)),
                label="Arbejder sammen",
            )
        )
        if len(rows) == 20000:
            Reason.objects.bulk_create(rows)
            rows = []
    Reason.objects.bulk_create(rows)


def timed(fn):
    """Seconds from a plain run; peak Python memory from a second run under tracemalloc
    (which slows a run down several times, so it is not timed)."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, seconds, peak / 1e6


def main() -> None:
    call_command("migrate", verbosity=0)
    sizes = [(2_000, 50_000)] + ([(50_000, 1_000_000)] if "--big" in sys.argv else [])
    print(
        f"{'units':>7} {'threads':>9} | {'figures s':>9} {'peak MB':>8} {'sample':>6} | "
        f"{'map data s':>10} {'peak MB':>8} | {'development s':>13} {'peak MB':>8}"
    )
    for units, threads in sizes:
        build(units, threads)
        found, f_s, f_mb = timed(figures.current)
        data, m_s, m_mb = timed(mapdata.map_data)
        periods, t_s, t_mb = timed(lambda: timeline.current(today=TODAY))
        assert found.threads == threads and len(data["edges"]) == threads
        assert periods[-1].threads == threads and len(periods) == timeline.PERIODS
        print(
            f"{units:>7} {threads:>9} | {f_s:>9.2f} {f_mb:>8.0f} "
            f"{found.betweenness_sample or 'exact':>6} | {m_s:>10.2f} {m_mb:>8.0f} | "
            f"{t_s:>13.2f} {t_mb:>8.0f}"
        )
    connection.close()


if __name__ == "__main__":
    main()
