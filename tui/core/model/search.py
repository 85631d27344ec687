"""The corpus search language: free words, "quoted phrases" and filters, parsed into a :class:`Query`.

``opec "output ceiling" entity:Q1 label:ORG source:reuters date:1987-03-01..1987-03-31
money>1e9 USD pct:>5`` finds sentences holding the words and the phrase, in articles
from Reuters in March 1987, that mention the entity, an ORG, more than a billion
dollars and more than five percent. Every part must hold (AND). Parsing is pure:
:class:`~tui.core.model.index.CorpusIndex` turns a query into SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Comparison operators a figure filter takes, as written.
OPERATORS = (">=", "<=", ">", "<", "=")

#: Figure filter names and the unit (or label) they look at.
FIGURES = {"money": "money", "pct": "percent", "percent": "percent"}

#: What the help says about the syntax (the reader shows it under the search box).
SYNTAX_HELP = (
    'words, "a phrase", entity:NAME|KB_ID, label:ORG, source:NAME, '
    "date:1987-03-01..1987-03-31, money>1e9 USD, pct:>5"
)

_TOKEN = re.compile(r'(\w+:)?"([^"]*)"?|\S+')
_FIGURE = re.compile(
    r"^(?P<name>money|pct|percent):?(?P<op>>=|<=|>|<|=)(?P<number>[-+]?[\d,]*\.?\d+(?:e[-+]?\d+)?)"
    r"(?P<suffix>[kmb]n?|%)?(?P<unit>[A-Za-z]{3})?$",
    re.IGNORECASE,
)
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "%": 1.0}


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure filter: a quantity of this kind whose value compares so (in ``unit`` if set)."""

    kind: str  # "money" or "percent"
    op: str
    value: float
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: what the sentences must hold, and where their articles must be from."""

    #: Single words (case-insensitive; the last one matches as a prefix while typing).
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    #: Entities: a knowledge-base id, a cross-reference key or a name.
    entities: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    #: Inclusive ISO date bounds (a prefix: ``1987-03`` is the month); None is open.
    date_from: str | None = None
    date_to: str | None = None
    figures: tuple[Figure, ...] = ()
    #: True when the last word is still being typed (no space after it): match it as a prefix.
    prefix: bool = False
    #: Parts that could not be read, as typed (shown to the person, otherwise ignored).
    problems: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """True when nothing would narrow the search (no words, phrases nor filters)."""
        return not (
            self.words
            or self.phrases
            or self.entities
            or self.labels
            or self.sources
            or self.date_from
            or self.date_to
            or self.figures
        )

    @property
    def text_terms(self) -> tuple[str, ...]:
        """The words and phrases: what a hit highlights besides entities and figures."""
        return self.words + self.phrases


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _figure(token: str) -> Figure | None:
    match = _FIGURE.match(token)
    if match is None:
        return None
    value = _number(match["number"])
    if value is None:
        return None
    suffix = (match["suffix"] or "").lower()
    value *= _MULTIPLIERS.get(suffix, 1.0)
    unit = match["unit"].upper() if match["unit"] else None
    return Figure(FIGURES[match["name"].lower()], match["op"], value, unit)


def _dates(value: str) -> tuple[str | None, str | None] | None:
    low, dots, high = value.partition("..")
    if not dots:
        high = low
    bounds = (low or None, high or None)
    if any(b is not None and not _DATE.match(b) for b in bounds) or bounds == (None, None):
        return None
    return bounds


def parse_query(text: str) -> Query:
    """Read a search as typed.

    Args:
        text: Words, ``"phrases"``, ``entity:`` ``label:`` ``source:`` ``date:`` filters
            and figures (``money>1e9 USD``, ``money>1e9``, ``pct:>5``, ``pct>5``); a filter's
            value may be quoted (``entity:"Bank of Japan"``).

    Returns:
        The query; anything it could not read is in ``problems`` and otherwise ignored.
    """
    words: list[str] = []
    phrases: list[str] = []
    entities: list[str] = []
    labels: list[str] = []
    sources: list[str] = []
    figures: list[Figure] = []
    problems: list[str] = []
    date_from: str | None = None
    date_to: str | None = None
    last_is_word = False
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        last_is_word = False
        if match.group(2) is not None:  # a quoted value, with or without a filter name
            name, value = (match.group(1) or "")[:-1].lower(), match.group(2).strip()
        else:
            name, colon, value = token.partition(":")
            name = name.lower() if colon else ""
            value = value if colon else token
        if figure := _figure(token):
            figures.append(figure)
        elif (
            _CURRENCY.match(token)
            and figures
            and figures[-1].kind == "money"
            and figures[-1].unit is None
            and match.start() > 0
            and _figure(text[: match.start()].split()[-1]) is not None
        ):
            figures[-1] = Figure("money", figures[-1].op, figures[-1].value, token)
        elif name == "entity" and value:
            entities.append(value)
        elif name == "label" and value:
            labels.append(value.upper())
        elif name == "source" and value:
            sources.append(value)
        elif name == "date" and (bounds := _dates(value)) is not None:
            date_from, date_to = bounds
        elif name in ("entity", "label", "source", "date", *FIGURES):
            problems.append(token)
        elif match.group(2) is not None:
            if value:
                phrases.append(value)
        else:
            found = re.findall(r"[^\W_]+", token)
            words.extend(found)
            last_is_word = bool(found)
    return Query(
        words=tuple(words),
        phrases=tuple(phrases),
        entities=tuple(entities),
        labels=tuple(labels),
        sources=tuple(sources),
        date_from=date_from,
        date_to=date_to,
        figures=tuple(figures),
        prefix=last_is_word and not text[-1:].isspace(),
        problems=tuple(problems),
    )
