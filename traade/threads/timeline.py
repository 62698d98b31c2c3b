"""The development of the threads over time, reconstructed from the reasons' dates.

A thread exists from the date of its earliest reason: a pair of units that answered a
challenge in 2024 and started to work together in 2026 has had a thread since 2024. For
each period (a quarter, or a year when the history is long) the figures are those at the
period's end (today for the period we are in):

- `threads`: the pairs of units with a reason dated on or before the end;
  `new_threads`: of those, the ones whose earliest reason lies within the period.
- `cross_area_units` and `cross_area_share`: the units with a thread to a unit of another
  area, and their share of all units.
- `isolated`: the units without any thread at the end.

Every unit there is now counts in every period: the directory does not say when a unit
was created, and the reasons say nothing about units that have none. What is no longer
a reason (an ended collaboration) is no longer in the history either; the snapshots keep
what was measured at the time.

The periods: quarters when the first thread lies within the last `count` quarters,
otherwise years; the period of the first thread and every later one up to the current,
at most the last `count` of them. Without any thread: only the current quarter.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from traade.directory.models import Unit
from traade.lib import charts

from .models import Reason

PERIODS = 8
QUARTER = "quarter"
YEAR = "year"


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # the period's last day, or today for the current period
    label: str  # "3. kvartal 2026", "2026"
    size: str  # QUARTER or YEAR
    is_current: bool
    units: int
    threads: int
    new_threads: int
    cross_area_units: int
    isolated: int

    @property
    def cross_area_share(self) -> float:
        return round(self.cross_area_units / self.units, 4) if self.units else 0.0

    @property
    def cross_area_percent(self) -> float:
        return round(self.cross_area_share * 100, 1)


def _quarter_start(day: datetime.date) -> datetime.date:
    return datetime.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_start(start: datetime.date, size: str) -> datetime.date:
    if size == YEAR:
        return datetime.date(start.year + 1, 1, 1)
    month = start.month + 3
    return datetime.date(start.year + (month > 12), (month - 1) % 12 + 1, 1)


def _label(start: datetime.date, size: str) -> str:
    if size == YEAR:
        return str(start.year)
    return _("%(number)d. kvartal %(year)d") % {
        "number": (start.month - 1) // 3 + 1,
        "year": start.year,
    }


def period_size(first: datetime.date | None, today: datetime.date, count: int = PERIODS) -> str:
    """Quarters when the first thread lies within the last `count` quarters, else years."""
    if first is None:
        return QUARTER
    quarters = (today.year - first.year) * 4 + (today.month - 1) // 3 - (first.month - 1) // 3
    return QUARTER if quarters < count else YEAR


def periods(
    first: datetime.date | None, today: datetime.date, count: int = PERIODS
) -> list[tuple[datetime.date, datetime.date, str, str]]:
    """(start, end, label, size) from the period of `first` to today's (which ends today),
    at most the last `count`."""
    size = period_size(first, today, count)
    begin = first if first is not None and first <= today else today
    start = datetime.date(begin.year, 1, 1) if size == YEAR else _quarter_start(begin)
    found = []
    while start <= today:
        following = _next_start(start, size)
        end = following - datetime.timedelta(days=1)
        found.append((start, min(end, today), _label(start, size), size))
        start = following
    return found[-count:]


def development(
    units: dict[int, str],
    reasons: Iterable[tuple[int, int, datetime.date]],
    *,
    today: datetime.date,
    count: int = PERIODS,
) -> list[Period]:
    """The figures per period, oldest first. `units`: unit id -> area key (every unit);
    `reasons`: (unit, unit, date), a pair in either order and as often as it has reasons."""
    first_of: dict[tuple[int, int], datetime.date] = {}
    for a, b, date in reasons:
        if a == b or a not in units or b not in units:
            continue
        pair = (a, b) if a < b else (b, a)
        if pair not in first_of or date < first_of[pair]:
            first_of[pair] = date
    ordered = sorted(first_of.items(), key=lambda item: item[1])
    # No graph is needed: a sweep in date order counts the threads and the units they
    # touch (a networkx graph took half as much memory again: docs/performance.md).
    touched: set[int] = set()
    crossing: set[int] = set()
    found, position = [], 0
    for start, end, label, size in periods(ordered[0][1] if ordered else None, today, count):
        new = 0
        while position < len(ordered) and ordered[position][1] <= end:
            (a, b), date = ordered[position]
            touched.update((a, b))
            if units[a] != units[b]:
                crossing.update((a, b))
            new += date >= start
            position += 1
        found.append(
            Period(
                start=start,
                end=end,
                label=label,
                size=size,
                is_current=end == today,
                units=len(units),
                threads=position,
                new_threads=new,
                cross_area_units=len(crossing),
                isolated=len(units) - len(touched),
            )
        )
    return found


def current(*, today: datetime.date | None = None, count: int = PERIODS) -> list[Period]:
    """The development of the stored threads, from every unit and each pair's earliest
    reason (one row per pair from the database)."""
    units = dict(Unit.objects.values_list("pk", "area__key"))
    earliest = (
        Reason.objects.values("unit_a_id", "unit_b_id")
        .annotate(first=Min("date"))
        .values_list("unit_a_id", "unit_b_id", "first")
        .order_by()
    )
    return development(
        units,
        earliest.iterator(chunk_size=10_000),
        today=today or timezone.localdate(),
        count=count,
    )


def chart(found: list[Period]) -> charts.Chart | None:
    """The number of threads at each period's end as a line chart; None for one period
    (the table says it all)."""
    if len(found) < 2:
        return None
    first, last = found[0], found[-1]
    return charts.chart(
        [(p.end, Decimal(p.threads), "") for p in found],
        date_label={p.end: p.label for p in found}.get,
        description=_(
            "Antal tråde: %(first)d i %(first_label)s, %(last)d i %(last_label)s (til i dag). "
            "Tallene for hver periode står i tabellen."
        )
        % {
            "first": first.threads,
            "first_label": first.label,
            "last": last.threads,
            "last_label": last.label,
        },
        baseline=False,
    )
