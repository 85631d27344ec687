"""Pilot tests: every key of the reader, on a copy of the seeds, and what it changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App
from textual.command import CommandPalette
from textual.widgets import Static

from tui.core.model.state import ReadingState
from tui.core.text.display import visible
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.keys import OWNERS, key_help, markdown, own_bindings, sections
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.main import MainScreen
from tui.ui.screens.search import SearchScreen
from tui.ui.widgets.article_view import TOGGLE_GROUPS, ArticleView, mark_class
from tui.ui.widgets.side_panel import EntitySection

from .conftest import ROOT, screen_lines, settle, view_lines, widget_text

WIDE = (160, 48)
NARROW = (80, 24)


def main(app: NewsreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


def panel_text(app: NewsreaderApp) -> str:
    section = main(app).side_panel.query_one(EntitySection)
    return " ".join(widget_text(section).split())


def legend_text(app: NewsreaderApp) -> str:
    return str(main(app).legend.render())


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["j"], 1),
        (["down"], 1),
        (["j", "j", "j"], 3),
        (["j", "j", "k"], 1),
        (["j", "j", "up"], 1),
        (["k"], 0),
        (["G"], -1),
        (["end"], -1),
        (["G", "g"], 0),
        (["G", "home"], 0),
    ],
)
async def test_sentence_cursor_keys(app: NewsreaderApp, keys: list[str], expected: int) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = main(app).article_view
        await pilot.press(*keys)
        await pilot.pause()
        assert view.cursor == (len(view.sentences) - 1 if expected == -1 else expected)


async def test_cursor_moves_post_sentence_changed_and_panel_follows(
    corpus: tuple[Path, Path],
) -> None:
    messages: list[object] = []
    app = make_app(*corpus)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await settle(pilot)
        view = main(app).article_view
        before = panel_text(app)
        # Walk down until the panel shows other entities: it follows the cursor.
        for _ in range(len(view.sentences) - 1):
            await pilot.press("j")
            await pilot.pause()
            if panel_text(app) != before:
                break
        assert panel_text(app) != before
        changed = [m for m in messages if isinstance(m, ArticleView.SentenceChanged)]
        assert changed[-1].sentence_index == view.cursor
        sentence = view.sentences[view.cursor]
        assert (changed[-1].start, changed[-1].end) == (sentence.start, sentence.end)
        # Every entity the panel names is one of this sentence's highlights.
        names = {
            refs.name
            for refs, _ in app.library.entities_in(view.article_id, sentence.start, sentence.end)
        }
        assert names and all(name in panel_text(app) for name in names)


async def test_cursor_keeps_sentence_visible(app: NewsreaderApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        view = main(app).article_view
        for _ in range(12):
            await pilot.press("j")
        await pilot.pause()
        sentence = view.sentences[view.cursor]
        assert view.article is not None
        opening = " ".join(visible(view.article.text[sentence.start : sentence.end]).split()[:3])
        assert opening in " ".join(" ".join(screen_lines(view)).split())
        assert view.scroll_y > 0


async def test_highlight_keys_select_marks_and_show_them(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = main(app).article_view
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first = view.current_mark
        assert first is not None and first is view.marks[0]
        assert first.span.text in legend_text(app)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert view.current_mark is view.marks[2]
        assert (
            view.sentences[view.cursor].start
            <= view.marks[2].start
            < view.sentences[view.cursor].end
        )
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert view.current_mark is view.marks[1]
        await pilot.press("j")
        await pilot.pause()
        assert view.current_mark is None


async def test_quantity_under_cursor_shows_normalised_value(tmp_path: Path) -> None:
    from tui.core.model.corpus import load_corpus
    from tui.core.model.schema import ArticleAnnotation, Quantity, Sentence
    from tui.core.model.settings import PIPELINE_VERSION
    from tui.core.model.store import AnnotationStore

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "Shares fell to HK$12.50 on the day. The stake grew by more than 7 per cent.\n"
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    article = load_corpus(seeds).articles[0]
    money = text.index("HK$12.50")
    percent = text.index("more than 7 per cent")
    store = AnnotationStore(tmp_path / "annotations")
    store.save(
        ArticleAnnotation(
            article="a",
            sha256=article.sha256,
            pipeline=f"{PIPELINE_VERSION} test",
            sentences=(Sentence(start=0, end=35), Sentence(start=36, end=len(text) - 1)),
            quantities=(
                Quantity(
                    start=money,
                    end=money + 8,
                    text="HK$12.50",
                    label="MONEY",
                    value=12.5,
                    unit="HKD",
                ),
                Quantity(
                    start=percent,
                    end=percent + 20,
                    text="more than 7 per cent",
                    label="PERCENT",
                    value=7,
                    unit="percent",
                    qualifier="gt",
                ),
            ),
        )
    )
    app = make_app(seeds, tmp_path / "annotations")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "12.50 HKD" in legend_text(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "> 7 %" in legend_text(app)
        assert main(app).article_view.cursor == 1


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["n"], 1),
        (["n", "n"], 2),
        (["n", "n", "p"], 1),
        (["p"], 0),
        (["n", "n", "n", "n", "n"], 4),
    ],
)
async def test_next_previous_article(app: NewsreaderApp, keys: list[str], expected: int) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        expected_id = app.library.articles[expected].id
        assert main(app).article_view.article_id == expected_id
        assert main(app).article_list.highlighted_id == expected_id
        assert app.state.is_read(expected_id)


async def test_next_unread_skips_read_articles(app: NewsreaderApp) -> None:
    ids = [a.id for a in app.library.articles]
    app.state.mark_read(ids[1])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert main(app).article_view.article_id == ids[0]
        await pilot.press("u")
        await pilot.pause()
        assert main(app).article_view.article_id == ids[2]
        await pilot.press("u", "u")
        await pilot.pause()
        assert main(app).article_view.article_id == ids[4]
        await pilot.press("u")  # everything is read now: stays, says so
        await pilot.pause()
        assert main(app).article_view.article_id == ids[4]
        assert all(app.state.is_read(i) for i in ids)


async def test_toggle_read_with_r(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        first = app.library.articles[0].id
        assert app.state.is_read(first)
        await pilot.press("r")
        assert not app.state.is_read(first)
        assert main(app).article_list.row(first).unread


async def test_enter_in_list_opens_article(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = main(app)
        screen.article_list.focus()
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert screen.article_view.article_id == app.library.articles[2].id
        assert screen.article_view.has_focus


async def test_tab_cycles_panes(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = main(app)
        assert screen.article_view.has_focus
        await pilot.press("tab")
        assert screen.side_panel.has_focus
        await pilot.press("tab")
        assert screen.article_list.has_focus
        await pilot.press("tab")
        assert screen.article_view.has_focus
        await pilot.press("shift+tab")
        assert screen.article_list.has_focus


def _word_only_in_last_article(app: NewsreaderApp) -> str:
    """A word of the last article that the first article does not contain."""
    first = app.library.articles[0].text.lower()
    for word in re.findall(r"\b[a-z]{7,}\b", app.library.articles[-1].text):
        if word not in first:
            return word
    raise AssertionError("no distinctive word")


async def test_search_jumps_to_a_match_in_another_article(app: NewsreaderApp) -> None:
    word = _word_only_in_last_article(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*word)
        await settle(pilot)  # the corpus is searched in a worker
        hits = app.screen.hits
        assert hits and all(any(h.text[s:e].lower() == word for s, e in h.highlights) for h in hits)
        assert app.library.articles[0].id not in {h.article for h in hits}
        # (one other article, said in the singular)
        summary = str(app.screen.query_one("#search-summary", Static).content)
        assert re.search(r"\bin 1 other article\b(?!s)", summary), summary
        await pilot.press("enter")  # one Enter jumps to the best hit
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        view = main(app).article_view
        assert view.article_id == hits[0].article
        sentence = view.sentences[view.cursor]
        assert sentence.start <= hits[0].offset < sentence.end
        await pilot.press("backspace")  # and back to where the search started
        await pilot.pause()
        assert view.article_id == app.library.articles[0].id


async def test_search_lists_this_article_first(app: NewsreaderApp) -> None:
    text = app.library.articles[0].text
    word = next(
        w
        for w in re.findall(r"\b[a-z]{6,}\b", text)
        if any(re.search(rf"\b{w}\b", a.text) for a in app.library.articles[1:])
    )
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        articles = [h.article for h in screen.hits]
        here = app.library.articles[0].id
        assert (
            articles[0] == here
            and here not in articles[articles.index(here) + articles.count(here) :]
        )
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_every_key_and_closes(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-keys", Static).content
        console = Console(width=200, record=True)
        console.print(table)
        shown = console.export_text()
        for section in sections():
            assert section.heading in shown
            assert all(line.keys in shown and line.meaning in shown for line in section.keys)
        on_screen = widget_text(app.screen.query_one("#help-keys"))
        assert all(line.keys in on_screen for line in sections()[0].keys)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


def test_help_lists_every_binding() -> None:
    """The help is the live bindings: no key of any screen or widget is left out."""
    for owner, section in zip(OWNERS, sections(), strict=True):
        listed = {line.keys for line in section.keys}
        for binding in own_bindings(owner.cls):
            (line,) = key_help([binding])
            assert line.keys in listed or binding.key_display in listed, (owner.heading, line)


def test_every_class_with_keys_is_in_the_help() -> None:
    """A new widget or screen with keys of its own cannot be left out of the help."""
    import importlib
    import pkgutil

    from textual.dom import DOMNode

    import tui.ui

    listed = {owner.cls for owner in OWNERS}
    for info in pkgutil.walk_packages(tui.ui.__path__, "tui.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and issubclass(value, (DOMNode, App))
                and own_bindings(value)
            ):
                assert value in listed, value


def test_keys_doc_is_current() -> None:
    """docs/keys.md is written from the bindings: python -m tui.ui.keys > docs/keys.md."""
    doc = (ROOT / "docs" / "keys.md").read_text(encoding="utf-8")
    assert doc == markdown(), "docs/keys.md is stale: run python -m tui.ui.keys > docs/keys.md"


async def test_q_quits_and_saves_state(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("j", "q")
        await pilot.pause()
        assert app.return_code == 0  # set by exit(), and only by it
    assert app.state.path.exists()


async def test_command_palette_opens_article_and_entity(app: NewsreaderApp) -> None:
    target = app.library.articles[3]
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*target.title[:30])
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert main(app).article_view.article_id == target.id
        # An entity that occurs only in the first article: the palette jumps there.
        refs = next(
            r
            for r, first in app.library.top_entities(1000)
            if r.article_count == 1
            and first.article == app.library.articles[0].id
            and len(r.name) > 6
        )
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"Entity: {refs.name}")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        view = main(app).article_view
        assert view.article_id == app.library.articles[0].id
        first = refs.first(view.article_id)
        assert first is not None and view.sentences[view.cursor].start <= first.start


async def test_labels_on_demand(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = main(app).article_view
        label = next(m.label for m in view.marks if not m.is_quantity)
        assert f"‹{label}›" not in "\n".join(view_lines(view))
        await pilot.press("L")
        await pilot.pause()
        assert f"‹{label}›" in "\n".join(view_lines(view))
        await pilot.press("L")
        await pilot.pause()
        assert "‹" not in "\n".join(view_lines(view))


@pytest.mark.parametrize(
    ("key", "group"),
    [("e", "entity"), ("m", "money"), ("percent_sign", "percent"), ("c", "count")],
)
async def test_show_hide_each_class(app: NewsreaderApp, key: str, group: str) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = main(app).article_view
        await pilot.press(key)
        await pilot.pause()
        assert group in view.hidden
        assert "hidden:" in legend_text(app)
        # Jumping between highlights skips the hidden class.
        for _ in range(6):
            await pilot.press("right_square_bracket")
            mark = view.current_mark
            assert mark is None or mark_class(mark) not in TOGGLE_GROUPS[group]
        await pilot.press(key)
        assert group not in view.hidden


async def test_wide_layout_shows_three_panes_side_by_side(app: NewsreaderApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = main(app)
        regions = [w.region for w in (screen.article_list, screen.article_view, screen.side_panel)]
        assert all(r.width > 20 for r in regions)
        assert regions[0].right <= regions[1].x and regions[1].right <= regions[2].x


async def test_narrow_layout_toggles_list_and_panel(app: NewsreaderApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = main(app)
        assert not screen.article_list.display and not screen.side_panel.display
        assert screen.article_view.region.width >= 70
        await pilot.press("b")
        await pilot.pause()
        assert screen.article_list.display and not screen.side_panel.display
        assert screen.article_list.region.right <= screen.article_view.region.x
        await pilot.press("x")
        await pilot.pause()
        assert screen.side_panel.display and not screen.article_list.display
        assert screen.article_view.region.right <= screen.side_panel.region.x
        await pilot.press("x")
        await pilot.pause()
        assert not screen.side_panel.display and screen.article_view.has_focus


async def test_the_text_is_laid_out_again_for_the_width_a_pane_leaves_it(
    app: NewsreaderApp,
) -> None:
    """Shown in a narrow terminal, the side panel narrows the text, which then needs a
    scrollbar that takes a column more: the text is wrapped to what is left, never cut
    at the pane's edge."""
    # (tall enough for the first article to fit its width without a scrollbar)
    async with app.run_test(size=(NARROW[0], 90)) as pilot:
        await settle(pilot)
        view = main(app).article_view
        assert not view.show_vertical_scrollbar
        for key in ("x", "x", "x", "b"):
            await pilot.press(key)
            await settle(pilot)
            layout = view._layout
            assert layout is not None and layout.width == view.scrollable_content_region.width
            rows = [view.render_line(y).cell_length for y in range(view.size.height)]
            assert set(rows) == {view.scrollable_content_region.width}


