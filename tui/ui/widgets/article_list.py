"""ArticleList: the corpus, one entry per article, with unread marks and highlight counts.

A Line API widget with a fixed height per entry, so it opens and scrolls in
constant time whatever the corpus size: only the entries on screen are drawn.
The articles may come in groups (by story), each under a heading of the same
height; the cursor moves over the articles only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.text.display import visible
from tui.ui.widgets.article_layout import wrap_range

#: Screen lines per entry: two of title, one of facts, one blank.
ROW_HEIGHT = 4
TITLE_LINES = 2


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


@dataclass(frozen=True, slots=True)
class GroupHeading:
    """The heading of a group of articles: a story's title and how many sources cover it."""

    title: str
    facts: str


Entry = ArticleRow | GroupHeading

_STATUS_NOTE = {
    None: "…",
    "stale": "◌ plain",
    "missing": "◌ plain",
    "error": "⚠ unreadable",
}


def _fit(words: str, width: int, lines: int) -> list[str]:
    """``words`` wrapped into at most ``lines`` lines; ``…`` ends the last if cut (at a space)."""
    found = [words[a:b] for a, b in wrap_range(words, 0, len(words), width)] or [""]
    if len(found) <= lines:
        return found
    kept = found[:lines]
    last = kept[-1]
    while last and cell_len(last) + 1 > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = last.rstrip(",;:—-– ") + "…"
    return kept


def row_facts(row: ArticleRow) -> list[str]:
    """The facts shown under the title, most important first."""
    facts = [visible(part) for part in (row.date, row.source) if part]
    if row.languages:
        facts.append(visible(" ".join(lang.upper() for lang in row.languages)))
    if row.busy:
        facts.append("◐ annotating")
    elif row.status == "current":
        facts.append(f"{row.entities} ent · {row.quantities} num")
    else:
        facts.append(_STATUS_NOTE.get(row.status, "…"))
    return facts


def row_lines(row: ArticleRow, width: int) -> tuple[list[str], str]:
    """The title lines (at most two, cut at a space) and the facts line of an entry.

    Facts are whole or left out (the last one kept is followed by ``…``).
    """
    inner = max(8, width - 2)
    title = _fit(visible(row.title or row.id), inner, TITLE_LINES)
    facts = ""
    for fact in row_facts(row):
        joined = f"{facts} · {fact}" if facts else fact
        if cell_len(joined) > inner:
            facts = (facts + " …") if facts else _fit(fact, inner, 1)[0]
            break
        facts = joined
    return title, facts


