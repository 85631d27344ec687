"""Quantities: money, percentages, counts, fractions and ordinals, with value, unit and qualifier.

How it works, in three steps:

1. **Lexicon** (:func:`lex_tokens`, pure): each token, or run of tokens making
   one dictionary phrase (``per cent``, ``Hong Kong dollars``, ``more than``,
   ``香港ドル``), gets a kind (``NUM``, ``CURPRE``, ``SCALE``, ``PCT``, ``QPRE`` ...)
   and a payload from the tables of :mod:`tui.core.nlp.quantities.lexicon`. A token
   that holds a whole number (``HK$91.10``, ``3.2bn``, ``1億2000万``) is read by
   :func:`read_number_token`.
2. **Grammar** (:class:`QuantityGrammar`): spaCy ``Matcher`` patterns over those
   kinds find the expressions (``QPRE* CURPRE NUM SCALE* QPOST*`` ...); the longest
   one wins where they overlap. A bare number then takes its counted noun from the
   part-of-speech tags (``11 Chinese companies``), and numbers that are years,
   dates, times, phone numbers or parts of names are dropped.
3. **Meaning** (:func:`interpret`, pure): the kinds of a span give its label,
   value (scaled: ``US$36.8 billion`` is 3.68e10 USD), unit and qualifier.

``quantulum3`` was evaluated and not used: on typical financial-news phrases it
read ``$6m`` as dollar-metres and ``€3.2bn`` as euro-bit-newtons, missed
``HK$91.10``, ``RMB5 billion`` and ``129.10 Hong Kong dollars``, has no Japanese,
no qualifiers and returned the year ``2020`` as a quantity (see docs/benchmarks.md).

spaCy is imported only by :func:`build_quantity_matchers`; :func:`parse_quantity`
works on a plain string and is safe on the reading path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, cast

from tui.core.model.schema import Qualifier, Quantity
from tui.core.nlp.quantities import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

#: Name of the token extension that carries a token's kind to the Matcher.
KIND_ATTR = "nr_quantity_kind"
_TAGGED = "nr_quantity_tagged"  # doc.user_data key: tokens that carry a kind

NUMBER_KINDS = ("NUM", "NUMW")
CURRENCY_KINDS = ("CURPRE", "CURNUM", "CUR", "CODE")


@dataclass(frozen=True, slots=True)
class Lex:
    """What the lexicon says about one token (or one token of a phrase).

    Attributes:
        kind: The grammar category (``NUM``, ``SCALE``, ``CUR`` ...).
        value: A number, a scale factor or a percent factor.
        unit: A currency code, a counted noun, a measure symbol or a qualifier.
        phrase: Index of the first token of the phrase this token belongs to.
        chars: How many characters of the token the reading covers (0: all of it);
            a Japanese token such as ``割増`` holds the counter ``割`` and more.
    """

    kind: str
    value: float | None = None
    unit: str | None = None
    phrase: int = -1
    chars: int = 0


# --- step 1: the lexicon ------------------------------------------------------

# A number written with digits, possibly glued to a currency sign before it and a
# scale, percent or multiplier after it: ``HK$91.10``, ``3.2bn``, ``50bp``, ``1.5x``.
_NUMBER_TOKEN = re.compile(
    r"(?P<prefix>[^\d\s]*?)"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suffix>[^\d\s]*)"
)
# A Japanese number with kanji scales: ``1兆``, ``1億2000万``, ``1万2000``, ``3.5兆``.
_KANJI_NUMBER = re.compile(r"(?:[\d,]+(?:\.\d+)?[万億兆])+[\d,]*(?:\.\d+)?")
_KANJI_PART = re.compile(r"([\d,]+(?:\.\d+)?)([万億兆]?)")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")


def _normal(text: str) -> str:
    """Width-folded, lower-cased text: ``１００％`` reads as ``100%``."""
    return unicodedata.normalize("NFKC", text).lower()


def _number(digits: str) -> float:
    return float(digits.replace(",", ""))


@lru_cache(maxsize=65536)
def read_number_token(text: str) -> Lex | None:
    """Read a token that holds a number, with anything glued to it.

    Returns:
        ``NUM`` (value), ``CURNUM`` (value, currency), ``PCTNUM``/``PPNUM`` (value in
        percent or points), ``MULNUM`` (a multiplier), ``ORD``; None when the token
        is not a number we understand (``3:00pm``, ``COVID-19``, ``1990s``).
    """
    norm = _normal(text)
    if _KANJI_NUMBER.fullmatch(norm):
        total = sum(_number(n) * lx.KANJI_SCALES.get(s, 1) for n, s in _KANJI_PART.findall(norm))
        return Lex("NUM", total)
    if _ORDINAL_DIGITS.fullmatch(norm):
        return Lex("ORD", float(re.sub(r"\D", "", norm)))
    match = _NUMBER_TOKEN.fullmatch(norm)
    if not match:
        return None
    prefix, digits, suffix = match.group("prefix", "number", "suffix")
    value = _number(digits)
    currency = None
    if prefix:
        currency = lx.CURRENCY_PREFIXES.get(prefix) or lx.CURRENCY_CODES.get(prefix)
        if currency is None and "." in digits:
            currency = lx.GLUED_COUNTRY_PREFIXES.get(prefix)
        if currency is None:
            return None
    if suffix:
        if suffix in lx.GLUED_SCALES or suffix in lx.SCALE_WORDS:
            value *= lx.GLUED_SCALES.get(suffix) or lx.SCALE_WORDS[suffix]
        elif currency is None and suffix in lx.PERCENT_WORDS:
            return Lex("PCTNUM", value * lx.PERCENT_WORDS[suffix])
        elif currency is None and suffix in lx.POINT_WORDS:
            return Lex("PPNUM", value * lx.POINT_WORDS[suffix])
        elif currency is None and suffix in lx.GLUED_SUBUNITS:
            code, factor = lx.GLUED_SUBUNITS[suffix]
            return Lex("CURNUM", value * factor, code)
        elif currency is None and suffix == "x":
            return Lex("MULNUM", value, "times")
        else:
            return None
    if currency:
        return Lex("CURNUM", value, currency)
    return Lex("NUM", value)


def _phrase_table() -> dict[str, tuple[str, float | None, str | None]]:
    """Every dictionary word and phrase: text -> (kind, value, unit)."""
    table: dict[str, tuple[str, float | None, str | None]] = {}

    def put(words: dict[str, Any], kind: str, as_value: bool) -> None:
        for key, payload in words.items():
            table.setdefault(key, (kind, payload, None) if as_value else (kind, None, payload))

    # Earlier tables win where a word is in two (``second``: ordinal before time).
    put(lx.QUALIFIERS_BEFORE, "QPRE", False)
    put(lx.QUALIFIERS_AFTER, "QPOST", False)
    put(lx.PERCENT_WORDS, "PCT", True)
    put(lx.POINT_WORDS, "PP", True)
    put(lx.CURRENCY_WORDS, "CUR", False)
    for word, (code, factor) in lx.CURRENCY_SUBUNITS.items():
        table.setdefault(word, ("CUR", factor, code))
    put(lx.CURRENCY_CODES, "CODE", False)
    put(lx.CURRENCY_PREFIXES, "CURPRE", False)
    put(lx.SCALE_WORDS, "SCALE", True)
    for num_word, numerator in lx.FRACTION_NUMERATORS.items():
        for den_word, denominator in lx.FRACTION_DENOMINATORS.items():
            if (numerator == 1) == den_word.endswith("s") and den_word != "halves":
                continue  # "a third", "two thirds", not "a thirds" or "two third"
            if numerator >= denominator:
                continue
            for sep in (" ", "-"):
                table[f"{num_word}{sep}{den_word}"] = ("FRAC", numerator / denominator, None)
    table["half"] = ("FRAC", 0.5, None)
    table["半分"] = ("FRAC", 0.5, None)
    table["半数"] = ("FRAC", 0.5, None)
    for tens_word, tens in lx.NUMBER_WORDS.items():
        if tens >= 20 and tens % 10 == 0:
            for unit_word, ones in lx.NUMBER_WORDS.items():
                if 1 <= ones <= 9:
                    table[f"{tens_word}-{unit_word}"] = ("NUMW", tens + ones, None)
                    table[f"{tens_word} {unit_word}"] = ("NUMW", tens + ones, None)
    for word in lx.WEAK_NUMBER_WORDS:
        table.setdefault(word, ("WEAK", 1, None))
    put(lx.NUMBER_WORDS, "NUMW", True)
    put(lx.ORDINAL_WORDS, "ORD", True)
    put(lx.MEASURE_WORDS, "MEASURE", False)
    put(lx.COUNTERS, "COUNTER", False)
    for word in lx.ORDINAL_SUFFIXES:
        table.setdefault(word, ("ORDSUF", None, None))
    for word in lx.ORDINAL_PREFIXES:
        table.setdefault(word, ("ORDPRE", None, None))
    for word in lx.TIME_NOUNS:
        table.setdefault(word, ("TIME", None, None))
    return table


PHRASES = _phrase_table()
#: Longest phrase, in words/tokens; and the first words of multi-token phrases.
_MAX_PHRASE_TOKENS = 4
_PHRASE_STARTS = frozenset(
    {re.split(r"[\s-]", key)[0] for key in PHRASES if re.search(r"[\s-]", key)}
) | {key[:1] for key in PHRASES if not key.isascii()}


def _joined(words: Sequence[str], spaces: Sequence[bool], start: int, end: int) -> str:
    parts = []
    for i in range(start, end):
        parts.append(_normal(words[i]))
        if i < end - 1 and spaces[i]:
            parts.append(" ")
    return "".join(parts)


def _looks_numeric(lex: Lex | None) -> bool:
    return lex is not None and lex.kind in ("NUM", "NUMW", "CURNUM", "WEAK")


def lex_tokens(words: Sequence[str], spaces: Sequence[bool]) -> list[Lex | None]:
    """The lexicon's reading of each token (None for tokens it does not know).

    Args:
        words: Token texts, in order.
        spaces: Whether each token is followed by whitespace.

    Returns:
        One :class:`Lex` or None per token; tokens of one phrase share its payload.
    """
    n = len(words)
    lexes: list[Lex | None] = [None] * n
    i = 0
    while i < n:
        norm = _normal(words[i])
        taken = 0
        if norm in _PHRASE_STARTS or (norm and norm[:1] in _PHRASE_STARTS):
            for length in range(min(_MAX_PHRASE_TOKENS, n - i), 1, -1):
                entry = PHRASES.get(_joined(words, spaces, i, i + length))
                if entry is not None:
                    kind, value, unit = entry
                    lex = Lex(kind, value, unit, phrase=i)
                    for j in range(i, i + length):
                        lexes[j] = lex
                    taken = length
                    break
        if not taken and i + 3 < n and words[i + 1] == "分" and words[i + 2] == "の":
            den, num = read_number_token(words[i]), read_number_token(words[i + 3])
            if den and num and den.kind == num.kind == "NUM" and den.value and num.value:
                lex = Lex("FRAC", num.value / den.value, None, phrase=i)
                lexes[i : i + 4] = [lex] * 4
                taken = 4
        if taken:
            i += taken
            continue
        entry = PHRASES.get(norm)
        if entry is not None and entry[0] in ("CODE", "CURPRE") and norm[:1].isalpha():
            if not words[i][:1].isupper():
                entry = None  # "try", "rm" are words; "TRY", "RM" are currencies
        if entry is not None:
            lexes[i] = Lex(entry[0], entry[1], entry[2], phrase=i)
        else:
            number = read_number_token(words[i])
            if number is not None:
                lexes[i] = Lex(number.kind, number.value, number.unit, phrase=i)
            elif not norm.isascii() and i and not spaces[i - 1] and _looks_numeric(lexes[i - 1]):
                lexes[i] = _unit_prefix(norm, i)
            elif (
                norm.rstrip(".") in lx.GLUED_SCALES
                and i
                and not spaces[i - 1]
                and _looks_numeric(lexes[i - 1])
            ):  # "$6m", and "1.2m." where the tokenizer kept the full stop
                lexes[i] = Lex("SCALE", lx.GLUED_SCALES[norm.rstrip(".")], None, phrase=i)
        i += 1
    # "a"/"an"/"one" count only before a scale word: "a million", "one hundred".
    for i, current in enumerate(lexes):
        if current is not None and current.kind == "WEAK":
            following = lexes[i + 1] if i + 1 < n else None
            if following is not None and following.kind == "SCALE":
                lexes[i] = Lex("NUMW", 1, None, phrase=i)
            elif norm_is_one(words[i]):
                lexes[i] = Lex("NUMW", 1, "weak", phrase=i)
    return lexes


#: Kinds a Japanese token may start with, after a number (``割増``, ``円台``, ``ドル建て``).
_PREFIX_KINDS = frozenset({"PCT", "PP", "CUR", "COUNTER", "MEASURE", "TIME"})


def _unit_prefix(norm: str, i: int) -> Lex | None:
    for length in range(len(norm) - 1, 0, -1):
        entry = PHRASES.get(norm[:length])
        if entry is not None and entry[0] in _PREFIX_KINDS:
            return Lex(entry[0], entry[1], entry[2], phrase=i, chars=length)
    return None


def norm_is_one(word: str) -> bool:
    return _normal(word) == "one"


# --- step 3: meaning ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a quantity expression says."""

    label: str
    value: float | None
    unit: str | None
    qualifier: Qualifier


