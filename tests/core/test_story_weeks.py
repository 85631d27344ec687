"""Wire stories filed more than a week apart that share no second name are one thread only
through the stories filed between them (tui.core.events.stories.find_stories,
``Params.wire_near_days`` / ``wire_far_factor`` / ``wire_far_names``), and how many days
apart two stories were filed (tui.core.events.features.filing_gap).

Hand-written copy in two agencies' styles: a wire's ALL-CAPS headline with a
``CITY, Month Day -`` dateline and an agency's mixed-case headline with a
``CITY (AP) —`` dateline.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.linking_world import dated_features
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    bag,
    distinct_names,
    filing_gap,
    tfidf,
)
from tui.core.events.stories import find_stories


def stories(features: list[ArticleFeatures], **params: object) -> list[list[int]]:
    vectors, df = tfidf([bag(f) for f in features])
    return find_stories(features, vectors, df, replace(PARAMS, **params))


def payout(article_id: str, date: str | None, day: str) -> tuple[str, str, str | None]:
    return (
        article_id,
        f"""# [KESTREL FOODS|ORG|kestrel-foods] <KSF> SETS QUARTERLY PAYOUT
DALLAS, {day} - [Kestrel Foods Inc|ORG|kestrel-foods] said its board declared a regular quarterly dividend of [12 cts|MONEY|0.12:USD] a share, payable to holders of record.
The company said its food service unit had a good quarter.""",
        date,
    )


def results(article_id: str, date: str | None, day: str) -> tuple[str, str, str | None]:
    return (
        article_id,
        f"""# [KESTREL FOODS|ORG|kestrel-foods] <KSF> 1ST QTR NET
DALLAS, {day} - [Kestrel Foods Inc|ORG|kestrel-foods] said its first quarter net rose, helped by its food service unit.
The company said its board would meet to review the quarterly dividend.""",
        date,
    )


def test_a_company_s_payout_and_its_results_weeks_later_are_two_stories() -> None:
    early, late = dated_features(
        payout("a", "2031-03-03", "March 3"), results("b", "2031-04-14", "April 14")
    )
    assert stories([early, late]) == [[0], [1]]
    # without the factor, the company and its desk's words made them one
    early, late = dated_features(
        payout("a", "2031-03-03", "March 3"), results("b", "2031-04-14", "April 14")
    )
    assert stories([early, late], wire_far_factor=1.0, wire_words_factor=1.0) == [[0, 1]]


def news(article_id: str, date: str, day: str, headline: str, lead: str) -> tuple[str, str, str]:
    return (
        article_id,
        f"""# [KESTREL FOODS|ORG|kestrel-foods] <KSF> {headline}
DALLAS, {day} - [Kestrel Foods Inc|ORG|kestrel-foods] said {lead}
The company's shares rose on the news, traders said.""",
        date,
    )


def test_one_company_s_other_news_days_apart_is_another_story() -> None:
    """A contract won, and six days on a finance chief named: their headlines, the
    company aside, share no word nor family of news words, and the stories name no second
    name in common: two stories, not one thread (without the factor, the company and its
    desk's words made them one). A follow-up of the same matter stays one story."""
    contract = news(
        "a",
        "2031-03-03",
        "March 3",
        "GETS NAVY CONTRACT",
        "it received a [30 mln dlr|MONEY|30000000:USD] contract from the "
        "[Navy|ORG|navy] for field rations.",
    )
    officer = news(
        "b",
        "2031-03-09",
        "March 9",
        "NAMES NEW FINANCE CHIEF",
        "it named [Ann Roe|PERSON|ann-roe] chief financial officer, succeeding "
        "[Ivo Marsh|PERSON|ivo-marsh].",
    )
    assert stories(dated_features(contract, officer)) == [[0], [1]]
    assert stories(dated_features(contract, officer), wire_words_factor=1.0) == [[0, 1]]
    again = news(
        "c",
        "2031-03-09",
        "March 9",
        "NAVY CONTRACT DETAILED",
        "its [30 mln dlr|MONEY|30000000:USD] contract from the [Navy|ORG|navy] covers "
        "field rations for two years.",
    )
    assert stories(dated_features(contract, again)) == [[0, 1]]


