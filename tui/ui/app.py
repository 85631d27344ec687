"""NewsreaderApp: the reader. It holds the app-wide state and builds the screens."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from tui.core.model.library import Library
from tui.core.model.state import ReadingState
from tui.core.text.display import visible, visible_lines
from tui.ui.commands import ReaderCommands
from tui.ui.editor import AUTOSAVE_DELAY, Editor, SaveResult
from tui.ui.screens.main import MainScreen

if TYPE_CHECKING:
    # The annotator (and spaCy behind it) comes from the command, never imported here.
    from tui.core.pipeline import Annotator


class NewsreaderApp(App[None]):
    """Read the corpus: list, article, cross-references."""

    TITLE = "newsreader"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding(
            "q", "quit", "Quit", id="app.quit", tooltip="Quit (read marks and positions are kept)"
        ),
    ]

    def __init__(
        self,
        seeds: Path,
        annotations: Path,
        *,
        make_annotator: Callable[[], Annotator] | None = None,
        autosave_delay: float = AUTOSAVE_DELAY,
    ) -> None:
        super().__init__()
        self.seeds = seeds
        self.annotations = annotations
        self._make_annotator = make_annotator
        self._annotator: Annotator | None = None
        self._annotator_lock = threading.Lock()
        # Nothing here loads the annotation model: the list shows first, then the article
        # opens and the store, the edit session and the events load (see MainScreen).
        self.library = Library.open(seeds, annotations)
        self.state = ReadingState.load(annotations)
        self.editor = Editor(
            self,
            self.library,
            self.annotator if make_annotator is not None else None,
            autosave_delay=autosave_delay,
        )

    @property
    def annotates(self) -> bool:
        """True if articles without current annotations are annotated in the background."""
        return self._make_annotator is not None

    def annotator(self) -> Annotator:
        """The background annotator (annotate, then link), made on first use: in a worker
        thread, after the first frame, so that the pipeline's modules load then."""
        assert self._make_annotator is not None
        with self._annotator_lock:
            if self._annotator is None:
                self._annotator = self._make_annotator()
            return self._annotator

    def started(self) -> None:
        """Start-up is over: the first article and its events are on screen."""
        if not gc.isenabled():
            # `newsreader` starts with garbage collection off (tui.cli.cmd_read). Collect
            # once, then freeze what is left (it lives as long as the app) so that later
            # collections do not walk it again, and collect as usual from now on.
            gc.collect()
            gc.freeze()
            gc.enable()

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.editor)

    def on_mount(self) -> None:
        if self.library.ready:  # else once the articles are read (MainScreen)
            self.report_corpus_problems()

    def report_corpus_problems(self) -> None:
        """Tell the person about the article files that could not be loaded."""
        for problem in self.library.corpus.problems:
            self.notify(str(problem), title="Article skipped", severity="warning")

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notification. Its text is shown as written, never as markup: it often
        quotes a file (a title, a span, a path), so control characters are made visible."""
        super().notify(
            visible_lines(message),
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def jump_to(self, article_id: str, offset: int | None = None) -> None:
        """Open an article (at ``offset`` if given) on the main screen."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.jump_to(article_id, offset)

    async def action_quit(self) -> None:
        if not self.editor.dirty:
            self.exit()
            return

        def saved(result: SaveResult) -> None:
            if result == "saved":
                self.exit()
            elif result == "asked":  # the person answered a dialog: quit when asked again
                self.notify("Saved. Press q again to quit.")

        self.editor.save(saved)


def make_app(
    seeds: Path | str,
    annotations: Path | str,
    *,
    make_annotator: Callable[[], Annotator] | None = None,
    autosave_delay: float = AUTOSAVE_DELAY,
) -> NewsreaderApp:
    """Build the reader for a folder of articles and a folder of annotations.

    Args:
        seeds: Folder of ``.txt`` articles.
        annotations: Folder of YAML annotations (the reading state is kept there too).
        make_annotator: Makes the ``tui.core.pipeline.Annotator`` that annotates articles
            without current annotations in the background (None: they are shown plain).
            It is called when that work first starts, after the first frame: importing
            the pipeline (pydantic, the store) before it would slow the start-up.
        autosave_delay: Seconds of quiet after an edit before it is saved.
    """
    return NewsreaderApp(
        Path(seeds),
        Path(annotations),
        make_annotator=make_annotator,
        autosave_delay=autosave_delay,
    )
