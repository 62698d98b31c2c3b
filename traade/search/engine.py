"""Search: query understanding, ranking and snippets, on top of a backend.

1. The query is analysed like documents (see `analysis`) into words; synonym phrases
   found in it become one concept with the synonym's words as alternatives.
2. Each word becomes a concept: its term, the AND of its compound parts, its synonyms,
   and, when the index does not know the term, close spellings (typos) and, while the
   user is typing, completions of the last word.
3. The backend ranks every record matching any concept by BM25F (column weights).
4. The best candidates are re-ranked: records that match more of the concepts, and
   records where the words stand next to each other as in the query, rise.
"""

from __future__ import annotations

import functools
import html
import itertools
import math
import re
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from . import registry, semantic
from .analysis import (
    STOPWORDS,
    WORD_RE,
    QueryWord,
    analyse,
    analyse_query,
    damerau_levenshtein,
    deletes,
    lexicon,
    load_synonyms,
    max_typo_distance,
    normalise,
    query_split,
    stem,
)
from .backends import Filters, Query, Row, get_backend
from .documents import COLUMNS

CANDIDATES = 40
# In a large index a query word found in more than this share of the records (and at
# least COMMON_MIN records) does not select records when the query has rarer words; it
# still counts in the re-ranking. This keeps sentence queries fast.
COMMON_SHARE = 0.05
COMMON_MIN = 2000
# A query whose rarest word is in more records than this share (and BROAD_MIN) is
# "broad": candidates come from the name, knowledge and current-task columns only, the
# total is counted, and counts per kind and area are left out.
BROAD_SHARE = 0.03
BROAD_MIN = 2000
BROAD_MAX = 5000  # in a very large index, stay near this many records per query
MAX_CORRECTIONS = 2
MAX_COMPLETIONS = 4
SNIPPET_WORDS = 24
# Re-ranking: share of the score that depends on how many concepts a record matches,
# and the bonus for query words standing next to each other in the record.
COVERAGE_WEIGHT = 0.7
PHRASE_BONUS = 0.5
# A concept matched only through a synonym counts this much of a direct match.
SYNONYM_MATCH = 0.8
# A concept matched only inside compounds (its parts in the parts column) counts this much.
PART_MATCH = 0.5
# Placement: a concept in the record's own name (title) multiplies the score by
# 1 + NAME_BONUS (by 1 + NAME_BONUS * NAME_PART_SHARE as part of a compound in the name);
# found only in the weak columns (context, ended tasks), by WEAK_ONLY. Averaged over the
# query's concepts. A person's unit name thus weighs much less than the unit's own name.
NAME_BONUS = 0.5
NAME_PART_SHARE = 1.0
WEAK_ONLY = 0.5
STRONG_COLUMNS = ("name", "knowledge", "current", "body")
WEAK_COLUMNS = ("ended", "context")


@functools.cache
def synonyms():
    return load_synonyms(getattr(settings, "TRAADE_SYNONYMS_FILE", "") or None)


@dataclass
class Concept:
    words: list[QueryWord]  # the query words it stands for
    alternatives: list[tuple[str, ...]]
    corrected: str | None = None  # a written word, when a typo was corrected
    main: tuple[str, ...] = ()  # the terms as typed
    # Alternatives that are the word itself (as typed, its parts, corrected, completed)
    # rather than a synonym; a record matching one of them ranks a little higher.
    primary: set[tuple[str, ...]] = field(default_factory=set)

    def __post_init__(self):
        if self.main:
            self.primary.add(self.main)


@dataclass
class Hit:
    kind: str
    key: str
    title: str
    score: float
    snippet: str  # HTML: escaped text with <mark> around matched words
    title_html: str
    area: str
    status: str
    result: str
    obj_id: int
    # Found by the semantic signal, not by the words (its snippet has no marks).
    by_meaning: bool = False

    @property
    def url(self) -> str:
        try:
            kind = registry.get(self.kind)
            return kind.url(self.key) if kind.url else reverse(kind.url_name, args=[self.key])
        except (KeyError, NoReverseMatch):
            return ""

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "key": self.key,
            "title": self.title,
            "score": round(self.score, 6),
            "snippet": self.snippet,
        }


