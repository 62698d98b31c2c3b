import datetime

import pytest
import time_machine
from django.utils import timezone

from traade.builders import make_person, make_task, make_unit
from traade.directory.models import Unit


@pytest.mark.django_db
def test_task_past_its_end_date_is_no_longer_current():
    unit = make_unit()
    today = timezone.localdate()
    current = make_task(unit=unit, title="Nu", until=today)
    open_ended = make_task(unit=unit, title="Uden slut", until=None)
    make_task(unit=unit, title="Slut", until=today - datetime.timedelta(days=1))
    assert set(unit.current_tasks()) == {current, open_ended}


@pytest.mark.django_db
def test_task_drops_out_of_current_by_itself_when_the_date_passes():
    unit = make_unit()
    make_task(unit=unit, until=datetime.date(2026, 12, 31))
    with time_machine.travel(datetime.datetime(2026, 12, 31, 12, tzinfo=datetime.UTC)):
        assert unit.current_tasks().count() == 1
    with time_machine.travel(datetime.datetime(2027, 1, 2, 12, tzinfo=datetime.UTC)):
        assert unit.current_tasks().count() == 0


@pytest.mark.django_db
def test_visitkort_is_stale_after_the_configured_months(settings):
    settings.TRAADE_STALE_MONTHS = 6
    now = timezone.now()
    fresh = make_unit(profile_updated_at=now - datetime.timedelta(days=150))
    old = make_unit(profile_updated_at=now - datetime.timedelta(days=200))
    assert not fresh.is_stale() and old.is_stale()
    assert list(Unit.objects.stale()) == [old]
    settings.TRAADE_STALE_MONTHS = 3
    assert set(Unit.objects.stale()) == {fresh, old}


@pytest.mark.django_db
def test_completeness_names_what_is_missing():
    unit = make_unit(description="", knowledge=[], offers=[], email="", phone="")
    assert unit.missing == [
        "en beskrivelse",
        "særlig viden",
        "aktuelle opgaver",
        "tilbud til andre",
        "kontaktoplysninger",
        "en leder",
    ]
    assert unit.completeness == 0
    unit.description = "Vi passer haven"
    unit.knowledge = ["kompost"]
    unit.offers = ["Rundvisning"]
    unit.phone = "56 20 30 40"
    unit.save()
    make_task(unit=unit)
    make_person(unit=unit, is_leader=True)
    assert unit.missing == []
    assert unit.completeness == 100
    assert unit not in Unit.objects.incomplete()


@pytest.mark.django_db
def test_incomplete_query_agrees_with_missing():
    complete = make_unit(description="x", knowledge=["a"], offers=["b"], email="a@b.dk")
    make_task(unit=complete)
    make_person(unit=complete, is_leader=True)
    ended_only = make_unit(description="x", knowledge=["a"], offers=["b"], email="a@b.dk")
    make_task(unit=ended_only, until=datetime.date(2000, 1, 1))
    make_person(unit=ended_only, is_leader=True)
    incomplete = list(Unit.objects.incomplete())
    assert complete not in incomplete
    assert ended_only in incomplete
    assert [u.missing for u in incomplete if u == ended_only] == [["aktuelle opgaver"]]


@pytest.mark.django_db
def test_ancestors_run_from_the_top_down():
    top = make_unit(name="Forvaltning")
    middle = make_unit(name="Center", parent=top)
    leaf = make_unit(name="Institution", parent=middle)
    assert leaf.ancestors() == [top, middle]
    assert top.ancestors() == []
