"""Rule families that hold on news from any outlet: counted nouns from the parse, units shared
along a series, implied counted nouns, figures that are no counts, names by their shapes.

The sentences are written for these tests, each rule in at least two styles (1980s wire
copy, today's press), none taken from a corpus, a gold set or a seed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tui.core.model.schema import Quantity
from tui.core.nlp.quantities.parse import parse_quantity
from tui.core.nlp.quantities.sharing import share_units

from nlp_models import load_models, text_article


def _figure(text: str, phrase: str, value: float, unit: str, label: str = "CARDINAL") -> Quantity:
    start = text.index(phrase)
    return Quantity(
        start=start,
        end=start + len(phrase),
        text=phrase,
        label=label,  # type: ignore[arg-type]
        value=value,
        unit=unit,
        qualifier="exact",
    )


# --- units of measure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("82.9 mln lbs", "pound"),
        ("400 billion cubic feet", "cubic foot"),
        ("1,137 sq km", "square kilometre"),
        ("120 mph", "mile per hour"),
        ("3.5 million gallons", "gallon"),
        ("eight inches", "inch"),
        ("60 kilos", "kilogram"),
    ],
)
def test_measures_as_news_writes_them(text: str, unit: str) -> None:
    got = parse_quantity(text)
    assert got is not None and got[1] == unit


# --- units shared along a series ------------------------------------------------------------

SERIES = [
    # wire: a commodity table in prose
    (
        "Shipments totalled 61.2 mln lbs against 55.0 mln lbs in May and 70.4 mln a year ago.",
        [
            ("61.2 mln lbs", 61.2e6, "pound", "QUANTITY"),
            ("55.0 mln lbs", 55e6, "pound", "QUANTITY"),
            ("70.4 mln", 70.4e6, "count", "CARDINAL"),
        ],
        ["pound", "pound", "pound"],
    ),
    # today's press: a valuation range with the unit on the first end
    (
        "Analysts valued the shares at between 3.15 euros and 3.60.",
        [("3.15 euros", 3.15, "EUR", "MONEY"), ("3.60", 3.6, "count", "CARDINAL")],
        ["EUR", "EUR"],
    ),
    # a bid/offer quote written bare after a priced one
    (
        "Silver ended at 7.10/7.15 dlrs, after opening at 7.02/7.06.",
        [
            ("7.10", 7.10, "USD", "MONEY"),
            ("7.15 dlrs", 7.15, "USD", "MONEY"),
            ("7.02", 7.02, "count", "CARDINAL"),
            ("7.06", 7.06, "count", "CARDINAL"),
        ],
        ["USD", "USD", "USD", "USD"],
    ),
]


@pytest.mark.parametrize(("text", "figures", "units"), SERIES)
def test_a_series_shares_its_unit(text: str, figures: list, units: list) -> None:
    quantities = [_figure(text, p, v, u, label) for p, v, u, label in figures]
    assert [q.unit for q in share_units(text, quantities, "USD")] == units


def test_a_series_needs_figures_written_alike_and_no_percent_change() -> None:
    # "three plants" is no amount like 12,400; "rose 4 pct to 880.5" sets a level after a change.
    text = "Its three plants made 12,400 cars. The index rose 4 pct to 880.5 on Monday."
    quantities = [
        _figure(text, "three plants", 3, "plant"),
        _figure(text, "12,400 cars", 12400, "car"),
        _figure(text, "4 pct", 4, "percent", "PERCENT"),
        _figure(text, "880.5", 880.5, "count"),
    ]
    assert [q.unit for q in share_units(text, quantities, "USD")] == [
        "plant",
        "car",
        "percent",
        "count",
    ]


def test_a_market_report_keeps_its_unit_across_sentences() -> None:
    text = (
        "Wheat volume was 41,380 lots last week.\n\n"
        "Barley volume rose to 12,775 from 10,240 a year earlier."
    )
    quantities = [
        _figure(text, "41,380 lots", 41380, "lot"),
        _figure(text, "12,775", 12775, "count"),
        _figure(text, "10,240", 10240, "count"),
    ]
    assert [q.unit for q in share_units(text, quantities, "USD")] == ["lot", "lot", "lot"]


def test_a_range_shares_its_scale() -> None:
    text = "Reserves are put at between 300 and 450 billion cubic feet."
    quantities = [
        _figure(text, "300", 300, "count"),
        _figure(text, "450 billion cubic feet", 450e9, "cubic foot", "QUANTITY"),
    ]
    first = share_units(text, quantities, "USD")[0]
    assert (first.value, first.unit) == (300e9, "cubic foot")


@pytest.mark.parametrize(
    ("text", "first", "second", "value", "unit"),
    [
        # a scale written once, after a number written as a word
        (
            "Reserves may hold two to five mln tons of ore.",
            "two",
            ("five mln tons", 5e6, "tonne", "QUANTITY"),
            2e6,
            "tonne",
        ),
        # a hundredth written once: both ends are cents
        (
            "Futures gained three to 5-1/2 cents a bushel.",
            "three",
            ("5-1/2 cents", 0.055, "USD", "MONEY"),
            0.03,
            "USD",
        ),
        ("Shares rose 4 to 9p on the day.", "4", ("9p", 0.09, "GBP", "MONEY"), 0.04, "GBP"),
        # a range written "40-to 50-employee"
        (
            "a 40-to 50-employee firm",
            "40",
            ("50-employee", 50, "employee", "CARDINAL"),
            40,
            "employee",
        ),
        # no scale: each end as written
        (
            "Prices ranged from 18.25 to 20.00 dlrs.",
            "18.25",
            ("20.00 dlrs", 20.0, "USD", "MONEY"),
            18.25,
            "USD",
        ),
    ],
)
def test_a_range_shares_its_scale_or_hundredth(
    text: str, first: str, second: tuple, value: float, unit: str
) -> None:
    quantities = [
        _figure(text, first, float(first.replace("three", "3").replace("two", "2")), "count"),
        _figure(text, *second),
    ]
    got = share_units(text, quantities, "USD")[0]
    assert (got.value, got.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "first", "second", "value"),
    [
        # wire: a country's output, the thousands written on the second end only
        (
            "Nigeria produced 75-100,000 bpd below its quota.",
            ("75", 75, "barrel per day", "QUANTITY"),
            ("100,000 bpd", 100000, "barrel per day", "QUANTITY"),
            75000,
        ),
        # today's press: a crowd, the first end bare
        (
            "Police put the crowd at 20 to 30,000 people.",
            ("20", 20, "count", "CARDINAL"),
            ("30,000 people", 30000, "person", "CARDINAL"),
            20000,
        ),
        # a first end larger as written is its own number; so is one with its own thousands
        (
            "Scores ranged from 150 to 2,000 points.",
            ("150", 150, "count", "CARDINAL"),
            ("2,000 points", 2000, "point", "QUANTITY"),
            150,
        ),
        (
            "It moved 5,000 to 10,000 tonnes.",
            ("5,000", 5000, "tonne", "QUANTITY"),
            ("10,000 tonnes", 10000, "tonne", "QUANTITY"),
            5000,
        ),
    ],
)
def test_a_range_writes_its_thousands_once(
    text: str, first: tuple, second: tuple, value: float
) -> None:
    quantities = [_figure(text, *first), _figure(text, *second)]
    got = share_units(text, quantities, "USD")[0]
    assert (got.value, got.unit) == (value, second[2])


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        # a stock's price beside its owner's stake: money, the stake's percent lends nothing
        (
            "Shares of Imperial Oil Ltd, 70 pct owned by Exxon, are at 71, up from a low of 34-3/4.",
            "34-3/4",
            "CAD",
        ),
        ("Acme stock, in which Beta holds a 49 pct stake, fell 1-1/4 to 12-1/2.", "12-1/2", "CAD"),
        # a price in 32nds is a bond's, per 100 of face value, in a story of stocks too
        (
            "Stocks fell, and the June contract broke support at 101-2/32.",
            "101-2/32",
            "percent",
        ),
    ],
)
def test_a_share_price_in_eighths_beside_a_stake(text: str, phrase: str, unit: str) -> None:
    quantities = [_figure(text, phrase, 0.0, "count")]
    got = [q for q in share_units(text, quantities, "CAD") if q.text == phrase]
    assert [q.unit for q in got] == [unit]


def test_an_earnings_row_in_lower_case() -> None:
    text = "BOSTON, May 2 - shr 46 cts vs 51 cts\n\nnet 8.5 mln vs 14.0 mln\n\nrevs 90.1 mln vs 88.0 mln"
    quantities = [
        _figure(text, "46 cts", 0.46, "USD", "MONEY"),
        _figure(text, "51 cts", 0.51, "USD", "MONEY"),
        _figure(text, "8.5 mln", 8.5e6, "count"),
        _figure(text, "14.0 mln", 14e6, "count"),
        _figure(text, "90.1 mln", 90.1e6, "count"),
        _figure(text, "88.0 mln", 88e6, "count"),
    ]
    assert [q.unit for q in share_units(text, quantities, "USD")] == ["USD"] * 6


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("130 mln taka", "BDT"),
        ("45 mln kyats", "MMK"),
        ("2.5 billion sucres", "ECS"),
        ("32.9 billion N.Z. Dlrs", "NZD"),
        ("40 mln NZ dlrs", "NZD"),
    ],
)
def test_currencies_of_smaller_economies(text: str, unit: str) -> None:
    got = parse_quantity(text)
    assert got is not None and got[1] == unit


# --- with the real model ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def models() -> dict:
    return load_models()


COUNTS = [
    # counted nouns from the parse: the noun the number modifies, over words between
    ("The field lies between two gas producing zones.", [("two gas producing zones", 2, "zone")]),
    (
        "The forum drew 250 business and labour leaders.",
        [("250 business and labour leaders", 250, "leader")],
    ),
    ('She hired three "Star Wars" animators.', [('three "Star Wars" animators', 3, "animator")]),
    ("Police questioned two female co-workers.", [("two female co-workers", 2, "co-worker")]),
    ("Coverage rose to 2.1 times earnings.", [("2.1 times", 2.1, "times")]),
    # a number above one before a singular noun counts nothing
    ("A 999 operator took the call.", []),
    # implied nouns: casualties, children, partitives
    ("Gunman kills 2, wounds 5 at depot", [("2", 2, "person"), ("5", 5, "person")]),
    (
        "Four people were killed and six were injured.",
        [("Four people", 4, "person"), ("six", 6, "person")],
    ),
    ("The father of three was released.", [("three", 3, "child")]),
    ("The team won nine of its last 12 matches.", [("nine", 9, "match")]),  # the model: a DATE
    ("Storms cut two out of five cables.", [("two", 2, "cable"), ("five cables", 5, "cable")]),
    # no figures: frequencies, ratios, telephone numbers, clock times, dates, seasons, compounds
    ("She has chaired the panel four times and retired in May.", []),
    ("Holders approved a one for 10 reverse stock split.", []),
    ("The shares split three for two.", []),
    ("Witnesses called 999 at once.", []),
    ("Call the hotline on 0845 600 700.", []),
    ("Posted 7: 45am GMT", []),
    ("Published Tuesday, 14 March 2017 by staff", []),
    ("He played five seasons in Turin.", []),
    ("The crime boss dies in prison at 81", []),
    ("Police saw him near 210 West 34th Street.", [("34th", 34, None)]),  # the street's ordinal
    ("It was a one-sided final near the half-flooded pitch.", []),
    # a number after "No." names a rank: the model's tokens are "No", ".", "3"
    ("The No. 3 seed lost to the No. 6 seed.", []),
    ("Amcor became the No. 2 maker of cans.", []),
    # "a third" before a noun is an ordinal; before "of", or alone, a part
    ("Buyers may seek a third cargo.", []),
    ("It was a fifth straight loss for the club.", []),
    ("Profits fell by a third last year.", [("a third", 0.3333, "fraction")]),
    # a number among the words before the counted noun names a model, it adds nothing
    ("Troops seized four M 16 rifles.", [("four M 16 rifles", 4, "rifle")]),
    ("The airline leased two Boeing 737 jets.", [("two Boeing 737 jets", 2, "jet")]),
    # an adjectival amount glued by hyphens throughout: the glued word is the currency
    ("It won a three-mln-dlr contract.", [("three-mln-dlr", 3e6, "USD")]),
    ("They signed a 40-mln-stg facility.", [("40-mln-stg", 40e6, "GBP")]),
    # a whole number and a fraction in words
    (
        "Payments are capped at two and one half pct of output.",
        [("two and one half pct", 2.5, "percent")],
    ),
    (
        "The rate rose by one and a quarter percent.",
        [("one and a quarter percent", 1.25, "percent")],
    ),
    # an earthquake's magnitude, however written
    ("A 6.3 quake struck the coast.", [("6.3", 6.3, "magnitude")]),
    ("Seismologists put the magnitude at 5.8.", [("5.8", 5.8, "magnitude")]),
    ("It had a magnitude of 4.9, the survey said.", [("4.9", 4.9, "magnitude")]),
    # a country's figure in a list is no name's number ("Model 3"): a range's first end
    (
        "Saudi Arabia produced 500,000 bpd less and Qatar 20 to 30 pct under its quota.",
        [("500,000 bpd", 500000, "barrel per day"), ("20", 20, "count"), ("30 pct", 30, "percent")],
    ),
    # wire abbreviations of time: durations, no figures
    ("Nine mths net rose.", []),
    ("Sales for six mos were flat, the firm said over two yrs.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), COUNTS)
def test_counts_in_text(models, sentence: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en")
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


@pytest.mark.slow
def test_a_currency_word_that_is_a_common_noun_needs_its_country(models) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    doc = models["en"]("He had four punts and paid 30 punts for the ticket.")
    assert [q.unit for q in extract_quantities(doc, "en", country="US")] == ["punt", "punt"]
    assert [q.unit for q in extract_quantities(doc, "en", country="IE")] == ["IEP", "IEP"]
    scaled = models["en"]("The state raised 50 mln punts.")
    assert [q.unit for q in extract_quantities(scaled, "en", country="US")] == ["IEP"]


# --- names by their shapes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("piece", "name"),
    [
        ("palm kernel", False),
        ("warez", False),
        ("AAA", False),
        ("BB-minus", False),
        ("Baa3", False),
        ("BBC", True),
        ("ABC", True),
        ("Acme", True),
        ("トヨタ", True),
    ],
)
def test_what_can_be_a_name(piece: str, name: bool) -> None:
    from tui.core.nlp.entities import can_be_a_name

    assert can_be_a_name(piece) is name


def _dates(extractor: object, text: str, date: str) -> list[tuple[str, str | None]]:
    """The DATEs the real extractor finds in ``text`` written on ``date``, with their values."""
    (annotation,) = extractor.extract([text_article(text, date=date)])  # type: ignore[attr-defined]
    return [(e.text, e.value) for e in annotation.entities if e.label == "DATE"]


def _at(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _spans(text: str, found: list) -> list[tuple[str, str]]:
    return sorted((text[c.start : c.end], c.label) for c in found)


def test_an_organisations_last_word_makes_it_one() -> None:
    from tui.core.nlp.entities import Candidate, orgs_by_head

    # wire and today's press; a country whose name ends so stays a place
    text = "J. Arthur Smith Bank and Kent Police met the Soviet Union."
    candidates = [
        Candidate(*_at(text, "J. Arthur Smith Bank"), "PERSON"),
        Candidate(*_at(text, "Kent Police"), "GPE"),
        Candidate(*_at(text, "Soviet Union"), "GPE"),
    ]
    assert _spans(text, orgs_by_head(text, candidates)) == [
        ("J. Arthur Smith Bank", "ORG"),
        ("Kent Police", "ORG"),
        ("Soviet Union", "GPE"),
    ]


@pytest.mark.parametrize(
    ("text", "piece", "body"),
    [
        # governments, legislatures, regulators, exchanges, associations (wire, press)
        ("The Ministry of Finance said", "Ministry of Finance", True),
        ("the U.S. Agriculture Department said", "U.S. Agriculture Department", True),
        ("futures on the Chicago Board of Trade", "Chicago Board of Trade", True),
        ("the Mortgage Bankers Association said", "Mortgage Bankers Association", True),
        ("the Senate voted 67 to 33", "Senate", True),
        ("the U.S. House voted", "U.S. House", True),
        ("the House of Commons", "House of Commons", True),
        ("deputy Finance Minister Ana Ruiz", "Finance", True),
        # central banks, however the press writes them
        ("the Reserve Bank of Australia", "Reserve Bank of Australia", True),
        ("the Federal Reserve Bank of New York", "Federal Reserve Bank of New York", True),
        ("the Fed added reserves", "Fed", True),
        ("the Bank of Portugal said", "Bank of Portugal", True),
        ("The Swiss National Bank said", "Swiss National Bank", True),
        ("The Swiss National Bank said", "National Bank", True),
        ("the People's Bank of China set", "People's Bank of China", True),
        # international organisations, by their initials too
        ("the OPEC secretariat", "OPEC", True),
        ("talks with the Paris Club", "Paris Club", True),
        # news agencies
        ("a Kyodo report said", "Kyodo", True),
        ("told the Associated Press", "Associated Press", True),
        # parties to their own news
        ("the Bank of Montreal said", "Bank of Montreal", False),
        # a commercial bank with a central bank's shape, the country's central bank named
        # otherwise
        ("the Bank of America said", "Bank of America", False),
        ("the Bank of China lent", "Bank of China", False),
        ("First National Bank said", "National Bank", False),
        ("Acme Savings and Loan Association", "Acme Savings and Loan Association", False),
        ("Chemical Bank economist", "Chemical Bank", False),
        ("the publisher Random House", "Random House", False),
        ("Orval Oilfield Services Inc", "Orval Oilfield Services Inc", False),
        ("offices in the World Trade Center", "World Trade Center", False),
    ],
)
def test_a_public_bodys_name(text: str, piece: str, body: bool) -> None:
    from tui.core.nlp.entities import public_body

    assert public_body(text, *_at(text, piece)) == body


@pytest.mark.parametrize(
    ("text", "person", "bodies", "official"),
    [
        # wire: an office before the name, alone or with its body, department or country
        ("ORVAL, May 3 - Prime Minister Tomas Velk said", "Tomas Velk", [], True),
        ("aid would stop until President Arlen Voss signs it", "Arlen Voss", [], True),
        ("Varnian deputy energy minister Ilse Marten told", "Ilse Marten", [], True),
        ("KAPPA PRESIDENT OREN DAHL SEES CALM MEETING", "OREN DAHL", ["KAPPA"], True),
        ("Monetary Authority Governor Jan Rusk said", "Jan Rusk", ["Monetary Authority"], True),
        ("the Secretary of State Mara Quill said", "Mara Quill", [], True),
        ("said OPEC president Oren Dahl on Monday", "Oren Dahl", [], True),
        (
            "The President of the Varnian Coffee Institute, VCI, Anders Holm said",
            "Anders Holm",
            ["Varnian Coffee Institute"],
            True,
        ),
        # web news: the office in apposition after the name
        (
            "said Lena Frost, an economist with the Varnia Bankers Association.",
            "Lena Frost",
            ["Varnia Bankers Association"],
            True,
        ),
        ("Dale Crane, the Transport Secretary, said", "Dale Crane", [], True),
        # a company's officers, and a bare role any organisation gives
        ("Orval Steel Chairman Piet Brandt said", "Piet Brandt", [], False),
        ("Chairman Piet Brandt said", "Piet Brandt", [], False),
        ("company president Piet Brandt said", "Piet Brandt", [], False),
        ("said Piet Brandt, chairman of Orval Steel Corp.", "Piet Brandt", [], False),
        ("Kestrel vice president and general counsel Ada Lind said", "Ada Lind", [], False),
        ("a source close to Piet Brandt said", "Piet Brandt", [], False),
        ("Sales rose eight pct, president Piet Brandt said.", "Piet Brandt", [], False),
        (
            "a dispute with Piet Brandt, management board chairman of Orval Stahl",
            "Piet Brandt",
            [],
            False,
        ),
        (
            "Ada Lind, assistant vice president of research, told the Varnia Press Agency",
            "Ada Lind",
            ["Varnia Press Agency"],
            False,
        ),
        ("according to Varnian officials, Jan Rusk will visit", "Jan Rusk", [], False),
        ("Orval Five said its President, Ada Lind, will retire", "Ada Lind", [], False),
        ("said Ada Lind, an energy economist with Orval Trust.", "Ada Lind", [], False),
        ("Energy Department spokesman Ada Lind said", "Ada Lind", [], True),
        ("Chancellor of the Exchequer Ann Roe said Ivo Marsh had", "Ivo Marsh", [], False),
        # a body's name with its initials in brackets
        (
            "The Director-General of the Varnian Fund for Farm and Forest (VFFF), Ada Lind, said",
            "Ada Lind",
            ["Varnian Fund for Farm and Forest"],
            True,
        ),
        (
            "the Fund for Farm and Forest (VFFF) director Ada Lind said",
            "Ada Lind",
            ["Fund for Farm and Forest"],
            True,
        ),
        # a country's central bank in lower case is still one
        ("be accepted, varnian central bank governor Jan Rusk said", "Jan Rusk", [], True),
    ],
)
def test_a_public_bodys_officer(text: str, person: str, bodies: list[str], official: bool) -> None:
    """A person named as a public body's officer speaks for it on matter after matter;
    a company's officer is a party to the company's own news (``bodies``: the public
    bodies' names a model found in the text)."""
    from tui.core.nlp.entities import public_official

    spans = [_at(text, body) for body in bodies]
    assert public_official(text, *_at(text, person), spans) == official


def test_a_nicknamed_name_a_model_took_for_a_company_elsewhere() -> None:
    from tui.core.nlp.entities import Candidate, people_side_by_side

    text = 'A vigil for Kimani "Kiki" Gray, 16. The shooting of Kimani "Kiki" Gray angered many.'
    second = text.rindex('Kimani "Kiki" Gray')
    candidates = [
        Candidate(*_at(text, "Kimani"), "PERSON"),
        Candidate(second, second + len('Kimani "Kiki" Gray'), "ORG"),
    ]
    assert _spans(text, people_side_by_side(text, candidates)) == [
        ('Kimani "Kiki" Gray', "PERSON"),
        ('Kimani "Kiki" Gray', "PERSON"),
    ]


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        # wire: a name of four words cut in two by the model, with a particle too
        (
            "defence spokesman Ali Akbar Hashemi Rafsanjani told a delegation",
            ["Ali Akbar", "Hashemi Rafsanjani"],
            [("Ali Akbar Hashemi Rafsanjani", "PERSON")],
        ),
        (
            "foreign minister Ramiro de Abreu Sodre said in Caracas",
            ["Ramiro de Abreu", "Sodre"],
            [("Ramiro de Abreu Sodre", "PERSON")],
        ),
        # web news: a rank or title the model took for a person of its own
        ("Deputy Ortiz was shot to death", ["Deputy", "Ortiz"], [("Ortiz", "PERSON")]),
        (
            "Miss Rachel Bates, court clerk, said",
            ["Miss", "Rachel Bates"],
            [("Rachel Bates", "PERSON")],
        ),
        (
            "the Crown Prince Abdullah said",
            ["Crown Prince", "Abdullah"],
            [("Abdullah", "PERSON")],
        ),
        # a nickname between given names and surname: one name
        (
            "accused of gunning down Luis Gerardo (Jerry) Ortiz a month ago",
            ["Luis Gerardo"],
            [("Luis Gerardo (Jerry) Ortiz", "PERSON")],
        ),
        # a company's part in brackets is no nickname
        (
            "Cheung Kong (Holdings) Ltd said",
            ["Cheung Kong"],
            [("Cheung Kong", "PERSON")],
        ),
        # two people apart, or written otherwise than a name, are left as they are
        (
            "Smith, Jones and Brown Partners",
            ["Smith", "Jones"],
            [("Jones", "PERSON"), ("Smith", "PERSON")],
        ),
        (
            "CORNING GLASS WORKS BUYS STAKE",
            ["CORNING GLASS", "WORKS"],
            [("CORNING GLASS", "PERSON"), ("WORKS", "PERSON")],
        ),
    ],
)
def test_two_people_side_by_side_are_one_name(text: str, pieces: list, expected: list) -> None:
    from tui.core.nlp.entities import Candidate, people_side_by_side

    candidates = [Candidate(*_at(text, piece), "PERSON") for piece in pieces]
    assert _spans(text, people_side_by_side(text, candidates)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Defense Secretary Ann Lee said", [("Defense", "ORG"), ("U.S.", "GPE")]),
        ("Treasury Secretary James Baker said", [("Treasury", "ORG")]),
        ("the Philippine Economic Planning Secretary", [("Economic Planning", "ORG")]),
        ("Deputy Finance Minister Ito said", [("Finance", "ORG")]),
    ],
)
def test_a_department_in_a_title(text: str, expected: list) -> None:
    from tui.core.nlp.entities import Candidate, department_titles, institution_entities

    candidates = [Candidate(0, 4, "GPE", "us", True)] if text.startswith("U.S.") else []
    found = institution_entities(text, department_titles(text, candidates))
    assert _spans(text, found) == sorted(expected)


