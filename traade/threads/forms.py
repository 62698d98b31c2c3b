from django import forms
from django.utils.translation import gettext_lazy as _

from traade.directory.models import Area, Unit

from . import registry


class MapFilterForm(forms.Form):
    """The map's and the table's filters, as a plain GET form."""

    omraade = forms.ChoiceField(label=_("Fagområde"), required=False)
    slags = forms.ChoiceField(label=_("Slags tråd"), required=False)
    fra = forms.DateField(
        label=_("Fra"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    til = forms.DateField(
        label=_("Til"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["omraade"].choices = [("", _("Alle fagområder"))] + list(
            Area.objects.order_by("name").values_list("key", "name")
        )
        self.fields["slags"].choices = [("", _("Alle slags tråde"))] + [
            (kind.name, kind.label) for kind in registry.kinds()
        ]

    def clean(self):
        data = super().clean()
        since, until = data.get("fra"), data.get("til")
        if since and until and since > until:
            self.add_error("til", _("Til-datoen skal ligge efter fra-datoen."))
        return data

    def filters(self) -> dict:
        """The valid filters as keyword arguments (nothing for a field with an error)."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        return {
            "area": data.get("omraade") or None,
            "kinds": [data["slags"]] if data.get("slags") else None,
            "since": data.get("fra"),
            "until": data.get("til"),
        }


class CollaborationForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=_("Vi arbejder sammen med"),
        queryset=Unit.objects.none(),
        empty_label=_("Vælg en enhed"),
    )
    about = forms.CharField(
        label=_("Hvad arbejder I sammen om?"),
        max_length=300,
        help_text=_("Én kort sætning, fx »Fælles sommerferieaktiviteter for børn og ældre«."),
    )

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = (
            Unit.objects.exclude(pk=unit.pk).select_related("area").order_by("name")
        )
        self.fields["partner"].label_from_instance = lambda u: f"{u.name} ({u.area.name})"


class DecideForm(forms.Form):
    svar = forms.ChoiceField(choices=[("bekraeft", "bekræft"), ("afvis", "afvis")])
