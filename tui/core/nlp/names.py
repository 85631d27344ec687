"""Canonical ids: one id for every way an article names the same person, company or place.

Ids come from the knowledge base where an alias matched. Otherwise they are
derived from the normalised name (``auto:ada-ng``, see
:func:`tui.core.text.names.name_tokens`), so the same name gets the same id in
every article, whatever label a model gave it, without any shared state; and a
short form is resolved within its article: "Ng" after "Ada Ng" takes the full
name's id; "Acme Holdings Ltd." and "Acme's" normalise alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model.schema import Entity
from tui.core.text.names import name_tokens, name_word_forms, name_words

#: Labels whose every mention gets a ``kb_id``.
CANONICAL_LABELS = frozenset({"PERSON", "ORG", "GPE"})
#: What every id derived from a name starts with.
AUTO_PREFIX = "auto:"


def auto_id(text: str) -> str | None:
    """The corpus-wide id derived from a name as written, or None if nothing is left of it.

    Args:
        text: The name (``Acme Holdings Ltd.``).

    Returns:
        ``auto:`` and the normalised name (``auto:acme``).
    """
    tokens = name_tokens(text)
    return tokens_id(tokens) if tokens else None


def tokens_id(tokens: Sequence[str]) -> str:
    """The id of a name already reduced to :func:`~tui.core.text.names.name_tokens`.

    Initials written before the last word are left out when two words of the name
    remain: one source's "Ivan F. Boesky" is another's "Ivan Boesky", "H. Ross Perot"
    is "Ross Perot". A name of initials ("U.S.", "J. C. Penney") keeps them: too little
    of it is left without.
    """
    words = [t for t in tokens[:-1] if not _is_initial(t)] + list(tokens[-1:])
    if len(words) < len(tokens) and sum(not _is_initial(t) for t in words) >= 2:
        tokens = words
    return AUTO_PREFIX + "-".join(tokens)


def _is_initial(token: str) -> bool:
    """A Latin letter alone, as an initial reduces to (:func:`name_tokens` drops its dot)."""
    return len(token) == 1 and "a" <= token <= "z"


def is_auto_id(kb_id: str | None) -> bool:
    """True for an id derived from a name rather than taken from the knowledge base."""
    return kb_id is not None and kb_id.startswith(AUTO_PREFIX)


def _is_short_form(short: Sequence[str], full: Sequence[str]) -> bool:
    forms = {form for word in full for form in name_word_forms(word)}
    return 0 < len(short) < len(full) and all(word in forms for word in short)


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
    words = {id(e): name_words(e.text) for e in people}
    out: list[Entity] = []
    for entity in entities:
        if entity.label not in CANONICAL_LABELS:
            out.append(entity)
            continue
        kb_id = entity.kb_id
        if kb_id is None and entity.label == "PERSON":
            kb_id = _full_name_id(entity, people, words)
        if kb_id is None:
            kb_id = auto_id(entity.text)
        out.append(entity if kb_id == entity.kb_id else entity.model_copy(update={"kb_id": kb_id}))
    return out


def _id_of(person: Entity) -> str | None:
    return person.kb_id or auto_id(person.text)


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
