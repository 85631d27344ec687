"""The annotation pipeline: extract, merge with people's decisions, write.

A model suggestion never replaces a person's decision: every ``human`` span,
every ``rejected`` decision and every metadata field a person set survives
re-annotation. Articles whose annotations are current (same text digest, same
pipeline version) are skipped. spaCy is imported only when there is work to do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    Entity,
    Furniture,
    Metadata,
    Quantity,
)
from tui.core.model.settings import Settings, pipeline_is_current
from tui.core.model.store import AnnotationStore, BrokenFileError, ConflictError, Loaded, StoreError

S = TypeVar("S", Entity, Quantity)


class ArticleExtractor(Protocol):
    """What :func:`annotate` needs of an extractor (``extraction.Extractor``, or a fake)."""

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]: ...


@dataclass
class AnnotateReport:
    """What a run did, article by article."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_current: list[str] = field(default_factory=list)
    errors: list[StoreError] = field(default_factory=list)


def is_current(annotation: ArticleAnnotation | None, article: Article) -> bool:
    """True if the annotation was made from this exact text by this pipeline version."""
    return (
        annotation is not None
        and annotation.sha256 == article.sha256
        and pipeline_is_current(annotation.pipeline)
    )


def merge_metadata(old: Metadata, new: Metadata) -> Metadata:
    """New guesses, except for the fields a person set (and values nobody can guess)."""
    update: dict[str, object] = {"human": old.human}
    for name in ("title", "source", "date", "url", "languages"):
        old_value = getattr(old, name)
        if name in old.human or (getattr(new, name) in (None, ()) and old_value not in (None, ())):
            update[name] = old_value
    return new.model_copy(update=update)


def _reanchor(span: S, text: str) -> S | None:
    """The span moved to where its quote now stands (nearest to its old place), or None."""
    if text[span.start : span.end] == span.text:
        return span
    from tui.core.editing.anchor import reanchor_span

    return reanchor_span(span, text)


def merge_spans(
    old: Sequence[S], new: Sequence[S], text: str
) -> tuple[tuple[S, ...], tuple[S, ...]]:
    """Merge fresh model spans with the stored ones.

    Returns:
        The merged spans, and the people's spans that could not be placed in
        ``text`` (orphans).
    """
    kept: list[S] = []
    orphans: list[S] = []
    for span in old:
        if span.origin == "human" or span.status == "rejected":
            placed = _reanchor(span, text)
            if placed is None:
                if span.origin == "human":
                    orphans.append(span)
                continue
            kept.append(placed)
    decided = {span.key for span in kept}
    decided_positions = {(s.start, s.end) for s in kept if s.origin == "human"}
    for span in new:
        if span.key in decided or (span.start, span.end) in decided_positions:
            continue
        kept.append(span)
    kept.sort(key=lambda s: (s.start, s.end, s.label))
    return tuple(kept), tuple(orphans)


def merge_furniture(old: Sequence[Furniture], new: Sequence[Furniture]) -> tuple[Furniture, ...]:
    decided = [f for f in old if f.origin == "human" or f.status == "rejected"]
    keys = {(f.start, f.end) for f in decided}
    merged = decided + [f for f in new if (f.start, f.end) not in keys]
    return tuple(sorted(merged, key=lambda f: (f.start, f.end, f.kind)))


def merge_annotation(
    old: ArticleAnnotation | None, new: ArticleAnnotation, text: str
) -> ArticleAnnotation:
    """``new`` (model output) merged with everything a person decided in ``old``."""
    if old is None:
        return new
    entities, lost_entities = merge_spans(old.entities, new.entities, text)
    quantities, lost_quantities = merge_spans(old.quantities, new.quantities, text)
    orphans = tuple(old.orphans) + lost_entities + lost_quantities
    return new.model_copy(
        update={
            "metadata": merge_metadata(old.metadata, new.metadata),
            "entities": entities,
            "quantities": quantities,
            "furniture": merge_furniture(old.furniture, new.furniture),
            "orphans": orphans,
        }
    )


def with_human_date(article: Article, annotation: ArticleAnnotation | None) -> Article:
    """The article dated as a person set it, so relative dates resolve against that date."""
    if annotation is None or "date" not in annotation.metadata.human:
        return article
    return replace(article, date=annotation.metadata.date)


Progress = Callable[[str, int, int], None]


