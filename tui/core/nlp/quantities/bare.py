"""Bare numbers resolved by a small learned model: keep the count, drop it, or count a thing of its context.

A number whose counted thing the grammar did not find has the unit ``count``
(:func:`~tui.core.nlp.quantities.sharing.is_bare`); on unseen newswire such an
output is almost never right as it stands. Either the counted thing is written
elsewhere (``23`` ... pirates, the unit of a sibling figure), or the number is
no figure by the conventions (an age, a score, a version, a clock time, a list
label). Per bare number :func:`bare_readings` lists the readings (keep, drop, the
unit of each sibling figure of its sentence or line, each noun of its sentence
and the plural nouns of the sentence before) with sparse features of where the
reading comes from, its distance and its syntax, and of the number's shape and
neighbours; :class:`BareModel` scores them with weights a conditional logit
learned in ``bench/bare_numbers.py`` (``data/bare_numbers.yaml``: feature names
and numbers only) and takes the best; a number written with a scale word, or a
table's cell, is never dropped. Lexical features are closed-class words only (spaCy's
stop words and punctuation; any other word is its tag or ``w``), so the weights hold
no corpus text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

import yaml
from spacy.tokens import Doc, Span, Token

from tui.core.model.schema import Quantity
from tui.core.nlp.quantities.grammar import noun_unit
from tui.core.nlp.quantities.lexicon import SCALE_WORDS
from tui.core.nlp.quantities.sharing import is_bare, is_scaled, lends_unit

#: The kinds of reading: the number as it is, no figure, a sibling figure's unit, a noun.
KEEP, DROP, SIBLING, NOUN, NOUN_BEFORE = "keep", "drop", "sibling", "noun", "noun before"
#: The feature of a number in a short line of three or more numbers: a table's cell.
_TABLE_ROW = "table row"
#: Most nouns of one sentence offered, nearest first (of the sentence before: plural ones).
_NOUNS, _NOUNS_BEFORE = 8, 4
#: Words and runs of punctuation, for what stands between two figures.
_WORDS = re.compile(r"\w+|[^\w\s]+")
#: Units a sibling figure never lends a bare number.
_NOT_LENT = frozenset({"count", "fraction", "times"})


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a bare number: keep it, drop it, or give it a label and unit."""

    kind: str
    label: str | None
    unit: str | None
    features: tuple[str, ...]


class Chooser(Protocol):
    """Anything that picks one of a bare number's readings (the model, or a recorder)."""

    def choose(self, quantity: Quantity, readings: Sequence[Reading]) -> int: ...


class BareModel:
    """A linear score per reading; the best reading wins (ties: the first, ``keep``)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def score(self, reading: Reading) -> float:
        """The sum of the weights of the reading's features."""
        return sum(self.weights.get(f, 0.0) for f in reading.features)

    def choose(self, quantity: Quantity, readings: Sequence[Reading]) -> int:
        """The index of the best-scored reading."""
        scores = [self.score(r) for r in readings]
        return max(range(len(scores)), key=lambda i: (scores[i], -i))


@lru_cache(maxsize=1)
def load_bare_model() -> BareModel:
    """The weights shipped with the package (``data/bare_numbers.yaml``), read once."""
    path = resources.files("tui.core.nlp").joinpath("data", "bare_numbers.yaml")
    data = yaml.safe_load(path.read_text("utf-8"))
    return BareModel({str(k): float(v) for k, v in (data.get("weights") or {}).items()})


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _word(token: Token, stop: frozenset[str] | set[str]) -> str:
    """A neighbour as a feature: a closed-class word itself, else its tag."""
    lower = token.lower_
    if token.is_punct or lower in stop or token.like_num:
        return "NUM" if token.like_num and not token.is_punct else lower
    return token.tag_


