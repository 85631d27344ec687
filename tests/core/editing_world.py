"""A small made-up corpus with annotations, events and a knowledge base, for editing tests."""

from __future__ import annotations

from pathlib import Path

from tui.core.model.corpus import read_article
from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    KbEntity,
    KnowledgeBase,
    Mention,
    Metadata,
    Quantity,
    Sentence,
)
from tui.core.model.store import AnnotationStore
from tui.core.text.context import span_context

TEXT_A = (
    "Globex Corp said on Monday it would buy Initech for $3.5 billion.\n"
    "Shares of Globex rose 5 per cent in New\nYork, while Initech fell.\n"
    "The deal needs approval from regulators in Brussels.\n"
)
TEXT_B = "Initech agreed to be bought by Globex for $3.5bn, the company said on Tuesday.\n"


def span_in(cls: type, text: str, quote: str, label: str, nth: int = 0, **extra: object):
    """A span of the ``nth`` occurrence of ``quote`` in ``text``, with its stored context."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    prefix, suffix = span_context(text, start, end)
    return cls(start=start, end=end, text=quote, label=label, prefix=prefix, suffix=suffix, **extra)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for line in text.split(".\n"):
        if line.strip():
            end = start + len(line) + 1
            out.append(Sentence(start=start, end=end))
            start = end + 1
    return tuple(out)


def annotation_a(article: Article) -> ArticleAnnotation:
    text = article.text
    return ArticleAnnotation(
        article=article.id,
        sha256=article.sha256,
        pipeline="test",
        metadata=Metadata(title="Globex to buy Initech", date="2021-03-01", languages=("en",)),
        sentences=_sentences(text),
        entities=(
            span_in(Entity, text, "Globex Corp", "ORG"),
            span_in(Entity, text, "Monday", "DATE", value="2021-03-01"),
            span_in(Entity, text, "Initech", "PERSON"),  # wrong label, on purpose
            span_in(Entity, text, "Globex", "GPE", nth=1),  # wrong label
            span_in(Entity, text, "Brussels", "GPE"),
        ),
        quantities=(
            span_in(Quantity, text, "$3.5 billion", "MONEY", value=3.5e9, unit="USD"),
            span_in(
                Quantity, text, "5 per cent", "PERCENT", value=4.0, unit="percent"
            ),  # wrong value
        ),
    )


def annotation_b(article: Article) -> ArticleAnnotation:
    text = article.text
    return ArticleAnnotation(
        article=article.id,
        sha256=article.sha256,
        pipeline="test",
        metadata=Metadata(title="Initech agrees deal", languages=("en",)),
        sentences=_sentences(text),
        entities=(span_in(Entity, text, "Initech", "ORG"), span_in(Entity, text, "Globex", "ORG")),
        quantities=(span_in(Quantity, text, "$3.5bn", "MONEY", value=3.5e9, unit="USD"),),
    )


def events_for(a: Article, b: Article) -> EventsFile:
    sa, sb = _sentences(a.text), _sentences(b.text)

    def m(article: Article, s: Sentence) -> Mention:
        return Mention(
            article=article.id, start=s.start, end=s.end, text=article.text[s.start : s.end]
        )

    return EventsFile(
        events=(
            Event(
                id="e1",
                title="Globex buys Initech",
                date="2021-03-01",
                mentions=(m(a, sa[0]), m(b, sb[0])),
            ),
            Event(id="e2", title="Globex shares rise", mentions=(m(a, sa[1]),)),
            Event(id="e3", title="Regulators review", mentions=(m(a, sa[2]),)),
        )
    )


KB = KnowledgeBase(
    entities=(
        KbEntity(
            id="globex", label="ORG", name="Globex Corporation", aliases=("Globex", "Globex Corp")
        ),
        KbEntity(id="brussels", label="GPE", name="Brussels"),
    )
)


def make_world(root: Path) -> tuple[AnnotationStore, list[Article]]:
    """Write the two articles and their annotations under ``root``; returns store and articles."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (seeds / "b.txt").write_text(TEXT_B, encoding="utf-8")
    a, b = read_article(seeds / "a.txt"), read_article(seeds / "b.txt")
    store = AnnotationStore(root / "annotations")
    store.save(annotation_a(a))
    store.save(annotation_b(b))
    store.save_events(events_for(a, b))
    store.save_kb(KB)
    return store, [a, b]
