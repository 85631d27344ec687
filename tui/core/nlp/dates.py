"""Dates: the text of a DATE entity as a :class:`Period` of days, and periods as normalised values.

``normalise_date("late 2020", None)`` is ``2020-09-01/2020-12-31``;
``normalise_date("on Thursday", date(2023, 4, 13))`` is ``2023-04-13``.

Conventions (news usage, documented once here):

* A value is as precise as the text: ``2020-10-03``, ``2020-10``, ``2020``, or an
  interval ``start/end`` (both ends included) for anything else.
* Parts of a year are thirds: ``early`` Jan-Apr, ``mid`` May-Aug, ``late`` Sep-Dec;
  parts of a month likewise: days 1-10, 11-20, 21-end, and so are its edges (``the end
  of July`` is late July, ``the beginning of March`` early March, ``the middle of June``
  mid-June). ``the end of 2020`` is December, ``the start of 2021`` January; halves and
  quarters are what they say.
* A bare weekday (``Thursday``, ``on Thursday``, ``木曜日``) is the most recent such
  day on or before the reference date: a news report speaks of the past week, and
  of today. ``last Thursday`` is strictly before it, ``next Thursday`` after it.
* A month or day without a year (``Oct. 24``, ``in March``, ``4月13日``) is the
  occurrence nearest the reference date, counting days ahead three times (news
  mostly looks back: ``in March`` in a September report is the March before, but
  ``in January`` in a December report the coming one); ``last June`` is the latest June before
  the reference month.
* ``the past month`` / ``過去1か月`` is the interval ending on the reference date;
  ``this week`` is Monday to Sunday; ``two years ago`` is a year, ``three months
  ago`` a month.
* Anything relative without a reference date, and anything vague (``recent
  years``, ``the past few years``, ``for years``), is None.

``dateparser`` was evaluated and not used: it returns a single datetime (so
``February 2022`` became ``2022-02-13``), has no intervals, parts of years or
quarters, failed ``last June``, ``late 2020``, ``mid-2025``, ``2020年後半``, and
reads a bare weekday on that weekday as a week earlier. The rules below are a
table of small patterns, one per form, each with a handler.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from tui.core.nlp.quantities.lexicon import NUMBER_WORDS, ORDINAL_WORDS

Date = dt.date

MONTHS: dict[str, int] = {
    name: number
    for number in range(1, 13)
    for name in (
        calendar.month_name[number].lower(),
        calendar.month_abbr[number].lower(),
    )
} | {"sept": 9}
WEEKDAYS: dict[str, int] = {
    name: number
    for number in range(7)
    for name in (calendar.day_name[number].lower(), calendar.day_abbr[number].lower())
} | {"tues": 1, "thur": 3, "thurs": 3}
JA_WEEKDAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}

#: Thirds of a year and of a month, for ``early`` / ``mid`` / ``late``.
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
JA_YEAR_PARTS = {
    "前半": (1, 6),
    "上半期": (1, 6),
    "後半": (7, 12),
    "下半期": (7, 12),
    "半ば": YEAR_PARTS["mid"],
    "初め": YEAR_PARTS["early"],
    "初頭": YEAR_PARTS["early"],
    "序盤": YEAR_PARTS["early"],
    "終盤": YEAR_PARTS["late"],
    "末": (12, 12),
}


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A stretch of days, both ends included, as proleptic Gregorian ordinals (``date.toordinal()``).

    Ordinals make periods cheap to compare, sort and measure; :meth:`of`,
    :attr:`first` and :attr:`last` speak in dates.
    """

    start: int
    end: int

    @classmethod
    def of(cls, first: Date, last: Date) -> Period:
        """The period from ``first`` to ``last``, both included."""
        return cls(first.toordinal(), last.toordinal())

    @property
    def first(self) -> Date:
        return Date.fromordinal(self.start)

    @property
    def last(self) -> Date:
        return Date.fromordinal(self.end)

    @property
    def days(self) -> int:
        return self.end - self.start + 1

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


def _month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> Period:
    return Period.of(Date(year, first, 1), _month_end(year, last))


def _day(year: int, month: int, day: int) -> Period | None:
    try:
        date = Date(year, month, day)
    except ValueError:
        return None
    return Period.of(date, date)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week(date: Date) -> Period:
    monday = date - dt.timedelta(days=date.weekday())
    return Period.of(monday, monday + dt.timedelta(days=6))


def _number(word: str) -> int | None:
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an", "one"):
        return 1
    return NUMBER_WORDS.get(word)


def _nearest_month_day(month: int, day: int | None, ref: Date) -> Period | None:
    """The occurrence of a month (or month and day) nearest the reference date.

    Days ahead of the reference count three times, since reports mostly look back.
    """
    best: Period | None = None
    best_gap = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        period = _day(year, month, day) if day else _months(year, month, month)
        if period is None:
            continue
        gap = min(abs((period.first - ref).days), abs((period.last - ref).days))
        if period.first > ref:
            gap *= 3
        if period.first <= ref <= period.last:
            gap = 0
        if best_gap is None or gap < best_gap:
            best, best_gap = period, gap
    return best


