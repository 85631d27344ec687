"""Article structure of news copy: the dateline and a date line, found by pattern, without a model.

A dateline opens the first paragraph of a wire story: ``WASHINGTON, April 3 - ``,
``CHESTNUT HILL, Mass., Oct 19 - ``, ``LONDON (Reuters) - ``, ``Los Angeles (AP) -- ``,
``sioux falls, april 7 - `` (a desk's copy in lower case), ``ARNHEM, the Netherlands,
April 1 - ``, ``GEORGETOWN, Grand Cayman, British West Indies, March 25 - `` (two regions),
``AMSTERDAM, 2 March - `` (the day first), ``ROME, March 13, Reuter - `` (the agency
after a comma), ``DALLAS/FORT WORTH, Texas, March 3 - `` (a place of two cities), and the
slips of hurried copy: ``NEW YORK , March 5 - ``, ``PARIS,March 16 - ``, ``MONTREAL, Feb
26- ``, ``CHICAGO, March 4, - ``, a month mistyped (``Narch 2``, ``Macrh 31``, ``Jne 19``),
a day mistyped (``March 187``, ``March 2O``), a stray mark before the place (``****PARIS``,
``c CHICAGO``). A desk that files in capitals dates its dateline (``SEOUL, April 8 - THE
BANK OF KOREA SAID``); without a date, a line in capitals is a headline. Some agencies
write no dash after their bracket when the date is given (``New Delhi, Jan 5 (PTI) The
government``), some papers a colon after a city the tables know (``MUMBAI: The city
police``; ``UPDATE: `` is a label).
Its places are GPEs, its agency an ORG, its date the day the story was filed. The
statistical model never reads it, so "April 3 - Four U.S. meat processors" cannot
become one DATE and kill the count.

A date line is a line near the top that dates the piece (``July 26, 2005``,
``First Published: June 13, 2013 4:59 PM EDT``, ``21 July 2013 Last updated at
11:11 GMT``, ``December 15th, 2008, 7:35 am``), short or opening the story: when
the article has no date of its own, it is the article's date.

Pure functions over text: no spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import DamerauLevenshtein

from tui.core.nlp.dates import MONTHS, date_period
from tui.core.nlp.places import fold, gazetteer, known_towns

_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: (two cities of one place are written with a slash: "DALLAS/FORT WORTH")
_CAPS_PLACE = r"[A-Z][A-Z.'’&-]*(?:[ /][A-Z][A-Z.'’&-]*){0,3}"
#: A day of the week is no place: "TUE, APR 07 - INDIA" dates a row of a table ("SUN CITY,
#: Ariz." is one).
_NO_WEEKDAY = r"(?!(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,)"
_TITLE_PLACE = r"[A-Z][a-zA-Z.'’-]*(?:[ ][A-Z][a-zA-Z.'’-]*){0,3}"
_REGION = r"[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2}"
#: A place in lower case, as a desk that writes its copy so sends it ("sioux falls,
#: april 7 - ", "Mexico city, april 24 - "): a dateline only with its date.
_LOWER_PLACE = (
    r"(?!(?i:the|a|an|in|on|at|by|for|and|but|as|he|she|it|they|we|i|this|that)\b)"
    r"[a-zA-Z][a-z.'’-]*(?:[ ][a-z][a-z.'’-]*){0,2}"
)
#: A news agency's name, as written in brackets in a dateline.
_AGENCY = r"[A-Z][A-Za-z.&' ]{0,30}[A-Za-z.]"
#: An agency's name written after the date and a comma ("March 11, Reuter - "): a word or
#: two, no day of the week ("March 4, Monday - ").
_AGENCY_WORDS = (
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"[A-Z][A-Za-z.&']{1,20}(?:[ ][A-Z][A-Za-z.&']{1,20})?"
)
#: A day as hurried copy types it: a letter O for a nought, an l for a one ("March 2O",
#: "April l"), a digit too many ("March 187"): checked by :func:`_filed`.
_DAY = r"(?:\d{1,3}|\d?[Ol]|[Ol]\d)(?![\w])"
#: A word in a dateline's month's place: a month, or a slip of one (:func:`month_of`).
_MONTH_WORD = rf"(?:{_MONTH}|(?P<slip>[A-Za-z]{{3,9}}))"
#: A dateline's date: month and day, or day and month ("AMSTERDAM, 2 March - ").
_DATE = (
    rf"(?:{_MONTH_WORD},?[ ](?P<day>{_DAY})"
    rf"|(?P<day_first>\d{{1,2}})[ ](?P<month_after>{_MONTH})(?![\w]))"
)
#: A stray mark a wire's copy may carry before a dateline's place ("****PARIS, June 19",
#: "c CHICAGO, March 9", "0 LONDON, April 29").
_STRAY = r"(?:\*+[ ]?|[a-z0-9][ ](?=[A-Z]{2}))?"
#: A dateline at the start of a line: a place (ALL CAPS, or as written when an agency
#: or a date follows, or in lower case when a date does), a state or country (perhaps
#: "the Netherlands", perhaps two: "Grand Cayman, British West Indies"), an agency in
#: brackets, a date, a dash; a comma may be typed with a space before it or none after.
DATELINE = re.compile(
    rf"{_STRAY}{_NO_WEEKDAY}"
    rf"(?:(?P<city>{_CAPS_PLACE})"
    rf"|(?P<tcity>{_TITLE_PLACE})(?=(?:,[ ]{_REGION})?(?:[ ]\(|,[ ]{_MONTH}[ ]\d))"
    rf"|(?P<lcity>{_LOWER_PLACE})(?=,[ ]{_MONTH}[ ]\d{{1,2}}[ ]*(?:-{{1,2}}|–|—)[ ]))"
    rf"(?:[ ]?,[ ](?:the[ ])?(?P<region>{_REGION}))?"
    rf"(?:,[ ](?P<region2>{_REGION}))?"
    rf"(?:[ ]\((?P<agency>{_AGENCY})\))?"
    rf"(?:(?:[ ]?,[ ]?|[ ])(?P<date>{_DATE}))?"
    # (today's wires write the date before the agency: "ATHENS, April 9 (Reuters) -",
    # older copy after a comma: "ROME, March 13, Reuter -")
    rf"(?:[ ]\((?P<agency_after>{_AGENCY})\)|(?<=\w),[ ](?P<agency_comma>{_AGENCY_WORDS}))?"
    # (hurried copy may run the dash into the day, "MONTREAL, Feb 26- Shr 1.11 dlrs", or
    # type a comma before it, "CHICAGO, March 4, - South Korea's"; some agencies write
    # no dash after their bracket when the date is given, "New Delhi, Jan 5 (PTI) The",
    # and some papers a colon after the city alone, "MUMBAI: The city police")
    r"(?:(?:,?[ ]+|(?<=\d))(?:-{1,2}|–|—)[ ]+(?=\S)"
    r"|(?(date)(?<=\))[ ]+(?=[A-Z])|(?!))"
    r"|(?<=[A-Z])(?P<colon>:)[ ]+(?=[A-Z]))"
)
_YEAR = r"(?:19|20)\d\d"
_ORDINAL = r"(?:st|nd|rd|th)?"
#: A full date with its year: ``July 26, 2005``, ``June 6th, 2013``, ``26 September 2013``,
#: ``10th of June 2013``, ``27 NOVEMBER, 2005``, ``MAR. 14, 2013``, ``November 27-2005``,
#: ``27-Nov-2005``, ``12/16/08``, ``08.07.2012`` (day first), ``2012-04-04``.
FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}[ -]\d{{1,2}}{_ORDINAL}(?:,?[ ]|-){_YEAR}"
    rf"|\d{{1,2}}{_ORDINAL}(?:[ ]of)?[ -]{_MONTH}(?:,?[ ]|-){_YEAR}"
    r"|\d{1,2}/\d{1,2}/(?:\d\d)?\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
    rf"|{_YEAR}-\d\d-\d\d)\b"
)
#: What may come before a date that opens a longer line: a word saying so and a weekday
#: ("Published on Tuesday, 16 December 2008 ...").
_DATE_LEAD = re.compile(
    r"(?i:(?:posted|published|updated|last[ ]updated)(?:[ ]on)?:?[ ]+)?"
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ ]+)?"
)
#: A longer line that says when the page was posted, its date after who posted it or
#: where ("By Ann Lee, posted in Local News on Friday, September 20, 2013"; not "Acme
#: posted a loss on ...").
_POSTED_ON = re.compile(
    r"(?i:\b(?:posted|published|updated)[ ](?:in|by)\b[^\n]{0,80}?\bon[ ]+)"
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ ]+)?"
)
#: How many non-empty lines from the top a dateline or a date line may be on.
TOP_LINES = 4
#: A date line is short: a date, perhaps a time and a word or two around it.
DATE_LINE_MAX = 90
#: A short line with this many words in lower case besides its date, ended as a sentence
#: is, is prose telling when something happened ("Page was born on April 22, 1923, in
#: Nashville."), not a line dating the piece ("on April 30, 2008 at 4:31 AM, updated ...").
PROSE_WORDS = 4
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+\b")
_SENTENCE_END = re.compile(r"[.!?:][\"'’”)]*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a dateline is, and its parts (character offsets into the article).

    Attributes:
        start: Where it starts (the start of its line).
        end: Where the story proper starts, after the dash.
        places: The city, then the state, province or country, if written.
        agency: The news agency in brackets, if written.
        date: The month and day, if written.
        filed: The month and the day it dates the story to (1-12, 1-31), its slips read
            (:func:`month_of`), if written and a day of that month.
    """

    start: int
    end: int
    places: tuple[tuple[int, int], ...]
    agency: tuple[int, int] | None = None
    date: tuple[int, int] | None = None
    filed: tuple[int, int] | None = None