def test_an_organisation_of_a_place_is_one() -> None:
    from tui.core.nlp.entities import Candidate, orgs_of_places

    text = "The Central Election Board of Freedonia and Farmers Bank of Smallville met."
    board, place = text.index("Central"), text.index("Freedonia")
    bank, town = text.index("Farmers"), text.index("Smallville")
    candidates = [
        Candidate(board, board + len("Central Election Board"), "ORG"),
        Candidate(place, place + len("Freedonia"), "GPE"),
        Candidate(bank, bank + len("Farmers Bank of"), "ORG"),
        Candidate(town, town + len("Smallville"), "GPE"),
    ]
    assert _spans(text, orgs_of_places(text, candidates)) == [
        ("Central Election Board of Freedonia", "ORG"),
        ("Farmers Bank of Smallville", "ORG"),
    ]


def test_gazetteer_places_a_model_missed() -> None:
    from tui.core.nlp.entities import Candidate, gazetteer_places

    text = 'JAKARTA, May 2 - Nepal said Peru"s output and Jordan Marsh sales fell; Chad will pay.'
    nepal, chad = text.index("Nepal"), text.index("Chad")
    candidates = [
        Candidate(9, nepal + 5, "DATE"),  # a date run into the next word
        Candidate(chad, chad + 4, "PERSON"),
    ]
    found = _spans(text, gazetteer_places(text, candidates))
    assert ("May 2", "DATE") in found and ("Nepal", "GPE") in found
    assert ("Peru", "GPE") in found and ("Chad", "GPE") in found
    assert not any(name == "Jordan" for name, _ in found)  # part of a longer name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Moody's Investors Service Inc cut the debt.", ["Moody's Investors Service Inc"]),
        ("SOTHEBY'S HOLDINGS INC SETS PAYOUT", ["SOTHEBY'S HOLDINGS INC"]),
        ("Jane Roe's Blue Sky Ltd was sold.", ["Blue Sky Ltd"]),
        ("The Macy's Corp said", ["Macy's Corp"]),
    ],
)
def test_a_founders_possessive_opens_a_company_name(text: str, names: list) -> None:
    from tui.core.nlp.entities import company_names

    assert [text[c.start : c.end] for c in company_names(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a group's part or region in brackets inside the name (Hong Kong, London, Tokyo)
        ("Cheung Kong (Holdings) Ltd said profits rose.", ["Cheung Kong (Holdings) Ltd"]),
        (
            "Yamaichi International (Europe) Ltd led the issue.",
            ["Yamaichi International (Europe) Ltd"],
        ),
        # a company's holders or shares before "of" are no part of its name
        ("Shares of Polaroid Corp rose.", ["Polaroid Corp"]),
        ("Shareholders of PHLCORP Inc approved the plan.", ["PHLCORP Inc"]),
        ("Bank of America Corp said so.", ["Bank of America Corp"]),
        # a ticker in brackets after the legal form is no part of it
        ("Acme Corp (ACM) fell.", ["Acme Corp"]),
        # a word describing the company before it, and a word after a legal form that
        # only opens with one ("Co-managers"), are no part of it
        ("Firms led by Hong Kong-based Orrin Equity Ltd said so.", ["Orrin Equity Ltd"]),
        (
            "The lead is Pellam Finance (Asia) Ltd. Co-managers are Arden Bank Plc.",
            ["Pellam Finance (Asia) Ltd", "Arden Bank Plc"],
        ),
    ],
)
def test_company_names_with_brackets_and_holders(text: str, names: list) -> None:
    from tui.core.nlp.entities import company_names

    assert [text[c.start : c.end] for c in company_names(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "and" inside a name, wire and today's press
        ("Pacific Power and Light Co raised rates.", ["Pacific Power and Light Co"]),
        ("Harrow and Pike Holdings plc said", ["Harrow and Pike Holdings plc"]),
        ("Dunmore and Pell's Corp rated it.", ["Dunmore and Pell's Corp"]),
        # but not across two companies or after an acronym
        ("Talbot Inc and Zenor Corp merged.", ["Talbot Inc", "Zenor Corp"]),
        ("NEC and Fujitsu Ltd agreed.", ["Fujitsu Ltd"]),
        ("Premier Ann Lee Smith and Acme Widget Group Ltd met.", ["Acme Widget Group Ltd"]),
        ("Brill Bros Inc rose.", ["Brill Bros Inc"]),
        # a credit rating before a name is not part of it
        ("cut to CCC from B-plus Norwood Tool Corp's notes", ["Norwood Tool Corp"]),
        ("rated BBB Lantern Energy Inc bonds", ["Lantern Energy Inc"]),
        # a law firm's partners, today's press; a country before the ticker, wire copy
        ("On behalf of Roe, Lamont & Roe, LLP, the family said", ["Roe, Lamont & Roe, LLP"]),
        (
            "sold Harlan Co U.S.A., owned by Vell Inc USA <VL>, to",
            ["Harlan Co U.S.A.", "Vell Inc USA"],
        ),
        ("Acme Corp U.K. sales rose.", ["Acme Corp"]),
        # a given name or a place's first word written short opens the name, a middle
        # initial goes on with it (wire copy; today's press)
        ("Harlow Corp's Chas. P. Young Co unit said", ["Harlow Corp", "Chas. P. Young Co"]),
        ("CHICAGO - Wm. Brandt Jr Co expects", ["Wm. Brandt Jr Co"]),
        ("St. Ives Holdings plc fell.", ["St. Ives Holdings plc"]),
        ("A bank in St. Louis said Acme Corp rose.", ["Acme Corp"]),
    ],
)
def test_company_names_joined_by_and(text: str, names: list) -> None:
    from tui.core.nlp.entities import company_names

    assert [text[c.start : c.end] for c in company_names(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "long", "model", "short"),
    [
        # a founder's possessive stays in the short name (the model drops it)
        (
            "Dunmore's Investors Service Inc cut the notes. Dunmore's cited weak sales.",
            "Dunmore's Investors Service Inc",
            "Dunmore",
            ["Dunmore's"],
        ),
        (
            "Hollis's Group Holdings plc, the retailer, said Hollis's would cut jobs.",
            "Hollis's Group Holdings plc",
            "Hollis",
            ["Hollis's"],
        ),
        # the initials of two names joined by "and", as news writes them
        (
            "Harrow and Pike Corp cut its rating. H and P said the H/P view held; H&P added",
            "Harrow and Pike Corp",
            None,
            ["H and P", "H/P", "H&P"],
        ),
        # the short name given in brackets, capitals or not
        (
            "the Federation of Cocoa Growers (Fedcocoa) said. Fedcocoa expects more",
            "Federation of Cocoa Growers",
            None,
            ["Fedcocoa", "Fedcocoa"],
        ),
        # a company's first words, and a team by its name alone
        (
            "Brandt Fowler Hale Stores Inc will split. Brandt Fowler holders agreed.",
            "Brandt Fowler Hale Stores Inc",
            None,
            ["Brandt Fowler"],
        ),
        (
            "The Boston Rockets beat Denver. The Rockets lead the league.",
            "Boston Rockets",
            None,
            ["Rockets"],
        ),
    ],
)
def test_later_mentions_by_a_companys_short_name(
    text: str, long: str, model: str | None, short: list
) -> None:
    from tui.core.nlp.entities import Candidate, org_short_mentions

    candidates = [Candidate(*_at(text, long), "ORG", rule=True)]
    if model:
        at = text.rindex(model)
        candidates.append(Candidate(at, at + len(model), "ORG"))
    found = org_short_mentions(text, candidates, [])
    assert [
        text[c.start : c.end] for c in found if c.start >= text.index(long) + len(long)
    ] == short


@pytest.mark.parametrize(
    ("piece", "label", "expected"),
    [
        ("Otago province", "GPE", ("Otago", "GPE")),
        ("Ann Wright-director", "PERSON", ("Ann Wright", "PERSON")),
        ("Lakeland County Sheriff", "PERSON", ("Lakeland County", "GPE")),
        ("Metro Homicide Capt.", "ORG", ("Metro Homicide", "ORG")),
        ("Horizon Funding corp", "ORG", ("Horizon Funding corp", "ORG")),
        ("Office of the Chief", "ORG", ("Office of the Chief", "ORG")),
        ("Hong Kong-based", "GPE", ("Hong Kong", "GPE")),
    ],
)
def test_what_a_name_never_ends_with(piece: str, label: str, expected: tuple) -> None:
    from tui.core.nlp.entities import trim_tail

    text = f"said {piece} today"
    start, end, got = trim_tail(text, 5, 5 + len(piece), label)
    assert (text[start:end], got) == expected


def test_a_place_and_an_organisations_word_or_a_team() -> None:
    from tui.core.nlp.entities import Candidate, place_organisations

    text = (
        "Kent Police and the Boston Rockets met Ohio Democrats, Ann Sanders and Leeds University."
    )
    candidates = [
        Candidate(*_at(text, "Kent"), "PERSON"),
        Candidate(*_at(text, "Boston"), "GPE"),
        Candidate(*_at(text, "Ohio"), "GPE"),
        Candidate(*_at(text, "Ann"), "PERSON"),
        Candidate(*_at(text, "Leeds"), "GPE"),
    ]
    assert _spans(text, place_organisations(text, candidates)) == [
        ("Ann", "PERSON"),
        ("Boston Rockets", "ORG"),
        ("Kent Police", "ORG"),
        ("Leeds University", "ORG"),
        ("Ohio", "GPE"),
    ]


@pytest.mark.parametrize(
    ("headline", "story", "name"),
    [
        (
            "FINAL TERMS SET ON NORWOOD TOOL CORP BONDS",
            "Norwood Tool Corp said",
            "NORWOOD TOOL CORP",
        ),
        (
            "KESTREL UPGRADES LANTERN ENERGY INC",
            "Lantern Energy Inc was raised",
            "LANTERN ENERGY INC",
        ),
        ("ACME WIDGET CO SETS PAYOUT", "The Acme Widget Co board met", "ACME WIDGET CO"),
        # a name the story does not echo stays whole
        (
            "HALVERSON ENERGY INC 4TH QTR NET",
            "Net rose at Delta Energy Corp",
            "HALVERSON ENERGY INC",
        ),
        ("J.R. PELLMAN AND CO 1ST QTR NET", "Shr 84 cts vs 80 cts", "J.R. PELLMAN AND CO"),
    ],
)
def test_a_company_in_a_capitals_headline_starts_where_the_story_echoes_it(
    headline: str, story: str, name: str
) -> None:
    from tui.core.nlp.entities import company_names, headline_entities

    text = f"{headline}\n\nNEW YORK, March 2 - {story}."
    found = company_names(text, 0, len(text))
    result = headline_entities(text, found, (0, len(headline)), caps=True)
    assert [text[c.start : c.end] for c in result if c.end <= len(headline)] == [name]


@pytest.mark.parametrize(
    ("text", "long", "label", "place", "kept"),
    [
        ("The Oman Herald said", "Oman Herald", "ORG", "Oman", False),
        ("Bank of Freedonia Corp rose", "Bank of Freedonia Corp", "ORG", "Freedonia", False),
        ("leaders from South Freedonia met", "South Freedonia", "LOC", "Freedonia", False),
        # a person's name is no longer name of a place; "U.S." may end a sentence
        ("Kent Jones said", "Kent Jones", "PERSON", "Kent", True),
        ("exports to the U.S. Rose sharply", "U.S. Rose", "ORG", "U.S.", True),
    ],
)
def test_a_known_place_inside_a_longer_name(
    text: str, long: str, label: str, place: str, kept: bool
) -> None:
    from tui.core.nlp.entities import Candidate, places_in_longer_names

    candidates = [
        Candidate(*_at(text, long), label),
        Candidate(*_at(text, place), "GPE", "place", from_kb=True),
    ]
    found = _spans(text, places_in_longer_names(text, candidates))
    assert ((place, "GPE") in found) is kept


def test_a_town_by_its_state_and_a_demonym_is_no_place() -> None:
    from tui.core.nlp.entities import Candidate, places_by_their_state

    text = "Police in Lakewood, Colo. and Dunmore, Italy met the Ukrainian; Acme, Ohio's largest"
    candidates = [
        Candidate(*_at(text, "Lakewood"), "ORG"),
        Candidate(*_at(text, "Dunmore"), "ORG"),
        Candidate(*_at(text, "Ukrainian"), "GPE"),
        Candidate(*_at(text, "Acme"), "ORG"),
    ]
    assert _spans(text, places_by_their_state(text, candidates)) == [
        ("Acme", "ORG"),
        ("Dunmore", "GPE"),
        ("Lakewood", "GPE"),
    ]


def test_a_name_said_again_and_a_short_form_two_companies_share() -> None:
    from tui.core.nlp.entities import Candidate, org_short_mentions

    text = (
        "Halvex Corp will sell Halvex Air Ltd. Later, Halvex said the TVX-2 channel "
        "would float; TVX-2 shares rise."
    )
    halvex = text.index("Halvex said")
    candidates = [
        Candidate(*_at(text, "Halvex Corp"), "ORG", rule=True),
        Candidate(*_at(text, "Halvex Air Ltd"), "ORG", rule=True),
        Candidate(halvex, halvex + 6, "PERSON"),
        Candidate(*_at(text, "TVX-2"), "ORG"),
    ]
    found = _spans(text, org_short_mentions(text, candidates, []))
    assert found.count(("TVX-2", "ORG")) == 2
    assert ("Halvex", "ORG") in found


@pytest.mark.parametrize(
    ("text", "piece", "label", "expected"),
    [
        ("published by the Monitor magazine", "Monitor", "PERSON", "ORG"),
        ("told the Courier newspaper", "Courier", "GPE", "ORG"),
        ("the honesty of Brazilian exporters", "Brazilian", "ORG", None),
        ("a blow on the Ukrainian.", "Ukrainian", "GPE", None),
    ],
)
def test_publications_and_peoples_adjectives(text: str, piece: str, label: str, expected) -> None:
    from tui.core.nlp.entities import Candidate, places_by_their_state

    found = places_by_their_state(text, [Candidate(*_at(text, piece), label)])
    assert [c.label for c in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("said Ann Roe, director of the central bank's debt office.", "Ann Roe", "PERSON"),
        ("Piet Kros, an energy economist with Delta Data Inc, said", "Piet Kros", "PERSON"),
        ("Kallio, the union's chief negotiator, said", "Kallio", "PERSON"),
        # an organisation's word, a place or a company stays as it was
        ("Kent Police, a spokesman said,", "Kent Police", "ORG"),
        ("Norway, an oil exporter, said", "Norway", "GPE"),
    ],
)
def test_a_name_before_a_persons_role(text: str, name: str, label: str) -> None:
    from tui.core.nlp.entities import Candidate, people_by_role

    first = "GPE" if name == "Norway" else "ORG"
    found = people_by_role(text, [Candidate(*_at(text, name), first)])
    assert [c.label for c in found] == [label]


def test_an_employer_before_a_role_and_a_persons_name() -> None:
    from tui.core.nlp.entities import Candidate, employers_by_role

    text = "Harwood Brothers analyst Ann Roe and Delta Data senior economist Piet Kros agreed."
    candidates = [
        Candidate(*_at(text, "Harwood Brothers"), "PERSON"),
        Candidate(*_at(text, "Ann Roe"), "PERSON"),
        Candidate(*_at(text, "Delta Data"), "PERSON"),
        Candidate(*_at(text, "Piet Kros"), "PERSON"),
    ]
    assert _spans(text, employers_by_role(text, candidates)) == [
        ("Ann Roe", "PERSON"),
        ("Delta Data", "ORG"),
        ("Harwood Brothers", "ORG"),
        ("Piet Kros", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("text", "long", "expected"),
    [
        ("the yen against the U.S. Dollar rose", "U.S. Dollar", ("U.S.", "GPE")),
        ("the Japan Economy grew; the economy", "Japan Economy", ("Japan", "GPE")),
        ("the Japan Times said", "Japan Times", ("Japan Times", "ORG")),
    ],
)
def test_a_place_and_a_common_word_is_the_place(text: str, long: str, expected: tuple) -> None:
    from tui.core.nlp.entities import Candidate, places_in_longer_names

    found = places_in_longer_names(text, [Candidate(*_at(text, long), "ORG")])
    assert _spans(text, found) == [expected]


def test_the_angle_brackets_of_wire_copy_are_no_part_of_a_name() -> None:
    from tui.core.nlp.entities import trim_span

    text = "won an order from the <Bank of Freedonia>."
    start = text.index("<")
    s, e = trim_span(text, start, text.index(">") + 1)
    assert text[s:e] == "Bank of Freedonia"


def test_a_particle_inside_a_persons_name() -> None:
    from tui.core.nlp.entities import Candidate, short_name_mentions

    text = "Luis Mendes de Ortega met bankers. Ortega said talks went well."
    at = text.rindex("Ortega")
    candidates = [
        Candidate(*_at(text, "Luis Mendes de Ortega"), "PERSON"),
        Candidate(at, at + 6, "ORG"),
    ]
    assert ("Ortega", "PERSON") in _spans(text, short_name_mentions(text, candidates, [], []))


@pytest.mark.parametrize(
    ("headline", "story", "name"),
    [
        ("INT'L WIDGET <IWG> SETS PAYOUT", "International Widget Corp said", "INT'L WIDGET"),
        ("NAT'L SEALS CUTS STAFF", "National Seals Inc said", "NAT'L SEALS"),
    ],
)
def test_a_capitals_headline_writes_words_short(headline: str, story: str, name: str) -> None:
    from tui.core.nlp.entities import company_names, headline_entities

    text = f"{headline}\n\nBOSTON, May 2 - {story}."
    found = company_names(text, 0, len(text))
    result = headline_entities(text, found, (0, len(headline)), caps=True)
    assert [text[c.start : c.end] for c in result if c.end <= len(headline)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("advised by The Second Harbour Corp in the deal", "The Second Harbour Corp"),
        ("The Second Harbour Corp said", "Second Harbour Corp"),
    ],
)
def test_a_capital_the_mid_sentence_is_the_names(text: str, expected: str) -> None:
    from tui.core.nlp.entities import company_names, trim_span

    assert [text[c.start : c.end] for c in company_names(text, 0, len(text))] == [expected]
    start = text.index("The")
    s, e = trim_span(text, start, start + len("The Second Harbour Corp"))
    assert text[s:e] == expected


@pytest.mark.parametrize(
    ("piece", "kept"),
    [
        ("Mt Halla", False),
        ("Mount Kembla", False),
        ("Orinoco River", False),
        ("Tasman Sea", False),
        ("Rhode Island", True),
        ("Halla Village", True),
    ],
)
def test_a_mountain_a_river_or_a_sea_is_no_gpe(piece: str, kept: bool) -> None:
    from tui.core.nlp.entities import Candidate, places_by_their_state

    text = f"near {piece} on Monday"
    found = places_by_their_state(text, [Candidate(*_at(text, piece), "GPE")])
    assert bool(found) is kept


@pytest.mark.parametrize(
    ("text", "piece", "label", "kept"),
    [
        # wire copy: a weekly money-supply release
        ("M-1 money supply rose 1.2 billion dlrs in the week, the Fed said.", "M-1", "ORG", False),
        (
            "Sterling M3 grew 0.8 pct in the month, money figures showed.",
            "Sterling M3",
            "ORG",
            False,
        ),
        ("The broad M2 measure of money fell in March.", "broad M2", "PRODUCT", False),
        ("The bank targets M0 growth of 2-6 pct; money markets were calm.", "M0", "NORP", False),
        # today's press: the same aggregates, and a motorway in a story about traffic
        ("Eurozone M3 money growth slowed to 3.1% in May.", "M3", "GPE", False),
        ("Traffic on the M1 was halted near Luton after a crash.", "M1", "FAC", True),
        # a futures table's contract months
        ("COCOA MAY7 1,560 JUL7 1,590 SEP7 1,615", "MAY7", "ORG", False),
        ("Sugar OCT87 6.85 cts, down 0.1.", "OCT87", "PERSON", False),
    ],
)
def test_a_measure_is_no_name(text: str, piece: str, label: str, kept: bool) -> None:
    """A money-supply aggregate in an article about money, and a futures contract's month,
    are measures that models take for names of any kind."""
    from tui.core.nlp.entities import Candidate, things_not_names

    found = things_not_names(text, [Candidate(*_at(text, piece), label)])
    assert bool(found) is kept


def test_a_generation_after_a_name_keeps_it_a_persons() -> None:
    from tui.core.nlp.entities import Candidate, short_name_mentions

    for text, full in [
        ("Milo James Tenney Jr. fled. Tenney was caught.", "Milo James Tenney Jr."),
        ("Ruth Ames Sr said later that Ames would stay.", "Ruth Ames Sr"),
    ]:
        surname = text.rindex(full.split()[-2].rstrip(","))
        candidates = [
            Candidate(*_at(text, full), "PERSON"),
            Candidate(surname, surname + len(full.split()[-2]), "ORG"),
        ]
        found = _spans(text, short_name_mentions(text, candidates, [], []))
        assert (full.split()[-2], "PERSON") in found


