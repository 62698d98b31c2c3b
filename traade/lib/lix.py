"""LIX (læsbarhedsindeks) for Danish text.

LIX = words / sentences + 100 × long words / words, where a long word has more than six
letters. General-purpose implementations get Danish wrong: they split sentences at every
full stop, so "bl.a.", "f.eks.", "kl. 14" and "1. maj 2026" end sentences that go on,
and some drop short sentences altogether. Here:

- a word is a run of non-space characters with at least one letter or digit, after
  stripping punctuation around it ("bl.a.", "it-system", "3.5" and "2026" are one word
  each; a word's letters are counted without digits or punctuation);
- a sentence ends at "!", "?" or ":", at a full stop (or "…") unless the full stop
  belongs to an abbreviation or a number, and at a line break; the last words of a
  text are a sentence whether or not they end with a full stop. Every sentence counts,
  one word long or not;
- abbreviations that never end a sentence ("bl.a.", "f.eks.", "ca.", "kl.", "jf.", "nr."
  …) are listed in `NEVER_END`; other abbreviations ("osv.", "m.m.", any dotted one such
  as "m.fl.") and numbers with a full stop ("1. maj", "i 2026.") end a sentence only
  when the next word begins with a capital letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LONG_WORD_LETTERS = 6  # a long word has more letters than this

NEVER_END = frozenset(
    """
    bl.a. f.eks. fx. ca. kl. jf. jvf. nr. tlf. pga. p.g.a. mht. m.h.t. iflg. evt.
    inkl. ekskl. hhv. dvs. d.v.s. vedr. ang. bl. a. f. d. s. st. stk. kap. pkt. afd.
    hr. fr. dr. prof. mag. cand. ref. att. adm. dir. ml. pr. vha. v.h.a. o. t. ex.
    """.split()
)
MAY_END = frozenset("osv. etc. m.m. mm. m.fl. o.l. ol. mfl. o.a. mv.".split())
BANDS = [
    (25, "meget let"),
    (35, "let"),
    (45, "middel"),
    (55, "svær"),
]
VERY_HARD = "meget svær"

_TOKEN = re.compile(r"\S+")
_CLOSERS = ")]}\"'”’»›"
_OPENERS = "([{\"'“‘«‹„-–—*•"
_TRAILING_PUNCT = re.compile(r"[^\w]+$")
_LEADING_PUNCT = re.compile(r"^[^\w]+")


class NoWords(ValueError):
    """The text has no words, so it has no LIX."""


@dataclass(frozen=True)
class Word:
    start: int  # offsets into the text, for highlighting
    end: int
    text: str
    letters: int

    @property
    def long(self) -> bool:
        return self.letters > LONG_WORD_LETTERS


@dataclass
class Sentence:
    start: int
    end: int
    words: list[Word] = field(default_factory=list)


@dataclass(frozen=True)
class Lix:
    lix: float  # rounded to one decimal; the band is read from the rounded value
    words: int
    sentences: int
    long_words: int
    band: str

    def as_json(self) -> dict:
        return {
            "lix": self.lix,
            "words": self.words,
            "sentences": self.sentences,
            "long_words": self.long_words,
            "band": self.band,
        }


def band(score: float) -> str:
    """The Danish band: under 25 meget let, 25–34 let, 35–44 middel, 45–54 svær, 55+ meget svær."""
    for limit, name in BANDS:
        if score < limit:
            return name
    return VERY_HARD


def _starts_with_capital(token: str) -> bool:
    for char in token:
        if char.isalpha():
            return char.isupper()
        if char.isdigit():
            return False
    return False


def _ends_sentence(core: str, word: str, next_token: str | None) -> bool:
    """Does `core` (a token without surrounding quotes and brackets) end its sentence?"""
    tail = core[len(core.rstrip(".!?:…")) :]
    if not tail:
        return False
    if next_token is None or any(mark in tail for mark in "!?:"):
        return True
    lowered = core.lower()
    if lowered in NEVER_END:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "Anne B. Hansen"
    if lowered in MAY_END or "." in word or word.isdigit() or "…" in tail or ".." in tail:
        return _starts_with_capital(next_token)
    return True


def split(text: str) -> list[Sentence]:
    """The text's sentences, each with its words and where they are in the text."""
    tokens = list(_TOKEN.finditer(text))
    sentences: list[Sentence] = []
    current: Sentence | None = None
    for index, match in enumerate(tokens):
        token = match.group()
        next_match = tokens[index + 1] if index + 1 < len(tokens) else None
        core = token.lstrip(_OPENERS).rstrip(_CLOSERS)
        lead = len(token) - len(token.lstrip(_OPENERS))
        word = _TRAILING_PUNCT.sub("", core)
        word = _LEADING_PUNCT.sub("", word)
        if any(char.isalnum() for char in word):
            start = match.start() + lead + core.find(word)
            if current is None:
                current = Sentence(start=start, end=start)
            current.words.append(
                Word(start, start + len(word), word, sum(char.isalpha() for char in word))
            )
            current.end = match.end()
        elif current is not None:
            current.end = match.end()
        if current is None:
            continue
        line_break = next_match is not None and "\n" in text[match.end() : next_match.start()]
        if line_break or _ends_sentence(core, word, next_match and next_match.group()):
            sentences.append(current)
            current = None
    if current is not None:
        sentences.append(current)
    return sentences


def lix_of_sentences(sentences: list[Sentence]) -> Lix:
    words = [word for sentence in sentences for word in sentence.words]
    if not words:
        raise NoWords("the text has no words")
    long_words = sum(word.long for word in words)
    score = round(len(words) / len(sentences) + 100 * long_words / len(words), 1)
    return Lix(score, len(words), len(sentences), long_words, band(score))


def lix(text: str) -> Lix:
    """The LIX of a Danish text; raises `NoWords` for a text without words."""
    return lix_of_sentences(split(text))
