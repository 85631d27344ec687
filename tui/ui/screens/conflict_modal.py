"""ConflictModal: a file changed on disk since it was loaded; keep theirs, keep mine, merge, or look."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.editing import Choice, Conflict
from tui.core.text.display import visible, visible_lines


class ConflictModal(ModalScreen[Choice | None]):
    """Nothing is written until the person chooses; ``Esc`` leaves the work unsaved for now."""

    DEFAULT_CSS = """
    ConflictModal { align: center middle; }
    ConflictModal > .edit-modal {
        width: 80%; max-width: 100; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    ConflictModal .edit-modal--title { text-style: bold; padding: 0 0 1 0; }
    ConflictModal #conflict-diff-box { height: auto; max-height: 24; border: round $panel; }
    """

    BINDINGS = [
        Binding(
            "t",
            "choose('theirs')",
            "Keep theirs",
            id="conflict.theirs",
            tooltip="Keep theirs: drop your unsaved edits (redo can bring them back)",
        ),
        Binding(
            "m",
            "choose('mine')",
            "Keep mine",
            id="conflict.mine",
            tooltip="Keep mine: write your version over theirs",
        ),
        Binding(
            "g",
            "choose('merge')",
            "Merge",
            id="conflict.merge",
            tooltip="Merge: your edits on top of their version",
        ),
        Binding("d", "toggle_diff", "Show diff", id="conflict.diff", tooltip="Show the difference"),
        Binding(
            "escape",
            "later",
            "Later",
            id="conflict.later",
            tooltip="Decide later (nothing is written)",
        ),
    ]

    def __init__(self, conflict: Conflict) -> None:
        super().__init__()
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        with Vertical(classes="edit-modal conflict-modal"):
            yield Static(
                f"{visible(str(self.conflict.path))} changed on disk",
                classes="edit-modal--title",
                markup=False,
            )
            yield Static(
                "Something else changed this file since it was loaded (another editor, a git pull).\n"
                "t: keep theirs (drop your unsaved edits; redo can bring them back)\n"
                "m: keep mine (write your version over theirs)\n"
                "g: merge (your edits on top of their version)\n"
                "d: show the difference · Esc: decide later (nothing is written)",
                markup=False,
            )
            with VerticalScroll(id="conflict-diff-box"):
                yield Static("", id="conflict-diff", markup=False)

    def on_mount(self) -> None:
        self.query_one("#conflict-diff-box").display = False

    def action_toggle_diff(self) -> None:
        box = self.query_one("#conflict-diff-box")
        box.display = not box.display
        if box.display:
            diff = self.conflict.diff() or "(no difference in content)"
            text = Text()
            for line in visible_lines(diff).splitlines():
                style = "green" if line.startswith("+") else "red" if line.startswith("-") else ""
                text.append(line + "\n", style)
            self.query_one("#conflict-diff", Static).update(text)

    def action_choose(self, choice: Choice) -> None:
        self.dismiss(choice)

    def action_later(self) -> None:
        self.dismiss(None)
