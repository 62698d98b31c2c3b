"""The cohesion page's development over time: the threads per quarter, from the reasons'
dates, for process leaders only."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse

from traade.threads.models import Reason

pytestmark = pytest.mark.django_db

URL = reverse("threads:cohesion")


def _reason(one, other, day, source):
    a, b = sorted([one, other], key=lambda unit: unit.pk)
    Reason.objects.create(unit_a=a, unit_b=b, kind="challenge", source=source, date=day, label="x")


def _rows(html: str) -> list[list[str]]:
    table = html.split('<table id="development">')[1].split("</table>")[0]
    body = table.split("<tbody>")[1]
    return [
        [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


@time_machine.travel(datetime.datetime(2026, 5, 15, 12, 0), tick=False)
def test_a_process_leader_sees_the_threads_quarter_by_quarter(
    client, process_leader, unit, other_unit, employee
):
    # employee's Hjemmeplejen and the Solgården share an area; Egeby Skole is another.
    home_care = employee.person.unit
    _reason(unit, other_unit, datetime.date(2026, 2, 1), "c-1")
    _reason(unit, other_unit, datetime.date(2025, 11, 20), "c-2")  # the earliest counts
    _reason(unit, home_care, datetime.date(2026, 4, 2), "c-3")
    client.force_login(process_leader)
    html = client.get(URL).content.decode()
    assert "Tråde ved udgangen af hvert kvartal" in html
    assert _rows(html) == [
        ["4. kvartal 2025", "1", "1", "66,7 % (2 af 3)", "1"],
        ["1. kvartal 2026", "1", "0", "66,7 % (2 af 3)", "1"],
        ["2. kvartal 2026 (til i dag)", "2", "1", "66,7 % (2 af 3)", "0"],
    ]
    # The same numbers as a chart, named for screen readers by its title and description.
    svg = html[
        html.index('<svg class="chart"') : html.index("</svg>", html.index('<svg class="chart"'))
    ]
    assert 'aria-labelledby="chart-development-title chart-development-desc"' in svg
    assert ">Antal tråde ved udgangen af hvert kvartal</title>" in svg
    assert "1 i 4. kvartal 2025, 2 i 2. kvartal 2026 (til i dag)" in svg
    assert svg.count("<circle") == 3
    assert 'class="baseline"' not in svg


@pytest.mark.parametrize("persona", ["employee", "leader"])
def test_the_development_is_not_shown_to_others(request, client, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(URL)
    assert response.status_code == 403
    assert "Trådene over tid" not in response.content.decode()


def test_without_threads_the_page_shows_the_current_quarter(client, process_leader, unit):
    client.force_login(process_leader)
    html = client.get(URL).content.decode()
    (row,) = _rows(html)
    assert row[1:] == ["0", "0", "0,0 % (0 af 1)", "1"]
    assert row[0].endswith("(til i dag)")
    assert '<svg class="chart"' not in html  # one row needs no chart
