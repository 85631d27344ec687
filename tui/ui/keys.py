"""Every key of the reader, read from the live ``BINDINGS``: the help screen and ``docs/keys.md``.

Each widget and screen that has keys is listed once, under a heading; its keys
are its own bindings, each with its tooltip (else its description). Nothing
here names a key by hand, so a changed binding changes the help and the doc.
After changing a binding, write the doc again::

    python -m tui.ui.keys > docs/keys.md
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import format_key

from tui.ui.app import NewsreaderApp
from tui.ui.editor import AUTOSAVE_DELAY, AUTOSAVE_MAX_DELAY
from tui.ui.screens.conflict_modal import ConflictModal
from tui.ui.screens.event_detail import EventDetailScreen
from tui.ui.screens.events import EventsScreen, EventsTable
from tui.ui.screens.form_modal import FormModal
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.main import MainScreen
from tui.ui.screens.mentions_modal import MentionsModal
from tui.ui.screens.picker_modal import PickerModal
from tui.ui.screens.search import SearchScreen
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.edit_view import EditView
from tui.ui.widgets.event_section import EventSection
from tui.ui.widgets.story_section import StorySection

#: The command palette's key (Textual binds it; the reader's provider fills it).
PALETTE = Binding(
    NewsreaderApp.COMMAND_PALETTE_BINDING,
    "command_palette",
    "Palette",
    tooltip="Command palette: jump to any article or entity by name",
)


@dataclass(frozen=True, slots=True)
class Owner:
    """Where keys live: a widget or screen class, how the help names it, and a note."""

    cls: type[DOMNode]
    heading: str
    note: str = ""
    #: Keys bound elsewhere that belong with these (the palette with the app's).
    extra: tuple[Binding, ...] = ()


#: Every class with keys, in the order the help lists them.
OWNERS: tuple[Owner, ...] = (
    Owner(
        ArticleView,
        "Reading",
        "In the article (it has the focus unless you moved it with Tab).",
    ),
    Owner(MainScreen, "Articles, panes and sources", "Anywhere on the main screen."),
    Owner(ArticleList, "The article list"),
    Owner(StorySection, "The story in the side panel", "After `s` (the panel has the focus)."),
    Owner(EventSection, "Other sources in the side panel", "After `o` (the panel has the focus)."),
    Owner(NewsreaderApp, "Anywhere", extra=(PALETTE,)),
    Owner(
        EditView,
        "Edit mode",
        "Press `i` on an article; the footer says ✎ EDITING, the article gets a coloured edge "
        "and a status line under it shows the token or selection, the highlight there "
        "(suggested or yours), orphans, and whether everything is saved. Every edit is a "
        "person's decision (`origin: human`); refusing a suggestion keeps it in the file as "
        "`rejected`, so annotating again never brings it back.",
    ),
    Owner(EventsScreen, "The events view", "After `E`; in edit mode too."),
    Owner(
        EventsTable,
        "Stories, events and passages in the events view",
        "A story opens to its events (the events in no story come last, under Other events), "
        "an event to its passages.",
    ),
    Owner(EventDetailScreen, "An event's passages", "After Enter in the events view."),
    Owner(
        SearchScreen,
        "Search",
        "After `/`: type, then Enter or ↓ goes to the results, Enter on one jumps there.",
    ),
    Owner(PickerModal, "Lists", "Type to filter, Enter picks the highlighted item."),
    Owner(FormModal, "Forms", "Enter moves to the next field and, on the last, is done."),
    Owner(MentionsModal, "Splitting an event", "Space ticks a passage."),
    Owner(
        ConflictModal,
        "A file changed on disk",
        "When saving finds a file changed since it was loaded (a git pull, another editor). "
        "Nothing is overwritten silently, and a file that failed to load is never written.",
    ),
    Owner(HelpScreen, "This help"),
)

#: How named keys are written in the help (Textual's names otherwise, ``?`` for question_mark).
_NAMES = {
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "backspace": "backspace",
    "space": "space",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


def key_label(key: str) -> str:
    """How one key is written: ``ctrl+s``, ``shift+Tab``, ``?``, ``↓``, ``Enter``."""
    *modifiers, name = key.split("+")
    return "+".join([*modifiers, _NAMES.get(name) or format_key(name)])


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of the help: the keys and what they do."""

    keys: str
    meaning: str


