"""Happenings a sentence tells as many of a kind, not as the one an event reports.

"X has imposed regulations and crackdowns on the sector", "attacks have become common",
"the latest in a series of shootings", "police have repeatedly raided the club": a plural
eventive noun told bare, one after a word of a run of them, or a verb told as done again
and again (``many`` in ``data/event_families.yaml``) names a kind of happening, not one
of them. Such a word is no mention of one happening's event, in small folders and large
(a reader beside one attack's report does not want "a series of attacks" as its
cross-reference). A plural of one occasion is one happening: "the attacks", "Sunday's
bombings", "three deaths", "the deaths of 3 people", "talks", "riots".
"""

from __future__ import annotations

import re

from tui.core.events.features import ArticleFeatures
from tui.core.events.small import vocabulary
from tui.core.nlp.quantities.lexicon import NUMBER_WORDS
from tui.core.text.sentences import headline

#: A word of the text, with where it starts.
_WORD = re.compile(r"\w+")
#: Words a noun phrase's modifiers are not: looking back from a plural for what makes it
#: one occasion's stops at them.
_PHRASE_ENDS = frozenset(
    {"and", "or", "of", "in", "on", "to", "for", "with", "by", "at", "from", "as", "after"}
)
#: How far back (words) a plural's determiner or a run's "of" may be ("a series of
#: deadly suicide attacks", "the two latest attacks").
_REACH = 3


def _number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


def told_as_many(features: ArticleFeatures, k: int) -> frozenset[int]:
    """The triggers a sentence tells as many happenings of a kind: a plural eventive
    noun with nothing that makes it one occasion's, a noun after a word of a run ("a
    spate of raids"), a verb with an adverb of habit ("has repeatedly raided").

    Args:
        features: The article.
        k: The sentence's index.

    Returns:
        The start offsets of those triggers.
    """
    many = vocabulary().many
    if not many:
        return frozenset()
    series, habitual = many.get("series", frozenset()), many.get("habitual", frozenset())
    one_in_plural = many.get("one_in_plural", frozenset())
    one_occasion = many.get("one_occasion", frozenset())
    # (a plural of a happening's word of the general news vocabulary: "officers",
    # "buildings", "prices" tell no happenings)
    kinds = many.get("kinds", frozenset())
    vocab = vocabulary()
    text = features.text
    s = features.sentences[k]
    spans = list(_WORD.finditer(text, s.start, s.end))
    words = [m.group().lower() for m in spans]
    at = {m.start(): n for n, m in enumerate(spans)}
    # (a headline drops its determiners: "Plant shootings suspect charged", "Wave of
    # rioting hits the capital" tell one happening; the article's first line reads as one
    # even where the annotation marks none)
    top = headline(text)
    in_headline = s.headline or (top is not None and top[0] <= s.start < top[1])
    out: set[int] = set()
    for t in features.triggers[k]:
        n = at.get(t.start)
        if n is None:
            continue
        before = words[max(0, n - _REACH) : n]
        if t.pos == "VERB":
            # ("has repeatedly raided", "raided the club again and again" is not seen)
            near = " ".join(words[max(0, n - 3) : n])
            after = " ".join(words[n + 1 : n + 4])
            if any(f" {h} " in f" {near} " or f" {after} ".startswith(f" {h} ") for h in habitual):
                out.add(t.start)
            continue
        if t.pos != "NOUN" or in_headline:
            continue
        # ("a string of deadly shootings")
        if any(w == "of" and j > 0 and before[j - 1] in series for j, w in enumerate(before)):
            out.add(t.start)
            continue
        surface = words[n]
        if (
            surface == t.lemma
            or not surface.endswith("s")
            or t.lemma.endswith("s")
            or t.lemma in one_in_plural
            or not (t.lemma in kinds or t.lemma in vocab.families or t.lemma in vocab.phases)
        ):
            continue
        # (what makes it one occasion's: "the attacks", "Sunday's bombings", "two
        # deaths", back to where the phrase opens; "deaths of 3 people" after)
        one = False
        for j in range(n - 1, max(-1, n - 1 - _REACH), -1):
            w = words[j]
            if w in _PHRASE_ENDS:
                break
            possessive = w == "s" and text[spans[j].start() - 1 : spans[j].start()] in "'’"
            if w in one_occasion or possessive or _number(w):
                one = True
                break
        if words[n + 1 : n + 2] == ["of"] and len(words) > n + 2 and _number(words[n + 2]):
            one = True
        if not one:
            out.add(t.start)
    return frozenset(out)
