"""The corpus index: built from the YAML files, updated by digest, rebuilt when broken, searched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tui.core.model.corpus import load_corpus
from tui.core.model.index import INDEX_FILE, CorpusIndex, fts_expression
from tui.core.model.library import Library, split_sentences
from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    Mention,
    Metadata,
    Quantity,
)
from tui.core.model.search import Figure, Query, parse_query
from tui.core.model.settings import PIPELINE_VERSION
from tui.core.model.store import AnnotationStore

TEXTS = {
    "a": "Acme Corp bought Widget Ltd for $2 billion. Shares rose 7 percent.\n",
    "b": "Widget Ltd said the Acme Corp deal closed. Profit fell 3 percent.\n",
    "c": "Nobody annotated this article about Gadget Inc.\n",
}
INDEX_LINES = (
    '{"file": "a.txt", "date": "1987-03-02", "source": "Reuters"}\n'
    '{"file": "b.txt", "date": "1987-04-10", "source": "Kyodo"}\n'
)


def _span(cls: type, text: str, quote: str, label: str, nth: int = 0, **extra: object) -> object:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return cls(start=start, end=start + len(quote), text=quote, label=label, **extra)


def _annotation(article: Article, *spans: object) -> ArticleAnnotation:
    return ArticleAnnotation(
        article=article.id,
        sha256=article.sha256,
        pipeline=f"{PIPELINE_VERSION} test",
        metadata=Metadata.of(article),
        sentences=split_sentences(article.text),
        entities=tuple(s for s in spans if isinstance(s, Entity)),
        quantities=tuple(s for s in spans if isinstance(s, Quantity)),
    )


@pytest.fixture
def world(tmp_path: Path) -> tuple[list[Article], AnnotationStore]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in TEXTS.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    (seeds / "index.jsonl").write_text(INDEX_LINES, encoding="utf-8")
    articles = list(load_corpus(seeds).articles)
    a, b = articles[0], articles[1]
    store = AnnotationStore(tmp_path / "annotations")
    ta, tb = a.text, b.text
    store.save(
        _annotation(
            a,
            _span(Entity, ta, "Acme Corp", "ORG", kb_id="Q1"),
            _span(Entity, ta, "Widget Ltd", "ORG"),
            _span(Quantity, ta, "$2 billion", "MONEY", value=2e9, unit="USD"),
            _span(Quantity, ta, "7 percent", "PERCENT", value=7.0, unit="percent"),
        )
    )
    store.save(
        _annotation(
            b,
            _span(Entity, tb, "Widget Ltd", "ORG"),
            _span(Entity, tb, "Acme Corp", "ORG", kb_id="Q1"),
            _span(Quantity, tb, "3 percent", "PERCENT", value=3.0, unit="percent"),
        )
    )
    return articles, store


def _index(store: AnnotationStore) -> CorpusIndex:
    return CorpusIndex.beside(store.root)


def _picture(index: CorpusIndex) -> object:
    """Everything the reader asks the index, to compare two indexes."""
    return (
        index.summaries(),
        index.top_entities(100),
        [index.places(e.key, limit=10) for e in index.top_entities(100)],
        index.search(parse_query("acme")),
        index.events_at("a"),
    )


def test_build_then_nothing_to_do(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    first = index.update(articles, store)
    assert (first.indexed, first.unchanged, first.rebuilt) == (3, 0, None)
    summaries = index.summaries()
    assert {k: s.status for k, s in summaries.items()} == {
        "a": "current",
        "b": "current",
        "c": "missing",
    }
    assert (summaries["a"].entities, summaries["a"].quantities) == (2, 2)
    assert summaries["a"].source == "Reuters" and summaries["b"].date == "1987-04-10"
    again = index.update(articles, store)
    assert (again.indexed, again.unchanged) == (0, 3)


def test_only_changed_files_are_read_again(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    # Same bytes, new time: the digest says nothing changed.
    path = store.path_for("b")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    touched = index.update(articles, store)
    assert (touched.indexed, touched.unchanged) == (0, 3)
    # A person rejects Widget Ltd in b: the cross references follow the file.
    loaded = store.load("b").value
    entities = tuple(
        e.model_copy(update={"status": "rejected"}) if e.text == "Widget Ltd" else e
        for e in loaded.entities
    )
    store.save(loaded.model_copy(update={"entities": entities}))
    changed = index.update(articles, store)
    assert changed.indexed == 1
    widget = index.entity("ORG:widget")
    assert widget is not None and (widget.articles, widget.mentions) == (1, 1)
    # An article gone from the corpus is dropped.
    dropped = index.update(articles[:2], store)
    assert dropped.removed == 1 and "c" not in index.summaries()


def test_deleted_index_is_rebuilt_the_same(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    before = _picture(index)
    index.close()
    for path in store.root.glob(INDEX_FILE + "*"):
        path.unlink()
    report = index.update(articles, store)
    assert report.indexed == 3 and report.rebuilt is None  # nothing to rebuild: just built
    assert _picture(index) == before


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(b"this is not a database" * 100), id="garbage"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:1000] + b"\0" * 5000), id="cut"),
        pytest.param(
            lambda p: sqlite3.connect(p).execute("UPDATE meta SET value = '0'").connection.commit(),
            id="old-schema",
        ),
    ],
)
def test_broken_index_is_rebuilt_with_a_message(
    world: tuple[list[Article], AnnotationStore], damage: object
) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    before = _picture(index)
    index.close()
    assert callable(damage)
    damage(index.path)
    report = index.update(articles, store)
    assert report.rebuilt is not None and report.indexed == 3
    assert _picture(index) == before


def test_garbage_while_open_is_rebuilt(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    before = _picture(index)
    index.path.write_bytes(b"\x00garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{index.path}{suffix}").unlink(missing_ok=True)
    report = index.update(articles, store)
    assert report.rebuilt is not None
    assert _picture(index) == before


def test_the_index_never_holds_a_decision(world: tuple[list[Article], AnnotationStore]) -> None:
    """Every decision is in the YAML files: the index is made from them and nothing else."""
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    yaml_before = {p.name: p.read_bytes() for p in store.root.glob("*.yaml")}
    index.path.write_bytes(b"garbage")
    index.update(articles, store)
    assert {p.name: p.read_bytes() for p in store.root.glob("*.yaml")} == yaml_before


def test_unreadable_file_is_an_error_row(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    store.path_for("c").write_text("format: [oops\n", encoding="utf-8")
    index = _index(store)
    index.update(articles, store)
    summary = index.summaries()["c"]
    assert summary.status == "error" and summary.error is not None and summary.error[0] == 2
    # Its text is still searchable (plain sentences).
    assert [h.article for h in index.search(parse_query("gadget"))] == ["c"]


def test_fresh_is_a_stat_check(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    assert index.fresh(articles, store) == set()  # no index yet
    index.update(articles, store)
    assert index.fresh(articles, store) == {"a", "b"}
    path = store.path_for("a")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert index.fresh(articles, store) == {"b"}


def test_fresh_forgets_rows_of_an_older_pipeline(
    world: tuple[list[Article], AnnotationStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    assert index.fresh(articles, store) == {"a", "b"}
    # A new version of extraction: every annotation is to be redone by `annotate`.
    monkeypatch.setattr("tui.core.model.settings.PIPELINE_VERSION", "nr-next")
    assert index.fresh(articles, store) == set()


def test_rows_of_an_older_pipeline_are_stale_after_an_update(
    world: tuple[list[Article], AnnotationStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader upgraded to a new version of extraction opens a folder whose index it made
    before: the files did not change, but they are no longer current, so the reader
    annotates them again (their statuses come from the index)."""
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    monkeypatch.setattr("tui.core.model.settings.PIPELINE_VERSION", "nr-next")
    report = index.update(articles, store)
    assert report.indexed == 2
    assert {k: s.status for k, s in index.summaries().items()} == {
        "a": "stale",
        "b": "stale",
        "c": "missing",
    }
    again = index.update(articles, store)  # stale rows are not read again and again
    assert (again.indexed, again.unchanged) == (0, 3)


