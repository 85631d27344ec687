"""The grammar of quantities: spaCy ``Matcher`` patterns over the lexer's kinds, and extraction from a parsed doc.

spaCy ``Matcher`` patterns over the kinds the lexer gives tokens
(:func:`~tui.core.nlp.quantities.lexer.lex_tokens`) find the expressions
(``QPRE* CURPRE NUM SCALE* QPOST*`` ...); the longest one wins where they
overlap. A bare number then takes its counted noun from the part-of-speech tags
(``11 Chinese companies``), and numbers that are years, dates, times, phone
numbers or parts of names are dropped. :func:`~tui.core.nlp.quantities.meaning.interpret`
gives each its label, value (scaled: ``US$36.8 billion`` is 3.68e10 USD), unit
and qualifier.

``quantulum3`` was evaluated and not used: on typical financial-news phrases it
read ``$6m`` as dollar-metres and ``€3.2bn`` as euro-bit-newtons, missed
``HK$91.10``, ``RMB5 billion`` and ``129.10 Hong Kong dollars``, has no Japanese,
no qualifiers and returned the year ``2020`` as a quantity (see docs/benchmarks.md).

spaCy is imported only when a grammar is built; reading typed text
(:mod:`tui.core.nlp.quantities.parse`) needs none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol

from tui.core.model.schema import Quantity
from tui.core.nlp.quantities import lexicon as lx
from tui.core.nlp.quantities.lexer import Lex, lex_tokens
from tui.core.nlp.quantities.meaning import Meaning, interpret, singular
from tui.core.nlp.quantities.parse import read_quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab


NUMBER_KINDS = ("NUM", "NUMW")
#: The kind of the second and later tokens of one number (``Thirty``-``three``, ``8``-``1/2``).
NUMBER_CONTINUED = "NCONT"
#: Kinds a quantity expression can start with; a doc without any has none.
_STARTING_KINDS = frozenset(
    {"QPRE", "NUM", "NUMW", "FNUM", "CURNUM", "CURPRE", "CODE", "PCTNUM", "PPNUM", "MULNUM"}
    | {"FRAC", "ORD", "ORDPRE"}
)


#: Words between the two ends of a range or an alternative.
_END_WORDS = frozenset({"to", "or", "-"})
#: Categories whose match has a unit a fraction before it may share.
_UNIT_CATEGORIES = frozenset({"MONEY", "PERCENT", "POINTS", "POINT", "MEASURE"})


def _fraction_first_ends(
    words: list[str], lexes: list[Lex | None], found: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """ "1/4 to 1/2 percentage point": a fraction with a slash counts only with a unit, and
    the first end of a range has its unit after the second end (``FIRST_END`` matches)."""
    ends = []
    for category, start, _ in found:
        if (
            category not in _UNIT_CATEGORIES
            or start < 2
            or words[start - 1].lower() not in _END_WORDS
        ):
            continue
        first = lexes[start - 2]
        if first is None or first.kind != "FNUM" or (start > 2 and lexes[start - 3] is first):
            continue
        if not any(s <= start - 2 < e for _, s, e in found):
            ends.append(("FIRST_END", start - 2, start - 1))
    return ends


def _by_compound(doc: Doc, lexes: list[Lex | None], end: int) -> bool:
    """ "four-by-four" glued, with no measure after it: a name of a kind of vehicle."""
    if end + 3 >= len(doc) or [t.text.lower() for t in doc[end : end + 3]] != ["-", "by", "-"]:
        return False
    if any(t.whitespace_ for t in doc[end - 1 : end + 2]):
        return False
    after = lexes[end + 4] if end + 4 < len(lexes) else None
    return not (doc[end + 3].like_num and after is not None and after.kind == "MEASURE")


def _and_a_fraction(doc: Doc, lexes: list[Lex | None], end: int) -> tuple[int, float] | None:
    """ "and a half" after a measure ("a mile and a half"): where it ends and its value."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and":
        return None
    fraction = lexes[end + 1]
    if fraction is None or fraction.kind != "FRAC" or not fraction.value:
        return None
    stop = end + 1
    while stop < len(lexes) and lexes[stop] is fraction:
        stop += 1
    return stop, fraction.value


def _and_inches(doc: Doc, lexes: list[Lex | None], end: int) -> tuple[int, float] | None:
    """The inches written after a height's feet ("5 feet 10 inches", "six feet four inches"):
    where they end and what they add in feet."""
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in ("inch", "inches"):
        return None
    inches = lexes[end]
    if inches is None or inches.kind not in ("NUM", "NUMW") or inches.value is None:
        return None
    return (end + 2, inches.value / 12) if 0 < inches.value < 12 else None


#: Kinds of a unit written once after the second end of a range ("44 and 48 pct").
_RANGE_UNIT_KINDS = frozenset({"PCT", "PP", "CUR", "MEASURE"})


def _first_end_before_a_unit(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> bool:
    """ "for 44 and 48 pct": a small number the model took for a date is the first end of a
    range whose unit follows the second end."""
    first = lexes[start]
    if (
        end - start != 1
        or first is None
        or first.kind != "NUM"
        or not 0 < (first.value or 0) < 1000
    ):
        return False
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "to", "or"):
        return False
    second = lexes[end + 1]
    if second is None or second.kind != "NUM":
        return False
    i = end + 1
    while i < len(lexes) and (lexes[i] is second or _kind_of(lexes[i]) == "SCALE"):
        i += 1
    return i < len(lexes) and _kind_of(lexes[i]) in _RANGE_UNIT_KINDS


def _kind_of(lex: Lex | None) -> str | None:
    return lex.kind if lex is not None else None


def _ordinal_before_noun(doc: Doc, start: int, end: int) -> bool:
    """ "a third cargo": "a" and an ordinal before a noun or adjective rank, they divide nothing."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) != 2 or words[0] not in ("a", "an") or words[1] in ("half", "quarter"):
        return False
    if end >= len(doc):
        return False
    noun = doc[end] if doc[end].pos_ != "ADJ" else doc[end].head  # "a fifth straight loss"
    return noun.i >= end and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in lx.TIME_NOUNS


def _is_currency(lex: Lex | None) -> bool:
    return lex is not None and lex.kind in ("CUR", "CURS")


def _after_reference(doc: Doc, start: int) -> bool:
    """The number follows a word that refers ("section", "No", with its full stop or not)."""
    before = doc[start - 1] if start else None
    if before is not None and before.text == "." and start >= 2:
        before = doc[start - 2]  # the model's tokens of "No. 5" are "No", ".", "5"
    return before is not None and before.lower_ in lx.REFERENCE_NOUNS


#: A small whole number, in figures or in words: a period's number ("year two", "day 3").
_SMALL_WHOLE = re.compile(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten")
#: Periods a number after them identifies: "year two", "in years one and two", "day three".
_NUMBERED_PERIODS = frozenset("year years day days week weeks phase phases".split())


def _after_a_time_noun(doc: Doc, start: int) -> bool:
    """The number follows a period's noun, alone or as a later item of a list of such numbers
    ("in years one and two"): the period's number, no count."""
    if not _SMALL_WHOLE.fullmatch(doc[start].lower_):
        return False
    j = start - 1
    while j >= 2 and doc[j].lower_ in ("and", "or") and _SMALL_WHOLE.fullmatch(doc[j - 1].lower_):
        j -= 2  # "years one and two": back over the list's earlier numbers
    return j >= 0 and doc[j].lower_ in _NUMBERED_PERIODS


def _kind(*kinds: str, op: str | None = None) -> dict[str, Any]:
    # The Matcher reads a doc whose words are the kinds (see QuantityGrammar.__call__):
    # ORTH is matched in C, a token extension in Python for every token.
    spec: dict[str, Any] = {"ORTH": kinds[0] if len(kinds) == 1 else {"IN": list(kinds)}}
    if op:
        spec["OP"] = op
    return spec


