"""What linking knows of an article: its words, names, dates, triggers, main participants.

Everything here comes from the stored annotation and the article's text (no model).
The parameters of the whole linker are in :class:`Params`; they were chosen on the
ECB+ development topics 1-25 (``bench/event_linking.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import mul
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from tui.core.events.figures import (
    MEASURE,
    Amount,
    amount_of,
    figure_of,
    lead_figures_conflict,
)
from tui.core.model.schema import Argument as StoredArgument
from tui.core.model.schema import ArticleAnnotation, Entity, Quantity, Sentence
from tui.core.nlp.dates import MONTHS, WEEKDAYS, Period, normalise_date, parse_value
from tui.core.nlp.entities import public_body, public_official
from tui.core.nlp.structure import DATE_LINE_MAX, FULL_DATE, find_dateline
from tui.core.text.terms import DESK_LABEL, content_words
from tui.core.text.tickers import marked_spans, tickers
from tui.core.text.versions import versions, versions_conflict

#: Names that make up an article's bag of features (places included: they tell stories apart).
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Who an article is about: the people and organisations of its lead.
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG"})
PLACE_LABELS = frozenset({"GPE"})
#: Names specific enough to tie two articles together (places are not: "New York").
SPECIFIC_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Params:
    """The linker's thresholds and weights (see ``docs/architecture.md``, events)."""

    #: Sentences of the lead: their words and names count twice.
    lead_sentences: int = 3
    #: Blocking: features in more articles than this are not indexed (a constant, so the
    #: candidate lists never grow with the corpus).
    max_df: int = 50
    #: Names in more articles than this are not who an article is about (a regulator
    #: every filing goes to, an exchange): they never count as its main participants.
    common_participant_df: int = 50
    #: Candidates per article from the index, and neighbours kept (exact cosine).
    candidates: int = 30
    neighbours: int = 5
    #: Story linkage threshold, and the tighter one of sub-stories.
    story_threshold: float = 0.08
    substory_threshold: float = 0.14
    #: Article dates this close (days) are one moment; the factors beyond.
    near_days: int = 30
    far_factor: float = 0.7
    very_far_factor: float = 0.4
    year_conflict_factor: float = 0.7
    #: Articles about different main participants; and with no specific name in common
    #: or the participants named only in the headline (tables, filings).
    participant_factor: float = 0.5
    apart_factor: float = 0.2
    #: Two wire stories (each opening with a dateline) whose headlines mark different
    #: companies (``<ABC>``, ``<XYZ>``), neither marking the other's: one template's
    #: reports (results, ratings, stakes, issues). And two that name no one (no specific
    #: name) in common.
    wire_apart_factor: float = 0.05
    wire_unnamed_factor: float = 0.2
    #: Two wire stories whose headlines share no content word with each other's lead.
    wire_words_factor: float = 0.2
    #: Two wire stories whose headlines state sums the other's headline and lead never do.
    wire_sums_factor: float = 0.1
    #: Two wire stories filed more than ``wire_near_days`` apart that share fewer than
    #: ``wire_far_names`` specific names (:func:`distinct_names`: one organisation under
    #: two of its names counts once) (a company's dividend and, weeks later, its
    #: quarter's results; not a takeover's bidder and target, both named again): wire copy
    #: files each development as a story of its own, so such a pair is one thread only
    #: through the stories filed between them. Chosen on two samples of 19k Reuters story
    #: pairs judged by hand (docs/benchmarks.md, sixteenth session).
    wire_near_days: int = 7
    wire_far_factor: float = 0.1
    wire_far_names: int = 2
    #: A story no event holds: two of its articles filed on different days are one thread
    #: only through a name fewer than ``thread_name_df`` articles of the corpus name (a
    #: takeover's target, a bankrupt's creditor). A name more articles name is a body that
    #: publishes news of a kind again and again (a central bank's weekly money supply, a
    #: statistics office's releases, a refiner's posted prices): two of its releases filed
    #: days apart are two stories. Chosen on Reuters story pairs judged by hand
    #: (docs/benchmarks.md, fifty-seventh session).
    thread_name_df: int = 10
    #: Nor is a public body's or a news agency's name (a central bank, a ministry, an
    #: exchange, or one of its officers: :attr:`ArticleFeatures.bodies`) a thread's for
    #: two articles filed more than ``body_thread_days`` apart, however few articles name
    #: it: a small folder names the Fed in three articles, and its operations of two weeks
    #: are two stories; a bill's passage through both houses within days is one. Chosen
    #: on the tune sets of the folder bench (docs/benchmarks.md, seventy-fourth session;
    #: the officers kept to the same days, seventy-fifth).
    body_thread_days: int = 4
    max_main: int = 3
    #: Reports whose lead figures differ (a sum of money more than ``money_ratio`` times
    #: another, a count of people more than ``count_ratio`` times): the story factor, and
    #: the events' penalty.
    money_ratio: float = 2.0
    count_ratio: float = 3.0
    measure_ratio: float = 1.05
    figure_factor: float = 0.2
    figure_penalty: float = 10.0
    #: Events: similarity of two mentions of one concept, merged while >= event_threshold
    #: (with ``split_weight``, chosen by 5-fold CV over the ECB+ tune topics for the
    #: lowest worst fold's cross-happening share, not the best mean).
    event_threshold: float = 0.4
    same_substory: float = 1.0
    word_weight: float = 1.0
    article_weight: float = 1.0
    name_weight: float = 0.5
    #: Two sentences of different wire stories (each opening with a dateline) link only
    #: with a specific name (not a place) in common or at least this word cosine: one
    #: place and day of filing are no evidence. With one name in common only (who acts,
    #: not what happened), their words without the names' need this cosine, or a sum in
    #: common.
    wire_min_words: float = 0.3
    time_penalty: float = 2.0
    #: One report undated, and the two articles' dates name one year each, not the same.
    year_penalty: float = 1.0
    #: An undated report whose dates all name years this many before a dated report's
    #: year reports something else (5-fold CV over the ECB+ tune topics: 2 and 3 alike).
    years_gap: int = 2
    participant_penalty: float = 1.0
    #: A paraphrase joins no event more than this share of whose other articles have
    #: leads that conflict with its article's (``stories.leads_conflict``: what a story
    #: splits on, pair by pair, for a story the split left whole), and goes to no other
    #: event in its place (5-fold CV over the ECB+ tune topics, by a stress test: each
    #: topic's articles linked as one story; 1: no such check).
    attach_leads_apart: float = 0.2
    #: Sentences of articles whose headlines are about different subjects: enough to keep
    #: them apart under average linkage whatever else they share.
    subject_penalty: float = 10.0
    #: A trigger's dates vaguer than this (days) say nothing.
    max_period_days: int = 400
    date_tolerance: int = 3
    background_days: int = 30
    report_gap_days: int = 60
    #: Anchors: concepts told by this share of a story's articles, in the lead of a few.
    min_idf: float = 1.0
    #: Below this many articles, rarity and salience say nothing: events link on the
    #: sentences' own evidence (a name in common, words, dates both give). Nor do they
    #: below this many stories, whatever the articles (a reader's folder on one
    #: happening: :meth:`~tui.core.events.concepts.CorpusStats.small`; measured on ECB+
    #: topics linked as folders of their own, ``bench/event_linking.py folders``).
    min_corpus: int = 20
    #: A small folder's events (sentences of one tight sub-story): two mentions need a
    #: specific name in common or this word cosine (or both be in their leads); each
    #: shared name (two at most) adds its weight to the cosine, and so do both triggers
    #: being dated (and agreeing), and both being in their articles' leads adds
    #: ``small_lead_weight`` (a headline tells its happening in a few words that share
    #: little with another's lead: chosen on the ECB+ tune topics' fresh small draws, 11 to
    #: 13; 0.1 found a little more and joined more happenings of a kind);
    #: merged while >= small_threshold.
    small_min_words: float = 0.2
    #: Small folders: two sentences of one tight sub-story worded this alike (cosine) tell
    #: one happening with no trigger concept in common (chosen on the ECB+ tune topics'
    #: small samples: 0.18 joined more happenings of a kind, 0.35 found fewer).
    small_alike_words: float = 0.25
    #: Small folders: two sentences of different tight sub-stories (the articles' words
    #: set them apart) that name someone in common and are worded at least this alike
    #: (cosine) tell one happening ("X has checked into ..." told by two outlets whose
    #: articles otherwise differ; chosen on the ECB+ tune topics' fresh small draws, 11
    #: to 13: 0.5 gained 26 pairs and one wrong, 0.4 a few more with more wrong).
    small_across_words: float = 0.5
    small_name_weight: float = 0.3
    small_date_weight: float = 0.1
    small_lead_weight: float = 0.05
    small_threshold: float = 0.1
    salient_share: float = 0.2
    min_articles: int = 2
    lead_articles: int = 2
    #: Nouns that are verbs too count when the corpus uses them as verbs this often.
    min_verb_ratio: float = 0.2
    #: Events told by mostly the same sentences are one happening.
    bundle_threshold: float = 0.3
    #: Paraphrases: a sentence joins at most this many events, with this similarity.
    attach_threshold: float = 0.12
    attach_max: int = 3
    #: The same in a small folder (where the event stage's fit decides first): 0.10
    #: chosen on ECB+ small tune folders (600, 0.15 before; docs/benchmarks.md).
    small_attach_threshold: float = 0.10
    small_attach_max: int = 2
    #: A large folder's event keeps a sentence only if a passage of another of its
    #: articles shares this much of its content words (0: every sentence). Chosen on the
    #: ECB+ tune topics: 0.2 left their F1 as it was and took 564 passages out, 22.5
    #: of 24 judged by hand wrong beside their first cross-reference; 0.25 cost F1 and
    #: took out right ones (18.5 of 25 wrong); docs/benchmarks.md.
    least_counterpart: float = 0.2
    #: Larger stories have their events found per sub-story block of at most this many.
    max_block: int = 150
    #: A story splits where its articles conflict (lead figures, the countries, the doers
    #: and the people done to their leads tell, and the undated reports' times of telling):
    #: a conflicting pair weighs this much less than its similarity, and groups part where
    #: their average falls below 0 (5-fold CV over the ECB+ tune topics, by the worst
    #: fold; 0: never split).
    split_weight: float = 1.25
    #: An undated report whose time of telling is this many years from a dated report's
    #: year conflicts with it when a story splits (0: never).
    told_gap: int = 2
    #: An undated report whose lead names weekdays apart from a dated report's lead's
    #: conflicts with it (:func:`told_days_apart`): when a story splits, where a paraphrase
    #: joins, and between two mentions of one kind of happening, kept apart by
    #: ``subject_penalty`` (5-fold CV over the ECB+ tune topics by the stress test of
    #: round stress13, the worst fold; False: never).
    told_weekdays: bool = True


