"""Editor: the reader's side of editing. It owns the :class:`EditSession`, keeps the
library showing the edited annotations, saves after a pause, and asks the person
what to do when a file changed on disk.

Widgets call it and listen to it (``listeners`` are called after every change);
it holds no widgets itself, only the app to notify, time and push dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.timer import Timer

# The edit machinery (pydantic, re-anchoring, rapidfuzz) loads with the first use of
# the session, which comes after the reader's first frame, not with this module.
if TYPE_CHECKING:
    from tui.core.editing import Edit, EditSession, Opened, SaveOutcome
    from tui.core.model.schema import ArticleAnnotation
    from tui.ui.app import NewsreaderApp

#: Seconds of quiet after an edit before it is saved.
AUTOSAVE_DELAY = 2.0


class Editor:
    """Edits of the session, shown at once, saved safely."""

    def __init__(self, app: NewsreaderApp) -> None:
        self.app = app
        self._session: EditSession | None = None
        self.listeners: list[Callable[[], None]] = []
        self._timer: Timer | None = None
        self._saving = False
        self._reextracting: set[str] = set()

    # ------------------------------------------------------------------ state
    @property
    def session(self) -> EditSession:
        """The edit session (made on first use)."""
        if self._session is None:
            from tui.core.editing import EditSession

            self._session = EditSession(self.app.store, self.app.library.articles)
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
        fresh = not self.is_open(article_id)
        opened = self.session.open(article_id)
        if opened.annotation is not None and fresh:
            info = self.app.library.info(article_id)
            if info.annotation != opened.annotation:
                self.app.library.put(article_id, opened.annotation)
            if opened.orphans:
                self.app.notify(
                    f"{len(opened.orphans)} span(s) could not be placed in the changed text; "
                    "they are kept as orphans (press ! to list them).",
                    title="Article text changed",
                    severity="warning",
                    markup=False,
                )
        return opened

    def absorb(self, article_id: str) -> bool:
        """Take up a rewrite of the article's file (background annotation) under unsaved edits."""
        from tui.core.editing import article_doc

        key = article_doc(article_id)
        if not self.is_open(article_id) or not self.session.absorb(key):
            return False
        annotation = self.session.annotation(article_id)
        if annotation is not None:
            self.app.library.put(article_id, annotation)
        return True

    # ---------------------------------------------------------------- editing
    def apply(self, edit: Edit) -> bool:
        """Apply an edit; a refusal is shown to the person, not raised."""
        from tui.core.editing import EditError

        try:
            self.session.apply(edit)
        except EditError as error:
            self.app.notify(str(error), title="Not done", severity="warning", markup=False)
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
            self.app.notify(f"Nothing to {verb.lower()[:-1]}o.", markup=False, timeout=2)
            self.app.bell()
            return
        self.app.notify(f"{verb}: {edit.describe()}", markup=False, timeout=2)
        self._changed((*edit.documents(), scope))

    def _changed(self, keys: tuple[str, ...]) -> None:
        from tui.core.editing import doc_article

        for key in keys:
            article_id = doc_article(key)
            if article_id is not None:
                annotation = self.session.annotation(article_id)
                if annotation is not None:
                    self.app.library.put(article_id, annotation)
        self.schedule_save()
        self._notify_listeners()

    def _notify_listeners(self) -> None:
        for listener in list(self.listeners):
            listener()

    # ----------------------------------------------------------------- saving
    def schedule_save(self) -> None:
        """Save after :data:`AUTOSAVE_DELAY` seconds without another edit."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(AUTOSAVE_DELAY, self.save, name="autosave")

    def save(self, then: Callable[[bool], None] | None = None) -> bool:
        """Save every document with unsaved work now.

        A conflict opens a dialog (keep theirs, keep mine, merge, show the
        difference); ``then`` is called with True once everything is saved
        (at once, or after the dialogs), False if something stays unsaved.

        Returns:
            True if everything was saved without asking.
        """
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._saving:
            return False
        outcomes = self.session.save_all()
        self._after_save(outcomes)
        conflicts = [o for o in outcomes if o.status == "conflict"]
        broken = [o for o in outcomes if o.status == "broken"]
        for outcome in broken:
            self.app.notify(
                f"Not saved: {outcome.error}. Fix the file, then save again (ctrl+s).",
                title="File unreadable",
                severity="error",
                markup=False,
                timeout=10,
            )
        if conflicts:
            self._ask(conflicts, then)
            return False
        self._notify_listeners()
        if then is not None:
            then(not broken)
        return not broken

    def _ask(self, conflicts: list[SaveOutcome], then: Callable[[bool], None] | None) -> None:
        from tui.ui.screens.conflict_modal import ConflictModal

        self._saving = True
        outcome = conflicts[0]
        assert outcome.conflict is not None

        def chosen(choice: str | None) -> None:
            rest = conflicts[1:]
            if choice is not None:
                result = self.session.resolve(outcome.key, choice)  # type: ignore[arg-type]
                self._after_save([result])
                self._changed((outcome.key,))
                if self._timer is not None:
                    self._timer.stop()
                if result.status == "conflict":
                    rest = [result, *rest]
            if rest:
                self._ask(rest, then)
                return
            self._saving = False
            self._notify_listeners()
            if then is not None:
                then(not self.dirty)

        self.app.push_screen(ConflictModal(outcome.conflict), chosen)

    def _after_save(self, outcomes: list[SaveOutcome]) -> None:
        """Articles saved with their pipeline stamp cleared (date edited) are re-extracted."""
        from tui.core.editing import EVENTS_DOC, KB_DOC, doc_article

        for outcome in outcomes:
            article_id = doc_article(outcome.key)
            if outcome.status != "saved" or article_id is None:
                continue
            annotation = self.session.annotation(article_id)
            if annotation is not None and annotation.pipeline is None:
                self.reextract(article_id)
        if any(o.key in (EVENTS_DOC, KB_DOC) and o.status == "saved" for o in outcomes):
            self._notify_listeners()

    def save_before_quit(self) -> bool:
        """Save before quitting; False if a dialog must be answered first."""
        if not self.dirty:
            return True

        def done(ok: bool) -> None:
            if ok:
                self.app.notify("Saved. Press q again to quit.", markup=False)

        return self.save(done)

    # ---------------------------------------------------------- re-extraction
    def reextract(self, article_id: str) -> None:
        """Annotate the article again in the background (its date changed, say), keeping
        people's decisions; the result is taken up under any newer unsaved edits."""
        if not self.app.annotate_enabled or article_id in self._reextracting:
            return
        self._reextracting.add(article_id)
        self.app.run_worker(
            lambda: self._reextract(article_id),
            thread=True,
            exit_on_error=False,
            group=f"reextract-{article_id}",
            name="re-extract",
        )

    def _reextract(self, article_id: str) -> None:
        from tui.core.pipeline import annotate

        try:
            article = self.app.library.article(article_id)
            annotate(
                [article], self.app.store, self.app.settings, extractor=self.app.make_extractor()
            )
        finally:
            self.app.call_from_thread(self._reextracted, article_id)

    def _reextracted(self, article_id: str) -> None:
        self._reextracting.discard(article_id)
        if self.absorb(article_id):
            self._notify_listeners()
