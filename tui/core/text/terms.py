"""Content words of a text for lexical similarity: lower case, no stop words, light stemming."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable

#: Function words and reporting verbs that say nothing about what happened.
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can could couldn't did didn't do does doesn't
    doing don't down during each few for from further had hadn't has hasn't have haven't having
    he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
    i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not
    of off on once only or other ought our ours ourselves out over own same shan't she she'd
    she'll she's should shouldn't so some such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this those through
    to too under until up very was wasn't we we'd we'll we're we've were weren't what what's
    when when's where where's which while who who's whom why why's with won't would wouldn't
    you you'd you'll you're you've your yours yourself yourselves said says say will just one
    two new also told mr mrs ms s t""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


#: A word as written, with the apostrophes and hyphens inside it ("O'Brien", "drink-").
_WRITTEN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def word_at(text: str, start: int) -> str | None:
    """The word written at ``start`` (a trigger's or an argument's head), or None."""
    match = _WRITTEN_WORD.match(text, start)
    return match.group(0) if match else None


def light_stem(word: str) -> str:
    """Plural, ``-ing`` and ``-ed`` taken off a lower-case word (enough to match inflections).

    Its forms meet: "businesses" and "business", "launches" and "launch", "avalanches"
    and "avalanche", "carried" and "carry", "agreed" and "agree", "falling" and "fall",
    "stopped" and "stop", "cancelled" and "cancel" (a doubled consonant is undone, but for
    the ``l``, ``s`` and ``z`` that words end in doubled; a long word's final ``ll`` is
    one ``l``, whatever its suffix was).
    """
    if len(word) > 5 and word.endswith(("ies", "ied")):
        word = word[:-3] + "y"
    elif len(word) > 5 and word.endswith("ing"):
        word = _undoubled(word[:-3])
    elif len(word) > 4 and word.endswith("eed"):
        word = word[:-1]  # ("agreed", "freed": the verb's own "e" kept)
    elif len(word) > 4 and word.endswith("ed"):
        word = _undoubled(word[:-2])
    elif len(word) > 4 and word.endswith(_SIBILANT_PLURALS):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ll"):
        return word[:-1]
    # (a singular in "-che" or "-sse" meets its plural: "niche", "impasse")
    return word[:-1] if len(word) > 4 and word.endswith(("che", "sse")) else word


#: Plurals in ``-es`` after a sibilant, whose singular has no ``e``: "losses",
#: "launches", "crashes", "taxes", "buzzes".
_SIBILANT_PLURALS = ("sses", "ches", "shes", "xes", "zzes")


def _undoubled(stem: str) -> str:
    """A stem whose suffix doubled its last consonant, undone ("stopp", "admitt"); a
    word's own double ``l``, ``s`` or ``z`` is kept ("fall", "pass", "buzz")."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
        return stem[:-1]
    return stem


def blanked(text: str, spans: Iterable[tuple[int, int]], offset: int = 0) -> str:
    """``text`` with the characters of ``spans`` made spaces, its length kept, so that the
    words read from it leave those out (names, words told as causes) and offsets still
    hold.

    Args:
        text: The text (a sentence, or the start of an article).
        spans: (start, end) offsets into the text ``text`` is part of; the parts outside
            ``text`` are ignored.
        offset: Where ``text`` starts in that text.

    Returns:
        The text, of the same length, the spans' characters blanks.
    """
    chars = list(text)
    for start, end in spans:
        a, b = max(0, start - offset), min(len(chars), end - offset)
        if a < b:
            chars[a:b] = " " * (b - a)
    return "".join(chars)


def content_words(text: str) -> list[str]:
    """The stemmed content words of ``text`` (Latin script), in order.

    Args:
        text: Any text.

    Returns:
        Lower-case stems of its words, stop words and single letters left out.
    """
    out = []
    stems = _STEMS
    for written in _WORD.findall(text):
        try:
            stem = stems[written]
        except KeyError:
            stem = _stem(written)
            if len(stems) >= _MAX_STEMS:
                stems.clear()
            stems[written] = stem
        if stem is not None:
            out.append(stem)
    return out


_DIGIT_RUN = re.compile(r"\d+")


def digit_runs(text: str) -> list[str]:
    """The runs of digits a text writes, in order ("Revs 111.7 mln vs 141.9 mln": 111,
    7, 141, 9): the figures' own marks, which content words leave out.

    Args:
        text: Any text.

    Returns:
        The runs, as written.
    """
    return _DIGIT_RUN.findall(text)


