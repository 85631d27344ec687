"""ArticleList: the corpus, one entry per article, with unread marks and highlight counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.ui.widgets.article_layout import wrap_range
from tui.ui.widgets.text_safety import visible


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the list shows for one article."""

    id: str
    title: str
    source: str | None = None
    date: str | None = None
    languages: tuple[str, ...] = ()
    unread: bool = True
    #: ``current``, ``stale``, ``missing``, ``error``, or None while not yet read.
    status: str | None = None
    entities: int = 0
    quantities: int = 0
    #: Being annotated right now.
    busy: bool = False


_STATUS_NOTE = {
    None: "…",
    "stale": "◌ plain",
    "missing": "◌ plain",
    "error": "⚠ unreadable",
}


def _wrap(text: str, width: int) -> list[str]:
    """Word-wrapped lines of ``text`` (a word wider than the line is cut)."""
    return [text[a:b] for a, b in wrap_range(text, 0, len(text), width)] or [""]


def row_prompt(row: ArticleRow, width: int = 34, unread_style: Style | None = None) -> Text:
    """The entry of an article: unread mark and title (hanging indent), then its facts.

    Facts are packed whole onto lines, so none is cut between lines.
    """
    inner = max(8, width - 2)
    text = Text()
    title = visible(row.title) or row.id
    for number, line in enumerate(_wrap(title, inner)):
        if number:
            text.append("\n  ")
        else:
            text.append("● " if row.unread else "  ", unread_style or Style(bold=True))
        text.append(line, Style(bold=row.unread))
    facts = [visible(part) for part in (row.source, row.date) if part]
    if row.languages:
        facts.append(" ".join(lang.upper() for lang in row.languages))
    if row.busy:
        facts.append("◐ annotating")
    elif row.status == "current":
        facts.extend((f"{row.entities} ent", f"{row.quantities} num"))
    else:
        facts.append(_STATUS_NOTE.get(row.status, "…"))
    lines: list[str] = []
    for fact in facts:
        if lines and len(lines[-1]) + 3 + len(fact) <= inner:
            lines[-1] += " · " + fact
        else:
            lines.extend(_wrap(fact, inner))
    for line in lines:
        text.append("\n  ")
        text.append(line, Style(dim=True))
    return text


class ArticleList(OptionList):
    """The articles in corpus order; ``Enter`` opens the highlighted one."""

    COMPONENT_CLASSES = {"articlelist--unread"}

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    class ArticleSelected(Message):
        """The user chose an article to read."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._rows: dict[str, ArticleRow] = {}
        self._width = 0

    def set_rows(self, rows: Sequence[ArticleRow]) -> None:
        """Show these articles, in this order."""
        highlighted = self.highlighted
        self._rows = {row.id: row for row in rows}
        self.clear_options()
        self.add_options(Option(self._prompt(row), id=row.id) for row in rows)
        if rows:
            self.highlighted = min(highlighted or 0, len(rows) - 1)

    def update_rows(self, rows: Iterable[ArticleRow]) -> None:
        """Redraw the entries of some articles (their state changed)."""
        changed = False
        for row in rows:
            if self._rows.get(row.id) != row:
                self._rows[row.id] = row
                # Set every prompt first and re-measure once: one relayout per batch.
                self.get_option(row.id)._set_prompt(self._prompt(row))
                changed = True
        if changed:
            self._clear_caches()

    def _prompt(self, row: ArticleRow) -> Text:
        width = (self.scrollable_content_region.width or 35) - 1  # the option's right padding
        return row_prompt(row, width, self.get_component_rich_style("articlelist--unread", partial=True))

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if width and width != self._width:
            self._width = width
            for row in self._rows.values():
                self.get_option(row.id)._set_prompt(self._prompt(row))
            self._clear_caches()

    def row(self, article_id: str) -> ArticleRow:
        return self._rows[article_id]

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option else None

    def highlight_article(self, article_id: str) -> None:
        self.highlighted = self.get_option_index(article_id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ArticleSelected(event.option.id))