def annotate(
    articles: Iterable[Article],
    store: AnnotationStore,
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    extractor: ArticleExtractor | None = None,
) -> AnnotateReport:
    """Annotate the articles that need it and write their YAML.

    Args:
        articles: The corpus (or part of it).
        store: Where annotations are read and written.
        settings: Model names; defaults from the environment.
        jobs: Worker processes for ``nlp.pipe``.
        force: Redo articles even when their annotations are current.
        progress: Called as ``progress(article_id, done, total)`` after each article.
        extractor: An already loaded ``Extractor`` (loaded here if None).

    Returns:
        Which articles were written, left as they were, or had unreadable files.
    """
    report = AnnotateReport()
    todo: list[Article] = []
    previous: dict[str, Loaded] = {}
    for article in articles:
        loaded = store.load(article.id)
        if loaded.error is not None:
            # Never write over a file we could not read: the person must fix it first.
            report.errors.append(loaded.error)
            continue
        if not force and is_current(loaded.value, article):
            report.skipped_current.append(article.id)
            continue
        previous[article.id] = loaded
        todo.append(with_human_date(article, loaded.value))
    total = len(todo)
    if not todo:
        return report
    if extractor is None:
        from tui.core.nlp.extractor import Extractor

        kb = store.load_kb()
        if kb.error is not None:
            report.errors.append(kb.error)
        extractor = Extractor(settings, kb.value)
    by_id = {a.id: a for a in todo}
    for done, fresh in enumerate(extractor.extract(todo, n_process=jobs), start=1):
        article = by_id[fresh.article]
        outcome = _save_merged(store, previous[article.id], fresh, article.text)
        if isinstance(outcome, StoreError):
            report.errors.append(outcome)
        else:
            (report.written if outcome else report.unchanged).append(article.id)
        if progress:
            progress(article.id, done, total)
    return report


def _save_merged(
    store: AnnotationStore, base: Loaded, fresh: ArticleAnnotation, text: str, tries: int = 5
) -> bool | StoreError:
    """Merge model output into the file as it is on disk and write it.

    A person may save the same file while the models run (the reader annotates in
    the background): the write is checked against the digest the merge was based
    on, and on a change the merge is redone on the newer file, so the person's
    decisions are kept.

    Returns:
        Whether the file changed, or the error of a file that could not be read.
    """
    for _ in range(tries):
        merged = merge_annotation(base.value, fresh, text)
        try:
            return store.save(merged, expected_sha=base.sha256) != base.sha256
        except BrokenFileError as error:
            return error.error
        except ConflictError:
            base = store.load(fresh.article)
            if base.error is not None:
                return base.error
    return StoreError(str(store.path_for(fresh.article)), None, "kept changing while annotating")


# ----------------------------------------------------------------------------------------
# TEMPORARY (layout-ui): a stand-in for the Annotator that the layout-core branch adds, with
# the same interface, so that the reader can be switched to it before that lands. Take
# layout-core's file.


@dataclass
class RunReport:
    """What annotating then linking did."""

    annotated: AnnotateReport
    #: The linking summary (None: not linked, or linking failed).
    link_summary: str | None = None
    #: Why linking wrote nothing (None: it did, or was not asked for).
    link_error: str | None = None


class Annotator:
    """Annotate then link for the reader's worker.

    Args:
        settings: Model names.
        extractor: Builds the extractor instead (tests inject a light one).
    """

    def __init__(
        self, settings: Settings, *, extractor: Callable[[], ArticleExtractor] | None = None
    ) -> None:
        import threading

        self.settings = settings
        self._factory = extractor
        self._extractor: ArticleExtractor | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> ArticleExtractor | None:
        if self._factory is not None and self._extractor is None:
            self._extractor = self._factory()
        return self._extractor

    def __call__(
        self,
        articles: Sequence[Article],
        corpus: Sequence[Article],
        store: AnnotationStore,
        *,
        progress: Progress | None = None,
        force: bool = False,
    ) -> RunReport:
        """Annotate ``articles``, then link the whole ``corpus``."""
        with self._lock:
            report = RunReport(
                annotate(
                    articles,
                    store,
                    self.settings,
                    force=force,
                    progress=progress,
                    extractor=self._loaded(),
                )
            )
            from tui.core.events.linking import link_corpus

            try:
                report.link_summary = link_corpus(list(corpus), store)
            except Exception as error:  # linking is an extra: reading goes on without it
                report.link_error = f"linking failed: {type(error).__name__}: {error}"
            return report

    def reextract(self, article: Article, store: AnnotationStore) -> AnnotateReport:
        """Annotate one article again (its date changed, say), keeping people's decisions."""
        with self._lock:
            return annotate([article], store, self.settings, extractor=self._loaded())
