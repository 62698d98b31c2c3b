"""Query-string forms for the search page, the API and "Hvem kan hjælpe?"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from traade.challenges.models import ChallengeStatus
from traade.directory.models import Area
from traade.experiments.models import ExperimentResult, ExperimentStatus

from .documents import KINDS

KIND_LABELS = {
    "unit": _("Enheder"),
    "person": _("Personer"),
    "experiment": _("Prøvehandlinger"),
    "challenge": _("Udfordringer"),
}
KIND_SINGULAR = {
    "unit": _("Enhed"),
    "person": _("Person"),
    "experiment": _("Prøvehandling"),
    "challenge": _("Udfordring"),
}
MAX_QUERY = 500
PAGE_SIZE = 20
MAX_PAGE = 50
# Which kind of record each status belongs to; a status filter applies to its kind only.
STATUS_KINDS = {
    **{value: "experiment" for value in ExperimentStatus.values},
    **{value: "challenge" for value in ChallengeStatus.values},
}


def _status_choices():
    """Statuses grouped by the kind they belong to (an <optgroup> each)."""
    return [
        ("", _("Alle")),
        (KIND_LABELS["experiment"], ExperimentStatus.choices),
        (KIND_LABELS["challenge"], ChallengeStatus.choices),
    ]


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
        choices=[("", _("Alle typer")), *KIND_LABELS.items()],
    )
    area = forms.ChoiceField(label=_("Fagområde"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=_status_choices)
    result = forms.ChoiceField(
        label=_("Resultat"),
        required=False,
        choices=[("", _("Alle")), *ExperimentResult.choices],
    )
    page = forms.IntegerField(required=False, min_value=1)

    # A filter value that is not one of the choices is dropped, with this notice.
    IGNORED = {
        "kind": _("Typen «%(value)s» findes ikke, så der er søgt i alle typer."),
        "area": _("Fagområdet «%(value)s» findes ikke, så der er søgt i alle fagområder."),
        "status": _("Status «%(value)s» findes ikke, så der er søgt uden status."),
        "result": _("Resultatet «%(value)s» findes ikke, så der er søgt uden resultat."),
        "page": _("Sidetallet «%(value)s» blev ikke forstået, så du ser første side."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("Alle fagområder"))] + [
            (a.key, a.name) for a in Area.objects.order_by("name")
        ]
        self.notices: list[str] = []

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
        status, kind = data.get("status"), data.get("kind")
        if status and kind and STATUS_KINDS.get(status) != kind:
            label = dict(ExperimentStatus.choices + ChallengeStatus.choices)[status]
            owner = KIND_LABELS[STATUS_KINDS[status]].lower()
            self.notices.append(
                _("Status «%(status)s» gælder kun %(owner)s, så der er søgt uden status.")
                % {"status": label, "owner": owner}
            )
            data["status"] = ""


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
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise forms.ValidationError(
                f"unknown kind {unknown[0]!r}; use one of {', '.join(KINDS)}"
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
