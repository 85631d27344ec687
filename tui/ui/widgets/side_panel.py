"""SidePanel: what the corpus says about the sentence under the cursor, in sections.

The panel is a column of :class:`PanelSection` widgets, each told about the
sentence under the cursor through :meth:`PanelSection.show_sentence`. The
entities section ships here; other sections (events) subclass ``PanelSection``
and are added with :meth:`SidePanel.add_section` or by passing them in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.library import Library
from tui.ui.widgets.article_view import label_class
from tui.ui.widgets.text_safety import visible

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
    #: False while the cross-reference index is still being built.
    index_ready: bool = True


class PanelSection(Static):
    """One titled section of the side panel; subclasses fill :meth:`render_sentence`."""

    DEFAULT_CLASSES = "panel-section"
    #: Shown above the section's content.
    TITLE = "Section"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.context: SentenceContext | None = None

    def show_sentence(self, context: SentenceContext) -> None:
        """Redraw for the sentence in ``context``."""
        self.context = context
        body = self.render_sentence(context)
        text = Text(self.TITLE, Style(bold=True))
        text.append("\n")
        text.append_text(body)
        self.update(text)

    def render_sentence(self, context: SentenceContext) -> Text:  # pragma: no cover - abstract
        raise NotImplementedError


def _jump(article_id: str, offset: int) -> dict[str, str]:
    """Click metadata that opens ``article_id`` at ``offset``."""
    return {"@click": f"screen.open_at({article_id!r}, {offset})"}


class EntitySection(PanelSection):
    """The entities of the sentence, each with where else in the corpus it appears."""

    TITLE = "Entities in this sentence"

    def render_sentence(self, context: SentenceContext) -> Text:
        text = Text()
        dim = Style(dim=True)
        if not context.index_ready:
            text.append("indexing the corpus…", Style(dim=True, italic=True))
            return text
        library = context.library
        found = library.entities_in(context.article_id, context.start, context.end)
        if not found:
            text.append("none", Style(dim=True, italic=True))
            return text
        for number, (refs, _mark) in enumerate(found):
            if number:
                text.append("\n")
            style = context.style_of(label_class(refs.label))
            text.append(visible(refs.name), style)
            text.append(f" {refs.label}", dim)
            here = refs.count(context.article_id)
            others = [a for a in refs.articles if a != context.article_id]
            text.append(f"\n  {here}× here", dim)
            if not others:
                text.append(" · nowhere else", dim)
                text.append("\n")
                continue
            text.append(f" · {len(others)} other article{'s' if len(others) != 1 else ''}", dim)
            text.append("\n")
            for other in others[:MAX_OTHERS]:
                first = refs.first(other)
                assert first is not None
                title = library.article(other).title or other
                text.append("  ▸ ", dim)
                text.append(visible(title), Style(underline=True, meta=_jump(other, first.start)))
                text.append(f" {refs.count(other)}×\n", dim)
                text.append(f"    “{visible(library.quote(first))}”\n", Style(italic=True, dim=True))
            if len(others) > MAX_OTHERS:
                text.append(f"  and {len(others) - MAX_OTHERS} more\n", dim)
        return text


class SidePanel(VerticalScroll, can_focus=True):
    """Sections about the sentence under the cursor, scrollable."""

    def __init__(self, *sections: PanelSection, id: str | None = None) -> None:
        super().__init__(id=id)
        self._extra = sections

    def compose(self) -> ComposeResult:
        yield EntitySection(id="entities-section")
        yield from self._extra

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
