"""News copy conventions: wire money words, datelines and date lines, company-name shapes, shared units.

The sentences are written for these tests in several styles (1980s wire copy, today's
press, a Japanese line), none taken from a corpus or a seed.
"""

from __future__ import annotations

import pytest

from tui.core.model.schema import Quantity
from tui.core.nlp.entities import (
    Candidate,
    StoryWords,
    bracketed_names,
    company_names,
    headline_common_words,
    headline_entities,
    in_ticker,
    institution_entities,
    org_short_mentions,
    short_name_mentions,
    state_entities,
    trim_words,
)
from tui.core.nlp.names import auto_id
from tui.core.nlp.places import article_country, national_currency
from tui.core.nlp.quantities import lexicon as lx
from tui.core.nlp.quantities.parse import parse_quantity
from tui.core.nlp.quantities.sharing import share_units
from tui.core.nlp.structure import (
    date_anchor,
    decade_span,
    find_date_line,
    find_dateline,
    month_of,
)

from nlp_models import load_models, text_article

# --- money words as families ------------------------------------------------------------

WIRE_MONEY = [
    ("about 140 mln dlrs", (140e6, "USD", "approx")),
    ("27 cts", (0.27, "USD", "exact")),
    ("1.93 billion stg", (1.93e9, "GBP", "exact")),
    ("5.2 billion-dlr", (5.2e9, "USD", "exact")),
    ("160 mln dlr", (160e6, "USD", "exact")),
    ("2.5 mln Canadian dlrs", (2.5e6, "CAD", "exact")),
    ("300 mln Norwegian crowns", (300e6, "NOK", "exact")),
    ("100 mln mark", (100e6, "DEM", "exact")),
    ("40 billion lire", (40e9, "ITL", "exact")),
    ("8-1/2 pct", (8.5, "percent", "exact")),
    ("1/8 pct", (0.125, "percent", "exact")),
    ("more than $21MM", (21e6, "USD", "gt")),
    ("10,000 dlrs or more", (10000, "USD", "ge")),
    ("not exceeding one pct", (1, "percent", "le")),
    ("45 basis points", (0.45, "pp", "exact")),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_MONEY)
def test_wire_money_words(text: str, expected: tuple) -> None:
    value, unit, qualifier = expected
    got = parse_quantity(text)
    assert got is not None
    assert got[0] == pytest.approx(value) and got[1:] == (unit, qualifier)


@pytest.mark.parametrize(
    ("family", "country", "code"),
    [
        ("crown", "NO", "NOK"),
        ("crown", "DK", "DKK"),
        ("crown", None, "SEK"),
        ("dollar", "CA", "CAD"),
        ("dollar", "HK", "HKD"),
        ("dollar", "US", "USD"),
        ("peso", "PH", "PHP"),
        ("franc", "FR", "FRF"),
    ],
)
def test_a_family_word_names_the_currency_of_the_country(family, country, code) -> None:
    assert lx.CURRENCY_FAMILIES[family].code_for(country) == code


def test_a_scale_only_singular_is_no_money_alone() -> None:
    # "mark" of "the 1,000 mark" is no currency; after a scale it is.
    assert parse_quantity("the 1,000 mark")[1] != "DEM"  # type: ignore[index]
    assert parse_quantity("a 100 mln mark")[1] == "DEM"  # type: ignore[index]


def test_units_of_measure_are_singular_nouns() -> None:
    assert parse_quantity("78.5 million tonnes")[1] == "tonne"  # type: ignore[index]
    assert parse_quantity("2,000 ft")[1] == "foot"  # type: ignore[index]
    assert parse_quantity("1.3 million barrels per day")[1] == "barrel per day"  # type: ignore[index]


# --- places and the article's country ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "country"),
    [
        ("OSLO, May 4 - The state oil firm said ...", ["OSLO"], "NO"),
        ("PARIS, Texas, May 4 - A local bank said ...", ["PARIS", "Texas"], "US"),
        ("WILTON, Conn., May 4 - Shr 12 cts", ["WILTON", "Conn."], "US"),
        ("The Norwegian fund and Norway's central bank said ...", [], "NO"),
        ("Nobody says where this happened.", [], None),
    ],
)
def test_article_country(text: str, places: list[str], country: str | None) -> None:
    assert article_country(text, places) == country


def test_national_currency() -> None:
    assert national_currency("GB") == "GBP"
    assert national_currency("JP") == "JPY"
    assert national_currency(None) == "USD"


