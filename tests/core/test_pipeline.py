"""Re-annotation keeps people's decisions; broken files are left alone; current ones skipped."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tui.core import pipeline
from tui.core.model.corpus import load_corpus
from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    Entity,
    KbEntity,
    KnowledgeBase,
    Metadata,
    Quantity,
)
from tui.core.model.settings import PIPELINE_VERSION, Settings
from tui.core.model.store import AnnotationStore
from tui.core.pipeline import Annotator, annotate, annotate_and_link, merge_annotation

from editing_world import span_in

TEXT = "Acme Corp fell 5% on Monday. Acme said profit rose to $3m."


class FakeExtractor:
    """Finds every word in ``labels`` and labels it; stands in for spaCy."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels
        self.calls = 0

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for article in articles:
            self.calls += 1
            entities = []
            for word, label in self.labels.items():
                start = article.text.find(word)
                while start != -1:
                    entities.append(
                        Entity(start=start, end=start + len(word), text=word, label=label)
                    )
                    start = article.text.find(word, start + 1)
            yield ArticleAnnotation(
                article=article.id,
                sha256=article.sha256,
                pipeline=f"{PIPELINE_VERSION} fake",
                metadata=Metadata(title=article.title, date=article.date),
                entities=tuple(entities),
            )


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "b.txt").write_text("Other text about Acme.", encoding="utf-8")
    return tmp_path


def test_annotate_writes_then_skips_current(corpus_dir: Path) -> None:
    store = AnnotationStore(corpus_dir / "annotations")
    articles = load_corpus(corpus_dir / "seeds").articles
    fake = FakeExtractor({"Acme": "ORG"})
    report = annotate(articles, store, extractor=fake)
    assert sorted(report.written) == ["a", "b"]
    again = annotate(articles, store, extractor=fake)
    assert sorted(again.skipped_current) == ["a", "b"] and fake.calls == 2


def test_human_spans_and_rejections_survive(corpus_dir: Path) -> None:
    store = AnnotationStore(corpus_dir / "annotations")
    articles = load_corpus(corpus_dir / "seeds").articles
    annotate(articles, store, extractor=FakeExtractor({"Acme": "PERSON"}))
    first = store.load("a").value
    assert first is not None
    wrong = first.entities[0]
    human = Entity(start=0, end=9, text="Acme Corp", label="ORG", origin="human")
    at = TEXT.index("$3m")
    money = Quantity(
        start=at, end=at + 3, text="$3m", label="MONEY", origin="human", value=3e6, unit="USD"
    )
    edited = first.model_copy(
        update={
            "entities": (
                wrong.model_copy(update={"status": "rejected"}),
                *first.entities[1:],
                human,
            ),
            "quantities": (money,),
            "metadata": first.metadata.model_copy(
                update={"title": "My title", "human": ("title",)}
            ),
        }
    )
    store.save(edited)
    annotate(
        articles, store, force=True, extractor=FakeExtractor({"Acme": "PERSON", "Monday": "DATE"})
    )
    after = store.load("a").value
    assert after is not None
    keys = {(e.start, e.end, e.label): e for e in after.entities}
    assert keys[(0, 4, "PERSON")].status == "rejected"  # the model's guess stays rejected
    assert keys[(0, 9, "ORG")].origin == "human"
    assert keys[(29, 33, "PERSON")].status == "accepted"  # other suggestions refreshed
    assert any(e.label == "DATE" for e in after.entities)  # new suggestions arrive
    assert after.quantities == (money,)
    assert after.metadata.title == "My title"


def test_unreadable_file_is_left_untouched(corpus_dir: Path) -> None:
    store = AnnotationStore(corpus_dir / "annotations")
    store.root.mkdir()
    bad = store.path_for("a")
    bad.write_bytes(b"format: newsreader-annotation/1\narticle: a\n\tsha256: 0\n")
    before = bad.read_bytes()
    articles = load_corpus(corpus_dir / "seeds").articles
    report = annotate(articles, store, force=True, extractor=FakeExtractor({"Acme": "ORG"}))
    assert bad.read_bytes() == before
    assert [e.path for e in report.errors] == [str(bad)]
    assert report.errors[0].line == 3
    assert report.written == ["b"]  # the rest of the corpus still works


def test_changed_text_reanchors_human_spans() -> None:
    old_text = "Acme Corp said on Monday that profit fell."
    new_text = "Breaking: Acme Corp said on Monday that profit dropped sharply."

    moved = span_in(Entity, old_text, "Acme Corp", "ORG", origin="human")
    gone = span_in(Entity, old_text, "fell", "EVENT", origin="human")
    old = ArticleAnnotation(article="a", sha256="0" * 64, entities=(moved, gone))
    new = ArticleAnnotation(article="a", sha256="1" * 64)
    merged = merge_annotation(old, new, new_text)
    assert [(e.start, e.text) for e in merged.entities] == [(10, "Acme Corp")]
    assert merged.orphans == (gone,)


