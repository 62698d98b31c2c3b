"""The Læring page: what was learned, failures with the same weight, and its filters."""

import datetime

import pytest

from traade.builders import make_area, make_experiment, make_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def learned(unit, other_unit):
    return [
        make_experiment(
            key="e-worked",
            title="Sang om morgenen",
            status="done",
            result="worked",
            learning="Fællessang samler huset.",
            phase="realise",
            tags=["musik"],
            ended=datetime.date(2026, 1, 1),
            units=[unit],
        ),
        make_experiment(
            key="e-failed",
            title="VR-ture",
            status="stopped",
            result="did_not_work",
            learning="Brillerne var for tunge.",
            phase="test",
            tags=["velfærdsteknologi", "demens"],
            ended=datetime.date(2026, 3, 1),
            units=[other_unit],
        ),
        make_experiment(key="e-open", title="Endnu i gang", status="running", units=[unit]),
    ]


def _page(client, query=""):
    response = client.get("/proevehandlinger/laering/" + query)
    assert response.status_code == 200
    return response.content.decode()


def test_learning_page_shows_failures_beside_successes_learning_first(
    client_for, employee, learned
):
    html = _page(client_for(employee))
    assert "2 prøvehandlinger med læring" in html
    assert "Endnu i gang" not in html
    # Newest first, not best first: the one that did not work comes first here.
    assert html.index("Brillerne var for tunge.") < html.index("Fællessang samler huset.")
    item = html[html.index("VR-ture") :]
    assert item.index("Brillerne var for tunge.") < item.index("Det virkede ikke")
    assert "badge warn" not in html


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ("?result=did_not_work", "VR-ture", "Sang om morgenen"),
        ("?phase=realise", "Sang om morgenen", "VR-ture"),
        ("?tag=demens", "VR-ture", "Sang om morgenen"),
        ("?area=sundhed", "Sang om morgenen", "VR-ture"),
    ],
)
def test_learning_page_filters(client_for, employee, learned, query, shown, hidden):
    html = _page(client_for(employee), query)
    assert shown in html and hidden not in html


def test_learning_filter_with_htmx_returns_the_list_alone(client_for, employee, learned):
    response = client_for(employee).get(
        "/proevehandlinger/laering/?result=worked", HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert "<html" not in html and "Sang om morgenen" in html
    assert 'hx-swap-oob="true"' in html and "1 prøvehandling med læring" in html


def test_unknown_filter_values_show_everything_and_no_error(client_for, employee, learned):
    html = _page(client_for(employee), "?tag=findes-ikke&area=nej")
    assert "Sang om morgenen" in html and "VR-ture" in html


def test_anonymous_is_sent_to_log_in(client):
    assert client.get("/proevehandlinger/laering/").status_code == 302


def test_tag_choices_come_from_shared_learning(client_for, employee, learned):
    make_experiment(
        key="e-other",
        title="Andet",
        status="done",
        result="unknown",
        learning="For tidligt.",
        tags=["kunst"],
        units=[make_unit(area=make_area(key="kultur", name="Kultur"))],
    )
    html = _page(client_for(employee))
    assert '<option value="demens">demens</option>' in html
    assert '<option value="kunst">' in html
