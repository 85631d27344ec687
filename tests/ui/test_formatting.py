"""How the reader writes values out: quantities in the status line, events on the timeline."""

from __future__ import annotations

from typing import Any

import pytest

from tui.core.model.schema import Quantity
from tui.core.nlp.dates import parse_value
from tui.ui.formatting import format_number, format_quantity, plural, stated_by, timeline_row


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (91.1, "HKD", "exact", "91.10 HKD"),
        (5, "percent", "gt", "> 5 %"),
        (36.8e9, "USD", "approx", "≈ 36,800,000,000 USD"),
        (11, "count", "exact", "11"),
        (0.25, "pp", "le", "≤ 0.25 pp"),
        (None, "USD", "exact", None),
    ],
)
def test_format_quantity(
    value: float | None, unit: str, qualifier: Any, expected: str | None
) -> None:
    quantity = Quantity(
        start=0, end=1, text="x", label="MONEY", value=value, unit=unit, qualifier=qualifier
    )
    assert format_quantity(quantity) == expected


def test_format_number() -> None:
    assert [format_number(v) for v in (5.0, 1234.5, 0.5)] == ["5", "1,234.50", "0.5"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020", "━━········"),
        ("2020-01-01", "●·········"),
        ("2024-12-31", "·········●"),
        (None, "          "),
    ],
)
def test_timeline_row(value: str | None, expected: str) -> None:
    span = parse_value("2020/2024")
    assert timeline_row(parse_value(value), span, 10) == expected


@pytest.mark.parametrize(
    ("count", "words", "expected"),
    [
        (1, ("source",), "1 source"),
        (0, ("source",), "0 sources"),
        (1204, ("article",), "1,204 articles"),
        (2, ("story", "stories"), "2 stories"),
        (1, ("story", "stories"), "1 story"),
    ],
)
def test_plural(count: int, words: tuple[str, ...], expected: str) -> None:
    assert plural(count, *words) == expected


@pytest.mark.parametrize(
    ("sources", "compared", "expected"),
    [
        # every source of the row states it: said once
        (["Daily", "Wire"], ["Wire", "Daily"], "both"),
        (["A", "B", "C"], ["A", "B", "C"], "all 3"),
        # some do: named, a name's own comma kept apart from the list's
        (["Daily, 2023-07-10", "Weekly"], ["Daily, 2023-07-10", "Weekly", "Wire"],
         "Daily, 2023-07-10; Weekly"),
        (["Wire"], ["Wire"], "Wire"),
    ],
)  # fmt: skip
def test_who_states_a_figure(sources: list[str], compared: list[str], expected: str) -> None:
    assert stated_by(sources, compared) == expected
