"""Search pages. A simple name search until the Find capability lands."""

from django.db.models import Q
from django.shortcuts import render

from traade.directory.models import Person, Unit


def results(request):
    query = request.GET.get("q", "").strip()[:200]
    units = people = []
    if query:
        units = Unit.objects.filter(Q(name__icontains=query)).select_related("area")[:50]
        people = Person.objects.filter(name__icontains=query).select_related("unit")[:50]
    return render(
        request,
        "search/results.html",
        {"query": query, "units": units, "people": people},
    )
