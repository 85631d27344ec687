"""Dates as periods: normalised DATE values turned into day intervals, compared and named.

Extraction stores a normalised ``value`` with each DATE entity (ISO date, month,
year, or ``start/end``). The linker compares those as closed intervals of days.
Where a DATE span has no value (older annotations, an article dated after it was
annotated), :func:`resolve_date_text` works one out from the text and the
article's date with extraction's own rules.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A closed interval of days (proleptic Gregorian ordinals)."""

    start: int
    end: int

    @property
    def days(self) -> int:
        return self.end - self.start + 1

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


def _day(year: int, month: int, day: int) -> int:
    return dt.date(year, month, day).toordinal()


def _month(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(_day(year, month, 1), _day(year, month, last))


def _months(year: int, first: int, last: int) -> Period:
    return Period(_month(year, first).start, _month(year, last).end)


def _year(year: int) -> Period:
    return Period(_day(year, 1, 1), _day(year, 12, 31))


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_value(value: str | None) -> Period | None:
    """The period of a normalised date value, or None if it is not one we know.

    Understands ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Qn``, ``YYYY-Hn``,
    ``YYYY-Www`` and intervals ``A/B`` of those.
    """
    if not value:
        return None
    value = value.strip()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = parse_value(first), parse_value(last)
        if a is None or b is None or b.end < a.start:
            return None
        return Period(a.start, b.end)
    try:
        match = _ISO.match(value)
        if match:
            year = int(match.group(1))
            if match.group(3):
                day = _day(year, int(match.group(2)), int(match.group(3)))
                return Period(day, day)
            if match.group(2):
                return _month(year, int(match.group(2)))
            return _year(year)
        match = _QUARTER.match(value)
        if match:
            q = int(match.group(2))
            return _months(int(match.group(1)), 3 * q - 2, 3 * q)
        match = _HALF.match(value)
        if match:
            h = int(match.group(2))
            return _months(int(match.group(1)), 6 * h - 5, 6 * h)
        match = _WEEK.match(value)
        if match:
            monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
            return Period(monday.toordinal(), monday.toordinal() + 6)
    except ValueError:
        return None
    return None


def format_period(period: Period) -> str:
    """The shortest normalised value naming ``period`` (``2020-11``, ``2020-09/2020-12``)."""
    a, b = dt.date.fromordinal(period.start), dt.date.fromordinal(period.end)
    if a == b:
        return a.isoformat()
    if a.day == 1 and b == dt.date(b.year, b.month, calendar.monthrange(b.year, b.month)[1]):
        if a.year == b.year and a.month == 1 and b.month == 12:
            return f"{a.year:04d}"
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.year:04d}-{a.month:02d}"
        if a.month == 1 and b.month == 12:
            return f"{a.year:04d}/{b.year:04d}"
        return f"{a.year:04d}-{a.month:02d}/{b.year:04d}-{b.month:02d}"
    return f"{a.isoformat()}/{b.isoformat()}"


def describe_period(period: Period) -> str:
    """A short human label: ``2020-11-04``, ``2020-11``, ``late 2020``, ``2020``."""
    a, b = dt.date.fromordinal(period.start), dt.date.fromordinal(period.end)
    if a.year == b.year and a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]:
        parts = {(1, 4): "early", (5, 8): "mid", (9, 12): "late", (1, 6): "H1", (7, 12): "H2"}
        part = parts.get((a.month, b.month))
        if part in ("early", "mid", "late"):
            return f"{part} {a.year}"
        if part:
            return f"{a.year} {part}"
    return format_period(period)


# ------------------------------------------------------------------ fallback resolution


def resolve_date_text(text: str, article_date: str | None) -> Period | None:
    """A period for the text of a DATE span, resolved against the article's date.

    The same rules as extraction (:func:`tui.core.nlp.dates.normalise_date`), for spans
    stored without a value (older annotations, an article dated after it was annotated).

    Args:
        text: The span's text (``late 2020``, ``on Thursday``, ``2020年後半``).
        article_date: The article's ISO date, for relative expressions.

    Returns:
        The period, or None for durations and anything not understood.
    """
    from tui.core.model.corpus import char_language
    from tui.core.nlp.dates import normalise_date

    try:
        anchor = dt.date.fromisoformat(article_date[:10]) if article_date else None
    except ValueError:
        anchor = None
    lang = "ja" if any(char_language(ch) == "ja" for ch in text) else "en"
    return parse_value(normalise_date(text, anchor, lang))