@dataclass(frozen=True, slots=True)
class Section:
    """The keys of one owner."""

    heading: str
    note: str
    keys: tuple[KeyHelp, ...]


def own_bindings(cls: type[DOMNode]) -> list[Binding]:
    """The bindings a class declares itself (not those it inherits)."""
    return [b for b in cls.__dict__.get("BINDINGS", ()) if isinstance(b, Binding)]


def key_help(bindings: list[Binding]) -> tuple[KeyHelp, ...]:
    """One line per key, in binding order.

    A key bound twice (one binding per mode, like ``i`` to enter and to leave edit
    mode) is listed once, with its first binding; bindings that share a
    ``key_display`` (``1-9``) are listed once, under it.
    """
    shared: dict[str, int] = {}
    for binding in bindings:
        if binding.key_display:
            shared[binding.key_display] = shared.get(binding.key_display, 0) + 1
    seen: set[str] = set()
    lines: list[KeyHelp] = []
    for binding in bindings:
        if binding.key_display and shared[binding.key_display] > 1:
            keys = binding.key_display
        else:
            keys = " / ".join(key_label(k.strip()) for k in binding.key.split(","))
        if keys in seen or binding.key in seen:
            continue
        seen.update((keys, binding.key))
        lines.append(KeyHelp(keys, binding.tooltip or binding.description))
    return tuple(lines)


def sections() -> tuple[Section, ...]:
    """Every key of the reader, by owner, as the help screen and the doc list them."""
    return tuple(
        Section(owner.heading, owner.note, key_help([*own_bindings(owner.cls), *owner.extra]))
        for owner in OWNERS
    )


_INTRO = """\
# Keys of the reader

Press `?` in the reader for this list, `ctrl+p` to jump to any article or
entity. Keys act on what has the focus (the article, unless you moved it with
`Tab`), then on its screen, then anywhere. This file is written from the
reader's key bindings: after changing one, run `python -m tui.ui.keys > docs/keys.md`.
"""

_OUTRO = f"""\
At 120 columns and more the list, the article and the side panel show side by
side. Narrower, the article fills the screen and `b` / `x` bring in the list or
the panel (one at a time). Read marks, the open article, the cursor position
in each article, the chosen theme and the grouping by story are kept in
`annotations/.state.yaml`.

Edits are saved {AUTOSAVE_DELAY:g} s after the last one and at most {AUTOSAVE_MAX_DELAY:g} s after the first
unsaved one, on leaving the article or edit mode, on quitting, and on `SIGTERM`/`SIGHUP`/`SIGINT`.
A save that fails (a full disk, a read-only folder, a file that no longer parses)
keeps the edits in memory, says what failed and where, and is tried again.
Quitting always works: what cannot be saved is written to a recovery folder
(`annotations/.recovery/<time>/`, else `newsreader-recovery/` in the temporary folder),
and the reader says where once it has closed.

The status line under the article shows the highlight under the cursor; for a
number, its normalised value (`HK$91.10` → `91.10 HKD`, `more than 5 per cent` →
`> 5 %`). Colours: one per kind of entity (people, organisations, places,
groups, dates and times, other), and numbers underlined in bold, coloured by kind
(money, percent, counts). Page furniture (sign-up prompts, a `date` header) is
dimmed and never highlighted. See `docs/annotation-format.md`, "Editing
decisions", for what edits write.
"""


def markdown() -> str:
    """``docs/keys.md``: every key, a table per owner."""
    parts = [_INTRO]
    for section in sections():
        parts.append(f"## {section.heading}\n")
        if section.note:
            parts.append(f"{section.note}\n")
        rows = ["| Keys | What they do |", "|---|---|"]
        rows.extend(f"| `{line.keys}` | {line.meaning} |" for line in section.keys)
        parts.append("\n".join(rows) + "\n")
    parts.append(_OUTRO)
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(markdown())
