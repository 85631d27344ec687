"""Events nearest a sentence: the order in which the reader offers events to link a sentence to."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from tui.core.model.schema import Event
from tui.core.nlp.dates import parse_value

#: The gap given to an event whose date, or the article's, is unknown: after every dated one.
_UNDATED = 10**9


def nearest_events(
    events: Iterable[Event],
    article: str,
    offset: int,
    article_date: str | None,
    *,
    exclude: Collection[str] = (),
) -> list[Event]:
    """Accepted events, nearest to a sentence first.

    Events this article already reports come first, the one with a passage
    closest to the sentence first; then the others, the one dated closest to
    the article first, undated ones last. Ties go by title.

    Args:
        events: The events (rejected ones are left out).
        article: The sentence's article.
        offset: Where the sentence starts.
        article_date: The article's date (a normalised value, ``2020-11-03``), if known.
        exclude: Ids of events to leave out (those the sentence is already linked to).

    Returns:
        The events in the order to offer them.
    """
    anchor = parse_value(article_date)

    def nearness(event: Event) -> tuple[int, int, str]:
        here = [
            abs(m.start - offset)
            for m in event.mentions
            if m.article == article and m.status == "accepted"
        ]
        if here:
            return (0, min(here), event.title)
        period = parse_value(event.date)
        gap = abs(period.start - anchor.start) if period and anchor else _UNDATED
        return (1, gap, event.title)

    return sorted(
        (e for e in events if e.status == "accepted" and e.id not in exclude), key=nearness
    )
