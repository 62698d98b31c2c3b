"""`{% unit_threads unit %}`: "Vi har tråde til …" on a visitkort, with the
collaborations waiting for the unit's answer (for its leaders and editors)."""

from django import template

from traade.directory.access import can_edit_unit
from traade.threads import collaboration
from traade.threads.mapdata import threads_of
from traade.threads.models import Collaboration, CollaborationStatus

register = template.Library()


@register.inclusion_tag("threads/_unit_threads.html", takes_context=True)
def unit_threads(context, unit):
    user = context["request"].user
    can_edit = can_edit_unit(user, unit)
    pending = Collaboration.objects.filter(status=CollaborationStatus.PENDING).select_related(
        "unit", "partner"
    )
    rows = threads_of(unit)
    if can_edit:  # the unit's leaders and editors can end a collaboration from here
        for row in rows:
            for reason in row["reasons"]:
                if reason.kind == collaboration.KIND:
                    reason.collaboration_pk = int(reason.source.rsplit("-", 1)[1])
    return {
        "unit": unit,
        "rows": rows,
        "can_edit": can_edit,
        "waiting": list(pending.filter(partner=unit)) if can_edit else [],
        "asked": list(pending.filter(unit=unit)) if can_edit else [],
        "csrf_token": context.get("csrf_token"),
        "request": context["request"],
    }
