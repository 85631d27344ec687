"""Extraction: run spaCy (English) and GiNZA (Japanese) over articles and return plain values.

Each article is cut into language segments (:mod:`tui.core.nlp.segmentation`);
English segments go through the English spaCy model, Japanese ones through
GiNZA, loaded only when an article has Japanese. Both pipelines carry the
knowledge-base component (:mod:`tui.core.nlp.kb`); GiNZA's extended labels are
mapped onto the app's OntoNotes labels (``data/ginza_labels.yaml``). Numbers
come from :mod:`tui.core.nlp.quantities.grammar`, dates are normalised by
:mod:`tui.core.nlp.dates`, and the entity rules of :mod:`tui.core.nlp.entities`
clean up the models' suggestions. Page furniture is found first, and nothing
inside it is highlighted.

spaCy objects never leave this module: :meth:`Extractor.extract` yields
:class:`ArticleAnnotation` values holding model suggestions only; merging with
people's decisions is the pipeline's job (``tui.core.pipeline``).
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
import importlib.metadata
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from tui.core.model.corpus import body_start
from tui.core.model.schema import (
    ENTITY_LABELS,
    QUANTITY_LABELS,
    Article,
    ArticleAnnotation,
    Entity,
    Furniture,
    KnowledgeBase,
    Metadata,
    Quantity,
    Sentence,
    Trigger,
)
from tui.core.model.settings import PIPELINE_VERSION, Settings
from tui.core.nlp.dates import (
    FISCAL_PERIOD,
    MONTHS,
    PART_OF_YEAR,
    WEEKDAYS,
    changes_a_date,
    fiscal_value,
    game_period,
    normalise_date,
    tells_a_game,
)
from tui.core.nlp.entities import (
    NAME_LABELS,
    Candidate,
    StoryWords,
    bracketed_names,
    choose_entities,
    company_names,
    dateline_entities,
    day_word_dates,
    headline_common_words,
    headline_entities,
    looks_like_name,
    month_day_dates,
)
from tui.core.nlp.furniture import FurniturePattern, detect_furniture, inside, load_patterns
from tui.core.nlp.kb import KbMatch, KbMatcher, add_kb_component, matches_of
from tui.core.nlp.names import resolve_ids
from tui.core.nlp.places import article_country, money_country, national_currency
from tui.core.nlp.quantities.bare import Chooser, resolve_bare_numbers
from tui.core.nlp.quantities.grammar import extract_quantities
from tui.core.nlp.quantities.meaning import tidy_value
from tui.core.nlp.quantities.sharing import share_units
from tui.core.nlp.segmentation import Segment, batch_size, japanese_sentences, language_segments
from tui.core.nlp.structure import (
    TOP_LINES,
    Dateline,
    date_anchor,
    decade_span,
    find_date_line,
    find_dateline,
    top_lines,
)
from tui.core.nlp.triggers import (
    EntityIndex,
    event_name_triggers,
    sentence_triggers,
    verb_lexicon,
)
from tui.core.text.context import span_context
from tui.core.text.sentences import (
    HEADLINE_MAX_CHARS,
    headline_case,
    join_unended,
    line_spans,
    sentence_case,
    strip_span,
    written_in_capitals,
)
from tui.core.text.sentences import headline as find_headline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def ginza_labels() -> dict[str, str]:
    """GiNZA's extended named-entity labels onto OntoNotes labels, read once from the package data.

    Returns:
        GiNZA label -> app label; labels missing from it are dropped.
    """
    text = resources.files("tui.core.nlp").joinpath("data", "ginza_labels.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {str(ginza): str(label) for ginza, label in data["labels"].items()}


def load_model(name: str) -> Language:
    """Load a spaCy pipeline (the English model or GiNZA) by package name."""
    import spacy

    return spacy.load(name)


@dataclass
class _Plan:
    """What is known of an article before any model reads it."""

    article: Article
    furniture: list[Furniture]
    segments: list[Segment]
    header_end: int
    #: The headline line, and whether it is written in capitals (a model cannot read those).
    headline: tuple[int, int] | None = None
    caps_headline: bool = False
    dateline: Dateline | None = None
    #: The article's country (ISO 3166 alpha-2), for currency words and bare amounts: the U.S.
    #: for one from another dollar country that names only the U.S. dollar (``money_country``).
    country: str | None = None
    #: The date relative dates resolve against: the article's, else its date line's.
    reference: datetime.date | None = None
    #: English headline lines in Title Case or capitals, re-parsed in sentence case.
    headlines: list[tuple[int, int]] = field(default_factory=list)


class Extractor:
    """Loads the models once and annotates articles in batches."""

    def __init__(self, settings: Settings | None = None, kb: KnowledgeBase | None = None) -> None:
        self.settings = settings or Settings()
        self.kb = kb or KnowledgeBase()
        self.matcher = KbMatcher(self.kb.entities)
        self.nlp = load_model(self.settings.english_model)
        add_kb_component(self.nlp, self.kb)
        self._ja: Language | None = None
        self.furniture_patterns: Sequence[FurniturePattern] = load_patterns(
            Path(self.settings.annotations) / "furniture.yaml"
        )
        self.common_words: frozenset[str] = frozenset(self.nlp.Defaults.stop_words)
        self.verbs = verb_lexicon(self.nlp)
        #: What reads bare numbers (``count``): the shipped model when None.
        self.bare_chooser: Chooser | None = None

    @property
    def ja_nlp(self) -> Language:
        """GiNZA, loaded on first use (only articles with Japanese need it)."""
        if self._ja is None:
            self._ja = load_model(self.settings.ja_model)
            add_kb_component(self._ja, self.kb)
        return self._ja

    @cached_property
    def version(self) -> str:
        """The pipeline stamp stored in each annotation file (found once: the models and
        the knowledge base do not change while the extractor lives)."""
        meta = self.nlp.meta
        try:
            ja = f"{self.settings.ja_model}-{importlib.metadata.version(self.settings.ja_model.replace('_', '-'))}"
        except importlib.metadata.PackageNotFoundError:
            ja = self.settings.ja_model
        kb = hashlib.sha256(self.kb.model_dump_json().encode()).hexdigest()[:8]
        return f"{PIPELINE_VERSION} {meta.get('lang')}_{meta.get('name')}-{meta.get('version')} {ja} kb:{kb}"

    def plan(self, article: Article) -> _Plan:
        """Furniture, headline, dateline and language segments of one article, before any NLP."""
        text = article.text
        furniture = detect_furniture(text, self.furniture_patterns)
        header_end = 0
        for region in furniture:
            if region.kind == "header" and not text[: region.start].strip():
                header_end = region.end
        start = max(header_end, body_start(text))
        headline = find_headline(text, start)
        if headline is not None and headline[0] < start:
            headline = None
        dateline = find_dateline(text, headline[1] if headline else start)
        segments = language_segments(text, start)
        if dateline is not None:
            # The model reads the story from after the dash: "April 3 - Four" is no DATE.
            segments = [
                Segment(dateline.end, s.end, s.lang) if s.start <= dateline.start < s.end else s
                for s in segments
                if not (dateline.start <= s.start and s.end <= dateline.end)
            ]
        places = [text[a:b] for a, b in dateline.places] if dateline else []
        reference = _date_or_none(article.date)
        if reference is None:
            reference = _date_or_none(find_date_line(text, start))
        return _Plan(
            article,
            furniture,
            segments,
            header_end,
            headline=headline,
            caps_headline=headline is not None and _is_caps(text[headline[0] : headline[1]]),
            dateline=dateline,
            country=money_country(text, article_country(text, places)),
            reference=reference,
            headlines=_headline_lines(text, segments),
        )

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        """Annotate articles, yielding one annotation per article in the order given.

        Args:
            articles: The articles to annotate.
            n_process: Worker processes for the English ``nlp.pipe``.
        """
        plans = [self.plan(article) for article in articles]

        english: list[tuple[str, int]] = []
        for index, plan in enumerate(plans):
            text = plan.article.text
            english += [(text[s.start : s.end], index) for s in plan.segments if s.lang == "en"]
            # The model reads a headline's words as names: it reads it again in sentence case.
            english += [(sentence_case(text[start:end]), index) for start, end in plan.headlines]
        size = batch_size([len(t) for t, _ in english])
        docs = self.nlp.pipe(english, as_tuples=True, n_process=n_process, batch_size=size)
        for plan in plans:
            english_docs = [next(docs)[0] for s in plan.segments if s.lang == "en"]
            headline_docs = [next(docs)[0] for _ in plan.headlines]
            japanese = [s for s in plan.segments if s.lang == "ja"]
            japanese_docs = (
                list(
                    self.ja_nlp.pipe(
                        (plan.article.text[s.start : s.end] for s in japanese),
                        batch_size=batch_size([s.end - s.start for s in japanese]),
                    )
                )
                if japanese
                else []
            )
            en_iter, ja_iter = iter(english_docs), iter(japanese_docs)
            segment_docs = [
                (segment, next(en_iter) if segment.lang == "en" else next(ja_iter))
                for segment in plan.segments
            ]
            yield self.annotate(plan, segment_docs, headline_docs)

    # -- one article

    def annotate(
        self,
        plan: _Plan,
        segment_docs: Sequence[tuple[Segment, Doc]],
        headline_docs: Sequence[Doc] = (),
    ) -> ArticleAnnotation:
        """The annotation of one article from the docs of its segments, and of its
        headline lines read in sentence case (``plan.headlines``, in order)."""
        article, text = plan.article, plan.article.text
        sentences: list[Sentence] = []
        if plan.header_end:
            s, e = plan.furniture[0].start, plan.header_end
            sentences.append(Sentence(start=s, end=e, lang="en"))
        candidates: list[Candidate] = []
        quantities: list[Quantity] = []
        ahead: list[tuple[int, int]] = []
        back: list[tuple[int, int]] = []
        game = tells_a_game(text, 0, len(text))
        for segment, doc in segment_docs:
            sentences.extend(self._sentences(text, segment, doc))
            if segment.lang == "en":
                ahead.extend(future_clauses(doc, segment.start))
                back.extend(past_phrases(doc, segment.start))
            in_headline = plan.caps_headline and plan.headline is not None
            found = self._candidates(segment, doc)
            if in_headline and plan.headline is not None and segment.start < plan.headline[1]:
                # A model reads capitals as names: only the knowledge base speaks here.
                found = [c for c in found if c.trusted or c.label not in NAME_LABELS]
            candidates.extend(found)
            if segment.lang == "en":
                candidates.extend(day_word_dates(text, segment.start, segment.end, found))
                candidates.extend(month_day_dates(text, segment.start, segment.end))
                candidates.extend(fiscal_dates(text, segment.start, segment.end))
                candidates.extend(part_of_year_dates(text, segment.start, segment.end, found, game))
                candidates.extend(bracketed_names(text, segment.start, segment.end))
                candidates.extend(
                    company_names(text, segment.start, segment.end, self.common_words)
                )
            quantities.extend(self._quantities(text, segment, doc, plan.country))
        for (start, _), doc in zip(plan.headlines, headline_docs, strict=True):
            # (a headline parsed in sentence case, "TALKS POSTPONED TILL MONDAY": its
            # clauses of what is to come, which its capitals hide from the model)
            ahead.extend(future_clauses(doc, start))
        if plan.dateline is not None:
            sentences = _with_dateline(sentences, plan.dateline)
            candidates.extend(dateline_entities(plan.dateline))
        quantities = self._caps_headline_quantities(text, quantities, plan, headline_docs)
        quantities = [q for q in quantities if not inside(q.start, q.end, plan.furniture)]
        quantities = share_units(text, _dedupe(quantities), national_currency(plan.country))
        titled = [h for h in _above_story(text, plan) if not _is_caps(text[h[0] : h[1]])]
        named_by_case = (
            (titled, *_headline_words(titled, segment_docs, plan.headlines, headline_docs))
            if titled
            else None
        )
        entities = self._entities(
            text, candidates, quantities, sentences, plan, ahead, back, named_by_case
        )
        # After the entities: a bare number dropped as no figure keeps what else was found of it.
        english = [(segment.start, doc) for segment, doc in segment_docs if segment.lang == "en"]
        quantities = resolve_bare_numbers(text, quantities, english, self.bare_chooser)
        quantities = [  # (a value scaled or summed along the way, as it was written)
            q
            if (value := tidy_value(q.value)) == q.value
            else q.model_copy(update={"value": value})
            for q in quantities
        ]
        sentences = _with_headlines(text, sentences, plan.headlines)
        parses = [(segment.start, doc, False) for segment, doc in segment_docs]
        parses += [
            (s, doc, True) for (s, _), doc in zip(plan.headlines, headline_docs, strict=True)
        ]
        triggers = self._triggers(sentences, parses, entities)
        return ArticleAnnotation(
            article=article.id,
            sha256=article.sha256,
            pipeline=self.version,
            # The article's own date, else the one its dateline or date line gives.
            metadata=Metadata.of(article).model_copy(
                update={
                    "date": article.date or (plan.reference.isoformat() if plan.reference else None)
                }
            ),
            sentences=tuple(sorted(sentences, key=lambda s: (s.start, s.end))),
            furniture=tuple(plan.furniture),
            entities=tuple(entities),
            quantities=tuple(quantities),
            triggers=triggers,
        )

    def _triggers(
        self,
        sentences: Sequence[Sentence],
        parses: Sequence[tuple[int, Doc, bool]],
        entities: Sequence[Entity],
    ) -> tuple[Trigger, ...]:
        """The triggers of every sentence, a headline's from its re-parse in sentence case.

        Args:
            sentences: The article's sentences, headlines marked.
            parses: ``(offset of the parsed text in the article, doc, is a headline re-parse)``.
            entities: The article's final entities.
        """
        ordered = sorted(sentences, key=lambda s: (s.start, s.end))
        starts = [s.start for s in ordered]
        tokens: dict[tuple[int, int, bool], list[Token]] = {}
        for shift, doc, headline in parses:
            for token in doc:
                k = bisect.bisect_right(starts, shift + token.idx) - 1
                if k >= 0 and ordered[k].headline == headline:
                    tokens.setdefault((k, shift, headline), []).append(token)
        index = EntityIndex(entities)
        found: list[Trigger] = event_name_triggers(entities, ordered)
        for (k, shift, headline), words in tokens.items():
            span = (ordered[k].start, ordered[k].end)
            found += sentence_triggers(words, shift, span, index, self.verbs, headline=headline)
        return tuple(sorted(found, key=lambda t: (t.start, t.end, t.pos, t.lemma)))

    @staticmethod
    def _sentences(text: str, segment: Segment, doc: Doc) -> list[Sentence]:
        if segment.lang == "ja":
            spans = japanese_sentences(text, segment.start, segment.end)
        else:
            stripped = (
                strip_span(text, segment.start + sent.start_char, segment.start + sent.end_char)
                for sent in doc.sents
            )
            # (the small model cuts inside a line where no punctuation ends a sentence:
            # "founder Jack Ma | Yun and ...")
            spans = join_unended(text, [(s, e) for s, e in stripped if e > s])
        return [Sentence(start=s, end=e, lang=segment.lang) for s, e in spans]

    def _candidates(self, segment: Segment, doc: Doc) -> list[Candidate]:
        offset = segment.start
        found: list[Candidate] = [
            Candidate(offset + m.start, offset + m.end, m.label, m.kb_id, True)
            for m in matches_of(doc)
        ]
        kb_spans: list[KbMatch] = matches_of(doc)
        for ent in doc.ents:
            # A known place inside a longer name stays a candidate ("Oman Herald"): the
            # entity rules choose (entities.places_in_longer_names).
            if any(
                m.start < ent.end_char
                and ent.start_char < m.end
                and not _place_inside(m, ent.start_char, ent.end_char)
                for m in kb_spans
            ):
                continue
            label = ginza_labels().get(ent.label_) if segment.lang == "ja" else ent.label_
            if label is None or label not in ENTITY_LABELS and label not in QUANTITY_LABELS:
                continue
            if label in NAME_LABELS and not looks_like_name(
                [(t.text, t.pos_, t.tag_) for t in ent], segment.lang
            ):
                continue
            found.append(Candidate(offset + ent.start_char, offset + ent.end_char, label))
        return found

    def _caps_headline_quantities(
        self,
        text: str,
        quantities: list[Quantity],
        plan: _Plan,
        headline_docs: Sequence[Doc],
    ) -> list[Quantity]:
        """The figures of a headline in capitals as its re-parse in sentence case reads them
        (a model tags "500,000 COMMON SHARES" as names and finds no counted noun)."""
        for (start, end), doc in zip(plan.headlines, headline_docs, strict=True):
            if not _is_caps(text[start:end]) or doc.text == text[start:end]:
                continue
            again = [
                q.model_copy(update={"text": text[q.start : q.end]})
                for q in extract_quantities(doc, "en", start, country=plan.country)
            ]
            kept = [q for q in quantities if q.end <= start or q.start >= end]
            quantities = sorted(
                kept + [self._in_context(text, q) for q in again], key=lambda q: q.start
            )
        return quantities

    @staticmethod
    def _in_context(text: str, quantity: Quantity) -> Quantity:
        prefix, suffix = span_context(text, quantity.start, quantity.end)
        return quantity.model_copy(update={"prefix": prefix, "suffix": suffix})

    def _quantities(
        self, text: str, segment: Segment, doc: Doc, country: str | None = None
    ) -> list[Quantity]:
        raw = extract_quantities(doc, segment.lang, segment.start, country=country)
        out = []
        for quantity in raw:
            if text[quantity.start : quantity.end] != quantity.text:
                continue
            prefix, suffix = span_context(text, quantity.start, quantity.end)
            out.append(quantity.model_copy(update={"prefix": prefix, "suffix": suffix}))
        return out

    def _entities(
        self,
        text: str,
        candidates: list[Candidate],
        quantities: Sequence[Quantity],
        sentences: Sequence[Sentence],
        plan: _Plan,
        ahead: Sequence[tuple[int, int]] = (),
        back: Sequence[tuple[int, int]] = (),
        titled: tuple[Sequence[tuple[int, int]], dict[int, tuple[str, str]], StoryWords]
        | None = None,
    ) -> list[Entity]:
        named = choose_entities(
            text,
            candidates,
            quantities,
            sentences,
            plan.furniture,
            self.matcher.lookup,
            self.common_words,
        )
        if plan.headline is not None:
            named = headline_entities(text, named, plan.headline, plan.caps_headline)
        if titled is not None:
            named = headline_common_words(text, named, *titled, self.verbs, self.common_words)
        entities = []
        for c in named:
            prefix, suffix = span_context(text, c.start, c.end)
            value = None
            if c.label == "DATE" and (decade := decade_span(text, c.start, c.end)) is not None:
                c = Candidate(*decade, "DATE")
                prefix, suffix = span_context(text, c.start, c.end)
            # (a clause of what is to come, or of what is done: where a day without its
            # year falls)
            coming = any(s <= c.start < e for s, e in ahead)
            gone = not coming and any(s <= c.start < e for s, e in back)
            if c.label == "DATE":
                fiscal = FISCAL_PERIOD.match(text, c.start)
                if fiscal is not None and fiscal.end("period") == c.end:
                    value = fiscal_value(fiscal["period"], fiscal["end"], plan.reference)
                elif c.rule and PART_OF_YEAR.fullmatch(text, c.start, c.end):
                    # A quarter or a half a model did not see, without its year or last
                    # day: a company's own, its year ending in any month ("2ND QTR" of a
                    # year to January 31 is November to January), so no value.
                    value = None
                else:
                    value = normalise_date(
                        text[c.start : c.end], plan.reference, ahead=coming, back=gone
                    )
                    if value is not None and "/" in value and changes_a_date(text, c.start, c.end):
                        value = None  # "changed its year end from June 30 to December 31"
                    if value is not None and game_period(
                        text, c.start, c.end, _around(sentences, c.start)
                    ):
                        value = None  # "with 4:43 left in the first half": the game's half
                if value is None:
                    # "the first quarter ended April 4", "fiscal 1986": the date the span holds.
                    inner = date_anchor(text, c.start, c.end)
                    anchored = (
                        normalise_date(text[slice(*inner)], plan.reference, ahead=coming, back=gone)
                        if inner
                        else None
                    )
                    if inner is not None and anchored is not None:
                        c, value = Candidate(*inner, "DATE"), anchored
                value = _in_fiscal_year(text, c.start, c.end, plan.reference) or value
            elif c.label == "TIME":
                # "this morning", "late last night", "Friday evening", "12/16/08 1:30 AM
                # EST": the day it falls on ("1530 GMT", "midday", "two hours" name none)
                day = date_anchor(text, c.start, c.end) or (c.start, c.end)
                value = normalise_date(text[slice(*day)], plan.reference, ahead=coming, back=gone)
                if value is not None and len(value) != len("YYYY-MM-DD"):
                    value = None  # a day only: not "overnight", nor a stamp's year alone
            if c.label == "DATE" and _no_year(text[c.start : c.end], plan.reference):
                continue  # "Indonesia's PPN 2058, 2444, 2447": a number, no year
            entities.append(
                Entity(
                    start=c.start,
                    end=c.end,
                    text=text[c.start : c.end],
                    label=c.label,
                    kb_id=c.kb_id,
                    value=value,
                    prefix=prefix,
                    suffix=suffix,
                )
            )
        return resolve_ids(
            _one_day_per_weekday(_months_in_order(entities, sentences, plan.reference))
        )


#: Verbs whose infinitive after them speaks of what is to come ("plans to meet Tuesday").
_INTENT_VERBS = frozenset(
    "plan expect schedule intend hope aim set agree prepare propose want seek go decide "
    "promise threaten vow advance".split()
)


def fiscal_dates(text: str, start: int, end: int) -> list[Candidate]:
    """A fiscal period and its end day as two dates: "[2ND QTR] [JAN 31]", "[the first
    quarter] ended [April 4]": the period is the months that end on that day."""
    out = []
    for match in FISCAL_PERIOD.finditer(text, start, end):
        if match.end("end") <= end:
            out.append(Candidate(*match.span("period"), "DATE", rule=True))
            out.append(Candidate(*match.span("end"), "DATE", rule=True))
    return out


