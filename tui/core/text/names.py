"""Names reduced to what identifies them, and slugs: the one normalisation behind every name key and id.

``Acme Holdings Ltd.``, ``the Acme Group's`` and ``ＡＣＭＥ`` all come to the
tokens ``("acme",)``; ``U.S.`` to ``("us",)``; ``ロバート・リー氏`` to
``("ロバート", "リー")``. No label is needed: the same name gets the same key
whatever a model took it for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

#: Words that may follow a company's name without changing which company it is.
LATIN_LEGAL_SUFFIXES = (
    "Group",
    "Holdings",
    "Holding",
    "Ltd.",
    "Ltd",
    "Limited",
    "Inc.",
    "Inc",
    "Incorporated",
    "Corp.",
    "Corp",
    "Corporation",
    "Co.",
    "plc",
    "PLC",
    "LLC",
    "LLP",
    "GmbH",
    "N.V.",
    "NV",
    "S.A.",
    "SA",
    "SpA",
    "S.p.A.",
    "B.V.",
    "BV",
    "AG",
    "Plc",
    "Co",
    "Cos",
    "Bhd",
    "Pty",
    "Oy",
    "KK",
    "L.P.",
    "LP",
    "SARL",
    "N.A.",
    "NA",
    "AB",
    "Ab",
    "ASA",
    "Oyj",
)
JAPANESE_LEGAL_SUFFIXES = ("グループ", "ホールディングス", "ホールディング", "リミテッド")
JAPANESE_COMPANY_MARKERS = ("社", "株式会社")
#: Titles and honorifics written after a Japanese name (ロバート・リー氏).
JAPANESE_HONORIFICS = ("氏", "さん", "様", "社長", "会長", "主席", "首相")

#: Name tokens (lower case, no dots) dropped from the end of a name: legal forms.
_LEGAL_TOKENS = frozenset(s.lower().replace(".", "") for s in LATIN_LEGAL_SUFFIXES) | {
    "company",
    "se",
    "bhd",
    "kk",
    *JAPANESE_LEGAL_SUFFIXES,
    *JAPANESE_COMPANY_MARKERS,
}
#: A legal form written before a company's name (Swedish "AB Volvo"): dropped from its key.
_LEADING_LEGAL = frozenset({"ab"})
_JAPANESE_GLUED = (*JAPANESE_COMPANY_MARKERS, *JAPANESE_LEGAL_SUFFIXES)
#: A place name's first word as news shortens it, written in full ("Mt Cook" is "Mount
#: Cook", "ST PAUL" the town tables' "Saint Paul").
PLACE_OPENINGS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
#: A son's generation after his name ("Jr."): not a word of the name's key. (A father's
#: "Sr." and a numeral, "III", stay: they are written to tell two people apart.)
JUNIOR = "jr"
_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_INNER_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
#: The full stop after an initial (``U.S.``, ``J.D.``, ``N.V.``): dropped, so initials stay one word.
_INITIAL_DOT = re.compile(r"\b([^\W\d_])\.")
_NAME_SPLIT = re.compile(r"[\s・·]+")


def slug(text: str, ascii_only: bool = False) -> str:
    """Lower-case words joined by ``-``: ``Jane Doe`` -> ``jane-doe``, ``value_loss`` -> ``value-loss``.

    Args:
        text: Any text.
        ascii_only: Fold accents away and drop what is not ASCII (``Müller`` -> ``muller``).

    Returns:
        The slug; empty if ``text`` has no letters or digits.
    """
    if ascii_only:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(_WORD.findall(text.casefold()))


def strip_possessive(text: str) -> str:
    """``Acme's`` and ``Acme’s`` become ``Acme``; ``Reuters'`` becomes ``Reuters``."""
    return _POSSESSIVE.sub("", text)


def name_words(text: str) -> list[str]:
    """The words of a name as written: split at spaces and the katakana middle dot."""
    return [t for t in _NAME_SPLIT.split(strip_possessive(text.strip())) if t]


#: The Arabic article glued to a family name ("al-Rifa'i", "el-Baradei", "Al-Sabah"):
#: later mentions may drop it ("Rifa'i said").
_ARTICLE_GLUED = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Aa]dh)[-‑](?=[A-Z])")


def name_word_forms(word: str) -> list[str]:
    """The ways a later mention may write one word of a full name: the word, and for a
    family name with the Arabic article glued on, the name without it."""
    bare = _ARTICLE_GLUED.sub("", word)
    return [word] if bare == word else [word, bare]


def name_tokens(text: str) -> tuple[str, ...]:
    """A name as comparable tokens.

    Width, case, the dots of initials (``U.S.``), possessives, a leading "the",
    a Japanese honorific, legal forms at the end (``Holdings``, ``Ltd.``, ``N.V.``,
    ``社``) and a son's "Jr." after his name (news drops it after the first mention:
    "Ray Calder Jr." is "Ray Calder") go; a name that is nothing but a legal form keeps
    it. A place's shortened first word is written in full (:data:`PLACE_OPENINGS`: "Mt
    Cook" is "Mount Cook").
    Other punctuation separates words (``SI.com`` is ``si``, ``com``).

    Args:
        text: The name as written.

    Returns:
        Lower-case words; empty if the text has no letters or digits.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    for honorific in JAPANESE_HONORIFICS:
        if text.endswith(honorific) and len(text) > len(honorific) + 1:
            text = text[: -len(honorific)]
    text = _INITIAL_DOT.sub(r"\1", _INNER_POSSESSIVE.sub("", strip_possessive(text)))
    tokens = _WORD.findall(text.casefold())
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    tokens = place_in_full(tokens)
    if len(tokens) > 1 and tokens[0] in _LEADING_LEGAL:
        tokens = tokens[1:]  # "AB Volvo" is Volvo AB
    # Legal forms go from the end while a word of the name itself is left ("Acme Bros
    # and Co Ltd" -> acme bros); a name of legal forms alone ("Co Ltd") keeps them all.
    while (
        len(tokens) > 1
        and (tokens[-1] in _LEGAL_TOKENS or tokens[-1] in ("and", "&"))
        and any(t not in _LEGAL_TOKENS and t not in ("and", "&") for t in tokens[:-1])
    ):
        tokens.pop()
    if len(tokens) > 1 and tokens[-1] == JUNIOR:
        tokens.pop()
    if len(tokens) == 1:
        tokens = [_without_glued_suffix(tokens[0])]
    return tuple(tokens)


def place_in_full(words: Sequence[str]) -> list[str]:
    """A name's words in lower case with a place's shortened first word written in full
    (:data:`PLACE_OPENINGS`: ``mt cook`` -> ``mount cook``, ``st. paul`` -> ``saint
    paul``); a word alone stays as it is."""
    full = PLACE_OPENINGS.get(words[0].rstrip(".")) if len(words) > 1 else None
    return [full, *words[1:]] if full is not None else list(words)


def _without_glued_suffix(word: str) -> str:
    """``アクメ社`` -> ``アクメ``: Japanese legal forms are written against the name."""
    changed = True
    while changed:
        changed = False
        for suffix in _JAPANESE_GLUED:
            if word.endswith(suffix) and len(word) > len(suffix):
                word, changed = word[: -len(suffix)], True
    return word


def normalise_name(text: str) -> str:
    """The name key: :func:`name_tokens` joined by ``-`` (``Acme Holdings Ltd.`` -> ``acme``)."""
    return "-".join(name_tokens(text))
