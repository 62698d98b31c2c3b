"""A member's visits as an iCalendar file (RFC 5545) for their own calendar."""

from __future__ import annotations

import datetime

import icalendar
from django.utils import timezone

from .models import Visit


def calendar(visits: list[Visit], *, host_name: str) -> bytes:
    """All-day events for the dated visits; the UID stays the same when a date moves, so
    a calendar that imports the file again updates the event instead of adding one."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Tråde//Krydstræning//DA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = timezone.now()
    for visit in visits:
        if visit.date is None:
            continue
        group = visit.group
        members = [m.person for m in group.memberships.all()]
        event = icalendar.Event()
        event.add("uid", f"krydstraening-{group.round.key}-{visit.pk}@{host_name}")
        event.add("dtstamp", stamp)
        event.add("dtstart", visit.date)
        event.add("dtend", visit.date + datetime.timedelta(days=1))
        event.add("summary", f"Krydstræning: besøg hos {visit.host.name}")
        if visit.host.address:
            event.add("location", visit.host.address)
        event.add(
            "description",
            f"{group.round.title}, gruppe {group.number}: "
            + ", ".join(f"{p.name} ({p.unit.name})" for p in members),
        )
        cal.add_component(event)
    return cal.to_ical()
