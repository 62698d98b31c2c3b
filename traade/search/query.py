"""Query understanding: from the text a person typed to concepts with alternatives.

1. The query is analysed like documents (see `analysis`) into words; synonym phrases
   found in it become one concept with the synonym's words as alternatives.
2. Each word becomes a concept: its term, the AND of its compound parts, its synonyms,
   and, when the index does not know the term, close spellings (typos) and, while the
   user is typing, completions of the last word.

The index statistics the decisions need (which terms the index knows, and how common
they are) are read through one `Statistics` per query: every term the query can lead to
is looked up in one round trip before the concepts are built, and no term is read twice.
"""

from __future__ import annotations

import functools
import itertools
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings

from . import thesaurus
from .analysis import (
    STOPWORDS,
    WORD_RE,
    QueryWord,
    analyse_query,
    damerau_levenshtein,
    deletes,
    lexicon,
    lexicon_correction,
    load_synonyms,
    max_typo_distance,
    normalise,
    query_split,
    stem,
)

MAX_CORRECTIONS = 2
MAX_LEXICON_CORRECTIONS = 3  # words of one query looked up in the word list for typos
MAX_COMPLETIONS = 4


class Statistics:
    """The index state and the document frequencies of a query's terms, read once.

    `prefetch` reads the terms a query can lead to in one round trip; `get` answers
    from what was read and reads only terms not asked for before. Terms found by the
    typo index or by completion bring their own frequencies (`add`).
    """

    def __init__(self, backend):
        self.backend = backend
        self.doc_count, self.token_count, self.version = backend.state()
        self._known: dict[str, tuple[int, str]] = {}
        self._asked: set[str] = set()
        self.round_trips = 0

    @property
    def state(self) -> tuple[int, int, str]:
        return self.doc_count, self.token_count, self.version

    def prefetch(self, terms: Iterable[str]) -> None:
        missing = set(terms) - self._asked
        if missing:
            self._known.update(self.backend.term_stats(missing))
            self._asked |= missing
            self.round_trips += 1

    def get(self, terms: Iterable[str]) -> dict[str, tuple[int, str]]:
        """{term: (document frequency, written word)} for the terms the index has."""
        terms = set(terms)
        self.prefetch(terms)
        return {t: self._known[t] for t in terms if t in self._known}

    def add(self, term: str, df: int, word: str) -> None:
        self._known.setdefault(term, (df, word))
        self._asked.add(term)

    def unknown(self, term: str) -> bool:
        """Whether `term` was looked up and the index does not have it."""
        return term in self._asked and term not in self._known


@functools.cache
def synonyms():
    return load_synonyms(getattr(settings, "TRAADE_SYNONYMS_FILE", "") or None)


class Vocabulary:
    """The synonyms, and for a word the index does not know, the words of its senses in
    the Danish thesaurus that the index knows (`thesaurus.py`). The thesaurus mixes a
    word's senses, so a word the index has is never expanded by it; for a word it does
    not have, the choice is between those senses and nothing. Asked after
    `Statistics.prefetch` has read every term it can answer with."""

    def __init__(self, syn, stats: Statistics):
        self.syn = syn
        self.stats = stats
        self.longest = syn.longest

    def alternatives(self, entry: tuple[str, ...]) -> set[tuple[str, ...]]:
        found = self.syn.alternatives(entry)
        if len(entry) != 1 or not self.stats.unknown(entry[0]):
            return found
        senses = thesaurus.alternatives(entry[0])
        if not senses:
            return found
        known = self.stats.get({t for alt in senses for t in alt})
        return found | {alt for alt in senses if all(t in known for t in alt)}


@dataclass
class Concept:
    words: list[QueryWord]  # the query words it stands for
    alternatives: list[tuple[str, ...]]
    corrected: str | None = None  # a written word, when a typo was corrected
    typed: str | None = None  # the word as typed, when the concept is for its correction
    main: tuple[str, ...] = ()  # the terms as typed
    # Alternatives that are the word itself (as typed, its parts, corrected, completed)
    # rather than a synonym; a record matching one of them ranks a little higher.
    primary: set[tuple[str, ...]] = field(default_factory=set)

    def __post_init__(self):
        if self.main:
            self.primary.add(self.main)