def test_filed_within_a_week_they_are_one_story() -> None:
    features = dated_features(
        payout("a", "2031-03-03", "March 3"), results("b", "2031-03-06", "March 6")
    )
    assert stories(features) == [[0, 1]]
    # three days apart is beyond a window of two
    assert stories(features, wire_near_days=2) == [[0], [1]]


def bid(article_id: str, date: str, headline: str, lead: str) -> tuple[str, str, str]:
    return (
        article_id,
        f"""# {headline}
PHILADELPHIA (AP) — {lead}
Shares of [Marlowe Industries|ORG|marlowe-industries] rose on the news.""",
        date,
    )


def test_a_takeover_s_bidder_and_target_named_again_weeks_later_keep_the_thread() -> None:
    features = dated_features(
        bid(
            "a",
            "2031-03-02",
            "Grant Holdings bids for Marlowe Industries",
            "[Grant Holdings|ORG|grant-holdings] offered to buy [Marlowe Industries|ORG|"
            "marlowe-industries] for [$40 a share|MONEY|40:USD] in cash.",
        ),
        bid(
            "b",
            "2031-04-20",
            "Marlowe Industries holders approve Grant Holdings merger",
            "Holders of [Marlowe Industries|ORG|marlowe-industries] approved the merger with "
            "[Grant Holdings|ORG|grant-holdings] at [$40 a share|MONEY|40:USD].",
        ),
    )
    assert stories(features) == [[0, 1]]
    # asking for a third name in common, the thread would part
    assert stories(features, wire_far_names=3) == [[0], [1]]


def test_the_filing_gap_reads_dates_else_the_datelines_days() -> None:
    dated, later = dated_features(
        payout("a", "2031-03-03", "March 3"), results("b", "2031-04-14", "April 14")
    )
    assert filing_gap(dated, later) == 42
    # undated copy: the datelines' month and day, round the turn of the year
    december, january = dated_features(payout("a", None, "Dec 30"), results("b", None, "Jan. 4"))
    assert filing_gap(december, january) == 5
    # one side without a dateline's day or a date: unknown
    (plain,) = dated_features(
        ("c", "# Kestrel Foods sets payout\nKestrel Foods set a payout.", None)
    )
    assert filing_gap(dated, plain) is None


def test_an_organisation_under_two_of_its_names_is_one_name_in_common() -> None:
    # initials of the long name (small words left out), or one name inside the other
    assert distinct_names(["auto:cbt", "auto:chicago-board-of-trade"]) == 1
    assert distinct_names(["auto:labatt", "auto:john-labatt"]) == 1
    assert distinct_names(["auto:ntsb", "auto:national-transportation-safety-board"]) == 1
    # the small words' letters counted, and a legal form's after them
    assert distinct_names(["auto:bdvsa", "auto:banco-de-varnia"]) == 1
    assert distinct_names(["auto:ovag", "auto:orval-versicherung"]) == 1
    # a bidder and its target, or a short name that is no one's initials: two
    assert distinct_names(["auto:usair", "auto:piedmont-aviation"]) == 2
    assert distinct_names(["auto:afg-industries", "auto:gencorp", "auto:brown"]) == 3
    assert distinct_names(["auto:cbs", "auto:chicago-board-of-trade"]) == 2
    assert distinct_names(["auto:bdvx", "auto:banco-de-varnia"]) == 2


def test_a_market_s_releases_weeks_apart_share_one_name_under_two_forms() -> None:
    def release(article_id: str, date: str, day: str, what: str) -> tuple[str, str, str]:
        return (
            article_id,
            f"""# CBT {what}
CHICAGO, {day} - The [Chicago Board of Trade|ORG|auto:chicago-board-of-trade] ([CBT|ORG|auto:cbt]) said {what.lower()} in its futures.
Traders said the [CBT|ORG|auto:cbt] would review its rules.""",
            date,
        )

    features = dated_features(
        release("a", "2031-03-02", "March 2", "VOLUME ROSE"),
        release("b", "2031-04-13", "April 13", "SETS NEW HOURS"),
    )
    # the two forms are one name in common, short of the two that keep a thread (counted
    # as two, they would hold these together); without the factor, one story
    assert stories(features) == [[0], [1]]
    assert stories(features, wire_far_factor=1.0) == [[0, 1]]
