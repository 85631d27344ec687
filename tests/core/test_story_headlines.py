"""Wire stories of one desk's day that share no headline word with each other's lead,
that state different sums in their headlines, or that list many at once are different
stories (tui.core.events.stories: headlines_apart, sums_apart, announces_list,
find_stories).

Hand-written copy in two agencies' styles: a wire's ALL-CAPS headline and a
``CITY, Month Day -`` dateline, and an agency's mixed-case headline and a
``CITY (AP) —`` dateline.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.linking_world import wire_features
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    bag,
    tfidf,
)
from tui.core.events.stories import (
    PERSON_LABEL,
    announces_list,
    find_stories,
    headline_sums,
    headline_words,
    lead_names,
    lead_sums,
    lead_words,
)
from tui.core.events.stories import headlines_apart as _headlines_apart
from tui.core.events.stories import sums_apart as _sums_apart


def headlines_apart(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    return _headlines_apart(headline_words(a), lead_words(a), headline_words(b), lead_words(b))


def sums_apart(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    return _sums_apart(headline_sums(a), lead_sums(a), headline_sums(b), lead_sums(b))


#: One country's two commodity decisions of a day, in a wire's style.
COPRA = (
    "a",
    """# [ZANDORIA|GPE|zandoria] CUTS COPRA REFERENCE PRICE
PORT ELLIS, April 1 - [Zandoria|GPE|zandoria] said it cut the reference price of copra to 410 units a tonne from 432, effective today.
The export levy on copra is unchanged at two pct.""",
)
COCOA = (
    "b",
    """# [ZANDORIA|GPE|zandoria] RAISES COCOA EXPORT LEVY
PORT ELLIS, April 1 - The [Zandorian|NORP|zandoria] government said it raised the export levy on cocoa beans to 95 units a tonne from 80.
The reference price of cocoa rose to 1,210 units from 1,150.""",
)


def test_one_country_s_two_decisions_share_no_headline_word() -> None:
    copra, cocoa = wire_features(COPRA, COCOA)
    # the country and its people are where, not what: left out
    assert headline_words(copra) == frozenset({"cut", "copra", "referenc", "pric"})  # stems
    assert "zandoria" not in lead_words(cocoa) and "zandorian" not in lead_words(cocoa)
    # the second sentences share "price" and "levy": only the first counts
    assert headlines_apart(copra, cocoa)


def test_a_company_s_results_and_its_dividend_are_not_apart() -> None:
    results, dividend = wire_features(
        (
            "a",
            """# HOLLIS VALVE <HVL> YEAR NET
BUFFALO, March 31 - Shr 1.12 dlrs vs 98 cts
Net 2.4 mln vs 2.1 mln""",
        ),
        (
            "b",
            """# HOLLIS VALVE <HVL> SETS STOCK DIVIDEND
BUFFALO, March 31 - [Hollis Valve Inc|ORG|hollis-valve] said its board declared a 10 pct stock dividend.""",
        ),
    )
    assert not headlines_apart(results, dividend)


def test_a_chairman_s_remarks_at_his_bank_s_news_conference_are_not_apart() -> None:
    # agency style: the remarks' headline names the chairman, the bank's lead names him
    profit, remarks = wire_features(
        (
            "a",
            """# Garrow Bank sees lower operating profit
LISBURN (AP) — [Garrow Bank|ORG|garrow-bank] expects lower operating profit this year, chairman [Anton Weil|PERSON|anton-weil] told a news conference on Tuesday.""",
        ),
        (
            "b",
            """# Weil says interest rates should fall
LISBURN (AP) — Interest rates have room to fall further, [Anton Weil|PERSON|anton-weil] of [Garrow Bank|ORG|garrow-bank] said on Tuesday.""",
        ),
    )
    assert profit.dateline is not None and remarks.dateline is not None
    assert not headlines_apart(profit, remarks)
    # a report of another desk's day shares nothing with either
    (strike,) = wire_features(
        (
            "c",
            """# Dock workers stage fresh walkout
LISBURN (AP) — Dock workers walked out again on Tuesday over pay, their union said.""",
        )
    )
    assert headlines_apart(profit, strike)
    assert headlines_apart(remarks, strike)


def _auction(article_id: str, sum_text: str, value: float, lead: str) -> tuple[str, str]:
    return (
        article_id,
        f"""# TREASURY TO SELL [{sum_text}|MONEY|{value}:USD] IN BILLS
WASHINGTON, March 31 - The Treasury said it will sell {lead} of bills at its auction next week.""",
    )


def test_two_auctions_of_different_sums_are_apart_a_repeat_and_a_raise_are_not() -> None:
    first, second, repeat = wire_features(
        _auction("a", "13.2 BILLION DLRS", 13.2e9, "[13.2 billion dlrs|MONEY|13.2e9:USD]"),
        _auction("b", "17 BILLION DLRS", 17e9, "[17 billion dlrs|MONEY|17e9:USD]"),
        _auction("c", "13.2 BILLION DLRS", 13.2e9, "[13.2 billion dlrs|MONEY|13.2e9:USD]"),
    )
    assert headline_sums(first) == frozenset({("USD", 13.2e9)})
    assert sums_apart(first, second)
    assert not sums_apart(first, repeat)
    offer, raised = wire_features(
        (
            "d",
            """# Corvin Shipping plans [$60 million|MONEY|60e6:USD] convertible
