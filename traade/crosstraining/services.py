"""Every change to cross-training rounds goes through these functions (each in a
transaction). The groups come from solver.py, the same optimiser as
`traade crosstraining solve`. Web pages are not built yet (docs/crosstraining.md)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from traade.directory.models import KEY_MAX_LENGTH, Person
from traade.threads.models import Reason

from . import solver
from . import threads as crosstraining_threads
from .models import Group, Membership, Pair, Round, RoundStatus, Visit

TIME_LIMIT = 3.0


def new_key(title: str) -> str:
    stem = "k-" + (slugify(title)[:60].strip("-") or "runde")
    key, number = stem, 1
    while Round.objects.filter(key=key).exists():
        number += 1
        key = f"{stem}-{number}"[:KEY_MAX_LENGTH]
    return key


def level_of(person: Person) -> int:
    """A leader's level: the depth of their unit in the tree (0 for a forvaltning at the
    top, deeper for a centre, an institution, a team)."""
    return len(person.unit.ancestors())


@transaction.atomic
def create_round(*, actor, title: str, people, group_size: int = 4, seed: int = 1) -> Round:
    """A process leader creates a round (a draft) with its participants."""
    round = Round.objects.create(
        key=new_key(title),
        title=title.strip(),
        group_size=group_size,
        seed=seed,
        created_by=actor,
    )
    Membership.objects.bulk_create(Membership(round=round, person=p) for p in people)
    return round


def problem_for(round: Round, *, time_limit: float = TIME_LIMIT) -> solver.Problem:
    """The round as the solver sees it: areas, units, levels, earlier rounds' groups,
    parent and child units and units with a thread between them as working closely
    together, the forbidden and required pairs."""
    members = list(round.memberships.select_related("person__unit__parent").order_by("person__key"))
    people = [m.person for m in members]
    keys = {p.pk: p.key for p in people}
    earlier = (
        Membership.objects.filter(person__in=people, group__isnull=False)
        .exclude(round=round)
        .values_list("group_id", "person__key")
    )
    history: dict[int, list[str]] = {}
    for group, key in earlier:
        history.setdefault(group, []).append(key)
    unit_ids = {p.unit_id for p in people}
    threaded = set(
        Reason.objects.filter(unit_a__in=unit_ids, unit_b__in=unit_ids).values_list(
            "unit_a_id", "unit_b_id"
        )
    )
    close = [
        (a.key, b.key)
        for a in people
        for b in people
        if a.key < b.key
        and (
            a.unit.parent_id == b.unit_id
            or b.unit.parent_id == a.unit_id
            or (min(a.unit_id, b.unit_id), max(a.unit_id, b.unit_id)) in threaded
        )
    ]
    pairs = {Pair.Kind.FORBID: [], Pair.Kind.REQUIRE: []}
    for pair in round.pairs.all():
        if pair.first_id in keys and pair.second_id in keys:
            pairs[pair.kind].append((keys[pair.first_id], keys[pair.second_id]))
    return solver.Problem(
        people=[solver.Person(p.key, str(p.unit.area_id), level_of(p), p.unit.key) for p in people],
        group_size=min(round.group_size, len(people)),
        seed=round.seed,
        time_limit=time_limit,
        history=list(history.values()),
        forbid=pairs[Pair.Kind.FORBID],
        require=pairs[Pair.Kind.REQUIRE],
        close=close,
    )


@transaction.atomic
def draw_round(*, actor, round: Round, seed: int | None = None) -> solver.Result:
    """Form (or re-draw) the groups of a draft round with the optimiser."""
    round = Round.objects.select_for_update().get(pk=round.pk)
    if round.is_published:
        raise ValueError("a published round is not drawn again")
    if seed is not None:
        round.seed = seed
        round.save(update_fields=["seed"])
    result = solver.solve(problem_for(round))
    round.groups.all().delete()
    by_key = {m.person.key: m for m in round.memberships.select_related("person")}
    for number, keys in enumerate(result.groups, 1):
        group = Group.objects.create(round=round, number=number)
        Membership.objects.filter(pk__in=[by_key[k].pk for k in keys]).update(group=group)
    return result


@transaction.atomic
def publish_round(*, actor, round: Round) -> Round:
    """Publish the groups: each group gets one visit to each member's unit, and the
    members hear about it."""
    from traade.notifications.services import notify

    round = Round.objects.select_for_update().get(pk=round.pk)
    if round.is_published:
        return round
    for group in round.groups.prefetch_related("memberships__person__unit"):
        for unit in {m.person.unit for m in group.memberships.all()}:
            Visit.objects.get_or_create(group=group, host=unit)
    round.status = RoundStatus.PUBLISHED
    round.published_at = timezone.now()
    round.save(update_fields=["status", "published_at"])
    crosstraining_threads.refresh(
        *{m.person.unit_id for m in round.memberships.select_related("person")}
    )
    users = [
        m.person.user for m in round.memberships.select_related("person__user") if m.person.user_id
    ]
    notify(users=users, text=f"Krydstræning: du er i en gruppe i »{round.title}«", exclude=actor)
    return round


def current_groups(round: Round) -> list[list[str]]:
    """The round's groups as lists of person keys, in group order."""
    groups: dict[int, list[str]] = {}
    for number, key in (
        Membership.objects.filter(round=round, group__isnull=False)
        .order_by("group__number", "person__key")
        .values_list("group__number", "person__key")
    ):
        groups.setdefault(number, []).append(key)
    return list(groups.values())


def preview_move(*, round: Round, person: Person, group: Group) -> list[solver.RuleBreak]:
    """The rule breaks in `group` if `person` moved there (shown before saving); sizes may
    then differ by more than one, which the process leader sees too."""
    groups = {g.number: [] for g in round.groups.all()}
    for number, key in (
        Membership.objects.filter(round=round, group__isnull=False)
        .exclude(person=person)
        .values_list("group__number", "person__key")
    ):
        groups[number].append(key)
    groups[group.number].append(person.key)
    problem = problem_for(round)
    _new, _count, breaks = solver.evaluate(problem, [g for g in groups.values() if g])
    members = set(groups[group.number])
    return [b for b in breaks if b.a in members or b.b in members]


@transaction.atomic
def move_member(*, actor, round: Round, person: Person, group: Group) -> Membership:
    """The process leader moves a participant to another group of a draft round by hand."""
    round = Round.objects.select_for_update().get(pk=round.pk)
    if round.is_published:
        raise ValueError("the groups of a published round are not changed here")
    if group.round_id != round.pk:
        raise ValueError("the group belongs to another round")
    membership = Membership.objects.get(round=round, person=person)
    membership.group = group
    membership.save(update_fields=["group"])
    return membership
