"""spaCy ``DocBin``: the corpus as training data (spaCy is imported only when exporting).

Each article becomes a ``Doc`` whose text is the article text exactly. Tokens
come from spaCy's rule-based English tokenizer (no model), split further
wherever a span starts or ends, so every span lands on token boundaries.
Rejected spans are left out. ``doc.ents`` holds the accepted entities (where
two overlap, the longer; all of them are in ``doc.spans["entities"]``),
``doc.spans["quantities"]`` the accepted numbers. Attributes ride in
``user_data`` (``DocBin(store_user_data=True)``): see :func:`register_extensions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.formats.common import Exported
from tui.core.model.schema import Entity, Quantity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Span extensions (``span._.NAME``) the export sets, and the doc extension.
SPAN_EXTENSIONS = ("value", "unit", "qualifier", "origin")
DOC_EXTENSION = "article"


def register_extensions() -> None:
    """Register ``span._.value``, ``span._.unit``, ``span._.qualifier``, ``span._.origin``
    and ``doc._.article`` (defaults None), so the attributes stored in a DocBin's
    ``user_data`` can be read. Safe to call more than once."""
    from spacy.tokens import Doc, Span

    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension(DOC_EXTENSION):
        Doc.set_extension(DOC_EXTENSION, default=None)


def make_doc(nlp: Language, text: str, cuts: Iterable[int]) -> Doc:
    """A ``Doc`` of ``text`` whose tokens also break at every offset in ``cuts``."""
    from spacy.tokens import Doc

    base = nlp.make_doc(text)
    bounds = {0, len(text)}
    for token in base:
        bounds.update((token.idx, token.idx + len(token.text)))
    wanted = set(cuts)
    if wanted <= bounds:
        return base
    words: list[str] = []
    spaces: list[bool] = []
    points = sorted(bounds | wanted)
    for a, b in zip(points, points[1:], strict=False):
        piece = text[a:b]
        if piece == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
        else:
            words.append(piece)
            spaces.append(False)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text, "tokens must give back the article text"
    return doc


def article_doc(nlp: Language, item: Exported) -> Doc:
    """The ``Doc`` of one article with its accepted entities and quantities."""
    from spacy.util import filter_spans

    text = item.article.text
    spans = [s for s in item.spans() if s.status == "accepted"]
    doc = make_doc(nlp, text, (x for s in spans for x in (s.start, s.end)))
    entities = []
    quantities = []
    for span in spans:
        kb_id = span.kb_id if isinstance(span, Entity) and span.kb_id else ""
        made = doc.char_span(span.start, span.end, label=span.label, kb_id=kb_id)
        assert made is not None, "make_doc cuts tokens at every span"
        made._.origin = span.origin
        if isinstance(span, Quantity):
            made._.value = span.value
            made._.unit = span.unit
            made._.qualifier = span.qualifier
            quantities.append(made)
        else:
            if span.value is not None:
                made._.value = span.value
            entities.append(made)
    doc.spans["entities"] = entities
    doc.spans["quantities"] = quantities
    doc.ents = filter_spans(entities)
    doc._.article = {k: v for k, v in item.meta.items() if v is not None}
    return doc


def write_docbin(items: Iterable[Exported], path: Path) -> int:
    """Write the annotated articles as a ``.spacy`` DocBin (never-annotated ones left out).

    Returns:
        How many documents were written.
    """
    import spacy
    from spacy.tokens import DocBin

    from tui.core.model.store import atomic_write

    register_extensions()
    nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=True)
    for item in items:
        if item.annotation is not None:
            docbin.add(article_doc(nlp, item))
    atomic_write(path, docbin.to_bytes())
    return len(docbin)
