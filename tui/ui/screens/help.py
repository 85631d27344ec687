"""HelpScreen: every key of the reader, grouped by where it works, read from the live bindings."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def keys_table() -> Group:
    """The keys: a heading per section, then key and meaning (wrapped in its column)."""
    # The key list imports every screen that has keys; this screen is one of them.
    from tui.ui.keys import sections

    found = sections()
    width = 2 + max(cell_len(line.keys) for section in found for line in section.keys)
    parts: list[Text | Table] = []
    for number, section in enumerate(found):
        if number:
            parts.append(Text(""))
        parts.append(Text(section.heading, Style(bold=True, underline=True)))
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, min_width=width)
        table.add_column(ratio=1)
        for line in section.keys:
            table.add_row(Text(f"  {line.keys}", Style(bold=True)), Text(line.meaning))
        parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """The list of keys; any of escape, q or ? closes it."""

    BINDINGS = [
        Binding(
            "escape,q,question_mark", "close", "Close", id="help.close", tooltip="Close this help"
        ),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("newsreader: keys", Style(bold=True)), id="help-title")
            yield Static(keys_table(), id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)
