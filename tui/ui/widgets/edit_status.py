"""EditStatus: one line under the article in edit mode: the cursor, the span there, unsaved work."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class EditStatus(Static):
    """Hidden while reading; in edit mode it shows what the edit view reports."""

    # Unstyled, as it has always looked (a rule once meant for it, scoped to EditView, never
    # applied); hidden until edit mode.
    DEFAULT_CSS = """
    EditStatus { display: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def show(self, status: Text | None) -> None:
        """Show ``status`` (None: edit mode is off, hide the line)."""
        if status is None:
            self.display = False
            return
        self.update(status)
        self.display = True