class ArticleList(ScrollView, can_focus=True):
    """The articles in corpus order; ``Enter`` (or a click) opens the highlighted one."""

    COMPONENT_CLASSES = {
        "articlelist--unread",
        "articlelist--title",
        "articlelist--read",
        "articlelist--facts",
        "articlelist--cursor",
        "articlelist--open",
        "articlelist--open-title",
        "articlelist--group",
        "articlelist--group-facts",
    }

    BINDINGS = [
        Binding(
            "j,down", "cursor_down", "Down", show=False, id="list.down", tooltip="Next article"
        ),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous article"),
        Binding("g,home", "first", "First", show=False, id="list.first", tooltip="First article"),
        Binding("G,end", "last", "Last", show=False, id="list.last", tooltip="Last article"),
        Binding(
            "pagedown,space",
            "page_down",
            "Page down",
            show=False,
            id="list.page_down",
            tooltip="Down a page",
        ),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up", tooltip="Up a page"),
        Binding("enter", "select", "Open", id="list.open", tooltip="Open the highlighted article"),
    ]

    highlighted: reactive[int | None] = reactive(None, init=False)
    """Index of the entry under the list cursor."""

    class ArticleSelected(Message):
        """The user chose an article to read."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Entry] = []
        self._index: dict[str, int] = {}
        #: The article open in the reader (marked whatever the cursor does).
        self.open_id: str | None = None
        self._strips: dict[tuple[int, bool], list[Strip]] = {}
        #: Styles by component classes; working one out walks the DOM, so once per restyle.
        self._styles: dict[tuple[str, ...], Style] = {}
        self._width = 0

    # ------------------------------------------------------------------ data

    def set_rows(self, rows: Sequence[Entry]) -> None:
        """Show these articles (and group headings), in this order; the cursor stays on
        the article it was on."""
        current = self.highlighted_id
        self._rows = list(rows)
        self._index = {row.id: i for i, row in enumerate(self._rows) if isinstance(row, ArticleRow)}
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows) * ROW_HEIGHT)
        if self._rows:
            if current in self._index:
                self.highlighted = self._index[current]
            else:
                self.highlighted = min(self.highlighted or 0, len(self._rows) - 1)
        self.refresh()

    def update_rows(self, rows: Iterable[ArticleRow]) -> None:
        """Redraw the entries of some articles (their state changed)."""
        for row in rows:
            index = self._index.get(row.id)
            if index is None or self._rows[index] == row:
                continue
            self._rows[index] = row
            self._strips.pop((index, True), None)
            self._strips.pop((index, False), None)
            self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)

    def row(self, article_id: str) -> ArticleRow:
        row = self._rows[self._index[article_id]]
        assert isinstance(row, ArticleRow)
        return row

    def article_order(self) -> list[str]:
        """The articles' ids in the order the list shows them."""
        return [row.id for row in self._rows if isinstance(row, ArticleRow)]

    @property
    def grouped(self) -> bool:
        """True when the list shows group headings."""
        return len(self._index) != len(self._rows)

    @property
    def option_count(self) -> int:
        return len(self._rows)

    @property
    def highlighted_id(self) -> str | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self._rows):
            return None
        row = self._rows[index]
        return row.id if isinstance(row, ArticleRow) else None

    def highlight_article(self, article_id: str) -> None:
        self.highlighted = self._index[article_id]

    def set_open(self, article_id: str | None) -> None:
        """Mark the article open in the reader (a bar and its title as bright as unread)."""
        if article_id == self.open_id:
            return
        for row_id in (self.open_id, article_id):
            index = self._index.get(row_id) if row_id is not None else None
            if index is not None:
                self._strips.pop((index, True), None)
                self._strips.pop((index, False), None)
                self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)
        self.open_id = article_id

    # -------------------------------------------------------------- reactives

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._rows:
            return None
        index = max(0, min(index, len(self._rows) - 1))
        # A heading is passed over: to the article after it, else the one before.
        found = self._article_from(index, 1)
        return found if found is not None else self._article_from(index, -1)

    def _article_from(self, index: int, step: int) -> int | None:
        """The first article at ``index`` or beyond it in the direction of ``step``."""
        while 0 <= index < len(self._rows):
            if isinstance(self._rows[index], ArticleRow):
                return index
            index += step
        return None

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self._strips.pop((index, True), None)
                self._strips.pop((index, False), None)
                self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)
        self.scroll_to_highlighted()

    def scroll_to_highlighted(self) -> None:
        """Scroll the entry under the cursor into view."""
        if self.highlighted is not None:
            self.scroll_to_region(
                Region(0, self.highlighted * ROW_HEIGHT, 1, ROW_HEIGHT),
                animate=False,
                immediate=True,
                force=True,
            )

    # --------------------------------------------------------------- actions

    def action_cursor_down(self) -> None:
        self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        if self.highlighted is None:
            self.highlighted = 0
            return
        found = self._article_from(self.highlighted - 1, -1)
        if found is not None:
            self.highlighted = found

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = self._article_from(len(self._rows) - 1, -1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_down(self) -> None:
        self.highlighted = (self.highlighted or 0) + self._page()

    def action_page_up(self) -> None:
        found = self._article_from((self.highlighted or 0) - self._page(), -1)
        self.highlighted = found if found is not None else 0

    def action_select(self) -> None:
        article_id = self.highlighted_id
        if article_id is not None:
            self.post_message(self.ArticleSelected(article_id))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + int(self.scroll_y)) // ROW_HEIGHT
        if 0 <= index < len(self._rows) and isinstance(self._rows[index], ArticleRow):
            self.highlighted = index
            self.action_select()

    # --------------------------------------------------------------- drawing

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self._strips.clear()
            self.virtual_size = Size(width, len(self._rows) * ROW_HEIGHT)

    def notify_style_update(self) -> None:
        self._strips.clear()
        self._styles.clear()
        super().notify_style_update()

    def on_focus(self) -> None:
        self._strips.clear()
        self._styles.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._strips.clear()
        self._styles.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_y)
        index, offset = divmod(line, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self._rows):
            return Strip.blank(width, self._style())
        key = (index, index == self.highlighted)
        strips = self._strips.get(key)
        if strips is None:
            strips = self._render_entry(index, width)
            self._strips[key] = strips
        return strips[offset]

    def _style(self, *names: str) -> Style:
        style = self._styles.get(names)
        if style is None:
            # The visual style blends translucent theme colours ($boost, $text-muted)
            # over the widget's background; a plain rich style would make them opaque
            # (white on white for the cursor row of an unfocused list).
            classes = tuple(f"articlelist--{name}" for name in names)
            style = self.get_visual_style(*classes).rich_style
            self._styles[names] = style
        return style

    def _render_heading(self, heading: GroupHeading, width: int) -> list[Strip]:
        """The title (one or two lines), its facts right under it, then blank lines."""
        base = self._style()
        title = _fit(visible(heading.title), max(8, width - 2), TITLE_LINES)
        strips = [
            Strip(
                [
                    Segment("▍ " if number == 0 else "  ", self._style("group")),
                    Segment(line, self._style("group")),
                ]
            )
            .extend_cell_length(width, base)
            .crop(0, width)
            for number, line in enumerate(title)
        ]
        facts = _fit(heading.facts, max(8, width - 2), 1)[0]
        strips.append(
            Strip([Segment("  ", base), Segment(facts, self._style("group-facts"))])
            .extend_cell_length(width, base)
            .crop(0, width)
        )
        strips.extend(Strip.blank(width, base) for _ in range(ROW_HEIGHT - len(strips)))
        return strips

    def _render_entry(self, index: int, width: int) -> list[Strip]:
        row = self._rows[index]
        if isinstance(row, GroupHeading):
            return self._render_heading(row, width)
        title, facts = row_lines(row, width)
        cursor = ("cursor",) if index == self.highlighted else ()
        base = self._style(*cursor)
        is_open = row.id == self.open_id
        kind = "open-title" if is_open else "title" if row.unread else "read"
        title_style = self._style(*cursor, kind)
        strips: list[Strip] = []
        for number in range(TITLE_LINES):
            text = title[number] if number < len(title) else ""
            if is_open:  # the open article: a bar beside its title, whatever else it is
                mark = "▌●" if number == 0 and row.unread else "▌ "
                lead = Segment(mark, self._style(*cursor, "open"))
            elif number == 0 and row.unread:
                lead = Segment("● ", self._style(*cursor, "unread"))
            else:
                lead = Segment("  ", base)
            strips.append(
                Strip([lead, Segment(text, title_style)])
                .extend_cell_length(width, base)
                .crop(0, width)
            )
        strips.append(
            Strip([Segment("  ", base), Segment(facts, self._style(*cursor, "facts"))])
            .extend_cell_length(width, base)
            .crop(0, width)
        )
        strips.append(Strip.blank(width, self._style()))
        return strips
