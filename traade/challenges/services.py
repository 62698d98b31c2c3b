"""Every change to udfordringer goes through these functions.

Each runs in a transaction, records who made the change (django-simple-history) and
updates the search index in the same transaction.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from traade import search
from traade.directory.models import Area, Person, Unit
from traade.experiments.models import Experiment, ExperimentStatus
from traade.experiments.services import create_experiment
from traade.lib import concurrency, keys
from traade.lib.concurrency import EditConflict
from traade.notifications.services import notify

from .access import can_edit_challenge
from .models import Challenge, ChallengeStatus, Invitation, Response
from .threads import refresh as refresh_threads

CHALLENGE_FIELDS = ("title", "description", "what_if", "deadline")


def new_key(title: str) -> str:
    """A readable, unused key: "c-" and the title's first words, numbered if taken."""
    return keys.new_key(Challenge, "c-", title, "udfordring")


@transaction.atomic
def post_challenge(
    *,
    actor,
    unit: Unit,
    title: str,
    description: str,
    what_if: str = "",
    deadline: datetime.date | None = None,
) -> Challenge:
    """A unit posts a challenge; it goes to every area but the unit's own (`routed_areas`)."""
    challenge = Challenge(
        key=new_key(title),
        unit=unit,
        title=title.strip(),
        description=description.strip(),
        what_if=what_if.strip(),
        deadline=deadline,
        posted=timezone.localdate(),
        posted_by=actor,
    )
    challenge._history_user = actor
    challenge.save()
    search.index(challenge)
    notify(
        users=leaders_of(Unit.objects.filter(area__in=routed_areas(challenge))),
        text=_("Ny udfordring fra %(unit)s: %(title)s")
        % {"unit": unit.name, "title": challenge.title},
        url=challenge.get_absolute_url(),
        exclude=actor,
    )
    return challenge


def leaders_of(units):
    """The log-ins of the leaders of `units` (a queryset or a list)."""
    return [
        person.user
        for person in Person.objects.filter(unit__in=units, is_leader=True, user__isnull=False)
        .select_related("user")
        .order_by("pk")
    ]


def poster_side(challenge: Challenge) -> list:
    """Who hears about answers: the one who posted it and the posting unit's leaders."""
    return [challenge.posted_by, *leaders_of([challenge.unit])]


@transaction.atomic
def update_challenge(*, actor, challenge: Challenge, data: dict, base=None) -> list[str]:
    """Change what the challenge says; returns the names of the fields that changed.

    `base`: the values the editor's form was opened with (traade.lib.concurrency); if
    someone else changed a field since, nothing is saved and EditConflict is raised.
    """
    challenge = Challenge.objects.select_for_update().get(pk=challenge.pk)
    fields = [name for name in CHALLENGE_FIELDS if name in data]
    values = {name: _clean(data[name]) for name in fields}
    if base is not None:
        current = concurrency.values_of(challenge, fields)
        mine = {name: concurrency.normal(value) for name, value in values.items()}
        conflicts = concurrency.detect(base, mine, current, fields)
        if conflicts:
            who, when = concurrency.last_change(Challenge, challenge.pk)
            raise EditConflict({"": conflicts}, {"": current}, who=who, when=when)
    changed = [name for name in fields if getattr(challenge, name) != values[name]]
    if changed:
        for name in changed:
            setattr(challenge, name, values[name])
        challenge._history_user = actor
        challenge.save()
        search.index(challenge)
        if "title" in changed:  # the threads' reasons name it
            refresh_threads(challenge.unit_id)
    return changed


def _clean(value):
    return value.strip() if isinstance(value, str) else value


def routed_areas(challenge: Challenge):
    """The areas a challenge goes to: every area except the posting unit's own."""
    return Area.objects.exclude(pk=challenge.unit.area_id)


def challenges_for_unit(unit: Unit):
    """Open challenges routed to `unit`: from every other area, and those it was invited to."""
    invited = Invitation.objects.filter(unit=unit).values("challenge_id")
    return (
        Challenge.objects.filter(status=ChallengeStatus.OPEN)
        .filter(models.Q(pk__in=invited) | ~models.Q(unit__area_id=unit.area_id))
        .exclude(unit=unit)
    )


@transaction.atomic
def invite_helpers(*, actor, challenge: Challenge, units=(), people=()) -> list[Invitation]:
    """The poster invites units and people (from "Hvem kan hjælpe?") to look at the
    challenge; returns the new invitations (someone already invited is not invited twice)."""
    created = []
    for unit in units:
        if unit.pk == challenge.unit_id:
            continue
        invitation, new = Invitation.objects.get_or_create(
            challenge=challenge, unit=unit, defaults={"invited_by": actor}
        )
        if new:
            created.append(invitation)
    for person in people:
        invitation, new = Invitation.objects.get_or_create(
            challenge=challenge, person=person, defaults={"invited_by": actor}
        )
        if new:
            created.append(invitation)
    text = _("%(unit)s beder om jeres hjælp: %(title)s") % {
        "unit": challenge.unit.name,
        "title": challenge.title,
    }
    invited_units = [i.unit for i in created if i.unit_id]
    invited_people = [i.person.user for i in created if i.person_id and i.person.user_id]
    notify(
        users=[*leaders_of(invited_units), *invited_people],
        text=text,
        url=challenge.get_absolute_url(),
        exclude=actor,
    )
    return created


def helpers_by_key(units: list[str], people: list[str]) -> tuple[list[Unit], list[Person]]:
    return (
        list(Unit.objects.filter(key__in=units)),
        list(Person.objects.filter(key__in=people)),
    )