def _unique(lexes: Sequence[Lex | None]) -> list[Lex]:
    """Each phrase once, in order."""
    out: list[Lex] = []
    for lex in lexes:
        if lex is not None and (not out or out[-1] is not lex):
            out.append(lex)
    return out


def interpret(lexes: Sequence[Lex | None], noun: str | None = None) -> Meaning | None:
    """The meaning of one quantity expression from its tokens' lexicon readings.

    Args:
        lexes: The readings of the expression's tokens (unknown tokens as None).
        noun: The counted noun found after a bare number, if any (its lemma).

    Returns:
        Label, value, unit and qualifier; None if the tokens hold no number.
    """
    parts = _unique(lexes)
    qualifier: Qualifier = "exact"
    value: float | None = None
    scale = 1.0
    currency = percent = points = measure = counter = None
    fraction = ordinal = multiplier = None
    for lex in parts:
        kind = lex.kind
        if kind in ("QPRE", "QPOST") and qualifier == "exact":
            # The lexicon puts a qualifier word's Qualifier in ``unit``.
            qualifier = cast("Qualifier", lex.unit)
        elif kind in ("NUM", "NUMW"):
            value = lex.value if value is None else value + (lex.value or 0)
        elif kind == "CURNUM":
            value, currency = lex.value, lex.unit
        elif kind in ("CURPRE", "CUR", "CODE"):
            currency = currency or lex.unit
            if kind == "CUR" and lex.value:  # a sub-unit: "31 cents"
                scale *= lex.value
        elif kind == "SCALE":
            scale *= lex.value or 1
        elif kind == "PCT":
            percent = lex.value
        elif kind == "PP":
            points = lex.value
        elif kind == "PCTNUM":
            value, percent = lex.value, 1.0
        elif kind == "PPNUM":
            value, points = lex.value, 1.0
        elif kind == "MULNUM":
            value, multiplier = lex.value, "times"
        elif kind == "MEASURE":
            measure = lex.unit
        elif kind == "COUNTER":
            counter = lex.unit
        elif kind == "FRAC":
            fraction = lex.value
        elif kind == "ORD":
            ordinal = lex.value
        elif kind == "ORDSUF":
            ordinal = value
        elif kind == "ORDPRE":
            ordinal = -1.0  # the number after it is the rank
    if ordinal == -1.0:
        ordinal = value
    if fraction is not None:
        return Meaning("CARDINAL", round(fraction, 4), "fraction", qualifier)
    if ordinal is not None:
        return Meaning("ORDINAL", ordinal, None, "exact")
    if value is None:
        if scale != 1.0 and (currency or noun):  # "a trillion-dollar", "a dozen units"
            value = 1.0
        else:
            return None
    value *= scale
    if currency:
        return Meaning("MONEY", value, currency, qualifier)
    if percent is not None:
        return Meaning("PERCENT", value * percent, "percent", qualifier)
    if points is not None:
        return Meaning("PERCENT", value * points, "pp", qualifier)
    if measure:
        return Meaning("QUANTITY", value, measure, qualifier)
    if multiplier:
        return Meaning("CARDINAL", value, multiplier, qualifier)
    return Meaning("CARDINAL", value, counter or noun or "count", qualifier)


