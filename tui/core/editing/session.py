"""EditSession: the documents being edited, their undo and redo histories, and safe saving.

The session loads documents through :class:`~tui.core.model.store.AnnotationStore`,
keeps an undo and a redo history per article and one for events, knows which
documents have unsaved work, and saves with the digest it loaded so that a file
changed by someone else is never silently overwritten (:class:`Conflict`: keep
theirs, keep mine, merge, or look at the difference first). The representation of
people's decisions is documented in ``docs/annotation-format.md`` ("Editing decisions").

When a file cannot be written (disk full, read-only folder) :meth:`EditSession.save`
raises :class:`~tui.core.model.store.WriteError` naming it, and the edits stay unsaved
in the session, to be saved again. :meth:`EditSession.write_recovery` writes every
unsaved document to a recovery folder (never over the real files), for a reader that
must quit while something cannot be saved.

A shared document (the events, the knowledge base) can be read away from the session,
in a worker thread, with :func:`read_shared`, and handed to it with
:meth:`EditSession.install`, which takes it only if the file is still the one read
(its :data:`Stamp`) and keeps the rules of :meth:`EditSession.reload` and
:meth:`EditSession.absorb`.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, TypeAlias

from tui.core.editing.anchor import place_orphans, reanchor_annotation
from tui.core.editing.documents import (
    EVENTS_DOC,
    KB_DOC,
    AnySpan,
    Document,
    Documents,
    Edit,
    EditError,
    article_doc,
    canonical,
    doc_article,
    rebase,
)
from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    EventsFile,
    KnowledgeBase,
    Metadata,
)
from tui.core.model.store import (
    AnnotationStore,
    BrokenFileError,
    ConflictError,
    Loaded,
    StoreError,
    annotation_to_yaml,
    atomic_write,
    canonical_annotation,
    events_to_yaml,
    kb_to_yaml,
    leading_comments,
    sha256_of,
)


@dataclass(frozen=True)
class Step:
    """One applied edit with the documents it changed, before and after."""

    edit: Edit
    before: Mapping[str, Document]
    after: Mapping[str, Document]


@dataclass(frozen=True)
class Conflict:
    """Saving found the file changed on disk since it was loaded."""

    key: str
    path: Path
    mine: str
    theirs: str
    theirs_sha: str | None

    def diff(self) -> str:
        """``difflib.unified_diff`` from the file on disk to what would be written."""
        return "".join(
            difflib.unified_diff(
                self.theirs.splitlines(keepends=True),
                self.mine.splitlines(keepends=True),
                fromfile=f"{self.path} (on disk)",
                tofile=f"{self.path} (yours)",
            )
        )


SaveStatus = Literal["saved", "unchanged", "conflict", "broken"]
Choice = Literal["theirs", "mine", "merge"]


@dataclass(frozen=True)
class SaveOutcome:
    key: str
    status: SaveStatus
    conflict: Conflict | None = None
    error: StoreError | None = None


#: The folder, inside the annotations folder, that recovery files go to.
RECOVERY_FOLDER = ".recovery"


@dataclass(frozen=True)
class Recovery:
    """What :meth:`EditSession.write_recovery` wrote, and where."""

    #: The folder of this recovery (None: nothing was written).
    folder: Path | None
    #: One file per unsaved document, named as the file it belongs in.
    paths: tuple[Path, ...] = ()
    #: Documents that could not be written anywhere, with why.
    errors: tuple[str, ...] = ()


@dataclass
class _Loaded:
    path: Path
    saved: Document | None
    sha: str | None
    error: StoreError | None


#: What a file was when it was read: (device, inode, size, modification time in ns);
#: None: there was no file. Saving replaces the file (a new inode), so a write shows.
Stamp: TypeAlias = tuple[int, int, int, int] | None

#: How :meth:`EditSession.install` took a document read elsewhere: it ``changed`` the
#: session's, left it ``unchanged`` (the same file, or unsaved edits kept until saving),
#: or refused a ``stale`` read (the file changed since: read it again).
InstallStatus = Literal["changed", "unchanged", "stale"]


def file_stamp(path: Path) -> Stamp:
    """The file's :data:`Stamp` (a ``stat``, no read)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


