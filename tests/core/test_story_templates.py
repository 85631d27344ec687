"""Wire stories of one template about different companies or countries are different
stories (tui.core.events.stories: marks_apart, countries_apart, find_stories).

Hand-written copy in two agencies' styles: a wire's ALL-CAPS headline with its
angle-bracket marks and a ``CITY, Month Day -`` dateline, and an agency's mixed-case
headline with ``(NYSE: ABC)`` marks and a ``CITY (AP) —`` dateline.
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
from tui.core.events.small import tells_no_body
from tui.core.events.stories import (
    countries_apart,
    countries_named,
    find_stories,
    headline_countries,
    headline_marks,
    headline_opening,
    marked_name,
    marks,
    openers_apart,
    subjects_apart,
)
from tui.core.events.stories import marks_apart as _marks_apart


def marks_apart(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    return _marks_apart(headline_marks(a), marks(a.text), headline_marks(b), marks(b.text))


def _results(article_id: str, name: str, slug: str, mark: str, loss: str) -> tuple[str, str]:
    """A wire's results table under a headline that marks the company."""
    return (
        article_id,
        f"""# {name.upper()} {mark} 4TH QTR LOSS
BRIDGEPORT, March 31 - Shr loss {loss} cts vs profit five cts
Net loss 1.2 mln vs profit 210,000
Revs 14.5 mln vs 13.9 mln
NOTE: [{name}|ORG|{slug}] said the quarter included a charge for the closing of a plant.""",
    )


def _rated(article_id: str, name: str, slug: str, mark: str) -> tuple[str, str]:
    """An agency-style report of a rating action, one rating agency for every issuer."""
    return (
        article_id,
        f"""# {name} {mark} debt downgraded by Sterling Ratings
NEW YORK (AP) — [Sterling Ratings|ORG|sterling-ratings] said on Tuesday it lowered its rating of the senior debt of [{name}|ORG|{slug}], citing weaker cash flow.
About 300 million dollars of debt is affected, the agency said.""",
    )


def test_two_companies_marked_in_their_headlines_are_apart() -> None:
    acme, birch, acme_again = wire_features(
        _results("a", "Acme Tool Corp", "acme-tool", "<ACT>", "ten"),
        _results("b", "Birch Foods Inc", "birch-foods", "<BFI>", "four"),
        _results("c", "Acme Tool Corp", "acme-tool", "<ACT>", "ten"),
    )
    assert headline_marks(acme) == frozenset({"act", "name:acme tool"})
    assert marks_apart(acme, birch)
    assert not marks_apart(acme, acme_again)


def test_a_ticker_with_an_exchange_suffix_marks_the_same_company() -> None:
    plain, suffixed, classed = wire_features(
        _results("a", "Acme Tool Corp", "acme-tool", "<ACT>", "ten"),
        _results("b", "Acme Tool Corp", "acme-tool", "<ACT.O>", "ten"),
        _results("c", "Acme Tool Corp", "acme-tool", "<ACT.A.TO>", "ten"),
    )
    assert (
        headline_marks(suffixed) == headline_marks(classed) == frozenset({"act", "name:acme tool"})
    )
    assert not marks_apart(plain, suffixed)
    assert not marks_apart(suffixed, classed)


def test_an_unlisted_company_marked_by_its_name_is_apart_from_a_ticker() -> None:
    listed, unlisted = wire_features(
        _results("a", "Acme Tool Corp", "acme-tool", "<ACT>", "ten"),
        _results("b", "Harrow House Inc", "harrow-house", "<HARROW HOUSE INC>", "four"),
    )
    assert headline_marks(unlisted) == frozenset({"harrow house inc", "name:harrow house"})
    assert marks_apart(listed, unlisted)


def test_one_company_under_two_tickers_opens_both_headlines_with_its_name() -> None:
    # a slip of the ticker, a unit and its parent: the name before the mark is the same
    sued, reply, other = wire_features(
        (
            "a",
            """# ROWAN BANK <RWB> SUED BY SHAREHOLDER
PITTSBURGH, April 6 - A shareholder sued [Rowan Bank Corp|ORG|rowan-bank] over its merger.""",
        ),
        (
            "b",
            """# ROWAN BANK <RWN> SAYS SUIT IS WITHOUT MERIT
PITTSBURGH, April 7 - [Rowan Bank Corp|ORG|rowan-bank] said the shareholder's suit had no merit.""",
        ),
        (
            "c",
            """# (CORRECTED)-ROWAN MILLS INC <RML> SUED
DAYTON, April 7 - A supplier sued [Rowan Mills Inc|ORG|rowan-mills] over unpaid bills.""",
        ),
    )
    assert marked_name("(CORRECTED)-ROWAN MILLS INC <RML> SUED") == "rowan mills"
    assert marked_name("CORRECTED-<ROWAN MILLS INC> YEAR NET") is None
    assert marked_name("GROUP SAID TO RAISE ITS ROWAN <RWB> STAKE") is None
    assert not marks_apart(sued, reply)
    assert marks_apart(sued, other)


