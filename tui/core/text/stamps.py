"""Publication stamps: a web page's "Published: ...", "Updated ...", "Posted on ..." lines.

A stamp line says when the page was published or changed, in dates and clock times
only ("Updated: November 11, 2011 20:09 IST", "Monday, Sep 10, 2012 | Updated 9:01 AM
EDT", "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET"). It is
page furniture, not a sentence of the report, and the first one that states a year dates
the article when nothing better does. A line that says anything more ("Police said the
video was posted on Monday") is no stamp. A date alone on one of a page's first lines
("TUESDAY, OCTOBER 11, 2011") is not the page's title either, nor is a press
release's letterhead above its release line ("FOR IMMEDIATE RELEASE July 13, 2031").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

#: A press release's release line ("FOR IMMEDIATE RELEASE July 13, 2031", "For immediate
#: release:"): a stamp, with its date or alone.
_RELEASE = r"\b(?:FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease)\b\s*[:.]?"
_RELEASE_LINE = re.compile(rf"\s*{_RELEASE}")
#: A stamp's word, capitalised as pages print it (a sentence's "was posted on" is not one).
#: ("Last updated" as broadcasters print it: the word after "First" or "Last" in either case.)
_KEYWORD = re.compile(
    r"(?:\b(?:First|Last)\s+(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified)"
    r"|\b(?:Published|Updated|Posted|Modified))\b(?:\s+(?:on|at|time))?\s*:?"
    rf"|{_RELEASE}"
)
#: The words a stamp line may hold besides its stamp words: dates, clock times, zones.
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august"
    "|sep|sept|september|oct|october|nov|november|dec|december"
)
_DAYS = "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
_TOKEN = re.compile(
    rf"(?ix)^(?:"
    rf"(?:{_MONTHS}|{_DAYS})\.?,?"  # month and day names
    r"|\d{1,4}(?:[./:-]\s?\d{1,4}){0,2}(?:st|nd|rd|th)?[,:]?"  # 2011, 11/27/2005, 20:09, 1:
    r"|\d{0,2}[ap]\.?m\.?[,:]?|at|on|of|\||@|[-–—]"  # am / pm ("19PM", "AM,"), "at", separators
    r"|(?-i:[A-Z]{1,4}T(?:[+-]\d{1,2}(?::\d{2})?:?)?|IST|UTC|ET|PT|CT|MT|GMT|BST|CEST|CET)"  # zones
    r")$"
)
#: A year stated in full, or a numeric date's last two digits ("10/25/11").
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}/\d{1,2}/\d{2}\b")
#: Clock times, am / pm and zones: left out before the date is read.
_CLOCK = re.compile(
    r"^(?:\d{1,2}:\d{0,2}(?::\d{2})?|[aApP]\.?[mM]\.?|at)$|^[A-Z]{1,4}T(?:[+-]\S*)?$"
    r"|^(?:IST|UTC|ET|PT|CT|MT)$"
)
#: Longer than this, a line is prose, whatever it opens with.
_LINE_MAX = 160
#: A line of a date alone ("TUESDAY, OCTOBER 11, 2011", "9/10/2010 @ 1: 19PM") among a
#: page's first lines is when the page was published, not its title (:func:`after_date_lines`).
_TOP_LINES = 4
#: A full date: a numeric day / month / year, or a month's name with a day and a year.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b")
_NAMED_MONTH = re.compile(rf"(?i)\b(?:{_MONTHS})\b\.?")
#: Blank space, skipped before a line's text (without copying the rest of the text).
_BLANKS = re.compile(r"\s*")
_DAY_NUMBER = re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b")


def stamp_lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each stamp line, in text order.

    Args:
        text: The article text.

    Returns:
        Spans of whole lines, without their line break or surrounding blanks.
    """
    if _KEYWORD.search(text) is None:  # the common case: one scan, no line split
        return
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        body = line.strip()
        if body and len(body) <= _LINE_MAX and _is_stamp(body):
            lead = len(line) - len(line.lstrip())
            yield start + lead, start + lead + len(body)


def _is_stamp(line: str) -> bool:
    """A line of stamp words, dates and times only, with a stamp word first, after ``|``
    or after a date with its year ("10 June 2013 Last updated at 14:00 GMT")."""
    first = _KEYWORD.search(line)
    if first is None:
        return False
    before = line[: first.start()]
    if (
        first.start()
        and "|" not in before
        and not (_YEAR.search(before) and all(_TOKEN.match(t) for t in before.split()))
    ):
        return False
    rest = _KEYWORD.sub(" ", line)
    if not all(_TOKEN.match(t) for t in rest.split()):
        return False
    return bool(re.search(r"\d", rest)) or (_RELEASE_LINE.match(line) is not None)


