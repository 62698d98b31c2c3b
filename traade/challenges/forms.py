from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade.directory.forms import area_filter_field
from traade.lib.concurrency import EditSnapshotMixin

from .models import ChallengeStatus
from .services import CHALLENGE_FIELDS


class ChallengeFilterForm(forms.Form):
    """The list's filters, read from the query string."""

    area = area_filter_field()
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Alle"))] + list(ChallengeStatus.choices),
        required=False,
    )

    def filter(self, challenges):
        if not self.is_valid():
            return challenges
        if area := self.cleaned_data["area"]:
            challenges = challenges.filter(unit__area=area)
        if status := self.cleaned_data["status"]:
            challenges = challenges.filter(status=status)
        return challenges


class ChallengeTextForm(forms.Form):
    """What a challenge says; the writing help reads the same fields."""

    title = forms.CharField(
        label=_("Overskrift"),
        max_length=300,
        help_text=_("Kort og konkret, fx »Unge, der ikke kommer ud af værelset«."),
        error_messages={"required": _("Skriv en overskrift.")},
    )
    description = forms.CharField(
        label=_("Hvad er udfordringen?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Fortæl, hvad der er svært, og hvad I har prøvet. Skriv, så en 15-årig kan "
            "forstå det: korte sætninger og hverdagsord."
        ),
        error_messages={"required": _("Beskriv udfordringen.")},
    )
    what_if = forms.CharField(
        label=_("Hvad nu hvis …?"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Et åbent spørgsmål, der inviterer til nye idéer, fx »Hvad nu hvis de unge "
            "selv planlagde aktiviteterne?«"
        ),
    )
    deadline = forms.DateField(
        label=_("Svar gerne senest"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Skriv datoen som dd-mm-åååå, fx 1-6-2026.")},
    )

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_description(self):
        return self.cleaned_data["description"].strip()

    def clean_what_if(self):
        return self.cleaned_data["what_if"].strip()


class ChallengeForm(ChallengeTextForm):
    """A new challenge, posted for one of the units the author keeps."""

    unit = forms.ModelChoiceField(
        label=_("Enhed"),
        queryset=None,
        empty_label=None,
        help_text=_("Den enhed, der har udfordringen."),
        error_messages={
            "invalid_choice": _("Vælg en af de enheder, du er leder eller redaktør for.")
        },
    )
    field_order = ["unit", *CHALLENGE_FIELDS]

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline and deadline < timezone.localdate():
            raise forms.ValidationError(_("Datoen er allerede gået. Vælg en dato frem i tiden."))
        return deadline


class ChallengeEditForm(EditSnapshotMixin, ChallengeTextForm):
    tracked_fields = CHALLENGE_FIELDS


class ResponseForm(forms.Form):
    text = forms.CharField(
        label=_("Jeres forslag"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Hvad har I prøvet, eller hvad kunne de prøve? Skriv kort og konkret."),
        error_messages={"required": _("Skriv jeres forslag.")},
    )

    def clean_text(self):
        return self.cleaned_data["text"].strip()


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Hvordan gik det?"),
        choices=[
            (ChallengeStatus.SOLVED, _("Løst – vi fandt noget, der hjalp")),
            (ChallengeStatus.CLOSED, _("Lukket – uden en løsning")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Vælg, om udfordringen er løst eller lukket.")},
    )
    summary = forms.CharField(
        label=_("Hvad hjalp?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Skriv kort, hvad der hjalp, så andre kan lære af det. Skal udfyldes, "
            "når udfordringen er løst."
        ),
    )

    def clean(self):
        data = super().clean()
        data["summary"] = (data.get("summary") or "").strip()
        if data.get("outcome") == ChallengeStatus.SOLVED and not data["summary"]:
            self.add_error("summary", _("Skriv kort, hvad der hjalp."))
        return data
