"""Directory pages: thin views that validate, check access, call a service and render."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from traade.accounts.templatetags.ui import duration_da
from traade.lib.concurrency import EditConflict, values_of
from traade.lib.editing import save_edit_form

from . import access, history, services
from .forms import (
    AcceptSuggestionForm,
    DeclineSuggestionForm,
    MaintenanceFilterForm,
    PersonForm,
    SuggestionForm,
    TaskFormSet,
    VisitkortForm,
)
from .models import (
    Area,
    Person,
    Suggestion,
    SuggestionKind,
    SuggestionStatus,
    Unit,
    stale_cutoff,
)

RECENT_COUNT = 8


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def home(request):
    user = request.user
    recent = Unit.objects.select_related("area").order_by("-profile_updated_at")[:RECENT_COUNT]
    my_units = list(
        access.editable_units(user)
        .with_completeness()
        .select_related("area")
        .annotate(
            pending_count=Count(
                "suggestions", filter=Q(suggestions__status=SuggestionStatus.PENDING)
            )
        )
        .order_by("name")
    )
    pending = (
        Suggestion.objects.filter(unit__in=[u.pk for u in my_units], status="pending")
        .select_related("unit", "author__person__unit")
        .order_by("created_at")[:20]
    )
    admin_counts = None
    if user.can_administer:
        from traade.accounts.models import DeletionRequest

        admin_counts = {
            "stale": Unit.objects.stale().count(),
            "incomplete": Unit.objects.incomplete().count(),
            "deletion_requests": DeletionRequest.objects.filter(handled_at__isnull=True).count(),
        }
    return render(
        request,
        "directory/home.html",
        {
            "recent": recent,
            "my_units": my_units,
            "pending": pending,
            "pending_total": sum(u.pending_count for u in my_units),
            "admin_counts": admin_counts,
            "now": timezone.now(),
        },
    )


def _tree(units) -> list[dict]:
    """Nest units under their parents: [{"unit": u, "children": [...]}, …]."""
    nodes = {u.pk: {"unit": u, "children": []} for u in units}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node["unit"].parent_id)
        (parent["children"] if parent else roots).append(node)
    return roots


def area_list(request):
    areas = Area.objects.annotate(unit_count=Count("units")).order_by("name")
    units = Unit.objects.only("key", "name", "kind", "area_id", "parent_id").order_by("name")
    by_area: dict[int, list] = {}
    for unit in units:
        by_area.setdefault(unit.area_id, []).append(unit)
    open_key = request.GET.get("aaben", "")
    sections = [
        {"area": area, "tree": _tree(by_area.get(area.pk, [])), "open": area.key == open_key}
        for area in areas
    ]
    return render(request, "directory/area_list.html", {"sections": sections, "nav": "areas"})


def area_detail(request, key):
    area = get_object_or_404(Area, key=key)
    units = list(area.units.select_related("area").order_by("name"))
    people_count = Person.objects.filter(unit__area=area).count()
    return render(
        request,
        "directory/area_detail.html",
        {
            "area": area,
            "tree": _tree(units),
            "unit_count": len(units),
            "people_count": people_count,
            "nav": "areas",
        },
    )


def unit_detail(request, key):
    unit = access.get_unit_for_user(request.user, key)
    today = timezone.localdate()
    tasks = list(unit.tasks.all())
    people = list(unit.people.order_by("-is_leader", "name"))
    can_edit = access.can_edit_unit(request.user, unit)
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "children": unit.children.order_by("name"),
        "current_tasks": [t for t in tasks if t.is_current(today)],
        "ended_tasks": [t for t in tasks if not t.is_current(today)] if can_edit else [],
        "leaders": [p for p in people if p.is_leader],
        "people": people,
        "missing": unit.missing,
        "is_stale": unit.is_stale(),
        "can_edit": can_edit,
        "pending_count": unit.suggestions.filter(status="pending").count() if can_edit else 0,
        "qualified_by": services.qualified_by(unit),
        "experiments": unit.experiments.order_by("-started")[:10],
        "tried_too": unit.tried_too.select_related("experiment")[:10],
        "challenges": unit.challenges.order_by("-posted")[:10],
        "nav": "areas",
    }
    return render(request, "directory/unit_detail.html", context)


def unit_edit(request, key):
    unit = access.get_unit_for_user(request.user, key, write=True)
    if request.method == "POST" and "confirm" in request.POST:
        services.confirm_visitkort(actor=request.user, unit=unit)
        messages.success(request, _("Tak! Visitkortet er markeret som aktuelt."))
        return redirect(unit)
    context = {"unit": unit, "nav": "areas"}
    if request.method == "POST":
        response = save_edit_form(
            request,
            VisitkortForm(request.POST),
            lambda **kw: services.update_visitkort(actor=request.user, unit=unit, **kw),
            saved_message=_("Visitkortet er gemt."),
            template="directory/unit_edit.html",
            context=context,
        )
        return response or redirect(unit)
    form = VisitkortForm(current=values_of(unit, services.VISITKORT_FIELDS))
    return render(request, "directory/unit_edit.html", {**context, "form": form})


def unit_tasks(request, key):
    unit = access.get_unit_for_user(request.user, key, write=True)
    status = 200
    if request.method == "POST":
        formset = TaskFormSet(request.POST, unit=unit)
        if formset.is_valid():
            try:
                changed = services.save_tasks(actor=request.user, unit=unit, edits=formset.edits())
            except EditConflict as conflict:
                formset.show_conflicts(conflict)
                status = 409
            else:
                if changed:
                    messages.success(request, _("Opgaverne er gemt."))
                else:
                    messages.info(request, _("Du ændrede ikke noget."))
                return redirect(unit)
    else:
        formset = TaskFormSet(unit=unit)
    return render(
        request,
        "directory/unit_tasks.html",
        {"unit": unit, "formset": formset, "today": timezone.localdate(), "nav": "areas"},
        status=status,
    )


def suggestion_create(request, key):
    unit = access.get_unit_for_user(request.user, key)
    if not access.can_suggest(request.user, unit):
        raise PermissionDenied
    status = 200
    too_many = None
    if request.method == "POST":
        form = SuggestionForm(request.POST)
        if form.is_valid():
            try:
                services.create_suggestion(actor=request.user, unit=unit, **form.cleaned_data)
            except services.TooManySuggestions as error:
                too_many = duration_da(error.wait)
                status = 429
            else:
                messages.success(
                    request,
                    _("Tak for dit forslag! Enhedens redaktører får det at se på deres forside."),
                )
                return redirect(unit)
    else:
        form = SuggestionForm(initial={"kind": request.GET.get("hvad", "knowledge")})
    return render(
        request,
        "directory/suggestion_form.html",
        {"unit": unit, "form": form, "too_many": too_many, "nav": "areas"},
        status=status,
    )


def suggestion_list(request, key):
    unit = access.get_unit_for_user(request.user, key, write=True)
    suggestions = unit.suggestions.select_related("author__person__unit", "decided_by__person")
    return render(
        request,
        "directory/suggestion_list.html",
        {
            "unit": unit,
            "pending": [s for s in suggestions if s.is_pending],
            "decided": [s for s in suggestions if not s.is_pending][:50],
            "nav": "areas",
        },
    )


def _pending_counts(user, unit) -> dict:
    pending = Suggestion.objects.filter(status=SuggestionStatus.PENDING)
    return {
        "pending_total": pending.filter(unit__in=access.editable_units(user)).count(),
        "pending_unit": pending.filter(unit=unit).count(),
    }


def _suggestion_done(request, suggestion, message, *, edit_now=False):
    if request.htmx:
        context = {
            "suggestion": suggestion,
            "done_message": message,
            "edit_now": edit_now,
            "oob_counts": _pending_counts(request.user, suggestion.unit),
        }
        return render(request, "directory/_suggestion.html", context)
    messages.success(request, message)
    if edit_now:
        return redirect("directory:unit-edit", suggestion.unit.key)
    return redirect(_safe_next(request, suggestion.unit.get_absolute_url()))


def _suggestion_form_again(request, suggestion, accept_form=None, decline_form=None):
    context = {
        "suggestion": suggestion,
        "accept_form": accept_form or AcceptSuggestionForm(initial={"text": suggestion.text}),
        "decline_form": decline_form or DeclineSuggestionForm(),
        "next": _safe_next(request, ""),
    }
    template = "directory/_suggestion.html" if request.htmx else "directory/suggestion_decide.html"
    return render(request, template, context, status=400)


def _decide(request, pk, *, form_class, act):
    suggestion = access.get_suggestion_for_user(request.user, pk, write=True)
    if request.method != "POST":
        # A bookmarked or reloaded form address: show the unit's suggestions instead.
        return redirect("directory:suggestion-list", suggestion.unit.key)
    form = form_class(request.POST)
    if not form.is_valid():
        key = "accept_form" if form_class is AcceptSuggestionForm else "decline_form"
        return _suggestion_form_again(request, suggestion, **{key: form})
    try:
        message, edit_now = act(suggestion, form.cleaned_data)
    except services.SuggestionAlreadyDecided:
        suggestion.refresh_from_db()
        return _suggestion_done(request, suggestion, _("Forslaget er allerede behandlet."))
    suggestion.refresh_from_db()
    return _suggestion_done(request, suggestion, message, edit_now=edit_now)


def suggestion_accept(request, pk):
    def act(suggestion, data):
        services.accept_suggestion(
            actor=request.user, suggestion=suggestion, text=data.get("text") or None
        )
        if suggestion.kind == SuggestionKind.CORRECTION:
            return _("Forslaget er godkendt. Ret nu visitkortet, så det passer."), True
        return _("Forslaget er godkendt og står nu på visitkortet."), False

    return _decide(request, pk, form_class=AcceptSuggestionForm, act=act)


def suggestion_decline(request, pk):
    def act(suggestion, data):
        services.decline_suggestion(
            actor=request.user, suggestion=suggestion, reason=data["reason"]
        )
        return _("Forslaget er afvist, og begrundelsen er gemt."), False

    return _decide(request, pk, form_class=DeclineSuggestionForm, act=act)


def unit_history(request, key):
    unit = access.get_unit_for_user(request.user, key, write=True)
    return render(
        request,
        "directory/history.html",
        {"subject": unit, "entries": history.unit_history(unit), "nav": "areas"},
    )


def person_detail(request, key):
    person = access.get_person_for_user(request.user, key)
    return render(
        request,
        "directory/person_detail.html",
        {
            "person": person,
            "can_edit": access.can_edit_person(request.user, person),
            "can_name_editor": person.user_id is not None
            and not person.is_leader
            and access.can_edit_unit(request.user, person.unit),
            "is_editor": person.user_id is not None
            and person.unit.editors.filter(pk=person.user_id).exists(),
            "experiments": person.experiments.order_by("-started")[:10],
            "colleagues": person.unit.people.exclude(pk=person.pk).order_by("-is_leader", "name")[
                :12
            ],
            "colleague_count": person.unit.people.count() - 1,
            "nav": "areas",
        },
    )


def person_editor(request, key):
    """A unit's editor names a colleague with a log-in as editor of the unit, or not."""
    person = access.get_person_for_user(request.user, key)
    unit = access.get_unit_for_user(request.user, person.unit.key, write=True)
    if request.method != "POST":
        return redirect(person)
    if person.user is None:
        messages.error(request, _("%(name)s har ikke et log-in i Tråde.") % {"name": person.name})
        return redirect(person)
    make_editor = request.POST.get("editor") == "1"
    services.set_editor(actor=request.user, unit=unit, user=person.user, editor=make_editor)
    if make_editor:
        message = _("%(name)s kan nu redigere visitkortet for %(unit)s.")
    else:
        message = _("%(name)s kan ikke længere redigere visitkortet for %(unit)s.")
    messages.success(request, message % {"name": person.name, "unit": unit.name})
    return redirect(person)


