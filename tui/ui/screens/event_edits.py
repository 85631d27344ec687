"""EventEditing: rename, merge and split events from a screen that lists them (the events view).

A base class for such a screen: it adds the keys and asks the screen for the
highlighted event (:meth:`highlighted_event`) and to show the events again after
an edit (:meth:`show_events_again`). Every edit is a person's decision in
``events.yaml`` (see ``docs/annotation-format.md``) made through the app's editor,
with its own undo history.
"""

from __future__ import annotations

from typing import Any, cast

from textual.binding import Binding
from textual.screen import Screen

from tui.core.editing import EVENTS_DOC, MergeEvents, RenameEvent, SplitEvent
from tui.core.model.schema import Event
from tui.ui.screens.events_edit_modal import MentionsModal
from tui.ui.screens.form_modal import Field, FormModal


class EventEditing(Screen[Any]):
    """Keys: ``r`` rename, ``m`` merge (on one event, then on the one to merge it into),
    ``s`` split mentions off, ``u`` / ``ctrl+z`` undo, ``ctrl+r`` / ``ctrl+y`` redo."""

    BINDINGS = [
        Binding("r", "rename_event", "Rename", id="events.rename", tooltip="Rename the event"),
        Binding(
            "m",
            "merge_event",
            "Merge",
            id="events.merge",
            tooltip="Merge: press on one event, then on the one to merge it into",
        ),
        Binding(
            "s",
            "split_event",
            "Split",
            id="events.split",
            tooltip="Split some passages off into a new event",
        ),
        Binding("u,ctrl+z", "undo_events", "Undo", id="events.undo"),
        Binding("ctrl+r,ctrl+y", "redo_events", "Redo", show=False, id="events.redo"),
    ]

    #: Id of the event marked to be merged into the next one chosen.
    merging: str | None = None

    # Hooks for the screen.
    def highlighted_event(self) -> Event | None:
        raise NotImplementedError

    def show_events_again(self) -> None:
        raise NotImplementedError

    @property
    def _editor(self) -> Any:
        return cast(Any, self.app).editor

    def _done(self) -> None:
        self._editor.save()
        self.show_events_again()

    def action_rename_event(self) -> None:
        event = self.highlighted_event()
        if event is None:
            self.app.bell()
            return

        def renamed(values: dict[str, str] | None) -> None:
            if values and values["title"] and values["title"] != event.title:
                if self._editor.apply(RenameEvent(event.id, values["title"])):
                    self._done()

        self.app.push_screen(
            FormModal("Rename the event", [Field("title", "Title", event.title)]), renamed
        )

    def action_merge_event(self) -> None:
        event = self.highlighted_event()
        if event is None:
            self.app.bell()
            return
        if self.merging is None or self.merging == event.id:
            self.merging = None if self.merging == event.id else event.id
            if self.merging:
                self.notify(
                    f"Merging “{event.title}”: move to the event to merge it into and press m.",
                    markup=False,
                )
            return
        absorbed, self.merging = self.merging, None
        if self._editor.apply(MergeEvents(event.id, absorbed)):
            self.notify(f"Merged into “{event.title}”.", markup=False)
            self._done()

    def action_split_event(self) -> None:
        event = self.highlighted_event()
        if event is None:
            self.app.bell()
            return

        def split(keys: list[tuple[str, int, int]] | None) -> None:
            if keys and self._editor.apply(SplitEvent(event.id, tuple(keys))):
                self._done()

        self.app.push_screen(MentionsModal(event), split)

    def action_undo_events(self) -> None:
        if self._editor.undo(EVENTS_DOC) is not None:
            self._done()

    def action_redo_events(self) -> None:
        if self._editor.redo(EVENTS_DOC) is not None:
            self._done()
