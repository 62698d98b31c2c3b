"""What the experiment registry makes findable: prøvehandlinger, and their titles in the
context of the units that ran them and of their contact person.

Registered with the search module in `ExperimentsConfig.ready()`.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext_lazy as _

from traade import search
from traade.search.documents import Document, grouped, phrase_list, sentences, tried

from .models import Experiment, ExperimentResult, ExperimentStatus, Indicator, TriedToo


def load_experiments(ids: list[int], today: datetime.date) -> list[Document]:
    units = grouped(
        Experiment.units.through.objects.filter(experiment_id__in=ids)
        .order_by("pk")
        .values("experiment_id", "unit__name", "unit__area__key"),
        "experiment_id",
    )
    measured = grouped(
        Indicator.objects.filter(experiment_id__in=ids)
        .order_by("pk")
        .values("experiment_id", "name"),
        "experiment_id",
    )
    docs = []
    for e in (
        Experiment.objects.filter(pk__in=ids)
        .order_by("pk")
        .values(
            "pk", "key", "title", "why", "what", "learning", "status", "result", "tags", "partners"
        )
    ):
        own = units.get(e["pk"], [])
        docs.append(
            Document(
                kind="experiment",
                obj_id=e["pk"],
                key=e["key"],
                title=e["title"],
                area=own[0]["unit__area__key"] if own else "",
                status=e["status"],
                result=e["result"],
                fields={
                    "name": e["title"],
                    "knowledge": phrase_list(e["tags"] or []),
                    "body": sentences(
                        [
                            e["why"],
                            e["what"],
                            e["learning"],
                            *(i["name"] for i in measured.get(e["pk"], [])),
                        ]
                    ),
                    "context": phrase_list(
                        [*(u["unit__name"] for u in own), *(e["partners"] or [])]
                    ),
                },
            )
        )
    return docs


def tried_by_units(ids: list[int], today: datetime.date) -> dict[int, list[str]]:
    """The experiments a unit has run, or says it has tried too, in its context:
    title (tags)."""
    ran = (
        Experiment.units.through.objects.filter(unit_id__in=ids)
        .order_by("experiment_id")
        .values("unit_id", "experiment__title", "experiment__tags")
    )
    also = (
        TriedToo.objects.filter(unit_id__in=ids)
        .order_by("experiment_id")
        .values("unit_id", "experiment__title", "experiment__tags")
    )
    rows = [*ran, *also]
    return {
        unit_id: [tried(r["experiment__title"], r["experiment__tags"]) for r in found]
        for unit_id, found in grouped(rows, "unit_id").items()
    }


def tried_by_contacts(ids: list[int], today: datetime.date) -> dict[int, list[str]]:
    """The experiments a person is the contact for, in their context."""
    rows = (
        Experiment.objects.filter(contact_id__in=ids)
        .order_by("pk")
        .values("contact_id", "title", "tags")
    )
    return {
        person_id: [tried(r["title"], r["tags"]) for r in found]
        for person_id, found in grouped(rows, "contact_id").items()
    }


def related(experiment: Experiment) -> list:
    """Its units, the units that tried it too and its contact person show its title:
    they are reindexed with it."""
    records = list(experiment.units.all())
    records += [note.unit for note in experiment.tried_too.select_related("unit")]
    if experiment.contact_id:
        records.append(experiment.contact)
    return records


def credits(keys: list[str]) -> dict[str, tuple[str, str, list]]:
    """For "Hvem kan hjælpe?": an experiment lends its score to its units and contact."""
    found = {}
    for e in (
        Experiment.objects.filter(key__in=keys).select_related("contact").prefetch_related("units")
    ):
        targets = [("unit", u.key, u.name) for u in e.units.all()]
        if e.contact:
            targets.append(("person", e.contact.key, e.contact.name))
        found[e.key] = (e.title, e.get_absolute_url(), targets)
    return found


def register() -> None:
    search.register(
        search.Kind(
            name="experiment",
            model="experiments.Experiment",
            load=load_experiments,
            url_name="experiments:experiment-detail",
            label=_("Prøvehandlinger"),
            singular=_("Prøvehandling"),
            order=30,
            statuses=lambda: list(ExperimentStatus.choices),
            results=lambda: list(ExperimentResult.choices),
            related=related,
            credits=credits,
        )
    )
    search.register(search.Context(kind="unit", load=tried_by_units, name="experiments"))
    search.register(search.Context(kind="person", load=tried_by_contacts, name="experiments"))
