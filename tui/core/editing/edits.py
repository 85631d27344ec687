"""Editing annotations: immutable edit commands, undo and redo, and safe saving.

An edit is a small frozen value (:class:`AddSpan`, :class:`RelabelSpan`,
:class:`MergeEvents` ...) whose :meth:`Edit.apply` turns one immutable
:class:`Documents` state into the next. :class:`EditSession` loads documents
through :class:`~tui.core.model.store.AnnotationStore`, keeps an undo and a redo
history per article and one for events, knows which documents have unsaved
work, and saves with the digest it loaded so that a file changed by someone
else is never silently overwritten (:class:`Conflict`: keep theirs, keep
mine, merge, or look at the difference first).

Every edit is a person's decision: what it creates or changes gets
``origin: human``; a model suggestion a person refuses gets
``status: rejected`` and stays in the file, so re-annotation and re-linking
never bring it back. The representation is documented in
``docs/annotation-format.md`` ("Editing decisions").
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date as _date
from pathlib import Path
from typing import Any, Literal, TypeVar, cast, overload

from pydantic import BaseModel

from tui.core.editing.anchor import reanchor_annotation, span_context
from tui.core.model.schema import (
    QUANTITY_LABELS,
    Article,
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    KbEntity,
    KnowledgeBase,
    Mention,
    Metadata,
    Qualifier,
    Quantity,
)
from tui.core.model.store import (
    AnnotationStore,
    BrokenFileError,
    ConflictError,
    StoreError,
    annotation_to_yaml,
    events_to_yaml,
    kb_to_yaml,
    leading_comments,
    sha256_of,
)

AnySpan = Entity | Quantity
Document = ArticleAnnotation | EventsFile | KnowledgeBase
T = TypeVar("T")

#: Key of the events document (``events.yaml``) and of the knowledge base (``entities.yaml``).
EVENTS_DOC = "events"
KB_DOC = "kb"
#: Metadata fields a person can set, in the order they are listed in ``Metadata.human``.
METADATA_FIELDS: tuple[str, ...] = ("title", "source", "date", "url", "languages")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "gt", "lt", "ge", "le")

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def article_doc(article_id: str) -> str:
    """The document key (and history scope) of one article's annotation."""
    return f"article:{article_id}"


def doc_article(key: str) -> str | None:
    """The article id of an article document key, else None."""
    return key[len("article:") :] if key.startswith("article:") else None


class EditError(ValueError):
    """An edit that cannot be applied (span not found, bad value, broken document)."""


# ------------------------------------------------------------------ canonical order


def span_order(span: AnySpan) -> tuple[Any, ...]:
    """Total order of spans, a refinement of the store's order, so reloading keeps it."""
    return (
        span.start,
        span.end,
        span.label,
        span.origin,
        span.status,
        getattr(span, "kb_id", None) or "",
        span.model_dump_json(),
    )


def _mention_order(mention: Mention) -> tuple[Any, ...]:
    return (
        mention.article,
        mention.start,
        mention.end,
        mention.origin,
        mention.status,
        mention.text,
    )


def canonical_annotation(annotation: ArticleAnnotation) -> ArticleAnnotation:
    """The annotation with every collection in the order the store writes it."""
    return annotation.model_copy(
        update={
            "entities": tuple(sorted(annotation.entities, key=span_order)),
            "quantities": tuple(sorted(annotation.quantities, key=span_order)),
            "orphans": tuple(sorted(annotation.orphans, key=span_order)),
            "sentences": tuple(
                sorted(annotation.sentences, key=lambda s: (s.start, s.end, s.model_dump_json()))
            ),
            "furniture": tuple(
                sorted(
                    annotation.furniture,
                    key=lambda f: (f.start, f.end, f.kind, f.origin, f.status, f.model_dump_json()),
                )
            ),
        }
    )


def canonical_events(events: EventsFile) -> EventsFile:
    """Events in their order, each event's mentions in the order the store writes them."""
    return events.model_copy(
        update={
            "events": tuple(
                event.model_copy(
                    update={"mentions": tuple(sorted(event.mentions, key=_mention_order))}
                )
                for event in events.events
            )
        }
    )


