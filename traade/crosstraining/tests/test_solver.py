"""The optimiser against brute force on small rounds, and every rule on its own."""

import itertools
import random

import pytest

from traade.crosstraining import solver
from traade.crosstraining.solver import Person, Problem


def partitions(items, sizes):
    """Every way to split items into groups of the given sizes (groups unordered)."""
    if not sizes:
        yield []
        return
    first, rest = items[0], items[1:]
    for others in itertools.combinations(rest, sizes[0] - 1):
        left = [i for i in rest if i not in others]
        for tail in partitions(left, sizes[1:]):
            yield [[first, *others], *tail]


def brute_force(problem):
    """The least rule breaks, and the most new pairs among groupings with that many."""
    keys = [p.key for p in problem.people]
    best = None
    for sizes in set(itertools.permutations(problem.sizes)):
        for groups in partitions(keys, list(sizes)):
            new, breaks, _ = solver.evaluate(problem, groups)
            level = solver.same_level_pairs(problem, groups)
            score = (breaks, level)
            if best is None or score < best[0]:
                best = (score, new)
    return best


def random_problem(seed, n):
    rng = random.Random(seed)
    people = [
        Person(f"p{i}", rng.choice("ABC"), rng.choice((1, 2)), f"u{rng.randrange(n)}")
        for i in range(n)
    ]
    keys = [p.key for p in people]
    history = [rng.sample(keys, 3)]
    pairs = rng.sample(list(itertools.combinations(keys, 2)), 2)
    return Problem(
        people=people,
        group_size=rng.choice((2, 3, 4)),
        seed=seed,
        time_limit=5,
        history=history,
        forbid=[pairs[0]],
        require=[pairs[1]],
    )


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("shortcut", [True, False])
def test_the_optimiser_finds_the_brute_force_optimum(seed, shortcut):
    problem = random_problem(seed, 6 + seed % 3)
    (breaks, levels), _new = brute_force(problem)
    result = solver.solve(problem, shortcut=shortcut)
    assert result.rule_breaks == breaks
    assert solver.same_level_pairs(problem, result.groups) == levels
    assert result.bound is not None and result.bound >= result.new_pairs
    assert sorted(k for g in result.groups for k in g) == sorted(p.key for p in problem.people)
    assert max(map(len, result.groups)) - min(map(len, result.groups)) <= 1
    assert max(map(len, result.groups)) <= problem.group_size


def people(*specs):
    """("a", "area", level, "unit") tuples as people."""
    return [Person(*spec) for spec in specs]


SIX = people(
    ("a", "X", 1, "u1"),
    ("b", "Y", 1, "u2"),
    ("c", "Z", 1, "u3"),
    ("d", "X", 2, "u4"),
    ("e", "Y", 2, "u5"),
    ("f", "Z", 2, "u6"),
)


def together(result, a, b):
    return any(a in g and b in g for g in result.groups)


def test_members_come_from_different_areas_where_possible():
    result = solver.solve(Problem(people=SIX, group_size=3, seed=1, time_limit=2))
    assert result.rule_breaks == 0
    assert result.new_pairs == result.bound == 6
    for group in result.groups:
        assert len({p.area for p in SIX if p.key in group}) == 3


def test_an_area_larger_than_the_groups_gives_the_pigeonhole_floor():
    crowd = people(*[(f"p{i}", "X" if i < 5 else "Y", 1, f"u{i}") for i in range(6)])
    problem = Problem(people=crowd, group_size=3, seed=1, time_limit=2)
    assert solver.least_rule_breaks(problem) == 4 + 0  # 5 in X over 2 groups: 3 + 1 pairs
    result = solver.solve(problem)
    assert result.rule_breaks == 4
    assert result.bound == result.new_pairs == 2


def test_two_of_the_same_unit_are_kept_apart():
    mixed = people(
        ("a", "X", 1, "u1"), ("b", "Y", 1, "u1"), ("c", "Z", 1, "u3"), ("d", "W", 2, "u4")
    )
    result = solver.solve(Problem(people=mixed, group_size=2, seed=1, time_limit=2))
    assert not together(result, "a", "b") and result.rule_breaks == 0


def test_people_who_met_in_an_earlier_round_are_kept_apart():
    problem = Problem(
        people=SIX, group_size=3, seed=1, time_limit=2, history=[["a", "b"], ["c", "e"]]
    )
    result = solver.solve(problem)
    assert result.rule_breaks == 0
    assert not together(result, "a", "b") and not together(result, "c", "e")


def test_a_forbidden_pair_is_kept_apart():
    problem = Problem(people=SIX, group_size=3, seed=3, time_limit=2, forbid=[("a", "b")])
    result = solver.solve(problem)
    assert not together(result, "a", "b") and result.rule_breaks == 0


def test_a_required_pair_is_put_together():
    problem = Problem(people=SIX, group_size=3, seed=3, time_limit=2, require=[("a", "e")])
    result = solver.solve(problem)
    assert together(result, "a", "e") and result.rule_breaks == 0


def test_a_required_pair_apart_counts_as_a_rule_break():
    groups = [["a", "b", "c"], ["d", "e", "f"]]
    problem = Problem(people=SIX, group_size=3, require=[("a", "e")])
    new, breaks, found = solver.evaluate(problem, groups)
    assert (new, breaks) == (6, 1)
    assert found[0].reasons == (solver.REQUIRED_APART,)


def test_a_pair_breaking_two_rules_counts_once_with_both_reasons():
    problem = Problem(people=SIX, group_size=3, history=[["a", "d"]])
    new, breaks, found = solver.evaluate(problem, [["a", "d", "b"], ["c", "e", "f"]])
    assert breaks == 2 and new == 4  # a-d (area and history once), c-f (area)
    assert found[0] == solver.RuleBreak("a", "d", (solver.SAME_AREA, solver.MET_BEFORE))


def test_levels_are_spread_but_never_at_the_price_of_a_rule_break():
    result = solver.solve(Problem(people=SIX, group_size=2, seed=1, time_limit=2))
    assert result.rule_breaks == 0
    assert solver.same_level_pairs(Problem(people=SIX, group_size=2), result.groups) == 0


def test_the_same_seed_gives_the_same_groups():
    problem = random_problem(5, 8)
    first = solver.solve(problem, shortcut=False).groups
    assert solver.solve(problem, shortcut=False).groups == first


@pytest.mark.parametrize(
    "n, size, sizes",
    [(10, 4, [4, 3, 3]), (12, 4, [4, 4, 4]), (5, 4, [3, 2]), (7, 2, [2, 2, 2, 1])],
)
def test_group_sizes_differ_by_at_most_one_and_never_exceed_the_size(n, size, sizes):
    crowd = people(*[(f"p{i}", "X", 1, f"u{i}") for i in range(n)])
    assert Problem(people=crowd, group_size=size).sizes == sizes


def test_random_and_greedy_groupings_cover_everyone():
    problem = random_problem(2, 8)
    for make in (solver.random_groups, solver.greedy_groups, solver.improved_groups):
        groups = make(problem)
        assert sorted(k for g in groups for k in g) == sorted(p.key for p in problem.people)
