"""An employee opens the relation map: the graph is drawn from the demo's threads, a click
on a unit opens its visitkort; the same threads as a table; the leader confirms the
collaboration the library declared. A leader declares a new collaboration, the other
unit's leader confirms it, and the thread shows on both visitkort and in the table. A
process leader follows how the threads grew. Every page checked with axe."""

import re

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import (
    LEADER,
    LEADER_UNIT,
    MUSIC_LEADER,
    PROCESS_LEADER,
    SCHOOL_LEADER,
    SCHOOL_LEADER_UNIT,
    log_in,
    log_in_quickly,
    unique,
)

pytestmark = pytest.mark.e2e


def test_the_map_its_table_and_a_confirmed_collaboration(driver):
    page = driver.page
    log_in(driver, LEADER)
    driver.follow(page.get_by_role("link", name="Tråde", exact=True))
    expect(page.locator("#thread-map[data-drawn]")).to_be_attached(timeout=20000)
    check_a11y(page, "threads-map")
    # A click on a unit opens its visitkort.
    page.locator("#thread-map").scroll_into_view_if_needed()
    page.evaluate("window.traadeMap.resize(); window.traadeMap.fit(undefined, 20)")
    position = page.evaluate(
        "(() => { const n = window.traadeMap.nodes()[0]; const p = n.renderedPosition();"
        " return {x: p.x, y: p.y, label: n.data('label')}; })()"
    )
    box = page.locator("#thread-map").bounding_box()
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    expect(page.get_by_role("heading", level=1)).to_have_text(position["label"])

    page.goto(page.url.split("/enheder/")[0] + "/traade/tabel/")
    expect(page.get_by_role("table")).to_be_visible()
    check_a11y(page, "threads-table")

    # The library says it works with the leader's plejecenter; the leader confirms.
    page.goto(page.url.split("/traade/")[0] + "/enheder/u-lindegaarden/")
    waiting = page.locator(".waiting")
    if waiting.count():  # the other run (mouse or keyboard) on this server may have confirmed it
        check_a11y(page, "threads-visitkort-waiting")
        driver.follow(waiting.get_by_role("button", name="Bekræft").first)
        expect(page.get_by_role("status")).to_contain_text("er bekræftet")
    expect(page.locator("#traade")).to_have_text("Tråde")
    expect(page.locator(".unit-threads")).to_contain_text("Hovedbiblioteket")


# Who declares in each variant: the two runs share a server, and a pair of units has one
# collaboration, so each declares its own with the music school (none exists in the demo).
DECLARING = {
    "mouse": (LEADER, LEADER_UNIT, "Plejecenter Lindegården"),
    "keyboard": (SCHOOL_LEADER, SCHOOL_LEADER_UNIT, "Skovlund Østre Skole"),
}
MUSIC_SCHOOL = "Skovlund Musikskole"


def test_a_leader_declares_a_collaboration_and_the_other_units_leader_confirms_it(driver):
    page = driver.page
    username, unit_key, unit_name = DECLARING[driver.mode]
    about = unique("Fællessang på tværs af generationer")

    log_in(driver, username)
    page.goto(f"/enheder/{unit_key}/")
    driver.follow(page.get_by_role("link", name="Vi arbejder sammen med …"))
    check_a11y(page, "collaboration-form")
    # Sent without a partner: the form says what is missing (a 422 answer, which the
    # browser reports on its console).
    page.expect_console_error(r"status of 422")
    driver.follow(page.get_by_role("button", name="Send til bekræftelse"))
    expect(page.locator("#id_partner")).to_have_attribute("aria-invalid", "true")
    check_a11y(page, "collaboration-form-errors")
    partner = page.get_by_label("Vi arbejder sammen med")
    driver.select(partner, f"{MUSIC_SCHOOL} (Kultur, Fritid og Borgerservice)")
    driver.fill(page.get_by_label("Hvad arbejder I sammen om?"), about)
    driver.follow(page.get_by_role("button", name="Send til bekræftelse"))
    expect(page.get_by_role("status")).to_contain_text(
        f"{MUSIC_SCHOOL} bliver bedt om at bekræfte samarbejdet"
    )
    threads = page.get_by_role("region", name="Tråde", exact=True)
    expect(threads).to_contain_text(f"Venter på svar fra: {MUSIC_SCHOOL} (»{about}«)")
    expect(threads.locator(".unit-threads")).not_to_contain_text(about)  # not a thread yet

    # The music school's leader finds the question on the front page and confirms it.
    page.context.clear_cookies()
    log_in(driver, MUSIC_LEADER)
    waiting = page.get_by_role("region", name="Samarbejder, der venter på jeres svar")
    question = waiting.get_by_role("listitem").filter(has_text=about)
    expect(question).to_contain_text(f"{unit_name} siger, at de arbejder sammen med")
    check_a11y(page, "home-collaboration-waiting")
    driver.follow(question.get_by_role("link", name=MUSIC_SCHOOL))
    answer = page.locator(".waiting li").filter(has_text=about)
    check_a11y(page, "threads-visitkort-waiting")
    driver.follow(answer.get_by_role("button", name=f"Bekræft samarbejdet med {unit_name}"))
    expect(page.get_by_role("status")).to_contain_text(f"Samarbejdet med {unit_name} er bekræftet")
    # The thread is on the music school's visitkort, and on the other unit's.
    mine = page.locator(".unit-threads > li").filter(has=page.get_by_role("link", name=unit_name))
    expect(mine).to_contain_text(f"Arbejder sammen: {about}")
    check_a11y(page, "threads-visitkort-confirmed")
    driver.follow(mine.get_by_role("link", name=unit_name))
    expect(page.get_by_role("heading", level=1)).to_have_text(unit_name)
    theirs = page.locator(".unit-threads > li").filter(
        has=page.get_by_role("link", name=MUSIC_SCHOOL)
    )
    expect(theirs).to_contain_text(f"Arbejder sammen: {about}")

    # And in the threads table, the collaborations alone (they fit on one page).
    page.goto("/traade/tabel/")
    driver.select(page.get_by_label("Slags tråd"), "Arbejder sammen")
    driver.follow(page.get_by_role("button", name="Vis"))
    row = page.get_by_role("row").filter(has_text=about)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(unit_name)
    expect(row).to_contain_text(MUSIC_SCHOOL)
    check_a11y(page, "threads-table-collaborations")


def test_a_process_leader_sees_how_the_threads_grew(page):
    log_in_quickly(page, PROCESS_LEADER)
    page.goto("/traade/")
    with page.expect_navigation():
        page.get_by_role("link", name="Sammenhængskraft").click()
    development = page.get_by_role("table", name=re.compile("^Tråde ved udgangen af hvert"))
    expect(development).to_be_visible()
    expect(development.get_by_role("row")).not_to_have_count(1)  # more than the header
    expect(development).to_contain_text("(til i dag)")
    expect(page.get_by_role("img", name=re.compile("^Antal tråde ved udgangen"))).to_be_visible()
    check_a11y(page, "threads-cohesion")