def canonical_kb(kb: KnowledgeBase) -> KnowledgeBase:
    return kb.model_copy(
        update={"entities": tuple(sorted(kb.entities, key=lambda e: (e.id, e.model_dump_json())))}
    )


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


# -------------------------------------------------------------------- span helpers


def _human_span(text: str, start: int, end: int, label: str, **extra: Any) -> AnySpan:
    prefix, suffix = span_context(text, start, end)
    common: dict[str, Any] = dict(
        start=start,
        end=end,
        text=text[start:end],
        label=label,
        origin="human",
        status="accepted",
        prefix=prefix,
        suffix=suffix,
    )
    if label in QUANTITY_LABELS:
        keep = {k: v for k, v in extra.items() if k in ("unit", "qualifier")}
        if isinstance(extra.get("value"), (int, float)):
            keep["value"] = extra["value"]
        return Quantity(**common, **keep)
    keep = {k: v for k, v in extra.items() if k == "kb_id"}
    if isinstance(extra.get("value"), str):
        keep["value"] = extra["value"]
    return Entity(**common, **keep)


def _require_span(annotation: ArticleAnnotation, span: AnySpan) -> None:
    collection = annotation.quantities if isinstance(span, Quantity) else annotation.entities
    if span not in collection:
        raise EditError(f"no such span: {span.label} {span.start}-{span.end} {span.text!r}")


def _swap(
    annotation: ArticleAnnotation, old: AnySpan | None, new: Iterable[AnySpan]
) -> ArticleAnnotation:
    """The annotation without ``old`` (first equal span) and with ``new`` added."""
    entities = list(annotation.entities)
    quantities = list(annotation.quantities)
    if isinstance(old, Quantity):
        quantities.remove(old)
    elif old is not None:
        entities.remove(old)
    for span in new:
        if isinstance(span, Quantity):
            quantities.append(span)
        else:
            entities.append(span)
    return canonical_annotation(
        annotation.model_copy(update={"entities": tuple(entities), "quantities": tuple(quantities)})
    )


def _same_place(annotation: ArticleAnnotation, start: int, end: int, label: str) -> AnySpan | None:
    spans: tuple[AnySpan, ...] = (*annotation.entities, *annotation.quantities)
    for span in spans:
        if (span.start, span.end, span.label) == (start, end, label):
            if span.origin == "human" and span.status == "accepted":
                return span
    for span in spans:
        if (span.start, span.end, span.label) == (start, end, label):
            return span
    return None


def trim_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """The selection without whitespace at either end (empty: start == end)."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --------------------------------------------------------------------------- edits


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


@dataclass(frozen=True)
class _ArticleEdit(Edit):
    article: str

    def documents(self) -> tuple[str, ...]:
        return (article_doc(self.article),)

    def _update(self, docs: Documents, annotation: ArticleAnnotation) -> Documents:
        return docs.with_doc(article_doc(self.article), annotation)


@dataclass(frozen=True)
class AddSpan(_ArticleEdit):
    """A person labels ``text[start:end]`` (whitespace at either end is trimmed)."""

    start: int
    end: int
    label: str

    def apply(self, docs: Documents) -> Documents:
        text = docs.text(self.article)
        start, end = trim_selection(text, self.start, self.end)
        if start >= end:
            raise EditError("nothing to label: the selection is empty")
        label = self.label.strip()
        if not label or any(ch.isspace() for ch in label):
            raise EditError(f"bad label {self.label!r}")
        annotation = docs.annotation(self.article)
        existing = _same_place(annotation, start, end, label)
        if existing is not None and existing.origin == "human" and existing.status == "accepted":
            raise EditError(f"already labelled {label}")
        if existing is not None:
            # Labelling what the model suggested (or a refused suggestion) accepts it.
            updated = existing.model_copy(update={"origin": "human", "status": "accepted"})
            return self._update(docs, _swap(annotation, existing, [updated]))
        return self._update(docs, _swap(annotation, None, [_human_span(text, start, end, label)]))

    def describe(self) -> str:
        return f"label {self.label}"


@dataclass(frozen=True)
class _SpanEdit(_ArticleEdit):
    span: AnySpan

    def _annotation(self, docs: Documents) -> ArticleAnnotation:
        annotation = docs.annotation(self.article)
        _require_span(annotation, self.span)
        return annotation


@dataclass(frozen=True)
class DeleteSpan(_SpanEdit):
    """Remove a span: a person's own span goes; a model suggestion is rejected, never deleted."""

    def apply(self, docs: Documents) -> Documents:
        annotation = self._annotation(docs)
        if self.span.origin == "human":
            return self._update(docs, _swap(annotation, self.span, []))
        rejected = self.span.model_copy(update={"status": "rejected"})
        return self._update(docs, _swap(annotation, self.span, [rejected]))

    def describe(self) -> str:
        verb = "delete" if self.span.origin == "human" else "reject"
        return f"{verb} {self.span.label} {self.span.text!r}"


