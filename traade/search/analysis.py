"""Danish text analysis: the one place that turns text into index terms.

The same steps run on documents and on queries, so that both meet in the middle:

1. Unicode NFC, lower case, "aa" read as "å" (old spelling and keyboards without å).
2. Words are runs of letters and digits; a hyphenated word gives its parts.
3. Stop words (``data/stopwords.txt``) are dropped.
4. Snowball Danish stemming (PyStemmer), plus two rules Snowball lacks for words
   that drop an unstressed "e" when inflected: a stem ending in consonant + "r" loses
   the "r" ("centre" meets "center", "teatre" meets "teater"), and a stem ending in
   consonant + "el" loses the "e" ("cykel" meets "cykler", "middel" meets "midler").
5. Compound words are split with a Danish word list (wordfreq's Danish list, installed
   from PyPI), allowing the linking letters "s" and "e"; the parts are indexed beside
   the whole word, so "demens" finds "demensvenlig".

Nothing here touches the database.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import Stemmer

DATA_DIR = Path(__file__).resolve().parent / "data"

WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
VOWELS = set("aeiouyæøå")

# Compound splitting: shortest part, and shortest word worth splitting.
MIN_PART = 3
MIN_COMPOUND = 6
# Longer "words" are not language (pasted codes, runs of letters) and are not indexed;
# the index's terms hold at most 200 characters.
MAX_WORD = 60
# Very common words are not split in queries ("forældre" is not "for" + "ældre").
QUERY_SPLIT_MAX_ZIPF = 4.5


def _read_lines(path: Path) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


STOPWORDS: frozenset[str] = frozenset(_read_lines(DATA_DIR / "stopwords.txt"))

_local = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("danish")
    return stemmer


def normalise(word: str) -> str:
    """Lower case and "aa" → "å"; `word` is one token."""
    return unicodedata.normalize("NFC", word).lower().replace("aa", "å")


# A word in -ig or -lig with its inflections: adjectives and their -hed nouns
# ("ledigt", "ledighed", "muligheder", "vigtigste") and nouns ("boliger", "boligen").
# Snowball strips the -ig itself, which makes "ledig" (out of work) the stem of
# "leder" (leader), "daglig" that of "dag", "venlig" that of "ven" and "bolig" that of
# "bo"; the stem keeps it instead.
IG_WORD_RE = re.compile(
    r"(.{2,}?ig)(?:e|t|ere|ste|st|hed|heden|heder|hederne|hedens|s|en|ens|er|erne|ernes|ers)?"
)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The index term for a normalised word."""
    ig_word = IG_WORD_RE.fullmatch(word)
    if ig_word:
        return ig_word.group(1)
    result = _stemmer().stemWord(word)
    if len(result) >= 4 and result[-1] == "r" and result[-2] not in VOWELS and result[-2] != "r":
        # "centr" (centre) → "cent" (center), "søstr" → "søst"
        result = result[:-1]
    elif len(result) >= 5 and result.endswith("el") and result[-3] not in VOWELS:
        # "cykel" → "cykl" (cykler, cyklen), "middel" → "midl" (midler)
        result = result[:-2] + "l"
        if result[-2] == result[-3]:
            result = result[:-3] + result[-2:]
    return result


def words(text: str) -> list[list[str]]:
    """The normalised words of `text`; each item is one word's hyphen-separated pieces."""
    return [
        [normalise(piece) for piece in match.group().split("-")]
        for match in WORD_RE.finditer(text or "")
    ]


class Lexicon:
    """A Danish word list with frequencies, for splitting compounds."""

    def __init__(self, frequencies: dict[str, float]):
        self.zipf: dict[str, float] = {}
        for word, frequency in frequencies.items():
            word = normalise(word)
            if len(word) >= MIN_PART and word.isalpha() and word not in STOPWORDS:
                self.zipf[word] = max(self.zipf.get(word, 0.0), math.log10(frequency * 1e9))
        # The most common listed word of each stem, for "is this word itself common?"
        self.stem_zipf: dict[str, float] = {}
        for word, zipf in self.zipf.items():
            key = stem(word)
            self.stem_zipf[key] = max(self.stem_zipf.get(key, 0.0), zipf)
        self.stems = self.stem_zipf.keys()

    def word_zipf(self, word: str) -> float:
        """How common `word` is, counting its inflections ("borgeren" as "borger")."""
        return max(self.zipf.get(word, 0.0), self.stem_zipf.get(stem(word), 0.0))

    def __contains__(self, word: str) -> bool:
        return word in self.zipf

    def is_tail(self, word: str) -> bool:
        """An inflected form of a listed word may end a compound ("plejecentre").

        Only through a stem of four letters or more: the inflected forms of short words
        are listed themselves ("huset"), and a short stem matched fragments ("kolen" as
        a form of "kol" made "byskolen" "bys" + "kolen", so "KOL" found the schools).
        """
        if word in self.zipf:
            return True
        base = stem(word)
        return len(base) >= 4 and base in self.stems