@dataclass
class Results:
    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    kind_counts: dict[str, int] = field(default_factory=dict)
    area_counts: dict[str, int] = field(default_factory=dict)
    facets_counted: bool = True  # False for broad queries in a large index
    corrected_query: str = ""  # set when typos were corrected
    suggestion: str = ""  # "Mente du …?" when nothing matched

    def as_json(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "results": [h.as_json() for h in self.hits],
        }


# --- typos --------------------------------------------------------------------


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
            concepts.append(Concept([qwords[i]], [(qwords[i].term,)], main=(qwords[i].term,)))
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


def _respell(qwords: list[QueryWord], backend) -> list[QueryWord]:
    """Read "ae"/"oe" as "æ"/"ø" in words the index does not know, where that gives a
    word it does know (before typo correction, which would find "aldrig" for "aeldre")."""
    variants = {
        w.surface: _respellings(w.surface) for w in qwords if "ae" in w.surface or "oe" in w.surface
    }
    if not variants:
        return qwords
    stats = backend.term_stats(
        {w.term for w in qwords} | {stem(v) for vs in variants.values() for v in vs}
    )
    lex = lexicon()
    out = []
    for w in qwords:
        choice = None
        if w.surface in variants and w.term not in stats:
            known = [v for v in variants[w.surface] if stem(v) in stats]
            if not known and w.surface not in lex:
                known = [v for v in variants[w.surface] if v in lex]
            choice = known[0] if known else None
        out.append(QueryWord(choice, stem(choice)) if choice else w)
    return out


def _any_known(entries, backend) -> bool:
    """Whether the index has every term of at least one of `entries`."""
    stats = backend.term_stats({t for entry in entries for t in entry})
    return any(all(t in stats for t in entry) for entry in entries)


def _expansions(word: str, alternatives) -> set[tuple[str, ...]]:
    """The alternatives whose words' initials spell the abbreviation `word` ("vr" →
    "virtual reality", "kol" → "kronisk obstruktiv lungesygdom")."""
    if not 2 <= len(word) <= 5 or not word.isalpha():
        return set()
    return {
        alt for alt in alternatives if len(alt) == len(word) and "".join(t[0] for t in alt) == word
    }


def build_concepts(text: str, backend, *, prefix: bool = False) -> list[Concept]:
    """Turn the query text into concepts with their alternatives."""
    qwords = analyse_query(text)
    if not qwords:
        return []
    qwords = _respell(qwords, backend)
    syn = synonyms()
    concepts = _synonym_concepts(qwords, syn)

    splits: dict[str, tuple[str, ...]] = {}
    terms = {w.term for c in concepts for w in c.words}
    for c in concepts:
        if len(c.words) == 1:
            parts = query_split(c.words[0].surface)
            if parts:
                kept = tuple(stem(p) for p in parts if p not in STOPWORDS)
                if len(kept) > 1:
                    splits[c.words[0].surface] = kept
                    terms.update(kept)
    stats = backend.term_stats(terms)
    typos: TypoIndex | None = None

    def corrections(term: str) -> list[str]:
        nonlocal typos
        if typos is None:
            typos = typo_index(backend, backend.state()[2])
        return typos.corrections(term)

    ends_with_space = text[-1:].isspace()
    result: list[Concept] = []
    for position, c in enumerate(concepts):
        if len(c.words) != 1:
            result.append(c)
            continue
        word = c.words[0]
        parts = splits.get(word.surface)
        # While typing, the last word may be the start of a longer one, known or not
        # ("fin" is a name and the start of "finde").
        completing = (
            prefix and position == len(concepts) - 1 and not ends_with_space and len(word.term) >= 2
        )
        # An abbreviation's spelled-out form is the word itself ("ppr" is "pædagogisk
        # psykologisk rådgivning"), not a near synonym: it counts in full.
        c.primary.update(_expansions(word.surface, syn.alternatives((word.term,))))
        if word.term in stats:
            if parts:
                c.alternatives.extend(_with_synonyms(parts, syn))
                c.primary.add(parts)
            c.alternatives.extend(sorted(syn.alternatives((word.term,))))
            if completing:
                # The word as typed may be complete: its completions count like synonyms.
                for term, _df, _word in backend.prefix_terms(word.term, MAX_COMPLETIONS):
                    c.alternatives.append((term,))
            result.append(c)
            continue
        # Unknown to the index: completions while typing, close spellings, or parts.
        found = corrections(word.term)
        if (
            not found
            and parts
            and any(p in stats for p in parts)
            and not syn.alternatives((word.term,))
        ):
            # A compound the index does not know is searched as its parts, each on its
            # own ("pædagogmangel" → "pædagog", "mangel"); the ranking favours records
            # that have both. A compound with synonyms ("plejehjem") stays one concept:
            # its synonyms, or all its parts together.
            for part in parts:
                alternatives = [(part,), *sorted(syn.alternatives((part,)))]
                result.append(Concept([QueryWord(part, part)], alternatives, main=(part,)))
            continue
        if completing:
            for term, _df, _word in backend.prefix_terms(word.term, MAX_COMPLETIONS):
                c.alternatives.append((term,))
                c.primary.add((term,))
        whole_synonyms = syn.alternatives((word.term,))
        if parts and not (whole_synonyms and _any_known(whole_synonyms, backend)):
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
        c.words[0].surface: c.corrected for c in concepts if c.corrected and len(c.words) == 1
    }
    if not replacements:
        return ""
    out = []
    for match in WORD_RE.finditer(text):
        word = normalise(match.group())
        out.append(replacements.get(word, match.group()))
    return " ".join(out)


