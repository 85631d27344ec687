"""The annotation pipeline: extract, merge with people's decisions, write; then link.

A model suggestion never replaces a person's decision: every ``human`` span,
every ``rejected`` decision and every metadata field a person set survives
re-annotation, and every decision about events survives re-linking. Articles
whose annotations are current (same text digest, same pipeline version) are
skipped. Linking always runs over the whole corpus, so annotating some articles
never drops the events of the others.

Nothing stops a batch but what would spoil all of it: an article that cannot be
annotated (too large, or the models fail on it) is reported and the others go on; an
unreadable knowledge base or pattern file, models that cannot load, or a disk that
refuses writes stop the run before (or at) the first write, saying why
(:attr:`AnnotateReport.stopped`).

Importing this module is light (no pydantic, no spaCy): the reader's command
builds an :class:`Annotator` before its first frame. The models load on first use.
"""

from __future__ import annotations

import errno
import multiprocessing
import sqlite3
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
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

#: The longest article annotated (characters): a longer one is reported and skipped, as
#: the models' memory and time grow with it (2 MB takes minutes; docs/reliability.md).
MAX_ARTICLE_CHARS = 3_000_000
#: The address space (bytes) below which the models are not loaded (``ulimit -v`` or
#: ``-d``): C libraries that run out of memory abort the process, so a clear message
#: instead. The English model works in about 0.7 GB, with GiNZA (articles with Japanese)
#: about 1.2 GB; these leave room for the articles.
MIN_MEMORY = 1_000_000_000
MIN_MEMORY_JAPANESE = 1_500_000_000
#: Write errors that no other article would escape: the run stops at the first.
_FATAL_WRITE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})

#: Called as ``progress(article_id, done, total)`` after each article is annotated.
Progress = Callable[[str, int, int], None]


class ArticleExtractor(Protocol):
    """Where :func:`annotate` gets fresh model annotations from: the extractor in this process
    and its ``nlp.pipe`` processes (``tui.core.nlp.extractor.Extractor``), a cluster
    (``tui.core.cluster.ClusterExtractor``), or a fake. Annotations may come in any order."""

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]: ...


class ModelLoadError(Exception):
    """The models (or the person's pattern file) could not be loaded: nothing was annotated.

    Args:
        where: What failed: the model package, or the pattern file.
        reason: Why.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@dataclass
class AnnotateReport:
    """What a run did, article by article."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_current: list[str] = field(default_factory=list)
    #: Files that could not be read or written, and articles that could not be annotated.
    errors: list[StoreError] = field(default_factory=list)
    #: Why the run stopped before annotating every article (None: it did not stop).
    stopped: str | None = None
    #: Articles that needed annotating (those done are in ``written`` and ``unchanged``).
    todo: int = 0
    #: The run was stopped (Ctrl-C) before every article was done; what was written is whole.
    interrupted: bool = False
    #: Why the corpus index had to be made anew (None: it did not, or there is none).
    index_rebuilt: str | None = None


#: Metadata the extractor guesses from the text when the article's index gives none (a
#: date line's date): a guess it no longer makes is dropped, not kept as a value nobody
#: can guess (a birth date once read from a short line of prose).
GUESSED_METADATA = frozenset({"date"})


def merge_metadata(old: Metadata, new: Metadata) -> Metadata:
    """New guesses, except for the fields a person set (and values nobody can guess:
    those :data:`GUESSED_METADATA` leaves out)."""
    update: dict[str, object] = {"human": old.human}
    for name in ("title", "source", "date", "url", "languages"):
        old_value = getattr(old, name)
        if name in old.human or (
            name not in GUESSED_METADATA
            and getattr(new, name) in (None, ())
            and old_value not in (None, ())
        ):
            update[name] = old_value
    return new.model_copy(update=update)


