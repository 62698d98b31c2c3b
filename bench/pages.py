"""Benchmark: the main pages' throughput beside a plain page, in one run.

    .venv/bin/python bench/pages.py [--seconds 10] [--clients 8] [--workers N]

Loads the demo into a throw-away SQLite database, serves it with `traade serve` and,
for each page in turn, lets `--clients` threads (each logged in as the demo's
`medarbejder`, one HTTP connection per request) ask for it as fast as they can for
`--seconds`. Prints requests per second, p50 and p99 latency and the throughput as a
share of the plain page's (the accessibility statement: a template and no database
work beyond the session). The goal (issue #12): the visitkort, the front page and the
search page at least half the plain page's throughput.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PAGES = [
    ("plain page (tilgængelighedserklæring)", "/tilgaengelighed/"),
    ("visitkort (Plejecenter Lindegården)", "/enheder/u-lindegaarden/"),
    ("front page", "/"),
    ("search (demens)", "/soeg/?q=demens"),
    ("organisation", "/omraader/"),
]


def _soak():
    spec = importlib.util.spec_from_file_location("bench_soak", ROOT / "bench" / "soak.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hammer(clients, path: str, seconds: float) -> tuple[int, list[float], int]:
    """(answers, latencies in ms, answers that were not 200) for `seconds`."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def loop(client):
        mine, bad = [], 0
        while time.monotonic() < deadline:
            start = time.perf_counter()
            status, _body = client.get(path)
            mine.append((time.perf_counter() - start) * 1000)
            bad += status != 200
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=loop, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), latencies, failures[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, help="gunicorn workers (traade serve's default)")
    options = parser.parse_args()
    soak = _soak()
    work = Path(tempfile.mkdtemp(prefix="traade-pages-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{work / 'traade.sqlite3'}",
        "TRAADE_DEMO": "1",
        "TRAADE_SEMANTIC": "0",
        "TRAADE_VAR_DIR": str(work),
        "TRAADE_LOGIN_THROTTLING": "0",
        "TRAADE_LOG_LEVEL": "WARNING",
    }
    soak.traade(env, "migrate", "-v0")
    soak.traade(env, "demo", stdout=subprocess.DEVNULL)
    port = soak.free_port()
    command = [str(BIN / "traade"), "serve", "--port", str(port), "--no-control-socket"]
    if options.workers:
        command += ["--workers", str(options.workers)]
    log = open(work / "serve.log", "w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        soak.wait_for_server(base, server, work / "serve.log")
        # One after the other: the first log-in upgrades the demo's password hash.
        clients = [soak.Client(base, "medarbejder", "demo") for _ in range(options.clients)]
        for _label, path in PAGES:  # warm up: the first search of a day does more
            clients[0].get(path)
        print(
            f"{options.clients} clients, {options.seconds:g} s per page, SQLite, "
            f"traade serve{f' --workers {options.workers}' if options.workers else ''}\n"
        )
        print("| page | requests/s | p50 ms | p99 ms | share of plain | not 200 |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        plain = None
        for label, path in PAGES:
            count, latencies, failures = hammer(clients, path, options.seconds)
            rate = count / options.seconds
            plain = plain or rate
            cuts = statistics.quantiles(latencies, n=100)
            print(
                f"| {label} | {rate:.0f} | {cuts[49]:.0f} | {cuts[98]:.0f} | "
                f"{rate / plain:.0%} | {failures} |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(30)
        log.close()


if __name__ == "__main__":
    main()
