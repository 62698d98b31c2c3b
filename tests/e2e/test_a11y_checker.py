"""The accessibility checker itself: it must catch what it promises to catch."""

import pytest

from .a11y import check_a11y

pytestmark = pytest.mark.e2e

BROKEN = """<!doctype html><html lang="en"><head><title>Broken</title>
<style>:focus { outline: none; } .wide { width: 900px; }</style></head>
<body><header><a href="/">Home</a></header>
<main><h1>Broken</h1><form><input name="q"><button>Go</button></form>
<p class="wide">Too wide</p><p style="color:#bbb">Faint text</p></main></body></html>"""

GOOD = """<!doctype html><html lang="da"><head><title>God side</title>
<style>:focus-visible { outline: 3px solid #000; } .skip { position: absolute; top: -4rem; }
.skip:focus { top: 0; }</style></head>
<body><a class="skip" href="#main">Spring til indholdet</a><header><a href="/">Forside</a></header>
<main id="main" tabindex="-1"><h1>God side</h1>
<form><label for="q">Søg</label><input id="q" name="q"><button>Søg</button></form></main>
</body></html>"""


@pytest.fixture
def blank(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_checker_finds_every_kind_of_problem(blank):
    blank.set_content(BROKEN)
    with pytest.raises(AssertionError) as failure:
        check_a11y(blank, "checker-broken")
    report = str(failure.value)
    for expected in (
        "axe label",
        "axe color-contrast",
        "axe html-lang-valid" if "html-lang-valid" in report else 'lang="en"',
        "form field without a label: input[name=q]",
        "not a skip link",
        "no visible focus indicator",
        "scrolls sideways at 320 px",
        "p.wide",
    ):
        assert expected in report, f"{expected!r} missing from:\n{report}"


def test_checker_passes_a_good_page(blank):
    blank.set_content(GOOD)
    check_a11y(blank, "checker-good")


def test_checker_looks_inside_an_open_dialog(blank):
    blank.set_content(
        GOOD.replace(
            "</main>",
            '<dialog aria-labelledby="d-title"><h2 id="d-title">Bekræft</h2>'
            '<label for="why">Hvorfor?</label><input id="why">'
            '<button style="outline: none">Luk</button></dialog></main>',
        )
    )
    blank.evaluate("document.querySelector('dialog').showModal()")
    with pytest.raises(AssertionError) as failure:
        check_a11y(blank, "checker-dialog")
    report = str(failure.value)
    assert 'no visible focus indicator on button "Luk"' in report
    assert "skip link" not in report  # outside the modal dialog, so not reachable
