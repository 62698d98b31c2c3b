"""Pages for krydstræning: process leaders form, adjust and publish rounds; members plan
their group's visits and write what they learned. Thin views: access.py decides who may,
services.py changes things."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from traade.directory.models import Person
from traade.lib import spreadsheet

from . import access, ical, overview, services
from .forms import LearningForm, MoveForm, PairForm, RoundForm, VisitDateForm
from .models import Group, Membership, Pair, Round, RoundStatus


def _manager(request):
    if not access.can_manage(request.user):
        raise PermissionDenied


def round_list(request):
    if not access.can_read(request.user):
        raise PermissionDenied
    if access.can_manage(request.user):
        rounds = Round.objects.all()
    else:
        rounds = Round.objects.filter(
            status=RoundStatus.PUBLISHED, memberships__person__user=request.user
        )
    return render(
        request,
        "crosstraining/round_list.html",
        {
            "rounds": rounds.prefetch_related("memberships", "groups"),
            "can_manage": access.can_manage(request.user),
            "nav": "crosstraining",
        },
    )


def round_new(request):
    _manager(request)
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        round = services.create_round(
            actor=request.user,
            title=form.cleaned_data["title"],
            people=form.participants,
            group_size=form.cleaned_data["group_size"],
        )
        result = services.draw_round(actor=request.user, round=round)
        messages.success(
            request,
            ngettext(
                "Runden er oprettet, og %(n)d gruppe er dannet. Se grupperne efter, og "
                "offentliggør dem, når de er gode.",
                "Runden er oprettet, og %(n)d grupper er dannet. Se grupperne efter, og "
                "offentliggør dem, når de er gode.",
                len(result.groups),
            )
            % {"n": len(result.groups)},
        )
        return redirect(round)
    return render(
        request,
        "crosstraining/round_form.html",
        {"form": form, "nav": "crosstraining"},
        status=400 if form.is_bound else 200,
    )


def _described(rule_break, people) -> dict:
    """A rule break for the page: the two people by name, and the reasons in Danish."""
    a, b = sorted((people[rule_break.a], people[rule_break.b]), key=lambda p: (p.name, p.key))
    return {"a": a, "b": b, "reasons": [services.BREAK_LABELS[r] for r in rule_break.reasons]}


def _breaks_by_group(quality, groups, people) -> dict[int, list[dict]]:
    """The rule breaks in each group, with the people's names and Danish reasons."""
    number_of = {p.key: view.number for view in groups for p in view.members}
    found: dict[int, list[dict]] = {}
    for rule_break in quality.breaks:
        number = number_of.get(rule_break.a)
        if number is None or number_of.get(rule_break.b) != number:
            number = 0  # a required pair apart: shown for the round as a whole
        found.setdefault(number, []).append(_described(rule_break, people))
    return found


def round_detail(request, key, *, pair_form=None, status=200):
    round = access.get_round_for_user(request.user, key)
    manages = access.can_manage(request.user)
    today = timezone.localdate()
    mine = access.my_group(request.user, round)
    context = {
        "round": round,
        "can_manage": manages,
        "today": today,
        "my_group": mine,
        "me": getattr(request.user, "person", None),
        "nav": "crosstraining",
    }
    if round.is_published:
        own = overview.overview(round, today, only=mine) if mine else None
        context["mine"] = own.groups[0] if own and own.groups else None
        context["all"] = overview.overview(round, today) if manages else None
        context["learned"] = {
            learning.visit_id
            for view in (own.groups if own else [])
            for visit in view.visits
            for learning in visit.learnings.all()
            if learning.person.user_id == request.user.pk
        }
        return render(request, "crosstraining/round_published.html", context, status=status)
    # A draft: only process leaders get here (access.get_round_for_user).
    everything = overview.overview(round, today)
    people = {
        m.person.key: m.person
        for m in round.memberships.select_related("person__unit__area").order_by("person__name")
    }
    quality = services.quality(round)
    breaks = _breaks_by_group(quality, everything.groups, people)
    depth = services.unit_depths()
    for view in everything.groups:
        view.breaks = breaks.get(view.number, [])
        for person in view.members:
            person.level = depth[person.unit_id] + 1
    context.update(
        all=everything,
        quality=quality,
        apart=breaks.get(0, []),
        people=list(people.values()),
        pairs=round.pairs.select_related("first__unit", "second__unit"),
        pair_form=pair_form or PairForm(people=people.values()),
    )
    return render(request, "crosstraining/round_draft.html", context, status=status)


