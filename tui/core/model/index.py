"""CorpusIndex: a derived SQLite index of the annotations, for reading and searching at scale.

One file, ``annotations/.index.sqlite``, holds per article its digests, metadata,
status, sentences, reading marks (entities and quantities), an FTS5 full-text index
of the sentences, the entities' cross-reference counts, and the events of
``events.yaml``. The YAML files stay the truth: the index is rebuilt from them
incrementally (a file is read again only when its size, modification time or
digest, or its article, changed), can be deleted at any time, and never holds the
only copy of anything. A corrupt index, or one of another schema version, is
deleted and rebuilt, and the update says so.

Writes happen in one thread at a time, one transaction per batch, in WAL mode;
readers (the UI, search workers) use connections of their own.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.model.article import Article
from tui.core.model.search import Figure, Query
from tui.core.model.settings import pipeline_is_current
from tui.core.text.names import normalise_name
from tui.core.text.scripts import script_of

if TYPE_CHECKING:
    from tui.core.model.library import Occurrence, Status
    from tui.core.model.schema import ArticleAnnotation, EventsFile
    from tui.core.model.store import AnnotationStore, Loaded

#: The index's file name in the annotations folder (git-ignored; safe to delete).
INDEX_FILE = ".index.sqlite"
#: Bumped whenever the tables change: an index of another version is rebuilt.
SCHEMA_VERSION = "2"
#: Articles written per transaction.
BATCH = 250
#: Above this many entity keys to recount, every key is counted again in one pass.
RECOUNT_ALL = 2000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (
    rid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    article_key TEXT NOT NULL,
    yaml_size INTEGER,
    yaml_mtime INTEGER,
    yaml_sha TEXT,
    status TEXT NOT NULL,
    error_line INTEGER,
    error TEXT,
    pipeline TEXT,
    title TEXT,
    source TEXT,
    date TEXT,
    languages TEXT,
    entities INTEGER NOT NULL DEFAULT 0,
    quantities INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sentences (
    rid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX sentences_article ON sentences (article, idx);
CREATE VIRTUAL TABLE sentence_fts USING fts5 (
    text, content='sentences', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentence_fts (rowid, text) VALUES (new.rid, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentence_fts (sentence_fts, rowid, text) VALUES ('delete', old.rid, old.text);
END;
CREATE TABLE entities (
    article INTEGER NOT NULL,
    id TEXT NOT NULL,
    srow INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    key TEXT NOT NULL,
    norm TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX entities_key ON entities (key, id, start);
CREATE INDEX entities_norm ON entities (norm);
CREATE INDEX entities_label ON entities (label);
CREATE INDEX entities_article ON entities (article);
CREATE TABLE quantities (
    article INTEGER NOT NULL,
    srow INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    value REAL,
    unit TEXT,
    text TEXT NOT NULL
);
CREATE INDEX quantities_unit ON quantities (unit, value);
CREATE INDEX quantities_label ON quantities (label, value);
CREATE INDEX quantities_article ON quantities (article);
CREATE TABLE entity_keys (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE INDEX entity_keys_mentions ON entity_keys (mentions);
CREATE TABLE events (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    kind TEXT
);
CREATE TABLE event_mentions (
    event INTEGER NOT NULL,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX event_mentions_article ON event_mentions (article, start);
CREATE TABLE stories (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL);
CREATE TABLE story_articles (story INTEGER NOT NULL, article TEXT NOT NULL);
CREATE INDEX story_articles_article ON story_articles (article);
-- What linking reads of a current annotation, as compact JSON (see CorpusIndex.link_records).
CREATE TABLE link_records (article TEXT PRIMARY KEY, record TEXT NOT NULL);
"""

#: Fields of the annotation that linking does not read (left out of its record).
_NOT_LINKED: dict[str, object] = {
    "entities": {"__all__": {"prefix", "suffix"}},
    "quantities": {"__all__": {"prefix", "suffix"}},
    "orphans": True,
}


class IndexUnreadable(Exception):
    """The index could not be read (it is rebuilt by the next :meth:`CorpusIndex.update`)."""


# ---------------------------------------------------------------------- plain values


@dataclass(frozen=True, slots=True)
class Summary:
    """One article as the list shows it: its standing, metadata and reading-mark counts."""

    status: Status
    title: str | None = None
    source: str | None = None
    date: str | None = None
    languages: tuple[str, ...] = ()
    entities: int = 0
    quantities: int = 0
    #: Why the annotation file cannot be read: (line or None, message).
    error: tuple[int | None, str] | None = None