def _is_date_line(line: str) -> bool:
    """A line that is one full date and a clock time at most, or a clock time alone
    ("8: 24am:"), with no stamp word (a table's row of dates or of a month's prices is
    not one)."""
    words = line.split()
    if not all(_TOKEN.match(t) for t in words):
        return False
    if not _YEAR.search(line):
        return bool(_TIME.search(line)) and not _TIME.sub("", line).strip(" :,.|@-–—")
    numeric, named = len(_NUMERIC_DATE.findall(line)), len(_NAMED_MONTH.findall(line))
    numbers = sum(any(ch.isdigit() for ch in t) for t in words)
    if numeric + named != 1 or numbers > 4:
        return False
    return bool(numeric or _DAY_NUMBER.search(line))


def after_date_lines(text: str, start: int = 0) -> int:
    """Where a page's text goes on after the date lines at its top ("TUESDAY, OCTOBER 11,
    2011", "9/10/2010 @ 1: 19PM"): a date alone is when the page was published, not its
    headline.

    Args:
        text: The article text.
        start: Where its top is (after a ``date`` header or stamps).

    Returns:
        The offset after those lines and the blanks around them, or ``start``.
    """
    position = start
    for end, line in _top_lines(text, start):
        if not line or len(line) > _LINE_MAX or not _is_date_line(line):
            break
        position = end
    return position


def _top_lines(text: str, start: int) -> Iterator[tuple[int, str]]:
    """The page's first :data:`_TOP_LINES` lines from ``start``, blank lines skipped: where
    each ends, and its text stripped (empty past the text's end)."""
    position = start
    for _ in range(_TOP_LINES):
        blanks = _BLANKS.match(text, position)
        line_start = blanks.end() if blanks else position
        end = text.find("\n", line_start)
        end = len(text) if end == -1 else end
        yield end, text[line_start:end].strip()
        position = end


def after_release_line(text: str, start: int = 0) -> int | None:
    """Where a press release goes on after its release line ("FOR IMMEDIATE RELEASE July
    13, 2031"), when one is among the page's first lines: the issuer's letterhead may
    stand above it ("THE WHITE HOUSE", "Office of the Press Secretary"), and its headline
    after it.

    Args:
        text: The article text.
        start: Where its top is.

    Returns:
        The offset after the release line, or None when the page has none at its top.
    """
    for end, line in _top_lines(text, start):
        if _RELEASE_LINE.match(line) and len(line) <= _LINE_MAX and _is_stamp(line):
            return end
    return None


def stamp_date(text: str) -> str | None:
    """The ISO date of the first stamp line that states one with its year, or None.

    Args:
        text: The article text.

    Returns:
        ``YYYY-MM-DD``; a numeric date reads month first ("4/9/2007" is April 9) unless
        its first number cannot be a month.
    """
    for start, end in stamp_lines(text):
        # One stamp line can hold two stamps ("Posted: ... Last Updated: ..."): each part alone.
        for part in _KEYWORD.split(text[start:end]):
            if _YEAR.search(part):
                found = _parse_day(part)
                if found is not None:
                    return found
    return None


#: A clock time, to be left out before the date is read: "20:09", "03.31", "1: 19PM",
#: "2 A.M." (not the "08.08" of "2012.08.08").
_TIME = re.compile(
    r"(?<![\d.])\d{1,2}(?:[:.]\s?\d{2}(?::\d{2})?)?\s*(?:[aApP]\.?[mM]\b\.?)"
    r"|(?<![\d.])\d{1,2}[:.]\s?\d{2}(?::\d{2})?(?![\d.])"
)


def _parse_day(part: str) -> str | None:
    from dateutil import parser  # a few ms, and only for an article with a stamp

    words = _TIME.sub(" ", part).replace("|", " ").replace("@", " ").split()
    kept = [
        word
        for i, word in enumerate(words)
        if not _CLOCK.match(word.rstrip(","))
        # a zone's offset cut in two ("GMT+02: 00"): its tail is no day
        and not (i and words[i - 1].endswith(":") and _CLOCK.match(words[i - 1]))
    ]
    cleaned = " ".join(kept).strip(" ,-–—")
    try:
        moment = parser.parse(cleaned, fuzzy=True, ignoretz=True, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None
    if moment.year == 1:
        return None
    return moment.date().isoformat()