@dataclass(frozen=True)
class RejectSpan(_SpanEdit):
    """Refuse a model suggestion (``status: rejected``; it stays in the file)."""

    def apply(self, docs: Documents) -> Documents:
        annotation = self._annotation(docs)
        if self.span.origin == "human":
            raise EditError("a person's own span is deleted, not rejected")
        if self.span.status == "rejected":
            raise EditError("already rejected")
        rejected = self.span.model_copy(update={"status": "rejected"})
        return self._update(docs, _swap(annotation, self.span, [rejected]))

    def describe(self) -> str:
        return f"reject {self.span.label} {self.span.text!r}"


@dataclass(frozen=True)
class AcceptSpan(_SpanEdit):
    """Accept a model suggestion (or take back a rejection): it becomes a person's decision."""

    def apply(self, docs: Documents) -> Documents:
        annotation = self._annotation(docs)
        if self.span.origin == "human" and self.span.status == "accepted":
            raise EditError("already a person's decision")
        accepted = self.span.model_copy(update={"origin": "human", "status": "accepted"})
        return self._update(docs, _swap(annotation, self.span, [accepted]))

    def describe(self) -> str:
        return f"accept {self.span.label} {self.span.text!r}"


@dataclass(frozen=True)
class RelabelSpan(_SpanEdit):
    """Give a span another label.

    A model suggestion is rejected and a person's span with the new label takes
    its place (so re-annotation cannot bring the wrong label back); a person's
    own span is changed in place. Entity and quantity labels may be swapped.
    """

    label: str

    def apply(self, docs: Documents) -> Documents:
        annotation = self._annotation(docs)
        label = self.label.strip()
        if not label or any(ch.isspace() for ch in label):
            raise EditError(f"bad label {self.label!r}")
        if label == self.span.label:
            raise EditError(f"already labelled {label}")
        text = docs.text(self.article)
        if text[self.span.start : self.span.end] != self.span.text:
            raise EditError("the span does not match the text: re-anchor first")
        carried = {
            k: v
            for k, v in self.span.model_dump().items()
            if k in ("kb_id", "value", "unit", "qualifier")
        }
        fresh = _human_span(text, self.span.start, self.span.end, label, **carried)
        if self.span.origin == "human":
            return self._update(docs, _swap(annotation, self.span, [fresh]))
        rejected = self.span.model_copy(update={"status": "rejected"})
        clash = _same_place(annotation, fresh.start, fresh.end, label)
        if clash is not None:
            accepted = clash.model_copy(update={"origin": "human", "status": "accepted"})
            annotation = _swap(annotation, clash, [accepted])
            return self._update(docs, _swap(annotation, self.span, [rejected]))
        return self._update(docs, _swap(annotation, self.span, [rejected, fresh]))

    def describe(self) -> str:
        return f"relabel {self.span.text!r} {self.span.label} → {self.label}"


@dataclass(frozen=True)
class LinkEntity(_SpanEdit):
    """Join an entity span to a knowledge-base entity (``kb_id``; None unlinks)."""

    kb_id: str | None

    def apply(self, docs: Documents) -> Documents:
        if not isinstance(self.span, Entity):
            raise EditError("only entities link to the knowledge base")
        annotation = self._annotation(docs)
        if self.kb_id is not None and self.kb_id not in {e.id for e in docs.kb.entities}:
            raise EditError(f"no knowledge-base entity {self.kb_id!r}")
        linked = self.span.model_copy(
            update={"kb_id": self.kb_id, "origin": "human", "status": "accepted"}
        )
        return self._update(docs, _swap(annotation, self.span, [linked]))

    def documents(self) -> tuple[str, ...]:
        return (article_doc(self.article), KB_DOC)

    def describe(self) -> str:
        return (
            f"link {self.span.text!r} to {self.kb_id}"
            if self.kb_id
            else f"unlink {self.span.text!r}"
        )


