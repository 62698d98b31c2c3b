"""Re-ranking the backend's candidates on their analysed text (see docs/search.md,
"Ranking"): coverage of the query's concepts, where the words stand, one idf per
concept's synonyms, and phrases."""

from __future__ import annotations

import functools
import math

from . import registry
from .analysis import analyse
from .backends import Row
from .documents import COLUMNS
from .query import Concept

# In a large index a query word found in more than this share of the records (and at
# least COMMON_MIN records) does not select records when the query has rarer words; it
# still counts in the re-ranking. This keeps sentence queries fast.
COMMON_SHARE = 0.05
COMMON_MIN = 2000
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


def _matched_idf(pool: dict, terms: set) -> float:
    """The idf of a concept's best alternative that a record's terms match (0: none)."""
    return max(
        (value for alt, value in pool["idf"].items() if all(t in terms for t in alt)), default=0.0
    )


@functools.lru_cache(maxsize=50_000)
def _name_parts(title: str) -> frozenset[str]:
    """The compound parts of a record's name (names recur from query to query)."""
    return frozenset(analyse(title).parts)


def _rerank(concepts: list[Concept], row: Row, score: float, pools: list[dict]) -> float:
    columns = row.columns
    weak = {t for column in WEAK_COLUMNS for t in columns[column]}
    strong = {t for column in STRONG_COLUMNS for t in columns[column]}
    name = set(columns["name"])
    name_parts = _name_parts(row.title)
    parts = set(columns["parts"])
    terms = strong | weak | parts
    outside_name = None
    if registry.proper_name(row.kind):
        outside_name = weak | parts
        outside_name.update(t for column in STRONG_COLUMNS[1:] for t in columns[column])
    credits, places = [], []
    for c in concepts:
        credit, place, named_only = 0.0, 0.0, outside_name is not None
        for alt in c.alternatives:
            if not all(t in terms for t in alt):
                continue
            if named_only and all(t in outside_name for t in alt):
                named_only = False
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
        credits.append((credit, named_only))
        places.append(place)
    if outside_name is not None and not all(credit for credit, _ in credits):
        # A person's name says who, not what: a query word found only in it ("bo" in
        # "hjælp til at bo selv", in Bo Jensen) counts only when the record has every
        # concept of the query ("mads kok", "Jensen demens"). Otherwise it is not a
        # match, and the part of the score it gave (its share of the matched concepts'
        # idf) is taken off.
        weights = [_matched_idf(pool, terms) for pool in pools]
        total = sum(w for w, (credit, _) in zip(weights, credits, strict=True) if credit)
        named = sum(
            w for w, (credit, only) in zip(weights, credits, strict=True) if credit and only
        )
        if named:
            score *= (total - named) / total
        credits = [(0.0 if named_only else credit, named_only) for credit, named_only in credits]
    matched = sum(credit for credit, _ in credits)
    placement = sum(
        place if credit else 1.0 for (credit, _), place in zip(credits, places, strict=True)
    )
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


def covers(concepts: list[Concept], row: Row) -> bool:
    """Whether the record has every concept of the query, each by one of its alternatives
    that stands in the record as the word itself (not only inside other compounds)."""
    terms = {t for column in COLUMNS if column != "parts" for t in row.columns[column]}
    return all(any(all(t in terms for t in alt) for alt in c.alternatives) for c in concepts)


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
