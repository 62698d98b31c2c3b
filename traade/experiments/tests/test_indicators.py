"""Indicators with a nulpunkt, snapshots, and the chart with its table."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from traade.builders import make_experiment
from traade.experiments import services
from traade.experiments.models import Indicator, Snapshot
from traade.lib import charts

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def experiment(unit):
    return make_experiment(key="e-fald", title="Færre fald", units=[unit], status="running")


@pytest.fixture
def indicator(experiment, leader):
    return services.add_indicator(
        actor=leader,
        experiment=experiment,
        name="Faldulykker pr. måned",
        measure="fald",
        baseline_value=Decimal("12"),
        baseline_date=D(2026, 1, 1),
    )


def test_chart_puts_the_nulpunkt_first_and_scales_to_the_box():
    chart = charts.chart(
        [(D(2026, 1, 1), Decimal(12), "Nulpunkt"), (D(2026, 3, 1), Decimal("8.5"), "")], "fald"
    )
    first, last = chart.points
    assert first.x == charts.LEFT and last.x == charts.WIDTH - charts.RIGHT
    assert first.y < last.y  # a higher value is drawn higher up
    assert charts.TOP <= first.y and last.y <= charts.HEIGHT - charts.BOTTOM
    assert last.label == "8,5 fald, 01.03.2026"
    assert "12 fald, 01.01.2026 (nulpunkt)" in chart.description


def test_chart_of_the_nulpunkt_alone_says_so():
    chart = charts.chart([(D(2026, 1, 1), Decimal(3), "Nulpunkt")])
    assert chart.description == "Kun nulpunktet er målt: 3, 01.01.2026."
    assert len(chart.points) == 1


def test_snapshot_before_the_nulpunkt_is_refused(indicator, leader):
    with pytest.raises(ValidationError):
        services.record_snapshot(
            actor=leader, indicator=indicator, date=D(2025, 12, 1), value=Decimal(1)
        )
    assert not Snapshot.objects.exists()


def test_second_snapshot_on_the_same_day_replaces_the_first(indicator, leader):
    for value in (Decimal(10), Decimal(9)):
        services.record_snapshot(actor=leader, indicator=indicator, date=D(2026, 2, 1), value=value)
    assert [s.value for s in indicator.snapshots.all()] == [Decimal(9)]
    assert Snapshot.history.filter(indicator_id=indicator.pk).count() == 2


def test_indicator_is_findable_with_its_experiment(indicator, employee):
    from traade import search

    hits = search.search("faldulykker", user=employee, kinds=["experiment"]).hits
    assert [h.key for h in hits] == ["e-fald"]


@pytest.mark.parametrize(
    "persona, status", [("employee", 403), ("other_leader", 403), ("leader", 302)]
)
def test_who_adds_an_indicator(request, client_for, experiment, persona, status):
    response = client_for(request.getfixturevalue(persona)).post(
        "/proevehandlinger/e-fald/indikatorer/",
        {
            "name": "Tilfredshed",
            "measure": "point",
            "baseline_value": "3,5",
            "baseline_date": "2026-01-05",
        },
    )
    assert response.status_code == status
    assert Indicator.objects.filter(name="Tilfredshed").exists() is (status == 302)
    if status == 302:
        assert Indicator.objects.get().baseline_value == Decimal("3.5")


def test_indicator_without_nulpunkt_is_refused_in_danish(client_for, leader, experiment):
    response = client_for(leader).post(
        "/proevehandlinger/e-fald/indikatorer/",
        {"name": "Tilfredshed", "baseline_value": "mange"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Skriv et tal, fx 12 eller 12,5." in html
    assert "Skriv, hvornår nulpunktet blev målt." in html
    assert not Indicator.objects.exists()


@pytest.mark.parametrize(
    "persona, status", [("employee", 403), ("other_leader", 403), ("process_leader", 302)]
)
def test_who_records_a_snapshot(request, client_for, indicator, persona, status):
    response = client_for(request.getfixturevalue(persona)).post(
        f"/proevehandlinger/e-fald/indikatorer/{indicator.pk}/maalinger/",
        {f"snapshot-{indicator.pk}-date": "2026-03-01", f"snapshot-{indicator.pk}-value": "7"},
    )
    assert response.status_code == status
    assert indicator.snapshots.exists() is (status == 302)


def test_snapshot_of_another_experiments_indicator_is_404(client_for, leader, indicator, unit):
    make_experiment(key="e-andet", units=[unit])
    response = client_for(leader).post(
        f"/proevehandlinger/e-andet/indikatorer/{indicator.pk}/maalinger/",
        {f"snapshot-{indicator.pk}-date": "2026-03-01", f"snapshot-{indicator.pk}-value": "7"},
    )
    assert response.status_code == 404


def test_snapshot_before_nulpunkt_shows_a_danish_message(client_for, leader, indicator):
    response = client_for(leader).post(
        f"/proevehandlinger/e-fald/indikatorer/{indicator.pk}/maalinger/",
        {f"snapshot-{indicator.pk}-date": "2025-03-01", f"snapshot-{indicator.pk}-value": "7"},
    )
    assert response.status_code == 400
    assert "Et øjebliksbillede måles efter nulpunktet (01.01.2026)." in response.content.decode()


def test_page_shows_chart_and_table_with_the_same_numbers(client_for, employee, indicator, leader):
    services.record_snapshot(
        actor=leader, indicator=indicator, date=D(2026, 3, 1), value=Decimal("8.5")
    )
    html = client_for(employee).get("/proevehandlinger/e-fald/").content.decode()
    assert 'role="img"' in html and "<title id=" in html
    assert "Fra 12 fald, 01.01.2026 (nulpunkt) til 8,5 fald, 01.03.2026" in html
    assert "<td>8,5</td><td>-3,5</td>" in html
    assert "Gem målingen" not in html  # an employee reads, the editors measure


def test_chart_coordinates_are_not_written_with_a_decimal_comma(
    client_for, employee, indicator, leader
):
    services.record_snapshot(
        actor=leader, indicator=indicator, date=D(2026, 2, 1), value=Decimal("10.5")
    )
    html = client_for(employee).get("/proevehandlinger/e-fald/").content.decode()
    start = html.index('<svg class="chart"')  # not the header's bell icon
    svg = html[start : html.index("</svg>", start)]
    assert re.search(r'cy="\d+(\.\d+)?"', svg)
    assert not re.search(r'(x|y|cx|cy|x1|y1|x2|y2)="[\d.]*,', svg)
