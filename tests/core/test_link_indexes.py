"""The lookups linking keeps to stay near-linear give what a plain scan gives."""

from __future__ import annotations

import pytest

import tui.core.text.terms as terms
from tests.core.linking_world import wire_features
from tui.core.text.terms import content_words

_SUMS = """
# Corvel sells its pump unit
TARNO, March 30 - [Corvel|ORG|corvel] sold its pump unit for [$4 million|MONEY|4000000].
The unit made [$1 million|MONEY|1000000] last year and [$2 million|MONEY|2000000] before.
It employs 40 people.
[Corvel|ORG|corvel] will pay [3 mln guilders|MONEY|3000000:NLG] in fees.
"""


def test_a_sentences_quantities_are_those_a_scan_finds() -> None:
    (article,) = wire_features(("corvel", _SUMS))
    assert len(article.quantities) == 4
    for k, s in enumerate(article.sentences):
        scanned = tuple(q for q in article.quantities if s.start <= q.start < s.end)
        assert article.sentence_quantities(k) == scanned
    assert [len(article.sentence_quantities(k)) for k in range(len(article.sentences))] == [
        0,
        1,
        2,
        0,
        1,
    ]


def test_content_words_are_the_same_when_the_stems_table_fills(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "The rebels seized the towns; the rebel seizing of towns went on, studies said."
    first = content_words(text)
    monkeypatch.setattr(terms, "_STEMS", {})
    monkeypatch.setattr(terms, "_MAX_STEMS", 3)
    assert content_words(text) == first
    assert content_words(text) == first
    assert len(terms._STEMS) <= 3
    assert first == ["rebel", "seiz", "town", "rebel", "seiz", "town", "went", "study"]
