"""Pages for prøvehandlinger: thin views that validate, check access, call a service and
render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from traade.directory.access import editable_units
from traade.directory.models import Unit
from traade.lib import charts, spreadsheet
from traade.lib.editing import save_edit_form

from . import access, portfolio, services
from .forms import (
    CloseExperimentForm,
    ExperimentFilterForm,
    ExperimentForm,
    IndicatorForm,
    LearningFilterForm,
    PortfolioFilterForm,
    SnapshotForm,
    TriedTooForm,
    TryItForm,
)
from .history import experiment_history as history_of
from .models import CLOSED

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
        {
            "form": form,
            "page": page,
            "can_register": access.can_register(request.user),
            "nav": "experiments",
        },
    )


def learning(request):
    """What was learned, whether it worked or not: closed experiments and any with their
    learning written, the newest first, never sorted by result."""
    shared = access.experiments_for_user(request.user).filter(
        Q(status__in=CLOSED) | ~Q(learning="")
    )
    tags = sorted(
        {tag for tags in shared.values_list("tags", flat=True) for tag in tags or []},
        key=str.casefold,
    )
    form = LearningFilterForm(request.GET or None, tags=tags)
    experiments = form.filter(shared).prefetch_related("units__area")
    experiments = experiments.order_by(
        F("ended").desc(nulls_last=True), F("started").desc(nulls_last=True), "title"
    )
    page = Paginator(experiments, PAGE_SIZE).get_page(request.GET.get("side"))
    return render(
        request,
        "experiments/learning.html#results" if request.htmx else "experiments/learning.html",
        {"form": form, "page": page, "nav": "experiments"},
    )


def _detail_context(request, experiment, **forms):
    user = request.user
    units = sorted(experiment.units.all(), key=lambda unit: unit.name)
    own = access.own_unit(user)
    try_units = access.units_for_registering(user).exclude(experiments=experiment)
    if user.can_administer:
        try_units = try_units.none()  # a process leader registers for a unit instead
    return {
        "experiment": experiment,
        "units": units,
        "areas": sorted({unit.area.name for unit in units}),
        "can_edit": access.can_edit_experiment(user, experiment),
        "spread": services.spread_units(experiment),
        "tried_too": experiment.tried_too.select_related("unit", "unit__area"),
        "copies": experiment.spread_copies.prefetch_related("units"),
        "own_unit": own if own is not None and own not in units else None,
        "indicators": _indicators(experiment, forms.get("snapshot_forms", {})),
        "indicator_form": forms.get("indicator_form") or IndicatorForm(),
        "tried_form": forms.get("tried_form") or TriedTooForm(),
        "try_form": forms.get("try_form") or TryItForm(units=try_units),
        "nav": "experiments",
    }


def portfolio_view(request):
    """Process leaders follow every experiment: counts, a board by phase, a list, export."""
    if not request.user.can_administer:
        raise PermissionDenied
    form = PortfolioFilterForm(request.GET or None)
    experiments = form.filter(access.experiments_for_user(request.user))
    rows = portfolio.rows_of(experiments)
    wanted = request.GET.get("format")
    if wanted in ("csv", "xlsx"):
        stamp = timezone.localdate().isoformat()
        return spreadsheet.download(
            portfolio.table(rows),
            fmt=wanted,
            filename=f"proevehandlinger-{stamp}",
            sheet=_("Prøvehandlinger"),
        )
    view = "liste" if request.GET.get("vis") == "liste" else "tavle"
    query = request.GET.copy()
    query.pop("vis", None)
    query.pop("format", None)
    return render(
        request,
        "experiments/portfolio.html",
        {
            "form": form,
            "counts": portfolio.counts(rows),
            "board": portfolio.board(rows) if view == "tavle" else [],
            "rows": rows if view == "liste" else [],
            "view": view,
            "query": query.urlencode(),
            "nav": "experiments",
        },
    )


def _indicators(experiment, snapshot_forms: dict) -> list[dict]:
    """Each indicator with its series, chart and the form for a new snapshot."""
    found = []
    for indicator in experiment.indicators.prefetch_related("snapshots"):
        series = indicator.series()
        found.append(
            {
                "indicator": indicator,
                "rows": [
                    {
                        "date": day,
                        "value": charts.number(value),
                        "change": charts.number(value - indicator.baseline_value),
                        "note": note,
                        "is_baseline": index == 0,
                    }
                    for index, (day, value, note) in enumerate(series)
                ],
                "chart": charts.chart(series, indicator.measure),
                "form": snapshot_forms.get(indicator.pk)
                or SnapshotForm(prefix=f"snapshot-{indicator.pk}"),
            }
        )
    return found


def _detail_again(request, experiment, **forms):
    """The experiment's page with a form that was not accepted (status 400)."""
    return render(
        request,
        "experiments/experiment_detail.html",
        _detail_context(request, experiment, **forms),
        status=400,
    )


def experiment_detail(request, key):
    experiment = access.get_experiment_for_user(request.user, key)
    return render(
        request, "experiments/experiment_detail.html", _detail_context(request, experiment)
    )


def _form_errors(form, error: ValidationError) -> None:
    for field, messages_ in error.message_dict.items():
        for message in messages_:
            form.add_error(field if field in form.fields else None, message)


