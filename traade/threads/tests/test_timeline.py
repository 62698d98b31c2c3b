"""The development of the threads over time, on small graphs whose answers are known by
hand: a thread counts from the date of its earliest reason."""

import datetime

import pytest

from traade.builders import make_area, make_unit
from traade.threads import timeline
from traade.threads.models import Reason

D = datetime.date
TODAY = D(2026, 5, 15)  # in the 2nd quarter of 2026

# a1, a2 in area A; b1 in B; c1 in C.
UNITS = {1: "A", 2: "A", 3: "B", 4: "C"}
A1, A2, B1, C1 = 1, 2, 3, 4
REASONS = [
    (B1, A1, D(2026, 2, 10)),  # a1–b1: worked together in Q1 2026 …
    (A1, B1, D(2025, 11, 3)),  # … but answered a challenge in Q4 2025: that counts
    (A1, B1, D(2026, 4, 1)),
    (A1, A2, D(2026, 1, 20)),  # within area A, Q1 2026
    (B1, C1, D(2026, 5, 1)),  # Q2 2026
    (C1, A2, D(2026, 6, 30)),  # after today: not yet a thread
]


def _rows(found):
    return [
        (p.label, p.threads, p.new_threads, p.cross_area_units, p.cross_area_share, p.isolated)
        for p in found
    ]


def test_a_thread_counts_from_its_earliest_reason_quarter_by_quarter():
    found = timeline.development(UNITS, REASONS, today=TODAY)
    assert _rows(found) == [
        # label, threads, new, units across areas, share, isolated
        ("4. kvartal 2025", 1, 1, 2, 0.5, 2),  # a1–b1; a2 and c1 alone
        ("1. kvartal 2026", 2, 1, 2, 0.5, 1),  # + a1–a2, within A; c1 alone
        ("2. kvartal 2026", 3, 1, 3, 0.75, 0),  # + b1–c1
    ]
    assert [(p.start, p.end) for p in found] == [
        (D(2025, 10, 1), D(2025, 12, 31)),
        (D(2026, 1, 1), D(2026, 3, 31)),
        (D(2026, 4, 1), TODAY),  # the current quarter ends today
    ]
    assert [p.is_current for p in found] == [False, False, True]
    assert all(p.units == 4 for p in found)
    assert found[-1].cross_area_percent == 75.0


def test_only_the_last_periods_are_shown_and_earlier_threads_still_count():
    reasons = [(A1, B1, D(2023, 3, 1)), (A1, A2, D(2025, 12, 31)), (B1, C1, D(2026, 1, 1))]
    found = timeline.development(UNITS, reasons, today=TODAY, count=2)
    assert _rows(found) == [
        ("2025", 2, 1, 2, 0.5, 1),  # a1–b1 from 2023 is there, but not new
        ("2026", 3, 1, 3, 0.75, 0),
    ]


def test_a_long_history_goes_by_year():
    reasons = [(A1, B1, D(2023, 3, 1)), (A1, A2, D(2025, 12, 31)), (B1, C1, D(2026, 1, 1))]
    found = timeline.development(UNITS, reasons, today=TODAY)
    assert _rows(found) == [
        ("2023", 1, 1, 2, 0.5, 2),
        ("2024", 1, 0, 2, 0.5, 2),  # a year without new threads is still a row
        ("2025", 2, 1, 2, 0.5, 1),
        ("2026", 3, 1, 3, 0.75, 0),
    ]
    assert found[-1].end == TODAY and found[0].end == D(2023, 12, 31)


@pytest.mark.parametrize(
    "first, size, periods",
    [
        (D(2024, 7, 1), timeline.QUARTER, 8),  # 3rd quarter 2024 … 2nd quarter 2026
        (D(2024, 6, 30), timeline.YEAR, 3),  # nine quarters: 2024, 2025, 2026
        (D(2010, 5, 1), timeline.YEAR, 8),  # the last eight years, 2019 … 2026
        (None, timeline.QUARTER, 1),  # no threads: the current quarter only
    ],
)
def test_quarters_while_they_fit_then_years(first, size, periods):
    assert timeline.period_size(first, TODAY) == size
    found = timeline.periods(first, TODAY)
    assert len(found) == periods
    assert found[-1][1] == TODAY


def test_without_threads_every_unit_is_isolated():
    (only,) = timeline.development(UNITS, [], today=TODAY)
    assert (only.label, only.threads, only.isolated, only.cross_area_share) == (
        "2. kvartal 2026",
        0,
        4,
        0.0,
    )
    assert timeline.development({}, [], today=TODAY)[0].cross_area_share == 0.0


@pytest.mark.django_db
def test_the_stored_reasons_give_the_same_development():
    a, b = make_area(key="A"), make_area(key="B")
    a1, b1 = make_unit(area=a), make_unit(area=b)
    make_unit(area=a)  # alone all along
    low, high = sorted([a1, b1], key=lambda unit: unit.pk)
    for number, day in enumerate([D(2026, 3, 1), D(2025, 12, 1)]):
        Reason.objects.create(
            unit_a=low, unit_b=high, kind="challenge", source=f"c-{number}", date=day, label="x"
        )
    found = timeline.current(today=TODAY)
    assert _rows(found) == [
        ("4. kvartal 2025", 1, 1, 2, round(2 / 3, 4), 1),  # from the earlier reason
        ("1. kvartal 2026", 1, 0, 2, round(2 / 3, 4), 1),
        ("2. kvartal 2026", 1, 0, 2, round(2 / 3, 4), 1),
    ]


def test_the_chart_draws_the_threads_at_each_periods_end():
    found = timeline.development(UNITS, REASONS, today=TODAY)
    chart = timeline.chart(found)
    assert [(p.date, int(p.value)) for p in chart.points] == [
        (D(2025, 12, 31), 1),
        (D(2026, 3, 31), 2),
        (TODAY, 3),
    ]
    ys = [p.y for p in chart.points]
    assert ys == sorted(ys, reverse=True)  # more threads, higher up
    assert [label for _x, label, _anchor in chart.x_ticks] == ["4. kvartal 2025", "2. kvartal 2026"]
    assert chart.points[-1].label == "3, 2. kvartal 2026"
    assert "1 i 4. kvartal 2025, 3 i 2. kvartal 2026 (til i dag)" in chart.description
    assert chart.baseline_y is None  # no nulpunkt here


def test_one_period_needs_no_chart():
    assert timeline.chart(timeline.development(UNITS, [], today=TODAY)) is None
