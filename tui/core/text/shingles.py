"""Whether two texts are copies of one another: the Jaccard similarity of their token shingles."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from tui.core.text.terms import WIRE_ABBREVIATIONS

_K = TypeVar("_K", bound=Hashable)

#: Tokens per shingle.
SHINGLE = 5
#: Similarity from which a text counts as a near-duplicate (a copy) of another.
NEAR = 0.8

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]|\w+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of the text's :data:`SHINGLE`-token runs (lower-cased; a token is a word, or
    one Japanese character; a newswire abbreviation is its word spelt out, as another desk
    sending the story again writes it: "37 cts a pound", "37 cents a pound"), or of the
    whole token list when it is shorter.

    Args:
        text: Any text.

    Returns:
        The hashes (stable within a run only: never store them).
    """
    tokens = [WIRE_ABBREVIATIONS.get(t, t) for t in _TOKEN.findall(text.casefold())]
    if len(tokens) < SHINGLE:
        return frozenset({_hash(" ".join(tokens))}) if tokens else frozenset()
    return frozenset(
        _hash(" ".join(tokens[i : i + SHINGLE])) for i in range(len(tokens) - SHINGLE + 1)
    )


def _hash(shingle: str) -> int:
    # Python's own string hash: fast, and stable within a run (the index is never stored).
    return hash(shingle)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """``|a ∩ b| / |a ∪ b|`` (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


#: Share of the shorter text's shingles the longer holds from which it is a copy cut short,
#: sent again with paragraphs added, or rewritten by its desk the same day with a new
#: headline and a few sentences reworded (chosen on Reuters copy: at three quarters the
#: article pairs that share an event are the same, 3,882, and 167 more of their events
#: over one story told twice become one).
CONTAINED = 0.75
#: Shingles the shorter text needs for :data:`CONTAINED` to count (a line or two shares
#: its every shingle with many texts: a dividend's "Qtly div 10 cts vs 10 cts prior").
CONTAINED_LEAST = 40


def are_copies(a: frozenset[int], b: frozenset[int], threshold: float = NEAR) -> bool:
    """Two texts' :func:`shingles` are a copy's (a story sent twice, a repeat with a word
    changed): their :func:`jaccard` similarity is at least ``threshold``; or one holds
    :data:`CONTAINED` of the other's, of :data:`CONTAINED_LEAST` shingles or more (the
    story cut short, sent again with paragraphs added, or rewritten).

    Args:
        a: One text's shingles.
        b: The other's.
        threshold: The least similarity of a copy.

    Returns:
        True if they are copies.
    """
    if jaccard(a, b) >= threshold:
        return True
    least = min(len(a), len(b))
    return least >= CONTAINED_LEAST and len(a & b) >= CONTAINED * least


def copies_among(text_of: Callable[[_K], str]) -> Callable[[_K, _K], bool]:
    """A test of whether two items' texts are copies of one another (:func:`are_copies`:
    a story sent twice), each text's shingles read once, when first asked.

    Args:
        text_of: The text of an item (an article's index or id).

    Returns:
        ``copies(a, b)``: True if the two items' texts are copies.
    """
    shingled: dict[_K, frozenset[int]] = {}

    def copies(a: _K, b: _K) -> bool:
        for x in (a, b):
            if x not in shingled:
                shingled[x] = shingles(text_of(x))
        return are_copies(shingled[a], shingled[b])

    return copies


def all_copies(items: Iterable[_K], copies: Callable[[_K, _K], bool]) -> bool:
    """Every two of the items are copies of one another (``copies``: a test made by
    :func:`copies_among`): one story, sent as many times as there are items."""
    distinct = list(dict.fromkeys(items))
    return all(copies(a, b) for n, a in enumerate(distinct) for b in distinct[n + 1 :])
