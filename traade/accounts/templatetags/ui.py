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
    if field.errors:
        described.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)
