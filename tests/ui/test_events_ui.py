"""Events in the reader: the panel section, jumping to another source and back, the events view."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import DataTable

from tui.core.events.index import EventIndex
from tui.core.model.schema import Event, EventsFile, Mention
from tui.core.model.store import AnnotationStore, events_to_yaml
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.screens.events import EventDetailScreen, EventsScreen
from tui.ui.widgets.event_section import EventSection

from .conftest import ROOT, copy_corpus, widget_text
from .test_reader_keys import main, settle

FROZEN_EVENTS = ROOT / "tests" / "fixtures" / "frozen_events" / "events.yaml"
SnapCompare = Callable[..., bool]


def events_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """The seeds, frozen annotations, and the frozen events linked from the seeds."""
    seeds, notes = copy_corpus(tmp_path)
    shutil.copy(FROZEN_EVENTS, notes / "events.yaml")
    return seeds, notes


def frozen_events() -> EventsFile:
    loaded = AnnotationStore(FROZEN_EVENTS.parent).load_events()
    assert loaded.value is not None
    return loaded.value


def halted_ipo_passage(article_prefix: str) -> Mention:
    """The passage of ``article`` in the halted-IPO event (found through the events data)."""
    (event,) = [
        e
        for e in frozen_events().events
        if e.kind == "ipo_halt" and len({m.article for m in e.mentions}) > 1
    ]
    return next(m for m in event.mentions if m.article.startswith(article_prefix))


async def open_halted_ipo(pilot: Pilot[None]) -> Mention:
    await settle(pilot)
    passage = halted_ipo_passage("003")
    main(pilot.app).open_at(passage.article, passage.start)  # type: ignore[arg-type]
    await settle(pilot)
    return passage


@pytest.fixture
def events_app(tmp_path: Path) -> NewsreaderApp:
    return make_app(*events_corpus(tmp_path))


async def test_panel_shows_other_sources_of_the_halted_ipo(events_app: NewsreaderApp) -> None:
    async with events_app.run_test(size=(160, 48)) as pilot:
        await open_halted_ipo(pilot)
        section = events_app.screen.query_one(EventSection)
        assert section.display
        others = {t.article[:3] for t in section.targets}
        assert {"001", "004"} <= others
        assert "003" not in others
        shown = events_app.library.article(section.targets[0].article).text
        assert any(
            word in shown[t.start : t.end].lower()
            for t in section.targets
            for word in ("scrap", "cancel", "suspend")
        )


async def test_a_source_is_named_once_over_its_passages(events_app: NewsreaderApp) -> None:
    """Two passages of one source are shown under one line naming it, the second marked
    before its quote: the list reads as sources, not as passages."""
    async with events_app.run_test(size=(160, 48)) as pilot:
        await open_halted_ipo(pilot)
        section = events_app.screen.query_one(EventSection)
        assert len({t.article for t in section.targets}) < len(section.targets), (
            "the frozen events give a source two passages here"
        )
        for block in widget_text(section).split("◆ ")[1:]:  # each event of the sentence
            lines = [line.strip() for line in block.splitlines()]
            names = [line for line in lines if line.startswith("▸ ") and "“" not in line]
            marked = [line for line in lines if line.startswith("▸ “")]
            assert len(names) == len(set(names))  # each source named once
            assert len(names) + len(marked) == sum(line.startswith("▸ ") for line in lines)
        assert any(line.strip().startswith("▸ “") for line in widget_text(section).splitlines())


async def test_enter_jumps_to_the_passage_and_back_returns(events_app: NewsreaderApp) -> None:
    messages: list[Message] = []
    async with events_app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        passage = await open_halted_ipo(pilot)
        screen = main(events_app)
        start_sentence = screen.article_view.cursor
        await pilot.press("o")
        section = screen.query_one(EventSection)
        assert events_app.focused is section
        await pilot.press("down")
        target = section.targets[1]
        await pilot.press("enter")
        await settle(pilot)
        # The hook sees a message at each node it bubbles through: count distinct ones.
        chosen = list(
            {id(m): m for m in messages if isinstance(m, EventSection.PassageChosen)}.values()
        )
        assert len(chosen) == 1
        assert (chosen[0].article_id, chosen[0].start) == (target.article, target.start)
        view = screen.article_view
        assert view.article_id == target.article
        sentence = view.cursor_sentence
        assert sentence is not None and sentence.start <= target.start < sentence.end
        await pilot.press("backspace")
        await settle(pilot)
        assert view.article_id == passage.article
        assert view.cursor == start_sentence


async def test_back_with_nowhere_to_go_rings(events_app: NewsreaderApp) -> None:
    async with events_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        before = main(events_app).article_view.article_id
        await pilot.press("backspace")
        await settle(pilot)
        assert main(events_app).article_view.article_id == before


async def test_the_coverage_matrix_stays_on_screen_at_80_columns(
    events_app: NewsreaderApp,
) -> None:
    """The matrix sits beside the date, one cell a source: long titles push only the
    timeline off an 80-column terminal, never a source's cell."""
    async with events_app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = events_app.screen
        assert isinstance(screen, EventsScreen)
        table = screen.query_one(DataTable)
        widths = {str(key.value): c.get_render_width(table) for key, c in table.columns.items()}
        assert list(widths)[:3] == ["date", "sources", "event"]
        assert widths["date"] + widths["sources"] <= 80
        assert widths["sources"] <= len(screen.columns) + 3  # (one cell a source, padded)


