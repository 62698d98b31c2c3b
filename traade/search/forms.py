"""Query-string forms for the search page, the API and "Hvem kan hjælpe?"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import registry

MAX_QUERY = 500
PAGE_SIZE = 20
MAX_PAGE = 50


def kind_labels() -> dict[str, str]:
    return {k.name: k.label for k in registry.kinds()}


def status_kinds() -> dict[str, str]:
    """Which kind of record each status belongs to; a status filter applies to its kind."""
    return {value: k.name for k in registry.kinds() for value, _label in k.statuses()}


def result_kinds() -> dict[str, str]:
    """Which kind of record each result belongs to."""
    return {value: k.name for k in registry.kinds() for value, _label in k.results()}


def _status_choices():
    """Every kind's statuses, for validation; the page shows only the chosen kind's."""
    return [("", _("Alle"))] + [(k.label, k.statuses()) for k in registry.kinds() if k.statuses()]


def _result_choices():
    return [("", _("Alle"))] + [c for k in registry.kinds() for c in k.results()]


# The kind whose status and result fields the page showed: when the request names
# another kind, the type was changed and those values belonged to the old one.
SHOWN_FOR = "shown_for"


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Søg"),
        max_length=MAX_QUERY,
        required=False,
        error_messages={
            "max_length": _("Søgningen er for lang – brug højst %(limit_value)d tegn.")
        },
    )
    kind = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=lambda: [("", _("Alle typer")), *kind_labels().items()],
    )
    area = forms.ChoiceField(label=_("Fagområde"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=_status_choices)
    result = forms.ChoiceField(
        label=_("Resultat"),
        required=False,
        choices=_result_choices,
    )
    page = forms.IntegerField(required=False, min_value=1)

    # A filter value that is not one of the choices is dropped, with this notice.
    IGNORED = {
        "kind": _("Typen »%(value)s« findes ikke, så der er søgt i alle typer."),
        "area": _("Fagområdet »%(value)s« findes ikke, så der er søgt i alle fagområder."),
        "status": _("Status »%(value)s« findes ikke, så der er søgt uden status."),
        "result": _("Resultatet »%(value)s« findes ikke, så der er søgt uden resultat."),
        "page": _("Sidetallet »%(value)s« blev ikke forstået, så du ser første side."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("Alle fagområder"))] + [*registry.areas()]
        self.notices: list[str] = []
        self.kind_changed = False

    def chosen_kind(self) -> registry.Kind | None:
        """The kind the search is limited to (after cleaning), if any."""
        name = (self.cleaned_data if hasattr(self, "cleaned_data") else {}).get("kind")
        return registry.get(name) if name else None

    def kind_filters(self) -> list:
        """The chosen kind's own filters: its statuses and results (none for all kinds).

        The choices shown are that kind's only; the fields still accept every kind's
        values, so a status of another kind gets a notice rather than "findes ikke"."""
        kind = self.chosen_kind()
        shown = []
        for name, choices in (
            ("status", kind and kind.statuses()),
            ("result", kind and kind.results()),
        ):
            if choices:
                self.fields[name].widget.choices = [("", _("Alle")), *choices]
                shown.append(self[name])
        return shown

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for name, message in self.IGNORED.items():
            if name in self._errors:
                value = str(self.data.get(name, ""))[:50]
                self.notices.append(message % {"value": value})
                del self._errors[name]
                self.cleaned_data[name] = None if name == "page" else ""
        self._clean_status_kind()

    def _clean_status_kind(self):
        data = self.cleaned_data
        shown_for = self.data.get(SHOWN_FOR)
        if shown_for is not None and shown_for != (data.get("kind") or ""):
            # The type was changed: its status and result fields went with it.
            self.kind_changed = True
            data["status"] = data["result"] = ""
            return
        status, kind = data.get("status"), data.get("kind")
        if not kind and (status or data.get("result")):
            # A status or result belongs to one kind: search that kind, and show the
            # filter where it belongs.
            kind = data["kind"] = status_kinds().get(status) or result_kinds().get(
                data.get("result")
            )
            self.data = self.data.copy()
            self.data["kind"] = kind
        owners = status_kinds()
        if status and kind and owners.get(status) != kind:
            label = dict(c for k in registry.kinds() for c in k.statuses())[status]
            owner = kind_labels()[owners[status]].lower()
            self.notices.append(
                _("Status »%(status)s« gælder kun %(owner)s, så der er søgt uden status.")
                % {"status": label, "owner": owner}
            )
            data["status"] = ""
        result = data.get("result")
        if result and kind and result_kinds().get(result) != kind:
            label = dict(c for k in registry.kinds() for c in k.results())[result]
            owner = kind_labels()[result_kinds()[result]].lower()
            self.notices.append(
                _("Resultatet »%(result)s« gælder kun %(owner)s, så der er søgt uden resultat.")
                % {"result": label, "owner": owner}
            )
            data["result"] = ""


class ApiSearchForm(forms.Form):
    """`GET /api/search`: errors are reported in English."""

    q = forms.CharField(max_length=MAX_QUERY, error_messages={"required": "q is required"})
    kind = forms.CharField(required=False)
    area = forms.CharField(required=False, max_length=100)
    limit = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=100,
        error_messages={
            "invalid": "limit must be a whole number",
            "min_value": "limit must be between 1 and 100",
            "max_value": "limit must be between 1 and 100",
        },
    )

    def clean_kind(self):
        kinds = [k.strip() for k in self.cleaned_data["kind"].split(",") if k.strip()]
        known = registry.kind_names()
        unknown = [k for k in kinds if k not in known]
        if unknown:
            raise forms.ValidationError(
                f"unknown kind {unknown[0]!r}; use one of {', '.join(known)}"
            )
        return kinds

    def first_error(self) -> str:
        for field, errors in self.errors.items():
            return errors[0] if field in ("q", "kind") else f"{field}: {errors[0]}"
        return "bad request"


class HelpForm(forms.Form):
    need = forms.CharField(
        label=_("Hvad har du brug for hjælp til?"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Skriv med dine egne ord, fx en sætning eller teksten fra en udfordring."),
    )
