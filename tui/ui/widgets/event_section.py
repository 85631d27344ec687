"""EventSection: the events of the sentence under the cursor, told by every other source.

For each event the sentence belongs to: its title, date and number of sources;
then every other source's passages, closest to the sentence first, quoted with
their highlights, with source and date (two a source, the rest counted); then the
event's figures lined up, flagged where sources disagree beyond their qualifiers.
The passage's own translation (same article, other language) shows first. With the
focus on the section, ``↑``/``↓`` pick a passage and ``Enter`` opens it
(:class:`EventSection.PassageChosen`; the screen keeps a jump list to come back).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from tui.core.model.library import Library
from tui.core.text.display import visible
from tui.core.text.excerpts import shorten
from tui.ui.formatting import plural, stated_by
from tui.ui.widgets.article_view import label_class
from tui.ui.widgets.side_panel import PickingSection, SentenceContext, indented

# The event index (and the pydantic model) load when events are first shown, after the
# reader's first frame.
if TYPE_CHECKING:
    from collections.abc import Mapping

    from tui.core.events.figures import FigureRow
    from tui.core.events.index import EventIndex, Source
    from tui.core.model.schema import EventsFile, Mention

#: Longest quote shown for a passage, in characters.
QUOTE_LIMIT = 320
#: Passages shown of each other source, closest to the sentence first; the rest are
#: counted (the events view lists them all).
PASSAGES_PER_SOURCE = 2


@dataclass(frozen=True, slots=True)
class Target:
    """A passage the person can open from the section."""

    article: str
    start: int
    end: int


def event_sources(library: Library) -> dict[str, Source]:
    """How the events views name each article: its title, date and source."""
    from tui.core.events.index import Source

    out = {}
    for article in library.articles:
        title, source, date, _ = library.metadata(article.id)
        out[article.id] = Source(article.id, title, date, source)
    return out


def event_index(events: EventsFile | None, library: Library) -> EventIndex:
    """The events looked up for the reader: sources named from the library, passages of
    articles it does not have (their text file deleted) marked missing."""
    from tui.core.events.index import EventIndex

    return EventIndex(
        events, event_sources(library), articles=[article.id for article in library.articles]
    )


def missing_quote(mention: Mention, limit: int = QUOTE_LIMIT) -> Text:
    """A passage of an article the corpus does not have: its text as the events file keeps it."""
    dim = Style(dim=True)
    words = " ".join(mention.text.split())
    quote = Text("“", dim)
    quote.append(visible(words[:limit]) + ("…" if len(words) > limit else ""), dim)
    quote.append("”", dim)
    quote.append(
        f"  ⚠ article missing: no {visible(mention.article)}.txt in the corpus",
        Style(italic=True, color="yellow"),
    )
    return quote


def quote_with_highlights(
    library: Library, context: SentenceContext, mention: Mention, limit: int = QUOTE_LIMIT
) -> Text:
    """The passage as it stands in its article, with the article's highlights (as the
    events file keeps it, marked missing, if the corpus no longer has the article)."""
    if not library.has(mention.article):
        return missing_quote(mention, limit)
    text = library.article(mention.article).text
    start, end = mention.start, min(mention.end, len(text))
    cut = start + limit if end - start > limit else end
    quote = Text("“", Style(dim=True))
    body = Text(visible(text[start:cut]))
    for mark in library.marks(mention.article):
        if mark.end <= start or mark.start >= cut:
            continue
        body.stylize(
            context.style_of(label_class(mark.label)),
            max(0, mark.start - start),
            min(cut, mark.end) - start,
        )
    quote.append_text(body)
    quote.append("…" if cut < end else "", Style(dim=True))
    quote.append("”", Style(dim=True))
    return quote


def figures_line(
    index: EventIndex, row: FigureRow, lead: str, names: Mapping[str, str] | None = None
) -> Text:
    """One unit's figures from every source, side by side: each value once, with the
    sources that state it, flagged where sources differ (the figures that do in the
    flag's colour); ``names``: the sources' names (:meth:`EventIndex.source_names`), else
    each one's short name."""
    dim = Style(dim=True)
    flag = Style(bold=True, color="yellow")
    line = Text(lead, dim)

    def name(article: str) -> str:
        return visible(
            (names.get(article) if names is not None else None) or index.source(article).short
        )

    compared = [name(a) for a in dict.fromkeys(f.article for f in row.figures)]
    for n, group in enumerate(row.per_value()):
        figure = row.figures[group[0]]
        if n:
            line.append(" · ", dim)
        differs = any(i in row.differing for i in group)
        line.append(visible(figure.text), flag if differs else Style())
        said_by = [name(a) for a in dict.fromkeys(row.figures[i].article for i in group)]
        line.append(f" ({stated_by(said_by, compared)})", dim)
    if not row.agree:
        line.append("  ⚠ sources differ", flag)
    return line


class EventSection(PickingSection, can_focus=True):
    """Events of the sentence, with the other sources' passages and their figures."""

    TITLE = "Events"
    BINDINGS = [
        Binding(
            "down,j",
            "move(1)",
            "Next passage",
            show=False,
            id="events.next",
            tooltip="Next passage of another source",
        ),
        Binding(
            "up,k",
            "move(-1)",
            "Previous passage",
            show=False,
            id="events.previous",
            tooltip="Previous passage of another source",
        ),
        Binding(
            "enter",
            "open_selected",
            "Open passage",
            id="events.open",
            tooltip="Open the picked passage in its article, cursor on it",
        ),
    ]

    class PassageChosen(Message):
        """The person asked to open a passage of another source."""

        def __init__(self, article_id: str, start: int, end: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.start = start
            self.end = end

    def __init__(self, index: EventIndex | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        self.targets: list[Target] = []

    def set_index(self, index: EventIndex | None) -> None:
        """Show events from ``index`` (None: still loading, and says so); hidden while there
        are none."""
        self.index = index
        self.selected = 0
        self.display = index is None or len(index) > 0
        self.redraw()

    def redraw(self) -> None:
        if self.context is not None:
            self._shown_key = None
            self.show_sentence(self.context)

    def show_sentence(self, context: SentenceContext) -> None:
        previous = self.context
        if previous is None or (previous.article_id, previous.start) != (
            context.article_id,
            context.start,
        ):
            self.selected = 0
        super().show_sentence(context)

    def content_key(self, context: SentenceContext) -> object | None:
        return (
            context.article_id,
            context.start,
            context.end,
            id(self.index),
            self.selected,
            self.picking,
            self.content_region.width,
        )

    def choices(self) -> int:
        return len(self.targets)

    # ---------------------------------------------------------------- drawing

    def render_sentence(self, context: SentenceContext) -> RenderableType:
        dim = Style(dim=True)
        self.targets = []
        index = self.index
        if index is None:
            return Text("events loading…", Style(dim=True, italic=True))
        events = index.events_at(context.article_id, context.start, context.end)
        if not events:
            return Text("none for this sentence", Style(dim=True, italic=True))
        library = context.library
        width = max(16, self.content_region.width - 6 or 36)
        parts: list[RenderableType] = []
        translations = index.translations(context.article_id, context.start, context.end)
        here = library.article(context.article_id).text[context.start : context.end]
        for mention in translations:
            parts.append(Text("translation here", dim))
            parts.append(indented(quote_with_highlights(library, context, mention), 2))
        for event in events:
            sources = index.count_sources(index.sources_of(event))
            head = Text("◆ ", Style(bold=True))
            head.append(visible(event.title), Style(bold=True))
            facts = Text(
                f"{index.date_label(event)} · {plural(sources, 'source')}",
                dim,
            )
            parts.extend((Text(""), head, indented(facts, 2)))
            reports = index.reports(event, exclude=context.article_id, near=here)
            if not reports:
                parts.append(indented(Text("reported here only", Style(dim=True, italic=True)), 2))
            for report in reports:
                source = index.source(report.article)
                for n, mention in enumerate(report.mentions[:PASSAGES_PER_SOURCE]):
                    parts.extend(self._passage(context, mention, source, width, again=n > 0))
                more = len(report.mentions) - PASSAGES_PER_SOURCE
                if more > 0:
                    line = Text(f"and {plural(more, 'more passage')} of this source", dim)
                    parts.append(indented(line, 4))
                for mention in report.translations:
                    line = Text("  translation", dim)
                    parts.append(indented(line, 2))
                    parts.append(indented(quote_with_highlights(library, context, mention), 6))
            rows = index.figures(event)
            if rows:
                parts.append(indented(Text("Figures", Style(bold=True, dim=True)), 2))
                names = index.source_names(event)
                for row in rows:
                    line = figures_line(index, row, f"{visible(row.unit)} ", names)
                    parts.append(indented(line, 4))
        if self.targets:
            self.selected = max(0, min(self.selected, len(self.targets) - 1))
        return Group(*parts)

    def _passage(
        self,
        context: SentenceContext,
        mention: Mention,
        source: Source,
        width: int,
        *,
        again: bool = False,
    ) -> list[RenderableType]:
        """A passage of another source: the source's line (its title, the passage's
        marker), then the passage quoted; a source's next passage (``again``) under the
        same line, its marker before the quote (the source named once)."""
        if source.missing:  # nothing to open: the article's text is gone
            if again:
                return [indented(missing_quote(mention), 4)]
            title = Text("▸ ", Style(dim=True))
            title.append(shorten(visible(source.title), max(8, width - 12)), Style(dim=True))
            title.append(f" · {source.label}", Style(dim=True))
            return [indented(title, 2), indented(missing_quote(mention), 4)]
        number = len(self.targets)
        self.targets.append(Target(mention.article, mention.start, mention.end))
        chosen = self.picking and number == self.selected
        marker = "▶ " if chosen else "▸ "
        title = Text(marker, Style(bold=chosen, dim=not chosen))
        click = Style(underline=True, bold=chosen, meta={"@click": f"choose({number})"})
        quote = quote_with_highlights(context.library, context, mention)
        if chosen:
            quote.stylize(Style(reverse=True))
        if again:
            title.append_text(quote)
            title.stylize(Style(meta={"@click": f"choose({number})"}))
            return [indented(title, 4)]
        if source.label:  # the source and date whole, the title in what room is left
            title.append(visible(source.label), click)
            room = width - len(source.label) - 6
            if room >= 12:
                title.append(f" · {shorten(visible(source.title), room)}", Style(dim=True))
        else:
            title.append(shorten(visible(source.title), max(8, width - 4)), click)
        return [indented(title, 2), indented(quote, 4)]

    # ---------------------------------------------------------------- actions

    def action_open_selected(self) -> None:
        if not self.targets:
            self.app.bell()
            return
        target = self.targets[self.selected]
        self.post_message(self.PassageChosen(target.article, target.start, target.end))

    def action_choose(self, number: int) -> None:
        if 0 <= number < len(self.targets):
            self.selected = number
            self.action_open_selected()
