"""Krydstræning: the process leader creates a round of all the demo's leaders, sees how
good the optimiser's groups are, previews a move by hand, and publishes the round; the
leader of Lindegården sees the group and its visits, dates a visit to another member's
unit today, writes what they learned, and finds it on that unit's visitkort. Each page is
checked with axe."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .driver import Driver
from .steps import LEADER, PROCESS_LEADER, log_in, unique

pytestmark = pytest.mark.e2e


def fill_date(driver: Driver, field, day: datetime.date) -> None:
    """A date field: the mouse fills it; the keyboard types the day, month and year in the
    order the browser's language shows them (day first in Danish, month first in US
    English), moving between the parts with Shift+Tab as a person would to correct it."""
    if driver.keyboard:
        driver.focus(field)
        driver.page.keyboard.type(day.strftime("%d%m%Y"))
        if field.input_value() != day.isoformat():
            driver.page.keyboard.press("Shift+Tab")
            driver.page.keyboard.press("Shift+Tab")
            driver.page.keyboard.type(day.strftime("%m%d%Y"))
    else:
        field.fill(day.isoformat())
    expect(field).to_have_value(day.isoformat())


def log_out(driver: Driver) -> None:
    page = driver.page
    page.goto("/")
    if page.get_by_role("button", name="Menu").is_visible():
        page.get_by_role("button", name="Menu").click()
    driver.follow(page.locator("button", has_text=re.compile("^Log ud")))


def test_a_round_is_formed_published_visited_and_learned_from(driver):
    page = driver.page
    title = unique("Krydstræning i december")
    log_in(driver, PROCESS_LEADER)
    nav = page.get_by_role("navigation", name="Hovedmenu")
    driver.follow(nav.get_by_role("link", name="Krydstræning"))
    check_a11y(page, "crosstraining-list")
    driver.follow(page.get_by_role("link", name="Ny runde"))
    check_a11y(page, "crosstraining-new")

    # A bad group size is refused in Danish, and nothing is created.
    driver.fill(page.get_by_label("Navn på runden"), title)
    driver.fill(page.get_by_label("Personer pr. gruppe (højst)"), "1")
    page.expect_console_error(r"status of 400")
    driver.follow(page.get_by_role("button", name="Opret runden og dan grupperne"))
    expect(page.locator("#id_group_size_errors")).to_have_text(
        "En gruppe skal have mindst 2 personer."
    )
    check_a11y(page, "crosstraining-new-error")
    driver.fill(page.get_by_label("Personer pr. gruppe (højst)"), "4")
    driver.follow(page.get_by_role("button", name="Opret runden og dan grupperne"))

    # The draft: the optimiser's groups and how good they are.
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("status")).to_contain_text("grupper er dannet")
    quality = page.locator("section[aria-labelledby=quality]")
    expect(quality).to_contain_text("Nye par")
    expect(page.get_by_role("heading", name=re.compile(r"^Gruppe 1\b"))).to_be_visible()
    check_a11y(page, "crosstraining-draft")

    # Moving someone by hand shows what it would break before anything is saved.
    first_move = page.locator("select[name=group]").first
    driver.select(first_move, "Gruppe 2")
    preview = page.locator(".move-preview").first
    expect(preview).to_contain_text("gruppe 2")
    check_a11y(page, "crosstraining-draft-preview")

    driver.follow(page.get_by_role("button", name="Offentliggør grupperne"))
    expect(page.get_by_role("status")).to_contain_text("Runden er offentliggjort")
    expect(page.locator("section[aria-labelledby=overview]")).to_contain_text("Besøg gennemført")
    check_a11y(page, "crosstraining-published-overview")

    # The leader sees their group and dates the visit to another member's unit today.
    log_out(driver)
    log_in(driver, LEADER)
    driver.follow(
        page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Krydstræning")
    )
    driver.follow(page.get_by_role("link", name=title))
    mine = page.locator("section[aria-labelledby=mine]")
    expect(mine.get_by_role("heading", level=2)).to_contain_text("Din gruppe")
    expect(mine).to_contain_text("Plejecenter Lindegården")
    check_a11y(page, "crosstraining-my-group")
    today = datetime.date.today()
    # The group's visits: to each member's unit; the leader visits the others.
    visit = mine.locator(".visit").filter(has_not_text="Hos Plejecenter Lindegården").first
    host = visit.locator("strong a").inner_text()
    fill_date(driver, visit.get_by_label(f"Dato for besøget hos {host}"), today)
    driver.follow(visit.get_by_role("button", name="Gem datoen"))
    expect(page.get_by_role("status")).to_contain_text(f"Besøget hos {host} er sat")
    expect(page.locator("a[href$='kalender.ics']")).to_be_visible()
    # No learning to write about one's own unit.
    expect(
        mine.get_by_role("link", name=re.compile("lærte hos Plejecenter Lindegården"))
    ).to_have_count(0)

    # After the visit: what they saw and take home.
    driver.follow(page.get_by_role("link", name=f"Skriv, hvad du lærte hos {host}"))
    check_a11y(page, "crosstraining-learning")
    saw = unique("Beboerne dækker selv bord")
    driver.fill(page.get_by_label("Det så vi"), saw)
    driver.fill(page.get_by_label("Det tager vi med hjem"), "Vi lader beboerne hjælpe mere til.")
    driver.follow(page.get_by_role("button", name="Gem"))
    expect(page.get_by_role("status")).to_contain_text("står nu på visitkortet")
    expect(page.locator("section[aria-labelledby=mine]")).to_contain_text(saw)

    # The learning shows on the host unit's visitkort.
    driver.follow(mine.get_by_role("link", name=host, exact=True).first)
    learned = page.locator("section[aria-labelledby=krydstraening]")
    expect(learned).to_contain_text(saw)
    check_a11y(page, "crosstraining-visitkort")