# --- datelines and date lines ----------------------------------------------------------------

DATELINES = [
    ("HEADLINE\n\nWASHINGTON, April 3 - Four meat packers said", ["WASHINGTON"], "April 3", None),
    ("X\n\nCHESTNUT HILL, Mass., Oct 19 - Shr 20 cts", ["CHESTNUT HILL", "Mass."], "Oct 19", None),
    ("X\n\nLONDON (Reuters) - Shares rose on Monday", ["LONDON"], None, "Reuters"),
    ("X\n\nLos Angeles (AP) -- A judge ruled today", ["Los Angeles"], None, "AP"),
    ("X\n\nCALGARY, Alberta, March 2 - Shr 81 cts", ["CALGARY", "Alberta"], "March 2", None),
    # today's wire order: the date, then the agency
    ("X\n\nATHENS, April 9 (Aegean Wire) - Shares fell", ["ATHENS"], "April 9", "Aegean Wire"),
    ("X\n\nLagos, May 2 (AFP) – Troops were sent", ["Lagos"], "May 2", "AFP"),
    ("X\n\nNEW DELHI, Jan 5 (Reuters) - India's cabinet said", ["NEW DELHI"], "Jan 5", "Reuters"),
    # a desk's copy in lower case: a dateline only with its date
    (
        "X HOGS UP\n\nsioux falls, april 7 - barrow and gilt prices rose",
        ["sioux falls"],
        "april 7",
        None,
    ),
    ("X\n\nst. john's, may 2 -- cod landings fell", ["st. john's"], "may 2", None),
    # ... or in sentence case, its first word capitalised
    ("X\n\nMexico city, april 24 - the minister said", ["Mexico city"], "april 24", None),
    ("X\n\nLa paz, March 4 - About 1,000 miners marched", ["La paz"], "March 4", None),
    # a country written with its article, and two regions
    (
        "X\n\nARNHEM, the Netherlands, April 1 - Enka BV said",
        ["ARNHEM", "Netherlands"],
        "April 1",
        None,
    ),
    (
        "X\n\nMANILA, the Philippines, June 3 (AP) - Troops",
        ["MANILA", "Philippines"],
        "June 3",
        "AP",
    ),
    (
        "X\n\nGEORGETOWN, Grand Cayman, British West Indies, March 25 - Shr 29 cts",
        ["GEORGETOWN", "Grand Cayman", "British West Indies"],
        "March 25",
        None,
    ),
    # the slips of hurried copy: a space before the comma, none after it
    ("X\n\nNEW YORK , March 5 - Responsibility for", ["NEW YORK"], "March 5", None),
    ("X\n\nPARIS,March 16 - Club Med said", ["PARIS"], "March 16", None),
    ("X\n\nSAN DIEGO, Calif.,March 17 - Shr loss", ["SAN DIEGO", "Calif."], "March 17", None),
    # ... or the dash run into the day
    ("X\n\nMONTREAL, Feb 26- Shr 1.11 dlrs vs 1.04 dlrs", ["MONTREAL"], "Feb 26", None),
    ("X\n\nEVANSTON, ILL., March 5- Qtly div 27 cts", ["EVANSTON", "ILL."], "March 5", None),
    ("X\n\nlima, june 3- the ministry said", ["lima"], "june 3", None),
    # the day before the month; an agency after a comma; two cities of one place
    ("X\n\nOSLO, 4 May - The bank said", ["OSLO"], "4 May", None),
    ("X\n\nLAGOS, April 8, Reuter - The minister said", ["LAGOS"], "April 8", "Reuter"),
    (
        "X\n\nMINNEAPOLIS/ST. PAUL, Minn., June 2 - Acme said",
        ["MINNEAPOLIS/ST. PAUL", "Minn."],
        "June 2",
        None,
    ),
    # slips: a month mistyped, a day mistyped, a comma before the dash, a stray mark
    ("X\n\nDENVER, Fbe 9 - Acme Corp said", ["DENVER"], "Fbe 9", None),
    ("X\n\nBOISE, Idaho, Setpember 30 - Qtr ended", ["BOISE", "Idaho"], "Setpember 30", None),
    ("X\n\nTOKYO, Jly 7 - Output rose", ["TOKYO"], "Jly 7", None),
    ("X\n\nLIMA, Nov 3O - The ministry said", ["LIMA"], "Nov 3O", None),
    ("X\n\nQUEBEC, Dec 317 - Shr 10 cts", ["QUEBEC"], "Dec 317", None),
    ("X\n\nDUBLIN, Jan 5, - The government said", ["DUBLIN"], "Jan 5", None),
    ("X\n\n**ACCRA, Oct 2 - Cocoa arrivals rose", ["ACCRA"], "Oct 2", None),
    ("X\n\nc HOUSTON, Aug 11 - Acme Inc said", ["HOUSTON"], "Aug 11", None),
    # a desk that files in capitals; a city whose name opens with a day's
    ("X\n\nLAGOS, APRIL 9 - THE MINISTER SAID OUTPUT ROSE", ["LAGOS"], "APRIL 9", None),
    ("X\n\nSUN CITY, Ariz., March 3 - Acme said", ["SUN CITY", "Ariz."], "March 3", None),
    # an agency's bracket with no dash after it, the date given; a city and a colon
    ("X\n\nNew Delhi, Jan 5 (PTI) The government said", ["New Delhi"], "Jan 5", "PTI"),
    ("X\n\nMUMBAI: The city police on Sunday arrested", ["MUMBAI"], None, None),
    ("X\n\nNAIROBI: Police said", ["NAIROBI"], None, None),
]


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        ("X\n\nDENVER, Feb 9 - Acme Corp said", (2, 9)),
        ("X\n\nOSLO, 4 May - The bank said", (5, 4)),
        ("X\n\nDENVER, Fbe 9 - Acme Corp said", (2, 9)),
        ("X\n\nTOKYO, Jly 7 - Output rose", (7, 7)),
        ("X\n\nST. LOUIS, Sept. 1 - Acme said", (9, 1)),
        ("X\n\nLIMA, Nov 3O - The ministry said", (11, 30)),
        ("X\n\nROME, April l - The bank said", (4, 1)),
        # a day no month has: the dateline holds, its day unknown
        ("X\n\nQUEBEC, Dec 317 - Shr 10 cts", None),
        ("X\n\nQUEBEC, Feb 30 - Shr 10 cts", None),
        ("X\n\nLONDON (Reuters) - The bank said", None),
    ],
)
def test_the_day_a_dateline_files_its_story_on(text: str, filed: tuple[int, int] | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.filed == filed


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("March", 3),
        ("MAR", 3),
        ("Sept.", 9),
        ("Narch", 3),
        ("Macrh", 3),
        ("Junee", 6),
        ("Jne", 6),
        ("Setpember", 9),
        ("Fbe", 2),
        # a slip of two months is neither ("Mai": May or Mar); a word two letters off a
        # month is none
        ("Jule", None),
        ("Mai", None),
        ("Mark", None),
        ("Unit", None),
        ("Ma", None),
    ],
)
def test_a_month_or_a_slip_of_one(word: str, month: int | None) -> None:
    assert month_of(word) == month


