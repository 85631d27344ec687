"""The annotation pipeline: extract, merge with people's decisions, write; then link.

A model suggestion never replaces a person's decision: every ``human`` span,
every ``rejected`` decision and every metadata field a person set survives
re-annotation, and every decision about events survives re-linking. Articles
whose annotations are current (same text digest, same pipeline version) are
skipped. Linking always runs over the whole corpus, so annotating some articles
never drops the events of the others.

Importing this module is light (no pydantic, no spaCy): the reader's command
builds an :class:`Annotator` before its first frame. The models load on first use.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeAlias, TypeVar

from tui.core.model.settings import Settings, is_current

if TYPE_CHECKING:
    from tui.core.model.index import CorpusIndex
    from tui.core.model.schema import (
        Article,
        ArticleAnnotation,
        Entity,
        Furniture,
        KnowledgeBase,
        Metadata,
        Quantity,
    )
    from tui.core.model.store import AnnotationStore, StoreError

S = TypeVar("S", "Entity", "Quantity")

#: Called as ``progress(article_id, done, total)`` after each article is annotated.
Progress = Callable[[str, int, int], None]


class ArticleExtractor(Protocol):
    """Where :func:`annotate` gets fresh model annotations from: the extractor in this process
    and its ``nlp.pipe`` processes (``tui.core.nlp.extractor.Extractor``), a cluster
    (``tui.core.cluster.ClusterExtractor``), or a fake. Annotations may come in any order."""

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
    #: Articles that needed annotating (those done are in ``written`` and ``unchanged``).
    todo: int = 0
    #: The run was stopped (Ctrl-C) before every article was done; what was written is whole.
    interrupted: bool = False
    #: Why the corpus index had to be made anew (None: it did not, or there is none).
    index_rebuilt: str | None = None


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
    from tui.core.model.store import span_order

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
    kept.sort(key=span_order)
    return tuple(kept), tuple(orphans)


def merge_furniture(old: Sequence[Furniture], new: Sequence[Furniture]) -> tuple[Furniture, ...]:
    """Fresh page furniture, except where a person decided (kept as they decided)."""
    from tui.core.model.store import span_order

    decided = [f for f in old if f.origin == "human" or f.status == "rejected"]
    keys = {(f.start, f.end) for f in decided}
    merged = decided + [f for f in new if (f.start, f.end) not in keys]
    return tuple(sorted(merged, key=span_order))


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


def load_extractor(settings: Settings | None, kb: KnowledgeBase | None) -> ArticleExtractor:
    """The spaCy extractor: the models load now (seconds), so call it where waiting is fine.

    Args:
        settings: Model names; defaults from the environment.
        kb: The knowledge base whose names it finds (None: an empty one).

    Returns:
        A loaded ``tui.core.nlp.extractor.Extractor``.
    """
    from tui.core.nlp.extractor import Extractor

    return Extractor(settings, kb)


def _stored_kb(store: AnnotationStore, errors: list[StoreError]) -> KnowledgeBase | None:
    """The store's knowledge base; an unreadable one is reported in ``errors`` and left out."""
    loaded = store.load_kb()
    if loaded.error is not None:
        errors.append(loaded.error)
    kb: KnowledgeBase | None = loaded.value
    return kb


#: Annotations given to the index per transaction while annotating.
RECORD_BATCH = 100


