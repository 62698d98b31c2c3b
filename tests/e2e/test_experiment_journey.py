"""A leader registers a prøvehandling with an indicator and its nulpunkt, records a
snapshot and closes it as "virkede ikke" with its learning; a school leader in another
area reads the learning and says "vi vil prøve det"; the original shows where it spread."""

import re

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .steps import LEADER, SCHOOL_LEADER, log_in, unfold, unique

pytestmark = pytest.mark.e2e


def test_experiment_from_idea_to_learning_to_another_unit(driver):
    page = driver.page
    title = unique("Gåture efter frokost")
    learning = unique("Beboerne ville hellere synge end gå")

    log_in(driver, LEADER)
    driver.follow(page.get_by_role("link", name="Prøvehandlinger", exact=True))
    check_a11y(page, "experiment-list-leader")
    driver.follow(page.get_by_role("link", name="Registrér en prøvehandling"))
    check_a11y(page, "experiment-create")

    # Without a title the form says what is missing, and nothing is saved.
    driver.follow(page.get_by_role("button", name="Registrér prøvehandlingen"))
    expect(page.get_by_role("alert")).to_contain_text("Formularen blev ikke gemt")
    expect(page.get_by_text("Giv prøvehandlingen en titel.")).to_be_visible()
    check_a11y(page, "experiment-create-errors")
    driver.fill(page.get_by_label("Titel"), title)
    driver.fill(page.get_by_label("Hvorfor?"), "Beboerne sidder meget stille efter frokost.")
    driver.select(page.get_by_label("Fase i KL's innovationsmodel"), "Test")
    driver.follow(page.get_by_role("button", name="Registrér prøvehandlingen"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("status")).to_contain_text("Prøvehandlingen er registreret")
    check_a11y(page, "experiment-detail-editor")

    # An indicator with its nulpunkt, then a snapshot.
    unfold(driver, page.locator("details", has_text="Tilføj en indikator"), "indicator-form")
    driver.fill(page.get_by_label("Hvad måler I?"), "Beboere med på gåturen")
    driver.fill(page.get_by_label("Måleenhed"), "beboere")
    driver.fill(page.get_by_label("Nulpunkt (værdien før I begynder)"), "3")
    driver.follow(page.get_by_role("button", name="Gem indikatoren"))
    expect(page.get_by_role("status")).to_contain_text("Indikatoren og dens nulpunkt er gemt")
    indicator = page.get_by_role("region", name=re.compile("^Beboere med på gåturen"))
    driver.fill(indicator.get_by_label("Værdi"), "1,5")
    driver.follow(indicator.get_by_role("button", name="Gem målingen"))
    expect(page.get_by_role("status")).to_contain_text("Målingen af »Beboere med på gåturen«")
    table = page.get_by_role("table", name=re.compile("Beboere med på gåturen"))
    expect(table).to_contain_text("Nulpunkt")
    expect(table).to_contain_text("-1,5")
    expect(page.get_by_role("img", name="Udviklingen i Beboere med på gåturen")).to_be_visible()
    check_a11y(page, "experiment-detail-indicator")

    # Closing asks for the result and the learning.
    driver.follow(page.get_by_role("link", name="Afslut og del læringen"))
    check_a11y(page, "experiment-close")
    driver.follow(page.get_by_role("button", name="Afslut og del læringen"))
    expect(page.get_by_role("alert")).to_contain_text("Formularen blev ikke gemt")
    check_a11y(page, "experiment-close-errors")
    driver.check(page.get_by_label("Det virkede ikke"))
    driver.fill(page.get_by_label("Hvad har I lært?"), learning)
    driver.follow(page.get_by_role("button", name="Afslut og del læringen"))
    expect(page.get_by_role("status")).to_contain_text("Læringen er delt")
    expect(page.get_by_role("region", name="Læring")).to_contain_text(learning)
    expect(page.get_by_role("region", name="Læring")).to_contain_text("Det virkede ikke")
    check_a11y(page, "experiment-detail-closed")
    driver.follow(page.get_by_role("button", name=re.compile("^Log ud")))

    # A leader in another area reads the learning and wants to try it.
    log_in(driver, SCHOOL_LEADER)
    driver.follow(page.get_by_role("link", name="Prøvehandlinger", exact=True))
    driver.follow(page.get_by_role("link", name="Læs, hvad andre har lært"))
    expect(page.get_by_text(learning)).to_be_visible()
    check_a11y(page, "learning")
    # The filter swaps in the list (htmx): wait until the count has changed with it.
    count = page.get_by_role("status").inner_text()
    driver.select(page.get_by_label("Resultat"), "Det virkede ikke")
    expect(page.get_by_role("status")).not_to_have_text(count)
    expect(page).to_have_url(re.compile("result=did_not_work"))
    expect(page.get_by_text(learning)).to_be_visible()
    check_a11y(page, "learning-filtered")
    driver.follow(page.get_by_role("link", name=title))
    check_a11y(page, "experiment-detail-other-leader")
    driver.follow(page.get_by_role("button", name="Vi vil prøve det"))
    expect(page.get_by_role("status")).to_contain_text(
        "oprettet som en idé for Skovlund Østre Skole"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    check_a11y(page, "experiment-detail-copy")

    # The original shows where it has spread.
    driver.follow(page.get_by_role("link", name=title))
    expect(page.get_by_role("region", name="Prøvet i 2 enheder")).to_contain_text(
        "Skovlund Østre Skole"
    )
    expect(page.get_by_role("region", name="Læring")).to_contain_text(learning)
