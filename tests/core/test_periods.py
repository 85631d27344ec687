"""Periods: normalised date values as day intervals, and the fallback resolution of DATE text."""

from __future__ import annotations

import pytest

from tui.core.nlp.periods import describe_period, format_period, parse_value, resolve_date_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-11-04", "2020-11-04"),
        ("2020-11", "2020-11"),
        ("2020", "2020"),
        ("2020-09-01/2020-12-31", "2020-09/2020-12"),
        ("2020-09/2020-12", "2020-09/2020-12"),
        ("2020-Q4", "2020-10/2020-12"),
        ("2020-H2", "2020-07/2020-12"),
        ("2024-W06", "2024-02-05/2024-02-11"),
        ("2019/2021", "2019/2021"),
    ],
)
def test_parse_and_format(value: str, expected: str) -> None:
    period = parse_value(value)
    assert period is not None and format_period(period) == expected


@pytest.mark.parametrize("value", [None, "", "soon", "2020-13", "2021/2020"])
def test_parse_rejects(value: str | None) -> None:
    assert parse_value(value) is None


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        ("late 2020", None, "late 2020"),
        ("late in 2020", None, "late 2020"),
        ("mid-2025", None, "mid 2025"),
        ("October 2020", None, "2020-10"),
        ("Feb. 2021", None, "2021-02"),
        ("November 4, 2020", None, "2020-11-04"),
        ("2020年後半", None, "2020 H2"),
        ("2022年2月", None, "2022-02"),
        ("on Thursday", "2023-04-13", "2023-04-13"),
        ("Wednesday", "2023-04-13", "2023-04-12"),
        ("yesterday", "2024-03-13", "2024-03-12"),
        ("last month", "2023-04-13", "2023-03"),
        ("this year", "2023-04-13", "2023"),
        ("March", "2024-09-20", "2024-03"),
        ("May 3", "2022-05-18", "2022-05-03"),
        ("木曜日", "2023-04-13", "2023-04-13"),
    ],
)
def test_resolve_date_text(text: str, article_date: str | None, expected: str) -> None:
    period = resolve_date_text(text, article_date)
    assert period is not None and describe_period(period) == expected


@pytest.mark.parametrize("text", ["on Thursday", "the past month", "recent years", "last month"])
def test_relative_dates_need_the_article_date(text: str) -> None:
    assert resolve_date_text(text, None) is None