# A plain string split into tokens the lexicon can read: numbers with whatever is
# glued to them, words, and single symbols. Japanese runs are split further below.
_PLAIN_TOKEN = re.compile(
    r"[A-Za-z.]*\$|[^\W\d_]*\d[\d,.]*(?:[万億兆][\d,.]*)*[A-Za-z]*|[A-Za-z][A-Za-z.]*|[^\w\s]|\w+"
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
        elif token.endswith(".") and len(token) > 1 and _normal(token) not in PHRASES:
            pieces = [token[:-1], "."]
        else:
            pieces = [token]
        for k, piece in enumerate(pieces):
            words.append(piece)
            spaces.append(k == len(pieces) - 1 and text[match.end() : match.end() + 1] == " ")
    return words, spaces


def parse_quantity(text: str, lang: str = "en") -> tuple[float, str | None, Qualifier] | None:
    """Read one quantity expression typed as plain text (no spaCy needed).

    Args:
        text: One expression: ``US$36.8 billion``, ``約3割``, ``more than 5 per cent``.
        lang: ``en`` or ``ja`` (the tables hold both; kept for symmetry).

    Returns:
        ``(value, unit, qualifier)``, or None when the text holds no number.
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
    return meaning.value, meaning.unit, meaning.qualifier


def singular(word: str) -> str:
    """A plain English singular, for counted nouns typed without a tagger."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# --- step 2: the grammar ---------------------------------------------------------


def _kind(*kinds: str, op: str | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"_": {KIND_ATTR: kinds[0] if len(kinds) == 1 else {"IN": list(kinds)}}}
    if op:
        spec["OP"] = op
    return spec


def grammar_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """The Matcher patterns of every kind of expression, by category."""
    before = _kind("QPRE", op="*")
    after = _kind("QPOST", op="*")
    number = _kind(*NUMBER_KINDS)
    scales = _kind("SCALE", op="*")
    hyphen = {"ORTH": "-"}
    # "36.8 billion" or "2.5-billion": a hyphen only ever stands before a scale.
    magnitudes = ([scales], [hyphen, _kind("SCALE", op="+")])
    return {
        "MONEY": [
            *([before, _kind("CURPRE", "CODE"), number, *m, after] for m in magnitudes),
            *([before, _kind("CURNUM"), *m, after] for m in magnitudes),
            [before, number, scales, _kind("CUR", "CODE", op="+"), after],
            [before, number, scales, hyphen, _kind("CUR", op="+"), after],  # a trillion-dollar
            [before, _kind("CURNUM"), scales, _kind("CUR", "CODE", op="+"), after],
        ],
        "PERCENT": [
            [before, number, scales, _kind("PCT", op="+"), after],
            [before, _kind("PCTNUM"), after],
        ],
        "POINTS": [
            [before, number, _kind("PP", op="+"), after],
            [before, _kind("PPNUM"), after],
        ],
        "MEASURE": [[before, number, scales, _kind("MEASURE", op="+"), after]],
        "COUNTER": [
            [before, number, scales, _kind("COUNTER"), after],
            [before, _kind("MULNUM"), after],
        ],
        "FRACTION": [[before, _kind("FRAC", op="+"), after]],
        "ORDINAL": [
            [_kind("ORD", op="+")],
            [_kind("NUM"), _kind("ORDSUF")],
            [_kind("ORDPRE"), _kind("NUM")],
            [_kind("ORDPRE"), _kind("NUM"), _kind("ORDSUF")],
        ],
        # Durations and dates (``20 years``, ``30-year``, ``2022年2月``): matched so
        # that they win over a bare number, then dropped.
        "TIME": [
            [before, number, scales, _kind("TIME"), after],
            [before, number, hyphen, _kind("TIME"), after],
            [_kind("ORDPRE"), _kind("NUM"), _kind("TIME")],  # 第3四半期
        ],
        "BARE": [[before, number, *m, after] for m in magnitudes],
    }


# Entity labels (spaCy and GiNZA) whose numbers are dates or times, not quantities.
_DATE_LABELS = ("DATE", "TIME")
_GINZA_DATE_PREFIXES = ("date", "time", "period", "era", "day", "week", "month", "year", "age")
# Named-entity labels whose bare numbers are part of a name (``S&P 500``).
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "PERSON"})