def test_a_bidder_and_its_target_are_one_story() -> None:
    bid, reply = wire_features(
        (
            "a",
            """# ACME TOOL <ACT> TO BID FOR BIRCH FOODS
BRIDGEPORT, March 31 - [Acme Tool Corp|ORG|acme-tool] <ACT> said it would offer 20 dlrs a share for [Birch Foods Inc|ORG|birch-foods] <BFI>.""",
        ),
        (
            "b",
            """# BIRCH FOODS <BFI> REJECTS ACME TOOL BID
HARTFORD, April 1 - [Birch Foods Inc|ORG|birch-foods] said its board rejected the offer, calling it too low.""",
        ),
    )
    # the bidder's story marks the target: not apart, whatever the target's headline
    assert not marks_apart(bid, reply)


def test_a_rating_agency_named_by_both_does_not_tie_two_issuers() -> None:
    larch, maple = wire_features(
        _rated("a", "Larch Motors", "larch-motors", "(NYSE: LRM)"),
        _rated("b", "Maple Paper", "maple-paper", "(NYSE: MPP)"),
    )
    assert larch.dateline is not None
    assert headline_marks(larch) == frozenset({"lrm", "name:larch motors"})
    assert marks_apart(larch, maple)


def test_an_article_without_a_dateline_has_no_headline_marks() -> None:
    (post,) = wire_features(
        ("a", "# Acme Tool (NYSE: ACT) posts a loss\nThe toolmaker lost money again, it said."),
    )
    assert post.dateline is None
    assert headline_marks(post) == frozenset()


def _tender(article_id: str, country: str, grain: str, city: str) -> tuple[str, str]:
    """A wire's report of a country's grain tender."""
    slug = country.lower()
    return (
        article_id,
        f"""# [{country.upper()}|GPE|{slug}] TENDERS FOR 200,000 TONNES OF {grain.upper()}
{city.upper()}, March 31 - [{country}|GPE|{slug}] will tender on Thursday for 200,000 tonnes of {grain} for shipment in May, exporters said.
Offers are due by noon local time.""",
    )


def test_two_countries_tenders_are_apart_and_a_reply_is_not() -> None:
    egypt, peru, egypt_again = wire_features(
        _tender("a", "Egypt", "wheat", "London"),
        _tender("b", "Peru", "corn", "Chicago"),
        _tender("c", "Egypt", "wheat", "Chicago"),
    )
    assert headline_countries(egypt) == frozenset({"EG"})
    ea, pa = headline_countries(egypt), headline_countries(peru)
    assert countries_apart(ea, countries_named(egypt), pa, countries_named(peru))
    same = headline_countries(egypt_again)
    assert not countries_apart(ea, countries_named(egypt), same, countries_named(egypt_again))
    # a follow-up that names the first report's country is not apart
    (reply,) = wire_features(
        (
            "d",
            """# [PERU|GPE|peru] SAYS IT WILL MATCH TENDER TERMS
LIMA, April 1 - [Peru|GPE|peru] said it would match the terms [Egypt|GPE|egypt] set in its wheat tender.""",
        )
    )
    ra = headline_countries(reply)
    assert ra == frozenset({"PE"})
    assert not countries_apart(ea, countries_named(egypt), ra, countries_named(reply))


def _prices(article_id: str, headline: str, city: str, country: str, rise: str) -> tuple[str, str]:
    """A statistics office's monthly price release under a headline in capitals the parse
    reads no place in (left unmarked)."""
    return (
        article_id,
        f"""# {headline}
{city.upper()}, March 5 - [{country}|GPE|{country.lower()}]'s consumer price index rose {rise} pct in February, the national statistics institute said.
The rise compared with 1.8 pct in January.""",
    )


