"""The front page's panel: collaborations waiting for the person's answer."""

from __future__ import annotations

from traade.directory import homepage
from traade.directory.access import editable_units

from .models import Collaboration, CollaborationStatus

SHOWN = 10  # the oldest; the rest are on the units' visitkort


def waiting_panel(request, *, unit):
    pending = Collaboration.objects.filter(
        partner__in=editable_units(request.user), status=CollaborationStatus.PENDING
    )
    waiting = list(pending.select_related("unit", "partner").order_by("declared_at")[:SHOWN])
    if not waiting:
        return None
    more = pending.count() - SHOWN if len(waiting) == SHOWN else 0
    return "threads/_home_panel.html", {"waiting": waiting, "more": max(more, 0)}


def register() -> None:
    homepage.register(waiting_panel)
