"""What the relation map draws and its table lists: units, threads and their reasons,
filtered by area, kind of thread and period (the reasons dated within it)."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Q
from django.urls import reverse

from traade.directory.models import Area, Unit

from . import registry
from .figures import reasons
from .models import Reason

# Colours for the areas on white: each has a contrast of at least 4.5:1 (checked by a
# test), so a unit stands out as a graphic (WCAG 1.4.11 asks 3:1). Each area also has its
# own shape, so the colour is never the only way to tell the areas apart.
PALETTE = (
    "#1b5e9e",
    "#a8322d",
    "#2a7a3b",
    "#7b4397",
    "#8f5500",
    "#00707a",
    "#b02a6b",
    "#4d5b6b",
    "#6d4c2f",
    "#3f5f00",
)
SHAPES = ("ellipse", "rectangle", "triangle", "diamond", "hexagon", "star", "vee", "pentagon")
SHAPE_NAMES = {
    "ellipse": "cirkel",
    "rectangle": "firkant",
    "triangle": "trekant",
    "diamond": "rombe",
    "hexagon": "sekskant",
    "star": "stjerne",
    "vee": "v",
    "pentagon": "femkant",
}

# The legend's shapes, drawn in an 18 × 18 box (the ellipse is a circle).
SHAPE_POINTS = {
    "rectangle": "2,2 16,2 16,16 2,16",
    "triangle": "9,1 17,16 1,16",
    "diamond": "9,1 17,9 9,17 1,9",
    "hexagon": "5,1 13,1 17,9 13,17 5,17 1,9",
    "star": "9,1 11,7 17,7 12,11 14,17 9,13 4,17 6,11 1,7 7,7",
    "vee": "1,2 9,8 17,2 9,17",
    "pentagon": "9,1 17,7 14,17 4,17 1,7",
}


def area_styles() -> list[dict]:
    """Every area with its colour and shape, in the order of their names."""
    styles = []
    for index, (key, name) in enumerate(Area.objects.order_by("name").values_list("key", "name")):
        shape = SHAPES[index % len(SHAPES)]
        styles.append(
            {
                "key": key,
                "name": name,
                "colour": PALETTE[index % len(PALETTE)],
                "shape": shape,
                "shape_name": SHAPE_NAMES[shape],
                "points": SHAPE_POINTS.get(shape, ""),
            }
        )
    return styles


def map_data(*, area=None, kinds=None, since=None, until=None) -> dict:
    """The map's data as JSON: areas, units (nodes) and threads (edges, with the kinds of
    their reasons). Without an area every unit is drawn, also those without threads; with
    one, its units and the units they have threads to."""
    kinds_by_pair: dict[tuple[int, int], set[str]] = defaultdict(set)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for a, b, kind in (
        reasons(kinds=kinds, since=since, until=until, area=area)
        .values_list("unit_a_id", "unit_b_id", "kind")
        .order_by()
        .iterator(chunk_size=10_000)
    ):
        kinds_by_pair[(a, b)].add(kind)
        counts[(a, b)] += 1
    units = Unit.objects.all()
    if area:
        ends = {pk for pair in kinds_by_pair for pk in pair}
        units = units.filter(area__key=area) | units.filter(pk__in=ends)
    nodes, key_of = [], {}
    unit_url = reverse("directory:unit-detail", args=["KEY"])
    for pk, key, name, area_key in units.order_by("key").values_list(
        "pk", "key", "name", "area__key"
    ):
        key_of[pk] = key
        nodes.append(
            {"id": key, "label": name, "area": area_key, "url": unit_url.replace("KEY", key)}
        )
    labels = registry.labels()
    edges = []
    for (a, b), found in sorted(kinds_by_pair.items()):
        if a not in key_of or b not in key_of:
            continue
        edges.append(
            {
                "source": key_of[a],
                "target": key_of[b],
                "kinds": sorted(found),
                "reasons": counts[(a, b)],
                "label": ", ".join(labels.get(kind, kind) for kind in sorted(found)),
            }
        )
    return {"areas": area_styles(), "nodes": nodes, "edges": edges}


def pairs(*, area=None, kinds=None, since=None, until=None):
    """The threads (distinct pairs of unit ids) passing the filters, for the table."""
    return (
        reasons(kinds=kinds, since=since, until=until, area=area)
        .values("unit_a", "unit_b")
        .distinct()
        .order_by("unit_a__name", "unit_b__name", "unit_a", "unit_b")
    )


def rows_for(page_pairs, *, kinds=None, since=None, until=None) -> list[dict]:
    """One row per thread on the page: both units and the reasons passing the filters."""
    wanted = {(p["unit_a"], p["unit_b"]) for p in page_pairs}
    if not wanted:
        return []
    ids = {pk for pair in wanted for pk in pair}
    units = Unit.objects.select_related("area").in_bulk(ids)
    found = defaultdict(list)
    labels = registry.labels()
    for reason in reasons(kinds=kinds, since=since, until=until).filter(
        unit_a__in=ids, unit_b__in=ids
    ):
        if (reason.unit_a_id, reason.unit_b_id) in wanted:
            reason.kind_label = labels.get(reason.kind, reason.kind)
            found[(reason.unit_a_id, reason.unit_b_id)].append(reason)
    return [
        {
            "a": units[p["unit_a"]],
            "b": units[p["unit_b"]],
            "reasons": sorted(found[(p["unit_a"], p["unit_b"])], key=lambda r: (r.date, r.pk)),
        }
        for p in page_pairs
    ]


def threads_of(unit: Unit) -> list[dict]:
    """A unit's threads, for its visitkort: the other unit and the reasons, newest first."""
    found = defaultdict(list)
    labels = registry.labels()
    for reason in Reason.objects.select_related("unit_a", "unit_b").filter(
        Q(unit_a=unit) | Q(unit_b=unit)
    ):
        other = reason.unit_b if reason.unit_a_id == unit.pk else reason.unit_a
        reason.kind_label = labels.get(reason.kind, reason.kind)
        found[other].append(reason)
    rows = [
        {"unit": other, "reasons": sorted(items, key=lambda r: r.date, reverse=True)}
        for other, items in found.items()
    ]
    return sorted(rows, key=lambda row: row["unit"].name)