PARAMS = Params()


@dataclass(frozen=True, slots=True)
class Argument:
    """A trigger's argument with the entity it names, if any."""

    role: str
    lemma: str
    start: int
    entity: Entity | None


@dataclass(frozen=True, slots=True)
class TriggerFeatures:
    """A trigger as linking uses it."""

    lemma: str
    pos: str
    basis: str
    start: int
    prt: str | None
    args: tuple[Argument, ...]
    #: Its dependency in the parse (``amod``: a participle that only describes a noun).
    dep: str = ""
    #: Negated ("did not cut"): not told as done.
    neg: bool = False
    #: Told in the passive ("was pronounced dead"): its parse's subject is what it was
    #: done to.
    passive: bool = False
    #: A modal before it ("would not have placed him", "will sign"): what would, will or
    #: may be.
    modal: bool = False


@dataclass(slots=True)
class ArticleFeatures:
    """One article as linking sees it."""

    article: str
    text: str
    date: dt.date | None
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    #: Content words per sentence.
    words: list[list[str]]
    #: Triggers per sentence.
    triggers: list[list[TriggerFeatures]]
    #: Ids of the names in each sentence.
    names: list[frozenset[str]]
    #: Who the article is about (ids), most mentioned first.
    main: tuple[str, ...]
    #: They were taken from the headline: the body names no one at first (a table, a
    #: filing), so the headline's company is all the article is about.
    main_from_headline: bool
    #: Ids of the specific names (not places) anywhere in the article.
    specific: frozenset[str]
    years: frozenset[int]
    #: Who the headline says the article is about, named again in the lead (PERSON/ORG
    #: ids): two articles whose subjects cannot be one another report different happenings
    #: however alike their wording (two companies' contracts, two holders' filings).
    subjects: tuple[str, ...] = ()
    #: The ticker marks of the headline (``<GTE>``, ``(NYSE: GTE)``): when both articles
    #: have them, they alone say whether the subjects can be the same.
    tickers: frozenset[str] = frozenset()
    #: The countries and cities the headline names and the lead names again: two
    #: reports of one template about different places are different happenings.
    places: tuple[str, ...] = ()
    #: The sums of money and counts of people the headline and lead state: two reports
    #: whose leading figures are far apart tell different happenings of one kind.
    figures: tuple[Amount, ...] = ()
    #: The versions of products the article names (``("browsr", "3.0.5")``): two
    #: releases or patches of one product are different happenings.
    versions: frozenset[tuple[str, str]] = frozenset()
    #: The year the article was told in: its date's, else the latest year its text states
    #: as its own time (:func:`told_year`); None when it states none.
    told: int | None = None
    #: The weekdays its headline and lead name (:func:`weekdays_of`, the dateline's left
    #: out): the day of the week its happening was, the one time an undated report may
    #: state ("the navy on Saturday captured").
    told_weekdays: frozenset[int] = frozenset()
    #: Ids of its specific names written as a public body's or a news agency's somewhere
    #: in it (:func:`~tui.core.nlp.entities.public_body`): a body that acts and publishes
    #: news of a kind again and again, no thread's party on its own; and of the people it
    #: names as such a body's officers (:func:`~tui.core.nlp.entities.public_official`),
    #: who speak for it on matter after matter.
    bodies: frozenset[str] = frozenset()
    #: The tight sub-story the article belongs to (set by the story stage).
    substory: int = -1
    #: Accepted quantities, in order (figures a small folder's events compare).
    quantities: tuple[Quantity, ...] = ()
    #: Accepted page furniture (related links, sign-ups), as sorted (start, end) spans.
    furniture: tuple[tuple[int, int], ...] = ()
    #: Where each entity starts (to find a sentence's entities without a scan).
    entity_starts: list[int] = field(init=False, repr=False, compare=False)
    #: Where each quantity starts (likewise, for a sentence's quantities).
    quantity_starts: list[int] = field(init=False, repr=False, compare=False)
    #: Its dateline (``ATHENS, April 9 (Wire) -``: where and when it was filed) as
    #: (start, end), if it opens with one.
    dateline: tuple[int, int] | None = field(init=False, repr=False, compare=False)
    #: The city its dateline names, case-folded ("athens"), if it opens with one.
    filed_in: str | None = field(init=False, repr=False, compare=False)
    #: The day its dateline names ("April 9"), as the day of a leap year (1-366), if any:
    #: when a wire story was filed, its year unsaid.
    filed_on: int | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.entity_starts = [e.start for e in self.entities]
        self.quantity_starts = [q.start for q in self.quantities]
        found = find_dateline(self.text)
        self.dateline = (found.start, found.end) if found is not None else None
        self.filed_in = (
            self.text[found.places[0][0] : found.places[0][1]].casefold()
            if found is not None and found.places
            else None
        )
        self.filed_on = (
            dt.date(2000, *found.filed).timetuple().tm_yday
            if found is not None and found.filed is not None
            else None
        )

    @property
    def day(self) -> int | None:
        """Its date as an ordinal, if it has one."""
        return self.date.toordinal() if self.date is not None else None

    @property
    def figures_or_versions(self) -> bool:
        """It has lead figures or versions that may conflict with another article's."""
        return bool(self.figures or self.versions)

    def sentence_text(self, k: int) -> str:
        s = self.sentences[k]
        return self.text[s.start : s.end]

    def sentence_entities(self, k: int) -> tuple[Entity, ...]:
        """The accepted entities that start inside sentence ``k``, in order."""
        s = self.sentences[k]
        first = bisect.bisect_left(self.entity_starts, s.start)
        return self.entities[first : bisect.bisect_left(self.entity_starts, s.end, first)]

    def sentence_quantities(self, k: int) -> tuple[Quantity, ...]:
        """The accepted quantities that start inside sentence ``k``, in order (as
        :attr:`quantities`, sorted by start)."""
        s = self.sentences[k]
        first = bisect.bisect_left(self.quantity_starts, s.start)
        return self.quantities[first : bisect.bisect_left(self.quantity_starts, s.end, first)]


