"""Re-anchoring spans after the article text changed, by their quote and context."""

from __future__ import annotations

from typing import TypeVar

from tui.core.models import Span

S = TypeVar("S", bound=Span)


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    index = text.find(quote)
    while index != -1:
        found.append(index)
        index = text.find(quote, index + 1)
    return found


def reanchor_span(span: S, text: str) -> S | None:
    """The span moved to where its quote stands in ``text``, or None if it is gone.

    Exact quote matches are ranked by how much of the stored prefix and suffix
    still surrounds them, then by distance from the old position.
    """
    if text[span.start : span.end] == span.text:
        return span
    candidates = _occurrences(text, span.text)
    if not candidates:
        return None

    def score(start: int) -> tuple[int, int]:
        end = start + len(span.text)
        context = 0
        if span.prefix and text[max(0, start - len(span.prefix)) : start] == span.prefix:
            context += 1
        if span.suffix and text[end : end + len(span.suffix)] == span.suffix:
            context += 1
        return (-context, abs(start - span.start))

    start = min(candidates, key=score)
    return span.model_copy(update={"start": start, "end": start + len(span.text)})
