"""EventsScreen: every event, sorted by date, with who reported it and a timeline.

The table has one row per event: its date, title, a coverage matrix (one column
per source, ``●`` where the source reports the event) and a timeline bar drawn
over the span of all dated events. ``Enter`` opens :class:`EventDetailScreen`:
the event's passages side by side, one column per source, with the figures lined
up above them. A passage title there opens it in its article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from tui.core.events.index import EventIndex
from tui.core.model.library import Library
from tui.core.model.schema import Event
from tui.core.text.display import visible
from tui.ui.formatting import timeline_row
from tui.ui.screens.event_edits import EventEditing
from tui.ui.widgets.event_section import Target, figures_line, quote_with_highlights
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.side_panel import SentenceContext

#: Width of the timeline column, in cells.
TIMELINE_WIDTH = 24
StyleOf = Callable[[str], Style]


def _context(library: Library, style_of: StyleOf) -> SentenceContext:
    """A context for drawing quotes outside the panel (no sentence of its own)."""
    return SentenceContext(library, "", 0, 0, 0, style_of)


class EventDetailScreen(Screen[Target | None]):
    """One event: its figures, then each source's passages in a column of its own."""

    BINDINGS = [
        Binding("escape,backspace", "dismiss_detail", "Back", id="event_detail.back"),
    ]
    DEFAULT_CSS = """
    EventDetailScreen #detail-head { height: auto; padding: 0 1; }
    EventDetailScreen #detail-columns { height: 1fr; }
    EventDetailScreen .source-column { width: 44; min-width: 30; padding: 0 1; border-right: vkey $panel; }
    """

    def __init__(
        self, index: EventIndex, event: Event, library: Library, style_of: StyleOf
    ) -> None:
        super().__init__()
        self.index = index
        self.event = event
        self.library = library
        self.style_of = style_of
        self.targets: list[Target] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._head(), id="detail-head")
        with HorizontalScroll(id="detail-columns"):
            for report in self.index.reports(self.event):
                with VerticalScroll(classes="source-column"):
                    yield Static(self._column(report.article, report.mentions, report.translations))
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.event.title

    def _head(self) -> RenderableType:
        index, event = self.index, self.event
        dim = Style(dim=True)
        sources = index.sources_of(event)
        head = Text(visible(event.title), Style(bold=True))
        head.append(
            f"  {index.date_label(event)} · {len(sources)} source{'s' if len(sources) != 1 else ''}",
            dim,
        )
        lines: list[RenderableType] = [head]
        for row in index.figures(event):
            lines.append(figures_line(index, row, f"{row.unit}: "))
        return Group(*lines)

    def _column(self, article: str, mentions: tuple, translations: tuple) -> RenderableType:  # type: ignore[type-arg]
        source = self.index.source(article)
        context = _context(self.library, self.style_of)
        parts: list[RenderableType] = [Text(visible(source.title), Style(bold=True))]
        if source.label:
            parts.append(Text(source.label, Style(dim=True)))
        for mention in (*mentions, *translations):
            number = len(self.targets)
            self.targets.append(Target(mention.article, mention.start, mention.end))
            parts.append(Text(""))
            parts.append(
                Text(
                    "▸ open",
                    Style(
                        underline=True, dim=True, meta={"@click": f"screen.open_passage({number})"}
                    ),
                )
            )
            parts.append(quote_with_highlights(self.library, context, mention, limit=1200))
        return Group(*parts)

    def action_open_passage(self, number: int) -> None:
        if 0 <= number < len(self.targets):
            self.dismiss(self.targets[number])

    def action_dismiss_detail(self) -> None:
        self.dismiss(None)


class EventsScreen(EventEditing, Screen[Target | None]):
    """All events by date: coverage matrix (events × sources) and a timeline."""

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="events.close"),
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

    def __init__(self, index: EventIndex, library: Library, style_of: StyleOf) -> None:
        super().__init__()
        self.index = index
        self.library = library
        self.style_of = style_of
        self.columns = index.all_sources()

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="events-table", cursor_type="row", zebra_stripes=True)
        yield Static(self._legend(), id="events-legend")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.fill_table()
        self.query_one(DataTable).focus()

    def highlighted_event(self) -> Event | None:
        return self.selected_event

    def show_events_again(self) -> None:
        """After an edit: the events as they are now (the edit session's), same row if it exists."""
        from tui.ui.event_navigation import load_events
        from tui.ui.widgets.event_section import event_sources

        table = self.query_one(DataTable)
        current = self.selected_event
        self.index = EventIndex(load_events(self.app), event_sources(self.library))  # type: ignore[arg-type]
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
                line.append(f"  {source.label}", Style(dim=True))
            lines.append(line)
        span = self.index.timeline_span()
        if span is not None:
            first = dt.date.fromordinal(span.start).isoformat()
            last = dt.date.fromordinal(span.end).isoformat()
            lines.append(Text(f"timeline: {first} … {last}", Style(dim=True)))
        if not self.columns:
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