def test_a_headline_s_country_or_people_unmarked_by_the_parse_counts_when_the_lead_names_it() -> (
    None
):
    """Two countries' price releases of one day: "ARGENTINE INFLATION ROSE" names its
    country by its people's adjective, "ECUADOR'S CONSUMER PRICES RISE" by its name, and
    neither is a place the parse read in the headline. Their leads name the countries, so
    they are apart; a third country's headline word the lead never names does not count."""
    argentina, ecuador, other = wire_features(
        _prices(
            "a", "ARGENTINE INFLATION ROSE 6.5 PCT IN FEBRUARY", "Buenos Aires", "Argentina", "6.5"
        ),
        _prices(
            "b", "ECUADOR'S CONSUMER PRICES RISE 2.5 PCT IN FEBRUARY", "Quito", "Ecuador", "2.5"
        ),
        _prices("c", "PERUVIAN PRICES RISE 2.5 PCT IN FEBRUARY", "Quito", "Ecuador", "2.5"),
    )
    aa, ea = headline_countries(argentina), headline_countries(ecuador)
    assert (aa, ea) == ({"AR"}, {"EC"})
    assert countries_apart(aa, countries_named(argentina), ea, countries_named(ecuador))
    assert headline_countries(other) == frozenset()


def _first_and_last_alone_one_story(docs: list[tuple[str, str]]) -> None:
    """Of four wire stories, the first and the last (one company's) are the only story;
    without ``wire_apart_factor`` all four are one."""
    features = wire_features(*docs)
    vectors, df = tfidf([bag(f) for f in features])
    stories = find_stories(features, vectors, df)
    assert [0, 3] in stories
    assert not any(len(s) > 1 and s != [0, 3] for s in stories)
    features = wire_features(*docs)
    assert find_stories(features, vectors, df, replace(PARAMS, wire_apart_factor=1.0)) == [
        [0, 1, 2, 3]
    ]


def test_one_template_s_results_of_different_companies_make_no_story() -> None:
    docs = [
        _results("a", "Acme Tool Corp", "acme-tool", "<ACT>", "ten"),
        _results("b", "Birch Foods Inc", "birch-foods", "<BFI>", "four"),
        _results("c", "Cedar Mills Inc", "cedar-mills", "<CDM>", "two"),
        _results("d", "Acme Tool Corp", "acme-tool", "<ACT>", "ten"),
    ]
    # without the factor, the template's words alone make them one story
    _first_and_last_alone_one_story(docs)


def _filing(article_id: str, name: str, slug: str, city: str) -> tuple[str, str]:
    """A wire's report of a company's filing with a regulator, no ticker in its headline."""
    return (
        article_id,
        f"""# [{name.upper()}|ORG|{slug}] FILES 300 MLN DLR SHELF REGISTRATION
{city}, April 3 - [{name}|ORG|{slug}] said it filed a shelf registration with the [Securities and Exchange Commission|ORG|sec] for 300 mln dlrs of debt securities.
Proceeds will be used for general corporate purposes, it said.""",
    )


def test_companies_filings_with_one_regulator_are_apart_without_tickers() -> None:
    """Headlines about different companies, no ticker marked: the regulator both filed
    with is named by both, but neither story names the other's company."""
    docs = [
        _filing("a", "Larch Motors Inc", "larch-motors", "DETROIT"),
        _filing("b", "Maple Paper Co", "maple-paper", "PORTLAND"),
        _filing("c", "Cedar Mills Inc", "cedar-mills", "DALLAS"),
        _filing("d", "Larch Motors Inc", "larch-motors", "DETROIT"),
    ]
    features = wire_features(*docs)
    larch, maple = features[0], features[1]
    assert larch.subjects == ("larch-motors",) and not headline_marks(larch)
    assert subjects_apart(larch, maple)
    assert not subjects_apart(larch, features[3])
    # without the factor, the template's words and the regulator make them one story
    _first_and_last_alone_one_story(docs)


def test_a_story_naming_the_others_subject_is_not_apart() -> None:
    # (the bidder's story names its target, unmarked: one story, as with tickers)
    bid, reply = wire_features(
        (
            "a",
            """# [ACME TOOL|ORG|acme-tool] TO BID FOR [BIRCH FOODS|ORG|birch-foods]
BRIDGEPORT, March 31 - [Acme Tool Corp|ORG|acme-tool] said it would offer 20 dlrs a share for [Birch Foods Inc|ORG|birch-foods].""",
        ),
        (
            "b",
            """# [BIRCH FOODS|ORG|birch-foods] REJECTS BID
HARTFORD, April 1 - [Birch Foods Inc|ORG|birch-foods] said its board rejected the offer, calling it too low.""",
        ),
    )
    assert not subjects_apart(bid, reply)


