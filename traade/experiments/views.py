"""Read-only pages for prøvehandlinger: the list with filters and one experiment."""

from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import render

from . import access
from .forms import ExperimentFilterForm

PAGE_SIZE = 20


def experiment_list(request):
    form = ExperimentFilterForm(request.GET or None)
    experiments = form.filter(access.experiments_for_user(request.user))
    experiments = experiments.select_related("contact").prefetch_related("units__area")
    experiments = experiments.order_by(F("started").desc(nulls_last=True), "title")
    page = Paginator(experiments, PAGE_SIZE).get_page(request.GET.get("side"))
    return render(
        request,
        # Changing a filter with htmx swaps in the list alone.
        "experiments/experiment_list.html#results"
        if request.htmx
        else "experiments/experiment_list.html",
        {"form": form, "page": page, "nav": "experiments"},
    )


def experiment_detail(request, key):
    experiment = access.get_experiment_for_user(request.user, key)
    units = sorted(experiment.units.all(), key=lambda unit: unit.name)
    return render(
        request,
        "experiments/experiment_detail.html",
        {
            "experiment": experiment,
            "units": units,
            "areas": sorted({unit.area.name for unit in units}),
            "nav": "experiments",
        },
    )
