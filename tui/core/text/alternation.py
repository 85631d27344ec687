"""Regular-expression alternations of literal words, longest first, written as a trie (same matches, faster)."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A trie of words: a character -> the trie of what follows it; ``""`` marks a word's end.
_Trie = dict[str, "_Trie"]


def words_pattern(words: Iterable[str], *, ignore_case: bool = False, trie: bool = True) -> str:
    """A pattern that matches as ``word1|word2|...`` does with the longest words first.

    Python's ``re`` tries each alternative in turn at every position; the same words
    as a trie (``(?:n(?:ew york|iger(?:ia)?)|...)``) are tried a character at a time, a
    longer word before the shorter one it starts with, so the same match comes first.
    When two characters at one branch could match the same text (``a`` and ``A``
    under ``re.IGNORECASE``), the plain alternation is returned instead.

    Args:
        words: The literal words (escaped here).
        ignore_case: The pattern will be compiled with ``re.IGNORECASE``.
        trie: False for the plain alternation: ten times cheaper to build, for a
            pattern of a few words made for one text (a trie pays for a table's).

    Returns:
        A pattern without a group of its own around it (wrap it in ``(?:...)``);
        empty when there are no words, as the plain alternation is.
    """
    unique = sorted(set(words))
    plain = "|".join(re.escape(w) for w in sorted(unique, key=len, reverse=True))
    if not trie or not unique:
        return plain
    root: _Trie = {}
    for word in unique:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root) if _branches_apart(root, ignore_case) else plain


def _branches_apart(node: _Trie, ignore_case: bool) -> bool:
    """No text character matches two branches of one node (always so when case counts)."""
    if ignore_case:
        # ASCII characters meet under IGNORECASE only as their lower case; others ask ``re``.
        ascii_lower = [ch.lower() for ch in node if ch.isascii()]
        if len(set(ascii_lower)) < len(ascii_lower) - ("" in node):
            return False
        others = [ch for ch in node if not ch.isascii()]
        for a in others:
            if any(b != a and re.fullmatch(re.escape(a), b, re.IGNORECASE) for b in node if b):
                return False
    return all(_branches_apart(child, ignore_case) for child in node.values())


def _render(node: _Trie) -> str:
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here is tried after the longer ones through it (greedy "?").
    return f"(?:{body})?" if "" in node else body
