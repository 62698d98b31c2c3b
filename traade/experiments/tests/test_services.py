"""The registry's services: the status rules, history, search and the lost-update guard."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from traade import search
from traade.builders import make_experiment, make_person, make_unit
from traade.experiments import services
from traade.experiments.models import Experiment, closing_problems
from traade.lib.concurrency import EditConflict

pytestmark = pytest.mark.django_db


def _data(unit, **overrides):
    return {"title": "Gåture med beboerne", "why": "Ensomhed", "units": [unit], **overrides}


def _found(query, user):
    return [hit.key for hit in search.search(query, user=user, kinds=["experiment"]).hits]


@pytest.mark.parametrize(
    "status, result, learning, problems",
    [
        ("idea", "", "", set()),
        ("running", "", "", set()),
        ("done", "did_not_work", "Korte ture er bedst.", set()),
        ("stopped", "unknown", "Vi nåede det ikke.", set()),
        ("done", "", "Noget", {"result"}),
        ("stopped", "did_not_work", "  ", {"learning"}),
        ("done", "", "", {"result", "learning"}),
    ],
)
def test_closing_needs_result_and_learning(status, result, learning, problems):
    assert set(closing_problems(status=status, result=result, learning=learning)) == problems


def test_leader_registers_experiment_with_history_and_search(leader, unit, employee):
    experiment = services.create_experiment(
        actor=leader, data=_data(unit, tags=[" demens ", "Demens"], phase="test")
    )
    assert experiment.key == "e-gaature-med-beboerne"
    assert list(experiment.units.all()) == [unit]
    assert experiment.tags == ["demens"]
    record = experiment.history.get()
    assert record.history_user == leader
    assert record.history_change_reason == "Prøvehandling registreret"
    assert _found("gåture", employee) == [experiment.key]


def test_same_title_gets_its_own_key(leader, unit):
    first = services.create_experiment(actor=leader, data=_data(unit))
    second = services.create_experiment(actor=leader, data=_data(unit))
    assert first.key != second.key


def test_leader_cannot_register_for_another_unit(leader, other_unit):
    with pytest.raises(PermissionDenied):
        services.create_experiment(actor=leader, data=_data(other_unit))
    assert not Experiment.objects.exists()


def test_experiment_cannot_be_registered_closed_without_learning(leader, unit):
    with pytest.raises(ValidationError) as error:
        services.create_experiment(actor=leader, data=_data(unit, status="done", result="worked"))
    assert "learning" in error.value.message_dict
    assert not Experiment.objects.exists()


def test_close_requires_result_and_learning_and_keeps_history(leader, unit):
    experiment = make_experiment(units=[unit], status="running")
    with pytest.raises(ValidationError):
        services.close_experiment(
            actor=leader, experiment=experiment, status="done", result="did_not_work", learning=""
        )
    experiment.refresh_from_db()
    assert experiment.status == "running"
    services.close_experiment(
        actor=leader,
        experiment=experiment,
        status="done",
        result="did_not_work",
        learning="Beboerne ville hellere synge.",
        ended=datetime.date(2026, 5, 1),
    )
    experiment.refresh_from_db()
    assert (experiment.status, experiment.result) == ("done", "did_not_work")
    assert experiment.ended == datetime.date(2026, 5, 1)
    assert experiment.history.latest().history_change_reason == "Prøvehandling afsluttet"


def test_close_refuses_an_open_status(leader, unit):
    experiment = make_experiment(units=[unit], status="running")
    with pytest.raises(ValidationError):
        services.close_experiment(
            actor=leader, experiment=experiment, status="running", result="worked", learning="x"
        )


def test_update_saves_changed_fields_and_reindexes_units_that_left(
    leader, unit, employee, process_leader
):
    second = make_unit(key="u-anden", name="Hjemmeplejen Nord", area=unit.area)
    experiment = services.create_experiment(
        actor=process_leader, data=_data(unit, title="Sansehave", units=[unit, second])
    )
    base = services.experiment_values(experiment)
    changed = services.update_experiment(
        actor=process_leader,
        experiment=experiment,
        data={"units": [unit], "title": "Sansehave med duft"},
        base=base,
    )
    assert set(changed) == {"units", "title"}
    assert list(experiment.units.all()) == [unit]
    assert "enheder fjernet: Hjemmeplejen Nord" in experiment.history.latest().history_change_reason
    # The unit that left no longer shows the experiment in its context.
    assert "u-anden" not in [
        hit.key for hit in search.search("sansehave", user=employee, kinds=["unit"]).hits
    ]
    assert "u-solgaarden" in [
        hit.key for hit in search.search("sansehave", user=employee, kinds=["unit"]).hits
    ]


def test_update_refuses_to_overwrite_someone_elses_change(leader, unit, process_leader):
    experiment = services.create_experiment(actor=leader, data=_data(unit))
    base = services.experiment_values(experiment)
    services.update_experiment(
        actor=process_leader, experiment=experiment, data={"why": "Andres tekst"}, base=base
    )
    with pytest.raises(EditConflict) as conflict:
        services.update_experiment(
            actor=leader, experiment=experiment, data={"why": "Min tekst"}, base=base
        )
    assert [c.name for c in conflict.value.conflicts[""]] == ["why"]
    experiment.refresh_from_db()
    assert experiment.why == "Andres tekst"


def test_leader_cannot_move_experiment_to_a_unit_they_do_not_edit(leader, unit, other_unit):
    experiment = services.create_experiment(actor=leader, data=_data(unit))
    with pytest.raises(PermissionDenied):
        services.update_experiment(
            actor=leader, experiment=experiment, data={"units": [unit, other_unit]}
        )
    assert list(experiment.units.all()) == [unit]


def test_contact_change_reindexes_the_old_contact(leader, unit, employee):
    kirsten = make_person(key="p-kirsten", name="Kirsten Lund", unit=unit)
    experiment = services.create_experiment(
        actor=leader, data=_data(unit, title="Sansehave", contact=kirsten)
    )
    assert "p-kirsten" in [
        h.key for h in search.search("sansehave", user=employee, kinds=["person"]).hits
    ]
    services.update_experiment(actor=leader, experiment=experiment, data={"contact": None})
    assert "p-kirsten" not in [
        h.key for h in search.search("sansehave", user=employee, kinds=["person"]).hits
    ]


def test_try_experiment_creates_a_linked_idea_for_the_unit(leader, unit, other_leader, other_unit):
    original = services.create_experiment(
        actor=leader, data=_data(unit, status="running", tags=["natur"])
    )
    copy = services.try_experiment(actor=other_leader, experiment=original, unit=other_unit)
    assert copy.spread_from == original
    assert (copy.status, copy.tags, list(copy.units.all())) == ("idea", ["natur"], [other_unit])
    assert copy.contact.key == "p-olga"
    assert services.spread_units(original) == sorted([unit, other_unit], key=lambda u: u.name)
    assert services.spread_units(copy) == services.spread_units(original)


def test_try_experiment_needs_a_unit_the_actor_edits(leader, unit, other_unit):
    original = services.create_experiment(actor=leader, data=_data(unit))
    with pytest.raises(PermissionDenied):
        services.try_experiment(actor=leader, experiment=original, unit=other_unit)


def test_tried_too_is_one_note_per_unit(leader, unit, employee):
    original = services.create_experiment(actor=leader, data=_data(unit))
    own = employee.person.unit
    services.record_tried_too(
        actor=employee, experiment=original, unit=own, note="Vi gik også", result="partly"
    )
    services.record_tried_too(
        actor=employee, experiment=original, unit=own, note="Og igen", result="worked"
    )
    assert [(t.note, t.result) for t in original.tried_too.all()] == [("Og igen", "worked")]
    assert own in services.spread_units(original)
    with pytest.raises(ValidationError):
        services.record_tried_too(
            actor=employee, experiment=original, unit=own, note=" ", result="worked"
        )


def test_a_unit_that_tried_it_too_is_found_for_it(leader, unit, employee):
    original = services.create_experiment(actor=leader, data=_data(unit, title="Sansehave"))
    own = employee.person.unit

    def units_found():
        return [h.key for h in search.search("sansehave", user=employee, kinds=["unit"]).hits]

    assert own.key not in units_found()
    services.record_tried_too(
        actor=employee, experiment=original, unit=own, note="Vi har en", result="worked"
    )
    assert own.key in units_found()
