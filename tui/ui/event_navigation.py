"""EventNavigation: the main screen's events: the index behind the panel's section, the
jump list, and the events view.

A helper the main screen holds (its keys and message handlers stay on the screen
and call it). It keeps the event index fresh (after background linking and after
every edit), opens a passage of another source remembering where the reader was,
goes back along those jumps (``backspace``), and opens the events view (``E``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# The events load after the first frame (see MainScreen), and their modules with them.
if TYPE_CHECKING:
    from tui.core.events.index import EventIndex
    from tui.ui.screens.main import MainScreen
    from tui.ui.widgets.event_section import Target

#: Places remembered on the jump list.
JUMP_LIST_SIZE = 50


class EventNavigation:
    """Events on the main screen: the section's index, the jump list, the events view."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        #: The events as last loaded (None until the first article is on screen).
        self.index: EventIndex | None = None
        #: Where jumps came from: (article, offset), most recent last.
        self.jumps: list[tuple[str, int]] = []
        #: The events file's error last told to the person (told once).
        self._told: str | None = None

    def refresh(self, *, linked: bool = False) -> None:
        """Rebuild the event index from the current events and redraw the section.

        Args:
            linked: The reader's background linking rewrote ``events.yaml``: take it up
                even under unsaved event edits (it keeps people's decisions).
        """
        from tui.ui.widgets.event_section import event_index

        screen = self.screen
        editor = screen.reader.editor
        self.index = event_index(editor.current_events(linked=linked), screen.library)
        error = editor.events_error()
        if error is not None and str(error) != self._told:
            self._told = str(error)
            screen.notify(
                f"{error}\nEvents are not shown until the file is fixed; it is never written over.",
                title="Events file unreadable",
                severity="error",
                timeout=10,
            )
        screen.story_section.set_index(self.index)
        screen.events_section.set_index(self.index)
        screen.regroup_list()

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

        if self.index is None:
            self.refresh()
        assert self.index is not None

        def opened(target: Target | None) -> None:
            if target is not None:
                self.jump_to_passage(target.article, target.start)

        screen = self.screen
        view = EventsScreen(
            self.index, screen.library, screen.article_view.class_style, screen.reader.editor
        )
        view.open_story_of(screen.article_view.article_id)
        screen.app.push_screen(view, opened)
