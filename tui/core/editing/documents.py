"""The documents being edited: their keys, canonical forms, rebasing, and the Edit contract.

An edit is a small frozen value whose :meth:`Edit.apply` turns one immutable
:class:`Documents` state into the next. :func:`rebase` carries a change over
to a document that changed meanwhile: undo after later edits, and "merge" when
a save finds the file changed on disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar, cast, overload

from pydantic import BaseModel

from tui.core.model.schema import (
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    KbEntity,
    KnowledgeBase,
    Quantity,
)
from tui.core.model.store import canonical_annotation, canonical_events, canonical_kb

AnySpan = Entity | Quantity
Document = ArticleAnnotation | EventsFile | KnowledgeBase
T = TypeVar("T")

#: Key of the events document (``events.yaml``) and of the knowledge base (``entities.yaml``).
EVENTS_DOC = "events"
KB_DOC = "kb"


def article_doc(article_id: str) -> str:
    """The document key (and history scope) of one article's annotation."""
    return f"article:{article_id}"


def doc_article(key: str) -> str | None:
    """The article id of an article document key, else None."""
    return key[len("article:") :] if key.startswith("article:") else None


class EditError(ValueError):
    """An edit that cannot be applied (span not found, bad value, broken document)."""


@overload
def canonical(document: ArticleAnnotation) -> ArticleAnnotation: ...
@overload
def canonical(document: EventsFile) -> EventsFile: ...
@overload
def canonical(document: KnowledgeBase) -> KnowledgeBase: ...
@overload
def canonical(document: Document) -> Document: ...


def canonical(document: Document) -> Document:
    """Any document in canonical order (what a save and a reload give back)."""
    if isinstance(document, ArticleAnnotation):
        return canonical_annotation(document)
    if isinstance(document, EventsFile):
        return canonical_events(document)
    return canonical_kb(document)


# ------------------------------------------------------------------------ rebasing


def _keyed(items: tuple[Any, ...]) -> bool:
    return bool(items) and all(isinstance(item, (Event, KbEntity)) for item in items)


def rebase(current: T, base: T, target: T) -> T:
    """``current`` with the change that turned ``base`` into ``target`` applied to it.

    This is how undo works when later edits touched the same document (undo is
    ``rebase(now, after, before)``) and how "merge" resolves a save conflict:
    models are rebased field by field, events and knowledge-base entities by id,
    other collections as sets (added items added, removed items removed), and a
    plain value someone else changed since is left as it is.
    """
    if current == base:
        return target
    if base == target or current == target:
        return current
    if (
        isinstance(current, BaseModel)
        and type(current) is type(base)
        and type(base) is type(target)
    ):
        update = {
            name: rebase(getattr(current, name), getattr(base, name), getattr(target, name))
            for name in type(current).model_fields
        }
        return current.model_copy(update=update)
    if isinstance(current, tuple) and isinstance(base, tuple) and isinstance(target, tuple):
        if not all(isinstance(x, BaseModel) for x in (*current, *base, *target)):
            return current
        if _keyed(current) or _keyed(base) or _keyed(target):
            # A tuple in, a tuple out: T is that tuple type, which mypy cannot narrow to.
            return cast(T, _rebase_keyed(current, base, target))
        removed = [x for x in base if x not in target]
        added = [x for x in target if x not in base]
        kept = [x for x in current if x not in removed]
        return cast(T, tuple(kept + [x for x in added if x not in kept]))
    return current


def _rebase_keyed(
    current: tuple[Any, ...], base: tuple[Any, ...], target: tuple[Any, ...]
) -> tuple[Any, ...]:
    now = {item.id: item for item in current}
    before = {item.id: item for item in base}
    after = {item.id: item for item in target}
    order = [item.id for item in current] + [item.id for item in target if item.id not in now]
    result = []
    for key in order:
        c, b, t = now.get(key), before.get(key), after.get(key)
        if b == t:
            item = c
        elif c == b:
            item = t
        elif c is None or b is None or t is None:
            item = c  # created or deleted on one side and changed on the other: keep
        else:
            item = rebase(c, b, t)
        if item is not None:
            result.append(item)
    return tuple(result)


# ---------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Documents:
    """One immutable state of everything being edited (texts are read-only context)."""

    annotations: Mapping[str, ArticleAnnotation] = field(default_factory=dict)
    events: EventsFile = EventsFile()
    kb: KnowledgeBase = KnowledgeBase()
    texts: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> Document:
        if key == EVENTS_DOC:
            return self.events
        if key == KB_DOC:
            return self.kb
        article_id = doc_article(key)
        if article_id is None or article_id not in self.annotations:
            raise EditError(f"{key} is not open")
        return self.annotations[article_id]

    def with_doc(self, key: str, value: Document) -> Documents:
        if key == EVENTS_DOC:
            assert isinstance(value, EventsFile)
            return replace(self, events=value)
        if key == KB_DOC:
            assert isinstance(value, KnowledgeBase)
            return replace(self, kb=value)
        article_id = doc_article(key)
        assert article_id is not None and isinstance(value, ArticleAnnotation)
        return replace(self, annotations={**self.annotations, article_id: value})

    def annotation(self, article_id: str) -> ArticleAnnotation:
        value = self.get(article_doc(article_id))
        assert isinstance(value, ArticleAnnotation)
        return value

    def text(self, article_id: str) -> str:
        try:
            return self.texts[article_id]
        except KeyError:
            raise EditError(f"no text for article {article_id!r}") from None


@dataclass(frozen=True)
class Edit:
    """One undoable change. Subclasses say which documents they touch and apply themselves."""

    def documents(self) -> tuple[str, ...]:
        """Keys of the documents this edit may change (they must be loaded and readable)."""
        raise NotImplementedError

    def scope(self) -> str:
        """The history this edit belongs to: an article's key or :data:`EVENTS_DOC`."""
        return self.documents()[0]

    def apply(self, docs: Documents) -> Documents:
        raise NotImplementedError

    def describe(self) -> str:
        return type(self).__name__
