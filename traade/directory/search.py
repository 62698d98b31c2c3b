"""What the directory makes findable: units (their visitkort) and people.

Registered with the search module in `DirectoryConfig.ready()`; see traade/search/registry.py.
"""

from __future__ import annotations

import datetime

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
        .order_by("until", "title", "pk")
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
                    "name": person["name"],
                    "knowledge": phrase_list(person["expertise"] or []),
                    "body": clean(person["title"]),
                    "context": context,
                },
            )
        )
    return docs


def units_with_ended_tasks(since: datetime.date | None, today: datetime.date) -> list[int]:
    """Units whose document changes today: a task of theirs ended since `since`."""
    ended = Task.objects.filter(until__lt=today)
    if since is not None:
        ended = ended.filter(until__gte=since)
    return sorted(set(ended.values_list("unit_id", flat=True)))


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
        )
    )
    search.register(search.Part(model="directory.Task", owner=lambda task: task.unit))
    search.register_areas(lambda: list(Area.objects.order_by("name").values_list("key", "name")))
