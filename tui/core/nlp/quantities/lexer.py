"""The lexer of quantities: what each token says (number, currency, scale, qualifier ...), from the word tables.

Each token, or run of tokens making one dictionary phrase (``per cent``,
``Hong Kong dollars``, ``more than``, ``香港ドル``), gets a kind (``NUM``,
``CURPRE``, ``SCALE``, ``PCT``, ``QPRE`` ...) and a payload from the tables of
:mod:`tui.core.nlp.quantities.lexicon`. A token that holds a whole number
(``HK$91.10``, ``3.2bn``, ``1億2000万``) is read by :func:`read_number_token`.
Pure functions over token texts: no spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tui.core.nlp.quantities import lexicon as lx


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
        family: For a currency word that names several currencies ("crowns"), its
            family in :data:`~tui.core.nlp.quantities.lexicon.CURRENCY_FAMILIES`.
    """

    kind: str
    value: float | None = None
    unit: str | None = None
    phrase: int = -1
    chars: int = 0
    family: str = ""


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
#: A number written with digits (``1,000``, ``36.8``, ``.5``), as the lexer reads it.
DIGITS = re.compile(_DIGITS)
# A number written with digits, possibly glued to a currency sign before it and a
# scale, percent or multiplier after it: ``HK$91.10``, ``3.2bn``, ``50bp``, ``1.5x``.
_NUMBER_TOKEN = re.compile(rf"(?P<prefix>[^\d\s]*?)(?P<number>{_DIGITS})(?P<suffix>[^\d\s]*)")
# A Japanese number with kanji scales: ``1兆``, ``1億2000万``, ``1万2000``, ``3.5兆``.
_KANJI_NUMBER = re.compile(r"(?:[\d,]+(?:\.\d+)?[万億兆])+[\d,]*(?:\.\d+)?")
_KANJI_PART = re.compile(r"([\d,]+(?:\.\d+)?)([万億兆]?)")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")
#: A fraction written with a slash, as in bond yields and spreads (``1/8``, ``13/16``):
#: only halves, quarters, eighths ... so that ``4/13`` (a date) is not one.
SLASH_FRACTION = re.compile(r"(\d{1,2})/(2|4|8|16|32|64)")
# Two prices of one quote, a bid and an offer (``420.00/420.50``, ``563/567``,
# ``6.64/66``): read as the second, as meant (:func:`quote_pair`).
_QUOTE_PAIR = re.compile(rf"(?P<first>{_DIGITS})/(?P<second>{_DIGITS})")
#: How far apart a bid and an offer may be, as a share of the bid.
_QUOTE_SPREAD = 0.1


def quote_pair(text: str) -> tuple[float, float] | None:
    """The bid and the offer of a quote written in one word, the offer as meant.

    ``420.00/420.50`` and ``563/567`` are two prices close together, the second not
    below the first; an offer written short takes the bid's leading digits
    (``6.64/66`` is 6.64 and 6.66, ``1.4560/70`` is 1.4560 and 1.4570), carrying one when its
    digits wrap past the bid's (``1.6195/05`` is 1.6195 and 1.6205). Two whole
    numbers must have three digits or more each, so that ``4/13`` (a date) and
    ``3/16`` (a fraction) are none.

    Args:
        text: The token's text.

    Returns:
        The two values, or None when the text is no such quote.
    """
    match = _QUOTE_PAIR.fullmatch(text)
    if match is None:
        return None
    first_text, second_text = match.group("first", "second")
    first, second = _number(first_text), _number(second_text)
    if "." not in text and min(len(first_text), len(second_text)) < 3:
        return None
    if first <= second <= first * (1 + _QUOTE_SPREAD):
        return first, second
    digits = first_text.replace(",", "")
    tail = second_text.replace(",", "")
    if "." in tail or len(tail) >= len(digits.replace(".", "")):
        return None
    # The offer written short replaces the bid's last digits ("6.64/66" -> "6.66").
    meant = _number(digits[: len(digits) - len(tail)] + tail)
    if meant < first:
        # The offer's last digits wrapped past the bid's ("1.6195/05" -> "1.6205"): carry one.
        decimals = len(digits) - digits.index(".") - 1 if "." in digits else 0
        meant = round(meant + 10 ** (len(tail) - decimals), decimals)
    if first <= meant <= first * (1 + _QUOTE_SPREAD):
        return first, meant
    return None