@pytest.mark.parametrize(("text", "places", "date", "agency"), DATELINES)
def test_find_dateline(text: str, places: list[str], date: str | None, agency: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert [text[s:e] for s, e in dateline.places] == places
    assert (text[slice(*dateline.date)] if dateline.date else None) == date
    assert (text[slice(*dateline.agency)] if dateline.agency else None) == agency
    assert text[dateline.end :][0].isalpha()


@pytest.mark.parametrize(
    "text",
    [
        "U.S. - JAPAN TRADE TALKS OPEN\n\nThe talks open.",
        "The minister - who spoke late - said nothing.",
        "MARKETS\n\nhowever, the market - fell",
        "NOTE\n\nthe board said, april 7 - it would meet",
        "NOTE\n\nThe board said, april 7 - it would meet",
        # a range or a score is no dateline: no date before its dash
        "RESULTS\n\nGROUP 2- the second group met",
        # a word in the month's place that is no month, nor a slip of one
        "NOTE\n\nLONDON, Unit 3 - the plant closed",
        "NOTE\n\nBERLIN, Mark 4 - the fund said",
        # a day of the week dates a table's row; capitals without a date are a headline
        "MARKET HOLIDAYS\n\nTUE, APR 07 - INDIA, BOMBAY (a holiday)",
        "NOTE\n\nU.S. - JAPAN TRADE TALKS OPEN IN TOKYO",
        # a label and a colon; a bracket with no dash and no date
        "NOTE\n\nUPDATE: The company said it would",
        "NOTE\n\nMARCH: Sales rose in the month",
        "NOTE\n\nMARKETS (UPDATE) Stocks fell",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Storm hits coast\nFirst Published: June 13, 2013 4:59 PM EDT\nRain fell.", "2013-06-13"),
        ("Fire in town\n21 July 2013 Last updated at 11:11 GMT\nCrews came.", "2013-07-21"),
        ("Climbers found\nLast updated 15:48 15/09/2013\nThe team said.", "2013-09-15"),
        ("Sox offer\nDecember 15th, 2008, 7:35 am\nThey said.", "2008-12-15"),
        ("Quake\n27 NOVEMBER, 2005\nThe earth moved.", "2005-11-27"),
        ("Patch out\nPublished on 18th September 2013\nIt is out.", "2013-09-18"),
        ("Sequel talks\npublished: 2012-04-04 11:47:35\nTalks go on.", "2012-04-04"),
        ("Title fight\nArticle posted on 08.07.2012\nHe won.", "2012-07-08"),
        (
            "Quake hits Iran\n28 November 2005 - A strong earthquake struck southern Iran on "
            "Sunday, killing ten people in three villages, officials said.",
            "2005-11-28",
        ),
        (
            "Courthouse killer sentenced\nThe man was sentenced on Saturday for the crimes he "
            "committed on March 11, 2005, that stunned the city and the state.",
            None,  # a date inside a long line is the story's, not the article's
        ),
        ("A story with no date line at all.\nIt goes on.", None),
        # A short line of prose tells when something happened, not when the piece was
        # written: a birth in a report of a death, a day recalled, a redemption ahead.
        ("Pinup icon dies\nShe was born on April 22, 1923, in Nashville.\nShe modelled.", None),
        ("Source named\nOn Tuesday, Oct. 10, 1972, the capital awoke to this news:\nIt ran.", None),
        ("BANK REDEEMS STOCK\n\nThe company said the redemption date will be May 8, 1987.", None),
        # ... but a line of the page's words around its date still dates it.
        (
            "Jury convicts\non April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM\nA jury.",
            "2008-04-30",
        ),
        ("Title fight\non Tuesday, 16 December 2008 13:45.\nHe won.", "2008-12-16"),
        # dates written with hyphens, and a blog's "posted in ... on" line
        ("Tremor felt\nSunday, November 27-2005 at 16:12\nBuildings shook.", "2005-11-27"),
        ("Mill closes\nUpdated 27-Nov-2005\nThe mill shut.", "2005-11-27"),
        (
            "Driver held\nBy Ana Ruiz, Esq. posted in Road Accidents on Friday, September "
            "20, 2013 in the evening edition of the firm's news blog\nA driver was held.",
            "2013-09-20",
        ),
        (
            "Results out\nAcme Corp posted a record loss on March 3, 2013, after a year in "
            "which its two largest mills closed for good.\nIt said.",
            None,  # a company's results, not the page's date
        ),
    ],
)
def test_find_date_line(text: str, date: str | None) -> None:
    assert find_date_line(text) == date


def test_date_anchor() -> None:
    text = "the first quarter ended April 4"
    assert text[slice(*date_anchor(text, 0, len(text)))] == "April 4"  # type: ignore[misc]
    assert date_anchor("the quarter", 0, 11) is None


@pytest.mark.parametrize(
    ("text", "date", "whole"),
    [
        ("a singer who rose to fame in the 1940's, dies", "1940", "the 1940's"),
        ("famous since the late 1970’s.", "late 1970", "the late 1970’s"),
        ("a hit in the mid-1960's and after", "1960", "the mid-1960's"),
        ("1990's budget was cut", "1990", None),  # a year's possessive
        ("in the 1990s", "1990s", None),  # whole already
        ("the 1995's crop", "1995", None),  # no decade
    ],
)
def test_a_decade_the_parse_cut_short(text: str, date: str, whole: str | None) -> None:
    start = text.index(date)
    span = decade_span(text, start, start + len(date))
    assert (text[slice(*span)] if span else None) == whole


# --- units written once -----------------------------------------------------------------------


def _q(text: str, full: str, label: str, value: float, unit: str) -> Quantity:
    start = full.index(text)
    return Quantity(
        start=start, end=start + len(text), text=text, label=label, value=value, unit=unit
    )


def test_shared_units() -> None:
    text = (
        "Cuts of between five and 30 percentage points; profit rose to 7.3 mln dlrs from 4.1 mln."
    )
    quantities = [
        _q("five", text, "CARDINAL", 5, "count"),
        _q("30 percentage points", text, "PERCENT", 30, "pp"),
        _q("7.3 mln dlrs", text, "MONEY", 7.3e6, "USD"),
        _q("4.1 mln", text, "CARDINAL", 4.1e6, "count"),
    ]
    shared = share_units(text, quantities, "USD")
    assert [(q.label, q.unit) for q in shared] == [
        ("PERCENT", "pp"),
        ("PERCENT", "pp"),
        ("MONEY", "USD"),
        ("MONEY", "USD"),
    ]


def test_earnings_rows_are_money_or_shares() -> None:
    text = "Net 5.3 mln vs 4.1 mln\nAvg shrs 39.6 mln vs 38.2 mln\n"
    quantities = [
        _q("5.3 mln", text, "CARDINAL", 5.3e6, "count"),
        _q("4.1 mln", text, "CARDINAL", 4.1e6, "count"),
        _q("39.6 mln", text, "CARDINAL", 39.6e6, "count"),
        _q("38.2 mln", text, "CARDINAL", 38.2e6, "count"),
    ]
    shared = share_units(text, quantities, "GBP")
    assert [q.unit for q in shared] == ["GBP", "GBP", "share", "share"]


def test_quote_pairs_split() -> None:
    text = "Gold closed at 420.00/420.50 dlrs an ounce."
    quantities = [_q("420.00/420.50 dlrs", text, "MONEY", 420.5, "USD")]
    shared = share_units(text, quantities, "USD")
    assert [(q.text, q.value) for q in shared] == [("420.00", 420.0), ("420.50 dlrs", 420.5)]


# --- entity shapes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Shares were placed by Baring Brothers and Co Ltd on Friday.",
            ["Baring Brothers and Co Ltd"],
        ),
        ("The adviser is Dillon, Read and Co Inc, it said.", ["Dillon, Read and Co Inc"]),
        (
            "Acme Widget Corp agreed to buy Globex Holdings Plc.",
            ["Acme Widget Corp", "Globex Holdings Plc"],
        ),
        ("In London, Smithfield Metals SA said sales rose.", ["Smithfield Metals SA"]),
        ("ACME WIDGET INC SEES PROFIT", ["ACME WIDGET INC"]),
        ("INVESTOR GROUP CUTS STAKE", []),
        ("The deal was arranged by Goldman Sachs and Co Inc.", ["Goldman Sachs and Co Inc"]),
    ],
)
def test_company_names(text: str, names: list[str]) -> None:
    assert [text[c.start : c.end] for c in company_names(text, 0, len(text))] == names


