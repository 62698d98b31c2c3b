"""The app under test: `traade serve` in a subprocess with the demo municipality,
and how to launch Debian's Chromium. Shared by the tests and `make screenshots`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = os.environ.get("TRAADE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]
HERE = Path(__file__).resolve().parent
TRAADE = Path(sys.executable).with_name("traade")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(var_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TRAADE_TESTING", "TRAADE_DEBUG", "TRAADE_SECRET_KEY", "PYTEST_CURRENT_TEST"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "traade.settings",
            "TRAADE_VAR_DIR": str(var_dir),
            "DATABASE_URL": f"sqlite:///{var_dir / 'e2e.sqlite3'}",
            "TRAADE_DEMO": "1",
            # The semantic signal's embeddings would appear while the journeys run and
            # change short result lists under them; its own tests are in traade/search.
            "TRAADE_SEMANTIC": "0",
            "TRAADE_HTTPS": "0",
            # Every journey suggests as the same demo employee, several a minute.
            "TRAADE_SUGGESTIONS_PER_MINUTE": "0",
            "TRAADE_LOG_LEVEL": "WARNING",
        }
    )
    return env


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(
        [str(TRAADE), *args], env=env, capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"`traade {' '.join(args)}` failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )


def prepare_database(env: dict[str, str]) -> None:
    """Migrate the throw-away database and load the demo municipality."""
    _run(["migrate", "--noinput"], env)
    _run(["demo"], env)


class Server:
    """`traade serve` on a free port against a fresh demo database in `var_dir`."""

    def __init__(self, var_dir: Path):
        self.var_dir = var_dir
        self.env = server_env(var_dir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(var_dir / "server.log", "w")  # noqa: SIM115
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        prepare_database(self.env)
        self.process = subprocess.Popen(
            [str(TRAADE), "serve", "--port", str(self.port), "--workers", "2"],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"`traade serve` stopped:\n{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url + "/log-ind/", timeout=2).close()
                return
            except urllib.error.HTTPError:
                return  # it answers; the page itself is the tests' business
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"`traade serve` did not answer within 60 s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        self.log.flush()
        text = (self.var_dir / "server.log").read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()
        self.log.close()

    def __enter__(self) -> Server:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
