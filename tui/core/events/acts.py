"""Event predicates: which acts (IPO halted, meeting, shares fell ...) a passage reports.

The acts are data (``tui/core/data/event_acts.yaml``). English words are compared
on light stems made by :func:`stem`, a small suffix stripper: it only has to map
the inflections of the lexicon's own words together ("halted", "halting",
"halts" -> "halt"), so the linker needs no spaCy. Japanese patterns are matched
as substrings of the NFKC-normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")

ACTS_PATH = Path(__file__).parent / "data" / "event_acts.yaml"
ACTS_FORMAT = "newsreader-acts/1"
#: Special terms standing for a number of that kind in the passage.
NUMBER_TERMS = {"%MONEY": "MONEY", "%PERCENT": "PERCENT"}
DEFAULT_PARTICIPANT_LABELS = ("PERSON", "ORG")

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_VOWELS = set("aeiouy")


@dataclass(frozen=True, slots=True)
class Act:
    """One kind of happening, and how passages say it."""

    id: str
    title: str
    #: English patterns: slots of terms; a term is a tuple of stems (one per word).
    patterns: tuple[tuple[frozenset[tuple[str, ...]], ...], ...]
    #: Japanese patterns: slots of substrings (or special number terms).
    ja_patterns: tuple[tuple[frozenset[str], ...], ...] = ()
    unless: frozenset[tuple[str, ...]] = frozenset()
    needs_date: bool = False
    participant_labels: tuple[str, ...] = DEFAULT_PARTICIPANT_LABELS


@dataclass(frozen=True, slots=True)
class Lexicon:
    acts: tuple[Act, ...]
    irregular: Mapping[str, str] = field(default_factory=dict)
    #: Stems already computed (words repeat a lot in a corpus).
    stem_cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def by_id(self) -> dict[str, Act]:
        return {act.id: act for act in self.acts}

    def stem(self, word: str) -> str:
        found = self.stem_cache.get(word)
        if found is None:
            found = self.stem_cache[word] = stem(word, self.irregular)
        return found


def words(text: str) -> list[str]:
    """Lower-case words of English text; hyphens and possessives split off."""
    return [word for word, _ in words_at(text)]


def words_at(text: str) -> list[tuple[str, int]]:
    """Lower-case words of English text with their offsets."""
    out = []
    for match in _WORD.finditer(text.replace("’", "'")):
        word = match.group(0).lower()
        if word.endswith("'s"):
            word = word[:-2]
        word = word.strip("'")
        if word:
            out.append((word, match.start()))
    return out


def _undouble(word: str) -> str:
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in _VOWELS and word[-1] != "s":
        return word[:-1]
    return word


def stem(word: str, irregular: Mapping[str, str] | None = None) -> str:
    """A light stem: the same for a word's common inflections, and nothing more.

    Args:
        word: One lower-case word.
        irregular: Irregular forms mapped to their base (``met`` -> ``meet``).

    Returns:
        The stem (not necessarily a word: ``shares`` -> ``shar``).
    """
    word = word.lower()
    if irregular:
        word = irregular.get(word, word)
    for american, british in (("ization", "isation"), ("izing", "ising"), ("ized", "ised")):
        if american in word:
            word = word.replace(american, british)
    if word.endswith("ize"):
        word = word[:-3] + "ise"
    if irregular:
        word = irregular.get(word, word)
    if len(word) <= 3:
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ations") and len(word) - 6 >= 4:
        word = word[:-6]
    elif word.endswith("ation") and len(word) - 5 >= 4:
        word = word[:-5]
    elif word.endswith("ings") and len(word) - 4 >= 3:
        word = word[:-4]
    elif word.endswith("ing") and len(word) - 3 >= 3:
        word = word[:-3]
    elif word.endswith("ed") and len(word) - 2 >= 3:
        word = word[:-2]
    elif word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return _undouble(word)


def stems(text: str, irregular: Mapping[str, str] | None = None) -> list[str]:
    return [stem(w, irregular) for w in words(text)]


def _term(text: str, irregular: Mapping[str, str]) -> tuple[str, ...]:
    if text in NUMBER_TERMS:
        return (text,)
    return tuple(stem(w, irregular) for w in words(text.replace("-", " ")))


def parse_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Build a :class:`Lexicon` from the YAML mapping (see ``event_acts.yaml``).

    Raises:
        ValueError: The mapping is not a lexicon of the known format.
    """
    if data.get("format") != ACTS_FORMAT:
        raise ValueError(f"not a lexicon of format {ACTS_FORMAT}: {data.get('format')!r}")
    irregular = {str(k).lower(): str(v).lower() for k, v in (data.get("irregular") or {}).items()}
    acts = []
    for act_id, spec in (data.get("acts") or {}).items():
        patterns = tuple(
            tuple(frozenset(_term(str(t), irregular) for t in slot) for slot in pattern)
            for pattern in spec.get("patterns") or ()
        )
        ja = tuple(
            tuple(
                frozenset(unicodedata.normalize("NFKC", str(t)) for t in slot) for slot in pattern
            )
            for pattern in spec.get("ja") or ()
        )
        acts.append(
            Act(
                id=str(act_id),
                title=str(spec.get("title") or act_id),
                patterns=patterns,
                ja_patterns=ja,
                unless=frozenset(_term(str(t), irregular) for t in spec.get("unless") or ()),
                needs_date=bool(spec.get("needs_date", False)),
                participant_labels=tuple(spec.get("participants") or DEFAULT_PARTICIPANT_LABELS),
            )
        )
    return Lexicon(tuple(acts), irregular)


