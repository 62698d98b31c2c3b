"""Upsert by key: what is created, updated and left alone, with history."""

import datetime
import json
from pathlib import Path

import pytest
import time_machine

from traade.builders import make_user
from traade.challenges.models import Challenge
from traade.directory.models import Area, Organisation, Person, Task, Unit
from traade.exchange.importer import import_document
from traade.experiments.models import Experiment


def counts(result) -> dict:
    return {name: (c.created, c.updated, c.unchanged) for name, c in result.counts.items()}


def test_import_creates_every_record(sample, search_calls):
    result = import_document(sample)
    assert counts(result) == {
        "organisation": (1, 0, 0),
        "areas": (2, 0, 0),
        "units": (3, 0, 0),
        "people": (2, 0, 0),
        "experiments": (1, 0, 0),
        "challenges": (1, 0, 0),
    }
    solgaarden = Unit.objects.get(key="u-solgaarden")
    assert solgaarden.parent.key == "u-aeldre"
    assert solgaarden.area.name == "Sundhed og Omsorg"
    assert solgaarden.knowledge == ["demens", "velfærdsteknologi"]
    assert sorted(solgaarden.tasks.values_list("title", "until")) == [
        ("Sansehave", None),
        ("Skærmbesøg for pårørende", datetime.date(2027, 6, 30)),
    ]
    experiment = Experiment.objects.get(key="e-vr")
    assert sorted(experiment.units.values_list("key", flat=True)) == ["u-aeldre", "u-solgaarden"]
    assert experiment.contact.key == "p-0042"
    assert experiment.ended == datetime.date(2019, 2, 28)
    challenge = Challenge.objects.get(key="c-ensomme-unge")
    assert [(r.unit_id and r.unit.key, r.person.key) for r in challenge.responses.all()] == [
        ("u-solgaarden", "p-0042"),
        (None, "p-0107"),
    ]
    assert Organisation.current().name == "Egeby Kommune"
    assert search_calls == ["rebuild"]


def test_import_fills_defaults_for_absent_optional_fields(sample, search_calls):
    import_document(sample)
    assert Unit.objects.get(key="u-aeldre").description == ""
    assert Person.objects.get(key="p-0107").is_leader is False
    challenge = Challenge.objects.get(key="c-ensomme-unge")
    assert challenge.status == "open"


def test_importing_the_same_file_twice_changes_nothing(sample, search_calls):
    import_document(sample)
    stamp = Unit.objects.get(key="u-solgaarden").profile_updated_at
    history = Unit.history.count(), Person.history.count(), Task.history.count()
    with time_machine.travel(datetime.timedelta(days=3)):
        result = import_document(sample)
    assert {name: c.unchanged for name, c in result.counts.items()} == {
        "organisation": 1,
        "areas": 2,
        "units": 3,
        "people": 2,
        "experiments": 1,
        "challenges": 1,
    }
    assert all(c.created == c.updated == 0 for c in result.counts.values())
    assert Unit.objects.get(key="u-solgaarden").profile_updated_at == stamp
    assert (Unit.history.count(), Person.history.count(), Task.history.count()) == history


def test_task_order_in_the_file_does_not_count_as_a_change(sample, search_calls):
    import_document(sample)
    sample["units"][1]["tasks"].reverse()
    result = import_document(sample)
    assert result.counts["units"].unchanged == 3


def test_import_updates_changed_records_in_place(sample, search_calls):
    import_document(sample)
    before = Unit.objects.get(key="u-solgaarden")
    untouched = Unit.objects.get(key="u-aeldre").profile_updated_at
    sample["units"][1]["name"] = "Solgården"
    sample["units"][1]["parent"] = None
    sample["people"][0]["unit"] = "u-skolen"
    with time_machine.travel(datetime.timedelta(days=3)):
        result = import_document(sample)
    assert counts(result)["units"] == (0, 1, 2)
    assert counts(result)["people"] == (0, 1, 1)
    after = Unit.objects.get(key="u-solgaarden")
    assert after.pk == before.pk
    assert (after.name, after.parent) == ("Solgården", None)
    assert after.profile_updated_at > before.profile_updated_at
    assert Unit.objects.get(key="u-aeldre").profile_updated_at == untouched
    assert Person.objects.get(key="p-0042").unit.key == "u-skolen"


def test_created_and_updated_units_get_a_fresh_profile_date(sample, search_calls):
    with time_machine.travel(datetime.datetime(2026, 1, 5, 12, tzinfo=datetime.UTC), tick=False):
        import_document(sample)
    assert Unit.objects.get(key="u-aeldre").profile_updated_at == datetime.datetime(
        2026, 1, 5, 12, tzinfo=datetime.UTC
    )
    sample["units"][0]["description"] = "Ny beskrivelse"
    with time_machine.travel(datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC), tick=False):
        import_document(sample)
    assert Unit.objects.get(key="u-aeldre").profile_updated_at == datetime.datetime(
        2026, 3, 1, 9, tzinfo=datetime.UTC
    )
    assert Unit.objects.get(key="u-skolen").profile_updated_at == datetime.datetime(
        2026, 1, 5, 12, tzinfo=datetime.UTC
    )


