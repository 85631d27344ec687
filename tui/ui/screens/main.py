"""MainScreen: the article list, the article view with its legend, and the side panel.

The screen owns the reading flow: which article is open, what the list and the
panel show, the read marks (saved shortly after they change, off the UI thread),
the events (through :class:`~tui.ui.event_navigation.EventNavigation`), and the
background workers that read the corpus's annotations and annotate the articles
that need it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header
from textual.worker import Worker

from tui.core.model.library import (
    ArticleInfo,
    Library,
    furniture_regions,
    sentence_index,
)
from tui.core.model.progress import Rate
from tui.core.text.display import visible
from tui.core.text.excerpts import shorten
from tui.ui.editor import describe_error
from tui.ui.event_navigation import EventNavigation
from tui.ui.formatting import plural
from tui.ui.messages import (
    AnnotationFinished,
    AnnotationProgress,
    AnnotationStarted,
    CorpusLoaded,
    DocumentsChanged,
    DocumentsSaved,
    EventsRead,
    IndexRefreshed,
    LibraryLoaded,
    LoadProgress,
    RelinkStarted,
)
from tui.ui.widgets.article_list import ArticleList, ArticleRow, Entry, GroupHeading
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.edit_status import EditStatus
from tui.ui.widgets.edit_view import EditView
from tui.ui.widgets.event_section import EventSection
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.legend import Legend
from tui.ui.widgets.side_panel import EntitySection, SentenceContext, SidePanel
from tui.ui.widgets.story_section import StorySection

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.core.model.schema import Story
    from tui.ui.app import NewsreaderApp
    from tui.ui.editor import Editor

#: At this width and more, the list, the article and the panel show side by side.
WIDE = 120
#: From this width on, the list and the panel get more room.
ROOMY = 150
#: Seconds after a read mark or position changes before the reading state is written.
STATE_SAVE_DELAY = 1.0


class MainScreen(Screen[None]):
    """Three panes: list, article, cross-references (events: see EventNavigation)."""

    #: Reading starts in the article (focused as the screen shows, not moved there after).
    AUTO_FOCUS = "#article"

    BINDINGS = [
        Binding(
            "o",
            "focus_events",
            "Sources",
            show=False,
            id="main.events_section",
            tooltip="Pick another source's passage of this sentence's events",
        ),
        Binding(
            "s",
            "focus_story",
            "Story",
            show=False,
            id="main.story_section",
            tooltip="Pick another article of this article's story (in the side panel)",
        ),
        Binding(
            "backspace",
            "jump_back",
            "Back",
            show=False,
            id="main.jump_back",
            tooltip="Back to where the last jump came from (a jump list)",
        ),
        Binding(
            "E",
            "events_view",
            "Events",
            show=False,
            id="main.events_view",
            tooltip="All events, by story: coverage by source, timeline, passages",
        ),
        Binding("n", "next_article", "Next", id="main.next", tooltip="Open the next article"),
        Binding(
            "p",
            "previous_article",
            "Prev",
            show=False,
            id="main.previous",
            tooltip="Open the previous article",
        ),
        Binding(
            "u", "next_unread", "Unread", id="main.unread", tooltip="Open the next unread article"
        ),
        Binding(
            "r",
            "toggle_read",
            "Read/unread",
            show=False,
            id="main.toggle_read",
            tooltip="Mark the open article unread / read",
        ),
        Binding(
            "slash",
            "search",
            "Search",
            key_display="/",
            id="main.search",
            tooltip='Search as you type: words, "phrases", entity:, label:, source:, date:,'
            " money>1e9, pct:>5",
        ),
        Binding(
            "b",
            "toggle_list",
            "List",
            id="main.toggle_list",
            tooltip="Show or hide the article list",
        ),
        Binding(
            "S",
            "toggle_grouping",
            "Stories",
            show=False,
            id="main.group_by_story",
            tooltip="Group the article list by story (the articles in no story come last), or not",
        ),
        Binding(
            "x",
            "toggle_panel",
            "Panel",
            id="main.toggle_panel",
            tooltip="Show or hide the side panel",
        ),
        Binding(
            "tab",
            "cycle_pane(1)",
            "Pane",
            show=False,
            id="main.next_pane",
            tooltip="Next pane (list, article, side panel)",
        ),
        Binding(
            "shift+tab",
            "cycle_pane(-1)",
            "Pane",
            show=False,
            id="main.previous_pane",
            tooltip="Previous pane",
        ),
        Binding(
            "question_mark", "help", "Help", key_display="?", id="main.help", tooltip="Every key"
        ),
    ]

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self._narrow: bool | None = None
        self._index_ready = False
        self._annotating: set[str] = set()
        #: Events made by another version of linking were linked again (once a session).
        self._relinked = False
        self._notified: set[str] = set()
        self._progress = ""
        #: Why the background annotation failed (the articles it left are shown plain).
        self._annotation_failure: str | None = None
        self._rate = Rate(0)
        #: The list's groups as last shown (None: not grouped).
        self._list_groups: list[tuple[GroupHeading, list[str]]] | None = None
        #: Articles not read yet (kept as marks change: counting them is linear in the corpus).
        self._unread = 0
        self._state_timer: Timer | None = None
        #: The last failure to write the reading state that was told (told once).
        self._state_failure: str | None = None
        #: One write of the reading state at a time (a worker's, or the last one on leaving).
        self._state_lock = threading.Lock()
        self.article_list = ArticleList(id="list")
        self.article_view = EditView(editor, id="article")
        self.edit_status = EditStatus(id="edit-status")
        self.legend = Legend(id="legend")
        self.story_section = StorySection(id="story-section")
        self.events_section = EventSection(id="events-section")
        self.side_panel = SidePanel(self.story_section, self.events_section, id="panel")
        self.navigation = EventNavigation(self)

    @property
    def reader(self) -> NewsreaderApp:
        return cast("NewsreaderApp", self.app)

    @property
    def library(self) -> Library:
        return self.reader.library

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield self.article_list
            with Vertical(id="reader"):
                yield self.article_view
                yield self.edit_status
                yield self.legend
            yield self.side_panel
        yield KeyFooter()

    # ------------------------------------------------------------------- start

    def on_mount(self) -> None:
        library = self.library
        state = self.reader.state
        is_read = state.is_read
        if library.ready:
            ids = [a.id for a in library.articles]
            self.show_list()
        else:
            # A large corpus: its titles first, its articles read after the first frame.
            ids = [p.id for p in library.preview]
            self.article_list.set_rows(
                [
                    ArticleRow(p.id, p.title, p.source, p.date, p.languages, not is_read(p.id))
                    for p in library.preview
                ]
            )
            self._progress = f"reading {len(ids):,} articles…"
        self._unread = sum(1 for i in ids if not is_read(i))
        if state.error is not None:
            self.notify(
                f"{state.error}\nRead marks and positions will not be saved until it is fixed.",
                title="Reading state unreadable",
                severity="warning",
            )
        self._set_subtitle()
        # The list goes on screen first; the article and the background reading follow.
        self.call_after_refresh(self.open_first if library.ready else self.load_articles)

    @work(thread=True, exclusive=True, exit_on_error=False, group="corpus")
    def load_articles(self) -> None:
        """Read a large corpus's articles after the list is on screen, off the UI thread."""
        self.library.load()
        self.post_message(CorpusLoaded())

    @on(CorpusLoaded)
    def articles_loaded(self, event: CorpusLoaded) -> None:
        library = self.library
        self.reader.report_corpus_problems()
        ids = [a.id for a in library.articles]
        is_read = self.reader.state.is_read
        self._unread = sum(1 for i in ids if not is_read(i))
        self.show_list()
        self._progress = ""
        self._set_subtitle()
        self.open_first()

    def open_first(self) -> None:
        """The list is on screen: open the article the reader left open (else the first)."""
        library = self.library
        state = self.reader.state
        if not library.articles:
            self.notify("No articles found.", severity="warning")
        else:
            first = state.current if state.current and library.has(state.current) else None
            self.open_article(first or library.articles[0].id)
        # Then, each once the screen shows the step before: reading every annotation in the
        # background, and the events (they need the edit session), which end the start-up.
        self.call_after_refresh(self._start_background)

    def _start_background(self) -> None:
        self.index_library()
        self.call_after_refresh(self._finish_start)

    def _finish_start(self) -> None:
        # Read in a worker: start-up is over (``reader.started``) once they are shown.
        self.navigation.refresh()

    def on_resize(self) -> None:
        narrow = self.size.width < WIDE
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.set_class(narrow, "-narrow")
        self.set_class(not narrow and self.size.width < ROOMY, "-wide")
        # Set only on a change: setting it at all costs a layout pass (at start-up too).
        for pane in (self.article_list, self.side_panel):
            if pane.display == narrow:
                pane.display = not narrow
        self._keep_focus_visible()

    # ---------------------------------------------------------------- opening

    def show_list(self) -> None:
        """Fill the list: the corpus in order, or grouped by story if the person chose so
        (and the stories are loaded); the cursor stays on its article."""
        ids = [a.id for a in self.library.articles]
        index = self.navigation.index
        self._list_groups = (
            self._story_groups(ids) if self.reader.state.group_by_story and index else None
        )
        if self._list_groups is None:
            self.article_list.set_rows(self._rows(ids))
            return
        rows = {row.id: row for row in self._rows(ids)}
        entries: list[Entry] = []
        for heading, members in self._list_groups:
            entries.append(heading)
            entries.extend(rows[i] for i in members)
        self.article_list.set_rows(entries)
        self.article_list.scroll_to_highlighted()

    def _story_groups(self, ids: list[str]) -> list[tuple[GroupHeading, list[str]]] | None:
        """The articles by story, stories in the order of their first article, the
        articles in no story last; None if there are no stories."""
        index = self.navigation.index
        if index is None or not index.stories:
            return None
        members: dict[str, list[str]] = {}
        alone: list[str] = []
        stories: dict[str, Story] = {}
        for article_id in ids:
            story = index.story_of(article_id)
            if story is None:
                alone.append(article_id)
            else:
                stories.setdefault(story.id, story)
                members.setdefault(story.id, []).append(article_id)
        groups = [
            (
                GroupHeading(
                    story.title, f"covered by {plural(index.source_count(story), 'source')}"
                ),
                members[story.id],
            )
            for story in stories.values()
        ]
        if alone:
            groups.append((GroupHeading("In no story", plural(len(alone), "article")), alone))
        return groups

    def _row(self, article_id: str) -> ArticleRow:
        return self._rows([article_id])[0]

    def _rows(self, article_ids: Iterable[str]) -> list[ArticleRow]:
        """The list's entries of these articles (one pass: the whole corpus at start-up)."""
        library = self.library
        is_read = self.reader.state.is_read
        busy = self._annotating
        rows = []
        for article_id in article_ids:
            article = library.article(article_id)
            summary = library.summary(article_id)
            if summary is None:
                rows.append(
                    ArticleRow(
                        id=article_id,
                        title=article.title or article_id,
                        source=article.source,
                        date=article.date,
                        languages=article.languages,
                        unread=not is_read(article_id),
                        busy=article_id in busy,
                    )
                )
                continue
            rows.append(
                ArticleRow(
                    id=article_id,
                    title=summary.title or article.title or article_id,
                    source=summary.source,
                    date=summary.date,
                    languages=summary.languages,
                    unread=not is_read(article_id),
                    status=summary.status,
                    entities=summary.entities,
                    quantities=summary.quantities,
                    busy=article_id in busy,
                )
            )
        return rows

    def _mark_read(self, article_id: str, read: bool = True) -> None:
        state = self.reader.state
        if state.is_read(article_id) != read:
            self._unread += -1 if read else 1
        state.mark_read(article_id, read)

    def _plain(self, article_id: str) -> str | None:
        """Why an article's names are not shown (for the side panel), or None."""
        status = self.library.status(article_id)  # as read when the article opened
        if status is None or status == "current":
            return None
        if article_id in self._annotating:
            return "not yet: the article is being annotated in the background…"
        return "not shown: the article has no current annotations"

    def _note(self, article_id: str, info: ArticleInfo) -> str | None:
        if info.status == "current":
            return None
        if info.status == "error":
            return f"⚠ Shown plain: the annotation file cannot be read ({info.error})."
        what = "no annotations yet" if info.status == "missing" else "annotations out of date"
        if article_id in self._annotating:
            return f"◌ Shown plain: {what}; annotating in the background…"
        if self._annotation_failure is not None:
            failure = shorten(self._annotation_failure, 100)
            return f"◌ Shown plain: {what}; background annotation failed: {failure}"
        if self.reader.annotates and not self._index_ready:
            return f"◌ Shown plain: {what}; will be annotated in the background."
        return f"◌ Shown plain: {what} (run `newsreader annotate`)."

    def open_article(
        self, article_id: str, *, offset: int | None = None, keep_position: bool = False
    ) -> None:
        """Show an article: at ``offset``, else where the reader left it; mark it read.

        Args:
            article_id: The article.
            offset: A character offset to put the cursor on (and the highlight there).
            keep_position: Re-show the open article (its annotations changed) in place.
        """
        library = self.library
        view = self.article_view
        state = self.reader.state
        previous = view.article_id
        if previous is not None and previous != article_id:
            state.set_position(previous, view.cursor)
        article = library.article(article_id)
        info = library.info(article_id)
        if info.status == "error" and article_id not in self._notified:
            self._notified.add(article_id)
            self.notify(
                str(info.error), title="Annotation file unreadable", severity="error", timeout=10
            )
        annotation = info.usable
        sentences = library.sentences(article_id)
        marks = library.marks(article_id)
        if keep_position and previous == article_id:
            sentence = view.cursor
        elif offset is not None:
            sentence = sentence_index(sentences, offset)
        else:
            sentence = state.get(article_id).sentence
        view.show_article(
            article,
            annotation,
            sentences,
            marks,
            furniture_regions(article, annotation),
            sentence=sentence,
            note=self._note(article_id, info),
            keep_scroll=keep_position and previous == article_id,
        )
        if offset is not None:
            view.scroll_to_offset(offset)
        if not keep_position:
            self._mark_read(article_id)
        state.current = article_id
        state.set_position(article_id, view.cursor)
        self._save_state_soon()
        self.article_list.update_rows([self._row(article_id)])
        self._set_subtitle()
        self.article_list.set_open(article_id)
        if self.article_list.highlighted_id != article_id:
            self.article_list.highlight_article(article_id)
        self._show_legend()

    def open_at(self, article_id: str, offset: int) -> None:
        """Open an article with the cursor at ``offset`` (from the panel, search or palette)."""
        if self.library.has(article_id):
            self.open_article(article_id, offset=offset)
            self.article_view.focus()

    def jump_to(self, article_id: str, offset: int | None = None) -> None:
        """Open an article from elsewhere (the command palette): at ``offset`` if given."""
        if offset is None:
            self.open_article(article_id)
            self.article_view.focus()
        else:
            self.open_at(article_id, offset)

    def _show_legend(self) -> None:
        view = self.article_view
        self.legend.show(view.marks, view.hidden, view.class_style, self._progress)

    # ------------------------------------------------------------- messages

    @on(ArticleList.ArticleSelected)
    def open_selected(self, event: ArticleList.ArticleSelected) -> None:
        if not self.library.has(event.article_id):
            self.app.bell()  # a large corpus still loading: its list is a preview
            return
        self.open_article(event.article_id)
        if self._narrow:
            self.article_list.display = False
        self.article_view.focus()

    @on(ArticleView.SentenceChanged)
    def follow_sentence(self, event: ArticleView.SentenceChanged) -> None:
        self.reader.state.set_position(event.article_id, event.sentence_index)
        self._show_panel(event.article_id, event.sentence_index, event.start, event.end)

    def _show_panel(self, article_id: str, index: int, start: int, end: int) -> None:
        context = SentenceContext(
            library=self.library,
            article_id=article_id,
            sentence_index=index,
            start=start,
            end=end,
            style_of=self.article_view.class_style,
            index_ready=self.library.refs_ready,
            generation=self.library.index_generation,
            plain=self._plain(article_id),
        )
        self.side_panel.show_sentence(context)

    def _refresh_panel(self) -> None:
        view = self.article_view
        sentence = view.cursor_sentence
        if view.article_id is not None:
            start, end = (sentence.start, sentence.end) if sentence else (0, 0)
            self._show_panel(view.article_id, view.cursor, start, end)

    @on(ArticleView.MarkChanged)
    def show_mark(self, event: ArticleView.MarkChanged) -> None:
        self.legend.show_mark(event.mark)

    @on(ArticleView.DisplayChanged)
    def show_display(self, event: ArticleView.DisplayChanged) -> None:
        self._show_legend()

    @on(EntitySection.OccurrenceChosen)
    def open_occurrence(self, event: EntitySection.OccurrenceChosen) -> None:
        self.open_at(event.article_id, event.offset)

    @on(StorySection.ArticleChosen)
    def open_story_article(self, event: StorySection.ArticleChosen) -> None:
        self.navigation.jump_to_article(event.article_id)

    @on(EventSection.PassageChosen)
    def open_chosen_passage(self, event: EventSection.PassageChosen) -> None:
        event.stop()
        self.navigation.jump_to_passage(event.article_id, event.start)

    @on(EditView.StatusChanged)
    def show_edit_status(self, event: EditView.StatusChanged) -> None:
        self.edit_status.show(event.status)

    @on(DocumentsChanged)
    def show_edits(self, event: DocumentsChanged) -> None:
        """The editor changed annotations or events: show them as they are now."""
        current = self.article_view.article_id
        if current is not None:
            self.open_article(current, keep_position=True)
        self.article_view.refresh_edit_state()
        self.navigation.refresh()

    @on(DocumentsSaved)
    def show_saved(self, event: DocumentsSaved) -> None:
        self.article_view.refresh_edit_state()
        self.navigation.saved()
        if self._index_ready:
            self.reindex()  # what was saved counts in the cross references and search

    @on(EventsRead)
    def take_events(self, event: EventsRead) -> None:
        self.navigation.take(event)

    # -------------------------------------------------------------- actions

    def _step_article(self, step: int) -> None:
        articles = self.library.articles
        current = self.article_view.article_id
        if not articles or current is None:
            return
        if self.article_list.grouped:  # in the order the list shows them
            order = self.article_list.article_order()
            index = order.index(current) + step if current in order else -1
            if 0 <= index < len(order):
                self.open_article(order[index])
            else:
                self._at_end(step)
            return
        index = self.library.index_of(current) + step
        if 0 <= index < len(articles):
            self.open_article(articles[index].id)
        else:
            self._at_end(step)

    def _at_end(self, step: int) -> None:
        """Nowhere to go: say so (a reader reopened where they left off may be at the end)."""
        self.app.bell()
        self.notify("This is the last article." if step > 0 else "This is the first article.")

    def action_next_article(self) -> None:
        self._step_article(+1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def action_next_unread(self) -> None:
        articles = self.library.articles
        current = self.article_view.article_id
        if not self.library.ready:
            self.app.bell()
            return
        start = self.library.index_of(current) if current is not None else -1
        state = self.reader.state
        for step in range(1, len(articles) + 1):
            article = articles[(start + step) % len(articles)]
            if article.id != current and not state.is_read(article.id):
                self.open_article(article.id)
                return
        self.notify("Every article is read.")

    def action_toggle_read(self) -> None:
        current = self.article_view.article_id
        if current is None:
            return
        self._mark_read(current, not self.reader.state.is_read(current))
        self._save_state_soon()
        self.article_list.update_rows([self._row(current)])
        self._set_subtitle()

    def action_search(self) -> None:
        from tui.core.model.index import Hit
        from tui.ui.screens.search import SearchScreen

        def jump(hit: Hit | None) -> None:
            if hit is not None:  # a jump: backspace comes back here
                self.navigation.jump_to_passage(hit.article, hit.offset)

        self.app.push_screen(SearchScreen(self.library, self.article_view.article_id), jump)

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_focus_events(self) -> None:
        if not self.side_panel.display:
            self.action_toggle_panel()
        if self.events_section.targets:
            self.events_section.focus()
            self.events_section.scroll_visible()
        else:
            self.notify("No other source reports this sentence's events.")

    def action_focus_story(self) -> None:
        if not self.side_panel.display:
            self.action_toggle_panel()
        if self.story_section.display and self.story_section.articles:
            self.story_section.focus()
            self.story_section.scroll_visible()
        else:
            self.notify("No other article tells this article's story.")

    def action_jump_back(self) -> None:
        if not self.navigation.jump_back():
            self.app.bell()

    def action_events_view(self) -> None:
        self.navigation.open_view()

    def _panes(self) -> list[Widget]:
        return [w for w in (self.article_list, self.article_view, self.side_panel) if w.display]

    def action_cycle_pane(self, step: int) -> None:
        panes = self._panes()
        focused = self.focused
        index = 0
        for position, pane in enumerate(panes):
            if focused is not None and (focused is pane or pane in focused.ancestors):
                index = position
                break
        panes[(index + step) % len(panes)].focus()

    def action_toggle_list(self) -> None:
        shown = not self.article_list.display
        self.article_list.display = shown
        if shown and self._narrow:
            self.side_panel.display = False
        if shown:
            self.article_list.focus()
        self._keep_focus_visible()

    def action_toggle_grouping(self) -> None:
        state = self.reader.state
        index = self.navigation.index
        if not state.group_by_story and (index is None or not index.stories):
            self.notify("No stories yet: `newsreader link` finds them.")
            return
        state.group_by_story = not state.group_by_story
        self._save_state_soon()
        self.show_list()

    def regroup_list(self) -> None:
        """The stories changed (linking, an edit): group the list again if they moved it."""
        if not self.reader.state.group_by_story or not self.library.ready:
            return
        ids = [a.id for a in self.library.articles]
        if self._story_groups(ids) != self._list_groups:
            self.show_list()

    def action_toggle_panel(self) -> None:
        shown = not self.side_panel.display
        self.side_panel.display = shown
        if shown and self._narrow:
            self.article_list.display = False
        self._keep_focus_visible()

    def _keep_focus_visible(self) -> None:
        focused = self.focused
        if (
            focused is None
            or not focused.display
            or any(not w.display for w in focused.ancestors if isinstance(w, Widget))
        ):
            self.article_view.focus()

    # -------------------------------------------------------------- workers

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.reader.report_worker_error(event.worker)

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def index_library(self) -> None:
        """Bring the corpus index up to date (only changed files are read), off the UI thread."""
        from tui.ui.background import Stopped

        library = self.library
        background = self.reader.background

        def progress(done: int, total: int) -> None:
            background.check()
            self.post_message(LoadProgress(done, total))

        def read() -> None:
            try:
                report = library.refresh_index(progress)
                stale = [a.id for a in library.needing_annotation()]
                errors = library.errors()
            except Stopped:
                return
            except Exception as error:  # low memory, say: the articles show plain; say why
                self.post_message(LibraryLoaded(failure=describe_error(error)))
                return
            self.post_message(LibraryLoaded(stale, errors, rebuilt=report.rebuilt))

        background.run(read, "read annotations")

    @work(thread=True, exclusive=True, exit_on_error=False, group="reindex")
    def reindex(self) -> None:
        """Take files saved or written since into the index (a stat per file), off the UI thread."""
        report = self.library.refresh_index()
        self.post_message(IndexRefreshed(report.indexed, report.rebuilt))

    @on(IndexRefreshed)
    def index_refreshed(self, event: IndexRefreshed) -> None:
        if event.rebuilt:
            self._notify_rebuilt(event.rebuilt)
        if event.indexed:
            self._refresh_panel()

    def _notify_rebuilt(self, reason: str) -> None:
        self.notify(
            f"The corpus index was {reason}: it was rebuilt from the annotation files, "
            "nothing was lost.",
            title="Index rebuilt",
            severity="warning",
        )

    @on(LoadProgress)
    def show_load_progress(self, event: LoadProgress) -> None:
        if self._rate.total != event.total or event.done < self._rate.done:
            self._rate = Rate(event.total)
        self._rate.update(event.done, event.total)
        if event.done < event.total:
            self._progress = f"indexing annotations {self._rate.describe()}"
            self._set_subtitle()

    @on(LibraryLoaded)
    def library_loaded(self, event: LibraryLoaded) -> None:
        self._index_ready = True
        self._progress = ""
        if event.failure is not None:
            self.notify(
                f"{event.failure}. Articles whose annotations were not read are shown plain.",
                title="Could not read every annotation",
                severity="error",
                timeout=10,
            )
        if event.rebuilt:
            self._notify_rebuilt(event.rebuilt)
        for error in event.errors:
            article_id = error.path.rsplit("/", 1)[-1].removesuffix(".yaml")
            if article_id in self._notified:
                continue
            self._notified.add(article_id)
            self.notify(
                str(error), title="Annotation file unreadable", severity="error", timeout=10
            )
        if event.stale and self.reader.annotates:
            self._annotating.update(event.stale)
            self.annotate_articles(event.stale)  # (linking follows: current events)
        else:
            self.relink_if_outdated()
        self.article_list.update_rows(self._rows(a.id for a in self.library.articles))
        current = self.article_view.article_id
        if current is not None:
            self.open_article(current, keep_position=True)
        self._refresh_panel()
        self._set_subtitle()
        self.navigation.refresh()

    @work(thread=True, exclusive=True, exit_on_error=False, group="annotate")
    def annotate_articles(self, article_ids: list[str]) -> None:
        """Annotate articles in the background, then link the corpus's events; each article
        lights up as its file is written."""
        from tui.ui.background import Stopped

        library = self.library
        background = self.reader.background
        articles = [library.article(i) for i in article_ids]
        self.post_message(AnnotationStarted(len(articles)))

        def progress(article_id: str, done: int, total: int) -> None:
            library.reload(article_id)
            tokens = len(library.article(article_id).text.split())
            self.post_message(AnnotationProgress(article_id, done, total, tokens))
            background.check()  # quitting: stop before the next article

        def annotate() -> None:
            try:
                annotator = self.reader.annotator()  # the models load in there, on first use
                background.check()
                report = annotator(
                    articles,
                    library.articles,
                    library.store,
                    progress=progress,
                    index=library.index,
                )
            except Stopped:
                return
            except Exception as error:  # MemoryError, ImportError...: the reader shows plain text
                self.post_message(AnnotationFinished(failure=describe_error(error)))
                return
            for article_id in article_ids:
                library.reload(article_id)
            library.refresh_index()
            annotated = report.annotated
            self.post_message(
                AnnotationFinished(
                    annotated.written + annotated.unchanged,
                    annotated.errors,
                    link_error=report.link_error,
                )
            )

        background.run(annotate, "annotate")

    def relink_if_outdated(self) -> None:
        """Link again, in the background, events an older version of linking made, or link
        a corpus that has no events file (once the annotations and the events are read and
        nothing is being annotated): linking keeps people's decisions, as ``newsreader
        link`` does. An events file that could not be read is left alone."""
        from tui.core.editing.documents import EVENTS_DOC
        from tui.core.model.settings import linker_is_current

        if (
            self._relinked
            or not self.reader.annotates
            or not self._index_ready
            or self._annotating
            or self.navigation.loading
        ):
            return
        session = self.reader.editor.session
        made_by = session.events.pipeline
        if session.loaded_sha(EVENTS_DOC) is None and session.error(EVENTS_DOC) is None:
            # No events file at all: the corpus was annotated without linking (``annotate
            # --no-link``) or its annotations copied without their events.
            if len(self.library) < 2:
                return
            self._relinked = True
            self.relink_events(None)
            return
        if linker_is_current(made_by):
            return
        self._relinked = True
        self.relink_events(str(made_by))

    @work(thread=True, exclusive=True, exit_on_error=False, group="annotate")
    def relink_events(self, made_by: str | None) -> None:
        """Link the corpus's events again, or for the first time (``made_by`` None: there
        were none); nothing to annotate, so no model loads."""
        from tui.ui.background import Stopped

        library = self.library
        self.post_message(RelinkStarted(made_by))

        def relink() -> None:
            try:
                annotator = self.reader.annotator()
                self.reader.background.check()
                report = annotator([], library.articles, library.store, index=library.index)
            except Stopped:
                return
            except Exception as error:  # MemoryError, say: the events stay as they were
                self.post_message(
                    AnnotationFinished(
                        link_error=describe_error(error), relinked="", first_link=made_by is None
                    )
                )
                return
            self.post_message(
                AnnotationFinished(
                    link_error=report.link_error,
                    relinked=report.link_summary or "",
                    first_link=made_by is None,
                )
            )

        self.reader.background.run(relink, "link events again")

    @on(RelinkStarted)
    def relink_started(self, event: RelinkStarted) -> None:
        self._progress = (
            "linking events (none were linked yet)…"
            if event.made_by is None
            else f"linking events again (they were linked by {visible(event.made_by)})…"
        )
        self._set_subtitle()

    @on(AnnotationStarted)
    def annotation_started(self, event: AnnotationStarted) -> None:
        self._rate = Rate(event.total)
        self._progress = f"annotating 0/{event.total:,} (loading models…)"
        self._set_subtitle()

    @on(AnnotationProgress)
    def annotation_progress(self, event: AnnotationProgress) -> None:
        self._annotating.discard(event.article_id)
        # The file was rewritten by the reader's own annotation, which keeps people's
        # decisions: unsaved edits of it go on top (someone else's change would be asked about).
        self.reader.editor.absorb(event.article_id)
        self._rate.update(event.done, event.total, event.tokens)
        self._progress = f"annotating {self._rate.describe()}"
        self._set_subtitle()
        self.article_list.update_rows([self._row(event.article_id)])
        if self.article_view.article_id == event.article_id:
            self.open_article(event.article_id, keep_position=True)
        else:
            self.legend.show_note(self._progress)

    @on(AnnotationFinished)
    def annotation_finished(self, event: AnnotationFinished) -> None:
        self._annotating.clear()
        self._progress = ""
        self._set_subtitle()
        if event.failure:
            self._annotation_failure = event.failure
            self.notify(
                f"{event.failure}. Articles without current annotations are shown plain "
                "(`newsreader annotate` annotates them outside the reader).",
                title="Background annotation failed",
                severity="error",
                timeout=10,
            )
        if event.link_error:
            self.notify(
                event.link_error,
                title=(
                    "Background annotation"
                    if event.relinked is None
                    else "Linking"
                    if event.first_link
                    else "Linking again"
                ),
                severity="error",
                timeout=10,
            )
        elif event.relinked and event.first_link:
            self.notify(f"There were no events yet: {event.relinked}.", title="Events linked")
        elif event.relinked:
            self.notify(
                f"The events were made by another version of linking: {event.relinked}. "
                "Your decisions (renames, merges, splits, links) are kept.",
                title="Events linked again",
            )
        for error in event.errors:
            self.notify(str(error), title="Annotation file unreadable", severity="error")
        self.article_list.update_rows(self._rows(a.id for a in self.library.articles))
        current = self.article_view.article_id
        if current is not None:
            self.open_article(current, keep_position=True)
        self._refresh_panel()
        if event.written:
            self.notify(f"Annotated {plural(len(event.written), 'article')}.")
        self.navigation.refresh(linked=True)

    def _set_subtitle(self) -> None:
        count = len(self.library)
        parts = [f"{plural(count, 'article')}, {self._unread:,} unread"]
        if self._progress:
            parts.append(self._progress)
        self.sub_title = " · ".join(parts)
        self.legend.show_note(self._progress)

    # --------------------------------------------------------- reading state

    def _save_state_soon(self) -> None:
        """Write the reading state once marks and positions stop changing for a moment."""
        if self._state_timer is not None:
            self._state_timer.stop()
        self._state_timer = self.set_timer(STATE_SAVE_DELAY, self.save_state, name="save state")

    @work(thread=True, exit_on_error=False, group="state")
    def save_state(self) -> None:
        """Write the reading state (read marks, positions), off the UI thread."""
        failure = self._write_state()
        if failure is not None and failure != self._state_failure:
            self._state_failure = failure
            self.app.call_from_thread(
                self.notify,
                f"{failure}. Read marks and positions are kept while the reader runs.",
                title="Reading state not saved",
                severity="warning",
            )

    def _write_state(self) -> str | None:
        """Write the reading state; what failed and where, if it could not be written."""
        state = self.reader.state
        try:
            with self._state_lock:
                state.save()
        except Exception as error:  # a read-only folder, a full disk
            return f"could not write {state.path}: {describe_error(error)}"
        return None

    def save_state_now(self) -> list[str]:
        """Write the reading state now, with the position of the open article; what to tell
        the person if it could not be written."""
        if self._state_timer is not None:
            self._state_timer.stop()
        view = self.article_view
        if view.article_id is not None:
            self.reader.state.set_position(view.article_id, view.cursor)
        failure = self._write_state()
        return [f"Read marks and positions not saved: {failure}"] if failure else []

    def on_unmount(self) -> None:
        farewell = self.reader.farewell
        farewell.extend(note for note in self.save_state_now() if note not in farewell)
