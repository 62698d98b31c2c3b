"""Import of the exchange format: upsert by key, all or nothing.

`import_document(data, actor=…)` validates the whole document first (see
schema.py) and raises `ImportFailed` with every problem if anything is wrong;
only then does it write, in one transaction, with bulk queries in batches and
history records ("Import") for every created or changed record. Records whose
content is unchanged are counted as such and not written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from traade.challenges.models import Challenge, Response
from traade.directory.models import Area, Organisation, Person, Task, Unit
from traade.experiments.models import Experiment

from . import schema
from .files import read_file
from .schema import RECORDS, SECTIONS, Existing, Problem

CHANGE_REASON = "Import"
BATCH_SIZE = 2000
RECORD_TYPES = ("organisation", *SECTIONS)


class ImportFailed(Exception):
    """The input is invalid; nothing was written. `problems` says what and where."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''}")


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass
class ImportResult:
    counts: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in RECORD_TYPES})
    indexed: bool = True

    def summary_lines(self) -> list[str]:
        width = max(len(name) for name in RECORD_TYPES)
        return [
            f"{name:<{width}}  {c.created:>7} created  {c.updated:>7} updated  "
            f"{c.unchanged:>7} unchanged"
            for name, c in self.counts.items()
            if c.total
        ]


def import_document(
    data, *, actor=None, index: bool = True, partial: bool | None = None, locate=None
) -> ImportResult:
    """Validate `data` (a parsed document) and write it; raises ImportFailed.

    `partial` (spreadsheets): fields absent from a record keep their current values.
    A `Document` from `read_file` carries its own `partial` flag and locations.
    """
    if partial is None:
        partial = getattr(data, "partial", False)
    locate = locate or getattr(data, "locate", None)
    validated, problems = schema.validate(
        data, existing=_existing_keys(), partial=partial, locate=locate
    )
    if problems:
        raise ImportFailed(problems)
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    result = ImportResult(indexed=index)
    with transaction.atomic():
        writer = _Writer(actor=actor, result=result, partial=partial)
        writer.organisation(validated.organisation)
        writer.areas(validated.sections["areas"])
        writer.units(validated.sections["units"])
        writer.people(validated.sections["people"])
        writer.experiments(validated.sections["experiments"])
        writer.challenges(validated.sections["challenges"])
        if index:
            from traade import search

            search.rebuild()
    return result


def import_file(source, *, kind: str | None = None, actor=None, index: bool = True):
    """Read a .json, .csv or .xlsx file (path or file object) and import it."""
    return import_document(read_file(source, kind=kind), actor=actor, index=index)


def _existing_keys() -> Existing:
    unit_keys = dict(Unit.objects.values_list("pk", "key"))
    return Existing(
        areas=set(Area.objects.values_list("key", flat=True)),
        units={
            unit_keys[pk]: unit_keys.get(parent)
            for pk, parent in Unit.objects.values_list("pk", "parent_id")
        },
        people=set(Person.objects.values_list("key", flat=True)),
    )


def _batches(items: list, size: int = BATCH_SIZE):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _build(model, created: list, apply) -> list:
    """New, unsaved instances for (key, target) pairs."""
    objs = []
    for key, target in created:
        obj = model(key=key)
        apply(obj, target)
        objs.append(obj)
    return objs


def _has_history(model) -> bool:
    return hasattr(model._meta, "simple_history_manager_attribute")


def _task_order(task: tuple):
    title, description, until = task
    return (until is None, until or "", title, description)