@pytest.mark.parametrize(
    ("n", "header"),
    [(1, "1"), (4, "1"), (5, "1   5"), (12, "1   5    10"), (10, "1   5    10")],
)
def test_the_matrix_header_numbers_every_fifth_source(n: int, header: str) -> None:
    from tui.ui.screens.events import ruler

    assert ruler(n) == header


async def test_events_view_lists_events_with_their_sources(events_app: NewsreaderApp) -> None:
    async with events_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = events_app.screen
        assert isinstance(screen, EventsScreen)
        index = EventIndex(frozen_events())
        table = screen.query_one(DataTable)
        assert table.row_count == len(index) > 0
        ipo = next(e for e in index.events if e.kind == "ipo_halt" and len(index.sources_of(e)) > 1)
        row = table.get_row(ipo.id)
        columns = screen.columns
        marks = {columns[i][:3]: mark for i, mark in enumerate(str(row[1]))}
        assert {a for a, m in marks.items() if m == "●"} == {a[:3] for a in index.sources_of(ipo)}
        table.move_cursor(row=table.get_row_index(ipo.id))
        await pilot.press("enter")
        await settle(pilot)
        detail = events_app.screen
        assert isinstance(detail, EventDetailScreen)
        assert {t.article for t in detail.targets} >= set(index.sources_of(ipo))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(events_app.screen, EventsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert events_app.screen is main(events_app)


async def test_no_events_file_hides_the_section(tmp_path: Path) -> None:
    app = make_app(*copy_corpus(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert not app.screen.query_one(EventSection).display


# ---------------------------------------------------------------------- snapshots


def at_halted_ipo(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await open_halted_ipo(pilot)
        if keys:
            await pilot.press(*keys)
        await settle(pilot)

    return run_before


def test_snapshot_event_panel(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The side panel on the halted-IPO sentence of 003: its translation, the events, other sources, figures."""
    app = make_app(*events_corpus(tmp_path))
    assert snap_compare(app, terminal_size=(160, 48), run_before=at_halted_ipo("o"))


def test_snapshot_events_view(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The events view: events by date, coverage matrix by source, timeline."""
    app = make_app(*events_corpus(tmp_path))
    assert snap_compare(app, terminal_size=(160, 48), run_before=at_halted_ipo("E"))


async def test_a_story_sent_twice_is_one_source_in_every_view(tmp_path: Path) -> None:
    """An event told only by an article and its copy (the story sent twice, no outlet
    named) is one source in the side panel and the event's own view, as in the events
    view's count: one count of sources everywhere."""
    seeds, notes = copy_corpus(tmp_path)
    original = sorted(seeds.glob("*.txt"))[1]
    copy = seeds / f"{original.stem}-again.txt"
    shutil.copy(original, copy)
    annotation = (notes / f"{original.stem}.yaml").read_text(encoding="utf-8")
    (notes / f"{copy.stem}.yaml").write_text(
        annotation.replace(f"article: {original.stem}", f"article: {copy.stem}", 1),
        encoding="utf-8",
    )
    text = original.read_text(encoding="utf-8-sig")
    end = text.index(".", 200) + 1
    start = text.rindex("\n", 0, end) + 1
    mentions = tuple(
        Mention(article=a, start=start, end=end, text=text[start:end])
        for a in (original.stem, copy.stem)
    )
    event = Event(id="told-twice", title="Told twice", mentions=mentions)
    (notes / "events.yaml").write_text(
        events_to_yaml(EventsFile(events=(event,))), encoding="utf-8"
    )
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        main(app).open_at(original.stem, start)
        await settle(pilot)
        section = app.screen.query_one(EventSection)
        assert "Told twice" in widget_text(section)
        assert "1 source" in widget_text(section)
        assert "2 sources" not in widget_text(section)
        await pilot.press("E")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=table.get_row_index("told-twice"))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EventDetailScreen)
        head = widget_text(app.screen.query_one("#detail-head"))
        assert "1 source" in head and "2 sources" not in head