def part_of_year_dates(
    text: str, start: int, end: int, suggested: Sequence[Candidate], game: bool = False
) -> list[Candidate]:
    """A quarter or a half of a year named by its ordinal (:data:`PART_OF_YEAR`: "4TH QTR"
    in a results headline in capitals, a table's "1st half" row, "4th qtr 1986" in its
    note) where the model tagged no date or time over it, or only a part of it (the
    year of "1986 4th qtr"): a DATE, as the model tags "the fourth quarter" in a
    sentence. One without its year is marked as the rule's (``rule``), and read for no
    value: a company's own quarter may not be the calendar's. Not a half "of" something
    other than a year ("the first half of the meeting" is the model's to tag), nor one
    without its year in an article that tells a ``game``
    (:func:`~tui.core.nlp.dates.tells_a_game`: "a touchdown in the fourth quarter", "the
    second half opened")."""
    out = []
    for match in PART_OF_YEAR.finditer(text, start, end):
        s, e = match.span()
        if re.match(r"[ ]of[ ](?!(?:19|20)\d\d)", text[e : e + 8]):
            continue
        yearless = not re.search(r"\d\d|year", match[0])
        if game and yearless:
            continue
        over = [c for c in suggested if c.start < e and s < c.end and c.label in ("DATE", "TIME")]
        if all(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for c in over):
            # (one without its year is found by this rule alone, and read for no value)
            out.append(Candidate(s, e, "DATE", rule=yearless))
    return out


