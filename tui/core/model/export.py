"""The JSON export: one document with every article's annotations, the stories and the events.

The shape is a public contract (``newsreader/1``), documented in
``docs/annotation-format.md``; change it only with a new format version.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tui.core.model.schema import EXPORT_FORMAT, Article, ArticleAnnotation, EventsFile
from tui.core.model.store import AnnotationStore, StoreError


def _relative(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path


def article_record(article: Article, annotation: ArticleAnnotation | None) -> dict[str, Any]:
    """One article of the export; without annotations, its metadata guesses and no spans."""
    meta = annotation.metadata if annotation else None
    return {
        "id": article.id,
        "path": _relative(article.path),
        "sha256": article.sha256,
        "title": (meta.title if meta and meta.title else article.title),
        "date": (meta.date if meta and meta.date else article.date),
        "source": (meta.source if meta and meta.source else article.source),
        "url": (meta.url if meta and meta.url else article.url),
        "languages": list(meta.languages if meta and meta.languages else article.languages),
        "annotated": annotation is not None,
        "sentences": [
            {"start": s.start, "end": s.end, "lang": s.lang}
            for s in (annotation.sentences if annotation else ())
        ],
        "furniture": [
            {"start": f.start, "end": f.end, "kind": f.kind}
            for f in (annotation.furniture if annotation else ())
            if f.status == "accepted"
        ],
        "entities": [
            {
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "label": e.label,
                "kb_id": e.kb_id,
                "value": e.value,
                "origin": e.origin,
                "status": e.status,
            }
            for e in (annotation.entities if annotation else ())
        ],
        "quantities": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "label": q.label,
                "value": q.value,
                "unit": q.unit,
                "qualifier": q.qualifier,
                "origin": q.origin,
                "status": q.status,
            }
            for q in (annotation.quantities if annotation else ())
        ],
    }


def events_records(events: EventsFile | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``events`` and ``alignments`` lists of the export (rejected ones left out)."""
    if events is None:
        return [], []
    out = []
    for event in events.events:
        if event.status != "accepted":
            continue
        out.append(
            {
                "id": event.id,
                "title": event.title,
                "kind": event.kind,
                "date": event.date,
                "participants": list(event.participants),
                "figures": [f.model_dump(mode="json") for f in event.figures],
                "origin": event.origin,
                "mentions": [
                    {
                        "article": m.article,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "origin": m.origin,
                    }
                    for m in event.mentions
                    if m.status == "accepted"
                ],
            }
        )
    alignments = [
        {"mentions": [{"article": m.article, "start": m.start, "end": m.end} for m in a.mentions]}
        for a in events.alignments
    ]
    return out, alignments


def stories_records(events: EventsFile | None) -> list[dict[str, Any]]:
    """The ``stories`` list of the export: each story's id, title, article ids and
    event ids (events left out of the export are left out here too)."""
    if events is None:
        return []
    exported = {e.id for e in events.events if e.status == "accepted"}
    return [
        {
            "id": story.id,
            "title": story.title,
            "articles": list(story.articles),
            "events": [e for e in story.events if e in exported],
        }
        for story in events.stories
    ]


def export_document(
    articles: list[Article] | tuple[Article, ...], store: AnnotationStore
) -> tuple[dict[str, Any], list[StoreError]]:
    """Build the export document; unreadable files are reported, their articles exported bare."""
    problems: list[StoreError] = []
    records = []
    for article in articles:
        loaded = store.load(article.id)
        if loaded.error:
            problems.append(loaded.error)
        records.append(article_record(article, loaded.value))
    events = store.load_events()
    if events.error:
        problems.append(events.error)
    event_list, alignments = events_records(events.value)
    return (
        {
            "format": EXPORT_FORMAT,
            "articles": records,
            "stories": stories_records(events.value),
            "events": event_list,
            "alignments": alignments,
        },
        problems,
    )


def write_json(document: dict[str, Any], path: Path | None) -> str:
    import json

    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if path is not None:
        from tui.core.model.store import atomic_write

        atomic_write(path, text)
    return text
