from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from traade.directory.models import Area

from . import services
from .models import Pair

MIN_GROUP, MAX_GROUP = 2, 8
DATE_ERROR = _("Skriv datoen som dd-mm-åååå, fx 1-6-2027.")


class AreaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, area):
        count = area.leader_count
        return ngettext("%(name)s · %(n)d leder", "%(name)s · %(n)d ledere", count) % {
            "name": area.name,
            "n": count,
        }


class RoundForm(forms.Form):
    """A new round: its name, the group size and who takes part."""

    title = forms.CharField(
        label=_("Navn på runden"),
        max_length=200,
        help_text=_("Fx »Krydstræning foråret 2027«."),
        error_messages={"required": _("Giv runden et navn.")},
    )
    group_size = forms.IntegerField(
        label=_("Personer pr. gruppe (højst)"),
        min_value=MIN_GROUP,
        max_value=MAX_GROUP,
        initial=4,
        help_text=_(
            "Grupperne bliver så lige store som muligt: 10 ledere i grupper af 4 giver "
            "grupper med 4, 3 og 3."
        ),
        error_messages={
            "required": _("Skriv, hvor mange der højst skal være i en gruppe."),
            "invalid": _("Skriv et helt tal."),
            "min_value": _("En gruppe skal have mindst %(limit_value)s personer."),
            "max_value": _("En gruppe kan højst have %(limit_value)s personer."),
        },
    )
    areas = AreaChoiceField(
        label=_("Fagområder"),
        queryset=Area.objects.annotate(
            leader_count=Count("units__people", filter=Q(units__people__is_leader=True))
        ).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Vælg ingen for at tage ledere fra alle fagområder med."),
        error_messages={
            "invalid_choice": _("Vælg fagområderne på listen."),
            "invalid_pk_value": _("Vælg fagområderne på listen."),
        },
    )
    levels = forms.TypedMultipleChoiceField(
        label=_("Ledelsesniveauer"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Vælg ingen for at tage alle niveauer med."),
        error_messages={"invalid_choice": _("Vælg niveauerne på listen.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["levels"].choices = services.level_choices()
        self.participants = []

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        self.participants = services.leaders(
            areas=data.get("areas") or (), levels=data.get("levels") or ()
        )
        if len(self.participants) < MIN_GROUP:
            raise forms.ValidationError(
                ngettext(
                    "Der er kun %(n)d leder med de valgte fagområder og niveauer. "
                    "Vælg flere, så der kan dannes grupper.",
                    "Der er kun %(n)d ledere med de valgte fagområder og niveauer. "
                    "Vælg flere, så der kan dannes grupper.",
                    len(self.participants),
                )
                % {"n": len(self.participants)}
            )
        return data


class PairForm(forms.Form):
    """Two participants the process leader forbids or requires together."""

    first = forms.ChoiceField(label=_("Første person"))
    second = forms.ChoiceField(label=_("Anden person"))
    kind = forms.ChoiceField(
        label=_("Regel"),
        choices=Pair.Kind.choices,
        widget=forms.RadioSelect,
        initial=Pair.Kind.FORBID,
    )

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Vælg en person"))] + [
            (p.key, f"{p.name} ({p.unit.name})") for p in people
        ]
        self.fields["first"].choices = choices
        self.fields["second"].choices = choices
        self.people = {p.key: p for p in people}

    def clean(self):
        data = super().clean()
        if data.get("first") and data.get("first") == data.get("second"):
            self.add_error("second", _("Vælg to forskellige personer."))
        return data


class MoveForm(forms.Form):
    person = forms.CharField()
    group = forms.IntegerField(
        label=_("Flyt til"),
        error_messages={"required": _("Vælg en gruppe."), "invalid": _("Vælg en gruppe.")},
    )


class VisitDateForm(forms.Form):
    date = forms.DateField(
        label=_("Dato for besøget"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": DATE_ERROR},
    )


class LearningForm(forms.Form):
    saw = forms.CharField(
        label=_("Det så vi"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Hvad gør de her, som I ikke gør hjemme? Hvad overraskede jer?"),
        error_messages={"required": _("Skriv, hvad I så.")},
    )
    take_home = forms.CharField(
        label=_("Det tager vi med hjem"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Hvad vil du prøve i din egen enhed? Vær gerne konkret."),
        error_messages={"required": _("Skriv, hvad du tager med hjem.")},
    )

    def clean_saw(self):
        return self.cleaned_data["saw"].strip()

    def clean_take_home(self):
        return self.cleaned_data["take_home"].strip()
