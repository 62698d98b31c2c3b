"""The notifications page, opening one, and the e-mail choice on "Mine oplysninger"."""

from django import forms
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .models import Frequency, Notification

SHOWN = 50


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(
        label=gettext_lazy("Hvor tit vil du have e-mails om nyt?"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Vælg, hvor tit du vil have e-mails.")},
    )


def notification_list(request):
    if request.method == "POST":
        services.mark_read(actor=request.user)
        messages.success(request, _("Alle notifikationer er markeret som læst."))
        return redirect("notifications:list")
    notes = list(Notification.objects.filter(user=request.user)[:SHOWN])
    return render(
        request,
        "notifications/list.html",
        {"notifications": notes, "unread": services.unread_count(request.user)},
    )


def notification_open(request, pk):
    """Follow a notification's link; it counts as read."""
    note = get_object_or_404(Notification, pk=pk, user=request.user)
    services.mark_read(actor=request.user, notifications=[note])
    safe = url_has_allowed_host_and_scheme(note.url, allowed_hosts={request.get_host()})
    return redirect(note.url if note.url and safe else "notifications:list")


def frequency_edit(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FrequencyForm(request.POST)
    if form.is_valid():
        services.set_frequency(actor=request.user, frequency=form.cleaned_data["frequency"])
        messages.success(request, _("Dit valg af e-mails er gemt."))
    else:
        messages.error(request, _("Vælg, hvor tit du vil have e-mails."))
    return redirect(reverse("accounts:me") + "#email-choice")
