"""Directory pages: thin views that validate, check access, call a service and render."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from traade.accounts.templatetags.ui import duration_da
from traade.lib.concurrency import EditConflict, values_of
from traade.lib.editing import save_edit_form

from . import access, history, homepage, reminders, services
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
PROCESS_LEADERS_ONLY = _lazy(
    "Vedligehold er for procesledere: de følger op på visitkort, der trænger til et kig. "
    "Ser du et visitkort, der ikke passer, kan du foreslå en rettelse fra visitkortet."
)
MAX_REMINDERS = 500  # at one time; a bigger list is sent in several goes


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def home(request):
    """The person's front page: their own units (freshness, what is missing), the
    suggestions waiting for them, their own suggestions, other capabilities' panels
    (homepage.register), and what is new."""
    user = request.user
    person = getattr(user, "person", None)
    recent = Unit.objects.select_related("area").order_by("-profile_updated_at")[:RECENT_COUNT]
    own = access.editable_units(user).values("pk")
    units = Unit.objects.filter(pk__in=own)
    if person is not None:
        units = Unit.objects.filter(Q(pk__in=own) | Q(pk=person.unit_id))
    my_units = list(
        units.with_completeness()
        .select_related("area")
        .annotate(
            pending_count=Count(
                "suggestions", filter=Q(suggestions__status=SuggestionStatus.PENDING)
            )
        )
        .order_by("name")
    )
    editable = {unit.pk for unit in access.editable_units(user).only("pk")}
    for unit in my_units:
        unit.can_edit = unit.pk in editable
    waiting = Suggestion.objects.filter(
        unit__in=access.suggestion_units(user), status=SuggestionStatus.PENDING
    )
    pending = waiting.select_related("unit", "author__person__unit").order_by("created_at")[:20]
    my_suggestions = (
        Suggestion.objects.filter(author=user).select_related("unit").order_by("-created_at")[:5]
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
            "any_editable": bool(editable),
            "pending": pending,
            "pending_total": waiting.count(),
            "my_suggestions": my_suggestions,
            "panels": homepage.panels(request, unit=person.unit if person else None),
            "admin_counts": admin_counts,
            "now": timezone.now(),
        },
    )


def _with_child_count(units):
    return units.annotate(child_count=Count("children")).order_by("name")


def _top_units(area):
    """The area's units that hang under no unit of the same area."""
    units = Unit.objects.filter(area=area).filter(Q(parent__isnull=True) | ~Q(parent__area=area))
    return _with_child_count(units.only("key", "name", "kind"))


def area_list(request):
    """The areas; each area's units are loaded when it is opened (area_units), so the
    page stays small for an organisation of any size."""
    areas = Area.objects.annotate(unit_count=Count("units")).order_by("name")
    open_key = request.GET.get("aaben", "")
    sections = [
        {"area": area, "units": _top_units(area) if area.key == open_key else None}
        for area in areas
    ]
    return render(request, "directory/area_list.html", {"sections": sections, "nav": "areas"})


def area_units(request, key):
    """The top of an area's tree (htmx); a page visit goes to the area's page."""
    area = get_object_or_404(Area, key=key)
    if not request.htmx:
        return redirect(area)
    return render(request, "directory/_tree.html", {"units": _top_units(area)})


def unit_children(request, key):
    """The units right below a unit (htmx); a page visit goes to the unit's page."""
    unit = access.get_unit_for_user(request.user, key)
    if not request.htmx:
        return redirect(unit.get_absolute_url() + "#org")
    children = _with_child_count(unit.children.only("key", "name", "kind"))
    return render(request, "directory/_tree.html", {"units": children})


