"""Library: the corpus as the reader sees it, read through the store without spaCy.

It holds the articles and loads each article's annotations on demand (one file,
cached). What concerns the whole corpus (which articles are current, the counts in
the list, where else each entity appears, search) comes from the derived
:class:`~tui.core.model.index.CorpusIndex`, brought up to date from the YAML files
in a worker (:meth:`Library.refresh_index`). Everything here is cheap to construct,
so a large corpus opens at once. The methods are safe to call from a worker thread
and the UI thread together.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tui.core.model.article import Article
from tui.core.model.corpus import (
    Corpus,
    Preview,
    body_start,
    corpus_files,
    load_corpus,
    preview_corpus,
)
from tui.core.model.settings import is_current
from tui.core.text.names import normalise_name
from tui.core.text.sentences import sentence_spans

# The annotation model (pydantic) and the store load on first use, not on import: the
# reader puts its article list on screen before they are needed.
if TYPE_CHECKING:
    from tui.core.model.index import CorpusIndex, Hit, Place, Summary, UpdateReport
    from tui.core.model.schema import ArticleAnnotation, Entity, Furniture, Quantity, Sentence
    from tui.core.model.store import AnnotationStore, Loaded, StoreError

Status = Literal["current", "stale", "missing", "error"]

#: From this many articles on, the reader shows the list from a preview and reads the
#: articles after its first frame (reading 20,000 files takes longer than showing titles).
DEFER_FROM = 500

_QUOTE_WIDTH = 110


# ----------------------------------------------------------------------- plain values


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article's annotations as loaded: the value (if usable) and its standing."""

    annotation: ArticleAnnotation | None
    status: Status
    error: StoreError | None = None

    @property
    def usable(self) -> ArticleAnnotation | None:
        """The annotation if its offsets fit the text (current), else None: show plain."""
        return self.annotation if self.status == "current" else None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where one mention of an entity stands (and its sentence, when the index gave it)."""

    article: str
    sentence: int
    start: int
    end: int
    #: The sentence's bounds in the article text (None: look them up in its annotations).
    sentence_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class EntityRefs:
    """One entity across the corpus: its counts, and where it stands in the articles looked up
    (the article asked about, then the first few others in corpus order)."""

    key: str
    label: str
    name: str
    #: Articles that mention it, and mentions, in the whole corpus.
    article_count: int
    total: int
    places: tuple[Place, ...] = ()

    def count(self, article_id: str) -> int:
        return next((p.count for p in self.places if p.article == article_id), 0)

    def first(self, article_id: str) -> Occurrence | None:
        for place in self.places:
            if place.article == article_id:
                return place.occurrence
        return None

    def others(self, article_id: str) -> list[str]:
        """The other articles looked up (the first few in corpus order)."""
        return [p.article for p in self.places if p.article != article_id]

    def other_count(self, article_id: str) -> int:
        """How many other articles in the whole corpus mention it."""
        return self.article_count - (1 if self.count(article_id) else 0)


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to highlight while reading: an accepted entity or quantity."""

    start: int
    end: int
    label: str
    span: Entity | Quantity

    @property
    def is_quantity(self) -> bool:
        from tui.core.model.schema import Quantity

        return isinstance(self.span, Quantity)


# ---------------------------------------------------------------------- pure helpers


def entity_key(entity: Entity) -> str:
    """The cross-reference key: the knowledge-base id, else label and normalised name."""
    return entity.kb_id or f"{entity.label}:{normalise_name(entity.text)}"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences for an article without annotations: lines, split after end punctuation."""
    from tui.core.model.schema import Sentence

    return tuple(Sentence(start=start, end=end) for start, end in sentence_spans(text))


def sentence_index(sentences: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the last one starting before it)."""
    starts = [s.start for s in sentences]
    return max(0, bisect_right(starts, offset) - 1)


