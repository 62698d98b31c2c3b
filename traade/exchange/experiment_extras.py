"""The exchange format's extension for prøvehandlinger (docs/exchange.md): where an
experiment spread from, its indicators with their snapshots, and other units' "vi har
også prøvet det" notes, read from and written to the database in the record's shape."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from simple_history.utils import bulk_create_with_history

from traade.experiments.models import Experiment, Indicator, Snapshot, TriedToo

EXTRA_FIELDS = ("spread_from", "indicators", "tried_too")


def experiment_extras(pks: list[int], unit_key: dict[int, str]) -> dict[int, dict]:
    """{pk: {spread_from, indicators, tried_too}} as the schema normalises them."""
    found = {pk: {"spread_from": None, "indicators": [], "tried_too": []} for pk in pks}
    for pk, origin in Experiment.objects.filter(pk__in=pks, spread_from__isnull=False).values_list(
        "pk", "spread_from__key"
    ):
        found[pk]["spread_from"] = origin
    snapshots = defaultdict(list)
    for indicator_id, day, value, note in (
        Snapshot.objects.filter(indicator__experiment_id__in=pks)
        .order_by("date")
        .values_list("indicator_id", "date", "value", "note")
    ):
        snapshots[indicator_id].append((day, value, note))
    for row in (
        Indicator.objects.filter(experiment_id__in=pks)
        .order_by("pk")
        .values_list("pk", "experiment_id", "name", "measure", "baseline_value", "baseline_date")
    ):
        pk, experiment_id, *values = row
        found[experiment_id]["indicators"].append((*values, snapshots[pk]))
    for experiment_id, unit_id, note, result in TriedToo.objects.filter(
        experiment_id__in=pks
    ).values_list("experiment_id", "unit_id", "note", "result"):
        found[experiment_id]["tried_too"].append((unit_key[unit_id], note, result))
    for extras in found.values():
        extras["tried_too"].sort()
    return found


def write_experiment_extras(changes, unit_pk: dict[str, int], *, actor, now) -> None:
    """`changes`: (pk, target, current) per created (current None) or changed experiment;
    an extension field absent from the file has the current value in the target."""
    before = {"spread_from": None, "indicators": [], "tried_too": []}
    spread, measured, noted = [], [], []
    for pk, target, current in changes:
        current = current or before
        if target.get("spread_from") != current["spread_from"]:
            spread.append((pk, target.get("spread_from")))
        if target.get("indicators", []) != current["indicators"]:
            measured.append((pk, target["indicators"]))
        if target.get("tried_too", []) != current["tried_too"]:
            noted.append((pk, target["tried_too"]))
    if spread:
        origins = dict(
            Experiment.objects.filter(key__in={key for _pk, key in spread if key}).values_list(
                "key", "pk"
            )
        )
        objs = Experiment.objects.in_bulk([pk for pk, _key in spread])
        for pk, key in spread:
            objs[pk].spread_from_id = origins[key] if key else None
        Experiment.objects.bulk_update(objs.values(), ["spread_from"])
    if measured:
        _replace_indicators(measured, actor=actor, now=now)
    if noted:
        TriedToo.objects.filter(experiment_id__in=[pk for pk, _notes in noted]).delete()
        TriedToo.objects.bulk_create(
            TriedToo(experiment_id=pk, unit_id=unit_pk[unit], note=note, result=result)
            for pk, notes in noted
            for unit, note, result in notes
        )


def _replace_indicators(measured, *, actor, now) -> None:
    Indicator.objects.filter(experiment_id__in=[pk for pk, _i in measured]).delete()
    specs = [(pk, item) for pk, items in measured for item in items]
    indicators = bulk_create_with_history(
        [
            Indicator(
                experiment_id=pk,
                name=name,
                measure=measure,
                baseline_value=value,
                baseline_date=day,
            )
            for pk, (name, measure, value, day, _snapshots) in specs
        ],
        Indicator,
        default_user=actor,
        default_date=now,
    )
    bulk_create_with_history(
        [
            Snapshot(indicator=indicator, date=day, value=value, note=note)
            for indicator, (_pk, item) in zip(indicators, specs, strict=True)
            for day, value, note in item[4]
        ],
        Snapshot,
        default_user=actor,
        default_date=now,
    )


def export_extras(pks: list[int], unit_key: dict[int, str]) -> dict[int, dict]:
    """The extension's fields of each experiment as they are written to a file."""
    found = experiment_extras(pks, unit_key)
    return {
        pk: {
            "spread_from": extras["spread_from"],
            "indicators": [
                {
                    "name": name,
                    "measure": measure,
                    "baseline_value": _number(value),
                    "baseline_date": day.isoformat(),
                    "snapshots": [
                        {"date": d.isoformat(), "value": _number(v), **({"note": n} if n else {})}
                        for d, v, n in snapshots
                    ],
                }
                for name, measure, value, day, snapshots in extras["indicators"]
            ],
            "tried_too": [
                {"unit": unit, "note": note, "result": result}
                for unit, note, result in extras["tried_too"]
            ],
        }
        for pk, extras in found.items()
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