@dataclass(frozen=True, slots=True)
class EntityCount:
    """An entity across the corpus: its name, label and how often it is mentioned where."""

    key: str
    label: str
    name: str
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class Place:
    """Where an entity is mentioned in one article: how often, and the first mention."""

    article: str
    count: int
    sentence: int
    start: int
    end: int
    #: The bounds of the first mention's sentence in the article text.
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def occurrence(self) -> Occurrence:
        """The first mention, as the library's cross references give it."""
        from tui.core.model.library import Occurrence

        span = (self.sentence_start, self.sentence_end)
        return Occurrence(self.article, self.sentence, self.start, self.end, span)


@dataclass(frozen=True, slots=True)
class Hit:
    """A sentence that matches a search, with the parts to highlight."""

    article: str
    #: The sentence's number in its article, and where it starts in the article text.
    sentence: int
    start: int
    text: str
    #: ``(start, end)`` within ``text`` of what matched (words, entities, figures).
    highlights: tuple[tuple[int, int], ...] = ()

    @property
    def offset(self) -> int:
        """Where to put the cursor: the first highlight (else the sentence) in the article."""
        return self.start + (self.highlights[0][0] if self.highlights else 0)


@dataclass
class UpdateReport:
    """What an update did."""

    #: Articles whose rows were (re)written.
    indexed: int = 0
    #: Articles whose files had not changed.
    unchanged: int = 0
    #: Articles no longer in the corpus, dropped.
    removed: int = 0
    #: Why the index was rebuilt from scratch (None: it was not).
    rebuilt: str | None = None
    #: Seconds the update took.
    seconds: float = 0.0
    #: True if ``events.yaml`` was indexed again.
    events: bool = False


#: Called as ``progress(done, total)`` while articles are indexed.
IndexProgress = Callable[[int, int], None]


# ---------------------------------------------------------------------- pure helpers


def article_key(article: Article) -> str:
    """What an article contributes to its row: its text digest and the metadata
    :func:`~tui.core.model.settings.is_current` compares."""
    parts = (
        article.sha256,
        article.date or "",
        article.source or "",
        article.url or "",
        article.title,
        ",".join(article.languages),
    )
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _cjk(word: str) -> bool:
    """True if the word is in a script the full-text tokenizer does not split into words."""
    return any(script_of(ch) in ("han", "hiragana", "katakana", "hangul") for ch in word)


def _fts_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_expression(query: Query) -> str | None:
    """The FTS5 MATCH expression of the query's words and phrases (None: there are none).

    Words in scripts written without spaces are left out (they are matched as substrings).
    """
    terms = [_fts_string(p) for p in query.phrases if not _cjk(p)]
    words = [w for w in query.words if not _cjk(w)]
    for number, word in enumerate(words):
        last = number == len(words) - 1 and query.words and query.words[-1] == word
        terms.append(_fts_string(word) + ("*" if last and query.prefix else ""))
    return " AND ".join(terms) if terms else None


