"""Every change to cross-training rounds goes through these functions (each in a
transaction). The groups come from solver.py, the same optimiser as
`traade crosstraining solve`; the pages in views.py only validate and call these."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from traade.directory.models import Person, Unit, UnitKind
from traade.lib import keys
from traade.threads.models import Reason

from . import solver
from . import threads as crosstraining_threads
from .models import Group, Learning, Membership, Pair, Round, RoundStatus, Visit

TIME_LIMIT = 3.0


def new_key(title: str) -> str:
    return keys.new_key(Round, "k-", title, "runde")


def unit_depths() -> dict[int, int]:
    """Every unit's depth in the tree, in one query: a leader's level (0 for a
    forvaltning at the top, deeper for a centre, an institution, a team)."""
    parent = dict(Unit.objects.values_list("pk", "parent_id"))
    depth: dict[int, int] = {}
    for start in parent:
        path, unit = [], start
        while unit is not None and unit not in depth and unit not in path:
            path.append(unit)
            unit = parent.get(unit)
        known = depth[unit] if unit in depth else -1  # -1: above a root
        for below in reversed(path):
            known += 1
            depth[below] = known
    return depth


def leaders(*, areas=(), levels=()) -> list[Person]:
    """The leaders a round can take part: all, or those of these areas and levels."""
    people = Person.objects.filter(is_leader=True).select_related("unit").order_by("name", "key")
    if areas:
        people = people.filter(unit__area__in=areas)
    if not levels:
        return list(people)
    depth = unit_depths()
    wanted = {int(level) for level in levels}
    return [p for p in people if depth[p.unit_id] in wanted]


def level_choices() -> list[tuple[int, str]]:
    """The levels that have leaders, each named by its most common kind of unit."""
    depth = unit_depths()
    kinds: dict[int, Counter] = defaultdict(Counter)
    for unit, kind in Person.objects.filter(is_leader=True).values_list("unit_id", "unit__kind"):
        kinds[depth[unit]][kind] += 1
    labels = dict(UnitKind.choices)
    return [
        (
            level,
            ngettext(
                "Niveau %(n)d (fx %(kind)s) · %(count)d leder",
                "Niveau %(n)d (fx %(kind)s) · %(count)d ledere",
                kinds[level].total(),
            )
            % {
                "n": level + 1,
                "kind": str(labels.get(kinds[level].most_common(1)[0][0], "")).lower(),
                "count": kinds[level].total(),
            },
        )
        for level in sorted(kinds)
    ]


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
    members = list(round.memberships.select_related("person__unit").order_by("person__key"))
    people = [m.person for m in members]
    depth = unit_depths()
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
    by_unit: dict[int, list[Person]] = defaultdict(list)
    for p in people:
        by_unit[p.unit_id].append(p)
    # Units next to each other in the tree, or with a thread, work closely together.
    near = threaded | {
        (min(p.unit_id, p.unit.parent_id), max(p.unit_id, p.unit.parent_id))
        for p in people
        if p.unit.parent_id in by_unit
    }
    close = sorted(
        {
            (min(a.key, b.key), max(a.key, b.key))
            for one, other in near
            for a in by_unit.get(one, ())
            for b in by_unit.get(other, ())
        }
    )
    pairs = {Pair.Kind.FORBID: [], Pair.Kind.REQUIRE: []}
    for pair in round.pairs.all():
        if pair.first_id in keys and pair.second_id in keys:
            pairs[pair.kind].append((keys[pair.first_id], keys[pair.second_id]))
    return solver.Problem(
        people=[
            solver.Person(p.key, str(p.unit.area_id), depth[p.unit_id], p.unit.key) for p in people
        ],
        group_size=min(round.group_size, len(people)),
        seed=round.seed,
        time_limit=time_limit,
        history=list(history.values()),
        forbid=pairs[Pair.Kind.FORBID],
        require=pairs[Pair.Kind.REQUIRE],
        close=close,
    )


def draw_round(*, actor, round: Round, seed: int | None = None) -> solver.Result:
    """Form (or re-draw) the groups of a draft round with the optimiser.

    The solver runs outside any transaction (it may take seconds, and on SQLite a write
    transaction holds every other writer back); the groups are then written in one
    short transaction, if the round is still a draft with the same participants."""
    if Round.objects.get(pk=round.pk).is_published:
        raise RoundError(_("Runden er offentliggjort, så grupperne ændres ikke mere."))
    problem = problem_for(round)
    if seed is not None:
        problem.seed = seed
    result = solver.solve(problem)
    with transaction.atomic():
        round = _draft(round)
        by_key = {m.person.key: m for m in round.memberships.select_related("person")}
        if set(by_key) != {p.key for p in problem.people}:
            raise RoundError(_("Deltagerne blev ændret imens. Træk grupperne igen."))
        round.seed = problem.seed
        round.bound = result.bound
        round.solve_seconds = result.seconds
        round.save(update_fields=["seed", "bound", "solve_seconds"])
        round.groups.all().delete()
        for number, members in enumerate(result.groups, 1):
            group = Group.objects.create(round=round, number=number)
            Membership.objects.filter(pk__in=[by_key[k].pk for k in members]).update(group=group)
    return result


@transaction.atomic
def publish_round(*, actor, round: Round, notify_members: bool = True) -> Round:
    """Publish the groups: each group gets one visit to each member's unit, and the
    members hear about it (unless `notify_members` is false: the demo's round)."""
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
    if not notify_members:
        return round
    users = [
        m.person.user for m in round.memberships.select_related("person__user") if m.person.user_id
    ]
    notify(
        users=users,
        text=_("Krydstræning: du er i en gruppe i »%(title)s«. Se, hvem du skal besøge.")
        % {"title": round.title},
        url=round.get_absolute_url(),
        exclude=actor,
    )
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
    round = _draft(round)
    if group.round_id != round.pk:
        raise RoundError(_("Vælg en person og en gruppe i runden."))
    membership = Membership.objects.get(round=round, person=person)
    membership.group = group
    membership.save(update_fields=["group"])
    return membership


class RoundError(ValueError):
    """A change the round's state does not allow; the message is Danish, for the page."""


BREAK_LABELS = {
    solver.SAME_AREA: gettext_lazy("samme fagområde"),
    solver.SAME_UNIT: gettext_lazy("samme enhed"),
    solver.MET_BEFORE: gettext_lazy("har været i gruppe sammen før"),
    solver.CLOSE: gettext_lazy("arbejder allerede tæt sammen"),
    solver.FORBIDDEN: gettext_lazy("må ikke være sammen"),
    solver.REQUIRED_APART: gettext_lazy("skal være sammen, men er i hver sin gruppe"),
}


@dataclass
class Quality:
    """How good the round's current groups are (after the optimiser or a move by hand)."""

    participants: int
    pairs: int  # pairs of group-mates
    new_pairs: int
    rule_breaks: int
    bound: int | None  # proven at the last drawing
    breaks: list[solver.RuleBreak]
    sizes: list[int]

    @property
    def optimal(self) -> bool:
        """No grouping with even sizes has more new pairs (the bound is for even sizes)."""
        return self.even and self.bound is not None and self.new_pairs >= self.bound

    @property
    def gap(self) -> int | None:
        """At most this many new pairs short of the best grouping with even sizes."""
        if self.bound is None or not self.even:
            return None
        return max(0, self.bound - self.new_pairs)

    @property
    def even(self) -> bool:
        return not self.sizes or max(self.sizes) - min(self.sizes) <= 1


def quality(round: Round) -> Quality:
    problem = problem_for(round)
    groups = current_groups(round)
    new, count, breaks = solver.evaluate(problem, groups)
    return Quality(
        participants=len(problem.people),
        pairs=sum(len(g) * (len(g) - 1) // 2 for g in groups),
        new_pairs=new,
        rule_breaks=count,
        bound=round.bound,
        breaks=breaks,
        sizes=[len(g) for g in groups],
    )


def _draft(round: Round) -> Round:
    round = Round.objects.select_for_update().get(pk=round.pk)
    if round.is_published:
        raise RoundError(_("Runden er offentliggjort, så grupperne ændres ikke mere."))
    return round


@transaction.atomic
def set_pair(*, actor, round: Round, first: Person, second: Person, kind: str) -> Pair:
    """The process leader forbids two participants together, or requires them together
    (a pair has one rule: setting the other replaces it). Draw again to apply it."""
    round = _draft(round)
    if first.pk == second.pk:
        raise RoundError(_("Vælg to forskellige personer."))
    members = set(round.memberships.values_list("person_id", flat=True))
    if not {first.pk, second.pk} <= members:
        raise RoundError(_("Begge personer skal være med i runden."))
    first, second = sorted((first, second), key=lambda p: p.pk)
    round.pairs.filter(first=first, second=second).delete()
    return Pair.objects.create(round=round, kind=kind, first=first, second=second)


@transaction.atomic
def remove_pair(*, actor, round: Round, pair: Pair) -> None:
    round = _draft(round)
    round.pairs.filter(pk=pair.pk).delete()


@transaction.atomic
def remove_member(*, actor, round: Round, person: Person) -> None:
    """Take a participant out of a draft round (and out of its pairs)."""
    round = _draft(round)
    round.memberships.filter(person=person).delete()
    round.pairs.filter(first=person).delete()
    round.pairs.filter(second=person).delete()
    round.groups.filter(memberships__isnull=True).delete()


@transaction.atomic
def delete_round(*, actor, round: Round) -> None:
    _draft(round).delete()


@transaction.atomic
def set_visit_date(*, actor, visit: Visit, date) -> Visit:
    """A member of the group (or the process leader) sets or clears a visit's date."""
    visit = Visit.objects.select_for_update().get(pk=visit.pk)
    visit.date = date
    visit.save(update_fields=["date"])
    _refresh_visit_threads(visit)
    return visit


@transaction.atomic
def write_learning(*, actor, visit: Visit, saw: str, take_home: str) -> Learning:
    """A member writes (or rewrites) what they saw on a visit and will take home. The
    learning shows on the host unit's visitkort and makes a thread to it."""
    person = actor.person
    if not visit.is_done(timezone.localdate()):
        raise RoundError(_("I kan skrive, hvad I lærte, når besøget har fundet sted."))
    learning, _created = Learning.objects.update_or_create(
        visit=visit, person=person, defaults={"saw": saw, "take_home": take_home}
    )
    _refresh_visit_threads(visit)
    return learning


def _refresh_visit_threads(visit: Visit) -> None:
    units = set(visit.group.memberships.values_list("person__unit_id", flat=True))
    crosstraining_threads.refresh(visit.host_id, *units)