def _relative_unit(unit: str, count: int, ref: Date, ago: bool) -> Period | None:
    """``count`` units before ``ref``: as a point (``ago``) or as the interval up to ``ref``."""
    unit = unit.rstrip("s")
    if unit in ("day", "日"):
        start = ref - dt.timedelta(days=count)
        return Period.of(start, start) if ago else Period.of(start + dt.timedelta(days=1), ref)
    if unit in ("week", "週", "週間"):
        start = ref - dt.timedelta(weeks=count)
        return _week(start) if ago else Period.of(start + dt.timedelta(days=1), ref)
    if unit in ("month", "か月", "ヶ月", "カ月", "ヵ月", "か月間", "ヶ月間"):
        year, month = _add_months(ref.year, ref.month, -count)
        if ago:
            return _months(year, month, month)
        day = min(ref.day, calendar.monthrange(year, month)[1])
        return Period.of(Date(year, month, day) + dt.timedelta(days=1), ref)
    if unit in ("year", "年", "年間"):
        if ago:
            return _months(ref.year - count, 1, 12)
        try:
            start = ref.replace(year=ref.year - count)
        except ValueError:  # 29 February
            start = ref.replace(year=ref.year - count, day=28)
        return Period.of(start + dt.timedelta(days=1), ref)
    return None


def _relative_year(word: str, ref: Date) -> int | None:
    return (
        {
            "this": 0,
            "last": -1,
            "next": 1,
            "今年": 0,
            "本年": 0,
            "昨年": -1,
            "去年": -1,
            "前年": -1,
            "一昨年": -2,
            "来年": 1,
            "翌年": 1,
        }.get(word, None)
        if word
        else None
    )


def _year_of(word: str, ref: Date | None) -> int | None:
    """A year written as digits, ``this year``-like words, or an era year."""
    word = word.strip()
    if re.fullmatch(r"\d{4}", word):
        return int(word)
    era = re.fullmatch(r"(令和|平成|昭和)(\d{1,2}|元)年?", word)
    if era:
        return ERAS[era.group(1)] + (1 if era.group(2) == "元" else int(era.group(2)))
    words = word.removesuffix(" year").removesuffix("the ").strip()
    delta = _relative_year(words, ref) if ref else None
    return ref.year + delta if ref and delta is not None else None


# --- the rules -------------------------------------------------------------------

Handler = Callable[[re.Match[str], Date | None], Period | None]
RULES: list[tuple[re.Pattern[str], Handler]] = []

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_WORD = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[月火水木金土日]曜", re.IGNORECASE
)
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>\d{4}|(?:this|last|next) year)"
_NUM = r"(?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|a|an)"
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_JA_UNIT = r"(?P<unit>年間?|か月間?|ヶ月間?|カ月|ヵ月|週間?|日)"
_JA_YEAR = (
    r"(?P<year>\d{4}|(?:令和|平成|昭和)(?:\d{1,2}|元)|今年|本年|昨年|去年|前年|一昨年|来年|翌年)"
)
#: Days written as words after a month in wire copy: "Pay April Two", "June eight".
_DAY_WORDS = {
    **{word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 20 or n == 30},
    **{
        f"twenty{sep}{word}": 20 + n
        for word, n in NUMBER_WORDS.items()
        if 1 <= n <= 9
        for sep in "- "
    },
    **{f"thirty{sep}one": 31 for sep in "- "},
}
_DAY = (
    r"(?P<day>\d{1,2}(?=st|nd|rd|th|\b)|"
    + "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
    + r")(?:st|nd|rd|th)?"
)


def _day_number(word: str) -> int:
    return int(word) if word.isdigit() else _DAY_WORDS[word]


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        RULES.append((re.compile(pattern), handler))
        return handler

    return register


def _year_needed(m: re.Match[str], ref: Date | None) -> int | None:
    return _year_of(m.group("year"), ref)


@rule(r"(?P<year>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})")
def _iso_day(m: re.Match[str], ref: Date | None) -> Period | None:
    return _day(int(m["year"]), int(m["m"]), int(m["d"]))


#: How near the article's date (days) a date written in numbers must be for its nearer
#: reading to be chosen (:func:`numeric_date`).
_NEAR_DAYS = 366


def numeric_date(first: int, second: int, year: int, ref: Date | None = None) -> Date | None:
    """The day a date written in numbers with slashes names: ``3/9/87``, ``27/09/2013``
    (``first`` and ``second`` in the order written).

    Pages and wires write the month first (``12/16/08``) or the day first (``15/09/2013``).
    A first number that cannot be a month puts the day first, a second that cannot be one
    the month first. Where both readings are days, the one nearer the article's date
    ``ref`` is taken if it is within a year of it (a table's "04/09/87 03/09/87" in a story
    of 9 April 1987 is March, not September), else the month first. A two-digit year is
    the one nearest ``ref`` (else before 70 this century).
    """
    if year < 100:
        if ref is not None:
            base = ref.year - ref.year % 100
            year = min(
                (base - 100 + year, base + year, base + 100 + year), key=lambda y: abs(y - ref.year)
            )
        else:
            year += 2000 if year < 70 else 1900
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(Date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if ref is not None and len(readings) == 2:
        # (a date years away, "5/6/1944", is read month first: its distance tells nothing)
        nearest = min(readings, key=lambda d: abs(d.toordinal() - ref.toordinal()))
        if abs(nearest.toordinal() - ref.toordinal()) <= _NEAR_DAYS:
            return nearest
    return readings[0]


@rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})")
def _numeric_day(m: re.Match[str], ref: Date | None) -> Period | None:
    date = numeric_date(int(m["a"]), int(m["b"]), int(m["year"]), ref)
    return None if date is None else Period.of(date, date)


@rule(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>\d{4})")
def _dotted_day(m: re.Match[str], ref: Date | None) -> Period | None:
    return _day(int(m["year"]), int(m["m"]), int(m["d"]))


