"""Highlight colours: one per entity class and one per number kind, made from the theme and
kept apart from each other, whatever the theme.

Each class starts from a theme colour (people from ``$text-accent``, organisations from
``$text-primary``...). Themes often give two of those the same or nearly the same colour
(``textual-dark`` has one orange for accent and warning, two blues for primary and
secondary), so a colour too near one already taken is turned round the colour wheel, at
the same lightness (so it reads as well on the background), until it stands apart. The
app passes them to the stylesheet as ``$highlight-<class>`` (``NewsreaderApp.get_css_variables``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from textual.color import Color, Lab, lab_to_rgb, rgb_to_lab

#: Entity classes, in the order they choose, with the theme colour each starts from.
ENTITY_SOURCES: tuple[tuple[str, str], ...] = (
    ("person", "text-accent"),
    ("org", "text-primary"),
    ("place", "text-success"),
    ("time", "text-warning"),
    ("group", "text-secondary"),
    ("misc", "text-error"),
)
#: Number kinds (drawn bold and underlined, so told apart from entities by style too).
QUANTITY_SOURCES: tuple[tuple[str, str], ...] = (
    ("money", "warning"),
    ("percent", "error"),
    ("count", "success"),
)
#: Colours closer than this (CIE76 ΔE in Lab) are too alike to tell two classes apart.
MIN_DISTANCE = 25.0
#: The terminal's own colours, for themes made of them: taken in this order when needed.
_ANSI = (
    "ansi_magenta",
    "ansi_cyan",
    "ansi_yellow",
    "ansi_green",
    "ansi_blue",
    "ansi_red",
    "ansi_bright_magenta",
    "ansi_bright_cyan",
    "ansi_bright_yellow",
)


def distance(a: Color, b: Color) -> float:
    """How different two colours look: the CIE76 ΔE between them."""
    la, lb = rgb_to_lab(a), rgb_to_lab(b)
    return math.dist((la.L, la.a, la.b), (lb.L, lb.a, lb.b))


def _turned(colour: Color, degrees: float, chroma: float) -> Color:
    """``colour`` turned round the colour wheel (LCh: the hue in Lab), its lightness kept."""
    lab = rgb_to_lab(colour)
    hue = math.atan2(lab.b, lab.a) + math.radians(degrees)
    return lab_to_rgb(Lab(lab.L, chroma * math.cos(hue), chroma * math.sin(hue)))


def _apart(start: Color, taken: Sequence[Color]) -> Color:
    """``start`` if it is far enough from every colour taken, else the first turn of it
    round the colour wheel that is (else the turn that is farthest). Turning keeps its
    lightness, so it reads as well on the background as the theme's colour did."""
    if all(distance(start, other) >= MIN_DISTANCE for other in taken):
        return start
    lab = rgb_to_lab(start)
    chroma = max(math.hypot(lab.a, lab.b), 35.0)  # a grey has no hue to turn
    best, best_gap = start, -1.0
    for step in range(1, 18):
        candidate = _turned(start, step * 20, chroma)
        gap = min(distance(candidate, other) for other in taken)
        if gap >= MIN_DISTANCE:
            return candidate
        if gap > best_gap:
            best, best_gap = candidate, gap
    return best


def _group(variables: Mapping[str, str], sources: Sequence[tuple[str, str]]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    taken: list[Color] = []
    for name, source in sources:
        value = variables.get(source, "")
        if value.startswith("ansi_"):
            # A theme of the terminal's own colours: another of them, never one taken.
            free = [c for c in (value, *_ANSI) if c not in chosen.values()]
            chosen[name] = free[0] if free else value
            continue
        try:
            start = Color.parse(value)
        except Exception:  # not a plain colour ("auto 60%"): keep the theme's own
            chosen[name] = value
            continue
        colour = _apart(start, taken)
        taken.append(colour)
        chosen[name] = colour.hex
    return chosen


def highlight_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """The highlight colours for a theme's variables, as ``highlight-<class>`` variables.

    Args:
        variables: The theme's CSS variables (``text-accent`` -> ``#FFC473``...).

    Returns:
        ``highlight-person``, ``highlight-org``... -> a colour: entity classes apart
        from each other, number kinds apart from each other.
    """
    chosen = {**_group(variables, ENTITY_SOURCES), **_group(variables, QUANTITY_SOURCES)}
    return {f"highlight-{name}": value for name, value in chosen.items()}
