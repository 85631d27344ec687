"""Library: annotations read on demand, current or not, reading marks, cross references, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.model.corpus import load_corpus
from tui.core.model.library import (
    Library,
    entity_key,
    quote_around,
    reading_marks,
    sentence_index,
    split_sentences,
)
from tui.core.model.schema import ArticleAnnotation, Entity, Furniture, Quantity, Sentence
from tui.core.model.settings import PIPELINE_VERSION
from tui.core.model.store import AnnotationStore
from tui.core.text.sentences import sentence_spans

TEXT_A = "date 2024-01-02 Acme Corp bought Widget Ltd. Acme Corp paid 5 dollars.\nSign up for our newsletter.\n"
TEXT_B = "Widget Ltd said Acme Corp was late. Nobody else spoke.\n"


def _span(cls: type, text: str, quote: str, label: str, nth: int = 0, **extra: object) -> object:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return cls(start=start, end=start + len(quote), text=quote, label=label, **extra)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (seeds / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (seeds / "c.txt").write_text("No annotations for this one.\n", encoding="utf-8")
    (seeds / "d.txt").write_text("A broken annotation file.\n", encoding="utf-8")
    corpus = load_corpus(seeds)
    by_id = corpus.by_id()
    store = AnnotationStore(tmp_path / "annotations")
    furniture_start = TEXT_A.index("Sign up")
    store.save(
        ArticleAnnotation(
            article="a",
            sha256=by_id["a"].sha256,
            pipeline=f"{PIPELINE_VERSION} test",
            sentences=split_sentences(TEXT_A),
            furniture=(Furniture(start=furniture_start, end=len(TEXT_A) - 1, kind="signup"),),
            entities=(
                _span(Entity, TEXT_A, "2024-01-02", "DATE"),
                _span(Entity, TEXT_A, "Acme Corp", "ORG"),
                _span(Entity, TEXT_A, "Widget Ltd", "ORG"),
                _span(Entity, TEXT_A, "Acme Corp", "ORG", nth=1),
                _span(Entity, TEXT_A, "newsletter", "PRODUCT"),
            ),
            quantities=(_span(Quantity, TEXT_A, "5 dollars", "MONEY", value=5, unit="USD"),),
        )
    )
    store.save(
        ArticleAnnotation(
            article="b",
            sha256=by_id["b"].sha256,
            pipeline=f"{PIPELINE_VERSION} test",
            sentences=split_sentences(TEXT_B),
            entities=(
                _span(Entity, TEXT_B, "Widget Ltd", "ORG"),
                _span(Entity, TEXT_B, "Acme Corp", "ORG", status="rejected"),
                _span(Entity, TEXT_B, "Nobody", "PERSON"),
            ),
        )
    )
    (tmp_path / "annotations" / "d.yaml").write_text("format: [oops\n", encoding="utf-8")
    return Library(corpus, store)


def test_status_of_each_article(library: Library) -> None:
    assert [library.info(a.id).status for a in library.articles] == [
        "current",
        "current",
        "missing",
        "error",
    ]
    error = library.info("d").error
    assert error is not None and error.path.endswith("d.yaml") and error.line is not None
    assert [a.id for a in library.needing_annotation()] == ["c"]


def test_stale_pipeline_is_not_current(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "annotations" / "b.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(PIPELINE_VERSION, "old0"), encoding="utf-8"
    )
    assert library.reload("b").status == "stale"
    assert library.info("b").usable is None and library.marks("b") == []


def test_reading_marks_skip_furniture_header_and_rejected(library: Library) -> None:
    texts = [m.span.text for m in library.marks("a")]
    assert texts == [
        "Acme Corp",
        "Widget Ltd",
        "Acme Corp",
        "5 dollars",
    ]  # no date header, no furniture
    assert [m.span.text for m in library.marks("b")] == [
        "Widget Ltd",
        "Nobody",
    ]  # rejected left out


def test_reading_marks_drop_overlaps_and_out_of_range() -> None:
    corpus_text = "Acme Corp Group is big."
    from tui.core.model.schema import Article

    article = Article("x", "x.txt", corpus_text, "0", "t", None, ("en",))
    annotation = ArticleAnnotation(
        article="x",
        sha256="0",
        entities=(
            Entity(start=0, end=15, text="Acme Corp Group", label="ORG"),
            Entity(start=5, end=9, text="Corp", label="ORG"),
            Entity(start=20, end=40, text="x" * 20, label="ORG"),
        ),
    )
    assert [(m.start, m.end) for m in reading_marks(article, annotation)] == [(0, 15)]


def test_cross_references_group_by_key(library: Library) -> None:
    library.refresh_index()
    acme = library.entity_refs("ORG:acme", "a")
    assert acme is not None and acme.count("a") == 2  # the rejected one in b is not counted
    assert acme.article_count == 1 and acme.others("a") == []
    widget = library.entity_refs("ORG:widget", "a")
    assert widget is not None and widget.others("a") == ["b"] and widget.total == 2
    assert widget.other_count("a") == 1
    first = widget.first("b")
    assert first is not None and library.quote(first).startswith("Widget Ltd said")
    sentence = library.sentences("a")[0]
    found = library.entities_in("a", sentence.start, sentence.end)
    assert [refs.key for refs, _ in found] == ["ORG:acme", "ORG:widget"]


def test_knowledge_base_id_wins_over_text() -> None:
    entity = Entity(start=0, end=4, text="Acme", label="ORG", kb_id="Q1")
    assert entity_key(entity) == "Q1"
    assert entity_key(entity.model_copy(update={"kb_id": None})) == "ORG:acme"


def test_search_is_case_insensitive_and_ranked(library: Library) -> None:
    library.refresh_index()
    hits = library.search("acme corp")
    assert sorted((h.article, h.text[s:e]) for h in hits for s, e in h.highlights) == [
        ("a", "Acme Corp"),
        ("a", "Acme Corp"),
        ("b", "Acme Corp"),
    ]
    assert [h.article for h in library.search("acme", article_id="b")] == ["b"]
    assert [h.article for h in library.search("acme", exclude="a")] == ["b"]
    assert library.search("(") == [] and library.search("  ") == []
    assert len(library.search("a", limit=1)) == 1
    hit = library.search("nobody")[0]
    assert TEXT_B[hit.offset : hit.offset + 6] == "Nobody"


def test_split_sentences_are_the_plain_text_sentences() -> None:
    # The splitting itself is tested in test_text.py.
    text = "One. Two!\n日本語です。次の文。"
    assert [(s.start, s.end) for s in split_sentences(text)] == sentence_spans(text)


def test_sentence_index() -> None:
    sentences = (Sentence(start=0, end=5), Sentence(start=6, end=10))
    assert [sentence_index(sentences, o) for o in (0, 5, 6, 20)] == [0, 0, 1, 1]


@pytest.mark.parametrize("start", [0, 10, 50, 95])
def test_quote_keeps_the_mention(start: int) -> None:
    text = " ".join(f"word{i}" for i in range(20))
    quote = quote_around(text, start, start + 5, 40)
    assert text[start : start + 5].strip() in quote.replace("…", "")
    assert len(quote) <= 44
