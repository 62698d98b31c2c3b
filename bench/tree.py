"""Benchmark: the organisation tree of a big municipality (the import bench's file).

    .venv/bin/python bench/tree.py [--units 50000] [--people 1000]

Generates bench/import.py's file, imports it into a throw-away SQLite database
(`traade import --no-index`), then asks for the tree's parts as a logged-in employee
(Django's test client, no server): the Organisationen page, the same page with one area
opened (`?aaben=`), an area's top units and a unit's children (the htmx parts loaded
when a branch is opened). Prints the median time of 5 and the size of each answer.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"


def _generator():
    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="traade-bench-tree-") as tmp:
        tmp = Path(tmp)
        file = tmp / "municipality.json"
        _generator()(file, args.units, args.people)
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
            "TRAADE_VAR_DIR": str(tmp),
            "TRAADE_SEMANTIC": "0",
            "TRAADE_HTTPS": "0",
        }
        commands = (["migrate", "--noinput"], ["collectstatic", "--noinput"])
        for command in (*commands, ["import", str(file), "--no-index"]):
            subprocess.run([BIN / "traade", *command], env=env, check=True, capture_output=True)
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        measure(args.units)


def measure(units: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "traade.settings")
    django.setup()
    from django.test import Client

    from traade.accounts.models import User
    from traade.directory.models import Area, Unit

    client = Client(HTTP_HOST="localhost")
    client.force_login(User.objects.create_user("bench"))
    area = Area.objects.order_by("key").first()
    top = Unit.objects.filter(area=area, parent__isnull=True).first()
    htmx = {"HTTP_HX_REQUEST": "true"}
    cases = [
        ("Organisationen (/omraader/)", "/omraader/", {}),
        ("one area opened (?aaben=)", f"/omraader/?aaben={area.key}", {}),
        ("an area's top units (htmx)", f"/omraader/{area.key}/enheder/", htmx),
        ("a unit's children (htmx)", f"/enheder/{top.key}/under/", htmx),
    ]
    print(f"{units:,} units in {Area.objects.count()} areas (SQLite)")
    print(f"{'answer':34} {'median ms':>10} {'KB':>8}")
    for label, url, headers in cases:
        times, size = [], 0
        for _ in range(5):
            start = time.perf_counter()
            response = client.get(url, **headers)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            size = len(response.content)
        print(f"{label:34} {statistics.median(times):10.1f} {size / 1024:8.1f}")


if __name__ == "__main__":
    main()