@functools.cache
def lexicon() -> Lexicon:
    from wordfreq import get_frequency_dict

    return Lexicon(get_frequency_dict("da", wordlist="best"))


@functools.lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...] | None:
    """Split a normalised word into listed words ("ældrepleje" → ("ældre", "pleje")).

    Returns None when the word is not a compound. Among several splits the one with
    the fewest parts, then the longest shortest part, then the fewest linking letters,
    then the most common parts wins.
    A split is kept only if its parts are on average more common than the word itself
    (with its inflections), as in Koehn and Knight's frequency rule: a common word that
    happens to be made of listed words is not a compound ("sammen" is not "sam" +
    "men", "generationer" not "gen" + "rat" + "ioner"), while "plejecenter" (rarer
    than "pleje" and "center") is.
    """
    if len(word) < MIN_COMPOUND or not word.isalpha():
        return None
    lex = lexicon()
    best = _split(word, lex, depth=0)
    if not best:
        return None
    parts_zipf = sum(lex.zipf.get(p, 0.0) or lex.stem_zipf.get(stem(p), 0.0) for p in best)
    if parts_zipf / len(best) <= lex.word_zipf(word):
        return None
    return tuple(best)


def _split(word: str, lex: Lexicon, depth: int) -> list[str] | None:
    candidates: list[list[str]] = []
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:i]
        if head not in lex:
            continue
        rest = word[i:]
        for link in ("", "s", "e"):
            if link and not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(tail) < MIN_PART:
                continue
            if lex.is_tail(tail):
                candidates.append([head, tail])
            elif depth < 1 and len(tail) >= MIN_COMPOUND:
                sub = _split(tail, lex, depth + 1)
                if sub:
                    candidates.append([head, *sub])
    if not candidates:
        return None

    def quality(parts: list[str]):
        return (
            -len(parts),
            min(len(p) for p in parts),
            # fewer linking letters: "skole" + "elever", not "skole" + "e" + "lever"
            sum(len(p) for p in parts),
            sum(lex.zipf.get(p, 0.0) for p in parts),
        )

    return max(candidates, key=quality)


def query_split(word: str) -> tuple[str, ...] | None:
    """Split a query word, more carefully than a document word: common words stay whole."""
    if lexicon().zipf.get(word, 0.0) >= QUERY_SPLIT_MAX_ZIPF:
        return None
    return split_compound(word)


@dataclass
class AnalysedText:
    terms: list[str]  # one stem per word, in order
    parts: list[str]  # stems of compound parts and of joined hyphenated words
    surfaces: dict[str, str]  # a word as written, for each term (for "Mente du …?")


_piece_cache: dict[str, tuple | None] = {}


def _analyse_piece(raw: str):
    """(term, written word, part terms, part words) for one word as written, or None."""
    result = _piece_cache.get(raw, False)
    if result is not False:
        return result
    word = normalise(raw)
    if not word or word in STOPWORDS or len(word) > MAX_WORD:
        result = None
    else:
        split = split_compound(word) or ()
        result = (stem(word), word, tuple(stem(p) for p in split), split)
    if len(_piece_cache) > 500_000:
        _piece_cache.clear()
    _piece_cache[raw] = result
    return result


def analyse(text: str) -> AnalysedText:
    """Analyse document text: terms in order, plus the parts of compound words."""
    terms: list[str] = []
    parts: list[str] = []
    surfaces: dict[str, str] = {}
    for match in WORD_RE.finditer(text or ""):
        raw = match.group()
        pieces = raw.split("-") if "-" in raw else (raw,)
        for piece in pieces:
            analysed = _analyse_piece(piece)
            if analysed is None:
                continue
            term, word, part_terms, part_words = analysed
            terms.append(term)
            if term not in surfaces:
                surfaces[term] = word
            if part_terms:
                parts.extend(part_terms)
                for part_term, part_word in zip(part_terms, part_words, strict=True):
                    surfaces.setdefault(part_term, part_word)
        if len(pieces) > 1:
            joined = normalise("".join(pieces))
            if joined.isalnum() and len(joined) <= MAX_WORD:
                parts.append(stem(joined))
                surfaces.setdefault(parts[-1], joined)
    return AnalysedText(terms, parts, surfaces)


def as_written(text: str) -> list[str]:
    """The words of a proper name, normalised but not stemmed or split (see documents)."""
    return [
        normalise(piece)
        for match in WORD_RE.finditer(text or "")
        for piece in match.group().split("-")
        if piece and len(piece) <= MAX_WORD
    ]


