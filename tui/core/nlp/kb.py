"""The knowledge base of entities: finding its aliases in text, and a spaCy component that does.

The knowledge base (``annotations/entities.yaml``, read by
``AnnotationStore.load_kb()``) lists canonical entities with their aliases in
any script. :class:`KbMatcher` turns it into one regular expression with
script-aware word boundaries:

- Latin aliases match whole words; a possessive (``'s``, ``’s``) may follow.
  Short all-capital aliases (tickers such as ``BABA``) match case-sensitively;
  single words match as written or in capitals; longer names ignore case.
- An organisation's alias also takes the legal suffixes that follow it
  (``Group``, ``Holding``, ``Ltd.``, ``Inc.``, ``グループ``, ``社`` ...).
- Katakana aliases do not match inside a longer katakana word; one-character
  kanji aliases match only between characters of other scripts.

The ``newsreader_kb`` spaCy component runs before the statistical NER, so its
spans (with ``kb_id``) constrain the model; the exact character spans are also
kept in ``doc.user_data`` because Japanese tokens do not always align.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui.core.model.schema import KbEntity, KnowledgeBase
from tui.core.text.names import (
    JAPANESE_COMPANY_MARKERS,
    JAPANESE_LEGAL_SUFFIXES,
    LATIN_LEGAL_SUFFIXES,
)
from tui.core.text.scripts import char_class, script_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "newsreader_kb"
USER_DATA_KEY = "newsreader_kb"

#: Katakana, with the middle dot: an alias does not match inside a longer katakana name.
_KATAKANA = char_class(["katakana"], "・")
_KANJI = char_class(["han"])
_LATIN_WORD = "A-Za-z0-9\u00c0-\u024f"


@dataclass(frozen=True, slots=True)
class KbMatch:
    """An alias of a knowledge-base entity found in text (character offsets)."""

    start: int
    end: int
    kb_id: str
    label: str


def _script(ch: str) -> str:
    """``latin`` for Latin letters and digits (one word), else the character's script."""
    script = script_of(ch)
    return "latin" if script == "digit" else script


def is_ticker(alias: str) -> bool:
    """Short all-capital aliases (stock tickers, acronyms) are matched case-sensitively."""
    letters = alias.replace(".", "")
    return letters.isascii() and letters.isalpha() and letters.isupper() and len(letters) <= 5


def _case_pattern(alias: str) -> str:
    escaped = re.escape(alias)
    if is_ticker(alias) or not alias.isascii():
        return escaped
    if " " in alias.strip():
        return f"(?i:{escaped})"
    upper = re.escape(alias.upper())
    return escaped if upper == escaped else f"(?:{escaped}|{upper})"


def _boundary(ch: str, after: bool) -> str:
    """What may not stand next to an alias that starts (or, ``after``, ends) with ``ch``."""
    script = _script(ch)
    if script == "latin":
        # "US$5" and "HK$3" are amounts, not places.
        neighbours = _LATIN_WORD + "$" if after else _LATIN_WORD
    elif script == "katakana":
        neighbours = _KATAKANA
    else:
        return ""
    return f"(?![{neighbours}])" if after else f"(?<![{neighbours}])"


#: Kanji that make a place name into part of an organisation's name (日本銀行, 東京電力).
#: "政府" is not among them: the government of a country still names the country.
_KANJI_ORG_ENDINGS = "(?!銀行|証券|大学|電力|製作所|自動車|電機|商事|物産|新聞|放送|航空|鉄道|製鉄|重工|建設|生命|取引所)"
#: A place name followed by a currency word names the currency, not the place.
_CURRENCY_AFTER_PLACE = r"(?!\s?(?:dollars?\b|Dollars?\b|ドル|元))"


def _suffix_pattern(alias: str) -> str:
    if _script(alias[-1]) == "latin" or not alias[-1].isalnum():
        words = "|".join(re.escape(s) for s in LATIN_LEGAL_SUFFIXES)
        return rf"(?:,?\s(?:{words})(?![{_LATIN_WORD}]))*"
    words = "|".join(re.escape(s) for s in JAPANESE_LEGAL_SUFFIXES)
    markers = "|".join(re.escape(s) for s in JAPANESE_COMPANY_MARKERS)
    return f"(?:・?(?:{words}))*(?:{markers})?"


