"""Highlight styles stay readable: translucent theme colours are blended, never made opaque."""

from __future__ import annotations

from pathlib import Path

from rich.color import Color
from rich.style import Style

from tests.ui.conftest import copy_corpus
from tui.ui.app import make_app

WIDE = (160, 48)


def _contrast(style: Style) -> float:
    """Distance between foreground and background in RGB (0: invisible)."""
    assert style.color is not None and style.bgcolor is not None
    fg = style.color.get_truecolor()
    bg = style.bgcolor.get_truecolor()
    return sum(abs(a - b) for a, b in zip(fg, bg, strict=True)) / 3


def _rgb(color: Color | None) -> tuple[int, int, int]:
    assert color is not None
    return tuple(color.get_truecolor())  # type: ignore[return-value]


async def test_list_cursor_and_furniture_are_readable(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path)
    app = make_app(seeds, annotations, annotate=False)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        article_list = app.screen.article_list
        view = app.screen.article_view
        assert app.focused is view  # the list is not focused: its cursor row must still read
        for names in (("cursor",), ("cursor", "read"), ("cursor", "title"), ("read",)):
            assert _contrast(article_list._style(*names)) > 60, names
        plain, furniture = view._style(), view._style("furniture")
        # Furniture is dimmed: nearer the background than ordinary text, but still visible.
        assert 20 < _contrast(furniture) < _contrast(plain)
        # The cursor line is a tint, not a solid block that hides highlight colours.
        cursor = view._style("cursor")
        assert _contrast(cursor) > 100
        assert _rgb(cursor.bgcolor) != _rgb(plain.bgcolor)
