"""The challenge exchange: a challenge written until it is easy to read, seen and
answered by a leader in another area, the answer marked useful, the challenge solved,
and the useful answer turned into a prøvehandling for the posting unit.

The process leader posts for their own unit (Innovation, in another area than the
leader's Lindegården); the leader sees it under "Udfordringer til os" and answers.
"""

import re

import pytest
from playwright.sync_api import expect

from .a11y import check_a11y
from .driver import Driver
from .steps import DESKTOP, LEADER, PROCESS_LEADER, log_in, unique

pytestmark = pytest.mark.e2e

HARD = (
    "Implementeringen af tværfaglige rehabiliteringsforløb forudsætter koordinering mellem "
    "myndighedsafdelingen og udførerorganisationen, hvilket aktuelt vanskeliggøres af "
    "utilstrækkelige ressourcer og manglende kompetenceudvikling blandt medarbejderne."
)
# LIX 28.2: "let".
EASY = (
    "Nogle unge kommer ikke i skole. De bliver hjemme på værelset og møder ingen "
    "kammerater. Vi har prøvet at ringe og skrive til familierne, men de svarer sjældent "
    "tilbage. Hvordan kan vi få kontakt med dem igen?"
)


def test_a_challenge_is_written_plainly_answered_and_solved(driver, browser, server):
    page = driver.page
    title = unique("Unge der bliver hjemme")
    log_in(driver, PROCESS_LEADER)

    # Post: the help scores the hard text as you type, then the rewritten one.
    driver.follow(
        page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Udfordringer")
    )
    driver.follow(page.get_by_role("link", name="Del en udfordring"))
    check_a11y(page, "challenge-new")
    driver.fill(page.get_by_label("Overskrift"), title)
    driver.fill(page.get_by_label("Hvad er udfordringen?"), HARD)
    status = page.locator("#lix-status")
    expect(status).to_contain_text("meget svær")
    expect(page.locator("#writing-help")).to_contain_text("Teksten er svær at læse")
    expect(page.locator("#writing-help mark").first).to_be_visible()
    expect(page.locator("#writing-help .jargon")).to_contain_text("ressourcer")
    check_a11y(page, "challenge-new-hard")
    driver.fill(page.get_by_label("Hvad er udfordringen?"), EASY)
    expect(status.locator(".badge")).to_have_text("let")
    expect(page.locator("#writing-help")).to_contain_text("Fint. Teksten er let at læse.")
    check_a11y(page, "challenge-new-easy")
    driver.follow(page.get_by_role("button", name="Send udfordringen"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".messages")).to_contain_text("sendt til de andre områder")
    expect(page.locator("#challenge-lix")).to_contain_text("let")
    check_a11y(page, "challenge-detail-poster")
    challenge_url = page.url

    # A leader of another area sees it on the front page, with the bell, and answers.
    context = browser.new_context(base_url=server.url, viewport=DESKTOP, locale="da-DK")
    try:
        leader = Driver(context.new_page(), driver.mode)
        log_in(leader, LEADER)
        bell = leader.page.get_by_role("link", name=re.compile(r"^Notifikationer: \d+ ulæst"))
        expect(bell).to_be_visible()
        for_us = leader.page.get_by_role("region", name="Udfordringer til os")
        check_a11y(leader.page, "home-challenges-for-us")
        leader.follow(for_us.get_by_role("link", name=title))
        answer = unique("Vi har en stille café om torsdagen")
        leader.fill(leader.page.get_by_label("Jeres forslag"), answer)
        leader.follow(leader.page.get_by_role("button", name="Send forslag"))
        expect(leader.page.locator(".messages")).to_contain_text("Jeres forslag er sendt")
        expect(
            leader.page.get_by_role("region", name=re.compile("^Svar og forslag"))
        ).to_contain_text(answer)
        check_a11y(leader.page, "challenge-detail-answered")
    finally:
        context.close()

    # The poster marks the answer useful and closes the challenge as solved.
    page.reload()  # the poster's page, as it is now
    responses = page.get_by_role("region", name=re.compile("^Svar og forslag"))
    driver.follow(responses.get_by_role("button", name=re.compile("^Marker som brugbart")))
    expect(page.locator(".messages")).to_contain_text("markeret som brugbart")
    expect(responses.locator(".badge", has_text="Brugbart")).to_be_visible()
    check_a11y(page, "challenge-detail-useful")
    close = page.get_by_role("region", name="Afslut udfordringen")
    driver.check(close.get_by_label(re.compile("Løst – vi fandt")))
    driver.fill(close.get_by_label("Hvad hjalp?"), "Den stille café var et godt første skridt.")
    driver.follow(close.get_by_role("button", name="Afslut"))
    expect(page.get_by_role("region", name="Det, der hjalp")).to_contain_text("stille café")
    check_a11y(page, "challenge-detail-solved")

    # Lindegården's visitkort now says it has helped.
    page.goto("/enheder/u-lindegaarden/")
    expect(page.get_by_role("region", name="Har hjulpet")).to_contain_text(title)
    check_a11y(page, "unit-detail-has-helped")

    # The poster turns the useful answer into a prøvehandling and lands on it.
    page.goto(challenge_url)
    responses = page.get_by_role("region", name=re.compile("^Svar og forslag"))
    driver.follow(
        responses.get_by_role("button", name=re.compile("^Gør svaret til en prøvehandling"))
    )
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(page.locator(".messages")).to_contain_text("Svaret er blevet til en prøvehandling")
    expect(page.get_by_text(re.compile("^Opstod af et svar fra .*Lindegården"))).to_be_visible()
    check_a11y(page, "experiment-detail-from-answer")
