"""Editor: the reader's side of editing. It owns the :class:`EditSession`, keeps the
library showing the edited annotations, saves after a pause (in a worker thread),
and asks the person what to do when a file changed on disk.

Nothing is lost: a write that fails (a full disk, a read-only folder) keeps the
edits in memory, says what failed and where, and is tried again; steady editing
is saved at most :data:`AUTOSAVE_MAX_DELAY` seconds after its first edit; and what
cannot be saved when the reader ends goes to a recovery folder (:meth:`Editor.leave`).

After every change it posts :class:`~tui.ui.messages.DocumentsChanged`, and after
every save :class:`~tui.ui.messages.DocumentsSaved`, to the screens; it holds no
widgets itself, only the app to notify, time, run workers and push dialogs with.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual.timer import Timer

from tui.ui.background import Background
from tui.ui.messages import DocumentsChanged, DocumentsSaved

# The edit machinery (pydantic, re-anchoring, rapidfuzz) loads with the first use of
# the session, which comes after the reader's first frame, not with this module.
if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message

    from tui.core.editing import Choice, Edit, EditSession, Opened, SaveOutcome
    from tui.core.model.library import Library
    from tui.core.model.schema import ArticleAnnotation
    from tui.core.model.store import StoreError
    from tui.core.pipeline import Annotator

#: Seconds of quiet after an edit before it is saved.
AUTOSAVE_DELAY = 2.0
#: Seconds after the first unsaved edit by which it is saved, however steady the editing.
AUTOSAVE_MAX_DELAY = 10.0
#: Seconds before a save that failed (a write refused, a file unreadable) is tried again.
RETRY_DELAY = 15.0
#: Seconds a save that must happen now (the reader is being stopped) waits for one under way.
SAVE_NOW_WAIT = 5.0

#: How a save ended: written without asking, written after the person answered the
#: dialogs, or something stays unsaved (a file that cannot be read, a failed write).
SaveResult = Literal["saved", "asked", "unsaved"]
AfterSave = Callable[[SaveResult], None]
#: Told, once quitting may go on, what to say after the reader has closed (nothing: all saved).
AfterQuit = Callable[[list[str]], None]


def describe_error(error: BaseException) -> str:
    """An exception as a person reads it: ``Read-only file system``, ``MemoryError: ...``."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