def grammar_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """The Matcher patterns of every kind of expression, by category."""
    before = _kind("QPRE", op="*")
    after = _kind("QPOST", op="*")
    # A number: a first token, then the rest of a number written in several tokens.
    # A fraction written with a slash (``1/8``) counts only with a unit after it.
    rest = _kind(NUMBER_CONTINUED, op="*")
    number, bare_number = (_kind(*NUMBER_KINDS, "FNUM"), rest), (_kind(*NUMBER_KINDS), rest)
    scales = _kind("SCALE", op="*")
    hyphen = {"ORTH": "-"}
    # "36.8 billion" or "2.5-billion": a hyphen only ever stands before a scale.
    magnitudes = ([scales], [hyphen, _kind("SCALE", op="+")])
    # A qualifier after a rate reaches back over it: "10 barrels a day or less".
    rated = (_kind("RATE", op="+"), _kind("QPOST", op="+"))
    currency, measure = _kind("CUR", "CODE", op="+"), _kind("MEASURE", op="+")
    return {
        "MONEY": [
            *([before, _kind("CURPRE", "CODE"), *number, *m, after] for m in magnitudes),
            *([before, _kind("CURNUM"), *m, after] for m in magnitudes),
            # "36.8 billion dlrs", and "a six-billion dlr project" (the hyphen before the scale)
            *([before, *number, *m, currency, after] for m in magnitudes),
            *([before, *number, *m, currency, *rated] for m in magnitudes),
            [before, *number, scales, hyphen, _kind("CUR", op="+"), after],  # a trillion-dollar
            [before, _kind("CURNUM"), scales, currency, after],
        ],
        "PERCENT": [
            [before, *number, scales, _kind("PCT", op="+"), after],
            [before, _kind("PCTNUM"), after],
        ],
        "POINTS": [
            [before, *number, _kind("PP", op="+"), after],
            [before, _kind("FRAC", op="+"), _kind("WEAK"), _kind("PP", op="+"), after],
            [before, _kind("FRAC", op="+"), _kind("PP", op="+"), after],  # a half percentage point
            [before, _kind("PPNUM"), after],
        ],
        # "one-half point", "1/4 point", "20 points": percentage points or a count,
        # which the sentence decides.
        "POINT": [
            [before, *number, _kind("PT"), after],
            [before, _kind("FRAC", op="+"), _kind("PT"), after],
            [before, _kind("FRAC", op="+"), _kind("WEAK"), _kind("PT"), after],  # half a point
            [before, _kind("FRAC", op="+"), hyphen, _kind("PT"), after],  # a half-point cut
        ],
        "MEASURE": [
            *([before, *number, *m, measure, after] for m in magnitudes),
            *([before, *number, *m, measure, *rated] for m in magnitudes),
            [_kind("QPRE", op="+"), _kind("WEAK"), measure, after],  # "about a block"
            [before, _kind("FRAC", op="+"), _kind("WEAK"), measure, after],  # "half a mile"
        ],
        "COUNTER": [
            [before, *number, scales, _kind("COUNTER"), after],
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
            [before, *number, scales, _kind("TIME"), after],
            [before, *number, hyphen, _kind("TIME"), after],
            [_kind("ORDPRE"), _kind("NUM"), _kind("TIME")],  # 第3四半期
        ],
        "BARE": [[before, *bare_number, *m, after] for m in magnitudes],
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

        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab)
        self.categories: dict[int, str] = {}
        for category, patterns in grammar_patterns().items():
            self.matcher.add(category, patterns, greedy="LONGEST")
            self.categories[nlp.vocab.strings[category]] = category

    def __call__(
        self, doc: Doc, lang: str = "en", offset: int = 0, country: str | None = None
    ) -> list[Quantity]:
        from spacy.tokens import Doc as KindDoc

        words: list[str] = []
        spaces: list[bool] = []
        for token in doc:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
        lexes = lex_tokens(words, spaces, country)
        if not any(lex is not None and lex.kind in _STARTING_KINDS for lex in lexes):
            return []
        # The Matcher reads the kinds as the words of a doc of their own: the second
        # and later tokens of one number are NCONT, a bare hyphen stays "-".
        kinds = [
            (
                NUMBER_CONTINUED
                if i and lex is lexes[i - 1] and lex.kind in ("NUM", "NUMW")
                else lex.kind
            )
            if lex is not None
            else ("-" if word == "-" else "_")
            for i, (word, lex) in enumerate(zip(words, lexes, strict=True))
        ]
        kind_doc = KindDoc(self.vocab, words=kinds)
        found = [(self.categories[m], s, e) for m, s, e in self.matcher(kind_doc)]
        found += _fraction_first_ends(words, lexes, found)
        quantities: list[Quantity] = []
        durations: list[tuple[int, int]] = []
        for match in _longest(found):
            if match[0] == "TIME":
                span = doc[match[1] : match[2]]
                durations.append((span.start_char + offset, span.end_char + offset))
            quantity = self._quantity(doc, lexes, *match, lang, offset, country)
            # A counted noun can reach over a later match ("PlayStation 5 consoles").
            if quantity and (not quantities or quantity.start >= quantities[-1].end):
                quantities.append(quantity)
        if durations:
            text = doc.text
            quantities = [q for q in quantities if not _other_end_of(text, offset, q, durations)]
        if lang == "en" and doc.has_annotation("DEP"):
            quantities = _antecedents(doc, quantities, offset)
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
        country: str | None = None,
    ) -> Quantity | None:
        if category == "TIME":
            return None
        if category == "FIRST_END":
            meaning = interpret(lexes[start:end], None, country)
            return None if meaning is None else self._made(doc, start, end, offset, meaning)
        start = _past_copula_up_to(doc, lexes, start, end)
        start = _about_as_preposition(doc, lexes, start, end)
        start = _over_as_preposition(doc, lexes, start, end)
        if _clock_minutes(doc, start, end):
            return None  # "Jul 7 2012, 5: 55p": the minutes of a scraped clock time
        if category == "POINT":
            point = next(
                i for i, lex in enumerate(lexes[start:end], start) if lex and lex.kind == "PT"
            )
            of = point + 1 < len(doc) and doc[point + 1].lower_ == "of"  # "One point of"
            fraction = any(lex is not None and lex.kind == "FRAC" for lex in lexes[start:point])
            if (
                lang == "en"
                and not of
                and (_points_in_percent(doc, start) or (fraction and not _index_points(doc, start)))
            ):
                meaning = interpret(lexes[start:end], None, country)
                if meaning is None:
                    return None
                points = Meaning("PERCENT", meaning.value, "pp", meaning.qualifier)
                return self._made(doc, start, end, offset, points, lexes)
            # Else the number alone, which counts its points as any noun.
            if any(lex is not None and lex.kind == "FNUM" for lex in lexes[start:point]):
                return None  # "1/4" counts only with a unit
            hyphen = doc[point - 1].text == "-"  # "a half-point" of an index: the half alone
            category, end = ("FRACTION" if fraction else "BARE"), point - hyphen
        noun = None
        if category in ("BARE", "MEASURE") and start and doc[start - 1].lower_ == "per":
            return None  # "46.86 Ecus per 100 kilos": the basis of a rate, no figure
        if category == "BARE" and _after_month(doc, start):
            return None  # "signed feb. 27": a date the model did not mark
        if (
            category in ("BARE", "FRACTION", "ORDINAL")
            and _in_date(doc, start, end)
            and not _first_end_before_a_unit(doc, lexes, start, end)
            and _glued_area(doc, start, end) is None  # "480-nautical-mile", a model's DATE
        ):
            return None
        if (
            category == "ORDINAL"
            and doc[start].pos_ == "NOUN"
            and doc[start].lower_ in lx.TIME_NOUNS
        ):
            return None  # "a second", not "the second"
        if category in ("BARE", "ORDINAL", "MEASURE", "FRACTION") and _in_a_name(doc, start, end):
            return None  # "First Boston Corp", "Nine Mile Point", "Robert Half International"
        if category == "BARE" and _by_compound(doc, lexes, end):
            return None  # "a four-by-four car": a kind of vehicle, no dimensions
        if category in ("BARE", "FRACTION") and _in_compound_word(doc, start, end):
            return None  # "two-time champion", "a half-century"
        if category == "FRACTION" and _a_third_person(doc, start, end):
            return None  # "A third was also shot", "wounded a third": one more of them
        if category == "FRACTION" and _half_of_a_period(doc, start, end):
            return None  # "a good second half", "in the first half": a period of the year
        if category == "FRACTION" and _ordinal_before_noun(doc, start, end):
            return None  # "a third cargo", "a fifth straight loss": ordinals, not parts
        if category == "BARE":
            if _is_name_or_code(doc, lexes, start, end) or _list_label(doc, start, end):
                return None
            if start and doc[start - 1].text == "#" and not doc[start - 1].whitespace_:
                return None  # "the #1 movie", "the #3 seed", "jersey #23": a rank, an identifier
            counted = None
            if lang == "en" and _in_metres(doc, end):
                meaning = interpret(lexes[start:end], None, country)
                if meaning is not None and meaning.value is not None:
                    metres = Meaning("QUANTITY", meaning.value / 1e6, "metre", meaning.qualifier)
                    return self._made(doc, start, end, offset, metres, lexes)
            if lang == "en" and _zero_kind(doc, lexes, start, end):
                return None  # "a zero coupon bond", "zero tolerance": a kind, no figure
            if lang == "en" and _zero_rate(doc, lexes, start, end):
                meaning = interpret(lexes[start:end], None, country)
                if meaning is not None:
                    zero = Meaning("PERCENT", 0.0, "percent", meaning.qualifier)
                    return self._made(doc, start, end, offset, zero, lexes)
            if lang == "en" and (height := _feet_and_inches(doc, end)) is not None:
                meaning = interpret(lexes[start:end], None, country)
                if meaning is not None and meaning.value is not None:
                    feet = meaning.value + height[1] / 12
                    measure = Meaning("QUANTITY", feet, "foot", meaning.qualifier)
                    return self._made(doc, start, height[0], offset, measure)
            if lang == "en":
                single = _counts_one(lexes, start, end)
                glued = hyphenated_noun(doc, end)
                if glued is not None and _is_currency(lexes[end + 1]):
                    # "three-mln-dlr contract": the glued word is the currency
                    meaning = interpret(lexes[start : glued[0]], None, country)
                    if meaning is not None and meaning.label == "MONEY":
                        return self._made(doc, start, glued[0], offset, meaning)
                if glued is not None and _kind_of(lexes[end + 1]) in ("PCT", "PP", "MEASURE"):
                    # "a 50-pct stake", "a 10-mile walk": the glued word is the unit
                    meaning = interpret([*lexes[start:end], lexes[end + 1]], None, country)
                    if meaning is not None:
                        return self._made(doc, start, glued[0], offset, meaning)
                area = _glued_area(doc, start, end)
                if area is not None:
                    return self._made(doc, start, area[0], offset, area[1])
                if glued is not None and _one_capital(doc[end + 1].text):
                    return None  # "an 8-K report", "a 10-Q filing": a form's name
                if glued is not None and glued[1] in lx.IDIOM_GLUED_NOUNS:
                    return None  # "two-way trade", "a three-way race": an idiom, no count
                if end < len(doc) and doc[end].lower_ in lx.BORE_WORDS:
                    counted = (end + 1, doc[end].lower_)  # "a .38 caliber revolver"
                elif _degree_before_noun(doc, end):
                    counted = (end + 1, "degree")  # "37 degree gravity oil", "a 45 degree angle"
                elif (inches := _bore_before_a_firearm(doc, start, end)) is not None:
                    bore = Meaning("QUANTITY", inches, "inch", "exact")
                    return self._made(doc, start, end, offset, bore)
                else:
                    counted = glued or counted_noun(doc, end, start=start, one=single)
                if counted is not None:
                    # The number is what was matched; a number among the words up to the
                    # noun is part of a name ("four M 16 rifles" counts four).
                    lexes = [
                        *lexes[:end],
                        *(None for _ in lexes[end : counted[0]]),
                        *lexes[counted[0] :],
                    ]
                    end, noun = counted
                    if noun in lx.TIME_NOUNS:
                        return None
                elif not any(lex is not None and lex.unit == "weak" for lex in lexes[start:end]):
                    noun = partitive_noun(doc, end)  # "46 of those products", not "one of the"
                if counted is None and noun is None:
                    noun = _noun_after_brackets(doc, end)  # "250,000 (60-kilo) bags"
                if counted is None and noun is None:
                    noun = _part_of_counted_whole(doc, start)  # "of the 900 plants only 86"
                if counted is None and noun is None:
                    noun = implied_noun(doc, start, end)  # "killing 3", "a mother of two"
                if counted is None and noun is None:
                    noun = number_of_noun(doc, start, end)  # "brings to 157 the number of goods"
                if counted is None and noun is None:
                    noun = named_before(doc, lexes, start, end)  # "authorized shares to 400 mln"
                if counted is None and noun is None:
                    noun = sold_noun(doc, start, end)  # "car sales were off 8 pct to 98,036"
                if counted is None and noun is None and _index_level(doc, start):
                    noun = "point"  # "the price index rose 5.3 pct to 139.4"
            weak = any(lex is not None and lex.unit == "weak" for lex in lexes[start:end])
            if noun is None and weak:
                return None
            if weak and _pronoun_one(doc, end):
                return None
            if noun == "times" and (_rate_follows(lexes, end) or _how_often(doc, start, end)):
                return None  # "four or five times a week", "hosted it three times": frequencies
            if noun is None and _frequency_follows(doc, lexes, end):
                return None  # the "four" of "four or five times a week"
            if lang == "en" and (_is_age(doc, start, end) or _is_address(doc, end)):
                return None
            if counted is None and _after_a_period_or(doc, start):
                return None  # "another month or two": a duration
            if counted is None and _after_reference(doc, start):
                return None  # "section 1002", "No. 5": an identifier
            if counted is None and noun is None and start and doc[start - 1].lower_ == "top":
                return None  # "finished in the top three": a band of ranks
            if counted is None and _after_a_time_noun(doc, start):
                return None  # "in years one and two", "on day three": a period's number
            if noun == "time":
                return None  # "at least one more time": how often, no figure
            if counted is None and start and doc[start - 1].lower_ == "base":
                return None  # "(base 100)", "1980 base 100": an index's base, no figure
            if counted is None and noun is None and _names_a_thing(doc, lexes, start, end):
                return None  # "a 911 dispatcher": a number naming, not counting
            if counted is None and noun is None and _opens_a_product(doc, start, end):
                return None  # "a .357 Magnum", "the 747 Jumbo": a model's name
            if counted is None and noun is None and _a_version(doc, start, end):
                return None  # "upgrade from Firefox 2.0": a release of a product
            if counted is None and noun is None and _listed_release(doc, start, end):
                return None  # "Internet Explorer 8 and 9", "Windows XP, Vista, 7 and 8.1"
            if noun in lx.TRACE_NOUNS and _counts_one(lexes, start, end):
                return None  # "not one scintilla of evidence": an idiom of none
        if category == "MEASURE" and _block_of_a_street(doc, end):
            return None  # "the 12000 block of Roosevelt Boulevard": an address
        meaning = interpret(lexes[start:end], noun, country)
        if meaning is None:
            return None
        if category == "MEASURE" and meaning.value is not None:
            half = _and_a_fraction(doc, lexes, end)  # "a mile and a half"
            if half is None and meaning.unit == "foot":
                half = _and_inches(doc, lexes, end)  # "5 feet 10 inches": one height, in feet
            if half is not None:
                end, more = half
                meaning = Meaning(
                    meaning.label, meaning.value + more, meaning.unit, meaning.qualifier
                )
        if meaning.unit == "point" and lang == "en" and _points_in_percent(doc, start):
            meaning = Meaning("PERCENT", meaning.value, "pp", meaning.qualifier)
        if meaning.unit == "point" and lang == "en" and _winning_margin(doc, start, end):
            return None  # "won by a combined 24 points", "a 10-point halftime lead": a score
        if lang == "en" and _kind_of_play(doc, end):
            return None  # "a three-point play", "from 3-point range", "one-possession games"
        if lang == "en" and _bits_wide(doc, start, end):
            return None  # "32-bit versions", "32- and 64-bit systems": a kind of computer
        if start and doc[start - 1].lower_ in lx.SIGN_WORDS and meaning.value is not None:
            # "a negative 1.4 pct", "minus 0.5 pct": the sign is part of the figure
            start -= 1
            meaning = Meaning(meaning.label, -meaning.value, meaning.unit, meaning.qualifier)
        if (
            meaning.unit in lx.BORE_WORDS
            and meaning.value is not None
            and (meaning.value < 1 or 10 <= meaning.value < 1000)
        ):
            # a firearm's calibre is its bore in inches: ".32-caliber", "a 22-calibre rifle",
            # "a 357 caliber gun" (hundredths or thousandths of an inch, the point left out)
            inches = (
                meaning.value if meaning.value < 1 else meaning.value / _bore_scale(meaning.value)
            )
            meaning = Meaning("QUANTITY", inches, "inch", meaning.qualifier)
        if meaning.label == "MONEY" and _my_two_cents(doc, start, end):
            return None  # "my two cents' worth": an opinion, no money
        if meaning.unit == "hand" and start > 1 and doc[start - 2].lower_ == "on":
            return None  # "on the one hand": a way of weighing, no count
        if (
            meaning.label == "MONEY"
            and lang == "en"
            and (_weighed(doc, start, end) or _pound_of_weight(doc, end, country))
        ):
            meaning = Meaning("QUANTITY", meaning.value, "pound", meaning.qualifier)
        return self._made(doc, start, end, offset, meaning, lexes)

    @staticmethod
    def _made(
        doc: Doc,
        start: int,
        end: int,
        offset: int,
        meaning: Meaning,
        lexes: list[Lex | None] | None = None,
    ) -> Quantity:
        span = doc[start:end]
        start_char, end_char = span.start_char, span.end_char
        last, last_lex = doc[end - 1], lexes[end - 1] if lexes is not None else None
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


