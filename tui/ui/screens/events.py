"""EventsScreen: the stories, their events by date, and each event's passages, in one table.

A story's row gives how many sources cover it and which (a coverage matrix
beside the date, one cell per source, ``●`` where the source is in it, so it stays
on screen however long the titles), its title and the span of its events on a
timeline; under it, when it is open, its events, each with the
sources that report it and its bar on the timeline; under an open event, its
passages, one row per passage with its source. The events no story holds come
last, under "Other events"; without stories the events are the rows, as they
always were. ``Space`` (or ``→``) opens and closes a story or an event, ``←``
goes back up; ``Enter`` opens a story, shows an event's passages side by side
(:class:`~tui.ui.screens.event_detail.EventDetailScreen`) or jumps to a passage.
Here a person also renames, merges and splits events: each edit is a person's
decision in ``events.yaml`` (see ``docs/annotation-format.md``), made through the
editor, with its own undo history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from tui.core.editing import EVENTS_DOC, Edit, MergeEvents, RenameEvent, SplitEvent
from tui.core.events.index import EventIndex
from tui.core.model.library import Library
from tui.core.model.schema import Event, Mention
from tui.core.text.display import visible
from tui.core.text.excerpts import shorten
from tui.ui.formatting import plural, timeline_row
from tui.ui.messages import EventsShown
from tui.ui.screens.event_detail import EventDetailScreen, StyleOf
from tui.ui.screens.form_modal import Field, FormModal
from tui.ui.screens.mentions_modal import MentionsModal
from tui.ui.widgets.event_section import Target
from tui.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from tui.core.nlp.dates import Period
    from tui.ui.editor import Editor

#: Width of the timeline column, in cells.
TIMELINE_WIDTH = 24
#: Up to this many events, every story starts open; beyond, only the open article's.
OPEN_ALL_EVENTS = 200
#: Width of the event column's text, in cells (a passage's quote is cut to it).
TITLE_WIDTH = 72
#: What the view counts as a source (the header, a story's row, the sources column).
SOURCES_NOTE = "sources: outlets, an article without one counting alone (its copies with it); columns: articles"
#: Up to this many articles, each has a cell of the coverage matrix; beyond, a count.
MATRIX_COLUMNS = 40
#: The matrix's header numbers every this many sources (its ruler: "1   5    10").
RULER_STEP = 5
#: The key of the group of events in no story.
OTHER_EVENTS = ""


def ruler(n: int) -> str:
    """The matrix's header for ``n`` sources, one character each: its first number and
    every :data:`RULER_STEP`-th, each where its source's cell is ("1   5    10"; the
    last may run one past the cells)."""
    cells = [" "] * n
    for number in (1, *range(RULER_STEP, n + 1, RULER_STEP)):
        at = number - 1
        if at == 0 or cells[at - 1] == " ":
            cells[at : at + len(str(number))] = str(number)
    return "".join(cells).rstrip()


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the table: a story (or "Other events"), an event, or a passage."""

    key: str
    #: The story's id (:data:`OTHER_EVENTS` for the events in none); None without stories.
    story: str | None
    event: Event | None = None
    mention: Mention | None = None


class EventsTable(DataTable[Text | str]):
    """The events view's table: the keys that open and close its rows are its own, so they
    come in order with the cursor's moves (``→`` and ``←`` would move a cell cursor)."""

    BINDINGS = [
        Binding(
            "space,right,l",
            "screen.open_row",
            "Open/close",
            id="events.toggle",
            tooltip="Open or close the story or event under the cursor (its events, its passages)",
        ),
        Binding(
            "left,h",
            "screen.close_row",
            "Up",
            show=False,
            id="events.up",
            tooltip="Close the story or event the cursor is in, and go up to it",
        ),
    ]