def _reanchor(span: S, text: str) -> S | None:
    """The span moved to where its quote and context now stand, or None."""
    start, end = span.start, span.end
    if (
        text[start:end] == span.text
        and text[max(0, start - len(span.prefix)) : start] == span.prefix
        and text[end : end + len(span.suffix)] == span.suffix
    ):
        return span  # the text around it is as it was
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
    """``new`` (model output) merged with everything a person decided in ``old``.

    People's spans are placed again in ``text`` by quote and context; those that cannot
    be become orphans, and earlier orphans whose text is back are placed again
    (:func:`tui.core.editing.anchor.place_orphans`).
    """
    if old is None:
        return new
    from tui.core.editing.anchor import place_orphans

    entities, lost_entities = merge_spans(old.entities, new.entities, text)
    quantities, lost_quantities = merge_spans(old.quantities, new.quantities, text)
    orphans = tuple(old.orphans) + lost_entities + lost_quantities
    merged = new.model_copy(
        update={
            "metadata": merge_metadata(old.metadata, new.metadata),
            "entities": entities,
            "quantities": quantities,
            "furniture": merge_furniture(old.furniture, new.furniture),
            "orphans": orphans,
        }
    )
    return place_orphans(merged, text)


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

    Raises:
        ModelLoadError: The models failed to load, or ``furniture.yaml`` is unusable;
            the message says which.
    """
    settings = settings or Settings()
    from tui.core.nlp.extractor import Extractor
    from tui.core.nlp.furniture import USER_FILE, FurniturePatternError

    try:
        return Extractor(settings, kb)
    except FurniturePatternError as error:
        # Its message starts with the file (and line): "annotations/furniture.yaml:4: ...".
        where, _, reason = str(error).partition(": ")
        if not where.startswith(str(Path(settings.annotations) / USER_FILE)):
            where, reason = str(Path(settings.annotations) / USER_FILE), str(error)
        raise ModelLoadError(where, reason) from error
    except Exception as error:  # ImportError, OSError, MemoryError from the model packages
        reason = f"cannot load: {type(error).__name__}: {error}"
        raise ModelLoadError(settings.english_model, reason) from error


def memory_problem(articles: Sequence[Article]) -> ModelLoadError | None:
    """Why the models should not be loaded to annotate ``articles`` here: a memory limit
    under :data:`MIN_MEMORY` (:data:`MIN_MEMORY_JAPANESE` when one has Japanese), or None."""
    limit = memory_limit()
    japanese = any("ja" in article.languages for article in articles)
    need = MIN_MEMORY_JAPANESE if japanese else MIN_MEMORY
    if limit is None or limit >= need:
        return None
    return ModelLoadError(
        "memory",
        f"this process may use {limit / 1e9:.1f} GB (ulimit -v / -d), and the models "
        f"{'with Japanese ' if japanese else ''}need about {need / 1e9:.1f} GB: "
        "the models are not loaded",
    )


def memory_limit() -> int | None:
    """The address space this process may use (bytes): the lower of ``ulimit -v`` and
    ``ulimit -d``, or None when unlimited (or the platform has no such limits)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return None
    limits = []
    for name in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        soft, _ = resource.getrlimit(which)
        if soft != resource.RLIM_INFINITY:
            limits.append(soft)
    return min(limits, default=None)


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
        Which articles were written, left as they were, or could not be annotated, and
        why the run stopped early if it did (nothing is written without a readable
        knowledge base, and nothing more once the disk refuses a write).
    """
    from tui.core.model.store import StoreError

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
        if len(article.text) > MAX_ARTICLE_CHARS:
            size = f"{len(article.text):,} characters; limit {MAX_ARTICLE_CHARS:,}"
            report.errors.append(StoreError(article.path, None, f"too large to annotate ({size})"))
            continue
        todo.append(with_human_date(article, loaded.value))
    record()
    total = report.todo = len(todo)
    if started is not None:
        started(total)
    if not todo:
        return report
    kb = store.load_kb()
    if kb.error is not None:
        # Annotating without the knowledge base would drop every link to it.
        report.errors.append(kb.error)
        report.stopped = (
            f"not annotating: {store.kb_path} cannot be read (fix it, then annotate again)"
        )
        return report
    try:
        if extractor is None or isinstance(extractor, _FirstUse):
            problem = memory_problem(todo)
            if problem is not None:
                raise problem
        if extractor is None:
            extractor = load_extractor(settings, kb.value)
        elif isinstance(extractor, _FirstUse):
            extractor = extractor.load()
    except ModelLoadError as error:
        report.errors.append(StoreError(error.where, None, error.reason))
        report.stopped = f"not annotating: {error}"
        return report
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
            done += 1
            if isinstance(outcome, tuple):
                changed, merged, digest = outcome
                (report.written if changed else report.unchanged).append(article_id)
                record((by_id[article_id], merged, digest))
            elif isinstance(outcome, _Fatal):
                report.errors.append(outcome.error)
                left = total - done
                more = f"; {left} more article{'s' * (left != 1)} not annotated" if left else ""
                report.stopped = f"stopped: {outcome.error}{more}"
                break
            else:
                report.errors.append(outcome)
            if progress:
                progress(article_id, done, total)
    except KeyboardInterrupt:
        report.interrupted = True
        raise Interrupted(report) from None
    finally:
        outcomes.close()  # a run that stopped stops its workers
        record()
    return report


class Interrupted(KeyboardInterrupt):
    """Ctrl-C stopped :func:`annotate`: every file written is whole; ``report`` says which."""

    def __init__(self, report: AnnotateReport) -> None:
        super().__init__()
        self.report = report


@dataclass(frozen=True)
class _Fatal:
    """A write error no other article escapes (disk full, read-only folder)."""

    error: StoreError


#: What annotating one article came to: whether its file changed, the annotation
#: written and the file's digest; or the error of a file that could not be read or
#: written, or of an article that could not be annotated (:class:`_Fatal`: the run stops).
Outcome: TypeAlias = "tuple[bool, ArticleAnnotation, str] | StoreError | _Fatal"


class _Failed(NamedTuple):
    """A worker's :class:`StoreError` (or :class:`_Fatal`), as fields: they pickle; the
    exception does not."""

    path: str
    line: int | None
    message: str
    fatal: bool = False


@dataclass(frozen=True)
class _Job:
    """What annotating an article needs besides the article: the extractor and the store."""

    extractor: ArticleExtractor
    store: AnnotationStore

    def run(
        self, articles: list[Article], n_process: int = 1
    ) -> Generator[tuple[str, Outcome], None, None]:
        """Extract, merge and write each article; yield its id and outcome, as they come.

        One article the models or the merge fail on is that article's error, and the
        others go on; a write no other article escapes (:class:`_Fatal`) ends the run.
        """
        from tui.core.model.store import StoreError, WriteError

        by_id = {a.id: a for a in articles}
        written = 0
        try:
            for article_id, fresh in _each_article(self.extractor, articles, n_process):
                article = by_id[article_id]
                outcome: Outcome | None = None
                if not isinstance(fresh, Exception):
                    try:
                        outcome = _save_merged(self.store, fresh, article.text, sync_folder=False)
                    except Exception as error:  # a bug on one article's merge: the others go on
                        fresh = error
                if outcome is None:
                    why = f"could not be annotated: {type(fresh).__name__}: {fresh}"
                    outcome = StoreError(article.path, None, why)
                written += 1
                if written % CHUNK_ARTICLES == 0 and not isinstance(outcome, _Fatal):
                    # The folder once for a few files, not once a file (an fsync each).
                    try:
                        self.store.sync()
                    except WriteError as error:
                        why = f"cannot write ({error.reason})"
                        outcome = _Fatal(StoreError(str(error.path), None, why))
                yield article_id, outcome
                if isinstance(outcome, _Fatal):
                    return
        finally:
            self.store.sync()


def _each_article(
    extractor: ArticleExtractor, articles: list[Article], n_process: int
) -> Iterator[tuple[str, ArticleAnnotation | Exception]]:
    """Each article's annotation (or the error it raised), as the extractor gives them:
    one article the models fail on does not stop the others.

    The articles go through the extractor together (its batches are faster); when it
    fails, the first article not yet done is tried alone, then the rest together again.
    """
    left = list(articles)
    while left:
        done: set[str] = set()
        try:
            for fresh in extractor.extract(left, n_process=n_process):
                done.add(fresh.article)
                yield fresh.article, fresh
            return
        except Exception:  # one article broke the batch: find it, then go on
            left = [article for article in left if article.id not in done]
        if not left:
            return
        first, left = left[0], left[1:]
        try:
            yield first.id, next(iter(extractor.extract([first], n_process=1)))
        except Exception as error:
            yield first.id, error


#: Articles a worker process takes at a time (few: the last ones finish together).
CHUNK_ARTICLES = 8
#: The job forked worker processes run (set just before forking them).
_FORKED_JOB: _Job | None = None


def _in_processes(
    job: _Job, articles: list[Article], jobs: int
) -> Generator[tuple[str, Outcome], None, None]:
    """Whole articles (models, rules, merge, write) in forked workers sharing the loaded models.

    No spaCy ``Doc`` crosses between processes, and writing the YAML runs in
    parallel too; the annotation written comes back for the corpus index. Closing
    the iterator (a run that stopped) stops the workers.
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
        (article_id, outcome if isinstance(outcome, tuple) else _fields_of(outcome))
        for article_id, outcome in _FORKED_JOB.run(articles)
    ]