def filed_days_apart(a: int, b: int) -> int:
    """Days between two days of the year (:attr:`ArticleFeatures.filed_on`), round the
    turn of the year."""
    gap = abs(a - b)
    return min(gap, 366 - gap)


class Filed(Protocol):
    """Something filed on a day: an article or one of its sentences."""

    @property
    def day(self) -> int | None: ...  # the article's date, as an ordinal

    @property
    def filed_on(self) -> int | None: ...  # its dateline's day of the year


#: The day a recurring notice's issue was filed (``happenings.notice_issues``): the day
#: of the year its dateline names, else its date, and which of the two it is.
NoticeDay = tuple[str, int]


def filing_gap(a: Filed, b: Filed) -> int | None:
    """Days between two stories' filing: their dates, else the days of the year their
    datelines name (an agency's copy names the month and day, not the year); None when
    either is not known."""
    if a.day is not None and b.day is not None:
        return abs(a.day - b.day)
    if a.filed_on is not None and b.filed_on is not None:
        return filed_days_apart(a.filed_on, b.filed_on)
    return None


def thread_names(
    a: ArticleFeatures, b: ArticleFeatures, gap: int | None, params: Params
) -> frozenset[str]:
    """The specific names two articles filed ``gap`` days apart share that may be a
    thread's: a public body's or its officer's (:attr:`ArticleFeatures.bodies`) only when
    they were filed at most ``body_thread_days`` apart; such a body acts, and its officers
    speak, on matter after matter."""
    shared = a.specific & b.specific
    if gap is not None and gap > params.body_thread_days:
        return shared - a.bodies - b.bodies
    return shared


def filed_after(a: Filed, b: Filed) -> bool:
    """``a`` was filed after ``b``: by their dates, else by the days of the year their
    datelines name (the nearer way round the turn of the year); False when either is not
    known or both are of one day."""
    if a.day is not None and b.day is not None:
        return a.day > b.day
    if a.filed_on is not None and b.filed_on is not None:
        return 0 < (a.filed_on - b.filed_on) % 366 < 183
    return False


