"""Stories in the reader: the panel's story, the events view by story, the list grouped by story."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import DataTable

from tui.core.model.schema import EventsFile, Figure, Story
from tui.core.model.store import AnnotationStore
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.screens import events as events_screen
from tui.ui.screens.events import EventsScreen
from tui.ui.screens.form_modal import FormModal
from tui.ui.widgets.article_list import GroupHeading
from tui.ui.widgets.story_section import StorySection

from .conftest import widget_text
from .test_events_ui import events_corpus, frozen_events
from .test_reader_keys import main, settle

SnapCompare = Callable[..., bool]

#: Sources and dates of the seeds (they have none of their own), most recent last.
SEED_SOURCES = {
    "000": ("Wire", "2023-04-13"),
    "001": ("Daily", "2023-07-10"),
    "002": ("Wire", "2023-06-02"),
    "003": ("Markets Blog", "2023-07-11"),
    "004": ("Weekly", "2023-07-12"),
}


def seed_id(prefix: str, seeds: Path) -> str:
    (path,) = seeds.glob(f"{prefix}_*.txt")
    return path.stem


def hand_made_stories(seeds: Path) -> tuple[Story, ...]:
    """Two stories over the seeds' frozen events, by hand: a thread told by four sources,
    and one told by one; the rest of the events are in no story."""
    ids = {prefix: seed_id(prefix, seeds) for prefix in SEED_SOURCES}
    events = {e.id for e in frozen_events().events}
    thread = [
        "value-loss-beijing-2020",
        "crackdown-begin-alibaba-2020-09-2020-12",
        "ipo-halt-ant-group-2020-09-2020-12",
        "remarks-ma-2020-10",
        "meeting-li-qiang",
    ]
    single = ["share-fall-softbank-2023", "stake-sale-alibaba-2023-04-13"]
    assert set(thread + single) <= events
    return (
        Story(
            id="beijing-tech-thread",
            title="Beijing eases its tech crackdown",
            articles=tuple(ids[p] for p in ("001", "002", "003", "004")),
            events=tuple(thread),
        ),
        Story(
            id="softbank-trims",
            title="SoftBank trims its Chinese holdings",
            articles=(ids["000"],),
            events=tuple(single),
        ),
    )


def stories_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """The events corpus, its articles given sources and dates, and two stories by hand."""
    seeds, notes = events_corpus(tmp_path)
    lines = [
        json.dumps({"file": f"{seed_id(p, seeds)}.txt", "source": source, "date": date})
        for p, (source, date) in SEED_SOURCES.items()
    ]
    (seeds / "index.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert isinstance(loaded, EventsFile)
    store.save_events(loaded.model_copy(update={"stories": hand_made_stories(seeds)}))
    return seeds, notes


@pytest.fixture
def stories_app(tmp_path: Path) -> NewsreaderApp:
    return make_app(*stories_corpus(tmp_path))


def open_seed(app: NewsreaderApp, prefix: str) -> str:
    screen = main(app)
    article = next(a.id for a in app.library.articles if a.id.startswith(prefix))
    screen.jump_to(article)
    return article


def story_text(app: NewsreaderApp) -> str:
    return " ".join(widget_text(main(app).story_section).split())


# -------------------------------------------------------------------- the panel


async def test_panel_shows_the_story_and_its_other_sources_most_recent_first(
    stories_app: NewsreaderApp,
) -> None:
    async with stories_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        open_seed(stories_app, "002")
        await settle(pilot)
        section = main(stories_app).story_section
        assert section.display
        shown = story_text(stories_app)
        assert "Beijing eases its tech crackdown" in shown
        assert "covered by 4 sources · 5 events" in shown
        # The other three, most recent first, each with its source and date; not this one.
        assert [a[:3] for a in section.articles] == ["004", "003", "001"]
        weekly, blog, daily = (
            shown.index(s) for s in ("Weekly, 2023-07-12", "Markets Blog", "Daily")
        )
        assert weekly < blog < daily
        assert "Wire, 2023-06-02" not in shown


async def test_an_article_without_source_or_date_is_named_by_its_title(tmp_path: Path) -> None:
    """A folder of bare texts (no index, no dateline): each other article of the story
    is one line, its title, and opens with Enter like any other; no "no source, undated"
    over every title."""
    seeds, notes = events_corpus(tmp_path)
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert isinstance(loaded, EventsFile)
    store.save_events(loaded.model_copy(update={"stories": hand_made_stories(seeds)}))
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        open_seed(app, "002")
        await settle(pilot)
        section = main(app).story_section
        shown = story_text(app)
        assert "no source" not in shown and "undated" not in shown
        by_id = {a.id: a for a in app.library.articles}
        titles = [by_id[a].title for a in section.articles]
        assert len(titles) == 3 and all(t and t[:20] in shown for t in titles)
        first = section.articles[0]
        await pilot.press("s", "enter")
        await settle(pilot)
        assert main(app).article_view.article_id == first


async def test_panel_lines_up_figures_and_flags_sources_that_differ(tmp_path: Path) -> None:
    """The sentence's event, its figures of one kind from three sources in one row: one
    source says $2 trillion where the others say about $1 trillion; each value is shown
    once, with the sources that state it ("more than $1 trillion" and "a trillion-dollar"
    are two)."""
    seeds, notes = stories_corpus(tmp_path)
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert loaded is not None
    wire = seed_id("002", seeds)
    events = tuple(
        e.model_copy(
            update={
                "figures": (
                    *e.figures,
                    Figure(article=wire, text="$2 trillion", value=2e12, unit="USD"),
                )
            }
        )
        if e.id == "value-loss-beijing-2020"
        else e
        for e in loaded.events
    )
    store.save_events(loaded.model_copy(update={"events": events}))
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        open_seed(app, "002")
        await pilot.press("j")
        await settle(pilot)
        shown = " ".join(widget_text(main(app).events_section).split())
        assert "Market value lost: Beijing, 2020" in shown
        row = shown[shown.index("USD more than $1 trillion") :]
        row = row[: row.index("percent")]
        for figure in (
            "more than $1 trillion (Daily, 2023-07-10)",
            "a trillion-dollar (Weekly, 2023-07-12)",
            "$2 trillion (Wire, 2023-06-02)",
            "$1.1 trillion",
        ):
            assert figure in row
        assert "⚠ sources differ" in row
        assert "⚠" not in shown[shown.index("percent") :]


async def test_a_story_article_opens_and_backspace_returns(stories_app: NewsreaderApp) -> None:
    messages: list[Message] = []
    async with stories_app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        here = open_seed(stories_app, "002")
        await settle(pilot)
        section = main(stories_app).story_section
        section.action_open_article(0)
        await settle(pilot)
        chosen = [m for m in messages if isinstance(m, StorySection.ArticleChosen)]
        assert chosen and chosen[0].article_id.startswith("004")
        view = main(stories_app).article_view
        assert view.article_id == chosen[0].article_id
        await pilot.press("backspace")
        await settle(pilot)
        assert view.article_id == here


async def test_s_picks_an_article_of_the_story_with_the_keys(stories_app: NewsreaderApp) -> None:
    async with stories_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        here = open_seed(stories_app, "002")
        await settle(pilot)
        section = main(stories_app).story_section
        await pilot.press("s")
        assert stories_app.focused is section
        assert "▶ Weekly, 2023-07-12" in story_text(stories_app)
        await pilot.press("down", "down", "down", "down")  # round to the first again, then on
        assert "▶ Markets Blog, 2023-07-11" in story_text(stories_app)
        await pilot.press("enter")
        await settle(pilot)
        view = main(stories_app).article_view
        assert (view.article_id or "")[:3] == "003"
        await pilot.press("backspace")
        await settle(pilot)
        assert view.article_id == here


async def test_a_story_of_one_article_is_told_here_only(stories_app: NewsreaderApp) -> None:
    async with stories_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        open_seed(stories_app, "000")
        await settle(pilot)
        assert "covered by 1 source · 2 events told here only" in story_text(stories_app)
        await pilot.press("s")
        assert stories_app.focused is not main(stories_app).story_section


async def test_an_article_in_no_story_says_so(tmp_path: Path) -> None:
    seeds, notes = stories_corpus(tmp_path)
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert loaded is not None
    store.save_events(loaded.model_copy(update={"stories": loaded.stories[:1]}))
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        open_seed(app, "000")
        await settle(pilot)
        assert "in no story" in story_text(app)


async def test_no_stories_no_story_section(tmp_path: Path) -> None:
    app = make_app(*events_corpus(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert not main(app).story_section.display
        assert main(app).events_section.display


# -------------------------------------------------------------- the article list


def list_entries(app: NewsreaderApp) -> list[str]:
    """The list's entries: a heading's title, or an article's id prefix."""
    return [
        f"# {row.title}" if isinstance(row, GroupHeading) else row.id[:3]
        for row in main(app).article_list._rows
    ]


