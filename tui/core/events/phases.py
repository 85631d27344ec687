"""One case's successive happenings (the act, the arrest, the trial, the sentence) kept apart.

A case runs through phases of ``data/event_families.yaml`` (``phases``): a shooting, the
gunman's arrest, his trial, his sentence; a bid and the completed deal; a quake and its
aftershock. Reports of a later phase recall the earlier ones, so in a large folder the
events anchored on two phases share many passages and would be bundled, or made one by
the overlap step, into one: a reader beside "was sentenced to life" wants the other
reports of the sentence, not of the killing. (A paraphrase is not turned away by its
head clause's phase: ECB+ counts "charged with killing" as a report of the killing too,
and that check cost recall there; docs/benchmarks.md.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tui.core.events.small import vocabulary

#: A phase: (case, its place in the case's course).
Phase = tuple[int, int]


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
