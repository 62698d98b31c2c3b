"""Soak test: the demo under `traade serve`, 20 clients reading, searching and saving
while `traade import` runs again and again.

    .venv/bin/python bench/soak.py [--minutes 10] [--clients 20] [--database URL]
                                   [--units 5000] [--people 50000]

Sets up a fresh database (SQLite in a temporary directory by default; with
`--database postgres://…/NAME` that database is dropped and created), loads the demo,
generates an exchange file of `--units` units and `--people` people (bench/import.py's
generator; keys of their own, so they do not touch the visitkort the clients save)
and serves the demo with `traade serve`. Then, for `--minutes`:

- one thread runs `traade import FILE` (with the search index) over and over;
- `--clients` threads, each logged in as the demo's process leader, do in a loop:
  50 % read a visitkort, 30 % search, 20 % save a visitkort of their own (each client
  owns different units) with a unique marker in its description.

It reports the answers by status (server errors: 500 must be 0; 503 is the page
"prøv igen om lidt", counted apart), lost writes (every save answered with a
redirect is checked afterwards: its unit's page must show the last marker saved),
the imports (how many, how long, their exit status) and the server's memory (the
resident memory of gunicorn and its workers, sampled every 10 s). Exit status 1 if
there was a 500 or a lost write.
"""

from __future__ import annotations

import argparse
import collections
import html
import http.cookiejar
import importlib.util
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
WORDS = ["demens", "trivsel", "velfærdsteknologi", "læsning", "rehabilitering", "ensomhed"]


def load_generator():
    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def traade(env, *args, **kwargs):
    return subprocess.run([str(BIN / "traade"), *args], env=env, check=True, **kwargs)


def fresh_postgres(url: str) -> None:
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


class Client:
    """A logged-in browser: cookies, the CSRF token, a status count per kind of request."""

    def __init__(self, base: str, username: str, password: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )
        self.get("/log-ind/")
        self.post("/log-ind/", {"username": username, "password": password})

    def csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        if data is not None:
            request.add_header("Referer", self.base + path)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")
        except OSError as error:  # refused, reset, timed out
            return f"error: {type(error).__name__}", ""

    def get(self, path):
        return self.request(path)

    def post(self, path, data):
        return self.request(path, {**data, "csrfmiddlewaretoken": self.csrf()})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


FIELD = re.compile(r"<(input|textarea)\b([^>]*)>(?:([^<]*)</textarea>)?", re.S)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def form_values(page: str) -> dict[str, str]:
    """The named inputs and text areas of the first form with method post on the page."""
    values = {}
    for tag, attributes, text in FIELD.findall(page):
        attrs = dict(ATTRIBUTE.findall(attributes))
        if "name" not in attrs or attrs.get("type") in ("submit", "checkbox", "file"):
            continue
        value = text if tag == "textarea" else attrs.get("value", "")
        values[attrs["name"]] = html.unescape(value.strip("\n") if tag == "textarea" else value)
    return values


def client_loop(client, number, units, deadline, stats, saved, lock):
    rng = random.Random(number)
    mine = units[number :: stats["clients"]]
    sequence = 0
    while time.monotonic() < deadline:
        roll = rng.random()
        if roll < 0.5:
            kind, (status, _page) = "read", client.get(f"/enheder/{rng.choice(units)}/")
        elif roll < 0.8:
            query = urllib.parse.quote(rng.choice(WORDS))
            kind, (status, _page) = "search", client.get(f"/soeg/?q={query}")
        else:
            kind, key = "save", rng.choice(mine)
            status, page = client.get(f"/enheder/{key}/rediger/")
            if status == 200:
                sequence += 1
                marker = f"soak-{number}-{sequence}"
                values = form_values(page)
                values.pop("csrfmiddlewaretoken", None)
                values["description"] = f"Gemt af soak-testen: {marker}."
                status, _page = client.post(f"/enheder/{key}/rediger/", values)
                if status == 302:
                    with lock:
                        saved[key] = marker
        with lock:
            stats["answers"][kind][status] += 1


def import_loop(env, path, deadline, imports):
    while time.monotonic() < deadline:
        started = time.monotonic()
        result = subprocess.run(
            [str(BIN / "traade"), "import", str(path)], env=env, capture_output=True, text=True
        )
        imports.append((time.monotonic() - started, result.returncode, result.stderr[-300:]))


def memory_of(pid: int) -> int:
    """Resident memory (KiB) of a process and its children."""
    total = 0
    children = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True
    ).stdout.split()
    for process in [pid, *map(int, children)]:
        try:
            status = Path(f"/proc/{process}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+)", status)
        total += int(match.group(1)) if match else 0
    return total


