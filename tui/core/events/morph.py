"""Derivational morphology for linking (no model): the verb a noun trigger derives from.

Temporary copy: the triggers engineer moves the string rules to ``tui/core/text/``;
this file is replaced by that module once it is in main.
"""

from __future__ import annotations

from collections.abc import Container

NOMINAL_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ance",
    "ence",
    "ure",
    "al",
    "ing",
    "age",
    "ery",
    "ry",
    "y",
)

#: ``-tion`` / ``-sion`` stems: (ending of the stem, what the verb ends with instead).
_TION = (
    ("a", "e"),
    ("a", "ate"),
    ("a", ""),
    ("i", "e"),
    ("si", "se"),
    ("i", "ire"),
    ("", "d"),
    ("", "de"),
    ("s", "t"),
    ("s", "d"),
    ("s", "de"),
    ("", "t"),
    ("p", "ve"),
    ("u", "ve"),
    ("si", "re"),
    ("i", ""),
)


def deverbal_stem(lemma: str, suffix: str, verbs: Container[str]) -> str | None:
    """The verb a suffix nominalisation derives from, among ``verbs``.

    shooting -> shoot, robbery -> rob, arrival -> arrive, trial -> try,
    decision -> decide, explosion -> explode, acquisition -> acquire.

    Args:
        lemma: The noun.
        suffix: One of :data:`NOMINAL_SUFFIXES` it ends with.
        verbs: The verbs it may derive from.

    Returns:
        The verb, or None.
    """
    stem = lemma[: -len(suffix)]
    candidates = [stem, stem + "e"]
    if stem.endswith("i"):
        candidates += [stem[:-1] + "y", stem[:-1] + "e"]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    if suffix in ("tion", "sion"):
        for end, verb_end in _TION:
            if stem.endswith(end):
                candidates.append(stem[: len(stem) - len(end)] + verb_end)
        if suffix == "tion" and stem.endswith("c"):
            candidates.append(stem[:-1] + "ce")
    if suffix in ("ance", "ence"):
        candidates += [stem + "y", stem + "ate"]
    for candidate in candidates:
        if len(candidate) >= 3 and candidate in verbs:
            return candidate
    return None


def base_verb(lemma: str, verbs: Container[str]) -> str | None:
    """The verb a noun trigger's lemma is, or derives from (killing -> kill), or None.

    Args:
        lemma: The noun's lemma.
        verbs: The verbs it may be or derive from.

    Returns:
        The verb, or None.
    """
    if lemma in verbs:
        return lemma
    for suffix in NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) >= len(suffix) + 3:
            verb = deverbal_stem(lemma, suffix, verbs)
            if verb:
                return verb
    return None
