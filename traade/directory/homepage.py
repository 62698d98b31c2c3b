"""The personal front page's panels from other capabilities.

The directory's own parts (your units, suggestions waiting for you) are in the home
view. A capability that has something for a person's front page (challenges to their
area, new experiments near them) registers a panel in its AppConfig.ready():

    from traade.directory import homepage
    homepage.register(my_panel)

`my_panel(request, unit=…)` (`unit`: the person's own unit, or None) returns None
(nothing to show) or (template name, context); the template is included on the front
page, in the order of registration, with the context as `panel`.
"""

from __future__ import annotations

from collections.abc import Callable

Panel = Callable[..., tuple[str, dict] | None]
_panels: list[Panel] = []


def register(panel: Panel) -> None:
    if panel not in _panels:
        _panels.append(panel)


def panels(request, *, unit) -> list[tuple[str, dict]]:
    shown = []
    for panel in _panels:
        found = panel(request, unit=unit)
        if found is not None:
            shown.append(found)
    return shown
