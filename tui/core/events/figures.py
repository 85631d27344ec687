"""Comparing figures across sources: do two passages state the same amount?

A figure is a value in a unit with a qualifier (``more than $1 trillion``). Each
becomes a range of the amounts it allows: an exact figure allows what rounds to
it at the precision it was written with (``$1 trillion`` covers 0.5-1.5
trillion, ``$34.5 billion`` 34.45-34.55 billion), a bound allows up to half as
much again beyond it, an approximation 10% either way. Two figures agree when
their ranges meet; :func:`line_up` groups an event's figures by unit and
magnitude and flags the groups whose sources disagree.

Quantities normally arrive with ``value``/``unit``/``qualifier`` from extraction;
:func:`parse_figure` reads simple money and percentage texts when they do not.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model.schema import Figure, Qualifier, Quantity

#: How far beyond a bound a figure may still lie (``more than 5%`` allows up to 7.5%).
BOUND_SPAN = 1.5
#: Relative width of an approximation (``about $4 billion``).
APPROX = 0.10
#: Figures of one unit within this factor of each other are lined up together.
MAGNITUDE_GROUP = 3.0

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "万": 1e4,
    "億": 1e8,
    "兆": 1e12,
}
_CURRENCY_PREFIX = [
    ("us$", "USD"),
    ("hk$", "HKD"),
    ("s$", "SGD"),
    ("a$", "AUD"),
    ("c$", "CAD"),
    ("nz$", "NZD"),
    ("rmb", "CNY"),
    ("cny", "CNY"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
]
_CURRENCY_WORD = [
    ("hong kong dollar", "HKD"),
    ("香港ドル", "HKD"),
    ("singapore dollar", "SGD"),
    ("dollar", "USD"),
    ("ドル", "USD"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("元", "CNY"),
    ("yen", "JPY"),
    ("円", "JPY"),
    ("euro", "EUR"),
    ("ユーロ", "EUR"),
    ("pound", "GBP"),
]
_QUALIFIERS: list[tuple[str, Qualifier]] = [
    ("more than", "gt"),
    ("over", "gt"),
    ("above", "gt"),
    ("upwards of", "gt"),
    ("in excess of", "gt"),
    ("at least", "ge"),
    ("以上", "ge"),
    ("超", "gt"),
    ("less than", "lt"),
    ("under", "lt"),
    ("below", "lt"),
    ("fewer than", "lt"),
    ("up to", "le"),
    ("as much as", "le"),
    ("at most", "le"),
    ("以下", "le"),
    ("未満", "lt"),
    ("almost", "lt"),
    ("nearly", "lt"),
    ("just under", "lt"),
    ("about", "approx"),
    ("around", "approx"),
    ("roughly", "approx"),
    ("approximately", "approx"),
    ("some", "approx"),
    ("an estimated", "approx"),
    ("estimated", "approx"),
    ("約", "approx"),
    ("およそ", "approx"),
]
_NUMBER = re.compile(r"(\d+(?:[,，]\d{3})*(?:\.\d+)?)")
_WORD_NUMBERS = {"a": 1.0, "one": 1.0, "a half": 0.5, "half": 0.5}


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure as a comparable amount: the range of values it allows."""

    value: float
    unit: str
    qualifier: Qualifier
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class FigureRow:
    """Figures of one unit and magnitude, lined up; ``agree`` is False when sources differ."""

    unit: str
    figures: tuple[Figure, ...]
    agree: bool


def parse_figure(text: str) -> tuple[float, str, Qualifier] | None:
    """Value, unit and qualifier of a simple money or percentage text, or None.

    Args:
        text: ``more than $1 trillion``, ``US$36.8 billion``, ``7.8 per cent``,
            ``5,163 yen``, ``129.10香港ドル``, ``a trillion-dollar``.
    """
    t = unicodedata.normalize("NFKC", text).strip().lower()
    qualifier: Qualifier = "exact"
    for word, qual in _QUALIFIERS:
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", t):
            qualifier = qual
            break
    match = _NUMBER.search(t)
    if match:
        number = float(re.sub(r"[,，]", "", match.group(1)))
        rest = t[match.end() :]
        before = t[: match.start()]
    else:
        spelled = re.search(r"\b(a half|half|a|one)[- ](thousand|million|billion|trillion)\b", t)
        if not spelled:
            return None
        number = _WORD_NUMBERS[spelled.group(1)]
        rest = t[spelled.end(1) :]
        before = t[: spelled.start()]
    scale = 1.0
    scale_match = re.match(
        r"\s*-?\s*(thousand|million|billion|trillion|mln|bln|mn|bn|tn|tr|k|m|b|万|億|兆)(?![a-z])",
        rest,
    )
    if scale_match:
        scale = _SCALES[scale_match.group(1)]
    if re.search(r"%|per ?cent|パーセント", rest[:12]):
        return number, "percent", qualifier
    if re.match(r"\s*(percentage points?|pp|ポイント)", rest):
        return number, "pp", qualifier
    unit = None
    for prefix, code in _CURRENCY_PREFIX:
        if before.rstrip().endswith(prefix) or before.replace(" ", "").endswith(prefix):
            unit = code
            break
    if unit is None:
        for word_, code in _CURRENCY_WORD:
            if word_ in rest:
                unit = code
                break
    if unit is None:
        return None
    return number * scale, unit, qualifier


