"""Titles of events and stories, made only from the event's own passages.

The title is about the trigger the passages share that best tells a happening: an
anchor of the event that is an eventive verb or noun, else such a word two sources
share; light verbs (say, have, go ...), nouns only a date made triggers and words of
names come last. Then, as a headline would say it: "Fire destroys Matanuska Maid" (a
noun and the verb it is the subject of); "Lindsay Lohan checks into Betty Ford Center"
(a verb with its named subject, particle, preposition and object, or the object as
written: "Navy captures pirates"; what it found its subject to be: "Woman pronounced
dead"); "Earthquake kills people" (no one named, a happening
that acts of itself did it: :data:`FORCES`); "Orozco arrested", "Cables cut in Egypt" (no
subject: the passive); "Crackdown on the tech sector", "Issue: Acme" (a noun with its
object, else its subject; with care, a noun the passages also write as a verb reads as the
verb: "Orozco charged", "Cable cut in Egypt"). A name that only opens the doer's or object's phrase ("a
Varnia man", "ORBITEL cable faults") is not who or what: the phrase's own word is
("Faults fixed"). Then the place most named in the passages (none when the title
already says where: "Cables cut in Egypt") and the month (the dated month of the
happening when it is near the reports, else the reports' median month). Names are shown
as the passages write them (a place in capitals in title case); nothing absent from the
passages can appear. A title that would name no one and nowhere with a word that says
little ("Puzzling") quotes the passage most sources share instead; so do one word alone
wherever it was ("Listing") and a noun with a name ("Catch: Wayne"), when a passage holds
the word. A story without
events is titled by its headline (:func:`readable_headline`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from tui.core.events.acts import load_lexicon
from tui.core.events.concepts import LIGHT_VERBS
from tui.core.events.features import (
    INITIALS_SKIP,
    NAME_LABELS,
    PARAMS,
    Argument,
    ArticleFeatures,
    TriggerFeatures,
    date_line,
    headline_like,
    lead_end,
    name_compatible,
    spelt_alike,
)
from tui.core.events.happenings import Happening, dateline_sentence
from tui.core.events.small import goods, in_dateline, vocabulary
from tui.core.model.schema import Entity, Event, Mention, Story
from tui.core.nlp.dates import MONTHS, WEEKDAYS, parse_value
from tui.core.nlp.entities import NAME_PARTICLES, name_shapes, news_agency, says_who_people_are
from tui.core.nlp.places import fold, gazetteer, known_towns
from tui.core.nlp.quantities.lexicon import CURRENCY_WORDS, GOODS_UNITS, MEASURE_WORDS, NUMBER_WORDS
from tui.core.nlp.structure import find_dateline
from tui.core.text.names import LATIN_LEGAL_SUFFIXES, place_in_full, slug
from tui.core.text.terms import (
    DESK_LABEL,
    STOP_WORDS,
    WIRE_ABBREVIATIONS,
    light_stem,
    word_at,
)
from tui.core.text.tickers import ANGLE_BRACKETS, TICKER_SHAPE, tickers

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Places a title names as where it happened ("Cables cut in Egypt"): no second place.
_REGION_LABELS = frozenset({"GPE", "LOC"})
_WHERE = frozenset({"prep:in", "prep:at", "prep:near", "prep:off", "prep:outside", "prep:across"})
#: Prepositions whose unnamed object completes a verb that has none ("checked *into*
#: rehab", "pleaded *to* charges", "returns *for* the sequel"): not where, whose or when.
_COMPLEMENT_ROLES = frozenset({"prep:into", "prep:to", "prep:for", "prep:from", "prep:against"})
#: How long a quoted passage may be as a title.
QUOTE_CHARS = 60
_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_THE = re.compile(r"^(?:the|The)\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A written word with a vowel (not a wire abbreviation: pct, mln, dlrs).
_VOWEL = re.compile(r"[aeiouy]")

#: Verbs of saying that :data:`LIGHT_VERBS` leaves out: a title about one of them names
#: a speaker, not a happening ("Ann Roe confirms to the Gazette"), so what is said is quoted.
SAYING_VERBS = frozenset(
    """confirm suggest explain insist argue indicate acknowledge recall describe stress
    reiterate assert contend mention emphasize tell""".split()
)
#: Verbs that say what was done only with what follows them (an object, a clause, an
#: infinitive: "agreed to sell", "seeks new deadlines", "confirmed the talks"): a title of
#: a doer and one of them alone ("OPEC agrees", "Japan seeks") says little.
NEEDS_COMPLEMENT = frozenset(
    """agree seek confirm announce propose urge intend offer promise pledge vow threaten
    refuse deny consider approve disclose reveal prepare attempt try plan want decide aim
    hope expect""".split()
)
#: Adjectives (and a noun or two) that complete a verb as what its subject or object was
#: made or found to be, written right after it: "pronounced *dead*", "found *guilty*",
#: "pleaded *not guilty*", "declared *bankrupt*", "reported *missing*", "taken
#: *hostage*", and after "as", with a hedge or none: "treated *as (potentially)
#: suspicious*", "ruled *as accidental*". Without them the verb says little or the wrong
#: thing ("Woman pronounced", "Nichols pleads", "Fire treated"). A word with other common
#: senses after a verb stays out ("free", "fine", "clear").
PREDICATES = frozenset(
    """dead alive guilty innocent bankrupt insolvent missing unconstitutional illegal
    unlawful invalid void safe unharmed unhurt hostage captive unconscious ill
    incompetent insane suspicious unexplained accidental""".split()
)
#: The words a verb takes as its particle ("break *out*", "take *over*"); a parse's
#: particle of another word is a preposition that lost its object ("thrown *at*").
PARTICLES = frozenset(
    """about across ahead along apart around aside away back by down forth forward in off
    on out over past round through together under up""".split()
)
#: Nouns that only count, group or give a form of what follows "of" ("a series of
#: killings", "a couple of bowls", "the last of the blaze", "a version of the bill"): the
#: title names what follows.
PARTITIVES = frozenset(
    """series couple number lot total spate string pair handful host wave rash flurry
    batch bunch dozen kind sort type part rest majority range set last first remainder
    bulk half most version draft amount quantity""".split()
)
#: Units a quantity of goods is counted in ("4,000 tonnes of rapeseed", "630,000 bags of
#: coffee"): the title names what follows "of", or nothing. The quantity grammar's words
#: of one word for weights and volumes (not distances: "returns 40 yards"), and the
#: containers and pounds it leaves to money or to counts.
MEASURES = frozenset(
    w for w, unit in MEASURE_WORDS.items() if unit in GOODS_UNITS and w.isascii() and w.isalpha()
) | frozenset("bag bags bale bales carton cartons cubic pound pounds cargo cargoes".split())
#: Nouns of happenings that act of themselves, a report's subject of what they did ("an
#: earthquake killed ten people", "the blast shattered windows", "a fire destroyed the
#: church"): natural and accidental happenings, not people or groups.
FORCES = frozenset(
    """earthquake quake tremor temblor aftershock blast explosion bomb fire blaze wildfire
    storm hurricane typhoon cyclone tornado flood flooding tsunami avalanche landslide
    mudslide eruption crash collision derailment outbreak epidemic drought""".split()
)
#: Verbs of two syllables stressed on the last that double it (commit -> committed).
_STRESSED_LAST = frozenset(
    """commit permit admit submit omit emit transmit acquit occur refer prefer confer
    defer deter incur recur compel expel propel repel control patrol enrol regret
    equip abet allot embed rebel excel""".split()
)
#: Light verbs that tell a happening with their particle.
PHRASAL_EVENTS = frozenset(
    {
        "take over", "set up", "shut down", "carry out", "break up", "bring down",
        "hold up", "give up", "call off", "lay off", "turn down", "put out", "set off",
    }
)  # fmt: skip
#: Argument lemmas that are no participant's name or word (pronouns and the like).
_NO_WORDS = frozenset(
    """i you he she it we they me him her us them this that these those who whom which
    what one ones itself himself herself themselves there here something someone
    anyone everyone nobody all some many each other others""".split()
)
#: Irregular past participles (a title says "Ship sunk", "Suspect caught"). A table, not
#: lemminflect or pyinflect: both import spaCy when imported, and linking (titles
#: included) runs on the stored annotations without spaCy.
_PARTICIPLES = {
    "arise": "arisen", "awake": "awoken", "bear": "born", "beat": "beaten", "begin": "begun",
    "bend": "bent", "bind": "bound", "bite": "bitten", "blow": "blown", "break": "broken",
    "breed": "bred", "build": "built", "burn": "burnt", "burst": "burst", "buy": "bought",
    "cast": "cast", "catch": "caught", "choose": "chosen", "cling": "clung", "cost": "cost",
    "cut": "cut", "deal": "dealt", "dig": "dug", "draw": "drawn", "drink": "drunk",
    "drive": "driven", "eat": "eaten", "fall": "fallen", "feed": "fed", "fight": "fought",
    "flee": "fled", "fly": "flown", "forbid": "forbidden", "forget": "forgotten",
    "forgive": "forgiven", "freeze": "frozen", "grind": "ground", "grow": "grown",
    "hang": "hung", "hide": "hidden", "hit": "hit", "hurt": "hurt", "lay": "laid",
    "lend": "lent", "light": "lit", "lose": "lost", "meet": "met", "overtake": "overtaken",
    "pay": "paid", "quit": "quit", "read": "read", "rid": "rid", "ride": "ridden",
    "ring": "rung", "rise": "risen", "seek": "sought", "sell": "sold", "send": "sent",
    "shake": "shaken", "shed": "shed", "shoot": "shot", "shrink": "shrunk", "shut": "shut",
    "sing": "sung", "sink": "sunk", "slay": "slain", "slide": "slid", "sling": "slung",
    "slit": "slit", "spend": "spent", "spin": "spun", "split": "split", "spread": "spread",
    "spring": "sprung", "stand": "stood", "steal": "stolen", "stick": "stuck",
    "sting": "stung", "strike": "struck", "swear": "sworn", "sweep": "swept", "swim": "swum",
    "swing": "swung", "teach": "taught", "tear": "torn", "throw": "thrown", "thrust": "thrust",
    "undergo": "undergone", "understand": "understood", "undertake": "undertaken",
    "upset": "upset", "wake": "woken", "wear": "worn", "weep": "wept", "win": "won",
    "withdraw": "withdrawn", "wind": "wound", "wring": "wrung", "write": "written",
    "hold": "held", "keep": "kept", "leave": "left", "lead": "led", "make": "made",
    "take": "taken", "give": "given", "get": "got", "go": "gone", "come": "come",
    "put": "put", "set": "set", "let": "let", "see": "seen", "find": "found",
    "tell": "told", "say": "said", "think": "thought", "bring": "brought", "know": "known",
    "run": "run", "shine": "shone", "bleed": "bled", "speed": "sped", "stride": "strode",
    "forecast": "forecast", "broadcast": "broadcast", "bet": "bet", "bid": "bid",
    "sit": "sat", "sleep": "slept", "kneel": "knelt", "feel": "felt", "hear": "heard",
    "mislead": "misled", "oversee": "overseen", "overthrow": "overthrown",
    "have": "had", "do": "done", "be": "been",
}  # fmt: skip


_TICKER_MARK = re.compile(r"\s*" + ANGLE_BRACKETS.pattern)
#: A comma with a letter right after it.
_COMMA_GLUED = re.compile(r",(?=[A-Za-z])")
_HEAD_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'’&-]*")


#: Words a headline in capitals shows that are never a name's alone.
_SMALL_WORDS = frozenset(
    """a an the and or but nor of at in on to for by from with into onto over under up
    down off out as after before against amid via vs""".split()
)
_SUFFIX = re.compile(r"(?:ings|ing|es|ed|s)$")


def _stem(word: str) -> str:
    """A word less its inflection ("cuts", "cutting" -> "cut"), for telling that a
    headline's word is a form of one the story writes."""
    stem = _SUFFIX.sub("", word)
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        stem = stem[:-1]  # "cutting" -> "cutt" -> "cut"
    if len(stem) >= 3 and stem[-1] == "y" and stem[-2] not in "aeiou":
        stem = stem[:-1] + "i"  # "deny", "denies", "denied" -> "deni"
    return stem if len(stem) >= 3 else word


class CorpusWords:
    """How a corpus writes its words inside a sentence ("sees", "Fed", "GDP", "police"),
    read from its texts on first use: a headline's word in capitals that its own story
    never writes is written as the corpus writes it. A word's first place in a sentence
    or a line, where any word is capitalised, is not counted, nor pieces of an address
    ("www.usda.gov"). It carries the verbs the corpus nearly always tells with an object
    too (:attr:`transitive`, which linking learns from the triggers)."""

    __slots__ = ("_forms", "_texts", "transitive", "verb_ratio")

    def __init__(
        self,
        texts: Iterable[str],
        transitive: Collection[str] = (),
        verb_ratio: Mapping[str, float] | None = None,
    ) -> None:
        self._texts: Iterable[str] | None = texts
        self._forms: dict[str, Counter[str]] = {}
        #: Verbs the corpus nearly always tells with an object
        #: (:attr:`~tui.core.events.concepts.CorpusStats.transitive`).
        self.transitive = frozenset(transitive)
        #: Share of each trigger lemma's occurrences the corpus tells as a verb
        #: (:attr:`~tui.core.events.concepts.CorpusStats.verb_ratio`).
        self.verb_ratio: Mapping[str, float] = verb_ratio or {}

    def form(self, lower: str) -> str | None:
        """How the corpus writes the word ``lower``: in lower case unless it writes it in
        capitals twice as often ("GDP") or capitalised ten times as often ("Fed"); a form
        in -s it never writes, in lower case when it writes the word without it in lower
        case ("ups" of "up"); None when it never writes it inside a sentence."""
        if self._texts is not None:
            written: Counter[str] = Counter()
            for text in self._texts:
                # (a line in capitals, a headline or a table's heading, is no sentence:
                # "HALVES NOTE FACILITY, AMENDS TERMS" says nothing of "amends")
                for line in text.splitlines():
                    if not _shouted(line):
                        written.update(_INNER_WORD.findall(line))
            for word, n in written.items():
                self._forms.setdefault(word.lower(), Counter())[word] = n
            self._texts = None
        forms = self._forms.get(lower)
        # (a long word in capitals is a headline's or a table's shout, not an abbreviation)
        if not forms or not any(len(f) <= 6 or not f.isupper() for f in forms):
            # A form in -s of a word the corpus writes in lower case ("UPS", "REBUFFS").
            bases = (lower[:-1], lower[:-2]) if lower.endswith("s") else ()
            return lower if any(b and self.form(b) == b for b in bases) else None
        # (an abbreviation, however often an address writes it; a word that opens many
        # names, "South" Africa, "National" Bank, is the word alone in a headline; "Fed"
        # is a name)
        return _mostly_written(forms, lower) or lower


def _written_in_capitals(body: str, word: str) -> bool:
    """The body writes ``word`` in capitals after the start of a line not in capitals
    (a name's: "with CTS Corp", not a table's row: "OPER shr loss")."""
    upper = word.upper()
    if upper != word or len(word) < 2:
        return False
    pattern = re.compile(rf"(?<=\S )(?<![\w.]){re.escape(upper)}(?![\w.])")
    return any(pattern.search(line) and not _shouted(line) for line in body.splitlines())


def _shouted(line: str) -> bool:
    """A line in capitals (every cased letter of it)."""
    return line.isupper()


#: A word inside a sentence (after a word in lower case, a number or a comma), not a
#: piece of an address.
_INNER_WORD = re.compile(r"(?<=[a-z0-9,;] )[A-Za-z][A-Za-z'’-]*(?![\w@/]|\.[A-Za-z])")
#: Marks that may stand between a sentence's end and its first word.
_OPENERS = " \t\"'“‘(["
_ENDS = ".!?:;\n"