class Editor:
    """Edits of the session, shown at once, saved safely."""

    def __init__(
        self,
        app: App[Any],
        library: Library,
        annotator: Callable[[], Annotator] | None = None,
        *,
        autosave_delay: float = AUTOSAVE_DELAY,
        autosave_max_delay: float = AUTOSAVE_MAX_DELAY,
        retry_delay: float = RETRY_DELAY,
        background: Background | None = None,
    ) -> None:
        """
        Args:
            app: The app: notifications, timers, workers, dialogs, and the screens to tell.
            library: The corpus; it is kept showing the edited annotations.
            annotator: Gives the annotator that re-extracts an article whose date a person
                changed (called in a worker thread); None: never re-extract.
            background: Runs the re-extraction so that quitting does not wait for it.
            autosave_delay: Seconds of quiet after an edit before it is saved.
            autosave_max_delay: Seconds after the first unsaved edit by which it is saved.
            retry_delay: Seconds before a failed save is tried again.
        """
        self.app = app
        self.library = library
        self.annotator = annotator
        self.autosave_delay = autosave_delay
        self.autosave_max_delay = autosave_max_delay
        self.retry_delay = retry_delay
        self.background = background or Background()
        self._session: EditSession | None = None
        self._timer: Timer | None = None
        #: When the oldest edit not yet being saved was made (``time.monotonic``).
        self._unsaved_since: float | None = None
        #: One write of the session's files at a time (a worker's, or one that must happen now).
        self._write_lock = threading.Lock()
        #: Why documents stayed unsaved at the last try (key -> what failed and where).
        self.problems: dict[str, str] = {}
        #: Of those, the ones that are tried again by themselves (not a conflict left for later).
        self._failing: set[str] = set()
        #: Problems already told to the person (a retry that fails the same way says nothing).
        self._told: set[str] = set()
        #: A quit is waiting for the save it asked for.
        self._quitting: AfterQuit | None = None
        #: A save (or the dialogs of its conflicts) is under way.
        self._busy = False
        #: The documents of that save.
        self._saving: frozenset[str] = frozenset()
        #: Called when the save under way is settled.
        self._then: list[AfterSave] = []
        #: Asked for while busy: one more save starts when this one ends (these are its callers).
        self._again: list[AfterSave] | None = None
        #: Articles whose file may have been rewritten while a save was under way.
        self._absorb_later: set[str] = set()
        self._reextracting: set[str] = set()

    # ------------------------------------------------------------------ state
    @property
    def session(self) -> EditSession:
        """The edit session (made on first use)."""
        if self._session is None:
            from tui.core.editing import EditSession

            self._session = EditSession(self.library.store, self.library.articles)
        return self._session

    @property
    def started(self) -> bool:
        """True once the session exists (before that nothing is open, nothing is unsaved)."""
        return self._session is not None

    def annotation(self, article_id: str) -> ArticleAnnotation | None:
        return self._session.annotation(article_id) if self._session is not None else None

    def is_open(self, article_id: str) -> bool:
        return self.annotation(article_id) is not None

    @property
    def dirty(self) -> bool:
        return self._session is not None and bool(self._session.dirty_documents())

    def open(self, article_id: str) -> Opened:
        """Open an article for editing; shows re-anchored spans and lists orphans."""
        from tui.core.editing import article_doc

        fresh = not self.is_open(article_id)
        opened = self.session.open(article_id)
        if opened.annotation is not None and fresh:
            info = self.library.info(article_id)
            if info.annotation != opened.annotation:
                self.library.put(article_id, opened.annotation)
                self._post(partial(DocumentsChanged, (article_doc(article_id),)))
            if opened.orphans:
                self.app.notify(
                    f"{len(opened.orphans)} span(s) could not be placed in the changed text; "
                    "they are kept as orphans (press ! to list them).",
                    title="Article text changed",
                    severity="warning",
                )
        return opened

    def refresh(self, article_id: str) -> bool:
        """Take up a change of the article's file on disk if nothing here is unsaved.

        With unsaved edits the file is left alone: someone else's change (a ``git pull``,
        another editor) is settled when saving, by the person (keep theirs, keep mine,
        merge), never merged silently.
        """
        from tui.core.editing import article_doc

        if not self.is_open(article_id) or self._busy:
            return False
        changed = self.session.reload(article_doc(article_id))
        annotation = self.session.annotation(article_id)
        if changed and annotation is not None:
            self.library.put(article_id, annotation)
        return changed

    def absorb(self, article_id: str) -> bool:
        """Take up a rewrite of the article's file by the reader's own background annotation
        under unsaved edits (it keeps people's decisions, so the edits go on top).

        While a save is under way the file is looked at once it is over.
        """
        from tui.core.editing import article_doc

        if not self.is_open(article_id):
            return False
        if self._busy:
            self._absorb_later.add(article_id)
            return False
        if not self.session.absorb(article_doc(article_id)):
            return False
        annotation = self.session.annotation(article_id)
        if annotation is not None:
            self.library.put(article_id, annotation)
        return True

    @property
    def saving_documents(self) -> frozenset[str]:
        """The documents of the save under way (or of the dialogs of its conflicts)."""
        return self._saving if self._busy else frozenset()

    def events_ready(self) -> bool:
        """True once ``events.yaml`` was read (see :class:`~tui.ui.event_navigation.EventNavigation`)."""
        from tui.core.editing import EVENTS_DOC

        return self.started and self.session.is_loaded(EVENTS_DOC)

    def events_error(self) -> StoreError | None:
        """Why ``events.yaml`` could not be read (None: it was, or there is none, or it is
        not read yet: it is read in the background, never here)."""
        from tui.core.editing import EVENTS_DOC

        return self.session.error(EVENTS_DOC) if self.started else None

    # ---------------------------------------------------------------- editing
    def apply(self, edit: Edit) -> bool:
        """Apply an edit; a refusal is shown to the person, not raised."""
        from tui.core.editing import EditError

        try:
            self.session.apply(edit)
        except EditError as error:
            self.app.notify(str(error), title="Not done", severity="warning")
            self.app.bell()
            return False
        self._changed(edit.documents())
        return True

    def undo(self, scope: str) -> Edit | None:
        edit = self.session.undo(scope)
        self._after_history(edit, "Undid", scope)
        return edit

    def redo(self, scope: str) -> Edit | None:
        edit = self.session.redo(scope)
        self._after_history(edit, "Redid", scope)
        return edit

    def _after_history(self, edit: Edit | None, verb: str, scope: str) -> None:
        if edit is None:
            self.app.notify(f"Nothing to {verb.lower()[:-1]}o.", timeout=2)
            self.app.bell()
            return
        self.app.notify(f"{verb}: {edit.describe()}", timeout=2)
        self._changed((*edit.documents(), scope))

    def _changed(self, keys: tuple[str, ...], *, save: bool = True) -> None:
        """Show the changed documents (the library, then the screens); save after a pause."""
        from tui.core.editing import doc_article

        for key in keys:
            article_id = doc_article(key)
            if article_id is not None:
                annotation = self.session.annotation(article_id)
                if annotation is not None:
                    self.library.put(article_id, annotation)
        if save:
            self.schedule_save()
        self._post(partial(DocumentsChanged, tuple(dict.fromkeys(keys))))

    def _post(self, message: Callable[[], Message]) -> None:
        """Tell every screen on the stack (each gets a message of its own)."""
        for screen in self.app.screen_stack:
            screen.post_message(message())

    # ----------------------------------------------------------------- saving
    def schedule_save(self) -> None:
        """Save after :attr:`autosave_delay` seconds without another edit, and at most
        :attr:`autosave_max_delay` seconds after the first edit not yet saved."""
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        wait = min(self.autosave_delay, self._unsaved_since + self.autosave_max_delay - now)
        self._stop_timer()
        self._timer = self.app.set_timer(max(0.0, wait), self.save, name="autosave")

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def save(self, then: AfterSave | None = None) -> None:
        """Save every document with unsaved work, in a worker thread.

        A conflict opens a dialog (keep theirs, keep mine, merge, show the
        difference). ``then`` is called once it is settled, with ``saved``,
        ``asked`` (saved after the dialogs) or ``unsaved``. Asked while a save is
        under way, it saves again after that one, with the edits made meanwhile.
        """
        self._stop_timer()
        if self._busy:
            self._again = (self._again or []) + ([then] if then else [])
            return
        if then is not None:
            self._then.append(then)
        keys = self._dirty_keys()
        if not keys:
            self._settle("saved")
            return
        self._busy = True
        self._saving = frozenset(keys)
        self._unsaved_since = None  # edits from now on are timed afresh
        self.app.run_worker(
            partial(self._write, keys), thread=True, exit_on_error=False, group="save", name="save"
        )

    def _dirty_keys(self) -> list[str]:
        """The documents with unsaved work, in save order: the knowledge base first
        (articles may link to its new entities), then the events, then the articles."""
        from tui.core.editing import EVENTS_DOC, KB_DOC

        return sorted(
            self.session.dirty_documents() if self.started else [],
            key=lambda key: (key != KB_DOC, key != EVENTS_DOC, key),
        )

    def path_of(self, key: str) -> Path:
        """The file a document is saved to."""
        from tui.core.editing import EVENTS_DOC, doc_article

        store = self.library.store
        article_id = doc_article(key)
        if article_id is not None:
            return store.path_for(article_id)
        return store.events_path if key == EVENTS_DOC else store.kb_path

    def _save_one(self, key: str, wait: float = -1) -> SaveOutcome | str:
        """Write one document (any thread); what failed and where if the write failed."""
        if not self._write_lock.acquire(timeout=wait):
            return f"{self.path_of(key)}: another save is still under way"
        try:
            return self.session.save(key)
        except Exception as error:  # a disk that refuses: the work stays unsaved, and shown
            return f"could not write {self.path_of(key)}: {describe_error(error)}"
        finally:
            self._write_lock.release()

    def _write(self, keys: list[str]) -> None:
        """In the worker: write the documents (each as it was when the save began); stop at
        the first that fails (the next may depend on it)."""
        outcomes: list[SaveOutcome] = []
        failure: tuple[str, str] | None = None
        for key in keys:
            outcome = self._save_one(key)
            if isinstance(outcome, str):
                failure = (key, outcome)
                break
            outcomes.append(outcome)
        self.app.call_from_thread(self._written, outcomes, failure)

    def _note(self, outcomes: list[SaveOutcome], failure: tuple[str, str] | None) -> None:
        """Remember why documents stay unsaved and tell the person (once per problem)."""
        for outcome in outcomes:
            self.problems.pop(outcome.key, None)
            self._failing.discard(outcome.key)
            if outcome.status == "broken":
                self.problems[outcome.key] = f"{outcome.error} (the file cannot be read)"
                self._failing.add(outcome.key)
                self._tell(
                    f"Not saved: {outcome.error}. Fix the file: it is saved once it can be "
                    "read (ctrl+s tries now); your edits are kept meanwhile.",
                    "File unreadable",
                )
            elif outcome.status == "conflict":
                self.problems[outcome.key] = f"{self.path_of(outcome.key)} changed on disk"
        if failure is not None:
            key, message = failure
            self.problems[key] = message
            self._failing.add(key)
            self._tell(
                f"Not saved: {message}. Your edits are kept in memory and saved again in "
                f"{self.retry_delay:g} s (ctrl+s tries now).",
                "Save failed",
            )
        if not self.problems:
            if self._told:
                self.app.notify("Saved: everything unsaved is written now.", timeout=4)
            self._told.clear()

    def _tell(self, message: str, title: str) -> None:
        if message not in self._told:
            self._told.add(message)
            self.app.notify(message, title=title, severity="error", timeout=10)

    def _written(self, outcomes: list[SaveOutcome], failure: tuple[str, str] | None) -> None:
        self._note(outcomes, failure)
        self._after_save(outcomes)
        conflicts = [o for o in outcomes if o.status == "conflict"]
        if conflicts:
            self._ask(conflicts)
            return
        broken = any(o.status == "broken" for o in outcomes)
        self._settle("unsaved" if broken or failure else "saved")

    def _ask(self, conflicts: list[SaveOutcome]) -> None:
        from tui.ui.screens.conflict_modal import ConflictModal

        outcome, rest = conflicts[0], conflicts[1:]
        assert outcome.conflict is not None

        def chosen(choice: Choice | None) -> None:
            if choice is None:
                self._ask_next(rest)
            else:
                self.app.run_worker(
                    partial(self._resolve, outcome.key, choice, rest),
                    thread=True,
                    exit_on_error=False,
                    group="save",
                    name="resolve",
                )

        self.app.push_screen(ConflictModal(outcome.conflict), chosen)

    def _resolve(self, key: str, choice: Choice, rest: list[SaveOutcome]) -> None:
        """In the worker: settle one conflict as the person chose (this writes the file)."""
        try:
            with self._write_lock:
                result = self.session.resolve(key, choice)
        except Exception as error:
            failure = f"could not write {self.path_of(key)}: {describe_error(error)}"
            self.app.call_from_thread(self._resolved, key, None, rest, failure)
            return
        self.app.call_from_thread(self._resolved, key, result, rest, None)

    def _resolved(
        self, key: str, result: SaveOutcome | None, rest: list[SaveOutcome], failure: str | None
    ) -> None:
        if result is None:
            self._note([], (key, failure or "not saved"))
        else:
            self._note([result], None)
            self._after_save([result])
            self._changed((key,), save=False)
            if result.status == "conflict":
                rest = [result, *rest]
        self._ask_next(rest)

    def _ask_next(self, rest: list[SaveOutcome]) -> None:
        if rest:
            self._ask(rest)
        else:
            self._settle("unsaved" if self.dirty else "asked")

    def _settle(self, result: SaveResult) -> None:
        """The save is over: tell the screens and the callers; save again if asked meanwhile
        (or, if something stays unsaved, after :attr:`retry_delay` seconds)."""
        self._busy = False
        if self._failing and self._timer is None and self._quitting is None:
            self._timer = self.app.set_timer(self.retry_delay, self._retry, name="save again")
        self._post(partial(DocumentsSaved, result != "unsaved"))
        from tui.core.editing import article_doc

        for article_id in sorted(self._absorb_later):
            if self.absorb(article_id):
                self._post(partial(DocumentsChanged, (article_doc(article_id),)))
        self._absorb_later.clear()
        then, self._then = self._then, []
        for callback in then:
            callback(result)
        again, self._again = self._again, None
        if again is not None:
            self._then.extend(again)
            self.save()

    def _retry(self) -> None:
        self._timer = None
        if self.dirty:
            self.save()

    # --------------------------------------------------------------- leaving
    def finish(self, then: AfterQuit) -> None:
        """Save before the reader quits; ``then`` gets what to tell the person afterwards.

        Whatever cannot be saved (a file that cannot be read, a disk that refuses, a
        conflict left undecided) goes to a recovery folder, and quitting goes on: it is
        never refused. Asked again while the save is under way, it does not wait.
        """
        if self._quitting is not None:
            self._quitting = None
            then(self.leave())
            return
        if not self.dirty:
            then([])
            return
        self._quitting = then

        def saved(result: SaveResult) -> None:
            quit, self._quitting = self._quitting, None
            if quit is None:  # asked again meanwhile: already gone
                return
            if result == "saved":
                quit([])
            elif result == "asked":  # the person answered a dialog: quit when asked again
                self.app.notify("Saved. Press q again to quit.")
            else:
                quit(self.leave())

        self.save(saved)

    def save_now(self) -> list[str]:
        """Save everything at once, in this thread, asking nothing: the reader is being
        stopped (a signal). What cannot be saved goes to a recovery folder.

        Returns:
            What to tell the person afterwards (nothing: everything is saved).
        """
        self._stop_timer()
        for key in self._dirty_keys():
            outcome = self._save_one(key, wait=SAVE_NOW_WAIT)
            if isinstance(outcome, str):
                self._note([], (key, outcome))
                break
            self._note([outcome], None)
        return self.leave()

    def leave(self) -> list[str]:
        """The reader ends now: write the unsaved work to a recovery folder.

        Returns:
            What to tell the person: what was not saved and why, and where the work is
            (nothing if everything is saved).
        """
        keys = self._dirty_keys()
        if not keys:
            return []
        lines = ["Not saved:"]
        for key in keys:
            lines.append(f"  {self.problems.get(key) or self.path_of(key)}")
        recovery = self.session.write_recovery()
        if recovery.folder is None:
            lines.append("The unsaved edits could not be written anywhere, so they are lost:")
            lines.extend(f"  {error}" for error in recovery.errors)
            return lines
        lines.append(f"Your unsaved edits are kept in {recovery.folder}:")
        lines.extend(f"  {path.name}" for path in recovery.paths)
        lines.append(
            "Each is the whole file as it would have been saved: compare it with the "
            "annotation file of the same name and copy it over once the problem is fixed."
        )
        return lines

    def _after_save(self, outcomes: list[SaveOutcome]) -> None:
        """Articles saved with their pipeline stamp cleared (date edited) are re-extracted."""
        from tui.core.editing import doc_article

        for outcome in outcomes:
            article_id = doc_article(outcome.key)
            if outcome.status != "saved" or article_id is None:
                continue
            annotation = self.session.annotation(article_id)
            if annotation is not None and annotation.pipeline is None:
                self.reextract(article_id)

    # ---------------------------------------------------------- re-extraction
    def reextract(self, article_id: str) -> None:
        """Annotate the article again in the background (its date changed, say), keeping
        people's decisions; the result is taken up under any newer unsaved edits."""
        if self.annotator is None or article_id in self._reextracting:
            return
        self._reextracting.add(article_id)
        self.app.run_worker(
            partial(self._reextract, self.annotator, article_id),
            thread=True,
            exit_on_error=False,
            group=f"reextract-{article_id}",
            name="re-extract",
        )

    def _reextract(self, annotator: Callable[[], Annotator], article_id: str) -> None:
        article = self.library.article(article_id)
        try:
            self.background.run(
                lambda: annotator().reextract(article, self.library.store), "re-extract"
            )
        except Exception as error:  # the annotation stays as it was, and that is said
            self.app.call_from_thread(
                self.app.notify,
                f"{article_id}: {describe_error(error)}",
                title="Annotating again failed",
                severity="error",
            )
        finally:
            self.app.call_from_thread(self._reextracted, article_id)

    def _reextracted(self, article_id: str) -> None:
        from tui.core.editing import article_doc

        self._reextracting.discard(article_id)
        if self.absorb(article_id):
            self._post(partial(DocumentsChanged, (article_doc(article_id),)))
