"""The cohesion figures, computed with networkx on the graph of units and threads.

A thread is a pair of units with at least one reason, whatever the kinds and however many:
the graph is simple and undirected, every unit a node (also one without threads).

- `units`: the number of units; `threads`: the number of pairs with a thread.
- `cross_area_share`: the units with a thread to at least one unit of another area,
  divided by all units (0.0 without units), rounded to four decimals.
- `isolated`: the keys of the units without any thread, sorted.
- `bridges`: the ten units with the highest betweenness centrality (the share of shortest
  paths between other units that pass through them), best first, ties by key; units on
  no such path (betweenness 0) are not bridges. On a big graph exact betweenness takes
  too long (every unit's shortest paths to every other), so above `EXACT_WORK` it is
  estimated from the shortest paths of a sample of `betweenness_sample` units, drawn with
  a fixed seed from the units in key order: the same data always gives the same bridges.
- `area_matrix`: for every area with units, for every such area, the number of threads
  between a unit of the one and a unit of the other: symmetric, the diagonal counting
  the threads within the area. Each thread is counted once, in one cell and its mirror.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
from django.db.models import Q

from traade.directory.models import Unit

from .models import Reason

BRIDGES = 10
SEED = 14
# Exact betweenness costs about units × threads steps; above this many, it is sampled.
EXACT_WORK = 20_000_000
# A sample is as big as this many steps allow, and never smaller than MIN_SAMPLE units.
SAMPLE_WORK = 2_500_000
MIN_SAMPLE = 16


@dataclass
class Network:
    graph: nx.Graph  # nodes: unit ids, added in the order of their keys
    keys: dict[int, str]
    areas: dict[int, str]  # unit id -> area key


@dataclass
class Cohesion:
    units: int
    threads: int
    cross_area_share: float
    isolated: list[str]
    bridges: list[str]
    area_matrix: dict[str, dict[str, int]]
    cross_area_units: int = 0
    betweenness_sample: int | None = None  # None: exact
    betweenness: dict[str, float] = field(default_factory=dict)  # of the bridges

    def as_json(self) -> dict:
        """Exactly the figures of `traade threads --json`."""
        return {
            "units": self.units,
            "threads": self.threads,
            "cross_area_share": self.cross_area_share,
            "isolated": self.isolated,
            "bridges": self.bridges,
            "area_matrix": self.area_matrix,
        }


def reasons(*, kinds: Iterable[str] | None = None, since=None, until=None, area=None):
    """The stored reasons, filtered: of these kinds, dated within [since, until], touching
    a unit of `area` (a key)."""
    found = Reason.objects.all()
    if kinds:
        found = found.filter(kind__in=list(kinds))
    if since:
        found = found.filter(date__gte=since)
    if until:
        found = found.filter(date__lte=until)
    if area:
        found = found.filter(Q(unit_a__area__key=area) | Q(unit_b__area__key=area))
    return found


def load_graph(
    *,
    kinds: Iterable[str] | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Network:
    """Every unit, and a thread for every pair with a reason that passes the filters."""
    keys, areas = {}, {}
    for pk, key, area in Unit.objects.order_by("key").values_list("pk", "key", "area__key"):
        keys[pk] = key
        areas[pk] = area
    graph = nx.Graph()
    graph.add_nodes_from(keys)
    graph.add_edges_from(
        reasons(kinds=kinds, since=since, until=until)
        .values_list("unit_a_id", "unit_b_id")
        .order_by()
        .iterator(chunk_size=10_000)
    )
    return Network(graph=graph, keys=keys, areas=areas)


def network_of(units: Iterable[tuple[str, str]], pairs: Iterable[tuple[str, str]]) -> Network:
    """A network from (key, area key) units and (key, key) pairs, for tests and the bench."""
    keys, areas, ids = {}, {}, {}
    for number, (key, area) in enumerate(sorted(units), start=1):
        keys[number], areas[number], ids[key] = key, area, number
    graph = nx.Graph()
    graph.add_nodes_from(keys)
    graph.add_edges_from((ids[a], ids[b]) for a, b in pairs if a != b)
    return Network(graph=graph, keys=keys, areas=areas)


def sample_size(units: int, threads: int) -> int | None:
    """How many units betweenness is estimated from (None: computed exactly)."""
    if units * threads <= EXACT_WORK:
        return None
    return min(units, max(MIN_SAMPLE, SAMPLE_WORK // max(threads, 1)))


def cohesion(network: Network) -> Cohesion:
    graph, keys, areas = network.graph, network.keys, network.areas
    area_keys = sorted(set(areas.values()))
    matrix = {a: dict.fromkeys(area_keys, 0) for a in area_keys}
    crossing: set[int] = set()
    for u, v in graph.edges():
        a, b = areas[u], areas[v]
        matrix[a][b] += 1
        if a != b:
            matrix[b][a] += 1
            crossing.add(u)
            crossing.add(v)
    units = graph.number_of_nodes()
    threads = graph.number_of_edges()
    isolated = sorted(keys[node] for node in graph.nodes if graph.degree(node) == 0)
    k = sample_size(units, threads)
    centrality = nx.betweenness_centrality(graph, k=k, seed=SEED) if threads else {}
    ranked = sorted(
        ((round(score, 12), keys[node]) for node, score in centrality.items() if score > 0),
        key=lambda item: (-item[0], item[1]),
    )[:BRIDGES]
    return Cohesion(
        units=units,
        threads=threads,
        cross_area_share=round(len(crossing) / units, 4) if units else 0.0,
        isolated=isolated,
        bridges=[key for _score, key in ranked],
        area_matrix=matrix,
        cross_area_units=len(crossing),
        betweenness_sample=k,
        betweenness={key: score for score, key in ranked},
    )


def current(**filters) -> Cohesion:
    return cohesion(load_graph(**filters))