def normal(text: str) -> str:
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
    norm = normal(text)
    fraction = SLASH_FRACTION.fullmatch(norm)
    if fraction:
        numerator, denominator = (int(g) for g in fraction.groups())
        return Lex("FNUM", numerator / denominator) if numerator < denominator else None
    pair = quote_pair(norm)
    if pair is not None:
        return Lex("NUM", pair[1])
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
    if prefix == lx.GLUED_MAGNITUDE and not suffix:
        return Lex("NUM", value)  # "magnitude-5.9": the grammar reads the word as its unit
    if prefix:
        currency = lx.CURRENCY_PREFIXES.get(prefix) or lx.CURRENCY_CODES.get(prefix)
        if currency is None and "." in digits:
            currency = lx.GLUED_COUNTRY_PREFIXES.get(prefix)
        if currency is None:
            return None
    if suffix:
        if text.endswith("MM") and suffix == "mm":
            value *= 1e6  # "$21MM": the financial writing of millions, not millimetres
        elif suffix in lx.GLUED_SCALES or suffix in lx.SCALE_WORDS:
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


Entry = tuple[str, float | None, str | None, str]


def _phrase_table() -> dict[str, Entry]:
    """Every dictionary word and phrase: text -> (kind, value, unit, currency family)."""
    table: dict[str, Entry] = {}

    def put(words: dict[str, Any], kind: str, as_value: bool) -> None:
        for key, payload in words.items():
            entry = (kind, payload, None, "") if as_value else (kind, None, payload, "")
            table.setdefault(key, entry)

    # Earlier tables win where a word is in two (``second``: ordinal before time).
    put(lx.QUALIFIERS_BEFORE, "QPRE", False)
    put(lx.QUALIFIERS_AFTER, "QPOST", False)
    put(lx.PERCENT_WORDS, "PCT", True)
    put(lx.POINT_WORDS, "PP", True)
    for word, (code, family) in lx.FAMILY_WORDS.items():
        table.setdefault(word, ("CUR", None, code, family))
    for word, (code, factor, family) in lx.FAMILY_SUBUNITS.items():
        table.setdefault(word, ("CUR", factor, code, family))
    put(lx.CURRENCY_WORDS, "CUR", False)
    for word, (code, factor) in lx.CURRENCY_SUBUNITS.items():
        table.setdefault(word, ("CUR", factor, code, ""))
    for word, (code, family) in lx.SCALED_FAMILY_WORDS.items():
        table.setdefault(word, ("CURS", None, code, family))
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
                table[f"{num_word}{sep}{den_word}"] = ("FRAC", numerator / denominator, None, "")
    table["half"] = ("FRAC", 0.5, None, "")
    table["半分"] = ("FRAC", 0.5, None, "")
    table["半数"] = ("FRAC", 0.5, None, "")
    for tens_word, tens in lx.NUMBER_WORDS.items():
        if tens >= 20 and tens % 10 == 0:
            for unit_word, ones in lx.NUMBER_WORDS.items():
                if 1 <= ones <= 9:
                    table[f"{tens_word}-{unit_word}"] = ("NUMW", tens + ones, None, "")
                    table[f"{tens_word} {unit_word}"] = ("NUMW", tens + ones, None, "")
    for word in lx.WEAK_NUMBER_WORDS:
        table.setdefault(word, ("WEAK", 1, None, ""))
    put(lx.NUMBER_WORDS, "NUMW", True)
    put(lx.ORDINAL_WORDS, "ORD", True)
    put(lx.MEASURE_WORDS, "MEASURE", False)
    put(lx.COUNTERS, "COUNTER", False)
    for word in lx.ORDINAL_SUFFIXES:
        table.setdefault(word, ("ORDSUF", None, None, ""))
    for word in lx.ORDINAL_PREFIXES:
        table.setdefault(word, ("ORDPRE", None, None, ""))
    for word in lx.RATE_WORDS:
        table.setdefault(word, ("RATE", None, None, ""))
    for word in lx.POINT_NOUNS:
        table.setdefault(word, ("PT", None, None, ""))
    for word in lx.TIME_NOUNS:
        table.setdefault(word, ("TIME", None, None, ""))
    return table


