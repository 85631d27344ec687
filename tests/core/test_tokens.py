"""Token boundaries for the editing cursor, in English and Japanese."""

from __future__ import annotations

import pytest

from tui.core.text.tokens import is_word, token_at, tokenize


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Shares rose 5.2% to HK$91.10.",
            ["Shares", "rose", "5.2", "%", "to", "HK", "$", "91.10", "."],
        ),
        ("1,000 don't co-founder", ["1,000", "don't", "co-founder"]),
        ("New\nYork, (US)", ["New", "York", ",", "(", "US", ")"]),
        (
            "アリババ集団は上場を延期した。",
            ["アリババ", "集団", "は", "上場", "を", "延期", "した", "。"],
        ),
        (
            "馬雲氏が「ジャック・マー」と",
            ["馬雲氏", "が", "「", "ジャック", "・", "マー", "」", "と"],
        ),
        ("Ｈｏｎｇ　Ｋｏｎｇ　２０２０年", ["Ｈｏｎｇ", "Ｋｏｎｇ", "２０２０", "年"]),
        ("end.", ["end", "."]),
        ("  ", []),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in tokenize(text)] == expected


@pytest.mark.parametrize("offset,expected", [(0, 0), (3, 0), (4, 0), (5, 1), (100, 2)])
def test_token_at(offset: int, expected: int) -> None:
    assert token_at(tokenize("abcd efg hi"), offset) == expected


def test_is_word() -> None:
    text = "a, 日本"
    assert [is_word(text, t) for t in tokenize(text)] == [True, False, True]
