from django import forms
from django.utils.translation import gettext_lazy as _

from traade.directory.forms import area_filter_field

from .models import ExperimentStatus


class ExperimentFilterForm(forms.Form):
    """The list's filters, read from the query string."""

    area = area_filter_field()
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Alle"))] + list(ExperimentStatus.choices),
        required=False,
    )

    def filter(self, experiments):
        if not self.is_valid():
            return experiments
        if area := self.cleaned_data["area"]:
            experiments = experiments.filter(units__area=area).distinct()
        if status := self.cleaned_data["status"]:
            experiments = experiments.filter(status=status)
        return experiments
