"""The relation map's colours are readable (WCAG 2.1 AA): the areas' colours and the
threads against the map's background are graphical objects (1.4.11: at least 3:1), the
units' names are text (1.4.3: at least 4.5:1). Read from the palette, the stylesheets and
the map's script as they are, so a changed colour is checked too."""

import re
from pathlib import Path

import pytest

from traade.threads import mapdata

THREADS = Path(mapdata.__file__).parent
STATIC = THREADS.parent / "static" / "traade" / "traade.css"
MAP_CSS = (THREADS / "static" / "threads" / "threads.css").read_text()
MAP_JS = (THREADS / "static" / "threads" / "map.js").read_text()
GRAPHICS, TEXT = 3.0, 4.5


def _rgb(colour: str) -> tuple[int, int, int]:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    assert re.fullmatch(r"[0-9a-fA-F]{6}", digits), colour
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))


def _luminance(rgb) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one, other) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _over(colour, background, opacity: float):
    """A colour drawn with `opacity` over the background, as the eye sees it."""
    return tuple(
        round(opacity * c + (1 - opacity) * b)
        for c, b in zip(_rgb(colour), background, strict=True)
    )


def _find(pattern: str, text: str, where: str) -> str:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not found in {where}: update this test with the code"
    return found.group(1)


MAP_BACKGROUND = _rgb(
    _find(r"\.thread-map \{[^}]*background: (#[0-9a-fA-F]+)", MAP_CSS, "threads.css")
)
# The legend stands in a .panel, on the site's paper colour.
PAPER = _rgb(_find(r"--paper: (#[0-9a-fA-F]+)", STATIC.read_text(), "traade.css"))


def test_the_known_contrasts_come_out_right():
    assert round(contrast(_rgb("#000"), _rgb("#fff")), 2) == 21.0
    assert round(contrast(_rgb("#767676"), _rgb("#ffffff")), 2) == 4.54
    assert contrast(_rgb("#777"), _rgb("#fff")) < 4.5 < contrast(_rgb("#767676"), _rgb("#fff"))


@pytest.mark.parametrize("colour", mapdata.PALETTE)
def test_every_area_colour_stands_out_on_the_map_and_in_the_legend(colour):
    assert contrast(_rgb(colour), MAP_BACKGROUND) >= GRAPHICS
    assert contrast(_rgb(colour), PAPER) >= GRAPHICS


def test_the_units_names_on_the_map_are_readable():
    label = _find(r'"color": "(#[0-9a-fA-F]+)"', MAP_JS, "map.js")
    assert contrast(_rgb(label), MAP_BACKGROUND) >= TEXT


def test_a_single_thread_stands_out_on_the_map():
    edge = re.search(r'"line-color": "(#[0-9a-fA-F]+)", "opacity": ([\d.]+)', MAP_JS)
    assert edge, "the edge style in map.js has changed: update this test with it"
    seen = _over(edge.group(1), MAP_BACKGROUND, float(edge.group(2)))
    assert contrast(seen, MAP_BACKGROUND) >= GRAPHICS


def test_the_palette_has_no_colour_twice():
    # Shapes tell the areas apart too, but two areas with one colour would only differ
    # by shape, which is hard to see on a small dot.
    assert len({c.lower() for c in mapdata.PALETTE}) == len(mapdata.PALETTE)
