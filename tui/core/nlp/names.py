"""Canonical names: one id for every way an article names the same person, company or place.

Ids come from the knowledge base where an alias matched. Otherwise they are
derived from the normalised surface form (``auto:person:ada-ng``), so the
same name gets the same id in every article without any shared state, and a
short form is resolved within its article: "Ng" after "Ada Ng" takes the
full name's id; "Acme Holdings Ltd." and "Acme's" normalise alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tui.core.model.schema import Entity
from tui.core.nlp.kb import JAPANESE_COMPANY_MARKERS, JAPANESE_LEGAL_SUFFIXES, LATIN_LEGAL_SUFFIXES

#: Labels whose every mention gets a ``kb_id``.
CANONICAL_LABELS = frozenset({"PERSON", "ORG", "GPE"})

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_HONORIFICS_JA = ("氏", "さん", "様", "社長", "会長", "主席", "首相")
_LEGAL_WORDS = frozenset(s.lower().rstrip(".") for s in LATIN_LEGAL_SUFFIXES) | {"co", "company"}
_SPLIT = re.compile(r"[\s・·]+")


def strip_possessive(text: str) -> str:
    """``Acme's`` and ``Acme’s`` become ``Acme``; ``Reuters'`` becomes ``Reuters``."""
    return _POSSESSIVE.sub("", text)


def name_tokens(text: str) -> list[str]:
    """The words of a name: split at spaces and the katakana middle dot."""
    return [t for t in _SPLIT.split(strip_possessive(text.strip())) if t]


def normalise_name(text: str, label: str) -> str:
    """The surface form reduced to what identifies the entity.

    Case, width, dots (``U.S.``), a leading "the", a possessive and, for
    organisations, trailing legal suffixes (``Holdings``, ``Ltd.``, ``社``) go.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    text = _LEADING_THE.sub("", strip_possessive(text))
    if label == "PERSON":
        for honorific in _HONORIFICS_JA:
            if text.endswith(honorific) and len(text) > len(honorific) + 1:
                text = text[: -len(honorific)]
    words = [w for w in re.split(r"[\s・]+", text) if w]
    if label == "ORG":
        while len(words) > 1 and (
            words[-1].lower().rstrip(".,") in _LEGAL_WORDS
            or words[-1] in JAPANESE_LEGAL_SUFFIXES
            or words[-1] in JAPANESE_COMPANY_MARKERS
        ):
            words.pop()
        if len(words) == 1:
            word = words[0]
            changed = True
            while changed:
                changed = False
                for suffix in (*JAPANESE_COMPANY_MARKERS, *JAPANESE_LEGAL_SUFFIXES):
                    if word.endswith(suffix) and len(word) > len(suffix):
                        word, changed = word[: -len(suffix)].rstrip("・"), True
            words = [word]
    text = " ".join(words).casefold().replace(".", "")
    return re.sub(r"[^\w]+", "-", text).strip("-_")


def auto_id(text: str, label: str) -> str | None:
    """The corpus-wide id derived from a surface form, or None if nothing is left of it."""
    slug = normalise_name(text, label)
    return f"auto:{label.lower()}:{slug}" if slug else None


def _is_short_form(short: Sequence[str], full: Sequence[str]) -> bool:
    return 0 < len(short) < len(full) and all(word in full for word in short)


def resolve_ids(entities: Sequence[Entity]) -> list[Entity]:
    """Every PERSON, ORG and GPE entity with a ``kb_id``; others untouched.

    A person named by part of a longer name in the same article (nearest
    earlier full name first, else a later one) gets that name's id, unless
    the part fits two different people. Everything else keeps its knowledge
    base id or gets :func:`auto_id`.

    Args:
        entities: One article's entities in text order.

    Returns:
        The same entities, in the same order, with ids set.
    """
    people = [e for e in entities if e.label == "PERSON"]
    words = {id(e): name_tokens(e.text) for e in people}
    out: list[Entity] = []
    for entity in entities:
        if entity.label not in CANONICAL_LABELS:
            out.append(entity)
            continue
        kb_id = entity.kb_id
        if kb_id is None and entity.label == "PERSON":
            kb_id = _full_name_id(entity, people, words)
        if kb_id is None:
            kb_id = auto_id(entity.text, entity.label)
        out.append(entity if kb_id == entity.kb_id else entity.model_copy(update={"kb_id": kb_id}))
    return out


def _id_of(person: Entity) -> str | None:
    return person.kb_id or auto_id(person.text, "PERSON")


def _full_name_id(
    entity: Entity, people: Sequence[Entity], words: dict[int, list[str]]
) -> str | None:
    short = words[id(entity)]
    fuller = [p for p in people if _is_short_form(short, words[id(p)])]
    if not fuller:
        return None
    longest = max(fuller, key=lambda p: (len(words[id(p)]), p.kb_id is not None))
    one_person = all(
        p is longest
        or words[id(p)] == words[id(longest)]
        or _is_short_form(words[id(p)], words[id(longest)])
        for p in fuller
    )
    if one_person:
        known = [p for p in fuller if p.kb_id]
        return known[0].kb_id if known else _id_of(longest)
    # The short form fits two people ("Lee" after "Lee Min" and "Tom Lee"):
    # the one named most recently before it is meant.
    earlier = [p for p in fuller if p.start < entity.start]
    return _id_of(max(earlier, key=lambda p: p.start)) if earlier else None