def _slug(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-_")
    return slug[:48].strip("-_") or "entity"


def new_kb_id(kb: KnowledgeBase, name: str) -> str:
    """A fresh knowledge-base id made from the name (``jane-doe``, ``jane-doe-2`` ...)."""
    taken = {e.id for e in kb.entities}
    base = _slug(name)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@dataclass(frozen=True)
class NewKbEntity(_SpanEdit):
    """Create a knowledge-base entity from a span (its text the first alias) and link the span."""

    name: str | None = None
    label: str | None = None

    def documents(self) -> tuple[str, ...]:
        return (article_doc(self.article), KB_DOC)

    def apply(self, docs: Documents) -> Documents:
        if not isinstance(self.span, Entity):
            raise EditError("only entities link to the knowledge base")
        annotation = self._annotation(docs)
        quote = " ".join(self.span.text.split())
        name = " ".join((self.name or quote).split())
        if not name:
            raise EditError("an entity needs a name")
        kb_id = new_kb_id(docs.kb, name)
        aliases = tuple(dict.fromkeys(a for a in (quote,) if a and a != name))
        entity = KbEntity(id=kb_id, label=self.label or self.span.label, name=name, aliases=aliases)
        kb = canonical_kb(docs.kb.model_copy(update={"entities": (*docs.kb.entities, entity)}))
        linked = self.span.model_copy(
            update={"kb_id": kb_id, "origin": "human", "status": "accepted"}
        )
        docs = docs.with_doc(KB_DOC, kb)
        return self._update(docs, _swap(annotation, self.span, [linked]))

    def describe(self) -> str:
        return f"new entity {self.name or self.span.text!r}"


@dataclass(frozen=True)
class CorrectQuantity(_SpanEdit):
    """Set a quantity's normalised value, unit and qualifier."""

    value: float | None
    unit: str | None
    qualifier: Qualifier = "exact"

    def apply(self, docs: Documents) -> Documents:
        if not isinstance(self.span, Quantity):
            raise EditError("only quantities have a value and unit")
        if self.qualifier not in QUALIFIERS:
            raise EditError(f"qualifier must be one of {', '.join(QUALIFIERS)}")
        if self.value is not None and (self.value != self.value or abs(self.value) == float("inf")):
            raise EditError("the value must be a finite number")
        annotation = self._annotation(docs)
        unit = (self.unit or "").strip() or None
        corrected = self.span.model_copy(
            update={
                "value": self.value,
                "unit": unit,
                "qualifier": self.qualifier,
                "origin": "human",
                "status": "accepted",
            }
        )
        return self._update(docs, _swap(annotation, self.span, [corrected]))

    def describe(self) -> str:
        return f"correct {self.span.text!r}"


def parse_date(value: str) -> str:
    """An ISO date, month or year (``2020-11-03``, ``2020-11``, ``2020``), checked.

    Raises:
        EditError: Not such a date.
    """
    match = _ISO_DATE.match(value.strip())
    if not match:
        raise EditError(f"not an ISO date (YYYY-MM-DD): {value!r}")
    year, month, day = match.groups()
    try:
        _date(int(year), int(month or 1), int(day or 1))
    except ValueError as error:
        raise EditError(f"not a date: {value!r} ({error})") from None
    return value.strip()


@dataclass(frozen=True)
class SetMetadata(_ArticleEdit):
    """Set one metadata field (it is then a person's value, never replaced by a guess).

    Setting the date clears the pipeline stamp: the article is re-extracted and
    its relative dates ("on Thursday") resolved against the new date.
    """

    name: str
    value: str | tuple[str, ...] | None

    def apply(self, docs: Documents) -> Documents:
        if self.name not in METADATA_FIELDS:
            raise EditError(f"no metadata field {self.name!r}")
        annotation = docs.annotation(self.article)
        value: Any = self.value
        if self.name == "languages":
            items = value.replace(",", " ").split() if isinstance(value, str) else (value or ())
            value = tuple(dict.fromkeys(str(v).strip() for v in items if str(v).strip()))
        else:
            value = " ".join(str(value).split()) if value not in (None, "") else None
            if self.name == "date" and value is not None:
                value = parse_date(value)
        human = tuple(
            f for f in METADATA_FIELDS if f in annotation.metadata.human or f == self.name
        )
        metadata = annotation.metadata.model_copy(update={self.name: value, "human": human})
        update: dict[str, Any] = {"metadata": metadata}
        if self.name == "date" and value != annotation.metadata.date:
            update["pipeline"] = None
        if metadata == annotation.metadata:
            return docs
        return self._update(docs, annotation.model_copy(update=update))

    def describe(self) -> str:
        return f"set {self.name}"


# -------------------------------------------------------------------- event edits


def _event_index(events: EventsFile, event_id: str) -> int:
    for index, event in enumerate(events.events):
        if event.id == event_id:
            if event.status == "rejected":
                raise EditError(f"event {event_id!r} was merged away or rejected")
            return index
    raise EditError(f"no event {event_id!r}")


def _with_event(events: EventsFile, index: int, event: Event) -> EventsFile:
    items = list(events.events)
    items[index] = event
    return canonical_events(events.model_copy(update={"events": tuple(items)}))


def _mkey(mention: Mention) -> tuple[str, int, int]:
    return (mention.article, mention.start, mention.end)


def _add_human_mentions(
    mentions: Iterable[Mention], extra: Iterable[Mention]
) -> tuple[Mention, ...]:
    """``mentions`` plus ``extra`` as a person's accepted mentions (an existing one is turned)."""
    result = list(mentions)
    for new in extra:
        new = new.model_copy(update={"origin": "human", "status": "accepted"})
        for i, old in enumerate(result):
            if _mkey(old) == _mkey(new):
                result[i] = old.model_copy(update={"origin": "human", "status": "accepted"})
                break
        else:
            result.append(new)
    return tuple(result)


def new_event_id(events: EventsFile) -> str:
    """A fresh id for an event a person creates: ``human-1``, ``human-2`` ..."""
    taken = {e.id for e in events.events}
    n = 1 + sum(1 for e in taken if e.startswith("human-"))
    while f"human-{n}" in taken:
        n += 1
    return f"human-{n}"


def event_title(text: str, limit: int = 80) -> str:
    """A short title made from a passage."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class _PassageEdit(Edit):
    """An events edit made from an article (it belongs to that article's history)."""

    article: str
    start: int
    end: int

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def scope(self) -> str:
        return article_doc(self.article)

    def _mention(self, docs: Documents) -> Mention:
        text = docs.text(self.article)
        if not 0 <= self.start < self.end <= len(text):
            raise EditError("the passage is outside the text")
        return Mention(
            article=self.article,
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            origin="human",
        )


@dataclass(frozen=True)
class LinkSentence(_PassageEdit):
    """A person says this passage reports the event."""

    event_id: str

    def apply(self, docs: Documents) -> Documents:
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index]
        mention = self._mention(docs)
        for old in event.mentions:
            if _mkey(old) == _mkey(mention) and old.origin == "human" and old.status == "accepted":
                raise EditError("already linked to this event")
        event = event.model_copy(
            update={"mentions": _add_human_mentions(event.mentions, [mention])}
        )
        return docs.with_doc(EVENTS_DOC, _with_event(docs.events, index, event))

    def describe(self) -> str:
        return f"link to event {self.event_id}"


@dataclass(frozen=True)
class NewEvent(_PassageEdit):
    """A person starts a new event with this passage."""

    title: str = ""

    def apply(self, docs: Documents) -> Documents:
        mention = self._mention(docs)
        title = " ".join(self.title.split()) or event_title(mention.text)
        event = Event(
            id=new_event_id(docs.events),
            title=title,
            title_origin="human",
            origin="human",
            date=docs.annotation(self.article).metadata.date
            if self.article in docs.annotations
            else None,
            mentions=(mention,),
        )
        events = docs.events.model_copy(update={"events": (*docs.events.events, event)})
        return docs.with_doc(EVENTS_DOC, canonical_events(events))

    def describe(self) -> str:
        return "new event"


@dataclass(frozen=True)
class UnlinkSentence(_PassageEdit):
    """A person says this passage does not report the event: the mention is rejected."""

    event_id: str

    def apply(self, docs: Documents) -> Documents:
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index]
        key = (self.article, self.start, self.end)
        mentions = list(event.mentions)
        for i, old in enumerate(mentions):
            if _mkey(old) == key and old.status == "accepted":
                mentions[i] = old.model_copy(update={"status": "rejected"})
                break
        else:
            raise EditError("this passage is not linked to the event")
        event = event.model_copy(update={"mentions": tuple(mentions)})
        return docs.with_doc(EVENTS_DOC, _with_event(docs.events, index, event))

    def describe(self) -> str:
        return f"unlink from event {self.event_id}"


