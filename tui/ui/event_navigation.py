"""EventNavigation: the main screen's events: the panel section, the jump list, the events view.

A base of :class:`~tui.ui.screens.main.MainScreen` (so its keys and handlers sit
with the screen that owns the reading flow). It adds the events section to the
side panel, keeps the event index fresh (after background linking and after
every edit), opens a passage of another source with a jump list to come back
(``backspace``), and opens the events view (``E``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.binding import Binding
from textual.screen import Screen

from tui.ui.messages import AnnotationFinished, LibraryLoaded
from tui.ui.widgets.event_section import EventSection, Target, event_sources

# The events load after the first frame (see MainScreen), and their modules with them.
if TYPE_CHECKING:
    from tui.core.events.index import EventIndex
    from tui.core.model.schema import EventsFile
    from tui.ui.app import NewsreaderApp
    from tui.ui.screens.main import MainScreen

#: Places remembered on the jump list.
JUMP_LIST_SIZE = 50


def load_events(app: NewsreaderApp) -> EventsFile:
    """The events as the person sees them: the edit session's (unsaved edits included),
    after taking up a rewrite of ``events.yaml`` on disk (background linking)."""
    from tui.core.model.schema import EventsFile

    editor = getattr(app, "editor", None)
    if editor is not None:
        from tui.core.editing import EVENTS_DOC

        session = editor.session
        session.absorb(EVENTS_DOC)
        return cast(EventsFile, session.events)
    loaded = app.store.load_events()
    return loaded.value or EventsFile()


class EventNavigation(Screen[None]):
    """Events on the main screen: section, jump list, events view."""

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
            "backspace",
            "jump_back",
            "Back",
            show=False,
            id="main.jump_back",
            tooltip="Back to where the last jump came from",
        ),
        Binding(
            "E",
            "events_view",
            "Events",
            show=False,
            id="main.events_view",
            tooltip="All events: coverage by source and a timeline",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.events_section = EventSection(id="events-section")
        self.event_index: EventIndex | None = None
        #: Where jumps came from: (article, offset), most recent last.
        self.jumps: list[tuple[str, int]] = []

    @property
    def _main(self) -> MainScreen:
        return cast("MainScreen", self)

    def on_mount(self) -> None:
        main = self._main
        # Events first: how other sources tell this sentence's story is the panel's point.
        # (MainScreen composes the section in; mounting it later costs a layout pass.)
        panel = main.side_panel
        if self.events_section.parent is None:
            first = next(iter(panel.children), None)
            panel.mount(self.events_section, before=first) if first is not None else panel.mount(
                self.events_section
            )
        if panel.context is not None:
            self.events_section.show_sentence(panel.context)
        editor = getattr(main.reader, "editor", None)
        if editor is not None:
            editor.listeners.append(self.refresh_events)
        # The events (and the edit session they come from) load once the first article
        # is on screen: MainScreen calls refresh_events then.

    def on_unmount(self) -> None:
        editor = getattr(self._main.reader, "editor", None)
        if editor is not None and self.refresh_events in editor.listeners:
            editor.listeners.remove(self.refresh_events)

    def refresh_events(self) -> None:
        """Rebuild the event index from the current events and redraw the section."""
        from tui.core.events.index import EventIndex

        main = self._main
        self.event_index = EventIndex(load_events(main.reader), event_sources(main.library))
        self.events_section.set_index(self.event_index)

    @on(LibraryLoaded)
    def events_after_loading(self, event: LibraryLoaded) -> None:
        self.refresh_events()

    @on(AnnotationFinished)
    def events_after_annotation(self, event: AnnotationFinished) -> None:
        self.refresh_events()

    # ------------------------------------------------------------- jumping

    def _here(self) -> tuple[str, int] | None:
        view = self._main.article_view
        if view.article_id is None:
            return None
        sentence = view.cursor_sentence
        return (view.article_id, sentence.start if sentence else 0)

    def jump_to_passage(self, article_id: str, offset: int) -> None:
        """Open a passage, remembering where the reader was."""
        here = self._here()
        if here is not None:
            self.jumps.append(here)
            del self.jumps[:-JUMP_LIST_SIZE]
        self._main.open_at(article_id, offset)

    def action_jump_back(self) -> None:
        if not self.jumps:
            self.app.bell()
            return
        article_id, offset = self.jumps.pop()
        self._main.open_at(article_id, offset)

    @on(EventSection.PassageChosen)
    def open_chosen_passage(self, event: EventSection.PassageChosen) -> None:
        event.stop()
        self.jump_to_passage(event.article_id, event.start)

    def action_focus_events(self) -> None:
        main = self._main
        if not main.side_panel.display:
            main.action_toggle_panel()
        if self.events_section.targets:
            self.events_section.focus()
            self.events_section.scroll_visible()
        else:
            self.notify("No other source reports this sentence's events.", markup=False)

    def action_events_view(self) -> None:
        from tui.ui.screens.events import EventsScreen

        if self.event_index is None:
            self.refresh_events()
        assert self.event_index is not None

        def opened(target: Target | None) -> None:
            if target is not None:
                self.jump_to_passage(target.article, target.start)

        main = self._main
        self.app.push_screen(
            EventsScreen(self.event_index, main.library, main.article_view.class_style), opened
        )
