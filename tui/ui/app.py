"""NewsreaderApp: the reader. It holds the app-wide state and builds the screens.

Leaving is always possible and never loses work: ``q`` (``ctrl+q``, ``ctrl+c``) saves
and quits, putting what cannot be saved in a recovery folder and saying where once the
reader has closed; ``SIGTERM`` and ``SIGHUP`` save at once the same way, and so does a
terminal found gone (looked at each second: under ``make run`` no SIGHUP comes); an unexpected
error writes the recovery folder before the traceback. Background work is told to stop
on quit, and the process does not wait for it long.
"""

from __future__ import annotations

import asyncio
import gc
import os
import select
import signal
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from tui.core.model.library import Library
from tui.core.model.state import ReadingState
from tui.core.text.display import visible, visible_lines
from tui.ui.background import Background
from tui.ui.commands import ReaderCommands
from tui.ui.editor import (
    AUTOSAVE_DELAY,
    AUTOSAVE_MAX_DELAY,
    RETRY_DELAY,
    Editor,
    describe_error,
)
from tui.ui.palette import highlight_variables
from tui.ui.screens.main import MainScreen

if TYPE_CHECKING:
    # The annotator (and spaCy behind it) comes from the command, never imported here.
    from tui.core.pipeline import Annotator

#: Seconds the process waits, once the reader has closed, for background work to stop.
QUIT_GRACE = 2.0
#: Signals that stop the reader after saving (a ``kill``, a closed terminal; ``ctrl+c`` in
#: the reader is a key, so a SIGINT comes from ``kill -INT``).
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
#: Seconds between two looks at whether the terminal is still there.
HANGUP_CHECK = 1.0


def terminal_hung_up(fd: int) -> bool:
    """Whether the terminal on ``fd`` has gone (its window closed, its tmux pane killed).

    The reader is not always told by a ``SIGHUP``: under ``make run`` the hang-up goes to
    make, which holds the session and waits, and the reader would go on reading a closed
    terminal, at full speed.
    """
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        gone = select.POLLHUP | select.POLLERR | select.POLLNVAL
        return any(events & gone for _, events in poller.poll(0))
    except (OSError, ValueError):
        return False


def terminal_problem(environ: Mapping[str, str]) -> str | None:
    """Why the full-screen reader cannot run in this terminal (None: it can).

    A dumb terminal (``TERM=dumb``, as in an editor's shell buffer) cannot move the
    cursor or show colours; Textual would draw on it anyway, in escape sequences.
    """
    term = environ.get("TERM", "")
    if environ.get("TEXTUAL_DRIVER"):  # not drawn on this terminal (`newsreader serve`)
        return None
    if term.lower() in ("dumb", "unknown"):
        return (
            f"newsreader: this terminal (TERM={term}) cannot show the full-screen reader.\n"
            "Run it in a terminal emulator (TERM=xterm-256color, say); for plain output use "
            "`newsreader check` or `newsreader export`."
        )
    return None


