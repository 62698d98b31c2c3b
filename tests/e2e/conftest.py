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
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from .driver import Driver
from .server import CHROMIUM, CHROMIUM_ARGS, Server
from .steps import DESKTOP

SKIP_ENV = "TRAADE_SKIP_BROWSER_TESTS"
# Generous: a 2-core machine running other tests at the same time is slow, not broken.
TIMEOUT_MS = 15_000
FAILURES = Path(__file__).resolve().parents[2] / "var" / "e2e-failures"
# htmx reports a request it cancelled itself as an error (the live search's
# hx-sync="…:replace" when the person types on: "htmx:sendAbort", and the
# "htmx:afterRequest" that goes with it). That is the search working as meant; a failed
# request ("htmx:sendError", "htmx:timeout", "htmx:responseError") still counts.
BENIGN_CONSOLE_ERRORS = re.compile(r"^htmx:(sendAbort|afterRequest)\b")


@pytest.fixture(scope="session")
def browser():
    if os.environ.get(SKIP_ENV):
        pytest.skip(f"{SKIP_ENV} is set: the browser tests are skipped on purpose")
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. The browser tests need Debian's "
            "chromium: run `make system-deps` (apt-get install chromium). "
            f"To skip the browser tests on purpose, set {SKIP_ENV}=1.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(browser, tmp_path_factory):
    shutil.rmtree(FAILURES, ignore_errors=True)  # only this run's failures are kept
    with Server(tmp_path_factory.mktemp("e2e")) as server:
        yield server


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.e2e_failed = report.failed
    return report


@pytest.fixture
def page(request, browser, server):
    expect.set_options(timeout=TIMEOUT_MS)
    context = browser.new_context(
        base_url=server.url, viewport=DESKTOP, locale="da-DK", timezone_id="Europe/Copenhagen"
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Any error on the console fails the test: what the Content-Security-Policy blocked
    # (an inline style, a script), htmx's own errors (htmx:oobErrorNoTarget,
    # htmx:syntax:error, a failed request), a missing file. A test that provokes an
    # error answer on purpose (a 409, a 400) says so with `page.expect_console_error`.
    expected: list[re.Pattern] = [BENIGN_CONSOLE_ERRORS]
    page.expect_console_error = lambda pattern: expected.append(re.compile(pattern))

    def on_console(message):
        if message.type != "error":
            return
        if not any(pattern.search(message.text) for pattern in expected):
            errors.append(message.text)

    page.on("console", on_console)
    yield page
    if getattr(request.node, "e2e_failed", False):
        save_failure(page, request.node.name, server)
    context.close()
    assert not errors, f"Errors on the browser's console: {errors}"


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
