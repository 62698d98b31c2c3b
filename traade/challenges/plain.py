"""Plain-language help while people write a challenge: LIX, the longest sentences with
their long words marked, the long words, and municipal jargon with plainer alternatives.

The jargon list is `data/jargon.txt`; an installation adds to it (or replaces a term's
alternatives) with a file in the same format named by `TRAADE_JARGON_FILE`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from traade.lib.lix import Lix, NoWords, Sentence, lix_of_sentences, split

JARGON_FILE = Path(__file__).resolve().parent / "data" / "jargon.txt"
AIM = 35  # the score to aim at or below: "let"
LONGEST = 3  # how many of the long sentences to show, longest first
LONG_SENTENCE_WORDS = 15  # a sentence with more words is worth shortening
# The Danish endings a term may carry and still be recognised.
_ENDINGS = r"(?:e|en|er|et|ne|ene|erne|ede|ende|es|s|ens|ets|ernes)?"


def parse_jargon(text: str, *, source: str) -> dict[str, list[str]]:
    terms: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        term, sep, alternatives = line.partition("=")
        plain = [a.strip() for a in alternatives.split(";") if a.strip()]
        if not sep or not term.strip() or not plain:
            raise ImproperlyConfigured(
                f"{source}, line {number}: write 'term = alternative; alternative', not {line!r}"
            )
        terms[" ".join(term.split())] = plain
    return terms


@functools.cache
def _jargon(extra_file: str) -> tuple[dict[str, list[str]], re.Pattern | None]:
    terms = parse_jargon(JARGON_FILE.read_text(encoding="utf-8"), source=str(JARGON_FILE))
    if extra_file:
        try:
            text = Path(extra_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ImproperlyConfigured(
                f"TRAADE_JARGON_FILE {extra_file!r} cannot be read as UTF-8 text: {error}"
            ) from None
        terms.update(parse_jargon(text, source=extra_file))
    if not terms:
        return terms, None
    alternatives = "|".join(
        re.escape(term).replace(r"\ ", r"\s+") for term in sorted(terms, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<!\w)({alternatives}){_ENDINGS}(?!\w)", re.IGNORECASE)
    return terms, pattern


def jargon() -> tuple[dict[str, list[str]], re.Pattern | None]:
    return _jargon(getattr(settings, "TRAADE_JARGON_FILE", ""))


@dataclass
class JargonHit:
    term: str
    found: str  # as written in the text
    alternatives: list[str]


@dataclass
class WritingHelp:
    score: Lix | None
    longest: list[SafeString] = field(default_factory=list)
    long_words: list[str] = field(default_factory=list)
    jargon: list[JargonHit] = field(default_factory=list)

    @property
    def easy_enough(self) -> bool:
        return self.score is not None and self.score.lix < AIM


def find_jargon(text: str) -> list[JargonHit]:
    terms, pattern = jargon()
    if pattern is None:
        return []
    by_lower = {term.casefold(): term for term in terms}
    hits: dict[str, JargonHit] = {}
    for match in pattern.finditer(text):
        term = by_lower[" ".join(match.group(1).split()).casefold()]
        if term not in hits:
            hits[term] = JargonHit(term, match.group(0), terms[term])
    return list(hits.values())


def marked(text: str, sentence: Sentence) -> SafeString:
    """The sentence as HTML, with its long words in <mark>."""
    parts, position = [], sentence.start
    for word in sentence.words:
        if word.long:
            parts.append(escape(text[position : word.start]))
            parts.append(f"<mark>{escape(text[word.start : word.end])}</mark>")
            position = word.end
    parts.append(escape(text[position : sentence.end]))
    return mark_safe("".join(parts))


def writing_help(text: str) -> WritingHelp:
    sentences = split(text)
    try:
        score = lix_of_sentences(sentences)
    except NoWords:
        return WritingHelp(score=None)
    longest = sorted(
        (s for s in sentences if len(s.words) > LONG_SENTENCE_WORDS), key=lambda s: -len(s.words)
    )[:LONGEST]
    long_words: dict[str, str] = {}
    for sentence in sentences:
        for word in sentence.words:
            if word.long:
                long_words.setdefault(word.text.casefold(), word.text)
    return WritingHelp(
        score=score,
        longest=[marked(text, s) for s in longest],
        long_words=sorted(long_words.values(), key=lambda w: (-len(w), w))[:12],
        jargon=find_jargon(text),
    )
