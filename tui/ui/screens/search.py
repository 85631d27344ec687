"""SearchScreen: find text in the open article, then across the corpus, and jump to a match.

The corpus is searched in a worker thread as the person types (the newest query
wins); the results arrive as :class:`SearchScreen.Found`.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model.library import Library, SearchHit
from tui.core.text.display import visible

#: Most hits listed for the open article, and for the rest of the corpus.
LIMIT = 200


class SearchScreen(ModalScreen[SearchHit | None]):
    """Type to search; ``Enter`` or ``↓`` goes to the results, ``Enter`` on one jumps there."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="search.close", tooltip="Close the search"),
    ]

    class Found(Message):
        """The matches of ``query``: in the open article, then in the other articles."""

        def __init__(self, query: str, here: list[SearchHit], elsewhere: list[SearchHit]) -> None:
            super().__init__()
            self.query = query
            self.here = here
            self.elsewhere = elsewhere

    def __init__(self, library: Library, article_id: str | None, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.article_id = article_id
        self.query_text = query
        self.hits: list[SearchHit] = []
        #: The query whose results are listed (None: none yet).
        self._shown_query: str | None = None
        #: Enter was pressed before the results of the query typed had arrived.
        self._results_wanted = False

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                self.query_text,
                placeholder="search this article, then all articles",
                id="search-input",
            )
            yield Static("", id="search-summary", markup=False)
            yield OptionList(id="search-results", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.query_text:
            self.search(self.query_text)

    @on(Input.Changed, "#search-input")
    def search_changed(self, event: Input.Changed) -> None:
        self._results_wanted = False
        self.search(event.value)

    @on(Input.Submitted, "#search-input")
    def focus_results(self) -> None:
        if self.query_one(Input).value != self._shown_query:
            self._results_wanted = True  # the results of what was typed are on their way
            return
        results = self.query_one(OptionList)
        if results.option_count:
            results.focus()
            results.highlighted = results.highlighted or 0
            while (option := results.highlighted_option) is not None and option.disabled:
                results.highlighted = (results.highlighted or 0) + 1

    def key_down(self) -> None:
        if self.query_one(Input).has_focus:
            self.focus_results()

    def search(self, query: str) -> None:
        """Search for ``query`` in the background (nothing to search: clear the results)."""
        if query.strip():
            self.find(query)
        else:
            self.show_results(self.Found(query, [], []))

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def find(self, query: str) -> None:
        """This article's matches, then the other articles', off the UI thread."""
        here: list[SearchHit] = []
        if self.article_id is not None:
            here = self.library.search(query, self.article_id, limit=LIMIT)
        elsewhere = [
            h
            for h in self.library.search(query, limit=LIMIT + len(here))
            if h.article != self.article_id
        ][:LIMIT]
        self.post_message(self.Found(query, here, elsewhere))

    @on(Found)
    def show_results(self, event: Found) -> None:
        """Fill the results: this article's matches first, then the other articles'."""
        if event.query != self.query_one(Input).value:
            return  # an earlier query's: the newer one's are on their way
        self._shown_query = query = event.query
        here, elsewhere = event.here, event.elsewhere
        self.hits = here + elsewhere
        results = self.query_one(OptionList)
        results.clear_options()
        options: list[Option] = []
        if query.strip():
            if self.article_id is not None:
                options.append(
                    Option(Text(f"In this article: {len(here)}", Style(bold=True)), disabled=True)
                )
                options.extend(self._option(hit, index, False) for index, hit in enumerate(here))
            articles = len({h.article for h in elsewhere})
            options.append(
                Option(
                    Text(f"In other articles: {len(elsewhere)} in {articles}", Style(bold=True)),
                    disabled=True,
                )
            )
            options.extend(
                self._option(hit, len(here) + index, True) for index, hit in enumerate(elsewhere)
            )
        results.add_options(options)
        summary = "" if query.strip() else "type to search; Enter: results, Esc: close"
        self.query_one("#search-summary", Static).update(summary)
        if self._results_wanted:
            self._results_wanted = False
            self.focus_results()

    def _option(self, hit: SearchHit, index: int, title: bool) -> Option:
        text = Text()
        if title:
            text.append(visible(self.library.article(hit.article).title), Style(bold=True))
            text.append("\n")
        quote = visible(hit.quote)
        found = visible(self.library.article(hit.article).text[hit.start : hit.end])
        at = quote.lower().find(found.lower())
        if at >= 0:
            text.append(quote[:at])
            text.append(quote[at : at + len(found)], Style(reverse=True))
            text.append(quote[at + len(found) :])
        else:
            text.append(quote)
        return Option(text, id=f"hit-{index}")

    @on(OptionList.OptionSelected, "#search-results")
    def jump(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("hit-"):
            self.dismiss(self.hits[int(option_id[4:])])

    def action_cancel(self) -> None:
        self.dismiss(None)