class NewsreaderApp(App[None]):
    """Read the corpus: list, article, cross-references."""

    TITLE = "newsreader"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding(
            "q",
            "quit",
            "Quit",
            id="app.quit",
            tooltip="Quit: saves first; what cannot be saved goes to a recovery folder",
        ),
        Binding("ctrl+c", "quit", "Quit", show=False, id="app.quit_ctrl_c", tooltip="Quit, as q"),
    ]

    def __init__(
        self,
        seeds: Path,
        annotations: Path,
        *,
        make_annotator: Callable[[], Annotator] | None = None,
        autosave_delay: float = AUTOSAVE_DELAY,
        autosave_max_delay: float = AUTOSAVE_MAX_DELAY,
        retry_delay: float = RETRY_DELAY,
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
        #: The background work (annotation, reading annotations), stopped on quit.
        self.background = Background()
        self.editor = Editor(
            self,
            self.library,
            self.annotator if make_annotator is not None else None,
            autosave_delay=autosave_delay,
            autosave_max_delay=autosave_max_delay,
            retry_delay=retry_delay,
            background=self.background,
        )
        #: What to tell the person once the reader has closed (printed by :meth:`run`).
        self.farewell: list[str] = []
        self._stopping = False
        if self.state.theme in self.available_themes:
            self.theme = self.state.theme

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
                # One BLAS thread (numpy loads with the models, in this process): OpenBLAS
                # starting its threads in low memory raises SIGINT at the reader instead of
                # failing, and the reader's annotation gains nothing from more threads.
                os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
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

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, with the highlight colours made from them (kept apart)."""
        variables = super().get_css_variables()
        theme = self.current_theme.variables
        colours = {k: v for k, v in highlight_variables(variables).items() if k not in theme}
        variables.update(colours)
        self.theme_variables = variables
        return variables

    def on_mount(self) -> None:
        if self.library.ready:  # else once the articles are read (MainScreen)
            self.report_corpus_problems()
        stdin = sys.__stdin__
        if not self.is_headless and stdin is not None and stdin.isatty():
            fd = stdin.fileno()
            self.set_interval(HANGUP_CHECK, lambda: self._stop_if_hung_up(fd))

    def _stop_if_hung_up(self, fd: int) -> None:
        if terminal_hung_up(fd):
            self.stop_now(signal.SIGHUP)

    def report_corpus_problems(self) -> None:
        """Tell the person about the article files that could not be loaded."""
        for problem in self.library.corpus.problems:
            self.notify(str(problem), title="Article skipped", severity="warning")
        self.theme_changed_signal.subscribe(self, self.keep_theme)
        self._catch_signals()
        if self.annotations.is_dir() and not os.access(self.annotations, os.W_OK):
            self.notify(
                f"{self.annotations} cannot be written: reading works, but edits and read "
                "marks stay in memory (quitting puts unsaved edits in a recovery folder).",
                title="Annotations folder read-only",
                severity="warning",
                timeout=10,
            )

    def keep_theme(self, theme: Theme) -> None:
        """The person chose a theme: it is kept with the reading state."""
        self.state.theme = theme.name

    def _catch_signals(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for signum in STOP_SIGNALS:
                loop.add_signal_handler(signum, self.stop_now, signum)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
            pass

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
        """Save, then quit; what cannot be saved goes to a recovery folder (never refused)."""
        if self.editor.started:
            self.editor.finish(self.leave)
        else:
            self.leave([])

    def leave(self, notes: list[str], return_code: int = 0) -> None:
        """Close the reader; ``notes`` are printed once it has closed."""
        self.farewell.extend(notes)
        self.background.stop()
        self.exit(return_code=return_code)

    def stop_now(self, signum: int) -> None:
        """A signal asks the reader to stop: save at once (no dialog), then close."""
        if self._stopping:
            return
        self._stopping = True
        self.background.stop()
        notes = self.editor.save_now() if self.editor.started else []
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                notes.extend(screen.save_state_now())
        self.leave(notes, return_code=128 + signum)

    def report_worker_error(self, worker: Worker[Any]) -> None:
        """Background work that failed says so (it never fails silently)."""
        if worker.state == WorkerState.ERROR and worker.error is not None:
            self.notify(
                describe_error(worker.error),
                title=f"Background work failed ({worker.name or 'worker'})",
                severity="error",
                timeout=10,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.report_worker_error(event.worker)

    def _handle_exception(self, error: Exception) -> None:
        # An unexpected error ends the app: the unsaved edits go to a recovery folder first.
        try:
            if self.editor.started and not self._stopping:
                self._stopping = True
                self.farewell.extend(self.editor.leave())
        except Exception:  # noqa: S110 - the error being handled is the one to show
            pass
        self.background.stop()
        super()._handle_exception(error)

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run the reader in this terminal; afterwards say what the person must know
        (what was not saved and where it is), and do not wait long for background work."""
        problem = terminal_problem(os.environ)
        if problem is not None and not kwargs.get("headless"):
            print(problem, file=sys.stderr)
            self._return_code = 1
            return
        try:
            return super().run(*args, **kwargs)
        finally:
            for line in self.farewell:
                print(visible_lines(line), file=sys.stderr)
            self.background.stop()
            if not self.background.wait(QUIT_GRACE):
                # Work inside one long piece (a huge article in the model) cannot be
                # interrupted; everything of the person's is written, so leave it.
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(self.return_code or 0)


def make_app(
    seeds: Path | str,
    annotations: Path | str,
    *,
    make_annotator: Callable[[], Annotator] | None = None,
    autosave_delay: float = AUTOSAVE_DELAY,
    autosave_max_delay: float = AUTOSAVE_MAX_DELAY,
    retry_delay: float = RETRY_DELAY,
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
        autosave_max_delay: Seconds after the first unsaved edit by which it is saved.
        retry_delay: Seconds before a save that failed is tried again.
    """
    return NewsreaderApp(
        Path(seeds),
        Path(annotations),
        make_annotator=make_annotator,
        autosave_delay=autosave_delay,
        autosave_max_delay=autosave_max_delay,
        retry_delay=retry_delay,
    )
