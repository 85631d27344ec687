"""Shared fixtures: the seeds and annotations as committed; the real extraction pipeline,
loaded once per test process (slow tests only)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def committed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``seeds/`` and ``annotations/`` as committed (git ``HEAD``).

    The suite checks what is committed, not the working tree: a person correcting the
    seeds' annotations in the reader (the README's tour) never fails ``make test``.
    Outside a git checkout, a copy of the working tree's.
    """
    root = tmp_path_factory.mktemp("committed")
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "HEAD", "seeds", "annotations"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        for name in ("seeds", "annotations"):
            shutil.copytree(ROOT / name, root / name)
        return root
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    return root


@pytest.fixture(scope="session")
def extractor(committed: Path) -> Any:
    """The whole pipeline (English model, GiNZA on demand) with the shipped knowledge base."""
    from tui.core.model.settings import Settings
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=committed / "seeds", annotations=committed / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    return Extractor(settings, kb)


@pytest.fixture(scope="session")
def seed_annotations(extractor: Any) -> dict[str, Any]:
    """The pipeline's annotation of every seed, by article id."""
    from tui.core.model.corpus import load_corpus

    articles = load_corpus(ROOT / "seeds").articles  # the seeds are never edited
    return {a.article: a for a in extractor.extract(articles)}