def test_orphans_are_placed_again_when_their_text_comes_back() -> None:
    """Annotating a text that lost a person's span makes it an orphan; annotating again
    once the text is back places it again (orphans stayed orphans for good)."""
    text = "Acme Corp said on Monday that profit fell. Shares of Acme rose."
    human = span_in(Entity, text, "profit fell", "EVENT", origin="human")
    old = ArticleAnnotation(article="a", sha256="0" * 64, entities=(human,))
    edited = text.replace(" that profit fell", "")
    lost = merge_annotation(old, ArticleAnnotation(article="a", sha256="1" * 64), edited)
    assert lost.entities == () and lost.orphans == (human,)
    back = merge_annotation(lost, ArticleAnnotation(article="a", sha256="0" * 64), text)
    assert back.orphans == () and back.entities == (human,)


def test_a_save_made_while_the_models_run_is_kept(corpus_dir: Path) -> None:
    """The reader annotates in the background; a person may save the same file meanwhile."""
    store = AnnotationStore(corpus_dir / "annotations")
    articles = load_corpus(corpus_dir / "seeds").articles
    annotate(articles, store, extractor=FakeExtractor({"Acme": "PERSON"}))
    human = Entity(start=0, end=9, text="Acme Corp", label="ORG", origin="human")

    class PersonSavesMeanwhile(FakeExtractor):
        def extract(
            self, articles: Iterable[Article], n_process: int = 1
        ) -> Iterator[ArticleAnnotation]:
            for fresh in super().extract(articles, n_process):
                current = store.load(fresh.article).value
                assert current is not None
                store.save(current.model_copy(update={"entities": (*current.entities, human)}))
                yield fresh

    report = annotate(
        articles,
        store,
        force=True,
        extractor=PersonSavesMeanwhile({"Acme": "ORG", "Monday": "DATE"}),
    )
    assert sorted(report.written) == ["a", "b"] and report.errors == []
    after = store.load("a").value
    assert after is not None
    assert human in after.entities  # the person's save survived
    assert any(e.label == "DATE" for e in after.entities)  # and the new suggestions arrived


class NoModels:
    """An extractor that must not be needed (every article is current)."""

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        raise AssertionError("nothing to annotate, yet the models were asked for")


@pytest.fixture
def seeds_store(tmp_path: Path, committed: Path) -> tuple[tuple[Article, ...], AnnotationStore]:
    """The seeds with a copy of their committed (current) annotations and events."""
    shutil.copytree(committed / "annotations", tmp_path / "annotations")
    return load_corpus(committed / "seeds").articles, AnnotationStore(tmp_path / "annotations")


def test_annotating_some_articles_links_the_whole_corpus(
    seeds_store: tuple[tuple[Article, ...], AnnotationStore],
) -> None:
    articles, store = seeds_store
    before = store.events_path.read_bytes()
    run = annotate_and_link(articles[:1], articles, store, extractor=NoModels())
    assert run.annotated.skipped_current == [articles[0].id]
    assert run.link_error is None and run.link_summary is not None
    assert run.link_summary.startswith("linked ") and "in 5 articles" in run.link_summary
    assert store.events_path.read_bytes() == before  # every article's events, as they were


def test_articles_missing_from_the_corpus_are_linked_too(
    seeds_store: tuple[tuple[Article, ...], AnnotationStore],
) -> None:
    articles, store = seeds_store
    before = store.events_path.read_bytes()
    run = annotate_and_link(articles[:1], articles[1:], store, extractor=NoModels())
    assert run.link_summary is not None and "in 5 articles" in run.link_summary
    assert store.events_path.read_bytes() == before


def test_linking_that_writes_nothing_is_reported_with_the_annotation(
    seeds_store: tuple[tuple[Article, ...], AnnotationStore],
) -> None:
    articles, store = seeds_store
    store.events_path.write_text("events: [unclosed\n", encoding="utf-8")
    run = annotate_and_link(articles, articles, store, extractor=NoModels())
    assert len(run.annotated.skipped_current) == 5
    assert run.link_summary is None and run.link_error is not None
    assert run.link_error.startswith("not linking: ") and "events.yaml:" in run.link_error
    assert store.events_path.read_text(encoding="utf-8") == "events: [unclosed\n"


