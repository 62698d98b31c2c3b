"""Krydstræning feeds the threads between units: a published group, and a visit that
someone wrote learning from."""

import datetime

from traade.crosstraining import services
from traade.crosstraining.models import Learning, Membership, Visit
from traade.threads.models import Reason

from .test_services import leaders  # noqa: F401  (the fixture)


def pairs(kind="crosstraining"):
    return {(r.unit_a_id, r.unit_b_id) for r in Reason.objects.filter(kind=kind)}


def group_units(round):
    units = {}
    for m in Membership.objects.filter(round=round).select_related("person"):
        units.setdefault(m.group_id, set()).add(m.person.unit_id)
    return units


def test_a_draft_round_makes_no_thread_and_publishing_links_each_groups_units(
    process_leader,
    leaders,  # noqa: F811
):
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    assert pairs() == set()
    services.publish_round(actor=process_leader, round=round)
    expected = {
        (min(a, b), max(a, b))
        for units in group_units(round).values()
        for a in units
        for b in units
        if a != b
    }
    assert expected and pairs() == expected


def test_a_visit_with_learning_is_a_reason_of_its_own(process_leader, leaders):  # noqa: F811
    from traade.crosstraining import threads

    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    services.publish_round(actor=process_leader, round=round)
    visit = Visit.objects.filter(group__round=round).first()
    visit.date = datetime.date(2026, 11, 3)
    visit.save()
    member = Membership.objects.filter(group=visit.group).first().person
    Learning.objects.create(visit=visit, person=member, saw="Morgenmøder", take_home="Tavlen")
    threads.refresh(visit.host_id)
    visits = Reason.objects.filter(kind="crosstraining", source__contains="besoeg")
    assert {(r.label, r.date) for r in visits} == {
        ("Besøg i krydstræningen »R«", datetime.date(2026, 11, 3))
    }


def test_leaders_of_units_with_a_thread_count_as_working_closely_together(
    process_leader,
    leaders,  # noqa: F811
):
    a, b = leaders[0], leaders[2]
    assert a.unit.area_id != b.unit.area_id
    one, other = sorted([a.unit_id, b.unit_id])
    Reason.objects.create(
        unit_a_id=one,
        unit_b_id=other,
        kind="collaboration",
        source="x",
        date=datetime.date(2026, 1, 1),
        label="Arbejder sammen",
    )
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    assert tuple(sorted([a.key, b.key])) in {
        tuple(sorted(p)) for p in services.problem_for(round).close
    }