#: The months' full names, for reading a slip of one.
_MONTH_NAMES = {name: n for name, n in MONTHS.items() if len(name) > 3 or name == "may"}


def month_of(word: str) -> int | None:
    """The month a dateline's word names (1-12): a month's name or its abbreviation
    ("Sept.", "APR"), or a slip of one a typist made, one letter wrong, missing, doubled
    or two swapped ("Narch", "Marc", "Macrh", "Junee", "Jne", "Fbe"), when it is the slip
    of one month only ("Jule" may be June or July: None)."""
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS[word]
    if len(word) < 3:
        return None
    # (a slip of an abbreviation keeps its length, "Fbe": "Mark" is no slip of "Mar")
    near = {
        n
        for name, n in MONTHS.items()
        if (name in _MONTH_NAMES or len(name) == len(word))
        and DamerauLevenshtein.distance(word, name, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


def _filed(match: re.Match[str]) -> tuple[int, int] | None | Literal[False]:
    """The month and day a dateline's date names (:attr:`Dateline.filed`): None when its
    day is no day of that month ("March 187"); False when its month word is none."""
    if match.group("day_first"):
        month, day = MONTHS[match["month_after"].lower().rstrip(".")], match["day_first"]
    elif match.group("day"):
        written = match["slip"] or match["date"][: match.start("day") - match.start("date")]
        found = month_of(written.strip(" ,"))
        if found is None:
            return False
        month, day = found, match["day"].replace("O", "0").replace("l", "1")
    else:
        return None
    try:
        dt.date(2000, month, int(day))
    except ValueError:
        return None
    return month, int(day)


def top_lines(text: str, start: int, count: int = TOP_LINES) -> list[tuple[int, int]]:
    """The first ``count`` non-empty lines from ``start``, as offsets without surrounding blanks."""
    out: list[tuple[int, int]] = []
    position = start
    for line in text[start:].split("\n"):
        s, e = position, position + len(line)
        position = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
            if len(out) == count:
                break
    return out


def _colon_city(match: re.Match[str]) -> bool:
    """A dateline of a city and a colon ("MUMBAI: The city police") names the city alone,
    in capitals, and a city or country the tables know: else it is a label."""
    city = match.group("city")
    if not city or any(match.group(g) for g in ("region", "region2", "agency", "date")):
        return False
    name = fold(city)
    if name in MONTHS:
        return False  # "MARCH: Sales rose" heads a month's row; March the town aside
    return gazetteer().is_place(name) or name in known_towns()


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline opening one of the first lines from ``start``, or None.

    The story must go on after the dash in lower case somewhere, so an ALL-CAPS
    headline such as ``U.S. - JAPAN TALKS`` is not taken for one.
    """
    for line_start, line_end in top_lines(text, start):
        match = DATELINE.match(text, line_start, line_end)
        if match is None or not (
            # (a desk that files in capitals writes its dateline's date too: "SEOUL,
            # April 8 - THE BANK OF KOREA SAID")
            match.group("date") or any(ch.islower() for ch in text[match.end() : line_end])
        ):
            continue
        filed = _filed(match)
        if filed is False:
            # (a word in the month's place that is no month nor a slip of one)
            continue
        if match.group("colon") and not _colon_city(match):
            # (a label, "UPDATE: ", "BREAKING: ", not a city the tables know)
            continue
        places = tuple(
            match.span(group)
            for group in ("city", "tcity", "lcity", "region", "region2")
            if match.group(group) is not None
        )
        written = next(
            (g for g in ("agency", "agency_after", "agency_comma") if match.group(g)), None
        )
        agency = match.span(written) if written else None
        date = match.span("date") if match.group("date") else None
        return Dateline(line_start, match.end(), places, agency, date, filed)
    return None


def find_date_line(text: str, start: int = 0) -> str | None:
    """The date of a line near the top that dates the piece, as an ISO date.

    A short line (at most :data:`DATE_LINE_MAX` characters) with a full date
    anywhere, unless it is a sentence of prose (:data:`PROSE_WORDS`), or a longer line that opens with one, the story run into it
    (``28 November 2005 - An earthquake ...``, ``Posted on Monday, June 10th, 2013 ...``).
    Numeric dates with slashes are read day first when the first number cannot be a
    month (``15/09/2013``), month first otherwise (``12/16/08``); with dots, day first
    (``08.07.2012``).

    Returns:
        ``YYYY-MM-DD``, or None.
    """
    for line_start, line_end in top_lines(text, start):
        if line_end - line_start > DATE_LINE_MAX:
            lead = _DATE_LEAD.match(text, line_start, line_end)
            match = FULL_DATE.match(text, lead.end() if lead else line_start, line_end)
            posted = _POSTED_ON.search(text, line_start, line_end) if match is None else None
            if posted is not None:
                match = FULL_DATE.match(text, posted.end(), line_end)
        else:
            match = FULL_DATE.search(text, line_start, line_end)
            if match is not None and _prose(text, line_start, line_end, match):
                continue
        if match is not None:
            return _iso(match.group())
    return None


def _prose(text: str, start: int, end: int, date: re.Match[str]) -> bool:
    """Whether the short line ``start:end`` holding ``date`` is a sentence of prose
    (:data:`PROSE_WORDS`)."""
    besides = text[start : date.start()] + " " + text[date.end() : end]
    return (
        _SENTENCE_END.search(text, start, end) is not None
        and len(_LOWER_WORD.findall(besides)) >= PROSE_WORDS
    )


def _iso(written: str) -> str | None:
    """The day a full date names (as the date grammar reads it), as an ISO date."""
    period = date_period(written, None)
    return period.first.isoformat() if period is not None and period.start == period.end else None


#: What dates a longer date expression that has no value of its own, most precise first:
#: a date in figures, a month and day (with its year), a year, a weekday, a day named by
#: its distance.
_ANCHORS = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d\d)?\d\d\b"),
    re.compile(rf"\b{_MONTH}[ ]\d{{1,2}}(?:,[ ]{_YEAR})?\b"),
    re.compile(rf"\b{_YEAR}\b"),
    re.compile(r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    re.compile(r"\b(?i:today|tomorrow|yesterday)\b"),
)


#: The words a decade's name opens with, that the parse may leave out of its DATE with
#: the possessive-looking "'s": "[the] 1940's", "[the late] 1970's", "[the mid-]1960's".
_DECADE_BEFORE = re.compile(
    r"(?i)\b(?:the[- ]+(?:(?:early|mid|late)[- ]+)?|(?:early|mid|late)[- ]+(?:the[- ]+)?)$"
)


def decade_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole of a decade the parse cut short ("the 1940's" of its DATE "1940"), as the
    date grammar reads it (:func:`~tui.core.nlp.dates.date_period`: a bare "1990's" is a
    year's possessive, "1990's budget").

    Returns:
        Its offsets, or None when the span at ``start:end`` does not end such a decade.
    """
    if text[end : end + 2] not in ("'s", "’s") or not text[start:end][-4:].isdigit():
        return None
    before = _DECADE_BEFORE.search(text, max(0, start - 16), start)
    begin = before.start() if before is not None else start
    period = date_period(text[begin : end + 2], None)
    return (begin, end + 2) if period is not None and period.days > 366 else None


def date_anchor(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The one part of a date expression that dates it ("the week ended [March 27]").

    Returns:
        Its offsets, or None when there is no such part or more than one.
    """
    for pattern in _ANCHORS:
        found = list(pattern.finditer(text, start, end))
        if len(found) == 1:
            return found[0].span()
        if found:
            return None
    return None
