"""SearchScreen: search the open article, then the corpus, as you type; Enter jumps to the best hit.

The search runs in a worker thread over the corpus index at every key (the newest
query wins: an older one still running is stopped, and results of an older query
are dropped). The syntax (words, "phrases", ``entity:``, ``label:``,
``source:``, ``date:``, ``money>1e9 USD``, ``pct:>5``) is
:mod:`tui.core.model.search`'s. ``Enter`` in the box jumps to the first hit
(``↓`` moves into the list to choose another); the reader's ``backspace`` comes back.
"""

from __future__ import annotations

import time

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
from textual.worker import get_current_worker

from tui.core.model.index import Hit
from tui.core.model.library import Library
from tui.core.model.search import SYNTAX_HELP
from tui.core.text.display import visible
from tui.ui.formatting import plural

#: Most hits listed for the open article, and for the rest of the corpus.
LIMIT = 200
#: Characters of a sentence shown around its first highlight.
QUOTE_WIDTH = 110


def hit_quote(hit: Hit, width: int = QUOTE_WIDTH) -> Text:
    """The hit's sentence on one line, cut at spaces around its first highlight, with the
    highlights shown reversed."""
    text = hit.text.replace("\n", " ")
    first = hit.highlights[0] if hit.highlights else (0, 0)
    left = max(0, first[0] - width // 3)
    if left > 0:
        space = text.find(" ", left, first[0])
        left = space + 1 if space != -1 else left
    right = min(len(text), left + max(width, first[1] - first[0]))
    if right < len(text):
        space = text.rfind(" ", first[1], right)
        right = space if space != -1 else right
    out = Text("…" if left > 0 else "")
    at = left
    for start, end in hit.highlights:
        start, end = max(start, at), min(end, right)
        if start >= end:
            continue
        out.append(visible(text[at:start]))
        out.append(visible(text[start:end]), Style(reverse=True, bold=True))
        at = end
    out.append(visible(text[at:right]))
    if right < len(text):
        out.append("…")
    return out


class SearchScreen(ModalScreen[Hit | None]):
    """Type to search; ``Enter`` jumps to the first hit, ``↓`` then ``Enter`` to another."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="search.close", tooltip="Close the search"),
    ]

    class Found(Message):
        """The hits of ``query``: in the open article, then in the other articles."""

        def __init__(
            self,
            query: str,
            here: list[Hit],
            elsewhere: list[Hit],
            seconds: float = 0.0,
            counted: tuple[int, int] | None = None,
        ) -> None:
            super().__init__()
            self.query = query
            self.here = here
            self.elsewhere = elsewhere
            #: From the last key to the results (shown, and measured by the benchmark).
            self.seconds = seconds
            #: Sentences and articles matching in the other articles (None: not counted yet).
            self.counted = counted

    def __init__(self, library: Library, article_id: str | None, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.article_id = article_id
        self.query_text = query
        self.hits: list[Hit] = []
        #: The query whose results are listed (None: none yet).
        self._shown_query: str | None = None
        #: Enter was pressed before the results of the query typed had arrived.
        self._jump_wanted = False
        self._typed_at = time.perf_counter()

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
        self._show_summary("")
        if self.query_text:
            self.search(self.query_text)

    @on(Input.Changed, "#search-input")
    def search_changed(self, event: Input.Changed) -> None:
        self._jump_wanted = False
        self._typed_at = time.perf_counter()
        self.search(event.value)

    @on(Input.Submitted, "#search-input")
    def jump_to_first(self) -> None:
        """Enter in the box: jump to the best hit (as soon as the results of what was typed are in)."""
        if self.query_one(Input).value != self._shown_query:
            self._jump_wanted = True
            return
        results = self.query_one(OptionList)
        for index in range(results.option_count):
            option = results.get_option_at_index(index)
            if not option.disabled:
                self._choose(option)
                return
        self.app.bell()

    def key_down(self) -> None:
        if self.query_one(Input).has_focus:
            self.focus_results()

    def focus_results(self) -> None:
        results = self.query_one(OptionList)
        if results.option_count:
            results.focus()
            results.highlighted = results.highlighted or 0
            while (option := results.highlighted_option) is not None and option.disabled:
                results.highlighted = (results.highlighted or 0) + 1

    def search(self, query: str) -> None:
        """Search for ``query`` in the background (nothing to search: clear the results)."""
        if query.strip():
            self.find(query, self._typed_at)
        else:
            self.show_results(self.Found(query, [], []))

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def find(self, query: str, typed_at: float) -> None:
        """This article's hits, then the other articles' (ranked), then how many there are."""
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled

        library = self.library
        here: list[Hit] = []
        if self.article_id is not None:
            here = library.search(query, self.article_id, limit=LIMIT, cancelled=cancelled)
        elsewhere = library.search(query, exclude=self.article_id, limit=LIMIT, cancelled=cancelled)
        if worker.is_cancelled:
            return
        self.post_message(self.Found(query, here, elsewhere, time.perf_counter() - typed_at))
        if len(elsewhere) >= LIMIT:
            counted = library.count(query, exclude=self.article_id, cancelled=cancelled)
            if counted is not None and not worker.is_cancelled:
                self.post_message(self.Found(query, here, elsewhere, counted=counted))

    @on(Found)
    def show_results(self, event: Found) -> None:
        """Fill the results: this article's hits first, then the other articles'."""
        if event.query != self.query_one(Input).value:
            return  # an earlier query's: the newer one's are on their way
        query = event.query
        here, elsewhere = event.here, event.elsewhere
        if self._shown_query == query and event.counted is not None:
            self._show_summary(query, event)
            return
        self._shown_query = query
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
            options.append(
                Option(Text("In other articles (best first)", Style(bold=True)), disabled=True)
            )
            previous = None
            for index, hit in enumerate(elsewhere):
                options.append(self._option(hit, len(here) + index, hit.article != previous))
                previous = hit.article
        results.add_options(options)
        self._show_summary(query, event)
        if self._jump_wanted:
            self._jump_wanted = False
            self.jump_to_first()

    def _show_summary(self, query: str, found: Found | None = None) -> None:
        summary = self.query_one("#search-summary", Static)
        if not query.strip() or found is None:
            summary.update(
                f"type to search: {SYNTAX_HELP}\nEnter: jump to the best hit, ↓: choose, Esc: close"
            )
            return
        elsewhere = found.elsewhere
        if found.counted is None and len(elsewhere) >= LIMIT:
            counted = f"the best {LIMIT} sentences of other articles (counting…)"
        else:
            sentences, articles = found.counted or (
                len(elsewhere),
                len({h.article for h in elsewhere}),
            )
            counted = f"{plural(sentences, 'sentence')} in {plural(articles, 'other article')}"
        note = "" if self.library.refs_ready else " · the index is still being brought up to date"
        timing = f" · {found.seconds * 1000:.0f} ms" if found.seconds else ""
        summary.update(f"{counted}{timing}{note}")

    def _option(self, hit: Hit, index: int, title: bool) -> Option:
        text = Text()
        if title:
            name = self.library.metadata(hit.article)[0]
            text.append(visible(name), Style(bold=True))
            text.append("\n")
        text.append_text(hit_quote(hit))
        return Option(text, id=f"hit-{index}")

    @on(OptionList.OptionSelected, "#search-results")
    def jump(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option)

    def _choose(self, option: Option) -> None:
        option_id = option.id or ""
        if option_id.startswith("hit-"):
            self.dismiss(self.hits[int(option_id[4:])])

    def action_cancel(self) -> None:
        self.dismiss(None)
