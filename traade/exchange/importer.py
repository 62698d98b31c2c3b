"""Import of the exchange format: upsert by key, all or nothing.

`import_document(data, actor=…)` validates the whole document first (see
schema.py) and raises `ImportFailed` with every problem if anything is wrong;
only then does it write, in one transaction, with bulk queries in batches and
history records ("Import") for every created or changed record. Records whose
content is unchanged are counted as such and not written.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from traade import threads
from traade.challenges.models import Challenge, Response
from traade.directory.models import Area, Organisation, Person, Task, Unit
from traade.experiments.models import Experiment

from . import schema
from .bulk import Inserter
from .experiment_extras import experiment_extras, write_experiment_extras
from .files import read_file
from .locking import ImportRunning, import_lock
from .schema import RECORDS, SECTIONS, Existing, Problem, Problems

CHANGE_REASON = "Import"
BATCH_SIZE = 2000
RECORD_TYPES = ("organisation", *SECTIONS)


class ImportFailed(Exception):
    """The input is invalid; nothing was written. `problems` says what and where: the first
    MAX_PROBLEMS of them; `total` counts them all. `notes` says how the file was read
    (such as "only the first sheet was read")."""

    def __init__(self, problems: Iterable[Problem], *, notes: Iterable[str] = ()):
        problems = problems if isinstance(problems, Problems) else Problems(problems)
        self.problems = list(problems)
        self.total = problems.total
        self.notes = list(notes)
        super().__init__(f"{self.total} problem{'s' if self.total != 1 else ''}")

    @property
    def not_shown(self) -> int:
        """How many problems were counted but are not in `problems`."""
        return self.total - len(self.problems)

    def lines(self) -> list[str]:
        """The problems and notes as lines for the command line."""
        lines = [str(problem) for problem in self.problems]
        if self.not_shown:
            lines.append(
                f"… and {self.not_shown} more problems (only the first {len(self.problems)} "
                "are shown)"
            )
        return lines + [f"note: {note}" for note in self.notes]


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
    notes: list[str] = field(default_factory=list)

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
        data,
        existing=_existing_keys(),
        partial=partial,
        locate=locate,
        consume=getattr(data, "consumable", False),
    )
    notes = getattr(data, "notes", [])
    if problems:
        raise ImportFailed(problems, notes=notes)
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    result = ImportResult(indexed=index, notes=list(notes))
    with transaction.atomic():
        writer = _Writer(actor=actor, result=result, partial=partial)
        writer.organisation(validated.organisation)
        for section in SECTIONS:
            # Hand each section over, so that its records are freed once written.
            getattr(writer, section)(validated.sections.pop(section))
        # Imported answers and shared experiments make threads, as they do in the app.
        threads.sync()
        if index:
            from traade import search

            search.rebuild()
    return result


def import_file(source, *, kind: str | None = None, actor=None, index: bool = True):
    """Read a .json, .csv or .xlsx file (path or file object) and import it.

    One import at a time (see locking.py): while another runs, this one is refused."""
    try:
        with import_lock():
            return import_document(read_file(source, kind=kind), actor=actor, index=index)
    except ImportRunning as running:
        raise ImportFailed(
            [Problem("", f"{running}; this file was not imported: try again when it has finished")]
        ) from None


def _existing_keys() -> Existing:
    unit_keys = dict(Unit.objects.values_list("pk", "key"))
    return Existing(
        areas=set(Area.objects.values_list("key", flat=True)),
        units={
            unit_keys[pk]: unit_keys.get(parent)
            for pk, parent in Unit.objects.values_list("pk", "parent_id")
        },
        people=set(Person.objects.values_list("key", flat=True)),
        experiments=set(Experiment.objects.values_list("key", flat=True)),
    )


def _batches(items: list, size: int = BATCH_SIZE):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Row(dict):
    """A new row as a dict that `apply` functions can set attributes on."""

    __slots__ = ()

    def __setattr__(self, name, value):
        self[name] = value


def _build(created: list, apply) -> list[_Row]:
    """New rows for (key, target) pairs."""
    rows = []
    for key, target in created:
        row = _Row(key=key)
        apply(row, target)
        rows.append(row)
    return rows


def _midday(date: datetime.date) -> datetime.datetime:
    """Noon of `date` in the local time zone: the same date wherever it is shown."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))


def _has_history(model) -> bool:
    return hasattr(model._meta, "simple_history_manager_attribute")


def _task_order(task: tuple):
    title, description, until = task
    return (until is None, until or "", title, description)


