"""Export to the exchange format (`traade/1`).

Records come in key order; optional fields that are empty are left out, always the
same way, so that importing an export and exporting again gives the same document.
"""

from __future__ import annotations

import datetime
import json
from collections import defaultdict

from django.utils import timezone

from traade.challenges.models import Challenge, Response
from traade.directory.models import Area, Organisation, Person, Task, Unit
from traade.experiments.models import Experiment

from .experiment_extras import export_extras
from .schema import FORMAT

CHUNK = 5000


def _compact(record: dict) -> dict:
    """Leave out empty optional values (empty text, empty lists, no date or reference)."""
    return {name: value for name, value in record.items() if value not in ("", None, [])}


def _by_key(record: dict) -> str:
    # Sorted here, not by the database: collations differ between SQLite and PostgreSQL.
    return record["key"]


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def _task_order(task: dict):
    return (
        task.get("until") is None,
        task.get("until") or "",
        task["title"],
        task.get("description", ""),
    )


def export_document() -> dict:
    area_keys = dict(Area.objects.values_list("pk", "key"))
    unit_keys = dict(Unit.objects.values_list("pk", "key"))
    person_keys = dict(Person.objects.values_list("pk", "key"))
    document: dict = {"format": FORMAT}

    organisation = Organisation.current()
    if organisation is not None:
        document["organisation"] = _compact(
            {"name": organisation.name, "municipality_code": organisation.municipality_code}
        )

    document["areas"] = sorted(
        ({"key": key, "name": name} for key, name in Area.objects.values_list("key", "name")),
        key=_by_key,
    )

    tasks = defaultdict(list)
    for unit_id, title, description, until in Task.objects.values_list(
        "unit_id", "title", "description", "until"
    ):
        tasks[unit_id].append(
            _compact({"title": title, "description": description, "until": _date(until)})
        )
    units = []
    for row in Unit.objects.values(
        "pk", "key", "name", "kind", "area_id", "parent_id", "description", "address",
        "email", "phone", "knowledge", "offers", "kle", "profile_updated_at",
    ).iterator(chunk_size=CHUNK):  # fmt: skip
        units.append(
            _compact(
                {
                    "key": row["key"],
                    "name": row["name"],
                    "kind": row["kind"],
                    "area": area_keys[row["area_id"]],
                    "parent": unit_keys.get(row["parent_id"]),
                    "description": row["description"],
                    "address": row["address"],
                    "email": row["email"],
                    "phone": row["phone"],
                    "knowledge": row["knowledge"],
                    "tasks": sorted(tasks.get(row["pk"], []), key=_task_order),
                    "offers": row["offers"],
                    "kle": row["kle"],
                    "updated": timezone.localdate(row["profile_updated_at"]).isoformat(),
                }
            )
        )
    document["units"] = sorted(units, key=_by_key)
    del tasks

    people = []
    for row in Person.objects.values(
        "key", "name", "title", "unit_id", "email", "phone", "is_leader", "expertise"
    ).iterator(chunk_size=CHUNK):  # fmt: skip
        person = _compact(
            {
                "key": row["key"],
                "name": row["name"],
                "title": row["title"],
                "unit": unit_keys[row["unit_id"]],
                "email": row["email"],
                "phone": row["phone"],
                "expertise": row["expertise"],
            }
        )
        person["is_leader"] = row["is_leader"]
        people.append(person)
    document["people"] = sorted(people, key=_by_key)

    units_of = defaultdict(list)
    for experiment_id, unit_id in Experiment.units.through.objects.values_list(
        "experiment_id", "unit_id"
    ):
        units_of[experiment_id].append(unit_keys[unit_id])
    experiments = []
    rows = list(Experiment.objects.values(
        "pk", "key", "title", "why", "what", "status", "result", "learning", "contact_id",
        "phase", "started", "ended", "tags", "partners", "innovation_kind", "idea_source",
        "effects",
    ))  # fmt: skip
    extras = export_extras([row["pk"] for row in rows], unit_keys)
    for row in rows:
        experiments.append(
            _compact(
                {
                    "key": row["key"],
                    "title": row["title"],
                    "why": row["why"],
                    "what": row["what"],
                    "status": row["status"],
                    "result": row["result"],
                    "learning": row["learning"],
                    "units": sorted(units_of.get(row["pk"], [])),
                    "contact": person_keys.get(row["contact_id"]),
                    "phase": row["phase"],
                    "started": _date(row["started"]),
                    "ended": _date(row["ended"]),
                    "tags": row["tags"],
                    "partners": row["partners"],
                    "innovation_kind": row["innovation_kind"],
                    "idea_source": row["idea_source"],
                    "effects": row["effects"],
                    **extras[row["pk"]],
                }
            )
        )
    document["experiments"] = sorted(experiments, key=_by_key)

    responses = defaultdict(list)
    for challenge_id, unit_id, person_id, text, useful in Response.objects.order_by(
        "challenge_id", "position", "pk"
    ).values_list("challenge_id", "unit_id", "person_id", "text", "useful"):
        responses[challenge_id].append(
            _compact(
                {
                    "unit": unit_keys.get(unit_id),
                    "person": person_keys.get(person_id),
                    "text": text,
                    "useful": True if useful else None,
                }
            )
        )
    document["challenges"] = sorted(
        (
            _compact(
                {
                    "key": row["key"],
                    "title": row["title"],
                    "description": row["description"],
                    "unit": unit_keys[row["unit_id"]],
                    "status": row["status"],
                    "posted": _date(row["posted"]),
                    "responses": responses.get(row["pk"], []),
                    "what_if": row["what_if"],
                    "deadline": _date(row["deadline"]),
                    "summary": row["summary"],
                }
            )
            for row in Challenge.objects.values(
                "pk",
                "key",
                "title",
                "description",
                "unit_id",
                "status",
                "posted",
                "what_if",
                "deadline",
                "summary",
            )
        ),
        key=_by_key,
    )
    return document


def to_json(document: dict) -> str:
    """UTF-8 JSON text, two-space indented, with a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
