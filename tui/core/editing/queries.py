"""What the editor asks of the documents: spans under the cursor, the next unreviewed one, linked events."""

from __future__ import annotations

from tui.core.editing.documents import AnySpan
from tui.core.model.schema import ArticleAnnotation, Event, EventsFile
from tui.core.model.store import span_order


def visible_spans(annotation: ArticleAnnotation) -> list[AnySpan]:
    """Entities and quantities not rejected, by position."""
    every: tuple[AnySpan, ...] = (*annotation.entities, *annotation.quantities)
    spans = [s for s in every if s.status == "accepted"]
    return sorted(spans, key=span_order)


def spans_at(annotation: ArticleAnnotation, start: int, end: int | None = None) -> list[AnySpan]:
    """Visible spans overlapping ``start..end`` (or covering ``start``), innermost first."""
    end = start + 1 if end is None or end <= start else end
    hits = [s for s in visible_spans(annotation) if s.start < end and start < s.end]
    return sorted(hits, key=lambda s: (s.end - s.start, s.start, s.label))


def next_unreviewed(
    annotation: ArticleAnnotation, offset: int, *, backward: bool = False, wrap: bool = True
) -> AnySpan | None:
    """The next (or previous) model suggestion nobody has reviewed yet, from ``offset``.

    Args:
        annotation: The article's annotation.
        offset: Text offset of the cursor; the span starting there is skipped.
        backward: Look before the cursor instead of after it.
        wrap: Continue from the other end of the article.

    Returns:
        The span, or None when every suggestion has been reviewed.
    """
    todo = [s for s in visible_spans(annotation) if not s.reviewed]
    if backward:
        before = [s for s in todo if s.start < offset]
        return before[-1] if before else (todo[-1] if wrap and todo else None)
    after = [s for s in todo if s.start > offset]
    return after[0] if after else (todo[0] if wrap and todo else None)


def event_mentions_at(events: EventsFile, article: str, start: int, end: int) -> list[Event]:
    """Accepted events with an accepted mention of ``article`` overlapping ``start..end``."""
    found = []
    for event in events.events:
        if event.status != "accepted":
            continue
        if any(
            m.article == article and m.status == "accepted" and m.start < end and start < m.end
            for m in event.mentions
        ):
            found.append(event)
    return found
