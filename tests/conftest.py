"""Shared fixtures: the real extraction pipeline, loaded once per test process (slow tests only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def extractor() -> Any:
    """The whole pipeline (English model, GiNZA on demand) with the shipped knowledge base."""
    from tui.core.model.settings import Settings
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    return Extractor(settings, kb)


@pytest.fixture(scope="session")
def seed_annotations(extractor: Any) -> dict[str, Any]:
    """The pipeline's annotation of every seed, by article id."""
    from tui.core.model.corpus import load_corpus

    articles = load_corpus(ROOT / "seeds").articles
    return {a.article: a for a in extractor.extract(articles)}
