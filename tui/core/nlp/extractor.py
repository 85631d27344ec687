"""Extraction: run spaCy (English) and GiNZA (Japanese) over articles and return plain values.

Each article is cut into language segments (a Japanese paragraph or sentence
inside an English article is common in syndicated news); English segments go
through the English spaCy model, Japanese ones through GiNZA, loaded only when
an article has Japanese. Both pipelines carry the knowledge-base component
(``tui.core.nlp.kb``); GiNZA's extended labels are mapped onto the app's OntoNotes
labels. Numbers come from ``tui.core.nlp.quantities.grammar`` and dates are normalised by
``tui.core.nlp.dates`` when those modules are present. Page furniture is found
first, and nothing inside it is highlighted.

spaCy objects never leave this module: :meth:`Extractor.extract` yields
:class:`ArticleAnnotation` values holding model suggestions only; merging with
people's decisions is the pipeline's job (``tui.core.pipeline``).
"""

from __future__ import annotations

import datetime
import hashlib
import importlib.metadata
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.model.corpus import body_start, char_language
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
)
from tui.core.model.settings import PIPELINE_VERSION, Settings
from tui.core.nlp.dates import normalise_date
from tui.core.nlp.furniture import FurniturePattern, detect_furniture, inside, load_patterns
from tui.core.nlp.kb import KbMatch, KbMatcher, add_kb_component, matches_of
from tui.core.nlp.names import auto_id, name_tokens, resolve_ids, strip_possessive
from tui.core.nlp.quantities.grammar import extract_quantities

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CONTEXT = 16  # characters of text kept either side of a span, for re-anchoring

