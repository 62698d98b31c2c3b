"""`{% unit_learning unit %}`: on a visitkort, what leaders on a cross-training visit saw
at the unit and took home."""

from django import template

from traade.crosstraining.models import Learning, RoundStatus

register = template.Library()

SHOWN = 3  # the latest; the rest folded


@register.inclusion_tag("crosstraining/_unit_learning.html")
def unit_learning(unit):
    learnings = list(
        Learning.objects.filter(visit__host=unit, visit__group__round__status=RoundStatus.PUBLISHED)
        .select_related("person__unit", "visit__group__round")
        .order_by("-visit__date", "-created_at")
    )
    return {"unit": unit, "learnings": learnings[:SHOWN], "more": learnings[SHOWN:]}
