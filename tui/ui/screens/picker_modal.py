"""PickerModal: choose one item from a list by typing to filter (fuzzy) and ``Enter``."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.text.display import visible
from tui.core.text.names import name_tokens

#: Fuzzy score (0-100) an item needs to stay listed while filtering.
MIN_SCORE = 55.0
#: Similarity (0-100) of a query to a whole name for the name to count as meant.
CLOSE_SCORE = 90.0


@dataclass(frozen=True, slots=True)
class Choice:
    """One item: what is returned, what is shown, and what the filter searches."""

    value: str
    prompt: str
    search: str = ""
    hint: str = ""
    #: Always listed first, whatever is typed (``New entity…``).
    pinned: bool = False
    #: The whole names the item goes by (a name and its aliases): with them, the picker
    #: highlights the item only if the query is close to one of them (see :func:`is_close`).
    names: tuple[str, ...] = ()


def is_close(query: str, names: tuple[str, ...]) -> bool:
    """True if ``query`` is one of ``names`` in another form: the same name tokens (case,
    possessive, legal suffix aside), the first or last words of a name (``Xi`` for
    ``Xi Jinping``), or the same but for a typo; not merely some letters they share."""
    words = name_tokens(query)
    if not words:
        return False
    for name in names:
        tokens = name_tokens(name)
        if not tokens:
            continue
        shorter, longer = sorted((words, tokens), key=len)
        if longer[: len(shorter)] == shorter or longer[len(longer) - len(shorter) :] == shorter:
            return True
        if fuzz.ratio(" ".join(words), " ".join(tokens)) >= CLOSE_SCORE:
            return True
    return False


def rank(choices: list[Choice], query: str) -> list[Choice]:
    """Pinned choices, then the others best match first (all, in order, for an empty query)."""
    pinned = [c for c in choices if c.pinned]
    rest = [c for c in choices if not c.pinned]
    query = query.strip().casefold()
    if not query:
        return pinned + rest
    scored = []
    for index, choice in enumerate(rest):
        haystack = (choice.search or choice.prompt).casefold()
        score = max(
            fuzz.partial_ratio(query, haystack),
            fuzz.WRatio(query, haystack),
            100.0 if haystack.startswith(query) else 0.0,
        )
        if score >= MIN_SCORE:
            scored.append((-score, index, choice))
    return pinned + [choice for _, _, choice in sorted(scored)]


class PickerModal(ModalScreen[str | None]):
    """A title, a filter box and the matching items; returns the chosen item's value."""

    DEFAULT_CSS = """
    PickerModal { align: center middle; }
    PickerModal > .edit-modal {
        width: 80%; max-width: 100; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    PickerModal .edit-modal--title { text-style: bold; padding: 0 0 1 0; }
    PickerModal OptionList { height: auto; max-height: 20; }
    """

    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", id="picker.cancel", tooltip="Close, choosing nothing"
        ),
        Binding("down", "move(1)", "Down", show=False, id="picker.down", tooltip="Next item"),
        Binding("up", "move(-1)", "Up", show=False, id="picker.up", tooltip="Previous item"),
    ]

    def __init__(
        self, title: str, choices: list[Choice], query: str = "", *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.title_text = title
        self.choices = choices
        self.initial = query
        self.shown: list[Choice] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="edit-modal"):
            yield Static(visible(self.title_text), classes="edit-modal--title", markup=False)
            yield Input(
                visible(self.initial),
                placeholder="type to filter; Enter picks, Esc cancels",
                id="picker-filter",
            )
            yield OptionList(id="picker-options", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.fill(self.initial)

    @on(Input.Changed, "#picker-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    def fill(self, query: str) -> None:
        self.shown = rank(self.choices, query)
        options = self.query_one(OptionList)
        options.clear_options()
        for index, choice in enumerate(self.shown):
            text = Text(visible(choice.prompt), Style(bold=choice.pinned))
            if choice.hint:
                text.append(f"  {visible(choice.hint)}", Style(dim=True))
            options.add_option(Option(text, id=f"choice-{index}"))
        options.highlighted = self._preselected(query)

    def _preselected(self, query: str) -> int | None:
        """Where Enter goes before the person moves: once something is typed, the best
        match rather than the pinned "New …" item heading the list; but an item that has
        names is taken only if the query is close to one of them (an entity merely sharing
        some letters with it is not meant: "New entity" is)."""
        if not self.shown:
            return None
        pinned = sum(1 for choice in self.shown if choice.pinned)
        if not query.strip() or len(self.shown) == pinned:
            return 0
        for index, choice in enumerate(self.shown[pinned:], start=pinned):
            if not choice.names or is_close(query, choice.names):
                return index
        return 0

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if not self.shown:
            return
        current = options.highlighted if options.highlighted is not None else -step
        options.highlighted = max(0, min(len(self.shown) - 1, current + step))

    @on(Input.Submitted, "#picker-filter")
    def pick_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None and self.shown:
            self.dismiss(self.shown[options.highlighted].value)

    @on(OptionList.OptionSelected, "#picker-options")
    def pick(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.shown[int((event.option.id or "choice-0")[7:])].value)

    def action_cancel(self) -> None:
        self.dismiss(None)