@dataclass(frozen=True)
class SharedRead:
    """A shared document read away from the session (see :func:`read_shared`)."""

    key: str
    #: The document in canonical order (None: unreadable, or ``unchanged``).
    value: Document | None
    error: StoreError | None
    sha: str | None
    #: The file when it was read.
    stamp: Stamp
    #: The file was the one the caller had (its digest was ``unless_sha``): not parsed.
    unchanged: bool = False


#: Reads of a file that keeps changing while it is read, before giving up on a stable one.
READ_TRIES = 3


def _shared_path(store: AnnotationStore, key: str) -> Path:
    if key == EVENTS_DOC:
        return store.events_path
    if key == KB_DOC:
        return store.kb_path
    raise EditError(f"{key} is not a shared document")


def _shared_value(key: str, result: Loaded) -> Document | None:
    """A shared file's value as the session keeps it: canonical, an empty one for no file."""
    if result.value is not None:
        value: Document = result.value
        return canonical(value)
    if result.error is not None:
        return None
    return EventsFile() if key == EVENTS_DOC else KnowledgeBase()


def read_shared(
    store: AnnotationStore, key: str, *, unless_sha: str | None | Literal[False] = False
) -> SharedRead:
    """Read a shared document (the events, the knowledge base) without a session: safe in
    any thread, for :meth:`EditSession.install` to take up on the session's thread.

    Args:
        store: The annotation store.
        key: :data:`EVENTS_DOC` or :data:`KB_DOC`.
        unless_sha: The digest the caller has (see :meth:`EditSession.loaded_sha`): a file
            with that digest is not parsed (``unchanged``). False: always parse.

    Returns:
        The read, stamped with the file as it was (a file changing while it is read is
        read again, up to :data:`READ_TRIES` times).
    """
    path = _shared_path(store, key)
    read: SharedRead | None = None
    for _ in range(READ_TRIES):
        stamp = file_stamp(path)
        if unless_sha is not False:
            sha = sha256_of(path)
            if sha == unless_sha:
                read = SharedRead(key, None, None, sha, stamp, unchanged=True)
                if file_stamp(path) == stamp:
                    return read
                continue
        result = store.load_events() if key == EVENTS_DOC else store.load_kb()
        read = SharedRead(key, _shared_value(key, result), result.error, result.sha256, stamp)
        if file_stamp(path) == stamp:
            return read
    assert read is not None
    return read  # still changing: install() finds it stale


@dataclass(frozen=True)
class Opened:
    """What opening an article gave: its annotation (None if unreadable), the error,
    and the spans that could not be re-anchored in its current text."""

    annotation: ArticleAnnotation | None
    error: StoreError | None
    orphans: tuple[AnySpan, ...] = ()


def _empty_annotation(article: Article) -> ArticleAnnotation:
    """The annotation of an article nobody has annotated yet: its guessed metadata only."""
    return ArticleAnnotation(
        article=article.id,
        sha256=article.sha256,
        metadata=Metadata(title=article.title, date=article.date, languages=article.languages),
    )


