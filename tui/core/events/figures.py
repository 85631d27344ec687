"""Comparing figures across sources: do two passages state the same amount?

A figure is a value in a unit with a qualifier (``more than $1 trillion``). Each
becomes a range of the amounts it allows: an exact figure allows what rounds to
it at the precision it was written with (``$1 trillion`` covers 0.5-1.5
trillion, ``$34.5 billion`` 34.45-34.55 billion), a bound allows up to half as
much again beyond it, an approximation 10% either way. Two figures agree when
their ranges meet; :func:`line_up` groups an event's figures by unit and
magnitude and flags the figures two sources state differently.

Quantities normally arrive with ``value``/``unit``/``qualifier`` from extraction;
:func:`parse_figure` reads the text with extraction's own quantity reader when they do not.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model.schema import Figure, Qualifier, Quantity
from tui.core.nlp.quantities.lexer import DIGITS, SLASH_FRACTION, normal
from tui.core.nlp.quantities.parse import read_quantity

#: How far beyond a bound a figure may still lie (``more than 5%`` allows up to 7.5%).
BOUND_SPAN = 1.5
#: Qualifiers of a bound (``more than 5%``): a range, not a figure stated.
BOUNDS = frozenset({"gt", "lt", "ge", "le"})
#: Relative width of an approximation (``about $4 billion``).
APPROX = 0.10
#: Figures of one unit within this factor of each other are lined up together.
MAGNITUDE_GROUP = 3.0

#: Labels of the quantities that are figures of an event.
FIGURE_LABELS = ("MONEY", "PERCENT")
#: Currencies whose unit is worth between about half a dollar and two: a sum in one is
#: compared with a sum in another, with :data:`CURRENCY_SLACK` more room.
DOLLAR_LIKE = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD", "IEP"})
CURRENCY_SLACK = 2.0
#: The unit of a measure written with decimals (a magnitude, a rating).
MEASURE = "measure"


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
    """Figures of one unit and magnitude, lined up; ``agree`` is False when sources differ,
    and ``differing`` holds the figures that do (positions in ``figures``)."""

    unit: str
    figures: tuple[Figure, ...]
    agree: bool
    differing: frozenset[int] = frozenset()

    def per_value(self) -> tuple[tuple[int, ...], ...]:
        """The row as a reader compares it: each value once, with every source that states
        it. A group of positions in ``figures`` per value and qualifier, in the row's
        order ("18 dlrs" stated three times by one report, written "18 DLR" in its
        headline and "$18" by a second report, is one figure of two sources; "more than
        $1 trillion" and "$1 trillion" are two).

        Returns:
            Groups of positions, each the figures stating one value.
        """
        groups: dict[tuple[float | None, str], list[int]] = {}
        for i, figure in enumerate(self.figures):
            groups.setdefault((figure.value, figure.qualifier), []).append(i)
        return tuple(tuple(g) for g in groups.values())


def parse_figure(text: str) -> tuple[float, str, Qualifier] | None:
    """Value, unit and qualifier of a money or percentage text, or None.

    Read by the quantity reader of extraction (:func:`tui.core.nlp.quantities.parse.read_quantity`).

    Args:
        text: ``more than $1 trillion``, ``US$36.8 billion``, ``7.8 per cent``,
            ``5,163 yen``, ``129.10香港ドル``, ``a trillion-dollar``.
    """
    meaning = read_quantity(text)
    if meaning is None or meaning.label not in FIGURE_LABELS:
        return None
    if meaning.value is None or meaning.unit is None:
        return None
    return meaning.value, meaning.unit, meaning.qualifier


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


#: A number written with a fraction, whole part or none ("8-3/4", "100 5/8", "3/8").
_WITH_FRACTION = re.compile(rf"(?:(\d+)[- ])?{SLASH_FRACTION.pattern}(?!\d)")

#: The finest step wire copy quotes in eighths: "8-1/2" is four eighths, as exact as
#: "8-5/8" (coupons, prices, spreads).
EIGHTH = 8


def _precision(text: str, value: float) -> float:
    """Half a step of the last digit written, in the figure's units (rounding tolerance).
    A fraction is written to the eighth, or the finer step it names ("8-3/4 pct" is not
    "8-1/2 pct", "100-5/8" not "100-3/4")."""
    norm = normal(text)
    if value != 0 and (fraction := _WITH_FRACTION.search(norm)) is not None:
        whole, num, den = fraction.groups()
        written = int(whole or 0) + int(num) / int(den)
        if written:
            return abs(value / written) / max(int(den), EIGHTH) / 2
    match = DIGITS.search(norm)
    if not match or value == 0:
        return abs(value) * 0.005
    digits = match.group().replace(",", "")
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
    """True if the two figures can state the same amount, False if not, None if incomparable.

    Two ranges that only touch state two amounts: a figure rounded to its last digit
    stands for a half-open range ("300 mln" for 250 up to 350, "400 mln" from 350), so
    "300 mln stg" and "400 mln stg" disagree, while "300 mln" and "345 mln" agree.
    """
    x, y = amount_of(a), amount_of(b)
    if x is None or y is None or x.unit != y.unit:
        return None
    return x.value == y.value or (x.low < y.high and y.low < x.high)


def magnitude_ratio(a: Figure, b: Figure) -> float | None:
    """How many times larger the bigger value is (same unit only)."""
    if a.value is None or b.value is None or a.unit != b.unit:
        return None
    x, y = abs(a.value), abs(b.value)
    if min(x, y) == 0:
        return math.inf if max(x, y) else 1.0
    return max(x, y) / min(x, y)


def kept_figures(figures: Sequence[Figure], limit: int) -> tuple[Figure, ...]:
    """At most ``limit`` of an event's figures, each source's each text once, chosen for
    comparing its sources: first those another source states alike, then those another
    source could contradict (a figure of its unit within :data:`MAGNITUDE_GROUP`), then the
    rest; each kind taken a source at a time in turn, so that one report's table of a
    dozen sums does not crowd out what a second report says of the same happening.

    Args:
        figures: The event's figures, in the order its passages give them.
        limit: How many to keep.

    Returns:
        The figures kept, in the order given.
    """
    first: dict[tuple[str, str], Figure] = {}
    for f in figures:
        first.setdefault((f.article, f.text), f)
    unique = list(first.values())
    if len(unique) <= limit:
        return tuple(unique)
    kinds = _compared(unique)
    sources = list(dict.fromkeys(f.article for f in unique))
    chosen: set[int] = set()
    for kind in (_STATED_ALIKE, _NEAR, _ALONE):
        queues: dict[str, deque[int]] = {a: deque() for a in sources}
        for i, f in enumerate(unique):
            if kinds.get(i, _ALONE) == kind:
                queues[f.article].append(i)
        while len(chosen) < limit and any(queues.values()):
            for queue in queues.values():
                if queue and len(chosen) < limit:
                    chosen.add(queue.popleft())
    return tuple(unique[i] for i in sorted(chosen))


#: How a figure compares with the other sources' (:func:`kept_figures`): one states it
#: alike; one states a figure of its unit and magnitude; none does.
_STATED_ALIKE, _NEAR, _ALONE = 0, 1, 2


def _compared(figures: Sequence[Figure]) -> dict[int, int]:
    """Position -> how the figure compares with those of other sources (:data:`_STATED_ALIKE`
    or :data:`_NEAR`; a figure missing compares with none)."""
    by_unit: dict[str, list[int]] = {}
    for i, f in enumerate(figures):
        if f.value is not None and f.unit:
            by_unit.setdefault(f.unit, []).append(i)
    out: dict[int, int] = {}
    for positions in by_unit.values():
        ordered = sorted(positions, key=lambda i: abs(figures[i].value or 0.0))
        for n, i in enumerate(ordered):
            for j in ordered[n + 1 :]:
                if (magnitude_ratio(figures[i], figures[j]) or math.inf) > MAGNITUDE_GROUP:
                    break
                if figures[i].article != figures[j].article:
                    kind = _STATED_ALIKE if figures_agree(figures[i], figures[j]) else _NEAR
                    for x in (i, j):
                        out[x] = min(out.get(x, _ALONE), kind)
    return out


def lead_figures_conflict(
    a: Sequence[Amount],
    b: Sequence[Amount],
    money_ratio: float,
    count_ratio: float,
    measure_ratio: float = 1.05,
    wire: bool = False,
) -> bool:
    """Two reports' leading figures cannot be one happening's: of some kind both give
    (a sum of money, a count of people, a measure) none of one is near one of the
    other's.

    Near: a sum of money within ``money_ratio`` times another (dollar-like currencies are
    compared with one another with :data:`CURRENCY_SLACK` more room); a count within
    ``count_ratio`` times; a sum in another currency is near none, unless both are
    dollar-like (:func:`currencies_apart`). A count grows from report to report (a toll, arrests): a
    smaller count written as a lower bound (``at least 3``) is near any larger one.

    Args:
        a: One report's lead figures (:func:`amount_of`).
        b: The other's.
        money_ratio: How many times larger a sum of money must be to differ.
        count_ratio: The same for counts (any unit that is not a currency).
        measure_ratio: The same for measures written with decimals (unit ``measure``).
        wire: Both are wire copy (:func:`currencies_apart`).

    Returns:
        True if they conflict.
    """
    compared: dict[str, bool] = {}
    for x in a:
        for y in b:
            if currencies_apart(x.unit, y.unit, wire):
                compared["money"] = compared.get("money", False)
                continue
            limit = _limit(x.unit, y.unit, money_ratio, count_ratio, measure_ratio)
            if limit is None:
                continue
            kind = "money" if _is_currency(x.unit) else x.unit
            small, large = (x, y) if abs(x.value) <= abs(y.value) else (y, x)
            counted = kind not in ("money", MEASURE)
            near = (counted and small.qualifier in ("ge", "gt")) or abs(large.value) <= limit * abs(
                small.value
            )
            compared[kind] = compared.get(kind, False) or near
    return not all(compared.values())


def _limit(
    u: str, v: str, money_ratio: float, count_ratio: float, measure_ratio: float
) -> float | None:
    """How many times apart figures of these units may be and still be near (None:
    incomparable units)."""
    if u == v == MEASURE:
        return measure_ratio
    if u == v:
        return money_ratio if _is_currency(u) else count_ratio
    if u in DOLLAR_LIKE and v in DOLLAR_LIKE:
        return money_ratio * CURRENCY_SLACK
    return None


def currencies_apart(u: str, v: str, wire: bool = False) -> bool:
    """Sums in these two units cannot be one sum: two currencies, not both dollar-like
    (a bond of 300 mln guilders and one of 300 mln Danish crowns are two issues); or,
    between two ``wire`` reports (each opening with a dateline), any two currencies: an
    agency states a sum in the currency it was set in (100 mln dlrs and 100 mln Swiss
    francs of one issuer are two issues), where web reports of one happening may each
    give it in their readers' money. A report that converts a sum names both currencies,
    and its figure in the other report's currency is the one compared."""
    return (
        u != v
        and _is_currency(u)
        and _is_currency(v)
        and (wire or not (u in DOLLAR_LIKE and v in DOLLAR_LIKE))
    )


def _is_currency(unit: str) -> bool:
    """An ISO 4217 code (``USD``, ``EUR``)."""
    return len(unit) == 3 and unit.isupper()


def line_up(figures: Sequence[Figure]) -> list[FigureRow]:
    """Group figures by unit and magnitude, flagging rows where sources disagree.

    Figures of one unit are chained together while each is within
    :data:`MAGNITUDE_GROUP` of the previous (sorted by value), so a share price
    and a market value never share a row. A row disagrees where two of its sources
    each state a figure the other states nowhere in the row, within
    :data:`MAGNITUDE_GROUP` of each other: "three undersea cables" beside "two", "$150
    million" beside "$140 million". A source that states more figures than another
    (a release's every item, where a shorter report gives two) differs from none, nor
    do two reports giving one change's "from three billion yuan to five billion"
    (measured on the 19k Reuters stories: 1,044 rows flagged before, 434 after), nor two
    values each of which another source states too (two bids, two polls: 144 rows
    flagged before, 121 after; on ECB+ 58, 41).

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
            differing = _differing(group)
            rows.append(FigureRow(unit, tuple(group), not differing, differing))
    return rows


def _differing(group: Sequence[Figure]) -> frozenset[int]:
    """The figures of a row that another source contradicts: for each two sources, the
    figures of each that none of the other's agrees with, where one of one side is
    within :data:`MAGNITUDE_GROUP` of one of the other's. Two figures that each another
    source states alike are two quantities the sources agree on, not one told two ways
    (a bid of 90.25 dlrs and a rival's of 92.50, each told by four reports; one poll's
    six-point lead and a later poll's nine-point one). A bound states nothing alike:
    "more than $1 trillion" allows both "$1.1 trillion" and "$2 trillion"."""
    by_article: dict[str, list[int]] = {}
    for i, figure in enumerate(group):
        by_article.setdefault(figure.article, []).append(i)
    told_alike = {
        i
        for i, f in enumerate(group)
        if f.qualifier not in BOUNDS
        and any(
            g.article != f.article and g.qualifier not in BOUNDS and figures_agree(f, g)
            for g in group
        )
    }
    articles = sorted(by_article)
    out: set[int] = set()
    for n, a in enumerate(articles):
        for b in articles[n + 1 :]:
            mine = _unmatched(group, by_article[a], by_article[b])
            theirs = _unmatched(group, by_article[b], by_article[a])
            for x in mine:
                for y in theirs:
                    if x in told_alike and y in told_alike:
                        continue
                    if (magnitude_ratio(group[x], group[y]) or math.inf) <= MAGNITUDE_GROUP:
                        out.update((x, y))
    return frozenset(out)


def _unmatched(group: Sequence[Figure], mine: Sequence[int], theirs: Sequence[int]) -> list[int]:
    """Positions of ``mine`` that no figure of ``theirs`` agrees with."""
    return [x for x in mine if not any(figures_agree(group[x], group[y]) for y in theirs)]
