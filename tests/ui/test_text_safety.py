"""Text safety: markup, escape sequences and control characters in articles show literally."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import OptionList

from tui.ui.app import make_app
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.article_layout import layout_article

from .conftest import UNSAFE, copy_corpus, view_lines, widget_text
from .test_reader_keys import settle

CONTROLS = (
    {chr(c) for c in range(0x20) if chr(c) != "\n"}
    | {chr(0x7F)}
    | {chr(c) for c in range(0x80, 0xA0)}
)


def test_layout_cuts_no_word_and_keeps_paragraphs() -> None:
    text = "alpha beta gamma delta epsilon\n\nzeta eta theta"
    layout = layout_article(text, 12)
    lines = [text[line.start : line.end] if line else "" for line in layout.lines]
    assert lines == ["alpha beta", "gamma delta", "epsilon", "", "zeta eta", "theta"]


async def test_unsafe_corpus_renders_literally(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path, seeds=UNSAFE, annotations=None)
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = app.screen_stack[0]
        assert isinstance(screen, MainScreen)
        view = screen.article_view
        lines = view_lines(view)
        shown = " ".join(" ".join(lines).split())  # literals may cross a line break
        for literal in (
            "[bold red]Markup in a headline[/bold red]",
            "[link=https://example.invalid]a link[/link]",
            "␛[31mred text␛[0m",
            "␛[2J",
            "␛]0;pwned␇",
            "bell ␇",
            "backspace ␈",
            "[b]bold[/b]",
            "[@click=app.quit]quit[/]",
            "$accent",
            "carriage␍return",
            "form feed ␌",
            "DEL ␡",
            "\ufffdevil\ufffd",
        ):
            assert literal in shown, literal
        for row, line in enumerate(view_lines(view)):
            assert not CONTROLS & set(line), row
        # The list entry and the palette show the title as written, too.
        entry = widget_text(screen.article_list)
        assert "[bold red]Markup" in entry
        await pilot.press("ctrl+p", *"Markup in")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("[bold red]Markup in a headline[/bold red]" in p for p in prompts)
        await pilot.press("escape")
        # The markup did nothing: the app still runs, nothing was clicked or restyled.
        assert app.is_running