#: What a game's margin in points names: "a 10-point lead", "a 12-point win".
_MARGIN_NOUNS = frozenset("lead deficit win victory loss defeat margin cushion edge".split())
#: Verbs of a game won or lost by a margin: "won by 24 points", "beat them by nine points".
_MARGIN_VERBS = frozenset("win beat lose defeat outscore edge trail rout".split())


def _winning_margin(doc: Doc, start: int, end: int) -> bool:
    """A game's margin in points, which the gold reads as a score, no figure: "a 10-point
    halftime lead", "won the series by a combined 24 points" (not points a player scored)."""
    after = [t.lower_ for t in doc[end : end + 2]]
    if doc[end - 1].lower_ == "point" and (after[:1] or [""])[0] in _MARGIN_NOUNS:
        return True
    if doc[end - 1].lower_ == "point" and len(after) == 2 and after[1] in _MARGIN_NOUNS:
        return True  # "a 10-point halftime lead"
    j = start - 1
    while j >= 0 and doc[j].lower_ in ("a", "combined", "total"):
        j -= 1
    if j < 0 or doc[j].lower_ != "by":
        return False
    return any(t.lemma_.lower() in _MARGIN_VERBS for t in doc[doc[start].sent.start : j])


#: What a number glued to "point" or "possession" names a kind of, in a game: "a three-point
#: play", "from 3-point range", "a two-point conversion", "one-possession games".
_PLAY_KINDS = {
    "point": frozenset(
        "play plays range shot shots attempt attempts basket baskets shooter shooters shooting "
        "line arc conversion conversions try field".split()
    ),
    "possession": frozenset("game games contest contests".split()),
}


def _kind_of_play(doc: Doc, end: int) -> bool:
    """A number glued to ``point`` or ``possession`` before a noun of play names a kind of
    play or game, it counts nothing ("his third three-point play", "one-possession games")."""
    last = doc[end - 1].lower_
    return (
        last in _PLAY_KINDS
        and end >= 2
        and doc[end - 2].text == "-"
        and end < len(doc)
        and doc[end].lower_ in _PLAY_KINDS[last]
    )


def _bits_wide(doc: Doc, start: int, end: int) -> bool:
    """A number glued to ``bit`` names a kind of processor or program, it counts no bits
    ("the 32-bit versions", "32-and 64-bit editions")."""
    for i in range(start + 2, end):
        if doc[i].lower_ in ("bit", "bits") and doc[i - 1].text == "-":
            # no other number counts before it ("300 16-bit machines" counts machines); a
            # number glued to a hyphen is the first of a pair ("32-and 64-bit")
            return not any(
                t.like_num and doc[t.i + 1].text != "-" for t in doc[start : i - 1] if t.i < i - 2
            )
    return False