def _fields_of(outcome: StoreError | _Fatal) -> _Failed:
    error = outcome.error if isinstance(outcome, _Fatal) else outcome
    return _Failed(error.path, error.line, error.message, isinstance(outcome, _Fatal))


def _error_of(fields: _Failed) -> StoreError | _Fatal:
    from tui.core.model.store import StoreError

    error = StoreError(fields.path, fields.line, fields.message)
    return _Fatal(error) if fields.fatal else error


def _save_merged(
    store: AnnotationStore,
    fresh: ArticleAnnotation,
    text: str,
    tries: int = 5,
    *,
    sync_folder: bool = True,
) -> tuple[bool, ArticleAnnotation, str] | StoreError | _Fatal:
    """Merge model output into the file as it is on disk now and write it.

    A person may save the same file while the models run (the reader annotates in
    the background): the write is checked against the digest the merge was based
    on, and on a change the merge is redone on the newer file, so the person's
    decisions are kept.

    Returns:
        Whether the file changed, the annotation written and the file's digest; or the
        error of a file that could not be read or written (:class:`_Fatal` when no
        other write can succeed either).
    """
    from tui.core.model.store import (
        BrokenFileError,
        ConflictError,
        StoreError,
        TooLargeError,
        WriteError,
    )

    path = str(store.path_for(fresh.article))
    for _ in range(tries):
        base = store.load(fresh.article)
        if base.error is not None:
            return base.error
        merged = merge_annotation(base.value, fresh, text)
        try:
            digest = store.save(merged, expected_sha=base.sha256, sync_folder=sync_folder)
        except BrokenFileError as error:
            return error.error
        except TooLargeError as error:
            return StoreError(path, None, str(error).removeprefix(f"{path}: "))
        except WriteError as error:
            failed = StoreError(str(error.path), None, f"cannot write ({error.reason})")
            return _Fatal(failed) if error.errno in _FATAL_WRITE else failed
        except ConflictError:
            continue
        return digest != base.sha256, merged, digest
    return StoreError(path, None, "kept changing while annotating")


