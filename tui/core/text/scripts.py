"""Which script a character is written in (kanji, kana, Latin ...), and so which language.

The one character classifier of the package. Japanese is told apart by Unicode
blocks (:data:`RANGES`); Latin letters by their Unicode name. Callers that need
a character class in a regular expression build it from the same table with
:func:`char_class`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

Script = Literal["han", "hiragana", "katakana", "cjk_mark", "latin", "digit", "space", "other"]

#: Japanese scripts by Unicode block: ``(first, last, script)``, in order, not overlapping.
RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x3000, 0x3004, "cjk_mark"),  # the ideographic space, 、。
    (0x3005, 0x3006, "han"),  # 々 〆: written as kanji
    (0x3007, 0x303F, "cjk_mark"),  # 「」 and the like
    (0x3040, 0x309F, "hiragana"),
    (0x30A0, 0x30A0, "cjk_mark"),  # ゠
    (0x30A1, 0x30FA, "katakana"),
    (0x30FB, 0x30FB, "cjk_mark"),  # ・ the middle dot between the words of a name
    (0x30FC, 0x30FF, "katakana"),  # ー and the katakana iteration marks
    (0x31F0, 0x31FF, "katakana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
    (0xFF66, 0xFF9F, "katakana"),  # half-width
)
#: The scripts of Japanese letters (not its punctuation).
JAPANESE_LETTERS: frozenset[Script] = frozenset({"han", "hiragana", "katakana"})
#: The language a script is read as: Japanese punctuation is Japanese, digits are neither.
SCRIPT_LANGUAGES: dict[Script, str] = {
    "han": "ja",
    "hiragana": "ja",
    "katakana": "ja",
    "cjk_mark": "ja",
    "latin": "en",
}


@lru_cache(maxsize=4096)
def script_of(ch: str) -> Script:
    """The script of one character.

    Args:
        ch: A single character.

    Returns:
        ``han`` (kanji), ``hiragana``, ``katakana``, ``cjk_mark`` (Japanese
        punctuation and spacing), ``latin`` (letters), ``digit`` (ASCII 0-9),
        ``space`` or ``other``.
    """
    code = ord(ch)
    for first, last, script in RANGES:
        if first <= code <= last:
            return script
    if "0" <= ch <= "9":
        return "digit"
    if ch.isspace():
        return "space"
    if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return "other"


def language_of(ch: str) -> str | None:
    """``ja`` for Japanese script (punctuation included), ``en`` for Latin letters, else None."""
    return SCRIPT_LANGUAGES.get(script_of(ch))


def script_counts(text: str) -> Counter[Script]:
    """How many characters of each script ``text`` holds."""
    counts: Counter[Script] = Counter()
    # Classify each distinct character once (Counter runs in C).
    for ch, times in Counter(text).items():
        counts[script_of(ch)] += times
    return counts


def letter_counts(text: str) -> tuple[int, int]:
    """Latin letters and Japanese letters (kana, kanji; not punctuation) in ``text``."""
    counts = script_counts(text)
    return counts["latin"], sum(counts[s] for s in JAPANESE_LETTERS)


def text_language(text: str) -> str | None:
    """``ja`` or ``en`` for a sentence, None if it has no letters (see :func:`dominant_language`)."""
    return dominant_language(*letter_counts(text))


def dominant_language(latin: int, japanese: int) -> str | None:
    """``ja`` or ``en`` from a text's :func:`letter_counts`, None if it has no letters.

    One Japanese character carries about as much as three Latin letters, so a
    Japanese sentence with a Latin name in it stays Japanese, and an English one
    quoting a Japanese name stays English.
    """
    if japanese and japanese * 3 >= latin:
        return "ja"
    if latin:
        return "en"
    return None


def char_class(scripts: Iterable[Script], extra: str = "") -> str:
    """The inside of a regular-expression class for the Japanese ``scripts`` of :data:`RANGES`.

    Args:
        scripts: Scripts of the table (``han``, ``katakana`` ...).
        extra: Characters (or ranges) to add, already escaped for a class.

    Returns:
        Text to put between ``[`` and ``]``.
    """
    wanted = set(scripts)
    parts = [
        chr(first) if first == last else f"{chr(first)}-{chr(last)}"
        for first, last, script in RANGES
        if script in wanted
    ]
    return "".join(parts) + extra