# --- dates that look ahead ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ahead", "value"),
    [
        # a Wednesday report (4 March 1987; today's press: 6 March 2024, also a Wednesday)
        ("Monday", False, "1987-03-02"),
        ("Monday", True, "1987-03-09"),
        ("the second quarter", True, "1987-04-01/1987-06-30"),
        ("June eight", True, "1987-06-08"),
        ("last Monday", True, "1987-03-02"),
        ("March 3", True, "1987-03-03"),  # just past: what was, whatever the verb
        ("Pay April Two", False, None),
        ("April Two", False, "1987-04-02"),
        ("July twenty-one", True, "1987-07-21"),
    ],
)
def test_a_date_in_a_clause_about_what_is_to_come(text: str, ahead: bool, value) -> None:
    import datetime

    from tui.core.nlp.dates import normalise_date

    assert normalise_date(text, datetime.date(1987, 3, 4), ahead=ahead) == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Ministers will meet on Friday, officials said on Monday.", ["Friday"]),
        ("The firm said on Tuesday it plans to sign the deal on Thursday.", ["Thursday"]),
        ("The court said it would rule on Friday.", ["Friday"]),
        ("The loan is due on Monday.", ["Monday"]),
        # a present "be" and an infinitive: what is planned (today's press and wire copy)
        ("The austerity bill is to be voted on Thursday, officials said on Monday.", ["Thursday"]),
        ("OPEC ministers are to meet on Friday in Vienna.", ["Friday"]),
        # a passive infinitive describing a noun: what is to be done to it
        ("The government was preparing for the measures to be voted on Thursday.", ["Thursday"]),
        # a participle describing a noun inside a plan: what was done to it
        (
            "The riots hit the premier's plans to push through cuts in exchange for an aid "
            "package unveiled on Tuesday.",
            [],
        ),
        # ... unless it is a word of intent, or its words set a limit ahead or an aim
        ("Ministers will review the vote scheduled for Friday.", ["Friday"]),
        ("A bonus will be paid on all cane harvested by Friday, he said.", ["Friday"]),
        (
            "Costs will rise, with overtime incurred to keep the plant on schedule by Monday.",
            ["Monday"],
        ),
        # "ahead of": what comes
        ("Unions marched on Tuesday ahead of Thursday's vote.", ["Thursday"]),
        # a level a price is above is no time to come
        ("The index rose on Tuesday to 72.4, well ahead of Friday's final 71.8.", []),
        # the day something was put off to, whatever the tense (two desks' wording)
        (
            "Talks planned for today were rescheduled for Thursday, the union said.",
            ["Thursday"],
        ),
        ("Strike talks postponed till Monday", ["Monday"]),
        ("The hearing was adjourned to Tuesday after the judge fell ill.", ["Tuesday"]),
        ("The vote has been delayed until Friday, the speaker's office said.", ["Friday"]),
        # ... not a day it happened on, nor a price or a share it moved to
        ("The board postponed the offer on Monday.", []),
        ("Trading in the shares was suspended on Tuesday pending an announcement.", []),
        # not a plan: what was to have been, or who is at fault
        ("He was to have met them on Monday.", []),
        ("Police said the driver is to blame for Tuesday's crash.", []),
    ],
)
def test_future_clauses(models, sentence: str, dates: list) -> None:
    from tui.core.nlp.extractor import future_clauses

    spans = future_clauses(models["en"](sentence))
    ahead = [
        w
        for w in ("Monday", "Tuesday", "Thursday", "Friday")
        if w in sentence and any(s <= sentence.index(w) < e for s, e in spans)
    ]
    assert ahead == dates


@pytest.mark.parametrize(
    ("text", "back", "value"),
    [
        # a report of 28 November 2005: a bare month read ahead is the coming one ...
        ("February", False, "2006-02"),
        # ... unless what it dates is past ("the last quake was in February")
        ("February", True, "2005-02"),
        ("December 12", True, "2004-12-12"),
        ("October", True, "2005-10"),  # already before the report: unchanged
        ("next February", True, "2006-02"),  # its own words say when
        ("Sunday", True, "2005-11-27"),
    ],
)
def test_a_date_of_what_has_happened(text: str, back: bool, value) -> None:
    import datetime

    from tui.core.nlp.dates import normalise_date

    assert normalise_date(text, datetime.date(2005, 11, 28), back=back) == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("The last big quake there was in February, officials said.", ["February"]),
        ("Officials met in December and agreed on a plan.", ["December"]),
        ("The storm has destroyed crops since March.", ["March"]),
        ("The vote was postponed until February.", []),
        ("Talks will resume in February.", []),
        ("The sale removed the need for a May auction.", []),
        ("Meal was offered at 4.00 dlrs over May.", []),
        ("Interest was paid through June.", []),
    ],
)
def test_past_phrases(models, sentence: str, dates: list) -> None:
    from tui.core.nlp.extractor import past_phrases

    spans = past_phrases(models["en"](sentence))
    back = [
        w
        for w in ("February", "December", "March", "May", "June")
        if w in sentence and any(s <= sentence.index(w) < e for s, e in spans)
    ]
    assert back == dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the coming week", "1987-03-09/1987-03-15"),
        ("the current quarter", "1987-01-01/1987-03-31"),
        ("the first half", "1987-01-01/1987-06-30"),
        ("fourth-quarter", "1986-10-01/1986-12-31"),
        ("3rd qtr", "1986-07-01/1986-09-30"),
        ("year-ago", "1986"),
    ],
)
def test_relative_periods(text: str, value: str) -> None:
    import datetime

    from tui.core.nlp.dates import normalise_date

    assert normalise_date(text, datetime.date(1987, 3, 4)) == value


@pytest.mark.parametrize(
    ("text", "period", "value"),
    [
        ("WIDGET CO 3RD QTR NOV 30 NET", "3RD QTR", "1986-09-01/1986-11-30"),
        (
            "profit for the first quarter ended February 21 rose",
            "the first quarter",
            "1986-11-22/1987-02-21",
        ),
        ("sales in the six months to Jan 31 fell", "the six months", "1986-08-01/1987-01-31"),
    ],
)
def test_a_fiscal_period_ends_on_its_day(text: str, period: str, value: str) -> None:
    import datetime

    from tui.core.nlp.dates import fiscal_value
    from tui.core.nlp.extractor import fiscal_dates

    found = fiscal_dates(text, 0, len(text))
    assert [text[c.start : c.end] for c in found][0] == period
    end = text[found[1].start : found[1].end]
    assert fiscal_value(period, end, datetime.date(1987, 3, 4)) == value


# --- no names: streets, buildings, vessels, indices ----------------------------------------


def _every(text: str, piece: str) -> list[tuple[int, int]]:
    out, start = [], text.find(piece)
    while start != -1:
        out.append((start, start + len(piece)))
        start = text.find(piece, start + 1)
    return out


@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        # today's press: streets and squares, in English and the French way
        ("Police found him in a flat on Harbour Street.", "Harbour Street", "ORG"),
        ("The shop stands near the Place Clichy in Paris.", "Place Clichy", "ORG"),
        ("Guests left the Grand Orient Hotel by noon.", "Grand Orient Hotel", "ORG"),
        # wire copy: a plant, a mine, a market index
        ("Output at its Dunmore Assembly Plant fell.", "Dunmore Assembly Plant", "ORG"),
        ("Ore from the Blue Lode Mine was milled.", "Blue Lode Mine", "ORG"),
        ("Much depends on the Hang Seng index, a dealer said.", "Hang Seng", "ORG"),
        ("The Nikkei stock index fell 40 points.", "Nikkei", "ORG"),
    ],
)
def test_streets_buildings_and_indices_are_no_names(text: str, piece: str, label: str) -> None:
    from tui.core.nlp.entities import Candidate, things_not_names

    assert things_not_names(text, [Candidate(*_at(text, piece), label)]) == []


def test_a_vessel_is_no_name_in_any_of_its_mentions() -> None:
    from tui.core.nlp.entities import Candidate, things_not_names

    # wire copy and today's press; the owner stays, and so does a rule's name
    text = (
        "The car ferry Spirit of Dunmore capsized. The owners, Harwick Lines, said ships like "
        "the Spirit of Dunmore were safe. The aircraft carrier Lone Star is in the Gulf."
    )
    candidates = [
        *(Candidate(s, e, "ORG") for s, e in _every(text, "Spirit of Dunmore")),
        Candidate(*_at(text, "Harwick Lines"), "ORG"),
        Candidate(*_at(text, "Lone Star"), "PERSON"),
    ]
    assert _spans(text, things_not_names(text, candidates)) == [("Harwick Lines", "ORG")]


# --- known towns where the text makes them places ------------------------------------------


def test_a_known_town_after_a_preposition_of_place() -> None:
    from tui.core.nlp.entities import Candidate, towns_in_context

    # wire copy: a model's ORG of a town, and the same town before a common noun
    text = (
        "Floods cut the city of Invercargill from the coast. Invercargill airport was "
        "closed and crews came from Yeovil; a lorry went on to Timaru."
    )
    candidates = [
        *(Candidate(s, e, "ORG") for s, e in _every(text, "Invercargill")),
        Candidate(*_at(text, "Yeovil"), "ORG"),
    ]
    assert _spans(text, towns_in_context(text, candidates)) == [
        ("Invercargill", "GPE"),
        ("Invercargill", "GPE"),
        ("Timaru", "GPE"),
        ("Yeovil", "GPE"),
    ]


def test_a_towns_name_stays_a_person_or_a_company_where_the_article_says_so() -> None:
    from tui.core.nlp.entities import Candidate, towns_in_context

    # today's press: a surname that is also a town; a company named after its town
    text = (
        "Senator Ann Warren wrote to Warren. A letter from Warren came back. "
        "Santos Ltd said the operations of Santos grew, and Santos shares rose in Reading."
    )
    warren = _every(text, "Warren")
    santos = _every(text, "Santos")
    candidates = [
        Candidate(*_at(text, "Ann Warren"), "PERSON"),
        Candidate(*warren[1], "PERSON"),
        Candidate(*warren[2], "PERSON"),
        Candidate(*_at(text, "Santos Ltd"), "ORG", rule=True),
        Candidate(*santos[1], "ORG"),
        Candidate(*santos[2], "ORG"),
    ]
    found = _spans(text, towns_in_context(text, candidates))
    assert found.count(("Warren", "PERSON")) == 2
    assert found.count(("Santos", "ORG")) == 2
    assert ("Reading", "GPE") in found


# --- one name, one label --------------------------------------------------------------------


def test_a_persons_evidence_relabels_every_mention_of_the_name() -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    # today's press: a full name and a surname a model took for a company
    text = (
        "Nell Quarry, the pin-up model who shaped an era, died. Quarry left her job early. "
        "A Quarry exhibition opened."
    )
    candidates = [
        Candidate(*_at(text, "Nell Quarry"), "ORG"),
        *(Candidate(s, e, "ORG") for s, e in _every(text, "Quarry")[1:]),
    ]
    assert _spans(text, one_label_per_name(text, candidates)) == [
        ("Nell Quarry", "PERSON"),
        ("Quarry", "PERSON"),
        ("Quarry", "PERSON"),
    ]


def test_a_title_decides_and_a_headline_echo_follows() -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    # wire copy: a title before a surname; the headline's mention of it goes with it
    text = "Tanaka To Visit Paris\nPremier Tanaka will fly on Monday. Tanaka said so."
    candidates = [Candidate(s, e, "ORG") for s, e in _every(text, "Tanaka")]
    assert [c.label for c in one_label_per_name(text, candidates)] == ["PERSON"] * 3


def test_a_companys_evidence_relabels_a_model_person() -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    # wire copy: a one-word company read as a person; a person's surname stays
    text = (
        "Zentrix officials declined comment. Zentrix said its plant would close. "
        'Ana Peres spoke. Peres said: "With its decision, we win."'
    )
    candidates = [
        *(Candidate(s, e, "PERSON") for s, e in _every(text, "Zentrix")),
        Candidate(*_at(text, "Ana Peres"), "PERSON"),
        Candidate(*_every(text, "Peres")[1], "PERSON"),
    ]
    assert _spans(text, one_label_per_name(text, candidates)) == [
        ("Ana Peres", "PERSON"),
        ("Peres", "PERSON"),
        ("Zentrix", "ORG"),
        ("Zentrix", "ORG"),
    ]


@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        # a town's name needs a title, a pronoun may be anyone's
        ("Our Lakewood units responded and she called.", "Lakewood", "ORG"),
        # a team opened by its city is no person's name
        ("The Boston Harbors, who won, left.", "Boston Harbors", "ORG"),
        # "who" belongs to the nearest noun
        ("A Dunmore Foods plant worker who was fired returned.", "Dunmore Foods", "ORG"),
        # a model's place needs a title too
        ("He went to Malibu, where she lived.", "Malibu", "GPE"),
    ],
)
def test_weak_evidence_decides_nothing(text: str, piece: str, label: str) -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    found = one_label_per_name(text, [Candidate(*_at(text, piece), label)])
    assert [c.label for c in found] == [label]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # sports press: a team with its article, a player's pronoun after it
        (
            "The Harbor Kings have made an offer. The Harbor Kings asked for a meeting so "
            "he can hear their pitch.",
            "Harbor Kings",
        ),
        # a wire quote: the agency told something, the speaker's pronoun after it
        ("Ana Roe told The Coastal Press that she saw the fire.", "Coastal Press"),
        # today's press: a club with its article, "who" right after it
        ("Fans cheered the Silver Hawks, who won again.", "Silver Hawks"),
    ],
)
def test_a_pronoun_after_a_name_with_an_article_is_someone_elses(text: str, piece: str) -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    candidates = [Candidate(s, e, "ORG") for s, e in _every(text, piece)]
    assert {c.label for c in one_label_per_name(text, candidates)} == {"ORG"}


def test_a_pronoun_after_a_bare_name_still_counts() -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    # the same shape without the article: a person's name a model took for a company
    text = "Harbor Kingsley asked for a meeting so he can hear the pitch."
    found = one_label_per_name(text, [Candidate(*_at(text, "Harbor Kingsley"), "ORG")])
    assert [c.label for c in found] == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # wire copy: an agency before and after its noun
        ("Strikes spread, the official Tanjug news agency said.", "Tanjug"),
        ("He told the domestic news agency ZIANA that exports rose.", "ZIANA"),
        # today's press: a newspaper and a magazine
        ("It reacted to a report in the Daily Clarion newspaper.", "Daily Clarion"),
        ("She told People magazine she would return.", "People"),
        # a company's common noun before or after its name
        ("It signed with the state oil company Pertamina last week.", "Pertamina"),
        ("Fire crews fought a blaze at the Waitrose supermarket.", "Waitrose"),
        ("The deal made the chemicals firm Halvex richer.", "Halvex"),
    ],
)
def test_news_agencies_and_newspapers(text: str, name: str) -> None:
    from tui.core.nlp.entities import names_by_their_noun

    assert _spans(text, names_by_their_noun(text, [])) == [(name, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian news agency said so.",
        "The newspaper Tuesday said so.",
        "A Paris newspaper said so.",
        "Parent company profits rose.",
        "The Houston-based company said so.",
        "Shares of the company Tuesday rose.",
        "Another company, said the company Chairman.",
    ],
)
def test_no_publication_name_from_an_adjective_a_day_or_a_place(text: str) -> None:
    from tui.core.nlp.entities import Candidate, names_by_their_noun

    norp = [Candidate(*_at(text, "Iranian"), "NORP")] if "Iranian" in text else []
    assert names_by_their_noun(text, norp) == norp


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Gas sold at 2.10 dlrs per mln Btu in January.", "Btu"),
        ("The loan pays 7/8 pct over Libor.", "Libor"),
        ("The PSBR stays at 1.0 pct of GDP.", "PSBR"),
    ],
)
def test_units_and_rates_are_no_names(text: str, piece: str) -> None:
    from tui.core.nlp.entities import looks_like_name

    assert not looks_like_name([(piece, "PROPN", "NNP")], "en")


def test_an_age_after_a_name_is_a_persons() -> None:
    from tui.core.nlp.entities import Candidate, one_label_per_name

    # wire copy and today's press: an age in apposition
    text = "Mort Kessel, 71, retired. Kessel founded the shop; Dana Ruiz, 34, joined Kessel."
    candidates = [
        Candidate(*_at(text, "Mort Kessel"), "ORG"),
        *(Candidate(s, e, "ORG") for s, e in _every(text, "Kessel")[1:]),
        Candidate(*_at(text, "Dana Ruiz"), "GPE"),
    ]
    assert {c.label for c in one_label_per_name(text, candidates)} == {"PERSON", "GPE"}


def test_a_number_word_inside_a_name_keeps_the_name() -> None:
    from tui.core.nlp.entities import Candidate, overlaps_quantity

    # wire copy: a company named with a number word; today's press: a figure is no name
    text = "It bought Robert Half International Inc and Big One Ltd for 5 mln dlrs."
    quantities = [
        _figure(text, "Half", 0.5, "fraction"),
        _figure(text, "One", 1, "count"),
        _figure(text, "5 mln dlrs", 5e6, "USD", "MONEY"),
    ]
    assert not overlaps_quantity(
        Candidate(*_at(text, "Robert Half International Inc"), "ORG"), text, quantities
    )
    assert not overlaps_quantity(Candidate(*_at(text, "Big One Ltd"), "ORG"), text, quantities)
    assert overlaps_quantity(Candidate(*_at(text, "5 mln"), "ORG"), text, quantities)


def test_a_town_a_company_is_named_after_with_its_state() -> None:
    from tui.core.nlp.entities import Candidate, towns_in_context

    # wire copy: the company "Napa Pipe Corp" and its plant "in Napa, Calif."
    text = "Its plant in Napa, Calif., will be called Napa Pipe Corp; a stake in Santos."
    candidates = [
        Candidate(*_at(text, "Napa"), "ORG"),
        Candidate(*_at(text, "Napa Pipe Corp"), "ORG", rule=True),
        Candidate(*_at(text, "Santos"), "ORG"),
        Candidate(*_every(text, "Santos")[0], "ORG"),
    ]
    text_with_company = text + " Santos Ltd rose."
    candidates.append(Candidate(*_at(text_with_company, "Santos Ltd"), "ORG", rule=True))
    found = _spans(text_with_company, towns_in_context(text_with_company, candidates))
    assert ("Napa", "GPE") in found
    assert ("Santos", "ORG") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # today's press: a town's police before a role or a rank
        ("A Surrey Police spokeswoman said so.", [("Surrey Police", "ORG")]),
        ("Troy Police Lt. Ann Roe named him.", [("Troy Police", "ORG")]),
        # wire copy: a town's council; but not inside a longer name, nor an unknown word
        ("The Leeds Council voted.", [("Leeds Council", "ORG")]),
        ("The Troy Police Department said", []),
        ("New Troy Police said", []),
        ("The Zorbly Police said", []),
    ],
)
def test_a_towns_own_institution(text: str, expected: list) -> None:
    from tui.core.nlp.entities import town_organisations

    assert _spans(text, town_organisations(text, [])) == expected


def test_a_towns_institution_gives_no_short_form() -> None:
    from tui.core.nlp.entities import Candidate, org_short_mentions

    text = "Troy Police said a woman from Troy died."
    found = org_short_mentions(text, [Candidate(*_at(text, "Troy Police"), "ORG", rule=True)], [])
    assert _spans(text, found) == [("Troy Police", "ORG")]


# --- figures shared, bounded or left out across two ends, in any style ----------------------

ENDS = [
    # a bid and an offer in one word: whole numbers, an offer written short
    ("Platinum ended at 563/567 dlrs.", "US", [("563", 563, "USD"), ("567 dlrs", 567, "USD")]),
    (
        "Spot gold traded at 1,912/1,913 dollars.",
        "US",
        [("1,912", 1912, "USD"), ("1,913 dollars", 1913, "USD")],
    ),
    (
        "Sterling closed at 1.4560/70 dlrs.",
        "US",
        [("1.4560", 1.456, "USD"), ("70 dlrs", 1.457, "USD")],
    ),
    # a price a model takes for a date, after the unit was given
    (
        "Gold was fixed at 420.50 dlrs, below the close of 421.50/422.",
        "US",
        [("420.50 dlrs", 420.5, "USD"), ("421.50", 421.5, "USD"), ("422", 422, "USD")],
    ),
    # a range or a split written as one word, with its unit once
    (
        "Analysts value the team at $140-150MM.",
        "US",
        [("$140", 140e6, "USD"), ("150MM", 150e6, "USD")],
    ),
    ("Bidders put the unit at £3-4bn.", "GB", [("£3", 3e9, "GBP"), ("4bn", 4e9, "GBP")]),
    ("Output is shared 60-40 pct.", "US", [("60", 60, "percent"), ("40 pct", 40, "percent")]),
    (
        "Voters split 52-48 percent, and the Lakers won 102-98.",
        "US",
        [("52", 52, "percent"), ("48 percent", 48, "percent")],
    ),
    # the first end of a range written as one word takes the scale and unit of the second
    (
        "Output rose to 2.5-3 mln tonnes.",
        "US",
        [("2.5", 2.5e6, "tonne"), ("3 mln tonnes", 3e6, "tonne")],
    ),
    (
        "Exports are 1.0 mln bpd by pipe and 0.1-0.2 mln by truck.",
        "US",
        [
            ("1.0 mln bpd", 1e6, "barrel per day"),
            ("0.1", 1e5, "barrel per day"),
            ("0.2 mln", 2e5, "barrel per day"),
        ],
    ),
    # a price of the dollar in the story's currency
    ("The baht weakened to 25.40 per dollar.", "TH", [("25.40", 25.4, "THB")]),
    ("The peso slid to 18.002 to the U.S. dollar.", "PH", [("18.002", 18.002, "PHP")]),
    ("The peso slid to 18.002 to the U.S. dollar.", "US", [("18.002", 18.002, "count")]),
    # the other end of a duration is no figure either
    ("The union wants 35 hours from 40.", "US", []),
    ("Talks lasted from 10 to 12 hours, a strike two or three weeks.", "US", []),
    # a rate of nought, poll points, lengths in a glued "m"
    ("Their aim is zero inflation.", "GB", [("zero", 0, "percent")]),
    ("Growth last year was about zero.", "US", [("about zero", 0, "percent")]),
    ("His approval rating slipped four points.", "US", [("four points", 4, "pp")]),
    ("The index fell 12 points.", "US", [("12 points", 12, "point")]),
    ("The crater measured 20m by 30m.", "GB", [("20m", 20, "metre"), ("30m", 30, "metre")]),
    ("The wave was 5m high and cost £5m.", "GB", [("5m", 5, "metre"), ("£5m", 5e6, "GBP")]),
    # a quake's magnitude on its scale; pounds that are weighed
    ("A tremor registering 6.1 on the Richter scale hit.", "IR", [("6.1", 6.1, "magnitude")]),
    (
        "He is six feet tall, weighing approximately 200 pounds.",
        "US",
        [("six feet", 6, "foot"), ("approximately 200 pounds", 200, "pound")],
    ),
    (
        "The parcel weighed 9 pounds and cost 12 pounds.",
        "GB",
        [("9 pounds", 9, "pound"), ("12 pounds", 12, "GBP")],
    ),
    # "one" naming, not counting
    ("That would be one option, he said.", "US", []),
    ("One point of agreement was the budget.", "US", []),
    # a hyphen compound with a space before the hyphen; a misspelt unit
    ("A 6.1 -magnitude tremor hit.", "US", [("6.1 -magnitude", 6.1, "magnitude")]),
    ("Rates were cut 0.25 percentaage point.", "US", [("0.25 percentaage point", 0.25, "pp")]),
    # "an estimated" is no qualifier
    ("An estimated 3,000 people marched.", "US", [("3,000 people", 3000, "person")]),
    # the counted thing away from the number: "the number of" things, a figure said again
    (
        "This brings to 157 the number of goods cut. The 157 are among 290 items.",
        "US",
        [("157", 157, "good"), ("157", 157, "good"), ("290 items", 290, "item")],
    ),
    (
        "Police said the number of arrests climbed to 45. Twelve officers were hurt.",
        "US",
        [("45", 45, "arrest"), ("Twelve officers", 12, "officer")],
    ),
    # a unit kept over a percentage that is no change ("20 pct of funds ... 47.1 mln")
    (
        "Sales rose to 35.2 mln stg. Debt was 20 pct of funds and investments were 47.1 mln.",
        "GB",
        [("35.2 mln stg", 35.2e6, "GBP"), ("20 pct", 20, "percent"), ("47.1 mln", 47.1e6, "GBP")],
    ),
    # no figures: an hour of the clock, a product's name, kin by one parent
    ("Homes were evacuated before 9. Crews stayed until 11, when it rained.", "GB", []),
    ("He grabbed a 357 Magnum from the car.", "US", []),
    ("The airline flew its 747 Jumbo to Paris.", "US", []),
    ("His Half-brother Jonathan and a half-sister came.", "US", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "country", "expected"), ENDS)