@dataclass(frozen=True)
class QueryWord:
    surface: str  # normalised word as typed
    term: str  # its stem


def analyse_query(text: str, *, keep_stopwords: bool = False) -> list[QueryWord]:
    """The words of a query, normalised and stemmed; stop words dropped unless they are all."""
    found = [QueryWord(p, stem(p)) for pieces in words(text) for p in pieces if p]
    if keep_stopwords:
        return found
    kept = [w for w in found if w.surface not in STOPWORDS]
    return kept or found


class Synonyms:
    """Groups of words or phrases that mean the same, read from text files.

    Each entry is analysed into a tuple of terms; `alternatives(entry)` gives the
    entries a query for `entry` should also search.
    """

    def __init__(self, lines: list[str] = ()):
        self.map: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        self.longest = 1
        for line in lines:
            self.add_line(line)

    def _entry(self, text: str) -> tuple[str, ...]:
        return tuple(w.term for w in analyse_query(text))

    def add_line(self, line: str) -> None:
        if "=>" in line:
            left, right = line.split("=>", 1)
            sources = [self._entry(t) for t in left.split(",") if t.strip()]
            targets = [self._entry(t) for t in right.split(",") if t.strip()]
        else:
            sources = targets = [self._entry(t) for t in line.split(",") if t.strip()]
        for source in sources:
            if not source:
                continue
            self.longest = max(self.longest, len(source))
            alternatives = self.map.setdefault(source, set())
            alternatives.update(t for t in targets if t and t != source)

    def alternatives(self, entry: tuple[str, ...]) -> set[tuple[str, ...]]:
        return self.map.get(entry, set())


def load_synonyms(extra_file: str | None = None) -> Synonyms:
    lines = _read_lines(DATA_DIR / "synonyms.txt")
    if extra_file:
        lines += _read_lines(Path(extra_file))
    return Synonyms(lines)


def damerau_levenshtein(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def deletes(word: str) -> set[str]:
    """Every form of `word` with one letter removed (for SymSpell-style typo lookup)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
MIN_EDITED_PART = 4  # a part of three letters has too many neighbours to correct


def edits1(word: str) -> set[str]:
    """Every string one edit from `word`: a letter removed, added, changed or two
    neighbours swapped (Norvig's candidate generation; about 60 per letter)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
    out |= {a + c + b for a, b in splits for c in ALPHABET}
    out.discard(word)
    return out


@functools.lru_cache(maxsize=2_000)
def lexicon_correction(word: str) -> str | None:
    """The Danish word `word` was probably meant to be, when the word list does not have
    it: a listed word one edit away ("demmente" → "demente"), or else a compound of
    listed words with one edit in one of its parts ("hjemmesygeplje" →
    "hjemmesygepleje", "misbrugsbehanling" → "misbrugsbehandling"), the most common
    first. A compound's parts are checked by the same rules as `split_compound`.
    Returns None for a listed word, and when no such word is found.
    """
    lex = lexicon()
    if len(word) < 5 or not word.isalpha() or lex.word_zipf(word) or split_compound(word):
        return None
    near = [(lex.zipf[c], c) for c in edits1(word) if c in lex]
    if near:
        return max(near)[1]
    if len(word) < MIN_COMPOUND + 1 or _loose_compound(word, lex):
        return None
    candidates = set()
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head, rest = word[:i], word[i:]
        for link in ("", "s", "e"):
            if link and not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(head) < MIN_EDITED_PART or len(tail) < MIN_EDITED_PART:
                continue  # one edit makes a short part of almost anything ("los" + "pladsen")
            if head in lex:
                candidates.update(head + link + t for t in edits1(tail) if lex.is_tail(t))
            if lex.is_tail(tail):
                candidates.update(h + link + tail for h in edits1(head) if h in lex)
    scored = []
    for candidate in candidates:
        parts = split_compound(candidate)
        if parts:
            zipf = sum(lex.zipf.get(p, 0.0) or lex.stem_zipf.get(stem(p), 0.0) for p in parts)
            scored.append((-len(parts), zipf / len(parts), candidate))
    return max(scored)[2] if scored else None


def _loose_compound(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a listed word's form followed by a word that may end a compound
    ("lossepladsen": "losse" is listed only as other forms): spelled right, most likely."""
    for i in range(MIN_EDITED_PART, len(word) - MIN_PART + 1):
        head, rest = word[:i], word[i:]
        if lex.word_zipf(head) and any(
            rest.startswith(link) and lex.is_tail(rest[len(link) :]) for link in ("", "s", "e")
        ):
            return True
    return False


def max_typo_distance(word: str) -> int:
    if len(word) < 4:
        return 0
    if len(word) < 8:
        return 1
    return 2
