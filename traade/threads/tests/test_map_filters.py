"""The map's data and the table follow the filters: area, kind of thread and period; a
bad filter is shown as an error and filters nothing."""

import datetime

import pytest
from django.urls import reverse

from traade.builders import make_unit
from traade.threads.models import Reason

pytestmark = pytest.mark.django_db


@pytest.fixture
def web(unit, other_unit, area):
    """Solgården–Skolen: a challenge answer in 2025 and a collaboration in 2026;
    Solgården–Hjemmeplejen (same area): an experiment in 2026; Biblioteket: no thread."""
    home = make_unit(key="u-hjem", name="Hjemmeplejen", area=area)
    make_unit(key="u-bib", name="Biblioteket", area=other_unit.area)

    def reason(one, other, kind, date):
        a, b = sorted([one.pk, other.pk])
        Reason.objects.create(
            unit_a_id=a, unit_b_id=b, kind=kind, source=f"{kind}-{date}", date=date, label=kind
        )

    reason(unit, other_unit, "challenge", datetime.date(2025, 3, 1))
    reason(unit, other_unit, "collaboration", datetime.date(2026, 2, 1))
    reason(unit, home, "experiment", datetime.date(2026, 5, 1))
    return unit


def edges(client, **params):
    data = client.get(reverse("threads:map-data"), params).json()
    return {tuple(sorted([e["source"], e["target"]])): e["kinds"] for e in data["edges"]}, {
        n["id"] for n in data["nodes"]
    }


def test_without_filters_every_thread_is_one_edge_with_all_its_kinds(client, employee, web):
    client.force_login(employee)
    found, nodes = edges(client)
    assert found == {
        ("u-skolen", "u-solgaarden"): ["challenge", "collaboration"],
        ("u-hjem", "u-solgaarden"): ["experiment"],
    }
    assert "u-bib" in nodes  # a unit without threads is drawn too


def test_the_kind_and_the_period_narrow_the_threads(client, employee, web):
    client.force_login(employee)
    assert edges(client, slags="challenge")[0] == {("u-skolen", "u-solgaarden"): ["challenge"]}
    found, _nodes = edges(client, fra="2026-01-01", til="2026-12-31")
    assert found == {
        ("u-skolen", "u-solgaarden"): ["collaboration"],
        ("u-hjem", "u-solgaarden"): ["experiment"],
    }


def test_an_area_keeps_its_units_and_those_they_reach(client, employee, web, other_unit):
    client.force_login(employee)
    found, nodes = edges(client, omraade=other_unit.area.key)
    assert set(found) == {("u-skolen", "u-solgaarden")}
    assert {"u-skolen", "u-bib", "u-solgaarden"} <= nodes and "u-hjem" not in nodes


def test_a_period_that_ends_before_it_starts_is_an_error_and_filters_nothing(client, employee, web):
    client.force_login(employee)
    page = client.get(reverse("threads:table"), {"fra": "2026-05-01", "til": "2025-01-01"})
    assert "Til-datoen skal ligge efter fra-datoen." in page.content.decode()
    assert len(edges(client, fra="2026-05-01", til="2025-01-01")[0]) == 2
    assert len(edges(client, fra="ikke en dato")[0]) == 2