class _Writer:
    """Writes a validated document, one section after the other.

    Records are compared with the database a batch at a time (one query per batch),
    so that memory does not grow with the size of the database.
    """

    def __init__(self, *, actor, result: ImportResult, partial: bool):
        self.actor = actor
        self.result = result
        self.partial = partial
        self.now = timezone.now()
        self.area_pk: dict[str, int] = dict(Area.objects.values_list("key", "pk"))
        self.unit_pk: dict[str, int] = dict(Unit.objects.values_list("key", "pk"))
        self.unit_key = {pk: key for key, pk in self.unit_pk.items()}
        self.person_pk: dict[str, int] = {}

    # -- shared steps ------------------------------------------------------------

    def diff(self, section: str, records: list[dict], load, model):
        """Split records into new ones and changed ones, and count the unchanged ones.

        `load(keys)` returns {key: (pk, {field: value})} for the keys in the database,
        with values in the record's own shape (references as keys). New records get
        the defaults filled in (in place); changed ones are (pk, key, target, current).
        """
        fields = RECORDS[section]
        names = [name for name in fields if name != "key"]
        counts = self.result.counts[section]
        created, updated = [], []
        empty = not model.objects.exists()  # a first import need not look anything up
        for batch in _batches(records):
            existing = {} if empty else load([record["key"] for record in batch])
            for record in batch:
                key = record["key"]
                found = existing.get(key)
                if found is None:
                    for name in names:
                        if name not in record:
                            record[name] = fields[name].default()
                    created.append((key, record))
                    counts.created += 1
                    continue
                pk, current = found
                target = {name: record.get(name, current[name]) for name in names}
                if target == current:
                    counts.unchanged += 1
                else:
                    updated.append((pk, key, target, current))
                    counts.updated += 1
        return created, updated

    def create(self, model, rows: list[dict]) -> list[dict]:
        """Insert new rows (with history) in batches; each row gets its primary key as "id"."""
        inserter = self._inserter(model)
        for batch in _batches(rows):
            pks = dict(inserter.insert(batch, returning=("key", "id")))
            for row in batch:
                row["id"] = pks[row["key"]]
            inserter.insert_history(batch)
        return rows

    def create_tasks(self, tasks_for: dict[int, list]) -> None:
        inserter = self._inserter(Task)
        names = ("id", "unit_id", "title", "description", "until")
        for units in _batches(list(tasks_for)):
            returned = inserter.insert(
                [
                    {"unit_id": pk, "title": title, "description": description, "until": until}
                    for pk in units
                    for title, description, until in tasks_for[pk]
                ],
                returning=names,
                match="unit_id",  # the units' old tasks are gone: these are the new ones
            )
            inserter.insert_history([dict(zip(names, row, strict=True)) for row in returned])

    def _inserter(self, model) -> Inserter:
        return Inserter(
            model,
            now=self.now,
            history_user_id=self.actor.pk if self.actor else None,
            reason=CHANGE_REASON,
        )

    def update(self, model, updated: list, fields: list[str], apply) -> None:
        """Load the changed rows in batches, apply the new values and save with history."""
        stamped = any(f.name == "updated_at" for f in model._meta.concrete_fields)
        fields_to_save = [*fields, "updated_at"] if stamped else fields
        for batch in _batches(updated):
            objs = model.objects.in_bulk([pk for pk, _key, _target, _current in batch])
            changed = []
            for pk, _key, target, _current in batch:
                obj = objs[pk]
                apply(obj, target)
                if stamped:
                    obj.updated_at = self.now
                changed.append(obj)
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

    def person_keys(self, pks: Iterable[int]) -> dict[int, str]:
        pks = {pk for pk in pks if pk is not None}
        return dict(Person.objects.filter(pk__in=pks).values_list("pk", "key")) if pks else {}

    def load_person_pks(self, keys: Iterable[str]) -> None:
        missing = list({key for key in keys if key and key not in self.person_pk})
        for batch in _batches(missing):
            self.person_pk.update(Person.objects.filter(key__in=batch).values_list("key", "pk"))

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
        def load(keys):
            rows = Area.objects.filter(key__in=keys).values_list("pk", "key", "name")
            return {key: (pk, {"name": name}) for pk, key, name in rows}

        created, updated = self.diff("areas", records, load, Area)
        rows = [{"key": key, "name": target["name"]} for key, target in created]
        for area in self.create(Area, rows):
            self.area_pk[area["key"]] = area["id"]
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

    def units(self, records: list[dict]) -> None:
        # `updated` (when the visitkort was last updated) is kept where the file gives it;
        # a unit that is new or changed without it is updated now.
        updated_on: dict[str, datetime.date] = {}
        for record in records:
            if "tasks" in record:
                record["tasks"] = sorted(record["tasks"], key=_task_order)
            if record.get("updated"):
                updated_on[record["key"]] = record["updated"]
            else:
                record.pop("updated", None)  # compared as unchanged
        area_key = {pk: key for key, pk in self.area_pk.items()}

        def load(keys):
            rows = Unit.objects.filter(key__in=keys).values_list(
                "pk", "key", "area_id", "parent_id", "profile_updated_at", *self.UNIT_FIELDS
            )
            existing = {}
            for pk, key, area_id, parent_id, updated_at, *values in rows:
                current = dict(zip(self.UNIT_FIELDS, values, strict=True))
                current["updated"] = timezone.localdate(updated_at)
                current["area"] = area_key[area_id]
                current["parent"] = self.unit_key.get(parent_id)
                current["tasks"] = []
                existing[key] = (pk, current)
            by_pk = {pk: current for pk, current in existing.values()}
            for unit_id, *task in Task.objects.filter(unit_id__in=by_pk).values_list(
                "unit_id", "title", "description", "until"
            ):
                by_pk[unit_id]["tasks"].append(tuple(task))
            for current in by_pk.values():
                current["tasks"].sort(key=_task_order)
            return existing

        created, updated = self.diff("units", records, load, Unit)

        def apply(obj, target):
            for name in self.UNIT_FIELDS:
                setattr(obj, name, target[name])
            obj.area_id = self.area_pk[target["area"]]
            obj.parent_id = self.unit_pk[target["parent"]] if target["parent"] else None
            on = updated_on.get(obj["key"] if isinstance(obj, dict) else obj.key)
            obj.profile_updated_at = _midday(on) if on else self.now

        # Parents before children: create the new units level by level.
        targets = dict(created)
        depth: dict[str, int] = {}

        def depth_of(key: str) -> int:
            chain, node = [], key
            while node in targets and node not in depth:
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
            for unit in self.create(Unit, _build(levels[level], apply)):
                self.unit_pk[unit["key"]] = unit["id"]
                self.unit_key[unit["id"]] = unit["key"]
                if targets[unit["key"]]["tasks"]:
                    tasks_for[unit["id"]] = targets[unit["key"]]["tasks"]

        self.update(
            Unit,
            updated,
            [*self.UNIT_FIELDS, "area_id", "parent_id", "profile_updated_at"],
            apply,
        )
        replaced = [
            pk for pk, _key, target, current in updated if target["tasks"] != current["tasks"]
        ]
        for batch in _batches(replaced):
            for task in Task.objects.filter(unit_id__in=batch):
                task._history_user = self.actor
                task._change_reason = CHANGE_REASON
                task.delete()
        tasks_for.update(
            (pk, target["tasks"])
            for pk, _key, target, current in updated
            if target["tasks"] != current["tasks"] and target["tasks"]
        )
        self.create_tasks(tasks_for)

    PERSON_FIELDS = ("name", "title", "email", "phone", "is_leader", "expertise")

    def people(self, records: list[dict]) -> None:
        def load(keys):
            rows = Person.objects.filter(key__in=keys).values_list(
                "pk", "key", "unit_id", *self.PERSON_FIELDS
            )
            existing = {}
            for pk, key, unit_id, *values in rows:
                current = dict(zip(self.PERSON_FIELDS, values, strict=True))
                current["unit"] = self.unit_key[unit_id]
                existing[key] = (pk, current)
            return existing

        created, updated = self.diff("people", records, load, Person)

        def apply(obj, target):
            for name in self.PERSON_FIELDS:
                setattr(obj, name, target[name])
            obj.unit_id = self.unit_pk[target["unit"]]

        for batch in _batches(created):
            for person in self.create(Person, _build(batch, apply)):
                self.person_pk[person["key"]] = person["id"]
        # Person.user is never touched: only the directory fields are written.
        self.update(Person, updated, [*self.PERSON_FIELDS, "unit_id"], apply)
        self.person_pk.update((key, pk) for pk, key, _target, _current in updated)

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
        "innovation_kind",
        "idea_source",
        "effects",
    )

    def experiments(self, records: list[dict]) -> None:
        through = Experiment.units.through
        for record in records:
            if "units" in record:
                record["units"] = sorted(record["units"])
        self.load_person_pks(record.get("contact") for record in records)

        def load(keys):
            rows = list(
                Experiment.objects.filter(key__in=keys).values_list(
                    "pk", "key", "contact_id", *self.EXPERIMENT_FIELDS
                )
            )
            contacts = self.person_keys(row[2] for row in rows)
            units_of = defaultdict(list)
            for experiment_id, unit_id in through.objects.filter(
                experiment_id__in=[row[0] for row in rows]
            ).values_list("experiment_id", "unit_id"):
                units_of[experiment_id].append(self.unit_key[unit_id])
            extras = experiment_extras([row[0] for row in rows], self.unit_key)
            existing = {}
            for pk, key, contact_id, *values in rows:
                current = dict(zip(self.EXPERIMENT_FIELDS, values, strict=True))
                current["contact"] = contacts.get(contact_id)
                current["units"] = sorted(units_of.get(pk, ()))
                current.update(extras[pk])
                existing[key] = (pk, current)
            return existing

        created, updated = self.diff("experiments", records, load, Experiment)

        def apply(obj, target):
            for name in self.EXPERIMENT_FIELDS:
                setattr(obj, name, target[name])
            obj.contact_id = self.person_pk[target["contact"]] if target["contact"] else None

        units_for = {}
        created_rows = self.create(Experiment, _build(created, apply))
        for experiment, (_key, target) in zip(created_rows, created, strict=True):
            units_for[experiment["id"]] = target["units"]
        self.update(Experiment, updated, [*self.EXPERIMENT_FIELDS, "contact_id"], apply)
        replaced = {
            pk: target["units"]
            for pk, _key, target, current in updated
            if target["units"] != current["units"]
        }
        for batch in _batches(list(replaced)):
            through.objects.filter(experiment_id__in=batch).delete()
        units_for.update(replaced)
        through.objects.bulk_create(
            [
                through(experiment_id=pk, unit_id=self.unit_pk[key])
                for pk, keys in units_for.items()
                for key in keys
            ],
            batch_size=BATCH_SIZE,
        )
        changes = [
            (experiment["id"], target, None)
            for experiment, (_key, target) in zip(created_rows, created, strict=True)
        ] + [(pk, target, current) for pk, _key, target, current in updated]
        write_experiment_extras(changes, self.unit_pk, actor=self.actor, now=self.now)

    CHALLENGE_FIELDS = (
        "title",
        "description",
        "status",
        "posted",
        "what_if",
        "deadline",
        "summary",
    )

    def challenges(self, records: list[dict]) -> None:
        self.load_person_pks(
            person
            for record in records
            for _unit, person, _text, _useful in record.get("responses", ())
        )

        def load(keys):
            rows = list(
                Challenge.objects.filter(key__in=keys).values_list(
                    "pk", "key", "unit_id", *self.CHALLENGE_FIELDS
                )
            )
            responses = list(
                Response.objects.filter(challenge_id__in=[row[0] for row in rows])
                .order_by("challenge_id", "position", "pk")
                .values_list("challenge_id", "unit_id", "person_id", "text", "useful")
            )
            people = self.person_keys(row[2] for row in responses)
            responses_of = defaultdict(list)
            for challenge_id, unit_id, person_id, text, useful in responses:
                responses_of[challenge_id].append(
                    (self.unit_key.get(unit_id), people.get(person_id), text, useful)
                )
            existing = {}
            for pk, key, unit_id, *values in rows:
                current = dict(zip(self.CHALLENGE_FIELDS, values, strict=True))
                current["unit"] = self.unit_key[unit_id]
                current["responses"] = responses_of.get(pk, [])
                existing[key] = (pk, current)
            return existing

        created, updated = self.diff("challenges", records, load, Challenge)

        def apply(obj, target):
            for name in self.CHALLENGE_FIELDS:
                setattr(obj, name, target[name])
            obj.unit_id = self.unit_pk[target["unit"]]

        responses_for = {}
        for challenge, (_key, target) in zip(
            self.create(Challenge, _build(created, apply)), created, strict=True
        ):
            responses_for[challenge["id"]] = target["responses"]
        self.update(Challenge, updated, [*self.CHALLENGE_FIELDS, "unit_id"], apply)
        replaced = {
            pk: target["responses"]
            for pk, _key, target, current in updated
            if target["responses"] != current["responses"]
        }
        Response.objects.filter(challenge_id__in=list(replaced)).delete()
        responses_for.update(replaced)
        Response.objects.bulk_create(
            [
                Response(
                    challenge_id=pk,
                    unit_id=self.unit_pk[unit] if unit else None,
                    person_id=self.person_pk[person] if person else None,
                    text=text,
                    useful=useful,
                    position=position,
                )
                for pk, responses in responses_for.items()
                for position, (unit, person, text, useful) in enumerate(responses)
            ],
            batch_size=BATCH_SIZE,
        )
