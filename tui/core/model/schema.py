"""The annotation data model: articles, spans, events; validated with pydantic.

These classes are both the in-memory model and the schema of the YAML files in
``annotations/``. Every model is frozen: an edit makes a new value
(``model_copy(update=...)``), which keeps undo and comparison simple.
"""

from __future__ import annotations

import sys
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Article and the label lists live in a pydantic-free module (the reader shows its list
# before this one loads); they are re-exported here, where the data model is described.
from tui.core.model.article import ENTITY_LABELS as ENTITY_LABELS
from tui.core.model.article import QUANTITY_LABELS as QUANTITY_LABELS
from tui.core.model.article import Article as Article

Origin = Literal["model", "human"]
Status = Literal["accepted", "rejected"]
Qualifier = Literal["exact", "approx", "gt", "lt", "ge", "le"]

ANNOTATION_FORMAT = "newsreader-annotation/1"
EVENTS_FORMAT = "newsreader-events/1"
KB_FORMAT = "newsreader-entities/1"
EXPORT_FORMAT = "newsreader/1"


#: A corpus's annotations are millions of small values (a large corpus's 19,000 articles
#: hold about two million): each keeps pydantic's record of the fields it was given, a set
#: of its own, and its own copy of each short string ("PERSON", "accepted", "subj", a
#: lemma). Frozen values never change that record (a copy gets a new set), so values of
#: one class given the same fields share one set, and short strings are interned: half the
#: memory of a corpus's annotations.
_FIELDS_GIVEN: dict[tuple[type, frozenset[str]], set[str]] = {}
#: Strings shorter than this are interned (labels, roles, lemmas, names; not sentences).
_SHORT_STRING = 40


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="after")
    def _compact(self) -> Self:
        """Share the record of given fields and intern short strings (see above)."""
        given = self.__pydantic_fields_set__
        shared = _FIELDS_GIVEN.setdefault((type(self), frozenset(given)), given)
        if shared is not given:
            object.__setattr__(self, "__pydantic_fields_set__", shared)
        values = self.__dict__
        for name, value in values.items():
            if type(value) is str and len(value) < _SHORT_STRING:
                values[name] = sys.intern(value)
        return self


class Sentence(_Frozen):
    """A sentence (or a line of page furniture) of the article."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    lang: str = "en"
    #: A headline or title line (Title Case or ALL CAPS), parsed in sentence case.
    headline: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Sentence:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Span(_Frozen):
    """A labelled stretch of article text with its provenance.

    ``text`` is the exact quote, ``prefix`` and ``suffix`` a few characters of
    context either side: together they re-anchor the span if offsets drift.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    label: str
    origin: Origin = "model"
    status: Status = "accepted"
    prefix: str = ""
    suffix: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be after start ({self.start})")
        return self

    @property
    def key(self) -> tuple[int, int, str]:
        """Position and label: what identifies a decision about this span."""
        return (self.start, self.end, self.label)

    @property
    def reviewed(self) -> bool:
        """True once a person has decided about it (made it, accepted it or rejected it)."""
        return self.origin == "human" or self.status == "rejected"


class Entity(Span):
    """A named entity. ``kb_id`` joins mentions of one entity; ``value`` holds a
    normalised date (ISO 8601 date, month, year or ``start/end`` interval) for DATE."""

    kb_id: str | None = None
    value: str | None = None


class Quantity(Span):
    """A number with meaning: ``value`` in ``unit`` (ISO 4217 code, ``percent``,
    ``pp``, ``shares``, ``count`` ...), bounded or approximate per ``qualifier``."""

    value: float | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"


class Furniture(_Frozen):
    """A region that is not the article itself: sign-up prompt, related links, ad ..."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str
    text: str = ""
    origin: Origin = "model"
    status: Status = "accepted"


class Metadata(_Frozen):
    """Editable article metadata; ``human`` lists the fields a person has set."""

    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()
    human: tuple[str, ...] = ()

    @classmethod
    def of(cls, article: Article) -> Metadata:
        """The metadata an article brings (its index entry, else what its text gives)."""
        return cls(
            title=article.title,
            source=article.source,
            date=article.date,
            url=article.url,
            languages=article.languages,
        )


ArgumentRole = str
"""``subj``, ``obj``, ``prep:<preposition>``, ``mod`` or ``time``."""


class Argument(_Frozen):
    """A word a trigger governs, from the parse: its subject, object, a preposition's object ..."""

    role: ArgumentRole
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    lemma: str