def test_record_takes_written_annotations(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    c = articles[2]
    annotation = _annotation(c, _span(Entity, c.text, "Gadget Inc", "ORG"))
    digest = store.save(annotation)
    index = _index(store)
    index.record([(c, annotation, digest)], store)
    assert index.summaries()["c"].status == "current"
    assert index.fresh([c], store) == {"c"}


def test_events_are_indexed_by_digest(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    assert index.events_at("a") == []
    event = Event(
        id="deal",
        title="Acme buys Widget",
        mentions=(Mention(article="a", start=0, end=43), Mention(article="b", start=0, end=42)),
    )
    store.save_events(EventsFile(events=(event,)))
    report = index.update(articles, store)
    assert report.events and report.indexed == 0
    assert index.events_at("b") == [("deal", "Acme buys Widget", 0, 42)]
    assert not index.update(articles, store).events


def test_library_reads_counts_and_refs_from_the_index(
    world: tuple[list[Article], AnnotationStore],
) -> None:
    articles, store = world
    library = Library(load_corpus(Path(articles[0].path).parent), store)
    assert [a.id for a in library.needing_annotation()] == ["c"]
    assert library.status("a") == "current" and library.loaded("a") is None  # no YAML parsed
    assert library.metadata("b")[1:3] == ("Kyodo", "1987-04-10")
    refs = library.entity_refs("Q1", "a")
    assert refs is not None and refs.name == "Acme Corp" and refs.other_count("a") == 1


# ----------------------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", Query()),
        ("acme", Query(words=("acme",), prefix=True)),
        ("acme ", Query(words=("acme",))),
        ("Acme Corp", Query(words=("Acme", "Corp"), prefix=True)),
        ('"interest rate" cut', Query(words=("cut",), phrases=("interest rate",), prefix=True)),
        ('"open phrase', Query(phrases=("open phrase",))),
        ("entity:Q42", Query(entities=("Q42",))),
        ('entity:"Bank of Japan"', Query(entities=("Bank of Japan",))),
        ("label:org", Query(labels=("ORG",))),
        ("source:reuters", Query(sources=("reuters",))),
        ("date:1987-03-01..1987-03-31", Query(date_from="1987-03-01", date_to="1987-03-31")),
        ("date:1987-03", Query(date_from="1987-03", date_to="1987-03")),
        ("date:..1987-03-31", Query(date_to="1987-03-31")),
        ("date:1987-03-01..", Query(date_from="1987-03-01")),
        ("money>1e9 USD", Query(figures=(Figure("money", ">", 1e9, "USD"),))),
        ("money>1e9", Query(figures=(Figure("money", ">", 1e9),))),
        ("money>=2bn", Query(figures=(Figure("money", ">=", 2e9),))),
        ("pct:>5", Query(figures=(Figure("percent", ">", 5.0),))),
        ("pct>5", Query(figures=(Figure("percent", ">", 5.0),))),
        ("pct<=2.5", Query(figures=(Figure("percent", "<=", 2.5),))),
        (
            "opec entity:Q1 pct:>5 source:kyodo",
            Query(
                words=("opec",),
                entities=("Q1",),
                sources=("kyodo",),
                figures=(Figure("percent", ">", 5.0),),
            ),
        ),
        ("date:soon", Query(problems=("date:soon",))),
        ("USD", Query(words=("USD",), prefix=True)),
        ("U.S. trade", Query(words=("U", "S", "trade"), prefix=True)),
    ],
)
def test_query_language(typed: str, expected: Query) -> None:
    assert parse_query(typed) == expected


