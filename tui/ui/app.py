"""NewsreaderApp: the reader. It holds the app-wide state and builds the screens."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from tui.core.model.library import Library
from tui.core.model.settings import Settings
from tui.core.model.state import ReadingState
from tui.ui.commands import ReaderCommands
from tui.ui.editor import Editor
from tui.ui.screens.main import MainScreen

if TYPE_CHECKING:
    from tui.core.model.store import AnnotationStore

#: Builds the extractor the background worker annotates with (None: the pipeline loads its own).
ExtractorFactory = Callable[[], object]


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
        settings: Settings | None = None,
        *,
        annotate: bool = True,
        extractor: ExtractorFactory | None = None,
        annotator: object | None = None,
    ) -> None:
        super().__init__()
        self.seeds = seeds
        self.annotations = annotations
        self.settings = settings or Settings(seeds=seeds, annotations=annotations)
        #: Annotate articles without current annotations in the background.
        self.annotate_enabled = annotate
        self._extractor_factory = extractor
        #: Annotates then links in the background (``tui.core.pipeline.Annotator``, given by the command).
        self.annotator = annotator
        # Nothing here loads the annotation model: the list shows first, then the article
        # opens and the store, the edit session and the events load (see MainScreen).
        self.library = Library.open(seeds, annotations)
        self.state = ReadingState.load(annotations)
        self.editor = Editor(self)

    @property
    def store(self) -> AnnotationStore:
        """The annotation store (the library's, opened on first use)."""
        return self.library.store

    def make_extractor(self) -> object | None:
        """The extractor for background annotation (called in the worker thread)."""
        return self._extractor_factory() if self._extractor_factory else None

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
        return MainScreen()

    def on_mount(self) -> None:
        for problem in self.library.corpus.problems:
            self.notify(str(problem), title="Article skipped", severity="warning", markup=False)

    def jump_to(self, article_id: str, offset: int | None = None) -> None:
        """Open an article (at ``offset`` if given) on the main screen."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                if offset is None:
                    screen.open_article(article_id)
                    screen.article_view.focus()
                else:
                    screen.open_at(article_id, offset)

    async def action_quit(self) -> None:
        if not self.editor.save_before_quit():
            return  # a save conflict is being asked about: quit again once it is settled
        self.state.save()
        self.exit()


def make_app(
    seeds: Path | str,
    annotations: Path | str,
    settings: Settings | None = None,
    *,
    annotate: bool = True,
    extractor: ExtractorFactory | None = None,
    annotator: object | None = None,
) -> NewsreaderApp:
    """Build the reader for a folder of articles and a folder of annotations.

    Args:
        seeds: Folder of ``.txt`` articles.
        annotations: Folder of YAML annotations (the reading state is kept there too).
        settings: Model names for background annotation; defaults from the environment.
        annotate: Annotate articles without current annotations in the background.
        extractor: Builds the extractor the worker uses (tests inject a light one).
        annotator: Annotates then links in the background (``tui.core.pipeline.Annotator``).
    """
    return NewsreaderApp(
        Path(seeds),
        Path(annotations),
        settings,
        annotate=annotate,
        extractor=extractor,
        annotator=annotator,
    )