def number_features(text: str, quantity: Quantity, span: Span, figures: int) -> list[str]:
    """Features of a bare number's shape and neighbours (the same for every reading).

    Args:
        text: The article text.
        quantity: The bare number.
        span: Its tokens in the parse.
        figures: How many other figures its sentence holds.

    Returns:
        Feature names.
    """
    doc = span.doc
    stop = _stop_words(doc)
    raw = quantity.text.strip()
    value = quantity.value or 0.0
    out = ["bias"]
    digits = sum(c.isdigit() for c in raw)
    if not digits:
        out.append("shape=word")
    elif "." in raw:
        out.append("shape=decimal")
    elif "," in raw:
        out.append("shape=thousands")
    else:
        out.append(f"shape=int{min(digits, 5)}")
    if digits == 4 and raw.isdigit() and 1900 <= value <= 2039:
        out.append("shape=year")
    if raw.startswith("."):
        out.append("shape=leading point")
    if "-" in raw or "/" in raw:
        out.append("shape=joined")
    out.append("value<=" + _bucket(int(abs(value)), (1, 12, 31, 100, 1000, 100000)))
    if value != int(value):
        out.append("value=fractional")
    first, last = span[0], span[-1]
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    out.append("prev=" + (_word(before, stop) if before is not None else "START"))
    out.append("next=" + (_word(after, stop) if after is not None else "END"))
    if first.i > 1:
        out.append("prev2=" + _word(doc[first.i - 2], stop))
    if last.i + 2 < len(doc):
        out.append("next2=" + _word(doc[last.i + 2], stop))
    if after is not None and after.pos_ == "PROPN":
        out.append("next=proper")
    if before is not None and before.pos_ == "PROPN":
        out.append("prev=proper")
    out.append("dep=" + last.dep_)
    out.append("head=" + last.head.pos_)
    if last.head.i != last.i:
        out.append("head " + ("after" if last.head.i > last.i else "before"))
    out.append("ent=" + (last.ent_type_ or "-"))
    line_start = text.rfind("\n", 0, quantity.start) + 1
    line_end = text.find("\n", quantity.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not text[line_start : quantity.start].strip():
        out.append("line start")
    numbers = sum(1 for w in line.split() if any(c.isdigit() for c in w))
    out.append("line numbers<=" + _bucket(numbers, (1, 2, 4)))
    if len(line) <= 80 and numbers >= 3:
        out.append(_TABLE_ROW)
    if (
        text[quantity.start - 1 : quantity.start] == "("
        or text[quantity.end : quantity.end + 1] == ")"
    ):
        out.append("bracketed")
    out.append("figures<=" + _bucket(figures, (0, 1, 3)))
    if span.sent.start == first.i:
        out.append("sentence start")
    return out


@lru_cache(maxsize=4)
def _stop_words_of(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(lang).Defaults.stop_words)


def _stop_words(doc: Doc) -> frozenset[str]:
    return _stop_words_of(doc.lang_ or "en")


def _distance(d: int) -> str:
    return _bucket(abs(d), (1, 3, 6, 12, 25))


def _between(text: str, a: int, b: int, stop: frozenset[str]) -> str:
    """What stands between two figures (``a`` to ``b``) as a feature: up to three words,
    each a closed-class word or punctuation itself, any other word ``w``; else ``long``."""
    words = _WORDS.findall(text[a:b].lower())
    if len(words) > 3 or any(c.isdigit() for c in text[a:b]):
        return "long"
    return " ".join(w if w in stop or not w[0].isalnum() else "w" for w in words)


def _sibling_readings(
    text: str,
    quantity: Quantity,
    siblings: Sequence[Quantity],
    shape: Sequence[str],
    stop: frozenset[str],
) -> list[Reading]:
    out: list[Reading] = []
    seen: set[str] = set()
    ordered = sorted(
        siblings, key=lambda s: min(abs(s.start - quantity.end), abs(quantity.start - s.end))
    )
    for rank, sibling in enumerate(ordered):
        if sibling.unit is None or sibling.unit in seen or sibling.unit in _NOT_LENT:
            continue
        if not lends_unit(sibling, quantity):
            continue
        seen.add(sibling.unit)
        after = sibling.start >= quantity.end
        gap = sibling.start - quantity.end if after else quantity.start - sibling.end
        features = [
            SIBLING,
            f"{SIBLING} label={sibling.label}",
            f"{SIBLING} chars<=" + _bucket(gap, (2, 6, 15, 40, 80)),
            f"{SIBLING} " + ("after" if after else "before"),
            f"{SIBLING} between="
            + _between(
                text,
                quantity.end if after else sibling.end,
                sibling.start if after else quantity.start,
                stop,
            ),
            f"{SIBLING} rank<=" + _bucket(rank, (0, 1, 3)),
            f"{SIBLING} same line="
            + str(
                "\n"
                not in text[min(quantity.start, sibling.start) : max(quantity.end, sibling.end)]
            ),
        ]
        features += [f"{SIBLING}|{f}" for f in shape]
        out.append(Reading(SIBLING, sibling.label, sibling.unit, tuple(features)))
    return out


def _relation(noun: Token, number: Token) -> str:
    """How the noun stands to the number in the parse."""
    if number.head.i == noun.i:
        return "head"
    if noun.head.i == number.head.i and noun.i != number.head.i:
        return "co-dependent"
    if noun.is_ancestor(number):
        return "ancestor"
    if number.is_ancestor(noun):
        return "descendant"
    return "none"


def _noun_readings(
    number: Token, sentence: Span, kind: str, limit: int, shape: Sequence[str], plural_only: bool
) -> list[Reading]:
    nouns = [
        t
        for t in sentence
        if t.pos_ == "NOUN"
        and t.is_alpha
        and (t.tag_ == "NNS" or not plural_only)
        and t.lower_ not in SCALE_WORDS  # "was 2.29 mln": the scale, no counted thing
    ]
    nouns.sort(key=lambda t: (abs(t.i - number.i), t.i))
    out: list[Reading] = []
    seen: set[str] = set()
    for noun in nouns:
        unit = noun_unit(noun)
        if unit in seen:
            continue
        seen.add(unit)
        features = [
            kind,
            f"{kind} tokens<=" + _distance(noun.i - number.i),
            f"{kind} " + ("after" if noun.i > number.i else "before"),
            f"{kind} rank<=" + _bucket(len(seen) - 1, (0, 1, 3)),
            f"{kind} tag={noun.tag_}",
            f"{kind} dep={noun.dep_}",
            f"{kind} ent={noun.ent_type_ or '-'}",
        ]
        if kind == NOUN:
            features.append(f"{kind} relation={_relation(noun, number)}")
            if noun.i > number.i and all(
                t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADP", "DET")
                for t in number.doc[number.i + 1 : noun.i]
            ):
                features.append(f"{kind} after modifiers")
        features += [f"{kind}|{f}" for f in shape]
        out.append(Reading(kind, "CARDINAL", unit, tuple(features)))
        if len(out) >= limit:
            break
    return out


#: Number features conjoined with a unit reading's kind: its shape only.
_SHAPE_PREFIXES = ("shape=", "value<=", _TABLE_ROW, "next=", "dep=", "ent=")


def bare_readings(
    text: str,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    parses: Sequence[tuple[int, Doc]],
) -> list[Reading]:
    """Every reading of one bare number, ``keep`` first, then ``drop`` (not for a scaled
    amount or a table's cell).

    Args:
        text: The article text.
        quantity: The bare number.
        quantities: The article's figures (its siblings among them).
        parses: ``(offset in the article, doc)`` of the English segments, in order.

    Returns:
        The readings with their features; only ``keep`` when the number is in no parse.
    """
    keep = Reading(KEEP, quantity.label, quantity.unit, (KEEP,))
    where = _parse_of(quantity, parses)
    if where is None:
        return [keep]
    k, offset, doc = where
    span = doc.char_span(quantity.start - offset, quantity.end - offset, alignment_mode="expand")
    if span is None or not len(span):
        return [keep]
    sentence = span.sent
    s_start, s_end = offset + sentence.start_char, offset + sentence.end_char
    line_start = text.rfind("\n", 0, quantity.start) + 1
    line_end = text.find("\n", quantity.end)
    line_end = len(text) if line_end < 0 else line_end
    siblings = [
        q
        for q in quantities
        if q is not quantity
        and not is_bare(q)
        and (s_start <= q.start < s_end or line_start <= q.start < line_end)
    ]
    figures = sum(1 for q in quantities if q is not quantity and s_start <= q.start < s_end)
    shape = number_features(text, quantity, span, figures)
    readings = [Reading(KEEP, quantity.label, quantity.unit, tuple(f"{KEEP}|{f}" for f in shape))]
    # An amount with its scale word, or a cell of a table (whose unit its header states), is
    # a figure whatever it counts: it may take a unit, never be dropped.
    if not is_scaled(quantity) and _TABLE_ROW not in shape:
        readings.append(Reading(DROP, None, None, tuple(f"{DROP}|{f}" for f in shape)))
    short = [f for f in shape if f.startswith(_SHAPE_PREFIXES)]
    readings += _sibling_readings(text, quantity, siblings, short, _stop_words(doc))
    number = span[-1]
    readings += _noun_readings(number, sentence, NOUN, _NOUNS, short, plural_only=False)
    before = _sentence_before(doc, sentence, k, parses)
    if before is not None:
        readings += _noun_readings(number, before, NOUN_BEFORE, _NOUNS_BEFORE, short, True)
    return readings


def _parse_of(quantity: Quantity, parses: Sequence[tuple[int, Doc]]) -> tuple[int, int, Doc] | None:
    for k, (offset, doc) in enumerate(parses):
        length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text)
        if offset <= quantity.start and quantity.end <= offset + length:
            return k, offset, doc
    return None


