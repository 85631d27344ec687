"""Units written once for two figures: ranges, "X vs Y", "from Y", bid/offer quotes and earnings tables.

News writes a unit once where two figures share it: ``between five and 30
percentage points``, ``18.25 to 20.00 dlrs``, ``420.00/420.50 dlrs``, ``rose to 7.3
billion dlrs from 4.3 billion``, ``Net 5.3 mln vs 4.1 mln``. The grammar reads each
figure alone; these pure functions then give a bare figure the unit its partner
has. In an earnings table (``Revs 111.7 mln vs 85.0 mln``) even both figures are
bare: they are money in the currency of the story's country, or shares where the
row counts shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.model.schema import Quantity

#: Words between the first end of a range or alternative and the second.
_RANGE_BETWEEN = re.compile(r"\s*(?:to|and|or|-|–|/)\s*", re.IGNORECASE)
#: Words between a figure and a later one it is set against ("vs", "from", "against").
_AGAINST_BETWEEN = re.compile(
    r"(?:[^;:\n]{0,40}?[\s,])?(?:vs\.?|versus|against|from|compared (?:with|to)|compares with)\s+",
    re.IGNORECASE,
)
#: A quote of two prices in one word: ``420.00/420.50 dlrs``.
_QUOTE_PAIR = re.compile(r"(?P<first>\d[\d,]*\.\d+)/(?=\d)")
#: A line of an earnings table: a short row label, then figures set against each other.
_EARNINGS_ROW = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Za-z.&/'-]*(?:[ ][A-Za-z.&/'-]+){0,4}?)"
    r"[ \t]+(?:(?:loss|profit)[ \t]+)?[\d(].{0,80}?\bvs\.?(?:\s|$)",
)
#: Longest line read as an earnings row.
_ROW_MAX = 100
#: Row labels that count shares, not money (``Avg shrs``, ``Shares outstanding``).
_SHARE_ROW = re.compile(r"\b(?:shrs|shares)\b", re.IGNORECASE)
#: Words of an earnings row that a counted-noun reading takes for the unit ("11.4 mln loss").
_ROW_WORDS = re.compile(r"[ \t]+(?:loss|profit|debit|credit|gain)$", re.IGNORECASE)


#: A scale word in a figure's text: such a number is an amount, not a count of things.
_SCALED = re.compile(r"\b(?:mln|bln|million|billion|trillion|mn|bn)\b|\dMM\b", re.IGNORECASE)
#: The end of a sentence or a paragraph between two figures.
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z\"'])|\n")


def is_bare(quantity: Quantity) -> bool:
    """A number that says nothing of what it counts (``count``)."""
    return quantity.label == "CARDINAL" and quantity.unit == "count"


def _with_unit(bare: Quantity, partner: Quantity) -> Quantity:
    return bare.model_copy(update={"label": partner.label, "unit": partner.unit})


def split_quote_pairs(quantities: Sequence[Quantity]) -> list[Quantity]:
    """``420.00/420.50 dlrs``: two figures, the bid and the offer, each with the unit."""
    out: list[Quantity] = []
    for quantity in quantities:
        match = _QUOTE_PAIR.match(quantity.text)
        if match is None or quantity.value is None:
            out.append(quantity)
            continue
        first_text = match.group("first")
        first_value = float(first_text.replace(",", ""))
        ratio = quantity.value / float(_first_number(quantity.text[match.end() :]) or 1)
        out.append(
            quantity.model_copy(
                update={
                    "end": quantity.start + len(first_text),
                    "text": first_text,
                    "value": first_value * ratio,
                    "qualifier": "exact",
                }
            )
        )
        out.append(
            quantity.model_copy(
                update={"start": quantity.start + match.end(), "text": quantity.text[match.end() :]}
            )
        )
    return out


def _first_number(text: str) -> float | None:
    match = re.match(r"\d[\d,]*(?:\.\d+)?", text)
    return float(match.group().replace(",", "")) if match else None


def share_units(text: str, quantities: Sequence[Quantity], currency: str) -> list[Quantity]:
    """Figures in text order, bare ones given the unit their partner or row says.

    Args:
        text: The article text the offsets point into.
        quantities: The article's figures, in text order.
        currency: The currency of the story's country, for the bare amounts of an
            earnings table.

    Returns:
        The same figures, some with a label and unit they lacked.
    """
    out = [_earnings_row(text, q, currency) for q in split_quote_pairs(quantities)]
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        between = text[first.end : second.start]
        if is_bare(first) and not is_bare(second) and _RANGE_BETWEEN.fullmatch(between):
            out[i] = _with_unit(first, second)
        elif _AGAINST_BETWEEN.fullmatch(between) and is_bare(first) != is_bare(second):
            if is_bare(second):
                out[i + 1] = _with_unit(second, first)
            else:
                out[i] = _with_unit(first, second)
    return _sentence_money(text, out)


def _sentence_money(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare amount in millions or billions beside money in the same sentence is money too.

    "pre-tax profit rose to 54.9 mln stg ... on turnover that lifted to 1.70 billion".
    """
    out = list(quantities)
    for i, quantity in enumerate(out):
        if not (is_bare(quantity) and _SCALED.search(quantity.text)):
            continue
        for j in sorted(range(len(out)), key=lambda j: abs(j - i)):
            other = out[j]
            if other.label != "MONEY":
                continue
            low, high = (
                sorted((other.end, quantity.start))
                if j < i
                else sorted((quantity.end, other.start))
            )
            if _SENTENCE_BREAK.search(text, low, high) is None:
                out[i] = _with_unit(quantity, other)
            break
    return out


def _line_of(text: str, start: int) -> tuple[int, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, text[line_start : line_end if line_end != -1 else len(text)]


def _earnings_row(text: str, quantity: Quantity, currency: str) -> Quantity:
    if quantity.label != "CARDINAL" or quantity.unit is None:
        return quantity
    line_start, line = _line_of(text, quantity.start)
    row = _EARNINGS_ROW.match(line) if len(line) <= _ROW_MAX else None
    if row is None or quantity.start - line_start < row.end("label"):
        return quantity
    trailing = _ROW_WORDS.search(quantity.text)
    if trailing is not None:
        cut = trailing.start()
        quantity = quantity.model_copy(
            update={"end": quantity.start + cut, "text": quantity.text[:cut], "unit": "count"}
        )
    if not is_bare(quantity):
        return quantity
    if _SHARE_ROW.search(row.group("label")):
        return quantity.model_copy(update={"unit": "share"})
    return quantity.model_copy(update={"label": "MONEY", "unit": currency})
