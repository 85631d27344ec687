"""Derivational morphology of English event words, by spelling rules alone (no model).

Shared by the annotator, which decides whether a noun tells a happening
(``shooting``, ``robbery``, ``earthquake``, ``takeover``), and by the linker,
which maps a noun trigger onto its verb (``killing`` -> ``kill``,
``acquisition`` -> ``acquire``). The verbs are a set the caller gives: the
model's lemmatizer verb index at annotate time, the corpus's verb triggers at
link time.
"""

from __future__ import annotations

from collections.abc import Collection

#: Suffixes that make a noun from a verb, longest first where one ends another.
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
#: Particles that make a noun from a verb when written after it: takeover, shootout, walkout.
PARTICLES = ("over", "out", "down", "up", "off", "back", "in", "away")
#: Spelling changes of ``-tion`` / ``-sion`` nouns: (end of the stem, end of the verb).
_TION_CHANGES = (
    ("a", "e"),  # preparation -> prepare
    ("a", "ate"),  # creation -> create
    ("a", ""),  # consideration -> consider
    ("i", "e"),  # definition -> define
    ("si", "se"),
    ("i", "ire"),  # acquisition -> acquire
    ("", "d"),  # extension -> extend
    ("", "de"),  # decision -> decide, explosion -> explode
    ("s", "t"),  # admission -> admit
    ("s", "d"),
    ("s", "de"),
    ("", "t"),
    ("p", "ve"),
    ("u", "ve"),  # resolution -> resolve
    ("si", "re"),
    ("i", ""),
)


def deverbal_stem(lemma: str, suffix: str, verbs: Collection[str]) -> str | None:
    """The verb a suffixed noun derives from, by spelling rules.

    Args:
        lemma: The noun, lower case (``shooting``, ``robbery``, ``arrival``, ``trial``).
        suffix: One of :data:`NOMINAL_SUFFIXES` that ``lemma`` ends with.
        verbs: The known verbs.

    Returns:
        The verb (``shoot``, ``rob``, ``arrive``, ``try``), or None.
    """
    stem = lemma[: -len(suffix)]
    candidates = [stem, stem + "e"]
    if stem.endswith("i"):
        candidates += [stem[:-1] + "y", stem[:-1] + "e"]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # robbery -> rob
    if suffix in ("tion", "sion"):
        for stem_end, verb_end in _TION_CHANGES:
            if stem.endswith(stem_end):
                candidates.append(stem[: len(stem) - len(stem_end)] + verb_end)
        if suffix == "tion" and stem.endswith("c"):
            candidates.append(stem[:-1] + "ce")  # reduction -> reduce
    if suffix in ("ance", "ence"):
        candidates += [stem + "y", stem + "ate"]
    return next((c for c in candidates if len(c) >= 3 and c in verbs), None)


def base_verb(lemma: str, verbs: Collection[str]) -> str | None:
    """The verb a noun trigger's lemma is, or derives from by a suffix.

    Args:
        lemma: The noun, lower case (``killing``, ``acquisition``, ``attack``).
        verbs: The known verbs.

    Returns:
        ``kill``, ``acquire``, ``attack``; None when no rule finds a known verb.
    """
    if lemma in verbs:
        return lemma
    for suffix in NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) >= len(suffix) + 3:
            verb = deverbal_stem(lemma, suffix, verbs)
            if verb:
                return verb
    return None


def noun_basis(lemma: str, verbs: Collection[str]) -> str | None:
    """Why a common noun may tell a happening, from its spelling alone.

    Args:
        lemma: The noun, lower case.
        verbs: The known verbs.

    Returns:
        ``verb-noun`` (the noun is a verb: attack, arrest, quake), ``suffix`` (a
        nominalisation of a known verb: shooting, robbery, arrival),
        ``verb-particle`` (takeover, shootout), ``compound`` (its tail of five
        letters or more is a verb: earthquake), or None.
    """
    if len(lemma) < 3 or not lemma.isalpha():
        return None
    if lemma in verbs:
        return "verb-noun"
    for suffix in NOMINAL_SUFFIXES:
        if len(lemma) >= len(suffix) + 3 and lemma.endswith(suffix):
            if deverbal_stem(lemma, suffix, verbs):
                return "suffix"
    for particle in PARTICLES:
        if lemma.endswith(particle) and len(lemma) - len(particle) >= 3:
            if lemma[: -len(particle)] in verbs:
                return "verb-particle"
    if any(lemma[i:] in verbs for i in range(3, len(lemma) - 4)):
        return "compound"  # earth+quake, fire+fight
    return None
