"""Search: the stages of a query, on top of a backend.

1. **Analyse** the text into concepts (`query.build_concepts`), reading the index
   statistics the query needs once (`query.Statistics`).
2. **Retrieve** candidates: the backend ranks every record matching any concept by BM25F
   (column weights) and returns the best, with counts per kind and area.
3. **Rank**: the candidates are re-ranked on their analysed text (`ranking`), and the
   semantic signal fuses in the meaning and adds records close in it (`semantic`).
4. **Present**: the shown records get their snippets, with the matched words marked.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse

from . import registry, semantic
from .analysis import WORD_RE, analyse
from .backends import Filters, Query, Row, get_backend
from .query import Concept, Statistics, build_concepts, corrected_text
from .ranking import _reach, _rerank, _selective, covers, synonym_pools

CANDIDATES = 40
# A query whose rarest word is in more records than this share (and BROAD_MIN) is
# "broad": candidates come from the name, knowledge and current-task columns only, the
# total is counted, and counts per kind and area are left out.
BROAD_SHARE = 0.03
BROAD_MIN = 2000
BROAD_MAX = 5000  # in a very large index, stay near this many records per query
SNIPPET_WORDS = 24


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


class _Words(list):
    """The words of a text (strings), with their positions looked up only when needed:
    most texts are read only to count their matched words."""

    def __init__(self, text: str):
        super().__init__(WORD_RE.findall(text))
        self.text = text
        self._spans: list[tuple[int, int]] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = [m.span() for m in WORD_RE.finditer(self.text)]
        return self._spans


def _mark_phrases(words: _Words, marks: list[bool], match: MatchTerms) -> None:
    """Mark the words of a query group that stand together, in any order, with at most
    PHRASE_GAP stop words and no punctuation between them ("pleje af ældre" for
    "ældrepleje", "virtual reality" for "vr"; not "taber sig, og det er let" for "tablet")."""
    if not match.groups:
        return
    content = []  # (position in `words`, own terms) of the words that are indexed
    for i, word in enumerate(words):
        own, _parts = _word_terms(word)
        if own:
            content.append((i, own))

    def together(a: int, b: int) -> bool:
        between = words.text[words.spans[a][1] : words.spans[b][0]]
        return b - a - 1 <= PHRASE_GAP and bool(_PHRASE_JOIN_RE.fullmatch(between.strip()))

    # Only a window whose first word belongs to a group can mark anything: look there.
    union = frozenset().union(*match.groups)
    starts = [k for k, (_i, own) in enumerate(content) if own & union]
    if len(starts) < 2:
        return
    for group in match.groups:
        size = len(group)
        for start in starts:
            if start + size > len(content):
                break
            window = content[start : start + size]
            if (
                all(own & group for _, own in window)
                and group <= set().union(*(own for _, own in window))
                and all(together(a, b) for (a, _), (b, _) in itertools.pairwise(window))
            ):
                for i, _own in window:
                    marks[i] = True


def _marks(text: str, match_terms, memo: dict[str, bool]) -> tuple[_Words, list[bool]]:
    """The words of `text` and, for each, whether it matched (memoised per query)."""
    match = _as_match_terms(match_terms)
    words = _Words(text)
    marks = []
    for word in words:
        marked = memo.get(word)
        if marked is None:
            marked = memo[word] = _word_matches(word, match)
        marks.append(marked)
    _mark_phrases(words, marks, match)
    return words, marks


def _render(words: _Words, marks, window: int | None) -> str:
    text = words.text
    if not words:
        return html.escape(text.strip())
    spans = words.spans
    start, end = 0, len(words)
    if window and len(words) > window:
        best, best_count = 0, -1
        count = sum(marks[:window])
        for s in range(0, len(words) - window + 1):
            if s:
                count += marks[s + window - 1] - marks[s - 1]
            if count > best_count:
                best, best_count = s, count
        start = max(0, best - 2)
        end = min(len(words), start + window)
    begin = 0 if start == 0 else spans[start][0]
    finish = len(text) if end == len(words) else spans[end - 1][1]
    out, position = [], begin
    for (word_start, word_end), marked in zip(spans[start:end], marks[start:end], strict=False):
        out.append(html.escape(text[position:word_start]))
        word = html.escape(text[word_start:word_end])
        out.append(f"<mark>{word}</mark>" if marked else word)
        position = word_end
    out.append(html.escape(text[position:finish]))
    snippet = " ".join("".join(out).split())
    if start > 0:
        snippet = "… " + snippet
    if end < len(words):
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
    words, marks = _marks(text, match_terms, {} if memo is None else memo)
    return _render(words, marks, window), sum(marks)


def make_snippet(row: Row, match_terms, memo=None) -> str:
    """The field with the most matched words, cut to a window around them, marked."""
    memo = {} if memo is None else memo
    best = fallback = None
    best_count = 0
    for name in SNIPPET_FIELDS:
        text = row.fields.get(name, "")
        if not text:
            continue
        words, marks = _marks(text, match_terms, memo)
        if fallback is None:
            fallback = (words, marks)
        count = sum(marks)
        if count > best_count:
            best, best_count = (words, marks), count
    chosen = best or fallback
    return _render(*chosen, SNIPPET_WORDS) if chosen else ""


# --- search -------------------------------------------------------------------


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
    # 1. Analyse: concepts, with the statistics of every term they use, read once.
    statistics = Statistics(backend)
    concepts = build_concepts(text, statistics, prefix=prefix)
    if not concepts:
        return results
    state = statistics.state
    stats = statistics.get({t for c in concepts for alt in c.alternatives for t in alt})
    # 2. Retrieve the candidates (and the counts per kind and area).
    selected = _selective(concepts, stats, state[0])
    query = Query([c.alternatives for c in selected])
    # No kinds given: every kind but those searched only on request (tasks).
    kinds = tuple(kinds) if kinds else registry.default_kinds()
    filters = Filters(kinds, area or None, status or None, result or None)
    limit = max(0, limit)
    broad_limit = max(min(BROAD_SHARE * state[0], BROAD_MAX), BROAD_MIN)
    broad = min(_reach(c, stats) for c in selected) > broad_limit
    size = max(CANDIDATES, offset + limit)
    if any(c.corrected for c in concepts):
        results.corrected_query = corrected_text(text, concepts)
    # The semantic signal re-ranks with the meaning and adds records clearly close in
    # meaning (see semantic.py); the query is embedded beside the lexical search, as
    # corrected: the model knows the words, not their typos.
    meant = results.corrected_query or text
    use_semantic = by_meaning and semantic.wanted(prefix=prefix)
    pending = semantic.prefetch(meant) if use_semantic else None
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
    # 3. Rank: re-rank on the candidates' analysed text, then the semantic signal.
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
    if use_semantic:
        # The nearest records fill a short page only when the words found what was
        # asked: after a match on a fragment of the query they would be padding.
        fill = any(covers(concepts, rows[doc_id]) for _, doc_id in ranked)
        ranked, added = semantic.fuse(
            meant, ranked, rows, backend, filters, pending=pending, fill=fill
        )
        results.total += len(added)
        if facet_rows is not None:
            for row in (rows[doc_id] for doc_id in added):
                results.kind_counts[row.kind] = results.kind_counts.get(row.kind, 0) + 1
                results.area_counts[row.area] = results.area_counts.get(row.area, 0) + 1
    # 4. Present the shown records: snippets with the matched words marked.
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