#: GiNZA's extended named-entity labels (Sekine's hierarchy) onto OntoNotes labels.
#: Labels missing here (Position_Vocation, Title_Other, animals, dishes ...) are dropped.
GINZA_LABELS: dict[str, str] = {
    "Person": "PERSON",
    "God": "PERSON",
    "Character": "PERSON",
    "Company": "ORG",
    "Company_Group": "ORG",
    "Corporation_Other": "ORG",
    "Organization_Other": "ORG",
    "International_Organization": "ORG",
    "Political_Organization_Other": "ORG",
    "Political_Party": "ORG",
    "Government": "ORG",
    "Cabinet": "ORG",
    "Military": "ORG",
    "Public_Institution": "ORG",
    "Research_Institute": "ORG",
    "School": "ORG",
    "Show_Organization": "ORG",
    "Sports_Organization_Other": "ORG",
    "Pro_Sports_Organization": "ORG",
    "Sports_League": "ORG",
    "Family": "ORG",
    "Country": "GPE",
    "Province": "GPE",
    "City": "GPE",
    "County": "GPE",
    "GPE_Other": "GPE",
    "GOE_Other": "FAC",
    "Nationality": "NORP",
    "Ethnic_Group_Other": "NORP",
    "Religion": "NORP",
    "Location_Other": "LOC",
    "Region_Other": "LOC",
    "Continental_Region": "LOC",
    "Domestic_Region": "LOC",
    "Geological_Region_Other": "LOC",
    "Mountain": "LOC",
    "River": "LOC",
    "Lake": "LOC",
    "Sea": "LOC",
    "Bay": "LOC",
    "Island": "LOC",
    "Water_Route": "LOC",
    "Astral_Body_Other": "LOC",
    "Planet": "LOC",
    "Facility_Other": "FAC",
    "Airport": "FAC",
    "Station": "FAC",
    "Port": "FAC",
    "Road": "FAC",
    "Railroad": "FAC",
    "Bridge": "FAC",
    "Tunnel": "FAC",
    "Canal": "FAC",
    "Park": "FAC",
    "Museum": "FAC",
    "Theater": "FAC",
    "Sports_Facility": "FAC",
    "Worship_Place": "FAC",
    "Amusement_Park": "FAC",
    "Zoo": "FAC",
    "Product_Other": "PRODUCT",
    "Car": "PRODUCT",
    "Train": "PRODUCT",
    "Aircraft": "PRODUCT",
    "Spaceship": "PRODUCT",
    "Ship": "PRODUCT",
    "Vehicle_Other": "PRODUCT",
    "Weapon": "PRODUCT",
    "Drug": "PRODUCT",
    "Food_Other": "PRODUCT",
    "Clothing": "PRODUCT",
    "Money_Form": "PRODUCT",
    "Book": "WORK_OF_ART",
    "Movie": "WORK_OF_ART",
    "Music": "WORK_OF_ART",
    "Broadcast_Program": "WORK_OF_ART",
    "Show": "WORK_OF_ART",
    "Magazine": "WORK_OF_ART",
    "Newspaper": "ORG",
    "Picture": "WORK_OF_ART",
    "Art_Other": "WORK_OF_ART",
    "Printing_Other": "WORK_OF_ART",
    "Event_Other": "EVENT",
    "Occasion_Other": "EVENT",
    "Conference": "EVENT",
    "Incident_Other": "EVENT",
    "War": "EVENT",
    "Natural_Disaster": "EVENT",
    "Earthquake": "EVENT",
    "Game": "EVENT",
    "Religious_Festival": "EVENT",
    "Law": "LAW",
    "Treaty": "LAW",
    "Rule_Other": "LAW",
    "Language_Other": "LANGUAGE",
    "National_Language": "LANGUAGE",
    "Date": "DATE",
    "Day_Of_Week": "DATE",
    "Era": "DATE",
    "Period_Day": "DATE",
    "Period_Week": "DATE",
    "Period_Month": "DATE",
    "Period_Year": "DATE",
    "Time": "TIME",
    "Period_Time": "TIME",
    "Timex_Other": "DATE",
    "Periodx_Other": "DATE",
    "Time_Top_Other": "DATE",
    "Money": "MONEY",
    "Percent": "PERCENT",
    "Ordinal_Number": "ORDINAL",
    "Rank": "ORDINAL",
    "Countx_Other": "CARDINAL",
    "N_Person": "CARDINAL",
    "N_Organization": "CARDINAL",
    "N_Product": "CARDINAL",
    "N_Event": "CARDINAL",
    "N_Facility": "CARDINAL",
    "N_Country": "CARDINAL",
    "N_Location_Other": "CARDINAL",
    "Numex_Other": "QUANTITY",
    "Measurement_Other": "QUANTITY",
    "Physical_Extent": "QUANTITY",
    "Weight": "QUANTITY",
    "Volume": "QUANTITY",
    "Speed": "QUANTITY",
    "Temperature": "QUANTITY",
    "Space": "QUANTITY",
    "Calorie": "QUANTITY",
    "Age": "QUANTITY",
}

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=\S)|(?<=[。！？])[」』）)]*")
_JA_SENTENCE_END = re.compile(r"[。！？]+[」』）)]*")
_TICKER = re.compile(
    r"\((?P<exchange>[A-Z][A-Za-z]{1,9})\s?:\s?(?P<ticker>[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\)"
)
# Scraped text often loses the space before a cashtag ("suspended$ABC"), so only
# "$" itself may not precede; "US$5" never matches, a ticker is letters.
_CASHTAG = re.compile(r"(?<!\$)\$(?P<ticker>[A-Z]{2,5}|[A-Z](?![a-z]))(?![A-Z0-9])")
_TRIM_LEAD = re.compile(r"^(?:the|The|THE)\s+|^[\s\"'“‘(\[]+")
_TRIM_TAIL = re.compile(r"[\s\"'”’)\].,;:!?、。]+$")
_ABBREVIATION = re.compile(r"(?:(?<![A-Za-z])[A-Z]|Ltd|Inc|Corp|Co|Jr|Sr|St|Bros)\.$")
_LATIN_NEIGHBOUR = "A-Za-z0-9"
#: Labels that name something: a model's suggestion of one must contain a proper noun.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Capitalised abbreviations of common nouns that models like to take for names.
GENERIC_ABBREVIATIONS = frozenset(
    "AI IPO IPOs CEO CEOs CFO CTO COO GDP ETF ETFs ADR ADRs EV EVs ESG IT PR HR API VR AR "
    "M&A R&D PMI CPI EPS ROI FX VC PE LLM LLMs NFT NFTs OTC".split()
)
#: How far back (characters) a ticker looks for the company it belongs to.
_TICKER_REACH = 40


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix stored with a span."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def load_model(name: str) -> Language:
    import spacy

    return spacy.load(name)