def person_edit(request, key):
    person = access.get_person_for_user(request.user, key, write=True)
    context = {"person": person, "nav": "areas"}
    if request.method == "POST":
        response = save_edit_form(
            request,
            PersonForm(request.POST),
            lambda **kw: services.update_person(actor=request.user, person=person, **kw),
            saved_message=_("Oplysningerne er gemt."),
            template="directory/person_edit.html",
            context=context,
        )
        return response or redirect(person)
    form = PersonForm(current=values_of(person, services.PERSON_FIELDS))
    return render(request, "directory/person_edit.html", {**context, "form": form})


def person_history(request, key):
    person = access.get_person_for_user(request.user, key, write=True)
    return render(
        request,
        "directory/history.html",
        {"subject": person, "entries": history.person_history(person), "nav": "areas"},
    )


def maintenance(request):
    if not request.user.can_administer:
        raise PermissionDenied
    form = MaintenanceFilterForm(request.GET or None)
    units = Unit.objects.select_related("area")
    if form.is_valid() and form.cleaned_data["area"]:
        units = units.filter(area=form.cleaned_data["area"])
    stale = units.stale().with_completeness().order_by("profile_updated_at")
    incomplete = units.incomplete().order_by("name")
    stale_page = Paginator(stale, 50).get_page(request.GET.get("side_gammel"))
    incomplete_page = Paginator(incomplete, 50).get_page(request.GET.get("side_mangler"))
    return render(
        request,
        "directory/maintenance.html",
        {
            "form": form,
            "stale_page": stale_page,
            "incomplete_page": incomplete_page,
            "cutoff": stale_cutoff(),
            "nav": "maintenance",
        },
    )


@login_not_required
def accessibility(request):
    from importlib.metadata import PackageNotFoundError, version

    try:
        traade_version = version("traade")
    except PackageNotFoundError:  # pragma: no cover - running from a plain checkout
        traade_version = "ukendt"
    context = {
        "accessibility_contact": settings.TRAADE_ACCESSIBILITY_CONTACT,
        "version": traade_version,
    }
    return render(request, "directory/accessibility.html", context)
