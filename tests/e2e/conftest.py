"""Browser journeys: one real server for the session, Debian's Chromium, axe-core.

The server is `traade serve` in a subprocess, on a free local port, against a
throw-away SQLite database in a temporary TRAADE_VAR_DIR with the demo
municipality loaded. The tests talk to it over HTTP only: they must not use
pytest-django's database fixtures.

Chromium is Debian's (`/usr/bin/chromium`, installed by `make system-deps`);
Playwright's own browser download is never used. If Chromium is missing the
tests fail, unless TRAADE_SKIP_BROWSER_TESTS=1 says to skip them on purpose.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .driver import Driver
from .steps import DESKTOP

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
SKIP_ENV = "TRAADE_SKIP_BROWSER_TESTS"
HERE = Path(__file__).resolve().parent
FAILURES = HERE.parents[1] / "var" / "e2e-failures"
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
            "TRAADE_HTTPS": "0",
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
    if os.environ.get("TRAADE_E2E_FALLBACK_SEED"):  # until `traade demo` is finished
        subprocess.run(
            [sys.executable, str(HERE / "seed_fallback.py")], env=env, check=True, timeout=120
        )
    else:
        _run(["demo"], env)


class Server:
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


def launch_chromium(playwright):
    if not Path(CHROMIUM).exists():
        message = (
            f"Chromium is not installed at {CHROMIUM}. The browser tests need Debian's "
            "chromium: run `make system-deps` (apt-get install chromium). "
            f"To skip the browser tests on purpose, set {SKIP_ENV}=1."
        )
        if os.environ.get(SKIP_ENV):
            pytest.skip(message)
        pytest.fail(message, pytrace=False)
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if os.environ.get(SKIP_ENV):
        pytest.skip(f"{SKIP_ENV} is set")
    server = Server(tmp_path_factory.mktemp("e2e"))
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.e2e_failed = report.failed
    return report


@pytest.fixture
def page(request, browser, server):
    expect.set_options(timeout=10_000)
    context = browser.new_context(
        base_url=server.url, viewport=DESKTOP, locale="da-DK", timezone_id="Europe/Copenhagen"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    if getattr(request.node, "e2e_failed", False):
        save_failure(page, request.node.name, server)
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def save_failure(page, name: str, server: Server) -> None:
    """Keep what the browser showed, and the server's log, for whoever reads the failure."""
    folder = FAILURES / re.sub(r"[^\w.-]+", "_", name)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=folder / "page.png", full_page=True)
        (folder / "page.html").write_text(page.content())
    except Exception as error:  # the page may be gone; the report matters more
        (folder / "page-error.txt").write_text(str(error))
    (folder / "server.log").write_text(server.log_tail(200))
    print(f"\nThe page at failure ({page.url}) and the server log are in {folder}")


@pytest.fixture(params=["mouse", "keyboard"])
def driver(request, page):
    """The person's hands: `mouse` clicks; `keyboard` uses only Tab, Shift+Tab, Enter, Space."""
    return Driver(page, request.param)


def pytest_report_header(config):
    found = shutil.which(CHROMIUM) or "missing"
    return f"e2e: chromium {found}"
