"""Library: the corpus as the reader sees it, read through the store without spaCy.

It holds the articles, loads each article's annotations on demand (cached), says
which are current, and builds a cross-reference index (where else each entity
appears) lazily, the first time it is asked for. Everything here is cheap to
construct, so a large corpus opens at once and the rest loads in the background.
The methods are safe to call from a worker thread and the UI thread together.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tui.core.model.article import Article
from tui.core.model.corpus import Corpus, body_start, load_corpus
from tui.core.model.settings import is_current
from tui.core.text.names import normalise_name
from tui.core.text.sentences import sentence_spans

# The annotation model (pydantic) and the store load on first use, not on import: the
# reader puts its article list on screen before they are needed.
if TYPE_CHECKING:
    from tui.core.model.schema import ArticleAnnotation, Entity, Furniture, Quantity, Sentence
    from tui.core.model.store import AnnotationStore, StoreError

Status = Literal["current", "stale", "missing", "error"]

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
    """Where one mention of an entity stands."""

    article: str
    sentence: int
    start: int
    end: int


@dataclass
class EntityRefs:
    """One entity across the corpus: every mention, grouped by article in corpus order."""

    key: str
    label: str
    name: str
    occurrences: dict[str, list[Occurrence]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(found) for found in self.occurrences.values())

    @property
    def articles(self) -> list[str]:
        return list(self.occurrences)

    def count(self, article_id: str) -> int:
        return len(self.occurrences.get(article_id, ()))

    def first(self, article_id: str) -> Occurrence | None:
        found = self.occurrences.get(article_id)
        return found[0] if found else None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A match of a search: the article, where, and the sentence around it."""

    article: str
    start: int
    end: int
    quote: str


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
        self._by_id = {a.id: a for a in self.articles}
        self._position = {a.id: i for i, a in enumerate(self.articles)}
        self._infos: dict[str, ArticleInfo] = {}
        self._sentences: dict[str, tuple[Sentence, ...]] = {}
        self._marks: dict[str, list[Mark]] = {}
        self._refs: dict[str, EntityRefs] | None = None
        self._lock = threading.RLock()

    @classmethod
    def open(cls, seeds: Path | str, annotations: Path | str) -> Library:
        return cls(load_corpus(seeds), Path(annotations))

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

    # articles
    def __len__(self) -> int:
        return len(self.articles)

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
        loaded = self.store.load(article_id)
        if loaded.error is not None:
            return ArticleInfo(None, "error", loaded.error)
        if loaded.value is None:
            return ArticleInfo(None, "missing")
        status: Status = (
            "current" if is_current(loaded.value, self.article(article_id)) else "stale"
        )
        return ArticleInfo(loaded.value, status)

    def reload(self, article_id: str) -> ArticleInfo:
        """Forget what was cached for the article (its file changed) and read it again.

        The cross-reference index keeps serving until :meth:`cross_refs` is asked to rebuild.
        """
        with self._lock:
            self._infos.pop(article_id, None)
            self._sentences.pop(article_id, None)
            self._marks.pop(article_id, None)
        return self.info(article_id)

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
        return info

    @property
    def refs_ready(self) -> bool:
        """True once the cross-reference index is built (asking for it is then instant)."""
        return self._refs is not None

    def load_all(self, progress: Callable[[str, int, int], None] | None = None) -> None:
        """Read every article's annotations (for the counts in the list and the index)."""
        total = len(self.articles)
        for done, article in enumerate(self.articles, start=1):
            self.info(article.id)
            if progress:
                progress(article.id, done, total)

    def needing_annotation(self) -> list[Article]:
        """Articles whose annotations are missing or not current (unreadable files excluded)."""
        return [a for a in self.articles if self.info(a.id).status in ("missing", "stale")]

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
    def cross_refs(self, rebuild: bool = False) -> dict[str, EntityRefs]:
        """Every entity key with its occurrences, built on first use from current annotations.

        Args:
            rebuild: Build it again (after annotations changed).
        """
        from tui.core.model.schema import Entity

        with self._lock:
            if self._refs is not None and not rebuild:
                return self._refs
        refs: dict[str, EntityRefs] = {}
        names: dict[str, dict[str, int]] = {}
        for article in self.articles:
            annotation = self.info(article.id).usable
            if annotation is None:
                continue
            sentences = self.sentences(article.id)
            starts = [s.start for s in sentences]
            for mark in reading_marks(article, annotation):
                span = mark.span
                if not isinstance(span, Entity):
                    continue
                key = entity_key(span)
                entry = refs.get(key)
                if entry is None:
                    entry = refs[key] = EntityRefs(key, span.label, span.text)
                index = max(0, bisect_right(starts, span.start) - 1)
                entry.occurrences.setdefault(article.id, []).append(
                    Occurrence(article.id, index, span.start, span.end)
                )
                spelled = names.setdefault(key, {})
                spelled[span.text] = spelled.get(span.text, 0) + 1
        for key, entry in refs.items():
            # The most frequent spelling names the entity; ties go to the longer one.
            entry.name = max(names[key].items(), key=lambda item: (item[1], len(item[0])))[0]
        with self._lock:
            self._refs = refs
        return refs

    def entities_in(self, article_id: str, start: int, end: int) -> list[tuple[EntityRefs, Mark]]:
        """The entities mentioned in ``start:end`` of an article, each once, in text order."""
        from tui.core.model.schema import Entity

        refs = self.cross_refs()
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
        first = lo
        for mark in marks[first:]:
            if mark.start >= end:
                break
            if mark.end <= start or not isinstance(mark.span, Entity):
                continue
            key = entity_key(mark.span)
            if key in seen or key not in refs:
                continue
            seen.add(key)
            found.append((refs[key], mark))
        return found

    def quote(self, occurrence: Occurrence) -> str:
        """The sentence of an occurrence, shortened around the mention."""
        article = self.article(occurrence.article)
        sentences = self.sentences(occurrence.article)
        if 0 <= occurrence.sentence < len(sentences):
            sentence = sentences[occurrence.sentence]
            text = article.text[sentence.start : sentence.end]
            return quote_around(
                text, occurrence.start - sentence.start, occurrence.end - sentence.start
            )
        return quote_around(article.text, occurrence.start, occurrence.end)

    # search
    def search(
        self, query: str, article_id: str | None = None, limit: int = 200
    ) -> list[SearchHit]:
        """Case-insensitive matches of ``query``: in one article, or across the corpus.

        Args:
            query: Literal text (not a pattern).
            article_id: Search only this article; None searches every article.
            limit: Stop after this many hits.

        Returns:
            Hits in corpus order, each with a quote of its surroundings.
        """
        query = query.strip()
        if not query:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        articles = [self.article(article_id)] if article_id else self.articles
        hits: list[SearchHit] = []
        for article in articles:
            for match in pattern.finditer(article.text):
                quote = quote_around(article.text, match.start(), match.end(), 70)
                hits.append(SearchHit(article.id, match.start(), match.end(), quote))
                if len(hits) >= limit:
                    return hits
        return hits