@dataclass(frozen=True)
class RenameEvent(Edit):
    event_id: str
    title: str

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def apply(self, docs: Documents) -> Documents:
        title = " ".join(self.title.split())
        if not title:
            raise EditError("an event needs a title")
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index].model_copy(
            update={"title": title, "title_origin": "human"}
        )
        return docs.with_doc(EVENTS_DOC, _with_event(docs.events, index, event))

    def describe(self) -> str:
        return f"rename event {self.event_id}"


@dataclass(frozen=True)
class MergeEvents(Edit):
    """Merge ``absorbed`` into ``target``.

    The target becomes a person's event holding the absorbed event's accepted
    mentions as a person's mentions; the absorbed event stays in the file with
    ``status: rejected`` (and its mentions as they were), so re-linking does not
    recreate it.
    """

    target: str
    absorbed: str

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def apply(self, docs: Documents) -> Documents:
        if self.target == self.absorbed:
            raise EditError("cannot merge an event with itself")
        t_index = _event_index(docs.events, self.target)
        a_index = _event_index(docs.events, self.absorbed)
        target, absorbed = docs.events.events[t_index], docs.events.events[a_index]
        moving = [m for m in absorbed.mentions if m.status == "accepted"]
        merged = target.model_copy(
            update={
                "origin": "human",
                "mentions": _add_human_mentions(target.mentions, moving),
                "participants": tuple(
                    dict.fromkeys((*target.participants, *absorbed.participants))
                ),
                "figures": tuple(dict.fromkeys((*target.figures, *absorbed.figures))),
                "date": target.date or absorbed.date,
            }
        )
        items = list(docs.events.events)
        items[t_index] = merged
        items[a_index] = absorbed.model_copy(update={"status": "rejected"})
        return docs.with_doc(
            EVENTS_DOC, canonical_events(docs.events.model_copy(update={"events": tuple(items)}))
        )

    def describe(self) -> str:
        return f"merge event {self.absorbed} into {self.target}"


