"""Happenings a sentence tells as many of a kind, not as the one an event reports.

"X has imposed regulations and crackdowns on the sector", "attacks have become common",
"the latest in a series of shootings", "police have repeatedly raided the club": a plural
eventive noun told bare, one after a word of a run of them, or a verb told as done again
and again (``many`` in ``data/event_families.yaml``) names a kind of happening, not one
of them. Such a word is no mention of one happening's event, in small folders and large
(a reader beside one attack's report does not want "a series of attacks" as its
cross-reference). A plural of one occasion is one happening: "the attacks", "Sunday's
bombings", "three deaths", "the deaths of 3 people", "talks", "riots". Someone's record
is many happenings too, however counted: "four prior arrests", "had previously been
arrested four times", "arrested three times since October" (not one protest's "one
person was arrested"); "was shot four times" is one shooting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.events.features import ArticleFeatures, TriggerFeatures
from tui.core.events.small import vocabulary
from tui.core.nlp.quantities.lexicon import NUMBER_WORDS
from tui.core.text.sentences import HEADLINE_MAX_CHARS, headline

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


#: Words that count times, two or more, without a number before "times".
_TWICE = frozenset({"twice", "thrice"})
#: Words before "times" that count two or more of them without a number.
_SOME = frozenset({"several", "multiple", "numerous", "many"})


def _times_after(words: list[str], n: int) -> int | None:
    """The index of the word that ends a count of times, two or more, told within a
    few words after the verb at ``n`` ("arrested four times", "twice"), if any."""
    for j in range(n + 1, min(len(words), n + 2 + _REACH)):
        w = words[j]
        if w in _TWICE:
            return j
        if w == "times" and j > n + 1:
            count = words[j - 1]
            if count in _SOME or (_number(count) and count not in ("one", "1", "0", "zero")):
                return j
        if w in _PHRASE_ENDS:
            return None
    return None


def _recorded(words: list[str], n: int, record: frozenset[str]) -> bool:
    """The noun at ``n`` is a counted plural of a record: a number and a word of a record
    right before it, either first ("four prior arrests", "previous two arrests", "the
    past six games"; "his previous convictions" and "past administrations" say no count)."""
    if n < 2 or not words[n].endswith("s"):
        return False
    before = words[n - 2 : n]
    return (before[0] in record and _number(before[1])) or (
        _number(before[0]) and before[1] in record
    )


def _words(*kinds: str, after: str = "") -> re.Pattern[str]:
    """The words (and phrases) of the ``many`` block's ``kinds`` as one pattern, each
    followed by ``after``."""
    many = vocabulary().many
    words = frozenset().union(*(many.get(kind, frozenset()) for kind in kinds))
    either = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words)) or "(?!)"
    return re.compile(rf"\b(?:{either}){after}\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The habitual adverbs and phrases, a run's word with its "of", and the words of a
    record, as patterns."""
    return (
        _words("habitual"),
        _words("series", after=r"\s+of"),
        _words("record", "record_times"),
    )


@lru_cache(maxsize=1)
def _often() -> re.Pattern[str]:
    return _words("habitual", "frequency")


def says_how_often(text: str) -> bool:
    """The text has a word of habit or of how often something happens ("repeatedly",
    "every day", "on average"; ``habitual`` and ``frequency`` of the ``many`` block)."""
    return _often().search(text) is not None


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
    vocab = vocabulary()
    many = vocab.many
    triggers = features.triggers[k]
    if not many or not triggers:
        return frozenset()
    one_in_plural = many.get("one_in_plural", frozenset())
    one_occasion = many.get("one_occasion", frozenset())
    # (a plural of a happening's word of the general news vocabulary: "officers",
    # "buildings", "prices" tell no happenings)
    kinds = many.get("kinds", frozenset())
    text = features.text
    s = features.sentences[k]

    def plural(t: TriggerFeatures) -> bool:
        if (
            t.pos != "NOUN"
            or t.lemma.endswith("s")
            or t.lemma in one_in_plural
            or not (t.lemma in kinds or t.lemma in vocab.families or t.lemma in vocab.phases)
        ):
            return False
        m = _WORD.match(text, t.start)
        surface = m.group().lower() if m is not None else t.lemma
        return surface != t.lemma and surface.endswith("s")

    habit_re, series_re, record_re = _patterns()
    record = many.get("record", frozenset())
    record_times = many.get("record_times", frozenset())
    # (an adverb of habit tells of verbs only, a run's word of nouns only)
    verbs = any(t.pos == "VERB" for t in triggers)
    habits = list(habit_re.finditer(text, s.start, s.end)) if verbs else []
    runs = (
        list(series_re.finditer(text, s.start, s.end))
        if any(t.pos == "NOUN" for t in triggers)
        else []
    )
    nouns = {t.start for t in triggers if t.pos == "NOUN" and (runs or plural(t))}
    recorded = record_re.search(text, s.start, s.end) is not None
    if not nouns and not (habits and verbs) and not recorded:
        return frozenset()
    # (a headline drops its determiners: "Plant shootings suspect charged", "Wave of
    # rioting hits the capital" tell one happening; the article's first line reads as one
    # even where the annotation marks none)
    top = headline(text) if not s.headline and s.start < HEADLINE_MAX_CHARS else None
    headed = s.headline or (top is not None and top[0] <= s.start < top[1])
    if headed:
        nouns = set()
    spans = list(_WORD.finditer(text, s.start, s.end))
    words = [m.group().lower() for m in spans]
    at = {m.start(): n for n, m in enumerate(spans)}
    # (the words each habit phrase spans, and the "of" of each run)
    habit_words = [
        (at[m.start()], at[m.start()] + len(m.group().split()) - 1)
        for m in habits
        if m.start() in at
    ]
    of_words = {at[m.start()] + 1 for m in runs if m.start() in at}
    out: set[int] = set()
    for t in triggers:
        n = at.get(t.start)
        if n is None:
            continue
        if t.pos == "VERB":
            # ("has repeatedly raided", "strike again and again"; "raided the club again
            # and again" is not seen)
            if any(n - 3 <= last < n or first == n + 1 for first, last in habit_words):
                out.add(t.start)
            # (a record: "had previously been arrested four times", "arrested three
            # times since October"; not "was shot four times")
            elif (
                recorded
                and (times := _times_after(words, n)) is not None
                and (
                    record_times & set(words[max(0, n - 1 - _REACH) : n])
                    or any(
                        f"{' '.join(words[times + 1 : times + 4])} ".startswith(f"{w} ")
                        for w in record_times
                    )
                )
            ):
                out.add(t.start)
            continue
        if recorded and t.pos == "NOUN" and not headed and _recorded(words, n, record):
            out.add(t.start)  # "four prior arrests", "two previous convictions"
            continue
        if t.start not in nouns:
            continue
        # ("a string of deadly shootings")
        if any(n - _REACH <= j < n for j in of_words):
            out.add(t.start)
            continue
        if not plural(t):
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
