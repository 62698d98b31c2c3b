"""Rounds through the services: participants, drawing with the optimiser, publishing."""

import pytest

from traade.builders import make_area, make_person, make_unit, make_user
from traade.crosstraining import services
from traade.crosstraining.models import Group, Membership, Pair, Visit
from traade.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def leaders():
    """Six leaders in three areas, two per area, each in a unit of their own."""
    people = []
    for a in range(3):
        area = make_area(key=f"omr-{a}")
        top = make_unit(area=area, kind="forvaltning")
        for i in range(2):
            unit = make_unit(area=area, parent=top, kind="institution")
            people.append(
                make_person(key=f"p-{a}{i}", unit=unit, is_leader=True, user=make_user(f"l{a}{i}"))
            )
    return people


def groups_of(round):
    return [
        sorted(m.person.key for m in g.memberships.all())
        for g in Group.objects.filter(round=round).prefetch_related("memberships__person")
    ]


def test_drawing_puts_leaders_of_different_areas_together(process_leader, leaders):
    round = services.create_round(actor=process_leader, title="Forår", people=leaders, group_size=3)
    result = services.draw_round(actor=process_leader, round=round)
    assert result.rule_breaks == 0 and result.new_pairs == result.bound == 6
    for group in groups_of(round):
        assert len({key[2] for key in group}) == 3  # p-<area><i>


def test_an_earlier_rounds_group_counts_as_met_before(process_leader, leaders):
    first = services.create_round(actor=process_leader, title="1", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=first)
    second = services.create_round(actor=process_leader, title="2", people=leaders, group_size=3)
    problem = services.problem_for(second)
    assert sorted(map(sorted, problem.history)) == sorted(groups_of(first))


def test_a_forbidden_pair_is_kept_apart(process_leader, leaders):
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    Pair.objects.create(round=round, kind=Pair.Kind.FORBID, first=leaders[0], second=leaders[2])
    services.draw_round(actor=process_leader, round=round)
    assert not any({"p-00", "p-10"} <= set(g) for g in groups_of(round))


def test_publishing_plans_one_visit_per_member_unit_and_notifies(process_leader, leaders):
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    services.publish_round(actor=process_leader, round=round)
    round.refresh_from_db()
    assert round.is_published
    assert Visit.objects.filter(group__round=round).count() == 6
    assert Notification.objects.filter(user__person__in=leaders).count() == 6
    assert Membership.objects.filter(round=round, group__isnull=True).count() == 0
    with pytest.raises(ValueError):
        services.draw_round(actor=process_leader, round=round)


def test_a_leaders_level_is_their_units_depth(leaders):
    depth = services.unit_depths()
    assert depth[leaders[0].unit_id] == 1 and depth[leaders[0].unit.parent_id] == 0
    deeper = make_unit(parent=leaders[0].unit)
    assert services.unit_depths()[deeper.pk] == 2


def test_moving_a_person_by_hand_shows_the_rule_breaks_first(process_leader, leaders):
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    mover = leaders[0]  # p-00; its area's other leader is p-01
    target = Group.objects.get(round=round, memberships__person__key="p-01")
    breaks = services.preview_move(round=round, person=mover, group=target)
    assert [{b.a, b.b} for b in breaks] == [{"p-00", "p-01"}]
    assert breaks[0].reasons == ("same_area",)
    assert Membership.objects.get(round=round, person=mover).group != target  # not saved
    services.move_member(actor=process_leader, round=round, person=mover, group=target)
    assert Membership.objects.get(round=round, person=mover).group == target
    services.publish_round(actor=process_leader, round=round)
    with pytest.raises(ValueError):
        services.move_member(actor=process_leader, round=round, person=mover, group=target)


def test_current_groups_lists_keys_by_group(process_leader, leaders):
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    assert sorted(map(sorted, services.current_groups(round))) == sorted(groups_of(round))


def test_a_draw_whose_participants_changed_during_the_solve_writes_nothing(
    process_leader, leaders, monkeypatch
):
    round = services.create_round(actor=process_leader, title="R", people=leaders, group_size=3)
    services.draw_round(actor=process_leader, round=round)
    before = services.current_groups(round)
    solve = services.solver.solve

    def solve_while_someone_is_taken_out(problem):
        result = solve(problem)
        Membership.objects.filter(round=round, person=leaders[0]).delete()
        return result

    monkeypatch.setattr(services.solver, "solve", solve_while_someone_is_taken_out)
    with pytest.raises(services.RoundError, match="Deltagerne blev ændret imens"):
        services.draw_round(actor=process_leader, round=round, seed=5)
    round.refresh_from_db()
    assert round.seed == 1
    assert services.current_groups(round) == [[k for k in g if k != leaders[0].key] for g in before]