PHRASES = _phrase_table()
#: Longest phrase, in words/tokens; and the first words of multi-token phrases.
_MAX_PHRASE_TOKENS = 4
_PHRASE_STARTS = frozenset(
    {re.split(r"[\s-]", key)[0] for key in PHRASES if re.search(r"[\s-]", key)}
) | {key[:1] for key in PHRASES if not key.isascii()}


def _joined(norms: Sequence[str], spaces: Sequence[bool], start: int, end: int) -> str:
    """Tokens ``start..end`` as one phrase key, from their :func:`normal` forms."""
    parts = []
    for i in range(start, end):
        parts.append(norms[i])
        if i < end - 1 and spaces[i]:
            parts.append(" ")
    return "".join(parts)


def _looks_numeric(lex: Lex | None) -> bool:
    return lex is not None and lex.kind in ("NUM", "NUMW", "CURNUM", "WEAK")


def lex_tokens(
    words: Sequence[str], spaces: Sequence[bool], country: str | None = None
) -> list[Lex | None]:
    """The lexicon's reading of each token (None for tokens it does not know).

    Args:
        words: Token texts, in order.
        spaces: Whether each token is followed by whitespace.
        country: The article's country: a currency word that is an ordinary word too
            ("punts", "crown") is its money after a number in a story from there.

    Returns:
        One :class:`Lex` or None per token; tokens of one phrase share its payload.
    """
    n = len(words)
    words = [_spelt(word) for word in words]
    norms = [normal(word) for word in words]
    lexes: list[Lex | None] = [None] * n
    i = 0
    while i < n:
        norm = norms[i]
        taken = 0
        if norm in _PHRASE_STARTS or (norm and norm[:1] in _PHRASE_STARTS):
            for length in range(min(_MAX_PHRASE_TOKENS, n - i), 1, -1):
                entry = PHRASES.get(_joined(norms, spaces, i, i + length))
                if entry is not None:
                    kind, value, unit, family = entry
                    lex = Lex(kind, value, unit, phrase=i, family=family)
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
            lexes[i] = Lex(entry[0], entry[1], entry[2], phrase=i, family=entry[3])
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
    _join_mixed_numbers(words, spaces, lexes)
    _join_hundred_and(words, lexes)
    _join_spaced_thousands(words, spaces, lexes)
    # "mark", "crown", "pound", "punts" are money only after a scale ("a 100 mln mark
    # credit"), or in a story from a country that counts in them ("200 punts" in Dublin).
    for i, current in enumerate(lexes):
        if current is not None and current.kind == "CURS":
            home = lx.CURRENCY_FAMILIES.get(current.family or "")
            at_home = home is not None and country is not None and country in home.countries
            if _after_scale(words, lexes, i) or (at_home and _after_number(lexes, i)):
                lexes[i] = Lex("CUR", current.value, current.unit, phrase=i, family=current.family)
            else:
                lexes[i] = None
    # "a"/"an"/"one" count only before a scale word: "a million", "one hundred".
    for i, current in enumerate(lexes):
        if current is not None and current.kind == "WEAK":
            following = lexes[i + 1] if i + 1 < n else None
            if following is not None and following.kind == "SCALE":
                lexes[i] = Lex("NUMW", 1, None, phrase=i)
            elif norm_is_one(words[i]):
                lexes[i] = Lex("NUMW", 1, "weak", phrase=i)
    return lexes


