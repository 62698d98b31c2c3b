"""`make screenshots`: full-page screenshots of the main pages, desktop and mobile width.

Starts the same server as the browser tests (a throw-away demo municipality), logs
in as each role where a page needs it, and saves PNG files under var/screenshots/
as <page>-desktop.png (1280 px) and <page>-mobile.png (390 px). With --docs it also
refreshes the small screenshots the README shows, in docs/screenshots/.

    .venv/bin/python -m tests.e2e.screenshots [--docs] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from .server import CHROMIUM, CHROMIUM_ARGS, Server
from .steps import EMPLOYEE, LEADER, LEADER_UNIT, PROCESS_LEADER, log_in_quickly

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "var" / "screenshots"
DOCS = ROOT / "docs" / "screenshots"
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "mobile": {"width": 390, "height": 844}}

# (name, who is logged in (None: nobody), path)
PAGES = [
    ("login", None, "/log-ind/"),
    ("accessibility", None, "/tilgaengelighed/"),
    ("home-employee", EMPLOYEE, "/"),
    ("search", EMPLOYEE, "/soeg/?q=demens"),
    ("unit", EMPLOYEE, f"/enheder/{LEADER_UNIT}/"),
    ("suggestion-form", EMPLOYEE, f"/enheder/{LEADER_UNIT}/foreslaa/"),
    ("organisation", EMPLOYEE, "/omraader/"),
    ("experiments", EMPLOYEE, "/proevehandlinger/"),
    ("challenges", EMPLOYEE, "/udfordringer/"),
    ("who-can-help", EMPLOYEE, "/soeg/hvem-kan-hjaelpe/?need=musik+for+beboere+med+demens"),
    ("me", EMPLOYEE, "/mig/"),
    ("home-leader", LEADER, "/"),
    ("unit-editor", LEADER, f"/enheder/{LEADER_UNIT}/"),
    ("unit-tasks", LEADER, f"/enheder/{LEADER_UNIT}/opgaver/"),
    ("unit-edit", LEADER, f"/enheder/{LEADER_UNIT}/rediger/"),
    ("home-process-leader", PROCESS_LEADER, "/"),
    ("maintenance", PROCESS_LEADER, "/vedligehold/"),
    ("import", PROCESS_LEADER, "/import/"),
]

# The README's screenshots: the top of the page only (not full page), to stay small.
README_SHOTS = [
    ("home-leader", "desktop"),
    ("unit", "desktop"),
    ("search", "mobile"),
]


def take(server_url: str, only: set[str], docs: bool) -> list[Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for role in dict.fromkeys(who for _, who, _ in PAGES):
            for width_name, viewport in WIDTHS.items():
                context = browser.new_context(
                    base_url=server_url,
                    viewport=viewport,
                    locale="da-DK",
                    timezone_id="Europe/Copenhagen",
                    device_scale_factor=1,
                )
                page = context.new_page()
                if role:
                    log_in_quickly(page, role)
                for name, who, path in PAGES:
                    if who != role or (only and name not in only):
                        continue
                    response = page.goto(path)
                    if response is None or not response.ok:
                        status = response.status if response else "no response"
                        print(f"  {name}: {path} answered {status}")
                    target = OUT / f"{name}-{width_name}.png"
                    page.screenshot(path=target, full_page=True)
                    saved.append(target)
                    if docs and (name, width_name) in README_SHOTS:
                        DOCS.mkdir(parents=True, exist_ok=True)
                        page.screenshot(path=DOCS / f"{name}-{width_name}.png")
                        saved.append(DOCS / f"{name}-{width_name}.png")
                context.close()
        browser.close()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", action="store_true", help="also refresh docs/screenshots/")
    parser.add_argument("--only", nargs="*", default=[], help="only these page names")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Chromium is not installed at {CHROMIUM}: run `make system-deps`.")
    with tempfile.TemporaryDirectory(prefix="traade-screenshots-") as var_dir:
        print("Starting the demo municipality …")
        with Server(Path(var_dir)) as server:
            saved = take(server.url, set(args.only), args.docs)
    for path in saved:
        print(f"  {path.relative_to(ROOT)}  ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