def _sentence_before(
    doc: Doc, sentence: Span, k: int, parses: Sequence[tuple[int, Doc]]
) -> Span | None:
    if sentence.start > 0:
        return doc[sentence.start - 1].sent
    if k > 0 and len(parses[k - 1][1]):
        previous = parses[k - 1][1]
        return previous[len(previous) - 1].sent
    return None


def resolve_bare_numbers(
    text: str,
    quantities: Sequence[Quantity],
    parses: Sequence[tuple[int, Doc]],
    chooser: Chooser | None = None,
) -> list[Quantity]:
    """The article's figures with each bare number kept, dropped or given a counted thing.

    Args:
        text: The article text.
        quantities: The article's figures after the grammar and the sharing rules.
        parses: ``(offset in the article, doc)`` of the English segments, in order.
        chooser: What picks a reading; the shipped model when None.

    Returns:
        The figures in the same order, without the dropped ones.
    """
    chooser = chooser or load_bare_model()
    out: list[Quantity] = []
    for quantity in quantities:
        if not is_bare(quantity):
            out.append(quantity)
            continue
        readings = bare_readings(text, quantity, quantities, parses)
        reading = readings[chooser.choose(quantity, readings)]
        if reading.kind == DROP:
            continue
        if reading.kind == KEEP:
            out.append(quantity)
        else:
            out.append(quantity.model_copy(update={"label": reading.label, "unit": reading.unit}))
    return out
