"""Every key of the reader with what it does: the help screen and docs/keys.md list these."""

from __future__ import annotations

from tui.ui.edit_keys import EDIT_KEYS

#: (section, keys, what it does), in the order the help screen shows them.
KEYS: tuple[tuple[str, str, str], ...] = (
    ("Reading", "j / ↓", "next sentence"),
    ("Reading", "k / ↑", "previous sentence"),
    ("Reading", "] / [", "next / previous highlight (its value shows in the status line)"),
    ("Reading", "g / G", "top / bottom of the article (first / last in the list)"),
    ("Reading", "space / PgDn, PgUp", "page down / up"),
    ("Articles", "n / p", "next / previous article"),
    ("Articles", "u", "next unread article"),
    ("Articles", "Enter", "open the article highlighted in the list"),
    ("Articles", "r", "mark the open article unread / read"),
    ("Highlights", "L", "show / hide the label after each entity"),
    ("Highlights", "e", "show / hide entities"),
    ("Highlights", "m", "show / hide money"),
    ("Highlights", "%", "show / hide percentages"),
    ("Highlights", "c", "show / hide counts and other numbers"),
    ("Panes", "Tab / shift+Tab", "next / previous pane (list, article, side panel)"),
    ("Panes", "b", "show / hide the article list"),
    ("Panes", "x", "show / hide the side panel (cross-references)"),
    ("Sources", "o", "pick another source's passage of this sentence's events"),
    ("Sources", "Enter", "open the picked passage in its article, cursor on it"),
    ("Sources", "backspace", "back to where the last jump came from (a jump list)"),
    ("Sources", "E", "all events: coverage by source, timeline, passages side by side"),
    ("Find", "/", "search this article, then the corpus; Enter jumps to a result"),
    ("Find", "ctrl+p", "command palette: jump to any article or entity by name"),
    ("App", "?", "this help"),
    ("App", "q", "quit (position and read marks are kept)"),
) + EDIT_KEYS