# ------------------------------------------------------------------ language segments


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of one article in one language: a line, or part of a mixed line."""

    start: int
    end: int
    lang: str


_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_JAPANESE_LETTERS = re.compile(
    r"[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\uff66-\uff9f]"
)


def _letter_counts(text: str) -> tuple[int, int]:
    """Latin letters and Japanese letters (kana, kanji; not punctuation) in ``text``."""
    return len(_LATIN_LETTERS.findall(text)), len(_JAPANESE_LETTERS.findall(text))


def piece_language(text: str) -> str | None:
    """``ja`` or ``en`` for a sentence, None if it has no letters.

    One Japanese character carries about as much as three Latin letters, so a
    Japanese sentence with a Latin name in it stays Japanese, and an English one
    quoting a Japanese name stays English.
    """
    en, ja = _letter_counts(text)
    if ja and ja * 3 >= en:
        return "ja"
    if en:
        return "en"
    return None


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for match in _SENTENCE_SPLIT.finditer(text, start, end):
        if match.end() > cursor and match.start() > cursor:
            pieces.append((cursor, match.start()))
            cursor = match.end()
    if cursor < end:
        pieces.append((cursor, end))
    trimmed = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def language_segments(text: str, start: int = 0) -> list[Segment]:
    """The article from ``start`` cut into single-language segments, one or more per line.

    A line is one segment unless it mixes English and Japanese sentences; then
    it is cut at sentence ends and runs of one language are joined again.
    """
    segments: list[Segment] = []
    line_start = start
    for line in text[start:].split("\n"):
        line_end = line_start + len(line)
        s, e = line_start, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        line_start = line_end + 1
        if s == e:
            continue
        en, ja = _letter_counts(text[s:e])
        pieces = _pieces(text, s, e) if en and ja else [(s, e)]
        default = piece_language(text[s:e]) or "en"
        line_segments: list[Segment] = []
        for ps, pe in pieces:
            lang = piece_language(text[ps:pe]) or (
                line_segments[-1].lang if line_segments else default
            )
            if line_segments and line_segments[-1].lang == lang:
                line_segments[-1] = Segment(line_segments[-1].start, pe, lang)
            else:
                line_segments.append(Segment(ps, pe, lang))
        segments.extend(line_segments)
    return segments


def japanese_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of a Japanese segment, cut after 。！？ (and closing brackets)."""
    spans, cursor = [], start
    for match in _JA_SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# --------------------------------------------------------------------- entity rules


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity suggestion before clean-up: where, what, and whether the KB said so."""

    start: int
    end: int
    label: str
    kb_id: str | None = None
    from_kb: bool = False


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the", quotes or brackets, or trailing punctuation.

    A trailing period that ends an abbreviation (``Ltd.``, ``U.S.``) stays.
    """
    while True:
        piece = text[start:end]
        lead = _TRIM_LEAD.match(piece)
        if lead and 0 < lead.end() < len(piece):
            start += lead.end()
            continue
        tail = _TRIM_TAIL.search(piece)
        if tail and tail.start() > 0:
            cut = tail.start()
            if piece[cut] == "." and _ABBREVIATION.search(piece[: cut + 1]):
                cut += 1
            if cut < len(piece):
                end = start + cut
                continue
        stripped = strip_possessive(piece)
        if stripped and len(stripped) < len(piece):
            end = start + len(stripped)
            continue
        return start, end


