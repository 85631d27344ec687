"""The reader's screens: the three-pane main screen, search and help."""

__all__: list[str] = ["HelpScreen", "MainScreen", "SearchScreen"]

from tui.ui.screens.help import HelpScreen
from tui.ui.screens.main import MainScreen
from tui.ui.screens.search import SearchScreen