def future_clauses(doc: Doc, offset: int = 0) -> list[tuple[int, int]]:
    """Character ranges of clauses that speak of what is to come, from the parse.

    A verb with "will", "shall", "'ll" or a reported "would", an infinitive after a verb of
    intent ("plans to meet", "is scheduled to open") or after a present "be" ("is to be
    voted on Thursday", "are to meet": not "was to have met"), a passive infinitive
    describing a noun ("the measures to be voted on Thursday", "a meeting to be held on
    Friday"), what is "due", what is planned for a time ("is scheduled for August", "the
    vote set for Friday"; not "was scheduled for"), the day something is put off to
    ("rescheduled for Thursday", "postponed till Monday": :data:`_PUT_OFF`), and what comes
    "ahead of" ("ahead of Thursday's vote"): a date in such a clause is the coming one
    ("will meet on Tuesday" is the next Tuesday). A participle inside it describing a noun
    tells what was done ("plans to push through cuts in exchange for an aid package unveiled
    on Sunday"): its words are no part of it, unless it is a word of intent ("the vote
    scheduled for Friday") or its words set a time limit ahead or an aim
    (:func:`_done_participles`).
    """
    out: list[tuple[int, int]] = []
    for token in doc:
        verb = None
        if token.dep_ == "aux" and token.lower_ in ("will", "'ll", "shall", "wo", "would"):
            verb = token.head
        elif token.dep_ == "aux" and token.lower_ == "to" and token.head.tag_ in ("VB", "VBN"):
            governor = token.head.head
            planned = governor.lemma_.lower() in _INTENT_VERBS or governor.lower_ == "due"
            # ("is to be voted", "are to meet": what is planned; "was to have met" is not)
            be_to = (
                governor.lemma_.lower() == "be"
                and governor.tag_ in ("VBZ", "VBP")
                and token.head.dep_ == "xcomp"
                and not any(c.lower_ == "have" for c in token.head.children)
                and token.head.lemma_.lower() != "blame"  # ("is to blame": at fault)
            )
            # ("the measures to be voted on Thursday": what is to be done to them)
            to_be_done = (
                token.head.tag_ == "VBN"
                and token.head.dep_ in ("acl", "relcl")
                and governor.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in token.head.children)
            )
            if (planned and token.head.tag_ == "VB") or be_to or to_be_done:
                verb = token.head
        elif token.lower_ == "due" and token.pos_ == "ADJ":
            verb = token
        elif (
            token.dep_ == "prep"
            and token.lower_ in ("for", "on", "in", "at")
            and token.head.tag_ == "VBN"
            and (token.head.lemma_.lower() in _INTENT_VERBS or token.head.lower_ == "slated")
            and not any(c.tag_ == "VBD" for c in token.head.children)
        ):
            # ("is scheduled for August", "the vote set for Friday": what is planned; not
            # "was scheduled for March 15", which may be gone)
            right = token.right_edge
            out.append((offset + token.idx, offset + right.idx + len(right)))
            continue
        elif (
            token.dep_ == "prep"
            and token.lower_ in _PUT_OFF_TO
            and token.head.lemma_.lower() in _PUT_OFF
            and any(
                c.dep_ == "pobj" and (c.lower_ in MONTHS or c.lower_ in WEEKDAYS or c.like_num)
                for c in token.children
            )
        ):
            # ("rescheduled for Thursday", "postponed till Monday", "adjourned to Tuesday":
            # what was put off, to a coming day, whatever the verb's tense)
            right = token.right_edge
            out.append((offset + token.idx, offset + right.idx + len(right)))
            continue
        elif (
            token.lower_ == "of"
            and token.head.lower_ == "ahead"
            # (not a level it is above: "well ahead of Friday's final 71.8")
            and not any(c.dep_ == "pobj" and c.like_num for c in token.children)
        ):
            right = token.right_edge  # "ahead of Thursday's vote"
            out.append((offset + token.idx, offset + right.idx + len(right)))
            continue
        if verb is not None:
            start = verb.left_edge.idx if verb is not token else token.idx
            right = verb.right_edge
            end = right.idx + len(right)
            for done in _done_participles(verb):
                if start < done[0]:
                    out.append((offset + start, offset + done[0]))
                start = max(start, done[1])
            if start < end:
                out.append((offset + start, offset + end))
    return out


