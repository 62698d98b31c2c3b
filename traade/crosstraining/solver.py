"""Forming cross-training groups: the optimiser behind `traade crosstraining solve` and the
web page. Plain Python and OR-Tools CP-SAT; no Django.

Definitions (docs/crosstraining.md says the same for readers):

- Groups: G = ceil(n / group_size) groups whose sizes differ by at most one, so no group
  is larger than `group_size`.
- A *rule break* is a pair of group-mates who are in the same area, in the same unit,
  met before (in one group of the history, or a pair the caller says works closely
  together: `close`), or are forbidden together; and a required pair that is apart.
  A pair of group-mates counts once however many rules it breaks.
- A *new pair* is a pair of group-mates that breaks no rule.
- Levels are spread as a tie-break: fewer group-mates of the same level, never at the
  price of a rule break.
- The *bound* is a proven upper bound on the new pairs of any grouping:
  total pairs - max(0, proven least rule breaks - number of required pairs). The least
  rule breaks is the better of CP-SAT's objective bound and the pigeonhole bound (an
  area's n_a people spread over G groups as evenly as possible give at least
  r*C(q+1, 2) + (G-r)*C(q, 2) same-area pairs, q, r = divmod(n_a, G)). Without required
  pairs, new pairs == bound means optimal.

Model: x[p, g] booleans with one group per person and a group number grp[p] channelled
to them; per group and area a count whose same-area pairs C(c, 2) are bounded below by
its tangents (exact when minimised, and linear, so the LP sees them); one boolean per
sparse pair (same unit, history, close, forbidden across areas; same-area pairs are
already counted by the area counts) and per required pair; persons i < G in groups <= i
to break the symmetry of interchangeable groups; a greedy grouping as the hint.

Determinism: CP-SAT is run with a fixed `random_seed`, `num_workers` and
`interleave_search`, and stops at `max_deterministic_time` (work units, close to seconds
on one core); a wall-clock cap of WALL_FACTOR * time_limit guards a slow or busy machine,
and only when it is what stops the search may two runs differ.
"""

from __future__ import annotations

import itertools
import math
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

WORKERS = 2
WALL_FACTOR = 3.0
MAX_TIME_LIMIT = 3600.0


class ProblemError(ValueError):
    """The input is not a valid round (the message says why, in English)."""


@dataclass(frozen=True)
class Person:
    key: str
    area: str
    level: str | int
    unit: str


