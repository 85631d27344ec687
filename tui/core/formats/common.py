"""What every export format reads: each article with its usable annotations and metadata."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tui.core.model.export import article_record
from tui.core.model.schema import Article, ArticleAnnotation, Entity, Quantity
from tui.core.model.store import AnnotationStore, check_text


@dataclass(frozen=True, slots=True)
class Exported:
    """One article to export: its text, metadata and spans (None: never annotated)."""

    article: Article
    annotation: ArticleAnnotation | None

    @property
    def meta(self) -> dict[str, Any]:
        """``id``, ``title``, ``date``, ``source``, ``url``: a person's values first,
        then ``index.jsonl``'s, then guesses (the JSON export's rule)."""
        record = article_record(self.article, self.annotation)
        return {key: record[key] for key in ("id", "title", "date", "source", "url")}

    def spans(self) -> list[Entity | Quantity]:
        """Every span, entities and quantities, by position."""
        if self.annotation is None:
            return []
        spans: list[Entity | Quantity] = [*self.annotation.entities, *self.annotation.quantities]
        return sorted(spans, key=lambda s: (s.start, s.end, s.label))

    @property
    def reviewed(self) -> bool:
        """True once a person made or rejected any span of the article."""
        return any(span.reviewed for span in self.spans())


def exportable(articles: Iterable[Article], store: AnnotationStore) -> Iterator[Exported | str]:
    """Each article with its annotations, or a problem (``path: reason``) for one whose
    annotation file cannot be read or was made for another text."""
    for article in articles:
        loaded = store.load(article.id)
        if loaded.error is not None:
            yield str(loaded.error)
            continue
        annotation: ArticleAnnotation | None = loaded.value
        if annotation is not None and (
            annotation.sha256 != article.sha256 or check_text(annotation, article.text)
        ):
            yield (
                f"{store.path_for(article.id)}: made for an older text of the article "
                "(run `newsreader annotate`); not exported"
            )
            continue
        yield Exported(article, annotation)