class TypoIndex:
    """Index terms by their one-letter deletions, to find close spellings fast."""

    def __init__(self, terms: list[tuple[str, int, str]]):
        self.df: dict[str, int] = {}
        self.word: dict[str, str] = {}
        self.by_delete: dict[str, list[str]] = defaultdict(list)
        for term, df, word in terms:
            if len(term) < 3 or not term.isalpha():
                continue
            self.df[term] = df
            self.word[term] = word
            self.by_delete[term].append(term)
            for d in deletes(term):
                self.by_delete[d].append(term)

    def corrections(self, term: str) -> list[str]:
        limit = max_typo_distance(term)
        if not limit:
            return []
        keys = {term, *deletes(term)}
        if limit > 1:
            keys |= {d2 for d in list(keys) for d2 in deletes(d)}
        found = set()
        for key in keys:
            found.update(self.by_delete.get(key, ()))
        scored = []
        for candidate in found:
            distance = damerau_levenshtein(term, candidate, limit)
            if 0 < distance <= limit:
                scored.append((distance, -self.df[candidate], candidate))
        scored.sort()
        return [c for _, _, c in scored[:MAX_CORRECTIONS]]


_typo_cache: dict[str, tuple[str, float, TypoIndex]] = {}
TYPO_STALE_TERMS = 20_000
_typo_lock = threading.Lock()


def typo_index(backend, version: str) -> TypoIndex:
    from django.db import connection

    alias = connection.settings_dict.get("NAME", "") + backend.vendor
    cached = _typo_cache.get(alias)
    if cached and (
        cached[0] == version
        # A large vocabulary takes a while to load: a minute-old one is good enough.
        or (len(cached[2].df) > TYPO_STALE_TERMS and time.monotonic() - cached[1] < 60)
    ):
        return cached[2]
    with _typo_lock:
        index = TypoIndex(backend.all_terms())
        _typo_cache[alias] = (version, time.monotonic(), index)
    return index


# --- query --------------------------------------------------------------------


def _synonym_concepts(qwords: list[QueryWord], syn) -> list[Concept]:
    """One concept per word, except that a synonym phrase in the query is one concept."""
    concepts: list[Concept] = []
    i = 0
    while i < len(qwords):
        for length in range(min(syn.longest, len(qwords) - i), 1, -1):
            entry = tuple(w.term for w in qwords[i : i + length])
            alternatives = syn.alternatives(entry)
            if alternatives:
                concepts.append(
                    Concept(qwords[i : i + length], [entry, *sorted(alternatives)], main=entry)
                )
                i += length
                break
        else:
            w = qwords[i]
            concept = Concept([w], [(w.term,)], main=(w.term,))
            if w.surface != w.term:
                # As written, for the names that are indexed so (a person's name).
                concept.alternatives.append((w.surface,))
                concept.primary.add((w.surface,))
            concepts.append(concept)
            i += 1
    return concepts


def _with_synonyms(parts: tuple[str, ...], syn, limit: int = 6) -> list[tuple[str, ...]]:
    """The AND group of a compound's parts, and variants with a part's one-word synonyms."""
    variants = [parts]
    for i, part in enumerate(parts):
        for alt in sorted(syn.alternatives((part,))):
            if len(alt) == 1:
                variants.append(parts[:i] + alt + parts[i + 1 :])
    return variants[:limit]


# Written without æ and ø ("aeldre", "boern"): read "ae" as "æ" and "oe" as "ø" when
# the word is unknown and that gives a known word ("aa" is always "å", see `normalise`).
DIGRAPHS = (("ae", "æ"), ("oe", "ø"))
MAX_DIGRAPHS = 4  # at most 2**4 spellings of a word


def _respellings(word: str) -> list[str]:
    """`word` with some or all of its "ae"/"oe" read as "æ"/"ø", most replaced first."""
    letters = dict(DIGRAPHS)
    pieces, i, found = [], 0, 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in letters and found < MAX_DIGRAPHS:
            pieces.append((pair, letters[pair]))
            i += 2
            found += 1
        else:
            pieces.append((word[i],))
            i += 1
    variants = {"".join(p) for p in itertools.product(*pieces)}
    variants.discard(word)
    return sorted(variants, key=lambda v: (len(v), v))


def _respell(qwords: list[QueryWord], stats: Statistics) -> list[QueryWord]:
    """Read "ae"/"oe" as "æ"/"ø" in words the index does not know, where that gives a
    word it does know (before typo correction, which would find "aldrig" for "aeldre")."""
    variants = {
        w.surface: _respellings(w.surface) for w in qwords if "ae" in w.surface or "oe" in w.surface
    }
    if not variants:
        return qwords
    known = stats.get({w.term for w in qwords} | {stem(v) for vs in variants.values() for v in vs})
    lex = lexicon()
    out = []
    for w in qwords:
        choice = None
        if w.surface in variants and w.term not in known:
            found = [v for v in variants[w.surface] if stem(v) in known]
            if not found and w.surface not in lex:
                found = [v for v in variants[w.surface] if v in lex]
            choice = found[0] if found else None
        out.append(QueryWord(choice, stem(choice)) if choice else w)
    return out


