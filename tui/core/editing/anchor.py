"""Re-anchoring spans after the article text changed, by their quote and context.

Every span stores its exact quote and a few characters either side (``prefix``,
``suffix``). When the text changes, a span is placed again in two stages:

1. An exact occurrence of the quote where the text around it agrees with the
   stored context (:func:`context_agreement`: on both sides); the best is chosen
   by context, then by distance from the old position.
2. Otherwise the nearest approximate match: the quote with its context is
   aligned with :func:`rapidfuzz.fuzz.partial_ratio_alignment` in a window
   around the old position (then in the whole text), and the quote is looked
   for inside the aligned stretch, exactly or, for longer quotes, approximately
   (widened to whole words); the place is taken only if the context agrees there too.

A place whose context does not agree is never taken, however the quote matches: a
quote found in another sentence is usually another mention. A span that cannot be
placed becomes an orphan: kept and listed, never dropped, and tried again each time
(:func:`place_orphans`).
"""

from __future__ import annotations

import re
from typing import TypeVar

from rapidfuzz import fuzz

from tui.core.model.schema import ArticleAnnotation, Entity, Quantity, Span
from tui.core.model.store import span_order

# Re-exported for editing/edits.py, which imports it from here.
from tui.core.text.context import span_context

S = TypeVar("S", bound=Span)

#: How much (0..1) the stored context must agree with the text around a place, on each
#: side (see :func:`context_agreement`). With random edits near the seeds' spans
#: (``bench/reanchor_drift.py``), the old rule (one side half agreeing) moved 1.1% of
#: the spans to another mention; this one moves none.
MIN_CONTEXT_AGREEMENT = 0.7
#: An exact quote within :data:`NEAR` characters of its old place is also trusted when
#: one side of its context, of :data:`INTACT_SIDE` characters or more, agrees this much
#: (the other side was edited).
INTACT_AGREEMENT = 0.85
NEAR = 128
INTACT_SIDE = 12
#: Minimum score (0-100) for aligning the quote plus context with the new text.
MIN_CONTEXT_SCORE = 60.0
#: Minimum score for accepting an approximate quote, and the shortest quote tried.
MIN_QUOTE_SCORE = 85.0
FUZZY_QUOTE_MIN_LENGTH = 6

_SPACE = re.compile(r"\s")


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _side_agreement(stored: str, seen: str, is_prefix: bool) -> float:
    """How much (0..1) the text ``seen`` next to a place agrees with the stored context:
    the characters that agree next to the span, or, if more, the fuzzy similarity of the
    two (an edit inside the context leaves most of it)."""
    if not stored:
        return 1.0
    stored, seen = _flat(stored), _flat(seen)
    adjacent = _common_suffix(stored, seen) if is_prefix else _common_prefix(stored, seen)
    return max(adjacent / len(stored), fuzz.ratio(stored, seen) / 100)


def context_agreement(span: Span, text: str, start: int, end: int | None = None) -> float:
    """How well (0..1) the text around ``start..end`` agrees with the stored prefix and suffix.

    Each side is measured by :func:`_side_agreement`, and the lesser side counts: a
    quote whose one side agrees by chance (``more than $1`` before ``trillion``) but
    whose other side is another sentence's is not the span. Whitespace of any kind
    counts as equal, so re-wrapped text still agrees. A span stored without context
    agrees everywhere (1.0); so does a side the span had none on (the start or end of
    the text).

    Args:
        span: The span, with its stored context.
        text: The text now.
        start: Where the quote would start.
        end: Where it would end (default: ``start`` plus the quote's length).
    """
    end = start + len(span.text) if end is None else end
    before = text[max(0, start - len(span.prefix)) : start]
    after = text[end : end + len(span.suffix)]
    return min(
        _side_agreement(span.prefix, before, is_prefix=True),
        _side_agreement(span.suffix, after, is_prefix=False),
    )


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    index = text.find(quote)
    while index != -1:
        found.append(index)
        index = text.find(quote, index + 1)
    return found


def _context_chars(span: Span, text: str, start: int) -> int:
    """How many characters of the stored prefix and suffix surround ``start`` unchanged."""
    end = start + len(span.text)
    before = _flat(text[max(0, start - len(span.prefix)) : start])
    after = _flat(text[end : end + len(span.suffix)])
    return _common_suffix(_flat(span.prefix), before) + _common_prefix(_flat(span.suffix), after)


def _intact_side(span: Span, text: str, start: int) -> bool:
    """True if the prefix or the suffix (of :data:`INTACT_SIDE` characters or more)
    surrounds ``start`` nearly as stored."""
    end = start + len(span.text)
    before = text[max(0, start - len(span.prefix)) : start]
    after = text[end : end + len(span.suffix)]
    return any(
        len(stored) >= INTACT_SIDE and _side_agreement(stored, seen, is_prefix) >= INTACT_AGREEMENT
        for stored, seen, is_prefix in ((span.prefix, before, True), (span.suffix, after, False))
    )


def _trusted(span: Span, text: str, start: int) -> bool:
    """Whether an exact occurrence of the quote at ``start`` is the span: its context
    agrees on both sides, or it is near the old place with one side intact."""
    if context_agreement(span, text, start) >= MIN_CONTEXT_AGREEMENT:
        return True
    return abs(start - span.start) <= NEAR and _intact_side(span, text, start)