def wait_for_server(base: str, server, log_path) -> None:
    """Wait up to a minute for `traade serve` to answer; stop it and exit if it does not."""
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/log-ind/", timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    server.terminate()
    sys.exit(f"the server did not start; see {log_path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--database", help="postgres://…/NAME (dropped and created)")
    parser.add_argument("--units", type=int, default=5000)
    parser.add_argument("--people", type=int, default=50000)
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="traade-soak-"))
    database = options.database or f"sqlite:///{work / 'traade.sqlite3'}"
    if database.startswith("postgres"):
        fresh_postgres(database)
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "TRAADE_DEMO": "1",
        "TRAADE_SEMANTIC": "0",
        "TRAADE_VAR_DIR": str(work),
        "TRAADE_LOGIN_THROTTLING": "0",
        "TRAADE_LOG_LEVEL": "WARNING",
    }
    print(f"Setting up {database.split('://')[0]} in {work} …", flush=True)
    traade(env, "migrate", "-v0")
    traade(env, "demo", stdout=subprocess.DEVNULL)
    export = json.loads(traade(env, "export", capture_output=True, text=True).stdout)
    units = [unit["key"] for unit in export["units"]]
    big = work / "import.json"
    load_generator()(big, options.units, options.people)
    print(f"Import file: {big.stat().st_size / 1e6:.1f} MB", flush=True)

    port = free_port()
    log = open(work / "serve.log", "w")
    server = subprocess.Popen(
        [str(BIN / "traade"), "serve", "--port", str(port)], env=env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    wait_for_server(base, server, work / "serve.log")

    stats = {
        "clients": options.clients,
        "answers": collections.defaultdict(collections.Counter),
    }
    saved: dict[str, str] = {}
    imports: list = []
    lock = threading.Lock()
    deadline = time.monotonic() + options.minutes * 60
    memory = [(0.0, memory_of(server.pid))]
    threads = [threading.Thread(target=import_loop, args=(env, big, deadline, imports))]
    # Logged in one after the other: the demo's first log-in upgrades the password hash,
    # which ends the sessions of log-ins made at the same moment.
    clients = [Client(base, "procesleder", "demo") for _ in range(options.clients)]
    threads += [
        threading.Thread(target=client_loop, args=(client, n, units, deadline, stats, saved, lock))
        for n, client in enumerate(clients)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        time.sleep(10)
        memory.append((time.monotonic() - started, memory_of(server.pid)))
    for thread in threads:
        thread.join()

    checker = Client(base, "procesleder", "demo")
    lost = [
        key for key, marker in saved.items() if marker not in checker.get(f"/enheder/{key}/")[1]
    ]
    server.terminate()
    server.wait(30)
    log.close()

    answers = stats["answers"]
    print(f"\n{options.clients} clients for {options.minutes:g} minutes, {database.split(':')[0]}")
    print("\n| request | answers | by status |\n| --- | ---: | --- |")
    for kind in ("read", "search", "save"):
        counts = answers[kind]
        shown = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items(), key=str))
        print(f"| {kind} | {sum(counts.values())} | {shown} |")
    errors = sum(c[500] for c in answers.values())
    busy = sum(c[503] for c in answers.values())
    failed = sum(n for c in answers.values() for s, n in c.items() if isinstance(s, str))
    print(f"\nserver errors (500): {errors}; busy pages (503): {busy}; no answer: {failed}")
    print(f"saves checked afterwards: {len(saved)} units, lost writes: {len(lost)} {lost[:5]}")
    durations = [d for d, code, _ in imports if code == 0]
    codes = collections.Counter(code for _, code, _ in imports)
    print(
        f"imports: {len(imports)} (exit status {dict(codes)}), "
        + (f"{min(durations):.0f}–{max(durations):.0f} s each" if durations else "none finished")
    )
    for _duration, code, stderr in imports:
        if code != 0:
            print(f"  import failed: {stderr.strip()}")
    print("\nserver memory (gunicorn and workers, MiB):")
    print(
        "  "
        + ", ".join(
            f"{t / 60:.1f} min: {kib / 1024:.0f}" for t, kib in memory[:: max(1, len(memory) // 12)]
        )
    )
    print(f"  max {max(k for _, k in memory) / 1024:.0f}, at the end {memory[-1][1] / 1024:.0f}")
    print(f"server log: {work / 'serve.log'}")
    return 1 if errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())
