"""Figures across sources: reading the fallback texts, agreement beyond qualifiers, lining up."""

from __future__ import annotations

import pytest

from tui.core.events.figures import (
    MEASURE,
    Amount,
    amount_of,
    currencies_apart,
    figures_agree,
    kept_figures,
    lead_figures_conflict,
    line_up,
    parse_figure,
)
from tui.core.model.schema import Figure


def fig(text: str, article: str = "a") -> Figure:
    parsed = parse_figure(text)
    assert parsed is not None, text
    value, unit, qualifier = parsed
    return Figure(article=article, text=text, value=value, unit=unit, qualifier=qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than $1 trillion", (1e12, "USD", "gt")),
        ("US$36.8 billion", (36.8e9, "USD", "exact")),
        ("HK$91.10", (91.1, "HKD", "exact")),
        ("5,163 yen", (5163.0, "JPY", "exact")),
        ("€3.2bn", (3.2e9, "EUR", "exact")),
        ("£450m", (450e6, "GBP", "exact")),
        ("RMB5 billion", (5e9, "CNY", "exact")),
        ("129.10香港ドル", (129.1, "HKD", "exact")),
        ("7.8 per cent", (7.8, "percent", "exact")),
        ("almost 75%", (75.0, "percent", "approx")),  # the word table: "almost" is approx
        ("US93.84", (93.84, "USD", "exact")),  # a country prefix glued to a price
        ("約96億ドル", (96e8, "USD", "approx")),
        ("3.5 percentage points", (3.5, "pp", "exact")),
        ("50%以上", (50.0, "percent", "ge")),
        ("around $315 billion", (315e9, "USD", "approx")),
        ("a trillion-dollar", (1e12, "USD", "exact")),
    ],
)
def test_parse_figure(text: str, expected: tuple[float, str, str]) -> None:
    value, unit, qualifier = parse_figure(text)  # type: ignore[misc]
    assert (unit, qualifier) == expected[1:]
    assert value == pytest.approx(expected[0])


@pytest.mark.parametrize("text", ["six units", "Thursday", "2020", "the first", "10 tonnes", ""])
def test_parse_figure_rejects(text: str) -> None:
    assert parse_figure(text) is None


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("more than $1 trillion", "$1.1 trillion", True),
        ("$34.5 billion", "$37 billion", False),
        ("$4.2 billion", "about $4 billion", True),
        ("$4.2 billion", "$4.5 billion", False),
        ("8.1%", "8 per cent", True),
        ("8.1%", "8.3%", False),
        ("nearly $1 billion", "$1 billion", True),
        ("nearly $1.0 billion", "$1.2 billion", False),  # "nearly" is approx: 0.9-1.1 billion
        ("over 50%", "almost 75%", True),
        ("$1 billion", "€1 billion", None),
        # rounded figures stand for half-open ranges: ranges that only touch disagree
        ("$300 million", "$400 million", False),
        ("3%", "4%", False),
        ("$300 million", "$345 million", True),
        ("0%", "0 per cent", True),
        # a fraction is written to the eighth (wire coupons, prices, fees), whole part or not
        ("8-3/4 pct", "8-1/2 pct", False),
        ("100-3/4 pct", "100-5/8 pct", False),
        ("3/8 pct", "1/4 pct", False),
        ("8-1/2 pct", "8.5 pct", True),
        ("1/4 pct", "0.25 pct", True),
        ("1-1/2 billion dlrs", "1.5 billion dlrs", True),
    ],
)
def test_figures_agree(a: str, b: str, agree: bool | None) -> None:
    assert figures_agree(fig(a), fig(b)) is agree
    assert figures_agree(fig(b), fig(a)) is agree


def test_line_up_groups_by_unit_and_magnitude() -> None:
    rows = line_up(
        [
            fig("$34.5 billion", "x"),
            fig("$37 billion", "y"),
            fig("7%", "x"),
            fig("HK$91.10", "y"),
            fig("$315 million", "y"),
        ]
    )
    shown = [(r.unit, [f.text for f in r.figures], r.agree) for r in rows]
    assert shown == [
        ("HKD", ["HK$91.10"], True),
        ("USD", ["$315 million"], True),
        ("USD", ["$34.5 billion", "$37 billion"], False),
        ("percent", ["7%"], True),
    ]


def test_line_up_ignores_disagreement_within_one_source() -> None:
    (row,) = line_up([fig("$34.5 billion", "x"), fig("$37 billion", "x")])
    assert row.agree


