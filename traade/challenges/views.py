"""Pages for udfordringer: the list with filters, one challenge, posting and editing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from traade import search
from traade.lib.concurrency import EditConflict, values_of

from . import access, services
from .forms import (
    ChallengeEditForm,
    ChallengeFilterForm,
    ChallengeForm,
    ChallengeTextForm,
    CloseForm,
    ResponseForm,
)
from .plain import writing_help

PAGE_SIZE = 20
HELPERS = 8
HELP_MAX_CHARS = 6000  # the form's fields hold at most 5,000 + 1,000 characters


def challenge_list(request):
    form = ChallengeFilterForm(request.GET or None)
    challenges = (
        form.filter(access.challenges_for_user(request.user))
        .select_related("unit", "unit__area")
        .annotate(response_count=Count("responses"))
        .order_by("-posted", "title")
    )
    page = Paginator(challenges, PAGE_SIZE).get_page(request.GET.get("side"))
    return render(
        request,
        # Changing a filter with htmx swaps in the list alone.
        "challenges/challenge_list.html#results"
        if request.htmx
        else "challenges/challenge_list.html",
        {
            "form": form,
            "page": page,
            "nav": "challenges",
            "can_post": access.units_for_posting(request.user).exists(),
        },
    )


def _helpers(request, challenge):
    """ "Hvem kan hjælpe?" for an open challenge: units and people outside the poster."""
    if not challenge.is_open:
        return None
    text = " ".join([challenge.title, challenge.description, challenge.what_if])
    helpers = search.who_can_help(text, user=request.user, limit=HELPERS + 1)
    return [h for h in helpers if not (h.kind == "unit" and h.key == challenge.unit.key)][:HELPERS]


def challenge_detail(request, key, *, response_form=None, close_form=None, status=200):
    challenge = access.get_challenge_for_user(request.user, key)
    responses = challenge.responses.select_related(
        "unit", "unit__area", "person", "person__unit", "experiment"
    )
    can_edit = access.can_edit_challenge(request.user, challenge)
    invitations = list(challenge.invitations.select_related("unit", "person"))
    invited = {("unit", i.unit.key) if i.unit else ("person", i.person.key) for i in invitations}
    helpers = _helpers(request, challenge)
    return render(
        request,
        "challenges/challenge_detail.html",
        {
            "challenge": challenge,
            "responses": list(responses),
            "help": writing_help(challenge.plain_text),
            "can_edit": can_edit,
            "helpers": helpers,
            "invitations": invitations,
            "can_invite": [h for h in helpers or () if (h.kind, h.key) not in invited]
            if can_edit
            else [],
            "can_respond": challenge.is_open and access.can_respond(request.user),
            "response_form": response_form or ResponseForm(),
            "close_form": close_form or CloseForm(),
            "nav": "challenges",
        },
        status=status,
    )


def _only_post(view):
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(request, *args, **kwargs)

    return wrapped


def _not_open(request, challenge):
    messages.error(request, _("Udfordringen er afsluttet, så der kan ikke ændres mere."))
    return redirect(challenge)


@_only_post
def response_new(request, key):
    """A colleague answers the challenge on behalf of their unit."""
    challenge = access.get_challenge_for_user(request.user, key)
    if not access.can_respond(request.user):
        raise PermissionDenied
    form = ResponseForm(request.POST)
    if not form.is_valid():
        return challenge_detail(request, key, response_form=form, status=400)
    try:
        services.respond_to_challenge(
            actor=request.user, challenge=challenge, text=form.cleaned_data["text"]
        )
    except services.ChallengeNotOpen:
        return _not_open(request, challenge)
    messages.success(request, _("Tak! Jeres forslag er sendt."))
    return redirect(challenge)


@_only_post
def response_useful(request, key, pk):
    """The poster marks an answer as useful, or takes the mark back."""
    challenge = access.get_challenge_for_user(request.user, key, write=True)
    response = access.get_response_for_user(request.user, challenge, pk, write=True)
    useful = request.POST.get("useful") != "0"
    services.mark_response_useful(actor=request.user, response=response, useful=useful)
    messages.success(
        request,
        _("Svaret er markeret som brugbart.") if useful else _("Markeringen er fjernet."),
    )
    return redirect(f"{challenge.get_absolute_url()}#response-{response.pk}")


@_only_post
def response_experiment(request, key, pk):
    """The poster turns a useful answer into a prøvehandling for the posting unit."""
    challenge = access.get_challenge_for_user(request.user, key, write=True)
    response = access.get_response_for_user(request.user, challenge, pk, write=True)
    try:
        experiment = services.turn_response_into_experiment(actor=request.user, response=response)
    except services.ResponseNotUseful:
        messages.error(
            request,
            _("Kun et svar, der er markeret som brugbart, kan blive til en prøvehandling."),
        )
        return redirect(f"{challenge.get_absolute_url()}#response-{response.pk}")
    except services.AlreadyAnExperiment as already:
        messages.info(request, _("Svaret er allerede blevet til denne prøvehandling."))
        return redirect(already.experiment)
    messages.success(
        request,
        _("Svaret er blevet til en prøvehandling for %(unit)s. Ret den til under »Rediger«.")
        % {"unit": challenge.unit.name},
    )
    return redirect(experiment)


@_only_post
def challenge_close(request, key):
    challenge = access.get_challenge_for_user(request.user, key, write=True)
    form = CloseForm(request.POST)
    if not form.is_valid():
        return challenge_detail(request, key, close_form=form, status=400)
    try:
        services.close_challenge(
            actor=request.user,
            challenge=challenge,
            status=form.cleaned_data["outcome"],
            summary=form.cleaned_data["summary"],
        )
    except services.ChallengeNotOpen:
        return _not_open(request, challenge)
    messages.success(request, _("Udfordringen er afsluttet. Tak til alle, der hjalp."))
    return redirect(challenge)


@_only_post
def challenge_invite(request, key):
    """The poster invites some of "Hvem kan hjælpe?" to look at the challenge."""
    challenge = access.get_challenge_for_user(request.user, key, write=True)
    units, people = services.helpers_by_key(
        request.POST.getlist("unit"), request.POST.getlist("person")
    )
    if not challenge.is_open:
        messages.error(request, _("Udfordringen er afsluttet. Du kan ikke invitere flere."))
    elif not (units or people):
        messages.error(request, _("Vælg mindst én, du vil invitere."))
    else:
        created = services.invite_helpers(
            actor=request.user, challenge=challenge, units=units, people=people
        )
        messages.success(
            request,
            ngettext(
                "%(count)d er inviteret til at se udfordringen.",
                "%(count)d er inviteret til at se udfordringen.",
                len(created),
            )
            % {"count": len(created)},
        )
    return redirect(challenge)


def _help_for(form) -> object:
    """The writing help for what the form holds now (valid or not)."""
    data = form.data if form.is_bound else form.initial
    text = "\n".join(str(data.get(name) or "") for name in ("description", "what_if"))
    return writing_help(text[:HELP_MAX_CHARS])


def challenge_new(request):
    access.check_can_post(request.user)
    units = access.units_for_posting(request.user).select_related("area").order_by("name")
    if request.method == "POST":
        form = ChallengeForm(request.POST, units=units)
        if "check" not in request.POST and form.is_valid():
            data = form.cleaned_data
            challenge = services.post_challenge(
                actor=request.user,
                unit=data["unit"],
                **{name: data[name] for name in services.CHALLENGE_FIELDS},
            )
            messages.success(request, _("Udfordringen er sendt til de andre områder."))
            return redirect(challenge)
    else:
        person = getattr(request.user, "person", None)
        initial = {"unit": person.unit_id} if person is not None else {}
        form = ChallengeForm(units=units, initial=initial)
    return render(
        request,
        "challenges/challenge_form.html",
        {"form": form, "help": _help_for(form), "nav": "challenges"},
    )


def challenge_edit(request, key):
    challenge = access.get_challenge_for_user(request.user, key, write=True)
    status = 200
    if request.method == "POST":
        form = ChallengeEditForm(request.POST)
        if "check" not in request.POST and form.is_valid():
            try:
                changed = services.update_challenge(
                    actor=request.user,
                    challenge=challenge,
                    data=form.resolved_data(),
                    base=form.base_values(),
                )
            except EditConflict as conflict:
                form.show_conflicts(conflict, conflict.conflicts[""], conflict.current[""])
                status = 409
            else:
                if changed:
                    messages.success(request, _("Udfordringen er gemt."))
                else:
                    messages.info(request, _("Du ændrede ikke noget."))
                return redirect(challenge)
    else:
        form = ChallengeEditForm(current=values_of(challenge, services.CHALLENGE_FIELDS))
    return render(
        request,
        "challenges/challenge_form.html",
        {"form": form, "challenge": challenge, "help": _help_for(form), "nav": "challenges"},
        status=status,
    )


@_only_post
def writing_help_view(request):
    """The plain-language help for the text being written (htmx, as you type)."""
    form = ChallengeTextForm(request.POST)
    return render(
        request, "challenges/challenge_form.html#help", {"help": _help_for(form), "form": form}
    )