# --- ranking ------------------------------------------------------------------


def _placement(alt: tuple[str, ...], name: set, name_parts: set, strong: set, weak: set):
    """How well the terms of one alternative are placed in a record, or None if absent."""
    if all(t in name for t in alt):
        return 1 + NAME_BONUS
    if all(t in name or t in name_parts for t in alt):
        return 1 + NAME_BONUS * NAME_PART_SHARE
    if all(t in strong for t in alt):
        return 1.0
    if all(t in strong or t in weak for t in alt):
        return WEAK_ONLY
    return None


def _idf(df: int, doc_count: int) -> float:
    """BM25's idf as FTS5 computes it (never below a tiny positive number)."""
    return max(math.log((doc_count - df + 0.5) / (df + 0.5)), 1e-6)


def synonym_pools(concepts: list[Concept], stats: dict, doc_count: int) -> list[dict]:
    """Per concept, the idf of each alternative and the one idf its synonyms share.

    The backends give each alternative its own idf, so a rare synonym ("plejeboliger")
    outscores a common one ("plejecenter") for the same concept. Like Lucene's
    SynonymQuery, the words of one concept share the idf of the most common of them;
    `_rerank` applies that as a correction. Returns [{"idf": {alt: idf}, "shared": x}].
    """
    pools = []
    for c in concepts:
        idf = {}
        for alt in c.alternatives:
            dfs = [stats.get(t, (0, ""))[0] for t in alt]
            if all(dfs):
                idf[alt] = sum(_idf(df, doc_count) for df in dfs)
        singles = [idf[alt] for alt in idf if len(alt) == 1]
        pools.append({"idf": idf, "shared": min(singles) if singles else None})
    return pools


def _shared_idf(pools: list[dict], terms: set) -> float:
    """How much a record's score changes when a concept's synonyms share one idf."""
    own = shared = 0.0
    for pool in pools:
        found = [(value, alt) for alt, value in pool["idf"].items() if all(t in terms for t in alt)]
        if not found:
            continue
        value, alt = max(found)
        own += value
        shared += pool["shared"] if len(alt) == 1 and pool["shared"] is not None else value
    return shared / own if own > 0 else 1.0


