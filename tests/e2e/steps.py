"""Steps shared by the journeys, and what they know about the demo municipality."""

from __future__ import annotations

import re
import secrets

from playwright.sync_api import expect

from .a11y import check_a11y
from .driver import Driver

# The demo municipality (traade/demo): log-ins and the units they belong to.
EMPLOYEE = "medarbejder"
LEADER = "leder"
PROCESS_LEADER = "procesleder"
SCHOOL_LEADER = "skoleleder"  # a leader in another area (Børn og Unge)
MUSIC_LEADER = "musikskoleleder"  # a leader in a third area (Kultur, Fritid og Borgerservice)
LEADER_UNIT = "u-lindegaarden"
SCHOOL_LEADER_UNIT = "u-oestre-skole"
PASSWORD = "demo"

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def unique(prefix: str) -> str:
    """A text no other test writes, so journeys do not depend on each other's order."""
    return f"{prefix} {secrets.token_hex(3)}"


def log_in(driver: Driver, username: str) -> None:
    """Open the log-in page and log in; ends on the front page."""
    page = driver.page
    page.goto("/log-ind/")
    check_a11y(page, "login")
    driver.fill(page.get_by_label("Brugernavn"), username)
    driver.fill(page.get_by_label("Adgangskode"), PASSWORD)
    driver.follow(page.get_by_role("button", name="Log ind"))
    # Logged in (on a phone the button is in the folded menu, so not necessarily visible).
    expect(page.locator("button", has_text=re.compile("^Log ud"))).to_have_count(1)


def suggest_as_employee(browser, server, unit_key: str, *texts: str) -> None:
    """A colleague suggests each of `texts` to a unit (set-up for the leader's journey)."""
    context = browser.new_context(base_url=server.url, viewport=DESKTOP)
    try:
        page = context.new_page()
        log_in_quickly(page, EMPLOYEE)
        for text in texts:
            page.goto(f"/enheder/{unit_key}/foreslaa/")
            page.get_by_label("Dit forslag").fill(text)
            page.get_by_role("button", name="Send forslaget").click()
            expect(page.get_by_role("status")).to_contain_text("Tak for dit forslag")
    finally:
        context.close()


def log_in_quickly(page, username: str) -> None:
    page.goto("/log-ind/")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    # Logged in (on a phone the button is in the folded menu, so not necessarily visible).
    expect(page.locator("button", has_text=re.compile("^Log ud"))).to_have_count(1)


def unfold(driver: Driver, details, state: str) -> None:
    """Open a <details> by its summary, and check the page as it is then."""
    driver.activate(details.locator("> summary"))
    expect(details).to_have_attribute("open", "")
    check_a11y(driver.page, state)


def open_first_unit(driver: Driver, within) -> str:
    """Follow the first link to a visitkort in `within`; returns the unit's name."""
    # Not a task's link (the unit's page at the task, "#opgave-…"): its text is the task's.
    link = within.locator("a[href^='/enheder/']:not([href*='#'])").first
    name = link.inner_text().strip()
    driver.follow(link)
    expect(driver.page.get_by_role("heading", level=1)).to_have_text(name)
    return name