def figure_of(article: str, quantity: Quantity) -> Figure | None:
    """The event figure of a quantity (money or percentage), or None if it has no value."""
    if quantity.value is not None and quantity.unit:
        return Figure(
            article=article,
            text=quantity.text,
            value=quantity.value,
            unit=quantity.unit,
            qualifier=quantity.qualifier,
        )
    parsed = parse_figure(quantity.text)
    if parsed is None:
        return None
    value, unit, qualifier = parsed
    return Figure(article=article, text=quantity.text, value=value, unit=unit, qualifier=qualifier)


def _precision(text: str, value: float) -> float:
    """Half a step of the last digit written, in the figure's units (rounding tolerance)."""
    match = _NUMBER.search(unicodedata.normalize("NFKC", text))
    if not match or value == 0:
        return abs(value) * 0.005
    digits = match.group(1).replace(",", "").replace("，", "")
    written = float(digits)
    if written == 0:
        return 0.0
    decimals = len(digits.partition(".")[2])
    step = 10.0**-decimals if decimals else 1.0
    if not decimals:
        # "1 trillion", "200 billion": the last non-zero digit sets the step.
        stripped = digits.rstrip("0")
        step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    return abs(value / written) * step / 2


def amount_of(figure: Figure) -> Amount | None:
    """The range of amounts a figure allows, or None without value or unit."""
    if figure.value is None or not figure.unit:
        return None
    v = figure.value
    tol = _precision(figure.text, v)
    q = figure.qualifier
    if q in ("gt", "ge"):
        low, high = v, v * BOUND_SPAN + tol
    elif q in ("lt", "le"):
        low, high = v / BOUND_SPAN - tol, v
    elif q == "approx":
        spread = max(abs(v) * APPROX, tol)
        low, high = v - spread, v + spread
    else:
        low, high = v - tol, v + tol
    return Amount(v, figure.unit, q, min(low, high), max(low, high))


def figures_agree(a: Figure, b: Figure) -> bool | None:
    """True if the two figures can state the same amount, False if not, None if incomparable."""
    x, y = amount_of(a), amount_of(b)
    if x is None or y is None or x.unit != y.unit:
        return None
    return x.low <= y.high and y.low <= x.high


def magnitude_ratio(a: Figure, b: Figure) -> float | None:
    """How many times larger the bigger value is (same unit only)."""
    if a.value is None or b.value is None or a.unit != b.unit:
        return None
    x, y = abs(a.value), abs(b.value)
    if min(x, y) == 0:
        return math.inf if max(x, y) else 1.0
    return max(x, y) / min(x, y)


def line_up(figures: Sequence[Figure]) -> list[FigureRow]:
    """Group figures by unit and magnitude, flagging rows where sources disagree.

    Figures of one unit are chained together while each is within
    :data:`MAGNITUDE_GROUP` of the previous (sorted by value), so a share price
    and a market value never share a row. A row disagrees when two of its
    figures from different articles do not agree.

    Returns:
        Rows sorted by unit, then value.
    """
    by_unit: dict[str, list[Figure]] = {}
    for figure in figures:
        if figure.value is not None and figure.unit:
            by_unit.setdefault(figure.unit, []).append(figure)
    rows: list[FigureRow] = []
    for unit in sorted(by_unit):
        ordered = sorted(by_unit[unit], key=lambda f: (f.value or 0.0, f.article, f.text))
        groups: list[list[Figure]] = []
        for figure in ordered:
            if groups and (magnitude_ratio(groups[-1][-1], figure) or math.inf) <= MAGNITUDE_GROUP:
                groups[-1].append(figure)
            else:
                groups.append([figure])
        for group in groups:
            agree = all(
                figures_agree(a, b) is not False
                for i, a in enumerate(group)
                for b in group[i + 1 :]
                if a.article != b.article
            )
            rows.append(FigureRow(unit, tuple(group), agree))
    return rows
