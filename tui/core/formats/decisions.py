"""People's decisions coming back from other tools (Prodigy, brat), merged into the annotations.

Each imported span becomes a person's decision (``origin: human``, accepted or
rejected). When the article text changed since the export, a span is placed
again by its quote and context (:func:`tui.core.editing.anchor.reanchor_span`).
A decision the corpus already has from a person is never overwritten: a
different decision on the same span is reported as a conflict and left as the
corpus has it. The merge itself is the pipeline's (:func:`tui.core.pipeline.merge_spans`),
and files are written only if unchanged since they were read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.editing.anchor import reanchor_span
from tui.core.model.schema import (
    QUANTITY_LABELS,
    Article,
    ArticleAnnotation,
    Entity,
    Metadata,
    Quantity,
    Status,
)
from tui.core.model.store import AnnotationStore, BrokenFileError, ConflictError
from tui.core.pipeline import merge_spans
from tui.core.text.context import span_context

#: Attributes a decision may carry, by kind of span.
ENTITY_ATTRIBUTES = ("kb_id", "value")
QUANTITY_ATTRIBUTES = ("value", "unit", "qualifier")


@dataclass(frozen=True, slots=True)
class ImportedSpan:
    """A span as another tool gives it back: offsets into the text it was given."""

    start: int
    end: int
    label: str
    status: Status = "accepted"
    #: ``kb_id``, ``value`` (str for entities, float for quantities), ``unit``, ``qualifier``.
    attributes: Mapping[str, object] = field(default_factory=dict)
    #: The quote the other tool gave with the span, checked against the text (None: none given).
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """One article's decisions from a file: which article, the text they refer to, the spans."""

    where: str
    article_id: str | None
    text: str
    spans: tuple[ImportedSpan, ...]


