"""Version marks in news copy: a name and a dotted number (``Firefox 3.0.5``, ``iOS 6.1``)."""

from __future__ import annotations

import re

#: A capitalised name (not the first word of a sentence), then a dotted number of small
#: parts; not a figure (``Acme 2.5 billion``, ``Index 3.2%``) nor a date or time.
VERSION = re.compile(
    r"(?<=[\w,;:()'\"] )(?P<name>i?[A-Z][A-Za-z]{1,20})[ -]v?(?P<number>\d{1,3}(?:\.\d{1,3}){1,3})"
    r"(?![\d.]*\d)(?!\s?(?:%|per|percent|million|billion|trillion|bn|mn|m\b|[ap]\.?m\b))"
)


def versions(text: str) -> frozenset[tuple[str, str]]:
    """The versions the text names.

    Args:
        text: A headline and a lead.

    Returns:
        (name, number) pairs, the name in lower case (``("firefox", "3.0.5")``).
    """
    return frozenset((m.group("name").lower(), m.group("number")) for m in VERSION.finditer(text))


def versions_conflict(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Two texts name one product at versions that cannot be one another: for a name
    both give, no number of one is the other's or the start of it (``3.0`` and ``3.0.5``
    may be one release; ``3.0.5`` and ``2.0.0.4`` are not).

    Args:
        a: One text's versions (:func:`versions`).
        b: The other's.

    Returns:
        True if some name both give has no number in common.
    """
    names = {n for n, _ in a} & {n for n, _ in b}
    for name in sorted(names):
        xs = [v for n, v in a if n == name]
        ys = [v for n, v in b if n == name]
        if not any(_compatible(x, y) for x in xs for y in ys):
            return True
    return False


def _compatible(x: str, y: str) -> bool:
    """Equal, or one the leading parts of the other."""
    px, py = x.split("."), y.split(".")
    k = min(len(px), len(py))
    return px[:k] == py[:k]
