"""Event linking against the gold sets, on annotations made by the real pipeline (slow)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from bench.scoring.events import Score, format_score, score_corpus
from tui.core.events.linking import link_events
from tui.core.model.corpus import load_corpus
from tui.core.model.store import AnnotationStore
from tui.core.pipeline import annotate

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests/fixtures/gold_events_seeds.yaml"),
    "corpus": (
        ROOT / "tests/fixtures/events_corpus",
        ROOT / "tests/fixtures/gold_events_corpus.yaml",
    ),
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores(extractor: Any) -> dict[str, Score]:
    """Each gold set annotated into a temporary store, linked and scored."""
    out = {}
    for name, (folder, gold) in SETS.items():
        articles = load_corpus(folder).articles
        with tempfile.TemporaryDirectory() as tmp:
            store = AnnotationStore(tmp)
            report = annotate(articles, store, extractor=extractor)
            assert not report.errors
            annotations = {a.id: store.load(a.id).value for a in articles}
        if not any(v is not None and v.triggers for v in annotations.values()):
            pytest.skip("the extractor stores no triggers (they come with issue 10's nlp part)")
        events = link_events(articles, {k: v for k, v in annotations.items() if v})
        out[name] = score_corpus(articles, events, gold)
        print(format_score(name, out[name]))
    return out


#: Set -> (precision, recall) it must reach.
TARGETS = {"seeds": (0.90, 0.85), "corpus": (0.95, 0.81)}


@pytest.mark.parametrize(
    "name",
    [
        # The written corpus's bar is what it holds: P 0.961, R 0.817 since nr69 (before,
        # P 0.927, R 0.85): one report's "Kestrel Mobility" read as one name, the story's
        # every report names the company alike, and two pairs that had leaned on a report
        # naming it "Kestrel" as if it were someone else went (docs/benchmarks.md).
        "corpus",
        pytest.param(
            "seeds",
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "issue 10's seeds target is not met: the open-domain linker links a "
                    "folder of five long, mostly undated articles on the sentences' own "
                    "evidence, precision first (P 0.92, R 0.53 on the seeds; "
                    "docs/benchmarks.md). Strict: once it holds, this mark must go."
                ),
            ),
        ),
    ],
)
def test_precision_and_recall(scores: dict[str, Score], name: str) -> None:
    score = scores[name]
    # The seeds' bar is issue 10's own; the written corpus's is what it holds now.
    precision, recall = TARGETS[name]
    assert score.precision >= precision, score.wrong_pairs
    assert score.recall >= recall, score.missed_pairs


@pytest.mark.parametrize("name", sorted(SETS))
def test_single_source_events_stay_alone(scores: dict[str, Score], name: str) -> None:
    assert scores[name].leaks == []


def test_translations_aligned(scores: dict[str, Score]) -> None:
    assert scores["seeds"].alignments_gold == 9
    assert scores["seeds"].alignments_found >= 8
