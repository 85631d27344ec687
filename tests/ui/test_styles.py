"""Highlight styles stay readable: translucent theme colours are blended, never made opaque.

Each style is read off what the widgets draw: the segments of their lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.color import Color
from rich.style import Style
from textual.scroll_view import ScrollView

from tests.ui.conftest import copy_corpus
from tui.ui.app import make_app
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.article_list import ROW_HEIGHT
from tui.ui.widgets.article_view import ArticleView

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


def drawn_style(view: ScrollView, piece: str) -> Style:
    """The style of the one drawn segment that holds ``piece``."""
    found = [
        segment.style
        for y in range(view.virtual_size.height)
        for segment in view.render_line(y)
        if piece in segment.text and segment.style is not None
    ]
    assert len(found) == 1, (piece, len(found))
    return found[0]


def plain_word(view: ArticleView, sentence: int) -> str:
    """A word of the sentence, outside every highlight, found nowhere else in the article."""
    assert view.article is not None
    text = view.article.text
    s = view.sentences[sentence]
    for match in re.finditer(r"[A-Za-z]{5,}", text[s.start : s.end]):
        start, end = s.start + match.start(), s.start + match.end()
        marked = any(m.start < end and start < m.end for m in view.marks)
        furniture = any(a < end and start < b for a, b in view.regions)
        if not marked and not furniture and len(re.findall(rf"\b{match.group()}\b", text)) == 1:
            return match.group()
    raise AssertionError(f"no plain word in sentence {sentence}")


async def test_list_cursor_and_furniture_are_readable(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path)
    app = make_app(seeds, annotations)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        article_list, view = screen.article_list, screen.article_view
        assert app.focused is view  # the list is not focused: its cursor row must still read

        def title_style(row: int, part: int = -1) -> Style:
            title = list(article_list.render_line(row * ROW_HEIGHT))
            style = title[part].style  # the lead ("● " or spaces), then the title
            assert style is not None
            return style

        read, unread = 0, 1  # the first article is open (so read); the second is not
        styles = {
            ("cursor",): title_style(read, 0),
            ("cursor", "read"): title_style(read),
            ("title",): title_style(unread),
        }
        article_list.highlight_article(app.library.articles[unread].id)
        await pilot.pause()
        styles[("cursor", "title")] = title_style(unread)
        styles[("read",)] = title_style(read)
        for names, style in styles.items():
            assert _contrast(style) > 60, names

        await pilot.press("j", "j")
        await pilot.pause()
        assert view.article is not None and view.regions
        start, end = view.regions[0]
        furniture = drawn_style(view, view.article.text[start:end].split()[0])
        cursor = drawn_style(view, plain_word(view, view.cursor))
        plain = drawn_style(view, plain_word(view, view.cursor + 1))
        # Furniture is dimmed: nearer the background than ordinary text, but still visible.
        assert 20 < _contrast(furniture) < _contrast(plain)
        # The cursor line is a tint, not a solid block that hides highlight colours.
        assert _contrast(cursor) > 100
        assert _rgb(cursor.bgcolor) != _rgb(plain.bgcolor)
