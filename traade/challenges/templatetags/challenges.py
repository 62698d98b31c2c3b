"""`{% challenges_for_us %}` ("Udfordringer til os" on the front page) and
`{% has_helped unit %}` ("Har hjulpet" on a visitkort)."""

from django import template

from traade.challenges.models import Challenge
from traade.challenges.services import challenges_for_unit

register = template.Library()

SHOWN = 5
SHOWN_HELPED = 10


@register.inclusion_tag("challenges/_for_us.html", takes_context=True)
def challenges_for_us(context):
    person = getattr(context["request"].user, "person", None)
    if person is None:
        return {"challenges": [], "total": 0}
    challenges = challenges_for_unit(person.unit).select_related("unit", "unit__area")
    return {
        "challenges": list(challenges.order_by("-posted", "-pk")[:SHOWN]),
        "total": challenges.count(),
        "unit": person.unit,
    }


@register.inclusion_tag("challenges/_helped.html")
def has_helped(unit):
    """ "Har hjulpet" on a visitkort: challenges where the poster marked the unit's answer
    as useful."""
    challenges = (
        Challenge.objects.filter(responses__unit=unit, responses__useful=True)
        .select_related("unit")
        .distinct()
        .order_by("-posted", "title")
    )
    return {"helped": list(challenges[:SHOWN_HELPED])}
