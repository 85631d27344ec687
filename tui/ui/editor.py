"""Editor: the reader's side of editing. It owns the :class:`EditSession`, keeps the
library showing the edited annotations, saves after a pause (in a worker thread),
and asks the person what to do when a file changed on disk.

After every change it posts :class:`~tui.ui.messages.DocumentsChanged`, and after
every save :class:`~tui.ui.messages.DocumentsSaved`, to the screens; it holds no
widgets itself, only the app to notify, time, run workers and push dialogs with.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from textual.timer import Timer

from tui.ui.messages import DocumentsChanged, DocumentsSaved

# The edit machinery (pydantic, re-anchoring, rapidfuzz) loads with the first use of
# the session, which comes after the reader's first frame, not with this module.
if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message

    from tui.core.editing import Choice, Edit, EditSession, Opened, SaveOutcome
    from tui.core.model.library import Library
    from tui.core.model.schema import ArticleAnnotation, EventsFile
    from tui.core.pipeline import Annotator

#: Seconds of quiet after an edit before it is saved.
AUTOSAVE_DELAY = 2.0

#: How a save ended: written without asking, written after the person answered the
#: dialogs, or something stays unsaved (a file that cannot be read, a failed write).
SaveResult = Literal["saved", "asked", "unsaved"]
AfterSave = Callable[[SaveResult], None]


class Editor:
    """Edits of the session, shown at once, saved safely."""

    def __init__(
        self,
        app: App[Any],
        library: Library,
        annotator: Callable[[], Annotator] | None = None,
        *,
        autosave_delay: float = AUTOSAVE_DELAY,
    ) -> None:
        """
        Args:
            app: The app: notifications, timers, workers, dialogs, and the screens to tell.
            library: The corpus; it is kept showing the edited annotations.
            annotator: Gives the annotator that re-extracts an article whose date a person
                changed (called in a worker thread); None: never re-extract.
            autosave_delay: Seconds of quiet after an edit before it is saved.
        """
        self.app = app
        self.library = library
        self.annotator = annotator
        self.autosave_delay = autosave_delay
        self._session: EditSession | None = None
        self._timer: Timer | None = None
        #: A save (or the dialogs of its conflicts) is under way.
        self._busy = False
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

    def absorb(self, article_id: str) -> bool:
        """Take up a rewrite of the article's file (background annotation) under unsaved edits.

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

    def current_events(self) -> EventsFile:
        """The events as the person sees them: the session's (unsaved edits included), after
        taking up a rewrite of ``events.yaml`` on disk (background linking)."""
        from tui.core.editing import EVENTS_DOC

        if not self._busy:
            self.session.absorb(EVENTS_DOC)
        return self.session.events

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
        """Save after :attr:`autosave_delay` seconds without another edit."""
        self._stop_timer()
        self._timer = self.app.set_timer(self.autosave_delay, self.save, name="autosave")

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
        from tui.core.editing import EVENTS_DOC, KB_DOC

        # The knowledge base first (articles may link to its new entities), then the events.
        keys = sorted(
            self.session.dirty_documents() if self.started else [],
            key=lambda key: (key != KB_DOC, key != EVENTS_DOC, key),
        )
        if not keys:
            self._settle("saved")
            return
        self._busy = True
        self.app.run_worker(
            partial(self._write, keys), thread=True, exit_on_error=False, group="save", name="save"
        )

    def _write(self, keys: list[str]) -> None:
        """In the worker: write the documents (each as it was when the save began)."""
        outcomes: list[SaveOutcome] = []
        failure = None
        try:
            for key in keys:
                outcomes.append(self.session.save(key))
        except Exception as error:  # a disk that refuses: the work stays unsaved, and shown
            failure = f"{type(error).__name__}: {error}"
        self.app.call_from_thread(self._written, outcomes, failure)

    def _written(self, outcomes: list[SaveOutcome], failure: str | None) -> None:
        broken = [o for o in outcomes if o.status == "broken"]
        for outcome in broken:
            self.app.notify(
                f"Not saved: {outcome.error}. Fix the file, then save again (ctrl+s).",
                title="File unreadable",
                severity="error",
                timeout=10,
            )
        if failure is not None:
            self.app.notify(
                f"Not saved: {failure}", title="Save failed", severity="error", timeout=10
            )
        self._after_save(outcomes)
        conflicts = [o for o in outcomes if o.status == "conflict"]
        if conflicts:
            self._ask(conflicts)
            return
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
            result = self.session.resolve(key, choice)
        except Exception as error:
            self.app.call_from_thread(
                self._resolved, key, None, rest, f"{type(error).__name__}: {error}"
            )
            return
        self.app.call_from_thread(self._resolved, key, result, rest, None)

    def _resolved(
        self, key: str, result: SaveOutcome | None, rest: list[SaveOutcome], failure: str | None
    ) -> None:
        if result is None:
            self.app.notify(f"Not saved: {failure}", title="Save failed", severity="error")
        else:
            if result.status == "broken":
                self.app.notify(
                    f"Not saved: {result.error}. Fix the file, then save again (ctrl+s).",
                    title="File unreadable",
                    severity="error",
                    timeout=10,
                )
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
        """The save is over: tell the screens and the callers; save again if asked meanwhile."""
        self._busy = False
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
        try:
            annotator().reextract(self.library.article(article_id), self.library.store)
        finally:
            self.app.call_from_thread(self._reextracted, article_id)

    def _reextracted(self, article_id: str) -> None:
        from tui.core.editing import article_doc

        self._reextracting.discard(article_id)
        if self.absorb(article_id):
            self._post(partial(DocumentsChanged, (article_doc(article_id),)))