def looks_like_name(tokens: Sequence[tuple[str, str, str]], lang: str) -> bool:
    """True if a model's entity, given as ``(text, pos, tag)`` tokens, can be a name.

    It needs a proper noun (spaCy's ``PROPN``, Sudachi's 固有名詞), and must not
    be just a common abbreviation ("IPO", "AI"). This drops "Tech" in "Tech
    stocks rallied" and GiNZA's テクノロジーセクター.
    """
    words = [text for text, _, _ in tokens]
    if " ".join(words) in GENERIC_ABBREVIATIONS or "".join(words) in GENERIC_ABBREVIATIONS:
        return False
    if lang == "ja":
        return any("固有名詞" in tag for _, _, tag in tokens)
    return any(pos == "PROPN" for _, pos, _ in tokens)


def ticker_entities(text: str, entities: Sequence[Candidate]) -> list[Candidate]:
    """``(NYSE:ABC)`` after a company's name: the ticker names that company.

    The exchange inside the brackets is not a mention of anything the article
    discusses, so entities there give way to the ticker.
    """
    out = list(entities)
    for match in _TICKER.finditer(text):
        open_, close = match.start(), match.end()
        owner = None
        for entity in out:
            if (
                entity.label == "ORG"
                and entity.end <= open_
                and open_ - entity.end <= _TICKER_REACH
            ):
                between = text[entity.end : open_]
                if _TICKER.sub("", between).strip() == "":
                    owner = entity if owner is None or entity.end > owner.end else owner
        if owner is None:
            continue
        start, end = match.span("ticker")
        out = [e for e in out if not (e.start < close and open_ < e.end)]
        kb_id = owner.kb_id or auto_id(text[owner.start : owner.end], "ORG")
        out.append(Candidate(start, end, "ORG", kb_id, owner.from_kb))
    return out


def cashtag_entities(
    text: str, entities: Sequence[Candidate], lookup: Callable[[str], Any]
) -> list[Candidate]:
    """``$ABC`` cashtags: the ticker (without ``$``) is an ORG, linked if the KB knows it."""
    out = list(entities)
    for match in _CASHTAG.finditer(text):
        start, end = match.span("ticker")
        if any(e.start < end and start < e.end for e in out):
            continue
        known = lookup(match.group("ticker"))
        kb_id = known.id if known is not None and known.label == "ORG" else None
        out.append(Candidate(start, end, "ORG", kb_id, kb_id is not None))
    return out


def _sentence_starts(sentences: Sequence[Sentence], text: str) -> set[int]:
    starts = set()
    for sentence in sentences:
        s = sentence.start
        while s < sentence.end and not text[s].isalnum():
            s += 1
        starts.add(s)
    return starts


