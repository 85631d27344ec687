"""Events inside a story: the sentences, across articles, that report one happening.

1. **Anchors**: trigger concepts the story is about: told by at least a fifth of its
   articles (and two), in the lead of two, and specific enough (idf).
2. Per anchor, its mentions in different articles are clustered (average link) on
   ``same sub-story + word cosine + article cosine + name overlap``, minus a penalty when
   the trigger's dates disagree (or one side is background: dated well before the other
   report), when one report is undated and the articles' dates name one year each, not
   the same, and when the articles are about different participants; never when the two
   sentences state sums of money that cannot be one another's (two auctions of one day),
   nor, in wire copy, when all they share is a dateline or one name (see ``_wire_apart``).
3. **Bundles**: events told by mostly the same sentences are one happening ("a 5.6 quake
   hit the island, injuring five": quake + hit + injure).
4. **Paraphrases**: a sentence joins up to two events it is similar to on its own words
   and names (never its article's), if that event's tight sub-story is its own, the
   participants agree and its article's lead figures agree with each of the event's, its
   dates are not apart from all the event's (nor, the event's sentences undated, well
   before its first report), it tells no happening its head clause dates before its
   article's ("last month the navy sank a trawler") unless another article of the event
   recalls one too, and its sums of money agree with some of the event's sentences that
   state sums; a wire story joins an event of other wire stories only on the evidence an
   edge needs, or two names in common.
5. **Statements**: in large folders a sentence that states how things are or sums up many
   happenings ("is serving three life sentences", "pirates have carried out 100 attacks
   since January": :func:`_tells_no_happening`, read off the stored triggers and the
   text) is no passage of an event that articles report by sentences that tell a
   happening; such statements several articles share stay one fact told twice.

A folder telling fewer than ``Params.min_corpus`` stories (an article in none counting as
one: :meth:`~tui.core.events.concepts.CorpusStats.small`), a few articles or many reports
of a few happenings, has no statistics to trust: every concept
of two articles (families joined, verbs that tell nothing left out) is a candidate anchor,
and its mentions link on the sentences' own evidence (:mod:`tui.core.events.small`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import mul
from typing import TypeVar

from tui.core.events.acts import load_lexicon
from tui.core.events.agglomerate import DisjointSets, agglomerate
from tui.core.events.causes import told_as_cause, told_as_reason, without_causes
from tui.core.events.concepts import (
    LIGHT_VERBS,
    CorpusStats,
    concept_map,
    related_lemmas,
    usable_triggers,
)
from tui.core.events.features import (
    NAME_LABELS,
    OTHER_AUX,
    PARAMS,
    PERFECT_AUX,
    PRESENT_AUX,
    ArticleFeatures,
    NoticeDay,
    Params,
    TriggerFeatures,
    Vector,
    cosine,
    counterparts,
    date_line,
    figures_conflict,
    filed_after,
    filed_days_apart,
    filing_gap,
    lead_end,
    name_compatible,
    name_variants,
    participants_conflict,
    periods_of,
    subjects_conflict,
    told_days_apart,
    unit_of,
)
from tui.core.events.figures import figures_agree
from tui.core.events.many import says_how_often, told_as_many
from tui.core.events.passages import in_furniture, is_stock_line, without_refusals
from tui.core.events.phases import Phase, concept_phases, phases_apart
from tui.core.events.small import (
    DESCRIBING_CLAUSES,
    PRECISE_DAYS,
    SAME_ARTICLE_LEAD,
    SMALL_LINKAGE,
    SMALL_LINKAGE_K,
    SMALL_REBUNDLE,
    common_names,
    dated_alike,
    direction,
    done_to,
    firm_people,
    goods,
    goods_apart,
    in_dateline,
    is_family,
    join_families,
    lead_of,
    move_direction,
    moves_apart,
    name_keys,
    named_goods,
    ordinals,
    particle_way,
    people_conflict,
    people_keys,
    refuses,
    report_years,
    sentence_figures,
    sentence_figures_conflict,
    sentence_idf,
    sentence_periods,
    shared_figures,
    small_triggers,
    table_heading,
    tells_nothing,
    told_as_known,
    told_in_passing,
    vocabulary,
    ways_apart,
    with_lead,
    without_names,
    word_families,
    years_apart,
)
from tui.core.events.stories import headline_country_words, leads_conflict
from tui.core.model.schema import Entity, Figure
from tui.core.nlp.dates import MONTHS, PART_OF_YEAR, WEEKDAYS, Period, parse_value
from tui.core.nlp.places import fold, gazetteer, headline_key
from tui.core.nlp.quantities.lexicon import GOODS_UNITS
from tui.core.text.shingles import all_copies, copies_among
from tui.core.text.terms import DESK_LABEL, content_words, digit_runs, word_at, word_overlap

#: Who does something, as a trigger's subject.
SUBJECT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: What a wire story writes before a noun whose happening an earlier report told ("the
#: previously announced sale", "its earlier reported offer for", "the already agreed
#: merger"), a few words between at most.
_RECALLED = re.compile(
    r"\b(?:previously|earlier|already)[\s-]+"
    r"(?:announced|reported|disclosed|proposed|agreed|planned)\s+(?:[\w$.,'-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: How far before its noun (characters) :data:`_RECALLED` is looked for.
_RECALL_REACH = 60
#: Dependencies of a trigger that only describes a noun: a noun modifying a noun (a
#: title's or a name's word), a participle ("state-owned", "the proposed tax").
_DESCRIBING = frozenset({"compound", "amod"})
#: Entities that name a place.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Entities that name a country: a place, or a people ("Iranian").
_COUNTRY_LABELS = _PLACE_LABELS | {"NORP"}
#: Two wire sentences that name places or peoples of this many countries in common say
#: who acted and on whom as a specific name would ("a U.S. attack on an Iranian oil
#: platform", "IRAN VOWS REPRISAL FOR U.S. ATTACK ON OIL RIG"), though filed from two
#: cities: a template's reports from two places name one country each.
SHARED_COUNTRIES = 2
#: What stands between an organisation and a person it is the title of ("Treasury
#: Secretary James Baker", "American Soybean Association (ASA) president-elect Wayne
#: Bennett", "Finance Minister Edouard Balladur"): an acronym in brackets, then one to
#: three words.
_TITLE_GAP = re.compile(r"\)?\s*(?:\([^()\s]{1,12}\)\s*)?(?:[A-Za-z][\w.'-]*\s+){1,3}")


@dataclass(slots=True)
class _Concept:
    weight: float = 0.0
    periods: list[Period] = field(default_factory=list)
    #: Its periods are its own trigger's dates (not its sentence's other triggers').
    own: bool = False
    subjects: list[str] = field(default_factory=list)
    #: The people its own triggers' subjects name (not its sentence's other subjects').
    doers: list[str] = field(default_factory=list)
    #: Who it is done to: its triggers' objects (small folders).
    objects: list[str] = field(default_factory=list)
    #: Its number among happenings of its kind ("the fourth election"; small folders).
    ordinals: list[int] = field(default_factory=list)
    #: Its triggers in the sentence all only describe a noun: nouns modifying a noun
    #: ("management" in "management board chairman": a word of a title or a name) or
    #: participles ("state-owned", "the proposed tax"), not a happening told.
    modifier: bool = False
    #: A trigger of it is a noun told as an earlier report's ("the previously announced
    #: sale", "its earlier reported offer": :data:`_RECALLED`): a wire story recalling
    #: what another, filed before, reported.
    recalled: bool = False
    #: Its subjects are its sentence's other triggers' (it has none of its own; large
    #: folders).
    borrowed: bool = False
    #: Every trigger of it in the sentence is denied ("if people don't react", "did not
    #: play"): no happening of its kind told (small folders).
    denied: bool = False
    #: The ways its verbs' particles go ("checked into": ``in``; "stepped down":
    #: ``down``; :func:`~tui.core.events.small.particle_way`; small folders).
    ways: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Sentence:
    article: int
    k: int
    concepts: dict[str, _Concept]
    words: Vector
    names: frozenset[str]
    parts: tuple[str, ...]
    day: int | None
    lead: bool
    substory: int
    subjects: tuple[str, ...] = ()
    tickers: frozenset[str] = frozenset()
    places: tuple[str, ...] = ()
    #: The article's years (its date's, else every year its DATE names give; in a small
    #: folder none for an undated article whose lead states no year: :func:`report_years`).
    years: frozenset[int] = frozenset()
    #: A small folder's evidence: people named, figures.
    people: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    #: The one direction of a move the sentence tells, if any (small folders: by its words;
    #: large: by its triggers).
    direction: str | None = None
    #: The shares it states (percentages; wire copy, large folders): one release's
    #: "fell 0.4 pct" is not another's "fell 0.7 pct".
    shares: tuple[Figure, ...] = ()
    #: Its figures with those of its article's lead sentences that tell its happening, of
    #: the kinds it does not state (small folders: "the quake" of a later sentence is the
    #: lead's).
    told_figures: tuple[Figure, ...] = ()
    #: Its specific names (people, organisations: not places), large folders.
    specific: frozenset[str] = frozenset()
    #: Its article opens with a dateline (wire copy: ``CITY, April 1 -``).
    wire: bool = False
    #: The city its article's dateline names (wire copy), if any.
    filed_in: str | None = None
    #: The day its article's dateline names, as the day of a leap year (wire copy).
    filed_on: int | None = None
    #: The countries of the places it names, else of its article's headline (wire copy,
    #: large folders; :func:`_countries`).
    countries: frozenset[str] = frozenset()
    #: The traded goods it names, where it names places or peoples of two countries or
    #: more (wire copy; :func:`_countries_shared`).
    goods: frozenset[str] = frozenset()
    #: Its own words without those of the names it gives (large folders).
    plain: Vector = field(default_factory=dict)
    #: When its happening was, by its triggers' dates, else any its sentence gives (small
    #: folders, as evidence only: such a date may be another happening's).
    when: tuple[Period, ...] = ()
    #: Every name it names, the story's main ones too (small folders).
    named: frozenset[str] = frozenset()
    #: It says its happening was before its article's ("last month", "a year ago", "in
    #: 2005" in a report of 2008): background, in large folders (:func:`_told_as_past`).
    past: bool = False
    #: It states how things are or sums up many happenings, not one: no passage of an
    #: event, unless another article states such too (:func:`_tells_no_happening`); in a
    #: small folder not worded alike with another sentence either (:func:`_alike_in_words`).
    generic: bool = False
    #: The concepts it names only as the cause of what it tells ("the quake prompted
    #: thousands to flee": :func:`tui.core.events.causes.told_as_cause`): it joins no
    #: event they anchor; nor those it tells as many happenings of a kind
    #: (:func:`tui.core.events.many.told_as_many`).
    causes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Happening:
    """An event found in a story: its sentences and the concepts that anchor it."""

    #: (article position, sentence index), sorted.
    sentences: tuple[tuple[int, int], ...]
    anchors: frozenset[str]
    #: Lemma -> concept key, for the story's triggers.
    concepts: dict[str, str]
    #: The usable triggers of each of its sentences.
    triggers: dict[tuple[int, int], list[TriggerFeatures]]
    #: Its sentences that tell their happening as before their article's (background
    #: recalled, :func:`_told_as_past`; in a small folder only when they are most of its
    #: sentences), with the periods of their dates precise to a month.
    past: dict[tuple[int, int], tuple[Period, ...]] = field(default_factory=dict)
    #: Copies of one story tell it, and nothing else: their happenings made one
    #: (:func:`told_once`), or the sentences they share with no other article
    #: (:func:`same_wording`); the story's headline its title.
    retold: bool = False
    #: Its sentences are wire stories' told alike by the figures they state
    #: (:func:`figures_alike`: a results table and the story of the results); the
    #: headline over them says what they tell.
    by_figures: bool = False

    @property
    def recalled(self) -> bool:
        """Most of its sentences tell it as past: a happening its reports recall."""
        return len(self.past) * 2 > len(self.sentences)


def _normed(v: dict[str, float]) -> Vector:
    """A vector of words' weights made of length one (an empty one stays empty)."""
    values = v.values()
    norm = math.sqrt(sum(map(mul, values, values))) or 1.0
    return {w: x / norm for w, x in v.items()}


def _sentences(
    articles: Sequence[ArticleFeatures],
    block: Sequence[int],
    stats: CorpusStats,
    word_idf: dict[str, float],
    params: Params,
    small: bool = False,
) -> tuple[list[_Sentence], dict[str, str], dict[tuple[int, int], list[TriggerFeatures]]]:
    # (page furniture tells no happening, nor joins one: a page's "First Posted: ...
    # Updated: ..." stamp, a sign-up line, a link to another story; nor does a stock
    # line, an appeal for witnesses or "officials were unavailable for comment")
    items = [
        (i, k)
        for i in block
        for k, s in enumerate(articles[i].sentences)
        if not in_furniture(articles[i].furniture, s.start, s.end)
        and not is_stock_line(articles[i].sentence_text(k))
    ]
    usable = {
        (i, k): [
            t
            for t in usable_triggers(articles[i].triggers[k], stats, params)
            # ("declined to give figures" tells no decline)
            if not refuses(t, articles[i].triggers[k], articles[i].text)
        ]
        for i, k in items
    }
    if small:
        usable = {s: small_triggers(articles[s[0]].triggers[s[1]], ts) for s, ts in usable.items()}
    # ("the strike forced airlines to cancel flights" reports the cancellations, not the
    # strike: a happening told only as a cause is not the sentence's)
    # (nor is one told as many of a kind: "crackdowns on the sector", "a series of
    # attacks", "has repeatedly raided"; nor one told as what a later step of its case is
    # for: "arrested in connection with the killing" tells the arrest)
    causes = {
        s: told_as_cause(articles[s[0]].triggers[s[1]])
        | told_as_many(articles[s[0]], s[1])
        | told_as_reason(articles[s[0]], s[1])
        for s in items
    }
    usable = {s: [t for t in ts if t.start not in causes[s]] for s, ts in usable.items()}
    cmap = concept_map(
        sorted({t.lemma for ts in usable.values() for t in ts if t.pos == "VERB"})
        + sorted({t.lemma for ts in usable.values() for t in ts if t.pos != "VERB"}),
        stats.verbs,
        stats.words,
    )
    keys = {i: name_keys(articles[i]) for i in block} if small else {}
    # In a small folder a name nearly every article names is what the story is about, not
    # evidence: a sentence's names are its specific ones.
    common = common_names(keys.values()) if small else frozenset()
    people = firm_people({i: people_keys(articles[i]) for i in block}) if small else {}
    families = vocabulary().families
    if small:  # families are one concept; words weigh by their rarity among the sentences
        cmap = join_families(cmap)
        word_idf = sentence_idf(articles, block)
    # (a large folder compares sums of money only, and only articles that state some)
    sums = {i: any(q.label == "MONEY" for q in articles[i].quantities) for i in block}
    # (a sentence that states no figure of a kind, of a happening its article's lead
    # tells, leans on the lead's figures: the lead's first sentences that tell something,
    # a page's date lines before them left out)
    leads = {i: lead_of(articles[i], params.lead_sentences) for i in block} if small else {}
    # (where each article's headline and lead end: they tell its happening, never a
    # statement of how things are)
    leads_end = {i: lead_end(articles[i].sentences, params) for i in block}
    # (the countries a wire story's headline names: where its sentences naming no place are)
    heads = {
        i: headline_country_words(articles[i], peoples=True)
        for i in block
        if not small and articles[i].dateline is not None
    }
    out = []
    for i, k in items:
        a = articles[i]
        concepts: dict[str, _Concept] = {}
        # (a line that only dates the page tells no happening, "21 July 2013 Last
        # updated at 11:11 GMT"; in a small folder nor does a heading, "The week in
        # review", or a link to another story; in a large one nor does a sentence below
        # the headline too short to tell a happening, naming no one, nowhere and no
        # time: "Can you believe it?", not "She checked in today.")
        heading = (
            tells_nothing(a, k) or date_line(a, k)
            if small
            else date_line(a, k)
            or table_heading(a, k)
            or (not a.sentences[k].headline and tells_nothing(a, k) and not a.sentence_entities(k))
        )
        deps: dict[str, set[str]] = defaultdict(set)
        # (what dates the sentence's happening; in a small folder not a clause describing
        # a participant's, "Ruth Park, who won the prize in 1977, dies at 91"; in a large
        # one it does: leaving it out there cost ECB+ 18 right pairs for 9 it won)
        spread: list[Period] = []
        told_done: set[str] = set()  # (concepts a trigger tells undenied)
        for t in [] if heading else usable[(i, k)]:
            c = concepts.setdefault(cmap[t.lemma], _Concept())
            if not t.neg or t.modal:
                # (denied with a modal, "would not have placed him on reserve if", says
                # what would have been: it may tell the happening itself)
                told_done.add(cmap[t.lemma])
            c.weight = max(c.weight, stats.idf.get(t.lemma, 0.0))
            if not small and t.pos == "NOUN" and a.dateline is not None:
                before = a.text[max(a.sentences[k].start, t.start - _RECALL_REACH) : t.start]
                c.recalled |= _RECALLED.search(before) is not None
            deps[cmap[t.lemma]].add(t.dep)
            if small:
                c.objects += done_to(t)
                c.ordinals += ordinals(t)
                if (way := particle_way(a.text, t)) is not None:
                    c.ways.append(way)
            for arg in t.args:
                e = arg.entity
                if e is None:
                    continue
                if e.label == "DATE":
                    period = periods_of(e.value, params.max_period_days)
                    if period is not None:
                        c.periods.append(period)
                        if not small or t.dep not in DESCRIBING_CLAUSES:
                            spread.append(period)
                elif (
                    arg.role == "subj"
                    and e.kb_id
                    and e.label in SUBJECT_LABELS
                    and not (small and in_dateline(a, e.start))
                ):
                    c.subjects.append(e.kb_id)
                    if e.label == "PERSON":
                        c.doers.append(e.kb_id)
        if small and not heading:
            for key in word_families(without_names(a, k, without_causes(a, k, causes[(i, k)]))):
                concepts.setdefault(key, _Concept())
        # A trigger without its own date takes the sentence's ("died on Friday after falling").
        every = spread
        subjects = [x for c in concepts.values() for x in c.subjects]
        for key, c in concepts.items():
            c.modifier = bool(deps.get(key)) and deps[key] <= _DESCRIBING
            c.denied = small and bool(deps.get(key)) and key not in told_done
            c.own = bool(c.periods)
            c.periods = c.periods or every
            # (in a small folder who does it must be the trigger's own subject: a sentence's
            # other subjects would set apart "Ant scrapped its listing after his remarks")
            c.borrowed = not c.subjects and not small and bool(subjects)
            c.subjects = c.subjects or ([] if small else subjects)
        # Wire copy opens with where and when it was filed (``CITY, April 1 -``): every
        # story filed there that day shares those words, so in a large folder they are not
        # the sentence's.
        filed = a.dateline if not small else None
        # (the figures it states, read once: a small folder's evidence, a large one's sums
        # and a wire sentence's shares)
        stated = sentence_figures(a, k) if small or sums[i] or filed is not None else ()
        countries = _countries(a, k, filed, heads[i]) if filed is not None else frozenset()
        own_words = _own_words(a, k, filed)
        own_names = _own_names(a, k, filed)
        weights = (
            {}
            if heading
            else {
                w: (1 + math.log(n)) * word_idf.get(w, 0.0) for w, n in Counter(own_words).items()
            }
        )
        words = _normed(weights)
        plain = words
        if not small and not heading and (named := _named_words(a, k)):
            # (the same weights less the names' words, in the same order: as a bag of
            # the words left, counted alike)
            plain = _normed({w: x for w, x in weights.items() if w not in named})
        out.append(
            _Sentence(
                article=i,
                k=k,
                concepts=concepts,
                words=words,
                names=keys[i][k] - common if small else own_names,
                named=keys[i][k] if small else frozenset(),
                # (wire copy: a person's title is the person: "Treasury Secretary")
                specific=frozenset()
                if small
                else own_names & a.specific - (_titles(a, k) if filed is not None else frozenset()),
                wire=filed is not None,
                filed_in=a.filed_in if not small else None,
                filed_on=a.filed_on if not small else None,
                countries=countries,
                # (what two countries traded: read only where the countries may tie)
                goods=goods(a.sentence_text(k))
                if len(countries) >= SHARED_COUNTRIES
                else frozenset(),
                plain=plain if not small else {},
                parts=a.main,
                subjects=a.subjects,
                tickers=a.tickers,
                places=a.places,
                day=a.day,
                lead=k < params.lead_sentences,
                substory=a.substory,
                people=tuple(sorted(people[i][k])) if small else (),
                years=report_years(a) if small else a.years,
                # (a day the parse tied to no trigger: "met the heads of five banks on
                # Tuesday", the day hanging off "banks")
                when=tuple(every or sentence_periods(a, k, params.max_period_days, described=False))
                if small and concepts
                else (),
                figures=stated if small else _sums(stated) if sums[i] else (),
                shares=_shares(stated) if filed is not None else (),
                direction=direction(a.sentence_text(k))
                if small
                else move_direction(a.triggers[k], a.text),
                past=not small and _told_as_past(a, k, params),
                causes=frozenset(
                    cmap.get(t.lemma) or (families.get(t.lemma) if small else None) or t.lemma
                    for t in a.triggers[k]
                    if t.start in causes[(i, k)]
                ),
                generic=_tells_no_happening(a, k, leads_end[i]),
            )
        )
    if small:
        # (a sentence takes the figures of the lead's sentences that tell its happening,
        # not those of a digest's other items: "the quake" the lead's magnitude)
        lead: dict[int, list[_Sentence]] = defaultdict(list)
        for r in out:
            if r.k in leads[r.article]:
                lead[r.article].append(r)
        for r in out:
            r.told_figures = with_lead(
                r.figures,
                tuple(
                    f
                    for q in lead[r.article]
                    if q.concepts.keys() & r.concepts.keys()
                    for f in q.figures
                ),
            )
    return out, cmap, usable


