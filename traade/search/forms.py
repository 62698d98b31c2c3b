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


def _status_choices():
    seen, choices = set(), [("", _("Alle"))]
    for value, label in [*ExperimentStatus.choices, *ChallengeStatus.choices]:
        if value not in seen:
            seen.add(value)
            choices.append((value, label))
    return choices


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Søg"), max_length=MAX_QUERY, required=False)
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
    page = forms.IntegerField(required=False, min_value=1, max_value=50)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("Alle fagområder"))] + [
            (a.key, a.name) for a in Area.objects.order_by("name")
        ]


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