@dataclass
class ImportReport:
    """What an import did, article by article."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: Decisions applied.
    decisions: int = 0
    conflicts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"imported {self.decisions} decisions into {len(self.written)} articles "
            f"({len(self.unchanged)} unchanged), {len(self.conflicts)} conflicts, "
            f"{len(self.errors)} errors"
        )


def as_span(imported: ImportedSpan, text: str) -> Entity | Quantity:
    """The decision as a span of ``text`` (the text the other tool was given).

    Raises:
        ValueError: Offsets outside the text, or an attribute of the wrong kind.
    """
    if not 0 <= imported.start < imported.end <= len(text):
        raise ValueError(
            f"{imported.label} {imported.start}-{imported.end}: outside the text "
            f"({len(text)} characters)"
        )
    if imported.quote is not None and imported.quote != text[imported.start : imported.end]:
        raise ValueError(
            f"{imported.label} {imported.start}-{imported.end}: the quote {imported.quote!r} "
            f"is not the text there ({text[imported.start : imported.end]!r})"
        )
    prefix, suffix = span_context(text, imported.start, imported.end)
    common: dict[str, object] = {
        "start": imported.start,
        "end": imported.end,
        "text": text[imported.start : imported.end],
        "label": imported.label,
        "origin": "human",
        "status": imported.status,
        "prefix": prefix,
        "suffix": suffix,
    }
    try:
        if imported.label in QUANTITY_LABELS:
            extra = {k: v for k, v in imported.attributes.items() if k in QUANTITY_ATTRIBUTES}
            return Quantity.model_validate({**common, **extra})
        extra = {k: v for k, v in imported.attributes.items() if k in ENTITY_ATTRIBUTES}
        return Entity.model_validate({**common, **extra})
    except ValueError as error:
        raise ValueError(f"{imported.label} {imported.start}-{imported.end}: {error}") from None


def _attributes(span: Entity | Quantity) -> tuple[str, ...]:
    return QUANTITY_ATTRIBUTES if isinstance(span, Quantity) else ENTITY_ATTRIBUTES


def _given(imported: ImportedSpan, name: str) -> bool:
    return imported.attributes.get(name) is not None


def _disagreement(
    corpus: Entity | Quantity, decision: Entity | Quantity, imported: ImportedSpan
) -> str | None:
    """How a person's decision in the corpus differs from the imported one (None: it doesn't)."""
    if corpus.status != decision.status:
        return f"corpus: {corpus.status}, import: {decision.status}"
    for name in _attributes(decision):
        mine, theirs = getattr(corpus, name), getattr(decision, name)
        if _given(imported, name) and mine != theirs:
            return f"{name}: corpus {mine!r}, import {theirs!r}"
    return None


def _describe(span: Entity | Quantity) -> str:
    return f"{span.label} {span.start}-{span.end} {span.text!r}"


def apply_decisions(
    annotation: ArticleAnnotation,
    decisions: Sequence[tuple[Entity | Quantity, ImportedSpan]],
    text: str,
) -> tuple[ArticleAnnotation, int, list[str]]:
    """``annotation`` with the imported decisions merged in (already placed in ``text``).

    Returns:
        The merged annotation, how many decisions it took, and the conflicts:
        decisions left out because a person decided otherwise in the corpus.
    """
    spans: tuple[Entity | Quantity, ...] = (*annotation.entities, *annotation.quantities)
    decided = {s.key: s for s in spans if s.reviewed}
    model = {s.key: s for s in spans if not s.reviewed}
    people_labels: dict[tuple[int, int], set[str]] = {}
    for s in spans:
        if s.origin == "human" and s.status == "accepted":
            people_labels.setdefault((s.start, s.end), set()).add(s.label)
    imported_labels: dict[tuple[int, int], set[str]] = {}
    for span, _ in decisions:
        if span.status == "accepted":
            imported_labels.setdefault((span.start, span.end), set()).add(span.label)
    taken: list[Entity | Quantity] = []
    conflicts: list[str] = []
    for span, imported in decisions:
        corpus = decided.get(span.key)
        if corpus is not None:
            why = _disagreement(corpus, span, imported)
            if why:
                conflicts.append(f"{_describe(span)}: a person decided otherwise ({why}); kept")
            continue
        place = (span.start, span.end)
        others = people_labels.get(place, set()) - imported_labels.get(place, set())
        if span.status == "accepted" and others:
            conflicts.append(
                f"{_describe(span)}: a person labelled it {', '.join(sorted(others))}; kept"
            )
            continue
        suggestion = model.get(span.key)
        if suggestion is not None:
            # What the model knew about the span (its kb_id, its value) stays unless the import says.
            filled = {
                name: getattr(suggestion, name)
                for name in _attributes(span)
                if not _given(imported, name)
            }
            span = span.model_copy(update=filled)
        taken.append(span)
    if not taken:
        return annotation, 0, conflicts
    entities, lost_entities = merge_spans(
        [s for s in annotation.entities if s.reviewed]
        + [s for s in taken if isinstance(s, Entity)],
        [s for s in annotation.entities if not s.reviewed],
        text,
    )
    quantities, lost_quantities = merge_spans(
        [s for s in annotation.quantities if s.reviewed]
        + [s for s in taken if isinstance(s, Quantity)],
        [s for s in annotation.quantities if not s.reviewed],
        text,
    )
    merged = annotation.model_copy(
        update={
            "entities": entities,
            "quantities": quantities,
            "orphans": tuple(annotation.orphans) + lost_entities + lost_quantities,
        }
    )
    return merged, len(taken), conflicts


def _placed(
    record: ImportedArticle, text: str
) -> tuple[list[tuple[Entity | Quantity, ImportedSpan]], list[str]]:
    """The record's decisions as spans of the article's current ``text``, and the problems."""
    placed: list[tuple[Entity | Quantity, ImportedSpan]] = []
    problems: list[str] = []
    for imported in record.spans:
        try:
            span = as_span(imported, record.text)
        except ValueError as error:
            problems.append(f"{record.where}: {error}")
            continue
        if record.text != text:
            moved = reanchor_span(span, text)
            if moved is None:
                problems.append(
                    f"{record.where}: {_describe(span)}: not found in the article's text any more"
                )
                continue
            span = moved
        placed.append((span, imported))
    return placed, problems


def _fresh(article: Article) -> ArticleAnnotation:
    """An annotation holding nothing yet (the pipeline fills in the model's part later)."""
    return ArticleAnnotation(
        article=article.id,
        sha256=article.sha256,
        metadata=Metadata.of(article),
    )


def _find(record: ImportedArticle, articles: Mapping[str, Article]) -> Article | None:
    if record.article_id and record.article_id in articles:
        return articles[record.article_id]
    for article in articles.values():
        if article.text == record.text:
            return article
    return None


def import_decisions(
    records: Iterable[ImportedArticle],
    articles: Iterable[Article],
    store: AnnotationStore,
    tries: int = 5,
) -> ImportReport:
    """Merge people's decisions from another tool into the annotation files.

    Args:
        records: Decisions by article, as read from Prodigy JSONL or brat files.
        articles: The corpus (matched by id, else by identical text).
        store: The annotations folder.
        tries: Attempts when a file changes on disk while it is being merged.

    Returns:
        Articles written or left as they were, decisions applied, conflicts and errors.
    """
    report = ImportReport()
    by_id = {a.id: a for a in articles}
    for record in records:
        article = _find(record, by_id)
        if article is None:
            report.errors.append(f"{record.where}: no such article in the corpus")
            continue
        decisions, problems = _placed(record, article.text)
        report.errors.extend(problems)
        for _ in range(tries):
            loaded = store.load(article.id)
            if loaded.error is not None:
                report.errors.append(str(loaded.error))
                break
            base: ArticleAnnotation = loaded.value or _fresh(article)
            if base.sha256 != article.sha256:
                report.errors.append(
                    f"{store.path_for(article.id)}: made for an older text of the article; "
                    "run `newsreader annotate` first"
                )
                break
            merged, taken, conflicts = apply_decisions(base, decisions, article.text)
            if taken == 0:
                report.unchanged.append(article.id)
                report.conflicts.extend(f"{article.id}: {c}" for c in conflicts)
                break
            try:
                store.save(merged, expected_sha=loaded.sha256)
            except ConflictError:
                continue
            except BrokenFileError as error:
                report.errors.append(str(error.error))
                break
            report.written.append(article.id)
            report.decisions += taken
            report.conflicts.extend(f"{article.id}: {c}" for c in conflicts)
            break
        else:
            report.errors.append(f"{store.path_for(article.id)}: kept changing while importing")
    return report
