"""NewsreaderApp: the reader. It holds the app-wide state and builds the screens."""

from __future__ import annotations

import gc
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
    # The annotator (and spaCy behind it) is given by the command, never imported here.
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
        annotator: Annotator | None = None,
        autosave_delay: float = AUTOSAVE_DELAY,
    ) -> None:
        super().__init__()
        self.seeds = seeds
        self.annotations = annotations
        #: Annotates (then links) articles without current annotations in the background.
        self.annotator = annotator
        # Nothing here loads the annotation model: the list shows first, then the article
        # opens and the store, the edit session and the events load (see MainScreen).
        self.library = Library.open(seeds, annotations)
        self.state = ReadingState.load(annotations)
        self.editor = Editor(self, self.library, annotator, autosave_delay=autosave_delay)

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
    annotator: Annotator | None = None,
    autosave_delay: float = AUTOSAVE_DELAY,
) -> NewsreaderApp:
    """Build the reader for a folder of articles and a folder of annotations.

    Args:
        seeds: Folder of ``.txt`` articles.
        annotations: Folder of YAML annotations (the reading state is kept there too).
        annotator: Annotates articles without current annotations in the background
            (``tui.core.pipeline.Annotator``); None: they are shown plain.
        autosave_delay: Seconds of quiet after an edit before it is saved.
    """
    return NewsreaderApp(
        Path(seeds), Path(annotations), annotator=annotator, autosave_delay=autosave_delay
    )