def _lead_word(body: str) -> int:
    """Where the word after a wire dateline starts, when the word after it is written in
    lower case (a common word opening the lead, "Cash grain dealers reported"; not a
    name's first word, "Security Pacific Corp", "Moody's Investors"); -1 when none."""
    filed = find_dateline(body)
    if filed is None:
        return -1
    words = list(_HEAD_WORD.finditer(body, filed.end, filed.end + 80))
    if len(words) < 2 or not words[1].group(0)[:1].islower():
        return -1
    return words[0].start()


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` is the first of a sentence or line (capitalised as such), or of
    a quotation after a comma ('Miller replied, "No, I wouldn't ..."'); not after initials
    ("U.S. Army")."""
    k = at - 1
    while k >= 0 and at - k <= 4 and text[k] in _OPENERS:
        k -= 1
    if k < 0:
        return True
    if text[k] == "," and _QUOTE_OPENS.match(text, k + 1, at):
        return True
    return text[k] in _ENDS and not (
        text[k] == "." and _INITIALS.search(text, max(0, k - 12), k + 1)
    )


#: A quotation's opening mark after a comma: a space and the mark.
_QUOTE_OPENS = re.compile(r"\s+[\"“]$")


#: Initials ending where the text is cut: "U.S.", "N.Y.".
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _initials_of_place(lower: str) -> bool:
    """A headline's word that is a country's or a region's initials ("uk", "ussr",
    "nsw"): the gazetteer writes them with dots too ("u.s.s.r"), or they are the initials
    of another of the place's names ("new south wales"). Not a name cut short ("ill" of
    Illinois), nor a month's or a weekday's."""
    if lower in MONTHS or lower in WEEKDAYS or not 2 <= len(lower) <= 5:
        return False
    places = gazetteer()
    for names in (places.countries, places.regions):
        if ".".join(lower) in names:
            return True
        code = names.get(lower)
        if code is not None and any(
            c == code and "".join(w[0] for w in n.split() if w not in _NAME_JOINERS) == lower
            for n, c in names.items()
            if " " in n
        ):
            return True
    return False


#: Months' names that are words of their own too ("may", "march").
_MONTH_WORDS = frozenset({"may", "march"})
#: Words before a month's name that say it is one ("IN MAY", "SINCE MARCH", "LATE MAY").
_BEFORE_A_MONTH = frozenset(
    """in for of since until till by from through during early mid late end last next
    this""".split()
)


def _headline_month(words: Sequence[str], x: int) -> bool:
    """The headline's word ``x``, "MAY" or "MARCH", is the month: beside a number ("MARCH
    23", "MAY 1987"), after a word of time ("IN MAY", "SINCE MARCH") or after another
    month ("APRIL/MAY")."""
    return any(0 <= y < len(words) and words[y][:1].isdigit() for y in (x - 1, x + 1)) or (
        x > 0 and (words[x - 1].lower() in _BEFORE_A_MONTH or words[x - 1].lower() in MONTHS)
    )


#: A word the corpus tells as a verb this share of the time or more ("increase" 0.59,
#: "supply" 0.25 in the Reuters corpus) may follow the modal "may"; one it nearly never
#: does ("shortage" 0.0, "money" 0.11, "sale") follows the month ("MAY SHORTAGE").
_MODAL_VERB_SHARE = 0.2


def _headline_verb(
    words: Sequence[str], x: int, verbs: Collection[str], corpus: CorpusWords | None
) -> bool:
    """The headline's word ``x``, "MAY" or "MARCH", is a verb's: "MAY" before a word the
    corpus tells as a verb (``corpus``, :data:`_MODAL_VERB_SHARE`: "JAPAN MAY INCREASE
    ..."; a parse reads any word after a lower-case "may" as a verb), "MARCH" as the
    parse reads the headline's verb (``verbs``, :func:`headline_verbs`: "WORKERS MARCH ON
    ...")."""
    lower = words[x].lower()
    if lower == "may":
        after = words[x + 1].lower() if x + 1 < len(words) else ""
        return corpus is not None and corpus.verb_ratio.get(after, 0.0) >= _MODAL_VERB_SHARE
    return lower in verbs


def _calendar_or_people(words: Sequence[str], x: int) -> bool:
    """The headline's word ``x`` is a weekday's name, a month's ("JANUARY"; "MAY" and
    "MARCH" are read as months before, by :func:`_headline_month`, and are words here), a
    people's, a country's or a region's ("BRITISH", "JAPAN", "NEVADA"): always
    capitalised."""
    lower = words[x].lower()
    if lower in WEEKDAYS and len(lower) > 3:
        return True
    if lower in MONTHS:
        return lower not in _MONTH_WORDS
    places = gazetteer()
    return any(
        fold(lower) in names for names in (places.demonyms, places.countries, places.regions)
    )


#: Legal forms that close a company's name in a headline in capitals, as written.
_LEGAL_FORMS = {
    form.lower().replace(".", ""): form.rstrip(".")
    for form in reversed(LATIN_LEGAL_SUFFIXES)
    if form.lower() not in ("group", "holding", "holdings")  # also plain nouns
}
#: Small words inside a company's name ("Software Services of America Inc").
_NAME_JOINERS = frozenset({"of", "and", "&"})
#: A run of capitalised words, the small words a name's initials leave out between them
#: ("Organization of Arab Petroleum Exporting Countries").
_CAPITALISED_WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
_CAPITALISED_RUN = re.compile(
    rf"{_CAPITALISED_WORD}(?:\s+(?:(?:{'|'.join(map(re.escape, sorted(INITIALS_SKIP)))})\s+)*"
    rf"{_CAPITALISED_WORD})+"
)


def _initials(body: str) -> frozenset[str]:
    """The initials of the names a story writes in full, in lower case ("Inter-American
    Development Bank": iadb, adb; "Federal Home Loan Bank Board": fhlbb; "Department of
    Energy": doe), of each run of two words or more: a headline's word in capitals that
    spells one is that name's abbreviation, whatever else the corpus writes."""
    out: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(body):
        words = [w for w in re.split(r"[\s-]+", run.group()) if w]
        # (with the small words and without: "Department of Energy", DOE; "Organization of
        # Arab Petroleum Exporting Countries", OAPEC)
        for kept in (words, [w for w in words if w.lower() not in INITIALS_SKIP]):
            letters = [w[0].lower() for w in kept]
            for i in range(len(letters)):
                for j in range(i + 2, len(letters) + 1):
                    out.add("".join(letters[i:j]))
    return frozenset(out)


def _contracted(lower: str, body: str) -> str | None:
    """The name a headline's word contracts, as the story writes the name in full: the
    opening letters of two or three of its words in a row, the first three at least,
    the others two ("NATWEST" of "National Westminster Bank": "NatWest"; "AMEX" of
    "American Express" needs "Ame"), written as those parts are; None when no name the
    story writes contracts so (a word of five letters or more only)."""
    if len(lower) < 5:
        return None
    for run in _CAPITALISED_RUN.finditer(body):
        words = [w for w in re.split(r"[\s-]+", run.group()) if w]
        for i in range(len(words) - 1):
            found = _contraction(lower, words[i : i + 3], first=True)
            if found is not None:
                return found
    return None


def _contraction(lower: str, words: Sequence[str], first: bool = False) -> str | None:
    """``lower`` spelt by opening letters of ``words`` in order, two of them at least
    (three letters of the first word at least, two of the others), as those words write
    them; None when it is not."""
    if not words:
        return None
    word = words[0]
    least = 3 if first else 2
    for n in range(min(len(word), len(lower)), least - 1, -1):
        if word[:n].lower() != lower[:n]:
            continue
        if n == len(lower):
            return None if first else word[:n]
        rest = _contraction(lower[n:], words[1:])
        if rest is not None:
            return word[:n] + rest
    return None


_FIRST_LETTER = re.compile(r"[^\W_]")


def _company_words(
    line: str, matches: Sequence[re.Match[str]], forms: Mapping[str, Counter[str]]
) -> set[int]:
    """The headline's words that make a company's name its story never writes: a legal
    form ("INC", "CORP") and the words before it up to one the story writes, a number,
    a wire abbreviation or a mark between words ("MCO RESOURCES INC 4TH QTR LOSS", a
    table of figures under it)."""
    out: set[int] = set()
    for x, match in enumerate(matches):
        if match.group(0).lower().replace(".", "") not in _LEGAL_FORMS:
            continue
        out.add(x)
        y = x - 1
        while y >= 0 and x - y <= 5:
            word = matches[y].group(0)
            between = line[matches[y].end() : matches[y + 1].start()]
            lower = word.lower()
            if between.strip() or lower in forms or word[0].isdigit():
                break
            if lower in WIRE_ABBREVIATIONS or lower in _SMALL_WORDS and lower not in _NAME_JOINERS:
                break
            out.add(y)
            y -= 1
    return out


#: The word after a name, spaces aside (:func:`_opening_name`).
_NEXT_WORD = re.compile(r" *(" + _HEAD_WORD.pattern + ")")


def _opening_name(matches: Sequence[re.Match[str]], body: str) -> list[str]:
    """The forms of the words a headline opens with that its story writes as one
    capitalised name ("FEDERAL EXPRESS TENTATIVELY GETS ..." over "Federal Express Corp
    said"): two words or more, each capitalised in the story (a joiner, "of", "and", as
    the story writes it), in a line not in capitals, and the whole name there or its words
    before a legal form (not the opening of a longer one: "Arizona Nuclear Power
    Project", "EC Farm Commissioner"); the longest such opening, else none."""
    best: list[str] = []
    for n in range(2, min(len(matches), 6) + 1):
        words = [m.group(0) for m in matches[:n]]
        if any(not w[:1].isalpha() for w in words):
            break
        pattern = re.compile(
            r"(?<![\w.])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])",
            re.IGNORECASE,
        )
        capitalised = False
        for hit in pattern.finditer(body):
            line_start = body.rfind("\n", 0, hit.start()) + 1
            line_end = body.find("\n", hit.end())
            if _shouted(body[line_start : line_end if line_end >= 0 else len(body)]):
                continue
            forms = hit.group(0).split()
            if not all(f[:1].isupper() or f.lower() in _NAME_JOINERS for f in forms) or all(
                f.isupper() for f in forms
            ):
                continue
            capitalised = True
            after = _NEXT_WORD.match(body, hit.end())
            if (
                after is None
                or not after.group(1)[:1].isupper()
                or after.group(1).lower().replace(".", "") in _LEGAL_FORMS
            ):
                best = forms
                break
        if not capitalised:
            break
    return best


def _marked_company(line: str) -> list[int]:
    """The words of an unlisted company's name the wire writes in brackets ("<DOUGLAS
    COMPUTER INTERNATIONAL> YEAR NET"), as positions among the headline's words once its
    ticker marks are left out, the name's last word last."""
    out: list[int] = []
    n = 0  # words before the current position, ticker symbols left out
    at = 0
    for mark in _TICKER_MARK.finditer(line):
        n += len(_HEAD_WORD.findall(line, at, mark.start()))
        name = mark.group("name")
        if not TICKER_SHAPE.fullmatch(name):
            inside = len(_HEAD_WORD.findall(name))
            out.extend(range(n, n + inside))
            n += inside
        at = mark.end()
    return out


def _unmarked(mark: re.Match[str]) -> str:
    """A ticker mark left out ("<GTE>"); an unlisted company's name in its brackets kept,
    less the brackets ("<ASSOCIATES CORP OF NORTH AMERICA> 1ST QTR NET")."""
    name = mark.group("name")
    if TICKER_SHAPE.fullmatch(name):
        # (a space where the mark stood between words: "LEASEWAY <LTC>COMPLETES SALE")
        return " " if mark.string[mark.end() : mark.end() + 1].isalnum() else ""
    return mark.group(0)[: mark.group(0).index("<")] + name  # (the space before it kept)


#: A word of four letters or more after initials' dot ("N.ZEALAND").
_LONG_PART = re.compile(r"(?<=\.)[A-Za-z]{4,}")


def _sourced(
    word: str, corpus: CorpusWords | None, story: Mapping[str, Counter[str]]
) -> str | None:
    """A headline's last word joined by dashes to who said it, the wire's way of naming a
    source ("ALGERIA-USDA", "RATE-SUMITA", "SUBSIDIES--USDA"), each side as written alone:
    the source as its story (``story``: its words' forms) or else the corpus writes it, in
    capitals or capitalised; the word before it a place's name in title case, or in lower
    case where the story or the corpus writes it so. None for any other word with a
    dash: one name's parts ("INTER-TEL", "COMP-U-CARD") are written as the name is."""
    head, dash, source = word.rpartition("-")
    head = head.rstrip("-")
    dashes = word[len(head) : len(word) - len(source)]
    if corpus is None or not head or not dash or "-" in head or len(source) < 3:
        return None
    written = sorted(f for f in story.get(source.lower(), ()) if f[:1].isupper())
    named = written[0] if written else corpus.form(source.lower())
    if not named or named.islower():
        return None
    lower = head.lower()
    if lower in STOP_WORDS:
        return None  # ("ALL-STAR": no matter's word)
    if _known_place(fold(lower)):
        return head.title() + dashes + named
    written_lower = lower in story.get(lower, ()) or corpus.form(lower) == lower
    return lower + dashes + named if written_lower else None


def _known_place(name: str) -> bool:
    """A place's name (folded, in lower case) the gazetteer knows, or a town of the towns'
    table, its shortened first word written in full."""
    known = gazetteer()
    if name in known.cities or name in known.countries or name in known.regions:
        return True
    towns = known_towns()
    return name in towns or " ".join(place_in_full(name.split(" "))) in towns


def _place_words(words: Sequence[str]) -> dict[int, int]:
    """The headline's words that make a place's name of two or three words the gazetteer
    or the towns' table knows ("NEW YORK", "RIO DE JANEIRO", "SAUDI ARABIA", "SIOUX
    FALLS", "ST PAUL"), each with where its name starts; the longest name first."""
    out: dict[int, int] = {}
    x = 0
    while x < len(words):
        for n in (3, 2):
            name = fold(" ".join(words[x : x + n]).lower())
            if x + n <= len(words) and _known_place(name):
                out.update(dict.fromkeys(range(x, x + n), x))
                x += n
                break
        else:
            x += 1
    return out


def _mostly_written(forms: Counter[str], lower: str) -> str | None:
    """The form a text writes a word in far more often than in lower case, as
    :meth:`CorpusWords.form` reads a corpus: in capitals twice as often, a short word
    ("OPEC", not a dateline's "WASHINGTON"), or capitalised ten times as often; None
    when the lower case stands."""
    kept = [f for f in forms if f != lower and (len(f) <= 6 or not f.isupper())]
    if not kept:
        return None
    top = max(sorted(kept), key=lambda f: forms[f])
    if top.isupper():
        return top if forms[top] > 2 * forms[lower] else None
    return top if forms[top] > 10 * forms[lower] else None


def _corpus_form(word: str, corpus: CorpusWords | None) -> str:
    """A word as the corpus writes it inside its sentences, else in lower case (as
    written when there is no corpus)."""
    if corpus is None:
        return word
    return corpus.form(word.lower()) or word.lower()


def _name_case(word: str) -> str:
    """A name's word in capitals as a name is written, each part of a hyphenated one
    capitalised ("BRISTOL-MYERS" -> "Bristol-Myers", not "Bristol-myers")."""
    return "-".join(part.capitalize() for part in word.split("-"))


def column_slug(line: str) -> bool:
    """A column's label over a name alone ("TALKING POINT/ACME CORP <ACM>"), or over
    companies' names each closed by its ticker mark ("TALKING POINT/SANTA FE SOUTHERN
    <SFX>", "WALL STREET STOCKS/CHRYSLER <C>, AMC <AMO>")."""
    label = DESK_LABEL.match(line)
    if label is None:
        return False
    rest = line[label.end() :]
    return not _tells_more_than_a_name(rest) or _marked_names(rest)


#: The most words a name closed by its ticker mark has, read as a name alone.
_MARKED_NAME_WORDS = 4


def _marked_names(line: str) -> bool:
    """Every word of the line is in a name its ticker mark closes, of at most
    :data:`_MARKED_NAME_WORDS` words besides its small words (:data:`_NAME_JOINERS`), the
    names joined by commas or "and"."""
    parts = _TICKER_MARK.sub("\n", line).split("\n")
    if len(parts) < 2 or parts[-1].strip(" ,.;:"):
        return False
    names = [
        [w for w in part.replace(",", " ").split() if w.lower() not in _NAME_JOINERS]
        for part in parts[:-1]
    ]
    return all(0 < len(words) <= _MARKED_NAME_WORDS for words in names)


def _tells_more_than_a_name(line: str) -> bool:
    """A headline's words, ticker marks and legal forms (:data:`_LEGAL_FORMS`) aside, are
    three or more."""
    words = _HEAD_WORD.findall(_TICKER_MARK.sub(" ", line))
    return sum(w.lower().replace(".", "") not in _LEGAL_FORMS for w in words) >= 3


class _Parsed(Protocol):
    """A trigger as annotation stores it or linking reads it: where, what kind, its role."""

    @property
    def start(self) -> int: ...
    @property
    def pos(self) -> str: ...
    @property
    def dep(self) -> str: ...


def headline_verbs(line: str, text: str, triggers: Iterable[_Parsed]) -> frozenset[str]:
    """The words (in lower case) the parse of ``text`` reads as the main verb of its
    headline ``line``: "UNVEILS" in "PAKISTAN UNVEILS NEW TRADE POLICY", "TIED" in
    "GRAIN BUYING TIED TO PRICE" (:func:`readable_headline` writes them as verbs where
    neither the story nor the corpus writes them)."""
    at = text.find(line) if line else -1
    if at < 0:
        return frozenset()
    end = at + len(line)
    return frozenset(
        word.group(0).lower()
        for t in triggers
        if at <= t.start < end
        and t.pos == "VERB"
        and t.dep == "ROOT"
        and (word := _HEAD_WORD.match(text, t.start)) is not None
    )


def readable_headline(
    line: str, text: str, corpus: CorpusWords | None = None, verbs: Collection[str] = ()
) -> str:
    """A headline as a story's title: a line in capitals written as the rest of the
    article writes its words, capitalised where it does not ("ACME CORP <ACM> 4TH QTR
    OPER LOSS" -> "Acme Corp 4th quarter operating loss") unless a small word ("at"),
    another form of a word it writes in lower case ("CUTS" where it writes "cut"), or a
    word the corpus writes in lower case (``corpus``: "SEES"); a weekday, a month
    beside a number and a people's name ("BRITISH") capitalised; wire abbreviations spelt
    out, ticker marks and a desk's label ("CORRECTED - ", :data:`~tui.core.text.terms.
    DESK_LABEL`) left out. A word the story capitalises only where a sentence or line
    opens ("Police said") is not taken for a name's.

    Args:
        line: The headline.
        text: The article's text (the headline's words are looked up in the rest of it).
        corpus: How the corpus writes its words (:class:`CorpusWords`).
        verbs: The headline's words its parse reads as its main verb
            (:func:`headline_verbs`): no name's word where nothing else says how to
            write them ("PAKISTAN UNVEILS" -> "Pakistan unveils", in a folder whose
            sentences never write "unveils").

    Returns:
        The headline, readable; a line not in capitals as it is, less its ticker marks.
    """
    at = text.find(line)
    body = text[at + len(line) :] if at >= 0 and line else text
    # (a desk's label, "CORRECTED - ", "ECONOMIC SPOTLIGHT - ", is no part of what
    # happened; kept where what follows is a company's name: "TALKING POINT/PIEDMONT
    # AVIATION INC <PIE>")
    label = DESK_LABEL.match(line)
    if label is not None and not column_slug(line):
        line = line[label.end() :]
    # (a name written as its own ticker, "ITT CORP <ITT>", stays in capitals)
    symbols = {t.split(".")[0].upper() for t in tickers(line)}
    # (the words a ticker mark stands before: the name it marks ended there, "VMS HOTEL
    # <VHT> APPROVES LOAN")
    after_mark = {
        len(_HEAD_WORD.findall(_TICKER_MARK.sub(_unmarked, line[: mark.start()])))
        for mark in _TICKER_MARK.finditer(line)
        if TICKER_SHAPE.fullmatch(mark.group("name"))
    }
    marked = _marked_company(line)
    line = " ".join(_TICKER_MARK.sub(_unmarked, line).split())
    # (a comma between names the desk wrote without its space: "LA LAND,DU PONT GET")
    line = _COMMA_GLUED.sub(", ", line)
    words = _HEAD_WORD.findall(line)
    if not words or sum(w.isupper() for w in words) * 2 < len(words):
        return line
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    opening: Counter[str] = Counter()  # capitalised forms seen where a sentence opens
    # (the word after a wire dateline opens its lead, when no name goes on after it:
    # "CHICAGO, April 1 - Cash grain dealers", not "- Security Pacific Corp said")
    lead_at = _lead_word(body)
    for match in _HEAD_WORD.finditer(body):
        form = match.group(0)
        forms[form.lower()][form] += 1
        if form[:1].isupper() and (
            match.start() == lead_at or _opens_sentence(body, match.start())
        ):
            opening[form] += 1
    # (the forms it writes inside its sentences, as :class:`CorpusWords` reads them: not
    # a table's heads in capitals, "SOUTH AFRICA CORN, in mln tonnes")
    inner: dict[str, Counter[str]] = defaultdict(Counter)
    for body_line in body.splitlines():
        if not _shouted(body_line):
            for form in _INNER_WORD.findall(body_line):
                inner[form.lower()][form] += 1

    common = {_stem(f) for f in forms if f in forms[f]}  # written in lower case
    initials = _initials(body)
    matches = list(_HEAD_WORD.finditer(line))
    company = _company_words(line, matches, forms)
    named = _opening_name(matches, body)
    places = _place_words(words)
    out: list[str] = []
    at = 0
    capital = True  # the first word, or a name going on
    bridged = False  # a small word inside a name went before ("Institution for Savings")
    for x, match in enumerate(matches):
        if x in after_mark:
            capital = bridged = False
        word = match.group(0)
        lower = word.lower()
        possessive = lower[-2:] in ("'s", "’s") and len(lower) > 3
        if possessive:
            word, lower = word[:-2], lower[:-2]
        seen = forms.get(lower)
        if possessive and not seen and (whole := forms.get(match.group(0).lower())):
            # (the story writes it with its 's too: "MOODY'S" where it writes "Moody's";
            # a story in lower case says nothing of it: "cd's")
            if any(f[:1].isupper() and opening[f] < n for f, n in whole.items()):
                seen = Counter({f[:-2]: n for f, n in whole.items()})
        if (
            seen
            and all(opening[f] == n for f, n in seen.items())
            and corpus is not None
            and corpus.form(lower) == lower
        ):
            seen = None  # only ever a sentence's first word, a common word: no name's
        town = fold(lower) in gazetteer().cities  # (a town's name, read once a word)
        if (
            seen
            and all(f.isupper() for f in seen)
            and (len(lower) > 4 or town)  # (not "AM", "SEAT")
            and corpus is not None
            and (((usual := corpus.form(lower)) and not usual.isupper()) or (not usual and town))
        ):
            # Only in a dateline's capitals ("WASHINGTON, March 2 -"): as the corpus
            # writes it, or a town's name the corpus writes nowhere else ("OTTAWA").
            seen = None
        if (
            seen
            and all(f.islower() for f in seen)
            and corpus is not None
            and (usual := corpus.form(lower))
            and usual.isupper()
            and len(usual) > 1
        ):
            # An abbreviation a report written in lower case writes so ("the usda
            # said"), as the corpus writes it: "USDA".
            seen = Counter({usual: 1})
        small = bool(out) and lower in _SMALL_WORDS
        closes = False
        if x < len(named) and not possessive:
            # The name the headline opens with, as its story writes it; it ends there
            # ("Federal Express tentatively gets ...").
            form, closes = named[x], x == len(named) - 1
            small = False
        elif (
            word.isupper()
            and len(word) >= 2
            and word in symbols
            and (
                (x == 0 and len(words) > 1 and words[1].lower().replace(".", "") in _LEGAL_FORMS)
                or (
                    all(f.isupper() for f in seen or ())
                    and (corpus is None or (usual := corpus.form(lower)) is None or usual.isupper())
                )
            )
        ):
            # The company's ticker as its name: the headline's first word, before its
            # legal form ("ITT CORP <ITT>", "CTS CORP <CTS>": not cents), or a name the
            # story and the corpus write only in capitals if at all (not "DOW CHEMICAL
            # <DOW>", "SUN", written "Dow", "Sun"): an abbreviation, closing a name.
            form, closes = word, True
        elif lower in WIRE_ABBREVIATIONS and (
            (x and words[x - 1][:1].isdigit()) or not _written_in_capitals(body, word)
        ):
            form = WIRE_ABBREVIATIONS[lower]
        elif lower in WIRE_ABBREVIATIONS:
            # A name the story writes in capitals, not after a figure: "CTS Corp said"
            form, closes = word, True
        elif lower in _MONTH_WORDS and _headline_month(words, x):
            # The month, whatever the story writes the word as; no name goes on after it
            # ("IN MARCH ON YEAR-AGO")
            form, closes = _name_case(word), True
        elif lower in _MONTH_WORDS and _headline_verb(words, x, verbs, corpus):
            # The word, whatever the story's months write ("for May 10 shipment"): "JAPAN
            # MAY INCREASE ...", "WORKERS MARCH ON ..."
            form = lower
        elif x in places:
            # A place's name of two words or more ("NEW YORK", "RIO DE JANEIRO"), whatever
            # the story and the corpus write its words alone as ("new", "YORK" in a
            # dateline).
            inside = x > places[x] and (lower in NAME_PARTICLES or lower in _SMALL_WORDS)
            form = lower if inside else word.title()
            small = False
        elif "." in word and "-" in word:
            # "U.S.-JAPAN": the abbreviation as written, the other parts as the corpus
            # writes them ("U.S.-Japan", "U.S.-based")
            form = "-".join(
                part if "." in part or not part else _corpus_form(part, corpus)
                for part in word.split("-")
            )
            closes = True  # a compound that describes, not a name's first word
        elif (
            not seen
            and word.isupper()
            and not (capital and out)
            and (sourced := _sourced(word, corpus, forms)) is not None
        ):
            # A desk's source after the matter, joined by a dash ("ALGERIA-USDA",
            # "DISCOUNT RATE-SUMITA"): each side as written alone ("Algeria-USDA"); not
            # inside a name going on ("LIBERTY ALL-STAR EQUITY FUND").
            form, closes = sourced, True
        elif "." in word or word[0].isdigit():
            # (initials as written; a word after them in title case: "W.GERMAN" ->
            # "W.German")
            form = _LONG_PART.sub(lambda m: m.group(0).capitalize(), word) if "." in word else lower
        elif small:
            form = lower  # "AT", "FOR": never a name's word alone
        elif x in marked:
            # An unlisted company's name in the wire's brackets: a word as the story
            # writes it with a capital ("KGaA", "SCI"), else in a name's case, whatever
            # the story writes it as in lower case; the bracket closes it ("Douglas
            # Computer International year net").
            story_forms: Counter[str] = seen or Counter()
            capitals = sorted(f for f in story_forms if f[:1].isupper())
            form = (
                max(capitals, key=lambda f: (not f.isupper(), story_forms[f]))
                if capitals
                else _LEGAL_FORMS.get(lower.replace(".", ""), _name_case(word))
            )
            closes = x + 1 not in marked
        elif not seen and x in company:
            form = _LEGAL_FORMS.get(lower.replace(".", ""), _name_case(word))
        elif not seen and word.isupper() and _initials_of_place(lower):
            # A country's or a region's initials ("UK", "UAE", "NSW"), as written: a name
            # alone; "US" too, which the tables list only with its dots, for "us" is a
            # word (a story that writes "us" itself says which it is).
            form, closes = word, True
        elif not seen and _calendar_or_people(words, x):
            # (a name may go on after a people's or a country's, "JAPAN AIR LINES", not
            # after a month's or a weekday's)
            form, closes = _name_case(word), lower in MONTHS or lower in WEEKDAYS
        elif (
            not seen
            and word.isupper()
            and not (corpus and corpus.form(lower))
            and (short := _contracted(lower, body)) is not None
        ):
            # A contraction of a name the story writes in full ("NATWEST" of its "National
            # Westminster Bank"), as the name's words write their parts: "NatWest".
            form, closes = short, True
        elif not seen and word.isupper() and len(lower) >= 3 and lower in initials:
            # The initials of a name the story writes in full ("IADB" of its
            # "Inter-American Development Bank"): an abbreviation, closing a name.
            form, closes = word, True
        elif (
            not seen
            and not bridged
            and (_stem(lower) in common or _PARTICIPLES.get(_stem(lower), "") in common)
        ):
            # Not in the rest of the story, but another form of a word it writes in
            # lower case ("CUTS" where it writes "cut", "WINS" where it writes "won"):
            # not a name's.
            form = lower
        elif not seen and capital and out and lower in name_shapes().generic_name_words:
            form = _name_case(word)  # a company's name going on ("SABINE ROYALTY TRUST")
        elif not seen and not bridged and (written := corpus and corpus.form(lower)):
            # As the corpus writes it: "SEES" -> "sees", not a name's; "FED" -> "Fed"; an
            # abbreviation ("GDP") closes a name.
            form, closes = written, written.isupper()
        elif (
            not seen
            and (len(word) <= 3 or not _VOWEL.search(lower))
            and word.isupper()
            and corpus
            and not corpus.form(lower)
        ):
            # An abbreviation the corpus never writes inside a sentence, short or without
            # a vowel; it closes a name ("LME METAL PRICES", "FHLBB CHANGES RATES").
            form, closes = word, True
        elif not seen:
            # Not in the rest of the story: a name's word goes on capitalised, not the
            # headline's own verb ("PAKISTAN UNVEILS"), and a town's ("IN QUIET EARLY
            # LONDON") that the corpus never writes in lower case.
            form = _name_case(word) if (capital and lower not in verbs) or town else lower
        elif lower in seen:
            # (in lower case, unless the story's sentences write it in capitals or
            # capitalised far more often, one slip aside: "OPEC" eight times, "opec" once)
            in_sentences = inner[lower]
            usual = _mostly_written(in_sentences, lower) if in_sentences[lower] else None
            form = usual or lower
            closes = closes or bool(usual and usual.isupper())
        else:
            # (as the text writes it, a dateline's capitals aside: "NEW BEDFORD, Mass."; a
            # name its sentences write both in capitals and capitalised, "OPEC" and "Opec",
            # as the corpus mostly writes it)
            form = max(sorted(seen), key=lambda f: (not f.isupper(), seen[f]))
            in_sentences = inner[lower]
            if (
                corpus is not None
                and any(f.isupper() for f in in_sentences)
                and not all(f.isupper() for f in in_sentences)
                and (usual := corpus.form(lower)) is not None
                and usual in in_sentences
            ):
                form = usual
        if small:
            # (a name may go on over "of", "and", "for" ("Bank of Boston"); not over "to",
            # a wire headline's infinitive: "ACME TO OFFER SHARES")
            bridged = capital = capital and lower != "to"
        else:
            bridged = False
            # (a legal form closes a company's name: "AMOUR INC TO MAKE ACQUISITION")
            closes = closes or lower.replace(".", "") in _LEGAL_FORMS
            capital = form[:1].isupper() and not closes
        ending = match.group(0)[-2:].lower() if possessive else ""
        out.append(line[at : match.start()] + form + ending)
        at = match.end()
    out.append(line[at:])
    text = "".join(out)
    first = _FIRST_LETTER.search(text)  # "(corrected) - ..." opens with a bracket
    if first is None:
        return text
    return text[: first.start()] + first.group(0).upper() + text[first.end() :]


def title_head(title: str) -> str:
    """What an event's title says happened: the title without the place and month after
    it ("Quake strikes · Lima · 2031-05" -> "Quake strikes")."""
    return title.partition(" · ")[0]


#: An event or a story.
_Item = TypeVar("_Item", Event, Story)
#: A title's month after its other parts ("Fed adds reserves · New York · 1987-03").
_SHOWN_MONTH = re.compile(r" · (\d{4}-\d{2})$")


def days_shown(days: Collection[dt.date]) -> str:
    """The days of reports as a title shows them: one day ("1987-03-03"), else the first
    and last as an ISO 8601 interval, the last day's month and year left out where the
    first's are the same ("1987-03-18/20", "1987-03-30/04-02", "1986-12-30/1987-01-02")."""
    first, last = min(days), max(days)
    if first == last:
        return first.isoformat()
    if first.year != last.year:
        return f"{first.isoformat()}/{last.isoformat()}"
    if first.month != last.month:
        return f"{first.isoformat()}/{last.strftime('%m-%d')}"
    return f"{first.isoformat()}/{last.strftime('%d')}"


def told_apart_by_day(
    items: Sequence[_Item], days_of: Callable[[_Item], Collection[dt.date]]
) -> list[_Item]:
    """Events (or stories) whose model titles are the same words, the month included,
    with the days of their reports in place of the month where those days tell them
    apart: a recurring notice's issues of two days ("Fed adds reserves · New York ·
    1987-03-03", "... · 1987-03-18/20"), or one template's releases, are otherwise
    two lines alike in the events view. A title a person gave is left as it is, and so is
    a title whose items' days are all the same (one day's two reports of one kind); an
    item whose reports are not all of the month its title shows (the month of a
    happening they state) keeps the month.

    Args:
        items: The events or stories.
        days_of: The days of an item's reports (its articles' dates; empty if not known).

    Returns:
        The items in their order, retitled where that tells them apart.
    """
    alike: dict[tuple[str, str], list[int]] = defaultdict(list)
    for x, item in enumerate(items):
        if item.title_origin == "model" and (found := _SHOWN_MONTH.search(item.title)):
            alike[(item.title, found.group(1))].append(x)
    out = list(items)
    for (title, month), xs in alike.items():
        if len(xs) < 2:
            continue
        # (the days refine the month, never contradict it: a payment's "Pay April 30 ·
        # 1987-04" reported in March keeps its month)
        shown = {
            x: days_shown(days)
            for x in xs
            if (days := days_of(items[x])) and all(d.strftime("%Y-%m") == month for d in days)
        }
        retitled = {x: _SHOWN_MONTH.sub(" · " + when, title) for x, when in shown.items()}
        if len({retitled.get(x, title) for x in xs}) < 2:
            continue
        for x, text in retitled.items():
            out[x] = items[x].model_copy(update={"title": text})
    return out


#: A title of this many words or fewer that names no one says little (:attr:`Title.bare`).
BARE_WORDS = 2


@dataclass(frozen=True, slots=True)
class Title:
    """An event's title and the parts it was made of."""

    text: str
    #: The trigger lemma it is about.
    trigger: str
    #: Ids of who or what it names.
    participants: tuple[str, ...] = ()
    place: str | None = None
    #: ``YYYY-MM``: the month the title shows (:func:`shown_month`).
    month: str | None = None
    #: Its trigger tells a happening (an eventive verb or noun, not a light verb).
    eventive: bool = True
    #: ``YYYY-MM``: the month linking compares (the month the trigger's dates give near
    #: the reports, else the reports' median), shown or not.
    when: str | None = None

    @property
    def head(self) -> str:
        """What it says happened: its text without the place and month after it."""
        return title_head(self.text)

    @property
    def bare(self) -> bool:
        """It says little: it names no one, in :data:`BARE_WORDS` words or fewer
        ("Losses suffered", "Ours tightened"; not "Earthquake kills people"), and quotes
        no passage."""
        return (
            not self.participants
            and len(self.head.split()) <= BARE_WORDS
            and not is_quote(self.text)
        )

    @property
    def short(self) -> bool:
        """It says little of what happened, whoever it names: :data:`BARE_WORDS` words or
        fewer ("Heinz earns", "ChemLawn rejects"), or a quoted passage (which tells it in
        a source's words, not as a headline would); a headline over the leads its event
        holds says more (:func:`lead_headline`)."""
        return len(self.head.split()) <= BARE_WORDS or is_quote(self.text)

    @property
    def weight(self) -> float:
        """How well the title stands for its story, its sources aside: better if it
        names who, worse if its trigger says little."""
        return (1.5 if self.participants else 1.0) * (1.0 if self.eventive else 0.5)


def _as_written(lemma: str, forms: Collection[str]) -> str:
    """A verb's lemma as its written forms show it: a parse's "fin" of "fined" is "fine"
    (the past of "fin" doubles its last letter: "finned")."""
    if (
        _doubles(lemma)
        and any(f in (lemma + "ed", lemma + "es") for f in forms)
        and not any(f.startswith(lemma + lemma[-1]) for f in forms)
    ):
        return lemma + "e"
    return lemma


def third_person(verb: str) -> str:
    """``verb`` in the third person singular (hits, checks, dies, crashes)."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _doubles(verb: str) -> bool:
    """A verb of one syllable ending consonant-vowel-consonant doubles it (rob -> robbed)."""
    if verb in _STRESSED_LAST:
        return True
    vowels = "aeiou"
    groups = len(re.findall(r"[aeiouy]+", verb[:-1])) + (verb[-1] in vowels)
    return (
        len(verb) >= 3
        and groups == 1
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
    )


def past_participle(verb: str) -> str:
    """``verb``'s past participle (arrested, seized, robbed, carried, caught, shot)."""
    if " " in verb:  # "take over" -> "taken over"
        head, rest = verb.split(" ", 1)
        return past_participle(head) + " " + rest
    if verb in _PARTICIPLES:
        return _PARTICIPLES[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def gerund(verb: str) -> str:
    """``verb`` + ing (working, seizing, dying, robbing)."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _plural(word: str) -> bool:
    """A written noun that reads as a plural (pirates, people), so its verb takes no -s."""
    lower = word.lower()
    return lower in ("people", "police", "men", "women", "children") or (
        lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    )


def _people_plural(shown: str, labels: Collection[str]) -> bool:
    """A people written in the plural: a name the model tagged NORP ("Palestinians"), or
    a word that says who people are whatever its tag ("Greeks", which annotations made
    before the entities' rule have as a PERSON: :func:`says_who_people_are`)."""
    last = shown.split()[-1] if shown.split() else ""
    if not last.lower().endswith("s") or gazetteer().is_place(fold(last)):  # (the Philippines)
        return False
    return (set(labels) == {"NORP"} and _plural(last)) or says_who_people_are(last)


def _plural_name(shown: str, corpus: CorpusWords) -> bool:
    """A name whose last word is a plural the corpus writes in lower case, a common
    noun's ("U.K. Authorities", "Tamil Rebels"): its verb takes no -s (a person's name
    aside: the caller knows)."""
    last = shown.split()[-1] if shown.split() else ""
    lower = last.lower()
    return last[:1].isupper() and _plural(lower) and corpus.form(lower) == lower


def _readable(form: str, place: bool) -> str:
    """A place written in capitals (a dateline's ``INDIANAPOLIS``, ``BONN``, ``TROY``), in
    a lower-case desk's sentence case ("Mexico city") or all in lower case ("sioux falls")
    in title case (:func:`place_case`); a short one in capitals only when it is a word,
    not initials ("NY") nor a country's short form ("USSR", "UAE")."""
    if not place:
        return form
    if form.islower():
        return place_case(form)  # a lower-case desk's dateline: "amarillo, april 7 -"
    words = form.split(" ")
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and all(
            w.islower() and w not in NAME_PARTICLES and w not in _SMALL_WORDS for w in words[1:]
        )
    ):
        return place_case(form)  # a lower-case desk's dateline: "Mexico city, april 24 -"
    if not form.isupper():
        return form
    letters = form.replace(".", "")
    if len(letters) > 4:
        return place_case(form)
    known = gazetteer()
    name = fold(form.lower())
    if name in known.cities or name in known.regions:
        return place_case(form)
    if (
        _SHORT_WORD.fullmatch(name)
        and name not in known.countries
        and name not in known.abbreviations
    ):
        return place_case(form)  # a town the gazetteer does not know ("TROY, Mich.")
    return form


#: A short word with a vowel, all letters (not initials, "NY", nor a code, "IE6").
_SHORT_WORD = re.compile(r"(?=[a-z]*[aeiou])[a-z]{3,4}")


def place_case(name: str) -> str:
    """A place's name written in capitals, in title case, its particles after the first
    word in lower case ("RIO DE JANEIRO" -> "Rio de Janeiro", "PORT OF SPAIN" -> "Port
    of Spain", "WINSTON-SALEM" -> "Winston-Salem")."""
    words = name.lower().split(" ")
    return " ".join(
        w if x and (w in NAME_PARTICLES or w in _SMALL_WORDS) else w.title()
        for x, w in enumerate(words)
    )


def _display(
    articles: Sequence[ArticleFeatures],
    sentences: Sequence[tuple[int, int]],
    eid: str,
    *,
    place: bool = False,
) -> str:
    """How the passages write a name: the longest of its frequent forms, from sentences
    that are not headlines when there are any (their names are less reliable), forms
    not in capitals first (a dateline or a headline shouts). A person's or a body's name
    some passages spell another way ("Duncan Raite" beside "Duncan Rait", two ids) is
    written as most of them spell it."""
    body: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for i, k in sentences:
        a = articles[i]
        s = a.sentences[k]
        for e in a.sentence_entities(k):
            if e.kb_id == eid or (not place and e.kb_id and _spelt_variants(eid, e.kb_id)):
                form = " ".join(_THE.sub("", e.text).split())
                (heads if s.headline else body)[form] += 1
    forms = body or heads
    if not forms:
        return eid
    quiet = Counter({t: n for t, n in forms.items() if not t.isupper()})
    forms = quiet or forms
    top = forms.most_common(1)[0][1]
    frequent = [t for t, n in forms.items() if n * 2 >= top]
    # (of two spellings of one name, the one more passages write)
    frequent = [
        t
        for t in frequent
        if not any(forms[u] > forms[t] and _spelt_variants(slug(t), slug(u)) for u in frequent)
    ]
    return _readable(max(sorted(frequent), key=len), place)


def _spelt_variants(a: str, b: str) -> bool:
    """Two name ids that are one name spelt two ways: as many words, each spelt alike
    to the other's in order, one the same at least, and not the same ("duncan-rait" /
    "duncan-raite"; not "ann-marsh" / "ivo-marsh": a first word of three letters is
    spelt alike to none but itself)."""
    wa = a.rpartition(":")[2].split("-")
    wb = b.rpartition(":")[2].split("-")
    return (
        wa != wb
        and len(wa) == len(wb)
        and any(x == y for x, y in zip(wa, wb, strict=True))
        and all(spelt_alike(x, y) for x, y in zip(wa, wb, strict=True))
    )


def _is_the_name(entity: Entity, lemma: str) -> bool:
    """The argument is the name itself, not a phrase the name only modifies: a parse's
    argument starts where its phrase starts, so "a Varnia man" or "the Varnia office
    shooting" begins with a place that is not who or what acted. A head cut short with a
    point is its word ("Jr." of "Arcade Comeaux Jr.", "Co." of "Harrow Co.")."""
    head = lemma.lower().rstrip(".")
    return any(
        w == head or (min(len(w), len(head)) >= 3 and (w.startswith(head) or head.startswith(w)))
        for w in (w.lower() for w in _WORD.findall(entity.text))
    )


#: An opening phrase of a sentence that says when, where or why, up to its comma ("Last
#: month, ", "In their five operations so far, ", "As a result of the settlement, ").
_OPENING = re.compile(
    r"(?:in|on|at|after|before|during|last|earlier|later|meanwhile|however|also|since|"
    r"while|according|following|despite|for|by|under|over|yesterday|today|tonight|"
    r"overnight|separately|as a result)\b[^,;:\"“”]{0,45},\s+",
    re.IGNORECASE,
)


#: A table's row: a figure, and no end punctuation after it ("Avg shrs 7,018,000 vs
#: 6,577,000", "TOTAL 14.7 16.0 15.8").
_TABLE_ROW = re.compile(r"\d[^.!?:;\"”’)]*$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|our|Our|my|My|us)\b")

#: A passage that opens on a word pointing back to what its article said before ("That
#: event triggered ...", "This led to ...", "It was ...", "Rather, ...", "And it is
#: possible ..."): quoted alone it names nothing, or goes on from nothing.
_POINTS_BACK = re.compile(
    r"(?:that|this|these|those|it|its|he|his|she|her|they|their|such|and|but|or|so|yet|"
    r"rather|instead|still|thus|hence|therefore|otherwise)\b",
    re.IGNORECASE,
)


def is_quote(title: str) -> bool:
    """Whether an event's title quotes a passage (:func:`_quote`) rather than telling who
    did what."""
    return title.startswith("“")


def _after_dateline(a: ArticleFeatures, k: int) -> int:
    """Where sentence ``k`` starts once the dateline it opens with ("NEW YORK, March 4 -
    ": where and when) is left out."""
    s = a.sentences[k]
    if a.dateline is not None and s.start <= a.dateline[0] < s.end:
        return max(s.start, a.dateline[1])
    return s.start


def _without_dateline(a: ArticleFeatures, k: int) -> str:
    """Sentence ``k``'s text, its spaces as one, without the dateline it opens with."""
    return " ".join(a.text[_after_dateline(a, k) : a.sentences[k].end].split())


#: A clause up to its comma, no quote inside ("Asked by the agency about the fall in
#: prices, ").
_UP_TO_COMMA = re.compile(r"[^,;:\"“”]{1,100},\s+")


def _verb_at(a: ArticleFeatures, k: int, at: int) -> TriggerFeatures | None:
    """The verb the parse found in sentence ``k`` starting at offset ``at``, if any."""
    return next((t for t in a.triggers[k] if t.start == at and t.pos == "VERB"), None)


def _participle_opening(a: ArticleFeatures, k: int) -> str | None:
    """The participle's clause sentence ``k`` opens with, up to its comma, its spaces as
    one ("Speaking to reporters after talks with the president,", "Asked if the pact
    still held,"): the parse's adverbial clause of a verb that opens the sentence (the
    dateline aside). None when it opens with none."""
    s = a.sentences[k]
    start = _after_dateline(a, k)
    while start < s.end and a.text[start].isspace():
        start += 1
    opener = _verb_at(a, k, start)
    if opener is None or opener.dep != "advcl":
        return None
    clause = _UP_TO_COMMA.match(a.text, start, s.end)
    return " ".join(clause.group(0).split()) if clause else None


def _table_row(a: ArticleFeatures, k: int, raw: str | None = None) -> bool:
    """Sentence ``k`` is a table's row: below the headline, a figure on a line without end
    punctuation, its dateline left out ("Net 74,000 vs loss 122,000", "Pay April 20");
    ``raw``: its text as :func:`_without_dateline` reads it, if read already."""
    if a.sentences[k].headline:
        return False
    return _TABLE_ROW.search(_without_dateline(a, k) if raw is None else raw) is not None


def _quote(
    articles: Sequence[ArticleFeatures],
    sentences: Sequence[tuple[int, int]],
    about: str | None = None,
    corpus: CorpusWords | None = None,
    only_about: bool = False,
) -> str:
    """A short quote of the passage most sources share (the shortest of them), for an
    event whose trigger names no one and tells little on its own ("Puzzling"); never a
    line that only dates the page (:func:`date_line`). Passages that say what happened
    come first: with a verb (not "In Harbour Blaze", a headline's second line), then
    a report rather than a remark (speech in quotes, or in the first person), then with
    the word the title would be about (``about``, a trigger lemma) when some have it. A
    headline in capitals is not quoted but made readable (``corpus``: how the corpus
    writes its words). With ``only_about``, only a passage with that word is quoted
    (else none: "")."""
    told: dict[str, set[int]] = defaultdict(set)
    heads: dict[str, int] = {}  # a headline's text -> an article it heads
    better: dict[str, int] = defaultdict(int)
    #: A passage's text -> the participle's clause it opens with (:func:`_participle_opening`).
    openings: dict[str, str] = {}
    rows = 0
    for i, k in sentences:
        a = articles[i]
        s = a.sentences[k]
        raw = _without_dateline(a, k)
        text = raw.strip("\"'“”‘’ ")
        # (a table's row, "Net 74,000 vs loss 122,000", a figure on a line without end
        # punctuation, has a verb only as misread: a sentence comes before it; counted
        # over all the event's passages, "Pay April 20" beside "Record April 2")
        row = _table_row(a, k, raw)
        rows += row
        if only_about and not any(t.lemma == about for t in a.triggers[k]):
            continue
        if text and not date_line(a, k):
            told[text].add(i)
            if (clause := _participle_opening(a, k)) and text.startswith(clause):
                openings[text] = clause
            if s.headline:
                heads[text] = i
            lemmas = {t.lemma for t in a.triggers[k] if t.pos == "VERB"}
            if lemmas:
                # A report rather than a remark ("“We were lucky,” ...").
                remark = raw[:1] in "\"'“‘" or _FIRST_PERSON.search(raw) is not None
                # (then one that names what it tells rather than pointing back)
                alone = _POINTS_BACK.match(text) is None
                better[text] = max(
                    better[text],
                    8 * (not row) + 1 + 4 * (not remark) + 2 * alone + (about in lemmas),
                )
    if rows and rows == len(sentences):
        # A table's rows and nothing else (a results table sent twice): its headlines say
        # what it is ("Acme Corp 3rd qtr net"), where its rows would be quoted.
        lines = [(_headline_line(articles[i]), i) for i in sorted({i for i, _ in sentences})]
        if all(line for line, _ in lines) and (title := _most_told(lines, articles, corpus)):
            return title
    if better:
        most = max(better.values())
        told = {text: told[text] for text, n in better.items() if n == most}
    if not told:
        return ""
    text = min(told, key=lambda t: (-len(told[t]), len(t), t))
    if text in heads and (line := _readable_line(text, articles[heads[text]], corpus)):
        if line != text and len(line) <= HEADLINE_CHARS:
            return line  # "VEECO INSTRUMENTS INC <VEE> SETS QUARTERLY", readable
    # (wire marks as a headline reads them: "<Elders IXL Ltd>, of Australia, said" -> "Elders
    # IXL Ltd, of Australia, said"; "Texaco Inc <TX> said" -> "Texaco Inc said")
    text = " ".join(_TICKER_MARK.sub(_unmarked, text).split()) or text
    if len(text) <= QUOTE_CHARS:
        return f"“{text}”"
    opening = _OPENING.match(text)
    cut = opening.end() if opening else len(openings.get(text, ""))
    if cut and len(text) - cut >= 20:
        # Too long to quote whole: a phrase of when or where before the comma goes
        # ("Last month, the navy sank ..." -> "the navy sank ..."), and so does a
        # participle's clause ("Speaking to reporters after talks with the president, Ann
        # Roe said ..." -> "Ann Roe said ...").
        text = text[cut:].lstrip()
        text = text[:1].upper() + text[1:]
        if len(text) <= QUOTE_CHARS:
            return f"“{text}”"
    cut = text.rfind(" ", 0, QUOTE_CHARS)
    return f"“{text[: cut if cut > 0 else QUOTE_CHARS].rstrip(',;:')}…”"


def _head_match(text: str, start: int, end: int, lemma: str) -> re.Match[str] | None:
    """Where the argument's own word is written, after the name or the words its phrase
    opens with ("ORBITEL cable faults", "China's technology sector"), or None."""
    stem = lemma.lower()[: max(3, len(lemma) - 1)]
    for match in _WORD.finditer(text, start, min(end, start + 80)):
        if match.group(0).lower().startswith(stem):
            return match
    return None


def _head_word(text: str, start: int, end: int, lemma: str) -> str | None:
    """The argument's own word as written (:func:`_head_match`: "faults"), or None."""
    match = _head_match(text, start, end, lemma)
    return match.group(0) if match is not None else None


#: A verb followed by a clause it governs ("announced that", "disclosed whether",
#: "announced it was buying", "predicted 1987 will be", "expects the economy would").
_CLAUSE_AFTER = re.compile(
    r"[A-Za-z]+(?:\s+(?:on|last|this|late|early)\s+\w+)?\s+"
    r"(?:that|whether|(?:it|he|she|they|we)\s+(?:was|were|is|are|would|will|had|has|"
    r"could|may|might|plans?|intends?|expects?)\b"
    r"|(?:[A-Za-z0-9'’.-]+\s+){1,3}(?:will|would|could|should|may|might|can)\s)"
)


#: Verbs that report what their subject says ("Stora said it ...", "she told them she
#: ...").
_REPORTING = SAYING_VERBS | frozenset(
    "say announce report state add disclose reveal note tell".split()
)
#: The pronouns a speaker names itself by in what it is reported to say, and the labels of
#: the names each stands for.
_SELF = {
    "it": frozenset({"ORG"}),
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
}


def _speaker(a: ArticleFeatures, k: int, trigger: TriggerFeatures, pronoun: str) -> Entity | None:
    """Who the pronoun subject of ``trigger`` is when the trigger tells what a speaker
    said of itself: "Stora announced it would acquire Papyrus", "Roe said she would
    resign". The trigger is what a verb of reporting, its sentence's root, reports (its
    clause), and that verb's subject is one name, of a kind the pronoun stands for (an
    organisation for "it", a person for "he" or "she"), not a wire's ticker ("<SKPS
    ST>"). None otherwise."""
    labels = _SELF.get(pronoun.lower())
    if labels is None or trigger.dep != "ccomp" or trigger.pos != "VERB":
        return None
    found = []
    for o in a.triggers[k]:
        if o.dep != "ROOT" or o.lemma not in _REPORTING or o.start > trigger.start:
            continue
        for arg in o.args:
            e = arg.entity
            if arg.role == "subj" and e is not None and e.kb_id and e.start < o.start:
                found.append(e)
    if len(found) != 1 or found[0].label not in labels:
        return None
    e = found[0]
    if a.text[max(0, e.start - 1) : e.start] == "<" or a.text[e.end : e.end + 1] == ">":
        return None
    return e


def _regarded(a: ArticleFeatures, k: int, trigger: TriggerFeatures) -> bool:
    """A noun of a happening is the object of a verb of regarding it (the ``regards`` of
    ``data/event_families.yaml``: "condemned the attack", "wasn't seeing any progress"):
    the parse gives the noun that verb's subject, who did not do the happening."""
    if trigger.pos != "NOUN":
        return False
    regards = vocabulary().regards
    return any(
        v.pos == "VERB"
        and v.lemma in regards
        and any(
            x.role == "obj" and x.lemma == trigger.lemma and x.start <= trigger.start
            for x in v.args
        )
        for v in a.triggers[k]
    )


def _wire_copy(a: ArticleFeatures) -> bool:
    """A wire story: it opens with a dateline, or under a headline in capitals ("LINEAR
    <LNER> SEES LOWER 4TH QTR NET", its dateline written so that it is not read)."""
    if a.dateline is not None:
        return True
    first = a.sentences[0] if a.sentences else None
    return first is not None and first.headline and _shouted(a.sentence_text(0))


def _plain_word(text: str, arg: Argument) -> str | None:
    """An argument's word as written when it is a plain common word ("bank", "riots"):
    not a pronoun, a name's capitals, a figure or a figure's unit."""
    written = word_at(text, arg.start)
    if (
        written is None
        or arg.lemma in _NO_WORDS
        or not (written.islower() and written.isalpha())
        or written in _UNITS
    ):
        return None
    return written


def _unsaid(text: str, end: int, trigger: TriggerFeatures) -> bool:
    """A verb told with what it was done to left unnamed: a pronoun for its object
    ("which were announced", "announced it") or a clause after it ("announced that he
    would", "announced last Friday that")."""
    if any(a.role == "obj" and a.lemma in _NO_WORDS for a in trigger.args):
        return True
    return _CLAUSE_AFTER.match(text, trigger.start, end) is not None


#: Nouns of how much or how many ("an unlimited amount", "the total"), which the lexicon
#: also has as verbs ("amounted to", "totalled"): no happening's noun in a title.
_HOW_MUCH = frozenset("amount quantity number total majority remainder bulk".split())
#: Verbs of how things are, not of what happened: a title tells what happened first
#: (where a land lies: "the republic, which borders the Caspian").
_STATES = frozenset(
    "live reside own belong contain consist resemble border neighbour neighbor overlook".split()
)


def _strength(
    trigger: TriggerFeatures, verbs: Collection[str], concept: str, careful: bool = False
) -> int:
    """How well a trigger tells a happening in a title: 2 an eventive verb or noun (a
    noun that is a verb, a verb-particle noun, an event's name, or a noun whose verb the
    passages use), 1 another noun, 0 a light verb (but a phrasal one: take over), a
    verb of saying (``careful``) or a noun only a date made a trigger."""
    if trigger.pos == "VERB":
        if careful and trigger.lemma in _STATES:
            return 1  # "the man, who lived in Australia, fell": how things are, not news
        if trigger.lemma not in LIGHT_VERBS and not (careful and trigger.lemma in SAYING_VERBS):
            return 2
        return 2 if f"{trigger.lemma} {trigger.prt}" in PHRASAL_EVENTS else 0
    if trigger.basis == "dated-noun":
        return 0
    if careful and trigger.lemma in _HOW_MUCH:
        return 1  # "for an unlimited amount": how much, not what happened
    if trigger.lemma in LIGHT_VERBS:
        return 1
    if trigger.basis in ("verb-noun", "verb-particle", "event-entity"):
        return 2
    return 2 if concept != trigger.lemma and concept in verbs else 1


@dataclass(slots=True)
class _Lemma:
    """What the passages say with one trigger lemma."""

    articles: set[int] = field(default_factory=set)
    #: Articles that tell it as what happened, not as when it was (:func:`_circumstance`).
    told: set[int] = field(default_factory=set)
    count: int = 0
    verb: int = 0
    strength: int = 0
    anchored: bool = False
    #: (role, entity id) -> times, for named arguments of the body's sentences.
    named: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (role, written word) -> times, for unnamed arguments (not pronouns).
    words: Counter[tuple[str, str]] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    particles: Counter[str] = field(default_factory=Counter)
    #: Entity id -> passages naming it as the subject.
    doers: Counter[str] = field(default_factory=Counter)
    #: Written words of phrases a name opens ("ORBITEL cable faults"): named in context.
    held: set[str] = field(default_factory=set)
    #: Entity id -> the names written after it with "and" when it is the object of
    #: "between" ("between Marrak and Osterlund").
    between: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: With care: how a verb is written ("fined"), to tell a parse's lemma ("fin") wrong.
    forms: Counter[str] = field(default_factory=Counter)
    #: Told with words of who or what other than as an infinitive (:func:`_infinitive`).
    deed: bool = False
    #: With care, for a verb: how each passage tells it (``done``: no denial, modal or
    #: infinitive; ``denied``: "did not"; ``denied ahead``: "won't"; ``aimed``: "hired to
    #: direct", "could direct"), with what it is done to (its objects' lemmas and ids)
    #: and whether the passage is a headline.
    tellings: list[tuple[str, frozenset[str], bool]] = field(default_factory=list)
    #: With care: times a verb is told with an object and "to" and a verb after it
    #: ("prompted a ship to evacuate"): without them it says little.
    bidden: int = 0
    #: With care: of those, and of its passives with "to" right after ("was forced to
    #: suspend"), the times a verb of the sentence follows "to" (not "signed him to a
    #: contract", "sentenced to life"): a name it was done to alone says little.
    bids_act: int = 0
    #: With care: times a verb is told with what it was done to but unnamed, a pronoun
    #: ("the talks, which were announced") or a clause ("announced that he would"):
    #: its doer alone says little ("Reagan announces").
    unsaid: int = 0
    #: With care: times a verb is told in the passive ("several advocated by the
    #: administration"): told so mostly, its doer alone says little.
    passives: int = 0
    #: With care: times a verb is told with a gerund right after it, the act it starts,
    #: stops or goes on with ("stopped soliciting offers"): without it, it says little.
    gerunds: int = 0
    #: With care: happenings that did it (:data:`FORCES`) -> passages telling so, its
    #: subject or, when it has none, another verb's of its sentence ("an earthquake hit
    #: the island, killing ten": the earthquake killed).
    causes: Counter[str] = field(default_factory=Counter)
    #: With care: (happening that did it, object's entity id) -> passages, and (happening,
    #: object as written, unnamed) -> passages: what each happening did it to.
    caused_named: Counter[tuple[str, str]] = field(default_factory=Counter)
    caused_words: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: With care, for a noun: the word written just before it in its phrase ("cable" of
    #: "cable cut") -> times.
    mods: Counter[str] = field(default_factory=Counter)
    #: With care: how early in its article each is first told (a sentence's index: the
    #: headline and the lead first), for ties of (role, id) and of (role, word).
    early: dict[tuple[str, str], int] = field(default_factory=dict)
    #: With care, for a verb: (preposition, written word) -> times, for an unnamed
    #: object of a preposition that is not where ("checked *into rehab* at the Betty
    #: Ford Center"): what the verb needs said when it has no object.
    complements: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: With care, for a noun: (preposition, the object's lemma) -> article -> the phrase
    #: as written, for what a happening's noun is aimed at ("a crackdown *on the tech
    #: sector*"), the noun's title when nobody is named.
    aimed: dict[tuple[str, str], dict[int, str]] = field(default_factory=dict)
    #: With care, for a verb: (told in the passive, the word of :data:`PREDICATES`
    #: written right after it, "not guilty" with its "not") -> times.
    predicates: Counter[tuple[bool, str]] = field(default_factory=Counter)

    #: (doer's id, role, id) -> passages naming the doer and that one (an object, a
    #: preposition's object) with the verb together: who did it to whom, as told.
    together: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def seen(self, key: tuple[str, str], k: int) -> None:
        """``key`` (role and id or word) is told in sentence ``k`` of its article."""
        self.early[key] = min(self.early.get(key, k), k)


def _told_apart(info: _Lemma, doer: str, done: tuple[str, str]) -> bool:
    """No passage names ``doer`` and ``done`` (role, id) with the verb together, while
    one names the doer with another in that role: two happenings' participants
    (:attr:`_Lemma.together`; a name's variants count as the name)."""
    role, x = done
    ours = [o for d, r, o in info.together if r == role and name_compatible(d, doer)]
    return bool(ours) and not any(name_compatible(o, x) for o in ours)


def _done_thing(info: _Lemma) -> str | None:
    """The word most written just before a noun ("cable" of "cable cut") that the
    passages also write as the object of its verb ("a cable was cut"), twice or more."""
    objects = {_stem(w.lower()) for (role, w) in info.words if role == "obj"}
    options = [(n, w) for w, n in info.mods.items() if n >= 2 and _stem(w) in objects]
    return max(options)[1] if options else None


def _force(info: _Lemma) -> str | None:
    """The happening (:data:`FORCES`) two passages or more tell as what did it, more than
    any other, if any."""
    ranked = info.causes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _particle(info: _Lemma) -> str:
    """The particle a verb is most written with ("broke *out*", "stepped *in*"), if it is
    one and two of the verb's passages or half of them write it: a preposition the parse
    took for one ("thrown *at* the bank"; "a perfect shot to break the record *on*", once
    among many "broke the record") is no part of the verb."""
    if not info.particles:
        return ""
    particle, n = info.particles.most_common(1)[0]
    return particle if particle in PARTICLES and (n >= 2 or n * 2 >= info.verb) else ""


#: Between a verb and the object of the preposition that completes it: the preposition
#: right after the verb (or after "herself" and the like), then a determiner or a number
#: at most ("checked herself into the clinic", "rushed for 1,000 yards"; not "resigned
#: for personal reasons", whose noun says little without its adjective).
_COMPLETING = re.compile(
    r"[A-Za-z'’-]*\s+(?:(?:him|her|it|them|my|your|our)sel(?:f|ves)\s+)?(?P<prep>[a-z]+)\s+"
    r"(?:(?:the|a|an|his|her|its|their|our|my|your|this|that|[0-9][0-9,.]*)\s+){0,2}$"
)


def _completes(text: str, verb: int, prep: str, noun: int) -> bool:
    """The preposition ``prep`` follows the verb at ``verb`` right away and its object
    at ``noun`` a few words on: it completes the verb ("checked into rehab"), not a
    noun after it ("died at the center for prisoners")."""
    found = _COMPLETING.match(text, verb, noun)
    return found is not None and found["prep"] == prep


#: Prepositions after a happening's noun that say what it was aimed at ("a crackdown on",
#: "an attack against", "an inquiry into").
_AIMED_ROLES = frozenset({"prep:on", "prep:against", "prep:into"})
#: Words opening a noun phrase that a title leaves out.
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())


def _aimed_phrase(text: str, start: int, end: int, arg: Argument) -> str | None:
    """The phrase a noun's preposition ``arg`` opens (its sentence ``start:end``), as
    written up to its own word, less its determiner and whose it is ("on the country's
    tech sector", "on China's technology sector" -> "tech sector", "technology sector"):
    two or three words in lower case, else None (a name, a figure, a long phrase, or one
    word alone, which says little: "a debate on Berlin's decision to lend")."""
    before = text[start : arg.start]
    prep = arg.role[5:]
    at = before.lower().rfind(f" {prep} ")
    own = _head_match(text, arg.start, end, arg.lemma)
    if at < 0 or own is None:
        return None
    words = (before[at + len(prep) + 2 :] + text[arg.start : own.end()]).split()
    while words and (words[0].lower() in _DETERMINERS or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(
        w.islower() and w.replace("-", "").isalpha() for w in words
    ):
        return None
    return " ".join(words)


def _aimed_at(info: _Lemma) -> str | None:
    """' on tech sector': what two sources or more aim a noun at (the same preposition
    and word), as most of them write it (ties: the shortest, then the first in order)."""
    best = max(info.aimed.items(), key=lambda kv: (len(kv[1]), kv[0]), default=None)
    if best is None or len(best[1]) < 2:
        return None
    (prep, _), phrases = best
    written = Counter(phrases.values())
    phrase = min(written, key=lambda p: (-written[p], len(p), p))
    return f"{prep} {phrase}"


def _complement(info: _Lemma) -> str:
    """' into rehab': the unnamed object of a preposition that completes a verb
    (:data:`_COMPLEMENT_ROLES`) most written, if two passages or more write it (ties:
    the earliest told)."""
    options = [
        (n, -info.early.get(("prep:" + prep, word), 0), prep, word)
        for (prep, word), n in info.complements.items()
        if n >= 2
    ]
    if not options:
        return ""
    _, _, prep, word = max(options)
    return f" {prep} {word}"


#: The word right after a verb that may be what it made or found its subject or object
#: to be ("pronounced dead", "pleaded not guilty", "treated as "potentially suspicious""),
#: and a passive's agent after it ("by paramedics") or before "as" ("treated by police as
#: suspicious").
_PREDICATE = re.compile(
    r"\s+(?P<agent_first>by\s+(?:the\s+)?[a-z]+\s+(?=as\b))?"
    r"(?P<words>(?:as\s+)?[\"“']?(?:(?:not|potentially|possibly)\s+)?[a-z]+)[\"”']?"
    r"(?P<agent>\s+by\b)?\b"
)
#: Quotation marks around a predicate's words, left out of the title.
_QUOTES = "\"“”'"


def _predicate_after(text: str, at: int, end: int) -> tuple[str, bool] | None:
    """The word of :data:`PREDICATES` written right after the verb ending at ``at`` (with a
    "not" before it), if any, and whether an agent follows it ("pronounced dead by
    paramedics": a passive, whatever the parse says of a verb that shares its
    auxiliaries with another)."""
    found = _PREDICATE.match(text, at, end)
    if found is None:
        return None
    words = [w.strip(_QUOTES) for w in found["words"].split()]
    agent = found["agent"] is not None or found["agent_first"] is not None
    return (" ".join(words), agent) if words[-1] in PREDICATES else None


def _predicate(info: _Lemma, passive: bool) -> str:
    """' dead' of "pronounced dead": the word of :data:`PREDICATES` most written right
    after the verb told in the voice the title tells it in (``passive``: "Woman pronounced
    dead"; else "Orozco pleads guilty", not "Paramedics pronounce dead" of "was pronounced
    dead by paramedics"), if two passages or more and half its passages as a verb or more
    write it (ties: none)."""
    ranked = Counter(
        {word: n for (voice, word), n in info.predicates.items() if voice == passive}
    ).most_common(2)
    if not ranked or ranked[0][1] < 2 or 2 * ranked[0][1] < info.verb:
        return ""
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""  # "pleads guilty" as often as "pleads not guilty": unsaid
    return " " + ranked[0][0]


def event_title(
    articles: Sequence[ArticleFeatures],
    happening: Happening,
    corpus: CorpusWords | None = None,
) -> Title:
    """The title of a happening (see the module's docstring).

    The parts linking compares (trigger, participants, place, whether it is eventive, the
    month in ``when``) are read from every passage as the parse gives it; the words a
    reader sees are made with care (:func:`_compose`, ``careful``): no participle that
    only describes a noun ("a convicted offender") and no line that only dates the page
    is read as a happening, who or what comes from what the passages tell as done (not
    what "should" or "did not" happen), a speaker alone is no title (what was said is
    quoted), "a series of killings" names the killings, and the month is one the
    passages state or most reports are dated in (:func:`shown_month`).

    Args:
        articles: The corpus's articles.
        happening: The event.
        corpus: How the corpus writes its words (:class:`CorpusWords`), for a
            headline in capitals.

    Returns:
        Its title and parts.
    """
    evidence = _compose(articles, happening, careful=False)
    shown = _compose(articles, happening, careful=True, corpus=corpus)
    return replace(evidence, text=shown.text, month=shown.month, when=evidence.month)


#: A currency's words of one word ("francs", "yen"; "won" is a verb too: "Marrak won the
#: final").
_CURRENCIES = frozenset({w for w in CURRENCY_WORDS if w.isascii() and " " not in w} - {"won"})
#: Words of a figure's unit or size ("70 percent", "12 million", "100 mln Swiss francs"):
#: not who or what.
_UNITS = (
    frozenset(
        """percent per cent million millions billion billions
    pct mln bln dlrs dollars""".split()
    )
    | _CURRENCIES
)
#: Words of how far or how long ("fell 200 feet", "waited three hours"): an extent of
#: the act, not who or what it was done to.
_EXTENTS = frozenset(
    w
    for w, unit in MEASURE_WORDS.items()
    if unit in {"foot", "inch", "metre", "kilometre", "mile", "yard", "centimetre", "millimetre"}
    and w.isascii()
    and w.isalpha()
) | frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year
    years""".split()
)
#: A counted noun that says how far, before "away" or "apart" ("a few doors away", "two
#: blocks away"; not an object and its particle, "threw the ball away").
_AWAY = re.compile(r"\s+(?:away|apart)\b", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?:\b(?:a\s+few|few|several|a\s+couple\s+of|dozens\s+of|\d[\d,.]*|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\s+)$",
    re.IGNORECASE,
)
#: Dependencies of a verb that only modifies a noun ("a hit-and-run crash").
_NOUN_MODIFIERS = frozenset({"nmod", "compound"})


def _done_to_noun(
    article: ArticleFeatures, k: int, trigger: TriggerFeatures, verbs: Collection[str]
) -> bool:
    """A noun that is what another word of the sentence happened to, not the happening:
    a noun's description ("a communications provider") or the subject of a passive
    eventive verb ("communications were disrupted")."""
    if trigger.dep in ("compound", "nsubjpass"):
        return True
    if trigger.dep == "pobj":
        # "the vulnerability of global communications": what another noun is of (not
        # "a series of killings": the killings).
        s = article.sentences[k]
        before = [w.lower() for w in _WORD.findall(article.text[s.start : trigger.start])][-4:]
        if "of" in before:
            at = len(before) - 1 - before[::-1].index("of")
            if at > 0 and before[at - 1] not in PARTITIVES:
                return True
    return any(
        t.pos == "VERB"
        and t.lemma in verbs
        and any(
            x.role == "obj" and x.lemma == trigger.lemma and x.start <= trigger.start < t.start
            for x in t.args
        )
        for t in article.triggers[k]
    )


def _descriptions(
    articles: Sequence[ArticleFeatures],
    happening: Happening,
    sentences: Sequence[tuple[int, int]],
) -> set[str]:
    """Verbs the passages write as a noun's description ("a convicted offender", "a
    rocket-propelled grenade launcher", "cables linking Sicily to Egypt") at least twice
    and at least as often as otherwise: the parse's verb of the same words elsewhere ("a
    rocket propelled grenade launcher") is a description too."""
    modifier: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for i, k in sentences:
        for t in happening.triggers.get((i, k), ()):
            if t.pos == "VERB":
                total[t.lemma] += 1
                modifier[t.lemma] += (
                    t.dep == "amod"
                    or t.dep in _NOUN_MODIFIERS
                    # (a present participle after its noun: what the noun is, not a
                    # happening; "a man killed in the attack" tells one)
                    or (
                        t.dep == "acl"
                        and (word_at(articles[i].text, t.start) or "").endswith("ing")
                    )
                )
    return {lemma for lemma, n in modifier.items() if n >= 2 and n * 2 >= total[lemma]}


#: Dependencies of a clause that may only say when its sentence's happening was.
_CLAUSE_DEPS = frozenset({"advcl", "pcomp"})
#: Words that open a clause of time ("after knocking on a door", "when he knocked").
_WHEN_WORDS = frozenset({"after", "before", "when", "while", "until", "upon", "once", "as"})
#: A clause's opening words before its verb: "when" "the deputy" "knocked".
_CLAUSE_WORDS = 4


#: What ends a clause before a trigger, for :func:`_circumstance`, :func:`_modal` and
#: :func:`_infinitive`.
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]")


def _circumstance(text: str, start: int, trigger: TriggerFeatures) -> bool:
    """The trigger only says when its sentence's happening was: it heads a clause of time
    ("was shot after knocking on a door", "killed when he knocked"), not the sentence.

    Args:
        text: The article's text.
        start: Where the trigger's sentence starts.
        trigger: The trigger.

    Returns:
        True for a clause of time, opened by one of the few words before its verb.
    """
    if trigger.dep not in _CLAUSE_DEPS:
        return False
    before = _CLAUSE_MARK.split(text[start : trigger.start])[-1]
    words = [w.lower() for w in _WORD.findall(before)][-_CLAUSE_WORDS:]
    return any(w in _WHEN_WORDS for w in words)


#: "under the" (or a possessive), a word or two maybe, just before a noun
#: ("under the operational control of", "under its supervision of").
_UNDER_THE = re.compile(r"(?i)\bunder\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$")


def _under_the(text: str, start: int, end: int, trigger: TriggerFeatures) -> bool:
    """A noun told as what something is under ("under the control of the Western Naval
    Command", "under the leadership of", "under the auspices of"): a state, not a
    happening; "under investigation", without its article and "of", still tells one."""
    word = word_at(text, trigger.start) or ""
    return (
        _UNDER_THE.search(text, max(start, trigger.start - 60), trigger.start) is not None
        and _OF_AFTER.match(text, trigger.start + len(word), end) is not None
    )


#: "of" right after a noun ("control of").
_OF_AFTER = re.compile(r"\s+of\b")


_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _interrupted(article: ArticleFeatures, k: int) -> tuple[set[int], set[int]]:
    """A happening that interrupts another: "she was walking outside the store when she
    was struck". The progressive verb is background and the clause of time after it
    tells what happened (not, as :func:`_circumstance` would have it, the reverse).

    Args:
        article: The article.
        k: The sentence's index.

    Returns:
        The starts of the background triggers and of the triggers that tell the
        happening (both empty when the sentence is not so built).
    """
    s = article.sentences[k]
    text = article.text
    going = [
        t.start
        for t in article.triggers[k]
        if t.pos == "VERB"
        and text[t.start : t.start + 40].split(" ")[0].endswith("ing")
        and _PROGRESSIVE.search(text[max(s.start, t.start - 30) : t.start])
    ]
    if not going:
        return set(), set()
    when = {
        t.start
        for t in article.triggers[k]
        if t.start > min(going)
        and _circumstance(text, s.start, t)
        and "when" in [w.lower() for w in _WORD.findall(text[max(s.start, t.start - 40) : t.start])]
    }
    return ({x for x in going if x < max(when)} if when else set()), when


#: Words that make a verb after them a wish, a duty or a forecast, not something done.
_MODALS = frozenset("would should could might may must shall will can".split())
#: How many words before a verb a modal may stand ("should take further steps to cut").
_MODAL_WORDS = 5


#: What splits a kb id into its name's words ("auto:gary-ross": gary, ross).
_KB_WORDS = re.compile(r"[:\-]")


def _id_words(kb_id: str | None) -> list[str]:
    """The words of a kb id ("auto:gary-ross": gary, ross); none without one."""
    return [w for w in _KB_WORDS.split(kb_id or "") if w and w != "auto"]


def _modal(text: str, start: int, trigger: TriggerFeatures) -> bool:
    """The trigger is not told as done: a modal stands before it in its clause ("would
    win", "should take steps to reduce")."""
    before = _CLAUSE_MARK.split(text[start : trigger.start])[-1]
    words = [w.lower() for w in _WORD.findall(before)][-_MODAL_WORDS:]
    return any(w in _MODALS for w in words)


def _infinitive(text: str, start: int, trigger: TriggerFeatures) -> bool:
    """The trigger is an infinitive ("met the banks to press them to cut rates"): an aim
    as often as a deed, so its words do not make it the act a title is about."""
    before = _CLAUSE_MARK.split(text[start : trigger.start])[-1]
    return _INFINITIVE.search(before) is not None


#: A verb, its object (up to five words) and "to" with a verb: "prompted a German cruise
#: ship to evacuate", "pressed them to cut".
_BIDDEN = re.compile(r"[A-Za-z'’-]+(?:\s+(?!to\b)[A-Za-z'’-]+){1,5}\s+to\s+(?=[a-z])")
#: A verb in the passive and "to" right after it: "was forced to suspend", "were asked to
#: leave" (:attr:`_Lemma.bids_act` when a verb of the sentence follows "to": not
#: "sentenced to life", "signed Brand to a contract").
_BIDDEN_PASSIVE = re.compile(r"[A-Za-z'’-]+\s+to\s+(?=[a-z])")
#: A gerund right after a verb ("stopped soliciting", "began selling").
_GERUND_AFTER = re.compile(r"\s+([a-z]+ing)\b")
#: "to" just before a verb, an adverb between or not ("to cut", "to further cut").
_INFINITIVE = re.compile(r"(?i)\bto\s+(?:\w+ly\s+)?$")
#: A denial of what will be, just before a verb ("won't direct", "will not seek").
_AHEAD_DENIAL = re.compile(r"(?i)\b(?:wo|will|would|shall)(?:n['’]t|\s+not)\s+(?:\w+ly\s+)?$")


#: Verbs that say nothing of what a noun's subject did with it ("has a population").
_EMPTY_VERBS = (
    frozenset(
        """be have do get make take give put set keep let go come become seem remain stay
    include involve mean need want""".split()
    )
    | SAYING_VERBS
)


def _what_written(a: ArticleFeatures, k: int, arg: Argument, written: str) -> str | None:
    """What an unnamed argument written ``written`` says was dealt in or done to, read
    with care: the goods a measure counts ("bought 4,000 tonnes of rapeseed": the
    rapeseed; "bags of green coffee": the green coffee), what a partitive counts ("a
    series of killings": the killings); None for a figure's unit inside a quantity the
    annotation found or an extent ("cut 70 percent", "fell 200 feet", "raised 50 mln
    dlrs"; "bought dollars" names what was bought), or how far ("found hiding a few
    doors away")."""
    s = a.sentences[k]
    if written.lower() in MEASURES:
        found = _goods(a.text, arg.start + len(written), s.end)
        if found is None:
            return None
        written = found
    elif written.lower() in PARTITIVES:
        counted = _OF.match(a.text, arg.start + len(written), s.end)
        if counted is None or counted.group(1).lower() in STOP_WORDS:
            return None  # (nor a determiner before a figure: "a version of its 1986 ...")
        written = counted.group(1)
    if written.lower() in _UNITS and any(
        q.start <= arg.start < q.end for q in a.sentence_quantities(k)
    ):
        # (what a sum or a share was of: "100 mln Swiss francs of seven year notes")
        return _of_figure(a.text, arg.start + len(written), s.end)
    if written.lower() in _EXTENTS:
        return None
    if _AWAY.match(a.text, arg.start + len(word_at(a.text, arg.start) or arg.lemma)) and (
        _COUNTED.search(a.text, max(0, arg.start - 20), arg.start)
    ):
        return None
    return written


def _described_or_demanded(text: str, verb: TriggerFeatures) -> bool:
    """A clause on a noun that tells nothing done by its subject to what it names: a
    participle describing the noun, its doer after it ("platforms blamed by Varnia for
    the attack": the platforms were blamed, and a title of the doer and the attack would
    drop them, "Varnia blames for attack"), or what a condition or demand asks for, its
    verb in the bare form ("its condition that Varnia secure guarantees": not done)."""
    if any(x.role == "subj" and x.start > verb.start for x in verb.args):
        return True
    # (not a verb whose past is written alike: "the report that Acme cut jobs")
    return (
        word_at(text, verb.start) == verb.lemma
        and past_participle(verb.lemma) != verb.lemma
        and any(x.role == "subj" and x.start < verb.start for x in verb.args)
    )


def _listed_after_object(text: str, verb: TriggerFeatures, arg: Argument) -> bool:
    """The object ``arg`` comes after another of the verb's objects past a comma: a list
    the parse read as a second object ("serving a life sentence for theft, assault and
    fraud"), not what the verb was done to."""
    return any(
        x.role == "obj" and x.start < arg.start and re.search(r"[,;]", text[x.start : arg.start])
        for x in verb.args
    )


def _done_to(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]], noun: str
) -> tuple[str, str] | None:
    """What a named subject did with the noun a title is about, as the passages' bodies
    tell it done: "Ann Roe decides against election" (a verb with the noun as its object
    or a preposition's), the most told, and the doer's id; None when no passage has one.
    Where the noun is a preposition's and the verb has an object of its own, that object
    is what was done, the noun only where or at whom, and the title says both as most
    of those passages write them: "Comeaux pulls gun on guards" (of "pulled a gun on two
    guards"), not "pulls on guard"."""
    told: Counter[tuple[str, str, str, str]] = Counter()
    #: Per telling above, the verb's own object and the noun as written.
    objects: defaultdict[tuple[str, str, str, str], Counter[str]] = defaultdict(Counter)
    nouns: defaultdict[tuple[str, str, str, str], Counter[str]] = defaultdict(Counter)
    for i, k in sentences:
        a = articles[i]
        s = a.sentences[k]
        if s.headline:
            continue
        for t in a.triggers[k]:
            if (
                t.pos != "VERB"
                or t.neg
                or t.dep == "amod"
                or (t.dep == "acl" and _described_or_demanded(a.text, t))
                or t.lemma in _EMPTY_VERBS
                or t.lemma in LIGHT_VERBS - {"decide", "call", "hold", "provide", "lead"}
                or _modal(a.text, s.start, t)
            ):
                continue
            roles = [
                x.role
                for x in t.args
                if x.lemma == noun
                and x.entity is None
                and (x.role != "obj" or not _listed_after_object(a.text, t, x))
            ]
            role = next((r for r in roles if r == "obj" or r.startswith("prep:")), None)
            doers = [
                x.entity.kb_id
                for x in t.args
                if x.role == "subj"
                and x.entity is not None
                and x.entity.kb_id
                and x.entity.label in _SUBJECT_LABELS
                and _is_the_name(x.entity, x.lemma)
            ]
            if role is not None and doers:
                telling = (doers[0], t.lemma, t.prt or "", role)
                told[telling] += 1
                if role.startswith("prep:"):
                    own = [
                        thing
                        for x in t.args
                        if x.role == "obj"
                        and x.entity is None
                        and x.lemma != noun
                        and x.lemma not in _NO_WORDS
                        and (written := word_at(a.text, x.start))
                        and (thing := _what_written(a, k, x, written))
                        and thing.replace(" ", "").isalpha()
                        and thing.islower()
                    ]
                    objects[telling].update(own[:1])
                    nouns[telling].update(
                        written
                        for x in t.args
                        if x.role == role and x.lemma == noun
                        and (written := word_at(a.text, x.start))
                    )  # fmt: skip
    if not told:
        return None
    telling = min(told, key=lambda x: (-told[x], x))
    eid, verb, prt, role = telling
    words = [_display(articles, sentences, eid), third_person(verb), prt]
    done = objects[telling].most_common(1)
    if done and done[0][1] * 2 > told[telling]:
        # (its own object in most of them: "pulls gun on guards")
        noun_as = nouns[telling].most_common(1)
        words += [done[0][0], role[5:], noun_as[0][0].lower() if noun_as else noun]
    else:
        words += [role[5:] if role.startswith("prep:") else "", noun]
    return " ".join(w for w in words if w), eid


#: What a measure counts: "of" and one to three words ("tonnes of refined sugar",
#: "tonnes of processed palm oil").
_OF_GOODS = re.compile(r"\s+of\s+([a-z][a-z'’-]*)(?:\s+([a-z][a-z'’-]*))?(?:\s+([a-z][a-z'’-]*))?")


def _goods(text: str, start: int, end: int) -> str | None:
    """The goods a measure counts, written after it ("tonnes of rice for Iran" -> "rice";
    a participle before them goes with them: "tonnes of refined sugar" -> "refined
    sugar"; so does a word before a traded good, "bags of green coffee"), or None."""
    found = _OF_GOODS.match(text, start, end)
    if found is None:
        return None
    first, second, third = found.group(1), found.group(2), found.group(3)
    if not second or second in STOP_WORDS:
        return first
    if goods(f"{first} {second}") - goods(first):
        return f"{first} {second}"  # a good of two words: "soybean oil"
    if goods(first):
        return first
    if third and third not in STOP_WORDS and goods(f"{second} {third}") - goods(second):
        return f"{first} {second} {third}"  # "processed palm oil"
    if first.endswith("ed") or goods(second):
        return f"{first} {second}"  # a word before a good goes with it: "green coffee"
    return first


#: What a figure is of, past the words of its size and term ("100 mln dlrs of its
#: shares", "francs of seven year notes", "of 10-year bonds"): up to three words.
_OF_FIGURE = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|their|his|her|new|year|\d[\d.,/-]*(?:-year)?|[a-z]+-year|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\s+)*((?:[a-z][a-z'’-]*)(?:\s+[a-z][a-z'’-]*){0,2})"
)


def _of_figure(text: str, start: int, end: int) -> str | None:
    """What a sum, a share or a count written just before ``start`` was of, told after
    "of" (:data:`_OF_FIGURE`): the first word of the plural's shape among up to three
    ("of convertible bonds due 1992" -> bonds), else the first; None without "of", or
    where that is a figure's unit, a name or a word of no content ("12 million of the
    20 million", "10 pct of Acme")."""
    found = _OF_FIGURE.match(text, start, end)
    if found is None:
        return None
    words = found.group(1).split()
    word = next((w for w in words if w.endswith("s") and not w.endswith("ss")), words[0])
    if word in STOP_WORDS or word in _UNITS:
        return None
    return word


#: A partitive's "of" and the word it counts ("a series of deadly shootings" -> shootings).
_OF = re.compile(
    r"\s+of\s+(?:(?:the|a|an|his|her|their|its|our|two|three|four|five|six|deadly|violent|"
    r"new|several|other)\s+)*([A-Za-z][A-Za-z'’-]*)"
)


def _last_report_month(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]]
) -> str | None:
    """``YYYY-MM``: the month of the latest dated article of ``sentences``, if any."""
    dated = [d for d in (articles[i].date for i, _ in sentences) if d is not None]
    return max(dated).strftime("%Y-%m") if dated else None


def shown_month(
    articles: Sequence[ArticleFeatures],
    sentences: Sequence[tuple[int, int]],
    stated: Counter[str],
) -> str | None:
    """The month a title shows: one the passages state (``YYYY-MM`` -> how often, from
    dates resolved against the article's own date or written with their year), when it
    is near the reports; else the month most of the reports are dated in (the earliest
    of a tie: a happening is reported at or after it happens), when most of the event's
    articles are dated; else none (an undated article's month is not known).

    Args:
        articles: The corpus's articles.
        sentences: The event's passages, (article, sentence).
        stated: Months the trigger's dates give, with how often.

    Returns:
        ``YYYY-MM``, or None.
    """
    told = sorted({i for i, _ in sentences})
    dated = sorted(d for d in (articles[i].date for i in told) if d is not None)
    report: dt.date | None = None
    if dated and len(dated) * 2 >= len(told):
        by_month = Counter(d.strftime("%Y-%m") for d in dated)
        top = max(by_month.values())
        month = min(m for m, n in by_month.items() if n == top)
        report = next(d for d in dated if d.strftime("%Y-%m") == month)

    def far(month: str) -> int:
        return abs((dt.date.fromisoformat(month + "-01") - report).days) if report else 0

    if stated:
        most = max(stated.values())
        month = min((m for m, n in stated.items() if n == most), key=lambda m: (far(m), m))
        if report is None or far(month) <= 62:
            return month
    return report.strftime("%Y-%m") if report is not None else None


def recalled_month(articles: Sequence[ArticleFeatures], happening: Happening) -> str | None:
    """The month of a happening its reports recall: when most of its passages tell it as
    past (:attr:`Happening.past`: "a quake killed 26,000 in Bam in December 2003", in
    reports of another quake two years on) and none is a headline (a headline tells its
    article's own happening), the month their past passages date it in, when two articles
    or more agree on it and more than on any other; else none.

    Args:
        articles: The corpus's articles.
        happening: The event.

    Returns:
        ``YYYY-MM``, or None.
    """
    if not happening.recalled or any(
        articles[i].sentences[k].headline for i, k in happening.sentences
    ):
        return None
    # (each article counts a month once, however many of its passages give it)
    months: dict[int, set[str]] = defaultdict(set)
    for (i, _), periods in happening.past.items():
        months[i].update(
            p.first.strftime("%Y-%m")
            for p in periods
            if p.first.strftime("%Y-%m") == p.last.strftime("%Y-%m")
        )
    ranked = Counter(m for given in months.values() for m in given).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: How long a headline may be as an event's title.
HEADLINE_CHARS = 70


def _headline_title(
    articles: Sequence[ArticleFeatures],
    happening: Happening,
    verbs: Collection[str],
    top: str,
    bare: bool = False,
    corpus: CorpusWords | None = None,
    pages: bool = False,
) -> str | None:
    """The headline of the event's articles, readable, when the word a title would be
    about (``top``) is in none of their headlines while an eventive word is in the
    headlines of two or more of them, at least half: the wire's own words say what
    happened ("ACME TAKES OVER BOLT DIVISION" twice, the body's anchor a background
    "yielded"). When the title made of the body's words would be ``bare`` (no one
    named: "Position improves", "Rates brought down" for "should reduce rates"), the
    headline of half of the event's articles, one or more, with an eventive word, says
    more ("Seipp says German interest rates should fall"). With ``pages``, the headline
    of a web page (no dateline) of the event with an eventive word, of one page or more,
    over a quote of the event's sentence: the event holds it, so it tells no other
    happening, and it tells what happened in a few words ("Fire at Waitrose in
    Wellington"; a wire story's is asked for by its lead, with its siblings in view,
    :func:`lead_headline`)."""
    told = {i for i, _ in happening.sentences}
    heads: dict[str, set[int]] = defaultdict(set)
    lines: dict[str, Counter[tuple[str, int]]] = defaultdict(Counter)
    for i, k in happening.sentences:
        a = articles[i]
        s = a.sentences[k]
        # (a page's first line written as a headline is one: "Judge sentences Roe to
        # death" over its story, which the page's layout did not mark)
        heading = s.headline or (pages and headline_like(a.text, a.sentences, k))
        if not heading or date_line(a, k) or (pages and a.dateline is not None):
            continue
        names = [(e.start, e.end) for e in a.sentence_entities(k) if e.label in NAME_LABELS]
        for t in happening.triggers.get((i, k), ()):
            if any(start <= t.start < end for start, end in names):
                continue
            concept = happening.concepts.get(t.lemma, t.lemma)
            if _strength(t, verbs, concept, careful=True) == 2:
                heads[t.lemma].add(i)
                lines[t.lemma][(" ".join(a.text[s.start : s.end].split()), i)] += 1
    if not heads or (top in heads and not (bare or pages)):
        return None
    lemma = max(sorted(heads), key=lambda x: (len(heads[x]), x == top))
    if len(heads[lemma]) < (1 if bare or pages else 2) or (
        not pages and len(heads[lemma]) * 2 < len(told)
    ):
        return None
    return _most_told(lines[lemma], articles, corpus)


def _most_told(
    lines: Collection[tuple[str, int]],
    articles: Sequence[ArticleFeatures],
    corpus: CorpusWords | None,
) -> str | None:
    """The headline most of ``lines`` (its text, an article it heads) give, the shortest
    of a tie, readable as the first article it heads writes its words; None when longer
    than :data:`HEADLINE_CHARS`. A column's label over a name alone ("TALKING
    POINT/ACME CORP <ACM>") says whom the column is about, not what happened: none."""
    by_text = Counter(line for line, _ in lines if not column_slug(line))
    if not by_text:
        return None
    line = min(by_text, key=lambda x: (-by_text[x], len(x), x))
    i = next(i for text, i in lines if text == line)
    title = _readable_line(line, articles[i], corpus)
    return title if 0 < len(title) <= HEADLINE_CHARS else None


def _readable_line(line: str, a: ArticleFeatures, corpus: CorpusWords | None) -> str:
    """:func:`readable_headline` of a headline ``line`` of ``a``, its parse's verb known."""
    verbs = headline_verbs(line, a.text, (t for told in a.triggers for t in told))
    return readable_headline(line, a.text, corpus, verbs)


def _headline_line(a: ArticleFeatures) -> str:
    """The article's first headline line, its spaces as one ("" for none)."""
    k = next((k for k, s in enumerate(a.sentences) if s.headline and not date_line(a, k)), None)
    if k is None:
        return ""
    s = a.sentences[k]
    return " ".join(a.text[s.start : s.end].split())


def _headline_words(articles: Sequence[ArticleFeatures], happening: Happening) -> set[str]:
    """The words of the first headline lines of the event's articles, in lower case."""
    told = {i for i, _ in happening.sentences}
    return {w.lower() for i in told for w in _WORD.findall(_headline_line(articles[i]))}


def _told_in_headlines(articles: Sequence[ArticleFeatures], happening: Happening, top: str) -> bool:
    """A headline of the event's articles writes a form of ``top`` or of a word of its
    concept ("DOWNGRADES" of "downgrade")."""
    lexicon = load_lexicon()
    concept = happening.concepts.get(top, top)
    stems = {lexicon.stem(top)} | {
        lexicon.stem(lemma) for lemma, c in happening.concepts.items() if c == concept
    }
    return any(lexicon.stem(w) in stems for w in _headline_words(articles, happening))


def _named_in_headlines(
    articles: Sequence[ArticleFeatures], happening: Happening, names: Sequence[str]
) -> bool:
    """One of ``names`` (entity ids) is written in a headline of the event's articles: a
    word of how the passages write it, in any case (not a small word, a legal form or a
    word of any company's name: "Bank", "Financial")."""
    written = _headline_words(articles, happening)
    for eid in names:
        shown = _display(articles, happening.sentences, eid)
        words = [w.lower() for w in _WORD.findall(shown)]
        if any(
            len(w) >= 3
            and w not in _LEGAL_FORMS
            and w not in _SMALL_WORDS
            and w not in name_shapes().generic_name_words
            and w in written
            for w in words
        ):
            return True
    return False


def _holds_a_lead(articles: Sequence[ArticleFeatures], happening: Happening) -> bool:
    """The event holds a wire story's lead (its dateline's sentence): the headline over it
    is asked for once the story's events are known (:func:`lead_headline`)."""
    held = set(happening.sentences)
    return any(
        (k := dateline_sentence(articles[i])) is not None and (i, k) in held
        for i in {i for i, _ in held}
    )


def _heading_lines(a: ArticleFeatures) -> list[int]:
    """The article's headline lines: the run of them that opens it, page dates aside (a
    table's subheading below the lead, "Nine Mths", is none)."""
    heads: list[int] = []
    for k, s in enumerate(a.sentences):
        if date_line(a, k):
            continue
        if not s.headline:
            break
        heads.append(k)
    return heads


def _named_in_leads(
    articles: Sequence[ArticleFeatures], happening: Happening, place: str, country: str | None
) -> bool:
    """A place the headline or the lead (its dateline too) of one of the event's articles
    names as where something is (:func:`_place_role`; the headline lines and the lead
    sentences under them, :func:`~tui.core.events.features.lead_end`), or a place in the
    ``country`` of one they so name ("Lagos" under "in Nigeria"): not a name of an accord
    ("the Paris accord") nor a country told as who acts ("in hopes Iran would")."""
    for i in sorted({i for i, _ in happening.sentences}):
        a = articles[i]
        end = lead_end(a.sentences, PARAMS)
        for k, s in enumerate(a.sentences):
            if s.start >= end:
                break
            for e in a.sentence_entities(k):
                if (
                    e.kb_id == place
                    or (
                        country is not None
                        and e.label in PLACE_LABELS
                        and gazetteer().country_of(e.text) == country
                    )
                ) and _place_role(a, k, e) == "where":
                    return True
    return False


def _headlines_title(
    articles: Sequence[ArticleFeatures], happening: Happening, corpus: CorpusWords | None
) -> str | None:
    """The headline most of the event's articles carry, readable, when the event holds
    the headline of each of its two or more articles (page dates aside): then the
    headlines tell its happening. Ties go to the shortest."""
    held = set(happening.sentences)
    lines: list[tuple[str, int]] = []
    told = sorted({i for i, _ in happening.sentences})
    for i in told:
        a = articles[i]
        heads = _heading_lines(a)
        if not heads or not all((i, k) in held for k in heads):
            return None
        s = a.sentences[heads[0]]
        lines.append((" ".join(a.text[s.start : s.end].split()), i))
    if len(told) < 2:
        return None
    return _most_told(lines, articles, corpus)


def _compose(
    articles: Sequence[ArticleFeatures],
    happening: Happening,
    careful: bool,
    corpus: CorpusWords | None = None,
) -> Title:
    """The title's text and parts, read with care or as the parse gives them."""
    anchors = happening.anchors
    concept = happening.concepts
    sentences = happening.sentences
    if careful:
        # The words shown are of the passages that tell the happening, not of those that
        # recall the past beside it ("last year he shot a carjacker" in a report of a
        # deputy shot); the parts linking compares are read from every passage.
        sentences = tuple(s for s in sentences if s not in happening.past) or sentences

    def key(lemma: str) -> str:
        return concept.get(lemma, lemma)

    verbs = {
        t.lemma
        for ts in happening.triggers.values()
        for t in ts
        if t.pos == "VERB" and t.lemma not in LIGHT_VERBS
    }
    lemmas: dict[str, _Lemma] = defaultdict(_Lemma)
    #: With care: the words of the names the passages give ("queens" of Queens), so a
    #: headline's "Fatal Queens Hit" is not read as a queen.
    name_words = (
        {
            w.lower()
            for i, k in sentences
            for e in articles[i].sentence_entities(k)
            if e.label in NAME_LABELS or e.label in PLACE_LABELS
            for w in _WORD.findall(e.text)
        }
        if careful
        else set()
    )
    noun_verbs: Counter[tuple[str, str]] = Counter()
    obj_of_verb: Counter[tuple[str, str]] = Counter()
    #: (noun, verb, object as written): the unnamed object of a verb whose subject is the
    #: noun ("the killing sparked riots").
    said_of_verb: Counter[tuple[str, str, str]] = Counter()
    #: With care: verbs the passages write mostly as a noun's description ("a
    #: rocket-propelled grenade"): a description wherever a parse made them a verb.
    described = _descriptions(articles, happening, sentences) if careful else set()
    # (whether the event's articles write a one-word name in lower case too, as a word of
    # prose: each spelling searched for once)
    telling = [articles[i] for i in sorted({i for i, _ in sentences})]
    texts = [a.text for a in telling]
    lower: dict[str, bool] = {}

    def lower_too(name: str) -> bool:
        if name not in lower:
            lower[name] = _lower_too(name, texts)
        return lower[name]

    common: dict[str, bool] = {}

    def common_word(e: Entity) -> bool:
        if e.text not in common:
            common[e.text] = (
                _id_words(e.kb_id) == [e.text.lower()]
                # (the capitals test first: a name is soon found inside a sentence)
                and _capitalised_only_to_open(e.text, telling)
                and lower_too(e.text)
            )
        return common[e.text]

    for i, k in sentences:
        a = articles[i]
        s = a.sentences[k]
        headline = s.headline
        if careful and date_line(a, k):
            continue  # "Updated: March 4, 2030 10:15 GMT" tells no happening
        names = [(e.start, e.end) for e in a.sentence_entities(k) if e.label in NAME_LABELS]
        backdrop, news = _interrupted(a, k) if careful else ((), ())
        for t in happening.triggers.get((i, k), ()):
            if any(start <= t.start < end for start, end in names):
                continue  # a word of a name ("Overland Express") tells no happening
            if careful and (
                t.dep == "amod"
                or (t.pos == "VERB" and (t.dep in _NOUN_MODIFIERS or t.lemma in described))
            ):
                # "a convicted offender", "a concerted effort", "a hit-and-run crash": a
                # description of a noun, not a happening
                continue
            if careful and t.pos == "NOUN" and _under_the(a.text, s.start, s.end, t):
                # "under the operational control of the Western Naval Command": who holds
                # the sway, not a happening
                continue
            if careful and (written := word_at(a.text, t.start)) and written[0].isupper():
                if written.lower() in name_words:
                    continue  # a word of a name the passages give elsewhere
            info = lemmas[t.lemma]
            if careful and t.pos == "VERB" and (written := word_at(a.text, t.start)):
                info.forms[written.lower()] += 1
                if (said := _predicate_after(a.text, t.start + len(written), s.end)) is not None:
                    info.predicates[(t.passive or said[1], said[0])] += 1
                loose = _BIDDEN.match(a.text, t.start, s.end)
                info.bidden += loose is not None
                bid = (t.passive and _BIDDEN_PASSIVE.match(a.text, t.start, s.end)) or loose
                info.bids_act += bid is not None and _verb_at(a, k, bid.end()) is not None
                info.unsaid += _unsaid(a.text, s.end, t)
                # (a participle describing a noun is told in the passive too: "options
                # advocated by the administration")
                info.passives += t.passive or (t.dep == "acl" and written.endswith("ed"))
                after_verb = _GERUND_AFTER.match(a.text, t.start + len(written), s.end)
                info.gerunds += (
                    after_verb is not None and _verb_at(a, k, after_verb.start(1)) is not None
                )
                if t.neg:
                    ahead = _AHEAD_DENIAL.search(a.text[s.start : t.start]) is not None
                    how = "denied ahead" if ahead else "denied"
                elif _modal(a.text, s.start, t) or _infinitive(a.text, s.start, t):
                    how = "aimed"
                else:
                    how = "done"
                objects = frozenset(
                    light_stem(w)
                    for arg in t.args
                    if arg.role == "obj"
                    for w in (
                        arg.lemma.lower(),
                        *_id_words(arg.entity.kb_id if arg.entity else None),
                        # (what a sum was of, as the title names it: "100 mln dlrs of
                        # notes" offered tells the notes offered)
                        _what_written(a, k, arg, word_at(a.text, arg.start) or arg.lemma)
                        if arg.entity is None
                        else None,
                    )
                    if w
                )
                info.tellings.append((how, objects, headline))
            info.articles.add(i)
            info.count += 1
            info.verb += t.pos == "VERB"
            undone = careful and (t.neg or _modal(a.text, s.start, t))
            if careful and t.start in backdrop:
                pass  # "was walking ... when she was struck": the walking is background
            elif careful and t.pos == "NOUN" and _done_to_noun(a, k, t, verbs):
                pass  # "communications were disrupted": what the happening was done to
            elif (careful and t.start in news) or not _circumstance(a.text, s.start, t):
                info.told.add(i)
            info.anchored |= key(t.lemma) in anchors
            info.strength = max(info.strength, _strength(t, verbs, key(t.lemma), careful))
            if t.prt:
                info.particles[t.prt] += 1
            if headline or undone:
                continue  # headline parses: unreliable arguments; "did not cut": not done
            # With care, an infinitive's words ("to press them to cut rates") do not make
            # it the act that says who or what: it is an aim as often as a deed.
            info.deed |= bool(t.args) and not (careful and _infinitive(a.text, s.start, t))
            if careful and t.pos == "VERB":
                # What happening did it: its subject, else another verb's of the sentence
                # when it has none ("were killed when an earthquake razed villages").
                subjects = [arg.lemma for arg in t.args if arg.role == "subj"]
                if not subjects:
                    subjects = [
                        arg.lemma
                        for o in a.triggers[k]
                        if o.pos == "VERB" and o.start != t.start
                        for arg in o.args
                        if arg.role == "subj" and arg.entity is None
                    ]
                for cause in {w for w in subjects if w in FORCES}:
                    info.causes[cause] += 1
                    for arg in t.args:
                        if arg.role != "obj":
                            continue
                        if arg.entity is not None and arg.entity.kb_id:
                            info.caused_named[(cause, arg.entity.kb_id)] += 1
                        elif arg.entity is None and (written := _plain_word(a.text, arg)):
                            info.caused_words[(cause, written)] += 1
            elif careful and t.pos == "NOUN":
                for arg in t.args:
                    written = word_at(a.text, arg.start) if arg.role == "mod" else None
                    if written and written.islower() and written.isalpha():
                        if not a.text[arg.start + len(written) : t.start].strip():
                            info.mods[written] += 1  # "cable cut"
            told_now: set[tuple[str, str]] = set()  # (role, id) this mention names
            # ("Ed wasn't seeing any progress": Ed made none of it)
            regarded = careful and _regarded(a, k, t)
            for arg in t.args:
                if regarded and arg.role == "subj":
                    continue
                if careful and _aside_between(a.text, t.start, arg.start):
                    continue  # "rammed a store ... – most on the Riviera": the aside's words
                e = arg.entity
                # ("Stora announced it would acquire Papyrus": "it" is Stora)
                # (not in wire copy: its headline says who did it, and says it better
                # than the body's words: "Hudson Bay Mining cuts U.S., Canada zinc prices")
                speaker = (
                    _speaker(a, k, t, arg.lemma)
                    if careful and e is None and arg.role == "subj" and not _wire_copy(a)
                    else None
                )
                e = speaker or e
                held = (
                    speaker is None
                    and e is not None
                    and e.label in NAME_LABELS
                    and not _is_the_name(e, arg.lemma)
                )
                if held:
                    e = None  # "a Varnia man": the man acted, not the place
                # A one-word name the articles also write in lower case, and in capitals
                # only where a line, a sentence or a headline opens, is a word the
                # capitals made a name ("Suspect had been fired" beside "the suspect was
                # arrested"): a word of what it was, not a name.
                lowered = careful and e is not None and e.label in NAME_LABELS and common_word(e)
                # (a lowered subject weighs as its name would: "Riot breaks out", told once
                # with the capitals, beside a crowd's breaking away twice)
                weight = 1
                if lowered and e is not None:
                    weight = _subject_weight(e.label) if arg.role == "subj" else 1
                    e = None
                if (
                    t.pos == "VERB"
                    and arg.role == "subj"
                    and key(t.lemma) in anchors
                    and key(arg.lemma) in anchors
                    and arg.lemma != t.lemma
                ):
                    noun_verbs[(arg.lemma, t.lemma)] += 1
                    for other in t.args:
                        if other.role != "obj":
                            continue
                        if (
                            other.entity is not None
                            and other.entity.kb_id
                            # (not whose it was: "Varnia's exports, handled by ...")
                            and _is_the_name(other.entity, other.lemma)
                        ):
                            obj_of_verb[(t.lemma, other.entity.kb_id)] += 1
                        elif (
                            careful
                            and other.entity is None
                            and (written := _plain_word(a.text, other))
                        ):
                            said_of_verb[(arg.lemma, t.lemma, written)] += 1
                if e is None:
                    if (
                        careful
                        and t.pos == "VERB"
                        and arg.role in _COMPLEMENT_ROLES
                        and arg.lemma not in _NO_WORDS
                        and (written := word_at(a.text, arg.start))
                        and written.islower()
                        and written.isalpha()
                        and written not in _UNITS
                        and written not in PARTITIVES  # ("for an unlimited amount")
                        and _completes(a.text, t.start, arg.role[5:], arg.start)
                    ):
                        info.complements[(arg.role[5:], written)] += 1
                        info.seen((arg.role, written), k)
                    if (
                        careful
                        and t.pos == "NOUN"
                        and arg.role in _AIMED_ROLES
                        and (phrase := _aimed_phrase(a.text, s.start, s.end, arg)) is not None
                    ):
                        info.aimed.setdefault((arg.role[5:], arg.lemma), {}).setdefault(i, phrase)
                    if (
                        arg.role in ("subj", "obj")
                        and arg.lemma not in _NO_WORDS
                        # (a score, "finished 7-for-14", is no word of what it did)
                        and not any(c.isdigit() for c in arg.lemma)
                    ):
                        written = (
                            _head_word(a.text, arg.start, s.end, arg.lemma)
                            if held
                            else word_at(a.text, arg.start)
                        )
                        if lowered and written:
                            written = written.lower()
                        if careful and written:
                            written = _what_written(a, k, arg, written)
                        if written and written[0].islower() and _VOWEL.search(written):
                            info.words[(arg.role, written)] += weight
                            info.seen((arg.role, written), k)
                            if held:
                                info.held.add(written)
                elif e.label == "DATE":
                    period = parse_value(e.value)
                    # (with care, a month only where the date lies inside one: "in the
                    # past two months" or "year-to-date" filed in March states no
                    # January; linking compares the month a span opens in)
                    if period is not None and period.days <= 62:
                        one = period.first.strftime("%Y-%m")
                        if not careful or one == period.last.strftime("%Y-%m"):
                            info.months[one] += 1
                elif e.kb_id and e.label in NAME_LABELS:
                    if arg.role == "subj" and e.label in _SUBJECT_LABELS:
                        info.named[("subj", e.kb_id)] += _subject_weight(e.label)
                        told_now.add(("subj", e.kb_id))
                        info.doers[e.kb_id] += 1
                        info.seen(("subj", e.kb_id), k)
                    elif careful and arg.role in _WHERE and _compared(a, k, e):
                        pass  # "opened at 1.8155 against 1.8187 in Keswick": not where
                    elif arg.role == "obj" or (
                        arg.role.startswith("prep:") and (t.pos != "VERB" or arg.role != "prep:of")
                    ):
                        info.named[(arg.role, e.kb_id)] += 1
                        told_now.add((arg.role, e.kb_id))
                        info.seen((arg.role, e.kb_id), k)
                        if careful and arg.role == "prep:between":
                            for f in a.sentence_entities(k):
                                gap = a.text[e.end : f.start] if f.start > e.end else ""
                                if f.kb_id and gap.strip() in ("and", "&") and len(gap) < 8:
                                    info.between[e.kb_id][f.kb_id] += 1
            for subject in {n for r, n in told_now if r == "subj"}:
                for told_role, told_id in told_now:
                    if told_role != "subj":
                        info.together[(subject, told_role, told_id)] += 1
    if not lemmas:
        if careful and sentences and all(date_line(articles[i], k) for i, k in sentences):
            # Page furniture made an event: say so rather than quote a timestamp.
            month = shown_month(articles, sentences, Counter())
            return Title(text="Dates of publication" + (" · " + month if month else ""),
                         trigger="", month=month)  # fmt: skip
        if careful:
            # (a happening no trigger anchors: a table's rows told alike by two stories;
            # the headline over them when it holds each story's, "S-K-I LTD 2ND QTR NET")
            quote = _headlines_title(articles, happening, corpus) or _quote(
                articles, sentences, corpus=corpus
            )
            month = shown_month(articles, sentences, Counter())
            text = " · ".join([quote, month]) if quote and month else quote
            return Title(text=text, trigger="", month=month)
        return Title(text="", trigger="")

    #: With care, an anchor is first only when it is told by half as many sources as the
    #: eventive word most told, at least (the act most passages tell, not one passage's).
    most = max((len(x.told) for x in lemmas.values() if x.strength == 2), default=0)

    def rank(lemma: str) -> tuple[int, bool, int, int, int]:
        # An eventive anchor first; else an eventive word two sources share; else an
        # anchor that is at least a noun; then one that says who or what, how many
        # sources tell it as what happened (not "after knocking on a door"), use it,
        # and how many passages.
        x = lemmas[lemma]
        strong = x.strength == 2
        tier = (
            3
            if strong and x.anchored and (not careful or len(x.told) * 2 >= most)
            else 2
            if strong and len(x.articles) >= 2
            else 1
            if x.anchored and x.strength
            else 0
        )
        says = bool(x.named or x.words) and (x.deed or not careful)
        return tier, says, len(x.told), len(x.articles), x.count

    top = max(sorted(lemmas), key=rank)
    used: list[str] = []
    participants: list[str] = []
    #: Names the title gives as where it happened ("in Egypt").
    located: list[str] = []

    def unsure(info: _Lemma, e: str) -> bool:
        # A doer one passage of several gives, where others give another, may be the
        # parse's slip ("Norland rises" for Norland's imports rising): the patient or the
        # noun form reads true.
        others = sum(n for d, n in info.doers.items() if d != e)
        others += sum(n for (r, _), n in info.words.items() if r == "subj")
        return info.doers[e] < 2 and info.count > 2 and others >= info.doers[e]

    def best(info: _Lemma, subject: bool, doer: bool = False) -> tuple[str, str] | None:
        """The most named subject (or object, or a preposition's object) not yet used."""
        options = [
            (n, e, role)
            for (role, e), n in info.named.items()
            if (role == "subj") == subject and not any(name_compatible(e, u) for u in used)
        ]
        if not options:
            return None
        if careful:
            # Ties: the one named earliest in its article (headline and lead first).
            _, e, role = max(options, key=lambda o: (o[0], -info.early.get((o[2], o[1]), 0), o))
        else:
            _, e, role = max(options)
        if doer and careful and info.named[("obj", e)] > info.doers[e]:
            # Named as who it was done to more often than as the doer ("Horton was
            # killed"; one parse's "when Horton ... were killed" without its passive):
            # the patient, not who did it.
            return None
        if doer and careful and unsure(info, e):
            patient = max(
                ((n, r) for (r, o), n in info.named.items() if r != "subj" and o != e),
                default=None,
            )
            if patient is not None and patient[1] == "obj":
                return None  # "Tanker captured": the patient it names reads true
            rival = max(
                [n for d, n in info.doers.items() if d != e]
                + [n for (r, w), n in info.words.items() if r == "subj" and _plural(w)],
                default=0,
            )
            if rival >= 2 and rival > info.doers[e]:
                # Other passages tell other doers, more often: they are more likely
                # right ("Pirates fire shots", not a ship one passage recalls; a group,
                # not "the car" the named driver drove).
                dropped.append(e)
                return None
        used.append(e)
        participants.append(e)
        if role in _WHERE:
            located.append(e)
        return role, e

    dropped: list[str] = []

    def word_of(info: _Lemma, role: str, least: int = 1) -> str | None:
        """The unnamed subject's or object's most written word (ties: the earliest in its
        article), written ``least`` times or more."""
        options = [
            (n, -info.early.get((r, w), 0) if careful else 0, w)
            for (r, w), n in info.words.items()
            if r == role and n >= least
        ]
        return max(options)[2] if options else None

    def and_other(info: _Lemma, e: str) -> str:
        """' and Osterlund' after "between Marrak": the name most written with it."""
        others = [(n, o) for o, n in info.between.get(e, {}).items() if o not in used]
        if not others:
            return ""
        other = max(others)[1]
        used.append(other)
        located.extend((e, other))  # "between Marrak and Osterlund" says where
        return " and " + name(other)

    def name(e: str) -> str:
        # Only the careful pass's words are shown: the other needs no written names.
        return _display(articles, sentences, e) if careful else e

    pairs = sorted(
        (
            (n, nl, vl)
            for (nl, vl), n in noun_verbs.items()
            if (key(vl) in anchors or n >= 2) and vl not in LIGHT_VERBS
        ),
        reverse=True,
    )
    info = lemmas[top]
    prt = _particle(info)
    says_little = False
    # (the act told as a gerund, no doer named: "Disagreeing regard Brazil")
    doerless = False
    # (an unnamed object shown after a noun and its verb: "Suspension cuts pipeline"; it
    # does not make a title of a noun, a verb and a word, nobody named, say enough)
    unnamed_object = 0
    if pairs and pairs[0][0] >= 2:
        # "Earthquake strikes Lake County": an eventive noun and the verb it is subject of.
        _, noun, verb = pairs[0]
        # ("Violence breaks out": the verb's particle, where its passages write one)
        particle = _particle(lemmas[verb]) if verb in lemmas else ""
        text = noun.capitalize() + " " + third_person(verb) + (" " + particle if particle else "")
        theirs = max(
            ((n, e) for (v, e), n in obj_of_verb.items() if v == verb and e not in used),
            default=None,
        )
        # (what two passages or more write the noun did it to, unnamed, where no name is
        # its object: "Killing sparks riots")
        its_object = max(
            (
                (n, w)
                for (subject, v, w), n in said_of_verb.items()
                if subject == noun and v == verb and n >= 2
            ),
            default=None,
        )
        if theirs is not None:
            used.append(theirs[1])
            participants.append(theirs[1])
            text += " " + name(theirs[1])
        else:
            what = best(lemmas[verb], subject=False)
            if what is not None:
                role, eid = what
                prep = role[5:] if role.startswith("prep:") else ""
                if particle and prep.startswith(particle):
                    # ("Actress checks into Betty Ford Center", not "checks in into")
                    text = text.removesuffix(" " + particle)
                text += (" " + prep if prep else "") + " " + name(eid)
            elif its_object is not None:
                text += " " + its_object[1]
                unnamed_object = 1
            elif careful and not particle and verb in vocabulary().causes:
                says_little = True  # "Killing sparks": what it caused, unsaid
        trigger = noun
    elif info.verb * 2 >= info.count:
        # The verb as written: a parse's lemma may not be ("fin" of "fined").
        act = _as_written(top, info.forms) if careful else top
        # ("Orozco pleads not guilty", "Woman pronounced dead": what the verb made or found
        # its subject to be, as most of its passages in that voice write it)
        active = _predicate(info, passive=False) if careful else ""
        passive = _predicate(info, passive=True) if careful else ""
        verb = act + (" " + prt if prt else "") + active
        as_done = act + (" " + prt if prt else "") + passive
        # With care, a verb that wants more after it says little with nothing there: one
        # the corpus nearly always tells with an object ("Taft Broadcasting Co rejects"),
        # one its passages tell mostly in the passive, of what the title cannot name (the
        # agent alone, "Reagan Administration advocates"), or with the act it starts or
        # stops ("Committee stops" of "stopped soliciting offers").
        wants_more = (
            careful
            and not active
            and not prt
            and (
                (corpus is not None and top in corpus.transitive)
                or 2 * info.passives > info.verb
                or 2 * info.gerunds > info.verb
            )
        )
        who = best(info, subject=True, doer=True)
        who_dropped = bool(dropped)
        # "X says Y": what a light verb's object is, is unsure; its subject is enough.
        light = who is not None and info.strength < 2
        # With care, a speaker alone ("Ann Roe says") is no title: what was said is.
        says_little = careful and light
        what = None if light else best(info, subject=False)
        if careful and who is not None and what is not None and _told_apart(info, who[1], what):
            # The passages tell the doer doing it to another, never to that one ("the
            # Blazers fired Cheeks", "King decided to fire O'Brien": not "Blazers fires
            # O'Brien"): the one it was done to says what happened, the doer may be
            # another happening's.
            for kept in (used, participants, located):
                while who[1] in kept:
                    kept.remove(who[1])
            who = None
        prep = what[0][5:] if what is not None and what[0].startswith("prep:") else ""
        prep = "" if prep == "of" else prep  # a noun's "capture of X": the verb's object
        if prep and prt and prep.startswith(prt):
            verb, as_done = act + active, act + passive
        thing = None if light else word_of(info, "obj")
        if thing is not None and any(
            w == thing and n >= 2 and n > info.words[("obj", w)]
            for (_, w), n in info.complements.items()
        ):
            # ("Luck throws for 205 yards" told twice and once parsed "threw yards": the
            # word more passages write after a preposition completing the verb is that
            # preposition's, "Luck throws for yards", not the verb's object)
            thing = None
        # With care, a doer and a verb whose object or clause the passages give but no
        # title can name ("Reagan announces" of "announced that he would raise tariffs"):
        # what was done is unsaid.
        says_little = says_little or (
            careful and who is not None and what is None and thing is None
            and info.verb > 0
            and (2 * info.unsaid >= info.verb or top in NEEDS_COMPLEMENT)
        )  # fmt: skip
        after = (" " + prep if prep else "") + (" " + name(what[1]) if what is not None else "")
        if prep == "between" and what is not None:
            after += and_other(info, what[1])
        # The happening that did it, told with care (:data:`FORCES`); it is no force doing
        # it to itself: "Fire treated", not "Fire treats fire" of "a fire that ripped
        # through a store is being treated as suspicious".
        force = _force(info) if careful else None
        force_done_to = (
            force is not None and thing is not None and _stem(thing.lower()) == _stem(force.lower())
        )
        if who is not None:
            # "Lindsay Lohan checks into Betty Ford Center", "Navy captures pirates".
            shown = name(who[1])
            # ("U.K. Authorities lose patience": a name ending in a plural the corpus
            # writes as a common noun takes the plural's verb)
            # (and a people named in the plural, whatever the model made it: "Greeks
            # throw", "Palestinians protest")
            labels = (
                {
                    e.label
                    for i, k in sentences
                    for e in articles[i].sentence_entities(k)
                    if e.kb_id == who[1]
                }
                if careful
                else set()
            )
            plural = careful and (
                (corpus is not None and _plural_name(shown, corpus) and "PERSON" not in labels)
                or _people_plural(shown, labels)
                # (two doers the model read as one name: "Nationals and Orioles push",
                # each named alone too; not "Procter and Gamble")
                or _two_names(articles, sentences, shown)
                # (a name the reports write with a plural verb: "the Angels have offered",
                # "the Angels withdrew their offer": "Angels withdraw offer")
                or _agrees_plural(articles, sentences, shown, act)
            )  # (not a person's: "Tony Weeks steps in")
            form = act if plural else third_person(act)
            # How the passages that do it to what the title names (or say not to what)
            # tell it. Where few tell it done and no headline does, the title does not
            # say it was: "Chris Weitz has been hired to direct the sequel", "Chris Weitz
            # to direct sequel", not "Chris Weitz directs sequel"; denied ahead in a third
            # of them or more ("Ana Ruiz will not direct the sequel"), "Ana Ruiz won't
            # direct sequel". (An id's words count as its name: the Oscars of "auto:oscars".)
            shown_to = {light_stem(thing.lower())} if thing else set()
            if what is not None:
                shown_to |= {light_stem(w) for w in _id_words(what[1])}
            how_told = Counter(
                how
                for how, objects, _ in info.tellings
                if not (shown_to and objects) or shown_to & objects
            )
            denied = how_told["denied"] + how_told["denied ahead"]
            headlined = any(how == "done" and head for how, _, head in info.tellings)
            if (
                careful
                and how_told
                and how_told["done"] * 5 < sum(how_told.values())
                and not headlined
            ):
                if 3 * denied < sum(how_told.values()) - how_told["done"]:
                    form = "to " + act  # (mostly aimed at: "hired to direct", "could direct")
                elif 2 * how_told["denied ahead"] >= denied:
                    form = "won't " + act
                else:
                    form = ("don't " if plural else "doesn't ") + act
            text = shown + " " + form + verb[len(act) :]
            if (
                thing is None
                and (what is None or what[0] in _WHERE)
                and not prt
                and top not in vocabulary().not_events
            ):
                # "Lindsay Lohan checks into rehab at Betty Ford Center": with no object,
                # where alone ("checks at") misses what two passages or more complete
                # the verb with (not a verb that tells no happening: "appears from the
                # face of the statement").
                text += _complement(info)
            if what is not None and prep and (told := word_of(info, "obj", 2)):
                # "Nigel Lawson presents budget to Parliament", not "presents to": the
                # unnamed object two passages or more write, then the preposition's named
                # one.
                text += " " + told
            text += after if what is not None else (" " + thing if thing else "")
            says_little = says_little or (wants_more and text.endswith(form + verb[len(act) :]))
        elif force is not None and not force_done_to:
            done_to = max(
                ((n, w) for (c, w), n in info.caused_words.items() if c == force and n >= 2),
                default=None,
            )
            if (
                what is not None
                and what[0] == "obj"
                and not info.caused_named[(force, what[1])]
                and done_to is not None
                and any(
                    e.kb_id == what[1] and e.label in PLACE_LABELS
                    for i, k in sentences
                    for e in articles[i].sentence_entities(k)
                )
            ):
                # ("Bomb hits bank": what the happening did it to, as its passages write
                # it, not a place another subject's passage gives, "violence hit Greece",
                # which stays free to say where; a person named stays: "Bomb kills Ann
                # Roe" of "killing Ann Roe", whose subject the parse missed)
                for kept in (used, participants, located):
                    while what[1] in kept:
                        kept.remove(what[1])
                what, thing = None, done_to[1]
            # "Earthquake kills people": the happening that did it, not "People killed".
            # (what it did it to, or where: "from Qeshm" of "injured ... from Qeshm" would
            # read as where the happening came from)
            text = force + " " + third_person(act) + verb[len(act) :]
            if what is not None and (not prep or what[0] in _WHERE or prep == "on"):
                text += (" " + thing if thing and prep else "") + after
            else:
                text += " " + thing if thing else ""
                # ("Fire causes": a verb of causing says nothing without what was caused)
                says_little = says_little or (not thing and top in vocabulary().causes)
                if what is not None:  # not shown: free to be the place
                    for kept in (used, participants, located):
                        while what[1] in kept:
                            kept.remove(what[1])
        elif force_done_to and thing is not None:
            # (a named object not shown is free to say where)
            text = thing + " " + past_participle(as_done) + (after if prep else "")
            if what is not None and not prep:
                for kept in (used, participants, located):
                    while what[1] in kept:
                        kept.remove(what[1])
        elif what is not None and not prep:
            text = name(what[1]) + " " + past_participle(as_done)  # "Orozco arrested"
            # ("Ecuador forced" to halt exports: what it was bidden do, unsaid)
            says_little = says_little or (careful and info.bids_act * 2 > info.verb)
        elif thing is not None and careful and who_dropped and (doer := word_of(info, "subj", 2)):
            # "Pirates fire shots": the doer most passages write, and what they did.
            form = act if _plural(doer) else third_person(act)
            text = doer + " " + form + verb[len(act) :] + " " + thing + after
        elif thing is not None:
            text = thing + " " + past_participle(as_done) + after  # "Cables cut in Egypt"
            # "Ship prompted" (to evacuate): a verb most passages tell with what it
            # bids its object do says little without it; and one most passages tell as
            # what will or may be, none as done in a headline, is not done ("Games
            # missed" of "Roe will miss the last two games").
            tellings_how = [how for how, _, head in info.tellings if not head]
            says_little = careful and (
                (not after and info.bidden * 2 > info.verb)
                or (
                    2 * tellings_how.count("done") < len(tellings_how)
                    and not any(how == "done" and head for how, _, head in info.tellings)
                )
            )
        elif (doer := word_of(info, "subj")) is not None:
            form = act if _plural(doer) else third_person(act)
            text = doer + " " + form + verb[len(act) :] + after
            # ("Pact agrees", "Upturn confirms": what was agreed or confirmed, unsaid;
            # "Killing sparks": what was caused)
            says_little = says_little or (
                careful
                and not after
                and (top in NEEDS_COMPLEMENT or top in vocabulary().causes or wants_more)
            )
        else:
            text = gerund(act) + verb[len(act) :] + after
            doerless = True
            # ("Devastating in United States", "Awarding from Texaco": the act with no
            # one doing it says little; a passage, or the headline over a lead, says more)
            says_little = careful
        trigger = top
    else:
        # "Crackdown on the tech sector", "Arrest of Orozco", "Issue: Acme", "Shooting".
        text = top
        what = best(info, subject=False)
        # With care, a noun the passages also write as a verb says who or what as the
        # verb would: "Ann Roe charged" (of "the charge of Ann Roe", "Ann Roe was
        # charged"), "Cable cut in Egypt" (of "the cable cut", where a cable "was cut").
        act = _as_written(top, info.forms) if careful and info.verb else ""
        object_word = _done_thing(info) if act else None
        if act and what is not None and what[0] == "obj":
            text = name(what[1]) + " " + past_participle(act)
        elif object_word is not None:
            text = object_word + " " + past_participle(act)
            if what is not None:
                role, eid = what
                prep = role[5:] if role[:5] == "prep:" else "of"
                if prep in ("of", "between"):  # "Cable cut of Acme": whose, unsaid
                    for kept in (used, participants, located):
                        while eid in kept:
                            kept.remove(eid)
                else:
                    text += " " + prep + " " + name(eid)
        elif what is not None:
            role, eid = what
            second = and_other(info, eid) if role == "prep:between" else ""
            # "between" needs two names: with the first alone, "with" reads true.
            prep = (
                "with"
                if role == "prep:between" and not second
                else role[5:]
                if role[:5] == "prep:"
                else "of"
            )
            text += " " + prep + " " + name(eid) + second
        elif careful and (done := _done_to(articles, sentences, top)) is not None:
            # With care, the verb the noun is the object of says who did what with it
            # ("Ann Roe decides against election", not "Election: Ann Roe").
            text, doer = done
            used.append(doer)
            participants.append(doer)
        elif (who := best(info, subject=True)) is not None:
            # A noun's subject is its sentence's (who "foiled" an attack did not make
            # it): named, not given a role.
            text += ": " + name(who[1])
        trigger = top
    # The place most named, unless the title already says
    # where ("Cables cut in Egypt"): a second place would read as a contradiction.
    places: Counter[str] = Counter()
    regions: set[str] = set()
    #: With care: how often each place is named as where something is (after "in",
    #: "off", a dateline), not as who acts or whose ("Sukanya intercepted").
    where: Counter[str] = Counter()
    #: The articles naming each place, however.
    naming: defaultdict[str, set[int]] = defaultdict(set)
    #: With care: places named as where in a sentence that tells the title's act or
    #: what has happened, not only what another act will do ("will defend his title in
    #: Moscow on Sept. 8" beside a bout in Bern).
    where_now: Counter[str] = Counter()
    for i, k in sentences:
        a = articles[i]
        ahead = careful and _ahead_of_another(a, k, happening.triggers.get((i, k), ()), trigger)
        for e in a.sentence_entities(k):
            if e.label in PLACE_LABELS and e.kb_id:
                places[e.kb_id] += 1
                naming[e.kb_id].add(i)
                if e.label in _REGION_LABELS:
                    regions.add(e.kb_id)
                if careful and _place_role(a, k, e) == "where":
                    where[e.kb_id] += 1
                    # (a dateline's city is where the story was filed from, whatever
                    # its lead tells)
                    where_now[e.kb_id] += not ahead or in_dateline(a, e.start)
    if careful:
        # A one-word name the event's articles also write in lower case is a word ("the
        # Naval commandos" beside "a naval ship"), not a place.
        for i, k in sentences:
            for e in articles[i].sentence_entities(k):
                if e.kb_id in where and lower_too(e.text):
                    del where[e.kb_id]
        for kb in [kb for kb in where if not where_now[kb]]:
            del where[kb]
        # A name no gazetteer knows, that only a headline writes, is no place: a title's
        # capitals make the model read a word as one ("Release Date May Be in Jeopardy").
        for kb in [kb for kb in where if _headline_only(articles, sentences, kb)]:
            del where[kb]
        # Only a place the passages name as where something is, most so first: one
        # named as who acts or whose ("the Sukanya intercepted", "India's navy"), or in
        # passing ("south of Tehran"), says nothing of where it happened.
        # Where the act itself is told to be, first ("arrested him in San Diego"), over
        # where another happening of its passages is ("the playoff at Pittsburgh").
        own = lemmas[trigger].named if trigger in lemmas else Counter()
        places = Counter(
            {
                e: 10**6 * sum(own[(role, e)] for role in _WHERE) + 1000 * where[e] + n
                for e, n in places.items()
                if where[e]
            }
        )
    # (of two places named as often and spelt nearly alike, the one the gazetteer knows:
    # a dateline's typo, "DALLA" beside "DALLAS", is no town)
    place_names = {e: _display(articles, sentences, e, place=True) for e in places}
    known = {
        e for e, x in place_names.items() if gazetteer().is_place(x) or fold(x) in known_towns()
    }
    misspelt = {
        e
        for e in places
        if e not in known
        and any(
            places[k] == places[e] and spelt_alike(fold(place_names[k]), fold(place_names[e]))
            for k in known
        )
    }

    countries: dict[str, str | None] = {}  # (each place's country read once)

    def country_of(e: str) -> str | None:
        if e not in countries:
            shown = _display(articles, sentences, e, place=True)
            countries[e] = gazetteer().countries.get(fold(shown))
        return countries[e]

    def outnumbered(e: str) -> bool:
        # A country fewer of the event's articles name than another is a background's
        # ("a quake in eastern China" last week, in one of five reports of one off Iran).
        own = country_of(e) if careful else None
        return own is not None and any(
            len(naming[c]) > len(naming[e]) and country_of(c) not in (None, own) for c in naming
        )

    place = next(
        (
            e
            for e, _ in sorted(places.items(), key=lambda kv: (-kv[1], kv[0] in misspelt, kv[0]))
            if not any(name_compatible(e, u) for u in used) and not outnumbered(e)
        ),
        None,
    )
    if any(u in regions for u in located):
        place = None
    elif place is not None and careful:
        # A title about one country gives no other as where ("Iran hit · Oman": the
        # passages' other country is where the quake was felt, not where it hit).
        country = {e: country_of(e) for e in (place, *used)}
        if country[place] and any(country[u] and country[u] != country[place] for u in used):
            place = None
    strength = lemmas[trigger].strength if trigger in lemmas else 2
    # With care, a title that names no one ("Position improves") gives way to the
    # headline of the event's articles when it tells a happening.
    bare = not participants and not located
    wire = _headline_title(articles, happening, verbs, top, bare, corpus) if careful else None
    # (whether the headline of each of its articles was asked for already: asked once)
    word_count = len(text.split()) - unnamed_object
    asked = (
        careful
        and wire is None
        and (": " in text or word_count <= 2 or bare or doerless or happening.retold)
    )
    if asked:
        # A title of few words or of a noun ("Costs reduced", "Veto: United States"), or
        # one story sent twice, for an event that holds every one of its articles'
        # headlines: the wire's own words.
        wire = _headlines_title(articles, happening, corpus)
        if wire is None and happening.by_figures and not _holds_a_lead(articles, happening):
            # (a results table and the story of its results, told alike by their
            # figures: the headline over them, not a row's or a sentence's few words,
            # "Items amount"; the table's, which says whose figures and of when they
            # are, before the story's, which may tell what else it says, "sees 1987
            # growth")
            tellers = sorted({i for i, _ in happening.sentences})
            tables = [
                i
                for i in tellers
                if any(_table_row(articles[i], k) for j, k in happening.sentences if j == i)
            ]
            wire = _most_told(
                [(_headline_line(articles[i]), i) for i in tables or tellers], articles, corpus
            )
    elif (
        careful
        and wire is None
        and used
        and _told_in_headlines(articles, happening, top)
        and not _named_in_headlines(articles, happening, used)
    ):
        # Who the title names is in none of its articles' headlines, each of which the
        # event holds and tells its act ("Mellon Financial Corp downgraded", one of six
        # banks the lead lists under "S/P DOWNGRADES SIX U.S. MONEY CENTER BANKS"): the
        # headlines say whom it is about. (Not a headline of another act: "Driver
        # charged in fatal crash" over the killing.)
        wire = _headlines_title(articles, happening, corpus)
    if wire is not None:
        # The sources' own headline says what happened where the body's words chosen do
        # not ("Effects yielded" -> "Acme takes over Bolt division").
        text, says_little = wire, False
        shown = _display(articles, sentences, place, place=True) if place is not None else ""
        if place is not None and (
            shown in text
            or not _named_in_leads(articles, happening, place, gazetteer().country_of(shown))
        ):
            # (where a headline's happening is, its lead says: a place only a later
            # sentence names is another's, "increased production in Cameroon" under
            # "WORLD OIL DEMAND LIKELY TO INCREASE, MINISTER SAYS" filed from Jakarta)
            place = None
    # With care, a saying verb and nobody named ("Spokeswoman says · New Zealand"): what
    # was said is the news.
    says_little = says_little or (careful and not participants and top in _REPORTING)
    # With care, two words of no name ("Ship alters", "Way forced") say too little too
    # (but "Faults fixed", of "ORBITEL cable faults", says what the passages name).
    short = 2 if careful and text.split()[0] not in lemmas[top].held else 1
    if (
        careful
        and wire is None
        and (
            says_little
            or (not participants and place is None and (strength < 2 or word_count <= short))
            # one word alone ("Listing", "Scheduling"), wherever it was, says little too
            or (not participants and len(text.split()) == 1)
            # a noun and a name of its sentence ("Population: Acme"): how they are linked
            # is unsaid
            or ": " in text
        )
    ):
        # Nobody named, nowhere, and a word that says little ("Puzzling", "Board"):
        # the passage itself says more.
        # (a word alone where it was, and no one: a passage that tells it, if one does)
        alone = not (
            says_little
            or (not participants and place is None and (strength < 2 or word_count <= short))
        )
        # (the headline of each of the event's articles, a passage of it, says it in the
        # sources' own words before any one passage does)
        heads = None if asked else _headlines_title(articles, happening, corpus)
        aimed = (
            _aimed_at(lemmas[top])
            if not heads
            and not says_little
            and not participants
            and len(text.split()) == 1
            and not any(_wire_copy(articles[i]) for i, _ in sentences)
            else None
        )
        # (a noun alone that two sources or more aim at one thing, in words of no name:
        # "Crackdown on tech sector", not a passage quoted; a wire story's event quoted
        # takes its lead's headline later, `lead_headline`, which says more)
        quoted = heads or (
            f"{text} {aimed}"
            if aimed
            else _quote(articles, sentences, top, corpus, only_about=alone)
        )
        if is_quote(quoted):
            # (rather than a body's sentence quoted, a web page's headline the event
            # holds that tells an eventive word of it: a headline is written to say what
            # happened)
            quoted = (
                _headline_title(articles, happening, verbs, top, corpus=corpus, pages=True)
                or quoted
            )
        if quoted and place is not None:
            if _display(articles, sentences, place, place=True) in quoted:
                place = None  # the quote says where
        text = quoted or text
    if place and careful:
        text += " · " + _display(articles, sentences, place, place=True)
    months: Counter[str] = Counter()
    last = _last_report_month(articles, sentences)
    for lemma, x in lemmas.items():
        if x.anchored or lemma == top:
            # (a month after every report dates a happening to come only when it is the
            # title's act's and most of its tellings give it, "Pay April 30": "next
            # month's meeting" told once among the trade ministers' meeting's tellings is
            # another meeting's, and talks to "open in late April" beside a trade row
            # are not the row's)
            months.update(
                {
                    m: n
                    for m, n in x.months.items()
                    if last is None or m <= last or (lemma == top and 2 * n >= x.count)
                }
            )
    if careful:
        # (a happening its reports recall, long before them, is shown in its own month)
        month = recalled_month(articles, happening) or shown_month(articles, sentences, months)
    else:
        dates = sorted(d for d in (articles[i].date for i, _ in sentences) if d is not None)
        report = dates[len(dates) // 2] if dates else None
        month = min(months.items(), key=lambda kv: (-kv[1], kv[0]))[0] if months else None
        if report and (
            month is None or abs((dt.date.fromisoformat(month + "-01") - report).days) > 62
        ):
            month = report.strftime("%Y-%m")
    if month:
        text += " · " + month
    return Title(
        text=text[:1].upper() + text[1:],
        trigger=trigger,
        participants=tuple(participants),
        place=place,
        month=month,
        eventive=strength == 2,
    )


def _two_names(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]], shown: str
) -> bool:
    """``shown`` is two names joined by "and" that the passages' articles each name alone
    too ("Nationals and Orioles", where "the Washington Nationals" and "the Orioles" are
    named): two doers, not one company's name ("Procter and Gamble", never named in
    parts; "Gabelli and Co Inc", a legal form in it)."""
    parts = shown.split(" and ")
    if len(parts) != 2 or any(w in LATIN_LEGAL_SUFFIXES for w in shown.split()):
        return False  # ("Gabelli and Co Inc": one firm)
    named = {
        e.text
        for i in {i for i, _ in sentences}
        for e in articles[i].entities
        if e.label in NAME_LABELS and e.text != shown
    }
    # (a part is named alone as itself or as the end of a longer name: "Washington
    # Nationals")
    return all(any(n == part or n.endswith(" " + part) for n in named) for part in parts)


#: The verbs of being and having in the plural and in the singular, as a name's verb.
_PLURAL_VERBS = frozenset({"have", "are", "were"})
_SINGULAR_VERBS = frozenset({"has", "is", "was"})


def _agrees_plural(
    articles: Sequence[ArticleFeatures],
    sentences: Sequence[tuple[int, int]],
    shown: str,
    act: str = "",
) -> bool:
    """The passages' articles write the name ``shown`` with a verb of being or having in
    the plural ("the Angels have offered") more often than in the singular, once at least,
    or their headlines, written in the present, with the title's verb ``act`` in the
    plural ("Saints shut down Bush", not "shuts"): a team or a body its reports treat as
    many."""
    if len(shown) < 3 or not shown.endswith("s") or shown.endswith("ss"):
        return False
    pattern = re.compile(rf"\b{re.escape(shown)}\s+([a-z]+)\b")
    # (a headline may be in capitals: "SAINTS SHUT DOWN BUSH")
    heading = (
        re.compile(pattern.pattern, re.IGNORECASE) if act and third_person(act) != act else None
    )
    told: Counter[str] = Counter()
    for i in {i for i, _ in sentences}:
        for match in pattern.finditer(articles[i].text):
            word = match.group(1)
            if word in _PLURAL_VERBS:
                told["plural"] += 1
            elif word in _SINGULAR_VERBS:
                told["singular"] += 1
        if heading is None:
            continue
        a = articles[i]
        for k in range(min(2, len(a.sentences))):
            if not headline_like(a.text, a.sentences, k):
                continue
            line = a.text[a.sentences[k].start : a.sentences[k].end]
            for match in heading.finditer(line):
                word = match.group(1).lower()
                told["plural"] += word == act
                told["singular"] += word == third_person(act)
    return told["plural"] > told["singular"]


def _ahead_of_another(
    article: ArticleFeatures, k: int, triggers: Sequence[TriggerFeatures], trigger: str
) -> bool:
    """Sentence ``k`` tells only what will or may be done (each of its acts with a modal
    before it: "will defend his title in Moscow"), none of it the title's act
    ``trigger``."""
    acts = [
        t
        for t in triggers
        if t.pos == "VERB" and t.lemma not in LIGHT_VERBS and t.lemma not in SAYING_VERBS
    ]
    start = article.sentences[k].start
    return (
        bool(acts)
        and all(t.lemma != trigger for t in triggers)
        and all(_modal(article.text, start, t) for t in acts)
    )


def _headline_only(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]], kb_id: str
) -> bool:
    """No sentence but a headline of the passages' articles names the place ``kb_id``,
    and neither the gazetteer nor the known towns know it."""
    shown = _display(articles, sentences, kb_id, place=True)
    if gazetteer().is_place(shown) or fold(shown) in known_towns():
        return False
    return not any(
        e.kb_id == kb_id
        for i in {i for i, _ in sentences}
        for k, s in enumerate(articles[i].sentences)
        if not s.headline
        for e in articles[i].sentence_entities(k)
    )


def _subject_weight(label: str) -> int:
    """How much a subject of ``label`` counts towards who did it: a person or an
    organisation twice, anything else once."""
    return 2 if label in ("PERSON", "ORG") else 1


def _capitalised_only_to_open(name: str, articles: Sequence[ArticleFeatures]) -> bool:
    """Every time ``articles`` write the word ``name`` as written, it opens a sentence or
    a line (:func:`_opens_sentence`) or stands in a headline."""
    word = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    for a in articles:
        heads = [(s.start, s.end) for s in a.sentences if s.headline]
        for m in word.finditer(a.text):
            at = m.start()
            if not (_opens_sentence(a.text, at) or any(x <= at < y for x, y in heads)):
                return False
    return True


#: A dash that opens an aside: spaced, an en or em dash or two hyphens (not a dateline's
#: single hyphen, "PARIS, March 3 - ").
_ASIDE_DASH = re.compile(r"\s(?:[–—]|--)\s")


def _aside_between(text: str, verb: int, arg: int) -> bool:
    """A dash opens an aside between a verb and its argument, the argument after it: the
    parse's attachment across it is the aside's words ("rammed their car into the store in
    the latest of a spate of robberies – most on the Riviera")."""
    return arg > verb and _ASIDE_DASH.search(text, verb, arg) is not None


def _lower_too(name: str, texts: Sequence[str]) -> bool:
    """A one-word name ("Naval") is written in lower case too in one of ``texts``, as a
    word of prose."""
    if not name.isalpha() or not name[:1].isupper() or name.isupper():
        return False
    # In prose, before a word in lower case ("a naval ship"), not in a name ("iran-Nejad").
    word = re.compile(r"(?<![\w-])" + re.escape(name.lower()) + r" +[a-z]")
    return any(word.search(text) for text in texts)


#: Words after which a place is where something is ("in Marrak", "off the coast of").
_LOCATIVE = frozenset(
    """in at near off outside inside across throughout on into onto around along
    within from""".split()
)
#: Verbs of where someone lives, and of where someone or something came from (with
#: "from"): their place says who or what it is ("who lived in Marrak", "arrived from
#: Varnia"), not where the happening was (:func:`_place_role`).
_RESIDING = frozenset("live living reside dwell".split())
_COMING = frozenset("arrive come hail emigrate immigrate return".split())
#: Verbs of where someone was born, grew up or was schooled, told in a clause that
#: describes them ("who was raised in Marrak", "born in Velm", "who grew up in Tarn"): who
#: they are, not where the happening was (:func:`_place_role`); with the particle each
#: needs.
_ORIGIN = {"bear": None, "raise": None, "educate": None, "grow": "up", "bring": "up"}
#: Dependencies of a clause that describes someone (a relative clause, a participle).
_DESCRIBING = frozenset({"relcl", "acl", "advcl"})
#: The residing verbs as written (:data:`_RESIDING`), for a place no parse ties to one.
_RESIDING_FORMS = re.compile(r"(?:live[sd]?|living|resid(?:es?|ed|ing)|dwell(?:s|ed|ing)?|dwelt)")
#: Nouns a place's name qualifies as whose they are, not where anything is: money and
#: paper ("U.S. dollar debt", "a U.S. note", "Canadian bonds").
_QUALIFIED_NOUNS = frozenset(
    _CURRENCIES
    | set(
        """note notes bond bonds paper debt stock stocks share shares equities securities
        treasuries bills prime rate rates interest""".split()
    )
)
#: Who a place says someone is ("a senator from Marrak", "a native of Velm" is no
#: locative either): where they come from, not where the happening was.
_FROM_WHERE_ONE_IS = re.compile(
    r"(?i)\b(?:republicans?|democrats?|senators?|representatives?|congress(?:wo)?man|"
    r"lawmakers?|legislators?|delegates?|natives?|residents?)\s+from\s+(?:the\s+)?$"
)
#: What follows a place's name that makes it a part of a compound (:func:`_place_role`).
_COMPOUND_AFTER = re.compile(
    r"[-‑–](?:[A-Z0-9]|(?:backed|led|owned|run|controlled|sponsored|allied|made)\b)"
)
#: Nouns of a part of a place ("the coast of Marrak", "the island of Garrow").
_PLACE_NOUNS = frozenset(
    """coast island islands city town village state states province region country area
    capital suburb suburbs county district shores waters outskirts centre center streets
    port""".split()
)
#: How many words before a place may stand between it and its preposition ("in
#: southern Marrak", "off Marrak's coast").
_LOCATIVE_WORDS = 3
#: A figure told as what another market or period had, the place after it that one's:
#: "opened at 1.8155 marks against 1.8187 in Keswick", "compares with 143.90 yen at the
#: close in Keswick", "versus 2.1 pct in Marrak". The place is where the figure compared
#: was, not where the happening was.
_COMPARED_FIGURE = re.compile(
    r"(?i)\b(?:against|versus|vs\.?|compare[sd]?\s+(?:with|to))\s+(?:\S+\s+){0,2}?"
    r"\S*\d\S*(?:\s+\S+){0,5}?\s*$"
)


def _clauses_before(article: ArticleFeatures, k: int, entity: Entity) -> list[str]:
    """Sentence ``k``'s text before the entity, cut at punctuation that closes a clause
    (commas, brackets, quotation marks); the last is the entity's clause."""
    return re.split(r"[,;:()\"“”]", article.text[article.sentences[k].start : entity.start])


def _compared(article: ArticleFeatures, k: int, entity: Entity) -> bool:
    """Sentence ``k`` names the place as the compared figure's (:data:`_COMPARED_FIGURE`,
    in its clause: "against 1.8187 in Keswick"), not as where its happening was."""
    clause = _clauses_before(article, k, entity)[-1]
    return _COMPARED_FIGURE.search(clause) is not None


#: A clause that tells of a happening days or years from the one told ("just weeks after
#: a driver shot eight people in Marrak", "almost two years after the city of Velm was
#: destroyed"): its place is that happening's.
_OTHER_TIME = re.compile(
    r"(?i)\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+"
    r"(?:after|before|since|earlier|later)\b"
    # (a clause of what has happened since an earlier happening: "progress made since
    # the round was launched in Punta del Este")
    r"|\bsince\s+(?:the|its|their|his|her|a|an|it|they|he|she|we)\b"
)


def _at_another_time(article: ArticleFeatures, k: int, entity: Entity) -> bool:
    """Sentence ``k`` names the place in a clause of another time (:data:`_OTHER_TIME`),
    not as where its happening was; not after a comma closing that clause ("Two days
    after the fire, police arrested him in Velm")."""
    clauses = _clauses_before(article, k, entity)
    # (a state after its city is in the city's clause: "from a Marrak, Conn., store")
    clause = clauses[-2] if len(clauses) > 1 and not clauses[-1].strip() else clauses[-1]
    return _OTHER_TIME.search(clause) is not None


def _place_role(article: ArticleFeatures, k: int, entity: Entity) -> str | None:
    """How sentence ``k`` names a place: ``where`` something is (after a locative
    preposition, "in southern Marrak"; a dateline, "HAVEN, March 3 -"; "a Marrak-based
    firm"; "Marrak's coast"), ``actor`` (who acts, "the Sukanya intercepted", or
    whose, "Marrak's navy"), else None."""
    s = article.sentences[k]
    text = article.text
    if re.match(r"[-‑–]based\b", text[entity.end : entity.end + 7]):
        return "where"  # "a Marrak-based firm": where the firm is
    if _COMPOUND_AFTER.match(text, entity.end) or (
        entity.start > 1 and re.match(r"\w[-‑–]", text[entity.start - 2 : entity.start])
    ):
        # A compound's part: "the arms-to-Marrak affair", "Marrak-Varnia talks", a
        # "Marrak-backed" group (not a dash typed without spaces: "in Marrak-the prison").
        return None
    qualified = re.match(r"\s+([A-Za-z]+)", text[entity.end : entity.end + 30])
    if qualified and qualified[1].lower() in _QUALIFIED_NOUNS:
        return None  # whose money or paper, "Marrak dollar debt", "a Marrak note"
    if text[entity.end : entity.end + 3].startswith(("'s ", "’s ", "' ", "s' ")):
        # "Marrak's southern coast" is where; "Marrak's navy" is whose.
        owned = [w.lower() for w in _WORD.findall(text[entity.end + 2 : entity.end + 40])][:3]
        return "where" if any(w in _PLACE_NOUNS for w in owned) else "actor"
    if _compared(article, k, entity) or _at_another_time(article, k, entity):
        return None
    for t in article.triggers[k]:
        for arg in t.args:
            if arg.entity is None or arg.entity.start != entity.start:
                continue
            if arg.role.startswith("prep:") and (
                t.lemma in _RESIDING or (arg.role == "prep:from" and t.lemma in _COMING)
            ):
                # "who lived in Marrak", "who had arrived from Varnia": where someone
                # lives or came from says who they are, not where the happening was.
                return None
            if (
                arg.role.startswith("prep:")
                and t.lemma in _ORIGIN
                and t.dep in _DESCRIBING
                and t.prt == _ORIGIN[t.lemma]
            ):
                return None  # "Roe, who was raised in Marrak, confessed": who Roe is
            if arg.role == "subj":
                # "A Varnia man": the man acts; the place says where he is from.
                return "actor" if _is_the_name(entity, arg.lemma) else "where"
            if arg.role.startswith("prep:") and arg.role[5:] in _LOCATIVE:
                return "where"
    before = text[s.start : entity.start]
    if not before.strip() and re.match(r"\s*(?:,|\(|-|—)", text[entity.end : entity.end + 3]):
        return "where"  # a dateline
    if _FROM_WHERE_ONE_IS.search(before):
        return None  # "a Republican from Marrak": whose state, not where anything happened
    words = [w.lower() for w in _clauses_before(article, k, entity)[-1].split()][-_LOCATIVE_WORDS:]
    if words[-2:-1] and words[-1] == "of" and words[-2] in _PLACE_NOUNS:
        return "where"  # "the coast of Marrak", not "south of Marrak"
    at = next((x for x, w in enumerate(words) if w in _LOCATIVE), None)
    if at is None:
        return None
    if at and _RESIDING_FORMS.fullmatch(words[at - 1]):
        return None  # "a native living in Marrak" the parse left to no verb: who they are
    return "where"


def sentence_of(
    articles: Sequence[ArticleFeatures], where: Mapping[str, int], mention: Mention
) -> tuple[int, int] | None:
    """The (article, sentence) a passage is, or None when the article is not linked."""
    i = where.get(mention.article)
    if i is None:
        return None
    starts = [s.start for s in articles[i].sentences]
    k = bisect.bisect_right(starts, mention.start) - 1
    return (i, k) if k >= 0 else None


def lead_headline(
    articles: Sequence[ArticleFeatures],
    where: Mapping[str, int],
    event: Event,
    corpus: CorpusWords | None = None,
) -> str | None:
    """The headline most of an event's wire stories carry over a lead the event holds
    (the shortest of a tie), readable, when it holds a lead (a dateline sentence): a wire
    story's lead tells what its headline does, whatever the other articles tell further
    down ("Ours tightened" -> "Rostenkowski urges honesty in futures industry"; a results
    story's "Earnings increase" beside its table's rows -> "Caterpillar Inc 3rd quarter
    net"; "Renault paid", told by seven stories, one of them in its lead -> "Chrysler in
    deal to buy AMC"); else None.

    Args:
        articles: The corpus's articles.
        where: Article id -> its index in ``articles``.
        event: The event.
        corpus: How the corpus writes its words (a headline in capitals made readable).

    Returns:
        The headline, or None.
    """
    held = {x for m in event.mentions if (x := sentence_of(articles, where, m)) is not None}
    told = sorted({i for i, _ in held})
    lines: list[tuple[str, int]] = []
    for i in told:
        a = articles[i]
        if a.dateline is None:
            continue  # (a web page's headline may tease: "Deadly weekend on Mount Orvel")
        line = _headline_line(a)
        lead = dateline_sentence(a)
        if line and lead is not None and (i, lead) in held:
            lines.append((line, i))
    if not lines:
        return None
    return _most_told(lines, articles, corpus)


def _reporters(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]]
) -> set[str]:
    """Ids of the names the passages give only as who reported or was told: a news
    agency ("according to Kyodo", ``names.yaml`` ``news_agencies``), the one told ("a
    spokesman told the Clarion") or what reports ("the Daily Clarion reported"). Who told
    a happening does not tell it apart from another (:func:`tell_apart`)."""
    only: dict[str, bool] = {}
    for i, k in sentences:
        a = articles[i]
        told = {
            x.entity.start
            for t in a.triggers[k]
            for x in t.args
            if x.entity is not None
            and (
                (t.lemma == "tell" and x.role == "obj")
                or (t.lemma == "report" and x.role == "subj")
            )
        }
        for e in a.sentence_entities(k):
            if e.kb_id:
                reporter = e.start in told or news_agency(e.text)
                only[e.kb_id] = only.get(e.kb_id, True) and reporter
    return {n for n, reporter in only.items() if reporter}


def tell_apart(
    articles: Sequence[ArticleFeatures],
    events: Sequence[Event],
    where: Mapping[str, int] | None = None,
) -> list[str]:
    """One story's titles, those of events that would read the same told apart by what
    only one of them tells: the name its passages give most that no sibling's passages
    give, else a figure only it states ("Offer to Ann Roe (Northfield) · 2030-12"). Two
    titles read the same when their words do and the place and month of one are all the
    other gives ("Damage to the church · Alaska" beside "Damage to the church"); two
    months or two places tell them apart.

    Args:
        articles: The corpus's articles.
        events: The story's events.
        where: Article id -> its index in ``articles`` (made once by a caller that tells
            apart the events of many stories; made here when None).

    Returns:
        Their titles, in order (an event with nothing of its own keeps its title).
    """
    titles = [e.title for e in events]
    heads = [title.split(" · ") for title in titles]
    groups: dict[str, list[int]] = defaultdict(list)
    for x, (head, *_) in enumerate(heads):
        groups[head.casefold()].append(x)
    if all(len(members) < 2 for members in groups.values()):
        return titles
    if where is None:
        where = {a.article: i for i, a in enumerate(articles)}

    def read_alike(x: int, y: int) -> bool:
        mine, theirs = set(heads[x][1:]), set(heads[y][1:])
        return mine <= theirs or theirs <= mine

    for members in groups.values():
        if len(members) < 2:
            continue
        sentences = {
            x: [
                ik
                for ik in (sentence_of(articles, where, m) for m in events[x].mentions)
                if ik is not None
            ]
            for x in members
        }
        named: dict[int, Counter[str]] = {}
        for x in members:
            named[x] = Counter()
            for i, k in sentences[x]:
                named[x].update(articles[i].names[k])
        for x in members:
            title = titles[x]
            others = [y for y in members if y != x and read_alike(x, y)]
            if not others:
                continue
            theirs = {n for y in others for n in named[y]}
            reporters = _reporters(articles, sentences[x])
            own = (
                _display(articles, sentences[x], n)
                for _, n in sorted(
                    (-c, n) for n, c in named[x].items() if n not in theirs and n not in reporters
                )
            )
            figures = {f.text for y in others for f in events[y].figures}
            # (not a name the title gives, its place included, however it is written:
            # "NEW YORK" of a dateline beside "· New York")
            extra = next((n for n in own if n.casefold() not in title.casefold()), None) or next(
                (f.text for f in events[x].figures if f.text not in figures), None
            )
            if extra:
                body, dot, rest = title.partition(" · ")
                titles[x] = f"{body} ({' '.join(extra.split())})" + dot + rest
    return titles
