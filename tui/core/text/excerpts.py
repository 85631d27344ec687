"""Text shortened to fit a width: cut at a space, with an ellipsis where it was cut."""

from __future__ import annotations


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at a space to fit ``width`` characters, with ``…`` when cut.

    Args:
        text: Any text; runs of whitespace become one space.
        width: The most characters the result may have.

    Returns:
        The text, whole or cut before a word, without trailing punctuation before the ``…``.
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:—-– ") + "…"