def test_institution_after_a_country_is_one_org() -> None:
    text = "The U.S. Agriculture Department said the U.S. economy grew."
    first = text.index("U.S.")
    second = text.index("U.S.", first + 1)
    candidates = [
        Candidate(first, first + 4, "GPE", "us", True),
        Candidate(second, second + 4, "GPE"),
    ]
    out = institution_entities(text, candidates)
    assert sorted((text[c.start : c.end], c.label) for c in out) == [
        ("U.S.", "GPE"),
        ("U.S. Agriculture Department", "ORG"),
    ]


def test_state_names() -> None:
    text = "The Kingdom of Norway will issue bonds."
    norway = text.index("Norway")
    out = state_entities(text, [Candidate(norway, norway + 6, "GPE")])
    assert [(text[c.start : c.end], c.label) for c in out] == [("Kingdom of Norway", "GPE")]


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        ("Coroner Gary Hargrove", "PERSON", "Gary Hargrove"),
        ("At ASA", "ORG", "ASA"),
        ("David Haggard, ASA", "PERSON", "David Haggard"),
        ("CUMBERLAND, R.I.", "GPE", "CUMBERLAND, R.I."),
        ("General Motors", "ORG", "General Motors"),
    ],
)
def test_trim_words(text: str, label: str, kept: str) -> None:
    start, end = trim_words(text, 0, len(text), label)
    assert text[start:end] == kept