def test_figures_at_two_ends(models, sentence: str, country: str, expected: list) -> None:
    from tui.core.nlp.places import national_currency
    from tui.core.nlp.quantities.grammar import extract_quantities

    doc = models["en"](sentence)
    found = extract_quantities(doc, "en", country=country)
    found = share_units(sentence, found, national_currency(country))
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "qualifiers"),
    [
        ("As many as 35 to 40 volunteer firefighters came.", ["le", "le"]),
        ("Up to 20-25 people were hurt.", ["le", "le"]),
        ("Output grew about 5-6 pct.", ["approx", "approx"]),
        ("Rates rose from about 5 pct to 10 pct.", ["approx", "exact"]),  # a change, no range
    ],
)
def test_a_qualifier_before_a_range_bounds_both_ends(
    models, sentence: str, qualifiers: list
) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), "USD")
    assert [q.qualifier for q in found] == qualifiers


def _assert_figures(found: list, expected: list) -> None:
    """The figures found are the expected ``(text, value, unit)``, in order."""
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value, rel=1e-3)


# --- "one" standing for someone -------------------------------------------------------------

ONE_NAMING = [
    # wire: the speaker after the verb, or before it
    ('"Demand is thin," said one dealer in Tokyo.', []),
    ("The market will recover, one banker added.", []),
    ("One analyst said the offer was too low.", []),
    # today's press: attribution, and "one of them"
    ('"We were stunned," says one neighbour who saw the fire.', []),
    ("Prices will ease, according to one economist, who expects a flat year.", []),
    ("Police spoke to one of them at the station.", []),
    # real counts stay
    ("The group will build one new plant in Ohio.", [("one new plant", 1, "plant")]),
    ("It sold one billion dlrs of notes.", [("one billion dlrs", 1e9, "USD")]),
    ("The chain keeps one office in Leeds.", [("one office", 1, "office")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), ONE_NAMING)
def test_one_standing_for_someone_is_no_figure(models, sentence: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en", country="US")
    _assert_figures(found, expected)


def test_a_bare_amount_takes_the_money_of_its_own_sentence() -> None:
    # The nearest money by position is in the next sentence; the one of its own sentence counts.
    text = (
        "Shares hit 538p on a 5 pct rise in profits to 1.39 billion. Analysts saw 1.40 billion stg."
    )
    found = [
        _figure(text, "538p", 5.38, "GBP", "MONEY"),
        _figure(text, "5 pct", 5, "percent", "PERCENT"),
        _figure(text, "1.39 billion", 1.39e9, "count"),
        _figure(text, "1.40 billion stg", 1.40e9, "GBP", "MONEY"),
    ]
    shared = share_units(text, found, "USD")
    assert [(q.label, q.unit) for q in shared][2] == ("MONEY", "GBP")


# --- number words inside names ----------------------------------------------------------------

IN_NAMES = [
    # wire: a company named after a person, with its legal suffix or a partner
    ("It announced the purchase of Robert Half International Inc, the franchisor.", []),
    ("Boothe acquired the Robert Half and Accountemps franchises in Boston.", []),
    # today's press: a person, a company opening with a number word
    ("The stake went to John Half, a trader, and One Liberty Properties Inc.", []),
    ("The firm was bought by Half Moon Holdings Ltd last year.", []),
    # the same words as figures stay
    (
        "Sales rose by half in the year, and half of the staff left.",
        [("half", 0.5, "fraction"), ("half", 0.5, "fraction")],
    ),
    ("Shares of Three Rivers Bancorp rose by a third.", [("a third", 0.3333, "fraction")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), IN_NAMES)
def test_a_number_word_inside_a_name_is_no_figure(models, sentence: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en", country="US")
    _assert_figures(found, expected)


# --- points of an interest rate ----------------------------------------------------------------

RATE_POINTS = [
    # wire: a headline in capitals, fractions in words and with a slash
    (
        "BANKS RAISE PRIME ONE-HALF POINT TO 7.5 PCT",
        [("ONE-HALF POINT", 0.5, "pp"), ("7.5 PCT", 7.5, "percent")],
    ),
    ("The banks raised their prime rate one-half point.", [("one-half point", 0.5, "pp")]),
    ("The Fed cut its discount rate by 1/4 point.", [("1/4 point", 0.25, "pp")]),
    (
        "They raised the prime rate by one point to six pct.",
        [("one point", 1, "pp"), ("six pct", 6, "percent")],
    ),
    # today's press: a yield
    ("Ten-year bond yields rose two points over the month.", [("two points", 2, "pp")]),
    # points of an index, of a game, and "one point of": no percentage points
    ("The Dow fell 20 points as interest rates rose.", [("20 points", 20, "point")]),
    ("Jordan scored 20 points and the Bulls won.", [("20 points", 20, "point")]),
    ("One point of agreement was the rate of pay.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), RATE_POINTS)
def test_points_of_an_interest_rate_are_percentage_points(
    models, sentence: str, expected: list
) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en", country="US")
    _assert_figures(found, expected)


# --- amounts of shares named before them -------------------------------------------------------

SHARES_BEFORE = [
    # wire: authorized shares, and the second end of the change counts the same
    (
        "Holders will vote on raising authorized shares to 400 mln, from 200 mln.",
        [("400 mln", 4e8, "share"), ("200 mln", 2e8, "share")],
    ),
    (
        "Holders approved raising the authorized common shares to 20 mln from eight mln.",
        [("20 mln", 2e7, "share"), ("eight mln", 8e6, "share")],
    ),
    # today's press: a verb or a price between, or no scale: nothing says they are shares
    ("The shares were sold for 40 mln.", [("40 mln", 4e7, "count")]),
    ("Shares of the group, valued at 40 mln, changed hands.", [("40 mln", 4e7, "count")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), SHARES_BEFORE)
def test_an_amount_counts_the_shares_its_clause_names_before_it(
    models, sentence: str, expected: list
) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), "USD")
    _assert_figures(found, expected)


# --- parts of a whole, shares, quakes, bores, heights and grain prices (round numbers5) --------

PARTS_AND_MEASURES = [
    # a part counts what its whole counts: wire and press, "of", "of the", a possessive
    (
        "The champion landed 178 of 369 punches.",
        [("178", 178, "punch"), ("369 punches", 369, "punch")],
    ),
    (
        "Officials said 30 of the 80 wounded were still in hospital.",
        [("30", 30, "person"), ("80", 80, "person")],
    ),
    ("The storm cut power to two of Ohio's largest utilities.", [("two", 2, "utility")]),
    (
        "Only three of the group's nine plants are running.",
        [("three", 3, "plant"), ("nine plants", 9, "plant")],
    ),
    # amounts of shares named before them across a copula, or after their change
    (
        "Average shares outstanding were 169.9 mln and 175.4 mln.",
        [("169.9 mln", 169.9e6, "share"), ("175.4 mln", 175.4e6, "share")],
    ),
    (
        "Holders approved an increase to 120 mln from 60 mln in authorized common shares.",
        [("120 mln", 120e6, "share"), ("60 mln", 60e6, "share")],
    ),
    ("The company's shares were worth 40 mln.", [("40 mln", 40e6, "count")]),
    # a quake's magnitude with words before its scale, or in "degrees"
    (
        "A quake registering 6.9 on the open-ended Richter scale struck.",
        [("6.9", 6.9, "magnitude")],
    ),
    ("The town was flattened by a 6.7 degree quake.", [("6.7", 6.7, "magnitude")]),
    # a firearm's calibre in inches; a height in feet and inches
    (
        "Police found a .32-caliber revolver and a 22-calibre rifle.",
        [(".32-caliber", 0.32, "inch"), ("22-calibre", 0.22, "inch")],
    ),
    (
        "The 6-foot-9 center scored 20 points.",
        [("6-foot-9", 6.75, "foot"), ("20 points", 20, "point")],
    ),
    ("She is 5-foot-4 in her socks.", [("5-foot-4", 5 + 4 / 12, "foot")]),
    # grain prices: a fraction of the last decimal place, a range of cents from the larger end
    (
        "Wheat closed 1-1/4 to 1/2 cents lower, May at 2.72-3/4 dlrs.",
        [("1-1/4", 0.0125, "USD"), ("1/2 cents", 0.005, "USD"), ("2.72-3/4 dlrs", 2.7275, "USD")],
    ),
    (
        "Corn futures ended 2-1/2 to 1-3/4 cents higher.",
        [("2-1/2", 0.025, "USD"), ("1-3/4 cents", 0.0175, "USD")],
    ),
    # a model's designation between a number and what it counts
    (
        "Officers found seven AK-47 assault rifles and three machine guns.",
        [("seven AK-47 assault rifles", 7, "rifle"), ("three machine guns", 3, "gun")],
    ),
    (
        "The rebels carried 14 AK-47 rifles and two M-16 rifles.",
        [("14 AK-47 rifles", 14, "rifle"), ("two M-16 rifles", 2, "rifle")],
    ),
    # a sign written as a word
    (
        "Prices rose one pct after a negative 1.4 pct last year.",
        [("one pct", 1, "percent"), ("negative 1.4 pct", -1.4, "percent")],
    ),
    ("Growth was minus 0.5 percent in the quarter.", [("minus 0.5 percent", -0.5, "percent")]),
    # two dimensions of one measure
    ("The yard is 20 by 30 feet.", [("20", 20, "foot"), ("30 feet", 30, "foot")]),
    # a proportion "one in N"
    (
        "The firm said one in every 500 Windows users was exposed.",
        [("one in every 500", 0.002, "fraction")],
    ),
    (
        "One in five adults smokes, and 1 in 4 voters is undecided.",
        [("One in five", 0.2, "fraction"), ("1 in 4", 0.25, "fraction")],
    ),
    # a fraction with a slash as the first end of a range, its unit after the second end
    (
        "Deposit rates were raised by 1/4 to 1/2 percentage point.",
        [("1/4", 0.25, "pp"), ("1/2 percentage point", 0.5, "pp")],
    ),
    (
        "Soybeans closed 1/4 to 3/4 cent higher.",
        [("1/4", 0.0025, "USD"), ("3/4 cent", 0.0075, "USD")],
    ),
    # "a" standing for one: half a point, about a block, a mile and a half
    ("Banks raised the prime rate half a point.", [("half a point", 0.5, "pp")]),
    (
        "The Fed cut its rate by half a percentage point.",
        [("half a percentage point", 0.5, "pp")],
    ),
    (
        "The shop is about a block from the station, nearly a mile from the river.",
        [("about a block", 1, "block"), ("nearly a mile", 1, "mile")],
    ),
    (
        "She had moved about a mile and a half away; the wall is two metres and a half high.",
        [("about a mile and a half", 1.5, "mile"), ("two metres and a half", 2.5, "metre")],
    ),
    # the first end of a range a model took for a date
    (
        "Meal was offered for 44 and 48 pct protein.",
        [("44", 44, "percent"), ("48 pct", 48, "percent")],
    ),
    (
        "Yields were 7 to 9 percent in the spring.",
        [("7", 7, "percent"), ("9 percent", 9, "percent")],
    ),
    # a part of a duration is no figure; one's two cents are an opinion
    ("Inmates spend 23 of every 24 hours in their cells.", []),
    ("He served 10 of the 15 years, then added his two cents' worth.", []),
    ("That is my two cents worth; the stamp cost two cents.", [("two cents", 0.02, "USD")]),
    # a space typed after a thousands comma; a vehicle's kind; "the number of" things
    (
        "Thieves made off with £35, 000 of jewellery and £910, 000 worth of watches.",
        [("£35, 000", 35000, "GBP"), ("£910, 000", 910000, "GBP")],
    ),
    ("The men drove a large four-by-four car into the store.", []),
    (
        "The reform would raise the number of seats from 65 to 125.",
        [("65", 65, "seat"), ("125", 125, "seat")],
    ),
    # a percentage or a measure glued to its number; a number inside a group's name
    (
        "KLM wants Vendex's 50-pct stake, on a 10-mile strip.",
        [("50-pct", 50, "percent"), ("10-mile", 10, "mile")],
    ),
    ("A 25-percent cut was agreed.", [("25-percent", 25, "percent")]),
    ("Sterling held ahead of the Group of Seven talks in Washington.", []),
    # a money-market band, a date in lower case, a kind of bond: no figures
    ("The Bank bought bills in band two at 10-13/16 pct.", [("10-13/16 pct", 10.8125, "percent")]),
    ("The rescheduling signed feb. 27 ended the talks.", []),
    ("It plans a zero coupon eurobond and a zero-coupon note.", []),
    # a bond's price per 100 of face value; a rate quoted with the other side's fraction only
    (
        "Tranche A is priced at 82 1/8 and tranche B at 73 7/8.",
        [("82 1/8", 82.125, "percent"), ("73 7/8", 73.875, "percent")],
    ),
    ("The eurobond is priced at 99.75, the lead manager said.", [("99.75", 99.75, "percent")]),
    (
        "Six months were quoted at 9-3/4 5/8 pct.",
        [("9-3/4", 9.75, "percent"), ("5/8 pct", 9.625, "percent")],
    ),
    # a fraction set against an amount lends it no unit; periods are no figures
    (
        "Profits rose by around half, from 1.042 to 1.504 bln bolivars.",
        [
            ("around half", 0.5, "fraction"),
            ("1.042", 1.042e9, "VEB"),
            ("1.504 bln bolivars", 1.504e9, "VEB"),
        ],
    ),
    ("There should be another month or two of weak sales and a good second half.", []),
    (
        "Output rose this month to 2.2-2.3 mln tonnes.",
        [("2.2", 2.2e6, "tonne"), ("2.3 mln tonnes", 2.3e6, "tonne")],
    ),
    # a calibre written apart; a street's block is an address; "a third" standing for one more
    ("Police said he had a .38 caliber revolver.", [(".38 caliber", 0.38, "inch")]),
    ("The fire broke out in the 12000 block of Roosevelt Boulevard.", []),
    ("Two were killed there. A third was also shot.", [("Two", 2, "person")]),
    ("The gunman critically wounded a third, police said.", []),
    (
        "Sales rose by a third, and a third of the staff left.",
        [("a third", 0.3333, "fraction"), ("a third", 0.3333, "fraction")],
    ),
    # wire abbreviations of measures; a time of the 24-hour clock is no figure
    ("The jet will have a combat radius of 830 kms.", [("830 kms", 830, "kilometre")]),
    (
        "Enquiries: Rotterdam/Karachi 20,000/21,000 mt shredded scrap.",
        [("20,000", 20000, "tonne"), ("21,000 mt", 21000, "tonne")],
    ),
    ("LONDON GASOIL CALL COMPLETE 0923 - APR 7", []),
    # nouns whose plural is the singular
    ("Hogs were steady on receipts of 900 head.", [("900 head", 900, "head")]),
    ("The airline will buy 12 aircraft.", [("12 aircraft", 12, "aircraft")]),
    # identifiers: a plant's unit, a reactor
    ("Unit 1 is due to start commercial operation in June.", []),
    ("Reactor 4 exploded, and Phase 2 of the plan was delayed.", []),
    # the numbers of a ratio of exchange are no figures
    ("Holders get 17 new shares for every 20 held.", []),
    ("The terms are one new share for each five held, the bank said.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), PARTS_AND_MEASURES)
def test_parts_shares_quakes_bores_heights_and_grain_prices(
    models, sentence: str, expected: list
) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), "USD")
    _assert_figures(found, expected)


def test_a_row_of_average_shares_without_vs_counts_shares() -> None:
    text = "Year\n  Revs 3.17 billion vs 1.83 billion\n  Avg shrs 80 mln\n"
    found = [
        _figure(text, "3.17 billion", 3.17e9, "count"),
        _figure(text, "1.83 billion", 1.83e9, "count"),
        _figure(text, "80 mln", 80e6, "count"),
    ]
    assert [q.unit for q in share_units(text, found, "USD")] == ["USD", "USD", "share"]


STOCK_PRICES = [
    # wire: a stock's move and price in eighths, the stock named in another sentence
    (
        "Acme Corp's stock fell sharply. Acme fell 3-1/8 to 77-3/8. Late on Friday the stock "
        "jumped to close up 3-3/8.",
        [("3-1/8", 3.125, "USD"), ("77-3/8", 77.375, "USD"), ("3-3/8", 3.375, "USD")],
    ),
    (
        "Shares of Zenith rose 1-1/2 to 22-1/4 in active trading.",
        [("1-1/2", 1.5, "USD"), ("22-1/4", 22.25, "USD")],
    ),
    # a bond's price in the same story is no share's
    (
        "The stock market was mixed. The 30-year Treasury bond fell 1/2 to 98-1/4 to yield 7.6 pct.",
        [("98-1/4", 98.25, "count"), ("7.6 pct", 7.6, "percent")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), STOCK_PRICES)
def test_eighths_in_a_story_about_stocks_are_share_prices(
    models, sentence: str, expected: list
) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), "USD")
    _assert_figures(found, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "figure", "unit"),
    [
        # wire: a count in a headline in capitals, read from its re-parse in sentence case
        ("ACME TO BUY BACK 500,000 COMMON SHARES", "500,000 COMMON SHARES", "share"),
        ("STORM DAMAGES 300 HOMES IN COASTAL TOWNS", "300 HOMES", "home"),
        # money reads the same in any case
        ("ACME TO RECEIVE 588 MLN DLRS FOR UNIT", "588 MLN DLRS", "USD"),
    ],
)
def test_figures_of_a_headline_in_capitals(
    extractor: Any, headline: str, figure: str, unit: str
) -> None:
    text = f"{headline}\n\nNEW YORK, March 3 - Acme Inc said it would act on Monday.\n"
    (annotation,) = extractor.extract([text_article(text)])
    found = [(q.text, q.unit) for q in annotation.quantities if q.end <= len(headline)]
    assert found == [(figure, unit)]


# --- round 6: the second audit's families ------------------------------------------------------

ROUND6 = [
    # deposit rates quoted as two sides with a comma: the unit once, an offer by its fraction
    (
        "Three-month deposits eased to 5-7/8, 3/4 pct from six, 5-7/8 on Thursday.",
        "KWD",
        [
            ("5-7/8", 5.875, "percent"),
            ("3/4 pct", 5.75, "percent"),
            ("six", 6, "percent"),
            ("5-7/8", 5.875, "percent"),
        ],
    ),
    (
        "Overnight money was quoted at 3-1/4, 3.10 percent late in the day.",
        "EUR",
        [("3-1/4", 3.25, "percent"), ("3.10 percent", 3.1, "percent")],
    ),
    # an exchange rate in the currency its sentence names, whatever the story's country
    (
        "The rial was quoted at 3.7520 to the dollar in late trade.",
        "KWD",
        [("3.7520", 3.752, "SAR")],
    ),
    ("The peso weakened to 13.45 per dollar on Friday.", "MXN", [("13.45", 13.45, "MXN")]),
    # a list gives its unit once, after the last item
    (
        "Tickets cost 20, 35 or 50 euros at the door.",
        "EUR",
        [("20", 20, "EUR"), ("35", 35, "EUR"), ("50 euros", 50, "EUR")],
    ),
    (
        "Paper will be issued in denominations of 250,000, 500,000 and one mln stg.",
        "GBP",
        [("250,000", 250000, "GBP"), ("500,000", 500000, "GBP"), ("one mln stg", 1e6, "GBP")],
    ),
    # a bond's price per 100 of face value, written before "issue price" / "reoffer price"
    (
        "The bonds carry a 7-1/2 pct coupon and a 99.50 reoffer price.",
        "GBP",
        [("7-1/2 pct", 7.5, "percent"), ("99.50", 99.5, "percent")],
    ),
    # an amount in billions after a change in percent is still money
    (
        "Exports rose to 3.2 trillion yen in May. That followed a 4.1 pct fall in April, "
        "to 2.9 trillion.",
        "JPY",
        [
            ("3.2 trillion yen", 3.2e12, "JPY"),
            ("4.1 pct", 4.1, "percent"),
            ("2.9 trillion", 2.9e12, "JPY"),
        ],
    ),
    # a range of money whose scale is written once, after the second end
    (
        "The bid came in between €8 and €9 billion, people familiar said.",
        "EUR",
        [("€8", 8e9, "EUR"), ("€9 billion", 9e9, "EUR")],
    ),
    # counts of things sold: the noun before "sales" or "deliveries"
    (
        "GM said car sales were off 8.6 pct to 98,036 from 107,207 a year before.",
        "USD",
        [("8.6 pct", 8.6, "percent"), ("98,036", 98036, "car"), ("107,207", 107207, "car")],
    ),
    (
        "Tractor deliveries rose to 4,210 in the quarter from 3,900.",
        "USD",
        [("4,210", 4210, "tractor"), ("3,900", 3900, "tractor")],
    ),
    # not counts of things sold: "retail" names no thing
    (
        "Retail sales rose 1.2 pct to 120,500 in May, the agency said.",
        "USD",
        [("1.2 pct", 1.2, "percent"), ("120,500", 120500, "count")],
    ),
    # the last day of a span of days is a date; a shotgun's gauge counts nothing
    ("The offer is open from May 2 to 16 and from June 1 through 14.", "USD", []),
    (
        "Sales for March 1 through 20 fell 60 pct to 1,550 cars.",
        "USD",
        [("60 pct", 60, "percent"), ("1,550 cars", 1550, "car")],
    ),
    ("Officers found a 20-gauge shotgun in the car.", "USD", []),
    # the minutes of a scraped clock time, a form's name, a product's release
    ("Updated: 09 Sep 2013 11:25 GMT+02: 00 Robbers fled.", "EUR", []),
    (
        "The company filed an 8-K report and a 10-Q filing with 3 exhibits.",
        "USD",
        [("3 exhibits", 3, "exhibit")],
    ),
    ("Users should upgrade from Firefox 2.0 to Firefox 3.0 at once.", "USD", []),
    # an area or a volume glued to its number by hyphens
    (
        "Qeshm, a 1,500-square-kilometer island, lies off the coast.",
        "USD",
        [("1,500-square-kilometer", 1500, "square kilometre")],
    ),
    ("They store oil in 400-cubic-foot tanks.", "USD", [("400-cubic-foot", 400, "cubic foot")]),
    # a group counted by its members in the singular; a plural counts the groups
    (
        "The ship and its 22 crew were freed. Eight crews fought the blaze.",
        "USD",
        [("22 crew", 22, "crew member"), ("Eight crews", 8, "crew")],
    ),
    ("The hospital laid off 300 staff last year.", "USD", [("300 staff", 300, "staff member")]),
    (
        "Mozilla shipped Thunderbird 3.1 to 20 million users.",
        "USD",
        [("20 million users", 20e6, "user")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND6)
def test_round6_families(models, sentence: str, currency: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), currency)
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


TABLES = [
    # premiums in the lead's currency, a row's own currency words for that row only
    (
        "METAL OPTIONS\n\nLONDON, May 4 - Dealers quoted premiums, sterling per tonne unless "
        "stated.\n\nTIN 11-14 17-21 UNQUOTED\n\n15-18 22-27 UNQUOTED DOLLARS\n\n"
        "COBALT 1-1.50 2.25- 3.00 CENTS A LB",
        [
            ("11", 11, "GBP"),
            ("14", 14, "GBP"),
            ("17", 17, "GBP"),
            ("21", 21, "GBP"),
            ("15", 15, "USD"),
            ("18", 18, "USD"),
            ("22", 22, "USD"),
            ("27", 27, "USD"),
            ("1", 0.01, "USD"),
            ("1.50", 0.015, "USD"),
            ("2.25", 0.0225, "USD"),
            ("3.00", 0.03, "USD"),
        ],
    ),
    # cash prices under a lead giving their basis, one column per day
    (
        "CASH OATS\n\nDes Moines, June 2 - Elevators bid these prices, in dlrs per bushel.\n\n"
        "PLACE TODAY PREVIOUS\n\nNORTH 1.62-1.65 1.60-1.63\n\nSOUTH 1.58 1.57",
        [
            ("1.62", 1.62, "USD"),
            ("1.65", 1.65, "USD"),
            ("1.60", 1.60, "USD"),
            ("1.63", 1.63, "USD"),
            ("1.58", 1.58, "USD"),
            ("1.57", 1.57, "USD"),
        ],
    ),
    # rows named in title case, dashes for an empty cell, the currency in a sentence on prices
    (
        "FEED VALUES\n\nOMAHA, June 2 - The agency posted these values.\n\nPrices per bushel "
        "are in U.S. dollars. Oats are priced per cwt.\n\nBARLEY OATS\n\nSioux City -- 2.14"
        "\n\nFort Dodge 1.98 --\n\nSt. Joseph 2.01 2.20",
        [
            ("2.14", 2.14, "USD"),
            ("1.98", 1.98, "USD"),
            ("2.01", 2.01, "USD"),
            ("2.20", 2.20, "USD"),
        ],
    ),
    # a unit closing the lead, with its scale; a row of years is column headings
    (
        "OUTPUT BY FIELD\n\nOSLO, May 4 - The directorate gave this breakdown of output, in "
        "mln tonnes\n\nFIELD 1985 1986\n\nNORTH 2.4 2.9\n\nSOUTH 0.6 0.5",
        [
            ("2.4", 2.4e6, "tonne"),
            ("2.9", 2.9e6, "tonne"),
            ("0.6", 0.6e6, "tonne"),
            ("0.5", 0.5e6, "tonne"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_a_price_table_under_its_lead(text: str, expected: list) -> None:
    found = share_units(text, [], "USD")
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.value == pytest.approx(value)


def test_no_price_table_without_a_basis_or_rows() -> None:
    # a price in the lead is no basis; a headline in capitals is no row
    text = (
        "HOGS UP 1.00 DLR\n\nOMAHA, May 4 - Hogs gained, top 51.25 dlrs per cwt.\n\n"
        "U.S. 1-2 210-240 49.25-50.00\n\nU.S. 1-3 240-260 48.25-49.00"
    )
    assert share_units(text, [], "USD") == []
    # a lead whose last line ends in a word that is no unit; prices in a currency's terms
    text = (
        "RESULTS\n\nPARIS, May 4 - Prices rose in dollar terms. The league gave these "
        "results, in order\n\nLyon 2 Nice 1\n\nLens 0 Metz 3"
    )
    assert share_units(text, [], "USD") == []


ANTECEDENTS = [
    # wire: counts standing as subjects after a counted figure of their sentence
    (
        "Six miners escaped unharmed, 29 made it to a lunch room, and 17 were found later.",
        [("Six miners", 6, "miner"), ("29", 29, "miner"), ("17", 17, "miner")],
    ),
    # today's press: the noun in the sentence before; "of them"; "others"
    (
        "Rescuers reached nine climbers on Sunday. Another 12 are still missing, officials said.",
        [("nine climbers", 9, "climber"), ("12", 12, "climber")],
    ),
    (
        "Five pirate boats tried to attack the convoy. After a brief skirmish, two of them fled.",
        [("Five pirate boats", 5, "boat"), ("two", 2, "boat")],
    ),
    (
        "Officials freed 40 hostages and 12 others late on Friday.",
        [("40 hostages", 40, "hostage"), ("12 others", 12, "hostage")],
    ),
    # not after "there were": the count says nothing of what it counts
    (
        "Police counted 12 trucks. There were five at the scene as well.",
        [("12 trucks", 12, "truck"), ("five", 5, "count")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), ANTECEDENTS)
def test_a_count_whose_noun_came_before(models, sentence: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en")
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


# --- round 7: the third audit's families -------------------------------------------------------

ROUND7 = [
    # a fraction of a point written as one word is a percentage point, as "half a point" is
    (
        "Traders expect a half-point cut in base rates, and the bank may shed a quarter-point "
        "in May.",
        "GBP",
        [("a half-point", 0.5, "pp"), ("a quarter-point", 0.25, "pp")],
    ),
    (
        "If the move comes before the budget, forecasts are for a half-point cut.",
        "USD",
        [("a half-point", 0.5, "pp")],
    ),
    # an index's level after "to", "at" or "from" is in points; its base is no figure
    (
        "The consumer price index rose 0.4 pct in May to 112.3 (base 100) from 111.8.",
        "USD",
        [("0.4 pct", 0.4, "percent"), ("112.3", 112.3, "point"), ("111.8", 111.8, "point")],
    ),
    ("The Nikkei index closed at 21,560 on Friday.", "JPY", [("21,560", 21560, "point")]),
    # items of a numbered list are no figures
    (
        "Members agreed on three points:  1) Reviews will be held yearly.  2) Prices may move "
        "by five pct.",
        "USD",
        [("three points", 3, "point"), ("five pct", 5, "percent")],
    ),
    (
        "Exemptions cover - (1) shares sold to the public and - (2) shares issued in a merger.",
        "USD",
        [],
    ),
    # a later day joined to a month's day is a date
    (
        "It bought the shares between Feb 10 and 27 at prices ranging from 48.125 to 53 dlrs "
        "a share.",
        "USD",
        [("48.125", 48.125, "USD"), ("53 dlrs", 53, "USD")],
    ),
    ("The fund sold stock on March 3 and 5, it said.", "USD", []),
    # a range's first end takes the scale and the story's currency its second end took
    (
        "Call money fell to 167 mln stg, while three-month credits rose to three to four billion.",
        "GBP",
        [("167 mln stg", 1.67e8, "GBP"), ("three", 3e9, "GBP"), ("four billion", 4e9, "GBP")],
    ),
    # after shares bought, the prices of a range are money, not shares
    (
        "The bank bought 870,100 common shares at prices ranging from 48.125 to 53.000 dlrs.",
        "USD",
        [
            ("870,100 common shares", 870100, "share"),
            ("48.125", 48.125, "USD"),
            ("53.000 dlrs", 53, "USD"),
        ],
    ),
    # the basis of a rate, a frequency, the half of a game, an idiom: no figures
    (
        "The rebate was 46.864 Ecus per 100 kilos, up from 45.678 Ecus.",
        "XEU",
        [("46.864 Ecus", 46.864, "XEU"), ("45.678 Ecus", 45.678, "XEU")],
    ),
    ("Deaths ran at 12 per 1,000 people.", "USD", [("12", 12, "count")]),
    ("The Colts will wear white at least one more time this season.", "USD", []),
    (
        "He ran 86 yards on the first play of the half with the ball.",
        "USD",
        [("86 yards", 86, "yard")],
    ),
    ("On the one hand, the ministry wants growth.", "USD", []),
    ("Half of the roof collapsed.", "USD", [("Half", 0.5, "fraction")]),
    # a ship's size in deadweight tonnes
    (
        "The 4,217 dwt vessel carried 3,000 tons of sugar.",
        "USD",
        [("4,217 dwt", 4217, "tonne"), ("3,000 tons", 3000, "tonne")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND7)
def test_round7_families(models, sentence: str, currency: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), currency)
    found = [q for q in found if q.label != "ORDINAL"]
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "span", "qualifier"),
    [
        # "up to" after the bare "be" of a modal or an infinitive bounds the figure
        ("The contract could be up to $180 million over eight years.", "up to $180 million", "le"),
        ("Output is expected to be up to 2.5 mln tonnes.", "up to 2.5 mln tonnes", "le"),
        # after a tensed "be" it says what a figure rose to
        ("Exports were up to 136,029 tonnes in May.", "136,029 tonnes", "exact"),
    ],
)
def test_up_to_after_a_modal_bounds(models, sentence: str, span: str, qualifier: str) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = extract_quantities(models["en"](sentence), "en")
    assert [(q.text, q.qualifier) for q in found] == [(span, qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire: a headline's bare amount is what the story says with its unit
        (
            "FARM LENDER LOSS PUT AT 900 MLN\n\nWASHINGTON, March 12 - The lender may lose "
            "about 900 mln dlrs this year.",
            [("900 MLN", "MONEY", "USD"), ("about 900 mln dlrs", "MONEY", "USD")],
        ),
        # today's press: a count
        (
            "Miner sees output at 250,000\n\nThe mine will produce 250,000 ounces this year.",
            [("250,000", "QUANTITY", "ounce"), ("250,000 ounces", "QUANTITY", "ounce")],
        ),
        # a small number is shared by too many things of a story
        (
            "Storm kills 12\n\nThe storm killed 12 cattle.",
            [("12", "CARDINAL", "count"), ("12 cattle", "CARDINAL", "cattle")],
        ),
    ],
)
def test_a_headline_amount_said_again_in_the_story(text: str, expected: list) -> None:
    figures = {
        "900 MLN": (9e8, "count"),
        "about 900 mln dlrs": (9e8, "USD"),
        "250,000": (250000, "count"),
        "250,000 ounces": (250000, "ounce"),
        "12": (12, "count"),
        "12 cattle": (12, "cattle"),
    }
    found = []
    for phrase, _, _ in expected:
        value, unit = figures[phrase]
        label = {"USD": "MONEY", "ounce": "QUANTITY"}.get(unit, "CARDINAL")
        start = text.index(phrase, 0 if not found else found[-1].end)
        found.append(
            _figure(text, phrase, value, unit, label).model_copy(
                update={"start": start, "end": start + len(phrase)}
            )
        )
    shared = share_units(text, found, "USD")
    assert [(q.text, q.label, q.unit) for q in shared] == expected


# --- round 8: the fourth audit's families (web news weighted) -------------------------------

ROUND8 = [
    # the minutes of a clock time scraped with a space after the colon: no pence
    ("Posted on Jul 7 2012, 5: 55p by the sports desk.", "GBP", []),
    ("Updated Mar 3 2013, 11: 04a and 10 readers replied.", "USD", [("10 readers", 10, "reader")]),
    ("The shares rose 55p to 410p.", "GBP", [("55p", 0.55, "GBP"), ("410p", 4.1, "GBP")]),
    # later items of a list of a product's releases are no counts
    ("The flaw affects Internet Explorer 8 and 9, the vendor said.", "USD", []),
    ("Fixes cover IE6, 7, 8 and 9 on Windows XP, Vista, 7 and 8.1.", "USD", []),
    (
        "Exports are 1.0 mln bpd through the pipeline, 0.1 mln by truck through Jordan and "
        "0.2 mln via Syria.",
        "USD",
        [
            ("1.0 mln bpd", 1e6, "barrel per day"),
            ("0.1 mln", 1e5, "barrel per day"),
            ("0.2 mln", 2e5, "barrel per day"),
        ],
    ),
    # "the Group of N" is a name; a group described by its members counts them
    ("Governors of the Group of 10 countries met in Basle.", "USD", []),
    (
        "Ministers of the Cairns Group of 14 farm exporters met in Ottawa.",
        "USD",
        [("14 farm exporters", 14, "exporter")],
    ),
    # a period's number, alone or in a list
    ("The fund buys back bonds in years one and two of the loan.", "USD", []),
    # an idiom of none
    ("There is not one scintilla of proof against them.", "USD", []),
    ("Not one iota of the plan has changed.", "USD", []),
    # the noun a compound before it modifies is what a number counts
    (
        "Two plainclothes NYPD officers shot the teenager.",
        "USD",
        [("Two plainclothes NYPD officers", 2, "officer")],
    ),
    (
        "The club will play without its top two power running backs.",
        "USD",
        [("two power running backs", 2, "back")],
    ),
    # people named by their country, in the plural
    (
        "The navy caught 12 Somalis and 11 Yemenis aboard the dhow.",
        "USD",
        [("12 Somalis", 12, "somali"), ("11 Yemenis", 11, "yemeni")],
    ),
    ("Four Iraqis were hurt in the blast, police said.", "USD", [("Four Iraqis", 4, "iraqi")]),
    # nautical miles
    (
        "The tanker was 13 nautical miles offshore, about 150 nautical miles from port.",
        "USD",
        [
            ("13 nautical miles", 13, "nautical mile"),
            ("about 150 nautical miles", 150, "nautical mile"),
        ],
    ),
    (
        "Patrols stopped a dhow 40 nautical miles off the coast.",
        "USD",
        [("40 nautical miles", 40, "nautical mile")],
    ),
    # "N times the": a multiple
    (
        "Her blood alcohol level was more than five times the legal limit.",
        "USD",
        [("more than five times", 5, "times")],
    ),
    ("Its coverage fell to 1.5 times the interest bill.", "USD", [("1.5 times", 1.5, "times")]),
    # hundreds joined to the rest by "and": one number
    (
        "One hundred and twenty people came to the vigil.",
        "USD",
        [("One hundred and twenty people", 120, "person")],
    ),
    (
        "The team ran for three hundred and fifty two yards.",
        "USD",
        [("three hundred and fifty two yards", 352, "yard")],
    ),
    (
        "Tickets cost between two hundred and three hundred dollars.",
        "USD",
        [("two hundred", 200, "USD"), ("three hundred dollars", 300, "USD")],
    ),
    # "about" meaning "concerning" is no qualifier
    ('"It is not just about one person," the coach said.', "USD", [("one person", 1, "person")]),
    ("The talks are all about two words, the envoy said.", "USD", [("two words", 2, "word")]),
    # a fraction before percentage points
    (
        "The bank would not resist a half percentage point drop in base rates.",
        "GBP",
        [("a half percentage point", 0.5, "pp")],
    ),
    (
        "Rates fell one-half percentage point on Friday.",
        "USD",
        [("one-half percentage point", 0.5, "pp")],
    ),
    # basis points written once after a range
    (
        "Eurodollars closed down 6 to 11 basis points.",
        "USD",
        [("6", 0.06, "pp"), ("11 basis points", 0.11, "pp")],
    ),
    # a rate's earlier reading, named so, is in percent too; a level is not
    (
        "Borrowings rose by 9.5 pct from a revised 10.1 in December and compared with a "
        "previous January's 12.8.",
        "AUD",
        [("9.5 pct", 9.5, "percent"), ("10.1", 10.1, "percent"), ("12.8", 12.8, "percent")],
    ),
    (
        "The index rose 4 pct from December's 880.5.",
        "USD",
        [("4 pct", 4, "percent"), ("880.5", 880.5, "count")],
    ),
    # a game's margin in points is a score; points a player scored are a count
    ("The Cavs won the series by a combined 24 points.", "USD", []),
    ("Indianapolis lost a 10-point halftime lead in Kansas City.", "USD", []),
    ("James scored 20 points as the Bears beat the Lions.", "USD", [("20 points", 20, "point")]),
    # the bare second end of a range of rates is in percent, as its first end is
    (
        "Overnight money fell to 3-1/2 to three pct from 4-1/2 to four.",
        "USD",
        [
            ("3-1/2", 3.5, "percent"),
            ("three pct", 3, "percent"),
            ("4-1/2", 4.5, "percent"),
            ("four", 4, "percent"),
        ],
    ),
    ("Sales rose 5 pct to 120 in May.", "USD", [("5 pct", 5, "percent"), ("120", 120, "count")]),
    # Treasury prices in 32nds are per 100 of face value
    (
        "Bonds failed at 98-16/32 after a gap between 98-25/32 and 99-16/32.",
        "USD",
        [
            ("98-16/32", 98.5, "percent"),
            ("98-25/32", 98.78125, "percent"),
            ("99-16/32", 99.5, "percent"),
        ],
    ),
    (
        "The long bond was bid at 101-8/32 late in the day.",
        "USD",
        [("101-8/32", 101.25, "percent")],
    ),
    # a change of a price set before the price it reached
    (
        "The miner's stock is up two at seven dlrs per share.",
        "USD",
        [("two", 2, "USD"), ("seven dlrs", 7, "USD")],
    ),
    (
        "The miner's shares gained three at 12 dlrs in New York.",
        "USD",
        [("three", 3, "USD"), ("12 dlrs", 12, "USD")],
    ),
    # a player's height and weight in brackets
    (
        "Undrafted back Joe Bell (5-11, 220) comes from Wayne State.",
        "USD",
        [("5-11", 5 + 11 / 12, "foot"), ("220", 220, "pound")],
    ),
    (
        "The center (6-10,245) joined on Monday.",
        "USD",
        [("6-10", 6 + 10 / 12, "foot"), ("245", 245, "pound")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND8)
def test_round8_families(models, sentence: str, currency: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), currency)
    found = [q for q in found if q.label != "ORDINAL"]
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire: an earnings table whose first row follows the dateline, a round amount in words
        (
            "BANK 1ST QTR NET\n\nCHICAGO, April 13 - Net 12.8 mln vs 12.2 mln\n\n"
            "Revs one billion vs 1.06 billion\n",
            [("12.8 mln", "USD"), ("12.2 mln", "USD"), ("one billion", "USD")],
        ),
        # a table under a lead closing on its unit and a remark, with "nil" for an empty cell
        (
            "SUGAR IMPORTS\n\nWASHINGTON, Feb 26 - Imports by country were as follows, in "
            "short tons, raw value --\n\nARGENTINA nil 39,130\n\nBRAZIL 103 131,950\n",
            [("39,130", "short ton"), ("103", "short ton"), ("131,950", "short ton")],
        ),
    ],
)
def test_round8_rows(text: str, expected: list) -> None:
    def bare(phrase: str, value: float) -> Quantity:
        return _figure(text, phrase, value, "count")

    values = {
        "12.8 mln": 12.8e6,
        "12.2 mln": 12.2e6,
        "one billion": 1e9,
        "39,130": 39130,
        "103": 103,
        "131,950": 131950,
    }
    found = share_units(text, [bare(p, values[p]) for p, _ in expected], "USD")
    assert [(q.text, q.unit) for q in found] == expected


# --- round 9: tables (a fifth audit, tables only) ---------------------------------------------

ROUND9_TABLES = [
    # column headings between the lead and the rows; the unit closes the lead with a remark;
    # a footnote's letter glued to a cell
    (
        "GRAIN SHIPMENTS\n\nOTTAWA, May 4 - Shipments since the season began, in thousand "
        "tonnes, unless noted --\n\n5/1/87 Prev Wk 5/2/86\n\nBarley 1,204.5 1,180.2 990.1-x\n\n"
        "Oats 88.0 85.5 91.2\n\nX-includes feed grades.",
        [
            ("1,204.5", 1204.5e3, "tonne"),
            ("1,180.2", 1180.2e3, "tonne"),
            ("990.1", 990.1e3, "tonne"),
            ("88.0", 88.0e3, "tonne"),
            ("85.5", 85.5e3, "tonne"),
            ("91.2", 91.2e3, "tonne"),
        ],
    ),
    # a scale in digits ("000's") and an abbreviated unit in brackets; two lines of headings in
    # capitals; a zero cell is a figure
    (
        "CORN STOCKS\n\nPEORIA, May 4 - The exchange reported these stocks in store (in 000's "
        "bu).\n\nTHIS LAST\n\nWEEK WEEK\n\nYELLOW 410 395\n\nWHITE 0 12",
        [
            ("410", 410e3, "bushel"),
            ("395", 395e3, "bushel"),
            ("0", 0, "bushel"),
            ("12", 12e3, "bushel"),
        ],
    ),
    # a price basis written with a slash; "n.a." and dashes for an empty cell; row labels in
    # roman numerals; headings in title case
    (
        "LOAN RATES\n\nWASHINGTON, May 4 - The department gave these averages (Dlrs/Bu) -\n\n"
        "Crop Loan Release\n\nRye 1.10 n.a. IV 2.40 --\n\nV 2.45 --\n\nFlax 3.05 1.95-Z II 4.10",
        [
            ("1.10", 1.10, "USD"),
            ("2.40", 2.40, "USD"),
            ("2.45", 2.45, "USD"),
            ("3.05", 3.05, "USD"),
            ("1.95", 1.95, "USD"),
            ("4.10", 4.10, "USD"),
        ],
    ),
    # a plural scale ("thousands of") closing the lead; headings of crop years
    (
        "CANE CRUSHED\n\nHAVANA, May 4 - Cane crushed by province, in thousands of tonnes\n\n"
        "Province 1986/87 1985/86\n\nEast 812.4 790.0\n\nWest 455.1 470.3",
        [
            ("812.4", 812.4e3, "tonne"),
            ("790.0", 790.0e3, "tonne"),
            ("455.1", 455.1e3, "tonne"),
            ("470.3", 470.3e3, "tonne"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_TABLES)
def test_round9_tables(text: str, expected: list) -> None:
    found = share_units(text, [], "USD")
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.value == pytest.approx(value)


def test_round9_no_table_unit_from_prose_above() -> None:
    # the unit ends a line of prose that a sentence follows, not the lead's last line
    text = (
        "OUTPUT\n\nOSLO, May 4 - Output rose, the ministry said in mln tonnes\n\n"
        "The figures were revised.\n\nNORTH 2.4 2.9\n\nSOUTH 0.6 0.5"
    )
    assert share_units(text, [], "USD") == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # money-market rates by maturity, bid and offer in fractions with a space
        (
            "TERM MONEY\n\novernight 4 1/4 - 3 3/4\n\none month 4 13/16 - 4 11/16\n\n"
            "12 months 6 - 5 3/4",
            [("4 1/4", 4.25), ("3 3/4", 3.75), ("4 13/16", 4.8125), ("4 11/16", 4.6875)]
            + [("6", 6.0), ("5 3/4", 5.75)],
        ),
        # in decimals and hyphenated fractions, without a dash between bid and offer
        (
            "DEPOSIT RATES\n\nSINGAPORE, May 4 - Interbank deposits closed at these levels.\n\n"
            "1 week 3.10 3.00\n\n3 mths 3-5/8 3-1/2",
            [("3.10", 3.10), ("3.00", 3.00), ("3-5/8", 3.625), ("3-1/2", 3.5)],
        ),
    ],
)
def test_round9_money_market_rates(text: str, quotes: list) -> None:
    figures = [_figure(text, phrase, value, "count") for phrase, value in quotes]
    found = share_units(text, figures, "USD")
    assert [(q.text, q.label, q.unit) for q in found] == [
        (phrase, "PERCENT", "percent") for phrase, _ in quotes
    ]


def test_round9_one_maturity_is_no_rate_table() -> None:
    # a single line naming a maturity and numbers is prose, not a table
    text = "SCORES\n\nThe first month 4 - 3 went to the home side.\n\none month 4 - 3"
    figures = [_figure(text, "4", 4, "count")]
    assert share_units(text, figures, "USD")[0].unit == "count"


# --- round 10: web news (the sixth audit, and the fourth audit's ECB+ side) -------------------

ROUND10 = [
    # a count of the rest or the whole of a set counts what was counted before, across lines
    (
        "Three pumps feed the plant.\n"
        '"If just one pump fails we can use the other two," the engineer said.\n'
        '"But all three are broken now."',
        "USD",
        [("Three pumps", 3, "pump"), ("two", 2, "pump"), ("three", 3, "pump")],
    ),
    (
        "The council bought four new buses last year. Two broke down in May and the "
        "remaining two in June.",
        "GBP",
        [("four new buses", 4, "bus"), ("Two", 2, "bus"), ("two", 2, "bus")],
    ),
    # a number said again at once, as a sentence of its own
    (
        "The team gained 352 rushing yards. Three hundred and fifty two!",
        "USD",
        [("352 rushing yards", 352, "yard"), ("Three hundred and fifty two", 352, "yard")],
    ),
    (
        "The store sold 1,200 cars in May.\n1,200.\nThat is a record, the owner said.",
        "USD",
        [("1,200 cars", 1200, "car"), ("1,200", 1200, "car")],
    ),
    # a fighter's record: knockouts written short
    (
        "Smith (30-2, 22 KO) meets Jones (25-1, 18 KOs) next.",
        "USD",
        [("22 KO", 22, "knockout"), ("18 KOs", 18, "knockout")],
    ),
    ("It was the champion's 40th win, 31 by KO.", "EUR", [("31", 31, "knockout")]),
    # a dash typed without spaces before a conjunction is no compound
    (
        "He has 12 wins for only two defeats-and a draw.",
        "USD",
        [("12 wins", 12, "win"), ("two defeats", 2, "defeat")],
    ),
    # a firearm's calibre before its noun, its point scraped off or not
    ("Police said he pulled out a. 357 revolver.", "USD", [("357", 0.357, "inch")]),
    (
        "The officer carried a .38 pistol and a. 357 caliber gun.",
        "USD",
        [(".38", 0.38, "inch"), ("357 caliber", 0.357, "inch")],
    ),
    # a thousands separator typed with a space, at the end of a price
    (
        "Reports value the building at $380, 600. No one was hurt.",
        "USD",
        [("$380, 600", 380600, "USD")],
    ),
    ("Thieves took cash worth £35, 000 from the safe.", "GBP", [("£35, 000", 35000, "GBP")]),
    # no figures: ranks, a vague moment, an area code, a bus's number
    ("It is the #1 movie in the country and the #3 seed lost.", "USD", []),
    ("Within a moment or two, the roof fell in.", "USD", []),
    ("She finished in the top three again.", "GBP", []),
    ("Call (212) 555-0100 or the hotline on (020) 7946 0958.", "USD", []),
    ("He took bus 38 to work.", "GBP", []),
    # "a third" that is the next of a series its sentence began
    ("Her second marriage failed, as did a third.", "USD", []),
    ("A second bomb went off, then a third.", "GBP", []),
    ("A third of the roof fell in.", "USD", [("A third", 0.3333, "fraction")]),
    # heights and weights written in words
    ("The suspect is 5 feet 10 inches tall.", "USD", [("5 feet 10 inches", 5 + 10 / 12, "foot")]),
    ("He stands six feet four inches.", "GBP", [("six feet four inches", 6 + 4 / 12, "foot")]),
    (
        "After the no-call, the 6-foot-9,260-pound forward scored.",
        "USD",
        [("6-foot-9", 6.75, "foot"), ("260-pound", 260, "pound")],
    ),
    (
        "Police said the man is 5-foot-8, 135 pounds.",
        "USD",
        [("5-foot-8", 5 + 8 / 12, "foot"), ("135 pounds", 135, "pound")],
    ),
    ("Police said a 300-pound man was arrested.", "USD", [("300-pound", 300, "pound")]),
    # "N of them": the things its sentence named, nearer than a count of the sentence before
    (
        "Sixty homes were searched. Police questioned the drivers and charged three of them.",
        "USD",
        [("Sixty homes", 60, "home"), ("three", 3, "driver")],
    ),
    (
        "Commandos caught pirates in the gulf and took 23 of them into custody.",
        "INR",
        [("23", 23, "pirate")],
    ),
    (
        "Five men were held. Two of them were freed later.",
        "GBP",
        [("Five men", 5, "man"), ("Two", 2, "man")],
    ),
    # ages: an age reached, the earlier items of a list of ages
    ("He turned 30 last week.", "USD", []),
    ("The victims were 8, 10 and 12 years old.", "GBP", []),
    ("She turned 30 pages before bed.", "USD", [("30 pages", 30, "page")]),
    # a model's number after a name written with a small first letter
    ("Apple's iPhone 5 goes on sale Friday.", "USD", []),
    ("The iPad 2 sold out, but he bought 3 iPads.", "GBP", [("3 iPads", 3, "ipad")]),
    # casualty counts: a death toll, "of the dead"
    ("The death toll rose to 17 on Monday.", "USD", [("17", 17, "person")]),
    ("Officials put the toll at 45.", "EUR", [("45", 45, "person")]),
    ("Two of the dead were children.", "USD", [("Two", 2, "person")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND10)
def test_round10_families(models, sentence: str, currency: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), currency)
    found = [q for q in found if q.label != "ORDINAL"]
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for quantity, (_, value, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


def test_round10_a_set_counts_nothing_without_an_earlier_count() -> None:
    # "the other two" with no count of things before it stays a bare count
    text = "It rained all week. We kept the other two."
    figures = [_figure(text, "two", 2, "count")]
    assert share_units(text, figures, "USD")[0].unit == "count"


def test_round10_the_set_is_looked_for_three_sentences_back_only() -> None:
    text = "Five trucks came. It rained. It snowed. It froze. Then all three broke."
    figures = [_figure(text, "Five trucks", 5, "truck"), _figure(text, "three", 3, "count")]
    assert [q.unit for q in share_units(text, figures, "USD")] == ["truck", "count"]


# --- round 11: a seventh audit, Reuters general copy ----------------------------------------

ROUND11 = [
    # "over" after a noun or verb of talk or dispute says what is talked of, no "more than"
    (
        "Talks with the lenders over 1.2 billion dlrs of new credits resumed today.",
        "USD",
        [("1.2 billion dlrs", 1.2e9, "USD", "exact")],
    ),
    (
        "Staff walked out in a dispute over £4 million in unpaid bonuses.",
        "GBP",
        [("£4 million", 4e6, "GBP", "exact")],
    ),
    ("Over 80 people were held overnight.", "USD", [("Over 80 people", 80, "person", "gt")]),
    # a number glued to "way" is an idiom, no count
    ("The two sides agreed to expand two-way trade.", "USD", [("two sides", 2, "side", "exact")]),
    ("It is now a three-way race for the nomination.", "USD", []),
    # a bracketed aside between a count and its noun: the noun is still what is counted
    (
        "Exports were about 90,000 (60-kilo) bags last week.",
        "USD",
        [("about 90,000", 9e4, "bag", "approx"), ("60-kilo", 60, "kilogram", "exact")],
    ),
    (
        "Farmers delivered some 3,000 (50-kg) sacks of maize.",
        "KES",
        [("some 3,000", 3000, "sack", "approx"), ("50-kg", 50, "kilogram", "exact")],
    ),
    # a part named after a counted whole introduced by "of"
    (
        "The minister said of the 400 largest mills only 35 had shut, 20 were working part-time.",
        "USD",
        [
            ("400 largest mills", 400, "mill", "exact"),
            ("35", 35, "mill", "exact"),
            ("20", 20, "mill", "exact"),
        ],
    ),
    (
        "Of the 40 boats checked by the coast guard on Sunday, 12 carried no licence.",
        "GBP",
        [("40 boats", 40, "boat", "exact"), ("12", 12, "boat", "exact")],
    ),
    # not a part: the whole is not counted, or the number is no subject
    (
        "Of the imports, those from Brazil were up to 2.1 mln tonnes from 1.8 mln.",
        "USD",
        [("2.1 mln tonnes", 2.1e6, "tonne", "exact"), ("1.8 mln", 1.8e6, "tonne", "exact")],
    ),
    # a bare price reached after a change in money is in the change's currency
    (
        "July palm oil closed four ringgit higher at 752.",
        "MYR",
        [("four ringgit", 4, "MYR", "exact"), ("752", 752, "MYR", "exact")],
    ),
    (
        "The stock ended two dollars lower at 41 on heavy volume.",
        "USD",
        [("two dollars", 2, "USD", "exact"), ("41", 41, "USD", "exact")],
    ),
    # not after a change in hundredths: the price may be in either unit
    (
        "May cotton was 2 cts lower at 61.",
        "USD",
        [("2 cts", 0.02, "USD", "exact"), ("61", 61, "count", "exact")],
    ),
    # a singular "degree" before a noun is the number's unit (a quake's stays a magnitude)
    (
        "The well flowed 420 barrels of 38 degree gravity oil.",
        "CAD",
        [("420 barrels", 420, "barrel", "exact"), ("38 degree", 38, "degree", "exact")],
    ),
    ("The ramp climbs at a 30 degree angle.", "USD", [("30 degree", 30, "degree", "exact")]),
    ("A 6.2 degree quake shook the coast.", "USD", [("6.2", 6.2, "magnitude", "exact")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND11)
def test_round11_families(models, sentence: str, currency: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), currency)
    found = [q for q in found if q.label != "ORDINAL"]
    assert [(q.text, q.unit, q.qualifier) for q in found] == [(t, u, k) for t, _, u, k in expected]
    for quantity, (_, value, _, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("1.6195/05", (1.6195, 1.6205)),  # a sterling quote whose offer wraps past the bid
        ("1.4590/10", (1.459, 1.461)),
        ("6.98/02", (6.98, 7.02)),
        ("1.4560/70", (1.456, 1.457)),
        ("4/13", None),
        ("1987/88", None),
    ],
)
def test_round11_quote_offer_carries(text: str, pair: tuple[float, float] | None) -> None:
    from tui.core.nlp.quantities.lexer import quote_pair

    got = quote_pair(text)
    assert (got is None) == (pair is None)
    if got is not None and pair is not None:
        assert got == pytest.approx(pair)


def test_round11_a_wrapped_quote_in_a_sentence() -> None:
    text = "The dollar opened at 1.4590/10 marks from 1.4575/85 on Friday."
    quantities = [_figure(text, "1.4590/10 marks", 1.461, "DEM", "MONEY")]
    shared = share_units(text, quantities, "DEM")
    assert [(q.text, q.value) for q in shared] == [("1.4590", 1.459), ("10 marks", 1.461)]


# --- round 12: the eighth audit's families (drawn like the held-out part) --------------------

ROUND12 = [
    # a bare count of the next, last or first of a set counts what its set's count did
    (
        "The company won the first two contracts and lost the next three.",
        "USD",
        [("two contracts", 2, "contract", "exact"), ("three", 3, "contract", "exact")],
    ),
    (
        "The Sixers took the first two games before dropping the next four straight.",
        "USD",
        [("two games", 2, "game", "exact"), ("four", 4, "game", "exact")],
    ),
    # a small number said again, a dash opening the list of what it counts
    (
        "Three clearing banks offered the credit. The three -- Alpha Bank, Beta Bank and Gamma "
        "Bank -- will lead it.",
        "GBP",
        [("Three clearing banks", 3, "bank", "exact"), ("three", 3, "bank", "exact")],
    ),
    (
        "Police questioned four teenagers on Friday. The four - all from the same school - were "
        "released.",
        "USD",
        [("four teenagers", 4, "teenager", "exact"), ("four", 4, "teenager", "exact")],
    ),
    # "N of them" across paragraphs: what the nearest count of the sentences before counted
    (
        "Five pirate boats tried to attack the convoy.\nAfter a brief skirmish, two of them "
        "managed to flee.",
        "USD",
        [("Five pirate boats", 5, "boat", "exact"), ("two", 2, "boat", "exact")],
    ),
    (
        "Six tankers were hit in the Gulf last week.\n\nTwo of them caught fire, shipping "
        "sources said.",
        "USD",
        [("Six tankers", 6, "tanker", "exact"), ("Two", 2, "tanker", "exact")],
    ),
    # the later items of a list of ages after "ages" or "aged"
    ("He is survived by two sons, ages 6 and 16.", "USD", [("two sons", 2, "son", "exact")]),
    ("The hostages, aged 19, 23 and 40, were freed on Tuesday.", "USD", []),
    # a block of a numbered street is an address
    ("Police were called to the 400 block of 12th Street.", "USD", []),
    ("The fire began in the 2300 block of 5th Avenue early Sunday.", "USD", []),
    # "a third" after a verb of casualty is one more of them, a place or time after it or not
    (
        "Gunmen killed two guards and wounded a third in the raid.",
        "USD",
        [("two guards", 2, "guard", "exact")],
    ),
    (
        "Troops shot dead two rebels and injured a third near the border.",
        "USD",
        [("two rebels", 2, "rebel", "exact")],
    ),
    # half a measure
    ("She lived half a mile away.", "USD", [("half a mile", 0.5, "mile", "exact")]),
    (
        "The convoy stopped half a kilometre from the border post.",
        "USD",
        [("half a kilometre", 0.5, "kilometre", "exact")],
    ),
    # a magnitude glued before its number
    (
        "A magnitude-6.1 quake struck the island.",
        "USD",
        [("magnitude-6.1", 6.1, "magnitude", "exact")],
    ),
    (
        "An earthquake of at least magnitude-5.9 shook the region.",
        "USD",
        [("at least magnitude-5.9", 5.9, "magnitude", "ge")],
    ),
    # the shares of an exchange whose other side is one share: terms, no figure
    ("Norcorp will pay three Norcorp shares for each Southbank share.", "USD", []),
    ("Holders will receive 2.2 common shares for each preferred.", "USD", []),
    (
        "The board declared a dividend of one right for each share held.",
        "USD",
        [("one right", 1, "right", "exact")],
    ),
    # people held, and the people of a place, counted bare
    (
        "Police said the five arrested on charges of fraud included a former director.",
        "JPY",
        [("five", 5, "person", "exact")],
    ),
    (
        "Riot police said 12 detained overnight would be freed.",
        "USD",
        [("12", 12, "person", "exact")],
    ),
    (
        "The town of 14,000 has struggled in recent years.",
        "USD",
        [("14,000", 14000, "person", "exact")],
    ),
    (
        "Singapore, a nation of 3 million, relies on trade.",
        "SGD",
        [("3 million", 3e6, "person", "exact")],
    ),
    # a bare amount "in contracts", "in orders": money in the story's currency
    ("OPTO SYSTEMS GETS 7.2 MLN IN CONTRACTS", "USD", [("7.2 MLN", 7.2e6, "USD", "exact")]),
    (
        "The builder won £40 million in new orders and another 12 million in contracts.",
        "GBP",
        [("£40 million", 4e7, "GBP", "exact"), ("12 million", 1.2e7, "GBP", "exact")],
    ),
    ("About 3 million in Texas voted early.", "USD", [("About 3 million", 3e6, "count", "approx")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND12)
def test_round12_families(models, sentence: str, currency: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities

    found = share_units(sentence, extract_quantities(models["en"](sentence), "en"), currency)
    found = [q for q in found if q.label != "ORDINAL"]
    assert [(q.text, q.unit, q.qualifier) for q in found] == [(t, u, k) for t, _, u, k in expected]
    for quantity, (_, value, _, _) in zip(found, expected, strict=True):
        assert quantity.value == pytest.approx(value)


# --- round 13: the ninth audit's families (sentences written for these tests) ----------------

ROUND13 = [
    # a record "N-of-M" and a tied score "N-all" are no figures
    (
        "Smith completed 21-of-30 passes for 254 yards.",
        "USD",
        [("254 yards", 254, "yard", "exact")],
    ),
    ("The guard went 4-of-11 from the floor as the lead grew.", "USD", []),
    ("Rovers pulled level at 2-all just after the hour.", "GBP", []),
    ("They broke open a 40-all game with a late run.", "USD", []),
    # a number glued to "point" or "possession" before a noun of play names a kind of play
    ("He converted a three-point play late in the half.", "USD", []),
    ("Jones shot well from 3-point range all night.", "USD", []),
    ("The Ravens are 6-2 in one-possession games this season.", "USD", []),
    # "won N of M", "lost N of M" with no noun after: a team's games
    (
        "The Lakers have lost eight of 10 and sit last in the division.",
        "USD",
        [("eight", 8, "game", "exact"), ("10", 10, "game", "exact")],
    ),
    (
        "United have won seven of nine since the winter break.",
        "GBP",
        [("seven", 7, "game", "exact"), ("nine", 9, "game", "exact")],
    ),
    (
        "The party won two of three seats in the district.",
        "USD",
        [("two", 2, "seat", "exact"), ("three seats", 3, "seat", "exact")],
    ),
    # a crowd or an audience counted bare counts persons
    (
        "The champion led the crowd of 22,000 in song.",
        "USD",
        [("22,000", 22000, "person", "exact")],
    ),
    (
        "An audience of 3,500 watched the final in the town hall.",
        "GBP",
        [("3,500", 3500, "person", "exact")],
    ),
    # people held, counted bare: "46 were arrested", "took 23 into custody"
    ("Police said 46 were arrested overnight.", "USD", [("46", 46, "person", "exact")]),
    (
        "Naval commandos boarded the skiff and took 23 into custody.",
        "USD",
        [("23", 23, "person", "exact")],
    ),
    # a smaller bare number a dash opens after a count is a part of what it counted
    (
        "An autopsy found he was hit by seven bullets - three to the back.",
        "USD",
        [("seven bullets", 7, "bullet", "exact"), ("three", 3, "bullet", "exact")],
    ),
    (
        "The gunman shot four of his co-workers -- three of whom he had argued with.",
        "USD",
        [("four", 4, "co-worker", "exact"), ("three", 3, "co-worker", "exact")],
    ),
    # an exchange rate in a U.S. story: money where its sentence names the currency
    (
        "He said the bolivar, which averaged 20.29 to the U.S. dollar in 1986, would slip from "
        "its current range of 28.35 to 28.50.",
        "USD",
        [
            ("20.29", 20.29, "VEB", "exact"),
            ("28.35", 28.35, "VEB", "exact"),
            ("28.50", 28.5, "VEB", "exact"),
        ],
    ),
    (
        "The rand ended at 7.25 against the dollar on Friday.",
        "USD",
        [("7.25", 7.25, "ZAR", "exact")],
    ),
    (
        "The currency ended at 7.25 against the dollar on Friday.",
        "USD",
        [("7.25", 7.25, "count", "exact")],
    ),
    # a bare number a move of money closed at is a price in that money
    (
        "It rose by one Taiwan cent today to close at 31.08.",
        "TWD",
        [("one Taiwan cent", 0.01, "TWD", "exact"), ("31.08", 31.08, "TWD", "exact")],
    ),
    (
        "Shares in the group fell 12p to end at 4.56 on the day.",
        "GBP",
        [("12p", 0.12, "GBP", "exact"), ("4.56", 4.56, "GBP", "exact")],
    ),
    (
        "The index rose 12.5 points to close at 1,845.30.",
        "USD",
        [("12.5 points", 12.5, "point", "exact"), ("1,845.30", 1845.3, "point", "exact")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND13)
def test_round13_families(models, sentence: str, currency: str, expected: list) -> None:
    test_round12_families(models, sentence, currency, expected)  # the same check


# --- round 14 (the tenth audit's families) -----------------------------------------------------

ROUND14 = [
    # a blood-alcohol level written bare is a percentage, with or without its leading zero
    (
        "Tests showed his blood-alcohol level was 0.19, more than twice the legal limit.",
        "USD",
        [("0.19", 0.19, "percent", "exact")],
    ),
    ("Driver's alcohol level: .22", "USD", [(".22", 0.22, "percent", "exact")]),
    # a decimal written without its leading zero is an average, a fraction
    ("Ruiz hit .312 for the season.", "USD", [(".312", 0.312, "fraction", "exact")]),
    (
        "The shortstop batted .287 in 140 games.",
        "USD",
        [(".287", 0.287, "fraction", "exact"), ("140 games", 140, "game", "exact")],
    ),
    # a number glued to "bit" names a kind of program or processor; a release range's end
    ("The patch covers only 64-bit editions of the browser.", "USD", []),
    ("The flaw affects all versions of IE7 to 11, the company said.", "USD", []),
    ("Sales of 32-bit chips fell 20 pct.", "USD", [("20 pct", 20, "percent", "exact")]),
    # a rate quoted after "against the dollar is", and the next rate of its sentence: money in
    # the currency the sentence names; a buy-sell quote after a qualifier is two figures
    (
        "The sucre's official rate against the dollar is 95.50/60 and the free rate is about "
        "120.10/30.",
        "ECS",
        [
            ("95.50", 95.5, "ECS", "exact"),
            ("60", 95.6, "ECS", "exact"),
            ("about 120.10", 120.1, "ECS", "approx"),
            ("30", 120.3, "ECS", "approx"),
        ],
    ),
    (
        "The rand's rate against the U.S. dollar was 7.25 on Friday, traders said.",
        "USD",
        [("7.25", 7.25, "ZAR", "exact")],
    ),
    (
        "Its rate against the dollar is 15 pct below last year's.",
        "USD",
        [("15 pct", 15, "percent", "exact")],
    ),
    (
        "Each two intis of private money will be matched by one inti of public money.",
        "PEI",
        [("two intis", 2, "PEI", "exact"), ("one inti", 1, "PEI", "exact")],
    ),
    # a won-lost record before a team's name is no range
    ("The Bears meet the 2-11 Falcons on Sunday.", "USD", []),
    ("Vikings coach Dan Lund said the 11-3 Packers were beatable.", "USD", []),
    (
        "Talks drew 10-15 delegates.",
        "USD",
        [("10", 10, "delegate", "exact"), ("15 delegates", 15, "delegate", "exact")],
    ),
    # a labour force counts people, as a population does, not the story's money
    (
        "Wages of 800 pesos will go to 1.1 mln workers out of a labour force of 5.4 mln.",
        "MXN",
        [
            ("800 pesos", 800, "MXN", "exact"),
            ("1.1 mln workers", 1.1e6, "worker", "exact"),
            ("5.4 mln", 5.4e6, "person", "exact"),
        ],
    ),
    (
        "The carmaker, with a workforce of 12,000, said it would cut 500 jobs.",
        "USD",
        [("12,000", 12000, "person", "exact"), ("500 jobs", 500, "job", "exact")],
    ),
    (
        "The quake struck with a force of about 6.0 on the Richter scale.",
        "USD",
        [("about 6.0", 6, "magnitude", "approx")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "currency", "expected"), ROUND14)
def test_round14_families(models, sentence: str, currency: str, expected: list) -> None:
    test_round12_families(models, sentence, currency, expected)  # the same check


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # from another dollar country, naming only the U.S. dollar: its dollars are U.S. dollars
        (
            "TAIPEI, Oct 20 - Reserves hit 72 billion U.S. Dlrs and may reach 80 billion dlrs.",
            "TW",
            "US",
        ),
        ("TORONTO - The firm raised US$50 million and will borrow 20 million dollars.", "CA", "US"),
        # naming its own dollar too, the story's dollars stay its own
        ("HONG KONG - A 10 mln U.S. Dlr loan and a 50 mln H.K. Dlr note.", "HK", "HK"),
        ("SYDNEY - Sales of A$5 million and US$2 million.", "AU", "AU"),
        ("OTTAWA - Spending of 2.5 billion dlrs was pledged.", "CA", "CA"),
        # not from a dollar country, or from the U.S.: nothing to decide
        ("OSLO - A 100 mln U.S. Dlr credit and 40 mln crowns.", "NO", "NO"),
        ("NEW YORK - A 100 mln U.S. Dlr credit.", "US", "US"),
        ("A 100 mln U.S. Dlr credit.", None, None),
    ],
)
def test_round14_money_country(text: str, country: str | None, expected: str | None) -> None:
    from tui.core.nlp.places import money_country

    assert money_country(text, country) == expected


def test_a_faith_or_a_peoples_plural_is_no_name() -> None:
    from tui.core.nlp.entities import Candidate, peoples_not_names

    # today's press and wire copy: the model's ORG, PERSON and GPE of such words
    text = (
        "A Muslim woman shot two co-workers; Greeks marched; SIKH leaders met Christians "
        "in the Philippines, and Muslim Brotherhood members and Christian Dior were there."
    )
    candidates = [
        Candidate(*_at(text, "Muslim"), "ORG"),
        Candidate(*_at(text, "Greeks"), "PERSON"),
        Candidate(*_at(text, "SIKH"), "ORG"),
        Candidate(*_at(text, "Christians"), "PERSON"),
        Candidate(*_at(text, "Philippines"), "GPE"),
        Candidate(*_at(text, "Muslim Brotherhood"), "ORG"),
        Candidate(*_at(text, "Christian Dior"), "PERSON"),
    ]
    assert _spans(text, peoples_not_names(text, candidates)) == sorted(
        [
            ("Muslim", "NORP"),
            ("Greeks", "NORP"),
            ("SIKH", "NORP"),
            ("Christians", "NORP"),
            ("Philippines", "GPE"),
            ("Muslim Brotherhood", "ORG"),
            ("Christian Dior", "PERSON"),
        ]
    )


def test_an_institution_is_no_person() -> None:
    from tui.core.nlp.entities import Candidate, institutions_not_people

    # wire copy in capitals and in sentence case; a title keeps a person a person
    text = "CONGRESS SEEKS TRADE CURBS. The Senate voted, Dr. House said, and Mr Court agreed."
    candidates = [
        Candidate(*_at(text, "CONGRESS"), "PERSON"),
        Candidate(*_at(text, "Senate"), "PERSON"),
        Candidate(*_at(text, "House"), "PERSON"),
        Candidate(*_at(text, "Court"), "PERSON"),
    ]
    assert _spans(text, institutions_not_people(text, candidates)) == sorted(
        [("CONGRESS", "ORG"), ("Senate", "ORG"), ("House", "PERSON"), ("Court", "PERSON")]
    )


@pytest.mark.slow
def test_an_institution_with_a_persons_pronoun_after_it_stays_an_organisation(
    extractor: object,
) -> None:
    from nlp_models import text_article

    # wire copy: "he" after "Congress" is no person's evidence (one_label_per_name)
    text = (
        "CONGRESS SENDS FARM BILL TO WHITE HOUSE\n\n"
        "WASHINGTON, March 3 - Congress passed and sent to the president a bill to help "
        "farmers.\n\n"
        "The president vetoed a similar bill last year after Congress had adjourned, but "
        "has said he will sign this one.\n"
    )
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    found = {(e.text, e.label) for e in annotation.entities}
    assert ("Congress", "ORG") in found and ("Congress", "PERSON") not in found


@pytest.mark.slow
def test_whom_one_tells_is_no_person_by_the_pronoun_after_it(extractor: object) -> None:
    from nlp_models import text_article

    # wire copy: "told <agency> he ...": the "he" is the minister's
    text = (
        "OIL TALKS DELAYED\n\n"
        "JAKARTA, March 3 - Energy minister Adi Ranu told Varnapress he received a telex "
        "from the cartel on Monday.\n"
    )
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    found = {(e.text, e.label) for e in annotation.entities}
    assert ("Varnapress", "ORG") in found


# --- a day's word the model misses ----------------------------------------------------------

WIRE_DAY, PRESS_DAY = "1987-03-04", "2024-03-06"  # a Wednesday each


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "date", "day", "value", "name"),
    [
        # left untagged after a market's name: wire copy, today's press
        ("Tin on the LME today was steady around 4,200 stg.", WIRE_DAY, "today", WIRE_DAY, None),
        (
            "Shares of the carmaker on Nasdaq today were down 4 percent.",
            PRESS_DAY,
            "today",
            PRESS_DAY,
            None,
        ),
        # run into the amount after it
        (
            "The central bank will sell tomorrow 300 billion yen in bills.",
            WIRE_DAY,
            "tomorrow",
            "1987-03-05",
            None,
        ),
        (
            "The agency plans to release tomorrow $2 billion in aid.",
            PRESS_DAY,
            "tomorrow",
            "2024-03-07",
            None,
        ),
        # run into the place before it: the place keeps its name, the day is a date
        (
            "Iranian gunboats attacked a tanker in the southern Gulf today.",
            WIRE_DAY,
            "today",
            WIRE_DAY,
            "Gulf",
        ),
        ("Rescue teams reached the upper Yangtze today.", PRESS_DAY, "today", PRESS_DAY, "Yangtze"),
    ],
)
def test_a_days_word_the_model_misses_is_a_date(
    extractor: object, sentence: str, date: str, day: str, value: str, name: str | None
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(sentence, date=date)])  # type: ignore[attr-defined]
    found = {(e.text, e.label, e.value) for e in annotation.entities}
    assert (day, "DATE", value) in found
    if name is not None:
        assert any(e.text.endswith(name) and day not in e.text for e in annotation.entities)


@pytest.mark.parametrize(
    ("text", "suggested", "dates"),
    [
        ("A strike shut the port today.", [], ["today"]),
        # a model's time of day over the word alone: the day it names
        ("A strike shut the port today.", [("today", "TIME")], ["today"]),
        ("Yesterday, the index fell.", [], ["Yesterday"]),
        # a longer date or time the model found is left to it
        ("Talks resumed earlier today.", [("earlier today", "TIME")], []),
        ("Talks resume tomorrow morning.", [("tomorrow morning", "TIME")], []),
        ("Talks resumed yesterday's session.", [("yesterday's", "DATE")], []),
        # a line in capitals: where the word closes a clause (a wire headline, a table's
        # lead), not a column's head nor a paper's name
        ("IRAQ SAYS IT HIT SHIP IN GULF TODAY", [], ["TODAY"]),
        ("CENTRAL BANK HAS NOT INTERVENED TODAY, DEALERS SAY", [], ["TODAY"]),
        ("RAINFALL RECORDED IN THE 24 HOURS UP TO (1200) GMT TODAY", [], ["TODAY"]),
        ("MINISTERS MEET ON BUDGET TOMORROW - OFFICIALS", [], ["TOMORROW"]),
        ("LOCATION TODAY PREVIOUS", [], []),
        ("TODAY PREV", [], []),
        ("PAPER'S USA TODAY'S SALES UP", [], []),
        ("Port shut TODAY by strike, the union said.", [], []),
        # a paper's name, a word inside a longer one
        ("USA Today said the deal was off.", [], []),
        ("The day-to-day work of the tomorrow-minded.", [], []),
    ],
)
def test_which_days_words_are_dates(text: str, suggested: list, dates: list) -> None:
    from tui.core.nlp.entities import Candidate, day_word_dates

    candidates = [Candidate(*_at(text, words), label) for words, label in suggested]
    found = day_word_dates(text, 0, len(text), candidates)
    assert [text[c.start : c.end] for c in found] == dates
    assert all(c.label == "DATE" for c in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "date", "time", "value"),
    [
        # a time the model tags with the day it falls on: that day
        (
            "Police said the blast happened late last night.",
            WIRE_DAY,
            "late last night",
            "1987-03-03",
        ),
        (
            "The company said earlier today that it would sell the unit.",
            PRESS_DAY,
            "earlier today",
            PRESS_DAY,
        ),
        ("Officials met this morning to discuss the strike.", WIRE_DAY, "this morning", WIRE_DAY),
        # a clock time or a stretch of hours names no day
        ("Trading halted at midday and resumed two hours later.", WIRE_DAY, "midday", None),
    ],
)
def test_a_time_of_a_named_day_has_that_day(
    extractor: object, sentence: str, date: str, time: str, value: str | None
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(sentence, date=date)])  # type: ignore[attr-defined]
    found = {(e.text, e.value) for e in annotation.entities if e.label == "TIME"}
    assert (time, value) in found


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # wire and web: the article is part of the city's name
        ("the dispute went to the court in The Hague.", "Hague", ("The Hague", "GPE")),
        ("The Hague said talks would resume.", "Hague", ("The Hague", "GPE")),
        # "the" before a country's name is no part of it; nor is "The" before no place
        ("ships sailed to the Bahamas.", "Bahamas", ("Bahamas", "GPE")),
        ("The Acreage was sold.", "Acreage", ("Acreage", "GPE")),
    ],
)
def test_a_place_named_with_the(text: str, piece: str, expected: tuple) -> None:
    from tui.core.nlp.entities import Candidate, places_named_with_the

    candidates = [Candidate(*_at(text, piece), "GPE")]
    assert _spans(text, places_named_with_the(text, candidates)) == [expected]


@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        # wire and web: four figures of the 24-hour clock a model took for a year
        ("Trading resumed at 1530 GMT on Friday.", "1530", "TIME"),
        ("The rocket lifted off at 1805 local time.", "1805", "TIME"),
        ("The tremor struck at 0620 hrs (0920 GMT).", "0620", "TIME"),
        # a year stays a year, whatever follows it
        ("In 1986 profits rose.", "1986", "DATE"),
        ("The 1987 budget grew.", "1987", "DATE"),
        ("They met in 2013 at the summit.", "2013", "DATE"),
    ],
)
def test_four_figures_of_a_clock_are_no_year(text: str, piece: str, label: str) -> None:
    from tui.core.nlp.entities import Candidate, zones_in_times
    from tui.core.text.zones import zone_spans

    candidates = [Candidate(*_at(text, piece), "DATE")]
    found = zones_in_times(text, candidates, zone_spans(text))
    assert [(text[c.start : c.end][:4], c.label) for c in found] == [(piece, label)]


# --- round 15: ships, currencies, names written short, glued measures --------------------------


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a prefix or "Maru" names a ship, in 1980s wire copy and in today's press
        ("The tanker Nisseki Maru was hit off Kharg, Iran said.", "Nisseki Maru", "Iran"),
        ("Commandos from the frigate INS Talwar boarded the dhow.", "Talwar", None),
        ("The MV Orla sank near Dover, police said.", "Orla", "Dover"),
        ("Sailors of the USS Halsey met Vice Admiral Lee.", "Halsey", None),
        # a ship named by its kind, every mention of it after that too
        ("The navy said the destroyer Kolkata fired. Later Kolkata sailed on.", "Kolkata", None),
        ("Pirates seized the Saudi supertanker Arctic Dawn.", "Arctic Dawn", None),
        # "to ship" a country's goods names no ship
        ("Iraq plans to ship Iraq's crude through Turkey.", None, "Iraq"),
        ("INS Commissioner Alan Nelson said the agency would act.", None, "Alan Nelson"),
    ],
)
def test_a_ship_is_no_person_place_or_company(
    extractor: object, text: str, gone: str | None, kept: str | None
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    names = {e.text for e in annotation.entities if e.label in ("PERSON", "ORG", "GPE")}
    if gone is not None:
        assert not any(gone in name for name in names), names
    if kept is not None:
        assert kept in names, names


@pytest.mark.slow
def test_a_figure_keeps_the_digits_it_was_written_with(extractor: object) -> None:
    """A scaled figure without the float's last-digit noise: "132.79 billion" is
    132790000000.0, not 132789999999.99998; so is one a series scales ("4.11 billion,
    up from 3.9")."""
    from nlp_models import text_article

    assert parse_quantity("132.79 billion taka") == (132_790_000_000.0, "BDT", "exact")
    text = "Money supply rose 6.95 pct to 132.79 billion taka. Reserves were 4.11 billion dlrs."
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    values = {q.text: q.value for q in annotation.quantities}
    assert values["132.79 billion taka"] == 132_790_000_000.0
    assert values["4.11 billion dlrs"] == 4_110_000_000.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency's name is no date, whatever the model said
        ("Deposits may now be opened in French francs and Swiss francs.", None),
        # a mean beside a rate is no stock index: its points are percentage points
        (
            "Bill rates fell half a point, and the funds rate fell from Monday's average of 7.61 pct.",
            ("half a point", "PERCENT", 0.5, "pp"),
        ),
        # a measure of two words glued to its number by hyphens
        (
            "The navy patrols a 480-nautical-mile corridor.",
            ("480-nautical-mile", "QUANTITY", 480.0, "nautical mile"),
        ),
        ("Each hold takes a 5-metric-ton load.", ("5-metric-ton", "QUANTITY", 5.0, "tonne")),
    ],
)
def test_currencies_means_and_glued_measures(
    extractor: object, text: str, expected: tuple | None
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    assert not [e.text for e in annotation.entities if e.label == "DATE" and "franc" in e.text]
    if expected is not None:
        found = {(q.text, q.label, q.value, q.unit) for q in annotation.quantities}
        assert expected in found, found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # a title off the name; the surname alone is that person
        (
            "Treasurer Paul Keating forecast slower growth. Keating said exports would rise.",
            "Paul Keating",
            "Keating",
        ),
        # the Arabic article glued to a family name, dropped later
        (
            "Prime Minister Samir al-Haddad spoke on Sunday. Haddad said the budget would balance.",
            "Samir al-Haddad",
            "Haddad",
        ),
        (
            "Foreign Minister Nabil el-Masri arrived on Monday. Masri met the envoy.",
            "Nabil el-Masri",
            "Masri",
        ),
        # an apostrophe inside a surname
        (
            "Senator Pat O'Donnell voted no. O'Donnell said the bill was flawed.",
            "Pat O'Donnell",
            "O'Donnell",
        ),
    ],
)
def test_a_name_written_short_is_its_full_names_person(
    extractor: object, text: str, full: str, short: str
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    people = {e.text: e.kb_id for e in annotation.entities if e.label == "PERSON"}
    assert full in people and short in people, people
    assert people[short] == people[full]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national bank association's legal form ends a company's name
        ("<Citibank NA> said it cut its base rate to 10.5 pct.", {("Citibank NA", "ORG")}),
        # a place that closes one company's name opens no other's
        (
            "Morgan Guaranty Trust Co of New York and Citibank N.A. cut their rates.",
            {("Morgan Guaranty Trust Co", "ORG"), ("Citibank N.A.", "ORG")},
        ),
        (
            "Shares of First Trust Co of Boston and Harbor Bank Corp rose.",
            {("Harbor Bank Corp", "ORG")},
        ),
        # a place after "in" is no first word of the company after "and"
        (
            "Rates at Lake Banks in Ohio and Fairway Trust Co branches rose.",
            {("Fairway Trust Co", "ORG")},
        ),
    ],
)
def test_companies_after_a_place_of_another(extractor: object, text: str, expected: set) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    found = {(e.text, e.label) for e in annotation.entities}
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a model's two persons where the story gives a full name again: one person
        ("Devon Marsh was held. The tackle Devon Marsh was freed.", ["Devon", "Marsh"]),
        ("Owen Pratt will appeal, Owen Pratt said.", ["Owen", "Pratt"]),
    ],
)
def test_a_full_name_again_is_one_name(text: str, pieces: list[str]) -> None:
    from tui.core.model.schema import Sentence
    from tui.core.nlp.entities import Candidate, short_name_mentions

    full = " ".join(pieces)
    first = text.index(full)
    again = text.index(full, first + 1)
    candidates = [Candidate(first, first + len(full), "PERSON")] + [
        Candidate(again + full.index(p), again + full.index(p) + len(p), "PERSON") for p in pieces
    ]
    found = short_name_mentions(text, candidates, [Sentence(start=0, end=len(text))], [])
    assert _spans(text, found) == [(full, "PERSON"), (full, "PERSON")]


