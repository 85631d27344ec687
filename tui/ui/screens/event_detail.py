"""EventDetailScreen: one event's passages side by side, one column per source, figures above.

A passage's ``▸ open`` (a click) opens it in its article; the screen returns that
passage to the events view, which returns it to the main screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from tui.core.events.index import EventIndex
from tui.core.model.library import Library
from tui.core.model.schema import Event, Mention
from tui.core.text.display import visible
from tui.ui.formatting import plural
from tui.ui.widgets.event_section import (
    Target,
    figures_line,
    missing_quote,
    quote_with_highlights,
)
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.side_panel import SentenceContext

StyleOf = Callable[[str], Style]


def quote_context(library: Library, style_of: StyleOf) -> SentenceContext:
    """A context for drawing quotes outside the panel (no sentence of its own)."""
    return SentenceContext(library, "", 0, 0, 0, style_of)


class EventDetailScreen(Screen[Target | None]):
    """One event: its figures, then each source's passages in a column of its own."""

    BINDINGS = [
        Binding(
            "escape,backspace",
            "dismiss_detail",
            "Back",
            id="event_detail.back",
            tooltip="Back to the events view",
        ),
    ]
    DEFAULT_CSS = """
    EventDetailScreen #detail-head { height: auto; padding: 0 1; }
    EventDetailScreen #detail-columns { height: 1fr; }
    EventDetailScreen .source-column { width: 1fr; min-width: 30; max-width: 60; padding: 0 1; border-right: vkey $panel; }
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
        self.sub_title = visible(self.event.title)

    def _head(self) -> RenderableType:
        index, event = self.index, self.event
        dim = Style(dim=True)
        sources = index.count_sources(index.sources_of(event))
        head = Text(visible(event.title), Style(bold=True))
        head.append(
            f"  {index.date_label(event)} · {plural(sources, 'source')}",
            dim,
        )
        lines: list[RenderableType] = [head]
        names = index.source_names(event)
        for row in index.figures(event):
            lines.append(figures_line(index, row, f"{visible(row.unit)}: ", names))
        return Group(*lines)

    def _column(
        self, article: str, mentions: Sequence[Mention], translations: Sequence[Mention]
    ) -> RenderableType:
        source = self.index.source(article)
        context = quote_context(self.library, self.style_of)
        parts: list[RenderableType] = [Text(visible(source.title), Style(bold=True))]
        if source.label:
            parts.append(Text(visible(source.label), Style(dim=True)))
        for mention in (*mentions, *translations):
            if source.missing:  # the article's text is gone: nothing to open
                parts.extend((Text(""), missing_quote(mention, limit=1200)))
                continue
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
