"""The command palette provider: jump to any article or entity by name (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from tui.core.text.display import visible
from tui.ui.formatting import plural

if TYPE_CHECKING:
    from tui.ui.app import NewsreaderApp

#: Entities offered, the most mentioned first (search reaches the others).
ENTITIES = 5000


class ReaderCommands(Provider):
    """Articles by title and entities by name; choosing one opens it at that place."""

    @property
    def reader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    def _candidates(self) -> list[tuple[str, str, Callable[[], None]]]:
        """``(what is matched, help, jump)`` for every article and indexed entity."""
        library = self.reader.library
        found: list[tuple[str, str, Callable[[], None]]] = []
        for article in library.articles:
            found.append(
                (
                    f"Article: {visible(article.title)}",
                    visible(f"{article.id} · {article.date or 'no date'}"),
                    partial(self.reader.jump_to, article.id, None),
                )
            )
        if library.refs_ready:
            for refs, first in library.top_entities(ENTITIES):
                count = refs.article_count
                found.append(
                    (
                        f"Entity: {visible(refs.name)} ({visible(refs.label)})",
                        f"{refs.total}× in {plural(count, 'article')}",
                        partial(self.reader.jump_to, first.article, first.start),
                    )
                )
        return found

    async def discover(self) -> Hits:
        for text, help_text, jump in self._candidates()[: len(self.reader.library.articles)]:
            yield DiscoveryHit(Content(text), jump, text=text, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, jump in self._candidates():
            score = matcher.match(text)
            if score > 0:
                # The matcher's own highlight parses markup; build the display by hand.
                display = Content(text)
                _, offsets = matcher.fuzzy_search.match(query, text)
                for offset in offsets:
                    display = display.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, display, jump, text=text, help=escape(help_text))
