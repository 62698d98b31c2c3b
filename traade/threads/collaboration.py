"""The threads app's own kind of thread: a collaboration declared on a visitkort by one
unit and confirmed by the other ("Vi arbejder sammen med …")."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import registry
from .models import Collaboration, CollaborationStatus

KIND = "collaboration"


def collect(units):
    confirmed = Collaboration.objects.filter(status=CollaborationStatus.CONFIRMED)
    if units is not None:
        confirmed = confirmed.filter(Q(unit_id__in=units) | Q(partner_id__in=units))
    for pk, unit, partner, about, decided_at in confirmed.values_list(
        "pk", "unit_id", "partner_id", "about", "decided_at"
    ):
        yield registry.Found.between(
            unit,
            partner,
            source=f"collaboration-{pk}",
            date=timezone.localdate(decided_at) if decided_at else timezone.localdate(),
            label=_("Arbejder sammen: %(about)s") % {"about": about},
        )


def register() -> None:
    registry.register(
        registry.ThreadKind(name=KIND, label=_("Arbejder sammen"), collect=collect, order=10)
    )
