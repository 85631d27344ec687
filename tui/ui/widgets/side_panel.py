"""SidePanel: what the corpus says about the sentence under the cursor, in sections.

The panel is a column of :class:`PanelSection` widgets, each told about the
sentence under the cursor through :meth:`PanelSection.show_sentence`. The
entities section ships here; other sections (events) subclass ``PanelSection``
and are added with :meth:`SidePanel.add_section` or by passing them in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from tui.core.model.library import Library
from tui.core.text.display import visible
from tui.core.text.excerpts import shorten
from tui.ui.formatting import plural
from tui.ui.widgets.article_view import label_class

#: Other articles listed per entity before "and N more".
MAX_OTHERS = 4


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """The sentence under the cursor, and how to look things up about it."""

    library: Library
    article_id: str
    sentence_index: int
    start: int
    end: int
    #: The highlight style of a class name (``person``, ``money``...), as in the article view.
    style_of: Callable[[str], Style]
    #: False while the corpus index is still being brought up to date.
    index_ready: bool = True
    #: The library's index generation: what the panel looked up may differ in another.
    generation: int = 0
    #: Why the article is shown plain (its annotations missing, out of date or being
    #: made), or None when they are current: its names are then not looked up.
    plain: str | None = None


class PanelSection(Static):
    """One titled section of the side panel; subclasses fill :meth:`render_sentence`."""

    DEFAULT_CLASSES = "panel-section"
    #: Shown above the section's content.
    TITLE = "Section"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.context: SentenceContext | None = None
        self._shown_key: object | None = None

    def show_sentence(self, context: SentenceContext) -> None:
        """Redraw for the sentence in ``context`` (unless it would show the same)."""
        self.context = context
        key = self.content_key(context)
        if key is not None and key == self._shown_key:
            return
        self._shown_key = key
        self.update(Group(Text(self.TITLE, Style(bold=True)), self.render_sentence(context)))

    def content_key(self, context: SentenceContext) -> object | None:
        """A value that is equal whenever the section would show the same (None: always redraw)."""
        return None

    def on_resize(self) -> None:
        # Widths are measured when drawing: redraw at the new width (also when first shown).
        if self.context is not None:
            self._shown_key = None
            self.show_sentence(self.context)

    def render_sentence(self, context: SentenceContext) -> RenderableType:  # pragma: no cover
        """What the section says about the sentence (a rich renderable)."""
        raise NotImplementedError


class PickingSection(PanelSection):
    """A section whose items (sources, passages) the person picks with the keys once it
    has the focus; subclasses say how many there are and how to draw them."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: The item picked with the keys (its number among :meth:`choices`).
        self.selected = 0

    def choices(self) -> int:  # pragma: no cover
        """How many items can be picked."""
        raise NotImplementedError

    def redraw(self) -> None:  # pragma: no cover
        """Draw the section again (the picked item marked while :attr:`picking`)."""
        raise NotImplementedError

    @property
    def picking(self) -> bool:
        """True while the person picks an item (the section has the focus)."""
        try:
            return self.screen.focused is self
        except Exception:  # not mounted on a screen
            return False

    def on_focus(self) -> None:
        self.redraw()

    def on_blur(self) -> None:
        self.redraw()

    def action_move(self, step: int) -> None:
        count = self.choices()
        if not count:
            self.app.bell()
            return
        self.selected = (self.selected + step) % count
        self.redraw()


def indented(renderable: RenderableType, by: int) -> Padding:
    """``renderable`` with a hanging indent of ``by`` cells (its wrapped lines too)."""
    return Padding(renderable, (0, 0, 0, by))


class EntitySection(PanelSection):
    """The entities of the sentence, each with where else in the corpus it appears.

    A click on another article's title asks to open it at the entity
    (:class:`EntitySection.OccurrenceChosen`).
    """

    TITLE = "Entities in this sentence"

    class OccurrenceChosen(Message):
        """The person asked to open another article where the entity occurs."""

        def __init__(self, article_id: str, offset: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: The occurrences the titles shown open, by their number in the click action.
        self.occurrences: list[tuple[str, int]] = []

    def action_open_occurrence(self, number: int) -> None:
        if 0 <= number < len(self.occurrences):
            self.post_message(self.OccurrenceChosen(*self.occurrences[number]))

    def content_key(self, context: SentenceContext) -> object | None:
        if not context.index_ready:
            return ("indexing", self.content_region.width)
        if context.plain is not None:
            return ("plain", context.plain, self.content_region.width)
        found = context.library.entities_in(
            context.article_id, context.start, context.end, MAX_OTHERS
        )
        # Same entities, same article, same index (its generation changes when it is updated).
        return (
            context.article_id,
            tuple(r.key for r, _ in found),
            context.generation,
            self.content_region.width,
        )

    def render_sentence(self, context: SentenceContext) -> RenderableType:
        dim = Style(dim=True)
        if not context.index_ready:
            return Text("indexing the corpus…", Style(dim=True, italic=True))
        if context.plain is not None:  # "none" would say the sentence names no one
            return Text(context.plain, Style(dim=True, italic=True))
        library = context.library
        found = library.entities_in(context.article_id, context.start, context.end, MAX_OTHERS)
        if not found:
            return Text("none", Style(dim=True, italic=True))
        width = max(16, (self.content_region.width or 40) - 2)
        parts: list[RenderableType] = []
        self.occurrences = []
        for refs, _mark in found:
            head = Text()
            head.append(visible(refs.name), context.style_of(label_class(refs.label)))
            head.append(f" {visible(refs.label)}", dim)
            here = refs.count(context.article_id)
            others = refs.others(context.article_id)
            elsewhere = refs.other_count(context.article_id)
            where = Text(f"{here}× here", dim)
            if elsewhere:
                where.append(f" · {plural(elsewhere, 'other article')}", dim)
            else:
                where.append(" · nowhere else", dim)
            parts.extend((Text(""), head, indented(where, 2)))
            for other in others[:MAX_OTHERS]:
                first = refs.first(other)
                assert first is not None
                title = Text("▸ ", dim)
                number = len(self.occurrences)
                self.occurrences.append((other, first.start))
                title.append(
                    shorten(visible(library.article(other).title or other), width - 4),
                    Style(underline=True, meta={"@click": f"open_occurrence({number})"}),
                )
                title.append(f" {refs.count(other)}×", dim)
                quote = Text(f"“{visible(library.quote(first))}”", Style(italic=True, dim=True))
                parts.extend((indented(title, 2), indented(quote, 4)))
            if elsewhere > len(others):
                parts.append(indented(Text(f"and {elsewhere - len(others):,} more", dim), 2))
        return Group(*parts)


class SidePanel(VerticalScroll, can_focus=True):
    """Sections about the sentence under the cursor, scrollable."""

    def __init__(self, *sections: PanelSection, id: str | None = None) -> None:
        """
        Args:
            sections: Sections shown above the entities (the events, say).
            id: The widget's id.
        """
        super().__init__(id=id)
        self._extra = sections

    def compose(self) -> ComposeResult:
        yield from self._extra
        yield EntitySection(id="entities-section")

    def add_section(self, section: PanelSection) -> None:
        """Add a section below the others (it is told about the current sentence at once)."""
        self.mount(section)
        context = self.context
        if context is not None:
            section.show_sentence(context)

    @property
    def context(self) -> SentenceContext | None:
        for section in self.query(PanelSection):
            if section.context is not None:
                return section.context
        return None

    def show_sentence(self, context: SentenceContext) -> None:
        """Tell every section about the sentence under the cursor."""
        for section in self.query(PanelSection):
            section.show_sentence(context)