def test_a_row_shows_each_value_once_with_the_sources_that_state_it() -> None:
    # A wire story states 18 dollars three times (its headline's "18 DLR" too), its copy
    # twice, a third source another figure: two values to compare, not six figures.
    (row,) = line_up(
        [
            fig("18 dlrs", "x"),
            fig("18 dlr", "x"),
            fig("$18", "x"),
            fig("18 dlrs", "y"),
            fig("$18", "y"),
            fig("$19", "z"),
        ]
    )
    shown = [sorted({row.figures[i].article for i in group}) for group in row.per_value()]
    assert shown == [["x", "y"], ["z"]]
    # (a source's two values stay two, and so do a bound and a figure of one value)
    (row,) = line_up([fig("$140 million", "x"), fig("$150 million", "x")])
    assert len(row.per_value()) == 2
    (row,) = line_up([fig("more than $1 trillion", "x"), fig("$1 trillion", "y")])
    assert len(row.per_value()) == 2


def test_line_up_names_the_figures_that_differ() -> None:
    (row,) = line_up([fig("$34.5 billion", "x"), fig("$37 billion", "y"), fig("$37 billion", "x")])
    # (y's $37 billion is x's too: x's $34.5 billion is one y does not state, but y states
    # nothing x does not)
    assert row.agree and row.differing == frozenset()
    (row,) = line_up(
        [
            fig("$140 million", "x"),
            fig("$170 million", "x"),
            fig("$170 million", "y"),
            fig("$155 million", "y"),
        ]
    )
    assert not row.agree
    assert [row.figures[k].text for k in sorted(row.differing)] == ["$140 million", "$155 million"]
    # (one report's figure beside a value two others agree on is still told two ways; and
    # a bound, which allows both, agrees on neither)
    (row,) = line_up([fig("$1 trillion", "x"), fig("$1 trillion", "y"), fig("$2 trillion", "z")])
    assert [row.figures[k].article for k in sorted(row.differing)] == ["x", "y", "z"]
    row = line_up(
        [fig("more than $1 trillion", "x"), fig("$1.1 trillion", "y"), fig("$2 trillion", "z")]
    )[0]
    assert [row.figures[k].text for k in sorted(row.differing)] == ["$1.1 trillion", "$2 trillion"]


@pytest.mark.parametrize(
    "figures",
    [
        # One change told alike by two sources ("to five billion yuan from three billion").
        [
            ("three billion yuan", "x"),
            ("five billion yuan", "x"),
            ("3 billion yuan", "y"),
            ("5 billion yuan", "y"),
        ],
        # A release's every item in one report, two of them in the other.
        [
            ("2.2 pct", "x"),
            ("9.3 pct", "x"),
            ("2.2 pct", "y"),
            ("5.9 pct", "y"),
            ("9.3 pct", "y"),
            ("21 pct", "y"),
        ],
        # Two bids, each told by two reports: two quantities, each one agreed.
        [
            ("90.25 dlrs", "w"),
            ("90.25 dlrs", "x"),
            ("92.50 dlrs", "y"),
            ("92.50 dlr", "z"),
        ],
    ],
    ids=["one-change", "more-items", "two-agreed-values"],
)
def test_sources_stating_each_others_figures_do_not_differ(figures: list[tuple[str, str]]) -> None:
    rows = line_up([fig(text, article) for text, article in figures])
    assert all(row.agree for row in rows)


def _amount(value: float, unit: str, qualifier: str = "exact") -> Amount:
    figure = Figure(article="a", text=f"{value:g}", value=value, unit=unit, qualifier=qualifier)  # type: ignore[arg-type]
    amount = amount_of(figure)
    assert amount is not None
    return amount


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # Two heists: millions against a hundred million, in the same or a dollar-like currency.
        ([(2_000_000, "EUR")], [(85_000_000, "EUR")], True),
        ([(2_600_000, "USD")], [(102_000_000, "USD")], True),
        ([(1_700_000, "GBP")], [(160_000_000, "USD")], True),
        # One deal reported in two currencies, or rounded: near.
        ([(85_000_000, "EUR")], [(108_000_000, "USD")], False),
        ([(184_000_000, "USD")], [(160_000_000, "USD"), (1_000, "USD")], False),
        # A toll reported as a lower bound early on is near any later one.
        ([(3, "person", "ge")], [(10, "person")], False),
        ([(2, "person")], [(10, "person")], True),
        # Measures written with decimals (a magnitude): 5.6 is not 5.9; 5.9 may be 6.0.
        ([(5.6, MEASURE)], [(5.9, MEASURE)], True),
        ([(5.9, MEASURE)], [(6.0, MEASURE)], False),
        # Two issues of one size in two currencies, not both dollar-like: apart, unless
        # a report converts its sum into the other's currency.
        ([(300_000_000, "NLG")], [(300_000_000, "DKK")], True),
        ([(5_000, "JPY")], [(5_000_000, "USD")], True),
        ([(300_000_000, "NLG"), (150_000_000, "USD")], [(150_000_000, "USD")], False),
        # Nothing of one kind in common: no conflict.
        ([(5, "person")], [(2_000_000, "USD")], False),
        ([], [(5, "person")], False),
    ],
)
def test_lead_figures_conflict(
    a: list[tuple[float, str] | tuple[float, str, str]],
    b: list[tuple[float, str] | tuple[float, str, str]],
    conflict: bool,
) -> None:
    amounts_a = [_amount(*x) for x in a]
    amounts_b = [_amount(*x) for x in b]
    assert lead_figures_conflict(amounts_a, amounts_b, 2.0, 3.0) is conflict
    assert lead_figures_conflict(amounts_b, amounts_a, 2.0, 3.0) is conflict