def test_short_forms_and_initials_are_the_company() -> None:
    text = (
        "General Motors Corp and the Maine Public Utilities Commission (MPUC) met. "
        "GM said the MPUC agreed. Later, Motors rose."
    )
    gm = Candidate(0, len("General Motors Corp"), "ORG")
    puc_start = text.index("Maine")
    puc = Candidate(puc_start, text.index(" (MPUC)"), "ORG")
    out = org_short_mentions(text, [gm, puc], [])
    found = {text[c.start : c.end]: c.kb_id for c in out}
    assert found["GM"] == auto_id("General Motors Corp")
    assert found["MPUC"] == auto_id("Maine Public Utilities Commission")


def test_a_ticker_names_nothing_and_an_unlisted_name_is_an_org() -> None:
    text = "Acme Corp <ACME.N> bought <Widget Makers Ltd> for cash."
    names = bracketed_names(text, 0, len(text))
    assert [text[c.start : c.end] for c in names] == ["Widget Makers Ltd"]
    ticker = text.index("ACME.N")
    assert in_ticker(text, Candidate(ticker, ticker + 6, "ORG"))


@pytest.mark.parametrize("ticker", ["ACME.HKG", "ACME.TOK", "ACME.NYSE", "AC.MEL"])
def test_a_ticker_with_an_exchange_of_three_or_four_letters_names_nothing(ticker: str) -> None:
    # (Hong Kong's, Tokyo's, Melbourne's desks write the exchange in full: "<SWPC.HKG>")
    text = f"ACME HOLDINGS LTD <{ticker}> YEAR 1986\n\nShr 1.20 dlrs vs 1.05"
    assert bracketed_names(text, 0, len(text)) == []
    at = text.index(ticker)
    assert in_ticker(text, Candidate(at, at + len(ticker), "ORG"))


