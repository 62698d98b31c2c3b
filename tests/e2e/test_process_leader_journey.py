"""A process leader finds the visitkort that need a look, and uploads an import
file with an error: the page says where the error is, and nothing is changed."""

import re

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import PROCESS_LEADER, log_in, suggest_as_employee, unique

pytestmark = pytest.mark.e2e


def test_process_leader_finds_stale_visitkort(driver):
    page = driver.page
    log_in(driver, PROCESS_LEADER)
    check_a11y(page, "home-process-leader")

    menu = page.get_by_role("navigation", name="Hovedmenu")
    driver.follow(menu.get_by_role("link", name="Vedligehold"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Vedligehold af visitkort")
    stale = page.get_by_role("region", name=re.compile("^Ikke opdateret længe"))
    expect(stale.get_by_role("row").nth(1)).to_be_visible()
    check_a11y(page, "maintenance")

    # Narrow the list to one area.
    area_field = page.get_by_label("Fagområde")
    area = area_field.locator("option").nth(1).inner_text().strip()
    driver.select(area_field, area)
    driver.follow(page.get_by_role("button", name="Vis"))
    expect(page.get_by_label("Fagområde")).to_have_value(re.compile(".+"))
    rows = page.get_by_role("region", name=re.compile("^Ikke opdateret længe")).get_by_role("row")
    for row in rows.all()[1:]:
        expect(row.get_by_role("cell").nth(2)).to_have_text(area)
    check_a11y(page, "maintenance-filtered")


def test_process_leader_uploads_a_file_with_an_error_and_nothing_changes(driver, tmp_path, server):
    page = driver.page
    new_key = unique("u-e2e").replace(" ", "-")
    csv = tmp_path / "enheder.csv"
    csv.write_text(
        "key,name,area,area_name,parent\n"
        f"{new_key},Ny enhed fra importen,e2e-omraade,E2E-området,\n"
        "u-e2e-forkert,Enhed med forkert overordnet,e2e-omraade,E2E-området,u-findes-ikke\n",
        encoding="utf-8",
    )

    log_in(driver, PROCESS_LEADER)
    menu = page.get_by_role("navigation", name="Hovedmenu")
    driver.follow(menu.get_by_role("link", name="Import og eksport"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Import og eksport")
    check_a11y(page, "import")

    # A spreadsheet without saying what it holds: the form asks.
    driver.upload(page.get_by_label("Fil", exact=True), csv)
    driver.follow(page.get_by_role("button", name="Indlæs filen"))
    expect(page.get_by_role("alert")).to_contain_text("Filen blev ikke indlæst")
    expect(
        page.get_by_text("Vælg, om regnearket indeholder enheder eller personer.")
    ).to_be_visible()
    check_a11y(page, "import-form-errors")

    # Now as units: the file has an error, and the page says where.
    driver.upload(page.get_by_label("Fil", exact=True), csv)
    driver.select(page.get_by_label("Hvad indeholder regnearket?"), "Enheder")
    driver.follow(page.get_by_role("button", name="Indlæs filen"))
    problems = page.get_by_role("alert")
    expect(problems).to_contain_text("Intet er ændret")
    expect(problems).to_contain_text("u-findes-ikke")
    # The location: the spreadsheet's row 3 (after the header and the good row), column parent.
    expect(problems.locator("li code").first).to_contain_text(re.compile(r"3.*parent"))
    check_a11y(page, "import-problems")

    # Nothing changed: the valid row was not imported either.
    assert page.request.get(f"/enheder/{new_key}/").status == 404
    assert page.request.get("/omraader/e2e-omraade/").status == 404


def test_suggestion_to_a_unit_without_leader_reaches_the_process_leader(driver, browser, server):
    """Jura og Indkøb has no leader or editor with a log-in: nobody else could decide."""
    page = driver.page
    text = unique("Udbud af velfærdsteknologi")
    suggest_as_employee(browser, server, "u-jura", text)

    log_in(driver, PROCESS_LEADER)
    pending = page.get_by_role("region", name="Forslag til dine visitkort")
    suggestion = page.locator("#" + pending.locator("article", has_text=text).get_attribute("id"))
    count = page.locator("#pending-count")
    before = int(count.inner_text())
    check_a11y(page, "home-process-leader-suggestion")

    driver.activate(suggestion.get_by_role("button", name="Godkend"))
    expect(suggestion.get_by_role("status")).to_contain_text("Forslaget er godkendt")
    driver.expect_focus_within(suggestion)
    # The count beside the heading follows (an out-of-band swap; no htmx error, see conftest).
    expect(count).to_have_text(str(before - 1))

    page.goto("/enheder/u-jura/")
    expect(page.get_by_role("region", name="Særlig viden")).to_contain_text(text)


def test_process_leader_reminds_the_leaders_of_stale_visitkort(driver):
    page = driver.page
    log_in(driver, PROCESS_LEADER)
    page.goto("/vedligehold/?order=navn")
    stale = page.get_by_role("region", name=re.compile("^Ikke opdateret længe"))
    # Each row names who leads the unit; choose the first two that have an address.
    choosable = stale.locator("tbody tr:has(input[type=checkbox]:not([disabled]))")
    rows = [choosable.nth(0), choosable.nth(1)]
    names = [row.get_by_role("cell").nth(1).inner_text().strip() for row in rows]
    for row, name in zip(rows, names, strict=True):
        expect(row.get_by_role("cell").nth(4)).not_to_have_text("")
        driver.check(row.get_by_label(f"Påmind lederen af {name}"))
    check_a11y(page, "maintenance-choose")
    driver.follow(page.get_by_role("button", name="Send påmindelse til de valgte"))

    expect(page.get_by_role("status")).to_contain_text(
        re.compile(r"Påmindelsen er sendt til lederne af 2 enheder|allerede en påmindelse i dag")
    )
    stale = page.get_by_role("region", name=re.compile("^Ikke opdateret længe"))
    for name in names:
        row = stale.locator("tbody tr", has=page.get_by_role("link", name=name, exact=True))
        expect(row.get_by_role("cell").nth(5)).to_have_text("i dag")
    check_a11y(page, "maintenance-reminded")

    # Sending to the same leaders again the same day sends nothing.
    for name in names:
        driver.check(stale.get_by_label(f"Påmind lederen af {name}"))
    driver.follow(page.get_by_role("button", name="Send påmindelse til de valgte"))
    expect(page.get_by_role("status")).to_contain_text("Fik allerede en påmindelse i dag")