class _Writer:
    """Writes a validated document, one section after the other."""

    def __init__(self, *, actor, result: ImportResult, partial: bool):
        self.actor = actor
        self.result = result
        self.partial = partial
        self.now = timezone.now()
        self.area_pk: dict[str, int] = dict(Area.objects.values_list("key", "pk"))
        self.unit_pk: dict[str, int] = dict(Unit.objects.values_list("key", "pk"))
        self.unit_key = {pk: key for key, pk in self.unit_pk.items()}
        self.person_pk: dict[str, int] = {}
        self.person_key: dict[int, str] = {}

    # -- shared steps ------------------------------------------------------------

    def diff(self, section: str, records: list[dict], existing: dict[str, tuple]):
        """Split records into new ones, changed ones and a count of unchanged ones.

        `existing` maps key -> (pk, {field: value}) in the record's own shape.
        """
        fields = RECORDS[section]
        names = [name for name in fields if name != "key"]
        created, updated = [], []
        counts = self.result.counts[section]
        for record in records:
            key = record["key"]
            values = {name: record[name] for name in names if name in record}
            if key in existing:
                pk, current = existing[key]
                target = {**current, **values}
                if target == current:
                    counts.unchanged += 1
                    continue
                updated.append((pk, key, target))
                counts.updated += 1
            else:
                target = {name: fields[name].default() for name in names}
                target.update(values)
                created.append((key, target))
                counts.created += 1
        return created, updated

    def create(self, model, objs: list) -> list:
        if not _has_history(model):
            return model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
        created = []
        for batch in _batches(objs):
            created.extend(
                bulk_create_with_history(
                    batch,
                    model,
                    batch_size=BATCH_SIZE,
                    default_user=self.actor,
                    default_change_reason=CHANGE_REASON,
                    default_date=self.now,
                )
            )
        return created

    def update(self, model, updated: list, fields: list[str], apply) -> None:
        """Load the changed rows in batches, apply the new values and save with history."""
        stamped = any(f.name == "updated_at" for f in model._meta.concrete_fields)
        for batch in _batches(updated):
            objs = model.objects.in_bulk([pk for pk, _key, _target in batch])
            changed = []
            for pk, _key, target in batch:
                obj = objs[pk]
                apply(obj, target)
                if stamped:
                    obj.updated_at = self.now
                changed.append(obj)
            fields_to_save = [*fields, "updated_at"] if stamped else fields
            if not _has_history(model):
                model.objects.bulk_update(changed, fields_to_save, batch_size=BATCH_SIZE)
                continue
            bulk_update_with_history(
                changed,
                model,
                fields_to_save,
                batch_size=BATCH_SIZE,
                default_user=self.actor,
                default_change_reason=CHANGE_REASON,
                default_date=self.now,
            )

    # -- sections ------------------------------------------------------------------

    def organisation(self, record: dict | None) -> None:
        if record is None:
            return
        counts = self.result.counts["organisation"]
        organisation = Organisation.current()
        if organisation is None:
            defaults = {"name": "", "municipality_code": ""}
            Organisation.objects.create(**{**defaults, **record})
            counts.created += 1
        elif all(getattr(organisation, name) == value for name, value in record.items()):
            counts.unchanged += 1
        else:
            for name, value in record.items():
                setattr(organisation, name, value)
            organisation.save()
            counts.updated += 1

    def areas(self, records: list[dict]) -> None:
        existing = {
            key: (pk, {"name": name})
            for pk, key, name in Area.objects.values_list("pk", "key", "name")
        }
        created, updated = self.diff("areas", records, existing)
        for area in self.create(Area, [Area(key=key, **target) for key, target in created]):
            self.area_pk[area.key] = area.pk
        self.update(
            Area, updated, ["name"], lambda obj, target: setattr(obj, "name", target["name"])
        )

    UNIT_FIELDS = (
        "name",
        "kind",
        "description",
        "address",
        "email",
        "phone",
        "knowledge",
        "offers",
        "kle",
    )

    def _existing_units(self, keys: set[str]) -> dict:
        area_key = {pk: key for key, pk in self.area_pk.items()}
        tasks = defaultdict(list)
        task_rows = Task.objects.filter(unit__key__in=keys) if len(keys) < 500 else Task.objects
        for unit_id, title, description, until in task_rows.values_list(
            "unit_id", "title", "description", "until"
        ):
            tasks[unit_id].append((title, description, until))
        existing = {}
        rows = Unit.objects.values_list("pk", "key", "area_id", "parent_id", *self.UNIT_FIELDS)
        if len(keys) < 500:
            rows = rows.filter(key__in=keys)
        for pk, key, area_id, parent_id, *values in rows:
            current = dict(zip(self.UNIT_FIELDS, values, strict=True))
            current["area"] = area_key[area_id]
            current["parent"] = self.unit_key.get(parent_id)
            current["tasks"] = sorted(tasks.get(pk, ()), key=_task_order)
            existing[key] = (pk, current)
        return existing

    def units(self, records: list[dict]) -> None:
        for record in records:
            if "tasks" in record:
                record["tasks"] = sorted(record["tasks"], key=_task_order)
        existing = self._existing_units({record["key"] for record in records})
        created, updated = self.diff("units", records, existing)

        def apply(obj, target):
            for name in self.UNIT_FIELDS:
                setattr(obj, name, target[name])
            obj.area_id = self.area_pk[target["area"]]
            obj.parent_id = self.unit_pk[target["parent"]] if target["parent"] else None
            obj.profile_updated_at = self.now

        # Parents before children: create the new units level by level.
        new_keys = {key for key, _target in created}
        depth: dict[str, int] = {}
        targets = dict(created)

        def depth_of(key: str) -> int:
            chain, node = [], key
            while node in new_keys and node not in depth:
                chain.append(node)
                node = targets[node]["parent"]
            level = depth.get(node, -1)
            for node in reversed(chain):
                level += 1
                depth[node] = level
            return depth[key]

        levels = defaultdict(list)
        for key, target in created:
            levels[depth_of(key)].append((key, target))
        tasks_for: dict[int, list] = {}
        for level in sorted(levels):
            for unit in self.create(Unit, _build(Unit, levels[level], apply)):
                self.unit_pk[unit.key] = unit.pk
                self.unit_key[unit.pk] = unit.key
                if targets[unit.key]["tasks"]:
                    tasks_for[unit.pk] = targets[unit.key]["tasks"]

        self.update(
            Unit,
            updated,
            [*self.UNIT_FIELDS, "area_id", "parent_id", "profile_updated_at"],
            apply,
        )
        replaced = [
            pk for pk, key, target in updated if target["tasks"] != existing[key][1]["tasks"]
        ]
        for batch in _batches(replaced):
            for task in Task.objects.filter(unit_id__in=batch):
                task._history_user = self.actor
                task._change_reason = CHANGE_REASON
                task.delete()
        replaced_set = set(replaced)
        for pk, _key, target in updated:
            if pk in replaced_set and target["tasks"]:
                tasks_for[pk] = target["tasks"]
        self.create(
            Task,
            [
                Task(unit_id=pk, title=title, description=description, until=until)
                for pk, tasks in tasks_for.items()
                for title, description, until in tasks
            ],
        )

    PERSON_FIELDS = ("name", "title", "email", "phone", "is_leader", "expertise")

    def people(self, records: list[dict]) -> None:
        existing = {}
        for pk, key, unit_id, *values in Person.objects.values_list(
            "pk", "key", "unit_id", *self.PERSON_FIELDS
        ):
            self.person_pk[key] = pk
            self.person_key[pk] = key
            current = dict(zip(self.PERSON_FIELDS, values, strict=True))
            current["unit"] = self.unit_key[unit_id]
            existing[key] = (pk, current)
        created, updated = self.diff("people", records, existing)
        del existing

        def apply(obj, target):
            for name in self.PERSON_FIELDS:
                setattr(obj, name, target[name])
            obj.unit_id = self.unit_pk[target["unit"]]

        for batch in _batches(created):
            for person in self.create(Person, _build(Person, batch, apply)):
                self.person_pk[person.key] = person.pk
                self.person_key[person.pk] = person.key
        # Person.user is never touched: only the directory fields are written.
        self.update(Person, updated, [*self.PERSON_FIELDS, "unit_id"], apply)

    EXPERIMENT_FIELDS = (
        "title",
        "why",
        "what",
        "status",
        "result",
        "learning",
        "phase",
        "started",
        "ended",
        "tags",
        "partners",
    )

    def experiments(self, records: list[dict]) -> None:
        for record in records:
            if "units" in record:
                record["units"] = sorted(record["units"])
        through = Experiment.units.through
        units_of = defaultdict(list)
        for experiment_id, unit_id in through.objects.values_list("experiment_id", "unit_id"):
            units_of[experiment_id].append(self.unit_key[unit_id])
        existing = {}
        for pk, key, contact_id, *values in Experiment.objects.values_list(
            "pk", "key", "contact_id", *self.EXPERIMENT_FIELDS
        ):
            current = dict(zip(self.EXPERIMENT_FIELDS, values, strict=True))
            current["contact"] = self.person_key.get(contact_id)
            current["units"] = sorted(units_of.get(pk, ()))
            existing[key] = (pk, current)
        created, updated = self.diff("experiments", records, existing)

        def apply(obj, target):
            for name in self.EXPERIMENT_FIELDS:
                setattr(obj, name, target[name])
            obj.contact_id = self.person_pk[target["contact"]] if target["contact"] else None

        objs = _build(Experiment, created, apply)
        units_for = {}
        for experiment, (_key, target) in zip(self.create(Experiment, objs), created, strict=True):
            units_for[experiment.pk] = target["units"]
        self.update(Experiment, updated, [*self.EXPERIMENT_FIELDS, "contact_id"], apply)
        replaced = [
            pk for pk, key, target in updated if target["units"] != existing[key][1]["units"]
        ]
        for batch in _batches(replaced):
            through.objects.filter(experiment_id__in=batch).delete()
        replaced_set = set(replaced)
        units_for.update(
            {pk: target["units"] for pk, _key, target in updated if pk in replaced_set}
        )
        through.objects.bulk_create(
            [
                through(experiment_id=pk, unit_id=self.unit_pk[key])
                for pk, keys in units_for.items()
                for key in keys
            ],
            batch_size=BATCH_SIZE,
        )

    CHALLENGE_FIELDS = ("title", "description", "status", "posted")

    def challenges(self, records: list[dict]) -> None:
        responses_of = defaultdict(list)
        for challenge_id, unit_id, person_id, text in Response.objects.order_by(
            "challenge_id", "position", "pk"
        ).values_list("challenge_id", "unit_id", "person_id", "text"):
            responses_of[challenge_id].append(
                (self.unit_key.get(unit_id), self.person_key.get(person_id), text)
            )
        existing = {}
        for pk, key, unit_id, *values in Challenge.objects.values_list(
            "pk", "key", "unit_id", *self.CHALLENGE_FIELDS
        ):
            current = dict(zip(self.CHALLENGE_FIELDS, values, strict=True))
            current["unit"] = self.unit_key[unit_id]
            current["responses"] = responses_of.get(pk, [])
            existing[key] = (pk, current)
        created, updated = self.diff("challenges", records, existing)

        def apply(obj, target):
            for name in self.CHALLENGE_FIELDS:
                setattr(obj, name, target[name])
            obj.unit_id = self.unit_pk[target["unit"]]

        objs = _build(Challenge, created, apply)
        responses_for = {}
        for challenge, (_key, target) in zip(self.create(Challenge, objs), created, strict=True):
            responses_for[challenge.pk] = target["responses"]
        self.update(Challenge, updated, [*self.CHALLENGE_FIELDS, "unit_id"], apply)
        replaced = {
            pk
            for pk, key, target in updated
            if target["responses"] != existing[key][1]["responses"]
        }
        Response.objects.filter(challenge_id__in=replaced).delete()
        responses_for.update(
            {pk: target["responses"] for pk, _key, target in updated if pk in replaced}
        )
        Response.objects.bulk_create(
            [
                Response(
                    challenge_id=pk,
                    unit_id=self.unit_pk[unit] if unit else None,
                    person_id=self.person_pk[person] if person else None,
                    text=text,
                    position=position,
                )
                for pk, responses in responses_for.items()
                for position, (unit, person, text) in enumerate(responses)
            ],
            batch_size=BATCH_SIZE,
        )
