"""Passages: the sentence-level pieces of an article that events are made of.

A passage is a sentence of the annotation, cut at line breaks (a headline and
the first paragraph are never one passage) and at Japanese full stops, with the
page furniture left out. Each passage carries what the linker and the aligner
compare: canonical participants, date periods and figures (the aligner of translations
uses them; see :mod:`tui.core.events.alignment`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from tui.core.events.figures import figure_of
from tui.core.model.corpus import body_start, guess_languages
from tui.core.model.schema import Article, ArticleAnnotation, Entity, Figure, Sentence, Span
from tui.core.nlp.dates import Period, parse_value, resolve_date_text
from tui.core.nlp.names import is_auto_id, tokens_id
from tui.core.text.names import name_tokens
from tui.core.text.sentences import headline, line_spans, sentence_spans

#: Entity labels that can be participants of an event.
PARTICIPANT_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")
#: Dates longer than this are durations or eras, not when something happened.
MAX_DATE_DAYS = 3 * 366

_ATTRIBUTION_BEFORE = re.compile(
    # ("said" after a quote or a clause, ", said Ann Roe": not "officials said Ann Roe fled")
    r"(?:(?i:according to|reported by|cited by|citing|told|per|via|source:)|[,\"”’']\s*(?i:said))"
    r"\s*(?i:the\s+)?"
    # (an outlet's reporter: "told CNN's Ann Roe", "told 1010 WINS' Ann Roe")
    r"(?:(?:[A-Z0-9][\w.&-]*\s+){0,3}[A-Z0-9][\w.&-]*['’]s?\s+)?"
    r"(?:(?:[A-Z][\w.&'-]*\s+){1,5}\()?$",  # or the abbreviation after the name: "... (CCTV)"
)
#: A source named after its role, the name ending the clause: "according to her
#: publicist, Ann Roe." (not "according to police, Ann Roe fled").
_ATTRIBUTION_ROLE = re.compile(
    r"(?i:according\s+to)\s+(?:her|his|their|its|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*,?\s+$"
)
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:)]|$)")
_ATTRIBUTION_AFTER = re.compile(
    r"^(?:\)\s*[-–—]|\s*(?:reported|reports|said|says|data|intelligence|analysts?|cited|citing|wrote|noted|"
    r"estimates?|calculations?|によると|が報じ))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence-level piece of one article, with the evidence that links it."""

    article: str
    start: int
    end: int
    text: str
    lang: str
    #: Index of the paragraph (non-empty line) the passage is in.
    paragraph: int
    #: Order of the passage in its article.
    index: int
    #: Participant id -> entity label, in order of first mention.
    participants: Mapping[str, str] = field(default_factory=dict)
    #: Participant id -> surface text as written here.
    names: Mapping[str, str] = field(default_factory=dict)
    #: Participant id -> the entity's ``kb_id`` as stored in the annotation.
    kb_ids: Mapping[str, str] = field(default_factory=dict)
    #: Periods of the DATE spans (normalised values, else resolved from their text).
    dates: tuple[Period, ...] = ()
    figures: tuple[Figure, ...] = ()
    #: Normalised values of the DATE spans (for alignment evidence).
    date_values: tuple[str, ...] = ()
    #: The article's headline (a short first line without a full stop).
    headline: bool = False

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.article, self.start, self.end)