def annotate(
    articles: Iterable[Article],
    store: AnnotationStore,
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    extractor: ArticleExtractor | None = None,
    index: CorpusIndex | None = None,
    started: Callable[[int], None] | None = None,
) -> AnnotateReport:
    """Annotate the articles that need it and write their YAML.

    Resumable: an article whose file is current is skipped, so a run that was stopped
    continues where it stopped when run again (each file is written whole, or not at
    all). With an ``index`` the skip check is a ``stat`` of the file for the articles the
    index knows to be current, and every file written is taken into the index as it goes.
    Memory stays bounded: the previous annotation of an article is read again when its
    fresh one is merged, not kept for the whole run.

    Args:
        articles: The corpus (or part of it).
        store: Where annotations are read and written.
        settings: Model names; defaults from the environment.
        jobs: Worker processes; each annotates and writes whole articles (forked, so
            they share the loaded models; ``nlp.pipe`` processes where fork is missing).
        force: Redo articles even when their annotations are current.
        progress: Called as ``progress(article_id, done, total)`` after each article.
        extractor: Where fresh annotations come from (the local extractor, loaded here
            if None; or a cluster's).
        index: The corpus index to check and keep up to date (None: no index).
        started: Called with the number of articles to annotate once it is known.

    Returns:
        Which articles were written, left as they were, or had unreadable files.
    """
    report = AnnotateReport()
    articles = list(articles)
    known = index.fresh(articles, store) if index is not None and not force else set()
    todo: list[Article] = []
    recorded: list[tuple[Article, ArticleAnnotation, str]] = []

    def record(entry: tuple[Article, ArticleAnnotation, str] | None = None) -> None:
        if index is None:
            return
        if entry is not None:
            recorded.append(entry)
        if len(recorded) >= RECORD_BATCH or (entry is None and recorded):
            report.index_rebuilt = index.record(recorded, store) or report.index_rebuilt
            recorded.clear()

    for article in articles:
        if article.id in known:
            report.skipped_current.append(article.id)
            continue
        loaded = store.load(article.id)
        if loaded.error is not None:
            # Never write over a file we could not read: the person must fix it first.
            report.errors.append(loaded.error)
            continue
        if not force and is_current(loaded.value, article):
            report.skipped_current.append(article.id)
            record((article, loaded.value, loaded.sha256 or ""))
            continue
        todo.append(with_human_date(article, loaded.value))
    record()
    total = report.todo = len(todo)
    if started is not None:
        started(total)
    if not todo:
        return report
    if extractor is None:
        extractor = load_extractor(settings, _stored_kb(store, report.errors))
    by_id = {a.id: a for a in todo}
    job = _Job(extractor, store)
    forked = (
        jobs > 1
        and len(todo) > 1
        and not getattr(extractor, "remote", False)
        and "fork" in multiprocessing.get_all_start_methods()
    )
    outcomes = _in_processes(job, todo, jobs) if forked else job.run(todo, n_process=jobs)
    done = 0
    try:
        for article_id, outcome in outcomes:
            if isinstance(outcome, tuple):
                changed, merged, digest = outcome
                (report.written if changed else report.unchanged).append(article_id)
                record((by_id[article_id], merged, digest))
            else:
                report.errors.append(outcome)
            done += 1
            if progress:
                progress(article_id, done, total)
    except KeyboardInterrupt:
        report.interrupted = True
        raise Interrupted(report) from None
    finally:
        record()
    return report


class Interrupted(KeyboardInterrupt):
    """Ctrl-C stopped :func:`annotate`: every file written is whole; ``report`` says which."""

    def __init__(self, report: AnnotateReport) -> None:
        super().__init__()
        self.report = report


#: What annotating one article came to: whether its file changed, the annotation
#: written and the file's digest; or the error of a file that could not be read.
Outcome: TypeAlias = "tuple[bool, ArticleAnnotation, str] | StoreError"


class _Failed(NamedTuple):
    """A worker's :class:`StoreError`, as fields (they pickle; the exception does not)."""

    path: str
    line: int | None
    message: str


@dataclass(frozen=True)
class _Job:
    """What annotating an article needs besides the article: the extractor and the store."""

    extractor: ArticleExtractor
    store: AnnotationStore

    def run(self, articles: list[Article], n_process: int = 1) -> Iterator[tuple[str, Outcome]]:
        """Extract, merge and write each article; yield its id and outcome, in order."""
        texts = {a.id: a.text for a in articles}
        for fresh in self.extractor.extract(articles, n_process=n_process):
            yield fresh.article, _save_merged(self.store, fresh, texts[fresh.article])


#: Articles a worker process takes at a time (few: the last ones finish together).
CHUNK_ARTICLES = 8
#: The job forked worker processes run (set just before forking them).
_FORKED_JOB: _Job | None = None


def _in_processes(job: _Job, articles: list[Article], jobs: int) -> Iterator[tuple[str, Outcome]]:
    """Whole articles (models, rules, merge, write) in forked workers sharing the loaded models.

    No spaCy ``Doc`` crosses between processes, and writing the YAML runs in
    parallel too; the annotation written comes back for the corpus index.
    """
    global _FORKED_JOB
    _FORKED_JOB = job
    chunks = [articles[i : i + CHUNK_ARTICLES] for i in range(0, len(articles), CHUNK_ARTICLES)]
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(min(jobs, len(chunks))) as pool:
            for outcomes in pool.imap(_run_chunk, chunks):
                for article_id, outcome in outcomes:
                    yield (
                        article_id,
                        _error_of(outcome) if isinstance(outcome, _Failed) else outcome,
                    )
    finally:
        _FORKED_JOB = None


def _run_chunk(
    articles: list[Article],
) -> list[tuple[str, tuple[bool, ArticleAnnotation, str] | _Failed]]:
    """A worker's task: a few whole articles; errors as fields (they pickle)."""
    assert _FORKED_JOB is not None, "set by _in_processes before forking"
    return [
        (
            article_id,
            outcome
            if isinstance(outcome, tuple)
            else _Failed(outcome.path, outcome.line, outcome.message),
        )
        for article_id, outcome in _FORKED_JOB.run(articles)
    ]