# ---------------------------------------------------------------------------- linking


class LinkError(Exception):
    """Linking wrote nothing: ``events.yaml`` could not be read, or kept changing."""


def read_annotations(
    corpus: Iterable[Article], store: AnnotationStore, index: CorpusIndex | None = None
) -> tuple[dict[str, ArticleAnnotation], list[str]]:
    """The stored annotations linking can use, and why the others are left out.

    With an index, the articles whose files it knows to be current are read from its
    compact linking records (parsing thousands of YAML files would take most of the
    time of linking); the others are read from their files.

    Args:
        corpus: The articles.
        store: Where their annotations are.
        index: The derived corpus index, brought up to date first (None: files only).

    Returns:
        Article id -> annotation made from the article's current text; and one
        ``"<id> (reason)"`` per article left out (unreadable, not annotated, text changed).
    """
    corpus = list(corpus)
    recorded: dict[str, ArticleAnnotation] = {}
    if index is not None:
        try:
            # Not events.yaml: linking reads it and hands the index what it writes.
            index.update(corpus, store, prune=False, events=False)
            recorded = index.link_records(corpus, store)
        except (OSError, sqlite3.Error):
            recorded = {}  # the files are the truth: read them
    annotations: dict[str, ArticleAnnotation] = {}
    skipped: list[str] = []
    for article in corpus:
        if article.id in recorded:
            annotations[article.id] = recorded[article.id]
            continue
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


