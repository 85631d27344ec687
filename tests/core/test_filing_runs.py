"""An event of wire stories filed weeks apart is split into runs of stories filed within
``Params.wire_near_days`` of each run's first (tui.core.events.happenings.split_by_filing):
a saga's different happenings, told weeks apart, are not one event. A sentence that dates
its happening is in the run of that day; web news (no dateline) is left whole.

Hand-written copy in two agencies' styles: a wire's ALL-CAPS headline with a
``CITY, Month Day -`` dateline and an agency's mixed-case headline with a
``CITY (AP) —`` dateline.
"""

from __future__ import annotations

import pytest

from tests.core.linking_world import dated_features
from tui.core.events.features import PARAMS, ArticleFeatures
from tui.core.events.happenings import Happening, split_by_filing


def wire(article_id: str, day: str, date: str, body: str) -> tuple[str, str, str | None]:
    return (
        article_id,
        f"# [ORLAN|ORG|orlan] <ORL> BIDDER NEWS\n"
        f"AKRON, Ohio, {day} - [Orlan Partners|ORG|orlan-partners] {body}",
        date,
    )


def agency(article_id: str, date: str, body: str) -> tuple[str, str, str | None]:
    return (
        article_id,
        f"# Orlan bidder news\nAKRON, Ohio (AP) — [Orlan Partners|ORG|orlan-partners] {body}",
        date,
    )


def whole(features: list[ArticleFeatures]) -> Happening:
    """One event holding every sentence of every article."""
    sentences = tuple((i, k) for i, f in enumerate(features) for k in range(len(f.sentences)))
    return Happening(
        sentences=sentences,
        anchors=frozenset({"offer"}),
        concepts={"offer": "offer"},
        triggers={s: [] for s in sentences},
    )


def articles_of(happenings: list[Happening], features: list[ArticleFeatures]) -> list[set[str]]:
    return [{features[i].article for i, _ in h.sentences} for h in happenings]


@pytest.mark.parametrize(
    ("stories", "runs"),
    [
        # a bidder's offer, then its sale of its stake a month on: two runs
        (
            [
                ("offer", "March 18", "said it offered 100 dlrs a share."),
                ("offer-next-day", "March 19", "said its offer stands."),
                ("stake", "April 20", "said it sold its stake."),
                ("stake-again", "April 21", "said the sale was completed."),
            ],
            [{"offer", "offer-next-day"}, {"stake", "stake-again"}],
        ),
        # March 1, 6, 8 and 9: the week of the 6th to the 9th is one run, the 1st alone
        # (not the 1st to the 8th, leaving the 9th alone)
        (
            [
                ("first", "March 1", "said it may make an offer."),
                ("offer", "March 6", "said it offered 100 dlrs a share."),
                ("offer-on", "March 8", "said its offer stands."),
                ("offer-again", "March 9", "said its offer was extended."),
            ],
            [{"offer", "offer-on", "offer-again"}],
        ),
    ],
    ids=["weeks-apart", "largest-gap"],
)
def test_stories_filed_weeks_apart_are_split_where_their_days_are_furthest_apart(
    stories: list[tuple[str, str, str]], runs: list[set[str]]
) -> None:
    months = {"March": "03", "April": "04"}
    features = dated_features(
        *(
            wire(name, day, f"2031-{months[day.split()[0]]}-{int(day.split()[1]):02d}", body)
            for name, day, body in stories
        )
    )
    assert articles_of(split_by_filing(features, whole(features), PARAMS), features) == runs


def test_a_run_told_by_one_story_alone_is_dropped() -> None:
    features = dated_features(
        agency("offer", "2031-03-18", "said it offered 100 dlrs a share."),
        agency("offer-next-day", "2031-03-20", "said its offer stands."),
        agency("stake", "2031-04-20", "said it sold its stake."),
    )
    runs = split_by_filing(features, whole(features), PARAMS)
    assert articles_of(runs, features) == [{"offer", "offer-next-day"}]


def test_stories_filed_within_a_week_stay_one_event() -> None:
    features = dated_features(
        wire("offer", "March 18", "2031-03-18", "said it offered 100 dlrs a share."),
        wire("offer-week-on", "March 25", "2031-03-25", "said its offer stands."),
    )
    happening = whole(features)
    assert split_by_filing(features, happening, PARAMS) == [happening]


def test_a_sentence_that_dates_its_happening_goes_to_that_days_run() -> None:
    """A visit announced a month ahead ("from April 29") is told by the run of the
    visit's reports."""
    features = dated_features(
        wire(
            "ahead",
            "March 27",
            "2031-03-27",
            "said its chairman will visit the plant from [April 29|DATE|2031-04-29].",
        ),
        wire("visit", "April 28", "2031-04-28", "said its chairman is visiting the plant."),
        wire("visit-again", "April 29", "2031-04-29", "said the visit began."),
    )
    runs = split_by_filing(features, whole(features), PARAMS)
    assert len(runs) == 1
    assert {"ahead", "visit", "visit-again"} == articles_of(runs, features)[0]
    # (its headline, dating nothing, stays in its own filing's run: told by one story)
    assert (0, 0) not in runs[0].sentences


def test_web_news_without_datelines_stays_whole() -> None:
    features = dated_features(
        (
            "early",
            "# Orlan makes an offer\n[Orlan Partners|ORG|orlan-partners] said it made an offer.",
            "2031-03-18",
        ),
        (
            "late",
            "# Orlan sells stake\n[Orlan Partners|ORG|orlan-partners] said it sold its stake.",
            "2031-05-18",
        ),
    )
    happening = whole(features)
    assert split_by_filing(features, happening, PARAMS) == [happening]


def test_days_named_weeks_ahead_alone_make_no_run() -> None:
    """Two stories of a bid filed March 18 name the day it expires, April 14; a story of
    April 13 tells the bidder's sale of its stake. The dates bring the offer's sentences
    to April's run, but one story alone was filed there: no event holds the offer and
    the sale. A story recalling a day ("who resigned last week") is in that day's run as
    if filed there: with one report filed that day, the run stands."""
    expires = "said its offer expires on [April 14|DATE|2031-04-14]."
    features = dated_features(
        wire("offer", "March 18", "2031-03-18", expires),
        wire("offer-too", "March 18", "2031-03-18", expires),
        wire("sale", "April 13", "2031-04-13", "said it sold its stake."),
    )
    runs = split_by_filing(features, whole(features), PARAMS)
    assert articles_of(runs, features) == [{"offer", "offer-too"}]
    recalled = dated_features(
        wire("resigns", "March 17", "2031-03-17", "said its chairman resigned."),
        wire(
            "successor",
            "April 20",
            "2031-04-20",
            "named a chairman after the last one resigned on [March 17|DATE|2031-03-17].",
        ),
        wire("successor-too", "April 21", "2031-04-21", "said the new chairman began."),
    )
    runs = split_by_filing(recalled, whole(recalled), PARAMS)
    assert {"resigns", "successor"} in articles_of(runs, recalled)
