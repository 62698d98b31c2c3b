"""Accessibility checks for a page in the state a journey has reached.

`check_a11y(page, "state name")` runs axe-core (WCAG 2.1 A and AA rules) and the
checks axe cannot do on its own: a skip link that moves focus to the main
content, `lang="da"`, a label on every form field, a visible focus indicator,
and no horizontal scrolling at 320 CSS pixels (400 % zoom of a 1280 px window).
It fails with a readable list of everything it found.

A state is checked once per test session: the mouse and the keyboard variant of
a journey reach the same pages, and the second visit adds time, not coverage.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REFLOW_WIDTH = 320
TAB_STOPS_CHECKED = 12

_checked: set[str] = set()

DESCRIBE_JS = """
window.__a11yDescribe = (el) => {
  if (!el) return 'nothing';
  let text = el.tagName.toLowerCase();
  if (el.id) text += '#' + el.id;
  else if (el.getAttribute('name')) text += '[name=' + el.getAttribute('name') + ']';
  if (el.classList && el.classList.length) text += '.' + [...el.classList].join('.');
  const words = (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return words ? text + ' "' + words + '"' : text;
};
"""

UNLABELLED_JS = """
() => {
  const bad = [];
  const skip = ['hidden', 'submit', 'button', 'reset', 'image'];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (skip.includes((el.getAttribute('type') || '').toLowerCase())) continue;
    let name = el.getAttribute('aria-label') || '';
    for (const label of el.labels || []) name += label.textContent;
    for (const id of (el.getAttribute('aria-labelledby') || '').split(/\\s+/)) {
      const ref = id && document.getElementById(id);
      if (ref) name += ref.textContent;
    }
    if (!name.trim()) bad.push(window.__a11yDescribe(el));
  }
  return bad;
}
"""

FOCUS_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return {
    element: window.__a11yDescribe(el),
    id: el.id,
    href: el.getAttribute('href') || '',
    isSkipLink: el.tagName === 'A' && (el.getAttribute('href') || '').startsWith('#'),
    indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
      || (style.boxShadow && style.boxShadow !== 'none'),
    onScreen: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0
      && rect.top < window.innerHeight && rect.left < window.innerWidth,
    inModal: !!el.closest('dialog[open]'),
  };
}
"""

OVERFLOW_JS = """
(width) => {
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.right <= width + 1 || rect.width === 0) continue;
    if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) continue;
    wide.push(window.__a11yDescribe(el) + ' (right edge ' + Math.round(rect.right) + ' px)');
    if (wide.length >= 5) break;
  }
  return {scrollWidth: document.documentElement.scrollWidth, wide};
}
"""


def check_a11y(page, state: str | None = None) -> None:
    """Check the page as it is now; `state` names it (default: the URL path)."""
    key = state or urlparse(page.url).path
    if key in _checked:
        return
    _checked.add(key)
    page.wait_for_load_state("load")
    page.evaluate(DESCRIBE_JS)
    problems = (
        axe_violations(page)
        + lang_problems(page)
        + label_problems(page)
        + keyboard_problems(page)
        + reflow_problems(page)
    )
    if problems:
        raise AssertionError(
            f"Accessibility problems on {page.url} (state: {key}):\n" + "\n".join(problems)
        )


def axe_violations(page) -> list[str]:
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated, not added as a <script>: the site's Content-Security-Policy forbids
        # inline scripts, and the browser's own evaluation is not bound by it.
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        """(tags) => axe.run(document, {
            runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
        WCAG_TAGS,
    )
    problems = []
    for violation in result["violations"]:
        problems.append(
            f"- axe {violation['id']} ({violation.get('impact')}): {violation['help']}"
            f"  <{violation['helpUrl'].split('?')[0]}>"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(part) for part in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")[:200]
            problems.append(f"    at {target}: {summary}")
        if len(violation["nodes"]) > 5:
            problems.append(f"    … and {len(violation['nodes']) - 5} more")
    return problems


def lang_problems(page) -> list[str]:
    lang = page.evaluate("() => document.documentElement.getAttribute('lang')")
    return [] if lang == "da" else [f'- <html lang="{lang}">, expected lang="da"']


def label_problems(page) -> list[str]:
    return [f"- form field without a label: {field}" for field in page.evaluate(UNLABELLED_JS)]


def _focus(page) -> dict | None:
    return page.evaluate(FOCUS_JS)


def keyboard_problems(page) -> list[str]:
    """Skip link first, it moves focus to the main content, and focus is always visible."""
    problems = []
    modal = page.evaluate("() => !!document.querySelector('dialog[open]:modal')")
    if not modal:
        # Put the sequential focus starting point at the top of the page.
        page.evaluate(
            """() => { const start = document.createElement('span'); start.tabIndex = -1;
               start.id = '__a11y_start'; document.body.prepend(start); start.focus(); }"""
        )
        page.keyboard.press("Tab")
        page.evaluate("() => document.getElementById('__a11y_start')?.remove()")
        first = _focus(page)
        if not first or not first["isSkipLink"]:
            problems.append(
                f"- the first Tab stop is {first and first['element']}, not a skip link "
                "to the main content"
            )
        else:
            if not first["onScreen"] or not first["indicator"]:
                problems.append(f"- the skip link is not visible when focused: {first}")
            page.keyboard.press("Enter")
            target = page.evaluate(
                """() => { const el = document.activeElement;
                   return el && (el.tagName === 'MAIN' || !!el.querySelector('main')
                                 || !!el.closest('main')); }"""
            )
            if not target:
                problems.append(
                    f"- the skip link ({first['href']}) does not move focus to the main "
                    f"content; focus is on {(_focus(page) or {}).get('element')}"
                )
    for _ in range(TAB_STOPS_CHECKED):
        page.keyboard.press("Tab")
        focus = _focus(page)
        if focus is None:
            break
        if not focus["indicator"]:
            problems.append(f"- no visible focus indicator on {focus['element']}")
        elif not focus["onScreen"]:
            problems.append(f"- the focused element is off screen: {focus['element']}")
    return problems


def reflow_problems(page) -> list[str]:
    """At 320 CSS pixels (400 % zoom) the page must not scroll sideways."""
    viewport = page.viewport_size
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 800})
    try:
        result = page.evaluate(OVERFLOW_JS, REFLOW_WIDTH)
    finally:
        page.set_viewport_size(viewport)
    if result["scrollWidth"] <= REFLOW_WIDTH:
        return []
    return [
        f"- scrolls sideways at {REFLOW_WIDTH} px (400 % zoom): page is "
        f"{result['scrollWidth']} px wide; too wide: " + "; ".join(result["wide"])
    ]
