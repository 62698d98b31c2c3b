""" "Mød …": units with knowledge that fits, without a thread yet, other areas first."""

import datetime

import pytest

from traade import search
from traade.builders import make_area, make_unit
from traade.threads import meet
from traade.threads.models import Reason

pytestmark = pytest.mark.django_db


@pytest.fixture
def dementia(unit, area):
    unit.knowledge = ["demens"]
    unit.save()
    same = make_unit(key="u-hjem", name="Hjemmeplejen", area=area, knowledge=["demens"])
    culture = make_area(key="kultur", name="Kultur og Fritid")
    library = make_unit(key="u-bib", name="Biblioteket", area=culture, knowledge=["demens"])
    linked = make_unit(key="u-cafe", name="Demenscaféen", area=culture, knowledge=["demens"])
    make_unit(key="u-havn", name="Havnekontoret", area=culture, knowledge=["sejlads"])
    a, b = sorted([unit.pk, linked.pk])
    Reason.objects.create(
        unit_a_id=a, unit_b_id=b, kind="collaboration", source="x",
        date=datetime.date(2026, 1, 1), label="Arbejder sammen",
    )  # fmt: skip
    search.rebuild()
    return unit, same, library


def test_units_that_fit_and_have_no_thread_are_suggested_other_areas_first(dementia, employee):
    unit, same, library = dementia
    keys = [s["unit"].key for s in meet.suggestions(unit, user=employee)]
    assert keys == [library.key, same.key]  # not itself, not the café it has a thread to


def test_a_unit_that_says_nothing_about_itself_gets_no_suggestions(unit, employee):
    assert meet.suggestions(unit, user=employee) == []
