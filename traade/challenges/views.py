"""Read-only pages for udfordringer: the list with filters and one challenge."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import render

from . import access
from .forms import ChallengeFilterForm

PAGE_SIZE = 20


def challenge_list(request):
    form = ChallengeFilterForm(request.GET or None)
    challenges = (
        form.filter(access.challenges_for_user(request.user))
        .select_related("unit", "unit__area")
        .annotate(response_count=Count("responses"))
        .order_by("-posted", "title")
    )
    page = Paginator(challenges, PAGE_SIZE).get_page(request.GET.get("side"))
    return render(
        request,
        # Changing a filter with htmx swaps in the list alone.
        "challenges/challenge_list.html#results"
        if request.htmx
        else "challenges/challenge_list.html",
        {"form": form, "page": page, "nav": "challenges"},
    )


def challenge_detail(request, key):
    challenge = access.get_challenge_for_user(request.user, key)
    responses = challenge.responses.select_related("unit", "unit__area", "person", "person__unit")
    return render(
        request,
        "challenges/challenge_detail.html",
        {"challenge": challenge, "responses": list(responses), "nav": "challenges"},
    )