@dataclass(frozen=True)
class SplitEvent(Edit):
    """Move some mentions of an event into a new event of a person's.

    ``mentions`` are ``(article, start, end)`` keys. They become the new event's
    mentions (``origin: human``) and are rejected in the old event.
    """

    event_id: str
    mentions: tuple[tuple[str, int, int], ...]
    title: str = ""

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def apply(self, docs: Documents) -> Documents:
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index]
        keys = set(self.mentions)
        chosen = [m for m in event.mentions if _mkey(m) in keys and m.status == "accepted"]
        if not chosen or len(chosen) != len(keys):
            raise EditError("choose mentions of the event to split off")
        staying = [m for m in event.mentions if m.status == "accepted" and _mkey(m) not in keys]
        if not staying:
            raise EditError("a split must leave at least one mention in the event")
        old = event.model_copy(
            update={
                "mentions": tuple(
                    m.model_copy(update={"status": "rejected"}) if m in chosen else m
                    for m in event.mentions
                )
            }
        )
        articles = {m.article for m in chosen}
        new = Event(
            id=new_event_id(docs.events),
            title=" ".join(self.title.split()) or event_title(chosen[0].text or event.title),
            title_origin="human",
            origin="human",
            date=event.date,
            participants=event.participants,
            figures=tuple(f for f in event.figures if f.article in articles),
            kind=event.kind,
            mentions=tuple(m.model_copy(update={"origin": "human"}) for m in chosen),
        )
        items = list(docs.events.events)
        items[index] = old
        items.insert(index + 1, new)
        return docs.with_doc(
            EVENTS_DOC, canonical_events(docs.events.model_copy(update={"events": tuple(items)}))
        )

    def describe(self) -> str:
        return f"split event {self.event_id}"


