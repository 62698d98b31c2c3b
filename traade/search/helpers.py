""" "Hvem kan hjælpe?": units and people whose knowledge, tasks and experiments fit a need.

The need is searched twice: among units and people (their visitkort, expertise and
tasks), and among experiments. An experiment that fits lends part of its score to the
units that ran it and to its contact person, so that "we have tried this" counts even
when the visitkort does not say it. Scores are normalised per list before they are added.
With the semantic signal on, units and people close in meaning to the need fill the first
list when its words find fewer than DEPTH (see semantic.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import NoReverseMatch

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


def _url(obj) -> str:
    try:
        return obj.get_absolute_url()
    except (AttributeError, NoReverseMatch):
        return ""


def who_can_help(text: str, *, limit: int = 10) -> list[Helper]:
    from traade.directory.models import Person, Unit
    from traade.experiments.models import Experiment

    direct = run(text, kinds=["unit", "person"], limit=DEPTH, facets=False)
    # Experiments are found by their words only: one found by meaning alone would lend
    # its score to all its units, which lowered the helpers measured on the relevance set.
    tried = run(text, kinds=["experiment"], limit=DEPTH, facets=False, by_meaning=False)
    helpers: dict[tuple[str, str], Helper] = {}
    top = max((h.score for h in direct.hits), default=0.0) or 1.0
    for hit in direct.hits:
        helpers[(hit.kind, hit.key)] = Helper(
            hit.kind, hit.key, hit.title, hit.score / top, snippet=hit.snippet, url=hit.url
        )
    top = max((h.score for h in tried.hits), default=0.0) or 1.0
    experiments = {
        e.key: e
        for e in Experiment.objects.filter(key__in=[h.key for h in tried.hits])
        .select_related("contact")
        .prefetch_related("units")
    }
    for hit in tried.hits:
        experiment = experiments.get(hit.key)
        if experiment is None:
            continue
        share = EXPERIMENT_SHARE * hit.score / top
        targets = [("unit", u.key, u.name) for u in experiment.units.all()]
        if experiment.contact:
            targets.append(("person", experiment.contact.key, experiment.contact.name))
        for kind, key, title in targets:
            helper = helpers.setdefault((kind, key), Helper(kind, key, title))
            helper.score += share
            if len(helper.experiments) < 3:
                helper.experiments.append(experiment.title)
                helper.experiment_links.append((experiment.title, _url(experiment)))
    ranked = sorted(helpers.values(), key=lambda h: (-h.score, h.kind, h.key))[:limit]
    units = {
        u.key: u
        for u in Unit.objects.filter(
            key__in=[h.key for h in ranked if h.kind == "unit"]
        ).select_related("area")
    }
    people = {
        p.key: p
        for p in Person.objects.filter(
            key__in=[h.key for h in ranked if h.kind == "person"]
        ).select_related("unit")
    }
    for helper in ranked:
        if helper.kind == "unit" and helper.key in units:
            unit = units[helper.key]
            helper.subtitle = unit.area.name
            helper.url = helper.url or unit.get_absolute_url()
        elif helper.kind == "person" and helper.key in people:
            person = people[helper.key]
            helper.subtitle = ", ".join(x for x in (person.title, person.unit.name) if x)
            helper.url = helper.url or person.get_absolute_url()
        helper.score = round(helper.score, 6)
    return ranked