def _about_as_preposition(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> int:
    """Where the figure starts once an "about" that means "concerning" is left out: "it's not
    just about one person", "it's all about two words" (not "just about 30 pct", nearly)."""
    if start + 1 >= end or doc[start].lower_ != "about" or lexes[start] is lexes[start + 1]:
        return start
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if before[-1:] == ["all"] or before == ["not", "just"] or before[-1:] == ["not"]:
        return start + 1
    return start


def _over_as_preposition(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> int:
    """Where the figure starts once an "over" that says what is talked or fought of is left
    out: "talks with the banks over 2.15 billion dlrs of loans", "a row over 40 jobs" (not
    "over 80 people were held", more than)."""
    if start + 1 >= end or doc[start].lower_ != "over" or lexes[start] is lexes[start + 1]:
        return start
    head = doc[start].head
    if doc[start].dep_ == "prep" and head.i < start and head.lemma_.lower() in lx.DISPUTE_WORDS:
        return start + 1
    return start


def _degree_before_noun(doc: Doc, end: int) -> bool:
    """ "37 degree gravity oil", "a 45 degree angle": a number's singular "degree" before a
    noun is its unit (not "a 6.7 degree quake", a magnitude)."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ == "degree"
        and doc[end + 1].pos_ == "NOUN"
        and doc[end + 1].lower_ not in lx.QUAKE_WORDS
    )


#: The most tokens a bracketed aside between a count and its noun may hold: "(60-kilo)".
_ASIDE_TOKENS = 6


def _noun_after_brackets(doc: Doc, end: int) -> str | None:
    """What a number counts when a bracketed aside stands between it and its plural noun:
    "about 250,000 (60-kilo) bags", "12 (refurbished) jets" (the span stays the number)."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    for k in range(end + 1, min(len(doc) - 1, end + _ASIDE_TOKENS + 1)):
        if doc[k].text == ")":
            after = doc[k + 1]
            if after.pos_ == "NOUN" and _plural(after) and after.lower_ not in lx.TIME_NOUNS:
                return _noun_end(doc, after.i)[1]
            return None
    return None


#: The most tokens between a counted whole and the part of it counted after: "of the 40
#: boats checked by the coast guard on Sunday, 12".
_PART_AFTER_WHOLE = 9


def _part_of_counted_whole(doc: Doc, start: int) -> str | None:
    """What a bare number counts when its clause first names a counted whole with "of", and
    the number, the part, follows it: "Of the country's 900 largest factories only 86 were
    closed", "said of the 40 boats checked, 12 were seized": the whole is counted, the part
    is its clause's subject, no number or "or" between (not "Of the imports, those from Cuba
    rose to 3.8 mln tonnes from 3.6 mln", "one of five weights, between zero and 100 pct")."""
    if doc[start].dep_ not in ("nsubj", "nsubjpass", "appos"):
        return None  # the part is its clause's subject: not "one of five weights, from zero"
    sentence = doc[start].sent
    for of in doc[sentence.start : start]:
        whole = (
            next((c for c in of.children if c.dep_ == "pobj"), None) if of.lower_ == "of" else None
        )
        if whole is None or not whole.i < start <= whole.i + _PART_AFTER_WHOLE:
            continue
        if whole.pos_ != "NOUN" or not _plural(whole) or whole.lower_ in lx.TIME_NOUNS:
            continue
        if not any(c.dep_ == "nummod" for c in whole.children):
            continue
        if any(t.like_num or t.pos_ == "CCONJ" for t in doc[whole.i + 1 : start]):
            continue  # another number, or an alternative ("... countries or sometimes, Seven")
        return _noun_end(doc, whole.i)[1]
    return None


def _clock_minutes(doc: Doc, start: int, end: int) -> bool:
    """ "5: 55p", "9: 03am": the minutes of a clock time scraped with a space after its
    colon, a suffix of the afternoon or the morning glued to them (no pence)."""
    if start < 2 or doc[start - 1].text != ":" or not doc[start - 2].is_digit:
        return False
    if doc[start - 2].whitespace_ or len(doc[start - 2].text) > 2:
        return False
    return _MINUTES.fullmatch(doc[start:end].text) is not None


#: Minutes of a clock, with a glued "p", "pm", "a" or "am" if any.
_MINUTES = re.compile(r"[0-5]\d\s?(?:[ap]m?|[ap]\.m\.)?", re.IGNORECASE)


#: What a count names when it counts the things of an earlier count ("29 others").
_OTHERS = "other"
#: Units of counts that name no thing an antecedent could give.
_NO_THING = frozenset({"count", "fraction", "times", _OTHERS})


def _antecedents(doc: Doc, quantities: list[Quantity], offset: int) -> list[Quantity]:
    """A bare count that stands as its clause's subject ("six miners escaped, 29 made it
    out and 17 were found later", "another 2,000 are waiting"), is followed by "of them"
    ("two of them fled"), or counts "others", counts what the nearest earlier count of its
    sentence or the one before (in the same doc: a paragraph) counted; not after "there
    were", and only a whole number."""
    out = list(quantities)
    for i, quantity in enumerate(out):
        if quantity.label != "CARDINAL" or quantity.unit not in ("count", _OTHERS):
            continue
        if quantity.value is None or not float(quantity.value).is_integer():
            continue  # "from 48.125 to 53 dlrs": a count of things is whole
        span = doc.char_span(quantity.start - offset, quantity.end - offset, "expand")
        if span is None or not len(span):
            continue
        last = span[-1]
        if quantity.unit == "count":
            after = [t.lower_ for t in doc[span.end : span.end + 2]]
            if last.dep_ not in ("nsubj", "nsubjpass") and after != ["of", "them"]:
                continue
            if last.head.lemma_ == "be" and any(c.dep_ == "expl" for c in last.head.children):
                continue
        sentence = last.sent
        before = doc[sentence.start - 1].sent.start if sentence.start else 0
        floor = doc[before].idx + offset
        # "caught pirates ... and took 23 of them": "them" are the things its sentence named
        them = [t.lower_ for t in doc[span.end : span.end + 2]] == ["of", "them"]
        named = _plural_named_before(doc, sentence.start, span.start) if them else None
        for earlier in reversed(out[:i]):
            if earlier.start < floor or (named is not None and earlier.end <= named[0] + offset):
                break
            if earlier.label == "CARDINAL" and earlier.unit not in _NO_THING:
                out[i] = quantity.model_copy(update={"unit": earlier.unit})
                break
        if out[i] is quantity and named is not None:
            out[i] = quantity.model_copy(update={"unit": named[1]})
    return out


def _plural_named_before(doc: Doc, low: int, high: int) -> tuple[int, str] | None:
    """The nearest plural common noun between tokens ``low`` and ``high`` (not a period of
    time): where it starts (a character offset in the doc) and its singular."""
    for token in reversed(doc[low:high]):
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lower_ not in lx.TIME_NOUNS:
            return token.idx, _noun_end(doc, token.i)[1]
    return None


#: Words between the two ends of a range or an alternative, or a change ("to 35 from 40").
_ENDS_BETWEEN = re.compile(
    r"\s*(?:-|–|to|or|and|from|(?:out\s+)?of(?:\s+(?:every|each|the))?)\s*", re.IGNORECASE
)


def _other_end_of(
    text: str, offset: int, quantity: Quantity, durations: list[tuple[int, int]]
) -> bool:
    """A bare number is the other end of a duration's range: "six to eight years", "to
    35 hours from 40", "two or three months", or a part of it: "23 of every 24 hours" (no
    figures: durations are none)."""
    if quantity.label != "CARDINAL" or quantity.unit != "count":
        return False
    for start, end in durations:
        low, high = (quantity.end, start) if quantity.end <= start else (end, quantity.start)
        if low <= high and _ENDS_BETWEEN.fullmatch(text, low - offset, high - offset):
            return True
    return False


def _my_two_cents(doc: Doc, start: int, end: int) -> bool:
    """ "my two cents' worth", "adding their two cents": an owner's two cents are an opinion."""
    words = [t.lower_ for t in doc[start:end]]
    return words == ["two", "cents"] and start > 0 and doc[start - 1].tag_ == "PRP$"


def _pound_of_weight(doc: Doc, end: int, country: str | None) -> bool:
    """ "a 300-pound man", "a 5-pound bag": an adjectival pound before a noun weighs, outside
    a British story (where "a 10-pound note" is money)."""
    return (
        country != "GB"
        and 2 <= end < len(doc)
        and doc[end - 1].lower_ == "pound"
        and doc[end - 2].text == "-"
        and not doc[end - 2].whitespace_
        and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")
        and doc[end].lower_ not in _PAID_WITH
    )


#: What an adjectival pound names when it is money: "a 10-pound note", "a 50-pound fine".
_PAID_WITH = frozenset("note notes banknote coin coins fine fee bill ticket".split())


def _weighed(doc: Doc, start: int, end: int) -> bool:
    """ "weighing about 200 pounds", "weighed 9 pounds": pounds of weight, not money."""
    if doc[end - 1].lower_ not in ("pound", "pounds"):
        return False
    return any(token.lemma_.lower() == "weigh" for token in doc[max(0, start - 3) : start + 1])


def _index_points(doc: Doc, i: int) -> bool:
    """Token ``i`` is in a sentence about an index, whose points are its own ("the Dow rose a
    half point"): a fraction of a point elsewhere is a percentage point ("forecasts are for a
    half-point cut", "shed another quarter-point")."""
    sentence = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    if not {token.lower_ for token in sentence}.isdisjoint(lx.INDEX_WORDS):
        return True
    return any(
        token.lower_ in ("average", "averages")
        and token.i > sentence.start
        and doc[token.i - 1].lower_ in lx.INDEX_AVERAGE_BEFORE
        for token in sentence
    )


#: Words naming an index whose level is a number of points.
_INDEX_NAMES = frozenset("index indices indexes dow nikkei ftse dax".split())


def _index_level(doc: Doc, start: int) -> bool:
    """A bare number reached by "to", "at" or "from" in a sentence about an index is its
    level in points: "the consumer price index rose 5.3 pct to 139.4", "the Dow ended at
    2,406"."""
    if not start or doc[start - 1].lower_ not in ("to", "at", "from"):
        return False
    sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    return not {token.lower_ for token in sentence}.isdisjoint(_INDEX_NAMES)


def _points_in_percent(doc: Doc, i: int) -> bool:
    """Token ``i`` is in a sentence about a poll, a rating or an interest rate, whose
    points are percentage points ("approval ratings have dropped six points", "raised
    its prime rate one-half point"), and about no index, whose points are its own."""
    sentence = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    words = {token.lower_ for token in sentence}
    return not words.isdisjoint(lx.POLL_WORDS) and not _index_points(doc, i)


#: A number with a glued "m", which is millions in money and metres in a measure.
_GLUED_M = re.compile(r"\d[\d,]*(?:\.\d+)?m")
#: Words after a length, or between two ("30m high", "50m by 50m").
_LENGTH_AFTER = frozenset("by high long wide deep tall away square".split())
#: Words before a length ("measuring 50m").
_LENGTH_BEFORE = frozenset("measuring measures measured length height depth width".split())


def _in_metres(doc: Doc, end: int) -> bool:
    """ "measuring 50m by 50m", "a 30m high cliff": a glued "m" that measures a length,
    not millions (no currency, and a word of dimensions beside it)."""
    first = end - 2 if end >= 2 and not doc[end - 2].whitespace_ else end - 1
    if not _GLUED_M.fullmatch(doc[first:end].text.rstrip(".")):  # "by 30m." ends a sentence
        return False
    after = doc[end].lower_ if end < len(doc) else ""
    before = [t.lower_ for t in doc[max(0, first - 2) : first]]
    if after in _LENGTH_AFTER or any(word in _LENGTH_BEFORE for word in before):
        return True
    # The second of two lengths: "50m by 50m".
    return (
        before[-1:] == ["by"]
        and _GLUED_M.search(doc[max(0, first - 3) : first - 1].text) is not None
    )


def _block_of_a_street(doc: Doc, end: int) -> bool:
    """ "the 12000 block of Roosevelt Boulevard", "the 400 block of 12th Street": a block of a
    named or numbered street is an address."""
    return (
        end + 1 < len(doc)
        and doc[end - 1].lower_ == "block"
        and doc[end].lower_ == "of"
        and (doc[end + 1].is_title or _ORDINAL_NUMBER.fullmatch(doc[end + 1].text) is not None)
    )


def _a_third_person(doc: Doc, start: int, end: int) -> bool:
    """ "a third" standing for one more person or thing: the subject of a verb ("A third was
    shot"), or the object of a verb of casualty ("wounded a third"), never followed by
    "of"."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) != 2 or words[0] not in ("a", "an") or words[1] in ("half", "quarter"):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ in ("AUX", "VERB"):
        return True
    before = doc[start - 1] if start else None
    if (
        before is not None
        and before.lemma_.lower() in lx.CASUALTY_VERBS | {"shoot", "stab"}
        # "injuring a third at the plant": a place or time after, not "a third of them"
        and (after is None or after.is_punct or (after.pos_ == "ADP" and after.lower_ != "of"))
    ):
        return True
    # "Her second marriage failed, as did a third", "a second blast, then a third": the next
    # of a series its sentence has begun
    earlier = _ORDINAL_BEFORE.get(words[1])
    if earlier is None or not (after is None or after.is_punct):
        return False
    sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    return any(t.lower_ == earlier for t in doc[sentence.start : start])


#: The ordinal before each fraction's word that is an ordinal too: "a second ..., a third".
_ORDINAL_BEFORE = {"third": "second", "fourth": "third", "fifth": "fourth", "sixth": "fifth"}


def _bore_scale(value: float) -> int:
    """What a calibre written without its point is in: hundredths (``38``) or thousandths
    (``357``) of an inch."""
    return 100 if value < 100 else 1000


def _bore_before_a_firearm(doc: Doc, start: int, end: int) -> float | None:
    """A firearm's calibre before its noun, in inches: ``a .357 revolver``, or scraped with
    its point after the article (``a. 357 revolver``, ``a. 38 pistol``)."""
    if end >= len(doc) or end - start != 1 or doc[end].lower_ not in lx.FIREARM_NOUNS:
        return None
    text = doc[start].text
    if re.fullmatch(r"\.\d{2,3}", text):
        return float(text)
    scraped = start and doc[start - 1].lower_ in ("a.", ".") and doc[start - 1].whitespace_
    if scraped and re.fullmatch(r"\d{2,3}", text):
        return int(text) / _bore_scale(int(text))
    return None


def _half_of_a_period(doc: Doc, start: int, end: int) -> bool:
    """ "the second half", "first-half profits": an ordinal's half is a period, no fraction;
    so is "the half" of a game ("on the first play of the half"), a half of nothing named."""
    if [t.lower_ for t in doc[start:end]] != ["half"] or start == 0:
        return False
    before = doc[start - 2] if start >= 2 and doc[start - 1].text == "-" else doc[start - 1]
    if before.lower_ == "the":
        return (
            end >= len(doc)
            or doc[end].is_punct
            or (doc[end].pos_ == "ADP" and doc[end].lower_ != "of")
        )
    return before.lower_ in ("first", "second", "1st", "2nd")


def _after_a_period_or(doc: Doc, start: int) -> bool:
    """ "another month or two", "a year or two", "a moment or two": the second end of a
    duration."""
    return (
        start >= 2
        and doc[start - 1].lower_ == "or"
        and doc[start - 2].lemma_.lower() in lx.TIME_NOUNS | lx.BRIEF_NOUNS
    )


def _after_month(doc: Doc, start: int) -> bool:
    """The number follows a month's name or abbreviation, its full stop a token or not, or
    ends a span of days after one: "February 21 through 28", "March 1-20", or is a later day
    joined to one: "between Feb 10 and 27"."""
    before = start - 2 if start >= 2 and doc[start - 1].text == "." else start - 1
    if before >= 0 and doc[before].lower_.rstrip(".") in lx.MONTH_SHORT:
        return True
    if start < 3 or doc[start - 1].lower_ not in (*_DAYS_THROUGH, *_DAYS_AND):
        return False
    day = doc[start - 2]
    if not (day.is_digit and int(day.text) <= 31 and _after_month(doc, start - 2)):
        return False
    if doc[start - 1].lower_ in _DAYS_AND:  # a later day of the month, not a count
        return doc[start].is_digit and int(day.text) < int(doc[start].text) <= 31
    return True


#: Words between the first and the last day of a span of days: "February 21 through 28".
_DAYS_THROUGH = frozenset({"through", "thru", "to", "-", "–", "until", "till"})
#: Words between two days of one month: "on March 3 and 5".
_DAYS_AND = frozenset({"and", "or"})


#: What an item of a numbered list follows: a colon, a dash, a sentence's end, a line's.
_BEFORE_LIST_ITEM = re.compile(r"(?:^|[:;.\n-])\s*\(?$")


def _list_label(doc: Doc, start: int, end: int) -> bool:
    """The number labels an item of a list ("agreed on four points: 1) reviews ...",
    "such as - (2) shares issued ..."): a small whole number closed by a bracket at the
    opening of a clause."""
    if end - start != 1 or not doc[start].is_digit or int(doc[start].text) > 20:
        return False
    if end >= len(doc) or doc[end].text != ")" or doc[start].whitespace_:
        return False
    text = doc.text[max(0, doc[start].idx - 12) : doc[start].idx]
    return _BEFORE_LIST_ITEM.search(text) is not None


def _zero_kind(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> bool:
    """ "zero coupon", "a zero-coupon bond", "zero tolerance": "zero" before a singular noun
    names a kind of thing (not a rate of nought: "zero inflation")."""
    if end - start != 1 or doc[start].lower_ != "zero" or end >= len(doc):
        return False
    after = doc[end + 1] if doc[end].text == "-" and end + 1 < len(doc) else doc[end]
    return after.pos_ == "NOUN" and after.tag_ == "NN" and after.lemma_.lower() not in lx.RATE_NOUNS


def _zero_rate(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> bool:
    """ "zero inflation", "growth was about zero": a rate of nought, in percent."""
    numbers = [lex for lex in lexes[start:end] if lex is not None and lex.kind in NUMBER_KINDS]
    if not numbers or any(lex.value != 0 for lex in numbers):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lemma_.lower() in lx.RATE_NOUNS:
        return True
    head = doc[end - 1].head
    while start <= head.i < end and head.head.i != head.i:  # "about zero": "about" first
        head = head.head
    if head.lemma_ != "be":
        return False
    return any(
        child.dep_ == "nsubj" and child.lemma_.lower() in lx.RATE_NOUNS for child in head.children
    )


def _names_a_thing(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> bool:
    """ "a 911 dispatcher", "the 747 fleet": a plain whole number above one between an
    article and a singular noun names the thing (a model, a line), it counts nothing."""
    if end - start != 1 or not doc[start].is_digit or end >= len(doc) or not start:
        return False
    lex = lexes[start]
    return (
        lex is not None
        and (lex.value or 0) > 1
        and doc[start - 1].lower_ in ("a", "an", "the")
        and doc[end].tag_ == "NN"
        and doc[end].is_lower
    )


def _opens_a_product(doc: Doc, start: int, end: int) -> bool:
    """A number in figures right before a capitalised singular name, counting nothing
    after it: the first word of a product's or a model's name ("357 Magnum")."""
    if end >= len(doc) or not doc[end - 1].is_digit or not doc[end - 1].whitespace_:
        return False
    after = doc[end]
    return after.tag_ == "NNP" and after.is_title and after.ent_type_ not in _DATE_LABELS


#: The first word of an area or a volume glued by hyphens: "1,500-square-kilometer"; a
#: measure of two words glued so ("480-nautical-mile") is read the same way.
_AREA_WORDS = frozenset({"square", "sq", "cubic"})


def _glued_area(doc: Doc, start: int, end: int) -> tuple[int, Meaning] | None:
    """ "a 1,500-square-kilometer island", "a 15,800-square-metre building": an area (or a
    volume, or a measure of two words: "a 480-nautical-mile corridor") glued to its number
    by hyphens; where it ends and what it measures."""
    if end + 3 >= len(doc) or [t.text for t in (doc[end], doc[end + 2])] != ["-", "-"]:
        return None
    if any(t.whitespace_ for t in doc[end - 1 : end + 3]):
        return None
    two_words = f"{doc[end + 1].lower_} {doc[end + 3].lower_}"
    measure = two_words in lx.MEASURE_WORDS or f"{two_words}s" in lx.MEASURE_WORDS
    if doc[end + 1].lower_ not in _AREA_WORDS and not measure:
        return None  # "480-nautical-mile", "5-metric-ton" measure as "square" ones do
    meaning = read_quantity(f"{doc[start:end].text} {doc[end + 1].text} {doc[end + 3].text}")
    if meaning is None or meaning.label != "QUANTITY":
        return None
    return end + 4, meaning


def _one_capital(word: str) -> bool:
    """A word of one capital letter: the letter of a form's or a model's name ("8-K")."""
    return len(word) == 1 and word.isupper()


#: A release number: a whole number and a point release ("2.0", "3.5").
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")


def _a_version(doc: Doc, start: int, end: int) -> bool:
    """A release number right after a product's capitalised name, no noun after it:
    "upgrade from Firefox 2.0 to Firefox 3.0", "Windows 3.1 users" (not a count)."""
    if end - start != 1 or not start or not _VERSION.fullmatch(doc[start].text):
        return False
    name = doc[start - 1]
    return name.pos_ == "PROPN" and name.text[:1].isupper() and not _is_month(name.text)


#: One item of a list of releases: "8", "8.1".
_RELEASE = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
#: A short name with its release glued to it: "IE6", "iOS7".
_NAMED_RELEASE = re.compile(r"[A-Za-z]{1,6}\d{1,2}(?:\.\d{1,2})?")
#: Words between the items of a list.
_LIST_WORDS = frozenset({",", "and", "or"})


def _listed_release(doc: Doc, start: int, end: int) -> bool:
    """A later item of a list of a product's releases: "Internet Explorer 8 and 9", "IE6, 7,
    8 and 9", "Windows XP, Vista, 7, 8 and 8.1", and a range's end ("versions of IE6 to 10").
    Back from the number over the list's items (small numbers and capitalised names) to a
    release after its name, or glued to it."""
    if end - start != 1 or not start or doc[start - 1].lower_ not in (*_LIST_WORDS, "to"):
        return False
    if not _RELEASE.fullmatch(doc[start].text):
        return False
    named, numbered = 0, False
    for j in range(start - 1, max(-1, start - 16), -1):
        token = doc[j]
        if token.lower_ in _LIST_WORDS or j == start - 1:
            continue
        if _NAMED_RELEASE.fullmatch(token.text) and not token.is_digit:
            return True
        if _RELEASE.fullmatch(token.text):
            before = doc[j - 1] if j else None
            if before is not None and _names_a_product(before):
                return True
            numbered = True
            continue
        if not _names_a_product(token):
            return (named > 0 and numbered) or named > 1
        if doc[j + 1].lower_ in _LIST_WORDS:
            named += 1  # "XP, Vista, 7": releases named, not numbered
    return False


def _names_a_product(token: Token) -> bool:
    """A capitalised proper noun that is no month or date: a product's name or a release's."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not _is_month(token.text)
        and token.ent_type_ not in _DATE_LABELS
    )


def _counts_one(lexes: list[Lex | None], start: int, end: int) -> bool:
    """The number is one ("one", "a", "1"), or a fraction: it counts a singular."""
    parts = [lex for lex in lexes[start:end] if lex is not None]
    if any(lex.kind == "SCALE" for lex in parts):
        return False
    values = [lex.value for lex in parts if lex.kind in (*NUMBER_KINDS, "FNUM")]
    return bool(values) and all(value is not None and value <= 1 for value in values)


def _in_a_name(doc: Doc, start: int, end: int) -> bool:
    """A number word capitalised inside a sentence is part of a name: before a capitalised
    name ("Nine Mile Point"), or inside a name the model found ("Robert Half and Co")."""
    first = doc[start]
    if first.is_digit and start >= 2 and doc[start - 1].lower_ == "of":
        # "the Group of 10 countries", "the Group of 77": a name (not "the Cairns Group of 14
        # producers", a group described by its members)
        return doc[start - 2].text == "Group" and start >= 3 and doc[start - 3].lower_ == "the"
    if not (first.is_alpha and first.is_title and not first.is_sent_start):
        return False
    unit_capitalised = end - start > 1 and doc[end - 1].is_title  # "Nine Mile"
    named_of = (  # "the Group of Seven", "the Band of Four"
        start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title
    )
    return (
        unit_capitalised
        or named_of
        or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN")
        or first.ent_type_ in _NAME_LABELS
    )


def _pronoun_one(doc: Doc, end: int) -> bool:
    """ "one was to ...", "one way or another", "would be one option", "One point of
    agreement", "said one dealer": "one" naming, not counting. Whoever "one" (or "one"
    and its noun) is the subject of, before its verb or after it, or the source of
    "according to", is someone, not a count."""
    after = doc[end] if end < len(doc) else None
    last = doc[end - 1]
    return (
        last.lower_ in lx.ONE_NAMING_NOUNS
        or (after is not None and after.pos_ in ("AUX", "VERB"))
        or (last.dep_ in ("nsubj", "nsubjpass") and last.head.pos_ in ("AUX", "VERB"))
        or (
            last.dep_ == "pobj"
            and last.head.lower_ == "to"
            and last.head.head.lower_ == "according"
        )
    )


def _frequency_follows(doc: Doc, lexes: list[Lex | None], end: int) -> bool:
    """The number is the first end of a frequency: "four or five times"."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("or", "to", "-"):
        return False
    following = lexes[end + 1]
    return (
        following is not None and following.kind in NUMBER_KINDS and doc[end + 2].lower_ == "times"
    )


def _how_often(doc: Doc, start: int, end: int) -> bool:
    """ "N times" that says how often, not how many times as much: nothing after it makes
    it a multiple ("as much", "the", "earnings"), and no "by" or change before it."""
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in lx.MULTIPLE_AFTER or after.pos_ == "NOUN"):
        return False
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return not any(word in ("by", "up", "down", "to", "at") for word in before)


def _rate_follows(lexes: list[Lex | None], end: int) -> bool:
    following = lexes[end] if end < len(lexes) else None
    return following is not None and following.kind == "RATE"


def _is_age(doc: Doc, start: int, end: int) -> bool:
    """``died at 75``, ``Jane Doe, 52,``: a person's age."""
    if end - start != 1 or not doc[start].is_digit:
        return False
    before = [t.lower_ for t in doc[max(0, start - 5) : start]]
    if before[-1:] == ["at"] and any(word in lx.AGE_VERBS for word in before[:-1]):
        return True  # "died at 75", "dies in prison at 77"
    if _listed_after_ages(doc, start):
        return True  # "two sons, ages 6 and 16", "three daughters aged 4, 9 and 12"
    if before[-1:] and before[-1] in _TURNED and (end >= len(doc) or _no_change_after(doc[end])):
        return True  # "he turned 30 last week", "turns 65 on Monday"
    if _listed_before_an_age(doc, end):
        return True  # "the victims were 8, 10 and 12 years old"
    return (
        start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].ent_type_ == "PERSON"
        and end < len(doc)
        and doc[end].text in (",", ")")
    )


