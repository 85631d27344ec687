"""Reading one quantity typed as plain text (``US$36.8 billion``, ``約96億ドル``), without spaCy.

The text is cut into the tokens the lexer reads (numbers with whatever is glued
to them, words, single symbols; Japanese runs by longest dictionary match),
then :mod:`~tui.core.nlp.quantities.lexer` and
:mod:`~tui.core.nlp.quantities.meaning` read it as extraction does.
"""

from __future__ import annotations

import re
import unicodedata

from tui.core.model.schema import Qualifier
from tui.core.nlp.quantities.lexer import PHRASES, lex_tokens, normal
from tui.core.nlp.quantities.meaning import Meaning, interpret, singular

# A plain string split into tokens the lexicon can read: numbers with whatever is
# glued to them, words, and single symbols. Japanese runs are split further below.
_PLAIN_TOKEN = re.compile(
    r"[A-Za-z.]*\$|\d[\d,.]*/\d[\d,.]*(?![\d/])"  # a fraction or a quote pair: 1/8, 420.00/420.50
    r"|[^\W\d_]*\d[\d,.]*(?:[万億兆][\d,.]*)*[A-Za-z]*|[A-Za-z][A-Za-z.]*|[^\w\s]|\w+"
)


def _segment_japanese(run: str) -> list[str]:
    """Split a run of Japanese by longest dictionary match (``円超`` -> ``円``, ``超``)."""
    out: list[str] = []
    i = 0
    while i < len(run):
        for length in range(min(10, len(run) - i), 0, -1):
            if run[i : i + length] in PHRASES or length == 1:
                out.append(run[i : i + length])
                i += length
                break
    return out


def _plain_tokens(text: str) -> tuple[list[str], list[bool]]:
    words: list[str] = []
    spaces: list[bool] = []
    text = unicodedata.normalize("NFKC", text)
    for match in _PLAIN_TOKEN.finditer(text):
        token = match.group()
        if not token.isascii():
            pieces: list[str] = []
            for part in re.findall(r"\d[\d,.]*(?:[万億兆][\d,.]*)*|\D+", token):
                pieces += [part] if part[:1].isdigit() else _segment_japanese(part)
        elif token.endswith(".") and len(token) > 1 and normal(token) not in PHRASES:
            pieces = [token[:-1], "."]
        else:
            pieces = [token]
        for k, piece in enumerate(pieces):
            words.append(piece)
            spaces.append(k == len(pieces) - 1 and text[match.end() : match.end() + 1] == " ")
    return words, spaces


def read_quantity(text: str) -> Meaning | None:
    """What one quantity expression typed as plain text says, label included.

    Args:
        text: One expression: ``US$36.8 billion``, ``約3割``, ``more than 5 per cent``.

    Returns:
        Label, value, unit and qualifier; None when the text holds no number.
    """
    words, spaces = _plain_tokens(text)
    lexes = lex_tokens(words, spaces)
    if not any(lex is not None and lex.kind not in ("QPRE", "QPOST", "WEAK") for lex in lexes):
        return None
    noun = None
    if lexes and lexes[-1] is None and re.fullmatch(r"[a-z]+", words[-1].lower()):
        noun = singular(words[-1].lower())  # "96 million shares" -> share
    meaning = interpret(lexes, noun)
    if meaning is None or meaning.value is None:
        return None
    return meaning


def parse_quantity(text: str, lang: str = "en") -> tuple[float, str | None, Qualifier] | None:
    """Value, unit and qualifier of one quantity expression typed as plain text.

    Args:
        text: One expression: ``US$36.8 billion``, ``約3割``, ``more than 5 per cent``.
        lang: ``en`` or ``ja`` (the tables hold both; kept for symmetry).

    Returns:
        ``(value, unit, qualifier)``, or None when the text holds no number.
    """
    meaning = read_quantity(text)
    if meaning is None or meaning.value is None:
        return None
    return meaning.value, meaning.unit, meaning.qualifier