def _round_for_change(request, key) -> Round:
    _manager(request)
    return access.get_round_for_user(request.user, key, write=True)


def _refused(request, round, error):
    messages.error(request, str(error))
    return redirect(round)


@require_POST
def round_draw(request, key):
    """Draw the groups again with the next seed (each re-draw differs, but is repeatable)."""
    round = _round_for_change(request, key)
    try:
        result = services.draw_round(actor=request.user, round=round, seed=round.seed + 1)
    except services.RoundError as error:
        return _refused(request, round, error)
    messages.success(
        request,
        ngettext(
            "Grupperne er trukket igen: %(new)d nye par og %(breaks)d regelbrud.",
            "Grupperne er trukket igen: %(new)d nye par og %(breaks)d regelbrud.",
            result.new_pairs,
        )
        % {"new": result.new_pairs, "breaks": result.rule_breaks},
    )
    return redirect(round)


def _move_target(round, form) -> tuple[Person, Group] | None:
    if not form.is_valid():
        return None
    membership = (
        Membership.objects.filter(round=round, person__key=form.cleaned_data["person"])
        .select_related("person")
        .first()
    )
    group = Group.objects.filter(round=round, number=form.cleaned_data["group"]).first()
    if membership is None or group is None:
        return None
    return membership.person, group


def round_move(request, key):
    """Move a participant to another group by hand. GET (htmx) shows the rule breaks the
    move would give before anything is saved; POST moves."""
    round = _round_for_change(request, key)
    form = MoveForm(request.POST if request.method == "POST" else request.GET)
    target = _move_target(round, form)
    if request.method != "POST":
        if not request.htmx:  # the preview is a part of the draft page, not a page
            return redirect(round)
        if target is None:
            return HttpResponse(status=204)
        person, group = target
        breaks = services.preview_move(round=round, person=person, group=group)
        people = {
            p.key: p
            for p in Person.objects.filter(key__in={b.a for b in breaks} | {b.b for b in breaks})
        }
        return render(
            request,
            "crosstraining/_move_preview.html",
            {
                "person": person,
                "group": group,
                "breaks": [_described(b, people) for b in breaks],
            },
        )
    if target is None:
        return _refused(request, round, _("Vælg en person og en gruppe i runden."))
    person, group = target
    try:
        services.move_member(actor=request.user, round=round, person=person, group=group)
    except services.RoundError as error:
        return _refused(request, round, error)
    messages.success(
        request,
        _("%(name)s er flyttet til gruppe %(n)d.") % {"name": person.name, "n": group.number},
    )
    return redirect(f"{round.get_absolute_url()}#gruppe-{group.number}")


@require_POST
def pair_add(request, key):
    round = _round_for_change(request, key)
    people = [
        m.person for m in round.memberships.select_related("person__unit").order_by("person__name")
    ]
    form = PairForm(request.POST, people=people)
    if not form.is_valid():
        return round_detail(request, key, pair_form=form, status=400)
    try:
        services.set_pair(
            actor=request.user,
            round=round,
            first=form.people[form.cleaned_data["first"]],
            second=form.people[form.cleaned_data["second"]],
            kind=form.cleaned_data["kind"],
        )
    except services.RoundError as error:
        return _refused(request, round, error)
    messages.success(request, _("Reglen er gemt. Træk grupperne igen for at bruge den."))
    return redirect(f"{round.get_absolute_url()}#regler")


@require_POST
def pair_remove(request, key, pk):
    round = _round_for_change(request, key)
    pair = get_object_or_404(Pair, pk=pk, round=round)
    try:
        services.remove_pair(actor=request.user, round=round, pair=pair)
    except services.RoundError as error:
        return _refused(request, round, error)
    messages.success(request, _("Reglen er fjernet."))
    return redirect(f"{round.get_absolute_url()}#regler")


