"""Search pages and the search API: validate the query string, search, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from traade import search

from . import registry
from .forms import MAX_PAGE, PAGE_SIZE, ApiSearchForm, HelpForm, SearchForm, kind_labels

FILTERS = ("q", "kind", "area", "status", "result")
PREVIEW_SIZE = 5
NEED_MISSING = "Skriv, hvad du har brug for hjælp til, fx «borgere med demens, der ikke vil i bad»."


def _link(params: dict, **changes) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v}
    return "?" + urlencode(merged)


def _partial(request) -> bool:
    """An htmx request that swaps part of the page (a history restore needs the whole)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


@require_GET
def results(request):
    form = SearchForm(request.GET)
    valid = form.is_valid()
    context = {
        "form": form,
        "query": "",
        "results": None,
        "partial": _partial(request),
        "notices": list(form.notices),
    }
    if valid and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        page = data["page"] or 1

        def run(page):
            return search.search(
                data["q"],
                user=request.user,
                kinds=[data["kind"]] if data["kind"] else None,
                area=data["area"] or None,
                status=data["status"] or None,
                result=data["result"] or None,
                limit=PAGE_SIZE,
                offset=(page - 1) * PAGE_SIZE,
                prefix=_partial(request),
            )

        found = run(min(page, MAX_PAGE))
        last_page = min(MAX_PAGE, max(1, -(-found.total // PAGE_SIZE)))
        if page > MAX_PAGE or (page > 1 and not found.hits):
            # Past the last page: show the last page that has results, and say so.
            requested, page = page, last_page
            found = run(page) if found.total else found
            if found.total:
                context["notices"].append(
                    f"Side {requested} findes ikke for denne søgning, "
                    f"så du ser den sidste side ({page})."
                )
        params = {k: data[k] for k in FILTERS if data.get(k)}
        area_names = dict(registry.areas())
        for hit in found.hits:
            hit.kind_label = registry.get(hit.kind).singular
            hit.area_name = area_names.get(hit.area, "")
        counted = found.facets_counted
        kind_facets = [
            {
                "label": label,
                "count": found.kind_counts.get(kind, 0) if counted else None,
                "selected": data["kind"] == kind,
                "url": _link(params, kind=kind if data["kind"] != kind else "", page=""),
            }
            for kind, label in kind_labels().items()
            if not counted or found.kind_counts.get(kind) or data["kind"] == kind
        ]
        # A broad query in a large index is not counted per area: offer every area.
        area_counts = found.area_counts if counted else dict.fromkeys(area_names)
        area_facets = sorted(
            (
                {
                    "label": area_names.get(key, key),
                    "count": count,
                    "selected": data["area"] == key,
                    "url": _link(params, area=key if data["area"] != key else "", page=""),
                }
                for key, count in area_counts.items()
                if key
            ),
            key=lambda f: (-(f["count"] or 0), f["label"]),
        )
        shown_to = (page - 1) * PAGE_SIZE + len(found.hits)
        context.update(
            query=data["q"].strip(),
            results=found,
            kind_facets=kind_facets,
            area_facets=area_facets,
            filtered=any(data.get(k) for k in ("kind", "area", "status", "result")),
            unfiltered_url=_link({"q": data["q"]}),
            word_links=[
                (w, _link({"q": w})) for w in data["q"].split() if len(data["q"].split()) > 1
            ][:6],
            suggestion_url=_link(params, q=found.suggestion or found.corrected_query, page=""),
            page=page,
            previous_url=_link(params, page=page - 1 if page > 2 else "") if page > 1 else "",
            next_url=_link(params, page=page + 1)
            if found.total > shown_to and page < MAX_PAGE
            else "",
            first_shown=(page - 1) * PAGE_SIZE + 1,
            last_shown=shown_to,
        )
    if _partial(request) and request.GET.get("preview"):
        if context["results"]:
            context["results"].hits = context["results"].hits[:PREVIEW_SIZE]
        return render(request, "search/_preview.html", context)
    template = "search/results.html#results" if _partial(request) else "search/results.html"
    return render(request, template, context)


@require_GET
def who_can_help(request):
    form = HelpForm(request.GET)
    helpers, need_error = None, ""
    if form.is_valid() and form.cleaned_data["need"].strip():
        helpers = search.who_can_help(form.cleaned_data["need"], user=request.user)
    elif "need" in request.GET:
        # Submitted empty (or too long): say what is missing, on the field.
        need_error = form.errors.get("need", [NEED_MISSING])[0]
        form.fields["need"].widget.attrs.update(
            {"aria-invalid": "true", "aria-describedby": "need-error need-help"}
        )
    template = (
        "search/who_can_help.html#helpers" if _partial(request) else "search/who_can_help.html"
    )
    return render(request, template, {"form": form, "helpers": helpers, "need_error": need_error})


@login_not_required
@require_GET
def api(request):
    """`GET /api/search?q=…&kind=…&area=…&limit=…`: the JSON of `traade search --json`."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "authentication required"}, status=401)
    form = ApiSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"error": form.first_error()}, status=400)
    data = form.cleaned_data
    found = search.search(
        data["q"],
        user=request.user,
        kinds=data["kind"] or None,
        area=data["area"] or None,
        limit=data["limit"] or 20,
        facets=True,
    )
    return JsonResponse(found.as_json(), json_dumps_params={"ensure_ascii": False})
