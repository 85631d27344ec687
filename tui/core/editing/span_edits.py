"""Edits of one article: its spans (label, accept, reject, relabel, delete, link, correct) and metadata.

Every edit is a person's decision: what it creates or changes gets
``origin: human``; a model suggestion a person refuses gets ``status: rejected``
and stays in the file, so re-annotation never brings it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date
from typing import Any

from tui.core.editing.documents import (
    KB_DOC,
    AnySpan,
    Documents,
    Edit,
    EditError,
    article_doc,
)
from tui.core.model.schema import (
    QUANTITY_LABELS,
    ArticleAnnotation,
    Entity,
    KbEntity,
    KnowledgeBase,
    Qualifier,
    Quantity,
)
from tui.core.model.store import canonical_annotation, canonical_kb
from tui.core.text.context import span_context
from tui.core.text.names import slug

#: Metadata fields a person can set, in the order they are listed in ``Metadata.human``.
METADATA_FIELDS: tuple[str, ...] = ("title", "source", "date", "url", "languages")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "gt", "lt", "ge", "le")

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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


def new_kb_id(kb: KnowledgeBase, name: str) -> str:
    """A fresh knowledge-base id made from the name (``jane-doe``, ``jane-doe-2`` ...)."""
    taken = {e.id for e in kb.entities}
    base = slug(name)[:48].strip("-") or "entity"
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
