"""Prodigy JSONL: one task per article out, people's decisions back in.

A task holds the article ``text``, ``meta`` (id, title, date, source, url),
``spans`` (every span not rejected, character offsets, with ``origin`` and the
span's newsreader attributes), ``rejected_spans`` (spans a person rejected) and,
when a person decided anything about the article, ``answer: "accept"``. Prodigy
adds ``tokens`` and its hashes itself when it loads the tasks. See
``docs/annotation-format.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tui.core.formats.common import Exported
from tui.core.formats.decisions import (
    ENTITY_ATTRIBUTES,
    QUANTITY_ATTRIBUTES,
    ImportedArticle,
    ImportedSpan,
)
from tui.core.model.schema import Entity, Quantity, Status

ANSWERS = ("accept", "reject", "ignore")


def span_record(span: Entity | Quantity) -> dict[str, Any]:
    """A span as Prodigy holds it, plus ``origin`` and its attributes when set."""
    record: dict[str, Any] = {
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "label": span.label,
        "origin": span.origin,
    }
    names = QUANTITY_ATTRIBUTES if isinstance(span, Quantity) else ENTITY_ATTRIBUTES
    for name in names:
        value = getattr(span, name)
        if value is not None and not (name == "qualifier" and value == "exact"):
            record[name] = value
    return record


def task(item: Exported) -> dict[str, Any]:
    """The Prodigy task of one article."""
    spans = item.spans()
    out: dict[str, Any] = {
        "text": item.article.text,
        "meta": item.meta,
        "spans": [span_record(s) for s in spans if s.status == "accepted"],
        "rejected_spans": [span_record(s) for s in spans if s.status == "rejected"],
    }
    if item.reviewed:
        out["answer"] = "accept"
    return out


def write_tasks(items: Iterable[Exported]) -> Iterator[str]:
    """The JSONL lines (with newlines) of the articles' tasks."""
    for item in items:
        yield json.dumps(task(item), ensure_ascii=False) + "\n"


def _imported_span(data: Any, status: Status) -> ImportedSpan:
    if not isinstance(data, dict):
        raise ValueError(f"a span must be an object, found {type(data).__name__}")
    start, end, label = data.get("start"), data.get("end"), data.get("label")
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
        raise ValueError(f"a span needs integer start and end and a label: {data!r}")
    names = (*ENTITY_ATTRIBUTES, *QUANTITY_ATTRIBUTES)
    attributes = {name: data[name] for name in names if data.get(name) is not None}
    quote = data.get("text") if isinstance(data.get("text"), str) else None
    return ImportedSpan(start, end, label, status, attributes, quote)


def read_task(data: Any, where: str) -> ImportedArticle | None:
    """The decisions of one task (None: it holds none).

    ``answer: accept`` makes its spans a person's accepted decisions (except spans
    still marked ``origin: model``: suggestions nobody touched) and its
    ``rejected_spans`` rejected ones; ``answer: reject`` (Prodigy's binary
    ``ner.teach`` tasks) rejects all its spans; other tasks decide nothing.

    Raises:
        ValueError: Not a task (no ``text``, spans of the wrong shape).
    """
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError("not a task: expected an object with a text")
    answer = data.get("answer")
    if answer not in ("accept", "reject"):
        return None
    spans: list[ImportedSpan] = []
    for raw in data.get("spans") or ():
        if answer == "reject":
            spans.append(_imported_span(raw, "rejected"))
        elif not (isinstance(raw, dict) and raw.get("origin") == "model"):
            spans.append(_imported_span(raw, "accepted"))
    if answer == "accept":
        spans.extend(_imported_span(raw, "rejected") for raw in data.get("rejected_spans") or ())
    meta = data.get("meta")
    found = meta.get("id") if isinstance(meta, dict) else None
    article_id = found if isinstance(found, str) else None
    return ImportedArticle(where, article_id, data["text"], tuple(spans))


def read_tasks(text: str, where: str) -> Iterator[ImportedArticle | str]:
    """Every task of a JSONL file with decisions, or a problem (``path:line: reason``)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            record = read_task(json.loads(line), at)
        except json.JSONDecodeError as error:
            yield f"{at}: not JSON ({error.msg})"
            continue
        except ValueError as error:
            yield f"{at}: {error}"
            continue
        if record is not None:
            yield record
