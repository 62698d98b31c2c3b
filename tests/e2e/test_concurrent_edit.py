"""Two editors have the same visitkort open: the second to save sees both versions,
chooses, and nothing the first saved is lost."""

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import DESKTOP, LEADER, LEADER_UNIT, PROCESS_LEADER, log_in, log_in_quickly, unique

pytestmark = pytest.mark.e2e


def test_the_second_editor_sees_both_versions_and_keeps_both_changes(driver, browser, server):
    page = driver.page
    edit_url = f"/enheder/{LEADER_UNIT}/rediger/"
    log_in(driver, LEADER)
    page.goto(edit_url)  # B opens the form…

    # …then A, a process leader in another browser, saves a new description.
    description = unique("Lindegården er et plejecenter med sansehave og 60 boliger.")
    other = browser.new_context(base_url=server.url, viewport=DESKTOP)
    try:
        other_page = other.new_page()
        log_in_quickly(other_page, PROCESS_LEADER)
        other_page.goto(edit_url)
        other_page.get_by_label("Beskrivelse").fill(description)
        other_page.get_by_role("button", name="Gem visitkort").click()
        expect(other_page.get_by_role("status")).to_contain_text("Visitkortet er gemt")
    finally:
        other.close()

    # B changes only the phone number and saves: nothing is saved, both versions shown
    # (with 409 Conflict, which the browser reports on its console).
    page.expect_console_error(r"status of 409 \(Conflict\)")
    phone = unique("56 20")[:50]
    driver.fill(page.get_by_label("Telefon"), phone)
    driver.follow(page.get_by_role("button", name="Gem visitkort"))
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Nogen har gemt ændringer, mens du redigerede")
    expect(page.locator(".conflict")).to_contain_text(description)
    saved = page.get_by_role("group", name="Hvilken version skal gemmes?")
    expect(saved.get_by_label("Brug den gemte version")).to_be_checked()
    check_a11y(page, "unit-edit-conflict")

    # B keeps the saved description and sends again: both changes are on the visitkort.
    driver.follow(page.get_by_role("button", name="Gem visitkort"))
    expect(page.get_by_role("status")).to_contain_text("Visitkortet er gemt")
    expect(page.get_by_text(description)).to_be_visible()
    expect(page.get_by_text(phone)).to_be_visible()