def _correct_unlisted(
    qwords: list[QueryWord], stats: Statistics, syn: Vocabulary, corrections, typing: int | None
) -> tuple[list[QueryWord], dict[str, str]]:
    """Correct the words that neither the index nor the Danish word list knows, and that
    are no close spelling of an index term either, into the listed word or compound
    they were probably meant to be (`analysis.lexicon_correction`: "hjemmesygeplje" →
    "hjemmesygepleje", which is then searched as "hjemme" + "sygepleje"). Only where
    the correction leads to something the index has (its term, its parts, or its
    synonyms). Returns the words and {corrected word: the word as typed}."""
    wanted = {}
    tried = 0
    for i, w in enumerate(qwords):
        if i == typing or not stats.unknown(w.term) or query_split(w.surface):
            continue
        tried += 1
        if tried > MAX_LEXICON_CORRECTIONS:
            break  # a query of many unknown long words costs a few ms per word, not more
        fixed = lexicon_correction(w.surface)
        if fixed and not corrections(w.term):
            wanted[i] = QueryWord(fixed, stem(fixed))
    if not wanted:
        return qwords, {}
    new = list(wanted.values())
    stats.prefetch(_reachable_terms(new, syn.syn))
    stats.prefetch({t for w in new for alt in thesaurus.alternatives(w.term) for t in alt})
    out, typed = list(qwords), {}
    for i, w in wanted.items():
        parts = tuple(stem(p) for p in query_split(w.surface) or () if p not in STOPWORDS)
        leads = [(w.term,), *syn.alternatives((w.term,))]
        if parts:
            leads.append(parts)
        if _any_known(leads, stats):
            out[i] = w
            typed[w.surface] = qwords[i].surface
    return out, typed


def _any_known(entries, stats: Statistics) -> bool:
    """Whether the index has every term of at least one of `entries`."""
    known = stats.get({t for entry in entries for t in entry})
    return any(all(t in known for t in entry) for entry in entries)


def _expansions(word: str, alternatives) -> set[tuple[str, ...]]:
    """The alternatives whose words' initials spell the abbreviation `word` ("vr" →
    "virtual reality", "kol" → "kronisk obstruktiv lungesygdom")."""
    if not 2 <= len(word) <= 5 or not word.isalpha():
        return set()
    return {
        alt for alt in alternatives if len(alt) == len(word) and "".join(t[0] for t in alt) == word
    }


def _own_terms(qwords: list[QueryWord]) -> set[str]:
    """The terms of a query's words, their spellings with æ/ø and their compound parts."""
    terms = {w.term for w in qwords}
    for w in qwords:
        if "ae" in w.surface or "oe" in w.surface:
            for v in _respellings(w.surface):
                terms.add(stem(v))
        parts = query_split(w.surface) or ()
        terms.update(stem(p) for p in parts if p not in STOPWORDS)
    return terms


def _reachable_terms(qwords: list[QueryWord], syn) -> set[str]:
    """Every term a query can lead to before typos and completions: its words (also as
    written), their spellings with æ/ø, compound parts, and the synonyms of all of them."""
    terms = _own_terms(qwords) | {w.surface for w in qwords}
    for w in qwords:
        if "ae" in w.surface or "oe" in w.surface:
            terms.update(_respellings(w.surface))
    singles = {(t,) for t in terms}
    for length in range(2, min(syn.longest, len(qwords)) + 1):
        for i in range(len(qwords) - length + 1):
            singles.add(tuple(w.term for w in qwords[i : i + length]))
    for entry in singles:
        for alt in syn.alternatives(entry):
            terms.update(alt)
    return terms