class Trigger(_Frozen):
    """The word that tells a happening: a verb or an eventive noun, found by the parse
    when the article is annotated, so that linking needs no model.

    ``basis`` says why a noun counts: ``verb-noun`` (its lemma is a verb), ``suffix``
    (shooting, robbery, arrival), ``compound`` (earthquake), ``verb-particle``
    (takeover), ``dated-noun`` (Sunday's arson), ``event-entity`` (an EVENT name);
    verbs have ``verb``.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    lemma: str
    pos: Literal["VERB", "NOUN", "PROPN"]
    basis: str = "verb"
    dep: str = ""
    root: bool = False
    neg: bool = False
    modal: bool = False
    passive: bool = False
    #: A verb's particle ("take *over*", "check *into*" keeps "into" in args).
    prt: str | None = None
    args: tuple[Argument, ...] = ()

    def line(self) -> str:
        """The trigger written on one line, as the store writes it (see :func:`trigger_from_line`)."""
        kind = self.pos if self.basis == "verb" else f"{self.pos}/{one_word(self.basis)}"
        words = [one_word(self.lemma), f"{self.start}-{self.end}", kind, one_word(self.dep or "-")]
        words += [flag for flag in _TRIGGER_FLAGS if getattr(self, flag)]
        if self.prt:
            words.append(f"prt:{one_word(self.prt)}")
        parts = [" ".join(words)]
        parts += [f"{one_word(a.role)} {one_word(a.lemma)} {a.start}-{a.end}" for a in self.args]
        return "; ".join(parts)


def one_word(text: str) -> str:
    """``text`` as one word of a trigger's line: no blanks, no ``;``, never empty.

    The parse gives such words already; this keeps any trigger's line readable back.
    """
    return "_".join(text.replace(";", "_").split()) or "_"


#: The yes/no fields of a trigger, written by name on its line when true.
_TRIGGER_FLAGS = ("root", "neg", "modal", "passive")


def _span_of(written: str) -> tuple[int, int]:
    start, _, end = written.partition("-")
    return int(start), int(end)


def trigger_from_line(line: str) -> dict[str, object]:
    """A trigger's fields from its line: ``lemma start-end POS[/basis] dep [flags] [prt:p]``,
    then ``; role lemma start-end`` per argument.

    ``strike 23-29 VERB ROOT root; subj earthquake 8-18; obj iran 30-34`` is the
    verb *strike* with its subject and object; ``offer 40-45 NOUN/verb-noun dobj``
    a noun. A dependency label left empty is written ``-``.

    Raises:
        ValueError: The line is not in that form.
    """
    head, *arguments = line.split("; ")
    words = head.split(" ")
    if len(words) < 4:
        raise ValueError(f"trigger line needs lemma, span, POS and dependency: {line!r}")
    pos, _, basis = words[2].partition("/")
    start, end = _span_of(words[1])
    fields: dict[str, object] = {
        "lemma": words[0],
        "start": start,
        "end": end,
        "pos": pos,
        "basis": basis or "verb",
        "dep": "" if words[3] == "-" else words[3],
    }
    for flag in words[4:]:
        if flag.startswith("prt:"):
            fields["prt"] = flag[4:]
        elif flag in _TRIGGER_FLAGS:
            fields[flag] = True
        else:
            raise ValueError(f"unknown trigger flag {flag!r} in {line!r}")
    args = []
    for argument in arguments:
        role, _, rest = argument.partition(" ")
        lemma, _, span = rest.rpartition(" ")
        if not role or not lemma:
            raise ValueError(f"argument needs role, lemma and span: {argument!r}")
        arg_start, arg_end = _span_of(span)
        args.append({"role": role, "lemma": lemma, "start": arg_start, "end": arg_end})
    fields["args"] = args
    return fields


class ArticleAnnotation(_Frozen):
    """Everything stored for one article in ``annotations/<id>.yaml``."""

    format: str = ANNOTATION_FORMAT
    article: str
    sha256: str
    pipeline: str | None = None
    metadata: Metadata = Metadata()
    sentences: tuple[Sentence, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    #: What the parse says happens, per verb or eventive noun (model output, never edited);
    #: written one line each (:meth:`Trigger.line`).
    triggers: tuple[Trigger, ...] = ()
    #: Spans that could not be re-anchored after the text changed: kept, never dropped.
    orphans: tuple[Entity | Quantity, ...] = ()

    @field_validator("triggers", mode="before")
    @classmethod
    def _trigger_lines(cls, value: object) -> object:
        if isinstance(value, (list, tuple)):
            return [trigger_from_line(v) if isinstance(v, str) else v for v in value]
        return value


class KbEntity(_Frozen):
    """A canonical entity of the knowledge base (``annotations/entities.yaml``)."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()


class KnowledgeBase(_Frozen):
    format: str = KB_FORMAT
    entities: tuple[KbEntity, ...] = ()


class Mention(_Frozen):
    """A passage of one article that reports an event."""

    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""
    origin: Origin = "model"
    status: Status = "accepted"

    @property
    def key(self) -> tuple[str, int, int]:
        """Article and position: what identifies a decision about this passage."""
        return (self.article, self.start, self.end)


class Figure(_Frozen):
    """A key figure of an event, as one passage states it."""

    article: str
    text: str
    value: float | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"


class Event(_Frozen):
    id: str
    title: str
    title_origin: Origin = "model"
    #: The act reported (an id of ``tui/core/data/event_acts.yaml``: ``ipo_halt``, ``meeting`` ...).
    kind: str | None = None
    date: str | None = None
    participants: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    origin: Origin = "model"
    status: Status = "accepted"
    mentions: tuple[Mention, ...] = ()


class Alignment(_Frozen):
    """Passages (usually of one article) that translate each other."""

    mentions: tuple[Mention, ...]


class Story(_Frozen):
    """The articles about one real-world happening or thread, and the events they report."""

    id: str
    title: str
    title_origin: Origin = "model"
    articles: tuple[str, ...] = ()
    events: tuple[str, ...] = ()


class EventsFile(_Frozen):
    format: str = EVENTS_FORMAT
    pipeline: str | None = None
    stories: tuple[Story, ...] = ()
    events: tuple[Event, ...] = ()
    alignments: tuple[Alignment, ...] = ()
