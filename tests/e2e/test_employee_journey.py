"""An employee logs in, searches for a kind of knowledge, opens a visitkort and
suggests a correction; then finds a unit in the organisation tree."""

import re

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import EMPLOYEE, PASSWORD, PHONE, log_in, open_first_unit, unfold, unique

pytestmark = pytest.mark.e2e


def test_employee_finds_knowledge_and_suggests_a_correction(driver):
    page = driver.page
    page.goto("/log-ind/")
    check_a11y(page, "login")

    # A mistyped password first: the form says so, and stays accessible.
    driver.fill(page.get_by_label("Brugernavn"), EMPLOYEE)
    driver.fill(page.get_by_label("Adgangskode"), "forkert")
    driver.follow(page.get_by_role("button", name="Log ind"))
    expect(page.get_by_role("alert")).to_contain_text("forkert")
    check_a11y(page, "login-error")

    driver.fill(page.get_by_label("Adgangskode"), PASSWORD)
    driver.follow(page.get_by_role("button", name="Log ind"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hvem ved noget om det?")
    check_a11y(page, "home-employee")

    # Search for a kind of knowledge from the front page.
    driver.fill(page.get_by_role("searchbox", name="Søg i Tråde"), "demens")
    # The best results show up under the box while typing.
    expect(page.get_by_role("link", name="Se alle resultater")).to_be_visible()
    check_a11y(page, "home-search-preview")
    driver.follow(page.get_by_role("search").get_by_role("button", name="Søg"))
    expect(page).to_have_url(re.compile(r"/soeg/\?q=demens"))
    check_a11y(page, "search-results")
    # The current tasks that match come first, each with its unit.
    now = page.get_by_role("region", name="Arbejder med det lige nu")
    expect(now.get_by_role("listitem").first).to_be_visible()
    filters = page.locator("details", has=page.locator("summary", has_text="Afgræns søgningen"))
    unfold(driver, filters, "search-filters-open")
    # No status filter for all types; choosing a type brings its own statuses.
    expect(filters.get_by_label("Status")).to_have_count(0)
    driver.select(filters.get_by_label("Type"), "Prøvehandlinger")
    expect(filters.get_by_label("Status")).to_contain_text("I gang")
    expect(filters.get_by_label("Resultat")).to_be_visible()
    driver.select(filters.get_by_label("Status"), "Afsluttet")
    expect(page).to_have_url(re.compile(r"kind=experiment.*status=done"))
    expect(page.locator("#hits-heading")).to_be_visible()
    check_a11y(page, "search-experiment-statuses")
    driver.select(filters.get_by_label("Type"), "Udfordringer")
    expect(filters.get_by_label("Status")).to_contain_text("Åben")
    expect(filters.get_by_label("Resultat")).to_have_count(0)
    driver.select(filters.get_by_label("Type"), "Alle typer")
    expect(filters.get_by_label("Status")).to_have_count(0)
    expect(page.locator("#hits-heading")).to_be_visible()

    # Open the first visitkort in the results.
    unit_name = open_first_unit(driver, page.get_by_role("main"))
    check_a11y(page, "unit-detail")

    # Suggest a correction: first without text (the form explains), then properly.
    driver.follow(page.get_by_role("link", name="Foreslå en rettelse"))
    check_a11y(page, "suggestion-form")
    driver.follow(page.get_by_role("button", name="Send forslaget"))
    expect(page.get_by_role("alert")).to_contain_text("Formularen blev ikke gemt")
    expect(page.get_by_text("Skriv dit forslag.")).to_be_visible()
    check_a11y(page, "suggestion-form-errors")

    text = unique("Telefonnummeret er skiftet til 56 20 30 99")
    driver.check(page.get_by_label("Anden rettelse"))
    driver.fill(page.get_by_label("Dit forslag"), text)
    driver.fill(page.get_by_label("Hvorfor?"), "Jeg ringede i går.")
    driver.follow(page.get_by_role("button", name="Send forslaget"))
    expect(page.get_by_role("status")).to_contain_text("Tak for dit forslag")
    expect(page.get_by_role("heading", level=1)).to_have_text(unit_name)
    check_a11y(page, "unit-detail-after-suggestion")


def test_employee_finds_a_unit_in_the_organisation_tree(driver):
    page = driver.page
    log_in(driver, EMPLOYEE)
    driver.follow(
        page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Organisationen")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Organisationen")
    check_a11y(page, "area-list")

    # Unfold the first area that is folded, and follow a unit in it.
    folded = page.evaluate("[...document.querySelectorAll('main details')].findIndex(d => !d.open)")
    details = page.locator("main details").nth(folded)
    unfold(driver, details, "area-list-expanded")
    open_first_unit(driver, details)


def test_employee_on_a_phone_reaches_the_filters_before_the_results(driver):
    page = driver.page
    page.set_viewport_size(PHONE)
    log_in(driver, EMPLOYEE)
    page.goto("/soeg/?q=demens")
    results = page.locator("ol.hit-list")
    to_filters = page.get_by_role("link", name="Filtre: type og fagområde")
    expect(to_filters).to_be_visible()
    assert to_filters.bounding_box()["y"] < results.bounding_box()["y"]
    driver.activate(to_filters)
    facets = page.get_by_role("complementary", name="Afgræns")
    expect(facets).to_be_in_viewport()
    driver.follow(facets.get_by_role("link", name="Aktuelle opgaver"))
    expect(page.locator(".pager, #hits-heading").first).to_be_visible()
    expect(page.get_by_role("link", name="Filtre: type og fagområde")).to_be_visible()
    check_a11y(page, "search-current-tasks-phone")


def test_the_front_page_knows_the_employee(driver, browser, server):
    """Their own unit with its freshness, and what became of their suggestions."""
    from .steps import suggest_as_employee

    page = driver.page
    text = unique("Sårpleje i eget hjem")
    suggest_as_employee(browser, server, "u-traening", text)
    log_in(driver, EMPLOYEE)
    mine = page.get_by_role("region", name="Din enhed")
    expect(mine.get_by_role("link", name="Hjemmeplejen Skovlund By")).to_be_visible()
    expect(mine).to_contain_text(re.compile(r"opdateret (for .+ siden|lige nu)"))
    suggestions = page.get_by_role("region", name="Dine forslag")
    expect(suggestions).to_contain_text(text)
    expect(suggestions).to_contain_text("Afventer")
    check_a11y(page, "home-employee")
    driver.follow(mine.get_by_role("link", name="Hjemmeplejen Skovlund By"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hjemmeplejen Skovlund By")


def test_the_suggestion_form_shows_the_fields_of_the_chosen_kind(driver):
    page = driver.page
    log_in(driver, EMPLOYEE)
    page.goto("/enheder/u-traening/foreslaa/")
    until = page.get_by_label("Slutdato for opgaven")
    expect(page.get_by_label("Særlig viden")).to_be_checked()
    expect(until).to_be_hidden()  # no end date for a piece of knowledge
    driver.check(page.get_by_label("Aktuel opgave"))
    expect(until).to_be_visible()
    check_a11y(page, "suggestion-form-task")
    driver.check(page.get_by_label("Tilbud"))
    expect(until).to_be_hidden()


def test_the_menu_folds_away_on_a_phone(driver):
    page = driver.page
    page.set_viewport_size(PHONE)
    log_in(driver, EMPLOYEE)
    menu = page.get_by_role("navigation", name="Hovedmenu")
    button = page.get_by_role("button", name="Menu")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu.get_by_role("link", name="Organisationen")).to_be_hidden()
    check_a11y(page, "home-phone-menu-folded")
    driver.activate(button)
    expect(button).to_have_attribute("aria-expanded", "true")
    check_a11y(page, "home-phone-menu-open")
    driver.follow(menu.get_by_role("link", name="Organisationen"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Organisationen")
    # The demo's own logo and name are in the header.
    expect(page.locator(".brand-logo")).to_be_visible()