def test_a_headlines_full_name_stays_whole() -> None:
    from tui.core.nlp.entities import Candidate, headline_entities

    # a Title Case headline's full name, the story calling the person by each part; a
    # name that runs on into a word of the headline is still cut back ("Fred LaRue Dies")
    for headline, body, expected in (
        ("Rams Tackle Devon Marsh Arrested", ["Devon", "Marsh"], "Devon Marsh"),
        ("Fred LaRue Dies", ["Fred LaRue"], "Fred LaRue"),
    ):
        name = expected if expected != "Fred LaRue" else "Fred LaRue Dies"
        text = f"{headline}\nThe story of {' and '.join(body)}."
        start = text.index(name)
        candidates = [Candidate(start, start + len(name), "PERSON")]
        for piece in body:
            at = text.index(piece, len(headline))
            candidates.append(Candidate(at, at + len(piece), "PERSON"))
        found = headline_entities(text, candidates, (0, len(headline)), caps=False)
        assert [text[c.start : c.end] for c in found if c.end <= len(headline)] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a game's score is no date; a game's half or quarter is no part of the year
        (
            "The Hawks beat the Owls 20-13 on Sunday to clinch a playoff berth.",
            "2012-12-23",
            {"20-13": None},
        ),
        (
            "Ruiz made it 19-12 with 11:43 left in the first half and scored again.",
            "2013-03-08",
            {"first half": None},
        ),
        (
            "His touchdown pass late in the fourth quarter won it.",
            "2012-12-23",
            {"fourth quarter": None},
        ),
        # a company's half is the year's
        (
            "Sales rose in the first half, the company said.",
            "2013-03-08",
            {"first half": "2013-01-01/2013-06-30"},
        ),
        # a team that advances to play a weekday plays it next
        (
            "The Jays advance to play Saturday in the semifinal.",
            "2013-03-08",
            {"Saturday": "2013-03-09"},
        ),
    ],
)
def test_a_games_scores_and_parts_are_no_dates(
    extractor: object, text: str, date: str, expected: dict
) -> None:
    dates = dict(_dates(extractor, text, date))
    for piece, value in expected.items():
        if piece[0].isdigit():
            assert piece not in dates, dates
        else:
            assert dates.get(piece, "missing") == value, dates


