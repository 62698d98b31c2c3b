"""Site-wide template helpers."""

from django import template

register = template.Library()


@register.simple_tag
def widget(field):
    """Render a field's widget tied to its help text and errors for screen readers."""
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}_helptext")
    attrs = {}
    if edit_conflict(field):
        described.append(f"{field.auto_id}_conflict")
    if field.errors:
        described.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.filter
def edit_conflict(field):
    """The other version of a field someone changed meanwhile (traade.lib.concurrency)."""
    return getattr(field.form, "conflict_views", {}).get(field.name)


@register.filter
def duration_da(delta) -> str:
    """A pause in Danish words, rounded up to whole minutes: "1 minut", "2 timer"."""
    minutes = max(1, -(-int(delta.total_seconds()) // 60))
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} time" if hours == 1 else f"{hours} timer"
    return f"{minutes} minut" if minutes == 1 else f"{minutes} minutter"


@register.filter
def ago_da(moment) -> str:
    """How long ago, in Danish: "lige nu", "for 2 dage siden", "for 3 måneder siden"."""
    from django.utils import timezone
    from django.utils.timesince import timesince
    from django.utils.translation import gettext as _

    if not moment:
        return ""
    now = timezone.now()
    if (now - moment).total_seconds() < 60:
        return _("lige nu")
    return _("for %(time)s siden") % {"time": timesince(moment, now, depth=1)}