def quote_around(text: str, start: int, end: int, width: int = _QUOTE_WIDTH) -> str:
    """A one-line excerpt of ``text`` around ``start:end``, about ``width`` characters, cut
    at spaces (never inside the quoted mention), with ``…`` where it was cut."""
    if len(text) > width:
        half = max(0, (width - (end - start)) // 2)
        left = max(0, start - half)
        right = min(len(text), left + max(width, end - start))
        if right == len(text):
            left = max(0, min(start, right - width))
        piece = text[left:right]
        head, tail = "", ""
        if left > 0:
            space = piece.find(" ", 0, start - left)
            if space != -1:
                piece = piece[space + 1 :]
                left += space + 1
            head = "…"
        if right < len(text):
            space = piece.rfind(" ", end - left)
            if space != -1:
                piece = piece[:space]
            tail = "…"
        text = head + piece + tail
    return " ".join(text.split())


def furniture_regions(
    article: Article, annotation: ArticleAnnotation | None
) -> list[tuple[int, int]]:
    """Stretches that are not the article proper: accepted furniture and a leading date header."""
    regions: list[tuple[int, int]] = []
    header = body_start(article.text)
    if header:
        regions.append((0, header))
    furniture: Iterable[Furniture] = annotation.furniture if annotation else ()
    regions.extend((f.start, f.end) for f in furniture if f.status == "accepted")
    return sorted(regions)


def reading_marks(article: Article, annotation: ArticleAnnotation | None) -> list[Mark]:
    """The spans shown while reading, by position: accepted, outside furniture, not overlapping."""
    if annotation is None:
        return []
    regions = furniture_regions(article, annotation)
    spans: list[Entity | Quantity] = [e for e in annotation.entities if e.status == "accepted"]
    spans.extend(q for q in annotation.quantities if q.status == "accepted")
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    marks: list[Mark] = []
    limit = len(article.text)
    last_end = 0
    for span in spans:
        if span.start < last_end or span.end > limit:
            continue
        if any(start < span.end and span.start < end for start, end in regions):
            continue
        marks.append(Mark(span.start, span.end, span.label, span))
        last_end = span.end
    return marks


def summarise(article: Article, info: ArticleInfo, marks: Sequence[Mark]) -> Summary:
    """What the list shows of an article: standing, metadata as shown, highlight counts.

    Args:
        article: The article.
        info: Its annotations as loaded.
        marks: Its reading marks (:func:`reading_marks` of the usable annotation).
    """
    from tui.core.model.index import Summary

    meta = info.annotation.metadata if info.annotation is not None else None
    entities = sum(1 for m in marks if not m.is_quantity)
    error = info.error
    return Summary(
        info.status,
        (meta.title if meta and meta.title else None) or article.title,
        (meta.source if meta and meta.source else None) or article.source,
        (meta.date if meta and meta.date else None) or article.date,
        (meta.languages if meta and meta.languages else ()) or article.languages,
        entities,
        len(marks) - entities,
        (error.line, error.message) if error is not None else None,
    )


def article_info(article: Article, loaded: Loaded) -> ArticleInfo:
    """An article's annotations as the store read them, with their standing."""
    if loaded.error is not None:
        return ArticleInfo(None, "error", loaded.error)
    if loaded.value is None:
        return ArticleInfo(None, "missing")
    return ArticleInfo(loaded.value, "current" if is_current(loaded.value, article) else "stale")


# --------------------------------------------------------------------------- library


class Library:
    """The corpus, its annotations and the cross-reference index, loaded on demand."""

    def __init__(self, corpus: Corpus, store: AnnotationStore | Path | str) -> None:
        """
        Args:
            corpus: The articles.
            store: The annotation store, or its folder: the store (and with it the
                pydantic model) is then opened on first use, not here.
        """
        self.corpus = corpus
        self._store: AnnotationStore | None = None
        self._store_root: Path | None = None
        if isinstance(store, (Path, str)):
            self._store_root = Path(store)
        else:
            self._store = store
        self.articles: tuple[Article, ...] = corpus.articles
        #: The articles as the list first shows them, while a large corpus loads (else empty).
        self.preview: tuple[Preview, ...] = ()
        self._pending: Path | None = None
        self._by_id = {a.id: a for a in self.articles}
        self._position = {a.id: i for i, a in enumerate(self.articles)}
        self._infos: dict[str, ArticleInfo] = {}
        self._sentences: dict[str, tuple[Sentence, ...]] = {}
        self._marks: dict[str, list[Mark]] = {}
        self._index: CorpusIndex | None = None
        #: What the index says of each article (filled by :meth:`refresh_index`).
        self._summaries: dict[str, Summary] = {}
        self._index_ready = False
        #: Bumped whenever the index changed: what was looked up in it may have changed.
        self.index_generation = 0
        self._refs: dict[tuple[str, str, int], EntityRefs] = {}
        self._lock = threading.RLock()

    @classmethod
    def open(cls, seeds: Path | str, annotations: Path | str) -> Library:
        """The library of a folder of articles: loaded now, or, from :data:`DEFER_FROM`
        articles on, only previewed (titles from ``index.jsonl``) until :meth:`load`."""
        if len(corpus_files([Path(seeds)])) < DEFER_FROM:
            return cls(load_corpus(seeds), Path(annotations))
        library = cls(Corpus((), ()), Path(annotations))
        library.preview = preview_corpus(seeds)
        library._pending = Path(seeds)
        return library

    @property
    def ready(self) -> bool:
        """False while a large corpus is only previewed (see :meth:`load`)."""
        return self._pending is None

    def load(self) -> Corpus:
        """Read the articles of a previewed corpus (run it in a worker); returns the corpus."""
        if self._pending is not None:
            corpus = load_corpus(self._pending)
            with self._lock:
                self.corpus = corpus
                self.articles = corpus.articles
                self._by_id = {a.id: a for a in self.articles}
                self._position = {a.id: i for i, a in enumerate(self.articles)}
                self._pending = None
        return self.corpus

    @property
    def store(self) -> AnnotationStore:
        """The annotation store (opened on first use)."""
        if self._store is None:
            from tui.core.model.store import AnnotationStore

            with self._lock:
                if self._store is None:
                    assert self._store_root is not None
                    self._store = AnnotationStore(self._store_root)
        return self._store

    @property
    def index(self) -> CorpusIndex:
        """The derived index beside the annotations (``.index.sqlite``)."""
        if self._index is None:
            from tui.core.model.index import CorpusIndex

            with self._lock:
                if self._index is None:
                    self._index = CorpusIndex.beside(self._store_root or self.store.root)
        return self._index

    # articles
    def __len__(self) -> int:
        return len(self.articles) if self._pending is None else len(self.preview)

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def has(self, article_id: str) -> bool:
        """True if the corpus has the article (events may name one whose text file is gone)."""
        return article_id in self._by_id

    def index_of(self, article_id: str) -> int:
        return self._position[article_id]

    # annotations
    def info(self, article_id: str) -> ArticleInfo:
        """The article's annotations, read once and cached."""
        with self._lock:
            cached = self._infos.get(article_id)
        if cached is not None:
            return cached
        info = self._read(article_id)
        with self._lock:
            self._infos[article_id] = info
        return info

    def loaded(self, article_id: str) -> ArticleInfo | None:
        """The cached info, without reading anything."""
        with self._lock:
            return self._infos.get(article_id)

    def _read(self, article_id: str) -> ArticleInfo:
        return article_info(self.article(article_id), self.store.load(article_id))

    def reload(self, article_id: str) -> ArticleInfo:
        """Forget what was cached for the article (its file changed) and read it again.

        The cross-reference index keeps serving until :meth:`cross_refs` is asked to rebuild.
        """
        with self._lock:
            self._infos.pop(article_id, None)
            self._sentences.pop(article_id, None)
            self._marks.pop(article_id, None)
        info = self.info(article_id)
        with self._lock:
            self._summaries[article_id] = self.summarise(article_id, info)
        return info

    def put(self, article_id: str, annotation: ArticleAnnotation) -> ArticleInfo:
        """Show an annotation edited in memory (its offsets fit the text if its digest does)."""
        status: Status = (
            "current" if annotation.sha256 == self.article(article_id).sha256 else "stale"
        )
        info = ArticleInfo(annotation, status)
        with self._lock:
            self._infos[article_id] = info
            self._sentences.pop(article_id, None)
            self._marks.pop(article_id, None)
        summary = self.summarise(article_id, info)
        with self._lock:
            self._summaries[article_id] = summary
        return info

    @property
    def refs_ready(self) -> bool:
        """True once the index is current (cross references, counts and search are complete)."""
        return self._index_ready

    def refresh_index(self, progress: Callable[[int, int], None] | None = None) -> UpdateReport:
        """Bring the index up to date with the annotation files (run it in a worker).

        Only files whose size, time or digest changed are read again; a broken index
        is rebuilt (the report says why).

        Args:
            progress: Called as ``progress(done, total)`` while changed articles are indexed.

        Returns:
            What the update did.
        """
        report = self.index.update(self.articles, self.store, progress=progress)
        summaries = self.index.summaries()
        with self._lock:
            self._summaries = summaries
            self._refs.clear()
            self._index_ready = True
            self.index_generation += 1
        return report

    def summary(self, article_id: str) -> Summary | None:
        """The article's standing, metadata and counts: as last read, else as indexed."""
        with self._lock:
            return self._summaries.get(article_id)

    def summarise(self, article_id: str, info: ArticleInfo) -> Summary:
        """What the list shows of an article whose annotations are ``info``."""
        marks = self.marks(article_id) if info.usable is not None else []
        return summarise(self.article(article_id), info, marks)

    def status(self, article_id: str) -> Status | None:
        """current, stale, missing or error (None: not known yet)."""
        info = self.loaded(article_id)
        if info is not None:
            return info.status
        summary = self.summary(article_id)
        return summary.status if summary is not None else None

    def needing_annotation(self) -> list[Article]:
        """Articles whose annotations are missing or not current (unreadable files excluded)."""
        if not self._index_ready:
            self.refresh_index()
        return [a for a in self.articles if self.status(a.id) in ("missing", "stale")]

    def errors(self) -> list[StoreError]:
        """The annotation files that cannot be read."""
        from tui.core.model.store import StoreError

        found: list[StoreError] = []
        for article in self.articles:
            info = self.loaded(article.id)
            if info is not None:
                if info.error is not None:
                    found.append(info.error)
                continue
            summary = self.summary(article.id)
            if summary is not None and summary.error is not None:
                line, message = summary.error
                found.append(StoreError(str(self.store.path_for(article.id)), line, message))
        return found

    def metadata(self, article_id: str) -> tuple[str, str | None, str | None, tuple[str, ...]]:
        """Title, source, date and languages as shown: a person's edits, else the article's."""
        article = self.article(article_id)
        info = self.loaded(article_id)
        if info is not None:
            summary: Summary | None = None
            meta = info.annotation.metadata if info.annotation is not None else None
            return (
                (meta.title if meta and meta.title else None) or article.title or article_id,
                (meta.source if meta and meta.source else None) or article.source,
                (meta.date if meta and meta.date else None) or article.date,
                (meta.languages if meta and meta.languages else ()) or article.languages,
            )
        summary = self.summary(article_id)
        if summary is None:
            return article.title or article_id, article.source, article.date, article.languages
        return (
            summary.title or article.title or article_id,
            summary.source,
            summary.date,
            summary.languages,
        )

    def sentences(self, article_id: str) -> tuple[Sentence, ...]:
        """The annotated sentences, or a plain split when there are no usable annotations."""
        with self._lock:
            cached = self._sentences.get(article_id)
        if cached is not None:
            return cached
        annotation = self.info(article_id).usable
        sentences = annotation.sentences if annotation and annotation.sentences else ()
        if not sentences:
            sentences = split_sentences(self.article(article_id).text)
        sentences = tuple(sorted(sentences, key=lambda s: (s.start, s.end)))
        with self._lock:
            self._sentences[article_id] = sentences
        return sentences

    def marks(self, article_id: str) -> list[Mark]:
        """The highlights of an article while reading (cached; empty when shown plain)."""
        with self._lock:
            cached = self._marks.get(article_id)
        if cached is not None:
            return cached
        marks = reading_marks(self.article(article_id), self.info(article_id).usable)
        with self._lock:
            self._marks[article_id] = marks
        return marks

    # cross references
    def entity_refs(self, key: str, article_id: str, others: int = 4) -> EntityRefs | None:
        """An entity's counts across the corpus and where it stands: in ``article_id`` and in
        the first ``others`` other articles (from the index; None if it has no such entity).
        """
        cache_key = (key, article_id, others)
        with self._lock:
            cached = self._refs.get(cache_key)
        if cached is not None:
            return cached
        from tui.core.model.index import IndexUnreadable

        try:
            counts = self.index.entity(key)
            if counts is None:
                return None
            places = self.index.places(key, articles=[article_id], limit=others + 1)
        except IndexUnreadable:
            return None
        here = [p for p in places if p.article == article_id]
        rest = [p for p in places if p.article != article_id][:others]
        refs = EntityRefs(
            key, counts.label, counts.name, counts.articles, counts.mentions, (*here, *rest)
        )
        with self._lock:
            if len(self._refs) > 2000:
                self._refs.clear()
            self._refs[cache_key] = refs
        return refs

    def entities_in(
        self, article_id: str, start: int, end: int, others: int = 4
    ) -> list[tuple[EntityRefs, Mark]]:
        """The entities mentioned in ``start:end`` of an article, each once, in text order,
        with where else they appear (``others``: how many other articles to look up)."""
        from tui.core.model.schema import Entity

        seen: set[str] = set()
        found: list[tuple[EntityRefs, Mark]] = []
        marks = self.marks(article_id)
        # Marks are sorted and do not overlap, so their ends are sorted too: skip those before.
        lo, hi = 0, len(marks)
        while lo < hi:
            mid = (lo + hi) // 2
            if marks[mid].end <= start:
                lo = mid + 1
            else:
                hi = mid
        for mark in marks[lo:]:
            if mark.start >= end:
                break
            if mark.end <= start or not isinstance(mark.span, Entity):
                continue
            key = entity_key(mark.span)
            if key in seen:
                continue
            seen.add(key)
            refs = self.entity_refs(key, article_id, others)
            if refs is not None:
                found.append((refs, mark))
        return found

    def top_entities(self, limit: int) -> list[tuple[EntityRefs, Occurrence]]:
        """The most mentioned entities, most first, each with its first mention in the corpus."""
        from tui.core.model.index import IndexUnreadable

        found: list[tuple[EntityRefs, Occurrence]] = []
        try:
            for counts in self.index.top_entities(limit):
                places = self.index.places(counts.key, limit=1)
                if not places:
                    continue
                place = places[0]
                refs = EntityRefs(
                    counts.key,
                    counts.label,
                    counts.name,
                    counts.articles,
                    counts.mentions,
                    (place,),
                )
                found.append((refs, place.occurrence))
        except IndexUnreadable:
            return []
        return found

    def quote(self, occurrence: Occurrence) -> str:
        """The sentence of an occurrence, shortened around the mention."""
        article = self.article(occurrence.article)
        span = occurrence.sentence_span
        if span is None:
            sentences = self.sentences(occurrence.article)
            if 0 <= occurrence.sentence < len(sentences):
                span = (sentences[occurrence.sentence].start, sentences[occurrence.sentence].end)
        if span is not None:
            text = article.text[span[0] : span[1]]
            return quote_around(text, occurrence.start - span[0], occurrence.end - span[0])
        return quote_around(article.text, occurrence.start, occurrence.end)

    # search
    def search(
        self,
        query: str,
        article_id: str | None = None,
        *,
        exclude: str | None = None,
        limit: int = 200,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Hit]:
        """Sentences matching a search (see :mod:`tui.core.model.search` for the syntax).

        Args:
            query: As typed: words, "phrases", ``entity:`` ``label:`` ``source:`` ``date:``
                and figure filters.
            article_id: Only this article.
            exclude: Not this article.
            limit: At most this many hits.
            cancelled: Polled while searching; True gives up (returns nothing).

        Returns:
            Ranked hits (bm25 when there are words), each with its highlights; nothing
            while there is no index yet.
        """
        from tui.core.model.index import IndexUnreadable
        from tui.core.model.search import parse_query

        try:
            return self.index.search(
                parse_query(query),
                article=article_id,
                exclude=exclude,
                limit=limit,
                cancelled=cancelled,
            )
        except IndexUnreadable:
            return []

    def count(
        self,
        query: str,
        *,
        exclude: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int] | None:
        """How many sentences, in how many articles, match a search (None: no index, or
        given up)."""
        from tui.core.model.index import IndexUnreadable
        from tui.core.model.search import parse_query

        try:
            return self.index.count(parse_query(query), exclude=exclude, cancelled=cancelled)
        except IndexUnreadable:
            return None
