""" "Hvem arbejder med … lige nu?": a query that asks for what is going on now.

The results page reads "lige nu", "i øjeblikket" and "for tiden" in a query as a wish
to see the records going on now (current tasks, see `registry.now_kind`): the words are
removed from the query, and so is a question's frame ("hvem arbejder med", "hvem der
arbejder på"), which would otherwise be searched for too. A bare "nu" counts only in
such a question ("hvem arbejder med demens nu"): alone it is too small a word to turn a
whole search into a list of tasks.
"""

from __future__ import annotations

import re

_NOW = re.compile(r"\b(?:lige\s+nu|i\s+øjeblikket|for\s+tiden)\b", re.IGNORECASE)
_FRAME = re.compile(
    r"\b(?:(?:hvem|hvilke(?:\s+enheder)?|hvor)\s+)?(?:der\s+)?arbejder\s+(?:med|på)\b",
    re.IGNORECASE,
)
_BARE_NOW = re.compile(r"\bnu\b", re.IGNORECASE)


def split_now(text: str) -> tuple[str, bool]:
    """(the query without the words that ask for now, whether they did)."""
    rest, asked = _NOW.subn(" ", text)
    if not asked and _FRAME.search(text):
        rest, asked = _BARE_NOW.subn(" ", text)
    if not asked:
        return text, False
    rest = _FRAME.sub(" ", rest)
    return " ".join(rest.split()).strip(" ?!.,:;–-"), True