def test_only_a_name_written_as_a_persons_spreads() -> None:
    text = "He told Reuters DOT officials agreed. Later DOT said no."
    reuters_dot = Candidate(text.index("Reuters"), text.index(" officials"), "PERSON")
    out = short_name_mentions(text, [reuters_dot], [], [])
    assert [text[c.start : c.end] for c in out] == ["Reuters DOT"]


def test_capitals_headline_names_come_from_the_story() -> None:
    text = (
        "ACME WIDGET TO BUY GLOBEX STAKE IN NORWAY\n\nAcme Widget Corp said it will buy Globex Ltd."
    )
    headline = (0, text.index("\n"))
    body = [
        Candidate(text.index("Acme Widget Corp"), text.index(" said"), "ORG"),
        Candidate(text.index("Globex Ltd"), len(text) - 1, "ORG"),
    ]
    out = headline_entities(text, body, headline, caps=True)
    assert [(text[c.start : c.end], c.label) for c in out if c.end <= headline[1]] == [
        ("ACME WIDGET", "ORG"),
        ("GLOBEX", "ORG"),
        ("NORWAY", "GPE"),
    ]


TITLE_CASE_NAMES = [
    # a verb run into a person's name (the sentence-case reading calls it a verb)
    ("Maria Lopez Checks Into Clinic", "Maria Lopez Checks Into Clinic", "Maria Lopez"),
    # the story writes the words in lower case (by lemma: "Kills" / "killed")
    ("Gunman Kills Three in Dayton", "Gunman Kills Three", None),
    ("2 Dead After Storm", "2 Dead", None),
    ("Tough Talks For Sequel", "Tough Talks For Sequel", None),
    # names the story writes with a capital stay whole
    ("Acme Widget Recalls Heaters", "Acme Widget", "Acme Widget"),
    ("Will Hart Wins Again", "Will Hart", "Will Hart"),
]
STORY = (
    "\nA gunman killed three people and two were found dead after a storm, as tough talks "
    "went on over a sequel. Lopez checked into the clinic on Monday, said Will Hart of "
    "Acme Widget, which recalled heaters.\n"
)


@pytest.mark.parametrize(("headline", "model_name", "expected"), TITLE_CASE_NAMES)
def test_a_title_case_headline_s_common_words_are_no_names(
    headline: str, model_name: str, expected: str | None
) -> None:
    text = headline + STORY
    # (the sentence-case reading: "kills" a plural noun to it, its lemma still "kill")
    read_as = {
        text.index(word): reading
        for word, reading in (
            ("Checks", ("check", "VERB")),
            ("Recalls", ("recall", "VERB")),
            ("Wins", ("win", "VERB")),
            ("Kills", ("kill", "NOUN")),
        )
        if word in headline
    }
    lower = {w for w in STORY.replace(",", " ").replace(".", " ").split() if w.islower()}
    story = StoryWords(
        lower=frozenset(lower | {"kill", "check", "recall"}),
        capitalised=frozenset({"Will", "Hart", "Acme", "Widget"}),
    )
    model = Candidate(0, len(model_name), "PERSON")
    out = headline_common_words(
        text,
        [model],
        [(0, len(headline))],
        read_as,
        story,
        verbs={"check", "kill", "recall", "win"},
        common_words={"into", "for", "in", "after", "will"},
    )
    assert [text[c.start : c.end] for c in out] == ([expected] if expected else [])


