"""The front page's panel: collaborations waiting for the person's answer."""

from __future__ import annotations

from traade.directory import homepage
from traade.directory.access import editable_units

from .models import Collaboration, CollaborationStatus


def waiting_panel(request, *, unit):
    waiting = list(
        Collaboration.objects.filter(
            partner__in=editable_units(request.user), status=CollaborationStatus.PENDING
        )
        .select_related("unit", "partner")
        .order_by("declared_at")[:10]
    )
    if not waiting:
        return None
    return "threads/_home_panel.html", {"waiting": waiting}


def register() -> None:
    homepage.register(waiting_panel)
