"""Quantity extraction: the lexicon, the meaning of expressions, and the grammar over real text."""

from __future__ import annotations

import pytest

from tui.core.nlp.quantities.grammar import build_quantity_matchers, extract_quantities
from tui.core.nlp.quantities.lexer import read_number_token
from tui.core.nlp.quantities.parse import parse_quantity

from nlp_models import load_models

# --- pure: one expression typed as text --------------------------------------------

PARSE_CASES = [
    # money, signs and codes
    ("US$36.8 billion", "en", (36.8e9, "USD", "exact")),
    ("HK$91.10", "en", (91.10, "HKD", "exact")),
    ("5,163 yen", "en", (5163, "JPY", "exact")),
    ("$6m", "en", (6e6, "USD", "exact")),
    ("€3.2bn", "en", (3.2e9, "EUR", "exact")),
    ("£450m", "en", (450e6, "GBP", "exact")),
    ("RMB5 billion", "en", (5e9, "CNY", "exact")),
    ("129.10 Hong Kong dollars", "en", (129.10, "HKD", "exact")),
    ("¥500", "en", (500, "JPY", "exact")),
    ("Rs 20 crore", "en", (2e8, "INR", "exact")),
    ("A$1.2bn", "en", (1.2e9, "AUD", "exact")),
    ("S$300,000", "en", (300000, "SGD", "exact")),
    ("NT$625.5 billion", "en", (625.5e9, "TWD", "exact")),
    ("C$4.5 million", "en", (4.5e6, "CAD", "exact")),
    ("USD 300 million", "en", (300e6, "USD", "exact")),
    ("300 million euros", "en", (300e6, "EUR", "exact")),
    ("7 trillion won", "en", (7e12, "KRW", "exact")),
    ("74.7 billion yuan", "en", (74.7e9, "CNY", "exact")),
    ("412p", "en", (4.12, "GBP", "exact")),
    ("31 cents", "en", (0.31, "USD", "exact")),
    ("US93.84", "en", (93.84, "USD", "exact")),
    ("$2.5-billion", "en", (2.5e9, "USD", "exact")),
    ("a trillion-dollar", "en", (1e12, "USD", "exact")),
    ("129.10香港ドル", "ja", (129.10, "HKD", "exact")),
    ("16.59ドル", "ja", (16.59, "USD", "exact")),
    ("1兆円", "ja", (1e12, "JPY", "exact")),
    ("3億ドル", "ja", (3e8, "USD", "exact")),
    ("1億2000万ユーロ", "ja", (1.2e8, "EUR", "exact")),
    ("1000億元", "ja", (1e11, "CNY", "exact")),
    ("２５０億円", "ja", (2.5e10, "JPY", "exact")),
    ("5000万ポンド", "ja", (5e7, "GBP", "exact")),
    # percentages and points
    ("7.8 per cent", "en", (7.8, "percent", "exact")),
    ("5.7%", "en", (5.7, "percent", "exact")),
    ("5.7 percent", "en", (5.7, "percent", "exact")),
    ("2 percentage points", "en", (2, "pp", "exact")),
    ("25 basis points", "en", (0.25, "pp", "exact")),
    ("50bp", "en", (0.5, "pp", "exact")),
    ("50%以上", "ja", (50, "percent", "ge")),
    ("５０％", "ja", (50, "percent", "exact")),
    ("約3割", "ja", (30, "percent", "approx")),
    ("3割強", "ja", (30, "percent", "gt")),
    ("0.5ポイント", "ja", (0.5, "pp", "exact")),
    ("5%未満", "ja", (5, "percent", "lt")),
    # counts, fractions, multipliers
    ("96 million shares", "en", (96e6, "share", "exact")),
    ("six units", "en", (6, "unit", "exact")),
    ("a dozen", "en", (12, "count", "exact")),
    ("twenty-five", "en", (25, "count", "exact")),
    ("two-thirds", "en", (0.6667, "fraction", "exact")),
    ("two thirds", "en", (0.6667, "fraction", "exact")),
    ("a fifth", "en", (0.2, "fraction", "exact")),
    ("a third", "en", (0.3333, "fraction", "exact")),
    ("three-quarters", "en", (0.75, "fraction", "exact")),
    ("half", "en", (0.5, "fraction", "exact")),
    ("1.5x", "en", (1.5, "times", "exact")),
    ("3分の1", "ja", (0.3333, "fraction", "exact")),
    ("9600万株", "ja", (9.6e7, "share", "exact")),
    ("12社", "ja", (12, "company", "exact")),
    ("2.5倍", "ja", (2.5, "times", "exact")),
    # bounds and approximations
    ("more than $1 trillion", "en", (1e12, "USD", "gt")),
    ("over 50%", "en", (50, "percent", "gt")),
    ("above 3%", "en", (3, "percent", "gt")),
    ("exceeding $5 billion", "en", (5e9, "USD", "gt")),
    ("at least 5%", "en", (5, "percent", "ge")),
    ("less than 4 per cent", "en", (4, "percent", "lt")),
    ("under 30 companies", "en", (30, "company", "lt")),
    ("below 7 per cent", "en", (7, "percent", "lt")),
    ("up to 3,000 roles", "en", (3000, "role", "le")),
    ("at most 10%", "en", (10, "percent", "le")),
    ("as much as 5.2 per cent", "en", (5.2, "percent", "le")),
    ("almost 6 per cent", "en", (6, "percent", "approx")),
    ("nearly $1 billion", "en", (1e9, "USD", "approx")),
    ("about 14 per cent", "en", (14, "percent", "approx")),
    ("around two-thirds", "en", (0.6667, "fraction", "approx")),
    ("approximately $78.5 billion", "en", (78.5e9, "USD", "approx")),
    ("roughly 2 per cent", "en", (2, "percent", "approx")),
    ("some 12,000", "en", (12000, "count", "approx")),
    ("10% or more", "en", (10, "percent", "ge")),
    ("約500億円", "ja", (5e10, "JPY", "approx")),
    ("およそ8000億ウォン", "ja", (8e11, "KRW", "approx")),
    ("20%近く", "ja", (20, "percent", "approx")),
    ("1兆円超", "ja", (1e12, "JPY", "gt")),
    ("最大50%", "ja", (50, "percent", "le")),
    ("100人余り", "ja", (100, "person", "gt")),
    ("3分の1程度", "ja", (0.3333, "fraction", "approx")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PARSE_CASES)
def test_parse_quantity(text: str, lang: str, expected: tuple[float, str, str]) -> None:
    result = parse_quantity(text, lang)
    assert result is not None
    value, unit, qualifier = result
    assert value == pytest.approx(expected[0], rel=1e-3)
    assert (unit, qualifier) == expected[1:]


@pytest.mark.parametrize("text", ["", "hello", "more than", "per cent", "以上", "COVID-", "ドル"])
def test_parse_quantity_without_a_number(text: str) -> None:
    assert parse_quantity(text) is None


@pytest.mark.parametrize(
    ("token", "kind", "value", "unit"),
    [
        ("36.8", "NUM", 36.8, None),
        ("5,163", "NUM", 5163, None),
        ("HK$91.10", "CURNUM", 91.10, "HKD"),
        ("RMB5", "CURNUM", 5, "CNY"),
        ("3.2bn", "NUM", 3.2e9, None),
        ("1万2000", "NUM", 12000, None),
        ("3.5兆", "NUM", 3.5e12, None),
        ("50bp", "PPNUM", 0.5, None),
        ("3rd", "ORD", 3, None),
        ("US93.84", "CURNUM", 93.84, "USD"),
    ],
)
def test_read_number_token(token: str, kind: str, value: float, unit: str | None) -> None:
    lex = read_number_token(token)
    assert lex is not None
    assert (lex.kind, lex.unit) == (kind, unit)
    assert lex.value == pytest.approx(value)


@pytest.mark.parametrize("token", ["3:00pm", "COVID-19", "1990s", "555-123", "US2", "abc", "9:41"])
def test_read_number_token_rejects(token: str) -> None:
    assert read_number_token(token) is None


# --- the grammar on a blank tokenizer: money and percentages need no tagger -----------


@pytest.fixture(scope="module")
def blank_en():
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It holds US$36.8 billion of stakes and fell 5.2 per cent to HK$91.10 on the day.",
            [("US$36.8 billion", "MONEY"), ("5.2 per cent", "PERCENT"), ("HK$91.10", "MONEY")],
        ),
        (
            "A more than $1 trillion rout cut it by less than 4 per cent.",
            [("more than $1 trillion", "MONEY"), ("less than 4 per cent", "PERCENT")],
        ),
        ("Raises $6m to expand", [("$6m", "MONEY")]),
        (
            "Profit was €3.2bn, or 129.10 Hong Kong dollars a share.",
            [("€3.2bn", "MONEY"), ("129.10 Hong Kong dollars", "MONEY")],
        ),
        (
            "The yield rose 15 basis points to 4.2%.",
            [("15 basis points", "PERCENT"), ("4.2%", "PERCENT")],
        ),
    ],
)
def test_grammar_spans(blank_en, sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = blank_en(sentence)
    found = [(q.text, q.label) for q in extract_quantities(doc, "en")]
    assert found == expected


def test_offsets_are_shifted_and_quote_the_text(blank_en) -> None:
    article = "Intro line.\nShares fell 5.7% to $12."
    offset = article.index("Shares")
    quantities = extract_quantities(blank_en(article[offset:]), "en", offset=offset)
    assert [article[q.start : q.end] for q in quantities] == ["5.7%", "$12"]
    assert all(q.text == article[q.start : q.end] for q in quantities)
    assert all(
        (q.origin, q.status, q.prefix, q.suffix) == ("model", "accepted", "", "")
        for q in quantities
    )


def test_matchers_are_built_once_per_vocab(blank_en) -> None:
    assert build_quantity_matchers(blank_en) is build_quantity_matchers(blank_en)


# --- with the real models: counts, exclusions, Japanese --------------------------------


@pytest.fixture(scope="session")
def models() -> dict:
    return load_models()


EN_CASES = [
    (
        "SoftBank holds stakes in 11 Chinese companies trading abroad.",
        [("11 Chinese companies", 11, "company")],
    ),
    (
        "Prosus will transfer 96 million shares to the exchange.",
        [("96 million shares", 96e6, "share")],
    ),
    ("The group will split into six units next year.", [("six units", 6, "unit")]),
    ("A dozen analysts expect a cut.", [("A dozen analysts", 12, "analyst")]),
    (
        "Shares fell by around two-thirds from their peak.",
        [("around two-thirds", 0.6667, "fraction")],
    ),
    ("It was the first time in months.", [("first", 1, None)]),
    # not quantities: years, dates, times, durations, phone numbers, names
    ("In 2020 the company moved its headquarters.", []),
    ("The report was published on May 3, 2023 at 3:00pm.", []),
    ("He founded it more than 20 years ago.", []),
    ("Call 555-123-4567 for details.", []),
    ("The S&P 500 closed higher.", []),
    ("COVID-19 hurt demand over the past 18 months.", []),
    ("It is one of the biggest lenders.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), EN_CASES)
def test_english_counts_and_exclusions(models, sentence: str, expected: list) -> None:
    found = extract_quantities(models["en"](sentence), "en")
    assert [(q.text, q.unit) for q in found] == [(t, u) for t, _, u in expected]
    for q, (_, value, _) in zip(found, expected, strict=True):
        assert q.value == pytest.approx(value, rel=1e-3)


JA_CASES = [
    (
        "株式は129.10香港ドル(16.59ドル)で取引された。",
        [("129.10香港ドル", "HKD"), ("16.59ドル", "USD")],
    ),
    ("過去1か月で50%以上の上昇に貢献した。", [("50%以上", "percent")]),
    ("営業利益は約3割増の1兆3000億円だった。", [("約3割", "percent"), ("1兆3000億円", "JPY")]),
    ("同社は12社を統合し、9600万株を消却する。", [("12社", "company"), ("9600万株", "share")]),
    ("2023年4月13日の午前9時41分に発表した。", []),
    ("米国に次いで2番目に大きな市場だ。", [("2番目", None)]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), JA_CASES)
def test_japanese(models, sentence: str, expected: list) -> None:
    found = extract_quantities(models["ja"](sentence), "ja")
    assert [(q.text, q.unit) for q in found] == expected