def link_corpus(
    corpus: Sequence[Article],
    store: AnnotationStore,
    *,
    tries: int = 3,
    index: CorpusIndex | None = None,
) -> str:
    """Link the stored annotations of the whole corpus and write ``events.yaml``.

    People's decisions in the previous ``events.yaml`` are kept (see
    :mod:`tui.core.events.decisions`), and so are its events and stories of articles
    that are not in ``corpus`` (annotated from another folder, say): linking a part never
    drops the rest. The write is checked against the file the linking started from: if
    someone saved it meanwhile, linking is redone on theirs.

    Args:
        corpus: The articles to link, as a whole (the corpus of the command).
        store: Where the annotations are read and ``events.yaml`` is written.
        tries: How often to link again when ``events.yaml`` changed meanwhile.
        index: The derived corpus index, to read the annotations from (see
            :func:`read_annotations`).

    Returns:
        A one-line summary (events, sources, translations, what was skipped).

    Raises:
        LinkError: ``events.yaml`` is unreadable (never written over), kept changing,
            or could not be written (disk full, read-only folder).
    """
    from tui.core.events.linking import link_events
    from tui.core.model.store import BrokenFileError, ConflictError, TooLargeError, WriteError

    annotations, skipped = read_annotations(corpus, store, index)
    for _ in range(tries):
        previous = store.load_events()
        if previous.error is not None:
            raise LinkError(f"not linking: {previous.error} (fix or remove it first)")
        result = link_events(corpus, annotations, previous.value)
        try:
            digest = store.save_events(result, expected_sha=previous.sha256)
        except (BrokenFileError, TooLargeError, WriteError) as error:
            raise LinkError(f"not linking: {error}") from None
        except ConflictError:
            continue
        if index is not None:
            try:
                index.record_events(result, digest)  # the index need not parse it again
            except (OSError, sqlite3.Error):
                pass  # the index is derived: its next update reads the file
        break
    else:
        raise LinkError(f"not linking: {store.events_path} kept changing while linking")
    multi = sum(1 for e in result.events if len({m.article for m in e.mentions}) > 1)
    summary = (
        f"linked {len(result.stories)} stories, {len(result.events)} events "
        f"({multi} across sources) in {len(annotations)} articles, "
        f"{len(result.alignments)} translated paragraphs"
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
        link: Link afterwards (not when annotation stopped early: see
            :attr:`AnnotateReport.stopped`).
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
    if not link or annotated.stopped is not None:
        return RunReport(annotated)  # a run that stopped is done again once fixed
    known = {a.id for a in corpus}
    everything = [*corpus, *(a for a in articles if a.id not in known)]
    try:
        summary = link_corpus(everything, store, index=index)
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

    def load(self) -> ArticleExtractor:
        """The annotator's extractor, loaded now if it was not.

        Raises:
            ModelLoadError: As :func:`load_extractor` (whatever the extractor raised).
        """
        try:
            return self._annotator._loaded(self._store, self.errors)
        except ModelLoadError:
            raise
        except Exception as error:
            reason = f"cannot load: {type(error).__name__}: {error}"
            raise ModelLoadError(self._annotator.settings.english_model, reason) from error

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        return self.load().extract(articles, n_process=n_process)


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
