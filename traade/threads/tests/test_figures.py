"""The cohesion figures on small graphs whose answers are known by hand."""

import pytest

from traade.threads import figures
from traade.threads.figures import cohesion, network_of


def test_a_path_across_three_areas():
    # a1 — b1 — c1, and a2 alone. b1 lies on the only path between a1 and c1.
    net = network_of(
        [("a1", "A"), ("a2", "A"), ("b1", "B"), ("c1", "C")], [("a1", "b1"), ("b1", "c1")]
    )
    found = cohesion(net)
    assert found.units == 4
    assert found.threads == 2
    assert found.cross_area_share == 0.75  # a1, b1, c1 of 4
    assert found.isolated == ["a2"]
    assert found.bridges == ["b1"]  # the ends lie on no path between others
    assert found.area_matrix == {
        "A": {"A": 0, "B": 1, "C": 0},
        "B": {"A": 1, "B": 0, "C": 1},
        "C": {"A": 0, "B": 1, "C": 0},
    }


def test_threads_within_an_area_count_on_the_diagonal_and_not_in_the_share():
    net = network_of([("a1", "A"), ("a2", "A"), ("b1", "B")], [("a1", "a2")])
    found = cohesion(net)
    assert found.area_matrix == {"A": {"A": 1, "B": 0}, "B": {"A": 0, "B": 0}}
    assert found.cross_area_share == 0.0
    assert found.isolated == ["b1"]
    assert found.bridges == []


def test_a_star_has_its_centre_as_the_only_bridge_and_ties_go_by_key():
    # Two stars joined centre to centre: x and y bridge alike, so x comes first by key.
    leaves = [(f"x{i}", "A") for i in range(3)] + [(f"y{i}", "B") for i in range(3)]
    pairs = [("x", f"x{i}") for i in range(3)] + [("y", f"y{i}") for i in range(3)]
    net = network_of([("x", "A"), ("y", "B"), *leaves], [*pairs, ("x", "y")])
    found = cohesion(net)
    assert found.bridges == ["x", "y"]
    assert found.cross_area_share == round(2 / 8, 4)
    assert found.area_matrix["A"]["B"] == found.area_matrix["B"]["A"] == 1
    assert found.area_matrix["A"]["A"] == 3


def test_one_pair_with_several_reasons_is_one_thread():
    net = network_of([("a", "A"), ("b", "B")], [("a", "b"), ("b", "a"), ("a", "b")])
    assert cohesion(net).threads == 1


def test_no_units_gives_zeros():
    found = cohesion(network_of([], []))
    assert found.as_json() == {
        "units": 0,
        "threads": 0,
        "cross_area_share": 0.0,
        "isolated": [],
        "bridges": [],
        "area_matrix": {},
    }


def test_at_most_ten_bridges_best_first():
    # A path of 14 units: the middle ones bridge most.
    keys = [f"u{i:02d}" for i in range(14)]
    net = network_of([(k, "A") for k in keys], list(zip(keys, keys[1:], strict=False)))
    found = cohesion(net)
    assert len(found.bridges) == 10
    assert set(found.bridges[:2]) == {"u06", "u07"}
    assert "u00" not in found.bridges and "u13" not in found.bridges


def test_big_graphs_sample_betweenness_with_a_fixed_seed(monkeypatch):
    monkeypatch.setattr(figures, "EXACT_WORK", 10)
    monkeypatch.setattr(figures, "SAMPLE_WORK", 40)
    monkeypatch.setattr(figures, "MIN_SAMPLE", 5)
    keys = [f"u{i:02d}" for i in range(30)]
    pairs = [(keys[i], keys[(i * 7 + 3) % 30]) for i in range(30)] + list(
        zip(keys, keys[1:], strict=False)
    )
    net = network_of([(k, "A" if i % 2 else "B") for i, k in enumerate(keys)], pairs)
    first = cohesion(net)
    assert first.betweenness_sample == 5
    assert cohesion(net).bridges == first.bridges  # the same every time


@pytest.mark.parametrize(
    "units, threads, expected",
    [(150, 149, None), (2_000, 50_000, 50), (50_000, 1_000_000, 16)],
)
def test_sample_size(units, threads, expected):
    assert figures.sample_size(units, threads) == expected
