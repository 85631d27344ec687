"""EventsEditModal: every event, to rename, merge two, or split mentions off into a new one.

(Reachable with ``E`` in edit mode; the events view can bind the same actions.)
Edits go to the events history: ``u`` / ``ctrl+z`` undo, ``ctrl+r`` / ``ctrl+y`` redo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from tui.core.editing.edits import EVENTS_DOC, MergeEvents, RenameEvent, SplitEvent
from tui.core.model.schema import Event
from tui.core.text.display import visible
from tui.ui.screens.form_modal import Field, FormModal

if TYPE_CHECKING:
    from tui.ui.editor import Editor


class MentionsModal(ModalScreen[list[tuple[str, int, int]] | None]):
    """Tick the mentions to split off (``space`` or ``Enter``), ``ctrl+s`` to split, ``Esc`` to cancel."""

    DEFAULT_CSS = """
    MentionsModal { align: center middle; }
    MentionsModal > Vertical { width: 80%; max-width: 110; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1; }
    MentionsModal SelectionList { height: auto; max-height: 20; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "done", "Split", priority=True),
    ]

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event

    def compose(self) -> ComposeResult:
        live = [m for m in self.event.mentions if m.status == "accepted"]
        with Vertical():
            yield Static(
                f"Split passages off “{self.event.title}”: space ticks, ctrl+s splits, Esc cancels",
                markup=False,
            )
            yield SelectionList[str](
                *(
                    (
                        Text(f"{m.article}: {visible(' '.join(m.text.split()))[:90]}"),
                        f"{m.article}|{m.start}|{m.end}",
                    )
                    for m in live
                ),
                id="mentions",
            )

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_done(self) -> None:
        picked = []
        for value in self.query_one(SelectionList).selected:
            article, start, end = str(value).rsplit("|", 2)
            picked.append((article, int(start), int(end)))
        self.dismiss(picked or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EventsEditModal(ModalScreen[None]):
    """The events as a list: ``r`` rename, ``m`` merge (mark one, then press ``m`` on the
    target), ``s`` split, ``u`` undo, ``Esc`` close."""

    DEFAULT_CSS = """
    EventsEditModal { align: center middle; }
    EventsEditModal > Vertical { width: 90%; max-width: 120; height: 90%;
        border: thick $accent; background: $surface; padding: 0 1; }
    EventsEditModal OptionList { height: 1fr; }
    EventsEditModal #events-help { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="events_edit.close"),
        Binding("r", "rename", "Rename", id="events_edit.rename"),
        Binding("m", "merge", "Merge", id="events_edit.merge"),
        Binding("s", "split", "Split", id="events_edit.split"),
        Binding("u,ctrl+z", "undo", "Undo", id="events_edit.undo"),
        Binding("ctrl+r,ctrl+y", "redo", "Redo", id="events_edit.redo"),
    ]

    def __init__(self, editor: Editor) -> None:
        super().__init__()
        self.editor = editor
        self.events: list[Event] = []
        self.marked: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Events", classes="edit-modal--title", markup=False)
            yield OptionList(id="events-list", markup=False)
            yield Static("", id="events-help", markup=False)

    def on_mount(self) -> None:
        self.fill()
        self.query_one(OptionList).focus()

    def fill(self, keep: str | None = None) -> None:
        listing = self.query_one(OptionList)
        current = keep or self.highlighted_id()
        self.events = [e for e in self.editor.session.events.events if e.status == "accepted"]
        self.events.sort(key=lambda e: (e.date or "9999", e.title))
        listing.clear_options()
        for event in self.events:
            sources = len({m.article for m in event.mentions if m.status == "accepted"})
            text = Text()
            if event.id == self.marked:
                text.append("▶ merge: ", Style(bold=True, reverse=True))
            text.append(visible(event.title), Style(bold=event.origin == "human"))
            text.append(
                f"  {event.date or 'no date'} · {sources} source(s) · {event.id}", Style(dim=True)
            )
            listing.add_option(Option(text, id=event.id))
        ids = [e.id for e in self.events]
        listing.highlighted = ids.index(current) if current in ids else (0 if ids else None)
        help_text = "r rename · m merge · s split · u undo · ctrl+r redo · Esc close"
        if self.marked:
            help_text = "Move to the event to merge into and press m (Esc: cancel the merge)"
        self.query_one("#events-help", Static).update(help_text)

    def highlighted_id(self) -> str | None:
        listing = self.query_one(OptionList)
        option = listing.highlighted_option
        return option.id if option is not None else None

    def _changed(self) -> None:
        self.fill()

    def action_rename(self) -> None:
        event_id = self.highlighted_id()
        event = next((e for e in self.events if e.id == event_id), None)
        if event is None:
            return

        def done(values: dict[str, str] | None) -> None:
            if values and values["title"] and values["title"] != event.title:
                self.editor.apply(RenameEvent(event.id, values["title"]))
                self._changed()

        self.app.push_screen(
            FormModal("Rename the event", [Field("title", "Title", event.title)]), done
        )

    def action_merge(self) -> None:
        event_id = self.highlighted_id()
        if event_id is None:
            return
        if self.marked is None:
            self.marked = event_id
            self.fill()
            return
        if self.marked == event_id:
            self.marked = None
            self.fill()
            return
        absorbed, self.marked = self.marked, None
        self.editor.apply(MergeEvents(event_id, absorbed))
        self.fill(keep=event_id)

    def action_split(self) -> None:
        event_id = self.highlighted_id()
        event = next((e for e in self.events if e.id == event_id), None)
        if event is None:
            return

        def done(keys: list[tuple[str, int, int]] | None) -> None:
            if keys:
                self.editor.apply(SplitEvent(event.id, tuple(keys)))
                self._changed()

        self.app.push_screen(MentionsModal(event), done)

    def action_undo(self) -> None:
        self.editor.undo(EVENTS_DOC)
        self._changed()

    def action_redo(self) -> None:
        self.editor.redo(EVENTS_DOC)
        self._changed()

    def action_close(self) -> None:
        if self.marked is not None:
            self.marked = None
            self.fill()
            return
        self.editor.save()
        self.dismiss(None)
