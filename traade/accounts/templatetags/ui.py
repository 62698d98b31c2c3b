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