def _rerank(concepts: list[Concept], row: Row, score: float, pools: list[dict]) -> float:
    columns = row.columns
    weak = {t for column in WEAK_COLUMNS for t in columns[column]}
    strong = {t for column in STRONG_COLUMNS for t in columns[column]}
    name = set(columns["name"])
    name_parts = set(analyse(row.title).parts)
    parts = set(columns["parts"])
    terms = strong | weak | parts
    matched = 0.0
    placement = 0.0
    for c in concepts:
        credit, place = 0.0, 0.0
        for alt in c.alternatives:
            if not all(t in terms for t in alt):
                continue
            whole = _placement(alt, name, name_parts, strong, weak)
            if alt in c.primary:
                # A word found only inside other compounds ("pleje" + "hjem" in
                # "hjemmepleje" for "plejehjem") counts less than the word itself.
                this = 1.0 if whole is not None else PART_MATCH
            else:
                this = SYNONYM_MATCH if whole is not None else PART_MATCH * SYNONYM_MATCH
                # A synonym in a name is not the record the query names.
                whole = min(whole, 1.0) if whole is not None else None
            credit = max(credit, this)
            place = max(place, whole if whole is not None else WEAK_ONLY)
        matched += credit
        placement += place if credit else 1.0
    coverage = matched / len(concepts)
    factor = (1 - COVERAGE_WEIGHT) + COVERAGE_WEIGHT * coverage**2
    factor *= _shared_idf(pools, terms)
    # Where the words stand: in the record's own name, or only in what surrounds it
    # (a person's unit, an experiment's units, ended tasks).
    factor *= placement / len(concepts)
    # Phrase: consecutive query concepts whose terms stand next to each other.
    sequence = [c for c in concepts]
    if len(sequence) > 1:
        pairs = 0
        found = 0
        bigrams = set()
        for column in COLUMNS:
            if column == "parts":
                continue
            ts = row.columns[column]
            bigrams.update(zip(ts, ts[1:], strict=False))
        for a, b in zip(sequence, sequence[1:], strict=False):
            pairs += 1
            lasts = {alt[-1] for alt in a.alternatives}
            firsts = {alt[0] for alt in b.alternatives}
            if any((x, y) in bigrams for x in lasts for y in firsts):
                found += 1
        factor *= 1 + PHRASE_BONUS * found / pairs
    return score * factor


# --- snippets -----------------------------------------------------------------

SNIPPET_FIELDS = ("knowledge", "current_tasks", "offers", "body", "ended_tasks", "context")


@dataclass(frozen=True)
class MatchTerms:
    """What the words of a hit are marked for: the query's alternatives.

    `single` holds the alternatives of one term (the words as typed, their synonyms,
    corrections and completions); `groups` the AND groups of several terms (a compound's
    parts, a phrase from the synonym file). A term that is only a member of a group does
    not mark a word on its own: "tablet" is searched as "tablet" or "tab" + "let", and
    "taber" must not light up.
    """

    single: frozenset[str] = frozenset()
    groups: tuple[frozenset[str], ...] = ()

    @classmethod
    def of(cls, concepts: list[Concept]) -> MatchTerms:
        alternatives = {alt for c in concepts for alt in c.alternatives}
        return cls(
            frozenset(alt[0] for alt in alternatives if len(alt) == 1),
            tuple(sorted({frozenset(alt) for alt in alternatives if len(alt) > 1}, key=sorted)),
        )


def _as_match_terms(match_terms) -> MatchTerms:
    if isinstance(match_terms, MatchTerms):
        return match_terms
    return MatchTerms(frozenset(match_terms))  # a plain set: terms that each match alone


@functools.lru_cache(maxsize=100_000)
def _word_terms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """A written word's index terms as the index sees it: (its own terms, its parts).

    Own terms are the stems of the word or of its hyphenated pieces; parts are the stems
    of its compound parts (and of a hyphenated word joined up). A stop word
    has none: it is not indexed, so it never matched ("dem" in a text found for
    "demens", whose stem is also "dem").
    """
    analysed = analyse(word)
    return frozenset(analysed.terms), frozenset(analysed.parts)


def _word_matches(word: str, match: MatchTerms) -> bool:
    """Whether a word matched by itself: its stem is a query term, a part of it is (a
    compound with the query's word in it: "demensvenlig" for "demens"), or its parts
    make up a query compound's parts ("ældreplejen" for "ældrepleje")."""
    own, parts = _word_terms(word)
    return bool(
        own & match.single
        or parts & match.single
        or any(group <= parts or group <= own for group in match.groups)
    )


# Words of a query group count as a phrase with at most this many stop words between
# them, and no punctuation.
PHRASE_GAP = 2
_PHRASE_JOIN_RE = re.compile(r"[^\W_]*(?:\s+[^\W_]*)*")


