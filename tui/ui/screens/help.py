"""HelpScreen: every key of the reader, grouped."""

from __future__ import annotations

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui.keys import KEYS


def keys_table() -> Table:
    """The key table: a heading per section, then key and meaning (wrapped in its column)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    section = None
    for name, keys, meaning in KEYS:
        if name != section:
            if section is not None:
                table.add_row("", "")
            table.add_row(Text(name, Style(bold=True, underline=True)), "")
            section = name
        table.add_row(Text(f"  {keys}", Style(bold=True)), Text(meaning))
    return table


class HelpScreen(ModalScreen[None]):
    """The list of keys; any of escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("newsreader: keys", Style(bold=True)), id="help-title")
            yield Static(keys_table(), id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)
