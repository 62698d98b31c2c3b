from django import forms
from django.utils.translation import gettext_lazy as _

from traade.directory.forms import area_filter_field

from .models import ChallengeStatus


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