#: Verbs a bare number after which is an age reached: "turned 30".
_TURNED = frozenset({"turn", "turns", "turned", "turning"})


def _no_change_after(token: Token) -> bool:
    """After "turned" and a number, no counted noun and no comparative ("turned 2 higher")."""
    return token.pos_ != "NOUN" and token.tag_ not in ("JJR", "RBR")


def _listed_before_an_age(doc: Doc, end: int) -> bool:
    """The number is an earlier item of a list of ages: "8, 10 and 12 years old"."""
    j, numbers = end, 0
    while j < min(len(doc), end + 8) and (
        doc[j].text == "," or doc[j].lower_ in ("and", "or") or doc[j].is_digit
    ):
        numbers += doc[j].is_digit
        j += 1
    if not numbers or j + 1 >= len(doc) or doc[j].lower_ not in ("years", "year"):
        return False
    return doc[j + 1].lower_ == "old" or (
        doc[j + 1].text == "-" and j + 2 < len(doc) and doc[j + 2].lower_ == "old"
    )


def _listed_after_ages(doc: Doc, start: int) -> bool:
    """The number follows "aged" or "age", or is a later item of a list of ages after them:
    "aged 52", "ages 6 and 16", "aged 4, 9 and 12"."""
    j = start - 1
    while j >= max(0, start - 8) and (
        doc[j].text == "," or doc[j].lower_ in ("and", "or") or doc[j].is_digit
    ):
        j -= 1
    return j >= 0 and doc[j].lower_ in ("ages", "aged", "age")


