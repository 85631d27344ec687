"""Events of a small folder (a few articles on one story): the sentences' own evidence.

In a folder of a few articles corpus statistics (which triggers are rare, which ones the
story's leads share) say nothing. Two sentences of different articles are then one
happening when they tell it with one trigger concept (a lemma, a related form, or one
family of ``data/event_families.yaml``: halted / suspended / scrapped), they share a
specific participant or object (a name not nearly every article of the folder names: the
story's main entity is in every sentence; or content words, a light verb's own word aside:
"start making your Moves", "as reform moves forward"), and nothing sets them apart:
dates, figures of one unit (counts of one noun a hundredfold apart count other things:
a toll and a town's population), people or nations, ages, articles of different years (an
undated article's are the years it names, and meet another's within a year), headlines
about different subjects, who did it or to whom ("stopped Thompson", "stopped Rahman"),
its number among others of its kind ("the fourth election", "the first election").
A family's words count where the parse made no trigger ("the shelved IPO"); a headline and
its lead telling one family's happening are one event's passages; a heading or page
furniture tells nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from tui.core.events.acts import load_lexicon
from tui.core.events.acts import words as english_words
from tui.core.events.agglomerate import Linkage
from tui.core.events.features import (
    NAME_LABELS,
    ArticleFeatures,
    TriggerFeatures,
    name_variants,
    name_words,
    participants_conflict,
    periods_of,
)
from tui.core.events.figures import MEASURE, currencies_apart, figure_of, figures_agree
from tui.core.events.passages import in_furniture, is_attribution, without_refusals
from tui.core.model.schema import Figure, Sentence
from tui.core.nlp.dates import Period
from tui.core.nlp.names import AUTO_PREFIX, tokens_id
from tui.core.nlp.places import fold, gazetteer
from tui.core.nlp.quantities.lexer import read_number_token
from tui.core.nlp.quantities.lexicon import ORDINAL_WORDS
from tui.core.text.names import name_tokens
from tui.core.text.sentences import ends_as_sentence, section_heading
from tui.core.text.terms import blanked, light_stem

VOCABULARY_PATH = Path(__file__).parent / "data" / "event_families.yaml"
VOCABULARY_FORMAT = "newsreader-event-families/1"
#: A name this share of a folder's articles name (and at least three) is what the story
#: is about, not evidence that two of its sentences tell one happening.
COMMON_SHARE = 0.75
COMMON_MIN_ARTICLES = 3
#: How a small folder's mentions of one concept cluster (:mod:`tui.core.events.agglomerate`):
#: a mention joins an event it is linked to by two of its sentences (or one strongly),
#: not by most of them; average link let one report's headline, worded apart from the
#: others, keep a whole event from joining.
SMALL_LINKAGE: Linkage = "mink"
SMALL_LINKAGE_K = 2
#: The link of a headline and a lead sentence of one article that tell one kind of
#: happening (one concept, nothing that sets them apart).
SAME_ARTICLE_LEAD = 0.3
#: After paraphrases attach, a small folder's events sharing this share of the smaller
#: one's sentences (a sentence attached to both) are one happening's, unless their
#: sentences conflict.
SMALL_REBUNDLE = 0.5
#: Units of amounts written rounded (besides currencies, whose codes are upper case).
AMOUNT_UNITS = frozenset({"percent", "pp"})


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The general news vocabulary of small folders."""

    #: Lemma -> its family's key (``family:<first member>``).
    families: Mapping[str, str]
    #: Verbs that tell no happening of their own (say, be, have ...).
    not_events: frozenset[str]
    #: Light stem (:meth:`tui.core.events.acts.Lexicon.stem`) -> ``"up"`` or ``"down"``:
    #: the words of a move.
    directions: Mapping[str, str]
    #: Light stem -> its family's key: a family's words where the parse found no trigger
    #: ("Kestrel's shelved IPO", "the quake struck").
    stems: Mapping[str, str] = field(default_factory=dict)
    #: (Light stem, light stem) -> its family's key: two words in a row that tell a
    #: family's happening, where either alone tells another or none ("opened fire").
    phrases: Mapping[tuple[str, str], str] = field(default_factory=dict)
    #: Verbs of causing: their subject's happening is told as the cause of another.
    causes: frozenset[str] = frozenset()
    #: Verbs that, told in the present, state how things are (is serving, makes, holds).
    states: frozenset[str] = frozenset()
    #: Those that state how things are in the progressive too (is serving, is facing).
    ongoing: frozenset[str] = frozenset()
    #: Lemma -> (case, phase): one case's successive happenings (the act, the arrest, the
    #: trial, the sentence; :mod:`tui.core.events.phases`).
    phases: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: The words of many happenings of a kind (``series``, ``habitual``,
    #: ``one_in_plural``, ``one_occasion``; :mod:`tui.core.events.many`).
    many: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Verbs of :attr:`not_events` that tell a happening of their own when a thing is
    #: their object ("announced his nominee", not "announced that ...").
    with_object: frozenset[str] = frozenset()
    #: Light stems of a traded good's name (one word, or two) -> the good's key: its
    #: first name (:func:`goods`).
    goods: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    #: The two sides of each exchange (giving, taking: sell / buy): one happening told by
    #: each of its parties (large folders, :mod:`tui.core.events.happenings`).
    converses: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    #: Verbs of stating a view (predict, warn, urge): one doer's two such acts are two
    #: statements (:func:`tui.core.events.happenings._one_doer`).
    statements: frozenset[str] = frozenset()
    #: The families' members that tell their happening as nouns in any folder (every
    #: member but the ``not_words``): a corpus that writes "the quake", "the raid" or
    #: "a U.S. attack" far more often than the verb still reports a happening with it
    #: (:func:`tui.core.events.concepts.usable_triggers`).
    event_nouns: frozenset[str] = frozenset()
    #: Verbs of regarding a happening, its noun their object ("condemned the attack",
    #: "saw progress"): their subject is not who did it.
    regards: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The families and the verbs that are no events, read once.

    Returns:
        The vocabulary of ``data/event_families.yaml``.
    """
    data = yaml.safe_load(VOCABULARY_PATH.read_text(encoding="utf-8"))
    if data.get("format") != VOCABULARY_FORMAT:
        raise ValueError(f"{VOCABULARY_PATH}: format is not {VOCABULARY_FORMAT}")
    families = {
        str(lemma): f"family:{family[0]}" for family in data["families"] for lemma in family
    }
    lexicon = load_lexicon()
    directions = {
        lexicon.stem(str(word)): str(way)
        for way, words in data["directions"].items()
        for word in words
    }
    stems = {
        lexicon.stem(str(word)): f"family:{family[0]}"
        for family in data["families"]
        for word in family
        if str(word) not in data.get("not_words", ())
    }
    phrases = {}
    for phrase, member in data.get("phrases", {}).items():
        first, second = (lexicon.stem(w) for w in str(phrase).split())
        phrases[(first, second)] = families[str(member)]
    return Vocabulary(
        families,
        frozenset(str(v) for v in data["not_events"]),
        directions,
        stems,
        phrases,
        frozenset(str(v) for v in data.get("causes", ())),
        frozenset(str(v) for v in data.get("states", ())),
        frozenset(str(v) for v in data.get("ongoing", ())),
        {
            str(lemma): (case, phase)
            for case, steps in enumerate(data.get("phases", ()))
            for phase, lemmas in enumerate(steps)
            for lemma in lemmas
        },
        {
            str(kind): frozenset(str(w) for w in words)
            for kind, words in data.get("many", {}).items()
        },
        frozenset(str(v) for v in data.get("with_object", ())),
        {
            tuple(lexicon.stem(w) for w in str(name).split()): str(good[0])
            for good in data.get("goods", ())
            for name in good
        },
        tuple(
            (frozenset(str(w) for w in give), frozenset(str(w) for w in take))
            for give, take in data.get("converses", ())
        ),
        event_nouns=frozenset(families) - {str(w) for w in data.get("not_words", ())},
        statements=frozenset(str(v) for v in data.get("statements", ())),
        regards=frozenset(str(v) for v in data.get("regards", ())),
    )


#: A sentence of fewer content words is a heading ("The week in review", "Markets
#: digest"), not a report of a happening.
HEADING_WORDS = 3


def tells_nothing(features: ArticleFeatures, k: int) -> bool:
    """Whether a sentence reports no happening of its own: a heading too short to (a
    digest's title), a section's heading below the headline ("The Sector and Its
    Rivals", :func:`tui.core.text.sentences.section_heading`), or page furniture (a link
    to another story, a sign-up line).

    Args:
        features: The article.
        k: The sentence's index.

    Returns:
        True for fewer than :data:`HEADING_WORDS` content words, a section's heading,
        or furniture.
    """
    s = features.sentences[k]
    return (
        len(features.words[k]) < HEADING_WORDS
        or in_furniture(features.furniture, s.start, s.end)
        # (below a sentence of the body: the headlines above it tell its happening)
        or (
            section_heading(features.text, s.start, s.end)
            and any(_told(features, x) for x in features.sentences[:k])
        )
        or table_heading(features, k)
    )


#: A figure's digit: a table's row has one, its column heads none.
_DIGIT = re.compile(r"\d")


def table_heading(features: ArticleFeatures, k: int) -> bool:
    """Whether a sentence heads a table: a section's heading below the headlines, with no
    figure, whose next line, or the first after :data:`STACKED_HEADINGS` more headings at
    most, is no sentence of the body but a row of figures ("MONTHS LAST DIFFERENCE" over
    "Jul/May 3-1/4 over 3-1/2 over", "HEAVYWEIGHT TITLE FIGHTS" over "Joe Louis 26-1",
    "CENTS PER LB CHANGE" over "CHOICE STEERS" over "YIELD GRADE 3" over "500/550 88A
    unch"; not a site's heading over a report's first words). It names the columns, and
    tells no happening however its words parse ("difference", "change"), in the lead too.

    Args:
        features: The article.
        k: The sentence's index.

    Returns:
        True for such a heading.
    """
    sentences = features.sentences
    # (not a line of the headlines at the top: the segmenter marks any line in capitals
    # a headline, a table's heading too; unless the article is a table and no more, no
    # line of it a sentence of a body: then only its first line is its headline)
    if k == 0 or k + 1 >= len(sentences):
        return False
    if all(x.headline for x in sentences[: k + 1]) and any(_told(features, x) for x in sentences):
        return False

    def heading(x: Sentence) -> bool:
        return not _DIGIT.search(features.text[x.start : x.end]) and section_heading(
            features.text, x.start, x.end
        )

    if not heading(sentences[k]):
        return False
    # (over the row, more headings may stand: "CENTS PER LB CHANGE" over "CHOICE STEERS"
    # over "YIELD GRADE 3")
    j = k + 1
    while j < min(len(sentences) - 1, k + 1 + STACKED_HEADINGS) and heading(sentences[j]):
        j += 1
    row = sentences[j]
    # (a row: figures, and no sentence of the body)
    return bool(_DIGIT.search(features.text[row.start : row.end])) and not _told(features, row)


#: Headings that may stand between a table's heading and its first row.
STACKED_HEADINGS = 2


#: A sentence of the body: this many words at least, ending as a sentence does.
_BODY_WORDS = 8


def _told(features: ArticleFeatures, sentence: Sentence) -> bool:
    """Whether a sentence is one of the body's (a headline, a deck or a date line is not)."""
    text = features.text[sentence.start : sentence.end]
    return not sentence.headline and len(text.split()) >= _BODY_WORDS and ends_as_sentence(text)


def tells_no_body(features: ArticleFeatures) -> bool:
    """Whether an article has no sentence of a body under its headline: a table and no
    more (a company's results, a payout's dates, a market's prices), whose headline is
    all that says whose figures they are."""
    return not any(_told(features, s) for s in features.sentences)


def lead_of(features: ArticleFeatures, n: int) -> frozenset[int]:
    """An article's lead: its first ``n`` sentences that tell something, a page's date
    lines ("Posted 11/27/2005 7:21 AM", "11/28/05") and short headings before them left
    out.

    Args:
        features: The article.
        n: How many sentences the lead holds.

    Returns:
        The lead's sentence indexes.
    """
    out: list[int] = []
    for k in range(len(features.sentences)):
        if len(out) == n:
            break
        if not tells_nothing(features, k):
            out.append(k)
    return frozenset(out)


def is_family(key: str) -> bool:
    """Whether a concept key is a family of the vocabulary (general news words, not
    whatever noun the parse made a trigger).

    Args:
        key: A concept key.

    Returns:
        True for ``family:...`` keys.
    """
    return key.startswith("family:")


def word_families(text: str) -> frozenset[str]:
    """The families whose words a sentence uses, whether or not the parse made them
    triggers (an adjective "shelved", a subject "the quake"), and those of its phrases
    ("opened fire": a shooting).

    Args:
        text: The sentence.

    Returns:
        Family keys (``family:<first member>``).
    """
    words = vocabulary()
    lexicon = load_lexicon()
    # (a refusal to speak is no fall: "declined to comment")
    stems = [lexicon.stem(w) for w in english_words(without_refusals(text))]
    out = {f for stem in stems if (f := words.stems.get(stem))}
    out.update(f for pair in pairwise(stems) if (f := words.phrases.get(pair)))
    return frozenset(out)


#: Names whose words tell no happening of the family they spell ("Pledges Recovery
#: Center", "Fine Arts Museum", a person called Storm): an event's own name
#: ("Hurricane Katrina", EVENT) still tells one.
_NAME_ONLY = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"})


def without_names(features: ArticleFeatures, k: int, text: str) -> str:
    """A sentence's text (:meth:`ArticleFeatures.sentence_text`, maybe with words blanked
    already) with the names it gives blanked, for finding the families of the happenings
    it tells in its words: "has entered the Promise Clinic" promises nothing.

    Args:
        features: The article.
        k: The sentence's index.
        text: The sentence's text, of its length.

    Returns:
        The text, of the same length, the names' characters made blanks.
    """
    sentence = features.sentences[k]
    if sentence.headline:
        # (the parse takes words of a headline's capitals for names: "40 Hurt",
        # "Plant Shooting", "Gem Heist")
        return text
    names = ((e.start, e.end) for e in features.sentence_entities(k) if e.label in _NAME_ONLY)
    return blanked(text, names, sentence.start)


def direction(text: str) -> str | None:
    """The one direction of a move a sentence tells (``"up"`` or ``"down"``), if it
    tells one only.

    Args:
        text: The sentence.

    Returns:
        ``"up"``, ``"down"``, or None when it tells neither or both ("rose after falling").
    """
    table = vocabulary().directions
    lexicon = load_lexicon()
    # (not a move word inside a compound: "pin-up icon", "a run-up", "follow-up"; nor a
    # refusal to speak: "declined to comment")
    text = _COMPOUND.sub(" ", without_refusals(text))
    ways = {way for w in english_words(text) if (way := table.get(lexicon.stem(w))) is not None}
    return next(iter(ways)) if len(ways) == 1 else None


def goods(text: str) -> frozenset[str]:
    """The traded goods a text names (the vocabulary's ``goods``), a two-word name
    before its words alone ("CBT SOYBEAN OIL SPREADS" names soybean oil, not soybeans),
    none inside a hyphenated compound.

    Args:
        text: A headline, or any text.

    Returns:
        The goods' keys (their first names: "corn" for "maize").
    """
    table = vocabulary().goods
    lexicon = load_lexicon()
    # (not inside a compound: "gas-oil stakes" are gas and oil, "coffee-growing")
    stems = [lexicon.stem(w) for w in english_words(_COMPOUND.sub(" ", text))]
    out = set()
    x = 0
    while x < len(stems):
        if (good := table.get(tuple(stems[x : x + 2]))) is not None:
            out.add(good)
            x += 2
            continue
        if (good := table.get((stems[x],))) is not None:
            out.add(good)
        x += 1
    return frozenset(out)


def named_goods(text: str, names: Iterable[str]) -> frozenset[str]:
    """The goods ``text`` names (:func:`goods`) inside a company's name ("BETHLEHEM STEEL
    <BS> ...", "PIONEER SUGAR SAYS ..."): a name's good written beside another of the
    name's words, as in the name. A name that is a good alone ("CORN", a headline's
    capitals read as a person) or that ``text`` does not write ("BRAZIL SOYBEAN MEAL", a
    table's row read as a company) holds none of its goods.

    Args:
        text: A headline, or any text.
        names: The texts of the names an article gives (anywhere in it).

    Returns:
        The goods' keys, of those ``text`` names.
    """
    found = goods(text)
    if not found:
        return frozenset()
    written = english_words(text)
    beside = set(zip(written, written[1:], strict=False))
    out: set[str] = set()
    for name in names:
        mine = english_words(name)
        for x, y in zip(mine, mine[1:], strict=False):
            # (a good and a word of no good, "bethlehem steel"; not a good of two words,
            # "soybean meal")
            one, other = goods(x), goods(y)
            if (x, y) in beside and bool(one) != bool(other) and goods(f"{x} {y}") == one | other:
                out |= one | other
    return frozenset(out) & found


def goods_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two texts name different goods, neither's all the other's: "corn futures" and
    "soybean futures" (not "corn and wheat exports" and "corn exports")."""
    return bool(a and b) and not (a <= b or b <= a)


#: A word joined to others by hyphens ("pin-up", "run-up", "higher-than-expected",
#: "follow-up"): a compound, whose move words tell no move.
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


@lru_cache(maxsize=8192)
def _way(lemma: str) -> str | None:
    """The direction of a move a trigger's lemma tells, if it is a move's word."""
    return vocabulary().directions.get(load_lexicon().stem(lemma))


#: A word followed by "to" and what comes next (an infinitive, or a level: "fell to 5%").
_TO_NEXT = re.compile(r"[A-Za-z]+\s+to\s+")


def refuses(trigger: TriggerFeatures, triggers: Sequence[TriggerFeatures], text: str) -> bool:
    """Whether a move's word governs a to-infinitive and so tells no move: "declined to
    give figures", "declined to comment" (a move goes *to* a level: "fell to 5 pct").

    Args:
        trigger: One of the sentence's triggers.
        triggers: The sentence's triggers (the parse's infinitive is one of them).
        text: The article's text (the triggers' offsets are into it).

    Returns:
        True when the trigger is a word of a move directly followed by "to" and a verb
        the parse makes its open complement (``xcomp``).
    """
    if _way(trigger.lemma) is None:
        return False
    m = _TO_NEXT.match(text, trigger.start)
    return m is not None and any(
        u.start == m.end() and u.pos == "VERB" and u.dep == "xcomp" for u in triggers
    )


def move_direction(triggers: Sequence[TriggerFeatures], text: str) -> str | None:
    """The one direction of a move a sentence's triggers tell (large folders: the parse
    says which words tell a move; "the rising dollar" only describes, "did not fall" and
    "declined to comment" tell none).

    Args:
        triggers: The sentence's triggers.
        text: The article's text (the triggers' offsets are into it).

    Returns:
        ``"up"``, ``"down"``, or None when they tell neither or both.
    """
    ways = {
        way
        for t in triggers
        if t.dep != "amod"
        and not t.neg
        and (way := _way(t.lemma)) is not None
        and not refuses(t, triggers, text)
    }
    return next(iter(ways)) if len(ways) == 1 else None


def moves_apart(a: str | None, b: str | None) -> bool:
    """Two sentences each tell one direction of a move, not the same one: different
    moves (a rise and a decline, a raise and a cut).

    Args:
        a: One sentence's direction (:func:`direction`, :func:`move_direction`).
        b: The other's.

    Returns:
        True when both are known and differ.
    """
    return a is not None and b is not None and a != b


#: The particles of a phrasal verb, as written right after it (a reflexive pronoun
#: between: "checked herself into"), that tell which way it goes.
_PARTICLE = re.compile(
    r"[A-Za-z]+(?:\s+(?:herself|himself|themselves|itself|myself|yourself))?\s+"
    r"(into|in|out|up|down)\b",
    re.IGNORECASE,
)
#: Each way's opposite: "checked into" / "checked out of", "stepped up" / "stepped down".
_OPPOSITE_WAYS = {"in": "out", "out": "in", "up": "down", "down": "up"}


def particle_way(text: str, trigger: TriggerFeatures) -> str | None:
    """The way a verb's particle written right after it tells (``in``, ``out``, ``up``,
    ``down``; "into" is ``in``), or None.

    Args:
        text: The article's text (the trigger's offset is into it).
        trigger: A trigger.

    Returns:
        The way, or None for a noun or a verb with none of those words after it.
    """
    if trigger.pos != "VERB":
        return None
    m = _PARTICLE.match(text, trigger.start)
    if m is None:
        return None
    word = m.group(1).lower()
    return "in" if word == "into" else word


def ways_apart(a: Collection[str], b: Collection[str]) -> bool:
    """Two mentions of one verb whose particles go opposite ways, and none the same way:
    two acts ("checked out of the clinic" and "checked into the clinic", "stepped down"
    and "stepped up").

    Args:
        a: The ways one mention's triggers go (:func:`particle_way`).
        b: The other's.

    Returns:
        True when they share no way and one goes against the other.
    """
    return not set(a) & set(b) and any(_OPPOSITE_WAYS[x] in b for x in a)


def small_triggers(
    triggers: Sequence[TriggerFeatures], usable: Sequence[TriggerFeatures]
) -> list[TriggerFeatures]:
    """The triggers of a sentence that can anchor an event in a small folder.

    Verbs that tell no happening (say, be, have ...) never do where nothing is rare; a
    verb of a family is never a light verb ("scrapped its listing": scrap, and listing),
    nor is one whose object is a happening only by its date ("to host 2031 Velmy Awards":
    hosting is the act, and another report names the awards with no year);
    a noun of a happening (the ``many`` block's ``kinds``: "a fire", "a blast") the
    lexicon also has as a verb anchors one though a folder this small never shows how it
    uses the word (:func:`~tui.core.events.concepts.usable_triggers` dropped it).

    Args:
        triggers: The sentence's triggers.
        usable: Those :func:`tui.core.events.concepts.usable_triggers` keeps.

    Returns:
        The triggers kept, in order.
    """
    words = vocabulary()
    kept = {t.start for t in usable}
    kinds = words.many.get("kinds", frozenset())
    dated = {t.start for t in triggers if t.basis == "dated-noun"}
    return [
        t
        for t in triggers
        if (
            t.lemma not in words.not_events
            or (t.lemma in words.with_object and any(a.role == "obj" for a in t.args))
        )
        and (
            t.start in kept
            or (t.pos == "VERB" and t.lemma in words.families)
            or (t.pos != "VERB" and t.lemma in kinds)
            or (t.pos == "VERB" and any(a.role == "obj" and a.start in dated for a in t.args))
        )
    ]


def told_in_passing(
    triggers: Sequence[TriggerFeatures], told: Iterable[str], concepts: Mapping[str, str]
) -> bool:
    """Whether a sentence names a happening only as a part of another it reports: the
    happening's word is an argument of another verb or noun that tells something ("the
    strike forced airlines to cancel flights", "the ban led to protests", "the drop
    followed a profit warning", "money committed to the listing"). Verbs that tell
    nothing ("the meeting comes as ...", "told reporters after the meeting") do not count.

    Args:
        triggers: The sentence's triggers.
        told: The happening's concept keys.
        concepts: Lemma -> concept key of the folder's triggers (families joined).

    Returns:
        True when another trigger takes the happening's word as its argument.
    """
    words = vocabulary()
    keys = set(told)

    def concept(lemma: str) -> str:
        return concepts.get(lemma) or words.families.get(lemma) or lemma

    return any(
        concept(arg.lemma) in keys
        for t in triggers
        if t.lemma not in words.not_events and concept(t.lemma) not in keys
        for arg in t.args
    )


#: A happening named again as one already told: "the meeting", "this attack".
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+([A-Za-z][\w-]*)", re.IGNORECASE)
_BEFORE_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


def told_as_known(
    features: ArticleFeatures,
    k: int,
    triggers: Sequence[TriggerFeatures],
    concepts: Mapping[str, str],
) -> frozenset[str]:
    """The concepts a sentence names as a happening already told: a trigger or a family's
    word after "the", "this" or "that" ("the meeting comes as ...", "the quake was
    centred near ..."), not one told afresh ("open to talks").

    Args:
        features: The article.
        k: The sentence's index.
        triggers: The sentence's triggers.
        concepts: Lemma -> concept key of the folder's triggers (families joined).

    Returns:
        Concept keys.
    """
    s = features.sentences[k]
    text = features.text
    out = {
        concepts.get(t.lemma, t.lemma)
        for t in triggers
        if _BEFORE_DEFINITE.search(text[max(s.start, t.start - 6) : t.start])
    }
    lexicon = load_lexicon()
    table = vocabulary().stems
    for m in _DEFINITE.finditer(features.sentence_text(k)):
        if (key := table.get(lexicon.stem(m[1].lower()))) is not None:
            out.add(key)
    return frozenset(out)


def join_families(concepts: Mapping[str, str]) -> dict[str, str]:
    """Trigger concepts with the members of one family made one concept.

    Args:
        concepts: Lemma -> concept key (:func:`tui.core.events.concepts.concept_map`).

    Returns:
        Lemma -> concept key, a family's key for every lemma of a concept one of whose
        lemmas (or whose key) is in a family.
    """
    families = vocabulary().families
    joined: dict[str, str] = {}
    for lemma, key in sorted(concepts.items()):
        family = families.get(lemma) or families.get(key)
        if family is not None:
            joined.setdefault(key, family)
    return {lemma: joined.get(key, key) for lemma, key in concepts.items()}


def in_dateline(features: ArticleFeatures, start: int) -> bool:
    """Whether an offset is inside the article's dateline (``ATHENS, April 9 (Wire) -``):
    where the copy was filed, named by every story of a wire, not a participant.

    Args:
        features: The article.
        start: An offset into its text.

    Returns:
        True inside the dateline.
    """
    span = features.dateline
    return span is not None and span[0] <= start < span[1]


#: A compound that makes a nation's name describe a thing, not people: "an
#: Italian-flagged tanker", "a German-built engine", "a Texas-based firm".
_DESCRIBES_A_THING = re.compile(
    r"[-‐–](?:flagged|registered|owned|based|made|built|listed|operated)\b",
    re.IGNORECASE,
)
#: A person noun after a name the parse took for a person's: the name is where that
#: person is from ("a 70-year-old Brellow woman", "a Calder man").
_HOME_OF_A_PERSON = re.compile(
    r"\s+(?:man|woman|men|women|mother|father|boy|girl|teen|teenager|resident|residents"
    r"|native|couple)\b"
)


def name_keys(
    features: ArticleFeatures,
    labels: frozenset[str] = NAME_LABELS,
    sources: bool = True,
    things: bool = True,
) -> list[frozenset[str]]:
    """The names of each sentence as comparable keys: the ``kb_id``, else the id of the
    name's tokens (a place the model left without one: "Qeshm").

    Args:
        features: The article.
        labels: The labels of the names kept.
        sources: Whether names told as a report's source ("her agent Mark Roesler
            said", "according to police": :func:`~tui.core.events.passages.is_attribution`)
            are kept.
        things: Whether names that describe something else are kept: a nation's
            opening a compound that describes a thing ("an Italian-flagged tanker"), a
            person's before a person noun ("a Brellow woman": her town).

    Returns:
        One set of keys per sentence.
    """
    out: list[set[str]] = [set() for _ in features.sentences]
    k = 0
    for e in features.entities:  # sorted by start, like the sentences
        if e.label not in labels:
            continue
        while k < len(features.sentences) and features.sentences[k].end <= e.start:
            k += 1
        if k == len(features.sentences):
            break
        if features.sentences[k].start <= e.start and not in_dateline(features, e.start):
            if not sources and is_attribution(features.text, e.start, e.end):
                continue
            if not things and (
                _DESCRIBES_A_THING.match(features.text, e.end)
                or (e.label == "PERSON" and _HOME_OF_A_PERSON.match(features.text, e.end))
            ):
                continue
            tokens = name_tokens(e.text)
            key = e.kb_id or (tokens_id(tokens) if tokens else None)
            if key:
                out[k].add(key)
    return [frozenset(s) for s in out]


#: Who it happened to, by kind: two sentences naming different people, or people of
#: different nations ("a British climber", "an Australian climber"), tell different
#: happenings.
PEOPLE_LABELS = ("PERSON", "NORP")
#: A person's age as news writes it ("a 36-year-old climber").
_AGE = re.compile(r"\b(\d{1,3})-year-old\b")


#: Who a happening is done to, as its trigger's object ("stopped Thompson", "the
#: stoppage of Rahman"): a person (an organisation as an object is often a thing done
#: with, "joined the club", and kept tune recall down when it counted).
OBJECT_LABELS = frozenset({"PERSON"})


def done_to(trigger: TriggerFeatures) -> list[str]:
    """The names a trigger's happening is done to: its object's, or for a noun the name
    after "of" ("the stoppage of Rahman").

    Args:
        trigger: The trigger.

    Returns:
        The ``kb_id`` of each such name, in order.
    """
    return [
        e.kb_id
        for arg in trigger.args
        if (e := arg.entity) is not None
        and e.kb_id
        and e.label in OBJECT_LABELS
        and (arg.role == "obj" or (trigger.pos != "VERB" and arg.role == "prep:of"))
    ]


def ordinals(trigger: TriggerFeatures) -> list[int]:
    """The ordinals that number a trigger's happening among others of its kind ("the
    country's fourth parliamentary election", "the 4th election").

    Args:
        trigger: The trigger.

    Returns:
        The numbers its modifiers give, in order.
    """
    out = []
    for arg in trigger.args:
        if arg.role != "mod":
            continue
        word = arg.lemma.lower()
        lex = read_number_token(word)
        if word in ORDINAL_WORDS:
            out.append(ORDINAL_WORDS[word])
        elif lex is not None and lex.kind == "ORD" and lex.value is not None:
            out.append(int(lex.value))
    return out


def people_keys(features: ArticleFeatures) -> list[frozenset[str]]:
    """The people each sentence names, as keys ``LABEL|key`` (:func:`name_keys`): not
    those told as its source ("her agent Mark Roesler said"), whom nothing happened to.

    Args:
        features: The article.

    Returns:
        One set of keys per sentence.
    """
    out: list[set[str]] = [set() for _ in features.sentences]
    for label in PEOPLE_LABELS:
        for k, keys in enumerate(
            name_keys(features, frozenset({label}), sources=False, things=False)
        ):
            out[k].update(f"{label}|{key}" for key in keys)
    # (a sentence that names nations names those of its organisations too: "the Greek
    # Coast Guard held nine Turkish smugglers" names Greeks beside Turks; a sentence that
    # names no nation is left as it is, so this only ever finds nations in common)
    demonyms = gazetteer().demonyms
    for k, keys in enumerate(name_keys(features, _NATIONAL_BODIES, sources=False)):
        if any(x.startswith("NORP|") for x in out[k]):
            for key in keys:
                first = key.removeprefix(AUTO_PREFIX).partition("-")[0]
                if fold(first) in demonyms:
                    out[k].add(f"NORP|{tokens_id((first,))}")
    return [frozenset(s) for s in out]


#: Names of bodies a nation's name may open ("the Greek Coast Guard", "Italian Navy").
_NATIONAL_BODIES = frozenset({"ORG"})


def people_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two sentences name people of one kind (persons, or nations) and none of one side's
    can be one of the other's (a name spelt two ways is one: "Duncan Rait" / "Duncan
    Raite", :func:`~tui.core.events.features.name_variants`; a nation named in the plural
    is the one named in the singular, "Greeks" / "Greek": :func:`_one_people`).

    Args:
        a: One sentence's :func:`people_keys`.
        b: The other's.

    Returns:
        True when they conflict.
    """
    for label in PEOPLE_LABELS:
        x = [k.partition("|")[2] for k in a if k.startswith(label + "|")]
        y = [k.partition("|")[2] for k in b if k.startswith(label + "|")]
        same = _one_people if label == "NORP" else name_variants
        if participants_conflict(x, y, same):
            return True
    return False


def _one_people(a: str, b: str) -> bool:
    """Two nations' ids that may name one people: :func:`name_variants`, or the same
    words in the singular ("Greeks" / "Greek", "Central Asians" / "Asian")."""
    if name_variants(a, b):
        return True
    wa, wb = ({light_stem(w) for w in name_words(x)} for x in (a, b))
    return wa <= wb or wb <= wa


def firm_people(per_article: Mapping[int, list[frozenset[str]]]) -> dict[int, list[frozenset[str]]]:
    """The people a folder's sentences name (:func:`people_keys`), without the one-word
    persons that are no word of a fuller person's name the folder gives: an award, a
    brand or a capitalised word the parse took for a person ("the Velmy host", "Quits
    Post"), no firm ground for keeping two sentences apart. A surname whose full name
    the folder gives stays ("Ruiz" beside "Ana Ruiz").

    Args:
        per_article: Each article's :func:`people_keys`, by its position.

    Returns:
        The same, the one-word persons of no fuller name left out.
    """
    person = PEOPLE_LABELS[0] + "|"

    def words(key: str) -> list[str]:
        return key.removeprefix(person).removeprefix(AUTO_PREFIX).split("-")

    fuller = {
        w
        for sentences in per_article.values()
        for keys in sentences
        for key in keys
        if key.startswith(person) and len(words(key)) > 1
        for w in words(key)
    }

    def firm(key: str) -> bool:
        return not key.startswith(person) or len(words(key)) > 1 or words(key)[0] in fuller

    return {
        i: [frozenset(k for k in keys if firm(k)) for keys in sentences]
        for i, sentences in per_article.items()
    }


def common_names(per_article: Iterable[Iterable[frozenset[str]]]) -> frozenset[str]:
    """The names most articles of a folder name: what the story is about.

    Args:
        per_article: Each article's name keys per sentence.

    Returns:
        The keys named by at least :data:`COMMON_SHARE` of the articles (and at least
        :data:`COMMON_MIN_ARTICLES`).
    """
    count: Counter[str] = Counter()
    n = 0
    for sentences in per_article:
        n += 1
        count.update(set().union(*sentences))
    need = max(COMMON_MIN_ARTICLES, math.ceil(COMMON_SHARE * n))
    return frozenset(x for x, c in count.items() if c >= need)


#: An undated report's years are those its dates name (what it recalls, not when it was
#: told): its years and another report's are apart only when none is within this many
#: years of one of the other's (a trial's report, undated, names the year before, when
#: the shooting it recalls was).
UNDATED_YEARS_SLACK = 1


def report_years(features: ArticleFeatures) -> frozenset[int]:
    """The years a report of a small folder is of, for :func:`years_apart`: its date's;
    for an undated report whose headline and lead state a year of their own
    (:func:`~tui.core.events.features.told_year`), every year its dates name; else none.

    An undated report whose lead states no year may be of any: the years its later
    paragraphs name are its happening's history as often as its time ("In 2008,
    Halvorsen stopped Mbeki in the 11th round", in a report of their rematch).

    Args:
        features: The report.

    Returns:
        Its years, or none when it says nothing of when it was told.
    """
    if features.date is None and features.told is None:
        return frozenset()
    return features.years


def years_apart(a: Collection[int], b: Collection[int], both_dated: bool) -> bool:
    """Whether two reports are of different years: each states some, and none meet (for
    two dated reports, their dates' years; else within :data:`UNDATED_YEARS_SLACK`).

    Args:
        a: One report's years (its date's, else every year its dates name).
        b: The other's.
        both_dated: Both reports carry a date of their own.

    Returns:
        True when both state years and none of one side's meets one of the other's.
    """
    slack = 0 if both_dated else UNDATED_YEARS_SLACK
    return bool(a and b) and not any(abs(x - y) <= slack for x in a for y in b)


#: A date this precise (days) or better says when a happening was, not a season.
PRECISE_DAYS = 31


def dated_alike(a: Sequence[Period], b: Sequence[Period], tolerance: int) -> bool:
    """Both triggers are dated to within a month and the dates meet (within
    ``tolerance`` days): a background clause recalling a happening, told in another
    sub-story of the folder, is a passage of it when it says when.

    Args:
        a: One trigger's periods.
        b: The other's.
        tolerance: Days two periods may miss each other by.

    Returns:
        True when some precise period of each side meets one of the other's.
    """
    return any(
        x.end - x.start <= PRECISE_DAYS
        and y.end - y.start <= PRECISE_DAYS
        and x.start - tolerance <= y.end
        and y.start - tolerance <= x.end
        for x in a
        for y in b
    )


#: Dependencies of a clause or an appositive that describes a participant ("Ruth Park, who
#: won the prize in 1977, dies at 91"; "the plan announced in 2019"; "Thomas, the club's
#: leading rusher in 2009, was put on injured reserve"): its dates are its own happening's.
DESCRIBING_CLAUSES = frozenset({"relcl", "acl", "appos"})


def described_dates(features: ArticleFeatures, k: int) -> frozenset[int]:
    """Where the DATE names of sentence ``k`` that a clause describing a participant holds
    start (:data:`DESCRIBING_CLAUSES`): the sentence's own happening is not dated by them."""
    return frozenset(
        arg.entity.start
        for t in features.triggers[k]
        if t.dep in DESCRIBING_CLAUSES
        for arg in t.args
        if arg.entity is not None and arg.entity.label == "DATE"
    )


def sentence_periods(
    features: ArticleFeatures, k: int, max_days: int, described: bool = True
) -> list[Period]:
    """When a sentence says its happening was, where the parse tied no date to a trigger
    ("met the heads of five banks on Tuesday": the day hangs off "banks"): the periods of
    its DATE names, the dateline's left out, and unless ``described`` those of a clause
    describing a participant (:func:`described_dates`).

    Args:
        features: The article.
        k: The sentence's index.
        max_days: Periods vaguer than this say nothing.
        described: Whether the dates of a clause describing a participant count (a
            small folder leaves them out; in wire copy "the rights, which separate on
            April 20" dates the story's happening as often).

    Returns:
        The periods, in order.
    """
    out = []
    left_out = frozenset() if described else described_dates(features, k)
    for e in features.sentence_entities(k):
        if e.label == "DATE" and not in_dateline(features, e.start) and e.start not in left_out:
            period = periods_of(e.value, max_days)
            if period is not None:
                out.append(period)
    return out


def sentence_figures(features: ArticleFeatures, k: int) -> tuple[Figure, ...]:
    """The figures the sentence states: every quantity with a value and a unit.

    Args:
        features: The article.
        k: The sentence's index.

    Returns:
        Its figures, in order.
    """
    out = []
    for q in features.sentence_quantities(k):
        figure = figure_of(features.article, q)
        if figure is not None and figure.unit:
            out.append(figure)
    text = features.sentence_text(k)
    for m in _AGE.finditer(text):
        out.append(Figure(article=features.article, text=m.group(), value=int(m[1]), unit="age"))
    return tuple(out)


def sentence_figures_conflict(
    a: Sequence[Figure], b: Sequence[Figure], other_things: bool = False
) -> bool:
    """Two sentences state figures of one unit and none of one side's can be one of the
    other's (a 5.6 quake and a 6.1 one; five hurt and ten hurt), nor is one count the sum
    of two of the other's ("shot three people", "killed one and wounded two"), or both
    state sums and each only in currencies the other names none of
    (:func:`currencies_apart`).

    Sums and percentages agree as :func:`tui.core.events.figures.figures_agree` says (a
    round "$10 billion" allows what rounds to it); counts of things written exactly are
    exact ("10 people" is not five).

    Args:
        a: One sentence's figures.
        b: The other's.
        other_things: Counts of one noun :data:`OTHER_THINGS` times apart or more count
            other things and set nothing apart (small folders: a toll of "10 people" beside
            an island "home to 120,000 people"; three people hurt beside 400 people evacuated);
            and beside a measure both state alike (a 5.6 quake), no count sets them apart:
            a toll is revised from report to report.

    Returns:
        True when some unit both state has no agreeing pair.
    """
    ka = [(k, x) for x in a if (k := _kind(x)) is not None]
    kb = [(k, y) for y in b if (k := _kind(y)) is not None]
    # (sums in currencies the other names none of: two issues, not one told twice)
    money_a = {k for k, _ in ka if k.isupper()}
    money_b = {k for k, _ in kb if k.isupper()}
    if money_a and money_b and all(currencies_apart(u, v) for u in money_a for v in money_b):
        return True
    if other_things and any(k == m == MEASURE and _agree(k, x, y) for k, x in ka for m, y in kb):
        # (one measure both state, "a 5.6 quake": counts that differ are a toll revised
        # from one report to the next, "injuring two people", "injuring five people")
        return False
    for kind in {k for k, _ in ka} & {k for k, _ in kb}:
        xs = [x for k, x in ka if k == kind]
        ys = [y for m, y in kb if m == kind]
        if not any(_agree(kind, x, y, other_things) for x in xs for y in ys) and not (
            _sum_of_two(kind, xs, ys) or _sum_of_two(kind, ys, xs)
        ):
            return True
    return False


def _sum_of_two(kind: str, parts: Sequence[Figure], totals: Sequence[Figure]) -> bool:
    """A count of one side is the sum of two counts of the same thing on the other: "shot
    three people" beside "killed one and injured two"; "80 hurt" beside "10 killed, 70
    wounded" (sums of money, percentages and measures are not counts)."""
    if kind.isupper() or kind in AMOUNT_UNITS or kind == MEASURE:
        return False
    # (two different counts: "five hurt" in a headline and in its lead are one count)
    values = sorted({x.value for x in parts if x.value is not None and x.qualifier == "exact"})
    return any(
        y.value is not None and y.value == values[i] + values[j]
        for y in totals
        for i in range(len(values))
        for j in range(i + 1, len(values))
    )


def shared_figures(a: Sequence[Figure], b: Sequence[Figure], counts_only: bool = False) -> int:
    """How many kinds of figure two sentences state alike: the same count of the same
    thing ("12 people", "12 people"), one measure (a 5.9 quake), one percentage (as
    rounding allows), one age. Evidence of one happening, as a shared name is (sums of
    money are not: a deal's size is told of each thing that happens to it).

    A count of fewer than :data:`MIN_SHARED_COUNT` things, and a whole number whose noun
    was not found, say nothing.

    Args:
        a: One sentence's own figures (:func:`sentence_figures`).
        b: The other's.
        counts_only: Only counts of a thing named ("six units", "12 people"): two
            percentages or measures alike may be two markets' moves of one size.

    Returns:
        The number of kinds with a pair of figures that match.
    """

    def kinds(figures: Sequence[Figure]) -> list[tuple[str, Figure]]:
        out = []
        for x in figures:
            kind = _kind(x)
            if kind is None or (
                counts_only and (kind in AMOUNT_UNITS or kind == MEASURE or kind.isupper())
            ):
                continue
            out.append((kind, x))
        return out

    ka, kb = kinds(a), kinds(b)
    return sum(
        1
        for kind in {k for k, _ in ka} & {k for k, _ in kb}
        if any(_match(kind, x, y) for k, x in ka if k == kind for m, y in kb if m == kind)
    )


#: Two counts of one noun this many times apart count other things: a toll of "10
#: people" and a town "home to 120,000 people"; "three people hurt" and "400 people evacuated" (a
#: toll grows from report to report, not a hundredfold).
OTHER_THINGS = 100


def counts_other_things(x: Figure, y: Figure) -> bool:
    """Whether two counts are of another order of magnitude (:data:`OTHER_THINGS` times
    apart or more), so of other things, not two reports of one count.

    Args:
        x: One count.
        y: The other (of the same noun).

    Returns:
        True when both are positive and the larger is at least :data:`OTHER_THINGS` times
        the smaller.
    """
    small, large = sorted((x.value or 0.0, y.value or 0.0))
    return small > 0 and large >= OTHER_THINGS * small


#: A quake's magnitude (the unit extraction gives "5.9 magnitude", "6.1 on the Richter
#: scale") as first reports and agencies state it: one quake's differ by up to
#: :data:`QUAKE_SPREAD` (a national centre's 5.9, an agency's 6.1), so magnitudes that
#: close set two reports apart no more than a revised toll does; a 5.6 and a 6.1 are two
#: quakes.
QUAKE_UNIT = "magnitude"
QUAKE_SPREAD = 0.3

#: A count of fewer things ("one person", "two sides") is too common to be evidence.
MIN_SHARED_COUNT = 2
#: Qualifiers of a figure written as a bound ("at least 10", "over 50%").
BOUNDS = frozenset({"ge", "gt", "le", "lt"})


def _match(kind: str, x: Figure, y: Figure) -> bool:
    if kind.isupper():
        # (a sum describes the thing as much as the happening: a deal's size is restated
        # beside its launch, its halt and its pricing)
        return False
    if x.qualifier in BOUNDS or y.qualifier in BOUNDS:
        # (a bound states its number, not every one it allows: "at least 5.9" is 5.9,
        # "over 50%" is not "almost 75%")
        return x.value is not None and x.value == y.value
    if kind in AMOUNT_UNITS or kind == MEASURE:
        unit = {"unit": kind}
        return figures_agree(x.model_copy(update=unit), y.model_copy(update=unit)) is True
    return x.value is not None and x.value == y.value and x.value >= MIN_SHARED_COUNT


def with_lead(own: Sequence[Figure], lead: Sequence[Figure]) -> tuple[Figure, ...]:
    """A sentence's figures, with its article's lead figures of the kinds it does not
    state: "the quake" of a later sentence is the lead's 5.6 one, "killed" its toll.

    Args:
        own: The sentence's figures (:func:`sentence_figures`).
        lead: Those of its article's lead sentences (:func:`lead_of`) that tell its
            happening.

    Returns:
        Its own figures, then the lead's of other kinds.
    """
    kinds = {_kind(x) for x in own}
    return (*own, *(y for y in lead if _kind(y) not in kinds))


def _kind(x: Figure) -> str | None:
    """What a figure measures, for comparing: its unit; a number with decimals that
    counts no thing (``5.9``, ``5.9 magnitude``) is a measure; a whole number whose noun
    extraction did not find (unit ``count``) says nothing."""
    unit = x.unit or ""
    if unit.isupper() or unit in AMOUNT_UNITS or x.value is None:
        return unit or None
    if x.value != int(x.value):
        return MEASURE
    return None if unit == "count" else unit


def _agree(kind: str, x: Figure, y: Figure, other_things: bool = False) -> bool:
    if kind.isupper() or kind in AMOUNT_UNITS:
        return figures_agree(x, y) is not False
    if kind == MEASURE:
        if x.unit == y.unit == QUAKE_UNIT and x.value is not None and y.value is not None:
            return abs(x.value - y.value) <= QUAKE_SPREAD + 1e-9
        return (
            figures_agree(x.model_copy(update={"unit": kind}), y.model_copy(update={"unit": kind}))
            is not False
        )
    # A count grows from report to report (a toll, arrests): a smaller count written as a
    # lower bound ("at least three") allows any larger one.
    small, large = (x, y) if (x.value or 0) <= (y.value or 0) else (y, x)
    if small.qualifier in ("ge", "gt"):
        return True
    if other_things and counts_other_things(small, large):
        return True
    if x.qualifier == y.qualifier == "exact":
        return x.value == y.value
    return figures_agree(x, y) is not False


def sentence_idf(articles: Sequence[ArticleFeatures], block: Sequence[int]) -> dict[str, float]:
    """The idf of content words over the sentences of a small folder (over its few
    articles every word the story is about would weigh nothing, and so would the words two
    reports of one happening share).

    Args:
        articles: The corpus's articles.
        block: The folder's (story's) articles.

    Returns:
        Word -> log(sentences / sentences with the word).
    """
    df: Counter[str] = Counter()
    n = 0
    for i in block:
        for words in articles[i].words:
            n += 1
            df.update(set(words))
    return {w: math.log(n / c) for w, c in df.items()}