async def test_s_groups_the_list_by_story_and_the_choice_is_kept(tmp_path: Path) -> None:
    seeds, notes = stories_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert list_entries(app) == ["000", "001", "002", "003", "004"]
        await pilot.press("S")
        await settle(pilot)
        # Stories in the order of their first article; each heading says how many sources.
        assert list_entries(app) == [
            "# SoftBank trims its Chinese holdings",
            "000",
            "# Beijing eases its tech crackdown",
            "001",
            "002",
            "003",
            "004",
        ]
        headings = [r for r in main(app).article_list._rows if isinstance(r, GroupHeading)]
        assert [h.facts for h in headings] == ["covered by 1 source", "covered by 4 sources"]
        assert "Beijing eases its tech crackdown" in widget_text(main(app).article_list)
        assert app.state.group_by_story
    again = make_app(seeds, notes)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert list_entries(again)[0] == "# SoftBank trims its Chinese holdings"
        await pilot.press("S")
        await settle(pilot)
        assert list_entries(again) == ["000", "001", "002", "003", "004"]
        assert not again.state.group_by_story


async def test_articles_in_no_story_come_last_and_the_cursor_skips_headings(
    tmp_path: Path,
) -> None:
    seeds, notes = stories_corpus(tmp_path)
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert loaded is not None
    store.save_events(loaded.model_copy(update={"stories": loaded.stories[:1]}))
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert list_entries(app) == [
            "# Beijing eases its tech crackdown",
            "001",
            "002",
            "003",
            "004",
            "# In no story",
            "000",
        ]
        article_list = main(app).article_list
        article_list.focus()
        await pilot.press("g")
        assert (article_list.highlighted_id or "")[:3] == "001"
        await pilot.press("G")
        assert (article_list.highlighted_id or "")[:3] == "000"
        await pilot.press("k")  # over the heading, to the article before it
        assert (article_list.highlighted_id or "")[:3] == "004"
        await pilot.press("j", "enter")
        await settle(pilot)
        view = main(app).article_view
        assert (view.article_id or "")[:3] == "000"
        await pilot.press("p")  # the previous article in the list's order
        await settle(pilot)
        assert (view.article_id or "")[:3] == "004"


