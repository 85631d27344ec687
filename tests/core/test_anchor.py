"""Re-anchoring one span: exact quote by context and distance, then approximate, else orphan."""

from __future__ import annotations

import pytest

from tui.core.editing.anchor import reanchor_annotation, reanchor_span
from tui.core.model.schema import ArticleAnnotation, Entity, Quantity, Sentence
from tui.core.text.context import span_context

OLD = "Shares of Acme and Bolt slumped in Hong Kong on Thursday while the US market rose. Later the US fell."


def span(quote: str, nth: int = 0, label: str = "X") -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = OLD.index(quote, start + 1)
    prefix, suffix = span_context(OLD, start, start + len(quote))
    return Entity(
        start=start, end=start + len(quote), text=quote, label=label, prefix=prefix, suffix=suffix
    )


# (name, span, new text, expected quote at the new place or None for an orphan, expected start)
CASES = [
    ("unchanged", span("Acme"), OLD, "Acme", OLD.index("Acme")),
    (
        "shifted by an insertion",
        span("Hong Kong"),
        "NEW: " + OLD,
        "Hong Kong",
        OLD.index("Hong Kong") + 5,
    ),
    (
        "second of two by context",
        span("US", 1),
        "NEW: " + OLD,
        "US",
        OLD.index("the US fell") + 4 + 5,
    ),
    ("first of two by context", span("US", 0), "NEW: " + OLD, "US", OLD.index("US") + 5),
    (
        "its sentence deleted, the quote elsewhere",
        span("US", 0),
        OLD.replace("while the US market rose", "while bonds rose"),
        None,
        None,
    ),
    ("quote deleted", span("Thursday"), OLD.replace(" on Thursday", ""), None, None),
    (
        "unique quote, both neighbours changed",
        span("Hong Kong"),
        OLD.replace("slumped in Hong Kong on", "dived across Hong Kong by"),
        "Hong Kong",
        OLD.index("Hong Kong") + 2,
    ),
    (
        "quote re-wrapped over a line break",
        span("Hong Kong"),
        OLD.replace("Hong Kong", "Hong\nKong"),
        "Hong\nKong",
        OLD.index("Hong Kong"),
    ),
    (
        "quote slightly respelt",
        span("Thursday"),
        OLD.replace("Thursday", "Thursday,"),
        "Thursday",
        OLD.index("Thursday"),
    ),
    (
        "short quote gone",
        span("US", 1),
        OLD.replace("Later the US fell.", "Later it fell."),
        None,
        None,
    ),
]


@pytest.mark.parametrize("name,old,new_text,quote,start", CASES, ids=[c[0] for c in CASES])
def test_reanchor_span(
    name: str, old: Entity, new_text: str, quote: str | None, start: int | None
) -> None:
    placed = reanchor_span(old, new_text)
    if quote is None:
        assert placed is None
        return
    assert placed is not None
    assert (placed.text, placed.start) == (quote, start)
    assert new_text[placed.start : placed.end] == placed.text
    assert (placed.prefix, placed.suffix) == span_context(new_text, placed.start, placed.end)
    assert (placed.label, placed.origin, placed.status) == (old.label, old.origin, old.status)


def test_span_without_context_takes_the_nearest_occurrence() -> None:
    bare = Entity(
        start=OLD.index("the US fell") + 4, end=OLD.index("the US fell") + 6, text="US", label="GPE"
    )
    placed = reanchor_span(bare, "xx" + OLD)
    assert placed is not None and placed.start == bare.start + 2


def test_reanchor_annotation_keeps_orphans_and_places_them_again() -> None:
    gone, kept = span("Thursday"), span("Acme")
    money = Quantity(start=0, end=6, text="Shares", label="CARDINAL")
    annotation = ArticleAnnotation(
        article="x",
        sha256="0",
        entities=(gone, kept),
        quantities=(money,),
        sentences=(Sentence(start=0, end=len(OLD)),),
    )
    without = OLD.replace(" on Thursday", "")
    moved, orphans = reanchor_annotation(annotation, without)
    assert orphans == (gone,) and moved.orphans == (gone,)
    assert [e.text for e in moved.entities] == ["Acme"]
    assert [(q.start, q.text) for q in moved.quantities] == [(0, "Shares")]
    assert moved.sentences[0].end == len(without)
    back, orphans = reanchor_annotation(moved, OLD)  # the text came back: so does the span
    assert orphans == () and {e.text for e in back.entities} == {"Acme", "Thursday"}
