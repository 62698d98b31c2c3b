"""The innovation portfolio for process leaders: counts per area and phase, the board by
phase, and the list as CSV or Excel (the filters are `forms.PortfolioFilterForm`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import Phase

NO_PHASE = ""


@dataclass
class Counts:
    phases: list[tuple[str, str]]  # (value, label), "" for no phase last
    rows: list[tuple[str, list[int], int]]  # (area name, count per phase, total)
    totals: list[int]
    total: int


def phase_columns() -> list[tuple[str, str]]:
    return [*Phase.choices, (NO_PHASE, _("Ingen fase"))]


def rows_of(experiments) -> list[dict]:
    """One row per experiment with what the list and the export show (two queries)."""
    from .models import Experiment

    units_of: dict[int, list] = {}
    through = Experiment.units.through.objects.filter(
        experiment_id__in=experiments.values("pk")
    ).values_list("experiment_id", "unit__name", "unit__area__name")
    for experiment_id, unit, area in through.order_by("unit__name"):
        units_of.setdefault(experiment_id, []).append((unit, area))
    rows = []
    for e in experiments.order_by("title"):
        own = units_of.get(e.pk, [])
        rows.append(
            {
                "experiment": e,
                "units": [u for u, _a in own],
                "areas": sorted({a for _u, a in own}),
            }
        )
    return rows


def counts(rows: list[dict]) -> Counts:
    """How many experiments per area and phase (an experiment in two areas counts in both
    rows, once in the totals)."""
    columns = phase_columns()
    per = Counter()
    totals = Counter()
    for row in rows:
        phase = row["experiment"].phase or NO_PHASE
        totals[phase] += 1
        for area in row["areas"]:
            per[area, phase] += 1
    areas = sorted({area for row in rows for area in row["areas"]})
    return Counts(
        phases=columns,
        rows=[
            (
                area,
                [per[area, value] for value, _label in columns],
                sum(per[area, value] for value, _label in columns),
            )
            for area in areas
        ],
        totals=[totals[value] for value, _label in columns],
        total=len(rows),
    )


def board(rows: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """The experiments by phase, in KL's order: (value, label, rows)."""
    by_phase: dict[str, list] = {}
    for row in rows:
        by_phase.setdefault(row["experiment"].phase or NO_PHASE, []).append(row)
    return [(value, label, by_phase.get(value, [])) for value, label in phase_columns()]


HEADER = [
    "nøgle",
    "titel",
    "enheder",
    "fagområder",
    "status",
    "resultat",
    "fase",
    "startet",
    "afsluttet",
    "emner",
    "læring",
]


def table(rows: list[dict]) -> list[list[str]]:
    """The export's rows, the header first; result only for closed experiments."""
    out = [HEADER]
    for row in rows:
        e = row["experiment"]
        out.append(
            [
                e.key,
                e.title,
                "; ".join(row["units"]),
                "; ".join(row["areas"]),
                e.get_status_display(),
                e.get_result_display() if e.is_closed else "",
                e.get_phase_display() if e.phase else "",
                e.started.isoformat() if e.started else "",
                e.ended.isoformat() if e.ended else "",
                "; ".join(e.tags),
                e.learning,
            ]
        )
    return out
