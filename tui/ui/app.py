"""NewsreaderApp: placeholder until the reader lands."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from tui.core.settings import Settings


class NewsreaderApp(App[None]):
    TITLE = "newsreader"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, seeds: Path, annotations: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self.seeds = seeds
        self.annotations = annotations

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"newsreader: {self.seeds}")
        yield Footer()


def make_app(seeds: Path | str, annotations: Path | str, settings: Settings | None = None) -> NewsreaderApp:
    return NewsreaderApp(Path(seeds), Path(annotations), settings)
