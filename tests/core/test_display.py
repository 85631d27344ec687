"""Safe display: every control character in a string from a file becomes a visible symbol."""

from __future__ import annotations

import pytest

from tui.core.text.display import visible, visible_lines


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred", "␛[31mred"),
        ("bell\x07", "bell␇"),
        ("a\x08b", "a␈b"),
        ("del\x7f", "del␡"),
        ("c1\x9b", "c1\ufffd"),
        ("\u202eevil", "\ufffdevil"),
        ("tab\there", "tab here"),
        ("line\nbreak", "line␊break"),
        ("[bold red]x[/]", "[bold red]x[/]"),
        ("plain", "plain"),
    ],
)
def test_visible_maps_one_to_one(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    assert len(visible(raw)) == len(raw)
    assert visible(visible(raw)) == visible(raw)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("one\ntwo", "one\ntwo"),
        ("one\r\ntwo\x1b", "one␍\ntwo␛"),
    ],
)
def test_visible_lines_keeps_line_breaks(raw: str, shown: str) -> None:
    assert visible_lines(raw) == shown