#: A DATE that places its happening before the article's: "last month", "a year ago",
#: "earlier this year", "the previous week", "two months earlier" (not a day: "last
#: night", "two days ago" and a weekday are the article's own happening as often).
_PAST_DATE = re.compile(
    r"(?i)\b(?:last|previous|prior)\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)\b"
    r"|\bearlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)\b"
)


#: A sentence's head clause: its root, or what a root verb of saying reports.
_HEAD_DEPS = frozenset({"ROOT", "ccomp"})


def _told_as_past(a: ArticleFeatures, k: int, params: Params) -> bool:
    """Sentence ``k`` tells, as its main clause, something before its article's own
    happening: the DATE of its head verb (or of what a head verb of saying reports) says
    so ("last month the navy sank a trawler", "a year ago"), ends more than
    ``params.background_days`` before the article's date or, the article undated, names
    a year before the latest it names ("in 2005" beside 2008); and no DATE of the
    sentence is of the article's own time ("fired last week, he shot two people on
    Monday")."""
    heads = {
        arg.entity.start
        for t in a.triggers[k]
        if t.dep in _HEAD_DEPS
        for arg in t.args
        if arg.entity is not None
    }
    # (a head verb in the past perfect dates the sentence by any DATE of it: "had beaten
    # him back in 2008", the year tied to no verb by the parse)
    perfect = any(t.dep in _HEAD_DEPS and _past_perfect(a, k, t) for t in a.triggers[k])
    past = False
    for e in a.sentence_entities(k):
        if e.label != "DATE":
            continue
        if not _before(a, e, params):
            return False
        past = past or perfect or e.start in heads
    return past


def _past_perfect(a: ArticleFeatures, k: int, t: TriggerFeatures) -> bool:
    """Verb ``t`` of sentence ``k`` is written in the past perfect ("had beaten", "had
    already been seized")."""
    if t.pos != "VERB":
        return False
    auxiliaries, word = _auxiliaries(a, k, t)
    if auxiliaries[-1:] == ["been"]:
        auxiliaries = auxiliaries[:-1]
    return auxiliaries[-1:] == ["had"] and word != t.lemma


def _auxiliaries(a: ArticleFeatures, k: int, t: TriggerFeatures) -> tuple[list[str], str]:
    """The words before verb ``t`` of sentence ``k`` that may be its auxiliaries (the last
    four, adverbs like "already" left out), and the verb as written, in lower case."""
    before = [
        w.lower().replace("’", "'")
        for w in _LETTERS.findall(a.text[a.sentences[k].start : t.start])
    ]
    found = _LETTERS.match(a.text, t.start)
    return [w for w in before[-4:] if w not in _BETWEEN], found[0].lower() if found else ""


#: Words that may stand between an auxiliary and its verb ("have already carried").
_BETWEEN = frozenset("not n't still now already also just long never ever currently".split())
#: A DATE or phrase that spans the time up to now: what a perfect counts over ("since
#: January", "this year", "so far", "in recent months", "over the past decade"; not "since
#: dawn", "since Monday": a happening of these days, still going on).
_UP_TO_NOW = re.compile(
    r"(?i)\b(?:since(?!\s+(?:dawn|daybreak|sunrise|morning|this\s+morning|noon|midday|"
    r"midnight|early|last\s+night|yesterday|today|the\s+morning|\d[\d:.]*\s*[ap]\.?m|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    r"so\s+far|to\s+date|this\s+(?:year|month|week|decade|century)|"
    r"(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:\w+\s+)?"
    r"(?:years|months|weeks|decades))\b"
)
#: A span up to now that a denied perfect counts over ("has not been hit in more than 25
#: years", "has not spoken for two weeks", "in decades").
_FOR_A_WHILE = re.compile(
    r"(?i)\b(?:in|for)\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|"
    r"about\s+|some\s+)?(?:\d[\d,.]*|a|an|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|a\s+few|several|many)?\s*"
    r"(?:years|months|weeks|decades|centuries|year|month|week|decade|century)\b"
)
#: How far (characters) from a verb told in the present a word of how often it happens
#: may be ("typically releases its figures ... every month"; not a clause's further on).
_OFTEN_REACH = 60
_LETTERS = re.compile(r"[A-Za-z'’]+")
#: A count before a word: digits or a number word ("100 attacks", "dozens of raids").
_COUNT = re.compile(
    r"(?i)\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands|scores|several|many|numerous)\b"
)


def _tense(a: ArticleFeatures, k: int, t: TriggerFeatures) -> str | None:
    """How verb ``t`` of sentence ``k`` is told, as written: ``"perfect"`` (has carried
    out, have been seized), ``"present"`` (makes, they hold, are allowed), ``"ongoing"``
    (is serving), else None."""
    auxiliaries, word = _auxiliaries(a, k, t)
    aux = auxiliaries[-1] if auxiliaries else None
    if aux == "been":  # (has been seized, have been carrying out)
        return "perfect" if auxiliaries[-2:-1] and auxiliaries[-2] in PERFECT_AUX else None
    if aux in PERFECT_AUX:
        return "perfect" if word != t.lemma else "present"
    if aux in PRESENT_AUX:
        if word.endswith("ing"):
            return "ongoing"
        # (a passive in the present: "they are allowed one call a month", "the plant is
        # owned by the state")
        return "present" if t.passive else None
    if aux in OTHER_AUX:
        return None
    if word in {t.lemma + "s", t.lemma + "es", t.lemma[:-1] + "ies"}:
        return "present"
    states = vocabulary().states
    # (a bare form is a present only for a verb of state heading its sentence, whose past
    # is written otherwise: "they hold", "countries have"; "pirates hit" may be a past,
    # "saw four robbers make off" is no present)
    return "present" if word == t.lemma and t.lemma in states and t.dep == "ROOT" else None


def _plural(a: ArticleFeatures, start: int, lemma: str) -> bool:
    """The word at ``start`` is written as a plural of ``lemma`` (attacks, raids)."""
    found = _LETTERS.match(a.text, start)
    word = found[0].lower() if found else ""
    return word != lemma and word.endswith("s")


def _tells_no_happening(a: ArticleFeatures, k: int, lead: int) -> bool:
    """Sentence ``k`` states how things are or sums up many happenings, not one: every
    verb of its head clause (its root, or what it reports), verbs of saying left out, is a
    verb of state told in the present ("X is serving three life sentences", "several
    countries have warships patrolling", "the plant makes crackers"), or a perfect or
    present that counts over the time up to now ("pirates have carried out 100 attacks
    since January", "this year pirates have attacked nearly 100 vessels") or counts
    happenings ("have staged dozens of raids"), or a present that says how often ("the
    agency typically releases its figures on a Tuesday"); or every such verb is denied,
    in a perfect over the time up to now ("has not been hit by a quake in more than 25
    years"): none of its kind happened. An article's headline and lead (up to ``lead``,
    :func:`~tui.core.events.features.lead_end`) tell its happening, in the present too:
    never such."""
    if a.sentences[k].start < lead:
        return False
    words = vocabulary()
    every = [
        t
        for t in a.triggers[k]
        if t.pos == "VERB"
        and (
            t.dep == "ccomp"
            or (t.dep == "ROOT" and (t.lemma in words.states or t.lemma not in words.not_events))
        )
    ]
    heads = [t for t in every if not t.neg]
    text = a.sentence_text(k)
    if not heads:
        # Only denied, in a perfect over the time up to now: none of its kind happened
        # ("the area has not been hit by a quake in more than 25 years", "the bank has
        # not raised rates since 2029").
        return bool(every) and all(
            _tense(a, k, t) == "perfect"
            and (_UP_TO_NOW.search(text) is not None or _FOR_A_WHILE.search(text) is not None)
            for t in every
        )
    nouns = {t.start: t for t in a.triggers[k] if t.pos != "VERB"}
    for t in heads:
        tense = _tense(a, k, t)
        if tense is None:
            return False
        if (tense == "present" and t.lemma in words.states) or (
            tense == "ongoing" and t.lemma in words.ongoing
        ):
            continue
        if tense == "present" and says_how_often(
            a.text[max(a.sentences[k].start, t.start - _OFTEN_REACH) : t.start + _OFTEN_REACH]
        ):
            continue  # "the agency typically releases its figures on a Tuesday"
        counted = any(
            arg.role == "obj"
            and arg.start in nouns
            # (what it did, not whom it was done to: "two officers have been arrested")
            and nouns[arg.start].dep == "dobj"
            and _plural(a, arg.start, nouns[arg.start].lemma)
            and _COUNT.search(a.text[max(a.sentences[k].start, arg.start - 20) : arg.start])
            for arg in t.args
        )
        if not (counted or _UP_TO_NOW.search(text) and tense == "perfect"):
            return False
    return True


def _past(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], tuple[Period, ...]]:
    """Sentences told as past with the periods of their dates precise to a month (what
    says whether a later report tells the same happening: "last week" a week on)."""
    return {
        (i, k): tuple(sentence_periods(articles[i], k, PRECISE_DAYS)) for i, k in sorted(sentences)
    }


def _before(a: ArticleFeatures, e: Entity, params: Params) -> bool:
    """A DATE that places what it dates before its article's own happening."""
    if _PAST_DATE.search(e.text):
        return True
    period = parse_value(e.value) if e.value else None
    if period is None:
        return False
    if a.date is not None:
        return period.end < a.date.toordinal() - params.background_days
    # (an undated report: a year before the latest it names)
    return bool(a.years) and period.last.year < max(a.years)


def _own_words(a: ArticleFeatures, k: int, dateline: tuple[int, int] | None) -> list[str]:
    """The content words of sentence ``k`` without its dateline's, if it holds one."""
    s = a.sentences[k]
    if dateline is None or not s.start <= dateline[0] < s.end:
        return a.words[k]
    return content_words(a.text[s.start : dateline[0]] + " " + a.text[dateline[1] : s.end])


def _own_names(a: ArticleFeatures, k: int, dateline: tuple[int, int] | None) -> frozenset[str]:
    """The names of sentence ``k`` without those its dateline names."""
    s = a.sentences[k]
    if dateline is None or not s.start <= dateline[0] < s.end:
        return a.names[k]
    filed = {e.kb_id for e in a.entities if e.kb_id and dateline[0] <= e.start < dateline[1]}
    return a.names[k] - filed


def _titles(a: ArticleFeatures, k: int) -> frozenset[str]:
    """The organisations sentence ``k`` names only as a person's title ("Treasury
    Secretary James Baker", "Finance Minister Edouard Balladur"): in wire copy one doer
    with the person, not a second name two reports share."""
    entities = a.sentence_entities(k)
    verbs = [t.start for t in a.triggers[k] if t.pos == "VERB"]
    titles: set[str] = set()
    other: set[str] = set()
    for x, e in enumerate(entities):
        if e.label != "ORG" or not e.kb_id:
            continue
        end, y = e.end, x + 1
        # (its acronym in brackets, named as the organisation too)
        while y < len(entities) and entities[y].kb_id == e.kb_id and entities[y].start - end <= 3:
            end, y = entities[y].end, y + 1
        person = entities[y] if y < len(entities) else None
        if (
            person is not None
            and person.label == "PERSON"
            and _TITLE_GAP.fullmatch(a.text, end, person.start)
            and not any(end <= v < person.start for v in verbs)
        ):
            titles.add(e.kb_id)
        else:
            other.add(e.kb_id)
    return frozenset(titles - other)


def _article_titles(a: ArticleFeatures) -> frozenset[str]:
    """The organisations an article names only as a person's title (:func:`_titles`)."""
    titles: set[str] = set()
    other: set[str] = set()
    for k in range(len(a.sentences)):
        mine = _titles(a, k)
        titles |= mine
        other |= {e.kb_id for e in a.sentence_entities(k) if e.kb_id} - mine
    return frozenset(titles - other)


#: A capitalised run of one to three words: a place name in a headline.
_CAPITALISED = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}")


def _countries(
    a: ArticleFeatures, k: int, dateline: tuple[int, int] | None, headline: frozenset[str]
) -> frozenset[str]:
    """The countries of the places and the peoples sentence ``k`` names (its dateline's
    left out; "an Iranian oil platform": Iran), else those its article's headline names
    (``headline``: :func:`~tui.core.events.stories.headline_country_words`)."""
    places = gazetteer()
    found = frozenset(
        country
        for e in a.sentence_entities(k)
        if e.label in _COUNTRY_LABELS
        and not (dateline is not None and dateline[0] <= e.start < dateline[1])
        and (
            country := places.demonyms.get(fold(e.text))
            if e.label == "NORP"
            else places.country_of(e.text)
        )
        is not None
    )
    return found or headline


def _named_words(
    a: ArticleFeatures, k: int, labels: Collection[str] | None = NAME_LABELS
) -> frozenset[str]:
    """The content words of the names sentence ``k`` gives (``labels``; None: its dates and
    every other entity too)."""
    return frozenset(
        w
        for e in a.sentence_entities(k)
        if labels is None or e.label in labels
        for w in content_words(e.text)
    )


