"""Happenings a sentence names only as the cause of another it reports.

"The quake prompted thousands to flee", "the shooting has led lawmakers to call for
tighter laws", "the strike forced airlines to cancel flights": the happening named is the
subject of a verb of causing (``causes`` in ``data/event_families.yaml``), and what the
sentence tells is its consequence (the flight, the call, the cancellations). Such a
sentence is no passage of the cause's event, in small folders and large; the object of
the verb is what it tells ("that event triggered a crackdown": the crackdown), and it may
join that happening's event.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from tui.core.events.features import ArticleFeatures, TriggerFeatures
from tui.core.events.small import vocabulary
from tui.core.text.morph import base_verb
from tui.core.text.terms import blanked

#: A word as the triggers' offsets open it.
_WORD = re.compile(r"\w+")


def told_as_cause(triggers: Sequence[TriggerFeatures]) -> frozenset[int]:
    """The triggers a sentence tells only as the cause of another happening: each the
    subject of a verb of causing, or a passive's agent, which the parse stores as its
    subject ("thousands were forced to flee by the quake").

    Args:
        triggers: The sentence's triggers (their arguments from the parse).

    Returns:
        The start offsets of those triggers (the head word of each such subject that is
        a trigger itself).
    """
    verbs = vocabulary().causes
    out: set[int] = set()
    for verb in triggers:
        if verb.pos != "VERB" or verb.lemma not in verbs:
            continue
        for arg in verb.args:
            if arg.role != "subj":
                continue
            # (the argument's head is the first trigger of its lemma from where its phrase
            # opens: "China's regulatory crackdown" opens at "China")
            head = min(
                (
                    t.start
                    for t in triggers
                    if t is not verb and t.lemma == arg.lemma and t.start >= arg.start
                ),
                default=None,
            )
            if head is not None:
                out.add(head)
    return frozenset(out)


#: What stands between a case's later step and the happening it is for: "arrested in
#: connection with the killing", "charged over the robbery", "convicted him of the 2005
#: murder" (an object of two words or fewer first), "jailed for his part in the bombing".
_FOR = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+connection\s+with|for|over|of|in)\s+(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)


def told_as_reason(features: ArticleFeatures, k: int) -> frozenset[int]:
    """The happenings a sentence names only as what a later step of their case is for:
    "a suspect has been arrested in connection with the killing of a deputy" tells the
    arrest, not the killing (the ``phases`` of ``data/event_families.yaml``: a verb of a
    later phase, the act's word after it, joined by "for", "over", "of", "in" or "in
    connection with").

    Args:
        features: The article.
        k: The sentence's index.

    Returns:
        The start offsets of those happenings' words.
    """
    table = vocabulary().phases
    triggers = features.triggers[k]
    text = features.text
    out: set[int] = set()
    for verb in triggers:
        later = table.get(verb.lemma)
        if verb.pos != "VERB" or later is None or later[1] == 0:
            continue
        word = _WORD.match(text, verb.start)
        if word is None:
            continue
        for t in triggers:
            # (a noun by the verb it is made from: "killing" is "kill"'s)
            act = table.get(t.lemma) or table.get(base_verb(t.lemma, table) or "")
            if (
                act is not None
                and act == (later[0], 0)
                and t.start > word.end()
                and t.start - word.end() <= 60
                and _FOR.fullmatch(text, word.end(), t.start) is not None
            ):
                out.add(t.start)
    return frozenset(out)


def without_causes(features: ArticleFeatures, k: int, causes: Collection[int]) -> str:
    """A sentence's text with the words it tells as causes blanked, for finding the
    families of the happenings it tells in its words (:func:`tui.core.events.small.
    word_families`): "the quake prompted thousands to flee" tells no quake.

    Args:
        features: The article.
        k: The sentence's index.
        causes: Start offsets of its words told as causes (:func:`told_as_cause`).

    Returns:
        The sentence's text, of the same length, those words made blanks.
    """
    text = features.sentence_text(k)
    if not causes:
        return text
    start = features.sentences[k].start
    words = (m.span() for at in causes if (m := _WORD.match(text, at - start)) is not None)
    return blanked(text, words)