def test_unit_tasks_are_replaced_by_the_files_list(sample, search_calls):
    import_document(sample)
    sample["units"][1]["tasks"] = [{"title": "Ny opgave"}]
    result = import_document(sample)
    assert counts(result)["units"] == (0, 1, 2)
    assert list(Unit.objects.get(key="u-solgaarden").tasks.values_list("title", flat=True)) == [
        "Ny opgave"
    ]
    del sample["units"][1]["tasks"]
    import_document(sample)
    assert not Task.objects.filter(unit__key="u-solgaarden").exists()


def test_units_not_in_the_file_keep_their_tasks(sample, search_calls):
    import_document(sample)
    sample["units"] = [u for u in sample["units"] if u["key"] != "u-solgaarden"]
    sample["people"] = []
    sample["experiments"] = []
    sample["challenges"] = []
    import_document(sample)
    assert Task.objects.filter(unit__key="u-solgaarden").count() == 2


def test_challenge_responses_are_replaced_by_the_files_list(sample, search_calls):
    import_document(sample)
    sample["challenges"][0]["responses"] = [{"unit": "u-aeldre", "text": "Ring til os."}]
    result = import_document(sample)
    assert counts(result)["challenges"] == (0, 1, 0)
    challenge = Challenge.objects.get(key="c-ensomme-unge")
    assert [(r.unit.key, r.person, r.text) for r in challenge.responses.all()] == [
        ("u-aeldre", None, "Ring til os.")
    ]


def test_experiment_units_are_replaced(sample, search_calls):
    import_document(sample)
    sample["experiments"][0]["units"] = ["u-skolen"]
    result = import_document(sample)
    assert counts(result)["experiments"] == (0, 1, 0)
    units = Experiment.objects.get(key="e-vr").units.values_list("key", flat=True)
    assert list(units) == ["u-skolen"]


def test_import_never_touches_the_persons_user(sample, search_calls):
    import_document(sample)
    user = make_user("mette")
    Person.objects.filter(key="p-0042").update(user=user)
    sample["people"][0]["title"] = "Områdeleder"
    import_document(sample)
    person = Person.objects.get(key="p-0042")
    assert person.title == "Områdeleder"
    assert person.user == user


def test_import_records_history_with_actor_and_reason(sample, search_calls, process_leader):
    import_document(sample, actor=process_leader)
    record = Unit.history.filter(key="u-solgaarden").get()
    assert record.history_type == "+"
    assert record.history_user == process_leader
    assert record.history_change_reason == "Import"
    assert Person.history.filter(history_change_reason="Import").count() == 2
    assert Task.history.filter(history_change_reason="Import").count() == 2
    sample["units"][1]["email"] = "ny@egeby.dk"
    import_document(sample, actor=process_leader)
    latest = Unit.history.filter(key="u-solgaarden").order_by("-history_id").first()
    assert (latest.history_type, latest.email, latest.history_change_reason) == (
        "~",
        "ny@egeby.dk",
        "Import",
    )


def test_import_without_index_does_not_rebuild_search(sample, search_calls):
    result = import_document(sample, index=False)
    assert search_calls == []
    assert result.indexed is False


def test_import_of_an_area_renames_it(sample, search_calls):
    import_document(sample)
    sample["areas"][1]["name"] = "Børn, Unge og Familie"
    result = import_document(sample)
    assert counts(result)["areas"] == (0, 1, 1)
    assert Area.objects.get(key="boern").name == "Børn, Unge og Familie"


def test_import_trims_text_and_drops_repeated_phrases(sample, search_calls):
    sample["units"][0]["name"] = "  Ældreområdet "
    sample["units"][0]["knowledge"] = ["demens", " Demens", "", "rehabilitering"]
    import_document(sample)
    unit = Unit.objects.get(key="u-aeldre")
    assert unit.name == "Ældreområdet"
    assert unit.knowledge == ["demens", "rehabilitering"]


def test_import_creates_children_listed_before_their_parents(sample, search_calls):
    sample["units"].reverse()
    sample["units"].append(
        {"key": "u-team", "name": "Team Nord", "area": "sundhed", "parent": "u-solgaarden"}
    )
    sample["units"].insert(
        0, {"key": "u-sub", "name": "Under", "area": "sundhed", "parent": "u-team"}
    )
    import_document(sample)
    assert Unit.objects.get(key="u-sub").ancestors()[0].key == "u-aeldre"


@pytest.mark.parametrize("path", [Path("/work/shared/eval/municipality.json")])
def test_eval_municipality_imports(path, search_calls):
    if not path.exists():
        pytest.skip("the evaluation file is not available")
    result = import_document(json.loads(path.read_text()))
    assert result.counts["units"].created == 60
    assert result.counts["people"].created == 121