def _spelt(word: str) -> str:
    """A word as meant where wire copy misspells a unit: "percentaage", "precentage"."""
    lower = word.lower()
    if 9 <= len(lower) <= 12 and lower.startswith(("perc", "prec")) and lower.endswith("age"):
        return "percentage"
    return word


def _after_scale(words: Sequence[str], lexes: Sequence[Lex | None], i: int) -> bool:
    """Token ``i`` follows a scale word, directly or after a hyphen (``mln mark``, ``billion-mark``)."""
    j = i - 1
    if j >= 0 and words[j] == "-":
        j -= 1
    previous = lexes[j] if j >= 0 else None
    return previous is not None and previous.kind == "SCALE"


def _after_number(lexes: Sequence[Lex | None], i: int) -> bool:
    previous = lexes[i - 1] if i else None
    return previous is not None and previous.kind in ("NUM", "NUMW")


def _join_spaced_thousands(
    words: Sequence[str], spaces: Sequence[bool], lexes: list[Lex | None]
) -> None:
    """``£35, 000`` (a space typed after the thousands comma) is one number, 35,000: a
    group ``000`` alone is never a number of its own; nor is a group of three digits that
    ends a price written with its sign (``valued at $380, 600.``)."""
    for i in range(1, len(words) - 1):
        whole = lexes[i - 1]
        if (
            words[i] == ","
            and (words[i + 1] == "000" or _ends_a_price(words, lexes, i))
            and not spaces[i - 1]
            and spaces[i]
            and whole is not None
            and whole.kind == "NUM"
            and whole.value is not None
        ):
            group = float(words[i + 1])
            lex = Lex("NUM", whole.value * 1000 + group, whole.unit, phrase=whole.phrase)
            first = whole.phrase if whole.phrase is not None else i - 1
            lexes[first : i + 2] = [lex] * (i + 2 - first)


#: What may follow the last group of a price: the end of its clause.
_CLAUSE_END = frozenset({".", ",", ";", ":", ")", "!", "?"})


def _ends_a_price(words: Sequence[str], lexes: Sequence[Lex | None], i: int) -> bool:
    """The comma ``i`` stands between a price's sign and digits (``$380``) and a last group of
    three digits that closes the clause."""
    sign = lexes[i - 2] if i >= 2 else None
    group = words[i + 1]
    return (
        sign is not None
        and sign.kind == "CURPRE"
        and len(group) == 3
        and group.isdigit()
        and words[i - 1].isdigit()
        and len(words[i - 1]) <= 3
        and (i + 2 >= len(words) or words[i + 2] in _CLAUSE_END)
    )


#: The decimals of a number written in figures ("2.72"): a fraction after them is one of
#: the last place.
_DECIMALS = re.compile(r"^\d[\d,]*\.(\d+)$")