def _shares(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The percentages among a sentence's figures."""
    return tuple(f for f in figures if f.unit == "percent")


def _sums(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The sums of money among a sentence's figures (a currency's code is its unit)."""
    return tuple(f for f in figures if f.unit and f.unit.isupper())


def _wire_apart(a: _Sentence, b: _Sentence, params: Params, words: float | None = None) -> bool:
    """Two sentences of different wire stories that nothing ties to one happening.

    Their dateline's place and day are no evidence: they need a specific name (a place
    is none) or their wording in common. Nor is one name in common, which says who
    acts, not what happened (a company's results and its bond issue of one day, an
    agency's two rulings, a head of government named in two stories): they need a
    second name, their own wording (the names' words left out) or a sum in common; and
    with one name, places of one country at least (an agency's weather or crop report
    of two countries is two, however alike its words: :func:`_countries`).
    ``words``: their words' cosine, when the caller has it. Places or peoples of
    :data:`SHARED_COUNTRIES` countries in common tie them as two names would.
    """
    shared = a.specific & b.specific
    if _countries_shared(a, b):
        return False
    if words is None:
        words = cosine(a.words, b.words)
    if not shared and words < params.wire_min_words:
        return True
    return (
        len(shared) < 2
        and (
            cosine(a.plain, b.plain) < params.wire_min_words
            # (one template told of two countries: "wet weather covered Brazil's
            # soybean areas", "dry weather covered most of Europe")
            or bool(a.countries and b.countries and not a.countries & b.countries)
        )
        and not any(x.unit == y.unit and figures_agree(x, y) for x in a.figures for y in b.figures)
    )


@dataclass(frozen=True, slots=True)
class _Lead:
    """What a wire story's lead tells, to tell one template's two happenings apart: its
    act (the lemma of its first verb that is no light verb: "is issuing" beneath "...,
    lead manager Nomura International Ltd said"), who does it (its subjects' kb ids,
    each a person's or a body's), and the sums of money, shares and quantities of goods
    the lead states."""

    act: str | None
    doers: tuple[tuple[str, str], ...]
    sums: tuple[Figure, ...]
    shares: tuple[Figure, ...]
    #: The quantities of goods it states (:data:`~tui.core.nlp.quantities.lexicon.
    #: GOODS_UNITS`: "13 head of dairy cattle", "60,000 tonnes of wheat"): one template's
    #: two deals state two of one unit (not a toll, revised from report to report).
    goods: tuple[Figure, ...] = ()


def _lead_of(a: ArticleFeatures) -> _Lead | None:
    """A wire story's lead as :class:`_Lead` reads it; None without a dateline."""
    k = dateline_sentence(a)
    if k is None:
        return None
    act = next((t for t in a.triggers[k] if t.pos == "VERB" and t.lemma not in LIGHT_VERBS), None)
    doers = (
        ()
        if act is None
        else tuple(
            # (a person, or a body: a company, a country, a people)
            ("person" if arg.entity.label == "PERSON" else "body", arg.entity.kb_id)
            for arg in act.args
            if arg.role == "subj"
            and arg.entity is not None
            and arg.entity.kb_id
            and arg.entity.label in SUBJECT_LABELS
        )
    )
    stated = sentence_figures(a, k)
    return _Lead(
        act.lemma if act else None,
        doers,
        _sums(stated),
        _shares(stated),
        tuple(f for f in stated if f.unit in GOODS_UNITS),
    )


def _leads_of(articles: Sequence[ArticleFeatures]) -> Callable[[int], _Lead | None]:
    """An article's lead by its position (:func:`_lead_of`), each read once."""
    known: dict[int, _Lead | None] = {}

    def lead_of(i: int) -> _Lead | None:
        if i not in known:
            known[i] = _lead_of(articles[i])
        return known[i]

    return lead_of


def _leads_apart(a: _Lead | None, b: _Lead | None) -> bool:
    """Two wire stories' leads tell one act (:attr:`_Lead.act`) done by other doers of
    one kind, or state sums of money, shares or quantities of goods ("13 head of dairy
    cattle", "75 head") that cannot be one another's as written
    (:func:`~tui.core.events.small.sentence_figures_conflict`; not the ratios apart
    :func:`~tui.core.events.features.figures_conflict` asks of any two reports' lead
    figures): one template's two happenings ("Scotia Mortgage Corp is issuing a 100 mln
    Canadian dlr bond ... paying 8-3/4 pct", "Victorian Public Authorities Finance Agency
    is issuing ... paying 8-1/2 pct"), however alike the rest of their wording."""
    if a is None or b is None or a.act is None or a.act != b.act:
        return False
    # (doers of one kind: the parse reads a company or its officer as the doer as often
    # as not, "Crazy Eddie Inc executive vice president ... Sam Antar ... has resigned";
    # and a company's name as a place's, "Nippon Shokubai Kagaku Kogyo")
    kinds = {label for label, _ in a.doers} & {label for label, _ in b.doers}
    return (
        any(
            participants_conflict(
                [x for label, x in a.doers if label == kind],
                [x for label, x in b.doers if label == kind],
            )
            for kind in sorted(kinds)
        )
        or sentence_figures_conflict(a.sums, b.sums)
        or _mostly_unmatched(a.sums, b.sums)
        or sentence_figures_conflict(a.shares, b.shares)
        or sentence_figures_conflict(a.goods, b.goods)
    )


def _mostly_unmatched(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Most of the sums each of two leads states agree with none of the other's: one
    issuer's two issues of one week, each lead stating its own amount and the year's
    total so far ("issued 6.2 billion ... bringing issues so far this year to 150.4
    billion against 40 billion a year earlier"; two days on, 4.9 billion and 155.3
    billion), the year-earlier figure they share no sign of one happening."""

    def unmatched(xs: Sequence[Figure], ys: Sequence[Figure]) -> int:
        return sum(not any(figures_agree(x, y) for y in ys) for x in xs)

    return 2 * unmatched(a, b) > len(a) and 2 * unmatched(b, a) > len(b)


def _recalls(ca: _Concept, ra: _Sentence, cb: _Concept, rb: _Sentence) -> bool:
    """One of two wire sentences tells their concept's happening as an earlier report's
    (:attr:`_Concept.recalled`), and its story was filed after the other's."""
    return (ca.recalled and filed_after(ra, rb)) or (cb.recalled and filed_after(rb, ra))


def _filed_apart(a: _Sentence, b: _Sentence) -> bool:
    """Two sentences of wire stories filed from different cities (their datelines) that
    name no specific name in common: one template's reports of one day from two places
    (a country's exports and another's feed output fell; two currencies opened easier in
    two cities) are two happenings, however alike their words. A report of one happening
    from another city names its doer (a company's court filing from its seat and from a
    financial centre), or the countries of who acted and on whom
    (:data:`SHARED_COUNTRIES`)."""
    return (
        a.filed_in is not None
        and b.filed_in is not None
        and a.filed_in != b.filed_in
        and not a.specific & b.specific
        and not _countries_shared(a, b)
    )


def _countries_shared(a: _Sentence, b: _Sentence) -> bool:
    """Two sentences name places or peoples of :data:`SHARED_COUNTRIES` countries in
    common, and no different traded goods: "Mexico bought Canadian rapeseed" and "Mexico
    may have purchased Canadian flaxseed" are one trade template's two deals."""
    return len(a.countries & b.countries) >= SHARED_COUNTRIES and not goods_apart(a.goods, b.goods)


#: A ticker or a bracketed name of a wire headline ("BORDEN <BN> CALLS DEBENTURES").
_MARKED = re.compile(r"<[^<>\n]{1,60}>")


@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    """Light verbs' stems, their irregular forms' too (read once, when first linking): a
    headline's "says", "sees", "seen", "hopes" say nothing of its matter."""
    return frozenset(w for v in LIGHT_VERBS for w in content_words(v)) | frozenset(
        w
        for form, base in load_lexicon().irregular.items()
        if base in LIGHT_VERBS
        for w in content_words(form)
    )


def headline_matter(a: ArticleFeatures) -> frozenset[str]:
    """The words of a wire story's headline that say what it is about: its content
    words, less the names' (who), the tickers', the light verbs' ("TREASURY'S BAKER
    HOPES PRIME RATE RISE TEMPORARY": prime, rate, rise, temporary) and the nouns of a
    company's part (:data:`BODY_NOUNS`), and the families of news words it uses
    (:func:`~tui.core.events.small.word_families`). Empty for a story without a dateline
    or a headline."""
    k = _wire_headline(a)
    if k is None:
        return frozenset()
    s = a.sentences[k]
    line = a.text[s.start : s.end]
    # (a desk's or a column's label, "TALKING POINT/", "REPEATED - ", is no matter; a
    # slash between two words is none: "SOVIET INDUSTRIAL GROWTH/TRADE SLOWER")
    label = DESK_LABEL.match(line)
    # (nor a refusal to speak: "DECLINES COMMENT ON ..." is about what it is on)
    text = without_refusals(_MARKED.sub(" ", line[label.end() :] if label else line))
    # (and the families of news words it uses: "BUYS" and "ACQUISITION" tell one matter)
    words = frozenset(content_words(text)) - _named_words(a, k) - _light_stems()
    # (a share of a company held, "HAS 6.2 PCT OF", is a stake: "RAISES STAKE IN" tells
    # the same matter, and a later filing's "HAS 11.5 PCT OF" too)
    stake = {"stake"} if _HOLDING.search(text) else set()
    # (a company's part named, not what happened to it, unless it is all the headline
    # says: "MIDLAND SETS UP SUBSIDIARY IN FINLAND")
    return (words - _body_stems() or words) | stake | word_families(text)


#: A share of a company a headline says someone holds or deals in: a stake.
_HOLDING = re.compile(r"\b(?:PCT|PERCENT)\s+OF\b", re.IGNORECASE)


#: Nouns a wire headline names a company's part or the company by, not what happened to
#: it ("DOW CHEMICAL CO <DOW> UNIT INCREASES PRICES" beside "... TO SELL SOUTH AFRICAN
#: UNIT"): who, as a name is.
BODY_NOUNS = ("unit", "units", "subsidiary", "subsidiaries", "affiliate", "division", "company")


@lru_cache(maxsize=1)
def _body_stems() -> frozenset[str]:
    """:data:`BODY_NOUNS`' stems."""
    return frozenset(w for noun in BODY_NOUNS for w in content_words(noun))


def matters_of(articles: Sequence[ArticleFeatures]) -> Callable[[int], frozenset[str]]:
    """An article's headline matter by its position (:func:`headline_matter`), each read
    once."""
    known: dict[int, frozenset[str]] = {}

    def matter_of(i: int) -> frozenset[str]:
        if i not in known:
            known[i] = headline_matter(articles[i])
        return known[i]

    return matter_of


#: Words of a headline that say when or how much, not what about: "WHOLESALE PRICES FALL
#: 0.5 PCT IN FEBRUARY" and "TRADE IN BALANCE IN FEBRUARY" share no matter. (Not "year":
#: "ACME GROUP YEAR NET" and "ACME SEES HIGHER FULL YEAR RESULTS" are one matter; nor
#: "billion": a bond of "8.2 BILLION DLR" and "CANNOT POST MORE THAN 2 BILLION" are;
#: nor a country's or a people's word: a country's oil output and its minister's view of
#: a pact are one thread.)
_WHEN_OR_HOW_MUCH = (*MONTHS, *WEEKDAYS, "pct", "percent")


@lru_cache(maxsize=1)
def _no_matter() -> frozenset[str]:
    """Stems of the words of a headline that tell no matter of its own (when, how much:
    :data:`_WHEN_OR_HOW_MUCH`)."""
    return frozenset(w for word in _WHEN_OR_HOW_MUCH for w in content_words(word))


def headline_matters_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two wire stories whose headlines, their names aside, share no word, nor two forms
    of one (:func:`~tui.core.events.concepts.related_lemmas`: "INTERVENTION" and
    "INTERVENED", "EXPLOSION" and "EXPLODES"): two matters (one official's testimony on a rate
    rise and on a debtor's crisis, filed as two stories), whatever names they share. Words
    of when and how much are no matter (:func:`_no_matter`): a country's GDP revised "TO
    1.9 PCT" and its jobless rate "AT RECORD 9.4 PCT" are two."""
    a, b = a - _no_matter(), b - _no_matter()
    if not (a and b) or a & b:
        return False
    # (a family is one word: two families are two, whatever their keys share)
    words_a, words_b = [x for x in a if not is_family(x)], [y for y in b if not is_family(y)]
    return not any(related_lemmas(x, y) for x in words_a for y in words_b)


#: Figures each of two stories of one headline template must state, at least, to be told
#: apart by them; and the share of the fewer figures the other may state, at most.
TEMPLATE_FIGURES = 3
TEMPLATE_SHARED = 0.5


def _stated_values(a: ArticleFeatures) -> frozenset[float]:
    """The values of the figures a story's body states (its headline's left out)."""
    head = next((s.end for s in a.sentences if s.headline), 0)
    return frozenset(
        round(q.value, 6) for q in a.quantities if q.value is not None and q.start >= head
    )


def _template_apart(
    a: frozenset[str],
    b: frozenset[str],
    va: frozenset[float],
    vb: frozenset[float],
    other_days: bool = False,
) -> bool:
    """Two wire stories of one headline template with one word swapped ("CASH WHOLESALE
    BEEF PRICES", "... PORK PRICES"; "CANADIAN MONEY SUPPLY RISES IN WEEK", "... FALLS
    ..."; "JAPAN INDUSTRIAL PRODUCTION RISES IN FEBRUARY", "... MARCH") whose bodies
    state other figures: the template's reports of two things, moves or periods; the
    slot's word may be two in one of them ("DUTCH SOYMEAL IMPORTS FALL IN JANUARY", "...
    GREEN COFFEE IMPORTS ..."). A rewrite of one story swaps a word too ("NAMES" for
    "ELECTS", "OFFER" for "TENDER") but states the same figures, or none. Filed on
    ``other_days``, the same words are the template's too: a daily or weekly notice's two
    issues ("HOG AND CATTLE SLAUGHTER GUESSTIMATES", a board's export prices) when the
    bodies state other figures; filed the same day, one happening told twice in other
    detail. ``a``, ``b``: the headlines' matters (:func:`headline_matter`); ``va``,
    ``vb``: the bodies' figures (:func:`_stated_values`)."""
    swapped = sorted((len(a - b), len(b - a)))
    if swapped not in ([1, 1], [1, 2]) and not (other_days and swapped == [0, 0]):
        return False
    if len(a & b) < 2:
        return False
    if min(len(va), len(vb)) < TEMPLATE_FIGURES:
        return False
    return len(va & vb) < TEMPLATE_SHARED * min(len(va), len(vb))


#: Words of a headline or a city's name, for matching one in the other.
_WORDS = re.compile(r"[^\W\d_]+")


def _headline_city(a: ArticleFeatures) -> str | None:
    """The city a wire story was filed from (its dateline's) when its headline names it
    too ("ST LOUIS HOGS UP 1.00 DLR", filed in St Louis), or opens with its first word,
    a word of :data:`CITY_WORD` letters or more that is no place of its own ("SIOUX
    CATTLE OPEN UP", filed in Sioux City), else None."""
    if a.filed_in is None:
        return None
    head = next((s for s in a.sentences if s.headline), None)
    if head is None:
        return None
    words = _WORDS.findall(a.text[head.start : head.end].casefold())
    city = _WORDS.findall(a.filed_in)
    if not city:
        return None
    if f" {' '.join(city)} " in f" {' '.join(words)} ":
        return a.filed_in
    # (not a word that is a place of its own, nor one opening another place's name:
    # "MEXICO" opening a headline filed in Mexico City names the country, "EAST GERMANY"
    # filed in East Berlin)
    first, places = city[0], gazetteer()
    if (
        len(first) >= CITY_WORD
        and words[:1] == [first]
        and not places.is_place(first)
        and not places.is_place(" ".join(words[:2]))
    ):
        return a.filed_in
    return None


#: Letters a city's first word needs to stand for the city when a headline opens with it
#: alone ("SIOUX" for Sioux City; not "NEW" for New York, nor "ST" for St Louis).
CITY_WORD = 4


def _cities_apart(
    a: frozenset[str], b: frozenset[str], city_a: str | None, city_b: str | None
) -> bool:
    """Two wire stories of one headline template, each headline naming the city it was
    filed from, two cities ("ST LOUIS HOGS UP 1.00/1.25 DLR", "PEORIA HOGS UP 1.00/1.50
    DLR"): two places' reports (two markets, two banks), whatever figures or source they
    share. ``a``, ``b``: the headlines' matters (:func:`headline_matter`), the cities'
    words and their families left out ("SIOUX FALLS": no fall), a word joined to the
    next by a hyphen read as two ("DLR-PRIVATE" beside "DLR - PRIVATE")."""
    if city_a is None or city_b is None or city_a == city_b:
        return False
    a = _apart_from_city(a, city_a)
    b = _apart_from_city(b, city_b)
    return len(a - b) <= 1 and len(b - a) <= 1 and len(a & b) >= 2


#: A place a headline names, by kind: ``("country", code)`` (by its name or its people's
#: adjective), ``("region", name)`` (a state or province), ``("city", name)``.
_HeadPlace = tuple[str, str]

#: A number in a headline, which a template's issues change ("1.00/1.25 DLR").
_NUMBER = re.compile(r"[\d./-]*\d[\d./-]*")


def _headline_places(a: ArticleFeatures) -> tuple[frozenset[_HeadPlace], tuple[str, ...]]:
    """The places a wire story's headline names in the words of the places' tables
    (:func:`~tui.core.nlp.places.gazetteer`; a headline in capitals is often no entity of
    the parse), and the headline's template: its words, folded, each place's run of them
    and each number a slot. Nothing for a story without a dateline or a headline."""
    k = _wire_headline(a)
    if k is None:
        return frozenset(), ()
    places = gazetteer()
    s = a.sentences[k]
    words = [w.strip(",:;'\"()") for w in a.text[s.start : s.end].split()]
    template = ["#" if _NUMBER.fullmatch(w) else w.casefold() for w in words]
    found: set[_HeadPlace] = set()
    for n in (3, 2, 1):
        for x in range(len(words) - n + 1):
            if "@" in template[x : x + n]:
                continue
            name = headline_key(" ".join(words[x : x + n]))
            if name in places.countries or name in places.demonyms:
                found.add(("country", places.countries.get(name) or places.demonyms[name]))
            elif name in places.regions and (name not in places.abbreviations or "." in name):
                # (a state's abbreviation that is a word too, "MASS", "ILL", "ORE", "MAN",
                # is that word in a headline; "N.Y." is the state)
                found.add(("region", name))
            elif name in places.cities:
                found.add(("city", name))
            else:
                continue
            template[x : x + n] = ["@"] * n
    # (a place's run of words is one slot)
    slots = tuple(w for i, w in enumerate(template) if w != "@" or template[i - 1 : i] != ["@"])
    return frozenset(found), slots


def _places_apart(
    a: tuple[frozenset[_HeadPlace], tuple[str, ...]],
    b: tuple[frozenset[_HeadPlace], tuple[str, ...]],
) -> bool:
    """Two wire stories of one headline template, word for word but for its places and
    numbers, whose headlines name other places of one kind ("CHINA CROP WEATHER SUMMARY",
    "BRAZIL CROP WEATHER SUMMARY"; a fund family's "FRANKLIN OHIO SETS MONTHLY PAYOUT",
    "FRANKLIN MINNESOTA ..."): a desk's reports of two places. A country and a city, or a
    state and a city, may be one place told two ways ("SOUTH KOREA THREATENS ...", "SEOUL
    THREATENS ..."). ``a``, ``b``: their places and templates (:func:`_headline_places`)."""
    (at, a_slots), (bt, b_slots) = a, b
    if not (at and bt) or a_slots != b_slots:
        return False
    return all(x[0] == y[0] and x[1] != y[1] for x in at for y in bt)


def _apart_from_city(matter: frozenset[str], city: str) -> frozenset[str]:
    """A headline's matter without its city's words and their families, each hyphened
    word read as its parts (:func:`_cities_apart`)."""
    words = {part for w in matter for part in ([w] if is_family(w) else w.split("-")) if part}
    return frozenset(words) - frozenset(content_words(city)) - word_families(city)


#: A wire headline the corpus files word for word on this many days or more is a
#: recurring notice's ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES", "HOG AND CATTLE
#: SLAUGHTER GUESSTIMATES"). On the 19k Reuters stories the 38 headlines filed on three
#: days or more (their datelines' days) are all such notices; of those filed on two
#: days, many are one story sent again the next day.
RECURRING_DAYS = 3

#: A wire lead whose words, its figures and dateline left out, the corpus files on
#: :data:`RECURRING_DAYS` days or more is a recurring notice's too, if it has this many
#: words or more ("The Bank of England said it forecast a shortage of around 450 mln stg
#: in the money market today", under headlines that change with the figure). Fewer
#: words are a results table's first row ("Shr 42 cts vs 1.53 dlrs"), which every
#: company files. On the 19k Reuters stories the 93 leads filed so (482 stories) are all
#: notices or one firm's recurring announcements, each filing its own happening (money
#: market operations, auctions, rate tables, weekly releases, a refiner's price changes,
#: a finance arm's note issues, an investor's stake filings).
NOTICE_LEAD_WORDS = 10


def _notice_keys(a: ArticleFeatures) -> list[str]:
    """What tells a wire story's recurring notice, if it is one: its headline word for
    word, and its lead's words without figures and dateline (:data:`NOTICE_LEAD_WORDS`)."""
    keys = []
    k = _wire_headline(a)
    if k is not None:
        s = a.sentences[k]
        keys.append("h " + " ".join(a.text[s.start : s.end].split()).casefold())
    lead = dateline_sentence(a)
    if lead is not None and a.dateline is not None:
        words = _WORDS.findall(a.text[a.dateline[1] : a.sentences[lead].end].casefold())
        if len(words) >= NOTICE_LEAD_WORDS:
            keys.append("l " + " ".join(words[:NOTICE_LEAD_WORDS]))
    return keys


def notice_issues(articles: Sequence[ArticleFeatures]) -> list[dict[str, NoticeDay]]:
    """Each article's recurring notices and the day of its issue: the keys of
    :func:`_notice_keys` that the corpus files on :data:`RECURRING_DAYS` days or more ->
    the day it was filed (the day of the year its dateline names, else its date: a story
    filed in Tokyo the evening before its dateline's day is of that day). Empty for an
    article that is no notice's issue, or whose day is not known."""
    keys: dict[int, tuple[list[str], NoticeDay]] = {}
    days: dict[str, set[NoticeDay]] = defaultdict(set)
    filed_by: dict[str, dict[NoticeDay, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, a in enumerate(articles):
        if a.filed_on is not None:
            day = ("filed", a.filed_on)
        elif a.day is not None:
            day = ("date", a.day)
        else:
            continue
        keys[i] = (_notice_keys(a), day)
        for key in keys[i][0]:
            days[key].add(day)
            filed_by[key][day].append(i)

    def text_of(i: int) -> str:
        return articles[i].text

    copies = copies_among(text_of)
    notices = {
        key
        for key, filed in days.items()
        if len(filed) >= RECURRING_DAYS
        or (key.startswith("h ") and _two_issues(articles, list(filed_by[key].values()), copies))
    }
    out: list[dict[str, NoticeDay]] = [{} for _ in articles]
    for i, (own, day) in keys.items():
        out[i] = {key: day for key in own if key in notices}
    return out


def _two_issues(
    articles: Sequence[ArticleFeatures],
    filed: Sequence[Sequence[int]],
    copies: Callable[[int, int], bool],
) -> bool:
    """Whether one wire headline, word for word, filed on two days only (``filed``: the
    articles of each day), is two issues of a recurring notice, as one filed on
    :data:`RECURRING_DAYS` days is: a folder of a few hundred stories holds two weeks'
    "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", never the corpus's many. The days are
    more than :data:`WIRE_RETOLD_DAYS` apart (the next day, a story is sent again), the
    headline says what happened, not only whom a column is about ("TALKING POINT/ACME
    CORP"), it names no period of its own (a quarter's results sent again, revised: one
    report), and no story of one day is a copy of one of the other's (the story sent
    again days on). On the 19k Reuters stories, of the 55 such headlines, all but two
    are notices, weekly releases or one firm's reports of another day (a dividend, a
    contract, an acquisition); the two are one takeover's steps ("... AGAIN EXTENDS ...
    OFFER", "... CUT ... STAKE"). (Their bodies' figures tell nothing: a notice states its
    unchanged rates again; a quarter's results estimated, then reported or revised, name
    the quarter: "2ND QTR".)"""
    if len(filed) != 2:
        return False
    first, second = filed
    a, b = articles[first[0]], articles[second[0]]
    gap = filing_gap(a, b)
    if gap is None or gap <= WIRE_RETOLD_DAYS:
        return False
    if not headline_matter(a) or _headline_dated(a) or _headline_dated(b):
        return False
    return not any(copies(i, j) for i in first for j in second)


def recurring_notices(
    articles: Sequence[ArticleFeatures], issues: Sequence[Mapping[str, NoticeDay]] | None = None
) -> Callable[[int, int], bool]:
    """Whether two wire stories (by position) are two issues of a recurring notice: one
    headline, word for word, or one lead but for its figures (:func:`notice_issues`;
    ``issues``: read here if None), the two filed on different days
    (``features.filing_gap``). Their words and figures may be the same (a central bank's
    1.5 billion of repurchases on two days, its forecast shortage of 450 mln stg on two
    days): each day's notice is that day's happening."""
    of = notice_issues(articles) if issues is None else issues

    def apart(i: int, j: int) -> bool:
        return bool(of[i]) and bool(of[j]) and bool(filing_gap(articles[i], articles[j]))

    return apart


#: The longest period a wire headline's date may name to date its report: a year ("YEAR
#: DEC 31", "1986"), a quarter ("1ST QTR").
HEADLINE_PERIOD_DAYS = 366


def headline_periods(a: ArticleFeatures) -> tuple[Period, ...]:
    """The periods a wire story's headline dates its report by ("KAPOK CORP <KPK> 1ST QTR
    DEC 31 LOSS": the quarter and its last day; "JAPAN JANUARY TRADE SURPLUS"), a year
    long at most; none without a dateline."""
    k = _wire_headline(a)
    if k is None:
        return ()
    return tuple(
        p
        for x in a.sentence_entities(k)
        if x.label == "DATE" and (p := periods_of(x.value, HEADLINE_PERIOD_DAYS)) is not None
    )


def _headline_dated(a: ArticleFeatures) -> bool:
    """A wire story's headline dates its report (:func:`headline_periods`), or names a
    quarter or a half of its year, whatever its value ("ACME <ACM> 2ND QTR NET": the
    company's own quarter, which extraction leaves without one)."""
    k = _wire_headline(a)
    return k is not None and (
        bool(headline_periods(a))
        or any(x.label == "DATE" and PART_OF_YEAR.fullmatch(x.text) for x in a.sentence_entities(k))
    )


def headlines_dated_apart(a: Sequence[Period], b: Sequence[Period]) -> bool:
    """Two wire headlines that each date their report, by periods none of which meets one
    of the other's: one company's results for its year to September and for its quarter
    to December, filed the same hour; a January release and a February one. (A quarter
    and the year it closes meet: "4TH QTR NET" and "YEAR DEC 31 NET" of one release.)"""
    return bool(a and b) and not any(periods_meet(x, y, 0) for x in a for y in b)


def templates_apart(
    articles: Sequence[ArticleFeatures],
    matter_of: Callable[[int], frozenset[str]],
    recurring: Callable[[int, int], bool] | None = None,
) -> Callable[[int, int], bool]:
    """Whether two articles by position are one template's reports of two things
    (:func:`_template_apart`; or headlines naming different goods, "CBT CORN SPREADS",
    "CBT SOYBEAN SPREADS": :func:`~tui.core.events.small.goods_apart`), of two cities
    (:func:`_cities_apart`), of two places of one kind (:func:`_places_apart`) or of two
    periods (:func:`headlines_dated_apart`), each article's figures, goods, headline city,
    headline places and headline periods read once."""
    values: dict[int, frozenset[float]] = {}
    cities: dict[int, str | None] = {}
    traded: dict[int, frozenset[str]] = {}
    dated: dict[int, tuple[Period, ...]] = {}
    places: dict[int, tuple[frozenset[_HeadPlace], tuple[str, ...]]] = {}

    def apart(i: int, j: int) -> bool:
        for x in (i, j):
            if x not in values:
                values[x] = _stated_values(articles[x])
                cities[x] = _headline_city(articles[x])
                traded[x] = _headline_goods(articles[x])
                dated[x] = headline_periods(articles[x])
                places[x] = _headline_places(articles[x])
        return (
            headlines_dated_apart(dated[i], dated[j])
            or goods_apart(traded[i], traded[j])
            or _template_apart(
                matter_of(i),
                matter_of(j),
                values[i],
                values[j],
                bool(filing_gap(articles[i], articles[j])),
            )
            or _cities_apart(matter_of(i), matter_of(j), cities[i], cities[j])
            or _places_apart(places[i], places[j])
            or (recurring is not None and recurring(i, j))
        )

    return apart


def _one_doer(a: _Concept, b: _Concept, key: str) -> bool:
    """Two mentions of one act (no light verb's) by one person, its own subject in both:
    "founder and chairman Boyd L. Jefferies has resigned", "Boyd Jefferies, who resigned
    as head of his firm". One name in common is evidence enough then: who did what is
    told. (Not a company: "Xerox Corp has decided to stop selling personal computers"
    and its unit's agreement "to sell its South African company" are two happenings.
    Nor a statement's verb, "predicted", "urged": one person states many things.)"""
    return (
        key not in LIGHT_VERBS
        and key not in vocabulary().statements
        and bool(set(a.doers) & set(b.doers))
    )


def _tied(
    articles: Sequence[ArticleFeatures],
    a: _Sentence,
    b: _Sentence,
    matter: Callable[[int], frozenset[str]],
) -> bool:
    """Two wire sentences tied to one happening whatever their headlines say: told again
    in the same words (:func:`_retold`), stating a figure alike ("obtained 150 mln dlrs
    in financing", "financing ... for 150 mln dlrs"), or telling one act by one named doer
    that a headline of theirs tells too ("BOARD RAISES BERTH FEES": "the board raised
    berth fees", "after the board raised its charges"). A light verb's act ("said") is
    none, nor is a statement's ("predicted": a minister's forecast of housing starts and
    her warning of a trade war two days before), nor one no headline tells: the template
    of a lead ("the Federal Reserve entered the securities market" to add reserves, and
    to buy notes: two operations).
    ``matter``: an article's headline matter by its position (:func:`matters_of`)."""
    if _retold(articles, a, b) or any(
        x.unit == y.unit and figures_agree(x, y) for x in a.figures for y in b.figures
    ):
        return True
    statements = vocabulary().statements
    shared = [
        key
        for key, c in a.concepts.items()
        if key not in LIGHT_VERBS
        and key not in statements
        and key in b.concepts
        and set(c.subjects) & set(b.concepts[key].subjects)
    ]
    if not shared:
        return False
    told = matter(a.article) | matter(b.article)
    return any(set(content_words(key)) & told or word_families(key) & told for key in shared)


#: Wire stories filed this many days apart or more tell two happenings of their
#: sentences that date nothing of their own (a market's Friday and Monday sessions).
WIRE_DAYS_APART = 2


def _days_apart(a: _Sentence, b: _Sentence, dated: bool) -> bool:
    """Two sentences of wire stories filed on different days, neither dating its
    happening (``dated``: a trigger of either has a date of its own): one template's
    reports of two days (a city's currency or stock market opening on Friday and on
    Monday, a central bank's buying on two days, one agency's weekly deposits of two
    maturities) are two happenings. A later report of one happening says when it was
    ("yesterday", "at the weekend", "announced Saturday"), or its lead tells the first
    one's again (:func:`_retold`); a story sent again days later is a copy: the caller
    lets those stories be.

    Filed from one city, their datelines' days are its own days, and one day apart is
    enough. Else the stories' dates (an agency's clock, not the city's: a Tokyo
    morning's story is dated the evening before) must be :data:`WIRE_DAYS_APART` days
    apart or more."""
    if dated:
        return False
    if a.filed_in is not None and a.filed_in == b.filed_in:
        if a.filed_on is not None and b.filed_on is not None:
            return filed_days_apart(a.filed_on, b.filed_on) >= 1
    gap = filing_gap(a, b)
    return gap is not None and gap >= WIRE_DAYS_APART


#: Wire stories filed more than this many days apart are not one story sent again, nor
#: its lead told again, however alike their words: a monthly release's template ("Comair
#: said February load factor fell", "... March load factor fell"), an agency's operation
#: of another day. Chosen on the 19k Reuters stories: of 50 article pairs of one event
#: filed 3 to 7 days apart, drawn at random, 3 told one happening; two days on, a story
#: is still told again ("said at the weekend").
WIRE_RETOLD_DAYS = 2


def _scheduled(periods: Sequence[Period], a: int | None, b: int | None) -> bool:
    """Every one of two sentences' dates begins after both their stories were filed (days
    ``a`` and ``b``): a schedule they name, not the day of what they report."""
    if a is None or b is None or not periods:
        return False
    return all(p.start > max(a, b) for p in periods)


def _named_dates(a: ArticleFeatures) -> list[Period]:
    """The dates an article names, a month long at most, its dateline's left out."""
    return [
        p
        for x in a.entities
        if x.label == "DATE"
        and not in_dateline(a, x.start)
        and (p := periods_of(x.value, PRECISE_DAYS)) is not None
    ]


def _beyond_retelling(a: _Sentence | None, b: _Sentence | None) -> bool:
    """Two wire stories' leads were filed more than :data:`WIRE_RETOLD_DAYS` apart: past
    the days in which one story is sent again or told again."""
    gap = None if a is None or b is None else filing_gap(a, b)
    return gap is not None and gap > WIRE_RETOLD_DAYS


#: Two wire sentences' own words (names left out) this alike tell one happening again,
#: days on ("Japan warned ... a senior official said at the weekend"), unless their
#: figures differ (a weekly yield's template: "rose to 5.96 pct" and "rose to 6.44 pct").
WIRE_RETOLD = 0.6


def _retold(
    articles: Sequence[ArticleFeatures], a: _Sentence, b: _Sentence, exact: bool = False
) -> bool:
    """Two wire sentences tell one happening again: their own words alike
    (:data:`WIRE_RETOLD`) and no figure of a unit both state set apart; with ``exact``
    (leads filed on different days), a figure told again is the same figure, not one a
    rounding may meet (a daily operation's "shortage of some 1.05 billion stg" and, two
    days on, "of around 1.1 billion stg")."""
    if cosine(a.plain, b.plain) < WIRE_RETOLD:
        return False
    mine = sentence_figures(articles[a.article], a.k)
    theirs = sentence_figures(articles[b.article], b.k)
    units = {f.unit for f in mine} & {f.unit for f in theirs}

    def same(x: Figure, y: Figure) -> bool:
        return x.value == y.value if exact else bool(figures_agree(x, y))

    return not any(
        not any(same(x, y) for x in mine if x.unit == unit for y in theirs if y.unit == unit)
        for unit in units
    )


def _headline(a: ArticleFeatures) -> int | None:
    """The index of an article's first headline sentence, if it has one."""
    return next((k for k, s in enumerate(a.sentences) if s.headline), None)


def _wire_headline(a: ArticleFeatures) -> int | None:
    """The index of a wire story's headline sentence: none without a dateline or a
    headline."""
    return None if a.dateline is None else _headline(a)


def headline_direction(a: ArticleFeatures) -> str | None:
    """The one direction of a move a wire story's headline tells, if any
    (:func:`~tui.core.events.small.direction`: "... imports fall in January")."""
    k = _wire_headline(a)
    return direction(a.sentence_text(k)) if k is not None else None


def _headline_goods(a: ArticleFeatures) -> frozenset[str]:
    """The traded goods an article's headline names (:func:`~tui.core.events.small.goods`:
    "CBT CORN SPREADS"), less those inside a name the article gives, as the headline
    writes it (:func:`~tui.core.events.small.named_goods`: "BETHLEHEM STEEL <BS> ...",
    "PIONEER SUGAR SAYS ...", the parse reading a headline's capitals as names or not).
    A market table's headline counts, with no dateline under it."""
    k = _headline(a)
    if k is None:
        return frozenset()
    text = a.sentence_text(k)
    named = {e.text for e in a.entities if e.label in NAME_LABELS}
    return goods(text) - named_goods(text, sorted(named))


def dateline_sentence(a: ArticleFeatures) -> int | None:
    """The sentence that opens with the article's dateline: a wire story's lead."""
    if a.dateline is None:
        return None
    return next((k for k, s in enumerate(a.sentences) if s.end > a.dateline[0]), None)


def _one_dated_apart(
    ca: _Concept, ra: _Sentence, cb: _Concept, rb: _Sentence, params: Params
) -> bool:
    """Of two wire leads filed days apart, one dates its happening and the other does
    not: the undated one tells a happening of its own filing day (as two undated ones do,
    :func:`_days_apart`), which the dated one's date does not meet ("Iraqi warplanes hit
    a naval target today", April 24; "Iraqi warplanes attacked a naval target", April
    29)."""
    first = _dated(ra)
    if not (ra.lead and rb.lead) or first == _dated(rb):
        return False
    dated, undated = (ca, rb) if first else (cb, ra)
    if undated.day is None or not dated.periods:
        return False
    day = Period(undated.day, undated.day)
    return _time_conflict(dated.periods, None, [day], None, params)


def _dated(r: _Sentence) -> bool:
    """A trigger of the sentence has a date of its own, a month long at most: a year ("the
    1986 loss") or a year to date dates no one happening of a template from the next
    (a monthly release's "for the year to date, load factor fell")."""
    return any(
        c.own and any(p.days <= PRECISE_DAYS for p in c.periods) for c in r.concepts.values()
    )


def _idle(a: _Sentence, b: _Sentence, key: str) -> bool:
    """The concept ``key`` tells no happening in the two sentences: a verb that tells none
    of its own and says little of one (in both :attr:`Vocabulary.not_events` and
    :data:`~tui.core.events.concepts.LIGHT_VERBS`: "figures showed", "told reporters"; not
    "announced talks", not "is planning a bond"), a light verb describing a noun in either
    (the noun is what happened: "the planned buyout", "the expected loss"), or a noun
    modifying a noun in both (a word of a title or a name: "management" in "management
    board chairman")."""
    if key in LIGHT_VERBS and (
        key in vocabulary().not_events or a.concepts[key].modifier or b.concepts[key].modifier
    ):
        return True
    return a.concepts[key].modifier and b.concepts[key].modifier


def _told_alike(a: _Sentence, b: _Sentence, min_idf: float, but: str | None = None) -> bool:
    """The two sentences share a concept of at least ``min_idf``, other than ``but``, that
    tells a happening."""
    return any(
        other != but
        and c.weight >= min_idf
        and b.concepts[other].weight >= min_idf
        and not _idle(a, b, other)
        for other, c in a.concepts.items()
        if other in b.concepts
    )


def _title_word_only(a: _Sentence, b: _Sentence, key: str, min_idf: float) -> bool:
    """Two sentences meet under ``key`` only through words that tell no happening
    (:func:`_idle`) and share no other concept that tells one: a title's word, or "government
    figures showed" closing one country's exports and its trade deficit."""
    return _idle(a, b, key) and not _told_alike(a, b, min_idf, key)


def _years_apart(a: _Sentence, b: _Sentence, gap: int) -> bool:
    """One of the two reports is undated, and either each article's dates name one year,
    not the same one (an election held one year, the next one planned years later), or
    every year the undated one names is ``gap`` years or more before the other's date (the
    older of two happenings of one kind, told by a report with no date of its own)."""
    if a.day is not None and b.day is not None:
        return False
    if len(a.years) == len(b.years) == 1 and a.years != b.years:
        return True
    for x, y in ((a, b), (b, a)):
        if x.day is None and y.day is not None and x.years and len(y.years) == 1:
            (year,) = y.years
            if max(x.years) <= year - gap:
                return True
    return False


#: A date this long (days) or shorter may miss another by ``Params.date_tolerance``.
TOLERATED_DAYS = 7


def _calendar_week(p: Period) -> bool:
    """``p`` is a week from Monday to Sunday ("next week", "last week", "this week")."""
    return p.days == 7 and p.first.weekday() == 0


def periods_meet(x: Period, y: Period, tolerance: int) -> bool:
    """Two periods overlap, or miss each other by ``tolerance`` days at most (a day's
    report and the next day's). Two calendar weeks meet only if they are one: "next week"
    said on March 31 and on April 7 are two weekly auctions, not one told twice."""
    if _calendar_week(x) and _calendar_week(y):
        tolerance = 0
    return x.start - tolerance <= y.end and y.start - tolerance <= x.end


def _time_conflict(
    pa: Sequence[Period], da: int | None, pb: Sequence[Period], db: int | None, params: Params
) -> bool:
    """The triggers' dates disagree, or one is dated well before the other report
    (a past happening told as background; later dates are plans, not a conflict).
    Two dates may miss each other by ``params.date_tolerance`` days (a day's report and
    the next day's) when one is a week long at most (:data:`TOLERATED_DAYS`): two months
    that meet are two ("rose 0.3 pct in February", "0.7 pct in March"), and so are two
    years or quarters ("growth of 2 pct in 1987", "2.3 pct in 1988")."""
    if pa and pb:

        def meet(x: Period, y: Period) -> bool:
            tol = params.date_tolerance if min(x.days, y.days) <= TOLERATED_DAYS else 0
            return periods_meet(x, y, tol)

        return not any(meet(x, y) for x in pa for y in pb)
    if pa and db is not None:
        return max(x.end for x in pa) < db - params.background_days
    if pb and da is not None:
        return max(x.end for x in pb) < da - params.background_days
    if da is not None and db is not None:
        return abs(da - db) > params.report_gap_days
    return False


def _context(
    a: _Sentence, b: _Sentence, words: float, article_similarity: float, params: Params
) -> float:
    """Similarity of two mentions: their words' cosine ``words``, their articles', names."""
    sim = params.word_weight * words + params.article_weight * article_similarity
    if a.names and b.names:
        sim += params.name_weight * len(a.names & b.names) / len(a.names | b.names)
    return sim


def story_happenings(
    articles: Sequence[ArticleFeatures],
    block: Sequence[int],
    stats: CorpusStats,
    word_idf: dict[str, float],
    vectors: Sequence[Vector],
    params: Params = PARAMS,
    copied: Callable[[int, int], bool] | None = None,
    recurring: Callable[[int, int], bool] | None = None,
    matters: Callable[[int], frozenset[str]] | None = None,
    templates: Callable[[int, int], bool] | None = None,
) -> list[Happening]:
    """The events of one story (or one block of a large story).

    Args:
        articles: The corpus's articles.
        block: Positions of the story's articles.
        stats: Trigger statistics of the corpus.
        word_idf: idf of content words over articles.
        vectors: The articles' TF-IDF vectors.
        params: Thresholds and weights.
        copied: Whether two articles (by index) are copies of one story
            (:func:`~tui.core.text.shingles.copies_among`; None: one is made here).
        recurring: Whether two articles (by index) are two issues of a recurring
            notice (:func:`recurring_notices`; None: read here).
        matters: An article's headline matter by its index (:func:`matters_of`; None:
            read here).
        templates: Whether two articles (by index) are one template's reports of two
            things (:func:`templates_apart`; None: read here).

    Returns:
        The happenings reported by at least two articles (a sentence may be in two).
    """
    if len(block) < 2:
        return []
    small = stats.small(params)
    recs, cmap, usable = _sentences(articles, block, stats, word_idf, params, small)
    article_sim = _per_pair(lambda i, j: cosine(vectors[i], vectors[j]))

    # One pair of articles meets under many anchors and sentences: what sets the two apart
    # (headlines about different subjects or places, or wire headlines telling moves the
    # other way; main participants; lead figures; the weekdays an undated report and a
    # dated one tell) is worked out once.
    pairs_apart: dict[tuple[int, int], tuple[bool, bool, bool, bool]] = {}
    # (in a small folder a name spelt two ways is one: stories.find_stories)
    same_name = name_variants if small else name_compatible

    # (each wire headline's move, read once)
    moves: dict[int, str | None] = {}

    def headline_move(i: int) -> str | None:
        if i not in moves:
            moves[i] = headline_direction(articles[i])
        return moves[i]

    # Whether two articles are one deal's two parties, each told by its own desk
    # (:func:`~tui.core.events.features.counterparts`), once a pair.
    one_deal = _per_pair(lambda i, j: counterparts(articles[i], articles[j]))

    def articles_apart(i: int, j: int) -> tuple[bool, bool, bool, bool]:
        key = (i, j)
        if key not in pairs_apart:
            a, b = articles[i], articles[j]
            pairs_apart[key] = (
                (
                    subjects_conflict(a.subjects, a.tickers, b.subjects, b.tickers)
                    and not one_deal(i, j)
                    # (nor one company's happening told under its own name and under its
                    # parent's, "X UNIT ...")
                    and not (unit_of(a, b) or unit_of(b, a))
                )
                or participants_conflict(a.places, b.places)
                # (or wire headlines telling moves the other way: "Dutch cocoa bean
                # imports rise in January", "Dutch green coffee imports fall in January")
                or (not small and moves_apart(headline_move(i), headline_move(j))),
                # (in a small folder who an article is most about rests on a few
                # mentions, its headline's among them: the sentences' own people and
                # figures set them apart, small.py)
                not small and participants_conflict(a.main, b.main, same_name),
                figures_conflict(a, b, params),
                not small and params.told_weekdays and told_days_apart(a, b),
            )
        return pairs_apart[key]

    # What a story splits on, pair by pair (a story the split left whole may still hold
    # two happenings of one kind): two of its articles' leads conflict.
    leads_apart: Callable[[int, int], bool] | None = None
    if not small and params.attach_leads_apart < 1:
        leads_apart = _per_pair(leads_conflict(articles, block, params))

    # Wire stories whose headlines are about different matters (their names aside).
    matter_of = matters or matters_of(articles)

    def matters_apart(i: int, j: int) -> bool:
        return headline_matters_apart(matter_of(i), matter_of(j))

    template_apart = templates or templates_apart(
        articles, matter_of, recurring or recurring_notices(articles)
    )

    # The precise dates each article names, read when two wire stories filed days apart
    # meet: whether one tells when the other's happening would be.
    named_dates: dict[int, list[Period]] = {}

    def dates_near(a: _Sentence, b: _Sentence) -> bool:
        """``a``'s story names a date within :data:`WIRE_RETOLD_DAYS` of ``b``'s
        happening: a day ahead of its own ("will visit from April 29"), or, filed after
        ``b``'s, a day or week that recalls it ("the operation of March 3"); a month a
        release is of ("load factor fell in June", filed in July) recalls no one day.
        When ``b``'s lead dates its happening, the date must meet that one too: a weekly
        release's "week ended March 25", filed April 3, is the next week's figure, not a
        recall of the release filed March 27 of the week ended March 18."""
        if a.day is None or b.day is None:
            return False
        if a.article not in named_dates:
            named_dates[a.article] = _named_dates(articles[a.article])
        return any(
            p.start - WIRE_RETOLD_DAYS <= b.day <= p.end + WIRE_RETOLD_DAYS
            and (p.start > a.day if a.day < b.day else p.days <= TOLERATED_DAYS)
            and (
                not (theirs := lead_when(b.article))
                or any(periods_meet(w, p, WIRE_RETOLD_DAYS) for w in theirs)
            )
            for p in named_dates[a.article]
        )

    leads_when: dict[int, tuple[Period, ...]] = {}

    def lead_when(i: int) -> tuple[Period, ...]:
        """When a wire story's lead dates its happening (its triggers' own dates, a month
        long at most; :func:`_dated`), read once per story; empty when it does not."""
        if i not in leads_when:
            r = by_place.get((i, dateline_sentence(articles[i]) or 0))
            concepts = r.concepts.values() if r is not None else ()
            leads_when[i] = tuple(
                sorted(
                    {p for c in concepts if c.own for p in c.periods if p.days <= PRECISE_DAYS},
                    key=lambda p: (p.start, p.end),
                )
            )
        return leads_when[i]

    def headline_when(r: _Sentence) -> tuple[Period, ...]:
        """A wire headline dates nothing of its own: its happening is its lead's, when
        the lead dates it ("CANADIAN MONEY SUPPLY FALLS IN WEEK" is the week its lead
        names, not the next week's release of the same words)."""
        if not r.wire or not articles[r.article].sentences[r.k].headline:
            return ()
        return lead_when(r.article)

    def beyond_retelling(a: _Sentence | None, b: _Sentence | None) -> bool:
        """Two wire stories filed days apart (:func:`_beyond_retelling`), neither naming
        a date near the other's filing ("will visit from April 29", then the visit)."""
        return (
            a is not None
            and b is not None
            and _beyond_retelling(a, b)
            and not (dates_near(a, b) or dates_near(b, a))
        )

    # Wire stories filed days apart that are not copies of one story (sent twice, sent
    # again days later) and whose leads do not tell one happening again.
    by_place = {(r.article, r.k): r for r in recs}
    copied = copied or copies_among(text_of(articles))

    def stories_apart(i: int, j: int) -> bool:
        first, second = (by_place.get((x, dateline_sentence(articles[x]) or 0)) for x in (i, j))
        return beyond_retelling(first, second) or (
            not copied(i, j)
            and not (
                first is not None
                and second is not None
                and _retold(articles, first, second, exact=True)
            )
        )

    days_apart = _per_pair(stories_apart)

    # Two wire stories whose leads tell one template's two happenings: the leads, and
    # their sentences that name nothing specific in common, the template's boilerplate
    # ("The selling concession is 1-1/4 pct", "Final terms will be fixed on April 15"
    # closing two issuers' bonds), are no passages of one event, whatever names the
    # leads share (one lead manager for both issues).
    lead_of = _leads_of(articles)

    def leading(r: _Sentence) -> bool:
        return r.k == dateline_sentence(articles[r.article])

    def boilerplate_apart(a: _Sentence, b: _Sentence) -> bool:
        return (
            a.wire
            and b.wire
            and a.article != b.article
            and (not a.specific & b.specific or (leading(a) and leading(b)))
            and _leads_apart(lead_of(a.article), lead_of(b.article))
            and not one_deal(a.article, b.article)
        )

    # A corpus this small says nothing of which words are rare or what a story is about:
    # its events link on the sentences' own evidence only (see tui.core.events.small).
    min_idf = params.min_idf if not small else float("-inf")
    told: dict[str, set[int]] = defaultdict(set)
    lead: dict[str, set[int]] = defaultdict(set)
    for r in recs:
        for key, c in r.concepts.items():
            if c.weight >= min_idf:
                told[key].add(r.article)
                if r.lead:
                    lead[key].add(r.article)
    groups: list[list[int]] = []
    anchors: list[set[str]] = []
    # (two sentences meet under every concept both tell: their words' cosine, and as wire
    # copy whether their words, cities or headlines' matters set them apart and whether
    # their filing days do, are worked out once a pair)
    pair_words: dict[tuple[int, int], float] = {}
    pair_wire: dict[tuple[int, int], tuple[bool, bool]] = {}
    needed = max(params.min_articles, params.salient_share * len(block))
    for key in sorted(told):
        if len(told[key]) < params.min_articles:
            continue
        if not small and (len(told[key]) < needed or len(lead[key]) < params.lead_articles):
            continue
        nodes = [
            x for x, r in enumerate(recs) if key in r.concepts and r.concepts[key].weight >= min_idf
        ]
        edges: dict[tuple[int, int], float] = {}
        for a, x in enumerate(nodes):
            ra = recs[x]
            ca = ra.concepts[key]
            for b in range(a + 1, len(nodes)):
                rb = recs[nodes[b]]
                cb = rb.concepts[key]
                headlines, parts, figures, told_days = articles_apart(ra.article, rb.article)
                if small:
                    # One tight sub-story, nothing that sets them apart, and a specific
                    # name or content words in common, or both in their articles' leads.
                    if ra.article == rb.article:
                        # A headline and its lead telling one happening (a family of
                        # news words) are one event's passages: others attach to either.
                        if (
                            is_family(key)
                            and ra.lead
                            and rb.lead
                            and not _small_conflict(ra, rb)
                            and not _time_conflict(ca.periods, ra.day, cb.periods, rb.day, params)
                        ):
                            edges[(a, b)] = SAME_ARTICLE_LEAD
                        continue
                    if (
                        ra.substory != rb.substory
                        and not dated_alike(ra.when, rb.when, params.date_tolerance)
                        and not shared_figures(ra.figures, rb.figures, counts_only=True)
                        and not _told_alike_of(ra, rb, params.small_across_words)
                    ):
                        # (another sub-story's sentence recalling this happening says
                        # when: "the decision in March to halt its listing"; or tells it
                        # in the same words, of the same people)
                        continue
                    if _small_conflict(ra, rb) or _concepts_apart(ca, cb):
                        # Other figures, people, years; or another subject (who fired
                        # whom), another object (whom they stopped), another number.
                        edges[(a, b)] = -params.subject_penalty
                        continue
                    if ca.denied != cb.denied:
                        # (one told denied, the other done, "markets reacted" beside "if
                        # people don't react": no evidence of one happening)
                        continue
                    # (a name, or a figure stated alike: the same count of the same thing)
                    # (or, dated alike, who it is about: the story's main name counts
                    # when both say when; or one person doing it, or having it done to
                    # them, in both: "Quint was shot" / "Officer Quint ... was shot")
                    shared = min(
                        len(ra.names & rb.names)
                        + shared_figures(ra.figures, rb.figures)
                        + bool(
                            ra.named & rb.named
                            and dated_alike(ra.when, rb.when, params.date_tolerance)
                        )
                        + _same_person_role(ca, cb, ra.people),
                        2,
                    )
                    # (a light verb's word is no evidence: "start making your Moves
                    # today!" and "as reform moves forward" share only the verb)
                    words = (
                        _besides_act(articles, usable, cmap, key, ra, rb)
                        if key in LIGHT_VERBS
                        else cosine(ra.words, rb.words)
                    )
                    # (two leads of one tight sub-story open with what it is about; and
                    # two sentences that date this happening to the same days, "died
                    # after falling on Friday" / "the climber who fell on Friday
                    # morning", say when it was, which another of the kind would not)
                    same_days = dated_alike(ca.periods, cb.periods, params.date_tolerance)
                    if not (
                        shared
                        or same_days
                        or words >= params.small_min_words
                        or (ra.lead and rb.lead)
                    ):
                        continue
                    sim = params.word_weight * words + params.small_name_weight * shared
                    if ra.lead and rb.lead:
                        sim += params.small_lead_weight
                    if ca.periods and cb.periods:
                        sim += params.small_date_weight
                elif ra.generic != rb.generic:
                    # A statement of how things are, or a sum of many happenings, beside
                    # one happening's report: not one event's passages.
                    continue
                elif headlines:
                    sim = 0.0  # kept apart below, whatever else they share
                else:
                    pair = (x, nodes[b])
                    known = pair_words.get(pair)
                    if known is None:
                        known = pair_words[pair] = cosine(ra.words, rb.words)
                    words = known
                    wire = ra.wire and rb.wire and ra.article != rb.article
                    # (a story filed later recalling this happening as the earlier one's,
                    # "the previously announced resignation", tells it again days on)
                    recall = wire and _recalls(ca, ra, cb, rb)
                    if wire:
                        kept = pair_wire.get(pair)
                        if kept is None:
                            kept = pair_wire[pair] = (
                                (_wire_apart(ra, rb, params, words) and not _one_doer(ca, cb, key))
                                or _filed_apart(ra, rb)
                                or (
                                    matters_apart(ra.article, rb.article)
                                    and not _tied(articles, ra, rb, matter_of)
                                ),
                                _days_apart(ra, rb, _dated(ra) or _dated(rb))
                                and days_apart(ra.article, rb.article),
                            )
                        unrelated = (kept[0] or (kept[1] and not recall)) and not one_deal(
                            ra.article, rb.article
                        )
                    else:
                        unrelated = False
                    if (
                        wire
                        and participants_conflict(ca.subjects, cb.subjects, same_name)
                        and not one_deal(ra.article, rb.article)
                        # (a recalled happening is not done by its sentence's doers:
                        # "Stanton will become acting chairman following the previously
                        # announced resignation of Gillespie")
                        and not (
                            recall and (ca.borrowed and ca.recalled or cb.borrowed and cb.recalled)
                        )
                    ):
                        # Two wire stories telling one kind of happening done by
                        # different doers ("Showa Aluminium Corp is issuing a 100 mln dlr
                        # eurobond", "Nippon Shokubai is issuing a 80 mln dlr eurobond"):
                        # one template's two happenings, however alike its words. (Not
                        # one deal's two parties, each told by its own desk.)
                        edges[(a, b)] = -params.subject_penalty
                        continue
                    if wire and boilerplate_apart(ra, rb):
                        # (a template's boilerplate closing two of its happenings'
                        # stories)
                        edges[(a, b)] = -params.subject_penalty
                        continue
                    if template_apart(ra.article, rb.article):
                        # One headline template's reports of two things, moves or
                        # periods (beef prices and pork prices), or two goods (a market
                        # table's "CBT CORN SPREADS", "CBT SOYBEAN SPREADS", dateline or
                        # none): kept apart, whatever else the template's words share.
                        edges[(a, b)] = -params.subject_penalty
                        continue
                    if (
                        wire
                        and not unrelated
                        and not recall
                        and beyond_retelling(ra, rb)
                        and (
                            not (_dated(ra) or _dated(rb))
                            or _time_conflict(ca.periods, ra.day, cb.periods, rb.day, params)
                            or _scheduled(ca.periods + cb.periods, ra.day, rb.day)
                            or _one_dated_apart(ca, ra, cb, rb, params)
                            or (
                                (headline_when(ra) or headline_when(rb))
                                and _time_conflict(
                                    ca.periods or headline_when(ra),
                                    ra.day,
                                    cb.periods or headline_when(rb),
                                    rb.day,
                                    params,
                                )
                            )
                        )
                    ):
                        # Filed days apart, one template's reports of two periods ("for
                        # April shipment", "for May shipment") or of two days: a later
                        # report of one happening dates it, and its date meets the first's;
                        # or the first told when it would be ("will visit from April 29").
                        # A date after both filings is a schedule both name (purchases
                        # of two days "for April shipment"), not when either happened.
                        # A headline is dated by its lead: a weekly release's headline
                        # is not the next week's lead.
                        continue
                    if wire and (unrelated or _title_word_only(ra, rb, key, min_idf)):
                        # A dateline's place and day are no evidence, nor is one name
                        # in common: two reports of one happening share more. Nor is a
                        # title's word ("management board chairman ... said" opening one
                        # chairman's profit outlook and his new subsidiary). Nor are
                        # one template's words from two cities with no name in common,
                        # or of two days, dating nothing.
                        continue
                    same = ra.substory == rb.substory
                    sim = (params.same_substory if same else 0.0) + _context(
                        ra,
                        rb,
                        words,
                        article_sim(ra.article, rb.article) if ra.article != rb.article else 0.0,
                        params,
                    )
                if _time_conflict(ca.periods, ra.day, cb.periods, rb.day, params):
                    sim -= params.time_penalty
                elif not small and _years_apart(ra, rb, params.years_gap):
                    sim -= params.year_penalty
                if headlines:
                    # Two headlines about different companies or people: kept apart.
                    edges[(a, b)] = -params.subject_penalty
                    continue
                if parts:
                    sim -= params.participant_penalty
                if told_days:
                    # (an undated report's lead tells its happening on another weekday
                    # than a dated report's lead: another happening of the kind, kept
                    # apart whatever else they share)
                    sim -= params.subject_penalty
                if (
                    not small
                    and ra.article != rb.article
                    and (
                        sentence_figures_conflict(ra.figures, rb.figures)
                        or sentence_figures_conflict(ra.shares, rb.shares)
                    )
                ):
                    # Sums that cannot be one another's: one agency's two auctions or
                    # offers of one day, told in one template; or shares (wire copy):
                    # one office's releases of two prices, "fell 0.4 pct", "fell 0.7 pct".
                    edges[(a, b)] = -params.subject_penalty
                    continue
                if figures:
                    sim -= params.figure_penalty
                edges[(a, b)] = sim
        threshold = params.small_threshold if small else params.event_threshold
        linkage, neighbours = (SMALL_LINKAGE, SMALL_LINKAGE_K) if small else ("average", 1)
        for g in agglomerate(len(nodes), edges, threshold, linkage, neighbours):
            if len({recs[nodes[x]].article for x in g}) >= params.min_articles:
                groups.append([nodes[x] for x in g])
                anchors.append({key})
    if not small:
        # (one exchange told by each of its parties the same day: "agreed to sell its
        # unit to Y", "Y agreed to buy the unit": no trigger in common; anchoring nothing,
        # for the exchange may be told as ended, "terminated an agreement for Fujitsu to
        # buy", and the title is then the ending's)
        for g in _converse_leads(articles, recs, usable):
            groups.append(g)
            anchors.append(set())
    if small:
        # (one happening told in other words by two reports of one tight sub-story: no
        # trigger in common, but worded alike)
        for g in _alike_in_words(recs, params):
            groups.append(g)
            anchors.append(set())
    # (the phases of a case each event's anchors tell: an arrest's event and a sentence's,
    # whose reports recall each other, stay two; large folders)
    key_phases = {} if small else concept_phases(cmap)
    if len(groups) > 1:
        apart = _small_apart(recs) if small else None
        phases = None if small else _phases(anchors, key_phases)
        groups, anchors = _bundle(groups, anchors, params, apart, phases=phases)
    if groups:
        fit = _small_fit(articles, recs, groups, params) if small else None
        groups = _attach(
            articles,
            recs,
            groups,
            params,
            fit,
            anchors,
            leads_apart,
            days_apart,
            matter_of,
            None if small else beyond_retelling,
            None if small else template_apart,
            None if small else boilerplate_apart,
        )
        if small:
            groups = _told_again(articles, recs, cmap, groups, anchors, params)
        if small and len(groups) > 1:
            # One happening in one event: events the paraphrases made half one (sentences
            # attached to both) bundle again, unless they conflict.
            groups, anchors = _bundle(groups, anchors, params, _small_apart(recs), SMALL_REBUNDLE)
    # (each sentence's content words, read once: what the side panel ranks passages by)
    said: dict[int, frozenset[str]] = {}

    def words_of(x: int) -> frozenset[str]:
        if x not in said:
            said[x] = frozenset(content_words(articles[recs[x].article].sentence_text(recs[x].k)))
        return said[x]

    out = []
    for g, anchor in zip(groups, anchors, strict=True):
        g = _without_statements(recs, g, params.min_articles)
        if not small:
            g = _with_counterparts(recs, g, words_of, params.least_counterpart)
            if len({recs[x].article for x in g}) < params.min_articles:
                continue
        sentences = tuple(sorted({(recs[x].article, recs[x].k) for x in g}))
        past = [
            (recs[x].article, recs[x].k)
            for x in g
            if recs[x].past
            or (small and _told_as_past(articles[recs[x].article], recs[x].k, params))
        ]
        happening = Happening(
            sentences=sentences,
            anchors=frozenset(anchor),
            concepts=cmap,
            triggers={s: usable[s] for s in sentences},
            past=_past(articles, past),
        )
        if small and not happening.recalled:
            # (a small folder links on no passage's being told as past; but a happening
            # most of its passages recall, "a quake killed 26,000 in Bam in December
            # 2003" in two reports of another, is titled in its own month)
            happening = replace(happening, past={})
        out.append(happening)
    return out


_R = TypeVar("_R")


def _per_pair(fn: Callable[[int, int], _R]) -> Callable[[int, int], _R]:
    """``fn`` of an unordered pair of articles (by index), worked out once a pair, as
    ``fn(i, j)`` with ``i < j``."""
    done: dict[tuple[int, int], _R] = {}

    def once(i: int, j: int) -> _R:
        key = (i, j) if i < j else (j, i)
        if key not in done:
            done[key] = fn(*key)
        return done[key]

    return once


def _phases(
    anchors: Sequence[set[str]], key_phases: dict[str, frozenset[Phase]]
) -> list[frozenset[Phase]]:
    """The phases of a case each event's anchors tell."""
    return [frozenset().union(*(key_phases.get(key, frozenset()) for key in a)) for a in anchors]


def _without_statements(recs: Sequence[_Sentence], group: list[int], least: int) -> list[int]:
    """An event that ``least`` articles report by sentences that tell a happening keeps
    none that only state how things are or sum up many happenings (:attr:`_Sentence.generic`:
    "pirates have carried out 100 attacks this year" beside one ship's seizure, which a
    bundle or the statements' own anchor brought in); an event of such statements told by
    several articles (one fact told twice) keeps them."""
    told = {recs[x].article for x in group if not recs[x].generic}
    if len(told) < least:
        return group
    return [x for x in group if not recs[x].generic]


def _with_counterparts(
    recs: Sequence[_Sentence],
    group: list[int],
    words_of: Callable[[int], frozenset[str]],
    least: float,
) -> list[int]:
    """The event's sentences that another of its articles words alike: each keeps its
    place only if some passage of another article shares ``least`` of its content words
    (``words_of``; :func:`~tui.core.text.terms.word_overlap`, the closeness the side panel
    ranks passages by). A sentence no other source tells in like words is its article's
    own (background, comment, a detail no one else gives) beside the happening, not a
    report of it, and the side panel would quote another source's unrelated passage
    beside it."""
    if least <= 0.0:
        return group
    return [
        x
        for x in group
        if any(
            recs[y].article != recs[x].article and word_overlap(words_of(x), words_of(y)) >= least
            for y in group
        )
    ]


#: Names two wire leads telling the two sides of one exchange must share (the parties,
#: or the thing exchanged): one in common is who deals, not which deal.
CONVERSE_NAMES = 2


def _converse_leads(
    articles: Sequence[ArticleFeatures],
    recs: Sequence[_Sentence],
    usable: Mapping[tuple[int, int], Sequence[TriggerFeatures]],
) -> list[list[int]]:
    """Leads of two wire stories filed the same day, one telling the giving side of an
    exchange and the other the taking side (``converses`` of
    ``data/event_families.yaml``: "BankAmerica agreed to sell its German unit to Banco
    Santander", "Banco Santander signed a letter of intent to purchase the unit"), naming
    :data:`CONVERSE_NAMES` names in common: one happening, told by each party.

    Returns:
        Pairs of sentences (indices into ``recs``).
    """
    converses = vocabulary().converses
    # (each wire lead's sides of an exchange: (exchange, 0 giving or 1 taking))
    leads: list[tuple[int, set[tuple[int, int]]]] = []
    # (each wire story's lead, found once a story rather than once a sentence)
    lead_of = {r.article: dateline_sentence(articles[r.article]) for r in recs if r.wire}
    for x, r in enumerate(recs):
        if not r.wire or r.k != lead_of[r.article]:
            continue
        sides = {
            (n, side)
            for t in usable.get((r.article, r.k), ())
            for n, pair in enumerate(converses)
            for side, lemmas in enumerate(pair)
            if t.lemma in lemmas
        }
        if sides:
            leads.append((x, sides))
    out = []
    for p, (x, mine) in enumerate(leads):
        ra = recs[x]
        for y, theirs in leads[p + 1 :]:
            rb = recs[y]
            if (
                ra.article != rb.article
                and filing_gap(ra, rb) == 0
                and any((n, 1 - side) in theirs and (n, side) not in theirs for n, side in mine)
                and sum(any(name_compatible(e, f) for f in rb.specific) for e in ra.specific)
                >= CONVERSE_NAMES
            ):
                out.append([x, y])
    return out


def _alike_in_words(recs: Sequence[_Sentence], params: Params) -> list[list[int]]:
    """Small folders: sentences of different articles of one tight sub-story that tell
    something (a trigger concept each) but no concept in common, worded alike (their
    words' cosine at least ``params.small_alike_words``) and with nothing that sets them
    apart (:func:`_small_conflict`), grouped by average link: one happening told in other
    words ("the board chose Ana Ruiz as its chair on Monday", "Ana Ruiz takes the chair of
    the board"), or stating the same count of one thing (``shared_figures``, counts only:
    "rescuers freed 14 miners", "all 14 miners are out"). Groups told by fewer than
    ``params.min_articles`` articles are left out.
    """
    least = params.small_alike_words
    by_substory: dict[int, list[int]] = defaultdict(list)
    for x, r in enumerate(recs):
        if r.concepts and not r.generic:
            by_substory[r.substory].append(x)
    out: list[list[int]] = []
    for nodes in by_substory.values():
        edges: dict[tuple[int, int], float] = {}
        for a, x in enumerate(nodes):
            ra = recs[x]
            for b in range(a + 1, len(nodes)):
                rb = recs[nodes[b]]
                if ra.article == rb.article or not ra.concepts.keys().isdisjoint(rb.concepts):
                    continue
                words = cosine(ra.words, rb.words)
                # (or stating the same count of one thing: "freed 14 miners", "all 14
                # miners are out")
                counted = shared_figures(ra.figures, rb.figures, counts_only=True)
                if (words >= least or counted) and not _small_conflict(ra, rb):
                    edges[(a, b)] = max(words, least)
        for g in agglomerate(len(nodes), edges, least):
            if len({recs[nodes[x]].article for x in g}) >= params.min_articles:
                out.append([nodes[x] for x in g])
    return out


def _bundle(
    groups: list[list[int]],
    anchors: list[set[str]],
    params: Params,
    apart: Callable[[set[int], set[int]], bool] | None = None,
    threshold: float | None = None,
    phases: Sequence[frozenset[Phase]] | None = None,
) -> tuple[list[list[int]], list[set[str]]]:
    """Events told by mostly the same sentences (overlap coefficient, average link, at
    least ``threshold``, else ``params.bundle_threshold``) are one, unless ``apart`` says
    two of them cannot be, or their anchors tell different ``phases`` of one case (an
    arrest and a sentence, whose reports recall each other)."""
    sets = [set(g) for g in groups]
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for e, g in enumerate(sets):
        for x in g:
            by_sentence[x].append(e)
    shared: Counter[tuple[int, int]] = Counter()
    for es in by_sentence.values():
        for a, x in enumerate(es):
            for y in es[a + 1 :]:
                shared[(x, y)] += 1
    edges = {
        (a, b): n / min(len(sets[a]), len(sets[b]))
        if not (apart is not None and apart(sets[a], sets[b]))
        and not (phases is not None and phases_apart(phases[a], phases[b]))
        else -1.0
        for (a, b), n in shared.items()
    }
    merged_groups, merged_anchors = [], []
    least = params.bundle_threshold if threshold is None else threshold
    for bundle in agglomerate(len(groups), edges, least):
        merged_groups.append(sorted(set().union(*(sets[e] for e in bundle))))
        merged_anchors.append(set().union(*(anchors[e] for e in bundle)))
    return merged_groups, merged_anchors


def _told_alike_of(a: _Sentence, b: _Sentence, least: float) -> bool:
    """Two sentences that name someone in common (a specific name or a person) and are
    worded at least ``least`` alike."""
    if not (a.names & b.names or set(a.people) & set(b.people)):
        return False
    return cosine(a.words, b.words) >= least


def _small_conflict(a: _Sentence, b: _Sentence) -> bool:
    """Two sentences of a small folder that cannot tell one happening: figures of one unit
    that cannot agree, moves in opposite directions, different people, or articles of
    different years (an undated one's a year apart allowed: :func:`years_apart`; two
    filed within :data:`ACROSS_NEW_YEAR` days of each other are not)."""
    return (
        sentence_figures_conflict(a.told_figures, b.told_figures, other_things=True)
        or moves_apart(a.direction, b.direction)
        or people_conflict(a.people, b.people)
        # (articles of different years, unless both sentences are dated alike: "first
        # summoned the bankers in February 2024" in a report of 2025; or the articles were
        # filed weeks apart across a new year: an escape of late November and "fallout
        # continues after brazen escape" of January)
        or (
            years_apart(a.years, b.years, a.day is not None and b.day is not None)
            and not _dated_within(a, b)
            and not _dated_within(b, a)
            and not (
                a.day is not None and b.day is not None and abs(a.day - b.day) <= ACROSS_NEW_YEAR
            )
        )
    )


#: Reports filed this many days apart or fewer are not of different years however the
#: calendar's years fall (a small folder's follow-up filed in the new year).
ACROSS_NEW_YEAR = 92


def _dated_within(a: _Sentence, b: _Sentence) -> bool:
    """Sentence ``a`` says when its happening was, within a month, in a year ``b``'s
    article is of."""
    return any(p.days <= PRECISE_DAYS and p.first.year in b.years for p in a.when)


def _subjects_apart(a: _Sentence, b: _Sentence) -> bool:
    """Two sentences tell one kind of happening (a concept both have) done by different
    subjects ("the Angels offered" and "the Nationals offered"), or to different people,
    or numbered apart (:func:`_concepts_apart`)."""
    return any(
        _concepts_apart(c, b.concepts[key]) for key, c in a.concepts.items() if key in b.concepts
    )


def _concepts_apart(a: _Concept, b: _Concept) -> bool:
    """Two mentions of one kind of happening that cannot be one (small folders): different
    subjects (who did it), different objects ("stopped Thompson", "the stoppage of
    Rahman"), a name spelt two ways counting as one (:func:`name_variants`), or different
    numbers among happenings of the kind ("the fourth election", "the first")."""
    return (
        participants_conflict(a.subjects, b.subjects, name_variants)
        or participants_conflict(a.objects, b.objects, name_variants)
        or bool(a.ordinals and b.ordinals and not set(a.ordinals) & set(b.ordinals))
        # ("checked out of the clinic" beside "checked into the clinic")
        or ways_apart(a.ways, b.ways)
    )


def _same_person_role(a: _Concept, b: _Concept, people: Collection[str]) -> bool:
    """Two mentions of one kind of happening told of one person in one role (small
    folders): a person the subject of both ("Lenz checked into a clinic", "Lenz has
    checked herself in"), or the one both are done to ("Quint was shot in the head",
    "Officer Quint ... was shot"). Evidence even where that person is the story's main name,
    named in every article: a name in the same role is who the happening is about, not
    only who the story is. A place or an organisation as the subject ("Varnia's stocks
    rallied", "Varnia's miners slid") is not.

    Args:
        a: One mention's concept.
        b: The other's.
        people: The people the first sentence names (``PERSON|key``,
            :func:`~tui.core.events.small.people_keys`).
    """
    subjects = {x for x in set(a.subjects) & set(b.subjects) if f"PERSON|{x}" in people}
    return bool(subjects or set(a.objects) & set(b.objects))


def _besides_act(
    articles: Sequence[ArticleFeatures],
    usable: Mapping[tuple[int, int], Sequence[TriggerFeatures]],
    cmap: Mapping[str, str],
    key: str,
    a: _Sentence,
    b: _Sentence,
) -> float:
    """The cosine of two sentences' words besides those that tell the act of concept
    ``key`` in either (its triggers' words: "moves", "halted"): what else they share."""
    act: set[str] = set()
    for r in (a, b):
        text = articles[r.article].text
        for t in usable.get((r.article, r.k), ()):
            if cmap.get(t.lemma) == key and (word := word_at(text, t.start)) is not None:
                act.update(content_words(word))
    if not act & a.words.keys() & b.words.keys():
        return cosine(a.words, b.words)
    return cosine(
        _normed({w: x for w, x in a.words.items() if w not in act}),
        _normed({w: x for w, x in b.words.items() if w not in act}),
    )


def _small_apart(recs: Sequence[_Sentence]) -> Callable[[set[int], set[int]], bool]:
    """In a small folder, whether two events cannot be one: a sentence of one and a
    sentence of the other, of different articles, conflict (:func:`_small_conflict`)."""

    def apart(a: set[int], b: set[int]) -> bool:
        return any(
            _small_conflict(recs[x], recs[y]) or _subjects_apart(recs[x], recs[y])
            for x in a - b
            for y in b - a
            if recs[x].article != recs[y].article
        )

    return apart


def _small_fit(
    articles: Sequence[ArticleFeatures],
    recs: Sequence[_Sentence],
    groups: Sequence[Sequence[int]],
    params: Params,
) -> Callable[[int, int], bool]:
    """In a small folder, whether sentence ``x`` may join event ``e`` as a paraphrase:
    its own triggers include one of the event's concepts (a sentence that tells another
    kind of happening reports that one; one of a headline or lead may have none), and
    none of the event's sentences of other articles names other people or has a date or
    figures it cannot agree with."""
    concepts = [{c for m in g for c in recs[m].concepts} for g in groups]

    def periods(r: _Sentence) -> list[Period]:
        return [p for c in r.concepts.values() for p in c.periods]

    # Who does each concept of an event, in its sentences.
    doers = [
        {
            key: [s for m in g if key in recs[m].concepts for s in recs[m].concepts[key].subjects]
            for key in keys
        }
        for g, keys in zip(groups, concepts, strict=True)
    ]

    # The concepts each event's sentences tell undenied.
    told_done = [
        {key for m in g for key, c in recs[m].concepts.items() if not c.denied} for g in groups
    ]

    # Whom each concept of an event is done to, in its sentences.
    done = [
        {
            key: [s for m in g if key in recs[m].concepts for s in recs[m].concepts[key].objects]
            for key in keys
        }
        for g, keys in zip(groups, concepts, strict=True)
    ]

    # Each article's lead sentences that tell something (a headline with no trigger of
    # its own tells what they tell).
    leads: dict[int, list[_Sentence]] = defaultdict(list)
    for r in recs:
        if r.lead and r.concepts:
            leads[r.article].append(r)

    def done_apart(r: _Sentence, e: int) -> bool:
        """What the event's sentences tell, done by or to someone none of them names."""
        return any(
            participants_conflict(c.subjects, doers[e].get(key, ()))
            or participants_conflict(c.objects, done[e].get(key, ()))
            for key, c in r.concepts.items()
        )

    def fit(x: int, e: int) -> bool:
        r = recs[x]
        shared = concepts[e] & r.concepts.keys()
        if r.concepts and not shared:
            return False
        if shared and all(r.concepts[key].denied for key in shared) and shared & told_done[e]:
            # ("if people don't react, don't protest": no passage of the protest told)
            return False
        if not r.concepts and (not r.lead or _names_only(articles[r.article], r.k, r.words.keys())):
            # (below the lead, a sentence that tells no act of its own, "a close friend
            # said: 'I can't believe it'", "he is in his fourth season", is comment or
            # background beside the event, however many of its words it shares; in the
            # lead, a line of names and dates only, a page's heading "Jerry Ortiz" or
            # "Los Angeles County Sheriff's Department, California", tells nothing)
            return False
        if done_apart(r, e):
            return False
        if not r.concepts and any(done_apart(o, e) for o in leads[r.article]):
            # (a headline telling no act, "Champion retains his titles", over a lead
            # whose act is done to someone else: another bout)
            return False
        mine = periods(r)
        for m in groups[e]:
            o = recs[m]
            if o.article == r.article:
                continue
            if _small_conflict(r, o) or _time_conflict(mine, r.day, periods(o), o.day, params):
                return False
            if any(
                ways_apart(c.ways, o.concepts[key].ways)
                for key, c in r.concepts.items()
                if key in o.concepts
            ):
                return False  # ("checked out of the clinic" beside "checked into" it)
        return True

    return fit


def _names_only(a: ArticleFeatures, k: int, words: Collection[str]) -> bool:
    """Whether a sentence's words (``words``, as :attr:`_Sentence.words` keeps them) are
    all its names' and dates'; in a line without end punctuation, a page's heading, every
    word written with a capital counts as a name's ("Los Angeles County Sheriff's
    Department, California", where the model found only the places)."""
    named = _named_words(a, k, labels=None)
    s = a.sentences[k]
    line = a.text[s.start : s.end].rstrip(_CLOSERS)
    if line and line[-1] not in ".!?:;":
        named |= frozenset(content_words(" ".join(w for w in line.split() if w[:1].isupper())))
    return named.issuperset(words)


#: What may close a line after its end punctuation (quotes, brackets).
_CLOSERS = " \t\"'”’)]"


def _told_again(
    articles: Sequence[ArticleFeatures],
    recs: Sequence[_Sentence],
    cmap: dict[str, str],
    groups: list[list[int]],
    anchors: Sequence[set[str]],
    params: Params,
) -> list[list[int]]:
    """In a small folder, a later sentence of an article whose lead tells an event, that
    tells the event's concept again ("the meeting comes as ...", "the fine cleared the
    way"; where it was, "the quake was felt as far as Orvale"), is a passage of it: unless
    it names people or a sum of its own, its own date for it is apart from the lead's (or any
    date it gives is apart from every day its article's lead gives), or it conflicts with a
    sentence of another article of the event (figures, people, a move's direction)."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for x, r in enumerate(recs):
        by_article[r.article].append(x)
    # (the places each article names)
    places = {
        i: {e.kb_id for e in articles[i].entities if e.kb_id and e.label in _PLACE_LABELS}
        for i in by_article
    }
    # (the days each article's lead dates what it tells to)
    lead_dates = {
        i: [p for x in xs if recs[x].lead for c in recs[x].concepts.values() for p in c.periods]
        for i, xs in by_article.items()
    }
    out = []
    for g, keys in zip(groups, anchors, strict=True):
        members = set(g)
        leads = [m for m in g if recs[m].lead]
        added = []
        for i in sorted({recs[m].article for m in leads}):
            mine = [m for m in leads if recs[m].article == i]
            for x in by_article[i]:
                r = recs[x]
                # (a denial tells no happening again: "if people don't protest")
                told = {key for key in keys & r.concepts.keys() if not r.concepts[key].denied}
                if x in members or not told:
                    continue
                verbs = {cmap.get(t.lemma) for t in articles[i].triggers[r.k] if t.pos == "VERB"}
                if not told & (
                    told_as_known(articles[i], r.k, articles[i].triggers[r.k], cmap) | verbs
                ):
                    # (a happening told again is named as one, "the meeting", or told by
                    # its verb; not a word in passing, "open to talks")
                    continue
                if (
                    r.people
                    or any(f.unit and f.unit.isupper() for f in r.figures)
                    or not r.named - {n for m in mine for n in recs[m].named} <= places[i]
                ):
                    # (it says who or what sum of its own: a report of its own, maybe of
                    # another happening of the kind or of the thing, "the deal, worth
                    # about $4 billion", not one told again; where it struck, "the quake
                    # was felt as far as Orvale", tells the happening told again more)
                    continue
                if told_in_passing(articles[i].triggers[r.k], told, cmap):
                    # ("the drop followed a profit warning": it reports what followed)
                    continue
                if any(
                    r.concepts[key].own
                    and _time_conflict(
                        r.concepts[key].periods,
                        r.day,
                        [p for m in mine for p in recs[m].concepts.get(key, _Concept()).periods],
                        r.day,
                        params,
                    )
                    for key in told
                ):
                    continue
                if lead_dates[i] and any(
                    r.concepts[key].periods
                    and _time_conflict(r.concepts[key].periods, r.day, lead_dates[i], r.day, params)
                    for key in told
                ):
                    # (nor dated, by whatever the sentence says when, apart from every day
                    # its article's lead gives: "In February, a gunman opened fire at a
                    # mall ... and killed five", recalled below a lead of Monday's shooting)
                    continue
                if any(
                    _small_conflict(r, recs[m]) or _subjects_apart(r, recs[m])
                    for m in g
                    if recs[m].article != i
                ):
                    continue
                added.append(x)
        out.append(sorted(members.union(added)))
    return out


def _attach(
    articles: Sequence[ArticleFeatures],
    recs: Sequence[_Sentence],
    groups: list[list[int]],
    params: Params,
    fit: Callable[[int, int], bool] | None = None,
    anchors: Sequence[set[str]] = (),
    leads_apart: Callable[[int, int], bool] | None = None,
    days_apart: Callable[[int, int], bool] | None = None,
    matters: Callable[[int], frozenset[str]] | None = None,
    beyond_retelling: Callable[[_Sentence, _Sentence], bool] | None = None,
    templates: Callable[[int, int], bool] | None = None,
    boilerplate: Callable[[_Sentence, _Sentence], bool] | None = None,
) -> list[list[int]]:
    """Paraphrases without the anchor join the events they are most similar to (and
    ``fit`` allows), never one whose ``anchors`` they name only as a cause, nor one most
    of whose articles' leads are apart from theirs (``leads_apart`` on two articles); a
    wire sentence telling acts of its own joins only an event telling one of them;
    ``matters``: the articles' headline matters, read once by the caller; ``beyond_retelling``:
    whether two wire sentences' stories were filed days apart, as the caller reads it;
    ``templates``: whether two articles are one headline template's reports of two things
    or cities (:func:`templates_apart`), read once by the caller; ``boilerplate``: whether
    two wire sentences are a template's boilerplate closing stories of two of its
    happenings (:func:`_leads_apart`), as the caller reads it.

    Exact and linear in the events' sizes: the word part through centroids (the total
    minus the sentence's own article), the name part through an inverted index.
    """
    members = [set(g) for g in groups]
    # The acts each sentence tells (its concepts less the light verbs'), and each event's.
    acts = [r.concepts.keys() - LIGHT_VERBS for r in recs]
    acts_of = [{key for m in g for key in acts[m]} for g in groups]
    centroids = []
    for g in groups:
        total: dict[str, float] = defaultdict(float)
        per_article: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        count: Counter[int] = Counter()
        by_name: dict[str, list[int]] = defaultdict(list)
        for m in g:
            r = recs[m]
            count[r.article] += 1
            for w, x in r.words.items():
                total[w] += x
                per_article[r.article][w] += x
            for name in r.names:
                by_name[name].append(m)
        centroids.append((total, per_article, count, len(g), by_name))
    parts = [sorted({q for m in g for q in recs[m].parts}) for g in groups]
    subjects = [sorted({q for m in g for q in recs[m].subjects}) for g in groups]
    marks = [frozenset(q for m in g for q in recs[m].tickers) for g in groups]
    places = [sorted({q for m in g for q in recs[m].places}) for g in groups]
    substories = [{recs[m].substory for m in g} for g in groups]
    # Articles whose lead figures or versions could conflict, per event (most have none).
    evidenced = [
        sorted({recs[m].article for m in g if articles[recs[m].article].figures_or_versions})
        for g in groups
    ]
    # When the events' sentences are dated (a trigger's DATE, else the sentence's).
    when = [[p for m in g for c in recs[m].concepts.values() for p in c.periods] for g in groups]
    # When the events' first reports were written (an event none of whose sentences is
    # dated is its reports' happening).
    first = [min((d for m in g if (d := recs[m].day) is not None), default=None) for g in groups]
    # Which of its articles tell something of the event as past (background recalled).
    recalled = [{recs[m].article for m in g if recs[m].past} for g in groups]
    # Which of its articles state how things are, or sum up happenings, in it.
    stating = [{recs[m].article for m in g if recs[m].generic} for g in groups]

    # (one pair of articles meets under many events: worked out once)
    figures_apart: dict[tuple[int, int], bool] = {}

    def article_figures_conflict(i: int, j: int) -> bool:
        if (i, j) not in figures_apart:
            figures_apart[(i, j)] = figures_conflict(articles[i], articles[j], params)
        return figures_apart[(i, j)]

    def conflicts(i: int, e: int) -> bool:
        """The sentence's article and one of the event's cannot report one happening."""
        if not articles[i].figures_or_versions:
            return False
        return any(j != i and article_figures_conflict(i, j) for j in evidenced[e])

    # Whether a sentence may join an event at all is its article's (sub-story,
    # participants, headline, lead figures): worked out once per article.
    open_to: dict[int, list[int]] = {}
    of_substory: dict[int, list[int]] = defaultdict(list)
    for e, subs in enumerate(substories):
        for sub in subs:
            of_substory[sub].append(e)

    def events_open_to(r: _Sentence) -> list[int]:
        if r.article not in open_to:
            open_to[r.article] = [
                e
                for e in of_substory.get(r.substory, ())
                if not (
                    participants_conflict(r.parts, parts[e])
                    or subjects_conflict(r.subjects, r.tickers, subjects[e], marks[e])
                    or participants_conflict(r.places, places[e])
                    or conflicts(r.article, e)
                    # (a headline template's report of another thing, "CBT SOYBEAN
                    # SPREADS" beside "CBT CORN SPREADS": wire_apart for wire sentences;
                    # here a market table's, whose headline has no dateline under it)
                    or (
                        templates is not None
                        and any(templates(r.article, j) for j in centroids[e][2] if j != r.article)
                    )
                )
            ]
        return open_to[r.article]

    # Each event's sentences that state sums, with their articles; and its wire sentences
    # that state shares.
    stated = [[(recs[m].article, recs[m].figures) for m in g if recs[m].figures] for g in groups]
    shared = [[(recs[m].article, recs[m].shares) for m in g if recs[m].shares] for g in groups]

    # Each event's sentences that tell one direction of a move, with their articles.
    moving = [
        [(recs[m].article, recs[m].direction) for m in g if recs[m].direction] for g in groups
    ]

    def moves_conflict(r: _Sentence, e: int) -> bool:
        """Every sentence of the event, of other articles, that tells one direction of a
        move tells the other one (a rise beside a decline: two moves)."""
        if r.direction is None:
            return False
        against = [d for i, d in moving[e] if i != r.article]
        return bool(against) and all(moves_apart(r.direction, d) for d in against)

    def sums_conflict(r: _Sentence, e: int) -> bool:
        """Every sentence of the event, of other articles, that states sums states
        ones the sentence's cannot be; or, wire copy, shares ("fell 0.7 pct" beside
        another release's "fell 0.4 pct")."""
        for mine, theirs in ((r.figures, stated[e]), (r.shares, shared[e])):
            if not mine:
                continue
            against = [f for i, f in theirs if i != r.article]
            if against and all(sentence_figures_conflict(mine, f) for f in against):
                return True
        return False

    # A wire story's specific names, a person's title counted as the person (once per
    # article).
    specifics: dict[int, frozenset[str]] = {}

    matter_of = matters or matters_of(articles)
    template_apart = templates or templates_apart(articles, matter_of)

    def wire_specific(i: int) -> frozenset[str]:
        if i not in specifics:
            specifics[i] = articles[i].specific - _article_titles(articles[i])
        return specifics[i]

    def wire_apart(r: _Sentence, e: int) -> bool:
        """A wire sentence would bring its story into an event of other wire stories
        that share fewer than two specific names with its story and none of whose
        sentences it is tied to (:func:`_wire_apart`, :func:`_filed_apart`,
        :func:`_days_apart`): a company's bond issue beside its results, a country's other
        news of the day, another city's or another day's report in the same template;
        or into an event holding a story of its headline template about another thing
        (:func:`_template_apart`)."""
        if not r.wire or r.article in centroids[e][2]:
            return False
        theirs = [recs[m] for m in groups[e] if recs[m].wire]
        mine = wire_specific(r.article)
        if any(template_apart(r.article, t.article) for t in theirs):
            # (one headline template's report of another thing: pork prices beside beef)
            return True
        if boilerplate is not None and any(boilerplate(r, t) for t in theirs):
            # (the boilerplate closing another bond issue's story)
            return True
        if theirs and all(
            headline_matters_apart(matter_of(r.article), matter_of(t.article))
            and not _tied(articles, r, t, matter_of)
            for t in theirs
        ):
            # (every wire story of the event is about another matter, by its headline)
            return True
        return bool(theirs) and all(
            len(mine & wire_specific(t.article)) < 2
            and (
                _wire_apart(r, t, params)
                or _filed_apart(r, t)
                or (
                    _days_apart(r, t, _dated(r) or _dated(t))
                    and days_apart is not None
                    and days_apart(r.article, t.article)
                )
                or not (
                    r.specific & t.specific
                    or r.tickers & t.tickers
                    or _told_alike(r, t, params.min_idf)
                )
            )
            for t in theirs
        )

    # One wire sentence of each story of each event (a story's sentences were filed alike).
    filed_stories = [
        list({recs[m].article: recs[m] for m in g if recs[m].wire}.values()) for g in groups
    ]
    beyond: dict[tuple[int, int], bool] = {}

    def filed_beyond_retelling(r: _Sentence, e: int) -> bool:
        """A wire sentence that dates nothing (:func:`_dated`), of a story filed days
        from every other wire story of the event (``beyond_retelling``): one template's report
        of another day ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES" a month on)."""
        if beyond_retelling is None or not r.wire or _dated(r):
            return False
        key = (r.article, e)
        if key not in beyond:
            theirs = [t for t in filed_stories[e] if t.article != r.article]
            beyond[key] = bool(theirs) and all(beyond_retelling(r, t) for t in theirs)
        return beyond[key]

    # (where each article's headline and lead end: they tell its story's happening in
    # words of their own, "snap poll" for "early election")
    ends: dict[int, int] = {}

    def in_lead(r: _Sentence) -> bool:
        a = articles[r.article]
        if r.article not in ends:
            ends[r.article] = lead_end(a.sentences, params)
        return a.sentences[r.k].start < ends[r.article]

    def names_only(r: _Sentence, mine: Sequence[Period], e: int) -> bool:
        """A sentence after its article's lead whose only tie to the event's sentences
        of other articles is a name they share (:func:`_tied_by_names_only`), even when its
        own article is in the event already: a company's other happening of the day, told
        by its own wire story; a player's season ("Teixeira hit .358 with 13 homers") or
        a club's hopes beside the offer a web report tells. (Web news was once left alone,
        measured on ECB+: but ECB+ scores only the sentences it validated, nearly all of
        them in a chain, so it cannot see a passage that reports nothing; judged by hand,
        26 of 30 such passages it turns away told no part of their event.)"""
        if in_lead(r):
            return False
        theirs = [recs[m] for m in groups[e] if recs[m].article != r.article]
        return bool(theirs) and _tied_by_names_only(r, mine, theirs, params)

    # Whether a sentence's article's lead is apart from more than ``attach_leads_apart``
    # of the event's other articles' (an event may hold a report misread either way):
    # once per article and event.
    against_leads: dict[tuple[int, int], bool] = {}

    def leads_against(i: int, e: int) -> bool:
        if (i, e) not in against_leads:
            assert leads_apart is not None
            theirs = [j for j in centroids[e][2] if j != i]
            apart = sum(leads_apart(i, j) for j in theirs)
            against_leads[(i, e)] = apart > params.attach_leads_apart * len(theirs)
        return against_leads[(i, e)]

    small = fit is not None
    most = params.small_attach_max if small else params.attach_max
    least = params.small_attach_threshold if small else params.attach_threshold
    adds: dict[int, list[int]] = defaultdict(list)
    for x, r in enumerate(recs):
        if not small and _tells_nothing_to_join(articles[r.article], r, in_lead(r)):
            continue
        mine = [p for c in r.concepts.values() for p in c.periods]
        scored = []
        for e in events_open_to(r):
            if x in members[e]:
                continue
            if fit is not None and not fit(x, e):
                continue
            if anchors and r.causes & anchors[e]:
                # ("the quake forced the airport to cancel flights" tells no quake)
                continue
            if not small and r.wire and acts[x] and not acts[x] & acts_of[e]:
                # A wire sentence that tells acts of its own, none of the event's: another
                # happening of one saga told in its words and names ("TARN PUTS OFF
                # ANNUAL MEETING" beside the bid for Tarn). (Wire copy only: measured on
                # ECB+, web reports tell one happening in other verbs, and the rule cost
                # its pairs.)
                continue
            if not small and (
                _time_conflict(mine, None, when[e], first[e], params)
                or sums_conflict(r, e)
                or moves_conflict(r, e)
                or (r.past and not recalled[e] - {r.article})
                or (r.generic and not stating[e] - {r.article})
            ):
                # Dated apart from every date the event gives (a 2008 cut recalled beside
                # a 2011 one), or well before its first report when none of its sentences
                # is dated; told as past beside reports of the present (background
                # recalled); sums no sentence of the event can agree with; a move in the
                # other direction from all the event's.
                continue
            total, per_article, count, n, by_name = centroids[e]
            others = n - count.get(r.article, 0)
            if others <= 0:
                continue
            own = per_article.get(r.article, {})
            words = (
                sum(v * (total.get(w, 0.0) - own.get(w, 0.0)) for w, v in r.words.items()) / others
            )
            names = 0.0
            if r.names:
                seen: set[int] = set()
                for name in sorted(r.names):
                    for m in by_name.get(name, ()):
                        if m in seen or recs[m].article == r.article:
                            continue
                        seen.add(m)
                        theirs = recs[m].names
                        names += len(r.names & theirs) / len(r.names | theirs)
                names /= others
            scored.append((params.word_weight * words + params.name_weight * names, e))
        scored.sort(key=lambda se: (-se[0], se[1]))
        taken = 0
        for score, e in scored:
            if taken == most or score < least:
                break
            if leads_apart is not None and leads_against(r.article, e):
                # (its place is taken: turned away from the other happening's event, it
                # does not go to the next one instead)
                taken += 1
                continue
            if not small and (
                wire_apart(r, e) or names_only(r, mine, e) or filed_beyond_retelling(r, e)
            ):
                continue
            adds[e].append(x)
            taken += 1
    out = [list(g) for g in groups]
    for e, xs in adds.items():
        out[e] += xs
    return out


def _tells_nothing_to_join(a: ArticleFeatures, r: _Sentence, lead: bool) -> bool:
    """A sentence of a large folder that joins no event as a paraphrase: a line that only
    dates the page ("July 13, 2009", :func:`date_line`) or heads a table's columns
    (:func:`~tui.core.events.small.table_heading`); below the headline and lead, one
    that tells no happening (no trigger: "Good luck, Tara.", "Deputy Sheriff") or is too
    short to tell one (:func:`tui.core.events.small.tells_nothing`: "Can you believe
    it?"). Their words are few, so their likeness to an event's words is high, and not
    evidence. (A headline without a trigger, "Ten dead in southern Iran quake", joins.)"""
    return (
        date_line(a, r.k)
        or table_heading(a, r.k)
        or (not lead and (not r.concepts or tells_nothing(a, r.k)))
    )


def _tied_by_names_only(
    r: _Sentence, mine: Sequence[Period], theirs: Sequence[_Sentence], params: Params
) -> bool:
    """A sentence shares with none of the sentences ``theirs`` anything but
    names, or the words of names (one company under two spellings, "Dominion Textile"
    and "Dominion Textiles"): no trigger of one concept (a light verb's, "said", is
    none), no sum stated alike, no date alike (``mine``: its triggers' periods), no
    wording beyond the names (word cosine below ``wire_min_words``, the names' words
    left out). Who acts is told of each of their happenings: one company's results and
    its new subsidiary, told the same day by two stories, are two happenings; its
    chairman "unavailable for comment" is no passage of the bid it was asked about."""
    for t in theirs:
        if any(key not in LIGHT_VERBS for key in r.concepts.keys() & t.concepts.keys()):
            return False
        if any(x.unit == y.unit and figures_agree(x, y) for x in r.figures for y in t.figures):
            return False
        when = [p for c in t.concepts.values() for p in c.periods]
        if dated_alike(mine, when, params.date_tolerance):
            return False
        if cosine(r.plain, t.plain) >= params.wire_min_words:
            return False
    return True


#: Content words a sentence needs for its wording alone to make it one report.
SAME_WORDING_MIN_WORDS = 6

#: Figures two wire sentences about one subject, filed the same day, state alike (each
#: written with :data:`EXACT_DIGITS` significant digits or more) to tell one happening whatever
#: their words: a company's results table and the story of its results.
FIGURES_ALIKE = 2
EXACT_DIGITS = 3
#: A figure stated by more sentences of one day than this is no mark of one happening.
FIGURES_ALIKE_MAX_SHARED = 40


def _exact_figures(a: ArticleFeatures, k: int) -> frozenset[float]:
    """The values of the exact quantities a sentence states written with
    :data:`EXACT_DIGITS` significant digits or more ("1.47 dlrs", "178,919", "20.2 pct";
    not "2.5 pct", "250 mln" nor "1,000": round figures many reports state)."""
    out = set()
    for q in a.sentence_quantities(k):
        if q.value is None or q.qualifier != "exact":
            continue
        if len("".join(digit_runs(a.text[q.start : q.end])).strip("0")) >= EXACT_DIGITS:
            out.add(q.value)
    return frozenset(out)


def _one_subject(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Two wire stories' headlines are about one company or person: both say whom they
    are about (tickers, else the names their leads repeat) and :func:`subjects_conflict`
    does not set them apart."""
    said = bool(a.tickers and b.tickers) or bool(a.subjects and b.subjects)
    return said and not subjects_conflict(a.subjects, a.tickers, b.subjects, b.tickers)


def figures_alike(articles: Sequence[ArticleFeatures]) -> list[list[tuple[int, int]]]:
    """Sentences of wire stories about one subject, filed the same day, that tell one
    happening by its figures, whatever their words, grouped: a sentence stating
    :data:`FIGURES_ALIKE` exact figures (:func:`_exact_figures`) or more, at least half
    of them found in another such story, with the sentences there that state them (the
    story's "lost 112.7 mln dlrs, or 31.09 dlrs a share" and its results table's rows
    "Shr loss 31.09 dlrs" and "Net loss 112.7 mln"). Two markets' reports of one price,
    or two crops' tables of one agency, are no subject's: their headlines name none, or
    different ones."""
    stated: dict[tuple[int, int], frozenset[float]] = {}
    index: dict[tuple[int, float], list[tuple[int, int]]] = defaultdict(list)
    for i, a in enumerate(articles):
        if a.dateline is None or a.filed_on is None or not (a.subjects or a.tickers):
            continue
        for k in range(len(a.sentences)):
            values = _exact_figures(a, k)
            if values:
                stated[(i, k)] = values
                for v in values:
                    index[(a.filed_on, v)].append((i, k))
    groups: DisjointSets[tuple[int, int]] = DisjointSets(stated)
    for (i, k), values in stated.items():
        if len(values) < FIGURES_ALIKE:
            continue
        a = articles[i]
        day = a.filed_on or 0
        found: dict[int, dict[float, list[tuple[int, int]]]] = defaultdict(dict)
        for v in values:
            posting = index[(day, v)]
            if len(posting) <= FIGURES_ALIKE_MAX_SHARED:
                for j, m in posting:
                    if j != i:
                        found[j].setdefault(v, []).append((j, m))
        for j, where in found.items():
            if (
                len(where) >= FIGURES_ALIKE
                and 2 * len(where) >= len(values)
                and _one_subject(a, articles[j])
            ):
                for there in where.values():
                    for x in there:
                        groups.union((i, k), x)
    out: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for x in stated:
        out[groups.find(x)].append(x)
    return [sorted(g) for g in out.values() if len({i for i, _ in g}) > 1]


def _without_boilerplate(
    articles: Sequence[ArticleFeatures],
    group: list[tuple[int, int]],
    lead_of: Callable[[int], _Lead | None] | None = None,
) -> list[tuple[int, int]]:
    """A sentence's copies less those that are a wire template's boilerplate: worded alike,
    naming no specific name (a place is none: "will be listed in Luxembourg"), in wire
    stories about different subjects (their headlines name other companies or people) or
    whose leads cannot be one happening's (their figures; or one template's two
    happenings, :func:`_leads_apart` on ``lead_of``'s reading: "The selling concession is
    1-1/4 pct" closing two issuers' bonds). A copy stays if another copy's story is not
    apart from its own (``lead_of``: the articles' leads, as the caller reads them; None:
    read here)."""
    if any(articles[i].names[k] & articles[i].specific for i, k in group):
        return group
    lead_of = lead_of or _leads_of(articles)

    def apart(i: int, j: int) -> bool:
        a, b = articles[i], articles[j]
        return (
            a.dateline is not None
            and b.dateline is not None
            and (
                subjects_conflict(a.subjects, a.tickers, b.subjects, b.tickers)
                or figures_conflict(a, b)
                or _leads_apart(lead_of(i), lead_of(j))
            )
        )

    return [(i, k) for i, k in group if any(j != i and not apart(i, j) for j, _ in group)]


def _not_apart(
    group: list[tuple[int, int]], apart: Callable[[int, int], bool]
) -> list[list[tuple[int, int]]]:
    """A sentence's copies ``(article, k)`` in parts whose articles are not ``apart``
    from one another, through a chain (one template's two days' issues, each day's
    copies a part); in order."""
    sets = DisjointSets(range(len(group)))
    for x in range(len(group)):
        for y in range(x + 1, len(group)):
            if group[x][0] == group[y][0] or not apart(group[x][0], group[y][0]):
                sets.union(y, x)
    parts: dict[int, list[tuple[int, int]]] = {}
    for x, s in enumerate(group):
        parts.setdefault(sets.find(x), []).append(s)
    return list(parts.values())


def _copies_by_filing(
    articles: Sequence[ArticleFeatures], group: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """A sentence's copies in runs of wire stories filed within :data:`WIRE_RETOLD_DAYS`
    of the run's first: the same words filed days apart are a template's reports of two
    happenings (one buyer's identical purchase of two months, an agency's daily
    operation) (:func:`filing_runs`)."""
    return filing_runs(articles, group, WIRE_RETOLD_DAYS)


def filing_runs(
    articles: Sequence[ArticleFeatures],
    group: list[tuple[int, int]],
    window: int,
    dated: Callable[[tuple[int, int]], int | None] | None = None,
    at_gaps: bool = False,
) -> list[list[tuple[int, int]]]:
    """Sentences ``(article, k)`` in runs of wire stories filed within ``window`` days of
    the run's first (``at_gaps``: of one another, split where the days are furthest
    apart). Sentences of articles that do not say when they were filed stay with every
    run; a group whose wire stories' days are not all known, or all fall within the
    window, stays whole. ``dated``: the day a sentence itself gives its happening, if any,
    taken for its story's filing day when the stories are dated (a visit announced a month
    ahead "from April 29" is in the run of the visit's reports)."""

    wire = [articles[i] for i, _ in group if articles[i].dateline is not None]
    all_dated = all(a.date is not None for a in wire)

    def day(i: int) -> int | None:
        a = articles[i]
        if a.dateline is None:
            return None
        # (a story's date, else the day of the year its dateline names: never the two mixed)
        return a.day if all_dated else a.filed_on

    days = {i: d for i, _ in group if (d := day(i)) is not None}
    if len(days) < 2 or not all_dated and len(days) < len(wire):
        return [group]
    if max(days.values()) - min(days.values()) <= window:
        return [group]  # (filed within the window: one run, whatever its sentences date)
    others = [s for s in group if s[0] not in days]

    def when(s: tuple[int, int]) -> int:
        own = dated(s) if dated is not None and all_dated else None
        return days[s[0]] if own is None else own

    ordered = sorted((when(s), s) for s in group if s[0] in days)
    runs: list[list[tuple[int, tuple[int, int]]]] = []
    if at_gaps:
        pending = [ordered]
        while pending:
            run = pending.pop()
            if run[-1][0] - run[0][0] <= window:
                runs.append(run)
                continue
            # (split where the stories' days are furthest apart: a week's coverage is
            # not cut in two where a run of a week's length would end)
            cut = max(range(1, len(run)), key=lambda x: (run[x][0] - run[x - 1][0], -x))
            pending += [run[cut:], run[:cut]]
    else:
        for d, s in ordered:
            if not runs or d - runs[-1][0][0] > window:
                runs.append([])
            runs[-1].append((d, s))
    return [sorted([s for _, s in run] + others) for run in runs]


def split_by_filing(
    articles: Sequence[ArticleFeatures], happening: Happening, params: Params = PARAMS
) -> list[Happening]:
    """A happening of wire stories in runs filed within ``params.wire_near_days`` of one
    another, split where their days are furthest apart (:func:`filing_runs`), each run
    told by two articles or more. Stories filed weeks apart in one event told different
    happenings of one saga (a bidder's offer, then its sale of its stake; a council's
    working group rescheduled, then its chairman's compromise): 18 of 20 such article
    pairs judged on Reuters copy were wrong. A story that retells the happening weeks on
    is lost to it (a takeover recalled a month later): the other 2. A sentence that dates
    its happening is in the run of that day ("will visit from April 29"; "who last week
    resigned" in the run of the resignation); a run is kept only if two of its articles
    are there by their filing or by a day they recall, or what one names weeks ahead is
    what a story filed there tells (a visit), not by days named ahead alone ("the offer
    expires April 14", filed March 18, beside a story of April 13 on the bidder's sale of
    its stake)."""

    def dated(s: tuple[int, int]) -> int | None:
        periods = sentence_periods(articles[s[0]], s[1], PRECISE_DAYS)
        return periods[0].start if periods else None

    def ahead(s: tuple[int, int]) -> bool:
        """In a run by a day it names weeks after its story's filing (a schedule)."""
        day, when = articles[s[0]].day, dated(s)
        return day is not None and when is not None and when - day > params.wire_near_days

    runs = filing_runs(
        articles, list(happening.sentences), params.wire_near_days, dated, at_gaps=True
    )
    if len(runs) == 1:
        return [happening]
    out = []
    for run in runs:
        if len({i for i, _ in run}) < params.min_articles:
            continue
        filed = [s for s in run if not ahead(s)]
        if len({s[0] for s in filed}) < params.min_articles:
            # (unless what was named ahead is what the run's own story tells: the visit
            # announced for April 29 and its report)
            told = {t.lemma for s in filed for t in happening.triggers.get(s, ())} - LIGHT_VERBS
            if not any(
                t.lemma in told for s in run if ahead(s) for t in happening.triggers.get(s, ())
            ):
                continue
        kept = set(run)
        out.append(
            replace(
                happening,
                sentences=tuple(run),
                triggers={s: t for s, t in happening.triggers.items() if s in kept},
                past={s: p for s, p in happening.past.items() if s in kept},
            )
        )
    return out


def told_once(
    articles: Sequence[ArticleFeatures],
    happenings: Sequence[Happening],
    copied: Callable[[int, int], bool],
) -> list[Happening]:
    """One story's happenings told by the same articles, every two of them copies of one
    story (``copied``: a story sent twice, cut short or with a paragraph added), made one
    whatever their sentences: the story told once, not one event a sentence
    ("Japan's unemployment rate seen rising", not that and eleven quotes of its
    paragraphs over the same two copies). It is anchored as the part holding the copies'
    headlines is (else the first): titled by the copies' headline where it holds them,
    and dated by what that part tells, not by every date the story gives
    (:func:`~tui.core.events.titles.event_title`); beside a sentence the side panel
    still quotes the copy's own words first (:func:`tui.core.events.index.closeness`).

    Args:
        articles: The corpus's articles.
        happenings: The story's happenings.
        copied: Whether two articles (by index) are copies of one story.

    Returns:
        The happenings left, a merged one at its first part's place.
    """
    by_tellers: dict[frozenset[int], list[int]] = defaultdict(list)
    for n, h in enumerate(happenings):
        by_tellers[frozenset(i for i, _ in h.sentences)].append(n)
    out: list[Happening | None] = list(happenings)
    for tellers, ns in by_tellers.items():
        if len(ns) < 2 or len(tellers) < 2 or not all_copies(sorted(tellers), copied):
            continue
        parts = [happenings[n] for n in ns]
        told = next(
            (h for h in parts if any(articles[i].sentences[k].headline for i, k in h.sentences)),
            parts[0],
        )
        out[ns[0]] = Happening(
            sentences=tuple(sorted({s for h in parts for s in h.sentences})),
            anchors=told.anchors,
            concepts={k: v for h in reversed(parts) for k, v in h.concepts.items()},
            triggers={k: v for h in reversed(parts) for k, v in h.triggers.items()},
            past={k: v for h in reversed(parts) for k, v in h.past.items()},
            retold=True,
        )
        for n in ns[1:]:
            out[n] = None
    return [h for h in out if h is not None]


def text_of(articles: Sequence[ArticleFeatures]) -> Callable[[int], str]:
    """The text of the article at an index."""

    def text(i: int) -> str:
        return articles[i].text

    return text


def _copies_happening(
    articles: Sequence[ArticleFeatures],
    group: Sequence[tuple[int, int]],
    stats: CorpusStats,
    params: Params,
    by_figures: bool = False,
) -> Happening | None:
    """The happening of sentences told word for word in several articles (None when
    none of them has a usable trigger, unless they are told alike ``by_figures``: two
    stories' tables of one company's results, rows no verb is in, anchored by their
    figures)."""
    usable = {s: usable_triggers(articles[s[0]].triggers[s[1]], stats, params) for s in group}
    lemmas = sorted({t.lemma for ts in usable.values() for t in ts})
    if not lemmas and not by_figures:
        return None
    cmap = concept_map(lemmas, stats.verbs, stats.words) if lemmas else {}
    return Happening(
        sentences=tuple(sorted(set(group))),
        anchors=frozenset(cmap.values()),
        concepts=cmap,
        triggers=usable,
    )


def same_wording(
    articles: Sequence[ArticleFeatures],
    happenings: Sequence[Happening],
    stats: CorpusStats,
    params: Params = PARAMS,
    copied: Callable[[int, int], bool] | None = None,
    recurring: Callable[[int, int], bool] | None = None,
    templates: Callable[[int, int], bool] | None = None,
) -> tuple[list[Happening], list[Happening]]:
    """Sentences worded the same, figures included, in several articles report one
    happening (syndicated copy, a correction, a repeated lead), whatever their stories;
    not a wire template's boilerplate (:func:`_without_boilerplate`).

    Nor is a headline template's line in its reports of two things or of two days
    (:func:`templates_apart`: "HOG AND CATTLE SLAUGHTER GUESSTIMATES" of two days, other
    figures below; a recurring notice's of two days, whatever its figures).

    A sentence of at least :data:`SAME_WORDING_MIN_WORDS` content words and a usable
    trigger joins the first event that holds one of its copies; copies no event holds
    become an event of their own; the sentences a story sent twice or more shares with
    its copies alone become one event, the story told once (:attr:`Happening.retold`).
    Sentences of one subject's wire stories of a day that state exact figures alike
    (:func:`figures_alike`: a results table and the story of the results) are joined the
    same way, those two stories tell one event.

    Args:
        articles: The corpus's articles.
        happenings: The events found in the stories.
        stats: Trigger statistics of the corpus.
        params: ``min_verb_ratio``.
        copied: Whether two articles (by index) are copies of one story
            (:func:`~tui.core.text.shingles.copies_among`; None: one is made here).
        recurring: Whether two articles (by index) are two issues of a recurring
            notice (:func:`recurring_notices`; None: read here).
        templates: Whether two articles (by index) are one template's reports of two
            things (:func:`templates_apart`; None: read here).

    Returns:
        The happenings with the copies added, and the new happenings (copies only).
    """
    copies: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for i, a in enumerate(articles):
        for k, words in enumerate(a.words):
            sentence = a.sentences[k]
            if (
                len(words) >= SAME_WORDING_MIN_WORDS
                and a.triggers[k]
                # (a site's stamp or sign-up line is alike on all its pages; a police
                # appeal for witnesses, or "officials were unavailable for comment",
                # alike in reports of many things, is no happening's)
                and not in_furniture(a.furniture, sentence.start, sentence.end)
                and not is_stock_line(a.sentence_text(k))
            ):
                # The figures are part of the wording: "$2 million" is not "$85 million".
                copies[(*words, *digit_runs(a.sentence_text(k)))].append((i, k))
    where: dict[tuple[int, int], int] = {}
    for n, h in enumerate(happenings):
        for s in h.sentences:
            where.setdefault(s, n)
    added: dict[int, set[tuple[int, int]]] = defaultdict(set)
    # (the sentences a story sent twice or more shares with its copies, and with no other
    # article, are one event: the story told once, not one event a sentence)
    copied = copied or copies_among(text_of(articles))
    sent_again: dict[frozenset[int], list[tuple[int, int]]] = defaultdict(list)
    new: list[Happening] = []
    lead_of = _leads_of(articles)
    template_apart = templates or templates_apart(
        articles, matters_of(articles), recurring or recurring_notices(articles)
    )

    def joined_to_held(group: list[tuple[int, int]]) -> bool:
        """Join the group to the first event holding one of its sentences, if any."""
        holders = sorted({where[s] for s in group if s in where})
        if holders:
            added[holders[0]].update(s for s in group if s not in happenings[holders[0]].sentences)
        return bool(holders)

    # (the articles of groups told alike by their figures: a table's rows need no verb)
    by_figures: set[frozenset[int]] = set()

    def anchored(told_by: frozenset[int], group: list[tuple[int, int]]) -> Happening | None:
        return _copies_happening(articles, group, stats, params, told_by in by_figures)

    def kept(told_by: frozenset[int], group: list[tuple[int, int]]) -> None:
        """Keep a group no event holds: one story's copies wait to be one event, other
        groups are a happening of their own (when a trigger, or figures alike, anchor
        one)."""
        if all_copies(told_by, copied):
            sent_again[told_by].extend(group)
            return
        happening = anchored(told_by, group)
        if happening is not None:
            new.append(replace(happening, by_figures=told_by in by_figures))

    for group in (
        part
        for g in copies.values()
        for chunk in _copies_by_filing(articles, g)
        for part in _not_apart(_without_boilerplate(articles, chunk, lead_of), template_apart)
    ):
        if len({i for i, _ in group}) >= 2 and not joined_to_held(group):
            kept(frozenset(i for i, _ in group), group)
    # (a results table beside its story: the figures told alike, not the words; the
    # sentences two stories tell so, no event holding any, are one happening, and
    # one with what copies of one story share)
    by_tellers: dict[frozenset[int], list[tuple[int, int]]] = defaultdict(list)
    for group in figures_alike(articles):
        if not joined_to_held(group):
            by_tellers[frozenset(i for i, _ in group)].extend(group)
    by_figures.update(by_tellers)
    for told_by, group in by_tellers.items():
        kept(told_by, group)
    for told_by, group in sent_again.items():
        happening = anchored(told_by, group)
        if happening is not None:
            new.append(replace(happening, retold=True))
    out = list(happenings)
    large = not stats.small(params)
    for n, extra in added.items():
        h = out[n]
        triggers = dict(h.triggers)
        for i, k in extra:
            triggers[(i, k)] = usable_triggers(articles[i].triggers[k], stats, params)
        out[n] = Happening(
            sentences=tuple(sorted({*h.sentences, *extra})),
            anchors=h.anchors,
            concepts={
                **h.concepts,
                **concept_map(
                    sorted({t.lemma for i, k in extra for t in triggers[(i, k)]} - set(h.concepts)),
                    stats.verbs,
                    stats.words,
                ),
            },
            triggers=triggers,
            past={
                **h.past,
                **_past(
                    articles,
                    [(i, k) for i, k in extra if large and _told_as_past(articles[i], k, params)],
                ),
            },
        )
    return out, new