def test_fts_expression_quotes_and_prefixes() -> None:
    assert fts_expression(parse_query('acme "rate cut" wid')) == '"rate cut" AND "acme" AND "wid"*'
    assert fts_expression(parse_query('say "hi" ')) == '"hi" AND "say"'
    assert fts_expression(parse_query("entity:Q1")) is None


def _found(index: CorpusIndex, typed: str) -> list[tuple[str, list[str]]]:
    return [
        (h.article, [h.text[s:e] for s, e in h.highlights])
        for h in index.search(parse_query(typed))
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("widget", [("a", ["Widget"]), ("b", ["Widget"])]),
        ("wid", [("a", ["Widget"]), ("b", ["Widget"])]),  # the last word while typing
        ('"acme corp deal"', [("b", ["Acme Corp deal"])]),
        ("entity:Q1", [("a", ["Acme Corp"]), ("b", ["Acme Corp"])]),
        ("entity:acme", [("a", ["Acme Corp"]), ("b", ["Acme Corp"])]),  # names compare normalised
        ('entity:"Widget Ltd"', [("a", ["Widget Ltd"]), ("b", ["Widget Ltd"])]),
        ("label:MONEY", [("a", ["$2 billion"])]),
        ("money>1e9 USD", [("a", ["$2 billion"])]),
        ("money>1e9 EUR", []),
        ("money<1e9", []),
        ("pct:>5", [("a", ["7 percent"])]),
        ("pct<5 fell", [("b", ["fell 3 percent"])]),  # highlights a space apart join
        ("acme source:kyodo", [("b", ["Acme"])]),
        ("acme date:1987-03", [("a", ["Acme"])]),
        ("acme date:1987-04-01..1987-04-30", [("b", ["Acme"])]),
        ("gadget", [("c", ["Gadget"])]),
    ],
)
def test_search_results_and_highlights(
    world: tuple[list[Article], AnnotationStore], typed: str, expected: list[object]
) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    assert sorted(_found(index, typed)) == expected


def test_search_ranks_and_counts(world: tuple[list[Article], AnnotationStore]) -> None:
    articles, store = world
    index = _index(store)
    index.update(articles, store)
    hits = index.search(parse_query("acme"), exclude="a")
    assert [h.article for h in hits] == ["b"]
    assert index.count(parse_query("percent")) == (2, 2)
    assert index.search(parse_query("percent"), cancelled=lambda: True) == []
    assert index.count(parse_query("percent"), cancelled=lambda: True) is None