def auto_ids(
    annotations: Mapping[str, ArticleAnnotation],
) -> dict[tuple[str, int, int], str]:
    """Ids for participant entities outside the knowledge base, joining surface variants.

    Within an article a one-word name joins the one longer name ending or
    starting with it ("Ng" after "Ada Ng", "Kestrel" after "Kestrel Mobility"),
    whatever label the model gave each; across the corpus a person's longer form
    joins a shorter form that starts it ("Ada Ng Wing" -> "Ada Ng"), and company
    names match without their legal suffixes. Entities with a knowledge-base id
    keep it; ids derived from names by extraction (``auto:...``) are recomputed
    here from the names alike (:func:`tui.core.text.names.name_tokens`), so that
    variants join.

    Returns:
        (article, start, end) -> id, for each entity without a ``kb_id``.
    """
    raw: dict[tuple[str, int, int], tuple[str, tuple[str, ...]]] = {}
    person_names: set[tuple[str, ...]] = set()
    for article_id, annotation in annotations.items():
        long_persons: dict[str, set[tuple[str, ...]]] = {}
        entities = [
            e
            for e in annotation.entities
            if e.status == "accepted"
            and e.label in PARTICIPANT_LABELS
            and (not e.kb_id or is_auto_id(e.kb_id))
        ]
        long_orgs: dict[str, set[tuple[str, ...]]] = {}
        for entity in entities:
            tokens = name_tokens(entity.text)
            if entity.label == "PERSON" and len(tokens) >= 2:
                for word in (tokens[0], tokens[-1]):
                    long_persons.setdefault(word, set()).add(tokens)
                person_names.add(tokens)
            elif entity.label == "ORG" and len(tokens) >= 2:
                long_orgs.setdefault(tokens[0], set()).add(tokens)
        for entity in entities:
            tokens = name_tokens(entity.text)
            if not tokens:
                continue
            if len(tokens) == 1:
                # "Ng" after "Ada Ng", "Kestrel" after "Kestrel Mobility".
                # Labels of short forms are often wrong ("Varga" as an ORG): look in both.
                candidates = long_persons.get(tokens[0], set()) | long_orgs.get(tokens[0], set())
                if len(candidates) == 1:
                    tokens = next(iter(candidates))
            raw[(article_id, entity.start, entity.end)] = (entity.label, tokens)
    shortest: dict[tuple[str, ...], tuple[str, ...]] = {}
    for tokens in sorted(person_names, key=len):
        for size in range(2, len(tokens)):
            if tokens[:size] in person_names:
                shortest[tokens] = shortest.get(tokens[:size], tokens[:size])
                break
    return {key: tokens_id(shortest.get(tokens, tokens)) for key, (_, tokens) in raw.items()}


#: An appeal to readers, not a report of what happened: "Anyone with information is asked
#: to call police", "Anybody who saw the crash should contact ...", "Witnesses are urged
#: to come forward", "Police are appealing for witnesses", "Police ask anyone with
#: information about the fire to call ...", "Detectives urge witnesses to contact them".
_APPEAL_TO = r"(?:call|contact|phone|ring|come\s+forward|get\s+in\s+touch|e-?mail)\b"
_APPEAL = re.compile(
    r"(?i)^\W*(?:anyone|anybody|whoever)\b"
    r"|\b(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged)\s+to\s+"
    + _APPEAL_TO
    + r"|\bappeal(?:s|ed|ing)?\s+for\s+(?:witnesses|information)\b"
    r"|\b(?:ask|urge|encourage)[a-z]*\s+(?:anyone|anybody|witnesses|the\s+public|members\s+of"
    r"\s+the\s+public)\b[^.;]{0,80}?\bto\s+" + _APPEAL_TO
)


def is_appeal(sentence: str) -> bool:
    """True for a sentence that appeals to readers for help (it tells no happening, and
    every crime report carries one)."""
    return bool(_APPEAL.search(sentence))


#: Someone not commenting, the wire's forms: "declined (to) comment", "refused comment",
#: "was (not immediately) available for comment", "could not be reached for comment",
#: "had no (immediate) comment", "would not comment", "did not return calls seeking comment".
_NO_COMMENT = re.compile(
    r"(?i)\b(?:(?:declined|refused)\s+(?:to\s+)?comment"
    r"|(?:un)?available\s+for\s+(?:immediate\s+|further\s+)?comment"
    r"|(?:could|can)(?:\s*not|n't)\s+(?:immediately\s+)?be\s+reached\s+for\s+comment"
    r"|(?:had|has|have|made)\s+no\s+(?:immediate\s+|further\s+)?comment"
    r"|(?:would|will|did)(?:\s*not|n't)\s+(?:immediately\s+)?comment"
    r"|(?:did\s*not|didn't)\s+(?:immediately\s+)?(?:return|respond|reply)\b[^.;]{0,40}\bcomment)"
)
#: Before the words of not commenting, only who: no clause ("..., but", "said ...").
_NO_COMMENT_BEFORE = re.compile(r"(?i)[,;:]|\b(?:said|says|but|when|while|although|after)\b")
#: After them, at most what on, in a few words, and the sentence's end: "on the offer."
_NO_COMMENT_AFTER = re.compile(
    r"(?i)^(?:\s+(?:immediately|further|yesterday|today|tonight))*"
    r"(?:\s+(?:on|about)(?:\s+[^\s,;:]+){1,6})?"
    r"(?:\s+(?:immediately|further|yesterday|today|tonight))*\s*[.!]?[\"'”’]*\s*$"
)


