"""The context stored either side of a span, by which it is found again after the text changes."""

from __future__ import annotations

#: Characters of context stored either side of a span.
CONTEXT = 16


def span_context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The ``prefix`` and ``suffix`` stored with a span of ``text[start:end]``.

    Args:
        text: The article text.
        start: Where the span starts.
        end: Where it ends.
        width: Characters kept either side.

    Returns:
        The ``width`` characters before the span and the ``width`` after it (fewer at the ends).
    """
    return text[max(0, start - width) : start], text[end : end + width]
