"""Register, edit, close and history pages: requests, permissions and the database."""

import pytest

from traade.builders import make_experiment, make_user
from traade.experiments import services
from traade.experiments.models import Experiment
from traade.lib.testing import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(unit):
    user = make_user("erik")
    unit.editors.add(user)
    return user


@pytest.fixture
def experiment(unit):
    return make_experiment(key="e-vr", title="VR-ture", why="Savn", units=[unit], status="running")


def _persona(request, persona):
    return None if persona == "anonymous" else request.getfixturevalue(persona)


def _get(client, user, url):
    if user is not None:
        client.force_login(user)
    return client.get(url)


@pytest.mark.parametrize(
    "persona, status",
    [
        ("anonymous", 302),
        ("employee", 403),
        ("other_leader", 200),  # for their own unit
        ("leader", 200),
        ("editor", 200),
        ("process_leader", 200),
    ],
)
def test_who_opens_the_register_form(request, client, unit, persona, status):
    response = _get(client, _persona(request, persona), "/proevehandlinger/ny/")
    assert response.status_code == status


@pytest.mark.parametrize("page", ["rediger", "afslut", "historik"])
@pytest.mark.parametrize(
    "persona, status",
    [
        ("anonymous", 302),
        ("employee", 403),
        ("other_leader", 403),
        ("leader", 200),
        ("editor", 200),
        ("process_leader", 200),
    ],
)
def test_who_opens_the_edit_close_and_history_pages(
    request, client, experiment, page, persona, status
):
    response = _get(client, _persona(request, persona), f"/proevehandlinger/e-vr/{page}/")
    assert response.status_code == status


def test_leader_registers_an_experiment(client_for, leader, unit):
    client = client_for(leader)
    response = client.get("/proevehandlinger/ny/")
    data = form_data(response.content.decode(), having="title")
    assert data["units"] == str(unit.pk)  # their own unit is chosen already
    data.update(title="Sansehave", why="Uro om aftenen", phase="test", tags="natur\nsanser")
    data["effects"] = ["quality", "staff"]
    response = client.post("/proevehandlinger/ny/", data)
    experiment = Experiment.objects.get(title="Sansehave")
    assert response.status_code == 302 and response.url == experiment.get_absolute_url()
    assert (experiment.phase, experiment.tags) == ("test", ["natur", "sanser"])
    assert experiment.effects == ["quality", "staff"]
    assert list(experiment.units.all()) == [unit]
    page = client.get(response.url).content.decode()
    assert "Prøvehandlingen er registreret" in page
    assert "Kvalitet, Medarbejdertilfredshed" in page


def test_register_form_says_what_is_missing_in_danish(client_for, leader, unit):
    response = client_for(leader).post(
        "/proevehandlinger/ny/",
        {"title": "", "units": [str(unit.pk)], "status": "done", "result": ""},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Giv prøvehandlingen en titel." in html
    assert "Skriv, hvad I har lært." in html
    assert not Experiment.objects.exists()


def test_leader_cannot_register_for_another_unit_by_hand(client_for, leader, other_unit):
    response = client_for(leader).post(
        "/proevehandlinger/ny/", {"title": "X", "units": [str(other_unit.pk)], "status": "idea"}
    )
    assert response.status_code == 200  # not a choice on the form
    assert not Experiment.objects.exists()


def test_editor_edits_the_experiment(client_for, editor, experiment):
    client = client_for(editor)
    data = form_data(
        client.get("/proevehandlinger/e-vr/rediger/").content.decode(), having="snapshot"
    )
    data["why"] = "Beboerne savnede steder"
    response = client.post("/proevehandlinger/e-vr/rediger/", data)
    assert response.status_code == 302
    experiment.refresh_from_db()
    assert experiment.why == "Beboerne savnede steder"
    assert experiment.history.latest().history_user == editor


def test_edit_form_shows_both_versions_instead_of_overwriting(
    client_for, leader, process_leader, experiment
):
    client = client_for(leader)
    data = form_data(
        client.get("/proevehandlinger/e-vr/rediger/").content.decode(), having="snapshot"
    )
    services.update_experiment(
        actor=process_leader, experiment=experiment, data={"why": "Pias version"}
    )
    data["why"] = "Lars' version"
    response = client.post("/proevehandlinger/e-vr/rediger/", data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Nogen har gemt ændringer, mens du redigerede" in html
    assert "Pias version" in html
    experiment.refresh_from_db()
    assert experiment.why == "Pias version"


def test_edit_cannot_close_without_learning(client_for, leader, experiment):
    client = client_for(leader)
    data = form_data(
        client.get("/proevehandlinger/e-vr/rediger/").content.decode(), having="snapshot"
    )
    data.update(status="stopped", result="did_not_work", learning="")
    response = client.post("/proevehandlinger/e-vr/rediger/", data)
    assert response.status_code == 200
    assert "Skriv, hvad I har lært." in response.content.decode()
    experiment.refresh_from_db()
    assert experiment.status == "running"


def test_leader_closes_as_did_not_work_with_learning(client_for, leader, experiment):
    client = client_for(leader)
    response = client.post(
        "/proevehandlinger/e-vr/afslut/",
        {"status": "done", "result": "did_not_work", "learning": "Brillerne var for tunge."},
    )
    assert response.status_code == 302
    experiment.refresh_from_db()
    assert (experiment.status, experiment.result) == ("done", "did_not_work")
    page = client.get("/proevehandlinger/e-vr/").content.decode()
    # The learning comes first, before why and what.
    assert page.index("Brillerne var for tunge.") < page.index("Hvorfor</h2>")
    assert "Det virkede ikke" in page


def test_close_without_result_and_learning_is_refused(client_for, leader, experiment):
    response = client_for(leader).post("/proevehandlinger/e-vr/afslut/", {"status": "done"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "også »for tidligt at sige« er et svar" in html
    assert "Skriv, hvad I har lært." in html
    experiment.refresh_from_db()
    assert experiment.status == "running"


def test_history_shows_who_changed_what(client_for, leader, process_leader, experiment):
    services.update_experiment(
        actor=process_leader, experiment=experiment, data={"title": "VR-ture i haven"}
    )
    html = client_for(leader).get("/proevehandlinger/e-vr/historik/").content.decode()
    assert "VR-ture i haven" in html and "Titel" in html


def test_detail_offers_edit_only_to_editors(client_for, leader, employee, experiment):
    assert (
        "/proevehandlinger/e-vr/rediger/"
        in client_for(leader).get("/proevehandlinger/e-vr/").content.decode()
    )
    assert (
        "/proevehandlinger/e-vr/rediger/"
        not in client_for(employee).get("/proevehandlinger/e-vr/").content.decode()
    )


def test_list_offers_register_only_to_those_who_may(client_for, leader, employee):
    assert "/proevehandlinger/ny/" in client_for(leader).get("/proevehandlinger/").content.decode()
    assert (
        "/proevehandlinger/ny/"
        not in client_for(employee).get("/proevehandlinger/").content.decode()
    )
