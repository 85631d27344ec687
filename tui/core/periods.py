"""Dates as periods: normalised DATE values turned into day intervals, compared and named.

Extraction stores a normalised ``value`` with each DATE entity (ISO date, month,
year, or ``start/end``). The linker compares those as closed intervals of days.
Where a DATE span has no value (older annotations, an empty pipeline),
:func:`resolve_date_text` works one out from the text and the article's date:
a small safety net for the common forms, not a replacement for extraction.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
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

_MONTHS = {
    name: index
    for index in range(1, 13)
    for name in (
        calendar.month_name[index].lower(),
        calendar.month_abbr[index].lower(),
    )
}
_MONTHS["sept"] = 9
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_PARTS = {
    "early": (1, 4),
    "beginning": (1, 4),
    "start": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
}
_JA_PARTS = {
    "前半": (1, 6),
    "後半": (7, 12),
    "半ば": (5, 8),
    "初め": (1, 4),
    "初頭": (1, 4),
    "末": (9, 12),
}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


def _parse_iso_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _latest_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The given weekday on or before ``anchor`` (news: "on Tuesday" is this week's)."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def resolve_date_text(text: str, article_date: str | None) -> Period | None:
    """A period for the text of a DATE span, resolved against the article's date.

    Args:
        text: The span's text (``late 2020``, ``on Thursday``, ``2020年後半``).
        article_date: The article's ISO date, for relative expressions.

    Returns:
        The period, or None for durations and anything not understood.
    """
    t = unicodedata.normalize("NFKC", text).strip().lower()
    t = re.sub(r"^(?:on|in|since|by|from|until|during|the)\s+", "", t)
    anchor = _parse_iso_day(article_date)
    try:
        return _resolve(t, anchor)
    except ValueError:
        return None


def _resolve(t: str, anchor: dt.date | None) -> Period | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        d = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Period(d, d)
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t)
    if m:
        d = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Period(d, d)
    m = re.search(r"(\d{4})年(\d{1,2})月", t)
    if m:
        return _month(int(m.group(1)), int(m.group(2)))
    m = re.search(r"(\d{4})年(前半|後半|半ば|初め|初頭|末)", t)
    if m:
        return _months(int(m.group(1)), *_JA_PARTS[m.group(2)])
    m = re.search(
        r"(first half|second half|early|beginning|start|mid|middle|late|end)(?:[- ]+(?:of|in))?(?:[- ]+the)?[- ]+(?:year[- ]+)?(\d{4})",
        t,
    )
    if m:
        return _months(int(m.group(2)), *_PARTS[m.group(1)])
    m = re.search(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", t)
    if m:
        return _single(int(m.group(3)), _MONTHS[m.group(1)[:3]], int(m.group(2)))
    m = re.search(r"(\d{1,2})\s+" + _MONTH_RE + r",?\s+(\d{4})", t)
    if m:
        return _single(int(m.group(3)), _MONTHS[m.group(2)[:3]], int(m.group(1)))
    m = re.search(_MONTH_RE + r",?\s+(?:of\s+)?(\d{4})", t)
    if m:
        return _month(int(m.group(2)), _MONTHS[m.group(1)[:3]])
    m = re.fullmatch(r"(?:the year\s+)?(?:of\s+)?((?:19|20)\d{2})", t)
    if m:
        return _year(int(m.group(1)))
    m = re.search(r"(\d{4})年", t)
    if m and not re.search(r"\d{4}年(以来|間|ぶり)", t):
        return _year(int(m.group(1)))
    if anchor is None:
        return None
    return _resolve_relative(t, anchor)


def _single(year: int, month: int, day: int) -> Period:
    d = _day(year, month, day)
    return Period(d, d)


def _resolve_relative(t: str, anchor: dt.date) -> Period | None:
    m = re.fullmatch(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?", t)
    if m:
        month, day = _MONTHS[m.group(1)[:3]], int(m.group(2))
        year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        return _single(year, month, day)
    if t in ("today", "this morning", "this afternoon", "tonight", "今日", "本日"):
        return Period(anchor.toordinal(), anchor.toordinal())
    if t in ("yesterday", "昨日"):
        return Period(anchor.toordinal() - 1, anchor.toordinal() - 1)
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if t in ("this week", "今週"):
        return Period(monday.toordinal(), monday.toordinal() + 6)
    if t in ("last week", "先週"):
        return Period(monday.toordinal() - 7, monday.toordinal() - 1)
    if t in ("this month", "今月"):
        return _month(anchor.year, anchor.month)
    if t in ("last month", "先月"):
        year, month = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
        return _month(year, month)
    if t in ("this year", "今年", "本年"):
        return _year(anchor.year)
    if t in ("last year", "昨年", "去年"):
        return _year(anchor.year - 1)
    m = re.fullmatch(_MONTH_RE, t)
    if m:
        # A bare month in news is the latest one up to the article's date.
        month = _MONTHS[m.group(1)[:3]]
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return _month(year, month)
    m = re.fullmatch(r"(?:last|this past)\s+" + _MONTH_RE, t)
    if m:
        month = _MONTHS[m.group(1)[:3]]
        year = anchor.year if month < anchor.month else anchor.year - 1
        return _month(year, month)
    m = re.fullmatch(
        r"(?:last|this|this past)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?",
        t,
    )
    if m:
        weekday = _latest_weekday(anchor, _WEEKDAYS[m.group(1)])
        return Period(weekday.toordinal(), weekday.toordinal())
    ja_days = {"月曜": 0, "火曜": 1, "水曜": 2, "木曜": 3, "金曜": 4, "土曜": 5, "日曜": 6}
    for name, index in ja_days.items():
        if t.startswith(name):
            weekday = _latest_weekday(anchor, index)
            return Period(weekday.toordinal(), weekday.toordinal())
    return None
