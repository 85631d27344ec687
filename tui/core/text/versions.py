"""Version marks in news copy: a name and a dotted number (``Firefox 3.0.5``, ``iOS 6.1``)."""

from __future__ import annotations

import re

#: A capitalised name (not a sentence's first word, not all capitals), then a release
#: number: three or four parts (``Browsr 3.0.5``), or two after ``version`` / ``v``
#: (``Browsr version 3.6``, ``Pylon v3.11``). Two parts alone are mostly figures and
#: table cells (``Iguodala 14.9``, ``Wheat 2.55``).
VERSION = re.compile(
    r"(?<=[\w,;:()'\"] )(?P<name>(?:i[A-Z]|[A-Z])[a-z][A-Za-z]{0,19}) "
    r"(?:(?P<number>\d{1,3}(?:\.\d{1,3}){2,3})|(?:[Vv]ersion |v)(?P<short>\d{1,3}(?:\.\d{1,3}){1,3}))"
    r"(?![\d.]*\d)"
)


def versions(text: str) -> frozenset[tuple[str, str]]:
    """The versions the text names.

    Args:
        text: A headline and a lead.

    Returns:
        (name, number) pairs, the name in lower case (``("firefox", "3.0.5")``).
    """
    return frozenset(
        (m.group("name").lower(), m.group("number") or m.group("short"))
        for m in VERSION.finditer(text)
    )


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
