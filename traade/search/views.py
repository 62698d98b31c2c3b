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
from .now import split_now

FILTERS = ("q", "kind", "area", "status", "result")
PREVIEW_SIZE = 5
NOW_SIZE = 3  # current tasks above the mixed results
NOW_WITHOUT_WORDS = "Skriv også, hvad opgaverne skal handle om, fx »demens lige nu«."
NEED_MISSING = "Skriv, hvad du har brug for hjælp til, fx »borgere med demens, der ikke vil i bad«."


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
        # A changed type brings its own status and result fields (htmx swaps them in).
        "swap_kind_filters": form.kind_changed,
    }
    if valid and form.cleaned_data["q"].strip():
        context.update(_search(request, form.cleaned_data, context["notices"]))
    if _partial(request) and request.GET.get("preview"):
        if context["results"]:
            context["results"].hits = context["results"].hits[:PREVIEW_SIZE]
        return render(request, "search/_preview.html", context)
    template = "search/results.html#results" if _partial(request) else "search/results.html"
    return render(request, template, context)


def _search(request, data: dict, notices: list) -> dict:
    """Search for the page's query and build what the results template shows."""
    text, kind, status = data["q"], data["kind"], data["status"]
    now_kind = registry.now_kind()
    asked_now = False
    if now_kind is not None:
        # "Hvem arbejder med demens lige nu?": current tasks about "demens".
        rest, asked_now = split_now(text)
        if asked_now:
            text = rest
            kind = kind or now_kind.name
            if kind == now_kind.name and not status:
                status = now_kind.now_status
    if not text.strip():
        notices.append(NOW_WITHOUT_WORDS)
        return {}
    params = {k: data[k] for k in FILTERS if data.get(k)}
    if asked_now:
        # The links go on from what was searched, not from the words "lige nu".
        params.update(q=text, kind=kind, status=status)
        params = {k: v for k, v in params.items() if v}
    page = data["page"] or 1

    def run(page, **overrides):
        options = {
            "kinds": [kind] if kind else None,
            "area": data["area"] or None,
            "status": status or None,
            "result": data["result"] or None,
            "limit": PAGE_SIZE,
            "offset": (page - 1) * PAGE_SIZE,
            "prefix": _partial(request),
        }
        return search.search(text, user=request.user, **{**options, **overrides})

    found = run(min(page, MAX_PAGE))
    last_page = min(MAX_PAGE, max(1, -(-found.total // PAGE_SIZE)))
    if page > MAX_PAGE or (page > 1 and not found.hits):
        # Past the last page: show the last page that has results, and say so.
        requested, page = page, last_page
        found = run(page) if found.total else found
        if found.total:
            notices.append(
                f"Side {requested} findes ikke for denne søgning, "
                f"så du ser den sidste side ({page})."
            )
    # What is going on now (current tasks): a block above the mixed results, and a
    # facet. Not when a status or result filter of another kind is chosen, nor when
    # nothing was found (the page then shows no facets).
    now_found, now_selected = None, False
    if now_kind is not None:
        now_selected = kind == now_kind.name and status == now_kind.now_status
        if now_selected:
            now_found = found
        elif found.total and not (data["result"] or (status and kind != now_kind.name)):
            now_found = run(
                1,
                kinds=[now_kind.name],
                status=now_kind.now_status,
                result=None,
                limit=NOW_SIZE,
                offset=0,
                by_meaning=False,
            )
    area_names = dict(registry.areas())
    _describe(found.hits, area_names)
    counted = found.facets_counted
    kind_facets = [
        {
            "label": label,
            "count": found.kind_counts.get(name, 0) if counted else None,
            "selected": kind == name,
            # Another kind: the status and result filters of this one do not apply.
            "url": _link(params, kind=name if kind != name else "", status="", result="", page=""),
        }
        for name, label in kind_labels().items()
        if (now_kind is None or name != now_kind.name)
        and (not counted or found.kind_counts.get(name) or kind == name)
    ]
    now_count = None
    if now_found is not None:
        now_count = now_found.total if now_found.facets_counted else None
        if now_count or now_count is None or now_selected:
            kind_facets.append(
                {
                    "label": now_kind.now_label,
                    "count": now_count,
                    "selected": now_selected,
                    "url": _link(
                        params,
                        kind="" if now_selected else now_kind.name,
                        status="" if now_selected else now_kind.now_status,
                        result="",
                        page="",
                    ),
                }
            )
    now_hits = []
    if now_found is not None and not kind and found.total:
        now_hits = now_found.hits[:NOW_SIZE]
        _describe(now_hits, area_names)
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
    return {
        "query": text.strip(),
        "results": found,
        "kind_facets": kind_facets,
        "area_facets": area_facets,
        "filtered": any((kind, data["area"], status, data["result"])),
        "unfiltered_url": _link({"q": text}),
        # Say so when "lige nu" narrowed the search to the current tasks.
        "asked_now": asked_now and now_selected,
        "now_hits": now_hits,
        "now_count": now_count,
        "now_url": _link(
            params, kind=now_kind.name if now_kind else "", status=now_kind.now_status, page=""
        )
        if now_hits
        else "",
        "word_links": [(w, _link({"q": w})) for w in text.split() if len(text.split()) > 1][:6],
        "suggestion_url": _link(params, q=found.suggestion or found.corrected_query, page=""),
        "page": page,
        # Of how many pages; not for a broad query, whose total is an estimate.
        "last_page": last_page if counted else None,
        "previous_url": _link(params, page=page - 1 if page > 2 else "") if page > 1 else "",
        "next_url": _link(params, page=page + 1)
        if found.total > shown_to and page < MAX_PAGE
        else "",
        "first_shown": (page - 1) * PAGE_SIZE + 1,
        "last_shown": shown_to,
    }


def _describe(hits, area_names: dict) -> None:
    """Labels for the hits, and what their kinds tell about them (a task's unit and
    end date)."""
    by_kind: dict[str, list] = {}
    for hit in hits:
        kind = registry.get(hit.kind)
        hit.kind_label = kind.singular
        hit.area_name = area_names.get(hit.area, "")
        hit.details = {}
        if kind.details is not None:
            by_kind.setdefault(hit.kind, []).append(hit)
    for name, kind_hits in by_kind.items():
        details = registry.get(name).details([h.key for h in kind_hits])
        for hit in kind_hits:
            hit.details = details.get(hit.key, {})


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