def test_annotate_without_linking_writes_no_events(corpus_dir: Path) -> None:
    store = AnnotationStore(corpus_dir / "annotations")
    articles = load_corpus(corpus_dir / "seeds").articles
    run = annotate_and_link(
        articles, articles, store, extractor=FakeExtractor({"Acme": "ORG"}), link=False
    )
    assert sorted(run.annotated.written) == ["a", "b"]
    assert run.link_summary is None and run.link_error is None
    assert not store.events_path.exists()


def test_annotator_loads_the_models_on_first_use_and_keeps_them(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[KnowledgeBase | None] = []

    def load(settings: Settings | None, kb: KnowledgeBase | None) -> FakeExtractor:
        loads.append(kb)
        return FakeExtractor({"Acme": "ORG"})

    monkeypatch.setattr(pipeline, "load_extractor", load)
    store = AnnotationStore(corpus_dir / "annotations")
    articles = load_corpus(corpus_dir / "seeds").articles
    annotator = Annotator(Settings(seeds=corpus_dir / "seeds", annotations=store.root))
    assert loads == []
    run = annotator(articles, articles, store)
    assert sorted(run.annotated.written) == ["a", "b"] and run.link_summary is not None
    assert len(loads) == 1
    assert annotator(articles, articles, store).annotated.skipped_current == ["a", "b"]
    annotator(articles, articles, store, force=True)
    assert len(loads) == 1  # stayed loaded
    kb = KnowledgeBase(entities=(KbEntity(id="acme", label="ORG", name="Acme Corp"),))
    store.save_kb(kb)
    annotator(articles, articles, store, force=True)
    assert loads == [None, kb]  # the knowledge base changed: loaded again with its names


def test_annotator_reextracts_one_article_without_linking(corpus_dir: Path) -> None:
    store = AnnotationStore(corpus_dir / "annotations")
    articles = load_corpus(corpus_dir / "seeds").articles
    fake = FakeExtractor({"Acme": "ORG"})
    annotator = Annotator(Settings(), extractor=lambda: fake)
    annotator(articles, articles, store, force=False)
    events = store.events_path.read_bytes()
    stored = store.load("a").value
    assert stored is not None
    store.save(stored.model_copy(update={"pipeline": None}))  # what editing the date does
    calls = fake.calls
    report = annotator.reextract(articles[0], store)
    assert report.written == ["a"] and fake.calls == calls + 1
    assert store.events_path.read_bytes() == events


def test_annotator_reports_an_unreadable_knowledge_base(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "load_extractor", lambda settings, kb: FakeExtractor({}))
    store = AnnotationStore(corpus_dir / "annotations")
    store.root.mkdir()
    store.kb_path.write_text("entities: [unclosed\n", encoding="utf-8")
    articles = load_corpus(corpus_dir / "seeds").articles
    run = Annotator(Settings())(articles, articles, store)
    assert [e.path for e in run.annotated.errors] == [str(store.kb_path)]
    # Annotating without the knowledge base would write every article without its links.
    assert run.annotated.written == [] and store.annotation_files() == []
    assert run.annotated.stopped is not None and str(store.kb_path) in run.annotated.stopped


def test_jobs_annotate_whole_articles_in_worker_processes(tmp_path: Path) -> None:
    """With jobs > 1 forked workers extract, merge and write; the report is the same."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(20):
        (seeds / f"s{i:02d}.txt").write_text(f"Acme item {i}. {TEXT}", encoding="utf-8")
    store = AnnotationStore(tmp_path / "annotations")
    articles = load_corpus(seeds).articles
    done: list[str] = []
    report = annotate(
        articles,
        store,
        jobs=2,
        extractor=FakeExtractor({"Acme": "ORG"}),
        progress=lambda article_id, n, total: done.append(article_id),
    )
    assert sorted(report.written) == [a.id for a in articles] == done
    single = AnnotationStore(tmp_path / "single")
    annotate(articles, single, extractor=FakeExtractor({"Acme": "ORG"}))
    for article in articles:
        assert store.path_for(article.id).read_bytes() == single.path_for(article.id).read_bytes()


def test_a_date_guess_the_model_no_longer_makes_is_dropped() -> None:
    from tui.core.pipeline import merge_metadata

    old = Metadata(title="T", source="Wire", date="1923-04-22", url="https://example.org/a")
    fresh = Metadata(title="T")
    merged = merge_metadata(old, fresh)
    # The date was the model's guess from the text; the source and address came from
    # where the article was fetched, which the text cannot give again.
    assert merged.date is None
    assert (merged.source, merged.url) == ("Wire", "https://example.org/a")
    # A date a person set is kept, whatever the model guesses now.
    kept = old.model_copy(update={"human": ("date",)})
    assert merge_metadata(kept, fresh).date == "1923-04-22"
    assert (
        merge_metadata(kept, fresh.model_copy(update={"date": "2008-12-12"})).date == "1923-04-22"
    )
