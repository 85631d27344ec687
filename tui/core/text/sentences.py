"""Sentences of plain text without a model: lines, then English and Japanese end punctuation.

One rule for every split made without spaCy: a sentence ends after a run of
``.``, ``!`` or ``?`` that is followed by a space or the end of the line (so
``36.8`` and ``U.S.-listed`` go on; an initial's full stop before a capitalised word
ends none, nor does the full stop of an abbreviation written before a name when a word
follows: ``W. Mark Felt``, ``the U.S. Treasury``, ``Dr. Sanjay Gupta``, ``Alaska Gov.
Sarah Palin``), or after a run of ``。``, ``！`` or ``？`` wherever it stands; closing
quotes and brackets right after the punctuation belong to the sentence they close. A
line break always ends a sentence.
"""

from __future__ import annotations

import re

#: Closing quotes and brackets that stay with the sentence they end.
_CLOSERS = "\"'”’)\\]」』）"
_JAPANESE_END = rf"[。！？]+[{_CLOSERS}]*"
# (a full stop after a lone capital before a capitalised word is an initial's: "W. Mark
# Felt", "George W. Bush", "the U.S. Treasury")
_LATIN_END = (
    rf"(?:(?<!\b[A-Z])[.!?]+|(?<=\b[A-Z])(?:[!?]+|\.[.!?]*(?!\s+[A-Z])))[{_CLOSERS}]*(?=\s|$)"
)
#: The end of a sentence, in English or Japanese.
SENTENCE_END = re.compile(f"{_JAPANESE_END}|{_LATIN_END}")
#: A given name or a place name's first word written short, opening a name: "Wm. Wrigley
#: Jr Co", "Chas. P. Young Co", "Ste. Therese", "Mt. Cook", "Ft. Worth".
SHORT_NAME_OPENINGS = frozenset(
    "Wm. Chas. Geo. Thos. Jas. Jos. Benj. Robt. Edw. Saml. Richd. St. Ste. Mt. Ft. Pt.".split()
)
#: Abbreviations written before a name, whose full stop ends no sentence when a word
#: follows on the line (a name, or one written in lower case: "Gov. sarah palin"): titles
#: ("Dr. Sanjay Gupta", "Alaska Gov. Sarah Palin", "Dist. Atty. Steve Cooley") and the
#: short openings of names. (Every abbreviated title of ``nlp/data/names.yaml`` is one: a
#: test keeps them so.)
NAME_ABBREVIATIONS = SHORT_NAME_OPENINGS | frozenset(
    """Mr. Mrs. Ms. Dr. Prof. Sen. Sens. Rep. Gov. Sgt. Lt. Capt. Col. Gen. Maj. Cpl. Adm.
    Cmdr. Det. Insp. Supt. Const. Rev. Msgr. Atty. Dist. Asst. Dep.""".split()
)
_LONGEST_ABBREVIATION = max(map(len, NAME_ABBREVIATIONS))
_LAST_WORD = re.compile(r"\S+$")
_NEXT_WORD = re.compile(r"\s+[^\W\d_]")


def _before_a_name(text: str, match: re.Match[str], line_end: int) -> bool:
    """Whether the end punctuation ``match`` is the full stop of an abbreviation written
    before a name, a word following on the line ("Dr. | Sanjay")."""
    if match.group() != ".":
        return False
    # (no abbreviation is longer than this: a look back this far, not to the text's start)
    lo = max(0, match.start() - _LONGEST_ABBREVIATION)
    space = text.rfind(" ", lo, match.start())
    word = _LAST_WORD.search(text, space + 1 if space != -1 else lo, match.end())
    return (
        word is not None
        and word.group() in NAME_ABBREVIATIONS
        and _NEXT_WORD.match(text, match.end(), line_end) is not None
    )