#: Verbs of putting something off, and the prepositions of the day it is put off to: that
#: day is a coming one ("talks rescheduled for Thursday", "postponed till Monday").
_PUT_OFF = frozenset("postpone reschedule delay adjourn defer recess suspend".split())
_PUT_OFF_TO = frozenset("for to till until".split())

#: Prepositions of a time limit ahead ("harvested by November 30", "delayed until July
#: 1", "declared after October 31", "started toward the third quarter").
_LIMITS = frozenset("by until till after toward towards".split())


def _done_participles(verb: Token) -> list[tuple[int, int]]:
    """The character ranges, in order, of the participles inside ``verb``'s clause that
    describe a noun as what was done to it ("an aid package unveiled on Sunday"; not a
    word of intent, "the vote scheduled for Friday", nor one with an auxiliary, nor one
    whose words set a time limit ahead, "all cane harvested by November 30", or an aim,
    "costs incurred to keep the plant on schedule by June")."""
    out: list[tuple[int, int]] = []
    for t in verb.subtree:
        if (
            t is not verb
            and t.dep_ == "acl"
            and t.tag_ == "VBN"
            and t.lemma_.lower() not in _INTENT_VERBS
            and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
            and not any(_ahead_in(u) for u in t.subtree)
            and not any(t.left_edge.idx >= s and t.right_edge.idx < e for s, e in out)
        ):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return sorted(out)


