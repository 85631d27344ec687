"""The event scorer: pairs across articles, single-source leaks, alignment recall."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.scoring.events import load_gold, score_events
from tui.core.model.schema import Alignment, Article, Event, EventsFile, Mention

TEXTS = {
    "a1": "Acme IPO halted today. Acme chief met investors.",
    "b1": "Regulators scrapped the Acme listing. Weather was fine.",
    "c1": "Acme listing pulled, sources say.\nアクメの上場は中止された。",
}
GOLD = """
format: newsreader-gold-events/1
events:
  - id: halt
    passages: [[a1, "Acme IPO halted today."], [b1, "Regulators scrapped the Acme listing."], [c1, "Acme listing pulled"]]
  - id: meet
    single_source: true
    passages: [[a1, "Acme chief met investors."]]
alignments:
  - [c1, "Acme listing pulled", "アクメの上場"]
"""


def articles() -> list[Article]:
    return [
        Article(i, f"{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), i, None, ("en",))
        for i, t in TEXTS.items()
    ]


def mention(article: str, quote: str) -> Mention:
    start = TEXTS[article].index(quote)
    return Mention(article=article, start=start, end=start + len(quote), text=quote)


@pytest.fixture
def gold(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    return load_gold(path, articles())


@pytest.mark.parametrize(
    ("events", "precision", "recall", "leaks"),
    [
        pytest.param(
            [["a1:Acme IPO halted today.", "b1:Regulators scrapped", "c1:Acme listing pulled"]],
            1.0,
            1.0,
            0,
            id="perfect",
        ),
        pytest.param(
            [["a1:Acme IPO halted today.", "b1:Regulators scrapped"]], 1.0, 1 / 3, 0, id="partial"
        ),
        pytest.param([["a1:Acme chief met", "b1:Regulators scrapped"]], 0.0, 0.0, 1, id="leak"),
        pytest.param([["b1:Weather was fine.", "c1:Acme listing pulled"]], 0.0, 0.0, 0, id="wrong"),
        pytest.param([], 1.0, 0.0, 0, id="nothing"),
    ],
)
def test_pair_scores(
    gold, events: list[list[str]], precision: float, recall: float, leaks: int
) -> None:  # type: ignore[no-untyped-def]
    predicted = EventsFile(
        events=tuple(
            Event(id=f"e{i}", title="t", mentions=tuple(mention(*m.split(":", 1)) for m in ms))
            for i, ms in enumerate(events)
        )
    )
    score = score_events(predicted, gold)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert len(score.leaks) == leaks


def test_alignment_recall(gold) -> None:  # type: ignore[no-untyped-def]
    en = mention("c1", "Acme listing pulled, sources say.")
    ja = mention("c1", "アクメの上場は中止された。")
    found = score_events(EventsFile(alignments=(Alignment(mentions=(en, ja)),)), gold)
    assert (found.alignments_found, found.alignments_gold) == (1, 1)
    half = mention("c1", "Acme listing")
    missed = score_events(EventsFile(alignments=(Alignment(mentions=(half, ja)),)), gold)
    assert missed.alignments_found == 0


def test_unknown_quote_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD.replace("Acme chief", "Nobody"), encoding="utf-8")
    with pytest.raises(ValueError, match="quote not in"):
        load_gold(path, articles())


def test_the_judged_reuters_story_pairs_are_well_formed() -> None:
    """bench/gold/reuters_story_pairs.yaml: eight sets of distinct pairs of corpus file ids,
    each with right and wrong pairs, and no pair judged twice within a set."""
    import yaml

    from bench.event_linking import STORY_PAIRS

    data = yaml.safe_load(STORY_PAIRS.read_text(encoding="utf-8"))
    assert data["format"] == "newsreader-story-pairs/1"
    assert set(data["sets"]) == {
        "far",
        "uniform",
        "heldout",
        "fresh46",
        "fresh47",
        "heldout47",
        "noevent57",
        "heldout57",
    }
    for pairs in data["sets"].values():
        assert all(
            isinstance(a, str) and isinstance(b, str) and a.isdigit() and b.isdigit() and a < b
            for a, b, _ in pairs
        )
        assert len({(a, b) for a, b, _ in pairs}) == len(pairs)
        assert {same for _, _, same in pairs} == {True, False}