def _error_of(fields: _Failed) -> StoreError:
    from tui.core.model.store import StoreError

    return StoreError(*fields)


def _save_merged(
    store: AnnotationStore, fresh: ArticleAnnotation, text: str, tries: int = 5
) -> tuple[bool, ArticleAnnotation, str] | StoreError:
    """Merge model output into the file as it is on disk now and write it.

    A person may save the same file while the models run (the reader annotates in
    the background): the write is checked against the digest the merge was based
    on, and on a change the merge is redone on the newer file, so the person's
    decisions are kept.

    Returns:
        Whether the file changed, the annotation written and the file's digest; or the
        error of a file that could not be read.
    """
    from tui.core.model.store import BrokenFileError, ConflictError, StoreError

    for _ in range(tries):
        base = store.load(fresh.article)
        if base.error is not None:
            return base.error
        merged = merge_annotation(base.value, fresh, text)
        try:
            digest = store.save(merged, expected_sha=base.sha256)
        except BrokenFileError as error:
            return error.error
        except ConflictError:
            continue
        return digest != base.sha256, merged, digest
    return StoreError(str(store.path_for(fresh.article)), None, "kept changing while annotating")


# ---------------------------------------------------------------------------- linking


class LinkError(Exception):
    """Linking wrote nothing: ``events.yaml`` could not be read, or kept changing."""


def read_annotations(
    corpus: Iterable[Article], store: AnnotationStore
) -> tuple[dict[str, ArticleAnnotation], list[str]]:
    """The stored annotations linking can use, and why the others are left out.

    Args:
        corpus: The articles.
        store: Where their annotations are.

    Returns:
        Article id -> annotation made from the article's current text; and one
        ``"<id> (reason)"`` per article left out (unreadable, not annotated, text changed).
    """
    annotations: dict[str, ArticleAnnotation] = {}
    skipped: list[str] = []
    for article in corpus:
        loaded = store.load(article.id)
        if loaded.error is not None:
            skipped.append(f"{article.id} (unreadable: {loaded.error.message})")
        elif loaded.value is None:
            skipped.append(f"{article.id} (not annotated)")
        elif loaded.value.sha256 != article.sha256:
            skipped.append(f"{article.id} (text changed since annotation)")
        else:
            annotations[article.id] = loaded.value
    return annotations, skipped


def link_corpus(corpus: Sequence[Article], store: AnnotationStore, *, tries: int = 3) -> str:
    """Link the stored annotations of the whole corpus and write ``events.yaml``.

    People's decisions in the previous ``events.yaml`` are kept (see
    :mod:`tui.core.events.decisions`). The write is checked against the file the
    linking started from: if someone saved it meanwhile, linking is redone on theirs.

    Args:
        corpus: Every article of the corpus (linking a part would drop the others' events).
        store: Where the annotations are read and ``events.yaml`` is written.
        tries: How often to link again when ``events.yaml`` changed meanwhile.

    Returns:
        A one-line summary (events, sources, translations, what was skipped).

    Raises:
        LinkError: ``events.yaml`` is unreadable (never written over) or kept changing.
    """
    from tui.core.events.linking import link_events
    from tui.core.model.store import BrokenFileError, ConflictError

    annotations, skipped = read_annotations(corpus, store)
    for _ in range(tries):
        previous = store.load_events()
        if previous.error is not None:
            raise LinkError(f"not linking: {previous.error} (fix or remove it first)")
        result = link_events(corpus, annotations, previous.value)
        try:
            store.save_events(result, expected_sha=previous.sha256)
        except BrokenFileError as error:
            raise LinkError(f"not linking: {error}") from None
        except ConflictError:
            continue
        break
    else:
        raise LinkError(f"not linking: {store.events_path} kept changing while linking")
    multi = sum(1 for e in result.events if len({m.article for m in e.mentions}) > 1)
    summary = (
        f"linked {len(result.events)} events ({multi} across sources) in "
        f"{len(annotations)} articles, {len(result.alignments)} translated paragraphs"
    )
    if skipped:
        summary += f"; skipped {len(skipped)}: " + ", ".join(skipped)
    return summary


# --------------------------------------------------------------- annotate, then link


@dataclass(frozen=True)
class RunReport:
    """What annotating then linking did."""

    annotated: AnnotateReport
    #: The linking summary (None: not linked, or linking failed).
    link_summary: str | None = None
    #: Why linking wrote nothing (None: it did, or was not asked for).
    link_error: str | None = None


