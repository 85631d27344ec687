"""Extraction: run spaCy over articles and return plain annotation values.

spaCy objects never leave this module: :meth:`Extractor.extract` yields
:class:`ArticleAnnotation` values holding model suggestions only; merging with
people's decisions is the pipeline's job (``tui.core.pipeline``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from tui.core.corpus import guess_languages
from tui.core.models import (
    QUANTITY_LABELS,
    Article,
    ArticleAnnotation,
    Entity,
    KnowledgeBase,
    Metadata,
    Quantity,
    Sentence,
)
from tui.core.settings import PIPELINE_VERSION, Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CONTEXT = 16  # characters of text kept either side of a span, for re-anchoring


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix stored with a span."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def load_model(name: str) -> Language:
    import spacy

    return spacy.load(name)


class Extractor:
    """Loads the models once and annotates articles in batches."""

    def __init__(self, settings: Settings | None = None, kb: KnowledgeBase | None = None) -> None:
        self.settings = settings or Settings()
        self.kb = kb or KnowledgeBase()
        self.nlp = load_model(self.settings.english_model)

    @property
    def version(self) -> str:
        """The pipeline stamp stored in each annotation file."""
        meta = self.nlp.meta
        return f"{PIPELINE_VERSION} {meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"

    def extract(self, articles: Iterable[Article], n_process: int = 1) -> Iterator[ArticleAnnotation]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=8):
            yield self._annotation(article, doc)

    def _annotation(self, article: Article, doc: Doc) -> ArticleAnnotation:
        text = article.text
        sentences = tuple(
            Sentence(start=s.start_char, end=s.end_char, lang=(guess_languages(s.text) or ("en",))[0])
            for s in doc.sents
            if s.text.strip()
        )
        entities: list[Entity] = []
        quantities: list[Quantity] = []
        for ent in doc.ents:
            prefix, suffix = context(text, ent.start_char, ent.end_char)
            common: dict[str, Any] = dict(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
                prefix=prefix,
                suffix=suffix,
            )
            if ent.label_ in QUANTITY_LABELS:
                quantities.append(Quantity(**common))
            else:
                entities.append(Entity(**common))
        return ArticleAnnotation(
            article=article.id,
            sha256=article.sha256,
            pipeline=self.version,
            metadata=Metadata(
                title=article.title, date=article.date, languages=article.languages
            ),
            sentences=sentences,
            entities=tuple(entities),
            quantities=tuple(quantities),
        )
