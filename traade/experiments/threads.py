"""The threads prøvehandlinger make: units that run an experiment together, a unit that
took one up from another ("vi vil prøve det"), and one that tried it too ("vi har også
prøvet det").

Registered with the threads app in `ExperimentsConfig.ready()`. Dated by when it began:
the experiment's start (or its registration), the copy's, the note's.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade import threads

from .models import Experiment, TriedToo

KIND = "experiment"


def _family_ids(units) -> set[int] | None:
    """The experiments whose threads may touch `units`: theirs and those they tried too,
    with the originals they were taken up from and the copies taken up from them."""
    if units is None:
        return None
    ids = set(Experiment.objects.filter(units__in=units).values_list("pk", flat=True))
    ids |= set(TriedToo.objects.filter(unit_id__in=units).values_list("experiment_id", flat=True))
    ids |= {
        pk
        for pk in Experiment.objects.filter(pk__in=ids).values_list("spread_from_id", flat=True)
        if pk
    }
    ids |= set(Experiment.objects.filter(spread_from_id__in=ids).values_list("pk", flat=True))
    return ids


def collect(units):
    family = _family_ids(units)
    experiments = Experiment.objects.all()
    tried = TriedToo.objects.all()
    through = Experiment.units.through.objects.all()
    if family is not None:
        experiments = experiments.filter(pk__in=family)
        tried = tried.filter(experiment_id__in=family)
        through = through.filter(experiment_id__in=family)
    page = reverse("experiments:experiment-detail", args=["KEY"])
    units_of = defaultdict(list)
    for experiment, unit in through.values_list("experiment_id", "unit_id").order_by("pk"):
        units_of[experiment].append(unit)
    info = {}
    for pk, key, title, started, created, origin in experiments.values_list(
        "pk", "key", "title", "started", "created_at", "spread_from_id"
    ):
        info[pk] = (key, title, started or timezone.localdate(created), origin)
    for pk, (key, title, date, origin) in info.items():
        url = page.replace("KEY", key)
        for one, other in itertools.combinations(units_of[pk], 2):
            yield threads.Found.between(
                one,
                other,
                source=key,
                date=date,
                label=_("Prøvehandlingen »%(title)s« sammen") % {"title": title},
                url=url,
            )
        if origin is not None:
            origin_units = units_of.get(origin)
            if origin_units is None:  # outside the family asked for: look it up
                origin_units = list(
                    Experiment.units.through.objects.filter(experiment_id=origin).values_list(
                        "unit_id", flat=True
                    )
                )
            for one in units_of[pk]:
                for other in origin_units:
                    yield threads.Found.between(
                        one,
                        other,
                        source=key,
                        date=date,
                        label=_("Tog prøvehandlingen »%(title)s« op") % {"title": title},
                        url=url,
                    )
    for experiment, unit, created in tried.values_list("experiment_id", "unit_id", "created_at"):
        if experiment not in info:
            continue
        key, title, _date, _origin = info[experiment]
        for other in units_of[experiment]:
            yield threads.Found.between(
                unit,
                other,
                source=f"{key}/ogsaa-{unit}",
                date=timezone.localdate(created),
                label=_("Har også prøvet »%(title)s«") % {"title": title},
                url=page.replace("KEY", key),
            )


def refresh(*units) -> None:
    """Bring the threads of these units (or unit ids) up to date after a change."""
    threads.sync(kind=KIND, units=units)


def register() -> None:
    threads.register(
        threads.ThreadKind(name=KIND, label=_("Deler en prøvehandling"), collect=collect, order=30)
    )