def _exact(span: Span, text: str) -> int | None:
    """The best exact occurrence of the quote that its context vouches for, or None.

    Only occurrences the context vouches for (:func:`_trusted`) are candidates (an
    occurrence elsewhere without its context is often another mention); they are
    ranked by how much context agrees unchanged, then by distance from the old place.
    """
    candidates = [c for c in _occurrences(text, span.text) if _trusted(span, text, c)]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (-_context_chars(span, text, c), abs(c - span.start)))


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
    # An approximate match may stop inside a word ("$1.1 trilli"): take the whole word.
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
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
        placed = _quote_in(
            span, text, lo + found.dest_start - slack, lo + found.dest_end + slack, expected
        )
        if placed is not None and context_agreement(span, text, *placed) >= MIN_CONTEXT_AGREEMENT:
            return placed
    return None


def _place(span: Span, text: str) -> tuple[int, int, int] | None:
    """Where the span goes in ``text``, and how sure: the context characters that
    agree there, or -1 when it was placed approximately."""
    start = _exact(span, text)
    if start is not None:
        return start, start + len(span.text), _context_chars(span, text, start)
    placed = _approximate(span, text)
    return (*placed, -1) if placed is not None else None


def _moved(span: S, text: str, start: int, end: int) -> S:
    prefix, suffix = span_context(text, start, end)
    if (start, end, text[start:end], prefix, suffix) == (
        span.start,
        span.end,
        span.text,
        span.prefix,
        span.suffix,
    ):
        return span
    return span.model_copy(
        update={
            "start": start,
            "end": end,
            "text": text[start:end],
            "prefix": prefix,
            "suffix": suffix,
        }
    )


def reanchor_span(span: S, text: str) -> S | None:
    """The span moved to where its quote stands in ``text``, or None if it cannot be placed.

    Args:
        span: A span positioned in an older version of the text.
        text: The current article text.

    Returns:
        The span at its new place with fresh context (its quote updated if it
        was only found approximately), or None.
    """
    placed = _place(span, text)
    return _moved(span, text, placed[0], placed[1]) if placed is not None else None


def _claims(spans: tuple[Span, ...], places: list[tuple[int, int, int] | None]) -> list[bool]:
    """Which placements stand: when spans from different old places land on one
    place with one label, only the one whose context agrees best keeps it (the
    others' own text is gone; they matched a neighbour's quote)."""
    best: dict[tuple[int, int, str], tuple[int, int, int]] = {}
    for span, place in zip(spans, places, strict=True):
        if place is None:
            continue
        key = (place[0], place[1], span.label)
        claim = (place[2], -abs(place[0] - span.start), -span.start)
        if key not in best or claim > best[key]:
            best[key] = claim
    keep = []
    for span, place in zip(spans, places, strict=True):
        if place is None:
            keep.append(False)
            continue
        winner = best[(place[0], place[1], span.label)]
        keep.append(winner[2] == -span.start)
    return keep


def _sorted(spans: list[S]) -> tuple[S, ...]:
    return tuple(sorted(spans, key=span_order))


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
    spans = (*annotation.entities, *annotation.quantities, *annotation.orphans)
    places = [_place(span, text) for span in spans]
    for span, place, kept in zip(spans, places, _claims(spans, places), strict=True):
        if place is None or not kept:
            orphans.append(span)
            continue
        moved = _moved(span, text, place[0], place[1])
        if isinstance(moved, Quantity):
            quantities.append(moved)
        else:
            entities.append(moved)
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


def _same_decision(a: Span, b: Span) -> bool:
    """True if two spans say the same thing (their stored context aside)."""
    ignore = {"prefix", "suffix"}
    return type(a) is type(b) and a.model_dump(exclude=ignore) == b.model_dump(exclude=ignore)


def place_orphans(annotation: ArticleAnnotation, text: str) -> ArticleAnnotation:
    """``annotation`` with each orphan whose quote and context are in ``text`` again put
    back among its spans: tried on every annotate and every open, so a span comes back
    when its text does.

    A placed orphan takes the place of a model suggestion with the same place and label
    (a person's decision beats a suggestion); where a person's span or a rejection is
    already there, it is dropped if it says the same, else it stays an orphan.

    Args:
        annotation: An annotation whose spans fit ``text``.
        text: The article text now.

    Returns:
        The annotation, its placed orphans moved to ``entities`` or ``quantities``.
    """
    if not annotation.orphans:
        return annotation
    spans: list[Entity | Quantity] = [*annotation.entities, *annotation.quantities]
    left: list[Entity | Quantity] = []
    for orphan in annotation.orphans:
        place = _place(orphan, text)
        if place is None:
            left.append(orphan)
            continue
        moved = _moved(orphan, text, place[0], place[1])
        there = [s for s in spans if s.key == moved.key]
        if any(s.reviewed and _same_decision(s, moved) for s in there):
            continue  # already there
        if any(s.reviewed for s in there):
            left.append(orphan)  # a person decided otherwise there: theirs to settle
            continue
        spans = [s for s in spans if s.key != moved.key] + [moved]
    if len(left) == len(annotation.orphans):
        return annotation
    return annotation.model_copy(
        update={
            "entities": _sorted([s for s in spans if isinstance(s, Entity)]),
            "quantities": _sorted([s for s in spans if isinstance(s, Quantity)]),
            "orphans": _sorted(left),
        }
    )
