"""Write the demo municipality (a `generator.DemoData`) to the database.

Bulk inserts keep it to a couple of seconds. Units, tasks, people, experiments and
challenges get a history like an import followed by editing: a "created" record at the
import date by the process leader, and for each visitkort an "updated" record at the
date it was last updated.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from django.contrib.auth.hashers import get_hasher, make_password
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from traade import threads
from traade.accounts.models import User
from traade.challenges.models import Challenge, Response
from traade.crosstraining import services as crosstraining
from traade.crosstraining.models import Learning, Round, Visit
from traade.directory.models import Area, Organisation, Person, Suggestion, Task, Unit
from traade.experiments.models import Experiment, Indicator, Snapshot, TriedToo
from traade.threads.models import CohesionSnapshot, Collaboration, CollaborationStatus

from .generator import (
    DEMO_USERNAMES,
    LEADER_UNIT,
    LEADER_USERNAME,
    PROCESS_LEADER_USERNAME,
    CrosstrainingData,
    DemoData,
)

DEMO_PASSWORD = "demo"
# make_password("demo", salt="skovlunddemo2026"), computed once: hashing takes half a
# second, and the demo password is no secret. Django upgrades it at the first log-in if
# its default iterations have grown.
DEMO_PASSWORD_HASH = (
    "pbkdf2_sha256$1000000$skovlunddemo2026$GvwCdEfCDFPm/OTygjHodVLd3cZVfBVSXTtrVdVuX8c="
)
BATCH = 500


def demo_password_hash() -> str:
    """The stored hash when Django hashes with PBKDF2 (as it does outside the tests)."""
    if get_hasher().algorithm == DEMO_PASSWORD_HASH.split("$", 1)[0]:
        return DEMO_PASSWORD_HASH
    return make_password(DEMO_PASSWORD)


@dataclass
class Summary:
    areas: int
    units: int
    stale_units: int
    tasks: int
    people: int
    leaders: int
    experiments: int
    challenges: int
    responses: int
    suggestions: int
    users: int


def has_data() -> bool:
    return Unit.objects.exists()


@transaction.atomic
def clear() -> None:
    """Delete every directory, experiment and challenge record, and the demo users.

    The history of the deleted records goes too, so history is switched off while
    deleting instead of writing a "deleted" record for each of a thousand rows.
    """
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        _delete_all()
    for model in (Unit, Task, Person, Experiment, Indicator, Snapshot, Challenge):
        model.history.model.objects.all().delete()
    User.objects.filter(username__in=DEMO_USERNAMES).delete()


def _delete_all() -> None:
    Round.objects.all().delete()  # krydstræning: groups, visits, learning with it
    CohesionSnapshot.objects.all().delete()  # measured on the data deleted here
    Response.objects.all().delete()
    Challenge.objects.all().delete()
    Experiment.objects.all().delete()
    Suggestion.objects.all().delete()
    Task.objects.all().delete()
    Person.objects.all().delete()
    Unit.objects.update(parent=None)
    Unit.objects.all().delete()
    Area.objects.all().delete()
    Organisation.objects.all().delete()


def _load_crosstraining(spec: CrosstrainingData) -> None:
    """The demo's published round, its groups formed by the optimiser, visits dated and
    learning written (what `_crosstraining` in the generator describes)."""
    people = Person.objects.filter(key__in=spec.leaders)
    round = crosstraining.create_round(
        actor=None, title=spec.title, people=people, group_size=spec.group_size
    )
    crosstraining.draw_round(actor=None, round=round)
    crosstraining.publish_round(actor=None, round=round, notify_members=False)
    Round.objects.filter(pk=round.pk).update(published_at=spec.published)
    learnings = itertools.cycle(spec.learnings)
    visits, written = [], []
    groups = round.groups.prefetch_related("visits__host", "memberships__person__unit")
    for group in groups:
        members = sorted((m.person for m in group.memberships.all()), key=lambda p: p.key)
        for visit, date in zip(
            sorted(group.visits.all(), key=lambda v: v.host.key), spec.visit_dates, strict=False
        ):
            visit.date = date
            visits.append(visit)
            if date is None or date >= timezone.localdate():
                continue
            guests = [p for p in members if p.unit_id != visit.host_id][:2]
            for person in guests:
                saw, take_home = next(learnings)
                written.append(Learning(visit=visit, person=person, saw=saw, take_home=take_home))
    Visit.objects.bulk_update(visits, ["date"])
    Learning.objects.bulk_create(written)
    threads.sync(kind="crosstraining")


def _load_experiment_extras(data: DemoData, experiments, units, imported_at, importer) -> None:
    """Spreading links, "vi har også prøvet det" notes, indicators and snapshots."""
    by_key = {experiment.key: experiment for experiment in experiments}
    linked = []
    for spec in data.experiments:
        if spec.spread_from:
            experiment = by_key[spec.key]
            experiment.spread_from = by_key[spec.spread_from]
            linked.append(experiment)
    Experiment.objects.bulk_update(linked, ["spread_from"])
    TriedToo.objects.bulk_create(
        [
            TriedToo(
                experiment=by_key[spec.experiment],
                unit=units[spec.unit],
                note=spec.note,
                result=spec.result,
            )
            for spec in data.tried_too
        ]
    )
    indicator_objs = []
    for spec in data.indicators:
        indicator = Indicator(
            experiment=by_key[spec.experiment],
            name=spec.name,
            measure=spec.measure,
            baseline_value=spec.baseline_value,
            baseline_date=spec.baseline_date,
        )
        indicator._history_date = imported_at
        indicator_objs.append(indicator)
    indicators = bulk_create_with_history(
        indicator_objs, Indicator, batch_size=BATCH, default_user=importer
    )
    snapshot_objs = []
    for indicator, spec in zip(indicators, data.indicators, strict=True):
        for day, value in spec.snapshots:
            snapshot = Snapshot(indicator=indicator, date=day, value=value)
            snapshot._history_date = imported_at
            snapshot_objs.append(snapshot)
    bulk_create_with_history(snapshot_objs, Snapshot, batch_size=BATCH, default_user=importer)


@transaction.atomic
def load(data: DemoData) -> Summary:
    imported_at = data.imported_at
    Organisation.objects.create(**data.organisation)
    areas = {
        area.key: area
        for area in Area.objects.bulk_create([Area(**values) for values in data.areas])
    }

    # Users first: people point at them, and the history names them.
    password = demo_password_hash()
    person_names = {person.key: person.name for person in data.people}
    users = {}
    for spec in data.users:
        first, _, last = person_names[spec.person].partition(" ")
        users[spec.username] = User(
            username=spec.username,
            password=password,
            first_name=first,
            last_name=last,
            is_process_leader=spec.is_process_leader,
        )
    User.objects.bulk_create(users.values())
    users = {user.username: user for user in User.objects.filter(username__in=users)}
    importer = users.get(PROCESS_LEADER_USERNAME)
    user_for_person = {spec.person: users[spec.username] for spec in data.users}

    # Units level by level, so that every parent has its id before its children.
    units: dict[str, Unit] = {}
    pending = list(data.units)
    while pending:
        level = [spec for spec in pending if spec.parent is None or spec.parent in units]
        level_keys = {spec.key for spec in level}
        pending = [spec for spec in pending if spec.key not in level_keys]
        if not level:
            raise ValueError("the unit tree has a cycle or an unknown parent")
        objs = []
        for spec in level:
            unit = Unit(
                key=spec.key,
                name=spec.name,
                kind=spec.kind,
                area=areas[spec.area],
                parent=units.get(spec.parent),
                description=spec.description,
                address=spec.address,
                email=spec.email,
                phone=spec.phone,
                knowledge=spec.knowledge,
                offers=spec.offers,
                kle=spec.kle,
                profile_updated_at=spec.profile_updated_at,
            )
            unit._history_date = imported_at
            unit._change_reason = "Indlæst fra HR-systemet"
            objs.append(unit)
        for unit in bulk_create_with_history(objs, Unit, batch_size=BATCH, default_user=importer):
            units[unit.key] = unit
    leader_user = users.get(LEADER_USERNAME)
    edits = []
    for unit in units.values():
        unit._history_date = unit.profile_updated_at
        unit._change_reason = "Visitkort opdateret"
        unit._history_user = leader_user if unit.key == LEADER_UNIT else None
        edits.append(unit)
    Unit.history.bulk_history_create(edits, batch_size=BATCH, update=True)

    tasks = []
    for spec in data.units:
        for task_spec in spec.tasks:
            task = Task(
                unit=units[spec.key],
                title=task_spec.title,
                description=task_spec.description,
                until=task_spec.until,
            )
            task._history_date = spec.profile_updated_at
            tasks.append(task)
    bulk_create_with_history(tasks, Task, batch_size=BATCH, default_user=importer)

    people_objs = []
    for spec in data.people:
        person = Person(
            key=spec.key,
            name=spec.name,
            title=spec.title,
            unit=units[spec.unit],
            email=spec.email,
            phone=spec.phone,
            is_leader=spec.is_leader,
            expertise=spec.expertise,
            user=user_for_person.get(spec.key),
        )
        person._history_date = imported_at
        person._change_reason = "Indlæst fra HR-systemet"
        people_objs.append(person)
    people = {
        person.key: person
        for person in bulk_create_with_history(
            people_objs, Person, batch_size=BATCH, default_user=importer
        )
    }

    experiment_objs = []
    for spec in data.experiments:
        experiment = Experiment(
            key=spec.key,
            title=spec.title,
            why=spec.why,
            what=spec.what,
            learning=spec.learning,
            status=spec.status,
            result=spec.result,
            phase=spec.phase,
            contact=people.get(spec.contact) if spec.contact else None,
            started=spec.started,
            ended=spec.ended,
            tags=spec.tags,
            partners=spec.partners,
            innovation_kind=spec.innovation_kind,
            idea_source=spec.idea_source,
            effects=spec.effects,
        )
        experiment._history_date = imported_at
        experiment_objs.append(experiment)
    experiments = bulk_create_with_history(
        experiment_objs, Experiment, batch_size=BATCH, default_user=importer
    )
    Through = Experiment.units.through
    Through.objects.bulk_create(
        [
            Through(experiment_id=experiment.pk, unit_id=units[key].pk)
            for experiment, spec in zip(experiments, data.experiments, strict=True)
            for key in spec.units
        ],
        batch_size=BATCH,
    )
    _load_experiment_extras(data, experiments, units, imported_at, importer)

    challenge_objs = []
    for spec in data.challenges:
        challenge = Challenge(
            key=spec.key,
            title=spec.title,
            description=spec.description,
            unit=units[spec.unit],
            status=spec.status,
            posted=spec.posted,
        )
        challenge._history_date = imported_at
        challenge_objs.append(challenge)
    challenges = bulk_create_with_history(
        challenge_objs, Challenge, batch_size=BATCH, default_user=importer
    )
    responses = [
        Response(
            challenge=challenge,
            unit=units[response.unit],
            person=people.get(response.person) if response.person else None,
            text=response.text,
            position=position,
        )
        for challenge, spec in zip(challenges, data.challenges, strict=True)
        for position, response in enumerate(spec.responses)
    ]
    Response.objects.bulk_create(responses, batch_size=BATCH)

    suggestions = Suggestion.objects.bulk_create(
        [
            Suggestion(
                unit=units[spec.unit],
                author=users[spec.author],
                kind=spec.kind,
                text=spec.text,
                comment=spec.comment,
                task_description=spec.task_description,
                task_until=spec.task_until,
                status=spec.status,
                decided_by=users.get(spec.decided_by) if spec.decided_by else None,
                decided_at=spec.decided_at,
                decline_reason=spec.decline_reason,
            )
            for spec in data.suggestions
        ]
    )
    # created_at is set automatically on insert; give the suggestions their own dates.
    for suggestion, spec in zip(suggestions, data.suggestions, strict=True):
        suggestion.created_at = spec.created_at
    Suggestion.objects.bulk_update(suggestions, ["created_at"])

    # Declared collaborations (issue #14), then every thread from the data just loaded.
    Collaboration.objects.bulk_create(
        Collaboration(
            unit=units[spec.unit],
            partner=units[spec.partner],
            about=spec.about,
            status=CollaborationStatus.CONFIRMED if spec.confirmed else CollaborationStatus.PENDING,
            declared_at=spec.declared_at,
            decided_at=spec.decided_at,
        )
        for spec in data.collaborations
    )
    threads.sync()
    if data.crosstraining:
        _load_crosstraining(data.crosstraining)

    return Summary(
        areas=len(areas),
        units=len(units),
        stale_units=Unit.objects.stale().count(),
        tasks=len(tasks),
        people=len(people),
        leaders=sum(1 for spec in data.people if spec.is_leader),
        experiments=len(experiments),
        challenges=len(challenges),
        responses=len(responses),
        suggestions=len(suggestions),
        users=len(users),
    )