async def test_narrow_enter_opens_and_hides_the_list(app: NewsreaderApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = main(app)
        await pilot.press("b", "j", "enter")
        await pilot.pause()
        assert screen.article_view.article_id == app.library.articles[1].id
        assert not screen.article_list.display and screen.article_view.has_focus


async def test_search_enter_before_the_results_waits_for_them(app: NewsreaderApp) -> None:
    """Enter typed at once goes to the results of what was typed, once they are in."""
    word = _word_only_in_last_article(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word, "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)  # one Enter: the jump, once the hits are in
        view = main(app).article_view
        assert view.article_id != app.library.articles[0].id
        sentence = view.sentences[view.cursor]
        assert word in view.article.text[sentence.start : sentence.end].lower()


async def test_reading_state_is_saved_soon_without_quitting(corpus: tuple[Path, Path]) -> None:
    app = make_app(*corpus)
    ids = [a.id for a in app.library.articles]
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("n", "n")
        for _ in range(100):  # written a moment after the last change, off the UI thread
            await pilot.pause(0.05)
            await app.workers.wait_for_complete()
            if ReadingState.load(corpus[1]).current == ids[2]:
                break
        state = ReadingState.load(corpus[1])
        assert state.current == ids[2] and state.is_read(ids[1])


async def test_read_state_and_position_survive_a_restart(corpus: tuple[Path, Path]) -> None:
    app = make_app(*corpus)
    ids = [a.id for a in app.library.articles]
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("n", "j", "j", "j")
        await pilot.press("q")
    state = ReadingState.load(corpus[1])
    assert state.is_read(ids[0]) and state.is_read(ids[1]) and not state.is_read(ids[2])
    assert state.current == ids[1] and state.get(ids[1]).sentence == 3

    again = make_app(*corpus)
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = main(again)
        assert screen.article_view.article_id == ids[1]
        assert screen.article_view.cursor == 3
        assert not screen.article_list.row(ids[1]).unread
        assert screen.article_list.row(ids[2]).unread
        await pilot.press("p")  # back to the first: its position was kept too
        assert screen.article_view.cursor == 0
