"""The common path of a view with an edit form that carries a snapshot
(traade.lib.concurrency): save, or show both versions with status 409."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import gettext as _

from traade.lib.concurrency import EditConflict


def save_edit_form(request, form, save, *, saved_message, template, context):
    """Call `save(data=…, base=…)` with a valid form; None when saved (the view redirects),
    else the form again: with its errors (200) or both versions of each field someone else
    changed since it was opened (409)."""
    status = 200
    if form.is_valid():
        try:
            changed = save(data=form.resolved_data(), base=form.base_values())
        except EditConflict as conflict:
            form.show_conflicts(conflict, conflict.conflicts[""], conflict.current[""])
            status = 409
        else:
            if changed:
                messages.success(request, saved_message)
            else:
                messages.info(request, _("Du ændrede ikke noget."))
            return None
    return render(request, template, {**context, "form": form}, status=status)