@pytest.mark.slow
def test_a_town_that_names_a_festival_is_a_place(extractor: object) -> None:
    from nlp_models import text_article

    # a festival's or a shop's name opens with its town: the town alone is the place; a
    # company named after its town keeps it ("a stake in Santos" of Santos Ltd)
    text = (
        "Thieves struck again in Cannes on Sunday. Jewels were due to be lent for the "
        "Cannes Film Festival. Separately, Acme bought a stake in Santos. Santos Ltd said "
        "it would fight the bid."
    )
    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    labels = {(e.text, e.label) for e in annotation.entities}
    assert ("Cannes", "GPE") in labels and ("Cannes", "ORG") not in labels
    assert ("Santos", "GPE") not in labels


def test_a_headline_name_cut_back_takes_its_id_along() -> None:
    from tui.core.nlp.entities import Candidate, headline_entities

    # a Title Case headline read as one long name gave its id to the story's short mentions
    headline = "Police Release Names Of Two Men"
    text = f"{headline}\nPolice said the men were held. Police would not say more."
    long_id = "auto:police-release-names-of-two-men"
    candidates = [Candidate(0, len(headline), "ORG", None)]
    for at in (text.index("Police", len(headline)), text.rindex("Police")):
        candidates.append(Candidate(at, at + len("Police"), "ORG", long_id))
    found = headline_entities(text, candidates, (0, len(headline)), caps=False)
    assert not any(c.kb_id == long_id for c in found)  # (the name's own id comes later)
    assert [text[c.start : c.end] for c in found] == ["Police"] * 3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # wire copy: a tender's shipments, months listed after a coming one
        (
            "The tender calls for 6,000 tonnes in May, 9,000 tonnes each in June, July and "
            "August, and 5,000 tonnes in September.",
            "1987-04-09",
            {
                "May": "1987-05",
                "June": "1987-06",
                "July": "1987-07",
                "August": "1987-08",
                "September": "1987-09",
            },
        ),
        (
            "Two cargoes were sold for June at 346 dlrs and for July at 340 dlrs.",
            "1987-03-23",
            {"June": "1987-06", "July": "1987-07"},
        ),
        # today's press: months looked back on stay in the past
        (
            "Exports rose in March from 4,000 tonnes in February.",
            "2013-04-09",
            {"March": "2013-03", "February": "2013-02"},
        ),
    ],
)
def test_months_listed_after_a_coming_one(
    extractor: object, text: str, date: str, expected: dict
) -> None:
    dates = dict(_dates(extractor, text, date))
    assert {k: dates.get(k) for k in expected} == expected


