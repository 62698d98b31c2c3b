"""Validation of the exchange format (`traade/1`, see docs/exchange.md).

`validate(data, existing=…)` checks a whole document and returns the normalised
records together with every problem found, each with its location: a JSON path
such as `units[12].area` or, for spreadsheets, `row 14, column "parent"`.
Nothing here touches the database; the importer passes in the keys that already
exist so that references to records outside the file are accepted.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone

from traade.challenges.models import Challenge, ChallengeStatus
from traade.directory.models import Area, Organisation, Person, Task, Unit, UnitKind
from traade.directory.services import clean_phrases
from traade.experiments.models import (
    Effect,
    Experiment,
    ExperimentResult,
    ExperimentStatus,
    Indicator,
    InnovationKind,
    Phase,
    Snapshot,
    TriedToo,
)

FORMAT = "traade/1"
SECTIONS = ("areas", "units", "people", "experiments", "challenges")
TOP_LEVEL = ("format", "organisation", *SECTIONS)
# Which section a reference points into, by the name used in messages.
NOUN = {"areas": "area", "units": "unit", "people": "person", "experiments": "experiment"}

KEY_RE = re.compile(r"[^\s/]+")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
KLE_RE = re.compile(r"\d{2}(\.\d{2}){0,2}")
_email_validator = EmailValidator()
# Ordinary addresses (a subset of what EmailValidator accepts), checked without the
# cost of the full validator; anything else goes to EmailValidator.
_PLAIN_EMAIL_RE = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


# At most this many problems are kept and reported; the rest are only counted, so that a
# file with a million bad rows neither fills the memory nor buries the first problems.
MAX_PROBLEMS = 100
# Values longer than this are shortened in messages (a 400-digit value is not repeated).
SHOWN_LENGTH = 40


def shown(value) -> str:
    """`value` as it is quoted in a message: its repr, shortened to about 40 characters."""
    if isinstance(value, str):
        if len(value) <= SHOWN_LENGTH:
            return repr(value)
        return repr(value[: SHOWN_LENGTH - 10] + "…")
    text = repr(value)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 10] + "…"


class LongNumber(float):
    """A JSON number too long to convert (Python refuses integers of more than 4,300
    digits). No field of the format takes a number, so it is reported like any number in
    the wrong place, with its first digits."""

    def __new__(cls, digits: str):
        number = super().__new__(cls, "nan")
        number.digits = digits
        return number

    def __repr__(self) -> str:
        return self.digits[:20] + "…"


class Problems(list):
    """A list of problems that keeps the first MAX_PROBLEMS and counts all (`total`)."""

    def __init__(self, problems=(), *, limit: int = MAX_PROBLEMS):
        super().__init__()
        self.limit = limit
        self.total = 0
        self.extend(problems)

    def append(self, problem) -> None:
        self.total += 1
        if len(self) < self.limit:
            super().append(problem)

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)


def invisible_character(value: str) -> str | None:
    """The first control or formatting character in `value` (such as U+202E, which turns
    text right to left), written U+XXXX; None if there is none."""
    for character in value:
        if unicodedata.category(character) in {"Cc", "Cf", "Zl", "Zp", "Co", "Cs"}:
            return f"U+{ord(character):04X}"
    return None


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, and where."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class Locator:
    """Turns (section, index, field, *sub) into a JSON path such as `units[3].tasks[0].until`."""

    def __call__(self, section: str, index: int | None = None, *parts) -> str:
        path = section
        if index is not None:
            path += f"[{index}]"
        for part in parts:
            path += f"[{part}]" if isinstance(part, int) else f".{part}"
        return path


class Invalid(Exception):
    """Raised by a field check: a list of (sub-path, message) pairs."""

    def __init__(self, message: str | None = None, *, errors: list | None = None):
        super().__init__(message)
        self.errors = errors if errors is not None else [((), message)]


@dataclass
class Existing:
    """Keys already in the database, so that references to them are valid."""

    areas: set[str] = field(default_factory=set)
    units: dict[str, str | None] = field(default_factory=dict)  # key -> parent key
    people: set[str] = field(default_factory=set)
    experiments: set[str] = field(default_factory=set)


class Context:
    def __init__(self, existing: Existing):
        self.existing = existing
        self.file_keys: dict[str, dict[str, int]] = {section: {} for section in SECTIONS}

    def has(self, section: str, key: str) -> bool:
        return key in self.file_keys[section] or key in getattr(self.existing, section)


# Field checks. Each takes the raw value and the context and returns the normalised
# value or raises Invalid.


def _type_name(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return {
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


class Field:
    required = False
    empty = ""
    # Fields added by an extension of the format: absent from a record, the stored value
    # is kept (so that files written before the extension leave it alone).
    kept_when_absent = False

    def default(self):
        return self.empty

    def check(self, value, ctx: Context):
        raise NotImplementedError


# PostgreSQL cannot store the NUL character, and no person types it: refuse it everywhere.
NUL_MESSAGE = "must not contain the NUL character (\\u0000)"


class Text(Field):
    def __init__(self, model=None, name: str = "", *, required: bool = False):
        self.required = required
        self.max_length = _max_length(model, name) if model is not None else None

    def check(self, value, ctx):
        if not isinstance(value, str):
            raise Invalid(f"must be text, not {_type_name(value)}")
        if "\x00" in value:
            raise Invalid(NUL_MESSAGE)
        value = value.strip()
        if self.required and not value:
            raise Invalid("must not be empty")
        if self.max_length and len(value) > self.max_length:
            raise Invalid(f"is too long ({len(value)} characters, at most {self.max_length})")
        return value


class Key(Text):
    required = True

    def __init__(self):
        self.required = True
        self.max_length = _max_length(Unit, "key")

    def check(self, value, ctx):
        value = super().check(value, ctx)
        if not KEY_RE.fullmatch(value):
            raise Invalid(f"key {shown(value)} must not contain spaces or '/'")
        character = invisible_character(value)
        if character:
            raise Invalid(
                f"key {shown(value)} contains the invisible control character {character}; "
                "keys must not contain control characters"
            )
        return value


class Email(Text):
    def __init__(self):
        self.required = False
        self.max_length = 254

    def check(self, value, ctx):
        value = super().check(value, ctx)
        if value and not _PLAIN_EMAIL_RE.fullmatch(value):
            try:
                _email_validator(value)
            except ValidationError:
                raise Invalid(f"{shown(value)} is not a valid e-mail address") from None
        return value


class Choice(Field):
    def __init__(self, choices, default=""):
        self.values = [value for value, _label in choices.choices]
        self.empty = default

    def check(self, value, ctx):
        if value in (None, "") and self.empty == "":
            return ""
        if not isinstance(value, str) or value not in self.values:
            allowed = ", ".join(self.values)
            raise Invalid(f"must be one of {allowed}, not {shown(value)}")
        return value


class Bool(Field):
    empty = False

    def check(self, value, ctx):
        if not isinstance(value, bool):
            raise Invalid(
                f"must be true or false (in a spreadsheet also ja or nej), not {shown(value)}"
            )
        return value


class Date(Field):
    empty = None

    def check(self, value, ctx):
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not DATE_RE.fullmatch(value):
            raise Invalid(f"must be a date written YYYY-MM-DD, not {shown(value)}")
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise Invalid(f"{shown(value)} is not a real date") from None


class PastDate(Date):
    """A date that is not after today (a unit's `updated`)."""

    def check(self, value, ctx):
        date = super().check(value, ctx)
        if date and date > timezone.localdate():
            raise Invalid(f"{shown(value)} is in the future")
        return date


class Phrases(Field):
    """A list of short phrases; trimmed, empties and repeats dropped."""

    pattern: re.Pattern | None = None
    what = "phrase"

    def default(self):
        return []

    def check(self, value, ctx):
        if not isinstance(value, list):
            raise Invalid(f"must be a list of text, not {_type_name(value)}")
        errors = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                errors.append(((i,), f"must be text, not {_type_name(item)}"))
            elif "\x00" in item:
                errors.append(((i,), NUL_MESSAGE))
            elif len(item) > 300:
                errors.append(((i,), f"is too long ({len(item)} characters, at most 300)"))
            elif self.pattern is not None and not self.pattern.fullmatch(item.strip()):
                errors.append(((i,), f"{shown(item)} is not a {self.what}"))
        if errors:
            raise Invalid(errors=errors)
        return clean_phrases(value)


class Kle(Phrases):
    pattern = KLE_RE
    what = "KLE number (such as 27.12 or 27.12.04)"


class Number(Field):
    """A JSON number (or a decimal number as text), kept as a Decimal with two decimals."""

    empty = None
    LIMIT = Decimal(10) ** 12

    def __init__(self, *, required: bool = False):
        self.required = required

    def check(self, value, ctx):
        if isinstance(value, str) and value.strip():
            text = value.strip()
        elif isinstance(value, int | float) and not isinstance(value, bool | LongNumber):
            text = repr(value)
        else:
            raise Invalid(f"must be a number, not {_type_name(value)}")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise Invalid(f"{shown(value)} is not a number") from None
        if not number.is_finite() or abs(number) >= self.LIMIT:
            raise Invalid(f"{shown(value)} is not a number below a million millions")
        return number.quantize(Decimal("0.01"))


class Choices(Field):
    """A list of choice values (an experiment's effects); repeats dropped."""

    def __init__(self, choices):
        self.values = [value for value, _label in choices.choices]

    def default(self):
        return []

    def check(self, value, ctx):
        if not isinstance(value, list):
            raise Invalid(f"must be a list, not {_type_name(value)}")
        allowed = ", ".join(self.values)
        errors = [
            ((i,), f"must be one of {allowed}, not {shown(item)}")
            for i, item in enumerate(value)
            if item not in self.values
        ]
        if errors:
            raise Invalid(errors=errors)
        return [v for v in self.values if v in value]


class Ref(Field):
    """A key of a record in `section`, in the file or already in the database."""

    empty = None

    def __init__(self, section: str, *, required: bool = False):
        self.section = section
        self.required = required

    def check(self, value, ctx):
        if isinstance(value, str):
            value = value.strip()
        if value in (None, ""):
            if self.required:
                raise Invalid("must not be empty")
            return None
        if not isinstance(value, str):
            raise Invalid(f"must be a {NOUN[self.section]} key, not {_type_name(value)}")
        if not ctx.has(self.section, value):
            raise Invalid(f"unknown {NOUN[self.section]} key {shown(value)}")
        return value


class Refs(Field):
    """One or more unit keys."""

    def __init__(self, section: str):
        self.section = section
        self.required = True

    def check(self, value, ctx):
        if not isinstance(value, list):
            raise Invalid(f"must be a list of {NOUN[self.section]} keys, not {_type_name(value)}")
        if not value:
            raise Invalid(f"must name at least one {NOUN[self.section]}")
        errors, keys = [], []
        ref = Ref(self.section, required=True)
        for i, item in enumerate(value):
            try:
                key = ref.check(item, ctx)
            except Invalid as problem:
                errors.extend(((i, *sub), message) for sub, message in problem.errors)
            else:
                if key not in keys:
                    keys.append(key)
        if errors:
            raise Invalid(errors=errors)
        return keys


class Nested(Field):
    """A list of small objects without keys (a unit's tasks, a challenge's responses)."""

    fields: dict[str, Field] = {}

    def default(self):
        return []

    def check(self, value, ctx):
        if not isinstance(value, list):
            raise Invalid(f"must be a list, not {_type_name(value)}")
        errors, items = [], []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                errors.append(((i,), f"must be an object, not {_type_name(item)}"))
                continue
            normalised, item_errors = check_fields(item, self.fields, ctx, partial=False)
            item_errors.extend(self.check_item(item))
            errors.extend(((i, *sub), message) for sub, message in item_errors)
            items.append(self.as_tuple(normalised))
        if errors:
            raise Invalid(errors=errors)
        return items

    def check_item(self, raw: dict) -> list:
        return []

    def as_tuple(self, item: dict) -> tuple:
        return tuple(item.get(name) for name in self.fields)


class Tasks(Nested):
    """Stored as (title, description, until) tuples."""

    fields = {
        "title": Text(Task, "title", required=True),
        "description": Text(),
        "until": Date(),
    }


class Responses(Nested):
    """Stored as (unit, person, text, useful) tuples; `useful` (marked useful by the
    poster) extends the specification, see docs/exchange.md."""

    fields = {
        "unit": Ref("units"),
        "person": Ref("people"),
        "text": Text(required=True),
        "useful": Bool(),
    }

    def check_item(self, raw):
        if not raw.get("unit") and not raw.get("person"):
            return [((), "needs a unit or a person (or both)")]
        return []


class Snapshots(Nested):
    """Stored as (date, value, note) tuples, by date."""

    fields = {"date": Date(), "value": Number(required=True), "note": Text(Snapshot, "note")}

    def check_item(self, raw):
        return [] if raw.get("date") else [(("date",), "is required")]

    def check(self, value, ctx):
        items = super().check(value, ctx)
        dates = [item[0] for item in items]
        if len(set(dates)) != len(dates):
            raise Invalid("has two snapshots on the same date")
        return sorted(items, key=lambda item: item[0])


class Indicators(Nested):
    """Stored as (name, measure, baseline_value, baseline_date, snapshots) tuples."""

    fields = {
        "name": Text(Indicator, "name", required=True),
        "measure": Text(Indicator, "measure"),
        "baseline_value": Number(required=True),
        "baseline_date": Date(),
        "snapshots": Snapshots(),
    }

    def check_item(self, raw):
        return [] if raw.get("baseline_date") else [(("baseline_date",), "is required")]

    def check(self, value, ctx):
        items = super().check(value, ctx)
        errors = [
            ((i, "snapshots"), f"has a snapshot before baseline_date ({baseline.isoformat()})")
            for i, (_name, _measure, _value, baseline, snapshots) in enumerate(items)
            if baseline and snapshots and snapshots[0][0] < baseline
        ]
        if errors:
            raise Invalid(errors=errors)
        return items


class TriedTooNotes(Nested):
    """ "Vi har også prøvet det": stored as (unit, note, result) tuples, by unit."""

    fields = {
        "unit": Ref("units", required=True),
        "note": Text(TriedToo, "note", required=True),
        "result": Choice(ExperimentResult, default=ExperimentResult.UNKNOWN.value),
    }

    def check(self, value, ctx):
        items = super().check(value, ctx)
        units = [item[0] for item in items]
        if len(set(units)) != len(units):
            raise Invalid("names a unit twice (one note per unit)")
        return sorted(items)


def _extension(spec: Field) -> Field:
    spec.kept_when_absent = True
    return spec


RECORDS: dict[str, dict[str, Field]] = {
    "organisation": {
        "name": Text(Organisation, "name", required=True),
        "municipality_code": Text(Organisation, "municipality_code"),
    },
    "areas": {"key": Key(), "name": Text(Area, "name", required=True)},
    "units": {
        "key": Key(),
        "name": Text(Unit, "name", required=True),
        "kind": Choice(UnitKind, default=UnitKind.AFDELING.value),
        "area": Ref("areas", required=True),
        "parent": Ref("units"),
        "description": Text(),
        "address": Text(Unit, "address"),
        "email": Email(),
        "phone": Text(Unit, "phone"),
        "knowledge": Phrases(),
        "tasks": Tasks(),
        "offers": Phrases(),
        "kle": Kle(),
        # When the visitkort was last updated (an extension of the specification, see
        # docs/exchange.md): absent means "now" for new and changed units.
        "updated": PastDate(),
    },
    "people": {
        "key": Key(),
        "name": Text(Person, "name", required=True),
        "title": Text(Person, "title"),
        "unit": Ref("units", required=True),
        "email": Email(),
        "phone": Text(Person, "phone"),
        "is_leader": Bool(),
        "expertise": Phrases(),
    },
    "experiments": {
        "key": Key(),
        "title": Text(Experiment, "title", required=True),
        "why": Text(),
        "what": Text(),
        "status": Choice(ExperimentStatus, default=ExperimentStatus.IDEA.value),
        "result": Choice(ExperimentResult, default=ExperimentResult.UNKNOWN.value),
        "learning": Text(),
        "units": Refs("units"),
        "contact": Ref("people"),
        "phase": Choice(Phase),
        "started": Date(),
        "ended": Date(),
        "tags": Phrases(),
        "partners": Phrases(),
        # Extensions (docs/exchange.md): kept as stored when absent from a record.
        "innovation_kind": _extension(Choice(InnovationKind)),
        "idea_source": _extension(Text(Experiment, "idea_source")),
        "effects": _extension(Choices(Effect)),
        "spread_from": _extension(Ref("experiments")),
        "indicators": _extension(Indicators()),
        "tried_too": _extension(TriedTooNotes()),
    },
    "challenges": {
        "key": Key(),
        "title": Text(Challenge, "title", required=True),
        "description": Text(required=True),
        "unit": Ref("units", required=True),
        "status": Choice(ChallengeStatus, default=ChallengeStatus.OPEN.value),
        "posted": Date(),
        "responses": Responses(),
        # Extensions of the specification (see docs/exchange.md); absent means empty.
        "what_if": Text(Challenge, "what_if"),
        "deadline": Date(),
        "summary": Text(Challenge, "summary"),
    },
}


def check_fields(raw: dict, fields: dict[str, Field], ctx: Context, *, partial: bool):
    """Check one record; returns (normalised, [(sub-path, message)])."""
    errors: list = []
    normalised: dict = {}
    for name, value in raw.items():
        spec = fields.get(name)
        if spec is None:
            errors.append(((name,), f"unknown field {shown(name)}"))
            continue
        if value is None and not spec.required:
            normalised[name] = spec.default()
            continue
        try:
            normalised[name] = spec.check(value, ctx)
        except Invalid as problem:
            errors.extend(((name, *sub), message) for sub, message in problem.errors)
    for name, spec in fields.items():
        if name in raw:
            continue
        if spec.required:
            errors.append(((name,), "is required"))
        elif not partial and not spec.kept_when_absent:
            normalised[name] = spec.default()
    return normalised, errors


@dataclass
class Validated:
    """The normalised document: records per section, each a dict of checked values."""

    organisation: dict | None = None
    sections: dict[str, list[dict]] = field(default_factory=lambda: {s: [] for s in SECTIONS})


def validate(
    data,
    *,
    existing: Existing | None = None,
    partial: bool = False,
    locate: Callable[..., str] | None = None,
    consume: bool = False,
) -> tuple[Validated, list[Problem]]:
    """Check a whole document. `partial` (spreadsheets): fields that are absent stay as
    they are in the database instead of being reset to their defaults. `consume`: drop
    each raw record from `data` once it is checked, to save memory on big files."""
    existing = existing or Existing()
    locate = locate or Locator()
    problems = Problems()
    result = Validated()
    if not isinstance(data, dict):
        return result, [Problem("", f"the file must hold a JSON object, not {_type_name(data)}")]

    for name in data:
        if name not in TOP_LEVEL:
            problems.append(Problem(locate(name), f"unknown top-level field {shown(name)}"))
    if "format" not in data:
        problems.append(Problem(locate("format"), f'is required (write "format": "{FORMAT}")'))
    elif data["format"] != FORMAT:
        problems.append(
            Problem(locate("format"), f"must be {FORMAT!r}, not {shown(data['format'])}")
        )

    ctx = Context(existing)
    raw_sections: dict[str, list] = {}
    for section in SECTIONS:
        records = data.get(section, [])
        if records is None:
            records = []
        if not isinstance(records, list):
            problems.append(Problem(locate(section), f"must be a list, not {_type_name(records)}"))
            records = []
        raw_sections[section] = records
        _collect_keys(section, records, ctx, problems, locate)

    organisation = data.get("organisation")
    if organisation is not None:
        if not isinstance(organisation, dict):
            problems.append(
                Problem(
                    locate("organisation"), f"must be an object, not {_type_name(organisation)}"
                )
            )
        else:
            normalised, errors = check_fields(
                organisation, RECORDS["organisation"], ctx, partial=partial
            )
            problems.extend(Problem(locate("organisation", None, *sub), m) for sub, m in errors)
            result.organisation = normalised

    for section in SECTIONS:
        fields = RECORDS[section]
        out = result.sections[section]
        raw_records = raw_sections[section]
        for index, raw in enumerate(raw_records):
            if consume:
                raw_records[index] = None
            if not isinstance(raw, dict):
                continue  # reported by _collect_keys
            normalised, errors = check_fields(raw, fields, ctx, partial=partial)
            if section == "experiments":
                errors.extend(_check_experiment_dates(normalised))
            if errors:
                problems.extend(Problem(locate(section, index, *sub), m) for sub, m in errors)
            normalised["_index"] = index
            out.append(normalised)

    problems.extend(_parent_cycles(result.sections["units"], existing, locate))
    return result, problems


def _collect_keys(section, records, ctx: Context, problems, locate) -> None:
    """First pass: every record's key, so that references can point forward in the file."""
    seen = ctx.file_keys[section]
    for index, raw in enumerate(records):
        if not isinstance(raw, dict):
            problems.append(
                Problem(locate(section, index), f"must be an object, not {_type_name(raw)}")
            )
            continue
        key = raw.get("key")
        if not isinstance(key, str) or not key.strip():
            continue  # reported with the record's other fields
        key = key.strip()
        if key in seen:
            first = locate(section, seen[key])
            problems.append(
                Problem(
                    locate(section, index, "key"), f"duplicate key {shown(key)} (also at {first})"
                )
            )
        else:
            seen[key] = index


def _check_experiment_dates(record: dict) -> list:
    if record.get("spread_from") and record.get("spread_from") == record.get("key"):
        return [(("spread_from",), "names the experiment itself")]
    started, ended = record.get("started"), record.get("ended")
    if started and ended and ended < started:
        return [(("ended",), f"is before started ({started.isoformat()})")]
    return []


def _parent_cycles(units: list[dict], existing: Existing, locate) -> Iterable[Problem]:
    """Units whose chain of parents leads back to themselves, in the file and database together."""
    parents = dict(existing.units)
    positions = {}
    for record in units:
        key = record.get("key")
        if not isinstance(key, str):
            continue
        positions.setdefault(key, record["_index"])
        if "parent" in record:
            parents[key] = record["parent"]
    done: set[str] = set()
    problems = []
    for key in positions:
        chain: list[str] = []
        on_chain: set[str] = set()
        node = key
        while node is not None and node not in done:
            if node in on_chain:
                cycle = chain[chain.index(node) :] + [node]
                first = min(cycle[:-1], key=lambda k: positions.get(k, len(positions)))
                if first in positions:
                    start = cycle.index(first)
                    shown = cycle[start:-1] + cycle[:start] + [first]
                    problems.append(
                        Problem(
                            locate("units", positions[first], "parent"),
                            "the parents form a cycle: " + " → ".join(shown),
                        )
                    )
                break
            chain.append(node)
            on_chain.add(node)
            node = parents.get(node)
        done.update(chain)
    return problems
