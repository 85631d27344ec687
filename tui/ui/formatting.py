"""How the reader writes values out: counts of things, normalised quantities, an event's bar on a timeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model.schema import Quantity
    from tui.core.nlp.dates import Period

_QUALIFIER = {"exact": "", "approx": "≈ ", "gt": "> ", "lt": "< ", "ge": "≥ ", "le": "≤ "}
_UNIT = {"percent": "%", "count": ""}


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 source``, ``3 sources``, ``1,204 articles``, ``2 stories`` (``words``: the plural,
    if not ``word`` with an ``s``)."""
    return f"{count:,} {word if count == 1 else words or word + 's'}"


def format_number(value: float) -> str:
    """``91.1`` → ``91.10``, ``36800000000.0`` → ``36,800,000,000``, ``5.0`` → ``5``."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.2f}" if abs(value) >= 1 else f"{value:g}"


def format_quantity(quantity: Quantity) -> str | None:
    """The normalised value of a quantity, like ``91.10 HKD`` or ``> 5 %``; None if unknown."""
    if quantity.value is None:
        return None
    unit = quantity.unit or ""
    unit = _UNIT.get(unit, unit)
    number = format_number(quantity.value)
    return f"{_QUALIFIER.get(quantity.qualifier, '')}{number}{' ' + unit if unit else ''}"


def timeline_row(period: Period | None, span: Period | None, width: int) -> str:
    """One event's bar on a timeline ``width`` cells wide (``·`` empty, ``━`` the period, ``●`` a day)."""
    if width <= 0:
        return ""
    if period is None or span is None:
        return " " * width
    total = max(1, span.end - span.start + 1)
    first = int((period.start - span.start) * width / total)
    last = int((period.end - span.start) * width / total)
    first, last = max(0, min(first, width - 1)), max(0, min(last, width - 1))
    cells = ["·"] * width
    if period.days <= max(1, total // width):
        cells[first] = "●"
    else:
        for i in range(first, last + 1):
            cells[i] = "━"
    return "".join(cells)


def stated_by(sources: Sequence[str], compared: Sequence[str]) -> str:
    """Who states a figure, as its row shows it: "both" or "all 3" when every source that
    gives a figure of the row does, else the sources' names, parted by ";" (a name may
    hold a comma: "Daily, 2023-07-10").

    Args:
        sources: The names of the sources stating the figure.
        compared: The names of the sources giving a figure of its row.
    """
    if len(compared) > 1 and set(sources) == set(compared):
        return "both" if len(compared) == 2 else f"all {len(compared)}"
    return "; ".join(sources)
