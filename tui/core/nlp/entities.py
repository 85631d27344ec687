"""Entity rules: small pure functions that clean up and complete a model's entity suggestions.

Each takes plain values (offsets, labels, the article text) and returns new
ones: trimming a span, dropping what cannot be a name, tickers and cashtags,
later mentions of a person by one word of the full name, and the choice among
overlapping suggestions. :func:`choose_entities` applies them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tui.core.model.schema import QUANTITY_LABELS, Furniture, Quantity, Sentence
from tui.core.nlp.furniture import inside
from tui.core.nlp.names import auto_id
from tui.core.text.names import name_words, strip_possessive

_TICKER = re.compile(
    r"\((?P<exchange>[A-Z][A-Za-z]{1,9})\s?:\s?(?P<ticker>[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\)"
)
# Scraped text often loses the space before a cashtag ("suspended$ABC"), so only
# "$" itself may not precede; "US$5" never matches, a ticker is letters.
_CASHTAG = re.compile(r"(?<!\$)\$(?P<ticker>[A-Z]{2,5}|[A-Z](?![a-z]))(?![A-Z0-9])")
_TRIM_LEAD = re.compile(r"^(?:the|The|THE)\s+|^[\s\"'“‘(\[]+")
_TRIM_TAIL = re.compile(r"[\s\"'”’)\].,;:!?、。]+$")
_ABBREVIATION = re.compile(r"(?:(?<![A-Za-z])[A-Z]|Ltd|Inc|Corp|Co|Jr|Sr|St|Bros)\.$")
_LATIN_NEIGHBOUR = "A-Za-z0-9"
#: Labels that name something: a model's suggestion of one must contain a proper noun.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Capitalised abbreviations of common nouns that models like to take for names.
GENERIC_ABBREVIATIONS = frozenset(
    "AI IPO IPOs CEO CEOs CFO CTO COO GDP ETF ETFs ADR ADRs EV EVs ESG IT PR HR API VR AR "
    "M&A R&D PMI CPI EPS ROI FX VC PE LLM LLMs NFT NFTs OTC".split()
)
#: How far back (characters) a ticker looks for the company it belongs to.
_TICKER_REACH = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity suggestion before clean-up: where, what, and whether the KB said so."""

    start: int
    end: int
    label: str
    kb_id: str | None = None
    from_kb: bool = False


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the", quotes or brackets, or trailing punctuation.

    A trailing period that ends an abbreviation (``Ltd.``, ``U.S.``) stays.
    """
    while True:
        piece = text[start:end]
        lead = _TRIM_LEAD.match(piece)
        if lead and 0 < lead.end() < len(piece):
            start += lead.end()
            continue
        tail = _TRIM_TAIL.search(piece)
        if tail and tail.start() > 0:
            cut = tail.start()
            if piece[cut] == "." and _ABBREVIATION.search(piece[: cut + 1]):
                cut += 1
            if cut < len(piece):
                end = start + cut
                continue
        stripped = strip_possessive(piece)
        if stripped and len(stripped) < len(piece):
            end = start + len(stripped)
            continue
        return start, end


def looks_like_name(tokens: Sequence[tuple[str, str, str]], lang: str) -> bool:
    """True if a model's entity, given as ``(text, pos, tag)`` tokens, can be a name.

    It needs a proper noun (spaCy's ``PROPN``, Sudachi's 固有名詞), and must not
    be just a common abbreviation ("IPO", "AI"). This drops "Tech" in "Tech
    stocks rallied" and GiNZA's テクノロジーセクター.
    """
    words = [text for text, _, _ in tokens]
    if " ".join(words) in GENERIC_ABBREVIATIONS or "".join(words) in GENERIC_ABBREVIATIONS:
        return False
    if lang == "ja":
        return any("固有名詞" in tag for _, _, tag in tokens)
    return any(pos == "PROPN" for _, pos, _ in tokens)


def ticker_entities(text: str, entities: Sequence[Candidate]) -> list[Candidate]:
    """``(NYSE:ABC)`` after a company's name: the ticker names that company.

    The exchange inside the brackets is not a mention of anything the article
    discusses, so entities there give way to the ticker.
    """
    out = list(entities)
    for match in _TICKER.finditer(text):
        open_, close = match.start(), match.end()
        owner = None
        for entity in out:
            if (
                entity.label == "ORG"
                and entity.end <= open_
                and open_ - entity.end <= _TICKER_REACH
            ):
                between = text[entity.end : open_]
                if _TICKER.sub("", between).strip() == "":
                    owner = entity if owner is None or entity.end > owner.end else owner
        if owner is None:
            continue
        start, end = match.span("ticker")
        out = [e for e in out if not (e.start < close and open_ < e.end)]
        kb_id = owner.kb_id or auto_id(text[owner.start : owner.end])
        out.append(Candidate(start, end, "ORG", kb_id, owner.from_kb))
    return out


def cashtag_entities(
    text: str, entities: Sequence[Candidate], lookup: Callable[[str], Any]
) -> list[Candidate]:
    """``$ABC`` cashtags: the ticker (without ``$``) is an ORG, linked if the KB knows it."""
    out = list(entities)
    for match in _CASHTAG.finditer(text):
        start, end = match.span("ticker")
        if any(e.start < end and start < e.end for e in out):
            continue
        known = lookup(match.group("ticker"))
        kb_id = known.id if known is not None and known.label == "ORG" else None
        out.append(Candidate(start, end, "ORG", kb_id, kb_id is not None))
    return out


def _sentence_starts(sentences: Sequence[Sentence], text: str) -> set[int]:
    starts = set()
    for sentence in sentences:
        s = sentence.start
        while s < sentence.end and not text[s].isalnum():
            s += 1
        starts.add(s)
    return starts


def short_name_mentions(
    text: str,
    entities: Sequence[Candidate],
    sentences: Sequence[Sentence],
    furniture: Sequence[Furniture],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """Later mentions of a person by one word of a full name the article gave.

    After "Wen He" or "Ada Ng", a capitalised "He" or "Ng" standing alone (in
    Latin script, in either language) is that person. At the start of a
    sentence a word that is also a common word (``common_words``, lower case:
    "He said") is skipped; so are words that two people share.
    """
    people = [
        e for e in entities if e.label == "PERSON" and len(name_words(text[e.start : e.end])) > 1
    ]
    owners: dict[str, set[str]] = {}
    for person in people:
        for word in name_words(text[person.start : person.end]):
            if len(word) >= 2 and word[0].isupper() and word.isascii() and word.isalpha():
                owners.setdefault(word, set()).add(text[person.start : person.end])
    words = {w for w, names in owners.items() if len(names) == 1}
    if not words:
        return list(entities)
    starts = _sentence_starts(sentences, text)
    first_full = min(p.start for p in people)
    pattern = re.compile(
        rf"(?<![{_LATIN_NEIGHBOUR}])(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?![{_LATIN_NEIGHBOUR}])"
    )
    out = list(entities)
    for match in pattern.finditer(text):
        start, end = match.span()
        if start < first_full or inside(start, end, furniture):
            continue
        if start in starts and match.group().lower() in common_words:
            continue
        same = [e for e in out if (e.start, e.end) == (start, end) and not e.from_kb]
        if same:
            # The model saw a name but took it for something else ("Ma" as ORG).
            out = [e for e in out if e not in same]
        elif any(e.start < end and start < e.end for e in out):
            continue
        out.append(Candidate(start, end, "PERSON"))
    return out


def overlaps_quantity(entity: Candidate, text: str, quantities: Sequence[Quantity]) -> bool:
    """True if the entity is part of a number expression ("HK$91.10", "Hong Kong dollars").

    A word inside a count ("11 Chinese companies") is still a name.
    """
    for q in quantities:
        if q.start < entity.end and entity.start < q.end:
            contained = q.start <= entity.start and entity.end <= q.end
            if (
                contained
                and q.label in ("QUANTITY", "CARDINAL")
                and not any(ch.isdigit() for ch in text[entity.start : entity.end])
            ):
                continue
            return True
    return False


def select_entities(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping entities: knowledge-base matches first, then the longest."""
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (not c.from_kb, -(c.end - c.start), c.start)):
        if not any(c.start < candidate.end and candidate.start < c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def choose_entities(
    text: str,
    candidates: Iterable[Candidate],
    quantities: Sequence[Quantity],
    sentences: Sequence[Sentence],
    furniture: Sequence[Furniture],
    lookup: Callable[[str], Any],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """The entities of an article from every suggestion, the rules applied in order.

    Args:
        text: The article text.
        candidates: The suggestions of the knowledge base and the models.
        quantities: The article's quantities (a name inside an amount is no name).
        sentences: The article's sentences (for short names at a sentence start).
        furniture: Page furniture (nothing inside it is an entity).
        lookup: The knowledge base's entity for an exact alias, or None.
        common_words: Lower-case common words ("He" at a sentence start is a pronoun).

    Returns:
        Non-overlapping entities in text order.
    """
    named: list[Candidate] = []
    for c in candidates:
        if c.label in QUANTITY_LABELS:
            continue
        start, end = (c.start, c.end) if c.from_kb else trim_span(text, c.start, c.end)
        if end <= start or not any(ch.isalnum() for ch in text[start:end]):
            continue
        named.append(Candidate(start, end, c.label, c.kb_id, c.from_kb))
    named = [c for c in named if not overlaps_quantity(c, text, quantities)]
    named = select_entities(named)
    named = ticker_entities(text, named)
    named = cashtag_entities(text, named, lookup)
    named = short_name_mentions(text, named, sentences, furniture, common_words)
    return [c for c in select_entities(named) if not inside(c.start, c.end, furniture)]
