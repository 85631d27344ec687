"""Duplicates and near-duplicates of articles, by exact text and by shingle similarity.

Exact: the same text once whitespace is normalised. Near: the Jaccard similarity
of the two texts' 5-token shingles (a token is a word, or one Japanese
character; :mod:`tui.core.text.shingles`, the one notion of a copy). Each article is kept as a bottom-k sketch (its :data:`SKETCH`
smallest shingle hashes) in an inverted index, so finding the candidates for a
new article costs the length of a few posting lists, not a pass over the
corpus; the candidates' similarity is then computed exactly from their texts.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from tui.core.text.shingles import NEAR, jaccard, shingles

#: Hashes kept per article.
SKETCH = 128
#: A shingle hash shared by more articles than this says nothing (boilerplate).
_COMMON = 1000


def normalise(text: str) -> str:
    """The text with every run of whitespace made one space, trimmed."""
    return " ".join(text.split())


def text_key(text: str) -> str:
    """Digest of the normalised text: equal for texts that differ only in spacing."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def sketch(hashes: frozenset[int]) -> tuple[int, ...]:
    """The :data:`SKETCH` smallest hashes."""
    return tuple(heapq.nsmallest(SKETCH, hashes))


def estimate(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    sa, sb = set(a), set(b)
    union = heapq.nsmallest(SKETCH, sa | sb)
    return sum(1 for h in union if h in sa and h in sb) / len(union) if union else 0.0


@dataclass(frozen=True, slots=True)
class Match:
    """The corpus article a text duplicates, and how closely (1.0: the same text)."""

    name: str
    similarity: float


class CorpusIndex:
    """Exact-text digests and shingle sketches of a corpus, to check new articles against.

    Args:
        read: Gives an indexed article's text back by name (for the exact similarity
            of candidates); None when it cannot be read any more.
    """

    def __init__(self, read: Callable[[str], str | None]) -> None:
        self._read = read
        self._keys: dict[str, str] = {}
        self._sketches: dict[str, tuple[int, ...]] = {}
        self._postings: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self._sketches)

    def add(self, name: str, text: str) -> None:
        """Index one article."""
        self._keys.setdefault(text_key(text), name)
        signature = sketch(shingles(text))
        self._sketches[name] = signature
        for value in signature:
            self._postings.setdefault(value, []).append(name)

    def same_text(self, text: str) -> str | None:
        """The article with this exact text (spacing aside), if any."""
        return self._keys.get(text_key(text))

    def nearest(self, text: str, threshold: float = NEAR) -> Match | None:
        """The most similar article at or above ``threshold``, if any."""
        mine = shingles(text)
        signature = sketch(mine)
        shared: Counter[str] = Counter()
        for value in signature:
            names = self._postings.get(value, ())
            if len(names) <= _COMMON:
                shared.update(names)
        best: Match | None = None
        # A generous estimate first (sketches err both ways), then the exact figure.
        for name, _ in shared.most_common():
            if estimate(signature, self._sketches[name]) < threshold - 0.15:
                continue
            other = self._read(name)
            if other is None:
                continue
            similarity = jaccard(mine, shingles(other))
            if similarity >= threshold and (best is None or similarity > best.similarity):
                best = Match(name, similarity)
        return best