def _is_date_label(label: str) -> bool:
    return label in _DATE_LABELS or label.lower().startswith(_GINZA_DATE_PREFIXES)


class HasVocab(Protocol):
    """A loaded model, or anything else that carries its vocabulary."""

    @property
    def vocab(self) -> Vocab: ...


class QuantityGrammar:
    """The Matcher built once for one vocabulary (one loaded model)."""

    def __init__(self, nlp: HasVocab) -> None:
        from spacy.matcher import Matcher
        from spacy.tokens import Token

        if not Token.has_extension(KIND_ATTR):
            Token.set_extension(KIND_ATTR, default="")
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab)
        self.categories: dict[int, str] = {}
        for category, patterns in grammar_patterns().items():
            self.matcher.add(category, patterns, greedy="LONGEST")
            self.categories[nlp.vocab.strings[category]] = category

    def __call__(self, doc: Doc, lang: str = "en", offset: int = 0) -> list[Quantity]:
        words: list[str] = []
        spaces: list[bool] = []
        for token in doc:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
        lexes = lex_tokens(words, spaces)
        # Kinds reach the Matcher through a token extension; only known tokens get
        # one, and those set by an earlier run over the same doc are cleared.
        for i in doc.user_data.get(_TAGGED, ()):
            doc[i]._.set(KIND_ATTR, "")
        tagged: list[int] = []
        for i, lex in enumerate(lexes):
            if lex is not None:
                doc[i]._.set(KIND_ATTR, lex.kind)
                tagged.append(i)
        doc.user_data[_TAGGED] = tagged
        found = [(self.categories[m], s, e) for m, s, e in self.matcher(doc)]
        quantities: list[Quantity] = []
        for match in _longest(found):
            quantity = self._quantity(doc, lexes, *match, lang, offset)
            # A counted noun can reach over a later match ("PlayStation 5 consoles").
            if quantity and (not quantities or quantity.start >= quantities[-1].end):
                quantities.append(quantity)
        return quantities

    def _quantity(
        self,
        doc: Doc,
        lexes: list[Lex | None],
        category: str,
        start: int,
        end: int,
        lang: str,
        offset: int,
    ) -> Quantity | None:
        if category == "TIME":
            return None
        noun = None
        if category in ("BARE", "FRACTION", "ORDINAL") and _in_date(doc, start, end):
            return None
        if (
            category == "ORDINAL"
            and doc[start].pos_ == "NOUN"
            and doc[start].lower_ in lx.TIME_NOUNS
        ):
            return None  # "a second", not "the second"
        if category == "BARE":
            if _is_name_or_code(doc, lexes, start, end):
                return None
            if lang == "en":
                counted = counted_noun(doc, end)
                if counted is not None:
                    end, noun = counted
                    if noun in lx.TIME_NOUNS:
                        return None
            if noun is None and any(
                lex is not None and lex.unit == "weak" for lex in lexes[start:end]
            ):
                return None
        meaning = interpret(lexes[start:end], noun)
        if meaning is None:
            return None
        span = doc[start:end]
        start_char, end_char = span.start_char, span.end_char
        last, last_lex = doc[end - 1], lexes[end - 1]
        if last_lex is not None and last_lex.chars:
            end_char = last.idx + last_lex.chars  # only the counter of "割増"
        elif last_lex is not None and last_lex.kind == "SCALE" and last.text.endswith("."):
            end_char -= 1  # "$400m." at the end of a sentence
        text = span.text[: end_char - start_char]
        return Quantity(
            start=start_char + offset,
            end=end_char + offset,
            text=text,
            label=meaning.label,
            value=meaning.value,
            unit=meaning.unit,
            qualifier=meaning.qualifier,
        )