def area_detail(request, key):
    area = get_object_or_404(Area, key=key)
    unit_count = area.units.count()
    people_count = Person.objects.filter(unit__area=area).count()
    return render(
        request,
        "directory/area_detail.html",
        {
            "area": area,
            "top": _top_units(area),
            "unit_count": unit_count,
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


# The count a page shows beside its suggestions, named by the page's `counter` field:
# only that one is updated out of band, since the other is not on the page.
COUNTERS = {"home": "pending-count", "unit": "unit-pending-count"}


def _pending_count(request, unit) -> dict | None:
    target = COUNTERS.get(request.POST.get("counter", ""))
    if target is None:
        return None
    pending = Suggestion.objects.filter(status=SuggestionStatus.PENDING)
    if target == "pending-count":
        pending = pending.filter(unit__in=access.suggestion_units(request.user))
    else:
        pending = pending.filter(unit=unit)
    return {"target": target, "count": pending.count()}


def _suggestion_done(request, suggestion, message, *, edit_now=False):
    if request.htmx:
        context = {
            "suggestion": suggestion,
            "done_message": message,
            "edit_now": edit_now,
            "oob_count": _pending_count(request, suggestion.unit),
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
            # Why not: said to whoever could otherwise name them.
            "no_log_in": person.user_id is None
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
        message = _(
            "%(name)s kan nu redigere visitkortet for %(unit)s og godkende kollegaers forslag "
            "til det. Forslagene venter på forsiden, næste gang %(name)s logger ind."
        )
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


def _maintenance_units(form):
    return form.filtered(Unit.objects.select_related("area").stale())


def maintenance(request):
    if not request.user.can_administer:
        raise PermissionDenied(PROCESS_LEADERS_ONLY)
    form = MaintenanceFilterForm(request.GET)
    stale = (
        _maintenance_units(form)
        .with_completeness()
        .annotate(last_reminder=Max("reminders__sent_at"))
    )
    incomplete = Unit.objects.select_related("area").incomplete().order_by("name")
    if form.cleaned_data.get("area"):
        incomplete = incomplete.filter(area=form.cleaned_data["area"])
    stale_page = Paginator(stale, 50).get_page(request.GET.get("side_gammel"))
    incomplete_page = Paginator(incomplete, 50).get_page(request.GET.get("side_mangler"))
    leaders = reminders.responsible_leaders(stale_page.object_list)
    for unit in stale_page.object_list:
        unit.leader_list = leaders.get(unit.pk, [])
        unit.leader_has_address = any(reminders.address_of(p) for p in unit.leader_list)
    query = request.GET.copy()
    for param in ("side_gammel", "side_mangler"):
        query.pop(param, None)
    return render(
        request,
        "directory/maintenance.html",
        {
            "form": form,
            "stale_page": stale_page,
            "incomplete_page": incomplete_page,
            "cutoff": stale_cutoff(),
            "filter_query": query.urlencode(),
            "today": timezone.localdate(),
            "nav": "maintenance",
        },
    )


def _names(units) -> str:
    names = [unit.name for unit in units]
    shown = "; ".join(names[:5])
    return shown + (_(" og %(n)d flere") % {"n": len(names) - 5} if len(names) > 5 else "")


def maintenance_remind(request):
    """E-mail the leaders of the chosen stale visitkort (or all on the filtered list)."""
    if not request.user.can_administer:
        raise PermissionDenied(PROCESS_LEADERS_ONLY)
    if request.method != "POST":
        return redirect("directory:maintenance")
    form = MaintenanceFilterForm(request.POST)
    units = _maintenance_units(form).with_completeness()
    back = reverse("directory:maintenance") + "?" + request.POST.get("filter_query", "")
    if request.POST.get("all") != "1":
        units = units.filter(key__in=request.POST.getlist("unit"))
    units = list(units[:MAX_REMINDERS])
    if not units:
        messages.error(request, _("Vælg de visitkort, hvis ledere skal have en påmindelse."))
        return redirect(back)

    def edit_url(unit):
        return request.build_absolute_uri(reverse("directory:unit-edit", args=[unit.key]))

    result = services.send_reminders(actor=request.user, units=units, edit_url=edit_url)
    if result.sent:
        messages.success(
            request,
            ngettext(
                "Påmindelsen er sendt til lederen af %(n)d enhed.",
                "Påmindelsen er sendt til lederne af %(n)d enheder.",
                len(result.sent),
            )
            % {"n": len(result.sent)},
        )
    if result.already_today:
        messages.info(
            request,
            _("Fik allerede en påmindelse i dag, så de fik ikke en til: %(names)s.")
            % {"names": _names(result.already_today)},
        )
    if result.no_address:
        messages.warning(
            request,
            _(
                "Ingen leder med en e-mailadresse, så ingen påmindelse: %(names)s. "
                "Skriv lederens e-mail på personens side, eller kontakt enheden selv."
            )
            % {"names": _names(result.no_address)},
        )
    if result.failed:
        messages.error(
            request,
            _("Påmindelsen kunne ikke sendes (mailserveren svarede ikke): %(names)s. Prøv igen.")
            % {"names": _names(result.failed)},
        )
    return redirect(back)


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
