"""The person's hands in a journey: the mouse, or the keyboard only.

A journey is written once against `Driver` and runs twice. With `mouse` it clicks
and types into fields; with `keyboard` it never clicks: it moves with Tab and
Shift+Tab, follows links with Enter, presses buttons and ticks boxes with Space,
moves between radio buttons and options with the arrow keys, and types.
"""

from __future__ import annotations

from contextlib import contextmanager

from playwright.sync_api import expect

FOCUSED_JS = "(el) => el === document.activeElement"
DIRECTION_JS = """(el) => {
  const active = document.activeElement;
  if (!active || active === document.body) return 'Tab';
  return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING
    ? 'Shift+Tab' : 'Tab';
}"""
ACTIVE_JS = """() => { const el = document.activeElement;
  if (!el) return 'nothing';
  const text = (el.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return '<' + el.tagName.toLowerCase() + (el.id ? ' id=' + el.id : '') + '> ' + text; }"""


class Driver:
    def __init__(self, page, mode: str):
        assert mode in {"mouse", "keyboard"}
        self.page = page
        self.mode = mode

    def __repr__(self) -> str:
        return f"Driver({self.mode})"

    @property
    def keyboard(self) -> bool:
        return self.mode == "keyboard"

    # Moving focus -----------------------------------------------------------------

    def focus(self, locator, *, max_steps: int = 120) -> None:
        """Tab (or Shift+Tab, whichever way is shorter) until `locator` has focus."""
        locator.wait_for(state="visible")
        handle = locator.element_handle()
        first = handle.evaluate(DIRECTION_JS)
        for key in (first, "Shift+Tab" if first == "Tab" else "Tab"):
            for _ in range(max_steps):
                if handle.evaluate(FOCUSED_JS):
                    return
                self.page.keyboard.press(key)
        raise AssertionError(
            f"The keyboard cannot reach {locator}: Tab and Shift+Tab never focus it "
            f"(focus is on {self.page.evaluate(ACTIVE_JS)})"
        )

    # Actions ----------------------------------------------------------------------

    @contextmanager
    def _navigation(self, navigates: bool):
        if navigates:
            with self.page.expect_navigation(wait_until="load"):
                yield
        else:
            yield

    def follow(self, locator) -> None:
        """Follow a link (or press a submit button) that loads a new page."""
        self.activate(locator, navigates=True)

    def activate(self, locator, *, navigates: bool = False) -> None:
        """Click it, or focus it and press Enter (links) or Space (buttons, summaries)."""
        if not self.keyboard:
            with self._navigation(navigates):
                locator.click()
            return
        self.focus(locator)
        tag = locator.evaluate("(el) => el.tagName")
        key = "Enter" if tag == "A" else "Space"
        with self._navigation(navigates):
            self.page.keyboard.press(key)

    def fill(self, locator, text: str) -> None:
        """Put `text` into a text field, replacing what was there."""
        if not self.keyboard:
            locator.click()
            locator.fill(text)
            return
        self.focus(locator)
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.press("Delete")
        self.page.keyboard.type(text)

    def submit_field(self, locator) -> None:
        """Send the form the field belongs to with Enter in the field (both modes)."""
        if not self.keyboard:
            locator.click()
        else:
            self.focus(locator)
        with self._navigation(True):
            self.page.keyboard.press("Enter")

    def check(self, locator) -> None:
        """Tick a checkbox, or choose a radio button."""
        if not self.keyboard:
            locator.check()
            return
        kind = locator.evaluate("(el) => el.type")
        if kind == "radio":
            self._choose_radio(locator)
        elif not locator.is_checked():
            self.focus(locator)
            self.page.keyboard.press("Space")
        assert locator.is_checked()

    def _choose_radio(self, locator) -> None:
        # A radio group is one Tab stop; the arrow keys move the choice within it.
        name = locator.evaluate("(el) => el.name")
        group = self.page.locator(f'input[type=radio][name="{name}"]')
        checked = group.locator(":scope:checked")
        self.focus(checked if checked.count() else group.first)
        for _ in range(group.count()):
            if locator.is_checked():
                return
            self.page.keyboard.press("ArrowDown")

    def select(self, locator, label: str) -> None:
        """Choose an option of a <select> by its visible text."""
        if not self.keyboard:
            locator.select_option(label=label)
            return
        self.focus(locator)
        current = "(el) => el.options[el.selectedIndex]?.text.trim()"
        for key in ("ArrowDown", "ArrowUp"):
            for _ in range(locator.evaluate("(el) => el.options.length")):
                if locator.evaluate(current) == label:
                    return
                self.page.keyboard.press(key)
        raise AssertionError(f"No option {label!r} in {locator}")

    def upload(self, locator, path) -> None:
        """Choose a file in a file field (the file dialog itself is the operating system's)."""
        with self.page.expect_file_chooser() as chooser:
            if self.keyboard:
                self.focus(locator)
                self.page.keyboard.press("Space")
            else:
                locator.click()
        chooser.value.set_files(path)

    # Expectations ------------------------------------------------------------------

    def expect_focus_within(self, locator) -> None:
        """After a part of the page is replaced (htmx), focus stays in it (WCAG 2.4.3).

        Otherwise focus falls back to the top of the page, and a keyboard or screen
        reader user must find their way back to where they were working.
        """
        focused = locator.and_(self.page.locator(":focus-within"))
        try:
            expect(focused).to_have_count(1)
        except AssertionError:
            raise AssertionError(
                f"Focus left {locator} after it was updated: it is on "
                f"{self.page.evaluate(ACTIVE_JS)}. Put `autofocus` on what should get "
                "focus in the new content (htmx focuses it)."
            ) from None