class EditSession:
    """The documents being edited, their histories, and saving them safely."""

    def __init__(
        self, store: AnnotationStore, articles: Iterable[Article] = (), *, history_limit: int = 1000
    ) -> None:
        self.store = store
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.state = Documents(texts={a.id: a.text for a in self.articles.values()})
        self.history_limit = history_limit
        self._docs: dict[str, _Loaded] = {}
        self._undo: dict[str, list[Step]] = {}
        self._redo: dict[str, list[Step]] = {}
        self.conflicts: dict[str, Conflict] = {}

    # ------------------------------------------------------------------ loading
    def add_article(self, article: Article) -> None:
        self.articles[article.id] = article
        self.state = replace(self.state, texts={**self.state.texts, article.id: article.text})

    def _prepare(
        self, article: Article, annotation: ArticleAnnotation
    ) -> tuple[ArticleAnnotation, tuple[AnySpan, ...]]:
        if annotation.sha256 == article.sha256:
            # Orphans are tried on every open: their text may be back.
            return canonical_annotation(place_orphans(annotation, article.text)), ()
        placed, orphans = reanchor_annotation(annotation, article.text)
        new = tuple(o for o in orphans if o not in annotation.orphans)
        # The spans now fit the current text; the cleared stamp has the pipeline
        # redo the model's part (sentences, suggestions) for it, keeping people's.
        placed = placed.model_copy(update={"sha256": article.sha256, "pipeline": None})
        return canonical_annotation(placed), new

    def open(self, article_id: str) -> Opened:
        """Load an article's annotation (once) and re-anchor it if its text changed.

        An article without a file gets an empty annotation (saved once edited).
        An unreadable file is remembered as broken: no edit, no save.
        """
        key = article_doc(article_id)
        article = self.articles.get(article_id)
        if article is None:
            raise EditError(f"unknown article {article_id!r}")
        if key in self._docs:
            loaded = self._docs[key]
            value = self.state.annotations.get(article_id)
            return Opened(value, loaded.error, value.orphans if value else ())
        result = self.store.load(article_id)
        path = self.store.path_for(article_id)
        if result.error is not None:
            self._docs[key] = _Loaded(path, None, result.sha256, result.error)
            return Opened(None, result.error)
        annotation = result.value or _empty_annotation(article)
        prepared, orphans = self._prepare(article, annotation)
        # The baseline is the re-anchored value: opening alone writes nothing.
        self._docs[key] = _Loaded(path, prepared, result.sha256, None)
        self.state = self.state.with_doc(key, prepared)
        return Opened(prepared, None, orphans)

    def _load_shared(self, key: str) -> _Loaded:
        if key in self._docs:
            return self._docs[key]
        if key not in (EVENTS_DOC, KB_DOC):
            raise EditError(f"{key} is not open")
        result = self.store.load_events() if key == EVENTS_DOC else self.store.load_kb()
        value = _shared_value(key, result)
        loaded = _Loaded(_shared_path(self.store, key), value, result.sha256, result.error)
        if value is not None:
            self.state = self.state.with_doc(key, value)
        self._docs[key] = loaded
        return loaded

    def load(self, key: str) -> StoreError | None:
        """Load a document by key (articles are opened); returns its error if unreadable."""
        article_id = doc_article(key)
        if article_id is not None:
            return self.open(article_id).error
        return self._load_shared(key).error

    def error(self, key: str) -> StoreError | None:
        loaded = self._docs.get(key)
        return loaded.error if loaded else None

    def is_loaded(self, key: str) -> bool:
        """True once the document was read (readable or not)."""
        return key in self._docs

    def loaded_sha(self, key: str) -> str | None | Literal[False]:
        """The digest of the file as last read or saved (None: there was no file; False:
        not read yet), for :func:`read_shared`'s ``unless_sha``."""
        loaded = self._docs.get(key)
        return loaded.sha if loaded is not None else False

    @property
    def events(self) -> EventsFile:
        self._load_shared(EVENTS_DOC)
        return self.state.events

    @property
    def kb(self) -> KnowledgeBase:
        self._load_shared(KB_DOC)
        return self.state.kb

    def annotation(self, article_id: str) -> ArticleAnnotation | None:
        return self.state.annotations.get(article_id)

    def _require(self, key: str) -> None:
        error = self.load(key)
        if error is not None:
            raise EditError(f"not editable: {error}")

    # ------------------------------------------------------------------ editing
    def apply(self, edit: Edit) -> Documents:
        """Apply an edit and record it in its scope's history (a no-op is not recorded).

        Raises:
            EditError: The edit does not apply, or a document it needs failed to load.
        """
        for key in edit.documents():
            self._require(key)
        before = self.state
        after = edit.apply(before)
        changed = [k for k in edit.documents() if before.get(k) != after.get(k)]
        if not changed:
            return self.state
        step = Step(edit, {k: before.get(k) for k in changed}, {k: after.get(k) for k in changed})
        undo = self._undo.setdefault(edit.scope(), [])
        undo.append(step)
        del undo[: -self.history_limit]
        self._redo.pop(edit.scope(), None)
        self.state = after
        return after

    def _move(self, step: Step, forward: bool) -> None:
        for key in step.before:
            now = self.state.get(key)
            base, target = (
                (step.before[key], step.after[key])
                if forward
                else (step.after[key], step.before[key])
            )
            self.state = self.state.with_doc(key, canonical(rebase(now, base, target)))

    def undo(self, scope: str) -> Edit | None:
        """Undo the last edit of ``scope`` (an article's key or :data:`EVENTS_DOC`).

        Later edits of other scopes to the same document are kept.
        """
        steps = self._undo.get(scope)
        if not steps:
            return None
        step = steps.pop()
        self._move(step, forward=False)
        self._redo.setdefault(scope, []).append(step)
        return step.edit

    def redo(self, scope: str) -> Edit | None:
        steps = self._redo.get(scope)
        if not steps:
            return None
        step = steps.pop()
        self._move(step, forward=True)
        self._undo.setdefault(scope, []).append(step)
        return step.edit

    def can_undo(self, scope: str) -> bool:
        return bool(self._undo.get(scope))

    def can_redo(self, scope: str) -> bool:
        return bool(self._redo.get(scope))

    # ------------------------------------------------------------------- saving
    def is_dirty(self, key: str) -> bool:
        """True if the document differs from what is on disk (as loaded or last saved)."""
        loaded = self._docs.get(key)
        if loaded is None or loaded.error is not None:
            return False
        return self.state.get(key) != loaded.saved

    def dirty_documents(self) -> list[str]:
        return [key for key in self._docs if self.is_dirty(key)]

    def yaml_of(self, key: str) -> str:
        value = self.state.get(key)
        if isinstance(value, ArticleAnnotation):
            return annotation_to_yaml(value)
        path = self._docs[key].path if key in self._docs else None
        header = leading_comments(path) if path is not None else ""
        if isinstance(value, EventsFile):
            return header + events_to_yaml(value)
        return header + kb_to_yaml(value)

    def _write(self, key: str, value: Document, expected: str | None) -> str:
        if isinstance(value, ArticleAnnotation):
            return self.store.save(value, expected_sha=expected)
        if isinstance(value, EventsFile):
            return self.store.save_events(value, expected_sha=expected)
        return self.store.save_kb(value, expected_sha=expected)

    def save(self, key: str, *, force: bool = False) -> SaveOutcome:
        """Write one document if it has unsaved work, unless the file changed on disk.

        Args:
            key: The document.
            force: Write even if nothing changed (never over a changed or broken file).

        Returns:
            ``saved``, ``unchanged``, ``conflict`` (see :attr:`conflicts`) or ``broken``.
        """
        loaded = self._docs.get(key)
        if loaded is None:
            return SaveOutcome(key, "unchanged")
        if loaded.error is not None:
            return SaveOutcome(key, "broken", error=loaded.error)
        if not force and not self.is_dirty(key):
            return SaveOutcome(key, "unchanged")
        value = self.state.get(key)
        try:
            sha = self._write(key, value, loaded.sha)
        except ConflictError:
            error = self._disk_error(key)
            if error is not None:
                return SaveOutcome(key, "broken", error=error)
            conflict = self._conflict(key, loaded.path)
            self.conflicts[key] = conflict
            return SaveOutcome(key, "conflict", conflict=conflict)
        except BrokenFileError as error:
            return SaveOutcome(key, "broken", error=error.error)
        loaded.saved, loaded.sha = value, sha
        self.conflicts.pop(key, None)
        return SaveOutcome(key, "saved")

    def write_recovery(self, folder: Path | None = None) -> Recovery:
        """Write every document with unsaved work to a recovery folder, never over the
        real files: for quitting while something cannot be saved (a file changed on disk
        and unreadable, a full disk, a read-only folder).

        Each document is written atomically as the YAML a save would write, under the
        name of its file (``a.yaml``, ``events.yaml``), in ``folder`` if given, else
        ``annotations/.recovery/<date-time>/``, else (that cannot be written)
        ``<temp dir>/newsreader-recovery/<date-time>/``. Copying a file back over its
        original (or comparing the two) restores the edits.

        Args:
            folder: Where to write first.

        Returns:
            The folder used and the files written; documents that could not be written
            anywhere are listed with why (their edits are still in the session).
        """
        keys = sorted(self.dirty_documents(), key=lambda k: (k != KB_DOC, k != EVENTS_DOC, k))
        if not keys:
            return Recovery(None)
        stamp = datetime.datetime.now().strftime("%Y-%m-%dT%H-%M-%S-%f")
        places = [
            *([folder] if folder is not None else []),
            self.store.root / RECOVERY_FOLDER / stamp,
            Path(tempfile.gettempdir()) / "newsreader-recovery" / stamp,
        ]
        errors: list[str] = []
        for place in places:
            paths: list[Path] = []
            errors = []
            for key in keys:
                path = place / self._docs[key].path.relative_to(self.store.root)
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    atomic_write(path, self.yaml_of(key))
                except OSError as error:
                    errors.append(f"{key}: {path}: {error.strerror or error}")
                    break
                paths.append(path)
            if not errors:
                return Recovery(place, tuple(paths))
        return Recovery(None, errors=tuple(errors))

    def save_all(self) -> list[SaveOutcome]:
        """Save every document with unsaved work (knowledge base first, then events, then articles)."""
        order = sorted(self.dirty_documents(), key=lambda k: (k != KB_DOC, k != EVENTS_DOC, k))
        return [self.save(key) for key in order]

    def _disk_error(self, key: str) -> StoreError | None:
        """Why the file on disk cannot be read (format checks included), or None."""
        article_id = doc_article(key)
        if article_id is not None:
            return self.store.load(article_id).error
        return (self.store.load_events() if key == EVENTS_DOC else self.store.load_kb()).error

    def _conflict(self, key: str, path: Path) -> Conflict:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            data = None
        theirs = data.decode("utf-8-sig", errors="replace") if data is not None else ""
        sha = hashlib.sha256(data).hexdigest() if data is not None else None
        return Conflict(key, path, self.yaml_of(key), theirs, sha)

    def _read_theirs(self, key: str) -> tuple[Document | None, StoreError | None, str | None]:
        article_id = doc_article(key)
        if article_id is not None:
            result = self.store.load(article_id)
            value = result.value
            if value is not None:
                value, _ = self._prepare(self.articles[article_id], value)
            elif result.error is None:
                value = _empty_annotation(self.articles[article_id])
            return value, result.error, result.sha256
        result = self.store.load_events() if key == EVENTS_DOC else self.store.load_kb()
        return _shared_value(key, result), result.error, result.sha256

    def resolve(self, key: str, choice: Choice) -> SaveOutcome:
        """Settle a save conflict.

        Args:
            key: The document in conflict.
            choice: ``theirs`` takes the file on disk and drops the unsaved edits
                (the history can still redo them); ``mine`` writes over the file;
                ``merge`` applies the unsaved edits on top of the file on disk.

        Returns:
            The outcome of saving (``unchanged`` for ``theirs``); a file that
            changed yet again gives a new conflict, a broken one ``broken``.
        """
        conflict = self.conflicts.get(key)
        loaded = self._docs.get(key)
        if conflict is None or loaded is None:
            raise EditError(f"no conflict for {key}")
        if choice == "mine":
            loaded.sha = conflict.theirs_sha
            return self.save(key, force=True)
        theirs, error, sha = self._read_theirs(key)
        if error is not None or theirs is None:
            return SaveOutcome(key, "broken", error=error)
        mine = self.state.get(key)
        if choice == "theirs":
            self.state = self.state.with_doc(key, theirs)
            loaded.saved, loaded.sha = theirs, sha
            self.conflicts.pop(key, None)
            return SaveOutcome(key, "unchanged")
        base = loaded.saved if loaded.saved is not None else theirs
        self.state = self.state.with_doc(key, canonical(rebase(theirs, base, mine)))
        loaded.saved, loaded.sha = theirs, sha
        self.conflicts.pop(key, None)
        return self.save(key)

    def absorb(self, key: str) -> bool:
        """Take up a change made on disk by someone else, keeping the unsaved edits here.

        Without unsaved work this is :meth:`reload`; with it, the edits are
        applied on top of the file's new content (as "merge" does for a
        conflict) and remain unsaved. Use it when the other writer is known to
        keep people's decisions, like the annotation pipeline.

        Returns:
            True if the document changed.
        """
        loaded = self._docs.get(key)
        if loaded is None or loaded.error is not None or sha256_of(loaded.path) == loaded.sha:
            return False
        theirs, error, sha = self._read_theirs(key)
        return self._take_up(key, loaded, theirs, error, sha, merge=True)

    def reload(self, key: str) -> bool:
        """Take up the file on disk if it changed and there is no unsaved work here.

        Returns:
            True if the document was replaced by the file's content.
        """
        loaded = self._docs.get(key)
        if loaded is None or self.is_dirty(key):
            return False
        if sha256_of(loaded.path) == loaded.sha:
            return False
        theirs, error, sha = self._read_theirs(key)
        return self._take_up(key, loaded, theirs, error, sha, merge=False)

    def install(self, read: SharedRead, *, merge: bool = False) -> InstallStatus:
        """Take up a shared document read elsewhere (:func:`read_shared`, in a worker
        thread), if its file has not changed since it was read.

        The rules are those of :meth:`reload` (``merge`` False) and :meth:`absorb`
        (``merge`` True): without unsaved work the file's content replaces the
        session's (an unreadable file is remembered as broken, never written over);
        under unsaved edits they stay on top of it with ``merge``, else the file is
        left for saving to settle (a conflict).

        Returns:
            ``changed``, ``unchanged``, or ``stale``: the file changed since it was
            read (or since the digest the read was compared with): read it again.
        """
        loaded = self._docs.get(read.key)
        if file_stamp(_shared_path(self.store, read.key)) != read.stamp:
            return "stale"
        if read.unchanged:
            same = loaded is not None and loaded.sha == read.sha
            return "unchanged" if same else "stale"
        if loaded is None:
            path = _shared_path(self.store, read.key)
            self._docs[read.key] = _Loaded(path, read.value, read.sha, read.error)
            if read.value is not None:
                self.state = self.state.with_doc(read.key, read.value)
            return "changed"
        if loaded.sha == read.sha:
            return "unchanged"
        changed = self._take_up(read.key, loaded, read.value, read.error, read.sha, merge=merge)
        return "changed" if changed else "unchanged"

    def _take_up(
        self,
        key: str,
        loaded: _Loaded,
        theirs: Document | None,
        error: StoreError | None,
        sha: str | None,
        *,
        merge: bool,
    ) -> bool:
        """Take the file's content (``theirs``, or its ``error``) into the session: in place
        of the document without unsaved work, under the unsaved edits with ``merge``."""
        if not self.is_dirty(key):
            loaded.sha, loaded.error = sha, error
            if error is not None or theirs is None:
                loaded.saved = None
                return True
            loaded.saved = theirs
            self.state = self.state.with_doc(key, theirs)
            return True
        if not merge or error is not None or theirs is None:
            return False  # settled when saving: a conflict, or the broken file reported
        mine = self.state.get(key)
        base = loaded.saved if loaded.saved is not None else theirs
        self.state = self.state.with_doc(key, canonical(rebase(theirs, base, mine)))
        loaded.saved, loaded.sha = theirs, sha
        self.conflicts.pop(key, None)
        return True