def test_a_headlines_common_word_names_no_one() -> None:
    from tui.core.nlp.entities import Candidate, headline_entities

    # wire copy in capitals: a company's or a person's short form that the story writes in
    # lower case is the common word ("rubber trees", "gold bullion"); one it never writes
    # so is the name ("ACME" of Acme Widget Corp)
    for headline, body, name, expected in (
        (
            "RUBBER DISEASE SEEN CUTTING SUPPLY",
            "The Rubber Research Institute of Malaysia said rubber trees were hit.",
            "Rubber Research Institute of Malaysia",
            [],
        ),
        (
            "TALKING POINT/GOLD",
            "Analysts said gold bullion rose. Hemlo Gold gained.",
            "Hemlo Gold",
            [],
        ),
        (
            "ACME SEES HIGHER PROFIT",
            "Acme Widget Corp said profit would rise.",
            "Acme Widget Corp",
            ["ACME"],
        ),
    ):
        text = f"{headline}\n{body}"
        at = text.index(name)
        label = "PERSON" if name == "Hemlo Gold" else "ORG"
        found = headline_entities(
            text, [Candidate(at, at + len(name), label)], (0, len(headline)), caps=True
        )
        assert [text[c.start : c.end] for c in found if c.end <= len(headline)] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "gone", "kept"),
    [
        # a continent's people is no company's short form
        (
            "European producers sold 854,000 tonnes into European Community stocks.",
            "1987-04-27",
            ("European", "ORG"),
            ("European Community", "ORG"),
        ),
        # nor a model's person's first word: "European Sugar" then "the European corn
        # business"
        (
            "The group will float its unit European Sugar. It absorbs the European corn business.",
            "1987-03-30",
            ("European", "PERSON"),
            None,
        ),
        # four figures too far past the article's date are a number, no year
        (
            "Clones not resistant are the PPN 2058 and the PR 265.",
            "1987-04-27",
            ("2058", "DATE"),
            None,
        ),
        ("The plan aims to cut emissions by 2050.", "2013-04-27", None, ("2050", "DATE")),
    ],
)
def test_peoples_and_far_years(
    extractor: object, text: str, date: str, gone: tuple | None, kept: tuple | None
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text, date=date)])  # type: ignore[attr-defined]
    found = {(e.text, e.label) for e in annotation.entities}
    if gone is not None:
        assert gone not in found, found
    if kept is not None:
        assert kept in found, found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # wire and web: a word of degree or emphasis run into a date is no part of it
        ("It would be slightly less this year.", "less this year", "this year"),
        ("They raised rates just last week.", "just last week", "last week"),
        ("Only yesterday it fell.", "Only yesterday", "yesterday"),
        # a date's own words stay
        ("It will close later this year.", "later this year", "later this year"),
        ("It rose earlier this month.", "earlier this month", "earlier this month"),
        ("It took less than an hour.", "less than an hour", "less than an hour"),
        ("It lasted more than five hours.", "more than five hours", "more than five hours"),
    ],
)
def test_a_dates_lead_words(text: str, span: str, expected: str) -> None:
    from tui.core.nlp.entities import trim_words

    start, end = _at(text, span)
    s, e = trim_words(text, start, end, "DATE")
    assert text[s:e] == expected


