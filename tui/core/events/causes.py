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