def is_no_comment(sentence: str) -> bool:
    """True for a sentence that only tells that someone did not comment ("Company
    officials were unavailable for comment.", "A spokesman declined to comment on the
    report."): a stock line of wire copy that tells no happening; worded alike in reports
    of different things, it ties none. A headline (no end punctuation: "AIRBUS HAS NO
    COMMENT ON MCDONNELL TALKS") is a story's own matter, and a sentence that says more
    ("declined comment, but said ...") tells what it says."""
    line = sentence.strip()
    if not line or line[-1] not in ".!\"'”’":
        return False
    m = _NO_COMMENT.search(line)
    return (
        m is not None
        and not _NO_COMMENT_BEFORE.search(line, 0, m.start())
        and _NO_COMMENT_AFTER.match(line[m.end() :]) is not None
    )


#: A refusal to speak, whose verb would read as a fall ("declined to comment", "DECLINES
#: COMMENT ON ...", "refuses to disclose the price"): the verb of refusing, then (after
#: "to") a verb of saying or (bare) "comment". A move goes to a level: "declined to 5 pct",
#: "fell to a record low" are no refusals.
_REFUSAL = re.compile(
    r"(?i)\b(?:declin|refus)(?:e|es|ed|ing)\s+(?:"
    r"to\s+(?:comment|say|disclose|confirm|deny|discuss|elaborate|specify|identify|name|"
    r"reveal|give|release|provide|answer|speculate|respond)\b"
    r"|(?:specific\s+|immediate\s+|further\s+|any\s+)?comments?\b)"
)


def without_refusals(text: str) -> str:
    """``text`` with each refusal to speak blanked (:data:`_REFUSAL`), of the same
    length: its verb tells no move nor happening ("TWA DECLINES COMMENT ON USAIR" tells
    no fall; what it is about is what follows "on")."""
    return _REFUSAL.sub(lambda m: " " * len(m.group()), text)


def is_stock_line(sentence: str) -> bool:
    """True for a stock line that tells no happening, however alike its wording across
    reports: an appeal for witnesses (:func:`is_appeal`) or a refusal to comment
    (:func:`is_no_comment`)."""
    return is_appeal(sentence) or is_no_comment(sentence)


def is_attribution(text: str, start: int, end: int) -> bool:
    """True for a news source named as the source ("according to Bloomberg", "according
    to her publicist, Ann Roe", "..., said Ann Roe"; not "officials said Ann Roe fled"), or
    the reporter a report was told to ("police told CNN's Ann Roe")."""
    before = text[max(0, start - 60) : start]
    return bool(
        _ATTRIBUTION_BEFORE.search(before)
        or (_ATTRIBUTION_ROLE.search(before) and _CLAUSE_END.match(text[end : end + 3]))
        or _ATTRIBUTION_AFTER.match(text[end : end + 20])
    )


def _pieces(text: str, sentence: Sentence, floor: int) -> list[tuple[int, int]]:
    """The sentence cut at line breaks and Japanese full stops; pieces under 3 characters go."""
    start = max(sentence.start, floor)
    end = min(sentence.end, len(text))
    if end <= start:
        return []
    return [(a, b) for a, b in sentence_spans(text, start, end, japanese_only=True) if b - a >= 3]