def _is_address(doc: Doc, end: int) -> bool:
    """``24 Independent Street``, ``473 East 52nd Street``: a house number."""
    words = doc[end : end + 4]
    for i, token in enumerate(words):
        if token.lower_.rstrip(".") in lx.STREET_WORDS and i > 0:
            return all(t.text[:1].isupper() or _ORDINAL_NUMBER.fullmatch(t.text) for t in words[:i])
        if not (token.text[:1].isupper() or _ORDINAL_NUMBER.fullmatch(token.text)):
            return False
    return False


#: "52nd", "5th": a numbered street in an address ("473 East 52nd Street").
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")


def _in_compound_word(doc: Doc, start: int, end: int) -> bool:
    """The number opens a hyphenated word that is no count: ``two-time``, ``half-century``."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (doc[end + 1].lower_ in lx.COMPOUND_NOT_COUNTED or _participle(doc[end + 1]))
    )


def _participle(token: Token) -> bool:
    """``submerged``, ``sided``: a participle or an adjective made like one."""
    return token.tag_ in ("VBN", "VBD") or (token.pos_ == "ADJ" and token.lower_.endswith("ed"))


def _past_copula_up_to(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> int:
    """Where the figure starts once "up to" after a form of "be" is left out.

    "Imports were up to 136,029 tonnes" says they rose to it: no upper bound. The bare "be"
    of a modal or an infinitive bounds it ("the deal could be up to $180 million").
    """
    first = lexes[start]
    if (
        first is not None
        and first.kind == "QPRE"
        and start > 0
        and doc[start].lower_ == "up"
        and doc[start - 1].lemma_ == "be"
        and doc[start - 1].lower_ != "be"
    ):
        while start < end and lexes[start] is first:
            start += 1
    return start


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
    """A token of the figure is in a model's date or time, and is no number with decimals
    or thousands in a date (a date holds none: ``close of 421.50/422`` is a price a model
    may take for one, ``from year-earlier 14,589 units`` a count; ``at 9.30`` may well be
    a time)."""
    return any(
        _is_date_label(doc[i].ent_type_)
        and not (doc[i].ent_type_ == "DATE" and _NO_DATE_NUMBER.fullmatch(doc[i].text))
        for i in range(start, end)
        if doc[i].ent_type_
    )


#: A number with decimals, or a quote of two (``418.50``, ``421.50/422``); a number with
#: thousands (``14,589``).
_NO_DATE_NUMBER = re.compile(r"\d[\d,]*\.\d+(?:/[\d.,]+)?|\d{1,3}(?:,\d{3})+")


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
        if re.fullmatch(r"0\d{2,4}", text):
            return True  # a time of the 24-hour clock or a code: "COMPLETE 0923", "(020)"
    first, last = start, end - 1
    # Joined to another number or a word by punctuation: 555-123-4567, 9:41, F-35, 4/13;
    # but a range or a split with its unit is two figures: "$140-150MM", "85-15 pct".
    if first >= 2 and _glued(doc, first) and doc[first - 1].is_punct and _glued(doc, first - 1):
        return not (
            _RANGE_MARK(doc[first - 1].text)
            and (
                _has_unit(doc, lexes, first - 2, before=True)
                or _has_unit(doc, lexes, last, before=False)
                or _is_amount(doc, lexes, start, end)  # "0.1-0.2 mln"
            )
        )
    if (
        last + 2 < len(doc)
        and _glued(doc, last + 1)
        and doc[last + 1].text in "-/:."
        and _glued(doc, last + 2)
        and (doc[last + 2].like_num or doc[last + 2].is_digit)
    ):
        return not (
            _RANGE_MARK(doc[last + 1].text) and _has_unit(doc, lexes, last + 2, before=False)
        )
    if _in_ratio(doc, first, last):
        return True
    if (
        first
        and doc[first - 1].text == "("
        and re.fullmatch(r"\d{3}", doc[first].text)
        and last + 2 < len(doc)
        and doc[last + 1].text == ")"
        and re.fullmatch(r"\d{3}(?:-\d{4})?", doc[last + 2].text)
    ):
        return True  # "(212) 555-0100": a telephone number's area code
    if _is_code_or_clock(doc, first, last, len(numbers) == 1 and end - start == 1):
        return True
    if _is_amount(doc, lexes, start, end):
        return False  # "billed DOT 12 mln", "Revs 111.7 mln": a name holds no such number
    before = doc[first - 1] if first else None
    if (
        before is not None
        and _is_month(before.text)
        and len(numbers) == 1
        and doc[numbers[0]].text.isdigit()
        and int(doc[numbers[0]].text) <= 31
    ):
        return True  # "Qtr ended Feb 28": a date the model did not mark
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ not in _DATE_LABELS:
        capital = before.text[:1].isupper() or _CAMEL.fullmatch(before.text) is not None
        if (
            lexes[first - 1] is None
            and capital
            and not _is_month(before.text)
            and not (before.ent_type_ == "GPE" and _opens_range(doc, last))
        ):
            return True  # "S&P 500", "Nikkei 225", "Model 3", "iPhone 5"
    return any(doc[i].ent_type_ in _NAME_LABELS for i in range(start, end))


def _opens_range(doc: Doc, last: int) -> bool:
    """The number ending at token ``last`` is a range's first end: "to" and a number follow
    ("Qatar 20 to 30 pct under its quota": a country's figure in a list, no name)."""
    return (
        last + 2 < len(doc)
        and doc[last + 1].lower_ in ("to", "-", "–")
        and (doc[last + 2].like_num or doc[last + 2].is_digit)
    )


#: A name written with a small first letter and a capital after it: "iPhone", "iOS", "eBay".
_CAMEL = re.compile(r"[a-z][A-Z][A-Za-z]*")
#: The mark between the two ends of a range or a split written as one word ("85-15").
_RANGE_MARK = frozenset({"-", "–", "/"}).__contains__
#: Kinds of the unit of a figure, written after its number.
_UNIT_KINDS = frozenset({"PCT", "PP", "CUR", "CODE", "MEASURE", "SCALE"})
#: Kinds of a number token that holds its unit ("$140", "15%").
_NUMBER_WITH_UNIT = frozenset({"CURNUM", "PCTNUM", "PPNUM"})


def _has_unit(doc: Doc, lexes: list[Lex | None], i: int, *, before: bool) -> bool:
    """The number at token ``i`` carries a unit: glued to it, or after it (``15 pct``,
    ``25 people``: a plural, where a score has none or a singular, ``a 3-1 win``), or
    with ``before`` a currency sign before it (``$ 140``)."""
    lex = lexes[i]
    if lex is None:
        return False
    if lex.kind in _NUMBER_WITH_UNIT:
        return True
    if lex.kind != "NUM":
        return False
    if before:
        previous = lexes[i - 1] if i else None
        return previous is not None and previous.kind in ("CURPRE", "CODE")
    following = lexes[i + 1] if i + 1 < len(lexes) else None
    if following is not None:
        return following.kind in _UNIT_KINDS
    # a capitalised plural names a team, whose record is no range: "the 0-14 Lions"
    return i + 1 < len(doc) and doc[i + 1].tag_ == "NNS" and not _team_after(doc, i + 1)


def _team_after(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised plural inside a sentence: a team ("the 12-3 Colts")."""
    token = doc[i]
    return token.text[:1].isupper() and not token.is_sent_start and not token.text.isupper()


def _is_code_or_clock(doc: Doc, first: int, last: int, single: bool) -> bool:
    """A telephone number, a clock time or a day of a date, which no model marked.

    ``called 911``, ``0800 555 111``; ``9: 03am`` (a scraped time); ``27 September``.
    """
    token = doc[first]
    after = doc[last + 1] if last + 1 < len(doc) else None
    if not single or not token.is_digit:
        return False
    if (
        first
        and doc[first - 1].lower_ in lx.CALL_VERBS
        and (after is None or after.pos_ not in ("NOUN", "ADJ"))
    ):
        return True
    if (first and doc[first - 1].is_digit and doc[first - 1].whitespace_) or (
        after is not None and after.is_digit and token.whitespace_
    ):
        return True  # a group of a telephone number: "0800 555 111"
    if after is not None and after.text == ":" and not token.whitespace_ and last + 2 < len(doc):
        return re.match(r"\d\d", doc[last + 2].text) is not None
    if first >= 2 and doc[first - 1].text == ":" and len(token.text) == 2:
        if doc[first - 2].text[-1:].isdigit() and not doc[first - 2].whitespace_:
            return True  # "11:25 GMT+02: 00": the minutes of a scraped clock time
    if (
        first
        and doc[first - 1].lower_ in _CLOCK_BEFORE
        and 1 <= int(token.text) <= 12
        and (after is None or after.is_punct)
    ):
        return True  # "evacuated before 9.", "until 11, when": an hour of the clock
    return after is not None and _is_month(after.text) and int(token.text) <= 31


#: Words before an hour of the clock written alone ("before 9").
_CLOCK_BEFORE = frozenset({"before", "until", "till", "after"})


def _is_amount(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> bool:
    """A number written as an amount: with a scale word, thousands separators or decimals."""
    for i in range(start, end):
        lex = lexes[i]
        if lex is not None and (
            lex.kind == "SCALE"
            or (lex.kind == "NUM" and ("," in doc[i].text or "." in doc[i].text))
        ):
            return True
    return False


def _in_ratio(doc: Doc, first: int, last: int) -> bool:
    """``three-for-two`` (a split), ``7-for-14`` or ``29-of-34`` (a record), ``a one for 25
    reverse split``: a ratio, no figure; so is a tied score (``a 12-all game``)."""
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    text = doc.text  # spaCy joins the tokens anew at each ``doc.text``: once here
    if (
        text[end : end + 5].lower() == "-for-"
        or text[max(0, start - 5) : start].lower() == "-for-"
        or _RECORD_OR_TIE.match(text, end)
    ):
        return True
    after = _RATIO_AFTER.match(text, end)
    before = _RATIO_BEFORE.search(text, max(0, start - 16), start)
    split_end = (after.end() if after else end) + 30
    return bool(after or before) and "split" in text[max(0, start - 30) : split_end].lower()


_NUMBER_WORD = r"(?:\d+|" + "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True)) + ")"
#: After a number: the rest of a record ("3-of-4") or of a tied score ("12-all").
_RECORD_OR_TIE = re.compile(rf"-(?:of-{_NUMBER_WORD}|all)\b", re.IGNORECASE)
_RATIO_AFTER = re.compile(rf"[ ]for[ ]{_NUMBER_WORD}\b", re.IGNORECASE)
_RATIO_BEFORE = re.compile(rf"\b{_NUMBER_WORD}[ ]for[ ]$", re.IGNORECASE)


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTHS


def _in_hyphen_compound(doc: Doc, i: int) -> bool:
    """Token ``i`` is part of a hyphenated word such as ``HK-listed``."""
    token = doc[i]
    if token.text == "-":
        return _glued(doc, i) and bool(token.whitespace_ == "")
    return _next_is_hyphen(doc, i) or (_glued(doc, i) and doc[i - 1].text == "-")


def counted_noun(
    doc: Doc, end: int, limit: int = 6, start: int | None = None, one: bool = False
) -> tuple[int, str] | None:
    """The noun a bare number counts, from the tokens after it.

    The parse says it first: the noun the number modifies (``two oil producing
    sectors`` -> ``sector``, ``300 business and government leaders`` -> ``leader``).
    Else the tags: modifiers (adjectives, participles, names, hyphenated compounds
    such as ``HK-listed``) may come first; the last noun of the first noun run is
    the head: ``11 Chinese companies`` -> ``company``, ``150 Boeing jets`` -> ``jet``.
    ``times`` after a number is a multiplier (unit ``times``). A number above one
    counts a plural: before a singular noun it is no count of it (``a 911
    dispatcher``, ``1.65 mln forecast``), unless the noun names a group by its members
    (``26 crew``: crew members).

    Args:
        doc: The parsed doc.
        end: The token after the number.
        limit: How many tokens the noun may lie after the number.
        start: The number's first token (for the parse; None reads the tags only).
        one: The number is one, which counts a singular.

    Returns:
        The end of the expression (token index) and the lemma of the noun, or None.
    """
    if end < len(doc) and doc[end].lower_ == "times" and not doc[end - 1].is_punct:
        return end + 1, "times"  # "five times the legal limit": a multiple
    if end < len(doc) and doc[end].lower_ in lx.KNOCKOUT_WORDS:
        return end + 1, "knockout"  # a fighter's record: "(58-3, 51 KO)", "46 KOs"
    if _RANGE_MARK(doc[end].text if end < len(doc) else "") and _glued(doc, end):
        if end + 1 < len(doc) and _glued(doc, end + 1) and doc[end + 1].like_num:
            return None  # "20-25 people": the first end counts what the second does
    head = _parsed_noun(doc, start, end, limit) if start is not None else None
    if head is None:
        head = _tagged_noun(doc, end, limit)
    if head is None:
        return None
    if doc[head].lower_ == "times":
        return head + 1, "times"
    if not one and doc[head].lower_ in lx.COLLECTIVE_NOUNS:
        return head + 1, lx.COLLECTIVE_NOUNS[doc[head].lower_]  # "26 Somali crew"
    if not one and not _plural(doc[head]):
        return None
    return _noun_end(doc, head)


def _tagged_noun(doc: Doc, end: int, limit: int) -> int | None:
    """The head of the first noun run after the number, read from the tags."""
    stop = min(len(doc), end + limit)
    i = end
    while i < stop:
        token = doc[i]
        if token.pos_ == "NOUN" and not token.is_punct:
            while doc[i].lower_ != "times":
                if i + 1 < stop and doc[i + 1].pos_ == "NOUN" and not doc[i + 1].is_punct:
                    i += 1
                elif i + 2 < len(doc) and _next_is_hyphen(doc, i) and doc[i + 2].pos_ == "NOUN":
                    i += 2  # "trouble-makers"
                else:
                    break
            return i
        if _in_hyphen_compound(doc, i) or _is_modifier(token):
            i += 1
            continue
        return None  # a verb, a preposition, punctuation: no counted noun
    return None


#: Tokens that may stand inside a counted noun phrase without being words of it.
_PHRASE_PUNCT = frozenset({'"', "'", "“", "”", "‘", "’", "-"})


def _parsed_noun(doc: Doc, start: int, end: int, limit: int) -> int | None:
    """The noun the parse hangs the number on, when it follows within the noun phrase."""
    heads = {t.head.i for t in doc[start:end] if not start <= t.head.i < end}
    if len(heads) != 1:
        return None
    head = heads.pop()
    stop = min(len(doc), end + limit + 2)
    while (
        doc[head].dep_ in ("compound", "amod")
        and doc[head].pos_ == "NOUN"
        and doc[head].is_alpha  # not "8-by-12 feet": two numbers, two figures
        and head < doc[head].head.i < stop
        and doc[head].head.pos_ == "NOUN"
    ):
        head = doc[head].head.i  # "two plainclothes NYPD officers": the noun they modify
    if not end <= head < stop or doc[head].pos_ not in ("NOUN", "PROPN"):
        return None
    for token in doc[end:head]:
        if token.is_punct and token.text not in _PHRASE_PUNCT or token.like_num:
            return None  # "100 or 200 workers": the first number counts what the second does
        if doc[head] not in token.ancestors or token.pos_ in ("AUX", "ADP", "PRON"):
            return None
        if token.pos_ == "VERB" and token.tag_ not in ("VBG", "VBN"):
            return None  # "two oil producing sectors" keeps its participle, not a verb
    return head


def _plural(token: Token) -> bool:
    """A plural noun (by its tag, or a plural a lemma keeps: ``people``)."""
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in lx.IRREGULAR_SINGULARS


#: Parts of speech never glued into a counted noun: a dash typed without spaces before them.
_NOT_IN_A_COMPOUND = frozenset({"CCONJ", "SCONJ", "DET", "PRON", "ADP", "AUX"})


def _noun_end(doc: Doc, head: int) -> tuple[int, str]:
    """Where the counted noun ends and its singular, a hyphenated compound whole
    (``co-workers`` -> ``co-worker``, ``trouble-makers`` -> ``trouble-maker``)."""
    words: list[Token] = [doc[head]]
    while (
        words[0].i >= 2
        and doc[words[0].i - 1].text == "-"
        and not doc[words[0].i - 2].whitespace_
        and not doc[words[0].i - 1].whitespace_
        and doc[words[0].i - 2].is_alpha
    ):
        words.insert(0, doc[words[0].i - 2])
    while (
        head + 2 < len(doc)
        and doc[head + 1].text == "-"
        and not doc[head].whitespace_
        and not doc[head + 1].whitespace_
        and doc[head + 2].is_alpha
        and doc[head + 2].pos_ not in _NOT_IN_A_COMPOUND  # "three defeats-and his 16th win"
    ):
        head += 2
        words.append(doc[head])
    last = words[-1]
    lemma = last.lemma_.lower() if last.pos_ == "NOUN" else last.lower_
    if last.pos_ != "NOUN" and _plural(last):
        # "12 Somalis", "two Iraqis": people named by their country, the "-is" kept
        demonym = last.tag_ == "NNPS" and lemma.endswith("is")
        lemma = lemma[:-1] if demonym else singular(lemma)
    lemma = lx.IRREGULAR_SINGULARS.get(lemma, lemma)
    before = [w.lemma_.lower() if w.pos_ == "NOUN" else w.lower_ for w in words[:-1]]
    if all(word == lemma for word in before):
        before = []  # "citizens-citizens": a word said twice
    return head + 1, "-".join([*before, lemma])


def noun_unit(token: Token) -> str:
    """The unit a noun gives the number that counts it: its singular, a hyphenated compound
    whole (the reading of :func:`counted_noun`)."""
    return _noun_end(token.doc, token.i)[1]


def hyphenated_noun(doc: Doc, end: int) -> tuple[int, str] | None:
    """``nine-member`` board, ``three-part`` offering: the figure ends with the word it is
    glued to, which is what it counts; also written with a space before the hyphen
    (``5.6 -magnitude`` quake)."""
    loose = doc[end].text[1:] if end < len(doc) and doc[end].text[:1] == "-" else ""
    if loose.isalpha() and doc[end - 1].whitespace_ and doc[end].pos_ in ("NOUN", "ADJ", "PROPN"):
        return end + 1, lx.IRREGULAR_SINGULARS.get(loose.lower(), loose.lower())
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return None
    word = doc[end + 1]
    if doc[end].whitespace_ or not word.is_alpha or word.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    lemma = word.lemma_.lower() if word.pos_ == "NOUN" else word.lower_
    return end + 2, lx.IRREGULAR_SINGULARS.get(lemma, lemma)


_PARTITIVE_DETERMINERS = frozenset("those these the its their our his her".split())


def partitive_noun(doc: Doc, end: int) -> str | None:
    """The noun of "46 of those products", "eight of their last 10 games", "three out of
    four lines": the figure counts it, its span stays the number."""
    i = end + 1 if end + 1 < len(doc) and doc[end].lower_ == "out" else end
    if i + 2 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    owner = _owner_end(doc, j + 1 if doc[j].lower_ == "the" else j)
    if owner is not None:
        j = owner  # "two of Egypt's largest providers", "three of the group's plants"
    elif doc[j].lower_ in _PARTITIVE_DETERMINERS:
        j += 1
    elif not (i > end and doc[j].like_num):
        return None
    # Adjectives and a number may stand before the noun: "their last 10 games".
    while j < min(len(doc), i + 6) and (doc[j].pos_ == "ADJ" or doc[j].like_num):
        j += 1
    counted = counted_noun(doc, j)
    if counted is None or counted[1] in lx.TIME_NOUNS:
        return None
    return counted[1]


#: The rest of a height in feet and inches glued to its feet: "6-foot-9" (tokens "6", "-",
#: "foot-9").
_FOOT_INCHES = re.compile(r"(?:foot|feet)-(\d{1,2})", re.IGNORECASE)


def _feet_and_inches(doc: Doc, end: int) -> tuple[int, int] | None:
    """A height "6-foot-9" after its feet: where it ends and its inches (under 12)."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return None
    if doc[end].whitespace_:
        return None
    rest = _FOOT_INCHES.fullmatch(doc[end + 1].text)
    if rest is None or int(rest.group(1)) >= 12:
        return None
    return end + 2, int(rest.group(1))


def _owner_end(doc: Doc, i: int) -> int | None:
    """After a possessive ("Egypt's", "the group's"): the token after its ``'s``."""
    j = i
    while j < min(len(doc), i + 3) and doc[j].pos_ in ("PROPN", "NOUN"):
        j += 1
    if j == i or j >= len(doc) or doc[j].tag_ != "POS":
        return None
    return j + 1


def implied_noun(doc: Doc, start: int, end: int) -> str | None:
    """What a bare number counts where news leaves the noun out: people in casualty
    counts ("killing 3", "3 dead", "three were injured"), children after "a mother of"."""
    before = doc[start - 1].lower_ if start else ""
    after = doc[end].lower_ if end < len(doc) else ""
    if start >= 2 and before == "of" and doc[start - 2].lower_ in lx.COUNTED_AFTER_OF:
        return lx.COUNTED_AFTER_OF[doc[start - 2].lower_]
    if (
        start >= 3
        and before == "of"
        and doc[start - 2].lower_ == "force"
        and doc[start - 3].lower_ in lx.LABOUR_FORCE_WORDS
    ):
        return "person"  # "a total labour force of 6.7 mln"
    if before in lx.CASUALTY_BEFORE or after in lx.CASUALTY_AFTER:
        return "person"
    if (
        after == "of"
        and end + 2 < len(doc)
        and doc[end + 1].lower_ == "the"
        and doc[end + 2].lower_ in lx.CASUALTY_AFTER
    ):
        return "person"  # "two of the dead", "three of the injured"
    if after == "into" and end + 1 < len(doc) and doc[end + 1].lower_ == "custody":
        return "person"  # "took 23 into custody": people held
    if any(t.lower_ in lx.TOLL_WORDS for t in doc[max(0, start - 6) : start]):
        return "person"  # "the death toll rose to 17", "put the toll at 45"
    if _games_won_of(doc, start, end):
        return "game"  # "have lost eight of 10", "won seven of nine": a team's games
    if after == "by" and end + 1 < len(doc) and doc[end + 1].lower_ in lx.KNOCKOUT_WORDS:
        return "knockout"  # "his 58th win, 51 by KO": wins by knockout
    if (
        after in lx.QUAKE_WORDS
        or (after == "degree" and end + 1 < len(doc) and doc[end + 1].lower_ in lx.QUAKE_WORDS)
        or any(t.lower_ == "magnitude" for t in doc[max(0, start - 3) : start])
        or doc[end - 1].lower_.startswith(lx.GLUED_MAGNITUDE)
        or any(t.lower_ == "richter" for t in doc[end : end + (7 if after == "on" else 4)])
    ):
        # "a 6.1 quake", "a 6.7 degree quake", "put the magnitude at 6.1", "magnitude 6",
        # "magnitude-5.9", "6.1 on the Richter scale", "6.9 on the open-ended Richter scale"
        return "magnitude"
    last = doc[end - 1]
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_.lower() in lx.CASUALTY_VERBS:
        return "person"
    return None


def _games_won_of(doc: Doc, start: int, end: int) -> bool:
    """Both numbers of "won N of M" or "lost N of M" with no noun after them count a team's
    games ("have lost eight of 10", "won seven of nine since the break")."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].like_num:
        first, last = start - 2, start  # the second number: "of 10"
    elif end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num:
        first, last = start, end + 1
    else:
        return False
    if first == 0 or doc[first - 1].lemma_.lower() not in lx.GAME_VERBS:
        return False
    return last + 1 >= len(doc) or doc[last + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


#: Parts of speech that may stand between a noun and the amount it is counted in.
_BEFORE_AMOUNT = frozenset({"ADP", "ADV", "PART", "ADJ", "AUX"})
#: Readings of the tokens of an amount ("60", "mln").
_AMOUNT_KINDS = frozenset({"NUM", "NUMW", "SCALE"})


def named_before(doc: Doc, lexes: list[Lex | None], start: int, end: int) -> str | None:
    """What a bare amount in millions counts when its clause names it right before it, with
    only prepositions, modifiers and a copula between: "increase authorized shares to 400
    mln", "shares outstanding were 20 mln" (not "shares were worth 40 mln"), or right after
    its change: "to 120 mln from 60 mln in authorized shares". Only things of
    :data:`~lexicon.COUNTED_BEFORE`."""
    if not any(lex is not None and lex.kind == "SCALE" for lex in lexes[start:end]):
        return None
    i = start - 1
    while (
        i >= max(0, start - 4)
        and doc[i].pos_ in _BEFORE_AMOUNT
        and doc[i].lower_ not in lx.PRICE_WORDS
    ):
        i -= 1
    if i >= 0 and i < start - 1 and doc[i].pos_ == "NOUN" and _plural(doc[i]):
        lemma = doc[i].lemma_.lower()
        return lemma if lemma in lx.COUNTED_BEFORE else None
    return _named_after(doc, lexes, end)


def _named_after(doc: Doc, lexes: list[Lex | None], end: int) -> str | None:
    """ "an increase to 120 mln from 60 mln in authorized shares": the amounts of a change,
    then "in" and what they count."""
    j = end
    while j < min(len(doc), end + 6) and doc[j].lower_ != "in":
        lex = lexes[j]
        if not (doc[j].lower_ in ("from", "to") or (lex is not None and lex.kind in _AMOUNT_KINDS)):
            return None
        j += 1
    k = j + 1
    while k < min(len(doc), j + 4) and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBN"):
        k += 1
    if j >= len(doc) or doc[j].lower_ != "in" or k >= len(doc) or not _plural(doc[k]):
        return None
    lemma = doc[k].lemma_.lower()
    return lemma if doc[k].pos_ == "NOUN" and lemma in lx.COUNTED_BEFORE else None


def number_of_noun(doc: Doc, start: int, end: int) -> str | None:
    """What a bare number counts when its verb speaks of "the number of" things: "brings
    to 157 the number of goods", "the number of jobless rose by 12,000 to 2.1 mln", or the
    number hangs on them: "raise the number of seats from 65 to 125".

    The number hangs on that verb, directly or through a preposition.
    """
    head = doc[end - 1].head
    while start <= head.i < end and head.head.i != head.i:
        head = head.head
    verb = head.head if head.pos_ == "ADP" else head
    ancestors = [head.head, head.head.head, head.head.head.head]  # "the number of seats from 65"
    for token in [*verb.children, *ancestors]:
        if token.lemma_.lower() != "number" or token.i + 2 >= len(doc):
            continue
        if doc[token.i + 1].lower_ == "of":
            counted = counted_noun(doc, token.i + 2)
            if counted is not None and counted[1] not in lx.TIME_NOUNS:
                return counted[1]
    return None


def sold_noun(doc: Doc, start: int, end: int) -> str | None:
    """What a bare count of things sold or shipped counts: the noun its clause's subject
    names before "sales" ("car sales were off 8.6 pct to 98,036 from 107,207", "truck
    deliveries rose to 4,210"). A whole number only, never in millions: a level of money or
    of an index is no count of things."""
    if any(not t.is_digit and not _GROUPED.fullmatch(t.text) for t in doc[start:end]):
        return None
    head = doc[end - 1].head
    for _ in range(4):  # up through "to", "off", "were" to the clause's verb
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in lx.SOLD_NOUNS:
                nouns = [c for c in child.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                return nouns[-1].lemma_.lower() if nouns else None
        if head.head.i == head.i:
            break
        head = head.head
    return None


#: A whole number written with thousands separators: "98,036".
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


#: A model's designation in one token: "AK-47", "M-16", "F-35A".
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Za-z]?")


def _is_modifier(token: Token) -> bool:
    """A word that may stand between a number and the noun it counts."""
    if token.pos_ in ("ADJ", "PROPN") or _DESIGNATION.fullmatch(token.text):
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
    """``PlayStation 5``, ``AK-47``: a number that is part of a product name."""
    before = token.nbor(-1)
    if before.text == "-" and token.i >= 2 and not before.whitespace_:
        before = token.nbor(-2)  # "AK-47": the hyphen glued to the name's letters
        return before.pos_ == "PROPN" and not before.whitespace_
    return before.pos_ == "PROPN"


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
    doc: Doc,
    lang: str,
    offset: int = 0,
    grammar: QuantityGrammar | None = None,
    country: str | None = None,
) -> list[Quantity]:
    """Every quantity in a parsed document.

    Args:
        doc: A Doc from the English model or from GiNZA (tagged, with entities).
        lang: ``en`` or ``ja``: English also looks for the counted noun by POS.
        offset: Where ``doc.text`` starts in the article; added to every offset.
        grammar: The result of :func:`build_quantity_matchers` (looked up if None).
        country: The article's country (ISO 3166 alpha-2), for currency words that
            name several currencies ("crowns", "dollars").

    Returns:
        Quantities in text order, origin ``model``, status ``accepted``, with
        ``prefix``/``suffix`` left empty for the caller to fill.
    """
    if grammar is None:
        grammar = build_quantity_matchers(_VocabHolder(doc.vocab))
    return grammar(doc, lang, offset, country)
