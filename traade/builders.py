"""Small builders for records, shared by the tests and the demo generator.

Each takes keyword overrides and fills the rest with plain defaults.
"""

from __future__ import annotations

import itertools

from traade.accounts.models import User
from traade.challenges.models import Challenge, Response
from traade.directory.models import Area, Person, Task, Unit
from traade.experiments.models import Experiment

_counter = itertools.count(1)


def _n() -> int:
    return next(_counter)


def make_area(**overrides) -> Area:
    n = _n()
    values = {"key": f"area-{n}", "name": f"Område {n}"}
    values.update(overrides)
    return Area.objects.create(**values)


def make_unit(**overrides) -> Unit:
    n = _n()
    if "area" not in overrides:
        overrides["area"] = overrides["parent"].area if overrides.get("parent") else make_area()
    values = {"key": f"u-{n}", "name": f"Enhed {n}", "kind": "afdeling"}
    values.update(overrides)
    return Unit.objects.create(**values)


def make_task(**overrides) -> Task:
    values = {"title": f"Opgave {_n()}"}
    values.update(overrides)
    if "unit" not in values:
        values["unit"] = make_unit()
    return Task.objects.create(**values)


def make_user(username: str | None = None, *, password: str = "pw", **overrides) -> User:
    username = username or f"user{_n()}"
    return User.objects.create_user(username=username, password=password, **overrides)


def make_person(**overrides) -> Person:
    n = _n()
    values = {"key": f"p-{n}", "name": f"Person {n}"}
    values.update(overrides)
    if "unit" not in values:
        values["unit"] = make_unit()
    return Person.objects.create(**values)


def make_experiment(*, units: list[Unit] | None = None, **overrides) -> Experiment:
    n = _n()
    values = {"key": f"e-{n}", "title": f"Prøvehandling {n}"}
    values.update(overrides)
    experiment = Experiment.objects.create(**values)
    experiment.units.set(units or [make_unit()])
    return experiment


def make_challenge(*, responses: list[dict] | None = None, **overrides) -> Challenge:
    n = _n()
    values = {"key": f"c-{n}", "title": f"Udfordring {n}", "description": "Hvordan gør vi?"}
    values.update(overrides)
    if "unit" not in values:
        values["unit"] = make_unit()
    challenge = Challenge.objects.create(**values)
    for position, response in enumerate(responses or []):
        Response.objects.create(challenge=challenge, position=position, **response)
    return challenge