def alias_pattern(alias: str, label: str) -> str | None:
    """The regular expression that finds one alias, boundaries and suffixes included."""
    alias = alias.strip()
    if not alias:
        return None
    body = _case_pattern(alias)
    if label == "ORG":
        body += _suffix_pattern(alias)
    before, after = _boundary(alias[0], False), _boundary(alias[-1], True)
    if len(alias) == 1 and script_of(alias) == "han":
        # A lone kanji is too often part of another word: it needs other scripts around it.
        before = f"(?<![{_KANJI}{_KATAKANA}])"
        after = f"(?![{_KANJI}{_KATAKANA}])"
    if label == "GPE":
        after += _CURRENCY_AFTER_PLACE
        if script_of(alias[-1]) == "han":
            after += _KANJI_ORG_ENDINGS
    return f"{before}{body}{after}"


class KbMatcher:
    """Finds every alias of a knowledge base in text; the longest match wins where they overlap.

    Each alias is looked for with ``str.find`` on the lower-cased text (fast),
    and only where it occurs is its full pattern (case, boundaries, suffixes)
    tried: one big alternation of hundreds of aliases is many times slower.
    """

    def __init__(self, entities: Iterable[KbEntity]) -> None:
        self.entities = tuple(entities)
        self._by_alias: dict[str, KbEntity] = {}
        self._aliases: list[tuple[str, re.Pattern[str], KbEntity]] = []
        seen: set[tuple[str, str]] = set()
        for entity in self.entities:
            for alias in (entity.name, *entity.aliases):
                alias = alias.strip()
                pattern = alias_pattern(alias, entity.label)
                if pattern is None or (alias, entity.id) in seen:
                    continue
                seen.add((alias, entity.id))
                self._by_alias.setdefault(alias, entity)
                self._aliases.append((alias.lower(), re.compile(pattern), entity))

    def __bool__(self) -> bool:
        return bool(self._aliases)

    def find(self, text: str) -> list[KbMatch]:
        """Every alias found in ``text``, left to right, never overlapping."""
        lower = text.lower()
        if len(lower) != len(text):  # a few characters change length when lower-cased
            lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        candidates: list[tuple[int, int, KbEntity]] = []
        for needle, pattern, entity in self._aliases:
            index = lower.find(needle)
            while index != -1:
                match = pattern.match(text, index)
                if match is not None and match.end() > index:
                    candidates.append((index, match.end(), entity))
                index = lower.find(needle, index + 1)
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        found: list[KbMatch] = []
        for start, end, entity in candidates:
            if found and start < found[-1].end:
                continue
            found.append(KbMatch(start, end, entity.id, entity.label))
        return found

    def lookup(self, alias: str) -> KbEntity | None:
        """The entity with exactly this alias, if any."""
        return self._by_alias.get(alias.strip())


def kb_config(kb: KnowledgeBase) -> dict[str, Any]:
    """The knowledge base as the JSON-able config of the spaCy component."""
    return {
        "entities": [
            {"id": e.id, "label": e.label, "name": e.name, "aliases": list(e.aliases)}
            for e in kb.entities
        ]
    }


def matches_of(doc: Doc) -> list[KbMatch]:
    """The knowledge-base matches the component stored on a doc (character offsets)."""
    return [KbMatch(*item) for item in doc.user_data.get(USER_DATA_KEY, [])]


class KbComponent:
    """spaCy component: sets knowledge-base aliases as entities, with their ``kb_id``."""

    def __init__(self, entities: list[dict[str, Any]], leave_places: bool = False) -> None:
        self.matcher = KbMatcher(KbEntity(**e) for e in entities)
        #: Before a model's NER: places are left for the model to read, so that a longer
        #: name holding one ("Oman Herald", "North America") can still be found (the
        #: match is in ``user_data`` for the entity rules).
        self.leave_places = leave_places

    def __call__(self, doc: Doc) -> Doc:
        from spacy.util import filter_spans

        matches = self.matcher.find(doc.text)
        doc.user_data[USER_DATA_KEY] = [(m.start, m.end, m.kb_id, m.label) for m in matches]
        spans = []
        for match in matches:
            if self.leave_places and match.label == "GPE":
                continue
            span = doc.char_span(match.start, match.end, label=match.label, kb_id=match.kb_id)
            if span is not None:
                spans.append(span)
        if spans:
            kept = [
                e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)
            ]
            doc.ents = filter_spans([*spans, *kept])
        return doc


def add_kb_component(nlp: Language, kb: KnowledgeBase) -> None:
    """Put the knowledge-base component into ``nlp``, before its NER if it has one."""
    _register()
    where: dict[str, Any] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    config = {**kb_config(kb), "leave_places": bool(where)}
    nlp.add_pipe(COMPONENT, config=config, **where)


def _make_component(
    nlp: Language, name: str, entities: list[dict[str, Any]], leave_places: bool
) -> KbComponent:
    return KbComponent(entities, leave_places)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(
            COMPONENT, default_config={"entities": [], "leave_places": False}, func=_make_component
        )
