"""MentionsModal: tick the passages of an event to split off into a new event (events view, ``s``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static

from tui.core.text.display import visible

if TYPE_CHECKING:
    from tui.core.model.schema import Event


class MentionsModal(ModalScreen[list[tuple[str, int, int]] | None]):
    """Tick the mentions to split off (``space`` or ``Enter``), ``ctrl+s`` to split, ``Esc`` to cancel."""

    DEFAULT_CSS = """
    MentionsModal { align: center middle; }
    MentionsModal > Vertical { width: 80%; max-width: 110; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1; }
    MentionsModal SelectionList { height: auto; max-height: 20; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="mentions.cancel", tooltip="Split nothing"),
        Binding(
            "ctrl+s",
            "done",
            "Split",
            priority=True,
            id="mentions.split",
            tooltip="Split the ticked passages off into a new event (space ticks one)",
        ),
    ]

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event

    def compose(self) -> ComposeResult:
        live = [m for m in self.event.mentions if m.status == "accepted"]
        with Vertical():
            yield Static(
                f"Split passages off “{visible(self.event.title)}”: "
                "space ticks, ctrl+s splits, Esc cancels",
                markup=False,
            )
            yield SelectionList[str](
                *(
                    (
                        Text(f"{visible(m.article)}: {visible(' '.join(m.text.split()))[:90]}"),
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
