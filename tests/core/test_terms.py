"""Content words: one word's inflections meet, other words stay apart."""

from __future__ import annotations

import pytest

from tui.core.text.terms import content_words, light_stem


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        # plurals after a sibilant
        ("businesses", "business"),
        ("losses", "loss"),
        ("launches", "launch"),
        ("crashes", "crash"),
        ("taxes", "tax"),
        ("boxes", "box"),
        ("avalanches", "avalanche"),
        ("niches", "niche"),
        ("impasses", "impasse"),
        # a doubled consonant undone, a word's own double l, s or z kept
        ("stopped", "stop"),
        ("shipping", "ship"),
        ("admitted", "admit"),
        ("falling", "fall"),
        ("selling", "sell"),
        ("killed", "kill"),
        ("passed", "pass"),
        ("expressing", "express"),
        ("buzzing", "buzz"),
        # a long word's double l, British and American spellings
        ("cancelled", "cancel"),
        ("cancelled", "canceled"),
        ("controlled", "control"),
        ("installed", "install"),
        # y and ie, the verb's own e
        ("carried", "carry"),
        ("companies", "company"),
        ("agreed", "agree"),
        ("freed", "free"),
    ],
)
def test_a_words_inflections_meet(inflected: str, base: str) -> None:
    assert light_stem(inflected) == light_stem(base)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("plane", "plan"),
        ("fall", "fail"),
        ("cross", "crow"),
        ("spilled", "spied"),
        ("loss", "lose"),
    ],
)
def test_other_words_stay_apart(one: str, other: str) -> None:
    assert light_stem(one) != light_stem(other)


def test_a_sentences_words_meet_its_paraphrases_inflections() -> None:
    told = set(content_words("Losses mounted as the company cancelled launches"))
    again = set(content_words("The company's loss grew after it canceled a launch"))
    assert {"loss", "company", "cancel", "launch"} <= told & again