def _highlights_of(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Text and spans from FTS5 ``highlight()`` output with \\x01 ... \\x02 around matches."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for number, piece in enumerate(marked.split("\x01")):
        head, mark, tail = piece.partition("\x02")
        if number and mark:
            spans.append((length, length + len(head)))
        text.append(head + tail if mark else piece)
        length += len(text[-1])
    return "".join(text), spans


def _merge_spans(text: str, spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Spans in order, those that overlap or stand only spaces apart made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


# --------------------------------------------------------------------------- index


class CorpusIndex:
    """The derived index of one annotations folder."""

    def __init__(self, path: Path | str) -> None:
        """
        Args:
            path: The index file (usually ``annotations/.index.sqlite``); made on first update.
        """
        self.path = Path(path)
        self._write_lock = threading.Lock()
        self._pool: list[sqlite3.Connection] = []
        self._pool_lock = threading.Lock()
        #: Bumped on every rebuild: pooled connections of an older file are dropped.
        self._generation = 0

    @classmethod
    def beside(cls, store_root: Path | str) -> CorpusIndex:
        """The index of an annotations folder."""
        return cls(Path(store_root) / INDEX_FILE)

    # ------------------------------------------------------------ connections

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _valid(self, conn: sqlite3.Connection) -> str | None:
        """Why the open file is not a usable index (None: it is)."""
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as error:
            return f"unreadable ({error})"
        if row is None or row[0] != SCHEMA_VERSION:
            made = row[0] if row else "unknown"
            return f"made for schema {made} (this version reads {SCHEMA_VERSION})"
        return None

    def _delete_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{self.path}{suffix}")
            except FileNotFoundError:
                pass

    def _drop_pool(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, []
            self._generation += 1
        for conn in pool:
            conn.close()

    def _open_for_writing(self) -> tuple[sqlite3.Connection, str | None]:
        """A connection to a valid index, and why it had to be rebuilt (None: it did not)."""
        reason: str | None = None
        existed = self.path.exists()
        if existed:
            try:
                conn = self._connect()
            except sqlite3.DatabaseError as error:
                reason = f"unreadable ({error})"
            else:
                reason = self._valid(conn)
                if reason is None:
                    return conn, None
                conn.close()
        self._drop_pool()
        self._delete_files()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect()
        conn.executescript(_SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.commit()
        return conn, (reason if existed else None)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for reading (pooled; safe to use from any one thread at a time).

        Raises:
            IndexUnreadable: There is no index yet, or it cannot be read.
        """
        with self._pool_lock:
            conn = self._pool.pop() if self._pool else None
            generation = self._generation
        if conn is None:
            if not self.path.exists():
                raise IndexUnreadable(f"{self.path}: no index yet")
            try:
                conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            except sqlite3.DatabaseError as error:
                raise IndexUnreadable(f"{self.path}: {error}") from None
        try:
            yield conn
        except sqlite3.DatabaseError as error:
            conn.close()
            raise IndexUnreadable(f"{self.path}: {error}") from None
        else:
            with self._pool_lock:
                if generation == self._generation and len(self._pool) < 4:
                    self._pool.append(conn)
                    conn = None
            if conn is not None:
                conn.close()

    def close(self) -> None:
        """Close the pooled connections (the index stays on disk)."""
        self._drop_pool()

    # ---------------------------------------------------------------- writing

    def update(
        self,
        articles: Sequence[Article],
        store: AnnotationStore,
        *,
        prune: bool = True,
        progress: IndexProgress | None = None,
        events: bool = True,
    ) -> UpdateReport:
        """Bring the index up to date with the annotation files of ``articles``.

        Args:
            articles: The corpus (or, with ``prune=False``, some of it).
            store: Where the annotation files are.
            prune: Drop articles that are not in ``articles``.
            progress: Called as ``progress(done, total)`` after each batch of changed articles.
            events: Index ``events.yaml`` again if it changed (False: linking is about to
                write it and hands it over, see :meth:`record_events`).

        Returns:
            What was indexed, and why the index was rebuilt if it was.
        """
        import time

        began = time.perf_counter()
        with self._write_lock:
            try:
                report = self._update(articles, store, prune, progress, events)
            except sqlite3.DatabaseError as error:
                # Garbage written into the file while it was open: start again from scratch.
                self._drop_pool()
                self._delete_files()
                report = self._update(articles, store, prune, progress, events)
                report.rebuilt = report.rebuilt or f"unreadable ({error})"
        report.seconds = time.perf_counter() - began
        return report

    def _update(
        self,
        articles: Sequence[Article],
        store: AnnotationStore,
        prune: bool,
        progress: IndexProgress | None,
        events: bool,
    ) -> UpdateReport:
        conn, rebuilt = self._open_for_writing()
        report = UpdateReport(rebuilt=rebuilt)
        try:
            known = {}
            #: Rows current when indexed by an older version of extraction: the files are
            #: the same, their status is not (the reader annotates them again).
            outdated = set()
            for row in conn.execute(
                "SELECT id, rid, article_key, yaml_size, yaml_mtime, yaml_sha, status, pipeline"
                " FROM articles"
            ):
                known[row[0]] = row[1:6]
                if row[6] == "current" and not pipeline_is_current(row[7]):
                    outdated.add(row[0])
            todo: list[tuple[Article, str, tuple[int, int] | None]] = []
            for article in articles:
                key = article_key(article)
                stat = _stat(store.path_for(article.id))
                row = known.get(article.id)
                if (
                    row is not None
                    and article.id not in outdated
                    and row[1] == key
                    and (row[2], row[3]) == (stat or (None, None))
                ):
                    report.unchanged += 1
                    continue
                todo.append((article, key, stat))
            total = len(todo)
            # The entities' counts are made once at the end (their keys recur in every batch).
            touched: set[str] = set()
            for first in range(0, total, BATCH):
                with conn:
                    for article, key, stat in todo[first : first + BATCH]:
                        row = known.get(article.id)
                        if article.id not in outdated and self._refresh_stat(
                            conn, store, article, key, stat, row
                        ):
                            report.unchanged += 1
                            continue
                        touched |= self._write_article(
                            conn, article, key, stat, store.load(article.id)
                        )
                        report.indexed += 1
                if progress:
                    progress(min(total, first + BATCH), total)
            if prune:
                ids = {a.id for a in articles}
                gone = [(row[0],) for article_id, row in known.items() if article_id not in ids]
                if gone:
                    with conn:
                        for (rid,) in gone:
                            touched |= self._delete_article(conn, rid)
                        conn.executemany("DELETE FROM articles WHERE rid = ?", gone)
                        conn.executemany(
                            "DELETE FROM link_records WHERE article = ?",
                            [(i,) for i in known if i not in ids],
                        )
                    report.removed = len(gone)
            with conn:
                self._recount(conn, touched)
            if events:
                report.events = self._update_events(conn, store)
        finally:
            conn.close()
        return report

    def _refresh_stat(
        self,
        conn: sqlite3.Connection,
        store: AnnotationStore,
        article: Article,
        key: str,
        stat: tuple[int, int] | None,
        row: tuple[int, str, int | None, int | None, str | None] | None,
    ) -> bool:
        """Only the file's time changed (same bytes, same article): note the new stat."""
        if row is None or row[1] != key or stat is None or row[4] is None:
            return False
        try:
            digest = hashlib.sha256(store.path_for(article.id).read_bytes()).hexdigest()
        except OSError:
            return False
        if digest != row[4]:
            return False
        conn.execute(
            "UPDATE articles SET yaml_size = ?, yaml_mtime = ? WHERE rid = ?", (*stat, row[0])
        )
        return True

    def record(
        self, entries: Iterable[tuple[Article, ArticleAnnotation, str]], store: AnnotationStore
    ) -> str | None:
        """Index annotations just written (the pipeline's), without reading their files again.

        Args:
            entries: ``(article, annotation as written, digest of the file written)``.
            store: Where the files are (their size and time are noted).

        Returns:
            Why the index had to be made anew first (None: it did not).
        """
        from tui.core.model.store import Loaded

        entries = list(entries)
        if not entries:
            return None
        with self._write_lock:
            try:
                conn, rebuilt = self._open_for_writing()
            except sqlite3.DatabaseError as error:
                return f"unreadable ({error})"  # the next update rebuilds it
            except OSError:
                return None  # a folder that takes no writes: the files are the truth anyway
            try:
                with conn:
                    touched: set[str] = set()
                    for article, annotation, digest in entries:
                        stat = _stat(store.path_for(article.id))
                        loaded = Loaded(annotation, None, digest)
                        touched |= self._write_article(
                            conn, article, article_key(article), stat, loaded
                        )
                    self._recount(conn, touched)
            except sqlite3.DatabaseError:
                pass  # the files are written: the index catches up on the next update
            finally:
                conn.close()
        return rebuilt

    def _delete_article(self, conn: sqlite3.Connection, rid: int) -> set[str]:
        keys = {k for (k,) in conn.execute("SELECT key FROM entities WHERE article = ?", (rid,))}
        conn.execute("DELETE FROM entities WHERE article = ?", (rid,))
        conn.execute("DELETE FROM quantities WHERE article = ?", (rid,))
        conn.execute("DELETE FROM sentences WHERE article = ?", (rid,))
        return keys

    def _write_article(
        self,
        conn: sqlite3.Connection,
        article: Article,
        key: str,
        stat: tuple[int, int] | None,
        loaded: Loaded,
    ) -> set[str]:
        """Replace the article's rows; returns the entity keys whose counts change."""
        from tui.core.model.library import (
            article_info,
            entity_key,
            reading_marks,
            split_sentences,
            summarise,
        )
        from tui.core.model.schema import Entity

        info = article_info(article, loaded)
        annotation = info.annotation
        usable = info.usable
        sentences = usable.sentences if usable is not None and usable.sentences else ()
        if not sentences:
            sentences = split_sentences(article.text)
        spans = sorted((s.start, s.end) for s in sentences)
        marks = reading_marks(article, usable)
        summary = summarise(article, info, marks)
        row = conn.execute("SELECT rid FROM articles WHERE id = ?", (article.id,)).fetchone()
        values = (
            key,
            stat[0] if stat else None,
            stat[1] if stat else None,
            loaded.sha256,
            summary.status,
            summary.error[0] if summary.error else None,
            summary.error[1] if summary.error else None,
            annotation.pipeline if annotation is not None else None,
            summary.title,
            summary.source,
            summary.date,
            json.dumps(list(summary.languages)),
            summary.entities,
            summary.quantities,
        )
        touched: set[str] = set()
        if row is None:
            rid = conn.execute(
                "INSERT INTO articles (id, article_key, yaml_size, yaml_mtime, yaml_sha, status,"
                " error_line, error, pipeline, title, source, date, languages, entities, quantities)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, *values),
            ).lastrowid
            assert rid is not None
        else:
            rid = row[0]
            touched = self._delete_article(conn, rid)
            conn.execute(
                "UPDATE articles SET article_key = ?, yaml_size = ?, yaml_mtime = ?, yaml_sha = ?,"
                " status = ?, error_line = ?, error = ?, pipeline = ?, title = ?, source = ?,"
                " date = ?, languages = ?, entities = ?, quantities = ? WHERE rid = ?",
                (*values, rid),
            )
        text = article.text
        rows: list[int] = []
        for number, (start, end) in enumerate(spans):
            cursor = conn.execute(
                "INSERT INTO sentences (article, idx, start, end, text) VALUES (?, ?, ?, ?, ?)",
                (rid, number, start, end, text[start:end]),
            )
            assert cursor.lastrowid is not None
            rows.append(cursor.lastrowid)
        starts = [s for s, _ in spans]
        entity_rows = []
        quantity_rows = []
        from bisect import bisect_right

        for mark in marks:
            index = max(0, bisect_right(starts, mark.start) - 1)
            srow = rows[index] if rows else 0
            span = mark.span
            if isinstance(span, Entity):
                name_key = entity_key(span)
                touched.add(name_key)
                entity_rows.append(
                    (
                        rid,
                        article.id,
                        srow,
                        index,
                        span.start,
                        span.end,
                        span.label,
                        name_key,
                        normalise_name(span.text),
                        span.text,
                    )
                )
            else:
                quantity_rows.append(
                    (rid, srow, span.start, span.end, span.label, span.value, span.unit, span.text)
                )
        conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entity_rows)
        conn.executemany("INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", quantity_rows)
        self._write_link_record(
            conn,
            article.id,
            annotation if annotation is not None and annotation.sha256 == article.sha256 else None,
        )
        return touched

    @staticmethod
    def _write_link_record(
        conn: sqlite3.Connection, article_id: str, annotation: ArticleAnnotation | None
    ) -> None:
        """Keep what linking reads of an annotation of the article's text (else drop the
        old record)."""
        if annotation is None:
            conn.execute("DELETE FROM link_records WHERE article = ?", (article_id,))
            return
        record = annotation.model_dump_json(exclude=_NOT_LINKED, exclude_defaults=True)  # type: ignore[arg-type]
        conn.execute("INSERT OR REPLACE INTO link_records VALUES (?, ?)", (article_id, record))

    def link_records(
        self, articles: Iterable[Article], store: AnnotationStore
    ) -> dict[str, ArticleAnnotation]:
        """What linking needs of the articles whose annotation files the index holds as they
        are (same article, same file ``stat``; the annotation made from the article's text),
        without parsing their YAML.

        The records leave out what linking does not read (the spans' context, orphans).

        Args:
            articles: The corpus.
            store: Where the annotation files are.

        Returns:
            Article id -> its annotation as linking reads it (the others are not there).
        """
        from tui.core.model.schema import ArticleAnnotation

        wanted = {a.id: a for a in articles}
        out: dict[str, ArticleAnnotation] = {}
        try:
            with self.reading() as conn:
                rows = conn.execute(
                    "SELECT a.id, a.article_key, a.yaml_size, a.yaml_mtime, r.record"
                    " FROM articles a JOIN link_records r ON r.article = a.id"
                )
                for article_id, key, size, mtime, record in rows:
                    article = wanted.get(article_id)
                    if article is None or key != article_key(article):
                        continue
                    if _stat(store.path_for(article_id)) != (size, mtime):
                        continue
                    out[article_id] = ArticleAnnotation.model_validate_json(record)
        except (IndexUnreadable, ValueError):
            return {}
        return out

    def _recount(self, conn: sqlite3.Connection, keys: set[str]) -> None:
        """Recompute the name, label and counts of these entity keys (all of them when many:
        one pass over the table is then cheaper than a query per key)."""
        if not keys:
            return
        if len(keys) > RECOUNT_ALL:
            conn.execute("DELETE FROM entity_keys")
            self._count(conn, "", [])
            return
        ordered = sorted(keys)
        conn.executemany("DELETE FROM entity_keys WHERE key = ?", [(k,) for k in ordered])
        for first in range(0, len(ordered), 500):
            chunk = ordered[first : first + 500]
            self._count(conn, f"WHERE key IN ({','.join('?' * len(chunk))})", chunk)

    def _count(self, conn: sqlite3.Connection, where: str, params: list[str]) -> None:
        """Fill ``entity_keys`` for the keys ``where`` selects (aggregated by SQLite)."""
        counts = {
            key: (mentions, articles)
            for key, mentions, articles in conn.execute(
                f"SELECT key, count(*), count(DISTINCT id) FROM entities {where} GROUP BY key",
                params,
            )
        }
        names: dict[str, tuple[int, int, str]] = {}
        for key, text, times in conn.execute(
            f"SELECT key, text, count(*) FROM entities {where} GROUP BY key, text", params
        ):
            # The most frequent spelling names the entity; ties go to the longer one.
            best = names.get(key)
            if best is None or (times, len(text)) > best[:2]:
                names[key] = (times, len(text), text)
        rows = []
        for key, (mentions, articles) in counts.items():
            # Its label is that of its first mention in corpus order.
            (label,) = conn.execute(
                "SELECT label FROM entities WHERE key = ? ORDER BY id, start LIMIT 1", (key,)
            ).fetchone()
            rows.append((key, label, names[key][2], articles, mentions))
        conn.executemany("INSERT INTO entity_keys VALUES (?, ?, ?, ?, ?)", rows)

    def _update_events(self, conn: sqlite3.Connection, store: AnnotationStore) -> bool:
        """Index ``events.yaml`` again if its digest changed; True if it was."""
        path = store.events_path
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except FileNotFoundError:
            digest = ""
        except OSError:
            return False
        row = conn.execute("SELECT value FROM meta WHERE key = 'events_sha'").fetchone()
        if row is not None and row[0] == digest:
            return False
        loaded = store.load_events() if digest else None
        self._write_events(
            conn,
            loaded.value if loaded is not None else None,
            # An unreadable file is read again next time (it may be fixed by then).
            digest if loaded is None or loaded.error is None else "",
        )
        return True

    def record_events(self, events: EventsFile | None, digest: str) -> None:
        """Index the events linking has just written, so that no update parses the file
        again: ``digest`` is the file's (the store's ``save_events`` returns it).

        Args:
            events: What was written (None: there is no events file).
            digest: The SHA-256 of the file as written ("" when there is none).
        """
        with self._write_lock:
            conn, _ = self._open_for_writing()
            try:
                self._write_events(conn, events, digest)
            finally:
                conn.close()

    def _write_events(
        self, conn: sqlite3.Connection, events: EventsFile | None, digest: str
    ) -> None:
        """Replace the indexed events and stories with ``events``, noting the file's digest."""
        with conn:
            for table in ("events", "event_mentions", "stories", "story_articles"):
                conn.execute(f"DELETE FROM {table}")
            if events is not None:
                for event in events.events:
                    if event.status != "accepted":
                        continue
                    rid = conn.execute(
                        "INSERT INTO events (id, title, date, kind) VALUES (?, ?, ?, ?)",
                        (event.id, event.title, event.date, event.kind),
                    ).lastrowid
                    conn.executemany(
                        "INSERT INTO event_mentions VALUES (?, ?, ?, ?)",
                        [
                            (rid, m.article, m.start, m.end)
                            for m in event.mentions
                            if m.status == "accepted"
                        ],
                    )
                # Stories (open-domain groupings of events) where the events file has them.
                for story in getattr(events, "stories", ()) or ():
                    rid = conn.execute(
                        "INSERT INTO stories (id, title) VALUES (?, ?)",
                        (str(getattr(story, "id", "")), str(getattr(story, "title", ""))),
                    ).lastrowid
                    conn.executemany(
                        "INSERT INTO story_articles VALUES (?, ?)",
                        [(rid, str(a)) for a in getattr(story, "articles", ()) or ()],
                    )
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('events_sha', ?)", (digest,))

    # ---------------------------------------------------------------- reading

    def fresh(self, articles: Iterable[Article], store: AnnotationStore) -> set[str]:
        """The articles whose annotations the index knows to be current, by a ``stat`` of
        their files (nothing is parsed): the cheap skip check of ``annotate``.

        Returns:
            Their ids (none when there is no usable index).
        """
        try:
            with self.reading() as conn:
                # A row made before the pipeline's version changed is no longer current.
                rows = {
                    article_id: (key, size, mtime)
                    for article_id, key, size, mtime, pipeline in conn.execute(
                        "SELECT id, article_key, yaml_size, yaml_mtime, pipeline FROM articles"
                        " WHERE status = 'current'"
                    )
                    if pipeline_is_current(pipeline)
                }
        except IndexUnreadable:
            return set()
        found = set()
        for article in articles:
            row = rows.get(article.id)
            if row is None or row[0] != article_key(article):
                continue
            if _stat(store.path_for(article.id)) == (row[1], row[2]):
                found.add(article.id)
        return found

    def summaries(self) -> dict[str, Summary]:
        """Every indexed article's summary, by id."""
        with self.reading() as conn:
            return {
                article_id: Summary(
                    status,
                    title,
                    source,
                    date,
                    tuple(json.loads(languages or "[]")),
                    entities,
                    quantities,
                    (line, error) if status == "error" else None,
                )
                for article_id, status, title, source, date, languages, entities, quantities, line, error in conn.execute(
                    "SELECT id, status, title, source, date, languages, entities, quantities,"
                    " error_line, error FROM articles"
                )
            }

    def entity(self, key: str) -> EntityCount | None:
        """An entity's name, label and counts across the corpus."""
        with self.reading() as conn:
            row = conn.execute(
                "SELECT key, label, name, articles, mentions FROM entity_keys WHERE key = ?", (key,)
            ).fetchone()
        return EntityCount(*row) if row else None

    def places(self, key: str, *, articles: Sequence[str] = (), limit: int = 0) -> list[Place]:
        """Where an entity is mentioned: in the given articles, plus the first ``limit``
        others in corpus (id) order; per article the count and the first mention."""
        query = (
            "SELECT id, count(*), min(start) FROM entities WHERE key = ? {where}"
            " GROUP BY id ORDER BY id {limit}"
        )
        found: dict[str, tuple[int, int]] = {}
        with self.reading() as conn:
            if articles:
                marks = ",".join("?" * len(articles))
                for article_id, count, start in conn.execute(
                    query.format(where=f"AND id IN ({marks})", limit=""), (key, *articles)
                ):
                    found[article_id] = (count, start)
            if limit:
                skip = ",".join("?" * len(articles)) if articles else "''"
                for article_id, count, start in conn.execute(
                    query.format(where=f"AND id NOT IN ({skip})", limit=f"LIMIT {int(limit)}"),
                    (key, *articles),
                ):
                    found[article_id] = (count, start)
            places = []
            for article_id, (count, start) in found.items():
                sentence, end, s_start, s_end = conn.execute(
                    "SELECT e.sentence, e.end, s.start, s.end FROM entities e"
                    " JOIN sentences s ON s.rid = e.srow"
                    " WHERE e.key = ? AND e.id = ? AND e.start = ?",
                    (key, article_id, start),
                ).fetchone()
                places.append(Place(article_id, count, sentence, start, end, s_start, s_end))
        return places

    def top_entities(self, limit: int) -> list[EntityCount]:
        """The most mentioned entities, most first."""
        with self.reading() as conn:
            return [
                EntityCount(*row)
                for row in conn.execute(
                    "SELECT key, label, name, articles, mentions FROM entity_keys"
                    " ORDER BY mentions DESC, key LIMIT ?",
                    (limit,),
                )
            ]

    def events_at(self, article_id: str) -> list[tuple[str, str, int, int]]:
        """The accepted events with a passage in the article: (event id, title, start, end)."""
        with self.reading() as conn:
            return list(
                conn.execute(
                    "SELECT e.id, e.title, m.start, m.end FROM event_mentions m"
                    " JOIN events e ON e.rid = m.event WHERE m.article = ? ORDER BY m.start",
                    (article_id,),
                )
            )

    def search(
        self,
        query: Query,
        *,
        article: str | None = None,
        exclude: str | None = None,
        limit: int = 200,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Hit]:
        """Sentences that match the query: ranked (bm25) when it has words, else in corpus order.

        Args:
            query: The parsed search (:func:`~tui.core.model.search.parse_query`).
            article: Only this article.
            exclude: Not this article.
            limit: At most this many hits.
            cancelled: Polled while the query runs; True stops it (returns what was found: nothing).

        Returns:
            The hits, each with its highlights.

        Raises:
            IndexUnreadable: The index cannot be read.
        """
        if query.empty or (cancelled is not None and cancelled()):
            return []
        source, where, params, ranked = _filters(query, article, exclude)
        if ranked:
            select = (
                "s.rid, a.id, s.idx, s.start, s.text, highlight(sentence_fts, 0, char(1), char(2))"
            )
            order = "ORDER BY sentence_fts.rank"
        else:
            select = "s.rid, a.id, s.idx, s.start, s.text, NULL"
            order = "ORDER BY a.id, s.start"
        sql = f"SELECT {select} FROM {source} WHERE {' AND '.join(where)} {order} LIMIT ?"
        params.append(limit)
        with self.reading() as conn:
            with _cancellable(conn, cancelled):
                try:
                    rows = conn.execute(sql, params).fetchall()
                except sqlite3.OperationalError as error:
                    if "interrupt" in str(error):
                        return []
                    raise
            marked = self._marked(conn, query, [r[0] for r in rows])
        hits = []
        for rid, article_id, number, start, text, highlighted in rows:
            spans: list[tuple[int, int]] = []
            if highlighted is not None:
                plain, found = _highlights_of(highlighted)
                if plain == text:
                    spans += found
            for term in (*query.words, *query.phrases):
                if _cjk(term):
                    at = text.find(term)
                    while at != -1:
                        spans.append((at, at + len(term)))
                        at = text.find(term, at + len(term))
            spans += [(s - start, e - start) for s, e in marked.get(rid, ())]
            hits.append(Hit(article_id, number, start, text, _merge_spans(text, spans)))
        return hits

    def _marked(
        self, conn: sqlite3.Connection, query: Query, rids: list[int]
    ) -> dict[int, list[tuple[int, int]]]:
        """The entity and figure spans the filters matched, by sentence row."""
        found: dict[int, list[tuple[int, int]]] = {}
        if not rids or not (query.entities or query.labels or query.figures):
            return found
        marks = ",".join("?" * len(rids))
        parts: list[tuple[str, list[object]]] = []
        for name in query.entities:
            parts.append(
                (
                    f"SELECT srow, start, end FROM entities WHERE srow IN ({marks})"
                    " AND (key = ? OR norm = ?)",
                    [*rids, name, normalise_name(name)],
                )
            )
        for label in query.labels:
            for table in ("entities", "quantities"):
                parts.append(
                    (
                        f"SELECT srow, start, end FROM {table} WHERE srow IN ({marks}) AND label = ?",
                        [*rids, label],
                    )
                )
        for figure in query.figures:
            condition, values = _figure_condition(figure)
            parts.append(
                (
                    f"SELECT srow, start, end FROM quantities WHERE srow IN ({marks}) AND {condition}",
                    [*rids, *values],
                )
            )
        for sql, params in parts:
            for srow, start, end in conn.execute(sql, params):
                found.setdefault(srow, []).append((start, end))
        return found

    def count(
        self,
        query: Query,
        *,
        exclude: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int] | None:
        """How many sentences, in how many articles, match (for the summary line).

        Returns:
            (sentences, articles); None if ``cancelled`` stopped it.
        """
        if query.empty:
            return 0, 0
        if cancelled is not None and cancelled():
            return None
        source, where, params, _ = _filters(query, None, exclude)
        sql = f"SELECT count(*), count(DISTINCT a.id) FROM {source} WHERE {' AND '.join(where)}"
        with self.reading() as conn, _cancellable(conn, cancelled):
            try:
                sentences, articles = conn.execute(sql, params).fetchone()
            except sqlite3.OperationalError as error:
                if "interrupt" in str(error):
                    return None
                raise
        return sentences, articles


@contextmanager
def _cancellable(conn: sqlite3.Connection, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Queries on ``conn`` stop (``interrupted``) once ``cancelled()`` is True."""
    if cancelled is None:
        yield
        return
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 2000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _filters(
    query: Query, article: str | None, exclude: str | None
) -> tuple[str, list[str], list[object], bool]:
    """The FROM clause, WHERE conditions and parameters of a search, and whether it is ranked."""
    where: list[str] = []
    params: list[object] = []
    match = fts_expression(query)
    if match is not None:
        source = (
            "sentence_fts JOIN sentences s ON s.rid = sentence_fts.rowid"
            " JOIN articles a ON a.rid = s.article"
        )
        where.append("sentence_fts MATCH ?")
        params.append(match)
    else:
        source = "sentences s JOIN articles a ON a.rid = s.article"
    for term in (*query.words, *query.phrases):
        if _cjk(term):
            where.append("instr(s.text, ?) > 0")
            params.append(term)
    if article is not None:
        where.append("a.id = ?")
        params.append(article)
    if exclude is not None:
        where.append("a.id != ?")
        params.append(exclude)
    for name in query.entities:
        where.append("s.rid IN (SELECT srow FROM entities WHERE key = ? OR norm = ?)")
        params += [name, normalise_name(name)]
    for label in query.labels:
        where.append(
            "s.rid IN (SELECT srow FROM entities WHERE label = ?"
            " UNION ALL SELECT srow FROM quantities WHERE label = ?)"
        )
        params += [label, label]
    for figure in query.figures:
        condition, values = _figure_condition(figure)
        where.append(f"s.rid IN (SELECT srow FROM quantities WHERE {condition})")
        params += values
    for name in query.sources:
        where.append("lower(a.source) LIKE ?")
        params.append(f"%{name.lower()}%")
    if query.date_from:
        where.append("a.date >= ?")
        params.append(query.date_from)
    if query.date_to:
        where.append("a.date <= ?")
        params.append(query.date_to + "~")
    return source, where, params, match is not None


def _figure_condition(figure: Figure) -> tuple[str, list[object]]:
    """SQL over the quantities table for a figure filter, and its parameters."""
    op = figure.op if figure.op != "=" else "="
    if figure.kind == "money":
        condition = f"label = 'MONEY' AND value {op} ?"
    else:
        condition = f"unit = 'percent' AND value {op} ?"
    values: list[object] = [figure.value]
    if figure.unit:
        condition += " AND unit = ?"
        values.append(figure.unit)
    return condition, values


def _stat(path: Path) -> tuple[int, int] | None:
    """The file's size and modification time (ns), or None if there is no file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)
