"""A prøvehandling's readable change history (django-simple-history)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from traade.directory.history import Entry, readable_entries

from .models import Experiment


def experiment_history(experiment: Experiment) -> list[Entry]:
    records = experiment.history.select_related("history_user__person").order_by(
        "-history_date", "-history_id"
    )
    return readable_entries(records, Experiment, lambda r: _("Prøvehandling"))