async def test_no_stories_the_list_is_not_grouped(tmp_path: Path) -> None:
    messages: list[Message] = []
    app = make_app(*events_corpus(tmp_path))
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        before = list_entries(app)
        await pilot.press("S")
        await settle(pilot)
        assert list_entries(app) == before
        assert not app.state.group_by_story
        assert any("No stories yet" in str(getattr(m, "notification", "")) for m in messages)


# --------------------------------------------------------------- the events view


def view_rows(app: NewsreaderApp) -> list[str]:
    """The events view's rows: ``story:<id>``, an event's id, or ``<event>@<article prefix>``."""
    screen = app.screen
    assert isinstance(screen, EventsScreen)
    return [
        f"{r.key.split('@')[0]}@{r.mention.article[:3]}" if r.mention else r.key
        for r in screen.rows
    ]


async def test_events_view_lists_stories_then_events_then_passages(
    stories_app: NewsreaderApp,
) -> None:
    async with stories_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        open_seed(stories_app, "002")
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = stories_app.screen
        assert isinstance(screen, EventsScreen)
        rows = view_rows(stories_app)
        # Stories in the date order of their first event, then the events in no story.
        stories = [r for r in rows if r.startswith("story:")]
        assert stories == ["story:beijing-tech-thread", "story:softbank-trims", "story:"]
        thread = rows[1 : rows.index("story:softbank-trims")]
        assert thread == [
            "value-loss-beijing-2020",
            "crackdown-begin-alibaba-2020-09-2020-12",
            "ipo-halt-ant-group-2020-09-2020-12",
            "remarks-ma-2020-10",
            "meeting-li-qiang",
        ]
        loose = rows[rows.index("story:") + 1 :]
        assert "split-alibaba-2023-03" in loose and "meeting-li-qiang" not in loose
        # The story of the article being read is under the cursor.
        assert screen.selected_row is not None
        assert screen.selected_row.key == "story:beijing-tech-thread"
        # Close it: its events go; open it again: they are back.
        await pilot.press("space")
        await settle(pilot)
        assert view_rows(stories_app)[:2] == ["story:beijing-tech-thread", "story:softbank-trims"]
        await pilot.press("enter")
        await settle(pilot)
        assert view_rows(stories_app)[1] == "value-loss-beijing-2020"
        # Open an event: its passages, each with its source; enter on one jumps to it.
        await pilot.press("down", "down", "down", "right")
        await settle(pilot)
        rows = view_rows(stories_app)
        at = rows.index("ipo-halt-ant-group-2020-09-2020-12")
        assert rows[at + 1 : at + 4] == [
            "ipo-halt-ant-group-2020-09-2020-12@001",
            "ipo-halt-ant-group-2020-09-2020-12@003",
            "ipo-halt-ant-group-2020-09-2020-12@003",
        ]
        await pilot.press("down")
        row = screen.selected_row
        assert row is not None and row.mention is not None
        # Left goes back up to the event (closing it), enter on the event shows its detail.
        await pilot.press("left")
        await settle(pilot)
        assert screen.selected_row is not None
        assert screen.selected_row.key == "ipo-halt-ant-group-2020-09-2020-12"
        assert "ipo-halt-ant-group-2020-09-2020-12@001" not in view_rows(stories_app)
        await pilot.press("right", "down", "enter")
        await settle(pilot)
        view = main(stories_app).article_view
        assert stories_app.screen is main(stories_app)
        assert (view.article_id or "")[:3] == "001"
        sentence = view.cursor_sentence
        assert sentence is not None and sentence.start <= row.mention.start < sentence.end
        await pilot.press("backspace")  # back where the reader was
        await settle(pilot)
        assert (view.article_id or "")[:3] == "002"


