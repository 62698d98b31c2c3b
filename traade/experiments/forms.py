from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade.directory.forms import PhraseListField, area_filter_field
from traade.directory.models import Person
from traade.lib.concurrency import EditSnapshotMixin

from .models import (
    CLOSED,
    LEARNING_NEEDED,
    RESULT_NEEDED,
    Effect,
    ExperimentResult,
    ExperimentStatus,
    InnovationKind,
    Phase,
    closing_problems,
)
from .services import EXPERIMENT_FIELDS

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT_LIMIT = 5000


def _choice_filter(label, empty, choices):
    return forms.ChoiceField(label=label, choices=[("", empty)] + list(choices), required=False)


class FilterForm(forms.Form):
    """Filters read from the query string; each field present narrows the experiments
    (an invalid value leaves them all)."""

    def filter(self, experiments):
        if not self.is_valid():
            return experiments
        data = self.cleaned_data
        if data.get("area"):
            experiments = experiments.filter(units__area=data["area"]).distinct()
        for field in ("status", "result", "phase"):
            if data.get(field):
                experiments = experiments.filter(**{field: data[field]})
        if data.get("since"):
            experiments = experiments.filter(started__gte=data["since"])
        if data.get("until"):
            experiments = experiments.filter(started__lte=data["until"])
        if tag := data.get("tag"):
            # Tags are a JSON list; matched here so that SQLite and PostgreSQL agree.
            with_tag = [
                pk for pk, tags in experiments.values_list("pk", "tags") if tag in (tags or [])
            ]
            experiments = experiments.filter(pk__in=with_tag)
        return experiments


class ExperimentFilterForm(FilterForm):
    """The list's filters."""

    area = area_filter_field()
    status = _choice_filter(_("Status"), _("Alle"), ExperimentStatus.choices)


class LearningFilterForm(FilterForm):
    """The Læring page's filters: area, tag, result and phase."""

    area = area_filter_field()
    tag = forms.ChoiceField(label=_("Emne"), required=False)
    result = _choice_filter(_("Resultat"), _("Alle resultater"), ExperimentResult.choices)
    phase = _choice_filter(_("Fase"), _("Alle faser"), Phase.choices)

    def __init__(self, *args, tags: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = [("", _("Alle emner"))] + [(t, t) for t in tags]


class PortfolioFilterForm(FilterForm):
    """The portfolio's filters: area, status, result and the period it started in."""

    area = area_filter_field()
    status = _choice_filter(_("Status"), _("Alle"), ExperimentStatus.choices)
    result = _choice_filter(_("Resultat"), _("Alle resultater"), ExperimentResult.choices)
    since = forms.DateField(label=_("Startet fra"), required=False, widget=DATE_WIDGET)
    until = forms.DateField(label=_("Startet til og med"), required=False, widget=DATE_WIDGET)

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("Slutdatoen skal ligge efter startdatoen."))
        return data


def _text(label, *, rows: int, help_text="", required=False, error_messages=None):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        error_messages=error_messages,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def _closing_errors(form, status_field="status") -> None:
    data = form.cleaned_data
    problems = closing_problems(
        status=data.get(status_field) or "",
        result=data.get("result") or "",
        learning=data.get("learning") or "",
    )
    for field, message in problems.items():
        if field not in form.errors:
            form.add_error(field, message)


