"""HelpScreen: every key of the reader, grouped."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui.keys import KEYS


def keys_text() -> Text:
    """The key table as text: a heading per section, then key and meaning per line."""
    width = max(len(keys) for _, keys, _ in KEYS) + 2
    text = Text()
    section = None
    for name, keys, meaning in KEYS:
        if name != section:
            if section is not None:
                text.append("\n")
            text.append(f"{name}\n", Style(bold=True, underline=True))
            section = name
        text.append(f"  {keys:<{width}}", Style(bold=True))
        text.append(f"{meaning}\n")
    return text


class HelpScreen(ModalScreen[None]):
    """The list of keys; any of escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("newsreader: keys", Style(bold=True)), id="help-title")
            yield Static(keys_text(), id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)
