"""EventsScreen: every event, sorted by date, with who reported it and a timeline.

The table has one row per event: its date, title, a coverage matrix (one column
per source, ``●`` where the source reports the event) and a timeline bar drawn
over the span of all dated events. ``Enter`` opens
:class:`~tui.ui.screens.event_detail.EventDetailScreen`: the event's passages side
by side. Here a person also renames, merges and splits events: each edit is a
person's decision in ``events.yaml`` (see ``docs/annotation-format.md``), made
through the editor, with its own undo history.
"""

from __future__ import annotations

import datetime as dt
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
from tui.core.model.schema import Event
from tui.core.text.display import visible
from tui.ui.formatting import timeline_row
from tui.ui.messages import DocumentsChanged
from tui.ui.screens.event_detail import EventDetailScreen, StyleOf
from tui.ui.screens.form_modal import Field, FormModal
from tui.ui.screens.mentions_modal import MentionsModal
from tui.ui.widgets.event_section import Target, event_index
from tui.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from tui.ui.editor import Editor

#: Width of the timeline column, in cells.
TIMELINE_WIDTH = 24


class EventsScreen(Screen[Target | None]):
    """All events by date: coverage matrix (events × sources) and a timeline; edits to events."""

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
            "open_event",
            "Passages",
            id="events.open_event",
            tooltip="See the event's passages side by side",
        ),
    ]
    DEFAULT_CSS = """
    EventsScreen #events-table { height: 1fr; }
    EventsScreen #events-legend { height: auto; max-height: 12; padding: 0 1; color: $text-muted; }
    """

    def __init__(
        self, index: EventIndex, library: Library, style_of: StyleOf, editor: Editor
    ) -> None:
        super().__init__()
        self.index = index
        self.library = library
        self.style_of = style_of
        self.editor = editor
        self.columns = index.all_sources()
        #: Id of the event marked to be merged into the next one chosen.
        self.merging: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="events-table", cursor_type="row", zebra_stripes=True)
        yield Static(self._legend(), id="events-legend")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.fill_table()
        self.query_one(DataTable).focus()

    @on(DocumentsChanged)
    def show_events_again(self, event: DocumentsChanged) -> None:
        """After an edit: the events as they are now (the edit session's), same row if it exists."""
        table = self.query_one(DataTable)
        current = self.selected_event
        self.index = event_index(self.editor.current_events(), self.library)
        self.columns = self.index.all_sources()
        table.clear(columns=True)
        self.fill_table()
        self.query_one("#events-legend", Static).update(self._legend())
        ids = [e.id for e in self.index.events]
        if current is not None and current.id in ids:
            table.move_cursor(row=ids.index(current.id))

    def fill_table(self) -> None:
        self.sub_title = f"{len(self.index)} events, {len(self.columns)} sources"
        table = self.query_one(DataTable)
        table.add_column("date", key="date")
        table.add_column("event", key="event")
        for number, _ in enumerate(self.columns, start=1):
            table.add_column(str(number), key=f"s{number}")
        table.add_column("timeline", key="timeline")
        span = self.index.timeline_span()
        for event, row in self.index.coverage(self.columns):
            cells: list[Text | str] = [
                Text(self.index.date_label(event), Style(dim=True)),
                Text(visible(event.title)),
            ]
            cells.extend(
                Text("●", Style(bold=True)) if hit else Text("·", Style(dim=True)) for hit in row
            )
            cells.append(Text(timeline_row(self.index.period_of(event), span, TIMELINE_WIDTH)))
            table.add_row(*cells, key=event.id)

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
        if error is not None:
            lines.append(Text(f"⚠ {visible(str(error))}", Style(italic=True, color="yellow")))
            lines.append(Text("Events are shown once the file is fixed.", Style(italic=True)))
        elif not self.columns:
            lines.append(Text("No events yet: run `newsreader link`.", Style(italic=True)))
        return Group(*lines)

    @property
    def selected_event(self) -> Event | None:
        table = self.query_one(DataTable)
        if not self.index.events or table.row_count == 0:
            return None
        return self.index.events[table.cursor_row]

    @on(DataTable.RowSelected)
    def open_selected_row(self, event: DataTable.RowSelected) -> None:
        self.action_open_event()

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
