"""A unit leader sees colleagues' suggestions on the front page, accepts one with
better wording, declines another with a reason, and edits the unit's tasks."""

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import LEADER, LEADER_UNIT, log_in, suggest_as_employee, unique

pytestmark = pytest.mark.e2e


def test_leader_accepts_a_suggestion_and_edits_the_tasks(driver, browser, server):
    page = driver.page
    accepted = unique("Sansehave for borgere med demens")
    declined = unique("Vi kan låne jer en bus")
    suggest_as_employee(browser, server, LEADER_UNIT, accepted, declined)

    log_in(driver, LEADER)
    pending = page.get_by_role("region", name="Forslag til dine visitkort")
    # Each suggestion is swapped in place when decided: hold on to it by its id.
    first = page.locator("#" + pending.locator("article", has_text=accepted).get_attribute("id"))
    second = page.locator("#" + pending.locator("article", has_text=declined).get_attribute("id"))
    check_a11y(page, "home-leader")

    # Decline without a reason: the form asks for one (in place, without a reload), with
    # a 400 answer, which the browser reports on its console.
    page.expect_console_error(r"status of 400 \(Bad Request\)")
    driver.activate(second.locator("summary"))
    check_a11y(page, "home-leader-suggestion-open")
    driver.activate(second.get_by_role("button", name="Afvis forslaget"))
    expect(second.get_by_role("alert")).to_contain_text("Skriv en kort begrundelse")
    driver.expect_focus_within(second)
    check_a11y(page, "home-leader-decline-error")
    driver.fill(second.get_by_label("Begrundelse for at afvise"), "Vi har ingen bus.")
    driver.activate(second.get_by_role("button", name="Afvis forslaget"))
    expect(second.get_by_role("status")).to_contain_text("Forslaget er afvist")
    driver.expect_focus_within(second)

    # Accept the other with a better wording.
    better = accepted.replace("Sansehave", "Sansehaven")
    driver.activate(first.locator("summary"))
    driver.fill(first.get_by_label("Tekst der kommer på visitkortet"), better)
    driver.activate(first.get_by_role("button", name="Godkend med denne tekst"))
    expect(first.get_by_role("status")).to_contain_text("Forslaget er godkendt")
    driver.expect_focus_within(first)
    check_a11y(page, "home-leader-after-decisions")

    # The visitkort now has it.
    mine = page.get_by_role("region", name="Dine visitkort", exact=True)
    driver.follow(mine.get_by_role("link", name="Plejecenter Lindegården"))
    expect(page.get_by_role("region", name="Særlig viden")).to_contain_text(better)
    check_a11y(page, "unit-detail-editor")

    # Edit the tasks: a new task without a title is refused, then saved with one.
    driver.follow(page.get_by_role("link", name="Rediger opgaver"))
    check_a11y(page, "unit-tasks")
    new_task = page.get_by_role("group", name="Ny opgave", exact=True)
    title = unique("Sansehave-workshop med pårørende")
    driver.fill(new_task.get_by_label("Kort beskrivelse"), "To eftermiddage i haven.")
    driver.follow(page.get_by_role("button", name="Gem opgaver"))
    expect(page.get_by_role("alert")).to_contain_text("Opgaverne blev ikke gemt")
    check_a11y(page, "unit-tasks-errors")
    driver.fill(new_task.get_by_label("Opgave", exact=True), title)
    driver.follow(page.get_by_role("button", name="Gem opgaver"))
    expect(page.get_by_role("status")).to_contain_text("Opgaverne er gemt")
    expect(page.get_by_role("region", name="Aktuelle opgaver")).to_contain_text(title)


def test_leader_adds_several_tasks_reorders_and_ends_one(driver):
    page = driver.page
    log_in(driver, LEADER)
    page.goto(f"/enheder/{LEADER_UNIT}/opgaver/")
    first, second = unique("Fælles aftenvagt"), unique("Sangeftermiddage for pårørende")
    driver.fill(
        page.get_by_role("group", name="Ny opgave", exact=True).get_by_label("Opgave", exact=True),
        first,
    )
    second_form = page.get_by_role("group", name="Ny opgave 2", exact=True)
    driver.fill(second_form.get_by_label("Opgave", exact=True), second)
    driver.fill(second_form.get_by_label("Placering"), "1")  # the second goes on top
    driver.follow(page.get_by_role("button", name="Gem opgaver"))
    expect(page.get_by_role("status")).to_contain_text("Opgaverne er gemt")
    tasks = page.get_by_role("region", name="Aktuelle opgaver")
    expect(tasks.locator("li").first).to_contain_text(second)
    expect(tasks).to_contain_text(first)

    # End the first: it leaves the current tasks, and stays among the ended ones.
    driver.follow(page.get_by_role("link", name="Rediger opgaver"))
    check_a11y(page, "unit-tasks-several")
    driver.check(page.get_by_role("group", name=first).get_by_label("Afslut opgaven nu"))
    driver.follow(page.get_by_role("button", name="Gem opgaver"))
    expect(page.get_by_role("status")).to_contain_text("Opgaverne er gemt")
    current = page.get_by_role("region", name="Aktuelle opgaver").locator(".card-list").first
    expect(current).not_to_contain_text(first)
    expect(page.get_by_role("region", name="Aktuelle opgaver").locator("details")).to_contain_text(
        first
    )