def build_passages(
    article: Article,
    annotation: ArticleAnnotation,
    ids: Mapping[tuple[str, int, int], str],
) -> list[Passage]:
    """The passages of one article, furniture left out, with their evidence.

    Args:
        article: The article (its text is what the offsets point into).
        annotation: Its annotation (sentences, furniture, entities, quantities).
        ids: Participant ids for entities without a ``kb_id`` (see :func:`auto_ids`).
    """
    text = article.text
    article_date = annotation.metadata.date or article.date
    furniture = sorted((f.start, f.end) for f in annotation.furniture if f.status == "accepted")
    lines = line_spans(text)
    line_starts = [ls for ls, _ in lines]
    nonempty_line = []
    count = -1
    for ls, le in lines:
        if text[ls:le].strip():
            count += 1
        nonempty_line.append(max(count, 0))
    entities = sorted(
        (e for e in annotation.entities if e.status == "accepted"), key=lambda e: e.start
    )
    entity_starts = [e.start for e in entities]
    quantities = sorted(
        (q for q in annotation.quantities if q.status == "accepted"), key=lambda q: q.start
    )
    quantity_starts = [q.start for q in quantities]
    sentences = annotation.sentences or tuple(
        Sentence(start=s, end=e) for s, e in sentence_spans(text)
    )
    floor = body_start(text)
    head = headline(text, floor)
    anchor = parse_value(article_date) if article_date else None
    passages: list[Passage] = []
    for sentence in sorted(sentences, key=lambda s: s.start):
        for start, end in _pieces(text, sentence, floor):
            if in_furniture(furniture, start, end):
                continue
            piece = text[start:end]
            if piece.isascii():
                lang = "en"
            else:
                langs = guess_languages(piece)
                lang = langs[0] if langs else sentence.lang
            inside = _within(entities, entity_starts, start, end)
            participants: dict[str, str] = {}
            names: dict[str, str] = {}
            stored: dict[str, str] = {}
            periods: list[Period] = []
            values: list[str] = []
            for entity in inside:
                if entity.label == "DATE":
                    if entity.start < start or entity.end > end:
                        continue
                    period = _period(entity, article_date)
                    if period is None or period.days > MAX_DATE_DAYS:
                        continue
                    if _guessed_forward(entity.text, period, anchor):
                        continue  # "in March" read as next March: news mostly looks back
                    periods.append(period)
                    values.append(entity.value or "")
                    continue
                if entity.label in PARTICIPANT_LABELS:
                    if is_attribution(text, entity.start, entity.end):
                        continue
                    pid = ids.get((article.id, entity.start, entity.end)) or entity.kb_id
                    if pid and pid not in participants:
                        participants[pid] = entity.label
                        names[pid] = entity.text
                        stored[pid] = entity.kb_id or pid
            figures = []
            for quantity in _within(quantities, quantity_starts, start, end):
                if quantity.start < start or quantity.end > end:
                    continue
                figure = figure_of(article.id, quantity)
                if figure is not None:
                    figures.append(figure)
            passages.append(
                Passage(
                    article=article.id,
                    start=start,
                    end=end,
                    text=piece,
                    lang=lang,
                    paragraph=nonempty_line[bisect.bisect_right(line_starts, start) - 1],
                    index=len(passages),
                    participants=participants,
                    names=names,
                    kb_ids=stored,
                    dates=tuple(sorted(set(periods))),
                    figures=tuple(figures),
                    date_values=tuple(sorted({v for v in values if v})),
                    headline=(start, end) == head,
                )
            )
    return passages


S = TypeVar("S", bound=Span)

#: Longest span looked back for, when collecting spans that overlap a passage.
_REACH_BACK = 200


def _within(spans: Sequence[S], starts: list[int], start: int, end: int) -> list[S]:
    """Spans overlapping [start, end): a name cut by a bad sentence break still counts."""
    out = []
    for i in range(bisect.bisect_left(starts, start - _REACH_BACK), len(starts)):
        span = spans[i]
        if span.start >= end:
            break
        if span.end > start:
            out.append(span)
    return out


def in_furniture(furniture: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether at least half of a piece of text lies in page furniture.

    Args:
        furniture: The furniture's (start, end) spans, sorted.
        start: Where the piece starts.
        end: Where it ends.

    Returns:
        True when half of it or more is furniture.
    """
    covered = 0
    for a, b in furniture:
        if a >= end:
            break
        covered += max(0, min(b, end) - max(a, start))
    return covered * 2 >= end - start


def _guessed_forward(text: str, period: Period, anchor: Period | None) -> bool:
    """True for a date without a year that was resolved to after the article's date."""
    return (
        anchor is not None
        and period.start > anchor.end
        and not re.search(r"\d{4}", unicodedata.normalize("NFKC", text))
    )


def _period(entity: Entity, article_date: str | None) -> Period | None:
    if entity.value:
        period = parse_value(entity.value)
        if period is not None:
            return period
    return resolve_date_text(entity.text, article_date)
