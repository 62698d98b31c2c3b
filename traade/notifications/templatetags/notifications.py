"""`{% notification_bell %}` for the header; `{% email_choice %}` for "Mine oplysninger"."""

from django import template

from traade.notifications import services
from traade.notifications.views import FrequencyForm

register = template.Library()


@register.inclusion_tag("notifications/_bell.html", takes_context=True)
def notification_bell(context):
    user = context["request"].user
    return {"unread": services.unread_count(user) if user.is_authenticated else 0}


@register.inclusion_tag("notifications/_email_choice.html", takes_context=True)
def email_choice(context):
    user = context["request"].user
    form = FrequencyForm(initial={"frequency": services.frequency_of(user)})
    return {"form": form, "csrf_token": context.get("csrf_token")}
