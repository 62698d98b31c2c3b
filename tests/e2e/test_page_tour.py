"""A tour of the pages the journeys do not reach, each checked for accessibility.

Pages are reached by following links from a known page, as a person would, so the
tour does not depend on the demo's keys beyond the leader's unit.
"""

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import EMPLOYEE, LEADER, LEADER_UNIT, log_in_quickly

pytestmark = pytest.mark.e2e


def visit(page, path: str, state: str, status: int = 200) -> None:
    if status >= 400:  # the browser reports an error answer on its console
        page.expect_console_error(rf"status of {status}\b")
    response = page.goto(path)
    assert response is not None and response.status == status, (
        f"{path} answered {response and response.status}, not {status}"
    )
    check_a11y(page, state)


def follow(page, link, state: str) -> None:
    with page.expect_navigation():
        link.first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_a11y(page, state)


def test_the_leaders_other_pages_pass_the_checks(page):
    log_in_quickly(page, LEADER)
    unit = f"/enheder/{LEADER_UNIT}/"
    page.goto(unit)
    follow(page, page.get_by_role("link", name="Rediger visitkort"), "unit-edit")
    page.goto(unit)
    follow(page, page.get_by_role("link", name="Se historik over ændringer"), "unit-history")
    page.goto(unit)
    follow(page, page.get_by_role("link", name="forslag fra kollegaer venter"), "suggestion-list")
    page.goto(unit)
    contact = page.get_by_role("region", name="Kontakt")
    follow(page, contact.locator("a[href^='/personer/']"), "person-detail")
    visit(page, "/mig/", "me")
    visit(page, "/log-ud/", "logout-confirm")


def test_the_employees_other_pages_pass_the_checks(page):
    log_in_quickly(page, EMPLOYEE)
    visit(page, "/proevehandlinger/", "experiment-list")
    follow(page, page.locator("main a[href^='/proevehandlinger/e-']"), "experiment-detail")
    visit(page, "/udfordringer/", "challenge-list")
    follow(page, page.locator("main a[href^='/udfordringer/c-']"), "challenge-detail")
    visit(page, "/omraader/", "area-list")
    follow(page, page.locator("main h2 a[href^='/omraader/']"), "area-detail")
    visit(page, "/soeg/hvem-kan-hjaelpe/?need=demens+og+musik", "who-can-help")
    visit(page, "/soeg/?q=", "search-empty")
    visit(page, "/krydstraening/", "crosstraining-list-not-a-member")
    expect(page.get_by_role("main")).to_contain_text("Du er ikke med i en krydstræningsrunde")
    visit(page, "/soeg/?q=xqzzyv", "search-no-results")
    # The error pages people meet: a page that does not exist, and one they may not see.
    visit(page, "/enheder/findes-ikke/", "not-found", status=404)
    # A short page: its footer stays at the bottom of the window, not half-way up.
    bottom = page.evaluate("document.querySelector('.site-footer').getBoundingClientRect().bottom")
    assert bottom >= page.viewport_size["height"] - 1, f"the footer ends at {bottom}px"
    visit(page, "/vedligehold/", "forbidden", status=403)


def test_the_locked_out_page_passes_the_checks(page):
    # A made-up user name, so no journey's log-in is locked.
    page.goto("/log-ind/")
    heading = page.get_by_role("heading", level=1)
    # A failed log-in and the lock-out answer with an error status (the console says so).
    page.expect_console_error(r"status of 4\d\d")
    for _ in range(10):
        page.get_by_label("Brugernavn").fill("ingen-saadan-bruger")
        page.get_by_label("Adgangskode").fill("forkert")
        with page.expect_navigation():
            page.get_by_role("button", name="Log ind").click()
        if heading.inner_text() == "For mange forsøg":
            break
    expect(heading).to_have_text("For mange forsøg")
    check_a11y(page, "locked-out")


def test_asking_for_deletion_and_the_process_leaders_list_pass_the_checks(page, browser, server):
    from .steps import DESKTOP, PROCESS_LEADER, unique

    log_in_quickly(page, EMPLOYEE)
    page.goto("/mig/")
    follow(
        page, page.get_by_role("link", name="Bed om at få dine oplysninger slettet"), "me-delete"
    )
    message = unique("Jeg stopper til sommer")
    page.get_by_label("Besked til procesledere").fill(message)
    with page.expect_navigation():
        page.get_by_role("button", name="Send anmodningen").click()
    expect(page.get_by_role("status")).to_contain_text("Din anmodning er sendt")

    other = browser.new_context(base_url=server.url, viewport=DESKTOP)
    try:
        leader = other.new_page()
        log_in_quickly(leader, PROCESS_LEADER)
        follow(
            leader,
            leader.get_by_role("link", name="bedt om at få sine oplysninger slettet"),
            "deletion-requests",
        )
        expect(leader.get_by_role("region", name="Venter")).to_contain_text(message)
    finally:
        other.close()


def test_the_experiment_portfolio_and_history_pass_the_checks(page):
    from .steps import PROCESS_LEADER

    log_in_quickly(page, PROCESS_LEADER)
    page.goto("/proevehandlinger/")
    follow(page, page.get_by_role("link", name="Porteføljen"), "portfolio-board")
    follow(page, page.get_by_role("link", name="Liste"), "portfolio-list")
    follow(page, page.locator("main th a[href^='/proevehandlinger/e-']"), "experiment-admin")
    experiment = page.url
    follow(page, page.get_by_role("link", name="Rediger"), "experiment-edit")
    page.goto(experiment)
    follow(page, page.get_by_role("link", name="Historik"), "experiment-history")