def test_a_group_of_nations_is_one_name() -> None:
    from tui.core.nlp.entities import Candidate, groups_of_nations

    # wire and today's press: a club of nations named by its count, cut by a model
    text = "News from the Group of Seven meeting. The Group of 77 met. The Group of Twenty said."
    candidates = [
        Candidate(*_at(text, "Group of"), "ORG"),
        Candidate(*_at(text, "Seven"), "CARDINAL"),
        Candidate(*_at(text, "The Group"), "ORG", rule=True),
    ]
    found = groups_of_nations(text, candidates)
    assert _spans(text, found) == [
        ("Group of 77", "ORG"),
        ("Group of Seven", "ORG"),
        ("Group of Twenty", "ORG"),
    ]


def test_an_earnings_notes_amounts_are_money() -> None:
    # wire copy: the note under a results table counts money, not the last row's shares;
    # the same words with no table beside them decide nothing
    table = (
        "Shr loss 16 cts vs profit 23 cts\nNet loss 97,600 vs profit 91,980\n"
        "Avg shrs 621,036 vs 388,536\n"
    )
    note = "Note: net includes extraordinary gains of 33,654 for qtr and a charge of 12,000."
    for text, expected in ((table + note, "MONEY"), (note, "CARDINAL")):
        quantities = [
            _figure(text, piece, value, "count")
            for piece, value in (("33,654", 33654.0), ("12,000", 12000.0))
        ]
        found = share_units(text, quantities, "USD")
        assert [q.label for q in found] == [expected, expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "piece", "expected"),
    [
        # a weekday named alone again is the day named first
        (
            "The board Monday will discuss the sale, a spokesman said. Monday's board "
            "meeting is a regular monthly meeting.",
            "1987-03-20",
            "Monday",
            {"1987-03-23"},
        ),
        (
            "The council will vote on Thursday, officials said. Thursday's vote is the last.",
            "2013-04-09",
            "Thursday",
            {"2013-04-11"},
        ),
        # the day something was put off to is a coming one, headline and story alike (a
        # Monday's wire story and a Thursday's)
        (
            "PORT STRIKE TALKS POSTPONED\n\nLONDON, March 2 - Talks due today between the "
            "port authority and dockers have been rescheduled for Thursday, a spokesman said.",
            "1987-03-02",
            "Thursday",
            {"1987-03-05"},
        ),
        (
            "PORT STRIKE TALKS POSTPONED TILL MONDAY\n\nLONDON, March 5 - Talks set for "
            "today between the port authority and dockers have been put back, a spokesman "
            "said.",
            "1987-03-05",
            "MONDAY",
            {"1987-03-09"},
        ),
        (
            "The council's hearing on the tower was adjourned until Tuesday, its clerk said.",
            "2013-04-11",
            "Tuesday",
            {"2013-04-16"},
        ),
        # a date a model cut at "of" is one; "ahead of" joins no date to another
        (
            "The talks come more than a year ahead of next week's vote.",
            "1987-06-20",
            "next week",
            {"1987-06-22/1987-06-28"},
        ),
        (
            "LINDE TURNOVER UP IN FIRST TWO MONTHS OF 1987",
            "1987-03-26",
            "FIRST TWO MONTHS OF 1987",
            {"1987-01-01/1987-02-28"},
        ),
    ],
)
def test_a_weekday_again_and_a_date_cut_at_of(
    extractor: object, text: str, date: str, piece: str, expected: set
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text, date=date)])  # type: ignore[attr-defined]
    values = {
        e.value for e in annotation.entities if e.label == "DATE" and e.text.startswith(piece)
    }
    assert values == expected


def test_a_headline_name_cut_to_a_place_leaves_its_ids() -> None:
    from tui.core.nlp.entities import Candidate, headline_entities

    # a team's name in a Title Case headline cut back to the story's place keeps its id
    # on the story's short mentions: its words are no words the story writes in lower case
    headline = "Indianapolis Colts Clinch Berth"
    text = f"{headline}\nIn Indianapolis, the Colts won. The Colts clinched a berth."
    team = "auto:indianapolis-colts"
    candidates = [Candidate(0, len("Indianapolis Colts"), "ORG", None)]
    at = text.index("Indianapolis", len(headline))
    candidates.append(Candidate(at, at + len("Indianapolis"), "GPE", None))
    for at in (text.index("Colts", len(headline)), text.rindex("Colts")):
        candidates.append(Candidate(at, at + len("Colts"), "ORG", team))
    found = headline_entities(text, candidates, (0, len(headline)), caps=False)
    assert [c.kb_id for c in found if text[c.start : c.end] == "Colts"] == [team, team]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a company's short form before its shares is the company, whatever pronoun follows
        (
            "Arthur Vale told the SEC he holds 39,000 shares of Brindle Drilling Co Inc. Vale said "
            "he may buy more Brindle common shares, or sell some or all of his stake.",
            "Brindle",
            "ORG",
        ),
        # a person whose firm bears his name stays a person
        (
            "Fed chairman nominee Alan Greenspan heads Greenspan Associates Inc. Greenspan said "
            "he would sell his stake in the firm.",
            "Greenspan",
            "PERSON",
        ),
    ],
)
def test_a_short_name_of_a_company_or_of_its_founder(
    extractor: object, text: str, name: str, label: str
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    labels = {e.label for e in annotation.entities if e.text == name}
    assert labels == {label}, labels


# --- round 16: a person of a company, figures beside a rate, a basis, places listed -----------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analyst quoted "of" the firm: a person and a company, in wire copy and today's press
        (
            '"Rates will ease," said Nora Quill of Halden Securities Inc. Quill expects more.',
            {("Nora Quill", "PERSON"), ("Halden Securities Inc", "ORG"), ("Quill", "PERSON")},
        ),
        (
            "Dana K. Brook of Oakfield Partners LLC noted that spending slowed.",
            {("Dana K. Brook", "PERSON"), ("Oakfield Partners LLC", "ORG")},
        ),
        # a company named "X of Y" stays whole
        (
            "The Industrial Bank of Westland Ltd said it would lend more.",
            {("Industrial Bank of Westland Ltd", "ORG")},
        ),
        (
            "Loans came from First Savings Bank of Halby Inc and others.",
            {("First Savings Bank of Halby Inc", "ORG")},
        ),
        # a company "of" a place or a continent, whatever its first words look like
        (
            "Detroit, March 4 - Gran Vista of North America Inc said it would sell cars.",
            {("Gran Vista of North America Inc", "ORG")},
        ),
        # a role before the name opens no name
        (
            "Technician Lena Morrow of Chartwell Data Corp expects a rally.",
            {("Lena Morrow", "PERSON"), ("Chartwell Data Corp", "ORG")},
        ),
        (
            '"It is a trend," said Richardson Greenshields of Canada Ltd economist Ann Roe.',
            {("Richardson Greenshields of Canada Ltd", "ORG")},
        ),
    ],
)
def test_a_person_of_a_company(extractor: object, text: str, expected: set) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    found = {(e.text, e.label) for e in annotation.entities}
    assert expected <= found, found


def test_a_percentage_lends_no_unit_to_a_count_beside_it() -> None:
    """ "totaled 241,000, up 11.6 pct from 216,000": the counts are no rates; a small
    number set against a rate is ("11.6 pct, against 9.5")."""
    from tui.core.nlp.quantities.sharing import lends_unit

    rate = _figure("up 11.6 pct", "11.6 pct", 11.6, "percent", "PERCENT")
    for value, lent in ((216_000.0, False), (1_000.0, False), (9.5, True), (999.0, True)):
        bare = _figure("216,000", "216,000", value, "count")
        assert lends_unit(rate, bare) is lent
    money = _figure("3 mln dlrs", "3 mln dlrs", 3e6, "USD", "MONEY")
    assert lends_unit(money, _figure("216,000", "216,000", 216_000.0, "count"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # counts beside a rate keep no percent, in wire copy and today's press
        (
            "Resales totaled 241,000 in May, up 11.6 pct from the April total of 216,000.",
            {"11.6 pct": "percent"},
        ),
        (
            "Jobless claims rose to 2,345,000, or 8.1 pct, from 2,200,000.",
            {"8.1 pct": "percent", "2,345,000": "count", "2,200,000": "count"},
        ),
        # a scale with a hyphen before a currency or a measure
        ("The six-billion dlr project was delayed.", {"six-billion dlr": "USD"}),
        ("They signed a 50-mln euro loan and a 1.5-mln tonne deal.", {"50-mln euro": "EUR"}),
        # the scale is no counted thing
        ("Unemployment was 2.29 mln, the office said.", {"2.29 mln": "count"}),
        # the European currency unit written out
        (
            "It faces a five billion European Currency Unit shortfall.",
            {"five billion European Currency Unit": "XEU"},
        ),
    ],
)
def test_figures_beside_rates_scales_and_currency_units(
    extractor: object, text: str, figures: dict
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text)])  # type: ignore[attr-defined]
    found = {q.text: q.unit for q in annotation.quantities}
    for piece, unit in figures.items():
        assert found.get(piece) == unit, found
    assert not any(q.unit == "percent" and (q.value or 0) >= 1000 for q in annotation.quantities)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the basis of a figure is no date
        ("Prices rose 3.7 pct year-on-year and 0.4 pct month-on-month.", set()),
        ("Output rose a seasonally adjusted 1.2 pct in June.", {("June", "2024-06")}),
        ("The year-over-year gain slowed, analysts said.", set()),
        # a day named with its fiscal year is in that year, whenever the story is from
        (
            "Earnings in fiscal 2025 ending September 30 will fall.",
            {("September 30", "2025-09-30")},
        ),
        ("Sales in fiscal 2023 ended June 30 rose.", {("June 30", "2023-06-30")}),
        # a figure with thousands is no part of the date before it
        ("Sales fell to 13,734 units from year-earlier 14,589 units.", {("year-earlier", "2023")}),
    ],
)
def test_a_basis_a_fiscal_year_and_a_figure_after_a_date(
    extractor: object, text: str, dates: set
) -> None:
    found = set(_dates(extractor, text, "2024-07-10"))
    assert found == dates, found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # names listed before the plural of a kind of place are places, whatever they were
        (
            "Drought hit farms in Korvat, Phela, Trasin and Obrin provinces.",
            ["Korvat", "Phela", "Trasin", "Obrin"],
        ),
        ("Floods closed roads in Dunmere and Halby counties.", ["Dunmere", "Halby"]),
        # "states" as a verb lists no places, nor do a government's departments
        ("Pell and Roe states that it will sell.", []),
        ("Obama told the Interior and Commerce departments to act.", []),
    ],
)
def test_names_listed_before_kinds_of_place(text: str, places: list[str]) -> None:
    from tui.core.nlp.entities import Candidate, places_listed

    candidates = [
        Candidate(m.start(), m.end(), label)
        for m, label in zip(
            re.finditer(r"\b(?!Drought|Floods)[A-Z][a-z]+", text),
            ("PERSON", "ORG", "NORP", "PERSON", "ORG"),
            strict=False,
        )
    ]
    found = [text[c.start : c.end] for c in places_listed(text, candidates) if c.label == "GPE"]
    assert found == places


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a place and a common word, or one the story writes in lower case, is the place
        ("The U.S. Has excessive expectations, he said.", "Has"),
        ("U.S. Officials said the talks, which officials called useful, would go on.", "Officials"),
        ("The U.K. Does not agree, he said.", "Does"),
    ],
)
def test_a_place_and_a_common_word_is_no_company(text: str, word: str) -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    from tui.core.nlp.entities import Candidate, place_organisations, places_in_longer_names

    place = re.search(r"U\.[SK]\.", text)
    assert place is not None
    as_org = [Candidate(place.start(), text.index(word) + len(word), "ORG")]
    as_place = [Candidate(*place.span(), "GPE")]
    assert _spans(text, places_in_longer_names(text, as_org, STOP_WORDS)) == [
        (place.group(), "GPE")
    ]
    assert _spans(text, place_organisations(text, as_place, STOP_WORDS)) == [(place.group(), "GPE")]


def test_a_dotted_place_keeps_its_last_full_stop() -> None:
    """ "U.S. HOUSING STARTS ...": the gazetteer writes "U.S" but the name ends after the
    stop, in a capitals headline and in running text."""
    from tui.core.nlp.entities import gazetteer_places, headline_entities

    text = "U.S. HOUSING STARTS FELL\n\nStarts in the U.K. rose, the U.S.-Japan group said."
    found = _spans(text, gazetteer_places(text, []))
    assert ("U.K.", "GPE") in found and ("U.S.", "GPE") in found
    headline = headline_entities(text, [], (0, text.index("\n")), True)
    assert _spans(text, headline)[0] == ("U.S.", "GPE")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        # a date a model gave a name's label is a date
        ("Balances rose on Feb 25 to 4.1 billion dlrs.", "Feb 25", "DATE"),
        ("Sales for the February 21 to 28 period fell.", "February 21 to 28", "DATE"),
        # an event named by its day alone stays the event
        ("Flights stopped after the September 11 attacks.", "September 11", "EVENT"),
    ],
)
def test_a_date_with_a_names_label_is_a_date(
    extractor: object, text: str, piece: str, label: str
) -> None:
    from nlp_models import text_article

    (annotation,) = extractor.extract([text_article(text, date="2024-03-04")])  # type: ignore[attr-defined]
    found = {e.text: e.label for e in annotation.entities}
    assert found.get(piece, label) == label, found


def test_a_team_named_for_a_role_stays_a_team() -> None:
    """ "the Ottawa Chiefs" is a team though "chief" is a role: only a word the story
    writes in lower case, or a common word, makes a place's next word no name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from tui.core.nlp.entities import Candidate, place_organisations, places_in_longer_names

    text = "The Ottawa Chiefs beat the Lions; the Chiefs rushed for 200 yards."
    sixers = "The Boston 76ers won; the 76ers led."
    found = place_organisations(sixers, [Candidate(*_at(sixers, "Boston"), "GPE")], STOP_WORDS)
    assert _spans(sixers, found) == [("Boston 76ers", "ORG")]
    as_place = [Candidate(*_at(text, "Ottawa"), "GPE")]
    assert _spans(text, place_organisations(text, as_place, STOP_WORDS)) == [
        ("Ottawa Chiefs", "ORG")
    ]
    as_org = [Candidate(*_at(text, "Ottawa Chiefs"), "ORG")]
    assert _spans(text, places_in_longer_names(text, as_org, STOP_WORDS)) == [
        ("Ottawa Chiefs", "ORG")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # what is planned for a month is in the coming one, in wire copy and today's press
        ("A definitive accord is slated for August, he added.", {("August", "2024-08")}),
        ("The vote, set for August, will decide the matter.", {("August", "2024-08")}),
        # what was planned may be gone
        ("The meeting was scheduled for March 15 but was put off.", {("March 15", "2024-03-15")}),
        # when a change takes effect is no time of the past verb before it
        (
            "It said it raised prices by nine cts a pound, effective May One.",
            {("May One", "2024-05-01")},
        ),
        ("Acme raised its list prices by 4%, effective May 1, it said.", {("May 1", "2024-05-01")}),
        # an age, or a table's small numbers, is no date
        ("Pickford, the oilman, is 58.", set()),
    ],
)
def test_planned_effective_and_no_dates(extractor: object, text: str, dates: set) -> None:
    found = set(_dates(extractor, text, "2024-03-30"))
    assert found == dates, found


@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        # a water or a land named by its last word, or by a lower-case kind after it
        (
            "Ships queued at the St Lawrence Seaway, an official said.",
            "St Lawrence Seaway",
            "PERSON",
        ),
        ("Repairs go on at the Welland Canal, she said.", "Welland Canal", "ORG"),
        ("Snow halted shipping through the Bosphorus waterway.", "Bosphorus", "PERSON"),
        ("Barges on the Ohio river moved slowly.", "Ohio", "GPE"),
    ],
)
def test_lands_and_waters(text: str, piece: str, label: str) -> None:
    from tui.core.nlp.entities import Candidate, lands_and_waters

    found = lands_and_waters(text, [Candidate(*_at(text, piece), label)])
    assert _spans(text, found) == [(piece, "LOC")]


def test_a_company_of_a_waters_name_stays_a_company() -> None:
    """A trusted company, or a one-word ORG with no kind after it, stays what it was."""
    from tui.core.nlp.entities import Candidate, lands_and_waters

    text = "Suez Canal Co said Rivers rose, and Acme Sea Products Inc said so too."
    found = lands_and_waters(
        text,
        [
            Candidate(*_at(text, "Suez Canal Co"), "ORG", rule=True),
            Candidate(*_at(text, "Rivers"), "PERSON"),
            Candidate(*_at(text, "Acme Sea Products Inc"), "ORG", rule=True),
        ],
    )
    assert [c.label for c in found] == ["ORG", "PERSON", "ORG"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a results headline in capitals names its quarter, a table its half, a note both
        (
            "KORVAL FOODS INC <KRV> 4TH QTR NET\n\nOMAHA, March 20 - Shr 43 cts vs 37 cts",
            {("4TH QTR", None), ("March 20", "2024-03-20")},
        ),
        (
            "Brisa Textiles SA 1st half\n\nShr 17 cts vs 18 cts\n\n"
            "NOTE: 4th qtr 2023 includes a gain; 2022 4th qtr net includes a charge.",
            {
                ("1st half", "2024-01-01/2024-06-30"),  # (the model's own, read as ever)
                ("4th qtr 2023", "2023-10-01/2023-12-31"),
                ("2022 4th qtr", "2022-10-01/2022-12-31"),
            },
        ),
        # a hyphenated quarter before its year, in another desk's style
        (
            "Chipmakers will cut output by 10% in first-quarter 2024, spokesmen said.",
            {("first-quarter 2024", "2024-01-01/2024-03-31")},
        ),
    ],
)
def test_a_quarter_or_a_half_named_by_its_ordinal(extractor: object, text: str, dates: set) -> None:
    """A quarter or a half of the year named by its ordinal is a DATE where the model
    tagged none: before, 1,413 of 2,013 Reuters headlines naming one had no date. Without
    its year it has no value: a company's year may end in any month."""
    found = set(_dates(extractor, text, "2024-03-30"))
    assert dates <= found, found


def test_a_half_of_something_else_is_not_the_rules() -> None:
    """ "the first half of the meeting": a half of something other than a year is left to
    the model, as is a game's quarter; a date the model found over the quarter, longer or
    the same, stays its."""
    from tui.core.nlp.entities import Candidate
    from tui.core.nlp.extractor import part_of_year_dates

    text = "In the first half of the meeting, and in the third quarter of this year, it fell."
    assert part_of_year_dates(text, 0, len(text), []) == [
        Candidate(*_at(text, "third quarter of this year"), "DATE")
    ]
    assert part_of_year_dates("Its 2nd qtr rose.", 0, 17, []) == [
        Candidate(4, 11, "DATE", rule=True)
    ]
    longer = Candidate(*_at(text, "the third quarter of this year"), "DATE")
    assert part_of_year_dates(text, 0, len(text), [longer]) == []
    # (a game's report: its quarters are the game's, unless a year says otherwise)
    game = "He threw a touchdown pass in the fourth quarter, his first since the 2019 2nd half."
    assert part_of_year_dates(game, 0, len(game), [], game=True) == [
        Candidate(*_at(game, "2019 2nd half"), "DATE")
    ]
