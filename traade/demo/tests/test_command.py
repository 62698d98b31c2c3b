"""`traade demo` against the database: loads once for the module, each test rolls back."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from traade import search
from traade.accounts.models import User
from traade.challenges.models import Challenge, Response
from traade.demo import generator, loader
from traade.directory.models import Organisation, Person, Suggestion, Task, Unit
from traade.experiments.models import Experiment


def run_demo(*args) -> str:
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        output = run_demo()
    yield output
    with django_db_blocker.unblock():
        loader.clear()
        search.rebuild()  # leave an empty index to the next test module


@pytest.fixture
def demo(demo_output, db, monkeypatch):
    # The module's load rebuilt the real search index; later loads in a test skip it.
    monkeypatch.setattr("traade.search.rebuild", lambda: None)
    return demo_output


def test_it_loads_the_municipality_and_prints_a_summary_with_the_log_ins(demo):
    assert "Loaded Skovlund Kommune" in demo
    for username in ("medarbejder", "leder", "procesleder"):
        assert username in demo
    assert "password: demo" in demo
    assert Organisation.current().name == "Skovlund Kommune"
    assert Unit.objects.count() == 147
    assert Person.objects.filter(is_leader=False).count() == generator.OTHER_PEOPLE
    assert Experiment.objects.count() >= 100
    assert Challenge.objects.count() == 25
    assert Response.objects.count() >= 25


def test_the_tree_and_the_references_are_stored(demo):
    for unit in Unit.objects.select_related("parent"):
        assert unit.parent is None or unit.parent.area_id == unit.area_id
    assert not Experiment.objects.filter(units__isnull=True).exists()
    for response in Response.objects.select_related("challenge__unit", "unit"):
        assert response.unit.area_id != response.challenge.unit.area_id


def test_some_visitkort_are_stale_and_some_tasks_have_ended(demo):
    assert 0.10 <= Unit.objects.stale().count() / Unit.objects.count() <= 0.20
    unit = Unit.objects.get(key=generator.LEADER_UNIT)
    assert not unit.is_stale()
    all_tasks = Task.objects.count()
    current = sum(u.current_tasks().count() for u in Unit.objects.all())
    assert 0 < current < all_tasks


def test_records_have_a_history(demo):
    unit = Unit.objects.get(key=generator.LEADER_UNIT)
    history = list(unit.history.order_by("history_date"))
    assert [h.history_type for h in history] == ["+", "~"]
    assert history[0].history_user.username == "procesleder"
    assert history[1].history_user.username == "leder"
    assert Person.history.count() == Person.objects.count()
    assert Experiment.history.count() == Experiment.objects.count()


@pytest.mark.parametrize("username", ["medarbejder", "leder", "procesleder"])
def test_the_demo_log_ins_work(demo, client, username):
    assert client.login(username=username, password="demo")


def test_the_demo_users_have_their_roles(demo):
    assert User.objects.get(username="procesleder").is_process_leader
    leader = User.objects.get(username="leder").person
    assert leader.is_leader and leader.unit.key == generator.LEADER_UNIT
    assert not User.objects.get(username="medarbejder").person.is_leader


def test_the_leaders_unit_has_pending_suggestions(demo):
    pending = Suggestion.objects.filter(unit__key=generator.LEADER_UNIT, status="pending")
    assert 2 <= pending.count() <= 3
    assert Suggestion.objects.filter(status="accepted").exclude(decided_at=None).count() >= 3


def test_if_empty_keeps_existing_data(demo):
    Unit.objects.filter(key=generator.LEADER_UNIT).update(name="Lindegården (rettet)")
    output = run_demo("--if-empty")
    assert "nothing was changed" in output
    assert "Demo log-ins" in output
    assert Unit.objects.get(key=generator.LEADER_UNIT).name == "Lindegården (rettet)"
    assert Unit.objects.count() == 147


def test_if_empty_loads_into_an_empty_database(demo):
    loader.clear()
    assert not Unit.objects.exists()
    output = run_demo("--if-empty")
    assert "Loaded" in output
    assert Unit.objects.count() == 147


def test_it_refuses_to_load_twice_without_a_flag(demo):
    with pytest.raises(CommandError):
        run_demo()
    assert Unit.objects.count() == 147


def test_reset_deletes_and_loads_again(demo):
    Unit.objects.filter(key=generator.LEADER_UNIT).update(name="Lindegården (rettet)")
    User.objects.create_user("someone-else", password="x")
    run_demo("--reset", "--seed", "5")
    assert Unit.objects.get(key=generator.LEADER_UNIT).name == "Plejecenter Lindegården"
    assert Unit.objects.count() == 147
    assert Person.objects.filter(is_leader=False).count() == generator.OTHER_PEOPLE
    assert User.objects.filter(username="someone-else").exists()
    assert User.objects.filter(username__in=generator.DEMO_USERNAMES).count() == len(
        generator.DEMO_USERNAMES
    )


def test_it_rebuilds_the_search_index(demo, monkeypatch):
    calls = []
    monkeypatch.setattr("traade.search.rebuild", lambda: calls.append(True))
    run_demo("--reset")
    assert calls == [True]


def test_every_experiment_and_challenge_page_renders_for_an_employee(demo, client):
    client.login(username="medarbejder", password="demo")
    for experiment in Experiment.objects.all():
        assert client.get(experiment.get_absolute_url()).status_code == 200, experiment.key
    for challenge in Challenge.objects.all():
        assert client.get(challenge.get_absolute_url()).status_code == 200, challenge.key
    assert client.get("/proevehandlinger/?area=omsorg&status=done").status_code == 200
    assert client.get("/udfordringer/?status=open").status_code == 200


def test_the_demo_is_valid_in_the_exchange_format(demo):
    from traade.exchange.exporter import export_document
    from traade.exchange.schema import validate

    document = export_document()
    _, problems = validate(document)
    assert problems == []
    assert len(document["units"]) == 147
