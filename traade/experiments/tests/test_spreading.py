""" "Vi har også prøvet det" and "vi vil prøve det": requests, permissions, the database."""

import pytest

from traade.builders import make_experiment
from traade.experiments.models import Experiment, TriedToo

pytestmark = pytest.mark.django_db


@pytest.fixture
def experiment(unit):
    return make_experiment(key="e-vr", title="VR-ture", why="Savn", units=[unit], status="done")


def _persona(request, persona):
    return None if persona == "anonymous" else request.getfixturevalue(persona)


def _post(client, user, url, data):
    if user is not None:
        client.force_login(user)
    return client.post(url, data)


@pytest.mark.parametrize(
    "persona, status",
    [
        ("anonymous", 302),
        ("employee", 302),
        ("other_leader", 302),
        ("process_leader", 403),  # no unit of their own to speak for
    ],
)
def test_who_says_we_tried_it_too(request, client, experiment, persona, status):
    user = _persona(request, persona)
    response = _post(
        client,
        user,
        "/proevehandlinger/e-vr/ogsaa-proevet/",
        {"note": "Vi brugte tablets i stedet.", "result": "partly"},
    )
    assert response.status_code == status
    tried = TriedToo.objects.filter(experiment=experiment)
    if persona in ("employee", "other_leader"):
        assert response.url == "/proevehandlinger/e-vr/"
        assert [(t.unit, t.author) for t in tried] == [(user.person.unit, user)]
    else:
        assert not tried.exists()


def test_tried_too_shows_on_the_experiment_and_counts_the_units(
    client_for, employee, other_leader, experiment
):
    client_for(employee).post(
        "/proevehandlinger/e-vr/ogsaa-proevet/", {"note": "Tablets", "result": "partly"}
    )
    html = client_for(other_leader).get("/proevehandlinger/e-vr/").content.decode()
    assert "Prøvet i 2 enheder" in html
    assert "Tablets" in html and "Hjemmeplejen" in html


def test_tried_too_without_a_note_is_refused_in_danish(client_for, employee, experiment):
    response = client_for(employee).post(
        "/proevehandlinger/e-vr/ogsaa-proevet/", {"note": " ", "result": ""}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Skriv kort, hvad I gjorde, og hvad I lærte." in html
    assert "Vælg, hvordan det gik hos jer." in html
    assert not TriedToo.objects.exists()


def test_tried_too_needs_post(client_for, employee, experiment):
    assert client_for(employee).get("/proevehandlinger/e-vr/ogsaa-proevet/").status_code == 405


@pytest.mark.parametrize(
    "persona, status",
    [("anonymous", 302), ("employee", 403), ("leader", 400), ("other_leader", 302)],
)
def test_who_says_we_will_try_it(request, client, experiment, other_unit, unit, persona, status):
    target = other_unit if persona != "leader" else unit
    response = _post(
        client,
        _persona(request, persona),
        "/proevehandlinger/e-vr/proev-det/",
        {"unit": str(target.pk)},
    )
    assert response.status_code == status
    copies = Experiment.objects.filter(spread_from=experiment)
    if persona == "other_leader":
        copy = copies.get()
        assert response.url == copy.get_absolute_url()
        assert list(copy.units.all()) == [other_unit] and copy.status == "idea"
    else:
        assert not copies.exists()


def test_will_try_it_is_shown_on_the_original_and_the_copy(
    client_for, other_leader, employee, experiment
):
    response = client_for(other_leader).post(
        "/proevehandlinger/e-vr/proev-det/",
        {"unit": str(other_leader.person.unit.pk)},
    )
    copy_page = client_for(employee).get(response.url).content.decode()
    assert 'Inspireret af <a href="/proevehandlinger/e-vr/">VR-ture</a>' in copy_page
    original = client_for(employee).get("/proevehandlinger/e-vr/").content.decode()
    assert "Prøvet i 2 enheder" in original and "Egeby Skole" in original


def test_will_try_it_is_offered_only_for_units_that_have_not(
    client_for, leader, other_leader, employee, experiment
):
    def offered(user):
        return (
            "/proevehandlinger/e-vr/proev-det/"
            in client_for(user).get("/proevehandlinger/e-vr/").content.decode()
        )

    assert offered(other_leader)
    assert not offered(leader)  # their unit runs it already
    assert not offered(employee)


def test_visitkort_shows_the_units_experiments_and_what_it_tried_too(
    client_for, employee, unit, experiment
):
    client = client_for(employee)
    client.post("/proevehandlinger/e-vr/ogsaa-proevet/", {"note": "Tablets", "result": "partly"})
    own = client.get(unit.get_absolute_url()).content.decode()
    assert 'href="/proevehandlinger/e-vr/">VR-ture</a>' in own
    assert "Afsluttet" in own
    theirs = client.get(employee.person.unit.get_absolute_url()).content.decode()
    assert "Har også prøvet" in theirs and "Det virkede delvist" in theirs
