"""Re-anchoring spans after the article text changed, by their quote and context.

Every span stores its exact quote and a few characters either side (``prefix``,
``suffix``). When the text changes, a span is placed again in two stages:

1. An exact occurrence of the quote, trusted when the text around it agrees
   with the stored context (or when it is the only occurrence of a quote long
   enough to be distinctive); the best is chosen by context, then by distance
   from the old position.
2. Otherwise the nearest approximate match: the quote with its context is
   aligned with :func:`rapidfuzz.fuzz.partial_ratio_alignment` in a window
   around the old position (then in the whole text), and the quote is looked
   for inside the aligned stretch, exactly or, for longer quotes, approximately.

A span that cannot be placed becomes an orphan: kept and listed, never dropped.
"""

from __future__ import annotations

import re
from typing import TypeVar

from rapidfuzz import fuzz

from tui.core.models import ArticleAnnotation, Entity, Quantity, Span

S = TypeVar("S", bound=Span)

#: Characters of context stored either side of a span.
CONTEXT = 16
#: Share of the stored context that must agree around an exact quote match.
MIN_CONTEXT_AGREEMENT = 0.25
#: Quotes at least this long are distinctive enough to trust a sole occurrence.
DISTINCTIVE_QUOTE = 4
#: Minimum score (0-100) for aligning the quote plus context with the new text.
MIN_CONTEXT_SCORE = 60.0
#: Minimum score for accepting an approximate quote, and the shortest quote tried.
MIN_QUOTE_SCORE = 85.0
FUZZY_QUOTE_MIN_LENGTH = 6

_SPACE = re.compile(r"\s")


def span_context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The ``prefix`` and ``suffix`` stored with a span of ``text[start:end]``."""
    return text[max(0, start - width) : start], text[end : end + width]


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def context_agreement(span: Span, text: str, start: int) -> float:
    """Share (0..1) of the stored prefix and suffix found around ``start`` in ``text``.

    Whitespace of any kind counts as equal, so re-wrapped text still agrees.
    Returns 1.0 for a span stored without context.
    """
    total = len(span.prefix) + len(span.suffix)
    if not total:
        return 1.0
    end = start + len(span.text)
    before = _flat(text[max(0, start - len(span.prefix)) : start])
    after = _flat(text[end : end + len(span.suffix)])
    agree = _common_suffix(_flat(span.prefix), before) + _common_prefix(_flat(span.suffix), after)
    return agree / total


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    index = text.find(quote)
    while index != -1:
        found.append(index)
        index = text.find(quote, index + 1)
    return found


def _exact(span: Span, text: str) -> int | None:
    """Start of the trusted exact occurrence of the quote, or None."""
    candidates = _occurrences(text, span.text)
    if not candidates:
        return None
    scored = [(context_agreement(span, text, c), c) for c in candidates]
    best_score, best = min(scored, key=lambda sc: (-sc[0], abs(sc[1] - span.start)))
    if best_score >= MIN_CONTEXT_AGREEMENT:
        return best
    if len(candidates) == 1 and len(span.text.strip()) >= DISTINCTIVE_QUOTE:
        return best
    return None


def _quote_in(span: Span, text: str, lo: int, hi: int, expected: int) -> tuple[int, int] | None:
    """The quote inside ``text[lo:hi]``, nearest to ``expected``: exactly, else approximately."""
    lo, hi = max(0, lo), min(len(text), hi)
    region = text[lo:hi]
    hits = _occurrences(region, span.text)
    if hits:
        start = lo + min(hits, key=lambda h: abs(lo + h - expected))
        return start, start + len(span.text)
    if len(span.text) < FUZZY_QUOTE_MIN_LENGTH or len(region) < len(span.text):
        return None
    found = fuzz.partial_ratio_alignment(span.text, region, score_cutoff=MIN_QUOTE_SCORE)
    if found is None:
        return None
    start, end = lo + found.dest_start, lo + found.dest_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _approximate(span: Span, text: str) -> tuple[int, int] | None:
    """Where the quote with its context best aligns: near the old place first, then anywhere."""
    needle = span.prefix + span.text + span.suffix
    margin = max(256, 8 * len(needle))
    windows = [(span.start - margin, span.end + margin), (0, len(text))]
    for lo, hi in windows:
        lo, hi = max(0, lo), min(len(text), hi)
        window = text[lo:hi]
        if len(window) < len(needle):
            continue
        found = fuzz.partial_ratio_alignment(needle, window, score_cutoff=MIN_CONTEXT_SCORE)
        if found is None:
            continue
        # Where the quote should start if the alignment kept the prefix's length.
        expected = lo + found.dest_start + max(0, len(span.prefix) - found.src_start)
        slack = len(span.text)
        placed = _quote_in(span, text, lo + found.dest_start - slack, lo + found.dest_end + slack, expected)
        if placed is not None:
            return placed
    return None


def reanchor_span(span: S, text: str) -> S | None:
    """The span moved to where its quote stands in ``text``, or None if it cannot be placed.

    Args:
        span: A span positioned in an older version of the text.
        text: The current article text.

    Returns:
        The span at its new place with fresh context (its quote updated if it
        was only found approximately), the span itself if it has not moved, or
        None.
    """
    if text[span.start : span.end] == span.text and (
        context_agreement(span, text, span.start) >= MIN_CONTEXT_AGREEMENT
        or _exact(span, text) in (None, span.start)
    ):
        return span
    start = _exact(span, text)
    if start is not None:
        end = start + len(span.text)
    else:
        placed = _approximate(span, text)
        if placed is None:
            return None
        start, end = placed
    prefix, suffix = span_context(text, start, end)
    return span.model_copy(
        update={"start": start, "end": end, "text": text[start:end], "prefix": prefix, "suffix": suffix}
    )


def _sorted(spans: list[S]) -> tuple[S, ...]:
    return tuple(sorted(spans, key=lambda s: (s.start, s.end, s.label, s.origin, s.status)))


def reanchor_annotation(
    annotation: ArticleAnnotation, text: str
) -> tuple[ArticleAnnotation, tuple[Entity | Quantity, ...]]:
    """Every span of ``annotation`` placed again in ``text``; orphans tried again too.

    Sentences and furniture carry no quote: the ones that no longer fit inside
    the text are clamped to it (the pipeline redoes them for the new text).

    Args:
        annotation: Annotation made for an earlier version of the text.
        text: The article text now.

    Returns:
        The re-anchored annotation (its ``orphans`` holding every span that could
        not be placed, old orphans included), and the orphans.
    """
    entities: list[Entity] = []
    quantities: list[Quantity] = []
    orphans: list[Entity | Quantity] = []
    for span in (*annotation.entities, *annotation.quantities, *annotation.orphans):
        placed = reanchor_span(span, text)
        if placed is None:
            orphans.append(span)
        elif isinstance(placed, Quantity):
            quantities.append(placed)
        else:
            entities.append(placed)
    size = len(text)
    sentences = tuple(
        s.model_copy(update={"start": min(s.start, size), "end": min(s.end, size)})
        for s in annotation.sentences
        if s.start < size
    )
    furniture = tuple(
        f.model_copy(update={"start": min(f.start, size), "end": min(f.end, size)})
        for f in annotation.furniture
        if f.start < size
    )
    orphan_tuple = _sorted(orphans)
    updated = annotation.model_copy(
        update={
            "entities": _sorted(entities),
            "quantities": _sorted(quantities),
            "orphans": orphan_tuple,
            "sentences": sentences,
            "furniture": furniture,
        }
    )
    return updated, orphan_tuple
