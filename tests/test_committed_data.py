"""The committed annotations, events and export are current for the committed seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core.model.corpus import load_corpus
from tui.core.model.export import export_document
from tui.core.model.settings import is_current
from tui.core.model.store import AnnotationStore, check_text

ROOT = Path(__file__).resolve().parents[1]


def test_every_seed_has_current_valid_annotations() -> None:
    store = AnnotationStore(ROOT / "annotations")
    assert store.check() == []
    for article in load_corpus(ROOT / "seeds").articles:
        loaded = store.load(article.id)
        assert loaded.error is None and loaded.value is not None, article.id
        # Current: the reader opens from YAML alone, without loading spaCy.
        assert is_current(loaded.value, article), f"{article.id}: run `newsreader annotate`"
        assert check_text(loaded.value, article.text) == []
    events = store.load_events().value
    assert events is not None and any(
        len({m.article for m in e.mentions}) > 1 for e in events.events
    )


def test_committed_export_is_regenerated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    corpus = load_corpus(Path("seeds"))
    document, problems = export_document(corpus.articles, AnnotationStore(Path("annotations")))
    assert problems == []
    committed = json.loads((ROOT / "annotations" / "export.json").read_text(encoding="utf-8"))
    assert committed == document, "run `newsreader export -o annotations/export.json`"
