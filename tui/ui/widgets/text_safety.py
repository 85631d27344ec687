"""Making article text safe to show: every control character becomes a visible symbol.

The mapping is one code point for one code point, so offsets into the article
text stay offsets into the shown text. Article text never goes through markup
parsing anywhere in the UI: it is always wrapped in ``Text``/``Content`` objects.
"""

from __future__ import annotations

from textual.content import Content

# C0 controls show as their Unicode "control pictures" (ESC → ␛), DEL as ␡;
# C1 controls and the bidirectional overrides, which could reorder what the
# terminal shows, as the replacement character.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_TABLE.update(
    {
        code: "\ufffd"
        for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
)
_TABLE[0x2028] = "\u2424"
_TABLE[0x2029] = "\u2424"
_TABLE[ord("\t")] = " "

#: Same mapping, but keeping newlines (for multi-line text such as quotes of a paragraph).
_TABLE_KEEP_NEWLINES = dict(_TABLE)
del _TABLE_KEEP_NEWLINES[ord("\n")]


def visible(text: str) -> str:
    """``text`` with every control character replaced by a visible one (same length)."""
    return text.translate(_TABLE)


def visible_lines(text: str) -> str:
    """Like :func:`visible`, but newlines stay newlines."""
    return text.translate(_TABLE_KEEP_NEWLINES)


def plain(text: str, style: str = "") -> Content:
    """Article-derived text as Content that is never parsed as markup."""
    return Content.styled(visible(text), style) if style else Content(visible(text))