def test_a_title_case_headline_s_trusted_names_and_other_lines_stay() -> None:
    text = "Acme Recalls Heaters\nAcme Recalls said heaters were recalled.\n"
    story = StoryWords(lower=frozenset({"recall", "heaters"}), capitalised=frozenset())
    kb = Candidate(0, len("Acme Recalls Heaters"), "ORG", from_kb=True)
    below = Candidate(text.index("Acme Recalls said"), text.index(" said"), "ORG")
    out = headline_common_words(text, [kb, below], [(0, text.index("\n"))], {}, story)
    assert out == [kb, below]


def test_ids_are_never_a_bare_legal_form() -> None:
    assert auto_id("Co Ltd") == "auto:co-ltd"
    assert auto_id("Acme Bros and Co Ltd") == "auto:acme-bros"


# --- with the real model ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def models() -> dict:
    return load_models()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "story", "names", "gone"),
    [
        # web news: a person's name runs on into the verb after it
        (
            "Dana Whitfield Checks Into Rehab Clinic",
            "The singer entered a rehab clinic in Malibu on Tuesday, her lawyer said.",
            ["Dana Whitfield"],
            ["Checks", "Rehab"],
        ),
        # a count and a word the story writes in lower case are no person
        (
            "2 Dead, 1 Hurt in Shooting at Rivertown Plant",
            "Police said two people are dead and one hurt after a shooting at the plant.",
            [],
            ["2 Dead"],
        ),
    ],
)
def test_title_case_headline_names_with_the_real_model(
    extractor: object, headline: str, story: str, names: list[str], gone: list[str]
) -> None:
    text = f"{headline}\nMarch 3, 2013\n{story}\n"
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    found = [
        e.text
        for e in annotation.entities
        if e.end <= len(headline) and e.label in ("PERSON", "ORG", "GPE", "NORP")
    ]
    for name in names:
        assert name in found
    assert not any(word in name for name in found for word in gone)


@pytest.mark.slow
def test_an_abbreviated_rank_before_a_name_ends_no_sentence_with_the_real_model(
    extractor: object,
) -> None:
    """Police and court copy writes ranks and offices short before a name ("Homicide
    Capt. James Clark", "Dist. Atty. Steve Cooley", "Const. Tim Fanning"): the model
    ends a sentence on the full stop and takes the rank for a person."""
    text = (
        "Warehouse fire under investigation\nMarch 3, 2013\n"
        "The fire was set on purpose, Metro Homicide Capt. James Clark said on Friday. "
        "Charges will follow, said Dist. Atty. Steve Cooley. "
        "Const. Tim Fanning told reporters that Sgt. Dana Roe was hurt.\n"
    )
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    sentences = [text[s.start : s.end] for s in annotation.sentences]
    assert "The fire was set on purpose, Metro Homicide Capt. James Clark said on Friday." in (
        sentences
    )
    assert "Charges will follow, said Dist. Atty. Steve Cooley." in sentences
    assert "Const. Tim Fanning told reporters that Sgt. Dana Roe was hurt." in sentences
    people = {e.text for e in annotation.entities if e.label == "PERSON"}
    assert {"James Clark", "Steve Cooley", "Tim Fanning", "Dana Roe"} <= people
    assert not people & {"Capt", "Dist", "Atty", "Sgt", "Const", "Dist. Atty"}


@pytest.mark.slow
def test_an_abbreviated_given_name_or_place_word_ends_no_sentence(extractor: object) -> None:
    """Wire and local copy abbreviate a given name in a company's or person's name ("Wm.
    Wrigley Jr Co", "Chas. P. Young Co") and a place name's first word ("Ste. Therese",
    "Mt. Cook"): the model ends a sentence on the full stop."""
    text = (
        "PRINTER SETS PURCHASE\n\nNEW YORK, March 30 - Harlow Corp's Chas. P. Young Co "
        "subsidiary said it agreed to buy a printer. Wm. Sword and Co advised it.\n\n"
        "The plant at Ste. Therese, Quebec, will close. Climbers died on Mt. Cook on Sunday.\n"
    )
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    sentences = [text[s.start : s.end] for s in annotation.sentences]
    assert (
        "NEW YORK, March 30 - Harlow Corp's Chas. P. Young Co subsidiary said it agreed to "
        "buy a printer." in sentences
    )
    assert "Wm. Sword and Co advised it." in sentences
    assert "The plant at Ste. Therese, Quebec, will close." in sentences
    assert "Climbers died on Mt. Cook on Sunday." in sentences
    organisations = {e.text for e in annotation.entities if e.label == "ORG"}
    assert "Chas. P. Young Co" in organisations
    assert "Chas" not in {e.text for e in annotation.entities}