def build_concepts(
    text: str, stats: Statistics, *, prefix: bool = False, qwords: list[QueryWord] | None = None
) -> list[Concept]:
    """Turn the query text into concepts with their alternatives."""
    qwords = analyse_query(text) if qwords is None else qwords
    if not qwords:
        return []
    reachable = _reachable_terms(qwords, synonyms())
    stats.prefetch(reachable)
    # The thesaurus's words for the query's words the index does not have: one more
    # round trip, only for a query with such a word.
    stats.prefetch(
        {
            t
            for term in _own_terms(qwords)
            if stats.unknown(term)
            for alt in thesaurus.alternatives(term)
            for t in alt
        }
    )
    syn = Vocabulary(synonyms(), stats)
    backend = stats.backend
    typos: TypoIndex | None = None

    def corrections(term: str) -> list[str]:
        nonlocal typos
        if typos is None:
            typos = typo_index(backend, stats.version)
        # The typo index's frequencies may be a minute old in a large index: the
        # corrections' own are read with the rest of the alternatives.
        return typos.corrections(term)

    qwords = _respell(qwords, stats)
    # While typing, the last word may be the start of a longer one: it is not corrected.
    typing = len(qwords) - 1 if prefix and not text[-1:].isspace() else None
    qwords, typed = _correct_unlisted(qwords, stats, syn, corrections, typing)
    concepts = _synonym_concepts(qwords, syn)

    splits: dict[str, tuple[str, ...]] = {}
    terms = {w.term for c in concepts for w in c.words} | {
        w.surface for c in concepts for w in c.words
    }
    for c in concepts:
        if len(c.words) == 1:
            parts = query_split(c.words[0].surface)
            if parts:
                kept = tuple(stem(p) for p in parts if p not in STOPWORDS)
                if len(kept) > 1:
                    splits[c.words[0].surface] = kept
                    terms.update(kept)
    known = stats.get(terms)

    def completions(term: str) -> list[str]:
        found = backend.prefix_terms(term, MAX_COMPLETIONS)
        for candidate, df, word in found:
            stats.add(candidate, df, word)
        return [candidate for candidate, _df, _word in found]

    ends_with_space = text[-1:].isspace()
    result: list[Concept] = []
    for position, c in enumerate(concepts):
        if len(c.words) != 1:
            result.append(c)
            continue
        word = c.words[0]
        if word.surface in typed:
            c.typed, c.corrected = typed[word.surface], word.surface
        parts = splits.get(word.surface)
        # While typing, the last word may be the start of a longer one, known or not
        # ("fin" is a name and the start of "finde").
        completing = (
            prefix and position == len(concepts) - 1 and not ends_with_space and len(word.term) >= 2
        )
        # An abbreviation's spelled-out form is the word itself ("ppr" is "pædagogisk
        # psykologisk rådgivning"), not a near synonym: it counts in full.
        c.primary.update(_expansions(word.surface, syn.alternatives((word.term,))))
        if word.term in known or word.surface in known:
            if parts:
                c.alternatives.extend(_with_synonyms(parts, syn))
                c.primary.add(parts)
            c.alternatives.extend(sorted(syn.alternatives((word.term,))))
            if completing:
                # The word as typed may be complete: its completions count like synonyms.
                for term in completions(word.term):
                    c.alternatives.append((term,))
            result.append(c)
            continue
        # Unknown to the index: completions while typing, close spellings, or parts.
        # A word the Danish word list knows is spelled right: it is not corrected into
        # another word ("færgen" is not a typo of "færre").
        found = [] if word.surface in lexicon() and not completing else corrections(word.term)
        if (
            not found
            and parts
            and any(p in known for p in parts)
            and not syn.alternatives((word.term,))
        ):
            # A compound the index does not know is searched as its parts, each on its
            # own ("pædagogmangel" → "pædagog", "mangel"); the ranking favours records
            # that have both. A compound with synonyms ("plejehjem") stays one concept:
            # its synonyms, or all its parts together.
            for n, part in enumerate(parts):
                alternatives = [(part,), *sorted(syn.alternatives((part,)))]
                result.append(Concept([QueryWord(part, part)], alternatives, main=(part,)))
                if n == 0 and c.typed:
                    # "Viser også resultater for" the corrected word, once.
                    result[-1].typed, result[-1].corrected = c.typed, c.corrected
            continue
        if completing:
            for term in completions(word.term):
                c.alternatives.append((term,))
                c.primary.add((term,))
        whole_synonyms = syn.alternatives((word.term,))
        if parts and not (whole_synonyms and _any_known(whole_synonyms, stats)):
            # A compound whose synonyms the index knows ("plejehjem" → "plejecenter") is
            # searched as those; its parts alone would find other compounds
            # ("hjemmepleje") first.
            c.alternatives.extend(_with_synonyms(parts, syn))
            c.primary.add(parts)
        elif whole_synonyms and not found:
            # The index does not have the word itself: its synonyms stand in for it.
            c.primary.update(whole_synonyms)
        for term in found:
            c.alternatives.append((term,))
            c.primary.add((term,))
            c.alternatives.extend(sorted(syn.alternatives((term,))))
        if found:
            c.corrected = typos.word[found[0]]
        c.alternatives.extend(sorted(syn.alternatives((word.term,))))
        result.append(c)
    for c in result:
        seen, unique = set(), []
        for alt in c.alternatives:
            if alt and alt not in seen:
                seen.add(alt)
                unique.append(alt)
        c.alternatives = unique
    return [c for c in result if c.alternatives]


def corrected_text(text: str, concepts: list[Concept]) -> str:
    replacements = {
        c.typed or c.words[0].surface: c.corrected
        for c in concepts
        if c.corrected and len(c.words) == 1
    }
    if not replacements:
        return ""
    out = []
    for match in WORD_RE.finditer(text):
        word = normalise(match.group())
        out.append(replacements.get(word, match.group()))
    return " ".join(out)
