"""The meaning of a quantity expression: label, value, unit and qualifier from its tokens' readings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from tui.core.model.schema import Qualifier
from tui.core.nlp.quantities import lexicon as lx
from tui.core.nlp.quantities.lexer import Lex


def tidy_value(value: float | None) -> float | None:
    """A figure as written, without the float's last-digit noise of scaling: "132.79
    billion" is 132790000000.0, not 132789999999.99998 (15 significant digits, all that
    a double always holds)."""
    return None if value is None else float(f"{value:.15g}")


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a quantity expression says."""

    label: str
    value: float | None
    unit: str | None
    qualifier: Qualifier

    def __post_init__(self) -> None:
        # "132.79 billion" is 132790000000.0 here as in the annotations (Quantity's value)
        object.__setattr__(self, "value", tidy_value(self.value))


def _unique(lexes: Sequence[Lex | None]) -> list[Lex]:
    """Each phrase once, in order."""
    out: list[Lex] = []
    for lex in lexes:
        if lex is not None and (not out or out[-1] is not lex):
            out.append(lex)
    return out


def interpret(
    lexes: Sequence[Lex | None], noun: str | None = None, country: str | None = None
) -> Meaning | None:
    """The meaning of one quantity expression from its tokens' lexicon readings.

    Args:
        lexes: The readings of the expression's tokens (unknown tokens as None).
        noun: The counted noun found after a bare number, if any (its lemma).
        country: The article's country (ISO 3166 alpha-2), which decides what a
            word naming several currencies means ("crowns" in Oslo are NOK).

    Returns:
        Label, value, unit and qualifier; None if the tokens hold no number.
    """
    parts = _unique(lexes)
    qualifier: Qualifier = "exact"
    value: float | None = None
    scale = 1.0
    currency = percent = points = measure = counter = None
    fraction = ordinal = multiplier = None
    article = False  # "a" or "an" standing for one: "about a block", "half a point"
    for lex in parts:
        kind = lex.kind
        if kind in ("QPRE", "QPOST") and qualifier == "exact":
            # The lexicon puts a qualifier word's Qualifier in ``unit``.
            qualifier = cast("Qualifier", lex.unit)
        elif kind in ("NUM", "NUMW", "FNUM"):
            value = lex.value if value is None else value + (lex.value or 0)
        elif kind == "CURNUM":
            value, currency = lex.value, lex.unit
        elif kind in ("CURPRE", "CUR", "CODE"):
            if lex.family and currency is None:
                currency = lx.CURRENCY_FAMILIES[lex.family].code_for(country)
            currency = currency or lex.unit
            if kind == "CUR" and lex.value:  # a sub-unit: "31 cents"
                scale *= lex.value
        elif kind == "SCALE":
            scale *= lex.value or 1
        elif kind == "PCT":
            percent = lex.value
        elif kind == "PP":
            points = lex.value
        elif kind == "PCTNUM":
            value, percent = lex.value, 1.0
        elif kind == "PPNUM":
            value, points = lex.value, 1.0
        elif kind == "MULNUM":
            value, multiplier = lex.value, "times"
        elif kind == "MEASURE":
            measure = lex.unit
        elif kind == "COUNTER":
            counter = lex.unit
        elif kind == "FRAC":
            fraction = lex.value
        elif kind == "WEAK":
            article = True
        elif kind == "ORD":
            ordinal = lex.value
        elif kind == "ORDSUF":
            ordinal = value
        elif kind == "ORDPRE":
            ordinal = -1.0  # the number after it is the rank
    if ordinal == -1.0:
        ordinal = value
    if fraction is not None and value is None and (points is not None or percent is not None):
        value = fraction  # "half a percentage point", "one-half point"
    elif fraction is not None and value is None and article and measure:
        value = fraction  # "half a mile", "a quarter of a mile" is no measure of its own
    elif fraction is not None:
        return Meaning("CARDINAL", round(fraction, 4), "fraction", qualifier)
    if value is None and article and measure:
        value = 1.0
    if ordinal is not None:
        return Meaning("ORDINAL", ordinal, None, "exact")
    if value is None:
        if scale != 1.0 and (currency or noun):  # "a trillion-dollar", "a dozen units"
            value = 1.0
        else:
            return None
    value *= scale
    if currency:
        return Meaning("MONEY", value, currency, qualifier)
    if percent is not None:
        return Meaning("PERCENT", value * percent, "percent", qualifier)
    if points is not None:
        return Meaning("PERCENT", value * points, "pp", qualifier)
    if measure:
        return Meaning("QUANTITY", value, measure, qualifier)
    if multiplier:
        return Meaning("CARDINAL", value, multiplier, qualifier)
    return Meaning("CARDINAL", value, counter or noun or "count", qualifier)


def singular(word: str) -> str:
    """A plain English singular, for counted nouns typed without a tagger."""
    if word in lx.IRREGULAR_SINGULARS:
        return lx.IRREGULAR_SINGULARS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