def _longest(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Non-overlapping matches, longest first (earliest on ties), back in text order."""
    taken: list[tuple[str, int, int]] = []
    used: set[int] = set()
    for category, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not used.intersection(range(start, end)):
            taken.append((category, start, end))
            used.update(range(start, end))
    return sorted(taken, key=lambda m: m[1])


def _in_date(doc: Doc, start: int, end: int) -> bool:
    return any(_is_date_label(doc[i].ent_type_) for i in range(start, end) if doc[i].ent_type_)


def _glued(doc: Doc, i: int) -> bool:
    """Token ``i`` is written against the previous one with no space."""
    return i > 0 and not doc[i - 1].whitespace_


def _is_name_or_code(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> bool:
    """A bare number that is a year, a phone number or date part, or part of a name."""
    numbers = [
        i for i, lex in enumerate(lexes[start:end], start) if lex is not None and lex.kind == "NUM"
    ]
    if len(numbers) == 1 and end - start == 1:
        text = doc[numbers[0]].text
        if re.fullmatch(r"19\d\d|20\d\d", text):
            return True  # a year: "in 2020"
    first, last = start, end - 1
    # Joined to another number or a word by punctuation: 555-123-4567, 9:41, F-35, 4/13.
    if first >= 2 and _glued(doc, first) and doc[first - 1].is_punct and _glued(doc, first - 1):
        return True
    if (
        last + 2 < len(doc)
        and _glued(doc, last + 1)
        and doc[last + 1].text in "-/:."
        and _glued(doc, last + 2)
        and (doc[last + 2].like_num or doc[last + 2].is_digit)
    ):
        return True
    before = doc[first - 1] if first else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ not in _DATE_LABELS:
        if lexes[first - 1] is None and before.text[:1].isupper() and not _is_month(before.text):
            return True  # "S&P 500", "Nikkei 225", "Model 3"
    return any(doc[i].ent_type_ in _NAME_LABELS for i in range(start, end))


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTHS


_MODIFIER_POS = frozenset({"ADJ", "PROPN"})


def _in_hyphen_compound(doc: Doc, i: int) -> bool:
    """Token ``i`` is part of a hyphenated word such as ``HK-listed``."""
    token = doc[i]
    if token.text == "-":
        return _glued(doc, i) and bool(token.whitespace_ == "")
    return _next_is_hyphen(doc, i) or (_glued(doc, i) and doc[i - 1].text == "-")


def counted_noun(doc: Doc, end: int, limit: int = 6) -> tuple[int, str] | None:
    """The noun a bare number counts, from the tokens after it.

    Modifiers (adjectives, participles, names, hyphenated compounds such as
    ``HK-listed``) may come first; the last noun of the first noun run is the
    head: ``11 Chinese companies`` -> ``company``, ``150 Boeing jets`` -> ``jet``.
    ``times`` after a number is a multiplier (unit ``times``).

    Returns:
        The end of the expression (token index) and the lemma of the noun, or None.
    """
    stop = min(len(doc), end + limit)
    i = end
    while i < stop:
        token = doc[i]
        if token.pos_ == "NOUN" and not token.is_punct:
            while i + 1 < stop and doc[i + 1].pos_ == "NOUN" and not doc[i + 1].is_punct:
                i += 1
            if doc[i].lower_ == "times":
                return i + 1, "times"
            return i + 1, doc[i].lemma_.lower()
        if _in_hyphen_compound(doc, i) or _is_modifier(token):
            i += 1
            continue
        return None  # a verb, a preposition, punctuation: no counted noun
    return None


def _is_modifier(token: Token) -> bool:
    """A word that may stand between a number and the noun it counts."""
    if token.pos_ in ("ADJ", "PROPN"):
        return True
    if token.tag_ == "VBN":  # "35 listed companies"
        return True
    return (
        token.pos_ == "NUM"
        and not token.whitespace_ == ""
        and token.i > 0
        and doc_prev_is_propn(token)
    )


def doc_prev_is_propn(token: Token) -> bool:
    """``PlayStation 5``: a number that is part of a product name."""
    return token.nbor(-1).pos_ == "PROPN"


def _next_is_hyphen(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_


# --- public entry points ----------------------------------------------------------

_GRAMMARS: dict[int, QuantityGrammar] = {}


def build_quantity_matchers(nlp: HasVocab) -> QuantityGrammar:
    """The grammar for this model's vocabulary, built once and cached."""
    grammar = _GRAMMARS.get(id(nlp.vocab))
    if grammar is None or grammar.vocab is not nlp.vocab:
        grammar = QuantityGrammar(nlp)
        _GRAMMARS[id(nlp.vocab)] = grammar
    return grammar


class _VocabHolder:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab


def extract_quantities(
    doc: Doc, lang: str, offset: int = 0, grammar: QuantityGrammar | None = None
) -> list[Quantity]:
    """Every quantity in a parsed document.

    Args:
        doc: A Doc from the English model or from GiNZA (tagged, with entities).
        lang: ``en`` or ``ja``: English also looks for the counted noun by POS.
        offset: Where ``doc.text`` starts in the article; added to every offset.
        grammar: The result of :func:`build_quantity_matchers` (looked up if None).

    Returns:
        Quantities in text order, origin ``model``, status ``accepted``, with
        ``prefix``/``suffix`` left empty for the caller to fill.
    """
    if grammar is None:
        grammar = build_quantity_matchers(_VocabHolder(doc.vocab))
    return grammar(doc, lang, offset)
