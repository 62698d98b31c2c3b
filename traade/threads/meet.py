""" "Mød …": units a unit has no thread to but should meet.

The unit's særlig viden, tilbud and current tasks are asked of the search module's "Hvem
kan hjælpe?" (knowledge, tasks and experiments that fit); units it already has a thread
to, and itself, are left out, and units of other areas come first: the point is threads
across the organisation.
"""

from __future__ import annotations

from django.db.models import Q

from traade import search
from traade.directory.models import Unit

from .models import Reason

DEPTH = 40


def need_of(unit: Unit) -> str:
    parts = [*unit.knowledge, *unit.offers, *unit.current_tasks().values_list("title", flat=True)]
    return ". ".join(part.strip() for part in parts if part and part.strip())


def threaded_ids(unit: Unit) -> set[int]:
    found = set()
    for a, b in Reason.objects.filter(Q(unit_a=unit) | Q(unit_b=unit)).values_list(
        "unit_a_id", "unit_b_id"
    ):
        found.add(b if a == unit.pk else a)
    return found


def suggestions(unit: Unit, *, user, limit: int = 6) -> list[dict]:
    need = need_of(unit)
    if not need:
        return []
    helpers = [h for h in search.who_can_help(need, user=user, limit=DEPTH) if h.kind == "unit"]
    units = Unit.objects.select_related("area").in_bulk([h.key for h in helpers], field_name="key")
    skip = threaded_ids(unit) | {unit.pk}
    found = []
    for rank, helper in enumerate(helpers):
        other = units.get(helper.key)
        if other is None or other.pk in skip:
            continue
        found.append((other.area_id == unit.area_id, rank, other, helper))
    found.sort(key=lambda item: (item[0], item[1]))
    return [
        {"unit": other, "snippet": helper.snippet, "experiments": helper.experiment_links[:3]}
        for _same, _rank, other, helper in found[:limit]
    ]
