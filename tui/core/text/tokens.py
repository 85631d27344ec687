"""Token boundaries for the editing cursor: a character-class split that works in any script.

Runs of Latin letters and digits (with inner ``.,'’-`` between them, so
``36.8``, ``1,000`` and ``don't`` stay whole) form one token; so do runs of
kanji, of hiragana and of katakana; every other visible character
(punctuation, symbols) is a token on its own; whitespace separates tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from tui.core.text.scripts import script_of

_INNER = frozenset(".,'’-")


#: Script -> token class; other characters are ``space``, ``word`` or ``mark``.
_CLASSES = {"han": "kanji", "hiragana": "hiragana", "katakana": "katakana"}


def char_class(ch: str) -> str:
    """``kanji``, ``hiragana``, ``katakana``, ``word``, ``space`` or ``mark``."""
    if ch in "ヵヶ":  # counters written in katakana: ヶ月 is one word
        return "kanji"
    kind = _CLASSES.get(script_of(ch))
    if kind is not None:
        return kind
    if ch.isspace():
        return "space"
    if ch.isalnum():
        return "word"
    return "mark"


def tokenize(text: str) -> tuple[tuple[int, int], ...]:
    """Every token of ``text`` as ``(start, end)`` code-point offsets, in order.

    Args:
        text: Any text.

    Returns:
        The tokens; whitespace belongs to none.
    """
    tokens: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        kind = char_class(text[i])
        if kind == "space":
            i += 1
            continue
        j = i + 1
        if kind == "mark":
            tokens.append((i, j))
            i = j
            continue
        while j < n:
            nxt = char_class(text[j])
            if nxt == kind:
                j += 1
            elif (
                kind == "word"
                and text[j] in _INNER
                and j + 1 < n
                and char_class(text[j + 1]) == "word"
            ):
                j += 2
            else:
                break
        tokens.append((i, j))
        i = j
    return tuple(tokens)


def token_at(tokens: Sequence[tuple[int, int]], offset: int) -> int:
    """Index of the token holding ``offset``, else of the last token before it (0 if none)."""
    starts = [start for start, _ in tokens]
    return max(0, bisect_right(starts, offset) - 1)


def is_word(text: str, token: tuple[int, int]) -> bool:
    """True for tokens of letters, digits or Japanese script (not lone punctuation)."""
    return char_class(text[token[0]]) != "mark"
