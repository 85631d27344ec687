"""The one slug wrapper behind ids made from names (knowledge-base ids, event ids).

Its two callers want different slugs today: knowledge-base ids keep any script's
word characters (``株式会社`` stays), event ids fold to ASCII. The text layer's
``slug()`` is to replace this body; until then each caller's output is unchanged.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+")
_NOT_ASCII_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str, *, ascii_only: bool) -> str:
    """``text`` lower-cased with every run of other characters turned into one ``-``.

    Args:
        text: A name or a title.
        ascii_only: Fold to ASCII letters and digits (accents dropped, other scripts
            dropped); else keep the word characters of any script.

    Returns:
        The slug, without a ``-`` (or ``_``) at either end; may be empty.
    """
    if ascii_only:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        return _NOT_ASCII_WORD.sub("-", folded).strip("-")
    return _NOT_WORD.sub("-", text.casefold()).strip("-_")
