"""The committed annotations, events and export are current for the committed seeds.

These check what is committed (git ``HEAD``, the ``committed`` fixture), so a person's
own corrections in ``annotations/`` never fail the suite.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core.model.corpus import load_corpus
from tui.core.model.export import export_document
from tui.core.model.settings import Settings, is_current
from tui.core.model.store import AnnotationStore, check_annotation


def test_every_seed_has_current_valid_annotations(committed: Path) -> None:
    from tui.cli import check_problems

    store = AnnotationStore(committed / "annotations")
    assert store.check() == []
    for article in load_corpus(committed / "seeds").articles:
        loaded = store.load(article.id)
        assert loaded.error is None and loaded.value is not None, article.id
        # Current: the reader opens from YAML alone, without loading spaCy.
        assert is_current(loaded.value, article), f"{article.id}: run `newsreader annotate`"
        path = str(store.path_for(article.id))
        assert check_annotation(loaded.value, article.text, path) == []
    settings = Settings(seeds=committed / "seeds", annotations=committed / "annotations")
    assert check_problems(settings) == []
    events = store.load_events().value
    assert events is not None and events.stories
    triggers = any(
        store.load(a.id).value.triggers for a in load_corpus(committed / "seeds").articles
    )  # type: ignore[union-attr]
    # Events need the triggers stored at annotate time (issue 10): none before they are.
    assert not triggers or any(len({m.article for m in e.mentions}) > 1 for e in events.events)


def test_committed_export_is_regenerated(committed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(committed)
    corpus = load_corpus(Path("seeds"))
    document, problems = export_document(corpus.articles, AnnotationStore(Path("annotations")))
    assert problems == []
    exported = json.loads((committed / "annotations" / "export.json").read_text(encoding="utf-8"))
    assert exported == document, "run `newsreader export -o annotations/export.json`"