class ChallengeNotOpen(Exception):
    """The challenge was solved or closed (perhaps by someone else in the meantime)."""


def _lock_open(challenge: Challenge) -> Challenge:
    challenge = Challenge.objects.select_for_update().get(pk=challenge.pk)
    if not challenge.is_open:
        raise ChallengeNotOpen(challenge.key)
    return challenge


@transaction.atomic
def respond_to_challenge(*, actor, challenge: Challenge, text: str) -> Response:
    """A colleague answers on behalf of their unit (`actor.person.unit`)."""
    person = getattr(actor, "person", None)
    if person is None:
        raise ValueError("only a colleague in a unit can answer on its behalf")
    challenge = _lock_open(challenge)
    position = (challenge.responses.aggregate(last=models.Max("position"))["last"] or 0) + 1
    response = Response.objects.create(
        challenge=challenge,
        unit=person.unit,
        person=person,
        text=text.strip(),
        position=position,
        posted_by=actor,
    )
    search.index(challenge)
    refresh_threads(person.unit_id, challenge.unit_id)
    notify(
        users=poster_side(challenge),
        text=_("Nyt svar fra %(unit)s på »%(title)s«")
        % {"unit": person.unit.name, "title": challenge.title},
        url=f"{challenge.get_absolute_url()}#response-{response.pk}",
        exclude=actor,
    )
    return response


@transaction.atomic
def mark_response_useful(*, actor, response: Response, useful: bool = True) -> Response:
    """The poster marks an answer as useful (or takes it back)."""
    locked = Response.objects.select_for_update().select_related("challenge").get(pk=response.pk)
    if locked.useful != useful:
        Response.objects.filter(pk=response.pk).update(useful=useful)
        if useful:
            notify(
                users=[locked.posted_by],
                text=_("Jeres svar på »%(title)s« er markeret som brugbart")
                % {"title": locked.challenge.title},
                url=f"{locked.challenge.get_absolute_url()}#response-{locked.pk}",
                exclude=actor,
            )
    response.useful = useful
    return response


@transaction.atomic
def close_challenge(*, actor, challenge: Challenge, status: str, summary: str = "") -> Challenge:
    """Close the challenge as solved (with what helped) or closed."""
    if status not in (ChallengeStatus.SOLVED, ChallengeStatus.CLOSED):
        raise ValueError(f"cannot close a challenge as {status!r}")
    if status == ChallengeStatus.SOLVED and not summary.strip():
        raise ValueError("a solved challenge needs a summary of what helped")
    challenge = _lock_open(challenge)
    challenge.status = status
    challenge.summary = summary.strip()
    challenge.closed_at = timezone.now()
    challenge._history_user = actor
    challenge.save()
    search.index(challenge)
    responders = [r.posted_by for r in challenge.responses.select_related("posted_by")]
    outcome = _("er løst") if status == ChallengeStatus.SOLVED else _("er lukket")
    notify(
        users=responders,
        text=_("»%(title)s«, som I svarede på, %(outcome)s")
        % {"title": challenge.title, "outcome": outcome},
        url=challenge.get_absolute_url(),
        exclude=actor,
    )
    return challenge


class ResponseNotUseful(Exception):
    """Only an answer the poster marked as useful can become a prøvehandling."""


class AlreadyAnExperiment(Exception):
    """The answer already became a prøvehandling (`.experiment`)."""

    def __init__(self, experiment: Experiment):
        super().__init__(experiment.key)
        self.experiment = experiment


TITLE_MAX_LENGTH = Experiment._meta.get_field("title").max_length
SOURCE_MAX_LENGTH = Experiment._meta.get_field("idea_source").max_length


@transaction.atomic
def turn_response_into_experiment(*, actor, response: Response) -> Experiment:
    """The poster side turns a useful answer into a prøvehandling (status idé) for the
    posting unit, linked to the answer and thereby to the challenge and the answering unit.

    The experiment belongs to the posting unit alone: the answering unit is named among
    its samarbejdspartnere (the poster does not edit that unit, so it cannot be one of
    the experiment's units) and in "hvor kom idéen fra"; `Response.experiment` keeps the
    link. Raises PermissionDenied for anyone but those who edit the posting unit,
    ResponseNotUseful for an answer not marked useful and AlreadyAnExperiment the
    second time.
    """
    response = (
        Response.objects.select_for_update(of=("self",))
        .select_related("challenge__unit", "unit", "person__unit", "experiment")
        .get(pk=response.pk)
    )
    challenge = response.challenge
    if not can_edit_challenge(actor, challenge):
        raise PermissionDenied(f"{actor} does not edit unit {challenge.unit.key}")
    if response.experiment is not None:
        raise AlreadyAnExperiment(response.experiment)
    if not response.useful:
        raise ResponseNotUseful(response.pk)
    answering = response.unit or response.person.unit
    person = getattr(actor, "person", None)
    experiment = create_experiment(
        actor=actor,
        data={
            "title": (
                _("%(title)s – forslag fra %(unit)s")
                % {"title": challenge.title, "unit": answering.name}
            )[:TITLE_MAX_LENGTH],
            "why": challenge.description,
            "what": response.text,
            "status": ExperimentStatus.IDEA,
            "units": [challenge.unit],
            "contact": person
            if isinstance(person, Person) and person.unit_id == challenge.unit_id
            else None,
            "partners": [answering.name],
            "idea_source": (
                _("Svar fra %(unit)s på udfordringen »%(title)s«")
                % {"unit": answering.name, "title": challenge.title}
            )[:SOURCE_MAX_LENGTH],
        },
    )
    Response.objects.filter(pk=response.pk).update(experiment=experiment)
    response.experiment = experiment
    return experiment
