"""One case's successive happenings (the act, the arrest, the trial, the sentence) kept apart.

A case runs through phases of ``data/event_families.yaml`` (``phases``): a shooting, the
gunman's arrest, his trial, his sentence; a bid and the completed deal; a quake and its
aftershock. Reports of a later phase recall the earlier ones, so the events of a large
folder would otherwise gather every phase of a case in one: a reader beside "was
sentenced to life" wants the other reports of the sentence, not of the killing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tui.core.events.features import TriggerFeatures
from tui.core.events.small import vocabulary

#: A phase: (case, its place in the case's course).
Phase = tuple[int, int]

#: A sentence's head clause: its root, or what a root verb of saying reports.
HEAD_DEPS = frozenset({"ROOT", "ccomp"})


def phases_of(lemmas: Iterable[str]) -> frozenset[Phase]:
    """The phases the lemmas tell.

    Args:
        lemmas: Trigger lemmas (or concept keys).

    Returns:
        Their (case, phase) pairs; lemmas of no case give none.
    """
    table = vocabulary().phases
    return frozenset(p for lemma in lemmas if (p := table.get(lemma)) is not None)


def concept_phases(concepts: Mapping[str, str]) -> dict[str, frozenset[Phase]]:
    """Each concept key's phases, from its lemmas and its own key.

    Args:
        concepts: Lemma -> concept key.

    Returns:
        Concept key -> the phases its lemmas tell (keys of no case left out).
    """
    out: dict[str, set[Phase]] = {}
    for lemma, key in concepts.items():
        found = phases_of((lemma, key))
        if found:
            out.setdefault(key, set()).update(found)
    return {key: frozenset(ps) for key, ps in out.items()}


def head_phases(triggers: Sequence[TriggerFeatures]) -> frozenset[Phase]:
    """The phases a sentence's head clause tells (its root, or what a root verb of
    saying reports; in a headline without one, its first verb: "Prisoner captured after
    a week on the run"): "was sentenced to life for the killing" tells the sentence only.

    Args:
        triggers: The sentence's usable triggers.

    Returns:
        Their head triggers' phases.
    """
    heads = [t for t in triggers if t.dep in HEAD_DEPS and not t.neg]
    if not heads:
        heads = [t for t in triggers if t.pos == "VERB" and not t.neg][:1]
    return phases_of(t.lemma for t in heads)


def phases_apart(a: Iterable[Phase], b: Iterable[Phase]) -> bool:
    """Whether two sets of phases tell different phases of one case, none in common:
    an arrest's and a sentence's, not a killing's and a quake's.

    Args:
        a: One side's phases.
        b: The other's.

    Returns:
        True when, for some case, both sides tell phases of it and share none.
    """
    mine: dict[int, set[int]] = {}
    for case, phase in a:
        mine.setdefault(case, set()).add(phase)
    theirs: dict[int, set[int]] = {}
    for case, phase in b:
        theirs.setdefault(case, set()).add(phase)
    return any(case in theirs and not steps & theirs[case] for case, steps in mine.items())
