"""EventNavigation: the main screen's events: the index behind the panel's section, the
jump list, and the events view.

A helper the main screen holds (its keys and message handlers stay on the screen
and call it). It keeps the event index fresh (after background linking and after
every edit), opens a passage of another source remembering where the reader was,
goes back along those jumps (``backspace``), and opens the events view (``E``).

``events.yaml`` can be tens of megabytes: it is read, and the index built, in a
thread worker (:meth:`EventNavigation.refresh`); the edit session takes the file up
on the UI thread (:meth:`~tui.core.editing.EditSession.install`), where nothing is
read. One reading at a time: asked again meanwhile, it reads once more afterwards.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Literal, cast

from tui.ui.editor import describe_error
from tui.ui.messages import EventsRead, EventsShown

# The events load after the first frame (see MainScreen), and their modules with them.
if TYPE_CHECKING:
    from tui.core.events.index import EventIndex
    from tui.core.model.schema import EventsFile
    from tui.ui.screens.main import MainScreen
    from tui.ui.widgets.event_section import Target

#: Places remembered on the jump list.
JUMP_LIST_SIZE = 50


class EventNavigation:
    """Events on the main screen: the section's index, the jump list, the events view."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        #: The events as last loaded (None until they are first read).
        self.index: EventIndex | None = None
        #: Where jumps came from: (article, offset), most recent last.
        self.jumps: list[tuple[str, int]] = []
        #: The events file's error last told to the person (told once).
        self._told: str | None = None
        #: A reading is under way in the worker.
        self._reading = False
        #: Asked for while a reading was under way (or a save): read again once it is over.
        self._again = False
        #: Some reading asked for and not yet taken up follows background linking.
        self._linked = False
        #: The events were shown once (start-up is over).
        self._shown_once = False

    @property
    def loading(self) -> bool:
        """True until the events are first read."""
        return self.index is None

    @property
    def reading(self) -> bool:
        """True while a reading is under way or asked for."""
        return self._reading or self._again

    def refresh(self, *, linked: bool = False) -> None:
        """Bring the events up to date, off the UI thread, and redraw the sections then.

        Args:
            linked: The reader's background linking rewrote ``events.yaml``: take it up
                even under unsaved event edits (it keeps people's decisions).
        """
        self._linked |= linked
        if self._reading:
            self._again = True
            return
        self._start()

    def _start(self) -> None:
        from tui.core.editing import EVENTS_DOC

        screen = self.screen
        session = screen.reader.editor.session
        linked, self._linked = self._linked, False
        self._again = False
        self._reading = True
        # Under unsaved edits someone else's change waits for saving (a conflict, the
        # person decides): only the reader's own linking is read then.
        read_file = linked or not session.is_dirty(EVENTS_DOC)
        screen.run_worker(
            partial(
                self._read,
                session.loaded_sha(EVENTS_DOC) if read_file else None,
                session.state.events,
                session.is_dirty(EVENTS_DOC),
                linked,
                read_file=read_file,
            ),
            thread=True,
            exit_on_error=False,
            group="events",
            name="read events",
        )

    def _read(
        self,
        unless_sha: str | None | Literal[False],
        current: EventsFile,
        dirty: bool,
        linked: bool,
        *,
        read_file: bool,
    ) -> None:
        """In the worker: read ``events.yaml`` (unless it is the file the session has) and
        index the events the session will show: the file's, else its own (``current``).

        The work runs in a thread of its own (:meth:`~tui.ui.background.Background.run`)
        that quitting does not wait for: a file read for tens of seconds never holds it.
        """
        from tui.core.editing import EVENTS_DOC, read_shared
        from tui.ui.widgets.event_section import event_index

        screen = self.screen
        library = screen.library

        def work() -> None:
            read = (
                read_shared(library.store, EVENTS_DOC, unless_sha=unless_sha) if read_file else None
            )
            basis = current
            if read is not None and read.value is not None and not dirty:
                basis = cast("EventsFile", read.value)
            index = event_index(basis, library)
            screen.post_message(EventsRead(read, basis, index, linked))

        try:
            screen.reader.background.run(work, "read events")
        except Exception as error:  # low memory, say: the events stay as they were; say why
            screen.post_message(EventsRead(None, current, None, linked, describe_error(error)))

    def take(self, event: EventsRead) -> None:
        """On the UI thread: hand what the worker read to the edit session, show the index."""
        from tui.core.editing import EVENTS_DOC

        screen = self.screen
        editor = screen.reader.editor
        self._reading = False
        if EVENTS_DOC in editor.saving_documents and event.read is not None:
            # The save worker holds the events: take the file up once the save is over.
            self._linked |= event.linked
            self._again = True
            return
        session = editor.session
        if event.read is not None:
            status = session.install(event.read, merge=event.linked)
            if status == "stale":  # the file changed since it was read
                self._linked |= event.linked
                self._start()
                return
        index = event.index
        if index is None:  # the reading failed: the events stay as they were
            screen.notify(event.failure or "", title="Events not read", severity="error")
            if self.index is None:
                from tui.ui.widgets.event_section import event_index

                self.show(event_index(None, screen.library))
        elif self.index is None or session.state.events is event.basis:
            self.show(index)
        if index is not None and session.state.events is not event.basis:
            self._again = True  # edited meanwhile, or linking merged under edits: index again
        self._tell_error(session.error(EVENTS_DOC))
        if not self._shown_once:
            self._shown_once = True
            screen.reader.started()
            screen.relink_if_outdated()  # (events an older version of linking made)
        if self._again:
            self._start()

    def saved(self) -> None:
        """A save is over: a reading that waited for it goes on."""
        if self._again and not self._reading:
            self._start()

    def show(self, index: EventIndex) -> None:
        """Show ``index`` in the panel's sections, the list's grouping and the other screens."""
        screen = self.screen
        self.index = index
        screen.story_section.set_index(index)
        screen.events_section.set_index(index)
        screen.regroup_list()
        for other in screen.app.screen_stack:
            if other is not screen:
                other.post_message(EventsShown(index))

    def _tell_error(self, error: object | None) -> None:
        if error is not None and str(error) != self._told:
            self._told = str(error)
            self.screen.notify(
                f"{error}\nEvents are not shown until the file is fixed; it is never written over.",
                title="Events file unreadable",
                severity="error",
                timeout=10,
            )

    def _here(self) -> tuple[str, int] | None:
        view = self.screen.article_view
        if view.article_id is None:
            return None
        sentence = view.cursor_sentence
        return (view.article_id, sentence.start if sentence else 0)

    def _remember_here(self) -> None:
        here = self._here()
        if here is not None:
            self.jumps.append(here)
            del self.jumps[:-JUMP_LIST_SIZE]

    def jump_to_passage(self, article_id: str, offset: int) -> None:
        """Open a passage, remembering where the reader was."""
        self._remember_here()
        self.screen.open_at(article_id, offset)

    def jump_to_article(self, article_id: str) -> None:
        """Open an article where the reader left it, remembering where the reader was."""
        if not self.screen.library.has(article_id):
            self.screen.app.bell()
            return
        self._remember_here()
        self.screen.jump_to(article_id)

    def jump_back(self) -> bool:
        """Back to where the last jump came from; False if there is none."""
        if not self.jumps:
            return False
        article_id, offset = self.jumps.pop()
        self.screen.open_at(article_id, offset)
        return True

    def open_view(self) -> None:
        """The events view; a passage chosen there opens like a jump."""
        from tui.ui.screens.events import EventsScreen

        def opened(target: Target | None) -> None:
            if target is not None:
                self.jump_to_passage(target.article, target.start)

        screen = self.screen
        view = EventsScreen(
            self.index, screen.library, screen.article_view.class_style, screen.reader.editor
        )
        view.open_story_of(screen.article_view.article_id)
        screen.app.push_screen(view, opened)
