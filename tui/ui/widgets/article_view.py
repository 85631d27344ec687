"""ArticleView: one article, wrapped, with its entities and numbers highlighted and a sentence cursor.

It is a Line API widget: the text is laid out once per (article, width, labels
shown) and each screen line is drawn on demand and cached, so moving the cursor
redraws only the lines of the two sentences involved, whatever the article's
length. Article text is made visible (control characters as symbols) and drawn
as plain segments: nothing in it is ever parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model.library import Mark
from tui.core.text.display import visible
from tui.ui.widgets.article_layout import Layout, TextLine, layout_article

if TYPE_CHECKING:
    from tui.core.model.article import Article
    from tui.core.model.schema import ArticleAnnotation, Sentence

#: Highlight class of each entity label: one colour per class.
ENTITY_CLASS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "DATE": "time",
    "TIME": "time",
}
#: Highlight class of each quantity label: numbers are styled by kind.
QUANTITY_CLASS: dict[str, str] = {
    "MONEY": "money",
    "PERCENT": "percent",
    "CARDINAL": "count",
    "ORDINAL": "count",
    "QUANTITY": "count",
}
ENTITY_CLASSES = ("person", "org", "place", "group", "time", "misc")
QUANTITY_CLASSES = ("money", "percent", "count")

#: What each show/hide key controls: ``entity`` is every entity class at once.
TOGGLE_GROUPS: dict[str, tuple[str, ...]] = {
    "entity": ENTITY_CLASSES,
    "money": ("money",),
    "percent": ("percent",),
    "count": ("count",),
}


def mark_class(mark: Mark) -> str:
    """The highlight class of a mark (unknown labels fall back by kind)."""
    if mark.is_quantity:
        return QUANTITY_CLASS.get(mark.label, "count")
    return ENTITY_CLASS.get(mark.label, "misc")


def label_class(label: str) -> str:
    if label in QUANTITY_CLASS:
        return QUANTITY_CLASS[label]
    return ENTITY_CLASS.get(label, "misc")


@dataclass(frozen=True, slots=True)
class _Line:
    """What one screen line needs to be drawn."""

    kind: str  # "title", "meta", "note", "rule", "blank", "text"
    text: TextLine | Text | None = None


class ArticleView(ScrollView, can_focus=True):
    """The text of one article with highlights, a sentence cursor and a highlight cursor."""

    COMPONENT_CLASSES = {
        *(f"articleview--{name}" for name in ENTITY_CLASSES + QUANTITY_CLASSES),
        "articleview--tag",
        "articleview--furniture",
        "articleview--cursor",
        "articleview--selected",
        "articleview--title",
        "articleview--meta",
        "articleview--note",
        "articleview--rule",
    }

    BINDINGS = [
        Binding(
            "j,down",
            "cursor_down",
            "Next sentence",
            show=False,
            id="article.down",
            tooltip="Move the cursor to the next sentence",
        ),
        Binding(
            "k,up",
            "cursor_up",
            "Prev sentence",
            show=False,
            id="article.up",
            tooltip="Move the cursor to the previous sentence",
        ),
        Binding(
            "g,home",
            "cursor_top",
            "Top",
            show=False,
            id="article.top",
            tooltip="Top of the article",
        ),
        Binding(
            "G,end",
            "cursor_bottom",
            "Bottom",
            show=False,
            id="article.bottom",
            tooltip="Bottom of the article",
        ),
        Binding(
            "pagedown,space",
            "page_down",
            "Page down",
            show=False,
            id="article.page_down",
            tooltip="Down a page",
        ),
        Binding(
            "pageup", "page_up", "Page up", show=False, id="article.page_up", tooltip="Up a page"
        ),
        Binding(
            "right_square_bracket",
            "next_mark",
            "Highlight",
            key_display="]",
            show=False,
            id="article.next_mark",
            tooltip="Next highlighted entity or number (its value shows in the status line)",
        ),
        Binding(
            "left_square_bracket",
            "previous_mark",
            "Prev highlight",
            key_display="[",
            show=False,
            id="article.prev_mark",
            tooltip="Previous highlighted entity or number",
        ),
        Binding(
            "L",
            "toggle_labels",
            "Labels",
            show=False,
            id="article.labels",
            tooltip="Show / hide the label after each entity",
        ),
        Binding(
            "e",
            "toggle_group('entity')",
            "Entities",
            show=False,
            id="article.toggle_entities",
            tooltip="Show / hide entities",
        ),
        Binding(
            "m",
            "toggle_group('money')",
            "Money",
            show=False,
            id="article.toggle_money",
            tooltip="Show / hide money",
        ),
        Binding(
            "percent_sign",
            "toggle_group('percent')",
            "Percent",
            key_display="%",
            show=False,
            id="article.toggle_percent",
            tooltip="Show / hide percentages",
        ),
        Binding(
            "c",
            "toggle_group('count')",
            "Counts",
            show=False,
            id="article.toggle_counts",
            tooltip="Show / hide counts and other numbers",
        ),
    ]

    cursor: reactive[int] = reactive(0, layout=False, repaint=False, init=False)
    """Index of the sentence under the cursor."""

    show_labels: reactive[bool] = reactive(False, init=False)
    """Show each entity's label after it."""

    hidden: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    """Show/hide groups that are switched off (keys of ``TOGGLE_GROUPS``)."""

    class SentenceChanged(Message):
        """The cursor moved to another sentence (or another article was shown)."""

        def __init__(self, article_id: str, sentence_index: int, start: int, end: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.sentence_index = sentence_index
            self.start = start
            self.end = end

    class MarkChanged(Message):
        """The highlight cursor moved to a highlight, or left it (``mark`` None)."""

        def __init__(self, article_id: str, mark: Mark | None) -> None:
            super().__init__()
            self.article_id = article_id
            self.mark = mark

    class DisplayChanged(Message):
        """The shown classes or label tags changed (the legend follows)."""

        def __init__(self, hidden: frozenset[str], show_labels: bool) -> None:
            super().__init__()
            self.hidden = hidden
            self.show_labels = show_labels

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.annotation: ArticleAnnotation | None = None
        self.note: str | None = None
        self.sentences: tuple[Sentence, ...] = ()
        self.marks: list[Mark] = []
        self.regions: list[tuple[int, int]] = []
        self.source: str | None = None
        self.date: str | None = None
        self.languages: tuple[str, ...] = ()
        self.title_text: str = ""
        self.selected_mark: int | None = None
        self._shown = ""
        self._mark_starts: list[int] = []
        self._layout: Layout | None = None
        self._lines: list[_Line] = []
        self._header_rows = 0
        self._strips: dict[int, Strip] = {}
        self._styles: dict[tuple[str, ...], Style] = {}
        #: A lay-out for a width the text no longer has is asked for, after this frame.
        self._refit_pending = False

    # ------------------------------------------------------------------ public API

    @property
    def article_id(self) -> str | None:
        return self.article.id if self.article else None

    @property
    def cursor_sentence(self) -> Sentence | None:
        if 0 <= self.cursor < len(self.sentences):
            return self.sentences[self.cursor]
        return None

    @property
    def current_mark(self) -> Mark | None:
        if self.selected_mark is None:
            return None
        return self.marks[self.selected_mark]

    def show_article(
        self,
        article: Article,
        annotation: ArticleAnnotation | None,
        sentences: Sequence[Sentence],
        marks: Sequence[Mark],
        regions: Sequence[tuple[int, int]],
        *,
        sentence: int = 0,
        note: str | None = None,
        keep_scroll: bool = False,
    ) -> None:
        """Show an article (``annotation`` None: plain text, with ``note`` saying why).

        Args:
            article: The article.
            annotation: Its usable annotation, or None.
            sentences: Sentences for the cursor, sorted.
            marks: Highlights, sorted and not overlapping.
            regions: Page furniture (dimmed, never highlighted).
            sentence: Where to put the cursor.
            note: A marker line under the metadata, for articles shown plain.
            keep_scroll: Keep the scroll position (the same article, re-shown).
        """
        self.article = article
        self.annotation = annotation
        self.sentences = tuple(sentences)
        self.marks = list(marks)
        self._mark_starts = [m.start for m in self.marks]
        self.regions = list(regions)
        self.note = note
        meta = annotation.metadata if annotation else None
        self.title_text = (meta.title if meta and meta.title else article.title) or article.id
        self.source = (meta.source if meta and meta.source else None) or article.source
        self.date = (meta.date if meta and meta.date else None) or article.date
        self.languages = (meta.languages if meta and meta.languages else ()) or article.languages
        self._shown = visible(article.text)
        self.selected_mark = None
        self._relayout()
        index = max(0, min(sentence, len(self.sentences) - 1))
        self.set_reactive(ArticleView.cursor, index)
        if not keep_scroll:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor(center=not keep_scroll)
        self.refresh()
        self._post_sentence()
        self.post_message(self.MarkChanged(article.id, None))

    def select_sentence(self, index: int) -> None:
        """Move the cursor to sentence ``index`` (clamped)."""
        self.selected_mark = None
        self.cursor = index
        if self.article:
            self.post_message(self.MarkChanged(self.article.id, None))

    def select_sentence_at(self, offset: int) -> None:
        """Move the cursor to the sentence holding the character at ``offset``."""
        self.select_sentence(self._sentence_at(offset))

    def scroll_to_offset(self, offset: int) -> None:
        """Move the cursor to ``offset`` and scroll it into view (the highlight there, if any)."""
        self.select_sentence_at(offset)
        index = bisect_right(self._mark_starts, offset) - 1
        if index >= 0 and self.marks[index].end > offset and self._mark_visible(index):
            self._select_mark(index)
        self._scroll_to_cursor(center=True)

    def overlays(self, start: int, end: int) -> Sequence[tuple[int, int, str]]:
        """Extra styled stretches ``(start, end, class)`` drawn over ``start:end`` (edit mode)."""
        return ()

    def class_style(self, name: str) -> Style:
        """The style of a highlight class (for the legend), without the view's background."""
        style = self._style(name)
        return Style(
            color=style.color,
            bold=style.bold,
            italic=style.italic,
            underline=style.underline,
            dim=style.dim,
        )

    # ------------------------------------------------------------------- reactives

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.sentences) - 1)) if self.sentences else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_sentence(old)
        self._refresh_sentence(new)
        self._scroll_to_cursor()
        self._post_sentence()

    def watch_show_labels(self) -> None:
        self._relayout()
        self._scroll_to_cursor(center=True)
        self.post_message(self.DisplayChanged(self.hidden, self.show_labels))

    def watch_hidden(self) -> None:
        if self.selected_mark is not None and not self._mark_visible(self.selected_mark):
            self.selected_mark = None
            if self.article:
                self.post_message(self.MarkChanged(self.article.id, None))
        self._relayout()
        self.post_message(self.DisplayChanged(self.hidden, self.show_labels))

    # --------------------------------------------------------------------- actions

    def action_cursor_down(self) -> None:
        self.select_sentence(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.select_sentence(self.cursor - 1)

    def action_cursor_top(self) -> None:
        self.select_sentence(0)
        self.scroll_to(y=0, animate=False)

    def action_cursor_bottom(self) -> None:
        self.select_sentence(len(self.sentences) - 1)
        self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_next_mark(self) -> None:
        self._step_mark(+1)

    def action_previous_mark(self) -> None:
        self._step_mark(-1)

    def action_toggle_labels(self) -> None:
        self.show_labels = not self.show_labels

    def action_toggle_group(self, group: str) -> None:
        self.hidden = self.hidden ^ {group}

    # ----------------------------------------------------------------- navigation

    def _sentence_at(self, offset: int) -> int:
        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)

    def _mark_visible(self, index: int) -> bool:
        name = mark_class(self.marks[index])
        return not any(name in TOGGLE_GROUPS[group] for group in self.hidden)

    def _step_mark(self, step: int) -> None:
        if not self.marks or self.article is None:
            return
        if self.selected_mark is not None:
            index = self.selected_mark + step
        else:
            # No highlight selected: ``]`` goes to the first one from the cursor sentence
            # on, ``[`` to the last one before it.
            sentence = self.cursor_sentence
            at = sentence.start if sentence else 0
            first_after = bisect_right(self._mark_starts, at - 1)
            index = first_after if step > 0 else first_after - 1
        while 0 <= index < len(self.marks) and not self._mark_visible(index):
            index += step
        if not 0 <= index < len(self.marks):
            self.app.bell()
            return
        self._select_mark(index)

    def _select_mark(self, index: int) -> None:
        previous = self.current_mark
        self.selected_mark = index
        mark = self.marks[index]
        sentence = self._sentence_at(mark.start)
        if previous is not None:
            self._refresh_range(previous.start, previous.end)
        self._refresh_range(mark.start, mark.end)
        if sentence != self.cursor:
            self.cursor = sentence
        else:
            self._scroll_to_cursor()
        self._scroll_to_range(mark.start, mark.end)
        assert self.article is not None
        self.post_message(self.MarkChanged(self.article.id, mark))

    def _page(self, direction: int) -> None:
        if self._layout is None:
            return
        height = self.scrollable_content_region.height
        target = max(0, self.scroll_y + direction * max(1, height - 2))
        self.scroll_to(y=target, animate=False, immediate=True)
        row = int(self.scroll_y) - self._header_rows
        offset = self._layout.offset_at_row(max(0, row))
        if direction > 0 and self.scroll_y >= self.max_scroll_y:
            self.select_sentence(len(self.sentences) - 1)
        elif offset is not None:
            index = self._sentence_at(offset)
            if self.sentences and self.sentences[index].start < offset and direction > 0:
                index += 1
            self.select_sentence(index)

    def _post_sentence(self) -> None:
        sentence = self.cursor_sentence
        if self.article is None:
            return
        start, end = (sentence.start, sentence.end) if sentence else (0, 0)
        self.post_message(self.SentenceChanged(self.article.id, self.cursor, start, end))

    # --------------------------------------------------------------------- layout

    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width)

    def _relayout(self) -> None:
        """Lay the article out for the current width, labels and hidden classes."""
        self._strips.clear()
        self._styles.clear()
        if self.article is None:
            self._lines = []
            self._layout = None
            self.virtual_size = Size(0, 0)
            return
        width = self._text_width()
        tags: list[tuple[int, str]] = []
        if self.show_labels:
            tags = [
                (m.end, m.label)
                for i, m in enumerate(self.marks)
                if not m.is_quantity and self._mark_visible(i)
            ]
        self._layout = layout_article(self.article.text, width, tags, self._shown)
        header = self._header(width)
        self._header_rows = len(header)
        self._lines = header + [
            _Line("text", line) if line is not None else _Line("blank")
            for line in self._layout.lines
        ]
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _header(self, width: int) -> list[_Line]:
        console = self.app.console
        lines: list[_Line] = []
        title = Text(visible(self.title_text))
        for line in title.wrap(console, width):
            lines.append(_Line("title", line))
        facts = [visible(part) for part in (self.source, self.date) if part]
        if self.languages:
            facts.append(visible(" ".join(lang.upper() for lang in self.languages)))
        facts.append(f"{len(self.article.text.split()):,} words" if self.article else "")
        for line in Text(" · ".join(f for f in facts if f)).wrap(console, width):
            lines.append(_Line("meta", line))
        if self.note:
            for line in Text(visible(self.note)).wrap(console, width):
                lines.append(_Line("note", line))
        lines.append(_Line("rule"))
        return lines

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width()

    def _fit_width(self) -> None:
        """Lay the article out again if the text's width is no longer the layout's."""
        self._refit_pending = False
        if self._layout is not None and self._layout.width != self._text_width():
            self._relayout()
            self._scroll_to_cursor(center=True)

    def notify_style_update(self) -> None:
        self._strips.clear()
        self._styles.clear()
        super().notify_style_update()

    # ------------------------------------------------------------------ scrolling

    def _sentence_rows(self, index: int) -> tuple[int, int] | None:
        if self._layout is None or not 0 <= index < len(self.sentences):
            return None
        sentence = self.sentences[index]
        first, last = self._layout.rows_for(sentence.start, sentence.end)
        return first + self._header_rows, last + self._header_rows

    def _refresh_sentence(self, index: int) -> None:
        rows = self._sentence_rows(index)
        if rows is None:
            return
        first, last = rows
        for row in range(first, last + 1):
            self._strips.pop(row, None)
        self.refresh_lines(first, last - first + 1)

    def _refresh_range(self, start: int, end: int) -> None:
        if self._layout is None:
            return
        first, last = self._layout.rows_for(start, end)
        first += self._header_rows
        last += self._header_rows
        for row in range(first, last + 1):
            self._strips.pop(row, None)
        self.refresh_lines(first, last - first + 1)

    def _scroll_to_rows(self, first: int, last: int, center: bool = False) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = int(self.scroll_y)
        margin = 2 if height > 8 else 0
        if center and (first < top or last >= top + height):
            target = max(0, first - max(margin, height // 3))
        elif first < top + margin:
            target = max(0, first - margin)
        elif last >= top + height - margin:
            target = min(first - margin, last - height + 1 + margin)
        else:
            return
        if first < self._header_rows + 1 and first <= height:
            target = 0  # near the top: show the title too
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def _scroll_to_cursor(self, center: bool = False) -> None:
        rows = self._sentence_rows(self.cursor)
        if rows is not None:
            self._scroll_to_rows(*rows, center=center)

    def _scroll_to_range(self, start: int, end: int) -> None:
        if self._layout is None:
            return
        first, last = self._layout.rows_for(start, end)
        self._scroll_to_rows(first + self._header_rows, last + self._header_rows)

    def on_click(self, event: events.Click) -> None:
        if self._layout is None:
            return
        row = event.y + int(self.scroll_y) - self._header_rows
        offset = self._layout.offset_at_row(max(0, row))
        if offset is not None:
            self.select_sentence_at(offset)

    # ---------------------------------------------------------------------- drawing

    def _style(self, *names: str) -> Style:
        key = tuple(names)
        style = self._styles.get(key)
        if style is None:
            # The visual style blends translucent theme colours ($text-disabled for
            # furniture, the cursor line's tint) over the background; a plain rich
            # style would make them opaque, so furniture would not look dimmed.
            classes = tuple(f"articleview--{name}" for name in names)
            style = self.get_visual_style(*classes).rich_style
            self._styles[key] = style
        return style

    def render_line(self, y: int) -> Strip:
        row = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        if self._layout is not None and self._layout.width != max(10, width):
            # (a width no resize event told: the side panel first shown in a narrow
            # terminal, or a scrollbar the narrower text then needs; laid out again
            # after this frame)
            if not self._refit_pending:
                self._refit_pending = True
                self.call_later(self._fit_width)
        strip = self._strips.get(row)
        if strip is None:
            strip = self._render_row(row, width)
            self._strips[row] = strip
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        if not 0 <= row < len(self._lines):
            return Strip.blank(width, self._style())
        line = self._lines[row]
        if line.kind == "text":
            assert isinstance(line.text, TextLine)
            segments = self._text_segments(line.text)
        elif line.kind == "rule":
            segments = [Segment("─" * width, self._style("rule"))]
        elif line.kind == "blank":
            segments = []
        else:
            assert isinstance(line.text, Text)
            style = self._style(line.kind)
            segments = [Segment(line.text.plain.rstrip("\n"), style)]
        return Strip(segments).extend_cell_length(width, self._style()).crop(0, width)

    def _text_segments(self, line: TextLine) -> list[Segment]:
        """The segments of one text line: runs split where any styling changes."""
        sentence = self.cursor_sentence
        selected = self.current_mark
        cuts = {line.start, line.end}
        if sentence is not None:
            cuts.update(p for p in (sentence.start, sentence.end) if line.start < p < line.end)
        for start, end in self.regions:
            cuts.update(p for p in (start, end) if line.start < p < line.end)
        index = max(0, bisect_right(self._mark_starts, line.start) - 1)
        while index < len(self.marks) and self.marks[index].start < line.end:
            mark = self.marks[index]
            cuts.update(p for p in (mark.start, mark.end) if line.start < p < line.end)
            index += 1
        overlays = self.overlays(line.start, line.end)
        for start, end, _ in overlays:
            cuts.update(p for p in (start, end) if line.start < p < line.end)
        tags: dict[int, list[tuple[str, str]]] = {}
        for offset, tag, label in line.tags:
            tags.setdefault(offset, []).append((tag, label))
            if line.start < offset < line.end:
                cuts.add(offset)
        points = sorted(cuts)
        segments: list[Segment] = []
        shown = self._shown
        for a, b in pairwise(points):
            names: list[str] = []
            if sentence is not None and sentence.start <= a < sentence.end:
                names.append("cursor")
            in_furniture = any(start <= a < end for start, end in self.regions)
            if in_furniture:
                names.append("furniture")
            else:
                found = bisect_right(self._mark_starts, a) - 1
                if found >= 0 and self.marks[found].end > a and self._mark_visible(found):
                    names.append(mark_class(self.marks[found]))
                    if selected is self.marks[found]:
                        names.append("selected")
            names.extend(name for start, end, name in overlays if start <= a < end)
            segments.append(Segment(shown[a:b], self._style(*names)))
            for tag, label in tags.get(b, ()):
                tag_names = (
                    ["cursor"]
                    if "cursor" in names and b < (sentence.end if sentence else 0)
                    else []
                )
                segments.append(Segment(tag, self._style(*tag_names, label_class(label), "tag")))
        return segments