def annotate_and_link(
    articles: Sequence[Article],
    corpus: Sequence[Article],
    store: AnnotationStore,
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    extractor: ArticleExtractor | None = None,
    link: bool = True,
    index: CorpusIndex | None = None,
    started: Callable[[int], None] | None = None,
) -> RunReport:
    """Annotate the articles that need it, then link the events of the whole corpus.

    Args:
        articles: What to annotate.
        corpus: Every article of the corpus: linking always runs over all of it, so
            annotating some articles never drops the events of the others (any of
            ``articles`` missing from it are linked too).
        store: Where annotations and events are read and written.
        settings: Model names; defaults from the environment.
        jobs: Worker processes (see :func:`annotate`).
        force: Redo articles even when their annotations are current.
        progress: Called as ``progress(article_id, done, total)`` after each article.
        extractor: Where fresh annotations come from (the local extractor, loaded here if
            there is work and it is None; or a cluster's).
        link: Link afterwards.
        index: The corpus index to check and keep up to date (see :func:`annotate`).
        started: Called with the number of articles to annotate once it is known.

    Returns:
        What annotation did, and the linking summary or why linking wrote nothing.
    """
    annotated = annotate(
        articles,
        store,
        settings,
        jobs=jobs,
        force=force,
        progress=progress,
        extractor=extractor,
        index=index,
        started=started,
    )
    if not link:
        return RunReport(annotated)
    known = {a.id for a in corpus}
    everything = [*corpus, *(a for a in articles if a.id not in known)]
    try:
        summary = link_corpus(everything, store)
    except LinkError as error:
        return RunReport(annotated, link_error=str(error))
    except Exception as error:  # the annotations are written: report linking, don't lose them
        return RunReport(annotated, link_error=f"linking failed: {type(error).__name__}: {error}")
    return RunReport(annotated, link_summary=summary)


class _FirstUse:
    """An extractor that asks the annotator for its models on the first ``extract``, so a
    run with nothing to annotate loads nothing."""

    def __init__(self, annotator: Annotator, store: AnnotationStore) -> None:
        self._annotator = annotator
        self._store = store
        #: The knowledge base's error, if it could not be read when the models loaded.
        self.errors: list[StoreError] = []

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        loaded = self._annotator._loaded(self._store, self.errors)
        return loaded.extract(articles, n_process=n_process)


class Annotator:
    """Annotate then link for the reader's worker: the models load on first use (never at
    import) and stay loaded.

    They are loaded again only when the knowledge base changed (its names are part of
    extraction). One run at a time: a second caller waits, as a spaCy pipeline is not
    made to be shared between threads.

    Args:
        settings: Model names.
        extractor: Builds the extractor instead (tests inject a light one); called
            once, on first use, in the thread of that run.
    """

    def __init__(
        self, settings: Settings, *, extractor: Callable[[], ArticleExtractor] | None = None
    ) -> None:
        self.settings = settings
        self._factory = extractor
        self._extractor: ArticleExtractor | None = None
        self._kb: KnowledgeBase | None = None
        self._lock = threading.Lock()

    def _loaded(self, store: AnnotationStore, errors: list[StoreError]) -> ArticleExtractor:
        if self._factory is not None:
            if self._extractor is None:
                self._extractor = self._factory()
            return self._extractor
        kb = _stored_kb(store, errors)
        if self._extractor is None or kb != self._kb:
            self._extractor = load_extractor(self.settings, kb)
            self._kb = kb
        return self._extractor

    def __call__(
        self,
        articles: Sequence[Article],
        corpus: Sequence[Article],
        store: AnnotationStore,
        *,
        progress: Progress | None = None,
        force: bool = False,
        index: CorpusIndex | None = None,
    ) -> RunReport:
        """Annotate ``articles``, then link the whole ``corpus`` (see :func:`annotate_and_link`)."""
        with self._lock:
            lazy = _FirstUse(self, store)
            report = annotate_and_link(
                articles,
                corpus,
                store,
                self.settings,
                progress=progress,
                force=force,
                extractor=lazy,
                index=index,
            )
            report.annotated.errors.extend(lazy.errors)
            return report

    def reextract(self, article: Article, store: AnnotationStore) -> AnnotateReport:
        """Annotate one article again (its date changed, say), keeping people's decisions.

        The annotation is redone only if it is no longer current (the editor clears
        the pipeline stamp); events are not linked again.

        Returns:
            What annotation did.
        """
        with self._lock:
            lazy = _FirstUse(self, store)
            report = annotate([article], store, self.settings, extractor=lazy)
            report.errors.extend(lazy.errors)
            return report