@require_POST
def member_remove(request, key):
    round = _round_for_change(request, key)
    membership = get_object_or_404(
        Membership.objects.select_related("person"),
        round=round,
        person__key=request.POST.get("person"),
    )
    try:
        services.remove_member(actor=request.user, round=round, person=membership.person)
    except services.RoundError as error:
        return _refused(request, round, error)
    messages.success(
        request,
        _("%(name)s er taget ud af runden. Træk grupperne igen, hvis de skal jævnes ud.")
        % {"name": membership.person.name},
    )
    return redirect(round)


@require_POST
def round_publish(request, key):
    round = _round_for_change(request, key)
    if round.is_published:
        messages.info(request, _("Runden er allerede offentliggjort."))
        return redirect(round)
    if not round.groups.exists():
        return _refused(request, round, _("Dan grupperne, før runden offentliggøres."))
    services.publish_round(actor=request.user, round=round)
    messages.success(
        request,
        _(
            "Runden er offentliggjort. Deltagerne har fået besked og kan nu sætte datoer "
            "på deres besøg."
        ),
    )
    return redirect(round)


@require_POST
def round_delete(request, key):
    round = _round_for_change(request, key)
    try:
        services.delete_round(actor=request.user, round=round)
    except services.RoundError as error:
        return _refused(request, round, error)
    messages.success(request, _("Kladden »%(title)s« er slettet.") % {"title": round.title})
    return redirect("crosstraining:round-list")


def round_export(request, key):
    round = _round_for_change(request, key)
    fmt = request.GET.get("format")
    if fmt not in ("csv", "xlsx"):
        return HttpResponse(
            _("Vælg format=csv eller format=xlsx."), status=400, content_type="text/plain"
        )
    return spreadsheet.download(
        overview.lines(round, timezone.localdate()),
        fmt=fmt,
        filename=f"krydstraening-{round.key}",
        sheet=_("Krydstræning"),
    )


def round_calendar(request, key):
    """The dated visits of the user's own group as an .ics file."""
    round = access.get_round_for_user(request.user, key)
    group = access.my_group(request.user, round)
    if group is None or not round.is_published:
        raise PermissionDenied
    visits = list(
        group.visits.select_related("host", "group__round").prefetch_related(
            "group__memberships__person__unit"
        )
    )
    response = HttpResponse(
        ical.calendar(visits, host_name=request.get_host().split(":")[0]),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="krydstraening-{round.key}.ics"'
    return response


@require_POST
def visit_date(request, key, pk):
    round = access.get_round_for_user(request.user, key)
    visit = access.get_visit_for_user(request.user, round, pk)
    form = VisitDateForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["date"]))
        return redirect(f"{round.get_absolute_url()}#besoeg-{visit.pk}")
    services.set_visit_date(actor=request.user, visit=visit, date=form.cleaned_data["date"])
    if form.cleaned_data["date"]:
        messages.success(
            request,
            _("Besøget hos %(unit)s er sat til %(date)s.")
            % {"unit": visit.host.name, "date": form.cleaned_data["date"].strftime("%d.%m.%Y")},
        )
    else:
        messages.success(
            request, _("Datoen for besøget hos %(unit)s er fjernet.") % {"unit": visit.host.name}
        )
    return redirect(f"{round.get_absolute_url()}#besoeg-{visit.pk}")


def learning_edit(request, key, pk):
    """A member writes what they saw on a visit and what they take home."""
    round = access.get_round_for_user(request.user, key)
    visit = access.get_visit_for_user(request.user, round, pk)
    if not access.can_write_learning(request.user, visit):
        raise PermissionDenied
    existing = visit.learnings.filter(person=request.user.person).first()
    initial = {"saw": existing.saw, "take_home": existing.take_home} if existing else None
    form = LearningForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.write_learning(actor=request.user, visit=visit, **form.cleaned_data)
            except services.RoundError as error:
                return _refused(request, round, error)
            messages.success(
                request,
                _("Tak! Det, I lærte, står nu på visitkortet for %(unit)s.")
                % {"unit": visit.host.name},
            )
            return redirect(f"{round.get_absolute_url()}#besoeg-{visit.pk}")
        status = 400
    return render(
        request,
        "crosstraining/learning_form.html",
        {
            "round": round,
            "visit": visit,
            "form": form,
            "existing": existing,
            "too_early": not visit.is_done(timezone.localdate()),
            "nav": "crosstraining",
        },
        status=status,
    )