def _mark_phrases(text: str, found, marks: list[bool], match: MatchTerms) -> None:
    """Mark the words of a query group that stand together, in any order, with at most
    PHRASE_GAP stop words and no punctuation between them ("pleje af ældre" for
    "ældrepleje", "virtual reality" for "vr"; not "taber sig, og det er let" for "tablet")."""
    if not match.groups:
        return
    content = []  # (position in `found`, own terms) of the words that are indexed
    for i, m in enumerate(found):
        own, _parts = _word_terms(m.group())
        if own:
            content.append((i, own))

    def together(a: int, b: int) -> bool:
        between = text[found[a].end() : found[b].start()]
        return b - a - 1 <= PHRASE_GAP and bool(_PHRASE_JOIN_RE.fullmatch(between.strip()))

    for group in match.groups:
        size = len(group)
        for start in range(len(content) - size + 1):
            window = content[start : start + size]
            if (
                all(own & group for _, own in window)
                and group <= set().union(*(own for _, own in window))
                and all(together(a, b) for (a, _), (b, _) in itertools.pairwise(window))
            ):
                for i, _own in window:
                    marks[i] = True


def _marks(text: str, match_terms, memo: dict[str, bool]):
    """The words of `text` and, for each, whether it matched (memoised per query)."""
    match = _as_match_terms(match_terms)
    found = list(WORD_RE.finditer(text))
    marks = []
    for m in found:
        word = m.group()
        marked = memo.get(word)
        if marked is None:
            marked = memo[word] = _word_matches(word, match)
        marks.append(marked)
    _mark_phrases(text, found, marks, match)
    return found, marks


def _render(text: str, found, marks, window: int | None) -> str:
    if not found:
        return html.escape(text.strip())
    start, end = 0, len(found)
    if window and len(found) > window:
        best, best_count = 0, -1
        count = sum(marks[:window])
        for s in range(0, len(found) - window + 1):
            if s:
                count += marks[s + window - 1] - marks[s - 1]
            if count > best_count:
                best, best_count = s, count
        start = max(0, best - 2)
        end = min(len(found), start + window)
    begin = 0 if start == 0 else found[start].start()
    finish = len(text) if end == len(found) else found[end - 1].end()
    out, position = [], begin
    for m, marked in zip(found[start:end], marks[start:end], strict=False):
        out.append(html.escape(text[position : m.start()]))
        word = html.escape(m.group())
        out.append(f"<mark>{word}</mark>" if marked else word)
        position = m.end()
    out.append(html.escape(text[position:finish]))
    snippet = " ".join("".join(out).split())
    if start > 0:
        snippet = "… " + snippet
    if end < len(found):
        snippet += " …"
    return snippet


def highlight(
    text: str, match_terms, *, window: int | None = SNIPPET_WORDS, memo=None
) -> tuple[str, int]:
    """Escape `text` and mark the words that matched `match_terms` (a `MatchTerms`, or
    a set of terms that each match alone).

    With a window, return the best `window` words around the matches, else the whole
    text; and how many words matched.
    """
    found, marks = _marks(text, match_terms, {} if memo is None else memo)
    return _render(text, found, marks, window), sum(marks)


def make_snippet(row: Row, match_terms, memo=None) -> str:
    """The field with the most matched words, cut to a window around them, marked."""
    memo = {} if memo is None else memo
    best = fallback = None
    best_count = 0
    for name in SNIPPET_FIELDS:
        text = row.fields.get(name, "")
        if not text:
            continue
        found, marks = _marks(text, match_terms, memo)
        if fallback is None:
            fallback = (text, found, marks)
        count = sum(marks)
        if count > best_count:
            best, best_count = (text, found, marks), count
    chosen = best or fallback
    return _render(*chosen, SNIPPET_WORDS) if chosen else ""


# --- search -------------------------------------------------------------------


def _reach(c: Concept, stats: dict) -> int:
    """At most how many records match the concept."""
    return sum(min(stats.get(t, (0, ""))[0] for t in alt) for alt in c.alternatives)


def _selective(concepts: list[Concept], stats: dict, doc_count: int) -> list[Concept]:
    """The concepts that select records: very common ones are left out if rarer remain."""
    if len(concepts) < 2:
        return concepts
    limit = max(COMMON_SHARE * doc_count, COMMON_MIN)
    kept = [c for c in concepts if _reach(c, stats) <= limit]
    return kept or [min(concepts, key=lambda c: _reach(c, stats))]