@pytest.mark.slow
def test_a_headline_cut_after_an_abbreviation_is_one_sentence(extractor: object) -> None:
    """A headline in capitals or Title Case is one line: the model's cut after an
    abbreviation's full stop inside it is undone ("JAPAN WARNS U.S." / "IT MAY ...")."""
    for head, body in (
        (
            "BRAZIL WARNS U.S. IT MAY RETALIATE IN TRADE ROW",
            "BRASILIA, April 10 - Brazil said it may retaliate against U.S. tariffs.",
        ),
        (
            "N.Y. Cocoa Traders Still Cautious on Talks",
            "Cocoa traders in New York said on Friday they were cautious about the talks.",
        ),
    ):
        text = f"{head}\n\n{body}\n"
        (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
        heads = [text[s.start : s.end] for s in annotation.sentences if s.headline]
        assert heads == [head]


@pytest.mark.slow
def test_a_headline_in_capitals_of_few_long_words_is_the_headline(extractor: object) -> None:
    """A results table's headline in capitals ("ORVELL CO <ORV> 3RD QTR NET": one word of
    four letters) is its headline, as one of more long words is; a row of the table in
    capitals below it ("SIX MTHS") is no headline."""
    for head, body in (
        ("ORVELL CO <ORV> 3RD QTR NET", "LANVIK, Oct 20 - Shr 42 cts vs 38 cts"),
        ("<BRANDT AG> 1986 NET", "HARLOW, March 3 - Net profit 14.2 mln marks vs 12.9 mln"),
    ):
        text = f"{head}\n\n{body}\n\nSIX MTHS\n\nShr 80 cts vs 71 cts\n"
        (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
        heads = [text[s.start : s.end] for s in annotation.sentences if s.headline]
        assert heads == [head]


@pytest.mark.slow
def test_a_tables_rows_below_the_story_keep_their_names(extractor: object) -> None:
    # wire copy: rows in Title Case below the story are no headline, whatever words the
    # story writes in lower case ("grain")
    text = (
        "GRAIN SHIPS WAITING AT PORT ARDEN\n\nPort Arden, April 1 - Ten grain ships were "
        "loading and 18 were waiting to load at Port Arden elevators, trade sources said."
        "\n\nELEVATOR LOADING WAITING\n\nContinental Grain, Westwego 1 3\n\nHarbor Point, "
        "Myrtle Grove 2 0\n\nAcme Growmark 1 4\n"
    )
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    names = {e.text for e in annotation.entities if e.label == "ORG"}
    assert "Continental Grain" in names


MODEL_CASES = [
    # 1987 wire style
    ("It plans a 160 mln dlr offering of notes.", [("160 mln dlr", 160e6, "USD")]),
    ("Thirty-three dlrs a barrel is too high, he said.", [("Thirty-three dlrs", 33, "USD")]),
    (
        "Imports were up to 136,029 tonnes from 46,541.",
        [("136,029 tonnes", 136029, "tonne"), ("46,541", 46541, "count")],
    ),
    ("The board declared a three-for-two stock split.", []),
    ("It has a nine-member board.", [("nine-member", 9, "member")]),
    ("For 46 of those products the duty falls.", [("46", 46, "product")]),
    ("The Nine Mile Point plant restarted.", []),
    # today's press
    ("Engineers worked at 24 Baker Street until late.", []),
    ("She met them four or five times a week.", []),
    ("The former two-time champion retired.", []),
    ("Drilling is barred under section 1002 of the act.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), MODEL_CASES)
def test_wire_quantities_in_text(models, sentence: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en")
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


@pytest.mark.slow
def test_currency_by_country_in_text(models) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    doc = models["en"]("The fund sold 160 mln crowns of bonds.")
    assert [q.unit for q in extract_quantities(doc, "en", country="NO")] == ["NOK"]
    assert [q.unit for q in extract_quantities(doc, "en", country="DK")] == ["DKK"]


@pytest.mark.slow
def test_japanese_amounts_are_unchanged(models) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    doc = models["ja"]("同社の売上高は3兆円に達した。")
    assert [(q.value, q.unit) for q in extract_quantities(doc, "ja", country="US")] == [
        (3e12, "JPY")
    ]