def _ahead_in(token: Token) -> bool:
    """A word that makes a participle's phrase look ahead: an infinitive's "to" (an aim),
    or a preposition of a time limit before a month, a weekday or a number."""
    if token.dep_ == "aux" and token.lower_ == "to":
        return True
    return token.lower_ in _LIMITS and any(
        c.dep_ == "pobj" and (c.lower_ in MONTHS or c.lower_ in WEEKDAYS or c.like_num)
        for c in token.children
    )


#: Prepositions that say when something happened ("in March", "since May"); not a
#: target ("postponed until March", "due by June") nor a price's month ("over May").
_WHEN = frozenset("in on at during since after from around throughout".split())


def _past(verb: Token) -> bool:
    """A verb in the past: "struck", "was killed", "has met", a past copula ("was")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _INTENT_VERBS:
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
            for c in verb.children
        )
    )


def past_phrases(doc: Doc, offset: int = 0) -> list[tuple[int, int]]:
    """Character ranges of the time phrases of verbs in the past, from the parse.

    A phrase that says when a verb in the past happened ("the last quake was [in
    February]", "[on Sunday] it struck", "said [in December]"), not one inside a noun's
    phrase ("a May tender", "interest through June 30") nor after "effective" (when it takes
    effect: "raised prices, effective May One") nor after a preposition that does not say
    when ("was postponed until March", "offered at 4 dlrs over May"): a
    month without a year there is the latest one, not a coming one.
    """
    out: list[tuple[int, int]] = []
    for token in doc:
        if token.dep_ in ("npadvmod", "tmod", "obl"):
            verb = token.head
        elif token.dep_ == "pobj" and token.head.dep_ == "prep":
            if token.head.lower_ not in _WHEN:
                continue
            verb = token.head.head
        else:
            continue
        if _past(verb):
            left, right = token.left_edge, token.right_edge
            if "effective" in (left.lower_, doc[left.i - 1].lower_ if left.i else ""):
                continue  # "raised prices, effective May One": when it takes effect
            out.append((offset + left.idx, offset + right.idx + len(right)))
    return out


def _place_inside(match: KbMatch, start: int, end: int) -> bool:
    """A knowledge-base place strictly inside a model's entity."""
    return (
        match.label == "GPE"
        and start <= match.start
        and match.end <= end
        and (start, end) != (match.start, match.end)
    )