@pytest.mark.parametrize(
    ("u", "v", "apart"),
    [
        ("NLG", "DKK", True),
        ("JPY", "USD", True),
        ("EUR", "USD", False),  # both dollar-like: compared with slack instead
        ("CHF", "CHF", False),
        ("USD", "percent", False),  # not two currencies
    ],
)
def test_currencies_apart(u: str, v: str, apart: bool) -> None:
    assert currencies_apart(u, v) is apart
    assert currencies_apart(v, u) is apart


@pytest.mark.parametrize(
    ("u", "v", "apart"),
    [
        ("USD", "CHF", True),  # one issuer's dollar bond and its franc notes
        ("GBP", "EUR", True),
        ("AUD", "USD", True),
        ("NLG", "DKK", True),
        ("CHF", "CHF", False),
        ("USD", "person", False),  # not two currencies
    ],
)
def test_wire_copy_states_each_sum_in_its_own_currency(u: str, v: str, apart: bool) -> None:
    assert currencies_apart(u, v, wire=True) is apart
    assert currencies_apart(v, u, wire=True) is apart


def test_wire_leads_of_one_size_in_two_currencies_conflict() -> None:
    dollars = [_amount(1e8, "USD")]
    francs = [_amount(1e8, "CHF")]
    # Web news may give one sum in its readers' money; two wire stories do not.
    assert not lead_figures_conflict(dollars, francs, 2.0, 3.0)
    assert lead_figures_conflict(dollars, francs, 2.0, 3.0, wire=True)
    # A wire story that converts names both currencies: the other's is compared.
    converted = [_amount(1.5e8, "CHF"), _amount(1e8, "USD")]
    assert not lead_figures_conflict(dollars, converted, 2.0, 3.0, wire=True)


def test_an_event_keeps_the_figures_its_sources_can_be_compared_by() -> None:
    # Two desks' copies of one trade release, each stating thirteen sums: the event keeps
    # figures of both, not the first copy's dozen alone (the side panel compares them).
    sums = [f"{n} mln dlrs" for n in (110, 129, 261, 295, 628, 1120, 1260, 1270, 1470, 1530)]
    sums += ["1.8 billion dlrs", "12.9 billion dlrs", "14.5 billion dlrs"]
    kept = kept_figures([fig(x, "x") for x in sums] + [fig(x, "y") for x in sums], 12)
    assert len(kept) == 12
    assert sorted(f.article for f in kept) == ["x"] * 6 + ["y"] * 6
    assert [f.text for f in kept if f.article == "x"] == [f.text for f in kept if f.article == "y"]
    # A results table of fourteen sums beside a report giving two of them and a share
    # price: the two sums both state come first, then the table's sums of their
    # magnitude, which the report could contradict; the share price, which nothing
    # compares with, only if room is left.
    sums = (105, 215, 325, 435, 545, 655, 765, 875, 985, 1095, 1205, 1315, 1425, 1535)
    table = [fig(f"{n} mln dlrs", "t") for n in sums]
    report = [fig("325 mln dlrs", "r"), fig("1.2 billion dlrs", "r"), fig("$18", "r")]
    kept = kept_figures(table + report, 8)
    assert [f.text for f in kept if f.article == "r"] == [x.text for x in report[:2]]
    assert [f.text for f in kept if f.article == "t"] == [
        f"{n} mln dlrs" for n in (215, 325, 435, 545, 655, 1205)
    ]
    assert kept_figures(table[:3] + report, 8)[-1].text == "$18"
    # (under the limit: each source's each text once, in the order given)
    twice = [fig("$18", "x"), fig("$19", "y"), fig("$18", "x")]
    assert kept_figures(twice, 12) == tuple(twice[:2])
