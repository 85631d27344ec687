"""Legend: each label's colour and count in the open article, and what the cursor is on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from tui.core.model.article import ENTITY_LABELS, QUANTITY_LABELS
from tui.core.model.library import Mark
from tui.core.text.display import visible
from tui.ui.formatting import format_quantity
from tui.ui.widgets.article_view import TOGGLE_GROUPS, label_class

#: The key that shows/hides each group, as shown in the legend.
GROUP_KEYS = {"entity": "e", "money": "m", "percent": "%", "count": "c"}


def _group_of(name: str) -> str:
    for group, names in TOGGLE_GROUPS.items():
        if name in names and group != "entity":
            return group
    return "entity"


class Legend(Static):
    """Two lines: the label counts (coloured as in the text), then the status of the cursor."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._marks: list[Mark] = []
        self._hidden: frozenset[str] = frozenset()
        self._style_of: Callable[[str], Style] = lambda name: Style()
        self._mark: Mark | None = None
        self._note = ""
        self._counts: dict[str, int] | None = None
        self._text: Text | None = None

    def show(
        self,
        marks: Sequence[Mark],
        hidden: frozenset[str],
        style_of: Callable[[str], Style],
        note: str = "",
    ) -> None:
        """Show the counts of ``marks`` by label; ``hidden`` groups are struck through."""
        self._marks = list(marks)
        self._hidden = hidden
        self._style_of = style_of
        self._note = note
        self._counts = None
        self._draw()

    def show_mark(self, mark: Mark | None) -> None:
        """Show the highlight under the cursor, with a quantity's normalised value."""
        if mark is not self._mark:
            self._mark = mark
            self._draw()

    def show_note(self, note: str) -> None:
        if note != self._note:
            self._note = note
            self._draw()

    def on_mount(self) -> None:
        # Drawn before the first frame, so that the legend does not change height after it.
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._counts is None:
            self._counts = {}
            for mark in self._marks:
                self._counts[mark.label] = self._counts.get(mark.label, 0) + 1
        counts = self._counts
        order = {label: i for i, label in enumerate(ENTITY_LABELS + QUANTITY_LABELS)}
        labels = sorted(
            counts, key=lambda label: (label in QUANTITY_LABELS, order.get(label, 99), label)
        )
        # Entries are packed whole onto lines: a label never parts from its count.
        width = max(20, (self.content_region.width or 80))
        entries: list[Text] = []
        for label in labels:
            name = label_class(label)
            group = _group_of(name)
            style = self._style_of(name)
            if group in self._hidden:
                style = Style(dim=True, strike=True)
            entry = Text(visible(label), style)
            entry.append(f" {counts[label]}", Style(dim=True))
            entries.append(entry)
        if not labels:
            entries.append(Text("no highlights", Style(dim=True, italic=True)))
        hidden = [GROUP_KEYS[g] for g in GROUP_KEYS if g in self._hidden]
        if hidden:
            entries.append(Text(f"(hidden: {' '.join(hidden)})", Style(dim=True)))
        text = Text(no_wrap=True, overflow="ellipsis")
        used = 0
        for entry in entries:
            if used and used + 2 + entry.cell_len > width:
                text.append("\n")
                used = 0
            elif used:
                text.append("  ")
                used += 2
            text.append_text(entry)
            used += entry.cell_len
        text.append("\n")
        text.append_text(self._status())
        if text != self._text:  # an update costs a layout pass (the legend's height is auto)
            self._text = text
            self.update(text)

    def _status(self) -> Text:
        mark = self._mark
        if mark is None:
            return Text(self._note or "]/[ highlights · L labels · e m % c toggle", Style(dim=True))
        from tui.core.model.schema import Entity, Quantity

        span = mark.span
        status = Text()
        status.append(visible(span.text), self._style_of(label_class(mark.label)))
        if isinstance(span, Quantity):
            value = format_quantity(span)
            status.append(" → ", Style(dim=True))
            if value is None:
                status.append("not normalised", Style(dim=True, italic=True))
            else:
                status.append(visible(value), Style(bold=True))
            status.append(f"  {visible(mark.label)}", Style(dim=True))
        else:
            status.append(f"  {visible(mark.label)}", Style(dim=True))
            if isinstance(span, Entity) and span.kb_id:
                status.append(f"  {visible(span.kb_id)}", Style(dim=True))
            if isinstance(span, Entity) and span.value:
                status.append(f"  = {visible(span.value)}", Style(dim=True))
        return status
