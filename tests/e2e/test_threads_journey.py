"""An employee opens the relation map: the graph is drawn from the demo's threads, a click
on a unit opens its visitkort; the same threads as a table; the leader confirms the
collaboration the library declared. Every page checked with axe."""

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import LEADER, log_in

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
