"""Messages shared between the reader's screens, its background workers and its editor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tui.core.editing import SharedRead
    from tui.core.events.index import EventIndex
    from tui.core.model.schema import EventsFile
    from tui.core.model.store import StoreError


@dataclass
class LoadProgress(Message):
    """The index took up ``done`` of ``total`` changed annotation files."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


@dataclass
class CorpusLoaded(Message):
    """A large corpus's articles are read (the list showed their preview until now)."""


@dataclass
class LibraryLoaded(Message):
    """The index is up to date with every annotation file (counts, cross references, search)."""

    #: Articles whose annotations are missing or not current.
    stale: list[str] = field(default_factory=list)
    #: Annotation files that could not be read.
    errors: list[StoreError] = field(default_factory=list)
    #: Why reading stopped early (None: every file was read).
    failure: str | None = None
    #: Why the index had to be rebuilt from the files (None: it did not).
    rebuilt: str | None = None


@dataclass
class IndexRefreshed(Message):
    """The index took up files saved or written since it was last brought up to date."""

    #: Articles indexed again.
    indexed: int = 0
    #: Why the index had to be rebuilt from the files (None: it did not).
    rebuilt: str | None = None


@dataclass
class AnnotationStarted(Message):
    """The background worker started annotating ``total`` articles (loading the models first)."""

    total: int


@dataclass
class AnnotationProgress(Message):
    """One more article was annotated (its file written): ``done`` of ``total``."""

    article_id: str
    done: int
    total: int
    #: Words in the article (for the tokens-per-second rate).
    tokens: int = 0


@dataclass
class AnnotationFinished(Message):
    """The background annotation is over (``failure`` says why if it stopped early)."""

    written: list[str] = field(default_factory=list)
    errors: list[StoreError] = field(default_factory=list)
    failure: str | None = None
    #: Why the events were not linked afterwards (None: they were).
    link_error: str | None = None
    #: The linking summary when the work was linking again events another version of
    #: linking made ("" if it failed; None: the work was annotation).
    relinked: str | None = None
    #: That linking was the corpus's first (there was no events file).
    first_link: bool = False


@dataclass
class RelinkStarted(Message):
    """The background worker started linking again events ``made_by`` another version
    (None: linking for the first time, there being no events file)."""

    made_by: str | None


@dataclass
class DocumentsChanged(Message, bubble=False):
    """The editor's documents changed (an edit, an undo, a file taken up): show them as they are.

    The editor posts it to every screen on the stack; it does not bubble.
    """

    #: The documents that changed (``article:<id>``, ``events``, ``kb``).
    documents: tuple[str, ...]


@dataclass
class DocumentsSaved(Message, bubble=False):
    """A save is over: what is saved and what is not may have changed (the status line shows it).

    The editor posts it to every screen on the stack; it does not bubble.
    """

    #: False if something stays unsaved (a file that cannot be read, a write that failed).
    ok: bool = True


@dataclass
class EventsRead(Message):
    """``events.yaml`` was read and the event index built, off the UI thread (see
    :class:`~tui.ui.event_navigation.EventNavigation`)."""

    #: What was read (None: not read, the session's events were indexed as they are).
    read: SharedRead | None
    #: The events the index was built from.
    basis: EventsFile
    #: None: the reading failed (``failure`` says why).
    index: EventIndex | None
    #: The reading was asked for after background linking (unsaved edits go on top).
    linked: bool
    failure: str | None = None


@dataclass
class EventsShown(Message, bubble=False):
    """The events as they are now are indexed: views of them show ``index``.

    The main screen posts it to every other screen on the stack; it does not bubble.
    """

    index: EventIndex
