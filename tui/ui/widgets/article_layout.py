"""Wrapping article text into screen lines that remember which characters they show.

The article view draws line by line, so it needs to know, for each screen line,
the stretch of article text it holds: that is what lets it restyle just the
lines of the sentence under the cursor. Wrapping breaks at spaces (and between
CJK characters, which have none), keeps paragraphs, and only cuts a word that is
wider than the whole line. Widths are terminal cells, not characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from tui.core.text.display import visible

_CJK = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")


@dataclass(frozen=True, slots=True)
class TextLine:
    """A screen line of article text: characters ``start:end``, plus label tags after
    the given offsets (``(offset, tag, label)``) when labels are shown."""

    start: int
    end: int
    tags: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Layout:
    """The article as screen lines: ``None`` is a blank line between paragraphs."""

    width: int
    lines: tuple[TextLine | None, ...]
    #: Screen line numbers of the text lines, and their start offsets (for bisecting).
    text_rows: tuple[int, ...]
    text_starts: tuple[int, ...]

    @property
    def height(self) -> int:
        return len(self.lines)

    def rows_for(self, start: int, end: int) -> tuple[int, int]:
        """First and last screen line showing any of ``start:end`` (inclusive)."""
        if not self.text_rows:
            return (0, 0)
        first = max(0, bisect_right(self.text_starts, start) - 1)
        last = max(first, bisect_left(self.text_starts, max(start + 1, end)) - 1)
        return (self.text_rows[first], self.text_rows[last])

    def offset_at_row(self, row: int) -> int | None:
        """The offset of the first character on screen line ``row`` (or the next text line)."""
        index = bisect_left(self.text_rows, row)
        if index >= len(self.text_rows):
            return self.text_starts[-1] if self.text_starts else None
        return self.text_starts[index]


def tag_text(label: str) -> str:
    """How a label shows after its entity when labels are on."""
    return f"‹{visible(label)}›"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as ``(start, end)``, without line-end characters."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        stripped_end = end - 1 if line.endswith("\r") else end
        if line.strip():
            found.append((offset, stripped_end))
        offset = end + 1
    return found


def wrap_range(
    shown: str,
    start: int,
    end: int,
    width: int,
    tag_widths: Mapping[int, int] | None = None,
    tag_offsets: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Break ``shown[start:end]`` into lines of at most ``width`` cells.

    Args:
        shown: The whole article text, made visible (same offsets as the article).
        start: Where the paragraph starts.
        end: Where it ends.
        width: Cells per line (at least 1).
        tag_widths: Extra cells drawn after an offset (label tags), by offset.
        tag_offsets: The keys of ``tag_widths``, sorted.

    Returns:
        ``(start, end)`` of each line; spaces at the breaks are left out.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    line_start = -1
    line_end = 0
    used = 0
    pending = 0  # cells of the spaces since the last word on the line

    def extra(a: int, b: int) -> int:
        if not tag_offsets:
            return 0
        i = bisect_right(tag_offsets, a)
        total = 0
        while i < len(tag_offsets) and tag_offsets[i] <= b:
            total += tag_widths[tag_offsets[i]]  # type: ignore[index]
            i += 1
        return total

    for match in _TOKEN.finditer(shown, start, end):
        a, b = match.span()
        piece = match.group()
        if piece[0].isspace():
            if line_start >= 0:
                pending += cell_len(piece)
            continue
        cells = cell_len(piece) + extra(a, b)
        if line_start >= 0 and used + pending + cells <= width:
            used += pending + cells
            line_end = b
            pending = 0
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        pending = 0
        if cells <= width:
            line_start, line_end, used = a, b, cells
            continue
        # A word wider than the line: cut it, character by character.
        line_start, used = a, 0
        for index in range(a, b):
            char_cells = cell_len(shown[index]) + extra(index, index + 1)
            if used and used + char_cells > width:
                lines.append((line_start, index))
                line_start, used = index, 0
            used += char_cells
        line_end = b
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


def layout_article(
    text: str,
    width: int,
    tags: Sequence[tuple[int, str]] = (),
    shown: str | None = None,
) -> Layout:
    """Lay the article text out in lines of ``width`` cells.

    Args:
        text: The article text.
        width: Cells per line.
        tags: ``(offset, label)`` pairs: show ``‹label›`` after that offset.
        shown: ``visible(text)`` if the caller already has it.

    Returns:
        The screen lines, paragraphs separated by one blank line.
    """
    shown = visible(text) if shown is None else shown
    tag_map: dict[int, list[tuple[int, str, str]]] = {}
    for offset, label in tags:
        tag_map.setdefault(offset, []).append((offset, tag_text(label), label))
    tag_widths = {offset: sum(cell_len(t[1]) for t in found) for offset, found in tag_map.items()}
    tag_offsets = sorted(tag_widths)
    lines: list[TextLine | None] = []
    rows: list[int] = []
    starts: list[int] = []
    for start, end in paragraphs(text):
        if lines:
            lines.append(None)
        for line_start, line_end in wrap_range(shown, start, end, width, tag_widths, tag_offsets):
            line_tags: tuple[tuple[int, str, str], ...] = ()
            if tag_offsets:
                i = bisect_right(tag_offsets, line_start)
                found: list[tuple[int, str, str]] = []
                while i < len(tag_offsets) and tag_offsets[i] <= line_end:
                    found.extend(tag_map[tag_offsets[i]])
                    i += 1
                line_tags = tuple(found)
            rows.append(len(lines))
            starts.append(line_start)
            lines.append(TextLine(line_start, line_end, line_tags))
    return Layout(width, tuple(lines), tuple(rows), tuple(starts))