#: The end of a Japanese sentence: a Latin full stop inside Japanese text ends an
#: abbreviation or a number ("Apple Inc.の"), not the sentence.
JAPANESE_SENTENCE_END = re.compile(_JAPANESE_END)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the whitespace at either end (empty: ``start == end``)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every line of ``text[start:end]`` as ``(start, end)``, without its line break; empty lines too."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    while (line_break := text.find("\n", start, end)) != -1:
        spans.append((start, line_break))
        start = line_break + 1
    spans.append((start, end))
    return spans


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, *, japanese_only: bool = False
) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``: cut at line breaks, then after end punctuation.

    Args:
        text: The whole text (offsets are into it).
        start: Where to begin.
        end: Where to stop (default: the end of the text).
        japanese_only: Cut only after Japanese end punctuation (``。！？``).

    Returns:
        ``(start, end)`` offsets, whitespace stripped, empty ones left out.
    """
    pattern = JAPANESE_SENTENCE_END if japanese_only else SENTENCE_END
    spans: list[tuple[int, int]] = []
    for line_start, line_end in line_spans(text, start, end):
        cursor = line_start
        for match in pattern.finditer(text, line_start, line_end):
            if _before_a_name(text, match, line_end):
                continue
            spans.append(strip_span(text, cursor, match.end()))
            cursor = match.end()
        spans.append(strip_span(text, cursor, line_end))
    return [(s, e) for s, e in spans if e > s]


#: Model sentences joined again are never longer than this (a page with no end
#: punctuation at all stays cut where the model cut it).
JOINED_MAX_CHARS = 800
#: End punctuation at the very end of a span, closers after it.
_ENDS_SENTENCE = re.compile(rf"(?:[.!?…]+[{_CLOSERS}]*|{_JAPANESE_END})$")
#: A sentence never opens with a word in lower case ("...a coward?" the widow read;
#: "at 40 East 5th Ave. at a business"; "By 6:40 a.m. the fire"): a cut before one is
#: the model's. A name written with an inner capital ("iPhone", "eBay") may open one.
_GOES_ON = re.compile(r"[a-z][a-z'’-]*\b(?![A-Z])")


def join_unended(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A model's sentences, each cut it made inside a line without end punctuation
    undone: "... founder Jack Ma | Yun and the company's ..." is one sentence, as are a
    quotation and its clause ("an office party anyway | so we're ...") and a title
    written on one line; and each cut after an abbreviated title before a name ("said
    Homicide Capt. | James Clark", "Dist. | Atty. Steve Cooley"); and each cut before a
    word in lower case ("a coward? | the widow read", "40 East 5th Ave. | at a
    business"). A line break, or end punctuation that ends no such abbreviation before a
    capital, keeps its cut.

    Args:
        text: The whole text (offsets are into it).
        spans: Sentences as ``(start, end)``, in order, whitespace stripped.

    Returns:
        The spans, neighbours on one line joined where the first has no end punctuation,
        or ends on an abbreviated title and the next opens with a capital, or the next
        opens with a word in lower case.
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            if (
                "\n" not in text[prev_end:start]
                and (
                    not _ENDS_SENTENCE.search(text, prev_start, prev_end)
                    or (
                        text[start : start + 1].isupper()
                        and text[prev_start:prev_end].rsplit(None, 1)[-1] in NAME_ABBREVIATIONS
                    )
                    or _GOES_ON.match(text, start) is not None
                )
                and end - prev_start <= JOINED_MAX_CHARS
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def sentence_end(text: str, index: int) -> int:
    """Where the sentence going on at ``index`` ends: after its end punctuation, else at the line's end."""
    line_end = text.find("\n", index)
    line_end = len(text) if line_end == -1 else line_end
    for match in SENTENCE_END.finditer(text, index, line_end):
        if not _before_a_name(text, match, line_end):
            return match.end()
    return line_end


#: A headline is shorter than this, in characters and in words.
HEADLINE_MAX_CHARS = 150
HEADLINE_MAX_WORDS = 25


_NON_BLANK = re.compile(r"\S")
# A headline may end with an abbreviation's full stop: "... CUTS FOR U.S.", "ACME CORP.".
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?i:inc|corp|co|ltd|plc|bros)\.$")


def headline(text: str, start: int = 0) -> tuple[int, int] | None:
    """The article's headline: its first line from ``start``, if it reads as one.

    A headline is short (under 150 characters, at most 25 words), does not end
    like a sentence (``.``, ``。``, ``:``, ``,``; an abbreviation's full stop, as in
    ``... CUTS FOR U.S.``, is no sentence end) and is followed by more text.

    Returns:
        The headline's ``(start, end)``, whitespace stripped, or None.
    """
    first, _ = strip_span(text, start, len(text))
    line_end = text.find("\n", first)
    if line_end == -1 or _NON_BLANK.search(text, line_end) is None:
        return None
    s, e = strip_span(text, first, line_end)
    line = text[s:e]
    ends_like_sentence = line.endswith((".", "。", ":", ",")) and not _ABBREVIATION_END.search(line)
    if (
        len(line) < HEADLINE_MAX_CHARS
        and len(line.split()) <= HEADLINE_MAX_WORDS
        and not ends_like_sentence
    ):
        return s, e
    return None


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def headline_case(line: str) -> bool:
    """Whether a line is written in Title Case or in capitals, as headlines are.

    At least 70 % of its words of four letters or more start with a capital (and
    there are two such words at least): a model reads those words as names.
    """
    long_words = [w for w in _WORD.findall(line) if len(w) >= 4]
    if len(long_words) < 2:
        return False
    capitalised: int = sum(w[0].isupper() for w in long_words)
    return capitalised / len(long_words) >= 0.7


def written_in_capitals(line: str) -> bool:
    """Whether a line is written in capitals, as a wire headline is, however few its long
    words ("IBM <IBM> 1ST QTR NET", "J.P. MORGAN AND CO INC <JPM> 3RD QTR NET"): two words
    or more, one of three letters at least, and no letter in lower case. (A table's row in
    capitals reads so too: the caller asks it of an article's first line only.)"""
    words = _WORD.findall(line)
    return (
        len(words) >= 2 and any(len(w) >= 3 for w in words) and not any(c.islower() for c in line)
    )


def ends_as_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: end punctuation, closers after it, then
    blanks only ("... the union said.", "... he said.”")."""
    return _ENDS_SENTENCE.search(text.rstrip()) is not None


#: A section's heading is short: at most this many words.
SECTION_HEADING_MAX_WORDS = 12


def section_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a section's heading inside an article ("The Tech
    Sector and Its Rivals", "WHAT HAPPENS NEXT"): a line of its own, short, in headline
    case (:func:`headline_case`), not ending as a sentence does. The caller tells the
    article's own headline apart (the first line reads the same).
    """
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    after = len(text) if after == -1 else after
    if text[before:start].strip() or text[end:after].strip():
        return False
    line = text[start:end].strip()
    if not line or len(line.split()) > SECTION_HEADING_MAX_WORDS:
        return False
    ends_like_sentence = line.endswith((".", "!", "?", "。", ":", ",", '"', "”", "’"))
    return not ends_like_sentence and headline_case(line)


def sentence_case(text: str) -> str:
    """``text`` in lower case but its first character: what a model can parse in a headline.

    Returns:
        The text in sentence case, or ``text`` itself when lowering would change its
        length (offsets into it must hold).
    """
    lowered = text[:1] + text[1:].lower()
    return lowered if len(lowered) == len(text) else text
