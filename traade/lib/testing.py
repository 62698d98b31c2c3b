"""Test helpers: read a page's form the way a browser would send it."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"method": (attrs.get("method") or "get").lower(), "fields": []}
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self._form["fields"].append((name, attrs.get("value") or "on"))
            elif kind not in {"submit", "button", "file", "reset"}:
                self._form["fields"].append((name, attrs.get("value") or ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._form["fields"].append((self._select, attrs.get("value") or ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            text = "".join(self._text)
            # The HTML parser keeps the newline browsers drop right after <textarea>.
            self._form["fields"].append((self._textarea, text[1:] if text[:1] == "\n" else text))
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_data(html: str, *, having: str = "csrfmiddlewaretoken", index: int = 0) -> dict:
    """The fields of the `index`-th POST form that has a field named `having`, as a dict
    ready for `client.post` (what a browser would send without any change)."""
    reader = _FormReader()
    reader.feed(html)
    forms = [
        f
        for f in reader.forms
        if f["method"] == "post" and any(name == having for name, _ in f["fields"])
    ]
    return dict(forms[index]["fields"])