# -------------------------------------------------------------------- navigation


def visible_spans(annotation: ArticleAnnotation) -> list[AnySpan]:
    """Entities and quantities not rejected, by position."""
    every: tuple[AnySpan, ...] = (*annotation.entities, *annotation.quantities)
    spans = [s for s in every if s.status == "accepted"]
    return sorted(spans, key=span_order)


def spans_at(annotation: ArticleAnnotation, start: int, end: int | None = None) -> list[AnySpan]:
    """Visible spans overlapping ``start..end`` (or covering ``start``), innermost first."""
    end = start + 1 if end is None or end <= start else end
    hits = [s for s in visible_spans(annotation) if s.start < end and start < s.end]
    return sorted(hits, key=lambda s: (s.end - s.start, s.start, s.label))


def next_unreviewed(
    annotation: ArticleAnnotation, offset: int, *, backward: bool = False, wrap: bool = True
) -> AnySpan | None:
    """The next (or previous) model suggestion nobody has reviewed yet, from ``offset``.

    Args:
        annotation: The article's annotation.
        offset: Text offset of the cursor; the span starting there is skipped.
        backward: Look before the cursor instead of after it.
        wrap: Continue from the other end of the article.

    Returns:
        The span, or None when every suggestion has been reviewed.
    """
    todo = [s for s in visible_spans(annotation) if not s.reviewed]
    if backward:
        before = [s for s in todo if s.start < offset]
        return before[-1] if before else (todo[-1] if wrap and todo else None)
    after = [s for s in todo if s.start > offset]
    return after[0] if after else (todo[0] if wrap and todo else None)


def event_mentions_at(events: EventsFile, article: str, start: int, end: int) -> list[Event]:
    """Accepted events with an accepted mention of ``article`` overlapping ``start..end``."""
    found = []
    for event in events.events:
        if event.status != "accepted":
            continue
        if any(
            m.article == article and m.status == "accepted" and m.start < end and start < m.end
            for m in event.mentions
        ):
            found.append(event)
    return found


# ------------------------------------------------------------------------ session


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


@dataclass
class _Loaded:
    path: Path
    saved: Document | None
    sha: str | None
    error: StoreError | None


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
            return canonical_annotation(annotation), ()
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
        empty: Document
        if key == EVENTS_DOC:
            result, path, empty = self.store.load_events(), self.store.events_path, EventsFile()
        elif key == KB_DOC:
            result, path, empty = self.store.load_kb(), self.store.kb_path, KnowledgeBase()
        else:
            raise EditError(f"{key} is not open")
        if result.error is not None:
            loaded = _Loaded(path, None, result.sha256, result.error)
        else:
            value = canonical(result.value or empty)
            loaded = _Loaded(path, value, result.sha256, None)
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
        empty: Document = EventsFile() if key == EVENTS_DOC else KnowledgeBase()
        value = (
            canonical(result.value)
            if result.value is not None
            else (None if result.error else empty)
        )
        return value, result.error, result.sha256

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
        if not self.is_dirty(key):
            return self.reload(key)
        theirs, error, sha = self._read_theirs(key)
        if error is not None or theirs is None:
            return False  # saving will report the broken file
        mine = self.state.get(key)
        base = loaded.saved if loaded.saved is not None else theirs
        self.state = self.state.with_doc(key, canonical(rebase(theirs, base, mine)))
        loaded.saved, loaded.sha = theirs, sha
        self.conflicts.pop(key, None)
        return True

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
        loaded.sha, loaded.error = sha, error
        if error is not None or theirs is None:
            loaded.saved = None
            return True
        loaded.saved = theirs
        self.state = self.state.with_doc(key, theirs)
        return True