@rule(r"(?P<year>\d{4})-(?P<m>\d{2})")
def _iso_month(m: re.Match[str], ref: Date | None) -> Period | None:
    month = int(m["m"])
    return _months(int(m["year"]), month, month) if 1 <= month <= 12 else None


@rule(rf"(?:{_WEEKDAY},? )?{_MONTH}[ -]{_DAY}(?:,? |-){_YEAR}")
@rule(rf"(?:{_WEEKDAY},? )?{_DAY}(?: of)?[ -]{_MONTH}(?:,? |-){_YEAR}")
def _month_day_year(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_needed(m, ref)
    return _day(year, MONTHS[m["month"]], _day_number(m["day"])) if year else None


#: The edge of a month a phrase names, as a part of it: "the end of July" is late July,
#: "the beginning of March" early March, "the middle of June" mid-June (a year's edge is
#: a month: :func:`_edge_of_year`).
EDGE_PARTS = {
    "start": "early",
    "beginning": "early",
    "middle": "mid",
    "end": "late",
    "close": "late",
}
_EDGE = r"(?:the )?(?P<edge>start|beginning|middle|end|close) of (?:the month of )?"


def _part(m: re.Match[str]) -> str | None:
    """The part of a month a match names: its ``part`` ("late"), or its ``edge`` ("end")."""
    found = m.groupdict()
    if found.get("edge"):
        return EDGE_PARTS[found["edge"]]
    return found.get("part")


def _month_part(year: int, month: int, part: str) -> Period:
    """Days of ``part`` (early, mid, late) of a month."""
    first, last = MONTH_PARTS[part]
    end = _month_end(year, month)
    return Period.of(Date(year, month, first), min(end, end.replace(day=min(last, end.day))))


@rule(rf"(?:(?P<part>early|mid|late)[- ])?{_MONTH},? (?:of )?{_YEAR}")
@rule(rf"{_EDGE}{_MONTH},? (?:of )?{_YEAR}")
def _month_year(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_needed(m, ref)
    if not year:
        return None
    month = MONTHS[m["month"]]
    part = _part(m)
    return _month_part(year, month, part) if part else _months(year, month, month)


@rule(rf"(?:{_WEEKDAY},? )?{_MONTH} {_DAY}")
@rule(rf"{_DAY}(?: of)? {_MONTH}")
def _month_day(m: re.Match[str], ref: Date | None) -> Period | None:
    return _nearest_month_day(MONTHS[m["month"]], _day_number(m["day"]), ref) if ref else None


@rule(rf"(?P<rel>last|this|next) {_MONTH}")
@rule(rf"{_MONTH} (?P<rel2>last|this|next) year")
def _relative_month(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    month = MONTHS[m["month"]]
    if m.groupdict().get("rel2"):
        year = ref.year + (_relative_year(m["rel2"], ref) or 0)
        return _months(year, month, month)
    rel = m["rel"]
    if rel == "this":
        return _months(ref.year, month, month)
    if rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
        return _months(year, month, month)
    year = ref.year if month > ref.month else ref.year + 1
    return _months(year, month, month)


@rule(rf"(?P<part>early|mid|late)[- ]{_MONTH}")
@rule(rf"{_EDGE}{_MONTH}")
def _part_of_month(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    month = _nearest_month_day(MONTHS[m["month"]], None, ref)
    part = _part(m)
    if month is None or part is None:
        return None
    return _month_part(month.first.year, month.first.month, part)


@rule(_MONTH)
def _bare_month(m: re.Match[str], ref: Date | None) -> Period | None:
    return _nearest_month_day(MONTHS[m["month"]], None, ref) if ref else None


@rule(r"(?P<year>\d{4})")
def _year(m: re.Match[str], ref: Date | None) -> Period | None:
    return _months(int(m["year"]), 1, 12)


#: A decade: "1990s", "1940's", "'80s" (two figures: the latest such decade that has
#: begun by the article's date, else the last century's).
_DECADE = r"(?:(?P<decade>\d{3})0'?s|'(?P<short>\d)0s)"
#: Which years of a decade "early", "mid" and "late" name.
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_start(m: re.Match[str], ref: Date | None) -> int | None:
    if m["decade"]:
        return int(m["decade"]) * 10
    if ref is None:
        return None
    start = ref.year // 100 * 100 + int(m["short"]) * 10
    return start if start <= ref.year else start - 100


@rule(_DECADE)
def _decade(m: re.Match[str], ref: Date | None) -> Period | None:
    start = _decade_start(m, ref)
    return Period.of(Date(start, 1, 1), Date(start + 9, 12, 31)) if start is not None else None


@rule(rf"(?P<part>early|mid|late)[- ]?(?:the )?{_DECADE}")
def _part_of_decade(m: re.Match[str], ref: Date | None) -> Period | None:
    start = _decade_start(m, ref)
    if start is None:
        return None
    first, last = DECADE_PARTS[m["part"]]
    return Period.of(Date(start + first, 1, 1), Date(start + last, 12, 31))


@rule(rf"(?P<part>early|mid|late)(?:[- ]| in )(?:the )?{_YEAR}")
def _part_of_year(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_needed(m, ref)
    return _months(year, *YEAR_PARTS[m["part"]]) if year else None


@rule(rf"(?:the )?(?P<edge>start|beginning|end|close) of (?:the )?{_YEAR}")
def _edge_of_year(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_needed(m, ref)
    if not year:
        return None
    return _months(year, 12, 12) if m["edge"] in ("end", "close") else _months(year, 1, 1)


def _ordinal(word: str) -> int:
    """``second`` or ``2nd``: 2."""
    return ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))


def _nth_part(m: re.Match[str], ref: Date | None, months: int) -> Period | None:
    """The n-th part of ``months`` months (a half: 6, a quarter: 3) of the year matched."""
    year = _year_needed(m, ref)
    if not year:
        return None
    n = _ordinal(m["which"]) if m.groupdict().get("which") else int(m["n"])
    return _months(year, months * (n - 1) + 1, months * n)


@rule(rf"(?:the )?(?P<which>first|second|1st|2nd)[- ]half (?:of )?{_YEAR}")
@rule(rf"(?:the )?{_YEAR} (?P<which>first|second|1st|2nd)[- ]half")
@rule(rf"(?P<n>[12])h {_YEAR}")
@rule(rf"h(?P<n>[12]) {_YEAR}")
def _half(m: re.Match[str], ref: Date | None) -> Period | None:
    return _nth_part(m, ref, 6)


@rule(
    rf"(?:the )?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr) (?:of )?{_YEAR}"
)
@rule(rf"(?:the )?{_YEAR} (?P<which>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr)")
@rule(rf"q(?P<n>[1-4]) {_YEAR}")
@rule(rf"(?P<n>[1-4])q {_YEAR}")
def _quarter(m: re.Match[str], ref: Date | None) -> Period | None:
    return _nth_part(m, ref, 3)


def _latest_part(m: re.Match[str], ref: Date | None, months: int) -> Period | None:
    """The ``which``-th part of ``months`` months of a year not given: the latest one
    that has started by the reference date."""
    if not ref:
        return None
    last = _ordinal(m["which"]) * months
    first = last - months + 1
    return _months(ref.year if first <= ref.month else ref.year - 1, first, last)


@rule(r"(?:the )?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr)")
def _quarter_no_year(m: re.Match[str], ref: Date | None) -> Period | None:
    """A quarter without a year: the latest one that has started by the reference date."""
    return _latest_part(m, ref, 3)


@rule(r"(?:the )?(?P<which>first|second|1st|2nd)[- ]half(?: of the year)?")
def _half_no_year(m: re.Match[str], ref: Date | None) -> Period | None:
    """A half without a year: the latest one that has started by the reference date."""
    return _latest_part(m, ref, 6)


@rule(rf"(?:the )?(?P<edge>first|last) {_NUM} months (?:of )?(?:the year|{_YEAR})")
def _months_of_year(m: re.Match[str], ref: Date | None) -> Period | None:
    """ "the first two months of the year" (the reference's), "the last three months of
    1986": that many months from the year's start or to its end."""
    year = _year_needed(m, ref) if m["year"] else ref.year if ref else None
    n = _number(m["n"])
    if not year or not n or not 1 <= n <= 12:
        return None
    return _months(year, 1, n) if m["edge"] == "first" else _months(year, 13 - n, 12)


@rule(r"year-ago|year-earlier")
def _year_ago(m: re.Match[str], ref: Date | None) -> Period | None:
    return _months(ref.year - 1, 1, 12) if ref else None


#: A fiscal period and the day it ends: "2ND QTR JAN 31", "the first quarter ended April 4",
#: "nine months to March 31". Group ``period`` is its quarter, half or months.
FISCAL_PERIOD = re.compile(
    r"(?P<period>(?:(?:the|its|[Tt]he|THE)[ ])?"
    r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|FIRST|SECOND|THIRD|FOURTH|1ST|2ND|3RD|4TH)"
    r"[- ](?:quarter|qtr|half|QUARTER|QTR|HALF|Quarter|Qtr|Half)"
    r"|(?:three|six|nine|twelve|3|6|9|12|THREE|SIX|NINE|TWELVE)[ ](?:months|mths|MONTHS|MTHS)))"
    r"(?:[ ](?:ended|ending|ends|to|end|through|ENDED|ENDING|TO|END))?[ ]"
    r"(?=(?P<end>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?[ ]\d{1,2})\b)"
)


#: A quarter or a half of a year named by its ordinal, with its year before or after if
#: the text gives it: "4TH QTR", "1st half", "first-quarter 1987", "4th qtr of 1986",
#: "the 1986 fourth quarter", "3rd qtr of this year" (its value: the rules above; one
#: without its year that extraction's rule alone finds has none, ``part_of_year_dates``).
PART_OF_YEAR = re.compile(
    r"\b(?:(?:19|20)\d\d[ ])?"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr|half)\b"
    r"(?:[ ](?:of[ ])?(?:(?:19|20)\d\d\b|(?:this|last|next)[ ]year\b))?",
    re.IGNORECASE,
)


def fiscal_value(period_text: str, end_text: str, ref: Date | None) -> str | None:
    """The value of a fiscal period that ends on the day ``end_text`` names (``JAN 31``)."""
    end = date_period(end_text, ref)
    if end is None or end.days != 1:
        return None
    period = fiscal_period(period_text, end.first)
    return format_period(period, by_months=False) if period else None


def fiscal_period(period_text: str, end: Date) -> Period | None:
    """The months of a fiscal quarter, half or "nine months" ending on ``end``."""
    words = period_text.lower().replace("-", " ").split()
    if any(w in ("quarter", "qtr") for w in words):
        months = 3
    elif "half" in words:
        months = 6
    else:
        number = next((w for w in words if w not in ("the", "its")), "")
        months = _number(number) or 0
    if not months:
        return None
    year, month = _add_months(end.year, end.month, -months)
    last_day = calendar.monthrange(year, month)[1]
    start = Date(year, month, min(end.day, last_day)) + dt.timedelta(days=1)
    if end.day == calendar.monthrange(end.year, end.month)[1]:
        year, month = _add_months(end.year, end.month, 1 - months)
        start = Date(year, month, 1)  # a period ending with a month is whole months
    return Period.of(start, end)


#: A part of a day said before or after the day's word: "earlier today", "late
#: yesterday", "yesterday afternoon", "early Tuesday", "late on Friday".
_EDGE_OF_DAY = r"(?:(?:early|earlier|late|later)(?: on)? )?"
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"
#: The day a day's word names, counted from the report's day.
DAYS_FROM_REPORT: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@rule(rf"{_EDGE_OF_DAY}(?:this (?:morning|afternoon|evening)|last night)")
def _this_part_of_day(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    day = ref - dt.timedelta(days=1 if m[0].endswith("last night") else 0)
    return Period.of(day, day)


@rule(rf"{_EDGE_OF_DAY}(?P<day>{'|'.join(DAYS_FROM_REPORT)}){_PART_OF_DAY}")
def _day_word(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    day = ref + dt.timedelta(days=DAYS_FROM_REPORT[m["day"]])
    return Period.of(day, day)


@rule(
    r"(?P<rel>this|last|next|the previous|the past|coming|current)"
    r" (?P<unit>week|month|year|quarter|qtr)"
)
def _this_unit(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    unit = "quarter" if m["unit"] == "qtr" else m["unit"]
    return _unit_of(m["rel"], unit, ref)


def _unit_of(rel: str, unit: str, ref: Date) -> Period | None:
    """The week, month, quarter or year that ``rel`` (``this``, ``last``...) names."""
    delta = {
        "this": 0,
        "current": 0,
        "last": -1,
        "the previous": -1,
        "next": 1,
        "coming": 1,
    }.get(rel)
    if delta is None:  # "the past week": the interval ending today
        return _relative_unit(unit, 1, ref, ago=False) if unit != "quarter" else None
    if unit == "week":
        return _week(ref + dt.timedelta(weeks=delta))
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, delta)
        return _months(year, month, month)
    if unit == "quarter":
        year, month = _add_months(ref.year, (ref.month - 1) // 3 * 3 + 1, 3 * delta)
        return _months(year, month, month + 2)
    return _months(ref.year + delta, 1, 12)


@rule(
    r"(?P<part>early|earlier|mid|late|later) (?:in )?(?:the )?(?P<rel>this|last|next|the) (?P<unit>week|month|year)"
)
def _part_of_this(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    rel = "this" if m["rel"] == "the" else m["rel"]
    whole = _unit_of(rel, m["unit"], ref)
    if whole is None:
        return None
    part = m["part"]
    if part == "earlier" and rel == "this":
        return Period.of(whole.first, ref)
    if part == "later" and rel == "this":
        return Period.of(ref, whole.last)
    part = {"earlier": "early", "later": "late"}.get(part, part)
    if m["unit"] == "year":
        return _months(whole.first.year, *YEAR_PARTS[part])
    days = (whole.last - whole.first).days + 1
    third = days // 3
    index = ("early", "mid", "late").index(part)
    start = whole.first + dt.timedelta(days=third * index)
    end = whole.last if index == 2 else start + dt.timedelta(days=third - 1)
    return Period.of(start, end)


@rule(rf"{_NUM} {_UNIT} (?:ago|earlier|before)")
def _ago(m: re.Match[str], ref: Date | None) -> Period | None:
    count = _number(m["n"])
    return _relative_unit(m["unit"], count, ref, ago=True) if ref and count else None


@rule(rf"(?:over |in |during |for )?(?:the )?(?:past|last|previous) (?:{_NUM} )?{_UNIT}")
def _past(m: re.Match[str], ref: Date | None) -> Period | None:
    count = _number(m["n"]) if m["n"] else 1
    return _relative_unit(m["unit"], count, ref, ago=False) if ref and count else None


@rule(
    r"year[- ]to[- ]date|ytd|so far this year|(?:since )?the (?:start|beginning) of (?:this|the) year"
)
def _year_to_date(m: re.Match[str], ref: Date | None) -> Period | None:
    return Period.of(Date(ref.year, 1, 1), ref) if ref else None


@rule(rf"(?P<rel>last|this|next|past) {_WEEKDAY}{_PART_OF_DAY}")
@rule(rf"{_EDGE_OF_DAY}{_WEEKDAY}(?:'s)?{_PART_OF_DAY}")
def _weekday(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    return _weekday_near(WEEKDAYS[m["weekday"]], m.groupdict().get("rel"), ref)


def _weekday_near(weekday: int, rel: str | None, ref: Date) -> Period:
    back = (ref.weekday() - weekday) % 7
    if rel in ("last", "past"):
        back = back or 7
    elif rel == "next":
        ahead = (weekday - ref.weekday()) % 7 or 7
        day = ref + dt.timedelta(days=ahead)
        return Period.of(day, day)
    day = ref - dt.timedelta(days=back)
    return Period.of(day, day)


# --- Japanese ---------------------------------------------------------------------


@rule(rf"{_JA_YEAR}年?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日")
def _ja_day(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_of(m["year"], ref)
    return _day(year, int(m["m"]), int(m["d"])) if year else None


@rule(rf"{_JA_YEAR}年?(?P<m>\d{{1,2}})月")
def _ja_month(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_of(m["year"], ref)
    month = int(m["m"])
    return _months(year, month, month) if year and 1 <= month <= 12 else None


@rule(r"(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
def _ja_month_day(m: re.Match[str], ref: Date | None) -> Period | None:
    month = int(m["m"])
    if not ref or not 1 <= month <= 12:
        return None
    return _nearest_month_day(month, int(m["d"]) if m["d"] else None, ref)


@rule(r"(?P<d>\d{1,2})日")
def _ja_day_of_month(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    best = None
    for delta in (-1, 0, 1):
        year, month = _add_months(ref.year, ref.month, delta)
        period = _day(year, month, int(m["d"]))
        if period and (
            best is None or abs((period.first - ref).days) < abs((best.first - ref).days)
        ):
            best = period
    return best


@rule(rf"{_JA_YEAR}年?(?P<part>{'|'.join(JA_YEAR_PARTS)})")
def _ja_part_of_year(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_of(m["year"], ref)
    return _months(year, *JA_YEAR_PARTS[m["part"]]) if year else None


@rule(r"(?P<decade>\d{3})0年代")
def _ja_decade(m: re.Match[str], ref: Date | None) -> Period | None:
    return _decade(m, ref)


@rule(rf"{_JA_YEAR}(?:年|年度)?(?:の)?第(?P<q>[1-4])四半期")
@rule(rf"{_JA_YEAR}年(?P<m1>\d{{1,2}})[~〜\-](?P<m2>\d{{1,2}})月期?")
def _ja_quarter(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_of(m["year"], ref)
    if not year:
        return None
    if m.groupdict().get("q"):
        quarter = int(m["q"])
        return _months(year, quarter * 3 - 2, quarter * 3)
    first, last = int(m["m1"]), int(m["m2"])
    return _months(year, first, last) if 1 <= first <= last <= 12 else None


@rule(_JA_YEAR + r"年?")
def _ja_year(m: re.Match[str], ref: Date | None) -> Period | None:
    year = _year_of(m["year"], ref)
    return _months(year, 1, 12) if year else None


@rule(r"(?P<rel>先月|前月|今月|来月|翌月)")
def _ja_month_rel(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    delta = {"先月": -1, "前月": -1, "今月": 0, "来月": 1, "翌月": 1}[m["rel"]]
    year, month = _add_months(ref.year, ref.month, delta)
    return _months(year, month, month)


@rule(r"(?P<rel>先週|前週|今週|来週|翌週)")
def _ja_week_rel(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    return _ja_week(m["rel"], ref)


def _ja_week(rel: str, ref: Date) -> Period:
    """The week that ``rel`` (``先週``, ``今週``...) names."""
    delta = {"先週": -1, "前週": -1, "今週": 0, "来週": 1, "翌週": 1}[rel]
    return _week(ref + dt.timedelta(weeks=delta))


@rule(r"(?P<rel>一昨日|昨日|今日|本日|明日)")
def _ja_day_rel(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    day = ref + dt.timedelta(
        days={"一昨日": -2, "昨日": -1, "今日": 0, "本日": 0, "明日": 1}[m["rel"]]
    )
    return Period.of(day, day)


@rule(r"(?P<rel>先週|前週|今週|来週)?の?(?P<wd>[月火水木金土日])曜日?")
def _ja_weekday(m: re.Match[str], ref: Date | None) -> Period | None:
    if not ref:
        return None
    weekday = JA_WEEKDAYS[m["wd"]]
    rel = m["rel"]
    if rel is None:
        return _weekday_near(weekday, None, ref)
    week = _ja_week(rel, ref)
    day = week.first + dt.timedelta(days=weekday)
    return Period.of(day, day)


@rule(rf"(?P<n>\d+){_JA_UNIT}前")
def _ja_ago(m: re.Match[str], ref: Date | None) -> Period | None:
    return _relative_unit(m["unit"], int(m["n"]), ref, ago=True) if ref else None


@rule(rf"(?:過去|この|ここ)(?P<n>\d+){_JA_UNIT}")
def _ja_past(m: re.Match[str], ref: Date | None) -> Period | None:
    return _relative_unit(m["unit"], int(m["n"]), ref, ago=False) if ref else None


@rule(r"年初来|今年に入って(?:から)?|年初から")
def _ja_year_to_date(m: re.Match[str], ref: Date | None) -> Period | None:
    return _year_to_date(m, ref)


# --- entry point -------------------------------------------------------------------

_LEADING = re.compile(r"^(?:on|in|at|during|by|as of|from|around|about|of|until|till)\s+")
_TRAILING = re.compile(r"(?:'s|’s|,|\.)+$")
#: "the 1940's", "the early '80's": a decade spelt with an apostrophe, not a year's
#: possessive ("2020's biggest listing").
_DECADE_APOSTROPHE = re.compile(r"(?:^|\b(?:the|early|mid|late)[- ]+(?:the )?)(?:\d{2}|')\d0's$")
_SINCE = re.compile(r"^(?:since|ever since)\s+(?P<rest>.+)$|^(?P<ja>.+?)(?:以来|以降|から)$")


def normalise_date(
    text: str, ref: Date | None, lang: str = "en", ahead: bool = False, back: bool = False
) -> str | None:
    """The ISO 8601 value of a date expression.

    Args:
        text: The text of a DATE entity (``late 2020``, ``on Thursday``, ``2023年4月13日``).
        ref: The article's date, for relative expressions; None if unknown.
        lang: ``en`` or ``ja`` (both rule sets are tried; kept for symmetry).
        ahead: The sentence speaks of what is to come ("will meet on Tuesday"): a
            weekday, a day or a month without a year is the coming one.
        back: The date is said of what has happened ("the last quake was in February",
            "said in December"): a day or a month without a year is the latest one on
            or before ``ref``, not a coming one (``ahead`` wins when both are set).

    Returns:
        ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``start/end``; None when the text
        cannot be worked out (vague, or relative with no reference date).
    """
    period = date_period(text, ref)
    if period is not None and ref is not None:
        if ahead:
            period = _coming(text, period, ref)
        elif back:
            period = _gone(text, period, ref)
    return format_period(period, by_months=False) if period else None


#: Words that fix a date's place in time whatever the verb's tense.
_ANCHORED = re.compile(
    r"\d{4}|\b(?:last|past|ago|yesterday|today|tonight|tomorrow|earlier|previous|this|next|since|year|"
    r"week|prior|current|latest|same)\b",
    re.IGNORECASE,
)


def _coming(text: str, period: Period, ref: Date) -> Period:
    """A weekday, day or month read back from ``ref`` moved to its next occurrence."""
    if period.last >= ref or _ANCHORED.search(text):
        return period
    if period.days == 1 and (ref - period.first).days < 7 and _WEEKDAY_WORD.search(text):
        step = dt.timedelta(days=7)
        return Period.of(period.first + step, period.last + step)
    if (ref - period.last).days < 45:
        return period  # a date just past in such a clause is what was, not what comes
    try:
        first = period.first.replace(year=period.first.year + 1)
        last = period.last.replace(year=period.last.year + 1)
    except ValueError:  # 29 February
        return period
    return Period.of(first, last)


def _gone(text: str, period: Period, ref: Date) -> Period:
    """A day or month read ahead of ``ref`` moved back to its previous occurrence."""
    if period.first <= ref or period.days > 31 or _ANCHORED.search(text):
        return period
    try:
        first = period.first.replace(year=period.first.year - 1)
        last = period.last.replace(year=period.last.year - 1)
    except ValueError:  # 29 February
        return period
    return Period.of(first, last)


def date_period(text: str, ref: Date | None) -> Period | None:
    """The :class:`Period` a date expression names, or None (see :func:`normalise_date`)."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    since = _SINCE.match(cleaned)
    if since:
        inner = _match(since["rest"] or since["ja"], ref)
        if inner is None or ref is None or inner.first > ref:
            return None
        return Period.of(inner.first, ref)
    period = _match(cleaned, ref)
    if period is None:
        period = _range(cleaned, ref)
    # "過去0日" would end before it starts.
    return period if period is None or period.start <= period.end else None


#: A verb of changing a date, then "from" opening the date expression: "changed its fiscal
#: year end from June 30 to December 31", "extended from March 6 to March 31 the expiry":
#: the old date and the new, no stretch of time.
_CHANGED = re.compile(
    r"\b(?:chang|mov|postpon|delay|advanc|shift|extend|switch|push|brought|bring|reschedul|"
    r"revis|put)\w*\b[^.;:\n]{0,40}$",
    re.IGNORECASE,
)
#: "from" right before a date expression that leaves it out of its span.
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def changes_a_date(text: str, start: int, end: int) -> bool:
    """The date expression at ``start:end`` is a date changed, "from" the old "to" the new,
    by a verb of changing before it in its clause (see :data:`_CHANGED`), not a range."""
    opening = _FROM_BEFORE.search(text, max(0, start - 6), start)
    if opening is not None:
        start = opening.start()
    elif not text[start:end].lower().startswith("from "):
        return False
    return _CHANGED.search(text, max(0, start - 48), start) is not None


#: A part of a game, written as a part of the year is: "the first half", "the fourth quarter".
_GAME_PART = re.compile(
    r"(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:half|quarter|period)",
    re.IGNORECASE,
)
#: What makes a sentence a game's: its clock ("with 11:43 left"), its plays and its time.
_GAME_WORDS = re.compile(
    r"\b(?:\d{1,2}:\d\d (?:left|remaining|to go|to play)|touchdowns?|field goals?|free throws?"
    r"|rebounds?|halftime|half-time|quarterback|interceptions?|dunk(?:ed)?|three-pointers?"
    r"|innings?|overtime|penalty kick|goalkeeper|tip-?off|buzzer|(?:left|remaining|to go|to play)"
    r" in the)\b",
    re.IGNORECASE,
)


def tells_a_game(text: str, start: int, end: int) -> bool:
    """The text between ``start`` and ``end`` tells a game: its clock, its plays or its
    time (:data:`_GAME_WORDS`), where a "fourth quarter" is the game's."""
    return _GAME_WORDS.search(text, start, end) is not None


def game_period(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """The date expression at ``start:end`` is a part of a game, not of the year: "with
    4:43 left in the first half", "a touchdown late in the fourth quarter". ``sentence``
    is the span of the sentence it stands in."""
    return _GAME_PART.fullmatch(text, start, end) is not None and tells_a_game(text, *sentence)


#: Two dates that bound a stretch of time: "1986-1990", "between 1987 and 1992", "1982 to
#: 1986", "1989 through 1992", "March-May 1987", "1985/86" (each end read on its own).
_RANGE = re.compile(
    r"^(?:between (?P<a1>.+?) and (?P<b1>.+)"
    r"|(?P<a2>.+?) ?(?:-|–|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b) ?(?P<b2>.+))$"
)
#: An end of such a range: it names a year, a month or a day in figures ("Monday to Friday",
#: "last year to this" and "two-year" are no range of dates).
_RANGE_END = re.compile(rf"\d|\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b")
_FOUR_DIGIT_YEAR = re.compile(r"\b\d{4}\b")


def _range(text: str, ref: Date | None) -> Period | None:
    """The stretch from a range's first end to its last (see :data:`_RANGE`): the first
    end borrows the last's year ("March-May 1987") or is a year's last two digits'
    forerunner ("1985/86"), a day after a day of a month is that month's ("March 5-6",
    "June 10-11, 2013"), a day before a day of a month too ("10-11 June 2013")."""
    match = _RANGE.match(text)
    if match is None:
        return None
    first, last = (_clean(g) for g in (match["a1"] or match["a2"], match["b1"] or match["b2"]))
    if not (_RANGE_END.search(first) and _RANGE_END.search(last)):
        return None
    if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{2}", last):
        century = int(first) - int(first) % 100
        later = century + int(last)
        last = str(later if later >= int(first) else later + 100)
    if re.fullmatch(r"\d{1,2}", first):  # "10-11 June 2013": the last end's month
        end = _match(last, ref)
        if end is None or end.days != 1:
            return None
        start = _day(end.first.year, end.first.month, int(first))
        return None if start is None or end.end < start.start else Period(start.start, end.end)
    years = _FOUR_DIGIT_YEAR.search(last)
    start = (
        _match(f"{first} {years.group()}", ref)
        if years and not _FOUR_DIGIT_YEAR.search(first)
        else None
    )
    start = start or _match(first, ref)
    if start is None:
        return None
    day = re.fullmatch(r"(\d{1,2})(?:,? \d{4})?", last)
    if day is not None and start.days == 1:
        end = _day(start.first.year, start.first.month, int(day.group(1)))
    else:
        end = _match(last, ref)
    if end is not None and end.end < start.start and not _FOUR_DIGIT_YEAR.search(last):
        # ("from May through September", said in April: the September after that May)
        end = _match(f"{last} {start.first.year + (end.first.month < start.first.month)}", ref)
    if end is None or end.end < start.start:
        return None
    return Period(start.start, end.end)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"\s+", " ", text).replace("’", "'")
    text = re.sub(r"(?<=\d)\s+(?=[年月日])|(?<=[年月])\s+(?=\d)", "", text)
    if _DECADE_APOSTROPHE.search(text) and not re.fullmatch(r"\d{4}'s", text):
        text = text[:-2] + "s"
    text = _TRAILING.sub("", text).strip()
    for _ in range(2):
        text = _LEADING.sub("", text)
    if text.startswith("the ") and not re.match(
        r"the (?:start|beginning|end|close|past|first|second|third|fourth|previous|1st|2nd|3rd|4th)\b",
        text,
    ):
        text = text[4:]
    return text.strip()


def _match(text: str, ref: Date | None) -> Period | None:
    for pattern, handler in RULES:
        match = pattern.fullmatch(text)
        if match:
            return handler(match, ref)
    return None


# --- periods as values ---------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF_VALUE = re.compile(r"^(\d{4})-H([12])$")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")


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
                return _day(year, int(match.group(2)), int(match.group(3)))
            if match.group(2):
                month = int(match.group(2))
                return _months(year, month, month)
            return _months(year, 1, 12)
        match = _QUARTER_VALUE.match(value)
        if match:
            q = int(match.group(2))
            return _months(int(match.group(1)), 3 * q - 2, 3 * q)
        match = _HALF_VALUE.match(value)
        if match:
            h = int(match.group(2))
            return _months(int(match.group(1)), 6 * h - 5, 6 * h)
        match = _WEEK_VALUE.match(value)
        if match:
            return _week(Date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1))
    except ValueError:
        return None
    return None


def format_period(period: Period, by_months: bool = True) -> str:
    """The shortest normalised value naming ``period``: ``2020-11-04``, ``2020-11``, ``2020``.

    Args:
        period: The period.
        by_months: Write a stretch of whole months or years by them (``2020-09/2020-12``,
            ``2019/2021``), as event dates are; False writes its days
            (``2020-09-01/2020-12-31``), as the values of DATE entities are.

    Returns:
        A value :func:`parse_value` reads back as the same period.
    """
    a, b = period.first, period.last
    if a == b:
        return a.isoformat()
    if a.day == 1 and b == _month_end(b.year, b.month):
        if a.year == b.year and a.month == 1 and b.month == 12:
            return f"{a.year:04d}"
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.year:04d}-{a.month:02d}"
        if by_months and a.month == 1 and b.month == 12:
            return f"{a.year:04d}/{b.year:04d}"
        if by_months:
            return f"{a.year:04d}-{a.month:02d}/{b.year:04d}-{b.month:02d}"
    return f"{a.isoformat()}/{b.isoformat()}"


def describe_period(period: Period) -> str:
    """A short human label: ``2020-11-04``, ``2020-11``, ``late 2020``, ``2020``."""
    a, b = period.first, period.last
    if a.year == b.year and a.day == 1 and b == _month_end(b.year, b.month):
        parts = {(1, 4): "early", (5, 8): "mid", (9, 12): "late", (1, 6): "H1", (7, 12): "H2"}
        part = parts.get((a.month, b.month))
        if part in ("early", "mid", "late"):
            return f"{part} {a.year}"
        if part:
            return f"{a.year} {part}"
    return format_period(period)


def resolve_date_text(text: str, article_date: str | None) -> Period | None:
    """A period for the text of a DATE span, resolved against the article's date.

    The rules of extraction (:func:`date_period`), for spans stored without a
    value (older annotations, an article dated after it was annotated).

    Args:
        text: The span's text (``late 2020``, ``on Thursday``, ``2020年後半``).
        article_date: The article's ISO date, for relative expressions.

    Returns:
        The period, or None for durations and anything not understood.
    """
    try:
        anchor = Date.fromisoformat(article_date[:10]) if article_date else None
    except ValueError:
        anchor = None
    return date_period(text, anchor)