def test_countries_named_by_their_peoples_only_are_named() -> None:
    """A report may name its countries only by their peoples' adjectives ("Iranian and
    Iraqi officials", "Nigerian, Venezuelan and Vietnamese delegates"): each is its
    country, on every continent the tables cover."""
    (talks,) = wire_features(
        (
            "e",
            """# OIL PRODUCERS' OFFICIALS MEET IN GENEVA
GENEVA, May 2 - [Iranian|NORP|iranian] and [Iraqi|NORP|iraqi] officials met [Nigerian|NORP|nigerian], [Venezuelan|NORP|venezuelan] and [Vietnamese|NORP|vietnamese] delegates on Tuesday.
[Kenyan|NORP|kenyan] and [Cuban|NORP|cuban] observers attended.""",
        )
    )
    assert countries_named(talks) == {"IR", "IQ", "NG", "VE", "VN", "KE", "CU"}


def _payout(article_id: str, headline: str, city: str, cents: str) -> tuple[str, str]:
    """A wire's payout table, its company's name in its headline only, unmarked as a name
    (the parse reads no organisation in a headline in capitals)."""
    return (
        article_id,
        f"""# {headline} QUARTERLY DIVIDEND
{city}, March 3 - Qtly div {cents} cts vs {cents} cts
Pay May 22
Record May 8""",
    )


def _apart(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    def words(x: ArticleFeatures) -> frozenset[str]:
        return frozenset(w for line in x.words for w in line) | frozenset(
            w for w in x.text.casefold().split()
        )

    return openers_apart(
        headline_opening(a), lambda: words(a), headline_opening(b), lambda: words(b)
    )


def test_two_tables_under_one_template_for_two_names_are_apart() -> None:
    """Two companies' payout tables filed from one town on one day share every word but
    their names: the headlines open with words of their own, neither table has the
    other's name. The names are not read as names (no ticker, no entity)."""
    docs = [
        _payout("a", "HOLLOWAY LAND AND CANE CO INC", "KAHULUI, Hawaii", "12-1/2"),
        _payout("b", "PELLIN CORP <PLN>", "KAHULUI, Hawaii", "five"),
        _payout("c", "ORVANE TRUST", "KAHULUI, Hawaii", "ten"),
        _payout("d", "HOLLOWAY LAND AND CANE CO INC", "KAHULUI, Hawaii", "12-1/2"),
    ]
    holloway, pellin, _, again = wire_features(*docs)
    assert tells_no_body(holloway) and tells_no_body(pellin)
    assert headline_opening(pellin)[:2] == ("pellin", "pln")
    assert _apart(holloway, pellin)
    assert not _apart(holloway, again)
    _first_and_last_alone_one_story(docs)


def test_a_table_s_note_may_use_the_template_s_words() -> None:
    """The words of a headline's opening after the name may be the template's (a period):
    a note under the other table that uses them parts nothing less."""
    video, year = wire_features(
        (
            "a",
            """# ORBEN VIDEO 1ST QTR NOV 30 NET
LOS ANGELES, March 3 - Shr 2-1/5 cts vs nil
Net 156,726 vs 11,989
Sales 1,157,883 vs 890,138""",
        ),
        (
            "b",
            """# TALLIS CORP <TLS> YEAR NET
LOS ANGELES, March 3 - Shr 57 cts vs 27 cts
Net 1,002,000 vs 470,000
Note: 4th qtr figures not given.""",
        ),
    )
    assert _apart(video, year)


def test_a_story_with_a_body_is_not_told_apart_by_its_headline_s_opening() -> None:
    """A story with sentences of a body under its headline is no table: its text tells
    whose it is, and find_stories asks its headline's opening nothing."""
    (told,) = wire_features(
        (
            "a",
            """# HOLLOWAY LAND AND CANE CO INC QUARTERLY DIVIDEND
KAHULUI, Hawaii, March 3 - The company said its board declared a quarterly dividend of 12-1/2 cts a share, unchanged from the last quarter.""",
        )
    )
    assert not tells_no_body(told)