SINGAPORE (AP) — [Corvin Shipping|ORG|corvin] plans a [$60 million|MONEY|60e6:USD] convertible bond, its bankers said.""",
        ),
        (
            "e",
            """# Corvin Shipping convertible raised to [$75 million|MONEY|75e6:USD]
SINGAPORE (AP) — [Corvin Shipping|ORG|corvin] raised its convertible bond to [$75 million|MONEY|75e6:USD] from [$60 million|MONEY|60e6:USD] on strong demand.""",
        ),
    )
    # the raise says what it was raised from: one issue
    assert not sums_apart(offer, raised)


#: A desk's list of the day's filings, and one filer's own story.
LIST = (
    "a",
    """# PROPOSED OFFERINGS FILED WITH THE REGULATOR
WASHINGTON, March 31 - The following proposed offerings were filed with the [Securities Board|ORG|securities-board]:
[Pellam Gas Co|ORG|pellam-gas] - Offering of 200,000 preferred shares.
[Orrin Labs Inc|ORG|orrin-labs] - Offering of 30 mln dlrs of debentures.""",
)
FILER = (
    "b",
    """# ORRIN LABS <ORL> FILES DEBENTURE OFFERING
NEW YORK, March 31 - [Orrin Labs Inc|ORG|orrin-labs] said it filed with the [Securities Board|ORG|securities-board] for an offering of 30 mln dlrs of debentures.
Proceeds will repay debt, [Orrin Labs|ORG|orrin-labs] said.""",
)


def test_a_lead_ending_in_a_colon_announces_a_list() -> None:
    listing, filer = wire_features(LIST, FILER)
    assert announces_list(listing)
    assert not announces_list(filer)
    (undated,) = wire_features(("c", "# Offerings\nThe following were filed:\nA - shares."))
    assert not announces_list(undated)  # no dateline: not a wire's list


def test_a_list_and_a_filer_it_lists_make_no_story() -> None:
    features = wire_features(LIST, FILER)
    vectors, df = tfidf([bag(f) for f in features])
    assert find_stories(features, vectors, df) == [[0], [1]]


def test_one_country_s_two_decisions_make_no_story() -> None:
    docs = [COPRA, COCOA]
    features = wire_features(*docs)
    vectors, df = tfidf([bag(f) for f in features])
    assert find_stories(features, vectors, df) == [[0], [1]]
    # (their headlines name two goods too, one template's reports of two things: either
    # rule parts them)
    features = wire_features(*docs)
    assert find_stories(features, vectors, df, replace(PARAMS, wire_words_factor=1.0)) == [[0], [1]]
    # without both factors, the country, the desk's day and its words make them one
    features = wire_features(*docs)
    both = replace(PARAMS, wire_words_factor=1.0, wire_apart_factor=1.0)
    assert find_stories(features, vectors, df, both) == [[0, 1]]


def test_a_person_both_leads_name_keeps_a_thread_whatever_its_headlines() -> None:
    # one head's going and the next one's first remarks: no headline word in common
    going, successor = wire_features(
        (
            "a",
            """# ORWELL WILL NOT SERVE ANOTHER TERM
WASHINGTON, June 2 - [Mara Orwell|PERSON|mara-orwell] will not serve another term as chairman of the [Central Board|ORG|central-board], and [Ian Pike|PERSON|ian-pike] was nominated to succeed her.
Markets fell on the news, dealers said.""",
        ),
        (
            "b",
            """# NOMINEE SEES END TO DOLLAR FALL
WASHINGTON, June 2 - [Ian Pike|PERSON|ian-pike], named to lead the [Central Board|ORG|central-board], said the dollar's fall had ended.
Markets fell on the news of the change at the board, dealers said.""",
        ),
    )
    assert headlines_apart(going, successor)
    assert lead_names(going, PERSON_LABEL) & lead_names(successor, PERSON_LABEL) == {"ian-pike"}
    features = [going, successor]
    vectors, df = tfidf([bag(f) for f in features])
    assert find_stories(features, vectors, df) == [[0, 1]]


#: A desk's highlights of the hour: each item another story's lead under its own dateline.
DIGEST = (
    "d",
    """# MONEY NEWS HIGHLIGHTS 1145 GMT - APRIL 1
LONDON, April 1 - The money desk's highlights of the hour follow.
PORT ELLIS - [Zandoria|GPE|zandoria] said it cut the reference price of copra to 410 units a tonne from 432, effective today. The export levy on copra is unchanged at two pct.
PORT ELLIS - The [Zandorian|NORP|zandoria] government said it raised the export levy on cocoa beans to 95 units a tonne from 80. The reference price of cocoa rose to 1,210 units from 1,150.
NEW YORK - [Orrin Labs Inc|ORG|orrin-labs] said it filed with the [Securities Board|ORG|securities-board] for an offering of 30 mln dlrs of debentures to repay debt.""",
)


def test_a_digest_of_the_hour_is_told_by_its_items() -> None:
    from tui.core.events.stories import is_digest

    digest, copra, filer, listing = wire_features(DIGEST, COPRA, FILER, LIST)
    assert is_digest(digest)
    assert not any(is_digest(f) for f in (copra, filer, listing))  # one lead, or a list's rows
    # a market table's rows under their own heads are short: no story's lead each
    (table,) = wire_features(
        (
            "t",
            """# METALS RING PRICES - APRIL 1
LONDON, April 1 - Prices at the close were as follows.
COPPER - 1,234 1,236 traded.
ZINC - 456 458 traded.
LEAD - 300 301 traded.""",
        )
    )
    assert not is_digest(table)
