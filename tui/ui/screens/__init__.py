"""The reader's screens: the three-pane main screen, search and help."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__all__: list[str] = ["HelpScreen", "MainScreen", "SearchScreen"]

if TYPE_CHECKING:
    from tui.ui.screens.help import HelpScreen
    from tui.ui.screens.main import MainScreen
    from tui.ui.screens.search import SearchScreen

_MODULES = {"HelpScreen": "help", "MainScreen": "main", "SearchScreen": "search"}


def __getattr__(name: str) -> object:
    # Each screen is imported when first asked for: importing the main screen (at
    # start-up) does not load the dialogs it opens later.
    if name in _MODULES:
        return getattr(importlib.import_module(f"tui.ui.screens.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
