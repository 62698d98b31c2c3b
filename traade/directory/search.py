"""What the directory makes findable: units (their visitkort), people and tasks.

A task (aktuel opgave) is also text in its unit's document; as a kind of its own
("task", searched only when asked for) it answers "who works on this right now?".
Its key is "<unit key>#opgave-<task id>": tasks have no key in the exchange format,
and the id lasts as long as the task (an import that replaces a unit's tasks gives
them new ids and rebuilds the index).

Registered with the search module in `DirectoryConfig.ready()`; see traade/search/registry.py.
"""

from __future__ import annotations

import datetime

from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from traade import search
from traade.search.documents import (
    Document,
    clean,
    grouped,
    labelled,
    phrase_list,
    sentences,
)

from .models import Area, Person, Task, Unit


def load_units(ids: list[int], today: datetime.date) -> list[Document]:
    tasks = grouped(
        Task.objects.filter(unit_id__in=ids)
        # Tasks without an end date last on both backends (SQLite sorts NULL first,
        # PostgreSQL last), so a unit's document and its embedding are the same on both.
        .order_by(F("until").asc(nulls_last=True), "title", "pk")
        .values("unit_id", "title", "description", "until"),
        "unit_id",
    )
    docs = []
    for unit in (
        Unit.objects.filter(pk__in=ids)
        .order_by("pk")
        .values(
            "pk", "key", "name", "description", "knowledge", "offers", "area__key", "area__name"
        )
    ):
        current, ended = [], []
        for task in tasks.get(unit["pk"], ()):
            text = sentences([task["title"], task["description"]])
            is_current = task["until"] is None or task["until"] >= today
            (current if is_current else ended).append(text)
        docs.append(
            Document(
                kind="unit",
                obj_id=unit["pk"],
                key=unit["key"],
                title=unit["name"],
                area=unit["area__key"],
                fields={
                    "name": unit["name"],
                    "knowledge": phrase_list(unit["knowledge"] or []),
                    "current_tasks": sentences(current),
                    "offers": phrase_list(unit["offers"] or []),
                    "body": unit["description"],
                    "ended_tasks": sentences(ended),
                    "context": sentences([unit["area__name"]]),
                },
            )
        )
    return docs


def load_people(ids: list[int], today: datetime.date) -> list[Document]:
    docs = []
    for person in (
        Person.objects.filter(pk__in=ids)
        .order_by("pk")
        .values("pk", "key", "name", "title", "expertise", "unit__name", "unit__area__key")
    ):
        context = sentences([person["unit__name"]])
        docs.append(
            Document(
                kind="person",
                obj_id=person["pk"],
                key=person["key"],
                title=person["name"],
                area=person["unit__area__key"],
                fields={
                    "name": person["name"],
                    "knowledge": labelled(person["title"], person["expertise"] or []),
                    "context": context,
                },
                # A job title is shared by many ("Hjemmehjælper"): it is what the person
                # does, not special knowledge, so it weighs like free text.
                indexed={
                    "proper_name": person["name"],
                    "knowledge": phrase_list(person["expertise"] or []),
                    "body": clean(person["title"]),
                    "context": context,
                },
            )
        )
    return docs


TASK_ANCHOR = "opgave-"


def task_key(unit_key: str, task_id: int) -> str:
    return f"{unit_key}#{TASK_ANCHOR}{task_id}"


def _task_id(key: str) -> int | None:
    _unit_key, _, anchor = key.rpartition("#")
    number = anchor.removeprefix(TASK_ANCHOR)
    return int(number) if anchor.startswith(TASK_ANCHOR) and number.isdigit() else None


def task_url(key: str) -> str:
    """The unit's page, at the task (`#opgave-<id>`)."""
    unit_key, _, anchor = key.rpartition("#")
    return reverse("directory:unit-detail", args=[unit_key]) + "#" + anchor


def load_tasks(ids: list[int], today: datetime.date) -> list[Document]:
    return [
        Document(
            kind="task",
            obj_id=task["pk"],
            key=task_key(task["unit__key"], task["pk"]),
            title=task["title"],
            area=task["unit__area__key"],
            status="current" if task["until"] is None or task["until"] >= today else "ended",
            fields={
                "name": task["title"],
                "body": task["description"],
                "context": sentences([task["unit__name"]]),
            },
        )
        for task in Task.objects.filter(pk__in=ids)
        .order_by("pk")
        .values("pk", "title", "description", "until", "unit__key", "unit__name", "unit__area__key")
    ]


def _ended_since(since: datetime.date | None, today: datetime.date):
    """The tasks that ended in [since, today) (all that ended before today: no `since`)."""
    ended = Task.objects.filter(until__lt=today)
    return ended.filter(until__gte=since) if since is not None else ended


def tasks_ended(since: datetime.date | None, today: datetime.date) -> list[int]:
    """Tasks whose document changes today: they ended since `since`."""
    return sorted(_ended_since(since, today).values_list("pk", flat=True))


def task_details(keys: list[str]) -> dict[str, dict]:
    """For the results page: each task's unit (name, url) and its end date."""
    ids = {_task_id(key): key for key in keys}
    return {
        ids[task.pk]: {
            "unit": (task.unit.name, task.unit.get_absolute_url()),
            "until": task.until,
        }
        for task in Task.objects.filter(pk__in=[i for i in ids if i]).select_related("unit")
    }


def units_with_ended_tasks(since: datetime.date | None, today: datetime.date) -> list[int]:
    """Units whose document changes today: a task of theirs ended since `since`."""
    return sorted(set(_ended_since(since, today).values_list("unit_id", flat=True)))


def describe_units(keys: list[str]) -> dict[str, tuple[str, str]]:
    return {
        unit.key: (unit.area.name, unit.get_absolute_url())
        for unit in Unit.objects.filter(key__in=keys).select_related("area")
    }


def describe_people(keys: list[str]) -> dict[str, tuple[str, str]]:
    return {
        person.key: (
            ", ".join(x for x in (person.title, person.unit.name) if x),
            person.get_absolute_url(),
        )
        for person in Person.objects.filter(key__in=keys).select_related("unit")
    }


def register() -> None:
    search.register(
        search.Kind(
            name="unit",
            model="directory.Unit",
            load=load_units,
            url_name="directory:unit-detail",
            label=_("Enheder"),
            singular=_("Enhed"),
            order=10,
            dated=units_with_ended_tasks,
            describe=describe_units,
            # A task's document names its unit and lives at its page.
            related=lambda unit: list(unit.tasks.all()),
        )
    )
    search.register(
        search.Kind(
            name="person",
            model="directory.Person",
            load=load_people,
            url_name="directory:person-detail",
            label=_("Personer"),
            singular=_("Person"),
            order=20,
            describe=describe_people,
            proper_name=True,
        )
    )
    search.register(
        search.Kind(
            name="task",
            model="directory.Task",
            load=load_tasks,
            url_name="directory:unit-detail",
            label=_("Opgaver"),
            singular=_("Opgave"),
            order=50,
            statuses=lambda: [("current", _("Aktuel")), ("ended", _("Afsluttet"))],
            # A task is text in its unit's document too.
            related=lambda task: [task.unit],
            dated=tasks_ended,
            on_request=True,
            url=task_url,
            details=task_details,
            now_status="current",
            now_label=_("Aktuelle opgaver"),
        )
    )
    search.register_areas(lambda: list(Area.objects.order_by("name").values_list("key", "name")))
