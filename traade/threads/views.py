"""Pages of the threads app: thin views that validate, check access, call a service or a
query, and render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from traade.directory.access import can_edit_unit

from . import access, figures, mapdata, services, timeline
from . import meet as meeting
from .forms import CollaborationForm, DecideForm, MapFilterForm
from .models import CohesionSnapshot

PAGE_SIZE = 50


def _filters(request) -> tuple[MapFilterForm, dict]:
    if not access.can_read(request.user):
        raise PermissionDenied
    form = MapFilterForm(request.GET or None)
    return form, form.filters()


def relation_map(request):
    form, filters = _filters(request)
    query = request.GET.urlencode()
    return render(
        request,
        "threads/map.html",
        {
            "form": form,
            "areas": mapdata.area_styles(),
            "query": query,
            "thread_count": mapdata.pairs(**filters).count(),
            "nav": "threads",
        },
    )


def map_json(request):
    _form, filters = _filters(request)
    return JsonResponse(mapdata.map_data(**filters))


def thread_table(request):
    form, filters = _filters(request)
    page = Paginator(mapdata.pairs(**filters), PAGE_SIZE).get_page(request.GET.get("side"))
    filters.pop("area")
    rows = mapdata.rows_for(list(page.object_list), **filters)
    return render(
        request,
        "threads/table.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "query": request.GET.copy(),
            "nav": "threads",
        },
    )


def cohesion_view(request):
    access.check_cohesion(request.user)
    now = figures.current()
    snapshots = list(CohesionSnapshot.objects.select_related("taken_by"))
    baseline = next((s for s in reversed(snapshots) if s.is_baseline), None)
    development = timeline.current()
    areas = {a["key"]: a for a in mapdata.area_styles()}
    area_keys = list(now.area_matrix)
    matrix = [
        {
            "area": areas.get(row, {"name": row}),
            "cells": [now.area_matrix[row][col] for col in area_keys],
        }
        for row in area_keys
    ]
    return render(
        request,
        "threads/cohesion.html",
        {
            "now": now,
            "share_percent": round(now.cross_area_share * 100, 1),
            "matrix_areas": [areas.get(key, {"name": key}) for key in area_keys],
            "matrix": matrix,
            "bridges": _units_by_key(now.bridges),
            "isolated": _units_by_key(now.isolated[:50]),
            "snapshots": snapshots,
            "baseline": baseline,
            "change": _change(baseline.figures, now) if baseline else None,
            "development": development,
            "development_chart": timeline.chart(development),
            "nav": "threads",
        },
    )


def _units_by_key(keys: list[str]) -> list:
    from traade.directory.models import Unit

    found = Unit.objects.select_related("area").in_bulk(keys, field_name="key")
    return [found[key] for key in keys if key in found]


def _change(base: dict, now: figures.Cohesion) -> dict:
    base_share = base.get("cross_area_share", 0.0)
    return {
        "threads": now.threads - base.get("threads", 0),
        "units": now.units - base.get("units", 0),
        "share_points": round((now.cross_area_share - base_share) * 100, 1),
        "isolated": len(now.isolated) - len(base.get("isolated", [])),
    }


@require_POST
def snapshot_take(request):
    access.check_cohesion(request.user)
    baseline = request.POST.get("nulpunkt") == "1"
    services.take_snapshot(actor=request.user, baseline=baseline)
    messages.success(
        request,
        _("Nulpunktet er målt.") if baseline else _("Et nyt øjebliksbillede er målt."),
    )
    return redirect("threads:cohesion")


def collaboration_new(request, key):
    unit = access.get_unit_for_user(request.user, key, write=True)
    form = CollaborationForm(request.POST or None, unit=unit)
    if request.method == "POST" and form.is_valid():
        try:
            services.declare_collaboration(
                actor=request.user,
                unit=unit,
                partner=form.cleaned_data["partner"],
                about=form.cleaned_data["about"],
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                for problem in problems:
                    form.add_error(field if field in form.fields else None, problem)
        else:
            messages.success(
                request,
                _("Tak. %(partner)s bliver bedt om at bekræfte samarbejdet.")
                % {"partner": form.cleaned_data["partner"].name},
            )
            return redirect(unit.get_absolute_url() + "#traade")
    status = 422 if request.method == "POST" else 200
    return render(
        request, "threads/collaboration_form.html", {"unit": unit, "form": form}, status=status
    )


@require_POST
def collaboration_decide(request, pk):
    collaboration = access.get_collaboration_for_user(request.user, pk, write=True)
    form = DecideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Vælg bekræft eller afvis."))
        return redirect(collaboration.partner.get_absolute_url() + "#traade")
    confirm = form.cleaned_data["svar"] == "bekraeft"
    try:
        services.decide_collaboration(
            actor=request.user, collaboration=collaboration, confirm=confirm
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        done = (
            _("Samarbejdet med %(unit)s er bekræftet.")
            if confirm
            else _("Samarbejdet med %(unit)s er afvist.")
        )
        messages.success(request, done % {"unit": collaboration.unit.name})
    return redirect(collaboration.partner.get_absolute_url() + "#traade")


@require_POST
def collaboration_end(request, pk):
    collaboration = access.get_collaboration_for_user(request.user, pk)
    if not access.can_end(request.user, collaboration):
        raise PermissionDenied
    back = request.POST.get("tilbage")
    unit = collaboration.unit if back != collaboration.partner.key else collaboration.partner
    services.end_collaboration(actor=request.user, collaboration=collaboration)
    messages.success(request, _("Samarbejdet er fjernet."))
    return redirect(unit.get_absolute_url() + "#traade")


def meet(request, key):
    unit = access.get_unit_for_user(request.user, key)
    return render(
        request,
        "threads/meet.html",
        {
            "unit": unit,
            "suggestions": meeting.suggestions(unit, user=request.user),
            "can_edit": can_edit_unit(request.user, unit),
        },
    )
