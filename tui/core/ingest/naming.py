"""Article file names: ``{date}_{source}_{title}.txt``, ASCII, bounded, stable and collision-safe."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Container

#: Longest slug of a source and of a title.
SOURCE_CHARS = 24
TITLE_CHARS = 60

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str | None, limit: int) -> str:
    """Lower-case ASCII words joined by ``-``, cut at a word boundary within ``limit``.

    Accents are dropped (``Zürich`` → ``zurich``); scripts without an ASCII
    spelling (Japanese) give ``''``.
    """
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(words) <= limit:
        return words
    cut = words[: limit + 1]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut[:limit]).strip("-")


def article_stem(day: str | None, source: str | None, title: str | None, text: str) -> str:
    """The file name (without ``.txt``) for an article.

    Args:
        day: ``YYYY-MM-DD``, or None (``undated``).
        source: Publisher or host.
        title: Headline; without an ASCII spelling, a digest of the text stands in.
        text: The article text.

    Returns:
        ``2026-11-29_reuters_fed-raises-rates``: the same article always gets the same stem.
    """
    title_part = slug(title, TITLE_CHARS)
    if not title_part:
        title_part = "article-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return f"{day or 'undated'}_{slug(source, SOURCE_CHARS) or 'unknown'}_{title_part}"


def unique_stem(stem: str, taken: Container[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3`` … : the first not in ``taken``."""
    if stem not in taken:
        return stem
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"