def experiment_create(request):
    units = access.units_for_registering(request.user)
    if not units.exists():
        raise PermissionDenied
    context = {"nav": "experiments"}
    if request.method == "POST":
        form = ExperimentForm(request.POST, units=units)
        if form.is_valid():
            try:
                experiment = services.create_experiment(actor=request.user, data=form.cleaned_data)
            except ValidationError as error:
                _form_errors(form, error)
            else:
                messages.success(request, _("Prøvehandlingen er registreret. Tak for at dele!"))
                return redirect(experiment)
    else:
        own = list(editable_units(request.user)[:1])
        form = ExperimentForm(units=units, initial={"units": own})
    return render(request, "experiments/experiment_form.html", {**context, "form": form})


def _edit_units(user, experiment):
    """The units on the edit form: those the editor may choose, and those it has."""
    return Unit.objects.filter(
        Q(pk__in=access.units_for_registering(user).values("pk"))
        | Q(pk__in=experiment.units.values("pk"))
    )


def experiment_edit(request, key):
    experiment = access.get_experiment_for_user(request.user, key, write=True)
    units = _edit_units(request.user, experiment)
    context = {"experiment": experiment, "nav": "experiments"}
    if request.method == "POST":
        form = ExperimentForm(request.POST, units=units)

        def save(**kwargs):
            return services.update_experiment(actor=request.user, experiment=experiment, **kwargs)

        try:
            response = save_edit_form(
                request,
                form,
                save,
                saved_message=_("Prøvehandlingen er gemt."),
                template="experiments/experiment_form.html",
                context=context,
            )
        except ValidationError as error:
            _form_errors(form, error)
            response = render(
                request, "experiments/experiment_form.html", {**context, "form": form}
            )
        return response or redirect(experiment)
    form = ExperimentForm(units=units, current=services.experiment_values(experiment))
    return render(request, "experiments/experiment_form.html", {**context, "form": form})


def experiment_close(request, key):
    experiment = access.get_experiment_for_user(request.user, key, write=True)
    form = CloseExperimentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.close_experiment(actor=request.user, experiment=experiment, **form.cleaned_data)
        messages.success(
            request, _("Tak! Læringen er delt, så andre kan bruge den – uanset hvordan det gik.")
        )
        return redirect(experiment)
    return render(
        request,
        "experiments/experiment_close.html",
        {"experiment": experiment, "form": form, "nav": "experiments"},
    )


def experiment_history(request, key):
    experiment = access.get_experiment_for_user(request.user, key, write=True)
    return render(
        request,
        "directory/history.html",
        {"subject": experiment, "entries": history_of(experiment), "nav": "experiments"},
    )


@require_POST
def indicator_add(request, key):
    experiment = access.get_experiment_for_user(request.user, key, write=True)
    form = IndicatorForm(request.POST)
    if form.is_valid():
        try:
            services.add_indicator(actor=request.user, experiment=experiment, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Indikatoren og dens nulpunkt er gemt."))
            return redirect(experiment.get_absolute_url() + "#indicators")
    return _detail_again(request, experiment, indicator_form=form)


@require_POST
def snapshot_add(request, key, pk):
    experiment = access.get_experiment_for_user(request.user, key, write=True)
    indicator = get_object_or_404(experiment.indicators, pk=pk)
    form = SnapshotForm(request.POST, prefix=f"snapshot-{indicator.pk}")
    if form.is_valid():
        try:
            services.record_snapshot(actor=request.user, indicator=indicator, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(
                request, _("Målingen af »%(name)s« er gemt.") % {"name": indicator.name}
            )
            return redirect(experiment.get_absolute_url() + f"#indicator-{indicator.pk}")
    return _detail_again(request, experiment, snapshot_forms={indicator.pk: form})


@require_POST
def experiment_tried_too(request, key):
    """ "Vi har også prøvet det", for the colleague's own unit."""
    experiment = access.get_experiment_for_user(request.user, key)
    unit = access.own_unit(request.user)
    if unit is None:
        raise PermissionDenied
    form = TriedTooForm(request.POST)
    if form.is_valid():
        services.record_tried_too(
            actor=request.user, experiment=experiment, unit=unit, **form.cleaned_data
        )
        messages.success(
            request,
            _("Tak! Nu kan andre se, at %(unit)s også har prøvet det.") % {"unit": unit.name},
        )
        return redirect(experiment)
    return _detail_again(request, experiment, tried_form=form)


@require_POST
def experiment_try(request, key):
    """ "Vi vil prøve det": a new, linked prøvehandling for a unit the actor edits."""
    experiment = access.get_experiment_for_user(request.user, key)
    units = access.units_for_registering(request.user)
    if not units.exists():
        raise PermissionDenied
    form = TryItForm(request.POST, units=units.exclude(experiments=experiment))
    if not form.is_valid():
        return _detail_again(request, experiment, try_form=form)
    copy = services.try_experiment(
        actor=request.user, experiment=experiment, unit=form.cleaned_data["unit"]
    )
    messages.success(
        request,
        _("Godt! Prøvehandlingen er oprettet som en idé for %(unit)s. Tilpas den til jer.")
        % {"unit": form.cleaned_data["unit"].name},
    )
    return redirect(copy)
