"""Showing strings from files safely: every control character becomes a visible symbol.

Article text, titles, labels, sources, event titles, article ids and file names
come from files a person or a tool wrote; shown raw, an escape sequence would
drive the terminal and a bidirectional override would reorder the line. The
mapping is one code point for one code point, so offsets into the article text
stay offsets into the shown text. (Markup is the display's own business: the UI
never parses these strings as markup.)
"""

from __future__ import annotations

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
    """``text`` with every control character replaced by a visible one (same length).

    Args:
        text: A string from a file (article text, a title, a label, a file name).

    Returns:
        The string to show: the same length, no control characters, no newlines.
    """
    return text.translate(_TABLE)


def visible_lines(text: str) -> str:
    """Like :func:`visible`, but newlines stay newlines (a diff, a multi-line message).

    Args:
        text: A string from a file, possibly of several lines.

    Returns:
        The string to show, its line breaks kept.
    """
    return text.translate(_TABLE_KEEP_NEWLINES)
