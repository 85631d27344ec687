"""Time-zone abbreviations after a clock time are part of the time, not organisations.

The sentences are written for these tests in three styles (an Indian paper, a US paper,
wire copy), none taken from a corpus or a seed.
"""

from __future__ import annotations

from typing import Any

import pytest

from tui.core.model.article import Article
from tui.core.nlp.entities import Candidate, zones_in_times
from tui.core.text.zones import zone_abbreviations, zone_spans

from nlp_models import text_article


def test_the_family_is_the_tz_databases_abbreviations() -> None:
    family = zone_abbreviations()
    seen = "IST EST EDT PST PDT MST CST BST CET CEST JST KST HKT AEST AEDT WIB MSK SAST"
    assert set(seen.split()) <= family
    assert {"GMT", "UTC", "ET", "SGT"} <= family  # the wire's generic zones, a dropped one
    assert not any(name[0] in "+-" or name[0].isdigit() for name in family)


def _zones(text: str) -> list[str]:
    return [text[s:e] for s, e in zone_spans(text)]


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        # an Indian paper
        ("The coast guard sighted the dhow at about 1400 hrs IST, 90 km off Kochi.", ["IST"]),
        ("Polling began at 7am IST when the gates opened in Lucknow.", ["IST"]),
        ("The board met at around 10 am (IST) saying that a decision was near.", ["IST"]),
        ("Updated: March 14, 2031 21:40 IST", ["IST"]),
        ("Mar 14, 2031, 06.25AM IST KOLKATA: The ferry sank.", ["IST"]),
        # a US paper
        ("Polls close at 8 p.m. EST in Ohio, and at 11 p.m. (PST) in Oregon.", ["EST", "PST"]),
        ("Posted 6/12/31 4:05 PM ET EDT", ["ET", "EDT"]),
        ("The launch window opens at noon CDT and closes at midnight, CDT.", ["CDT", "CDT"]),
        ("The storm will reach the coast by 2: 30pm HST, forecasters said.", ["HST"]),
        ("Ships keep Coordinated Universal Time (UTC) at sea.", ["UTC"]),
        # wire copy
        ("Gold was fixed at 1530 GMT, dealers said.", ["GMT"]),
        ("Trading resumes at 0900 BST (0800 GMT) on Monday.", ["BST", "GMT"]),
        ("Bids are due by (1200) GMT today.", ["GMT"]),
        ("The quake struck at 0412 JST (1912\n GMT), the agency said.", ["JST", "GMT"]),
        ("Markets in Sydney opened at 10:00 AEST and Jakarta at 0900 WIB.", ["AEST", "WIB"]),
        ("Last updated 11:25 GMT+02: 00", ["GMT+02: 00"]),
    ],
)
def test_a_zone_after_a_clock_time(text: str, zones: list[str]) -> None:
    assert _zones(text) == zones


@pytest.mark.parametrize(
    "text",
    [
        "Caterpillar Inc <CAT> said orders rose, and CAT shares gained.",
        "EAT, the sandwich chain, opened ten shops.",
        "AST Research Inc said sales rose in 1986.",
        "In 2010 AST Research cut prices.",
        "Mercantile Stores Co Inc <MST> sets quarterly dividend.",
        "U.S. copper price raised 0.50 CT to 66 cts a lb.",
        "The MET said the forecast for WEST Germany was rain.",
        "NORD-EST PLANS NEW ISSUE",
        "The sales tax, known as GST, rises to 7.5 pct.",
    ],
)
def test_the_same_word_with_no_clock_time_is_no_zone(text: str) -> None:
    assert _zones(text) == []


def test_a_time_takes_its_zone_and_the_zone_is_no_name() -> None:
    text = "It began at 11am IST when crews met, and at 9 am (IST) the CAT unit left."
    zone1, zone2 = zone_spans(text)
    cat = text.index("CAT")
    candidates = [
        Candidate(12, 16, "TIME"),  # "11am"
        Candidate(*zone1, "ORG"),
        Candidate(text.index("9 am"), text.index("9 am") + 4, "TIME"),
        Candidate(*zone2, "ORG", "kb:ist", True),  # the knowledge base is no exception
        Candidate(cat, cat + 3, "ORG"),
    ]
    out = zones_in_times(text, candidates, [zone1, zone2])
    assert [(text[c.start : c.end], c.label) for c in out] == [
        ("11am IST", "TIME"),
        ("9 am", "TIME"),  # a zone in brackets stays out of the time
        ("CAT", "ORG"),
    ]
    assert zones_in_times(text, candidates, []) == candidates


# ----------------------------------------------------------------- the real models


def _article(text: str, number: int) -> Article:
    return text_article(text, f"zones{number}")  # type: ignore[no-any-return]


@pytest.mark.slow
def test_no_zone_is_a_name_in_a_whole_article(extractor: Any) -> None:
    texts = [
        "Pirates fired at the tanker at about 1400 hrs IST, 90 nautical miles east of Salalah.\n"
        "The ministry issued a statement at around 10 am (IST) saying that talks would resume.",
        "Voting closed at 8 p.m. EST on Tuesday, and the count in Ohio began at 9:15 p.m. EST.",
        "LONDON, March 3 - Gold was fixed at 405.50 dlrs an ounce at 1530 GMT and at 0900 BST "
        "on Friday, dealers said.",
        "Shares of Caterpillar Inc <CAT> rose two dlrs, and CAT said orders were firm.\n"
        "AST Research Inc said it would ship a new computer in March.",
    ]
    annotations = list(extractor.extract([_article(t, i) for i, t in enumerate(texts)]))
    family = zone_abbreviations()
    for annotation in annotations[:3]:
        names = [e.text for e in annotation.entities if e.label not in ("DATE", "TIME")]
        assert not any(set(name.split()) & family for name in names), names
    wire = {(e.text, e.label) for e in annotations[3].entities}
    assert ("CAT", "ORG") in wire and ("AST Research Inc", "ORG") in wire
    times = [e.text for e in annotations[1].entities if e.label == "TIME"]
    assert "8 p.m. EST" in times or "9:15 p.m. EST" in times