def _above_story(text: str, plan: _Plan) -> list[tuple[int, int]]:
    """The headline lines above the story: among the top lines (:data:`TOP_LINES`), before
    its dateline or else its first line that is no headline (a sentence, or a long line).
    Not the rows of a table below it ("Continental Grain, Westwego 1 3"), whose words the
    story may well write in lower case."""
    top = top_lines(text, 0, TOP_LINES)
    end = top[-1][1] if top else 0
    if plan.dateline is not None:
        end = min(end, plan.dateline.start)
    for start, _ in top:
        if find_headline(text, start) is None:
            end = min(end, start)
            break
    return [h for h in plan.headlines if h[1] <= end]


def _headline_words(
    titled: Sequence[tuple[int, int]],
    segment_docs: Sequence[tuple[Segment, Doc]],
    headlines: Sequence[tuple[int, int]],
    headline_docs: Sequence[Doc],
) -> tuple[dict[int, tuple[str, str]], StoryWords]:
    """The lemma and part of speech of Title Case headlines' words, read in sentence case,
    by offset; and what the English text outside headlines writes (:class:`StoryWords`)."""
    read_as = {
        line[0] + token.idx: (token.lemma_.lower(), token.pos_)
        for line, doc in zip(headlines, headline_docs, strict=True)
        if line in titled
        for token in doc
    }
    lower: set[str] = set()
    capitalised: set[str] = set()
    for segment, doc in segment_docs:
        if segment.lang != "en":
            continue
        for token in doc:
            at = segment.start + token.idx
            if any(s <= at < e for s, e in headlines):
                continue
            if token.is_lower:
                lower.update((token.lower_, token.lemma_.lower()))
            elif token.text[:1].isupper() and not token.is_sent_start:
                capitalised.add(token.text)
    return read_as, StoryWords(frozenset(lower), frozenset(capitalised))