async def test_events_view_counts_sources_as_the_stories_do(tmp_path: Path) -> None:
    """One count of sources, one meaning: the header counts outlets (an article without
    one alone) over the stories and events, as each story's row does."""
    seeds, notes = stories_corpus(tmp_path)
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert isinstance(loaded, EventsFile)
    # The thread's story also holds two articles reporting none of its events, from
    # outlets no other article has.
    extra = []
    for name, outlet in (("zz_background", "Gazette"), ("zz_explainer", "Herald")):
        path = seeds / f"{name}.txt"
        path.write_text(f"{outlet} notes\n\nA note on the thread with no event of its own.\n")
        with (seeds / "index.jsonl").open("a", encoding="utf-8") as lines:
            lines.write(json.dumps({"file": path.name, "source": outlet}) + "\n")
        extra.append(path.stem)
    stories = tuple(
        s.model_copy(update={"articles": (*s.articles, *extra)})
        if s.id == "beijing-tech-thread"
        else s
        for s in loaded.stories
    )
    store.save_events(loaded.model_copy(update={"stories": stories}))
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EventsScreen)
        index = screen.index
        thread = index.story("beijing-tech-thread")
        # Daily, Wire, Markets Blog, Weekly, Gazette, Herald; with 000 (Wire) no more.
        assert thread is not None and index.source_count(thread) == 6
        assert screen.sub_title.endswith(", 6 sources")
        assert "sources: outlets" in widget_text(screen.query_one("#events-legend"))


async def test_events_view_edits_act_on_events_not_stories(stories_app: NewsreaderApp) -> None:
    async with stories_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = stories_app.screen
        assert isinstance(screen, EventsScreen)
        screen.query_one(DataTable).move_cursor(row=0)
        assert screen.selected_event is None  # a story: nothing to rename
        await pilot.press("r")
        await settle(pilot)
        assert stories_app.screen is screen
        await pilot.press("down", "r")
        await settle(pilot)
        assert isinstance(stories_app.screen, FormModal)


async def test_too_many_sources_for_the_matrix_are_counted(
    stories_app: NewsreaderApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(events_screen, "MATRIX_COLUMNS", 4)
    async with stories_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = stories_app.screen
        assert isinstance(screen, EventsScreen)
        table = screen.query_one(DataTable)
        assert [str(c.label) for c in table.columns.values()][1::2] == ["sources", "timeline"]
        assert str(table.get_row("story:beijing-tech-thread")[1]) == "4"
        assert str(table.get_row("ipo-halt-ant-group-2020-09-2020-12")[1]) == "3"


async def test_ids_given_twice_do_not_break_the_events_view(tmp_path: Path) -> None:
    seeds, notes = stories_corpus(tmp_path)
    store = AnnotationStore(notes)
    loaded = store.load_events().value
    assert loaded is not None
    twice = loaded.model_copy(
        update={
            "stories": (*loaded.stories, loaded.stories[0]),
            "events": (*loaded.events, loaded.events[0]),
        }
    )
    store.save_events(twice)
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        rows = view_rows(app)
        assert rows.count("story:beijing-tech-thread") == 1
        assert len(rows) == len(set(rows))


# ---------------------------------------------------------------------- snapshots


def at_seed(prefix: str, *keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        open_seed(pilot.app, prefix)  # type: ignore[arg-type]
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
        await settle(pilot)

    return run_before


def test_snapshot_story_panel(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The side panel on 002 with stories: the story, its other sources most recent first, the events."""
    app = make_app(*stories_corpus(tmp_path))
    assert snap_compare(app, terminal_size=(160, 48), run_before=at_seed("002", "j"))


def test_snapshot_list_by_story(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The article list grouped by story (S): each story's title and source count above its articles."""
    app = make_app(*stories_corpus(tmp_path))
    assert snap_compare(app, terminal_size=(160, 48), run_before=at_seed("003", "S"))


def test_snapshot_events_view_by_story(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The events view with stories: each story with its sources and events, one event opened to its passages."""
    app = make_app(*stories_corpus(tmp_path))
    keys = ("E", "down", "down", "down", "space")
    assert snap_compare(app, terminal_size=(160, 48), run_before=at_seed("002", *keys))