def _accepted(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(e for e in entities if e.status == "accepted")


#: Past participles a headline tells a passive with besides those in -ed ("Man shot").
_PARTICIPLES = frozenset(
    """shot hit held caught beaten taken stolen found struck hurt sold bought cut seen
    given won lost bound left slain sworn thrown driven broken forced""".split()
)
#: Auxiliaries before a verb, as written: a perfect (has carried), a present (is serving),
#: and those of other tenses (was, had, will ...).
PERFECT_AUX = frozenset({"has", "have", "'ve"})
PRESENT_AUX = frozenset({"is", "are", "am", "'re", "'m"})
OTHER_AUX = frozenset(
    """was were had did do does will would shall should can could may might must to been
    being be""".split()
)
#: Words before a verb that make it a finite clause's ("has beaten", "was shot", "got hurt").
_AUXILIARIES = PERFECT_AUX | PRESENT_AUX | OTHER_AUX | {"get", "gets", "got"}
_WRITTEN = re.compile(r"[A-Za-z]+")


#: How a sentence of a report ends (a headline has no stop: "Man shot in Queens").
_STOPS = ".!?。！？\"'”’:;)…"
#: A page's first lines that may be its headline and subheading, and a headline's length.
_HEAD_LINES = 2
_HEAD_WORDS = 15


def headline_like(text: str, sentences: Sequence[Sentence], k: int) -> bool:
    """Sentence ``k`` is a headline, or one of the first lines written as one: short,
    without a sentence's final stop.

    Args:
        text: The article's text.
        sentences: Its sentences.
        k: Which one.

    Returns:
        True for a headline or such a line.
    """
    if sentences[k].headline:
        return True
    if k >= _HEAD_LINES:
        return False
    body = text[sentences[k].start : sentences[k].end].rstrip()
    return bool(body) and body[-1] not in _STOPS and len(body.split()) <= _HEAD_WORDS


def headline_passive(text: str, start: int, pos: str, args: Sequence[Argument]) -> bool:
    """A headline's verb told as a passive without its auxiliary, the way headlines
    write one ("Jamal Williams arrested on DUI suspicion", "Man shot in Queens"): a past
    participle, no object, no auxiliary before it. Its subject is the one it was done to,
    which the parse may take for the doer. (Headlines tell a doer's act in the present:
    "Police arrest man".)

    Args:
        text: The article's text.
        start: Where the verb is written.
        pos: Its part of speech.
        args: Its arguments.

    Returns:
        True for such a participle.
    """
    if pos != "VERB" or any(a.role == "obj" for a in args):
        return False
    written = _WRITTEN.match(text, start)
    if written is None:
        return False
    word = written.group(0).lower()
    if not (word.endswith("ed") or word in _PARTICIPLES):
        return False
    before = text[max(0, start - 20) : start].split()
    return not before or before[-1].lower().strip(",") not in _AUXILIARIES


#: Names whose words tell no happening, whatever the parse makes of them in capitals
#: ("SAGE DRILLING", "SIOUX FALLS", "DIVERSIFIED INDUSTRIES"); an event's own name
#: ("Hurricane Katrina") tells one.
_NOT_TELLING = NAME_LABELS - {"EVENT"}

#: Months' abbreviations, and the short names no verb shares ("may" and "mar" are verbs).
MONTH_ABBREVIATIONS = frozenset(m for m in MONTHS if len(m) <= 4) - {"may", "mar"}


def _inside_names(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    entity_at: Callable[[int], Entity | None],
) -> Callable[[int, int, int], bool]:
    """Whether a trigger (its sentence, start and end) lies inside a name, and so tells
    nothing: a company's mark (``<ATE>``: :func:`~tui.core.text.tickers.marked_spans`),
    or a name (:data:`_NOT_TELLING`). In a headline's capitals the parse takes words for
    names and names for words both ways ("MEMBERS VOTE TO DISSOLVE U.S. FARM CO-OP" one
    organisation): there a name counts only if the article names it below the
    headlines too."""
    marks = marked_spans(text)
    mark_starts = [a for a, _ in marks]
    below: set[str] | None = None

    def named_below() -> set[str]:
        nonlocal below
        if below is None:
            starts = [s.start for s in sentences]
            below = set()
            for e in entities:
                k = bisect.bisect_right(starts, e.start) - 1
                if e.kb_id and k >= 0 and not headline_like(text, sentences, k):
                    below.add(e.kb_id)
        return below

    def inside(k: int, start: int, end: int) -> bool:
        i = bisect.bisect_right(mark_starts, start) - 1
        if i >= 0 and marks[i][0] <= start and end <= marks[i][1]:
            return True
        e = entity_at(start)
        if e is None or e.label not in _NOT_TELLING or end > e.end:
            return False
        return not headline_like(text, sentences, k) or (
            e.kb_id is not None and e.kb_id in named_below()
        )

    return inside


#: How far into a line its label may reach (characters): "DEVELOPING STORY - " and the
#: other labels of :data:`~tui.core.text.terms.DESK_LABEL` are shorter.
_LABEL_REACH = 60


def _label_ends(text: str, sentences: Sequence[Sentence]) -> dict[int, int]:
    """Where the label opening each headline ends, by the headline's index
    (:data:`~tui.core.text.terms.DESK_LABEL`: a desk's note, a column's name, a web page's
    "BREAKING NEWS -"): no word inside one tells a happening."""
    out = {}
    for k, s in enumerate(sentences):
        label = DESK_LABEL.match(text[s.start : min(s.end, s.start + _LABEL_REACH)])
        if label is not None and headline_like(text, sentences, k):
            out[k] = s.start + label.end()
    return out


def _time_entity(
    text: str, arg: StoredArgument, entity: Entity | None, day: dt.date | None
) -> Entity | None:
    """The entity a trigger's argument names; for its time ("attacked ... today", "was hit
    this morning") where the model tagged no date there, or only a time of day, the day
    its words name, read against the report's day as extraction reads a DATE
    (:func:`~tui.core.nlp.dates.normalise_date`): a date the model missed still dates
    the happening."""
    if arg.role != "time" or (entity is not None and entity.label != "TIME") or day is None:
        return entity
    words = entity.text if entity is not None else text[arg.start : arg.end]
    value = normalise_date(words, day)
    if value is None:
        return entity
    start, end = (entity.start, entity.end) if entity is not None else (arg.start, arg.end)
    return Entity(start=start, end=end, text=words, label="DATE", value=value)


def article_features(
    article: str, text: str, annotation: ArticleAnnotation, params: Params = PARAMS
) -> ArticleFeatures:
    """Linking's view of one annotated article.

    Args:
        article: The article's id.
        text: Its text (the annotation's offsets are into it).
        annotation: Its stored annotation (triggers included).
        params: The lead length and the number of main participants.

    Returns:
        Words, names, triggers per sentence; date, years and main participants.
    """
    sentences = annotation.sentences
    entities = tuple(sorted(_accepted(annotation.entities), key=lambda e: (e.start, e.end)))
    starts = [s.start for s in sentences]
    entity_starts = [e.start for e in entities]
    words = [content_words(text[s.start : s.end]) for s in sentences]
    names: list[set[str]] = [set() for _ in sentences]
    for e in entities:
        k = bisect.bisect_right(starts, e.start) - 1
        if k >= 0 and e.kb_id and e.label in NAME_LABELS and e.start < sentences[k].end:
            names[k].add(e.kb_id)

    def entity_at(start: int) -> Entity | None:
        i = bisect.bisect_right(entity_starts, start) - 1
        for j in range(i, max(-1, i - 3), -1):
            if entities[j].start <= start < entities[j].end:
                return entities[j]
        return None

    date = report_day(annotation)
    triggers: list[list[TriggerFeatures]] = [[] for _ in sentences]
    named_in = _inside_names(text, sentences, entities, entity_at)
    labels = _label_ends(text, sentences)
    for t in annotation.triggers:
        k = bisect.bisect_right(starts, t.start) - 1
        if (
            k < 0
            or t.start >= sentences[k].end
            or named_in(k, t.start, t.end)
            or text[t.start : t.end].lower().rstrip(".") in MONTH_ABBREVIATIONS
            or t.end <= labels.get(k, -1)
        ):
            # (nor does a month's abbreviation the parse took for a verb in a table's
            # capitals: "LONDON LIFFE STERLING 0847 - APR 7"; nor a headline's label,
            # "BREAKING NEWS-3 DEAD ...", "CORRECTED - ")
            continue
        args = tuple(
            Argument(a.role, a.lemma, a.start, _time_entity(text, a, entity_at(a.start), date))
            for a in t.args
        )
        if headline_like(text, sentences, k) and headline_passive(text, t.start, t.pos, args):
            # ("Chargers' Jamal Williams arrested on DUI suspicion": the one arrested; an
            # agent after the verb, "rocked by clashes", stays the doer)
            args = tuple(
                Argument("obj", a.lemma, a.start, a.entity)
                if a.role == "subj" and a.start < t.start
                else a
                for a in args
            )
        triggers[k].append(
            TriggerFeatures(
                t.lemma, t.pos, t.basis, t.start, t.prt, args, t.dep, t.neg, t.passive, t.modal
            )
        )
    main, from_headline = _main_participants(sentences, entities, params)
    years: set[int] = set()
    if date is not None:
        years = {date.year}
    else:
        for e in entities:
            if e.label == "DATE" and e.value:
                years.update(int(y) for y in _YEAR.findall(e.value))
    out = ArticleFeatures(
        article=article,
        text=text,
        date=date,
        sentences=sentences,
        entities=entities,
        words=words,
        triggers=triggers,
        names=[frozenset(n) for n in names],
        main=main,
        main_from_headline=from_headline,
        specific=frozenset(e.kb_id for e in entities if e.kb_id and e.label in SPECIFIC_LABELS),
        bodies=_bodies(text, entities),
        years=frozenset(years),
        told=date.year if date is not None else told_year(annotation, params),
        subjects=_subjects(sentences, entities, params),
        tickers=_headline_tickers(text, sentences),
        places=_headline_places(sentences, entities, params),
        figures=_lead_figures(article, annotation, params),
        versions=versions(text),
        quantities=tuple(
            sorted(
                (q for q in annotation.quantities if q.status == "accepted"),
                key=lambda q: (q.start, q.end),
            )
        ),
        furniture=tuple(
            sorted((f.start, f.end) for f in annotation.furniture if f.status == "accepted")
        ),
    )
    end = lead_end(sentences, params)
    skip = out.dateline or (0, 0)
    out.told_weekdays = frozenset(
        d
        for e in entities
        if e.label == "DATE" and e.start < end and not skip[0] <= e.start < skip[1]
        for d in weekdays_of(e)
    )
    return out


def _bodies(text: str, entities: Sequence[Entity]) -> frozenset[str]:
    """The ids of an article's ORG names written as a public body's
    (:func:`~tui.core.nlp.entities.public_body`), and of the shorter names its later
    mentions give one ("the Austrian National Bank", then "the National Bank"); and of the
    people it names as a public body's officers somewhere
    (:func:`~tui.core.nlp.entities.public_official`: "Commerce Secretary Dale Crane",
    "OPEC president Oren Dahl"), who speak for their body on matter after matter."""
    orgs = [e for e in entities if e.kb_id and e.label == "ORG"]
    found = [e for e in orgs if public_body(text, e.start, e.end)]
    full = {tuple(text[e.start : e.end].casefold().split()) for e in found}

    def shortened(e: Entity) -> bool:
        words = tuple(text[e.start : e.end].casefold().split())
        return any(len(f) > len(words) and f[-len(words) :] == words for f in full)

    ids = {e.kb_id for e in found if e.kb_id}
    ids |= {e.kb_id for e in orgs if e.kb_id and shortened(e)}
    spans = [(e.start, e.end) for e in orgs if e.kb_id in ids]
    ids |= {
        e.kb_id
        for e in entities
        if e.kb_id and e.label == "PERSON" and public_official(text, e.start, e.end, spans)
    }
    return frozenset(i for i in ids if i)


def told_year(annotation: ArticleAnnotation, params: Params = PARAMS) -> int | None:
    """The latest year an undated article states as its own time: the year of a DATE in
    its headline and lead ("in the 2031 vote", "on Dec. 14, 2031"), in a clause not told
    as future or conditional ("will host the 2034 games"). Decades and vaguer periods,
    and relative dates the annotator could not anchor ("this year" in an undated
    report), say nothing; so do the dates further down, even a day's or a month's
    ("since 2019", "the December 2028 robbery"): there they are the happening's history
    as often as its time (on the ECB+ tune topics, counting them split reports of one
    happening whose later paragraphs recall an older one).

    Args:
        annotation: The article's stored annotation (sentences, DATE values, triggers).
        params: The lead's length.

    Returns:
        The year, or None when the headline and lead state none.
    """
    sentences = annotation.sentences
    starts = [s.start for s in sentences]
    end = lead_end(sentences, params)
    future = {
        bisect.bisect_right(starts, t.start) - 1 for t in annotation.triggers if t.modal and t.root
    }
    best: int | None = None
    for e in annotation.entities:
        if e.label != "DATE" or e.status != "accepted" or not e.value or e.start >= end:
            continue
        period = parse_value(e.value)
        if period is None or period.days > 366 or not _YEAR.fullmatch(str(period.first.year)):
            continue
        if bisect.bisect_right(starts, e.start) - 1 in future:
            continue
        year = period.first.year
        best = year if best is None else max(best, year)
    return best


def told_apart(a: ArticleFeatures, b: ArticleFeatures, params: Params = PARAMS) -> bool:
    """One report is dated, the other is not, and the undated one's time of telling
    (:func:`told_year`) is ``told_gap`` years or more from the dated one's year (an
    older happening of the same kind), unless the two name a day in common (a later
    report recalling the day, or the older one telling it): then they agree on more
    than the kind of happening."""
    if params.told_gap <= 0 or (a.date is None) == (b.date is None):
        return False
    if a.told is None or b.told is None or abs(a.told - b.told) < params.told_gap:
        return False
    return not _days_named(a) & _days_named(b)


def told_days_apart(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """One report is dated, the other is not, and the weekdays their headlines and leads
    name (:attr:`ArticleFeatures.told_weekdays`) are two days or more apart
    (:func:`weekdays_apart`: "captured 23 pirates on Saturday" beside a dated report's
    Thursday), unless the two name a day in common. Two dated reports are left to their
    dates (a later report's "Friday's quake" is no other happening)."""
    if (a.date is None) == (b.date is None):
        return False
    if not weekdays_apart(a.told_weekdays, b.told_weekdays):
        return False
    return not _days_named(a) & _days_named(b)


def _days_named(a: ArticleFeatures) -> set[int]:
    """The days (ordinals) the article's DATEs name."""
    out: set[int] = set()
    for e in a.entities:
        if e.label == "DATE" and e.value:
            period = parse_value(e.value)
            if period is not None and period.days == 1:
                out.add(period.start)
    return out


def report_day(annotation: ArticleAnnotation) -> dt.date | None:
    """The day an article was reported on: its stored date, when that is one day."""
    period = parse_value(annotation.metadata.date)
    if period is None or period.days != 1:
        return None
    return period.first


def _named(
    entities: Sequence[Entity],
    spans: Sequence[Sentence],
    labels: frozenset[str] = PARTICIPANT_LABELS,
) -> set[str]:
    """The ids of the names of these labels (PERSON/ORG) inside the sentences."""
    return {
        e.kb_id
        for e in entities
        if e.label in labels and e.kb_id and any(s.start <= e.start < s.end for s in spans)
    }


def _main_participants(
    sentences: Sequence[Sentence], entities: Sequence[Entity], params: Params
) -> tuple[tuple[str, ...], bool]:
    """PERSON/ORG ids named in the first sentence that is not a headline (else in the
    headlines before it: a table or a dateline may open the body), most mentioned first."""
    count = Counter(e.kb_id for e in entities if e.label in PARTICIPANT_LABELS and e.kb_id)

    first = next((n for n, s in enumerate(sentences) if not s.headline), None)
    if first is None:
        return (), False
    lead = _named(entities, [sentences[first]])
    headline = not lead
    if headline:
        lead = _named(entities, sentences[:first])
    return tuple(sorted(lead, key=lambda x: (-count[x], x))[: params.max_main]), headline and bool(
        lead
    )


def _headlines(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The headline lines the article opens with."""
    first = next((n for n, s in enumerate(sentences) if not s.headline), len(sentences))
    return sentences[:first]


def _headline_tickers(text: str, sentences: Sequence[Sentence]) -> frozenset[str]:
    """The ticker marks of the headline lines (a mark may straddle two of them)."""
    heads = _headlines(sentences)
    return tickers(text[heads[0].start : heads[-1].end]) if heads else frozenset()


def subjects_conflict(
    names_a: Sequence[str],
    tickers_a: frozenset[str],
    names_b: Sequence[str],
    tickers_b: frozenset[str],
) -> bool:
    """Two headlines (or groups of them) are about different companies or people: by their
    tickers when both have some, else by the names their leads repeat."""
    if tickers_a and tickers_b:
        return not tickers_a & tickers_b
    return participants_conflict(names_a, names_b)


def counterparts(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Two articles whose headlines are about different companies or people, each about
    the other's too (:attr:`ArticleFeatures.main`): one deal's two parties, each told by
    its own desk the same day ("ADVANCED TOBACCO IN LICENSING PACT" from San Antonio,
    "PHARMACIA UNIT SIGNS NICOTINE TECHNOLOGY LICENCE" from Stockholm), not two
    companies' happenings."""
    return (
        bool(a.subjects and b.subjects)
        # (told the same day: the two desks' reports of the day's deal, not a saga's
        # later steps, whose headlines name whoever acts in each)
        and a.day is not None
        and a.day == b.day
        and participants_conflict(a.subjects, b.subjects)
        and all(
            any(name_compatible(s, m) for m in theirs.main)
            for mine, theirs in ((a, b), (b, a))
            for s in mine.subjects
        )
    )


#: A headline whose company acts through its unit: its name (a few words, a ticker
#: before or after) then "unit", "subsidiary" or "affiliate" ("VARNEX UNIT <VRX> LIFTS
#: LOCKOUT", "SOUTHWOOD <SWD> UNIT RAISES CRUDE POSTINGS", "Nordfeld Corp subsidiary
#: sells notes"); not a unit that is told of ("KESTON <KST> TO FORM FINANCE UNIT").
_UNIT_HEADLINE = re.compile(
    r"^\W*(?:[A-Za-z0-9&.'-]+\s+){1,4}(?:<[^>]*>\s*)?(?:units?|subsidiary|affiliate)\b",
    re.IGNORECASE,
)


def unit_of(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """``a``'s headline tells its company's unit acting, and the companies or people
    ``b``'s headline is about are all among ``a``'s main participants, told the same
    day: one happening told once under the parent's name ("VARNEX UNIT LIFTS LOCKOUT",
    whose lead names Haldane Meats) and once under the unit's ("HALDANE MEATS LIFTS
    LOCKOUT AT BRENTON"), not two companies' happenings."""
    heads = _headlines(a.sentences)
    return (
        bool(heads and a.subjects and b.subjects)
        and a.day is not None
        and a.day == b.day
        and _UNIT_HEADLINE.match(a.text[heads[0].start : heads[-1].end]) is not None
        and all(any(name_compatible(s, m) for m in a.main) for s in b.subjects)
    )


def _headline_and_lead(
    sentences: Sequence[Sentence], params: Params
) -> tuple[Sequence[Sentence], Sequence[Sentence]] | None:
    """The headline lines and the lead sentences under them (None: no headline or no body)."""
    heads = _headlines(sentences)
    if not heads or len(heads) == len(sentences):
        return None
    return heads, sentences[len(heads) : len(heads) + params.lead_sentences]


def _subjects(
    sentences: Sequence[Sentence], entities: Sequence[Entity], params: Params
) -> tuple[str, ...]:
    """PERSON/ORG ids the headline names and the lead names again (in any form whose
    words one another's contain: ``raytheon`` / ``raytheon-co``); all the headline's
    when the lead names no one (a table of figures under it)."""
    parts = _headline_and_lead(sentences, params)
    if parts is None:
        return ()
    lead, headline = _named(entities, parts[1]), _named(entities, parts[0])
    if not lead:  # a table or a filing under the headline: the headline says who
        return tuple(sorted(headline))
    return tuple(sorted(x for x in headline if any(name_compatible(x, y) for y in lead)))


def _headline_places(
    sentences: Sequence[Sentence], entities: Sequence[Entity], params: Params
) -> tuple[str, ...]:
    """GPE ids the headline names and the lead names again."""
    parts = _headline_and_lead(sentences, params)
    if parts is None:
        return ()
    lead = _named(entities, parts[1], PLACE_LABELS)
    return tuple(sorted(x for x in _named(entities, parts[0], PLACE_LABELS) if x in lead))


#: Counted units whose lead figures tell happenings apart (a toll, the people hurt).
LEAD_COUNT_UNITS = frozenset({"person"})
#: A number written with decimals (5.6): a measure.
_DECIMAL = re.compile(r"\d\.\d")
#: Smaller sums of money are a price or a misread measure ("a 200-pound man"), not
#: what a happening is about.
MIN_LEAD_SUM = 1000.0


def lead_end(sentences: Sequence[Sentence], params: Params) -> int:
    """Where the headline lines and the ``lead_sentences`` under them end."""
    if not sentences:
        return 0
    heads = len(_headlines(sentences))
    return sentences[min(len(sentences), heads + params.lead_sentences) - 1].end


def _lead_figures(
    article: str, annotation: ArticleAnnotation, params: Params
) -> tuple[Amount, ...]:
    """The sums of money, counts of people and measures written with decimals (a
    magnitude, a rating: unit ``measure``) stated in the headline and the lead."""
    end = lead_end(annotation.sentences, params)
    out = []
    for q in annotation.quantities:
        if q.status != "accepted" or q.start >= end or q.value is None or not q.unit:
            continue
        money = q.label == "MONEY" and abs(q.value) >= MIN_LEAD_SUM
        measure = q.label == "CARDINAL" and _DECIMAL.search(q.text) is not None
        if money or measure or (q.label == "CARDINAL" and q.unit in LEAD_COUNT_UNITS):
            figure = figure_of(article, q)
            amount = amount_of(figure) if figure is not None else None
            if amount is not None:
                out.append(replace(amount, unit=MEASURE) if measure and not money else amount)
    return tuple(out)


def drop_common_participants(articles: Sequence[ArticleFeatures], params: Params = PARAMS) -> None:
    """Leave out of each article's main participants and specific names the names that
    more than ``common_participant_df`` articles name (a regulator every filing is sent
    to, an exchange): they say where a report went, not who it is about.

    Args:
        articles: The corpus's articles (their ``main`` is changed).
        params: ``common_participant_df``.
    """
    df: Counter[str] = Counter()
    for a in articles:
        df.update(a.specific)
    for a in articles:
        limit = params.common_participant_df
        if any(df[x] > limit for x in a.specific):
            a.main = tuple(x for x in a.main if df[x] <= limit)
            a.specific = frozenset(x for x in a.specific if df[x] <= limit)


def periods_of(value: str | None, max_days: int) -> Period | None:
    """The period of a DATE value, unless it is vaguer than ``max_days``."""
    period = parse_value(value)
    if period is None or period.days > max_days:
        return None
    return period


#: A weekday's full name, the one way a report with no date of its own can still say
#: which day its happening was ("the navy on Saturday arrested 23 pirates").
_WEEKDAY_NAME = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_DIGIT = re.compile(r"\d")


def weekdays_of(entity: Entity) -> frozenset[int]:
    """The weekdays (0 Monday) a DATE names as the day its happening was: a weekday's
    name with no figure beside it ("on Saturday", "Friday night", "last Monday"). A
    page's stamp ("Wednesday, September 18, 2013") is when it was written, not when its
    happening was, and says nothing here.

    Args:
        entity: A DATE name.

    Returns:
        The weekdays, none when it names none (or is a stamp).
    """
    if _DIGIT.search(entity.text):
        return frozenset()
    return frozenset(WEEKDAYS[m.lower()] for m in _WEEKDAY_NAME.findall(entity.text))


def weekdays_apart(a: Iterable[int], b: Iterable[int]) -> bool:
    """Two happenings' weekdays cannot be one day's: both give some, and every pair is two
    days or more apart around the week (a night's happening told as the next day's is
    still one: "Wednesday night", "early Thursday").

    Args:
        a: One side's weekdays.
        b: The other's.

    Returns:
        True when they conflict.
    """
    xs, ys = set(a), set(b)
    return bool(xs and ys) and all(min((x - y) % 7, (y - x) % 7) >= 2 for x in xs for y in ys)


def bag(features: ArticleFeatures, params: Params = PARAMS) -> Counter[str]:
    """The article's words (``w:``) and name ids (``e:``); the lead's count twice."""
    out: Counter[str] = Counter()
    lead = params.lead_sentences
    for k, words in enumerate(features.words):
        weight = 2 if k < lead else 1
        for w in words:
            out["w:" + w] += weight
    sentences = features.sentences
    lead_end = sentences[min(lead, len(sentences)) - 1].end if sentences else 0
    for e in features.entities:
        if e.label in NAME_LABELS and e.kb_id:
            out["e:" + e.kb_id] += 2 if e.start < lead_end else 1
    return out


Vector = dict[str, float]


def tfidf(bags: Sequence[Mapping[str, int]]) -> tuple[list[Vector], Counter[str]]:
    """Log-tf, smoothed-idf, l2-normalised vectors of the bags, and each feature's document frequency."""
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    n = len(bags)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
    vectors = []
    for b in bags:
        v = {w: (1 + math.log(c)) * idf[w] for w, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors, df


#: The default of a word one vector lacks, for :func:`cosine`.
_ZEROS = repeat(0.0)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    # (the products summed in the same order as a generator over ``a.items()``: the same
    # float, without a Python frame per term)
    total: float = sum(map(mul, a.values(), map(b.get, a, _ZEROS)))
    return total


def name_words(x: str) -> set[str]:
    """The words of a name's id (ids made for names outside the knowledge base carry a
    prefix, ``auto:``)."""
    return set(x.rpartition(":")[2].split("-"))


def name_compatible(a: str, b: str) -> bool:
    """Ids that may name the same thing: equal, or one's words inside the other's
    (``angels`` / ``los-angeles-angels``)."""
    if a == b:
        return True
    wa, wb = name_words(a), name_words(b)
    return wa <= wb or wb <= wa


#: A word of a name this long or longer may be spelt another way by one letter
#: ("Rait" / "Raite"); this long, by two ("Betty" / "Bettie").
SPELLING_ONE = 4
SPELLING_TWO = 5


def spelt_alike(x: str, y: str) -> bool:
    """Two words of names that may be one word spelt two ways: equal, or within one edit
    (both of :data:`SPELLING_ONE` letters or more) or two (:data:`SPELLING_TWO`), the
    first letter the same."""
    if x == y:
        return True
    short = min(len(x), len(y))
    if short < SPELLING_ONE or x[0] != y[0]:
        return False
    limit = 2 if short >= SPELLING_TWO else 1
    return Levenshtein.distance(x, y, score_cutoff=limit) <= limit


def name_variants(a: str, b: str) -> bool:
    """Ids that may name one thing spelt two ways: :func:`name_compatible`, the same last
    word and another in common ("Bettie Mae Page" / "Notorious Bettie Page"), or a word in
    common and every other word of one spelt alike (:func:`spelt_alike`) to a word of the
    other ("Duncan Rait" / "Duncan Raite", "Betty Page" / "Bettie Page"; not "Alcoa" /
    "Alcan", nor "Austrian" / "Australian", nor "Ann Marsh" / "Ivo Marsh")."""
    if name_compatible(a, b):
        return True
    wa, wb = name_words(a), name_words(b)
    if len(wa & wb) >= 2 and _last_word(a) == _last_word(b):
        # (a full name and one with an epithet: "Bettie Mae Page" / "Notorious Bettie
        # Page"; not two people who share only a surname)
        return True
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(wa & wb) and all(any(spelt_alike(x, y) for y in long) for x in short)


def _last_word(x: str) -> str:
    """A name id's last word (a person's surname)."""
    return x.rpartition(":")[2].rpartition("-")[2]


#: Words a name's initials leave out ("Chicago Board of Trade": CBT; "Organization of
#: Arab Petroleum Exporting Countries": OAPEC).
INITIALS_SKIP = frozenset({"of", "the", "and", "&", "for", "de", "on"})


def _aliases(a: str, b: str) -> bool:
    """Two name ids for one thing: one's words inside the other's (``labatt`` /
    ``john-labatt``), or one the other's initials (``cbt`` / ``chicago-board-of-trade``)."""
    if name_compatible(a, b):
        return True
    short, long = sorted((a.rpartition(":")[2], b.rpartition(":")[2]), key=len)
    if "-" in short:
        return False
    every = [w for w in long.split("-") if w]
    words = [w for w in every if w not in INITIALS_SKIP]
    if len(words) < 2:
        return False
    # (the small words' letters counted or not, and a legal form's after them: "PDVSA",
    # Petroleos de Venezuela S.A.)
    initials = {"".join(w[0] for w in words), "".join(w[0] for w in every)}
    return any(
        short == x or (short.startswith(x) and short[len(x) :] in LEGAL_INITIALS) for x in initials
    )


#: A legal form's letters closing a company's initials ("PDVSA": Petroleos de Venezuela,
#: Sociedad Anonima).
LEGAL_INITIALS = frozenset({"sa", "spa", "ag", "nv", "bv", "ab", "plc"})


def distinct_names(names: Iterable[str]) -> int:
    """How many things the name ids name, aliases counted once (:func:`_aliases`)."""
    kept: list[str] = []
    for name in sorted(names):
        if not any(_aliases(name, other) for other in kept):
            kept.append(name)
    return len(kept)


def participants_conflict(
    a: Sequence[str], b: Sequence[str], same: Callable[[str, str], bool] = name_compatible
) -> bool:
    """Both sides name participants and none of one side can be one of the other's
    (``same``: :func:`name_compatible`, or :func:`name_variants` for people)."""
    return bool(a and b) and not any(same(x, y) for x in a for y in b)


def time_factor(a: ArticleFeatures, b: ArticleFeatures, params: Params = PARAMS) -> float:
    """How much two articles' dates allow them to be one story (1: nothing against)."""
    if a.date is not None and b.date is not None:
        days = abs((a.date - b.date).days)
        if days <= params.near_days:
            return 1.0
        return params.far_factor if days <= 365 else params.very_far_factor
    if a.years and b.years and not a.years & b.years:
        return params.year_conflict_factor
    return 1.0


def figures_conflict(a: ArticleFeatures, b: ArticleFeatures, params: Params = PARAMS) -> bool:
    """The two articles cannot report one happening: their lead figures
    (:func:`tui.core.events.figures.lead_figures_conflict`; any two currencies between
    two wire stories) or the versions of one
    product they name (:func:`tui.core.text.versions.versions_conflict`) disagree."""
    if a.versions and b.versions and versions_conflict(a.versions, b.versions):
        return True
    return bool(a.figures and b.figures) and lead_figures_conflict(
        a.figures,
        b.figures,
        params.money_ratio,
        params.count_ratio,
        params.measure_ratio,
        wire=a.dateline is not None and b.dateline is not None,
    )


Factor = Callable[[int, int], float]


#: A word of a date line.
_DATE_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A line's words that only say it dates the page ("Updated:", "IST", "pm").
_DATING_WORDS = frozenset(
    """updated update posted published last on at am pm gmt utc bst ist est edt cet pst
    pdt""".split()
)


def date_line(article: ArticleFeatures, k: int) -> bool:
    """Sentence ``k`` only dates the page ("Updated: March 4, 2030 10:15 GMT",
    "Tuesday, August 7, 2012", "Published: 2012.08.08 09:01 AM"): short, with a date or
    digits of one, and no more than three other words once its dates, times and the
    words that say so are left out.

    Args:
        article: The article.
        k: The sentence's index.

    Returns:
        True for a line of page furniture that tells no happening.
    """
    s = article.sentences[k]
    text = article.text[s.start : s.end]
    if len(text) > DATE_LINE_MAX:
        return False
    if sum(ch.isdigit() for ch in text) < 4:
        written = _DATE_LINE_WORD.findall(text)
        return bool(written) and all(w.lower() in _DATING_WORDS for w in written)
    spans = [
        (e.start - s.start, e.end - s.start)
        for e in article.sentence_entities(k)
        if e.label in ("DATE", "TIME")
    ]
    if any(
        not any(a <= q.start - s.start < b for a, b in spans)
        for q in article.sentence_quantities(k)
    ):
        # A figure beside the date is what the line tells, not when the page was made:
        # "February 1986 production was 378,600 tonnes", a rate table's "70-88 days 5.92
        # pct" (no page's date line holds a quantity in ECB+'s 336).
        return False
    rest = "".join(" " if any(a <= x < b for a, b in spans) else ch for x, ch in enumerate(text))
    dated = bool(spans) or FULL_DATE.search(text) is not None
    written = _DATE_LINE_WORD.findall(FULL_DATE.sub(" ", rest))
    words = [w for w in written if w.lower() not in _DATING_WORDS]
    return (bool(written) and not words) or (dated and len(words) <= 3)
