"""`{% challenges_for_us %}`: "Udfordringer til os" on the front page."""

from django import template

from traade.challenges.services import challenges_for_unit

register = template.Library()

SHOWN = 5


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