def _is_caps(line: str) -> bool:
    """A line written in capitals (a wire headline): no lower-case word of two letters or more."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.islower() for ch in letters) <= len(letters) // 10


#: Dashes that open a quotation's attribution line ("— Jane Doe (@jane) March 29, 2023").
_ATTRIBUTION_DASHES = "—―"


def _headline_lines(text: str, segments: Sequence[Segment]) -> list[tuple[int, int]]:
    """The English lines that are headlines written in Title Case or capitals.

    A headline line is what :func:`tui.core.text.sentences.headline` takes for one
    (short, not ending like a sentence, more text below), anywhere in the article
    (a date line may come first; a story may have sub-headlines), not a quotation's
    attribution ("— Jane Doe (@jane) March 29, 2023").
    """
    out = []
    # (the article's first line: a wire headline in capitals of few long words counts too,
    # "IBM <IBM> 1ST QTR NET"; below it such a line is a table's row)
    first = strip_span(text, 0, len(text))[0]
    for segment in segments:
        if segment.lang != "en":
            continue
        for line_start, line_end in line_spans(text, segment.start, segment.end):
            span = strip_span(text, line_start, line_end)
            line = text[span[0] : span[1]]
            if (
                span[1] - span[0] < HEADLINE_MAX_CHARS
                and text[span[0]] not in _ATTRIBUTION_DASHES
                and (headline_case(line) or (span[0] == first and written_in_capitals(line)))
                and find_headline(text, line_start) == span
            ):
                out.append(span)
    return out


def _with_headlines(
    text: str, sentences: Sequence[Sentence], headlines: Sequence[tuple[int, int]]
) -> list[Sentence]:
    """The sentences, those inside a headline line marked so. The model may cut a line
    in pieces: a kicker stays a piece of its own ("REPORT:" / "RED SOX MAKE ..."), a
    cut after an abbreviation's full stop is undone ("JAPAN WARNS U.S." / "IT MAY
    RETALIATE", "N.Y." / "COCOA TRADERS ...")."""
    out: list[Sentence] = []
    for s in sentences:
        line = next(((a, b) for a, b in headlines if a <= s.start and s.end <= b), None)
        if line is None:
            out.append(s)
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.headline
            and line[0] <= last.start
            and text[last.end - 1] == "."
        ):
            out[-1] = last.model_copy(update={"end": s.end})
        else:
            out.append(s.model_copy(update={"headline": True}))
    return out


