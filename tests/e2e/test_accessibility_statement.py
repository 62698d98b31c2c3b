"""Anyone, logged in or not, can read how Tråde is tested for accessibility."""

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y

pytestmark = pytest.mark.e2e


def test_visitor_reads_the_accessibility_statement_without_logging_in(driver):
    page = driver.page
    page.goto("/log-ind/")
    driver.follow(
        page.get_by_role("contentinfo").get_by_role("link", name="Tilgængelighedserklæring")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Tilgængelighedserklæring for Tråde")
    main = page.get_by_role("main")
    for fact in ("WCAG 2.1 på niveau AA", "axe-core", "kun med tastaturet", "400 %", "320 pixel"):
        expect(main).to_contain_text(fact)
    check_a11y(page, "accessibility-statement")