def run(
    text: str,
    *,
    kinds=None,
    area=None,
    status=None,
    result=None,
    limit: int = 20,
    offset: int = 0,
    prefix: bool = False,
    facets: bool = True,
    by_meaning: bool = True,
) -> Results:
    text = (text or "").strip()[:500]
    results = Results(query=text)
    backend = get_backend()
    concepts = build_concepts(text, backend, prefix=prefix)
    if not concepts:
        return results
    state = backend.state()
    stats = backend.term_stats({t for c in concepts for alt in c.alternatives for t in alt})
    selected = _selective(concepts, stats, state[0])
    query = Query([c.alternatives for c in selected])
    # No kinds given: every kind but those searched only on request (tasks).
    kinds = tuple(kinds) if kinds else registry.default_kinds()
    filters = Filters(kinds, area or None, status or None, result or None)
    limit = max(0, limit)
    broad_limit = max(min(BROAD_SHARE * state[0], BROAD_MAX), BROAD_MIN)
    broad = min(_reach(c, stats) for c in selected) > broad_limit
    size = max(CANDIDATES, offset + limit)
    # The optional semantic signal fills a list the words leave short (see semantic.py);
    # when that is certain already, the query is embedded beside the lexical search.
    use_semantic = by_meaning and semantic.wanted(prefix=prefix)
    pending = None
    if use_semantic and sum(_reach(c, stats) for c in concepts) < offset + limit:
        pending = semantic.prefetch(text)
    facet_rows = None
    if broad:
        strong = Query(query.concepts, strong=True)
        candidates = backend.candidates(strong, filters, size, stats=stats, state=state)
    elif facets:
        candidates, facet_rows = backend.candidates_and_facets(
            query, filters, size, stats=stats, state=state
        )
    else:
        candidates = backend.candidates(query, filters, size, stats=stats, state=state)
    if any(c.corrected for c in concepts):
        results.corrected_query = corrected_text(text, concepts)
    if broad:
        # Counting tens of thousands of matches is what a broad query avoids: the total
        # is the upper bound given by the words' document frequencies.
        results.facets_counted = False
        results.total = min(state[0], sum(_reach(c, stats) for c in selected))
    elif facet_rows is not None:
        for kind, area_key, n in facet_rows:
            if not filters.area or area_key == filters.area:
                results.kind_counts[kind] = results.kind_counts.get(kind, 0) + n
            if not filters.kinds or kind in filters.kinds:
                results.area_counts[area_key] = results.area_counts.get(area_key, 0) + n
            if (not filters.area or area_key == filters.area) and (
                not filters.kinds or kind in filters.kinds
            ):
                results.total += n
    else:
        results.total = len(candidates)
    if not candidates:
        results.suggestion = results.corrected_query
        if not use_semantic:
            return results
    rows = backend.fetch([doc_id for doc_id, _ in candidates])
    pools = synonym_pools(concepts, stats, state[0])
    ranked = sorted(
        (
            (round(_rerank(concepts, rows[i], score, pools), 9), i)
            for i, score in candidates
            if i in rows
        ),
        key=lambda pair: (-pair[0], rows[pair[1]].kind, rows[pair[1]].key),
    )
    added: list = []
    if use_semantic and results.total < offset + limit:
        ranked, added = semantic.fill(
            text, ranked, rows, backend, filters, want=offset + limit, pending=pending
        )
        results.total += len(added)
        if facet_rows is not None:
            for row in (rows[doc_id] for doc_id in added):
                results.kind_counts[row.kind] = results.kind_counts.get(row.kind, 0) + 1
                results.area_counts[row.area] = results.area_counts.get(row.area, 0) + 1
    match_terms = MatchTerms.of(concepts)
    shown = ranked[offset : offset + limit]
    fields = backend.fetch_fields([doc_id for _, doc_id in shown])
    memo: dict[str, bool] = {}
    found_by_meaning = set(added)
    for score, doc_id in shown:
        row = rows[doc_id]
        row.fields = fields.get(doc_id, {})
        title_html, _ = highlight(row.title, match_terms, window=None, memo=memo)
        results.hits.append(
            Hit(
                kind=row.kind,
                key=row.key,
                title=row.title,
                score=score,
                snippet=make_snippet(row, match_terms, memo),
                title_html=title_html,
                area=row.area,
                status=row.status,
                result=row.result,
                obj_id=row.obj_id,
                by_meaning=doc_id in found_by_meaning,
            )
        )
    return results