class EventsScreen(Screen[Target | None]):
    """Stories, their events and passages: coverage matrix (rows × sources), a timeline;
    edits to events."""

    BINDINGS = [
        Binding("r", "rename_event", "Rename", id="events.rename", tooltip="Rename the event"),
        Binding(
            "m",
            "merge_event",
            "Merge",
            id="events.merge",
            tooltip="Merge: press on one event, then on the one to merge it into",
        ),
        Binding(
            "s",
            "split_event",
            "Split",
            id="events.split",
            tooltip="Split some passages off into a new event",
        ),
        Binding(
            "u,ctrl+z", "undo_events", "Undo", id="events.undo", tooltip="Undo the last event edit"
        ),
        Binding(
            "ctrl+r,ctrl+y",
            "redo_events",
            "Redo",
            show=False,
            id="events.redo",
            tooltip="Redo the event edit undone last",
        ),
        Binding("escape,q", "close", "Close", id="events.close", tooltip="Back to the article"),
        Binding(
            "enter",
            "choose_row",
            "Go",
            id="events.choose",
            tooltip="A story: open or close it; an event: its passages side by side; "
            "a passage: jump to it in its article",
        ),
    ]
    DEFAULT_CSS = """
    EventsScreen #events-table { height: 1fr; }
    EventsScreen #events-legend { height: auto; max-height: 12; padding: 0 1; color: $text-muted; }
    """

    def __init__(
        self, index: EventIndex | None, library: Library, style_of: StyleOf, editor: Editor
    ) -> None:
        """
        Args:
            index: The events (None: still loading; :class:`EventsShown` brings them).
            library: The corpus.
            style_of: The highlight style of a kind of span.
            editor: Edits of the events.
        """
        super().__init__()
        #: True until the events are read (the table is empty and says so).
        self.loading = index is None
        self.index = index if index is not None else EventIndex(None)
        self.library = library
        self.style_of = style_of
        self.editor = editor
        #: Every article reporting an event, the articles of a story together.
        self.sources: list[str] = []
        #: The coverage matrix's columns (none when there are too many sources: a count).
        self.columns: list[str] = []
        self._set_sources()
        #: The row the cursor starts on (the story of the article being read).
        self._start_at: str | None = None
        #: The article being read (its story is opened once the events are read).
        self._reading: str | None = None
        #: Id of the event marked to be merged into the next one chosen.
        self.merging: str | None = None
        #: The rows as shown, top to bottom.
        self.rows: list[Row] = []
        #: Stories (by id; :data:`OTHER_EVENTS` too) and events (by key) shown open.
        self.open_stories: set[str] = set()
        self.open_events: set[str] = set()
        self._open_all()

    def _open_all(self) -> None:
        """A corpus with few events shows them all open."""
        index = self.index
        if len(index) <= OPEN_ALL_EVENTS:
            self.open_stories |= {story.id for story in index.stories} | {OTHER_EVENTS}

    def compose(self) -> ComposeResult:
        yield Header()
        yield EventsTable(id="events-table", cursor_type="row", zebra_stripes=True)
        yield Static(self._legend(), id="events-legend")
        yield KeyFooter()

    def open_story_of(self, article: str | None) -> None:
        """Open the story of this article (the one being read) and put the cursor on it."""
        self._reading = article
        story = self.index.story_of(article) if article else None
        if story is None:
            return
        self.open_stories.add(story.id)
        if self.is_mounted:
            self.show_rows(f"story:{story.id}")
        else:
            self._start_at = f"story:{story.id}"

    def _set_sources(self) -> None:
        self.sources = self.index.all_sources(by_story=True)
        self.columns = self.sources if len(self.sources) <= MATRIX_COLUMNS else []

    def on_mount(self) -> None:
        self.fill_table()
        self.query_one(DataTable).focus()
        if self._start_at is not None:
            self._move_to(self._start_at)

    @on(EventsShown)
    def show_events_again(self, event: EventsShown) -> None:
        """The events as they are now (read, edited), same row if it exists."""
        table = self.query_one(DataTable)
        current = self.selected_row
        self.index = event.index
        arrived = self.loading
        if arrived:
            self.loading = False
            self._open_all()
        self._set_sources()
        table.clear(columns=True)
        self.fill_table()
        self.query_one("#events-legend", Static).update(self._legend())
        if arrived:
            self.open_story_of(self._reading)
        elif current is not None and not self._move_to(current.key) and current.event:
            self._move_to(current.event.id)

    def fill_table(self) -> None:
        index = self.index
        stories = f"{plural(len(index.stories), 'story', 'stories')}, " if index.stories else ""
        # One count of sources everywhere (the stories' rows too): outlets, an article
        # without one counting alone, with the copies of its headline.
        self.sub_title = (
            f"{stories}{len(index)} events, {plural(index.covering_sources(), 'source')}"
        )
        table = self.query_one(DataTable)
        table.add_column("date", key="date")
        # (the matrix beside the date: one cell a source, on screen whatever the titles)
        if self.columns:
            table.add_column(ruler(len(self.columns)), key="sources")
        elif self.sources:
            table.add_column("sources", key="sources")
        table.add_column("story · event · passage" if index.stories else "event", key="event")
        table.add_column("timeline", key="timeline")
        self._add_rows()

    def show_rows(self, cursor: str | None = None) -> None:
        """Rows again (a story or event opened or closed), the cursor on ``cursor``'s row."""
        table = self.query_one(DataTable)
        table.clear()
        self._add_rows()
        if cursor is not None:
            self._move_to(cursor)

    def _move_to(self, key: str) -> bool:
        for number, row in enumerate(self.rows):
            if row.key == key:
                self.query_one(DataTable).move_cursor(row=number)
                return True
        return False

    def _layout(self) -> list[Row]:
        index = self.index
        rows: list[Row] = []

        def add_events(story: str | None, events: list[Event]) -> None:
            for event in events:
                rows.append(Row(event.id, story, event))
                if event.id in self.open_events:
                    rows.extend(
                        Row(f"{event.id}@{m.article}:{m.start}-{m.end}", story, event, m)
                        for report in index.reports(event)
                        for m in (*report.mentions, *report.translations)
                    )

        if not index.stories:
            add_events(None, list(index.events))
            return rows
        for story in index.stories:
            rows.append(Row(f"story:{story.id}", story.id))
            if story.id in self.open_stories:
                add_events(story.id, index.story_events(story))
        others = index.events_in_no_story()
        if others:
            rows.append(Row(f"story:{OTHER_EVENTS}", OTHER_EVENTS))
            if OTHER_EVENTS in self.open_stories:
                add_events(OTHER_EVENTS, others)
        return rows

    def _add_rows(self) -> None:
        table = self.query_one(DataTable)
        self.rows = []
        keys: set[str] = set()
        for row in self._layout():
            if row.key in keys:  # an event id or a passage given twice in the file
                row = replace(row, key=f"{row.key}#{len(self.rows)}")
            keys.add(row.key)
            self.rows.append(row)
        span = self.index.timeline_span()
        for row in self.rows:
            table.add_row(*self._cells(row, span), key=row.key)

    def _cells(self, row: Row, span: Period | None) -> list[Text | str]:
        index = self.index
        dim = Style(dim=True)
        indent = "" if row.story is None else "  "
        if row.mention is not None:
            source = index.source(row.mention.article)
            line = Text(f"{indent}    ", dim)
            # The date has its column: the outlet, else the article's title, names the source.
            who = source.source or shorten(" ".join(source.title.split()) or source.id, 28)
            line.append(f"{visible(who)}: ", Style(bold=True))
            words = " ".join(row.mention.text.split())
            line.append(f"“{shorten(visible(words), max(12, TITLE_WIDTH - len(line)))}”", dim)
            coverage = self._coverage({row.mention.article}) if self.columns else [Text("")]
            date = "missing" if source.missing else source.date or ""
            return [Text(date, dim), *coverage, line, ""]
        if row.event is not None:
            event = row.event
            opened = event.id in self.open_events
            line = Text(f"{indent}{'▾' if opened else '▸'} ", dim)
            line.append(visible(event.title))
            reporting = set(index.sources_of(event))
            bar = timeline_row(index.period_of(event), span, TIMELINE_WIDTH)
            return [Text(index.date_label(event), dim), *self._coverage(reporting), line, Text(bar)]
        opened = row.story in self.open_stories
        story = index.story(row.story) if row.story else None
        mark = Text("▾ " if opened else "▸ ", Style(bold=True))
        if story is None:  # the events in no story
            events = index.events_in_no_story()
            mark.append("Other events", Style(bold=True, italic=True))
            mark.append(" · in no story", dim)
            articles = {a for e in events for a in index.sources_of(e)}
        else:
            events = index.story_events(story)
            mark.append(visible(story.title), Style(bold=True))
            mark.append(f" · {plural(index.source_count(story), 'source')}", dim)
            articles = set(story.articles)
        period = index.timeline_span(events)
        return [
            Text(plural(len(events), "event"), dim),
            *self._coverage(articles, index.source_count(story) if story else None),
            mark,
            Text(timeline_row(period, span, TIMELINE_WIDTH)),
        ]

    def _coverage(self, articles: set[str], count: int | None = None) -> list[Text]:
        """The row's cell of the matrix (one character a source: ``●`` where the source is
        in it), or its count (``count`` if given: a story's, by outlet)."""
        if not self.columns:
            if not self.sources:
                return []
            shown = self.index.count_sources(articles) if count is None else count
            return [Text(str(shown), Style(dim=True))]
        cells = Text()
        for a in self.columns:
            if a in articles:
                cells.append("●", Style(bold=True))
            else:
                cells.append("·", Style(dim=True))
        return [cells]

    def _legend(self) -> RenderableType:
        lines: list[RenderableType] = []
        for number, article in enumerate(self.columns, start=1):
            source = self.index.source(article)
            line = Text(f"{number}  ", Style(bold=True))
            line.append(visible(source.title))
            if source.label:
                line.append(f"  {visible(source.label)}", Style(dim=True))
            lines.append(line)
        span = self.index.timeline_span()
        if span is not None:
            first = dt.date.fromordinal(span.start).isoformat()
            last = dt.date.fromordinal(span.end).isoformat()
            lines.append(Text(f"timeline: {first} … {last}", Style(dim=True)))
        error = self.editor.events_error()
        if self.loading:
            lines.append(Text("events loading…", Style(italic=True)))
        elif error is not None:
            lines.append(Text(f"⚠ {visible(str(error))}", Style(italic=True, color="yellow")))
            lines.append(Text("Events are shown once the file is fixed.", Style(italic=True)))
        elif not self.sources:
            lines.append(Text("No events yet: run `newsreader link`.", Style(italic=True)))
        elif not self.columns:
            lines.append(
                Text(
                    f"{len(self.sources):,} articles report events: too many for a column "
                    "each, the sources column counts their sources.",
                    Style(italic=True, dim=True),
                )
            )
        if self.sources:
            lines.append(Text(SOURCES_NOTE, Style(italic=True, dim=True)))
        return Group(*lines)

    @property
    def selected_row(self) -> Row | None:
        table = self.query_one(DataTable)
        if not self.rows or table.row_count == 0:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)]

    @property
    def selected_event(self) -> Event | None:
        """The event under the cursor (a passage's event too); None on a story."""
        row = self.selected_row
        return row.event if row is not None else None

    @on(DataTable.RowSelected)
    def open_selected_row(self, event: DataTable.RowSelected) -> None:
        self.action_choose_row()

    def action_choose_row(self) -> None:
        row = self.selected_row
        if row is None:
            self.app.bell()
        elif row.mention is not None:
            self.dismiss(Target(row.mention.article, row.mention.start, row.mention.end))
        elif row.event is not None:
            self.action_open_event()
        else:
            self.action_open_row()

    def action_open_row(self) -> None:
        """Open or close the story or event under the cursor (a passage: its event)."""
        row = self.selected_row
        if row is None:
            self.app.bell()
            return
        if row.event is None:
            assert row.story is not None
            self.open_stories ^= {row.story}
        else:
            self.open_events ^= {row.event.id}
            if row.mention is not None:  # closing the event from one of its passages
                row = Row(row.event.id, row.story, row.event)
        self.show_rows(row.key)

    def action_close_row(self) -> None:
        """Close what the cursor is in (a passage's event, an event's story) and go up to it."""
        row = self.selected_row
        if row is None:
            self.app.bell()
            return
        if row.mention is not None or (row.event is not None and row.event.id in self.open_events):
            assert row.event is not None
            self.open_events.discard(row.event.id)
            self.show_rows(row.event.id)
        elif row.event is not None and row.story is not None:
            self.open_stories.discard(row.story)
            self.show_rows(f"story:{row.story}")
        elif row.event is None and row.story in self.open_stories:
            assert row.story is not None
            self.open_stories.discard(row.story)
            self.show_rows(row.key)
        else:
            self.app.bell()

    def action_open_event(self) -> None:
        chosen = self.selected_event
        if chosen is None:
            self.app.bell()
            return

        def opened(target: Target | None) -> None:
            if target is not None:
                self.dismiss(target)

        self.app.push_screen(
            EventDetailScreen(self.index, chosen, self.library, self.style_of), opened
        )

    def action_close(self) -> None:
        self.dismiss(None)

    # ------------------------------------------------------------------- edits

    def _edited(self, edit: Edit) -> bool:
        """Apply an edit to the events and save (the table follows the editor's message)."""
        if not self.editor.apply(edit):
            return False
        self.editor.save()
        return True

    def action_rename_event(self) -> None:
        event = self.selected_event
        if event is None:
            self.app.bell()
            return

        def renamed(values: dict[str, str] | None) -> None:
            if values and values["title"] and values["title"] != event.title:
                self._edited(RenameEvent(event.id, values["title"]))

        self.app.push_screen(
            FormModal("Rename the event", [Field("title", "Title", event.title)]), renamed
        )

    def action_merge_event(self) -> None:
        event = self.selected_event
        if event is None:
            self.app.bell()
            return
        if self.merging is None or self.merging == event.id:
            self.merging = None if self.merging == event.id else event.id
            if self.merging:
                self.notify(
                    f"Merging “{event.title}”: move to the event to merge it into and press m."
                )
            return
        absorbed, self.merging = self.merging, None
        if self._edited(MergeEvents(event.id, absorbed)):
            self.notify(f"Merged into “{event.title}”.")

    def action_split_event(self) -> None:
        event = self.selected_event
        if event is None:
            self.app.bell()
            return

        def split(keys: list[tuple[str, int, int]] | None) -> None:
            if keys:
                self._edited(SplitEvent(event.id, tuple(keys)))

        self.app.push_screen(MentionsModal(event), split)

    def action_undo_events(self) -> None:
        if self.editor.undo(EVENTS_DOC) is not None:
            self.editor.save()

    def action_redo_events(self) -> None:
        if self.editor.redo(EVENTS_DOC) is not None:
            self.editor.save()