def word_overlap(a: Collection[str], b: Collection[str]) -> float:
    """How much two passages' content words (:func:`content_words`, as sets) are one
    wording: the words in common over the geometric mean of the two counts (0 for none,
    1 for the same words).

    Args:
        a: One passage's content words.
        b: The other's.

    Returns:
        A share from 0 to 1.
    """
    x, y = set(a), set(b)
    if not x or not y:
        return 0.0
    return len(x & y) / math.sqrt(len(x) * len(y))


def _stem(written: str) -> str | None:
    """A word as :func:`content_words` keeps it, or None for a stop word or a letter."""
    word = written.lower().replace("’", "'")
    word = word.removesuffix("'s")
    if len(word) < 2 or word in STOP_WORDS:
        return None
    return light_stem(CLIPPED.get(word, word))


#: Newswire abbreviations of headlines in capitals ("4TH QTR OPER LOSS"), spelt out
#: (:func:`tui.core.events.titles.readable_headline`).
WIRE_ABBREVIATIONS = {
    "qtr": "quarter", "qtly": "quarterly", "oper": "operating", "div": "dividend",
    "shr": "share", "shrs": "shares", "dlr": "dollar", "dlrs": "dollars", "mln": "million",
    "bln": "billion", "pct": "percent", "avg": "average", "yr": "year", "mths": "months",
    "wk": "week", "govt": "government", "intl": "international", "cts": "cents",
}  # fmt: skip

#: A desk's label opening a wire headline: a note that the story is sent again
#: ("CORRECTED - ", "(REFILED)-", "REPEAT - ", "RPT - ", "UPDATE 2-") or the name of the
#: column it is filed in ("ECONOMIC SPOTLIGHT - ", "TALKING POINT/", "WALL STREET
#: STOCKS/", "MARKET REPORT/", "TECHNOLOGY/", "ENERGY/"), or a web page's flag
#: ("BREAKING NEWS - ", "Exclusive: ").
#: What follows is the headline; the label tells no happening ("breaking").
DESK_LABEL = re.compile(
    r"^\s*(?:\(?(?:CORRECTED|CORRECTION|REFILED|REPEATED|REPEAT|RPT|UPDATE(?:\s+\d+)?)\)?"
    r"\s*-+\s*|(?:ECONOMIC\s+SPOTLIGHT|TALKING\s+POINT|WALL\s+STREET\s+STOCKS|"
    r"MARKET\s+REPORT)\s*(?:/|-+)\s*"
    # (a column named by its beat, with its slash: "TECHNOLOGY/CHIP INDUSTRY SEEKS ...")
    r"|(?:TECHNOLOGY|ENERGY)/(?=\S)"
    # (a web page's flag before its headline: "BREAKING NEWS-3 DEAD ...", "Breaking: ...",
    # "JUST IN | ...", "Exclusive - ...", "WATCH: ...")
    r"|(?:BREAKING(?:\s+NEWS)?|JUST\s+IN|DEVELOPING(?:\s+STORY)?|EXCLUSIVE)"
    r"\s*[-\u2013\u2014:|]+\s*"
    # (a flag that also opens a compound, "LIVE-STREAMED", "VIDEO-GAME", only with a
    # spaced dash, a colon or a bar)
    r"|(?:LIVE(?:\s+UPDATES)?|WATCH|VIDEO|PHOTOS?)\s*(?:[\u2013\u2014:|]+|\s-+)\s*)",
    re.IGNORECASE,
)

#: Clipped forms news writes for a longer word ("tech firms", "telecoms", "execs"), and
#: the wire's abbreviations of words its sentences write in full too ("govt"), read as
#: the word: "the tech sector" and "the technology sector" are one wording.
CLIPPED = {
    "tech": "technology", "techs": "technologies", "biotech": "biotechnology",
    "exec": "executive", "execs": "executives", "telecom": "telecommunications",
    "telecoms": "telecommunications", "pharma": "pharmaceutical", "dept": "department",
} | {word: WIRE_ABBREVIATIONS[word] for word in ("govt", "intl")}  # fmt: skip


#: Each word as written -> its stem (None: left out). Linking reads every sentence's
#: words, and a corpus writes the same words again and again; the table is emptied when
#: it reaches ``_MAX_STEMS`` words (a long session's memory stays bounded).
_STEMS: dict[str, str | None] = {}
_MAX_STEMS = 200_000
