"""The shape of a profile: the building blocks for the visitkort of one kind of unit."""


def P(
    *,
    desc: list[str],
    knowledge: list[str],
    tasks: list[str] = (),
    offers: list[str] = (),
    more: list[str] = (),
    kle: list[str] = (),
    staff: list[str] = ("Konsulent",),
    leader: str = "Leder",
    deputy: str = "",
    size: int = 4,
    n: tuple[int, int] = (0, 0),
    address: str = "",
) -> dict:
    """One profile.

    desc: opening sentences; a unit gets one (units sharing a profile get different ones).
        They may use {name}, {town} and {n} (a number drawn from `n`).
    more: further sentences, of which units sharing a profile get zero to two.
    knowledge: særlig viden, short phrases.
    tasks: "Title | description" strings.
    offers: what the unit offers others (tilbud).
    staff: job titles, repeated to weight them.
    leader/deputy: the leader's title, and the deputy's for larger units.
    size: relative number of employees.
    address: street and number, when the texts say where the unit is.
    """
    return {
        "desc": list(desc),
        "more": list(more),
        "knowledge": list(knowledge),
        "tasks": [tuple(part.strip() for part in task.split("|", 1)) for task in tasks],
        "offers": list(offers),
        "kle": list(kle),
        "staff": list(staff),
        "leader": leader,
        "deputy": deputy,
        "size": size,
        "n": n,
        "address": address,
    }


def E(
    key: str,
    profile: str,
    state: str,
    title: str,
    *,
    why: str,
    what: str,
    learning: str = "",
    tags: list[str] = (),
    partners: list[str] = (),
    also: list[str] = (),
) -> dict:
    """One prøvehandling. `state` is "status result phase", e.g. "done partly test"."""
    status, result, phase = state.split()
    return {
        "key": key,
        "profile": profile,
        "status": status,
        "result": result,
        "phase": phase,
        "title": title,
        "why": why,
        "what": what,
        "learning": learning,
        "tags": list(tags),
        "partners": list(partners),
        "also": list(also),
    }


def C(
    key: str,
    profile: str,
    status: str,
    age: int,
    title: str,
    description: str,
    responses: list[tuple[str, str]],
) -> dict:
    """One udfordring, posted about `age` days ago; responses are (profile, text)."""
    return {
        "key": key,
        "profile": profile,
        "status": status,
        "age": age,
        "title": title,
        "description": description,
        "responses": list(responses),
    }
