"""Happenings a sentence tells as not done.

"The Angels chose not to make an offer", "police did not arrest anyone", "the firm
declined to make a bid", "the talks failed to reach an agreement": a verb the parse tells
with "not", or the infinitive right after a verb of refusal or failure ("declined to",
"refused to", "failed to"), tells no happening, and neither does the eventive noun that
is its object (the offer not made). Such a word is no mention of a happening's event, in
small folders and large: a reader beside the Angels' offer does not want "chose not to
make an offer" to another player as its cross-reference. The refusal itself stays a
happening ("the board refused").
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.events.features import TriggerFeatures
from tui.core.events.small import infinitive_after

#: Verbs whose to-infinitive is not done ("declined to make a bid", "failed to agree").
NOT_DONE_AFTER = frozenset({"decline", "refuse", "fail"})


def told_as_undone(triggers: Sequence[TriggerFeatures], text: str) -> frozenset[int]:
    """The triggers a sentence tells as not done: each verb told with "not" or as the
    to-infinitive of a verb of :data:`NOT_DONE_AFTER`, and the eventive noun that is
    such a verb's object.

    Args:
        triggers: The sentence's triggers (their arguments from the parse).
        text: The article's text (the triggers' offsets are into it).

    Returns:
        The start offsets of those triggers.
    """
    undone = [t for t in triggers if t.pos == "VERB" and t.neg]
    for t in triggers:
        if t.pos == "VERB" and t.lemma in NOT_DONE_AFTER:
            after = infinitive_after(t, triggers, text)
            if after is not None:
                undone.append(after)
    out: set[int] = set()
    for verb in undone:
        out.add(verb.start)
        for arg in verb.args:
            if arg.role != "obj":
                continue
            # (the object's head is the first trigger of its lemma from where its phrase
            # opens: "an eight-year offer" opens at "an")
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
