"""Scoring event links and translation alignments against a hand-made gold set.

Gold files (``tests/fixtures/gold_events_*.yaml``) list events as passages
``[article, quote]``: the quote is an exact substring of the article (the
article may be named by a unique prefix of its id). A predicted mention stands
for a gold passage when it covers at least half of the quote and is not much
longer than a paragraph around it.

Scores are over *pairs of passages in different articles*: a predicted pair is
right when one gold event holds both passages; a gold pair is found when one
predicted event holds both. Translations inside an article do not count as
pairs (they are scored as alignments).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from tui.core.model.schema import Article, EventsFile, Mention

GOLD_FORMAT = "newsreader-gold-events/1"


@dataclass(frozen=True, slots=True)
class GoldPassage:
    article: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    kind: str | None
    passages: tuple[GoldPassage, ...]
    single_source: bool = False


@dataclass(frozen=True, slots=True)
class Gold:
    events: tuple[GoldEvent, ...]
    #: English-Japanese pairs: two whole paragraphs of one article each.
    alignments: tuple[tuple[GoldPassage, GoldPassage], ...]


@dataclass
class Score:
    """Pairwise precision and recall, single-source leaks and alignment recall."""

    predicted_pairs: int = 0
    correct_pairs: int = 0
    gold_pairs: int = 0
    found_pairs: int = 0
    leaks: list[str] = field(default_factory=list)
    wrong_pairs: list[str] = field(default_factory=list)
    missed_pairs: list[str] = field(default_factory=list)
    alignments_gold: int = 0
    alignments_found: int = 0

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.found_pairs / self.gold_pairs if self.gold_pairs else 1.0


def _resolve_article(name: str, ids: Iterable[str]) -> str:
    matches = [i for i in ids if i == name] or [i for i in ids if i.startswith(name)]
    if len(matches) != 1:
        raise ValueError(f"gold article {name!r} matches {len(matches)} articles")
    return matches[0]


def _locate(article: Article, quote: str) -> GoldPassage:
    at = article.text.find(quote)
    if at < 0:
        raise ValueError(f"quote not in {article.id}: {quote!r}")
    if article.text.find(quote, at + 1) >= 0:
        raise ValueError(f"quote is not unique in {article.id}: {quote!r}")
    return GoldPassage(article.id, at, at + len(quote), quote)


def _paragraph(article: Article, quote: str) -> GoldPassage:
    """The whole line (paragraph) holding the quote."""
    found = _locate(article, quote)
    text = article.text
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    end = len(text) if end < 0 else end
    return GoldPassage(article.id, start, end, text[start:end])


def load_gold(path: Path | str, articles: Sequence[Article]) -> Gold:
    """Read a gold file and resolve its quotes to offsets in ``articles``.

    Raises:
        ValueError: Unknown format, an article or quote that cannot be found.
    """
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    if data.get("format") != GOLD_FORMAT:
        raise ValueError(f"{path}: not a {GOLD_FORMAT} file")
    by_id = {a.id: a for a in articles}
    events = []
    for entry in data.get("events") or ():
        passages = tuple(
            _locate(by_id[_resolve_article(str(name), by_id)], str(quote))
            for name, quote in entry["passages"]
        )
        events.append(
            GoldEvent(
                id=str(entry["id"]),
                kind=entry.get("kind"),
                passages=passages,
                single_source=bool(entry.get("single_source", False)),
            )
        )
    alignments = []
    for name, left, right in data.get("alignments") or ():
        article = by_id[_resolve_article(str(name), by_id)]
        alignments.append((_paragraph(article, str(left)), _paragraph(article, str(right))))
    return Gold(tuple(events), tuple(alignments))


def covers(mention: Mention, gold: GoldPassage) -> bool:
    """True if the predicted mention stands for the gold passage."""
    if mention.article != gold.article:
        return False
    overlap = min(mention.end, gold.end) - max(mention.start, gold.start)
    size = gold.end - gold.start
    return overlap * 2 >= size and (mention.end - mention.start) <= max(4 * size, 600)


def _label(m: Mention | GoldPassage) -> str:
    text = m.text if isinstance(m, Mention) else m.quote
    return f"{m.article[:12]}:{m.start} {text[:50]!r}"


def score_events(predicted: EventsFile, gold: Gold) -> Score:
    """Pairwise precision/recall of cross-article links, leaks and alignment recall."""
    result = Score()
    events = [e for e in predicted.events if e.status == "accepted"]
    mentions_of = [[m for m in e.mentions if m.status == "accepted"] for e in events]
    gold_of: dict[tuple[str, int, int], list[tuple[int, GoldPassage]]] = {}

    def gold_for(mention: Mention) -> list[tuple[int, GoldPassage]]:
        key = (mention.article, mention.start, mention.end)
        if key not in gold_of:
            gold_of[key] = [
                (i, g)
                for i, ev in enumerate(gold.events)
                for g in ev.passages
                if covers(mention, g)
            ]
        return gold_of[key]

    # Predicted pairs, each counted once across events.
    seen: set[tuple[tuple[str, int, int], tuple[str, int, int]]] = set()
    for mentions in mentions_of:
        for a, b in combinations(sorted(mentions, key=lambda m: (m.article, m.start)), 2):
            if a.article == b.article:
                continue
            key = ((a.article, a.start, a.end), (b.article, b.start, b.end))
            if key in seen:
                continue
            seen.add(key)
            result.predicted_pairs += 1
            events_a = {i for i, _ in gold_for(a)}
            events_b = {i for i, _ in gold_for(b)}
            if events_a & events_b:
                result.correct_pairs += 1
                continue
            result.wrong_pairs.append(f"{_label(a)} <> {_label(b)}")
            for i in sorted(events_a | events_b):
                if gold.events[i].single_source:
                    result.leaks.append(f"{gold.events[i].id}: {_label(a)} <> {_label(b)}")
    # Gold pairs.
    for event in gold.events:
        for ga, gb in combinations(event.passages, 2):
            if ga.article == gb.article:
                continue
            result.gold_pairs += 1
            if any(
                any(covers(m, ga) for m in mentions) and any(covers(m, gb) for m in mentions)
                for mentions in mentions_of
            ):
                result.found_pairs += 1
            else:
                result.missed_pairs.append(f"{event.id}: {_label(ga)} <> {_label(gb)}")
    # Alignments.
    result.alignments_gold = len(gold.alignments)
    for left, right in gold.alignments:
        if any(
            any(_same_paragraph(m, left) for m in alignment.mentions)
            and any(_same_paragraph(m, right) for m in alignment.mentions)
            for alignment in predicted.alignments
        ):
            result.alignments_found += 1
    return result


def _same_paragraph(mention: Mention, gold: GoldPassage) -> bool:
    if mention.article != gold.article:
        return False
    overlap = min(mention.end, gold.end) - max(mention.start, gold.start)
    return overlap * 2 >= gold.end - gold.start and overlap * 2 >= mention.end - mention.start


def format_score(name: str, score: Score) -> str:
    lines = [
        f"{name}: precision {score.precision:.3f} ({score.correct_pairs}/{score.predicted_pairs} pairs), "
        f"recall {score.recall:.3f} ({score.found_pairs}/{score.gold_pairs} pairs), "
        f"single-source events linked elsewhere: {len(score.leaks)}",
    ]
    if score.alignments_gold:
        lines.append(
            f"{name}: translation alignment recall {score.alignments_found}/{score.alignments_gold}"
        )
    return "\n".join(lines)


def score_corpus(
    articles: Sequence[Article],
    predicted: EventsFile,
    gold_path: Path | str,
) -> Score:
    """Load the gold for ``articles`` and score ``predicted`` against it."""
    return score_events(predicted, load_gold(gold_path, articles))


__all__ = [
    "Gold",
    "GoldEvent",
    "GoldPassage",
    "Score",
    "covers",
    "format_score",
    "load_gold",
    "score_corpus",
    "score_events",
]
