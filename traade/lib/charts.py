"""A development as an SVG line chart drawn on the server (`_line_chart.html` draws it):
an experiment's indicator from its nulpunkt, the threads between units per quarter.

No JavaScript and no outside library: the chart is a few lines and points, with a
title and a description for screen readers; the page shows the same numbers as a table.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 16, 40


@dataclass
class Point:
    x: float
    y: float
    date: datetime.date
    value: Decimal
    label: str  # "12,5 borgere, 3. marts 2026" (the point's tooltip)


@dataclass
class Chart:
    width: int
    height: int
    points: list[Point]
    path: str  # the polyline's points attribute
    y_ticks: list[tuple[float, str]]  # (y, label)
    x_ticks: list[tuple[float, str, str]]  # (x, label, text-anchor)
    description: str
    baseline_y: float | None  # the dashed line at the first value (the nulpunkt's)


def number(value: Decimal) -> str:
    """A value the Danish way (decimal comma), without needless decimals."""
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return number_format(value, use_l10n=True, force_grouping=True)


def _date(day: datetime.date) -> str:
    return day.strftime("%d.%m.%Y")


def chart(
    series: list[tuple[datetime.date, Decimal, str]],
    measure: str = "",
    *,
    date_label: Callable[[datetime.date], str] = _date,
    description: str | None = None,
    baseline: bool = True,
) -> Chart:
    """`series`: (date, value, note) sorted by date, the nulpunkt first. `date_label`
    names a date on the axis and in the points' tooltips; `description` replaces the one
    about a nulpunkt and its measurements; `baseline`: draw a line at the first value."""
    dates = [d for d, _v, _n in series]
    values = [v for _d, v, _n in series]
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    pad = (high - low) / 10
    low, high = low - pad, high + pad
    first, last = dates[0].toordinal(), dates[-1].toordinal()
    span = (last - first) or 1
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(day: datetime.date) -> float:
        if last == first:
            return LEFT + inner_w / 2
        return round(LEFT + (day.toordinal() - first) / span * inner_w, 1)

    def y_of(value: Decimal) -> float:
        return round(TOP + float((high - value) / (high - low)) * inner_h, 1)

    unit = f" {measure}" if measure else ""
    points = [
        Point(x_of(d), y_of(v), d, v, f"{number(v)}{unit}, {date_label(d)}") for d, v, _n in series
    ]
    y_ticks = [(y_of(v), number(v)) for v in sorted({min(values), max(values)})]
    # The first date starts at its point and the last ends at its own, inside the box.
    x_ticks = [(x_of(dates[0]), date_label(dates[0]), "middle" if last == first else "start")]
    if dates[-1] != dates[0]:
        x_ticks.append((x_of(dates[-1]), date_label(dates[-1]), "end"))
    if description is None and len(points) == 1:
        description = _("Kun nulpunktet er målt: %(value)s.") % {"value": points[0].label}
    elif description is None:
        description = _(
            "Fra %(first)s (nulpunkt) til %(last)s, %(count)d målinger. Tallene står i tabellen."
        ) % {"first": points[0].label, "last": points[-1].label, "count": len(points)}
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        path=" ".join(f"{p.x},{p.y}" for p in points),
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        description=description,
        baseline_y=points[0].y if baseline else None,
    )
