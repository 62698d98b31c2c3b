"""The portfolio for process leaders: permissions, counts, board, list and export."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from traade.builders import make_experiment

pytestmark = pytest.mark.django_db


@pytest.fixture
def experiments(unit, other_unit):
    return [
        make_experiment(
            key="e-a",
            title="Sang",
            phase="test",
            status="running",
            started=datetime.date(2026, 1, 10),
            units=[unit],
        ),
        make_experiment(
            key="e-b",
            title="VR-ture",
            phase="test",
            status="done",
            result="did_not_work",
            learning="=tunge briller",
            started=datetime.date(2025, 5, 1),
            units=[unit, other_unit],
        ),
        make_experiment(key="e-c", title="Lektiecafé", units=[other_unit]),
    ]


@pytest.mark.parametrize(
    "persona, status",
    [("anonymous", 302), ("employee", 403), ("leader", 403), ("process_leader", 200)],
)
def test_only_process_leaders_see_the_portfolio(request, client, experiments, persona, status):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    assert client.get("/proevehandlinger/portefoelje/").status_code == status
    assert client.get("/proevehandlinger/portefoelje/?format=csv").status_code == status


def test_counts_per_area_and_phase(client_for, process_leader, experiments):
    response = client_for(process_leader).get("/proevehandlinger/portefoelje/")
    counts = response.context["counts"]
    test_column = [value for value, _label in counts.phases].index("test")
    none_column = [value for value, _label in counts.phases].index("")
    by_area = {area: (per, total) for area, per, total in counts.rows}
    assert by_area["Sundhed og Omsorg"][0][test_column] == 2
    assert by_area["Børn og Læring"][0][test_column] == 1
    assert by_area["Børn og Læring"][0][none_column] == 1
    assert counts.totals[test_column] == 2 and counts.total == 3


def test_board_by_phase_and_the_list(client_for, process_leader, experiments):
    client = client_for(process_leader)
    board = client.get("/proevehandlinger/portefoelje/").context["board"]
    assert [r["experiment"].key for value, _l, rows in board if value == "test" for r in rows] == [
        "e-a",
        "e-b",
    ]
    html = client.get("/proevehandlinger/portefoelje/?vis=liste").content.decode()
    assert "3 prøvehandlinger" in html and "Lektiecafé" in html


@pytest.mark.parametrize(
    "query, keys",
    [
        ("status=done", ["e-b"]),
        ("result=did_not_work", ["e-b"]),
        ("area=laering", ["e-c", "e-b"]),
        ("since=2026-01-01", ["e-a"]),
        ("since=2025-01-01&until=2025-12-31", ["e-b"]),
    ],
)
def test_filters(client_for, process_leader, experiments, query, keys):
    response = client_for(process_leader).get(f"/proevehandlinger/portefoelje/?vis=liste&{query}")
    assert [row["experiment"].key for row in response.context["rows"]] == keys


def test_period_the_wrong_way_round_is_explained(client_for, process_leader, experiments):
    html = (
        client_for(process_leader)
        .get("/proevehandlinger/portefoelje/?since=2026-01-01&until=2025-01-01")
        .content.decode()
    )
    assert "Slutdatoen skal ligge efter startdatoen." in html


def test_csv_export_follows_the_filters_and_is_safe_in_excel(
    client_for, process_leader, experiments
):
    response = client_for(process_leader).get("/proevehandlinger/portefoelje/?format=csv&phase=")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="proevehandlinger-' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("nøgle;titel;enheder")
    assert len(lines) == 4
    assert "'=tunge briller" in text  # not run as a formula
    filtered = client_for(process_leader).get(
        "/proevehandlinger/portefoelje/?format=csv&status=done"
    )
    assert len(filtered.content.decode("utf-8-sig").splitlines()) == 2


def test_excel_export(client_for, process_leader, experiments):
    response = client_for(process_leader).get("/proevehandlinger/portefoelje/?format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0][:2] == ("nøgle", "titel")
    assert {row[0] for row in rows[1:]} == {"e-a", "e-b", "e-c"}
    vr = next(row for row in rows if row[0] == "e-b")
    assert vr[5] == "Det virkede ikke" and vr[3] == "Børn og Læring; Sundhed og Omsorg"
