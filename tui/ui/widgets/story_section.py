"""StorySection: the story of the article being read, and every other source that covers it.

The story's title, how many sources cover it and how many events it holds, then
each other article of the story, most recent first, with its source and date (its
title alone when it has neither: a folder of bare texts). A
click opens one, and so does ``Enter`` once the section has the focus (``s`` on
the main screen) and ``↑``/``↓`` picked it (:class:`StorySection.ArticleChosen`).
Hidden while the events file has no stories, so a corpus without them looks as it
did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from tui.core.text.display import visible
from tui.core.text.excerpts import shorten
from tui.ui.formatting import plural
from tui.ui.widgets.side_panel import PickingSection, SentenceContext, indented

# The event index loads when events are first shown, after the reader's first frame.
if TYPE_CHECKING:
    from tui.core.events.index import EventIndex

#: Other articles of the story listed before "and N more" (the events view lists them all).
MAX_ARTICLES = 8


class StorySection(PickingSection, can_focus=True):
    """The article's story: its title, its coverage, its other sources with their dates."""

    TITLE = "Story"
    BINDINGS = [
        Binding(
            "down,j",
            "move(1)",
            "Next source",
            show=False,
            id="story.next",
            tooltip="Next article of the story",
        ),
        Binding(
            "up,k",
            "move(-1)",
            "Previous source",
            show=False,
            id="story.previous",
            tooltip="Previous article of the story",
        ),
        Binding(
            "enter",
            "open_selected",
            "Open article",
            id="story.open",
            tooltip="Open the picked article where you left it (backspace comes back)",
        ),
    ]

    class ArticleChosen(Message):
        """The person asked to open another article of the story."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, index: EventIndex | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        #: The articles the titles shown open, by their number in the click action.
        self.articles: list[str] = []
        self.display = False

    def set_index(self, index: EventIndex | None) -> None:
        """Show stories from ``index`` (None: not loaded yet); hidden while there are none."""
        self.index = index
        self.display = index is not None and bool(index.stories)
        self.redraw()

    def redraw(self) -> None:
        if self.context is not None:
            self._shown_key = None
            self.show_sentence(self.context)

    def show_sentence(self, context: SentenceContext) -> None:
        if self.context is None or self.context.article_id != context.article_id:
            self.selected = 0
        super().show_sentence(context)

    def content_key(self, context: SentenceContext) -> object | None:
        # The story is the article's: moving from sentence to sentence redraws nothing.
        return (
            context.article_id,
            id(self.index),
            self.content_region.width,
            self.selected,
            self.picking,
        )

    def choices(self) -> int:
        return len(self.articles)

    def action_open_selected(self) -> None:
        self.action_open_article(self.selected)

    def action_open_article(self, number: int) -> None:
        if 0 <= number < len(self.articles):
            self.post_message(self.ArticleChosen(self.articles[number]))
        else:
            self.app.bell()

    def render_sentence(self, context: SentenceContext) -> RenderableType:
        dim = Style(dim=True)
        self.articles = []
        index = self.index
        if index is None:
            return Text("reading stories…", Style(dim=True, italic=True))
        story = index.story_of(context.article_id)
        if story is None:
            return Text("in no story", Style(dim=True, italic=True))
        width = max(16, (self.content_region.width or 40) - 2)
        head = Text("◆ ", Style(bold=True))
        head.append(visible(story.title), Style(bold=True))
        events = len(index.story_events(story))
        facts = Text(f"covered by {plural(index.source_count(story), 'source')}", dim)
        if events:
            facts.append(f" · {plural(events, 'event')}", dim)
        parts: list[RenderableType] = [head, indented(facts, 2)]
        others = [a for a in index.story_articles(story) if a != context.article_id]
        if not others:
            parts.append(indented(Text("told here only", Style(dim=True, italic=True)), 2))
        for article in others[:MAX_ARTICLES]:
            parts.extend(self._article(index, article, width))
        if self.articles:
            self.selected = max(0, min(self.selected, len(self.articles) - 1))
        if len(others) > MAX_ARTICLES:
            more = len(others) - MAX_ARTICLES
            parts.append(indented(Text(f"and {more:,} more (E: the events view)", dim), 2))
        return Group(*parts)

    def _article(self, index: EventIndex, article: str, width: int) -> list[RenderableType]:
        """Two lines: ``▸ source, date`` (a click opens the article), then its title; one,
        ``▸ title``, when the article has neither source nor date."""
        source = index.source(article)
        title = Text(shorten(visible(source.title), max(8, width - 4)), Style(dim=True))
        if source.missing:  # nothing to open: the article's text is gone
            line = Text("▸ ", Style(dim=True))
            line.append(f"{visible(source.id)} · missing", Style(dim=True, italic=True))
            return [indented(line, 2)]
        number = len(self.articles)
        self.articles.append(article)
        chosen = self.picking and number == self.selected
        click = Style(meta={"@click": f"open_article({number})"})
        line = Text("▶ " if chosen else "▸ ", Style(bold=chosen, dim=not chosen))
        if not source.label:
            # (a folder of bare texts: no source, no date; the title alone names it, on
            # one line, rather than "no source, undated" over every title)
            line.append(
                shorten(visible(source.title) or visible(source.id), max(8, width - 4)),
                Style(underline=True, bold=chosen, reverse=chosen) + click,
            )
            return [indented(line, 2)]
        line.append(visible(source.label), Style(underline=True, bold=chosen) + click)
        title.stylize(click)
        if chosen:
            title.stylize(Style(reverse=True))
        return [indented(line, 2), indented(title, 4)]