def _with_dateline(sentences: list[Sentence], dateline: Dateline) -> list[Sentence]:
    """The story's first sentence starts at its dateline, which the model did not read."""
    after = [s for s in sentences if s.start >= dateline.end]
    if not after:
        return [*sentences, Sentence(start=dateline.start, end=dateline.end, lang="en")]
    first = min(after, key=lambda s: s.start)
    return [
        Sentence(start=dateline.start, end=s.end, lang=s.lang) if s is first else s
        for s in sentences
    ]


#: How far past the article's date a year alone may be (a plan's "by 2050" said in 2013);
#: without a date, the last year a bare number is read as.
_YEARS_AHEAD = 60
_LAST_YEAR = 2100


#: A fiscal year named before the day it ends: "in fiscal 1987 ending [September 30]".
_FISCAL_YEAR_BEFORE = re.compile(
    r"\bfiscal(?:[ ]year)?[ ](?P<year>(?:19|20)\d\d),?[ ]"
    r"(?:(?:which|that)[ ])?(?:ended|ending|ends|end|to)[ ](?:on[ ])?$",
    re.IGNORECASE,
)


def _in_fiscal_year(text: str, start: int, end: int, reference: datetime.date | None) -> str | None:
    """The day a fiscal year named before it ends, in that year ("fiscal 1987 ending
    September 30" is 1987-09-30 whenever the story is from); None elsewhere, or when the
    day names its own year."""
    before = _FISCAL_YEAR_BEFORE.search(text, max(0, start - 40), start)
    day = text[start:end]
    if before is None or re.search(r"\d{4}", day):
        return None
    return normalise_date(f"{day}, {before['year']}", reference)


def _no_year(text: str, reference: datetime.date | None) -> bool:
    """Four figures a model took for a year that can be none: too far past the article's
    date ("clones PPN 2058 and 2447" in 1987), or past 2100 with no date to go by."""
    if not re.fullmatch(r"\d{4}", text):
        return False
    limit = reference.year + _YEARS_AHEAD if reference is not None else _LAST_YEAR
    return int(text) > limit


def _months_in_order(
    entities: list[Entity], sentences: Sequence[Sentence], reference: datetime.date | None
) -> list[Entity]:
    """A month named after a coming one in the same sentence, and later in the year, is
    in that year too: "shipments in May, June, July and August" or "cargoes for June at
    346 dlrs and for July at 340", said in April, are this year's, though each month
    alone would be read as the latest one past (reports mostly look back)."""
    if reference is None:
        return entities
    out: list[Entity] = []
    coming: tuple[tuple[int, int], int, int] | None = None  # sentence, year, month
    for e in entities:
        if (
            e.label == "DATE"
            and e.value
            and len(e.value) == 7
            and e.text.lower().rstrip(".") in MONTHS
        ):
            year, month = int(e.value[:4]), int(e.value[5:])
            sentence = _around(sentences, e.start)
            if (
                coming is not None
                and coming[0] == sentence
                and month > coming[2]
                and (year, month) < coming[1:]
            ):
                year = coming[1]
                e = e.model_copy(update={"value": f"{year:04d}-{month:02d}"})
            if (year, month) > (reference.year, reference.month):
                coming = (sentence, year, month)
        out.append(e)
    return out


#: A weekday written alone, or with its possessive: "Monday", "Monday's".
_WEEKDAY_ALONE = re.compile(
    rf"(?:{'|'.join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))})(?:['’]s)?",
    re.IGNORECASE,
)


def _one_day_per_weekday(entities: list[Entity]) -> list[Entity]:
    """A weekday an article names alone again is the day it named first: "the board
    [Monday] will discuss ... [Monday]'s board meeting is a regular one" (the second,
    with no tense to go by, would be read as the last Monday past)."""
    first: dict[str, str] = {}
    out: list[Entity] = []
    for e in entities:
        value = e.value
        if e.label == "DATE" and value and _WEEKDAY_ALONE.fullmatch(e.text):
            day = re.sub(r"['’]s$", "", e.text.lower())
            if day in first and first[day] != value:
                e = e.model_copy(update={"value": first[day]})
            first.setdefault(day, value)
        out.append(e)
    return out


def _around(sentences: Sequence[Sentence], at: int) -> tuple[int, int]:
    """The span of the sentence that holds offset ``at`` (the offset alone if none does)."""
    for sentence in sentences:
        if sentence.start <= at < sentence.end:
            return sentence.start, sentence.end
    return at, at


def _date_or_none(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _dedupe(quantities: Iterable[Quantity]) -> list[Quantity]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in sorted(quantities, key=lambda q: (q.start, -q.end)):
        if (q.start, q.end) in seen or any(s <= q.start and q.end <= e for s, e in seen):
            continue
        seen.add((q.start, q.end))
        out.append(q)
    return out
