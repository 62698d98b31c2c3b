from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods

from traade.directory.models import Organisation

from .access import require_exchange
from .danish import in_danish, location_in_danish
from .exporter import export_document, to_json
from .forms import ImportForm
from .importer import ImportFailed, ImportResult, import_file

RECORD_NAMES = {
    "organisation": "Organisationen",
    "areas": "Fagområder",
    "units": "Enheder",
    "people": "Personer",
    "experiments": "Prøvehandlinger",
    "challenges": "Udfordringer",
}


def summary_rows(result: ImportResult) -> list[list]:
    """[[Danish record name, created, updated, unchanged], …] for the record types present."""
    return [
        [RECORD_NAMES[name], c.created, c.updated, c.unchanged]
        for name, c in result.counts.items()
        if c.total
    ]


@require_http_methods(["GET", "POST"])
def import_page(request):
    require_exchange(request.user)
    problems = notes = None
    not_shown = 0
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                result = import_file(
                    form.cleaned_data["file"],
                    kind=form.cleaned_data["kind"] or None,
                    actor=request.user,
                )
            except ImportFailed as failed:
                problems = [
                    (location_in_danish(p.path), in_danish(p.message)) for p in failed.problems
                ]
                notes = [in_danish(note) for note in failed.notes]
                not_shown = failed.not_shown
                count = failed.total
                form.add_error(
                    "file",
                    f"Filen har {count} fejl. Se listen øverst på siden."
                    if count > 1
                    else "Filen har en fejl. Se øverst på siden.",
                )
            else:
                for note in result.notes:
                    messages.info(request, in_danish(note))
                rows = summary_rows(result)
                if rows:
                    messages.success(request, "Filen er indlæst.")
                    request.session["import_summary"] = rows
                else:
                    messages.success(
                        request,
                        "Filen er indlæst, men den indeholdt ingen enheder, personer eller andet.",
                    )
                return redirect("exchange:import")
    else:
        form = ImportForm()
    return render(
        request,
        "exchange/import.html",
        {
            "nav": "exchange",
            "form": form,
            "problems": problems,
            "not_shown": not_shown,
            "notes": notes,
            "summary": request.session.pop("import_summary", None)
            if request.method == "GET"
            else None,
            "max_mb": settings.TRAADE_MAX_UPLOAD_MB,
        },
    )


def export_filename(today=None) -> str:
    organisation = Organisation.current()
    name = organisation.name if organisation else "traade"
    for letter, spelled in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        name = name.replace(letter, spelled).replace(letter.upper(), spelled.capitalize())
    today = today or timezone.localdate()
    return f"{slugify(name) or 'traade'}-{today.isoformat()}.json"


@require_GET
def export_download(request):
    require_exchange(request.user)
    response = HttpResponse(
        to_json(export_document()), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{export_filename()}"'
    return response