def short_name_mentions(
    text: str,
    entities: Sequence[Candidate],
    sentences: Sequence[Sentence],
    furniture: Sequence[Furniture],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """Later mentions of a person by one word of a full name the article gave.

    After "Wen He" or "Ada Ng", a capitalised "He" or "Ng" standing alone (in
    Latin script, in either language) is that person. At the start of a
    sentence a word that is also a common word (``common_words``, lower case:
    "He said") is skipped; so are words that two people share.
    """
    people = [
        e for e in entities if e.label == "PERSON" and len(name_tokens(text[e.start : e.end])) > 1
    ]
    owners: dict[str, set[str]] = {}
    for person in people:
        for word in name_tokens(text[person.start : person.end]):
            if len(word) >= 2 and word[0].isupper() and word.isascii() and word.isalpha():
                owners.setdefault(word, set()).add(text[person.start : person.end])
    words = {w for w, names in owners.items() if len(names) == 1}
    if not words:
        return list(entities)
    starts = _sentence_starts(sentences, text)
    first_full = min(p.start for p in people)
    pattern = re.compile(
        rf"(?<![{_LATIN_NEIGHBOUR}])(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?![{_LATIN_NEIGHBOUR}])"
    )
    out = list(entities)
    for match in pattern.finditer(text):
        start, end = match.span()
        if start < first_full or inside(start, end, furniture):
            continue
        if start in starts and match.group().lower() in common_words:
            continue
        same = [e for e in out if (e.start, e.end) == (start, end) and not e.from_kb]
        if same:
            # The model saw a name but took it for something else ("Ma" as ORG).
            out = [e for e in out if e not in same]
        elif any(e.start < end and start < e.end for e in out):
            continue
        out.append(Candidate(start, end, "PERSON"))
    return out


def overlaps_quantity(entity: Candidate, text: str, quantities: Sequence[Quantity]) -> bool:
    """True if the entity is part of a number expression ("HK$91.10", "Hong Kong dollars").

    A word inside a count ("11 Chinese companies") is still a name.
    """
    for q in quantities:
        if q.start < entity.end and entity.start < q.end:
            contained = q.start <= entity.start and entity.end <= q.end
            if (
                contained
                and q.label in ("QUANTITY", "CARDINAL")
                and not any(ch.isdigit() for ch in text[entity.start : entity.end])
            ):
                continue
            return True
    return False


def select_entities(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping entities: knowledge-base matches first, then the longest."""
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (not c.from_kb, -(c.end - c.start), c.start)):
        if not any(c.start < candidate.end and candidate.start < c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))


# ------------------------------------------------------------------------ extractor


@dataclass
class _Plan:
    article: Article
    furniture: list[Furniture]
    segments: list[Segment]
    header_end: int


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

    @property
    def ja_nlp(self) -> Language:
        """GiNZA, loaded on first use (only articles with Japanese need it)."""
        if self._ja is None:
            self._ja = load_model(self.settings.ja_model)
            add_kb_component(self._ja, self.kb)
        return self._ja

    @property
    def version(self) -> str:
        """The pipeline stamp stored in each annotation file."""
        meta = self.nlp.meta
        try:
            ja = f"{self.settings.ja_model}-{importlib.metadata.version(self.settings.ja_model.replace('_', '-'))}"
        except importlib.metadata.PackageNotFoundError:
            ja = self.settings.ja_model
        kb = hashlib.sha256(self.kb.model_dump_json().encode()).hexdigest()[:8]
        return f"{PIPELINE_VERSION} {meta.get('lang')}_{meta.get('name')}-{meta.get('version')} {ja} kb:{kb}"

    def plan(self, article: Article) -> _Plan:
        """Furniture and language segments of one article, before any NLP."""
        text = article.text
        furniture = detect_furniture(text, self.furniture_patterns)
        header_end = 0
        for region in furniture:
            if region.kind == "header" and not text[: region.start].strip():
                header_end = region.end
        start = max(header_end, body_start(text))
        return _Plan(article, furniture, language_segments(text, start), header_end)

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        """Annotate articles, yielding one annotation per article in the order given.

        Args:
            articles: The articles to annotate.
            n_process: Worker processes for the English ``nlp.pipe``.
        """
        plans = [self.plan(article) for article in articles]

        def english() -> Iterator[tuple[str, int]]:
            for index, plan in enumerate(plans):
                for segment in plan.segments:
                    if segment.lang == "en":
                        yield plan.article.text[segment.start : segment.end], index

        docs = self.nlp.pipe(english(), as_tuples=True, n_process=n_process, batch_size=256)
        for plan in plans:
            english_docs = [next(docs)[0] for s in plan.segments if s.lang == "en"]
            japanese = [s for s in plan.segments if s.lang == "ja"]
            japanese_docs = (
                list(self.ja_nlp.pipe(plan.article.text[s.start : s.end] for s in japanese))
                if japanese
                else []
            )
            en_iter, ja_iter = iter(english_docs), iter(japanese_docs)
            segment_docs = [
                (segment, next(en_iter) if segment.lang == "en" else next(ja_iter))
                for segment in plan.segments
            ]
            yield self.annotate(plan, segment_docs)

    # -- one article

    def annotate(
        self, plan: _Plan, segment_docs: Sequence[tuple[Segment, Doc]]
    ) -> ArticleAnnotation:
        """The annotation of one article from the docs of its segments."""
        article, text = plan.article, plan.article.text
        sentences: list[Sentence] = []
        if plan.header_end:
            s, e = plan.furniture[0].start, plan.header_end
            sentences.append(Sentence(start=s, end=e, lang="en"))
        candidates: list[Candidate] = []
        quantities: list[Quantity] = []
        for segment, doc in segment_docs:
            sentences.extend(self._sentences(text, segment, doc))
            candidates.extend(self._candidates(segment, doc))
            quantities.extend(self._quantities(text, segment, doc))
        quantities = [q for q in quantities if not inside(q.start, q.end, plan.furniture)]
        entities = self._entities(text, candidates, quantities, sentences, plan.furniture, article)
        return ArticleAnnotation(
            article=article.id,
            sha256=article.sha256,
            pipeline=self.version,
            metadata=Metadata(
                title=article.title,
                source=article.source,
                date=article.date,
                url=article.url,
                languages=article.languages,
            ),
            sentences=tuple(sorted(sentences, key=lambda s: (s.start, s.end))),
            furniture=tuple(plan.furniture),
            entities=tuple(entities),
            quantities=tuple(_dedupe(quantities)),
        )

    @staticmethod
    def _sentences(text: str, segment: Segment, doc: Doc) -> list[Sentence]:
        if segment.lang == "ja":
            spans = japanese_sentences(text, segment.start, segment.end)
        else:
            spans = []
            for sent in doc.sents:
                s, e = segment.start + sent.start_char, segment.start + sent.end_char
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    spans.append((s, e))
        return [Sentence(start=s, end=e, lang=segment.lang) for s, e in spans]

    def _candidates(self, segment: Segment, doc: Doc) -> list[Candidate]:
        offset = segment.start
        found: list[Candidate] = [
            Candidate(offset + m.start, offset + m.end, m.label, m.kb_id, True)
            for m in matches_of(doc)
        ]
        kb_spans: list[KbMatch] = matches_of(doc)
        for ent in doc.ents:
            if any(m.start < ent.end_char and ent.start_char < m.end for m in kb_spans):
                continue
            label = GINZA_LABELS.get(ent.label_) if segment.lang == "ja" else ent.label_
            if label is None or label not in ENTITY_LABELS and label not in QUANTITY_LABELS:
                continue
            if label in NAME_LABELS and not looks_like_name(
                [(t.text, t.pos_, t.tag_) for t in ent], segment.lang
            ):
                continue
            found.append(Candidate(offset + ent.start_char, offset + ent.end_char, label))
        return found

    def _quantities(self, text: str, segment: Segment, doc: Doc) -> list[Quantity]:
        raw = extract_quantities(doc, segment.lang, segment.start)
        out = []
        for quantity in raw:
            if text[quantity.start : quantity.end] != quantity.text:
                continue
            prefix, suffix = context(text, quantity.start, quantity.end)
            out.append(quantity.model_copy(update={"prefix": prefix, "suffix": suffix}))
        return out

    def _entities(
        self,
        text: str,
        candidates: list[Candidate],
        quantities: Sequence[Quantity],
        sentences: Sequence[Sentence],
        furniture: Sequence[Furniture],
        article: Article,
    ) -> list[Entity]:
        named: list[Candidate] = []
        for c in candidates:
            if c.label in QUANTITY_LABELS:
                continue
            start, end = (c.start, c.end) if c.from_kb else trim_span(text, c.start, c.end)
            if end <= start or not any(ch.isalnum() for ch in text[start:end]):
                continue
            named.append(Candidate(start, end, c.label, c.kb_id, c.from_kb))
        named = [c for c in named if not overlaps_quantity(c, text, quantities)]
        named = select_entities(named)
        named = ticker_entities(text, named)
        named = cashtag_entities(text, named, self.matcher.lookup)
        named = short_name_mentions(text, named, sentences, furniture, self.common_words)
        named = [c for c in select_entities(named) if not inside(c.start, c.end, furniture)]
        reference = _date_or_none(article.date)
        entities = []
        for c in named:
            prefix, suffix = context(text, c.start, c.end)
            value = None
            if c.label == "DATE":
                lang = (
                    "ja" if any(char_language(ch) == "ja" for ch in text[c.start : c.end]) else "en"
                )
                value = normalise_date(text[c.start : c.end], reference, lang)
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
        return resolve_ids(entities)


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
