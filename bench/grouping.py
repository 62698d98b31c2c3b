"""Benchmark: forming cross-training groups (traade/crosstraining/solver.py).

    .venv/bin/python bench/grouping.py [--seed 1] [--time-small 4] [--time-large 50]

Two generated rounds: 120 leaders in 6 areas, groups of 4, with a history of two earlier
rounds (formed at random); and 1,000 leaders in 10 areas, groups of 4. Leaders sit in
units of 1-4 leaders within their area and have one of three levels. For each round it
prints the new pairs and rule breaks of random assignment, of the greedy heuristic and
of the optimiser (greedy, improved by swaps, then CP-SAT unless that grouping already
reaches the pigeonhole floors), of CP-SAT alone (the same model run to its own proof),
the proven bound (an upper bound on new pairs), and the time each took.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from traade.crosstraining import solver  # noqa: E402

LEVELS = ("leder af institution", "afdelingsleder", "centerchef")


def generate(n: int, areas: int, *, history_rounds: int, group_size: int, seed: int):
    rng = random.Random(seed)
    people = []
    unit_number = 0
    # Areas of unequal size, as in a municipality: the largest has more leaders than
    # there are groups, so some same-area pairs cannot be avoided.
    weights = [0.75**k for k in range(areas)]
    for i in range(n):
        area = f"area-{rng.choices(range(areas), weights)[0] if i >= areas else i}"
        if i < areas or rng.random() < 0.45:
            unit_number += 1
        people.append(
            solver.Person(f"p{i:04d}", area, rng.choice(LEVELS), f"unit-{area}-{unit_number}")
        )
    history = []
    keys = [p.key for p in people]
    for _ in range(history_rounds):
        rng.shuffle(keys)
        history += [keys[k : k + group_size] for k in range(0, n, group_size)]
    return people, history


def row(name, method, problem, groups, seconds, bound=None):
    new, breaks, _ = solver.evaluate(problem, groups)
    print(
        f"| {name} | {method} | {new} | {breaks} | "
        f"{'' if bound is None else bound} | {seconds:.2f} |"
    )


def run(name, n, areas, history_rounds, time_limit, seed, alone=True):
    people, history = generate(n, areas, history_rounds=history_rounds, group_size=4, seed=seed)
    problem = solver.Problem(
        people=people, group_size=4, seed=seed, time_limit=time_limit, history=history
    )
    for method, make in (("random", solver.random_groups), ("greedy", solver.greedy_groups)):
        started = time.perf_counter()
        groups = make(problem)
        row(name, method, problem, groups, time.perf_counter() - started)
    result = solver.solve(problem)
    row(name, f"optimiser ({result.status})", problem, result.groups, result.seconds, result.bound)
    if alone:
        result = solver.solve(problem, shortcut=False)
        row(
            name,
            f"CP-SAT alone, no floor shortcut ({result.status})",
            problem,
            result.groups,
            result.seconds,
            result.bound,
        )
    print(
        f"|  | (pairs in all: {problem.total_pairs}; pigeonhole floor on rule breaks: "
        f"{solver.least_rule_breaks(problem)}) |  |  |  |  |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-small", type=float, default=4.0)
    parser.add_argument("--time-large", type=float, default=50.0)
    parser.add_argument("--only", choices=("small", "large"))
    parser.add_argument(
        "--alone",
        action="store_true",
        help="also run CP-SAT without the floor shortcut on the large round (minutes)",
    )
    args = parser.parse_args()
    print("| round | method | new pairs | rule breaks | bound | seconds |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    if args.only != "large":
        run("120 leaders, 6 areas, 2 earlier rounds", 120, 6, 2, args.time_small, args.seed)
    if args.only != "small":
        run("1,000 leaders, 10 areas", 1000, 10, 0, args.time_large, args.seed, args.alone)


if __name__ == "__main__":
    main()
