"""Every page of the threads app, with its permissions as a table, and the kinds of
thread made by the real app actions and by import."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from traade.builders import make_challenge, make_experiment
from traade.challenges.services import respond_to_challenge
from traade.experiments.services import record_tried_too
from traade.threads import services
from traade.threads.models import Collaboration, Reason

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "employee", "leader", "process_leader"]


def _client(request, client, persona):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    return client


@pytest.mark.parametrize(
    "persona, map_status, cohesion_status",
    [
        ("anonymous", 302, 302),
        ("employee", 200, 403),
        ("leader", 200, 403),
        ("process_leader", 200, 200),
    ],
)
def test_permissions(request, client, unit, other_unit, persona, map_status, cohesion_status):
    c = _client(request, client, persona)
    for name in ("threads:map", "threads:table", "threads:map-data"):
        assert c.get(reverse(name)).status_code == map_status
    assert c.get(reverse("threads:meet", args=[unit.key])).status_code == map_status
    assert c.get(reverse("threads:cohesion")).status_code == cohesion_status


@pytest.mark.parametrize(
    "persona, status", [("employee", 403), ("leader", 200), ("process_leader", 200)]
)
def test_only_the_units_editors_declare_collaborations(request, client, unit, persona, status):
    c = _client(request, client, persona)
    assert c.get(reverse("threads:collaboration-new", args=[unit.key])).status_code == status


def test_a_declared_collaboration_makes_a_thread_only_when_confirmed(
    client, unit, other_unit, leader, other_leader
):
    client.force_login(leader)
    response = client.post(
        reverse("threads:collaboration-new", args=[unit.key]),
        {"partner": other_unit.pk, "about": "Læsevenner"},
    )
    assert response.status_code == 302
    assert not Reason.objects.exists()
    collaboration = Collaboration.objects.get()
    # Only the partner's side answers.
    url = reverse("threads:collaboration-decide", args=[collaboration.pk])
    assert client.post(url, {"svar": "bekraeft"}).status_code == 403
    client.force_login(other_leader)
    assert client.post(url, {"svar": "bekraeft"}).status_code == 302
    reason = Reason.objects.get()
    assert reason.kind == "collaboration" and "Læsevenner" in reason.label
    page = client.get(unit.get_absolute_url())
    assert "Vi har tråde til 1 enhed" in page.content.decode()
    services.end_collaboration(actor=other_leader, collaboration=collaboration)
    assert not Reason.objects.exists()


def test_either_units_leader_ends_a_collaboration_on_the_visitkort(
    client, unit, other_unit, leader, other_leader, employee
):
    c = services.declare_collaboration(actor=leader, unit=unit, partner=other_unit, about="Sang")
    services.decide_collaboration(actor=other_leader, collaboration=c, confirm=True)
    end = reverse("threads:collaboration-end", args=[c.pk])
    client.force_login(employee)
    assert end not in client.get(unit.get_absolute_url()).content.decode()
    assert client.post(end).status_code == 403
    client.force_login(other_leader)
    assert end in client.get(other_unit.get_absolute_url()).content.decode()
    response = client.post(end, {"tilbage": other_unit.key})
    assert response["Location"] == other_unit.get_absolute_url() + "#traade"
    assert not Collaboration.objects.exists() and not Reason.objects.exists()


def test_the_asking_unit_withdraws_a_question_not_yet_answered(client, unit, other_unit, leader):
    c = services.declare_collaboration(actor=leader, unit=unit, partner=other_unit, about="Sang")
    client.force_login(leader)
    page = client.get(unit.get_absolute_url()).content.decode()
    assert "Træk spørgsmålet tilbage" in page
    client.post(reverse("threads:collaboration-end", args=[c.pk]), {"tilbage": unit.key})
    assert not Collaboration.objects.exists()


def test_a_declined_collaboration_makes_no_thread(unit, other_unit, leader, other_leader):
    c = services.declare_collaboration(actor=leader, unit=unit, partner=other_unit, about="x")
    services.decide_collaboration(actor=other_leader, collaboration=c, confirm=False)
    assert not Reason.objects.exists()


def test_an_answer_to_another_units_challenge_makes_a_thread(unit, other_unit, employee):
    challenge = make_challenge(unit=other_unit, title="Ensomme unge")
    respond_to_challenge(actor=employee, challenge=challenge, text="Prøv vores café")
    reason = Reason.objects.get()
    assert reason.kind == "challenge"
    assert {reason.unit_a_id, reason.unit_b_id} == {employee.person.unit_id, other_unit.pk}


def test_an_experiment_tried_too_makes_a_thread(unit, other_unit, employee):
    experiment = make_experiment(units=[unit])
    record_tried_too(
        actor=employee, experiment=experiment, unit=other_unit, note="Også os", result="worked"
    )
    assert Reason.objects.get().kind == "experiment"


def test_imported_answers_and_shared_experiments_make_threads(db):
    from traade.exchange.importer import import_document
    from traade.exchange.tests.conftest import SAMPLE

    import_document(json.loads(json.dumps(SAMPLE)), index=False)
    kinds = set(Reason.objects.values_list("kind", flat=True))
    assert "experiment" in kinds  # e-vr is run by two units


def test_the_json_command_prints_the_figures(capsys, unit, other_unit, leader, other_leader):
    c = services.declare_collaboration(actor=leader, unit=unit, partner=other_unit, about="x")
    services.decide_collaboration(actor=other_leader, collaboration=c, confirm=True)
    call_command("threads", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {
        "units",
        "threads",
        "cross_area_share",
        "isolated",
        "bridges",
        "area_matrix",
    }
    assert figures["threads"] == 1


def test_the_command_refuses_a_baseline_without_a_snapshot(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--snapshot"):
        call_command("threads", "--baseline")


def test_a_process_leader_takes_a_nulpunkt_and_sees_the_change(client, process_leader):
    client.force_login(process_leader)
    client.post(reverse("threads:snapshot-take"), {"nulpunkt": "1"})
    page = client.get(reverse("threads:cohesion")).content.decode()
    assert "Siden nulpunktet" in page
