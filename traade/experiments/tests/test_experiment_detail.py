import datetime

import pytest

from traade.builders import make_experiment, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def experiment(unit, other_unit):
    contact = make_person(key="p-kirsten", name="Kirsten Lund", title="Sygeplejerske", unit=unit)
    return make_experiment(
        key="e-vr",
        title="VR-ture for beboerne",
        why="Beboerne savnede steder, de ikke kan komme til.",
        what="Vi lånte to VR-briller.",
        learning="Korte ture virker bedst.",
        status="done",
        result="did_not_work",
        phase="test",
        started=datetime.date(2025, 3, 1),
        ended=datetime.date(2025, 6, 30),
        tags=["velfærdsteknologi", "demens"],
        partners=["Khora"],
        contact=contact,
        units=[unit, other_unit],
    )


def test_employee_sees_every_field_in_danish(client_for, employee, experiment):
    response = client_for(employee).get("/proevehandlinger/e-vr/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "<h1>VR-ture for beboerne</h1>",
        "Beboerne savnede steder",
        "Vi lånte to VR-briller.",
        "Korte ture virker bedst.",
        "Afsluttet",
        "Det virkede ikke",
        "Test",
        "1. marts 2025",
        "30. juni 2025",
        "velfærdsteknologi",
        "Khora",
        "Sundhed og Omsorg",
        "Børn og Læring",
    ]:
        assert text in html, text


def test_units_and_contact_link_to_their_pages(client_for, employee, experiment, unit, other_unit):
    html = client_for(employee).get(experiment.get_absolute_url()).content.decode()
    assert f'href="{unit.get_absolute_url()}"' in html
    assert f'href="{other_unit.get_absolute_url()}"' in html
    assert f'href="{experiment.contact.get_absolute_url()}"' in html


def test_a_failed_experiment_gets_the_same_neutral_badge_as_a_success(
    client_for, employee, experiment
):
    html = client_for(employee).get(experiment.get_absolute_url()).content.decode()
    badge = '<span class="badge result"><span class="visually-hidden">Resultat: </span>'
    assert badge + "Det virkede ikke</span>" in html
    experiment.result = "worked"
    experiment.save()
    html = client_for(employee).get(experiment.get_absolute_url()).content.decode()
    assert badge + "Det virkede</span>" in html
    assert "badge warn" not in html and "badge ok" not in html


def test_an_idea_without_contact_or_learning_still_renders(client_for, employee, unit):
    make_experiment(key="e-idea", title="En idé", units=[unit])
    response = client_for(employee).get("/proevehandlinger/e-idea/")
    assert response.status_code == 200
    assert "Ingen angivet" in response.content.decode()


def test_anonymous_is_sent_to_log_in(client, experiment):
    response = client.get("/proevehandlinger/e-vr/")
    assert response.status_code == 302
    assert response["Location"].startswith("/log-ind/")


def test_unknown_key_is_404(client_for, employee):
    assert client_for(employee).get("/proevehandlinger/e-findes-ikke/").status_code == 404
