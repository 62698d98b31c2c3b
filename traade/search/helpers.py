""" "Hvem kan hjælpe?": units and people whose knowledge, tasks and experiments fit a need.

The need is searched twice: among units and people (their visitkort, expertise and
tasks), and among experiments. An experiment that fits lends part of its score to the
units that ran it and to its contact person, so that "we have tried this" counts even
when the visitkort does not say it. Scores are normalised per list before they are added.
With the semantic signal on, the first list is ranked with the meaning of the need too,
and units and people clearly close in meaning join it (see semantic.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import registry
from .engine import run

EXPERIMENT_SHARE = 0.6
DEPTH = 30


@dataclass
class Helper:
    kind: str
    key: str
    title: str
    score: float = 0.0
    subtitle: str = ""
    snippet: str = ""
    url: str = ""
    experiments: list[str] = field(default_factory=list)  # titles of experiments it tried
    experiment_links: list[tuple[str, str]] = field(default_factory=list)  # (title, url)


def who_can_help(text: str, *, limit: int = 10) -> list[Helper]:
    direct = run(text, kinds=["unit", "person"], limit=DEPTH, facets=False)
    # Experiments are found by their words only: one found by meaning alone would lend
    # its score to all its units, which lowered the helpers measured on the relevance set.
    helpers: dict[tuple[str, str], Helper] = {}
    top = max((h.score for h in direct.hits), default=0.0) or 1.0
    for hit in direct.hits:
        helpers[(hit.kind, hit.key)] = Helper(
            hit.kind, hit.key, hit.title, hit.score / top, snippet=hit.snippet, url=hit.url
        )
    # Records of a kind that credits others ("we have tried this": an experiment's units
    # and contact person) lend them part of their score.
    for kind in registry.kinds():
        if kind.credits is None:
            continue
        tried = run(text, kinds=[kind.name], limit=DEPTH, facets=False, by_meaning=False)
        top = max((h.score for h in tried.hits), default=0.0) or 1.0
        credited = kind.credits([h.key for h in tried.hits])
        for hit in tried.hits:
            if hit.key not in credited:
                continue
            title, url, targets = credited[hit.key]
            share = EXPERIMENT_SHARE * hit.score / top
            for target_kind, key, target_title in targets:
                helper = helpers.setdefault(
                    (target_kind, key), Helper(target_kind, key, target_title)
                )
                helper.score += share
                if len(helper.experiments) < 3:
                    helper.experiments.append(title)
                    helper.experiment_links.append((title, url))
    ranked = sorted(helpers.values(), key=lambda h: (-h.score, h.kind, h.key))[:limit]
    described: dict[tuple[str, str], tuple[str, str]] = {}
    for kind in registry.kinds():
        keys = [h.key for h in ranked if h.kind == kind.name]
        if keys and kind.describe is not None:
            described.update(((kind.name, k), v) for k, v in kind.describe(keys).items())
    for helper in ranked:
        subtitle, url = described.get((helper.kind, helper.key), ("", ""))
        helper.subtitle = subtitle
        helper.url = helper.url or url
        helper.score = round(helper.score, 6)
    return ranked