class ExperimentForm(EditSnapshotMixin, forms.Form):
    """Register or edit a prøvehandling. `units` are the units the editor may choose
    (plus those it already has); the contact person is one of their people."""

    title = forms.CharField(
        label=_("Titel"),
        max_length=300,
        help_text=_("Kort og konkret, fx »Gåture med beboerne efter frokost«."),
        error_messages={"required": _("Giv prøvehandlingen en titel.")},
    )
    units = forms.ModelMultipleChoiceField(
        label=_("Enheder"),
        queryset=None,
        help_text=_("De enheder, der prøver det. Hold Ctrl (eller ⌘) nede for at vælge flere."),
        error_messages={"required": _("Vælg mindst én enhed.")},
    )
    why = _text(
        _("Hvorfor?"), rows=3, help_text=_("Det problem, I vil løse, eller det, I håber på.")
    )
    what = _text(_("Hvad gør vi?"), rows=4, help_text=_("Hvad I gør eller gjorde, helt konkret."))
    status = forms.ChoiceField(
        label=_("Status"), choices=ExperimentStatus.choices, initial=ExperimentStatus.IDEA
    )
    phase = forms.ChoiceField(
        label=_("Fase i KL's innovationsmodel"),
        choices=[("", _("Ikke angivet"))] + list(Phase.choices),
        required=False,
    )
    started = forms.DateField(label=_("Startdato"), required=False, widget=DATE_WIDGET)
    ended = forms.DateField(label=_("Slutdato"), required=False, widget=DATE_WIDGET)
    contact = forms.ModelChoiceField(
        label=_("Kontaktperson"),
        queryset=None,
        required=False,
        empty_label=_("Ingen valgt"),
        help_text=_("Den, kollegaer kan spørge om prøvehandlingen."),
    )
    tags = PhraseListField(
        label=_("Emner"), help_text=_("Ord, andre vil søge på. Ét pr. linje, fx »demens«.")
    )
    partners = PhraseListField(
        label=_("Eksterne samarbejdspartnere"),
        max_phrase_length=300,
        help_text=_("Borgere, foreninger, virksomheder eller forskere. Én pr. linje."),
    )
    result = forms.ChoiceField(
        label=_("Hvordan gik det?"),
        choices=[("", _("Ikke vurderet endnu"))] + list(ExperimentResult.choices),
        required=False,
        help_text=_("Skal udfyldes, når prøvehandlingen er afsluttet eller stoppet."),
    )
    learning = _text(
        _("Læring"),
        rows=4,
        help_text=_("Det, andre kan tage med sig – også når det ikke virkede."),
    )
    innovation_kind = forms.ChoiceField(
        label=_("Slags innovation"),
        choices=[("", _("Ikke angivet"))] + list(InnovationKind.choices),
        required=False,
    )
    idea_source = forms.CharField(
        label=_("Hvor kom idéen fra?"),
        max_length=300,
        required=False,
        help_text=_("Fx medarbejdere, borgere, en anden enhed eller en anden kommune."),
    )
    effects = forms.MultipleChoiceField(
        label=_("Effekter, I har set"),
        choices=Effect.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    tracked_fields = EXPERIMENT_FIELDS

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["units"].queryset = units.select_related("area").order_by("name")
        self.fields["contact"].queryset = (
            Person.objects.filter(unit__in=units).select_related("unit").order_by("name")
        )
        self.fields["contact"].label_from_instance = lambda p: f"{p.name} ({p.unit.name})"

    def clean(self):
        data = super().clean()
        _closing_errors(self)
        return data


class CloseExperimentForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Hvordan slutter prøvehandlingen?"),
        choices=[(s.value, s.label) for s in CLOSED],
        widget=forms.RadioSelect,
        initial=ExperimentStatus.DONE,
    )
    result = forms.ChoiceField(
        label=_("Hvordan gik det?"),
        choices=ExperimentResult.choices,
        widget=forms.RadioSelect,
        error_messages={"required": RESULT_NEEDED},
    )
    learning = _text(
        _("Hvad har I lært?"),
        rows=6,
        required=True,
        error_messages={"required": LEARNING_NEEDED},
        help_text=_(
            "Skriv det, en kollega i en anden enhed kan bruge: hvad virkede, hvad ville I "
            "gøre anderledes? Det, der ikke virkede, er lige så værdifuldt at dele."
        ),
    )
    ended = forms.DateField(
        label=_("Slutdato"),
        required=False,
        widget=DATE_WIDGET,
        help_text=_("Tom: i dag."),
    )


class TriedTooForm(forms.Form):
    note = forms.CharField(
        label=_("Hvad gjorde I, og hvad lærte I?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Skriv kort, hvad I gjorde, og hvad I lærte.")},
    )
    result = forms.ChoiceField(
        label=_("Hvordan gik det hos jer?"),
        choices=ExperimentResult.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Vælg, hvordan det gik hos jer.")},
    )


class TryItForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Hvilken enhed vil prøve det?"),
        queryset=None,
        empty_label=None,
        error_messages={"required": _("Vælg den enhed, der vil prøve det.")},
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units.order_by("name")


def _number(label, required_message):
    """A measured value, written the Danish way (12,5)."""
    return forms.DecimalField(
        label=label,
        max_digits=14,
        decimal_places=2,
        localize=True,
        error_messages={
            "required": required_message,
            "invalid": _("Skriv et tal, fx 12 eller 12,5."),
        },
    )


class IndicatorForm(forms.Form):
    name = forms.CharField(
        label=_("Hvad måler I?"),
        max_length=200,
        help_text=_("Fx »Antal faldulykker pr. måned« eller »Tilfredshed (1-5)«."),
        error_messages={"required": _("Skriv, hvad I måler.")},
    )
    measure = forms.CharField(
        label=_("Måleenhed"), max_length=50, required=False, help_text=_("Fx »fald« eller »%«.")
    )
    baseline_value = _number(
        _("Nulpunkt (værdien før I begynder)"), _("Skriv nulpunktet: værdien, før I begyndte.")
    )
    baseline_date = forms.DateField(
        label=_("Nulpunktets dato"),
        initial=timezone.localdate,
        widget=DATE_WIDGET,
        error_messages={"required": _("Skriv, hvornår nulpunktet blev målt.")},
    )


class SnapshotForm(forms.Form):
    date = forms.DateField(
        label=_("Dato"),
        initial=timezone.localdate,
        widget=DATE_WIDGET,
        error_messages={"required": _("Skriv, hvornår I målte.")},
    )
    value = _number(_("Værdi"), _("Skriv den målte værdi."))
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