@dataclass
class Problem:
    people: list[Person]
    group_size: int
    seed: int = 0
    time_limit: float = 5.0
    history: list[list[str]] = field(default_factory=list)
    forbid: list[tuple[str, str]] = field(default_factory=list)
    require: list[tuple[str, str]] = field(default_factory=list)
    # Pairs who work closely together for other reasons (a parent unit, a thread); the
    # web page fills it, the JSON contract has no such field.
    close: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self):
        validate(self)

    @property
    def group_count(self) -> int:
        return math.ceil(len(self.people) / self.group_size)

    @property
    def sizes(self) -> list[int]:
        """The group sizes: as even as possible, the larger ones first."""
        q, r = divmod(len(self.people), self.group_count)
        return [q + 1] * r + [q] * (self.group_count - r)

    @property
    def total_pairs(self) -> int:
        return sum(s * (s - 1) // 2 for s in self.sizes)


@dataclass
class Result:
    groups: list[list[str]]
    new_pairs: int
    rule_breaks: int
    bound: int | None
    seconds: float
    status: str = ""

    def as_json(self) -> dict:
        return {
            "groups": self.groups,
            "new_pairs": self.new_pairs,
            "rule_breaks": self.rule_breaks,
            "bound": self.bound,
            "seconds": round(self.seconds, 3),
        }


# Reasons a pair of group-mates breaks a rule, and a required pair apart.
SAME_AREA = "same_area"
SAME_UNIT = "same_unit"
MET_BEFORE = "met_before"
CLOSE = "close"
FORBIDDEN = "forbidden"
REQUIRED_APART = "required_apart"


@dataclass(frozen=True)
class RuleBreak:
    a: str
    b: str
    reasons: tuple[str, ...]


# --- Input ---------------------------------------------------------------------------

TOP_LEVEL = {"group_size", "seed", "time_limit", "people", "history", "forbid", "require"}
PERSON_FIELDS = {"key", "area", "level", "unit"}


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_problem(data) -> Problem:
    """A Problem from the JSON contract; ProblemError with a clear message otherwise."""
    if not isinstance(data, dict):
        raise ProblemError("the input must be a JSON object")
    unknown = sorted(set(data) - TOP_LEVEL)
    if unknown:
        raise ProblemError(f"unknown field(s): {', '.join(unknown)}")
    for name in ("group_size", "people"):
        if name not in data:
            raise ProblemError(f"missing field: {name}")
    group_size = data["group_size"]
    if not _is_int(group_size):
        raise ProblemError("group_size must be an integer")
    seed = data.get("seed", 0)
    if not _is_int(seed):
        raise ProblemError("seed must be an integer")
    time_limit = data.get("time_limit", 10)
    if not (_is_int(time_limit) or isinstance(time_limit, float)) or isinstance(time_limit, bool):
        raise ProblemError("time_limit must be a number of seconds")
    people_data = data["people"]
    if not isinstance(people_data, list):
        raise ProblemError("people must be a list")
    people = []
    for index, item in enumerate(people_data):
        if not isinstance(item, dict):
            raise ProblemError(f"people[{index}] must be an object")
        missing = sorted(PERSON_FIELDS - set(item))
        if missing:
            raise ProblemError(f"people[{index}] lacks {', '.join(missing)}")
        extra = sorted(set(item) - PERSON_FIELDS)
        if extra:
            raise ProblemError(f"people[{index}] has unknown field(s): {', '.join(extra)}")
        for name in ("key", "area", "unit"):
            if not isinstance(item[name], str) or not item[name]:
                raise ProblemError(f"people[{index}].{name} must be a non-empty string")
        level = item["level"]
        if not (isinstance(level, str) or _is_int(level)):
            raise ProblemError(f"people[{index}].level must be a string or an integer")
        people.append(Person(item["key"], item["area"], level, item["unit"]))
    history = data.get("history", [])
    if not isinstance(history, list) or not all(isinstance(g, list) for g in history):
        raise ProblemError("history must be a list of lists of keys")
    pairs = {}
    for name in ("forbid", "require"):
        value = data.get(name, [])
        if not isinstance(value, list) or not all(
            isinstance(p, list) and len(p) == 2 for p in value
        ):
            raise ProblemError(f"{name} must be a list of pairs [key, key]")
        pairs[name] = [tuple(p) for p in value]
    return Problem(
        people=people,
        group_size=group_size,
        seed=seed,
        time_limit=float(time_limit),
        history=history,
        forbid=pairs["forbid"],
        require=pairs["require"],
    )


def validate(problem: Problem) -> None:
    n = len(problem.people)
    if n < 2:
        raise ProblemError("a round needs at least two people")
    if not _is_int(problem.group_size) or problem.group_size < 2:
        raise ProblemError("group_size must be at least 2")
    if problem.group_size > n:
        raise ProblemError(f"group_size ({problem.group_size}) is larger than the {n} people")
    if not 0 < problem.time_limit <= MAX_TIME_LIMIT:
        raise ProblemError(f"time_limit must be more than 0 and at most {MAX_TIME_LIMIT:g} seconds")
    keys = [p.key for p in problem.people]
    duplicates = sorted(k for k, c in Counter(keys).items() if c > 1)
    if duplicates:
        raise ProblemError(f"duplicate key(s): {', '.join(map(str, duplicates))}")
    known = set(keys)
    for index, group in enumerate(problem.history):
        for key in group:
            if key not in known:
                raise ProblemError(f"history[{index}] names an unknown key: {key!r}")
    for name in ("forbid", "require", "close"):
        for index, pair in enumerate(getattr(problem, name)):
            for key in pair:
                if key not in known:
                    raise ProblemError(f"{name}[{index}] names an unknown key: {key!r}")
            if pair[0] == pair[1]:
                raise ProblemError(f"{name}[{index}] pairs {pair[0]!r} with itself")
    both = {frozenset(p) for p in problem.forbid} & {frozenset(p) for p in problem.require}
    if both:
        a, b = sorted(next(iter(both)))
        raise ProblemError(f"the pair {a!r}, {b!r} is both forbidden and required")


# --- Rules -----------------------------------------------------------------------------


class Rules:
    """Which pairs break which rule; shared by the model, the heuristics and evaluate()."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self.index = {p.key: i for i, p in enumerate(problem.people)}
        self.sparse: dict[tuple[int, int], set[str]] = defaultdict(set)
        by_unit = defaultdict(list)
        for i, p in enumerate(problem.people):
            by_unit[p.unit].append(i)
        for members in by_unit.values():
            for a, b in itertools.combinations(members, 2):
                self.sparse[a, b].add(SAME_UNIT)
        for group in problem.history:
            members = sorted({self.index[k] for k in group})
            for a, b in itertools.combinations(members, 2):
                self.sparse[a, b].add(MET_BEFORE)
        for pairs, reason in ((problem.close, CLOSE), (problem.forbid, FORBIDDEN)):
            for x, y in pairs:
                a, b = sorted((self.index[x], self.index[y]))
                self.sparse[a, b].add(reason)
        self.required = sorted(
            {tuple(sorted((self.index[x], self.index[y]))) for x, y in problem.require}
        )

    def reasons(self, a: int, b: int) -> tuple[str, ...]:
        """Why group-mates a and b break a rule (empty: a new pair)."""
        a, b = min(a, b), max(a, b)
        people = self.problem.people
        found = [SAME_AREA] if people[a].area == people[b].area else []
        found += sorted(self.sparse.get((a, b), ()))
        return tuple(found)

    def bad(self, a: int, b: int) -> bool:
        a, b = min(a, b), max(a, b)
        return (a, b) in self.sparse or self.problem.people[a].area == self.problem.people[b].area


def evaluate(problem: Problem, groups: list[list[str]]) -> tuple[int, int, list[RuleBreak]]:
    """(new pairs, rule breaks, the breaks) of a grouping given by keys."""
    rules = Rules(problem)
    breaks = []
    new = 0
    where = {}
    for g, group in enumerate(groups):
        members = [rules.index[k] for k in group]
        for m in members:
            where[m] = g
        for a, b in itertools.combinations(members, 2):
            reasons = rules.reasons(a, b)
            if reasons:
                breaks.append(RuleBreak(problem.people[a].key, problem.people[b].key, reasons))
            else:
                new += 1
    for a, b in rules.required:
        if where.get(a) != where.get(b):
            breaks.append(
                RuleBreak(problem.people[a].key, problem.people[b].key, (REQUIRED_APART,))
            )
    return new, len(breaks), breaks


def same_level_pairs(problem: Problem, groups: list[list[str]]) -> int:
    level = {p.key: p.level for p in problem.people}
    return sum(
        c * (c - 1) // 2 for group in groups for c in Counter(level[k] for k in group).values()
    )


def _pigeonhole(n: int, groups: int) -> int:
    q, r = divmod(n, groups)
    return r * (q + 1) * q // 2 + (groups - r) * q * (q - 1) // 2


def least_rule_breaks(problem: Problem) -> int:
    """The pigeonhole bound: same-area pairs no grouping avoids."""
    areas = Counter(p.area for p in problem.people)
    return sum(_pigeonhole(n, problem.group_count) for n in areas.values())


def least_level_pairs(problem: Problem) -> int:
    levels = Counter(p.level for p in problem.people)
    return sum(_pigeonhole(n, problem.group_count) for n in levels.values())


def bound_from(problem: Problem, least_breaks: int) -> int:
    return problem.total_pairs - max(0, least_breaks - len(set(map(frozenset, problem.require))))


# --- Heuristics: random and greedy (the hint, and the bench's comparison) -------------------


def _as_keys(problem: Problem, groups: list[list[int]]) -> list[list[str]]:
    """Keys per group; groups numbered by their first member, members in input order."""
    ordered = sorted((sorted(g) for g in groups if g), key=lambda g: g[0])
    return [[problem.people[i].key for i in g] for g in ordered]


def random_groups(problem: Problem) -> list[list[str]]:
    order = list(range(len(problem.people)))
    random.Random(problem.seed).shuffle(order)
    groups, start = [], 0
    for size in problem.sizes:
        groups.append(order[start : start + size])
        start += size
    return _as_keys(problem, groups)


def greedy_groups(problem: Problem) -> list[list[str]]:
    """Everyone in turn (required pairs and the largest areas first) joins the group with
    room where they break the fewest rules, then meet the fewest of their level."""
    return _as_keys(problem, _greedy(problem, Rules(problem)))


def improved_groups(problem: Problem) -> list[list[str]]:
    """The greedy grouping improved by swaps (`improve`): the optimiser's starting point."""
    rules = Rules(problem)
    return _as_keys(problem, improve(problem, rules, _greedy(problem, rules)))


def _greedy(problem: Problem, rules: Rules) -> list[list[int]]:
    rng = random.Random(problem.seed)
    n, people = len(problem.people), problem.people
    area_size = Counter(p.area for p in people)
    partner = defaultdict(set)
    for a, b in rules.required:
        partner[a].add(b)
        partner[b].add(a)
    order = list(range(n))
    rng.shuffle(order)
    order.sort(key=lambda i: (-len(partner[i]), -area_size[people[i].area]))
    sizes = problem.sizes
    capacity = [sizes[0]] * len(sizes)
    big_left = sizes.count(sizes[0]) if sizes[0] != sizes[-1] else len(sizes)
    groups: list[list[int]] = [[] for _ in sizes]
    where: dict[int, int] = {}
    for i in order:
        best, best_cost = None, None
        for g, members in enumerate(groups):
            if len(members) >= capacity[g]:
                continue
            breaks = sum(1 for m in members if rules.bad(i, m))
            apart = sum(1 for m in partner[i] if m in where and where[m] != g)
            together = sum(1 for m in partner[i] if where.get(m) == g)
            levels = sum(1 for m in members if people[m].level == people[i].level)
            cost = (breaks + apart - together, levels, len(members))
            if best_cost is None or cost < best_cost:
                best, best_cost = g, cost
        groups[best].append(i)
        where[i] = best
        if sizes[0] != sizes[-1] and len(groups[best]) == sizes[0]:
            big_left -= 1
            if big_left == 0:
                capacity = [
                    c if len(groups[g]) == sizes[0] else sizes[-1] for g, c in enumerate(capacity)
                ]
    return groups


def improve(problem: Problem, rules: Rules, groups: list[list[int]], *, budget: int = 3_000_000):
    """Swap pairs of people between groups while that lowers the cost (rule breaks first,
    then same-level pairs), looking first at the people in a rule break; deterministic
    (a budget of candidate swaps, not of seconds)."""
    people = problem.people
    weight = problem.total_pairs + 1
    required = defaultdict(set)
    for a, b in rules.required:
        required[a].add(b)
        required[b].add(a)

    def cost(p: int, m: int) -> int:
        value = weight if rules.bad(p, m) else 0
        if m in required[p]:
            value -= weight
        return value + (1 if people[p].level == people[m].level else 0)

    where = {p: g for g, members in enumerate(groups) for p in members}

    def gain_of(p: int, q: int) -> int:
        """How much the cost falls when p and q change groups."""
        a, b = where[p], where[q]
        before = sum(cost(p, m) for m in groups[a] if m != p) + sum(
            cost(q, m) for m in groups[b] if m != q
        )
        after = sum(cost(p, m) for m in groups[b] if m != q) + sum(
            cost(q, m) for m in groups[a] if m != p
        )
        return before - after

    def breaking() -> list[int]:
        found = set()
        for members in groups:
            for p, m in itertools.combinations(members, 2):
                if rules.bad(p, m):
                    found.update((p, m))
        for a, b in rules.required:
            if where[a] != where[b]:
                found.update((a, b))
        return sorted(found)

    n = len(people)
    floor = least_rule_breaks(problem) * weight + least_level_pairs(problem)

    def at_floor() -> bool:
        keys = _as_keys(problem, groups)
        return evaluate(problem, keys)[1] * weight + same_level_pairs(problem, keys) == floor

    spent = 0
    for focus in (breaking, lambda: range(n)):
        improved = not at_floor()
        while improved and spent < budget:
            improved = False
            for p in focus():
                best, best_gain = None, 0
                for q in range(n):
                    if where[q] == where[p]:
                        continue
                    spent += 1
                    gain = gain_of(p, q)
                    if gain > best_gain:
                        best, best_gain = q, gain
                if best is not None:
                    a, b = where[p], where[best]
                    groups[a].remove(p)
                    groups[b].remove(best)
                    groups[a].append(best)
                    groups[b].append(p)
                    where[p], where[best] = b, a
                    improved = True
                if spent >= budget:
                    break
    return groups


# --- CP-SAT ----------------------------------------------------------------------------


def solve(problem: Problem, *, workers: int = WORKERS, shortcut: bool = True) -> Result:
    """The best grouping CP-SAT finds within the time limit, with its proven bound.

    When the improved greedy grouping already reaches the pigeonhole floors it is
    optimal and CP-SAT is not run (`shortcut=False` runs it anyway, for the bench)."""
    from ortools.sat.python import cp_model

    started = time.perf_counter()
    rules = Rules(problem)
    people = problem.people
    n, G = len(people), problem.group_count
    q = n // G
    hint = improved_groups(problem)
    weight = problem.total_pairs + 1  # the level pairs never outweigh one rule break
    floor = least_rule_breaks(problem) * weight + least_level_pairs(problem)
    new, breaks, _ = evaluate(problem, hint)
    if shortcut and breaks * weight + same_level_pairs(problem, hint) == floor:
        # The starting point reaches the pigeonhole floors: optimal, nothing to search.
        return Result(
            hint, new, breaks, bound_from(problem, breaks), time.perf_counter() - started, "OPTIMAL"
        )

    model = cp_model.CpModel()
    # Symmetry: groups are interchangeable, so person i is in one of the first i + 1.
    x = [
        [model.new_bool_var(f"x{p}_{g}") if g <= p else model.new_constant(0) for g in range(G)]
        for p in range(n)
    ]
    for p in range(n):
        model.add_exactly_one(x[p][: min(p, G - 1) + 1])
    for g in range(G):
        model.add_linear_constraint(sum(x[p][g] for p in range(g, n)), q, q + 1 if n % G else q)

    def pair_counts(labels, name) -> list:
        """Per group and label, the pairs of members with the same label (C(c, 2) via
        its tangents k*c - k(k+1)/2, exact when minimised), with a pigeonhole floor."""
        terms = []
        members = defaultdict(list)
        for p, label in enumerate(labels):
            members[label].append(p)
        for ps in members.values():
            top = min(len(ps), q + 1)
            if top < 2:
                continue
            per_label = []
            for g in range(G):
                count = sum(x[p][g] for p in ps if p >= g)
                pairs = model.new_int_var(0, top * (top - 1) // 2, f"{name}{g}")
                for k in range(1, top):
                    model.add(pairs >= k * count - k * (k + 1) // 2)
                per_label.append(pairs)
            model.add(sum(per_label) >= _pigeonhole(len(ps), G))
            terms += per_label
        return terms

    area_pairs = pair_counts([p.area for p in people], "a")
    level_pairs = pair_counts([p.level for p in people], "l")
    sparse_terms = []
    for a, b in sorted(rules.sparse):
        if people[a].area == people[b].area:
            continue  # counted by the area counts already
        together = model.new_bool_var(f"t{a}_{b}")
        for g in range(min(a, b, G - 1) + 1):
            model.add_bool_or([~x[a][g], ~x[b][g], together])
        sparse_terms.append(together)
    required_terms = []
    for a, b in rules.required:
        apart = model.new_bool_var(f"r{a}_{b}")
        for g in range(min(b, G - 1) + 1):
            # a <= b: a is never in a group after a, so b there means apart.
            model.add_bool_or([~x[b][g], x[a][g], apart]) if g <= a else model.add_bool_or(
                [~x[b][g], apart]
            )
        required_terms.append(apart)
    model.minimize(
        weight * (sum(area_pairs) + sum(sparse_terms) + sum(required_terms)) + sum(level_pairs)
    )
    for g, keys in enumerate(hint):
        for k in keys:
            p = rules.index[k]
            for h in range(min(p, G - 1) + 1):
                model.add_hint(x[p][h], h == g)

    solver = cp_model.CpSolver()
    solver.parameters.random_seed = problem.seed
    solver.parameters.num_workers = workers
    solver.parameters.interleave_search = True
    solver.parameters.max_deterministic_time = problem.time_limit
    solver.parameters.max_time_in_seconds = problem.time_limit * WALL_FACTOR
    status = solver.solve(model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        groups = [[p for p in range(n) if solver.value(x[p][g])] for g in range(G)]
        keys = _as_keys(problem, groups)
        proven = math.ceil(solver.best_objective_bound - 1e-6)
        bound = bound_from(problem, max(least_rule_breaks(problem), proven // weight))
    elif status == cp_model.INFEASIBLE:  # pragma: no cover - every round has a grouping
        raise RuntimeError("CP-SAT found the model infeasible")
    else:
        keys, bound = hint, None
    new, rule_breaks, _ = evaluate(problem, keys)
    return Result(
        groups=keys,
        new_pairs=new,
        rule_breaks=rule_breaks,
        bound=bound,
        seconds=time.perf_counter() - started,
        status=solver.status_name(status),
    )
