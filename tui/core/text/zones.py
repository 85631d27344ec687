"""Time-zone abbreviations written after a clock time: "11am IST", "1530 GMT", "10 a.m. EST".

The family is the tz database's own abbreviations ("IST", "EDT", "AEST", "WIB", "MSK"):
each zone's name at a few instants (winter and summer of two years), numeric ones
("+03") left out. The database is the ``tzdata`` package's, a dependency: every machine
reads the same one (a system's copy, ``/usr/share/zoneinfo``, may be years older and
print other names; it is read only where the package is missing, and Windows and slim
containers have none). The wire's generic US zones ("1:40 a.m. ET") and the few the
database no longer prints ("SGT") are added by hand.

Many of these words are also companies' names or tickers ("CAT", "MET", "AST", "<PST>"),
so a word of the family is a zone only where it is written as one (:func:`zone_spans`):
after a clock time, after another zone after one ("06:03 PM ET EST"), in brackets after
a zone's full name ("Coordinated Universal Time (UTC)"), or on a page's stamp line.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from tui.core.text.alternation import words_pattern
from tui.core.text.stamps import stamp_lines

#: The instants a zone's abbreviation is read at: winter and summer, then and now.
_INSTANTS = tuple(dt.datetime(year, month, 15, 12) for year in (2000, 2020) for month in (1, 7))
#: Zones news copy writes that the tz database does not name: the US's generic zones of
#: wire copy ("1:40 a.m. ET") and abbreviations the database dropped ("10am SGT").
_WRITTEN_ONLY = frozenset("ET CT MT PT SGT".split())


def _zones() -> Iterator[dt.tzinfo]:
    """Every zone of the ``tzdata`` package, else of the system's database."""
    try:
        package = resources.files("tzdata")
        keys = package.joinpath("zones").read_text("utf-8").split()
    except (ModuleNotFoundError, OSError):
        keys = []
    for key in keys:
        with package.joinpath("zoneinfo", *key.split("/")).open("rb") as data:
            yield zoneinfo.ZoneInfo.from_file(data, key=key)
    if keys:
        return
    for key in sorted(zoneinfo.available_timezones()):
        try:
            yield zoneinfo.ZoneInfo(key)
        except (ValueError, OSError):  # a file of the listing that is no zone
            continue


@lru_cache(maxsize=1)
def zone_abbreviations() -> frozenset[str]:
    """The tz database's zone abbreviations ("IST", "EDT", "ChST") and the written ones."""
    names: set[str] = set(_WRITTEN_ONLY)
    for zone in _zones():
        for instant in _INSTANTS:
            name = instant.replace(tzinfo=zone).tzname()
            if name and name[0].isalpha():  # "+03", "-0330": no word
                names.add(name)
    return frozenset(names)


#: A clock time, at the end of what is before a zone: "20:09", "05.51AM", "12: 48PM",
#: "6:07:15 PM", "11am", "10 a.m.", "1100 hrs", "1530", "(1200)", "midnight", "noon".
#: A decimal ("0.50 CT", a cent) is no clock: a full stop needs two hour digits or am / pm;
#: a year's four digits after "in" or "since" are the year ("In 2010 AST Research ..."); wire copy's
#: deadlines end at "2400", and its US times may say so ("2300 hours U.S. EST").
_CLOCK_BEFORE = re.compile(
    r"(?ix)(?<![\w.,:])(?:"
    r"\d{1,2}:\s?\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
    r"|\d{2}\.\d{2}(?:\s?[ap]\.?m\.?)?"
    r"|\d{1,2}\.\d{2}\s?[ap]\.?m\.?"
    r"|\d{1,2}\s?[ap]\.?m\.?"
    r"|(?:(?:0\d|1[0-8]|2[1-3])[0-5]\d|(?<!\bin[ ])(?<!since[ ])(?:19|20)[0-5]\d|2400)"
    r"(?:\s?(?:hrs|hours|hr|h)\b\.?)?"
    r"|midnight|noon"
    r")"
    r"\)?[ \t]*,?\s*\(?[ \t]*(?-i:U\.S\.[ ])?$"
)
#: A zone's full name and an opening bracket: "Coordinated Universal Time (".
_NAME_BEFORE = re.compile(r"(?i)\btime[ ]?\([ ]?$")
#: Between two zones of one time: "ET EST", "1052 GMT (1852 HKT)" (the clock is the anchor).
_ZONE_BEFORE_GAP = re.compile(r"[ \t]*[/(]?[ \t]*$")
#: How far back a zone looks for its clock time.
_REACH = 24


@lru_cache(maxsize=1)
def _zone_word() -> re.Pattern[str]:
    words = words_pattern(zone_abbreviations())
    # A zone's offset belongs to it: "GMT+02: 00", "UTC-5".
    return re.compile(rf"(?<![\w&.-])(?:{words})(?:[+-]\d{{1,2}}(?::\s?\d{{2}})?)?(?![\w&-])")


def zone_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each time-zone abbreviation written as a time's zone, in text order.

    A zone follows a clock time ("11am IST", "at around 11 am (IST)", "1100 hrs IST",
    "12: 48PM BST", "10 a.m. EST", "noon (EST)", "(1200) GMT"), another zone that does
    ("06:03 PM ET EST"), or its full name in brackets ("Eastern Standard Time (EST)"),
    or stands on a page's stamp line ("Updated: November 11, 2011 20:09 IST"). The span
    holds the zone's offset ("GMT+02: 00"). A word of the family anywhere else ("<CAT>",
    "AST Research") is not counted.

    Args:
        text: The article text.

    Returns:
        Spans of the abbreviations, without brackets.
    """
    found: list[tuple[int, int]] = []
    stamps: list[tuple[int, int]] | None = None
    for match in _zone_word().finditer(text):
        start, end = match.span()
        before = text[max(0, start - _REACH) : start]
        chained = bool(found) and _ZONE_BEFORE_GAP.fullmatch(text, found[-1][1], start)
        if chained or _CLOCK_BEFORE.search(before) or _NAME_BEFORE.search(before):
            found.append((start, end))
            continue
        if stamps is None:
            stamps = list(stamp_lines(text))
        if any(s <= start and end <= e for s, e in stamps):
            found.append((start, end))
    return found