def _join_mixed_numbers(
    words: Sequence[str], spaces: Sequence[bool], lexes: list[Lex | None]
) -> None:
    """``8-1/2`` (three tokens: ``8``, ``-``, ``1/2``) is one number, 8.5; after decimals
    the fraction is one of the last decimal place, as grain and metal prices are quoted
    (``2.72-3/4`` dlrs is 2.7275)."""
    for i in range(2, len(words)):
        fraction, whole = lexes[i], lexes[i - 2]
        if (
            fraction is not None
            and fraction.kind == "FNUM"
            and whole is not None
            and whole.kind == "NUM"
            and words[i - 1] == "-"
            and not spaces[i - 2]
            and not spaces[i - 1]
        ):
            decimals = _DECIMALS.search(words[i - 2])
            if decimals is None and not float(whole.value or 0).is_integer():
                continue
            place = 10.0 ** -len(decimals.group(1)) if decimals is not None else 1.0
            value = (whole.value or 0) + (fraction.value or 0) * place
            lexes[i - 2 : i + 1] = [Lex("NUM", value, None, phrase=i - 2)] * 3
    # "priced at 82 1/8": a whole number and a fraction with a space between (not a year's).
    for i in range(1, len(words)):
        fraction, whole = lexes[i], lexes[i - 1]
        if (
            fraction is not None
            and fraction.kind == "FNUM"
            and whole is not None
            and whole.kind == "NUM"
            and whole.phrase == i - 1
            and spaces[i - 1]
            and words[i - 1].isdigit()
            and 0 < (whole.value or 0) < 1000
        ):
            lex = Lex("NUM", (whole.value or 0) + (fraction.value or 0), None, phrase=i - 1)
            lexes[i - 1 : i + 1] = [lex] * 2
    # "two and a half pct", "three and one quarter": a whole number and a fraction in words.
    for i in range(2, len(words)):
        fraction, whole = lexes[i], lexes[i - 2]
        if (
            fraction is not None
            and fraction.kind == "FRAC"
            and fraction.phrase == i
            and whole is not None
            and (whole.kind in ("NUM", "NUMW") or norm_is_one(words[i - 2]))
            and float(whole.value or 1).is_integer()
            and words[i - 1].lower() == "and"
        ):
            end = i + 1
            while end < len(lexes) and lexes[end] is fraction:
                end += 1
            value = (whole.value if whole.kind != "WEAK" else 1) or 0
            lex = Lex("NUM", value + (fraction.value or 0), None, phrase=i - 2)
            lexes[i - 2 : end] = [lex] * (end - i + 2)


#: Kinds of the number of hundreds: "three", "3", "one" or "a" (weak until a scale follows).
_HUNDREDS_KINDS = frozenset({"NUM", "NUMW", "WEAK"})


def _join_hundred_and(words: Sequence[str], lexes: list[Lex | None]) -> None:
    """``three hundred and fifty two``, ``one thousand and ten``: a number in words whose
    hundreds (or thousands) are joined to the rest by "and" is one number."""
    for i in range(2, len(words) - 1):
        scale, first, rest = lexes[i - 1], lexes[i - 2], lexes[i + 1]
        if words[i].lower() != "and" or scale is None or scale.kind != "SCALE":
            continue
        if scale.value not in (1e2, 1e3) or first is None or first.kind not in _HUNDREDS_KINDS:
            continue
        if rest is None or rest.kind != "NUMW" or first.phrase != i - 2:
            continue
        end, added = i + 1, 0.0
        while end < len(words):
            lex = lexes[end]
            if lex is not None and lex.kind == "NUMW" and lex.phrase == end:
                added += lex.value or 0
            elif lex is not None and lex is lexes[end - 1] and end > i + 1:
                pass  # the later words of a number in words the table read whole
            elif words[end] != "-" or end + 1 >= len(words) or lexes[end + 1] is None:
                break
            end += 1
        following = lexes[end] if end < len(lexes) else None
        if not 0 < added < 100 or (following is not None and following.kind == "SCALE"):
            continue  # "between two hundred and three hundred": two numbers
        value = (first.value or 0) * (scale.value or 0) + added
        lexes[i - 2 : end] = [Lex("NUM", value, None, phrase=i - 2)] * (end - i + 2)


#: Kinds a Japanese token may start with, after a number (``割増``, ``円台``, ``ドル建て``).
_PREFIX_KINDS = frozenset({"PCT", "PP", "CUR", "COUNTER", "MEASURE", "TIME"})


def _unit_prefix(norm: str, i: int) -> Lex | None:
    for length in range(len(norm) - 1, 0, -1):
        entry = PHRASES.get(norm[:length])
        if entry is not None and entry[0] in _PREFIX_KINDS:
            return Lex(entry[0], entry[1], entry[2], phrase=i, chars=length)
    return None


def norm_is_one(word: str) -> bool:
    return normal(word) == "one"