@lru_cache(maxsize=4)
def load_lexicon(path: Path | str = ACTS_PATH) -> Lexicon:
    """The lexicon in ``path`` (the shipped one by default), read once."""
    with open(path, encoding="utf-8") as handle:
        return parse_lexicon(yaml.safe_load(handle))


_Slots = tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]], ...]
_SLOT_INDEX: dict[int, tuple[Act, _Slots]] = {}


def _slot_index(act: Act) -> _Slots:
    """Per slot position, the words any pattern accepts there (a necessary condition)."""
    key = id(act)
    entry = _SLOT_INDEX.get(key)
    found = entry[1] if entry is not None and entry[0] is act else None
    if found is None:
        width = min((len(p) for p in act.patterns), default=0)
        slots = []
        for i in range(width):
            terms = (
                {t for pattern in act.patterns for t in pattern[i]}
                if all(len(p) > i for p in act.patterns)
                else set()
            )
            singles = frozenset(t[0] for t in terms if len(t) == 1 and t[0] not in NUMBER_TERMS)
            multi = tuple(t for t in terms if len(t) > 1)
            numbers = frozenset(NUMBER_TERMS[t[0]] for t in terms if t[0] in NUMBER_TERMS)
            slots.append((singles, multi, numbers))
        # Only the first slot is shared by every pattern position-wise; keep the test sound.
        found = tuple(slots[:1]) if len(act.patterns) > 1 else tuple(slots)
        _SLOT_INDEX[key] = (act, found)
    return found


def _term_at(
    term: tuple[str, ...],
    positions: Mapping[str, list[int]],
    joined: str,
    starts: list[int],
    kinds: Collection[str],
) -> int | None:
    """Where the term first occurs (character offset), -1 for a number term, None if absent."""
    if term[0] in NUMBER_TERMS:
        return -1 if NUMBER_TERMS[term[0]] in kinds else None
    if len(term) == 1:
        found = positions.get(term[0])
        return found[0] if found else None
    at = joined.find(f" {' '.join(term)} ")
    if at < 0:
        return None
    return starts[joined.count(" ", 0, at)]


def match_acts(
    text: str,
    lang: str = "en",
    number_kinds: Iterable[str] = (),
    lexicon: Lexicon | None = None,
) -> list[tuple[str, tuple[int, ...]]]:
    """The acts a passage reports, each with where its matched words stand.

    Args:
        text: The passage.
        lang: ``ja`` matches the Japanese patterns, anything else the English ones.
        number_kinds: Labels of the numbers in the passage (``MONEY``, ``PERCENT``).
        lexicon: The acts (the shipped lexicon by default).

    Returns:
        (act id, character offsets of the words that matched its slots), in lexicon order.
    """
    lexicon = lexicon or load_lexicon()
    kinds = set(number_kinds)
    found: list[tuple[str, tuple[int, ...]]] = []
    if lang == "ja":
        norm = unicodedata.normalize("NFKC", text)

        def ja_place(term: str) -> int | None:
            if term in NUMBER_TERMS:
                return -1 if NUMBER_TERMS[term] in kinds else None
            return norm.find(term) if term in norm else None

        for act in lexicon.acts:
            places = _first_pattern(act.ja_patterns, ja_place)
            if places is not None:
                found.append((act.id, places))
        return found
    tokens = words_at(text)
    stem_list = [lexicon.stem(w) for w, _ in tokens]
    starts = [at for _, at in tokens]
    positions: dict[str, list[int]] = {}
    for token_stem, at in zip(stem_list, starts, strict=True):
        positions.setdefault(token_stem, []).append(at)
    joined = f" {' '.join(stem_list)} "
    present = positions.keys()
    for act in lexicon.acts:
        # Quick test first: every slot needs one of its words (or a number) here.
        if not all(
            (slot_words & present)
            or any(f" {' '.join(t)} " in joined for t in multi)
            or (numbers & kinds)
            for slot_words, multi, numbers in _slot_index(act)
        ):
            continue
        if any(_term_at(t, positions, joined, starts, ()) is not None for t in act.unless):
            continue
        places = _first_pattern(
            act.patterns, lambda term: _term_at(term, positions, joined, starts, kinds)
        )
        if places is not None:
            found.append((act.id, places))
    return found


def _first_pattern(
    patterns: Iterable[Sequence[Collection[T]]], place_of: Callable[[T], int | None]
) -> tuple[int, ...] | None:
    """Where the first pattern whose every slot has a term in the text matched, or None.

    ``place_of`` gives a term's offset in the text, -1 for a term met by a number
    of the passage (it has no place), or None when it is absent.
    """
    for pattern in patterns:
        places: list[int] = []
        for slot in pattern:
            where = [h for h in map(place_of, slot) if h is not None]
            if not where:
                break
            places.append(min(where))
        else:
            return tuple(x for x in places if x >= 0)
    return None


def find_acts(
    text: str,
    lang: str = "en",
    number_kinds: Iterable[str] = (),
    lexicon: Lexicon | None = None,
) -> tuple[str, ...]:
    """The ids of the acts a passage reports, in lexicon order (see :func:`match_acts`)."""
    return tuple(act for act, _ in match_acts(text, lang, number_kinds, lexicon))
