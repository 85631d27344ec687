"""The real spaCy and GiNZA models, loaded once per test process (shared by slow tests)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def load_models() -> dict[str, Any]:
    """``{"en": English model, "ja": GiNZA}``, loaded on first use."""
    import spacy

    from tui.core.model.settings import Settings

    settings = Settings()
    return {"en": spacy.load(settings.english_model), "ja": spacy.load(settings.ja_model)}


def text_article(
    text: str,
    article_id: str = "t",
    date: str | None = None,
    languages: tuple[str, ...] = ("en",),
) -> Any:
    """An article made of ``text`` alone, as the extractor takes one."""
    import hashlib

    from tui.core.model.schema import Article

    return Article(
        id=article_id,
        path="",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title="t",
        date=date,
        languages=languages,
    )
