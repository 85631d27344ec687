"""Article: one ``.txt`` file of the corpus, and the label vocabulary, without pydantic.

The reader needs these to put the article list on screen; keeping them out of
:mod:`tui.core.model.schema` (which builds pydantic schemas on import) lets the list
show before the annotation model loads. :mod:`tui.core.model.schema` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Labels shown for entities, in legend order (hotkeys 1-9 follow this order).
ENTITY_LABELS: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "PRODUCT",
    "EVENT",
    "DATE",
    "LAW",
    "FAC",
    "WORK_OF_ART",
    "LANGUAGE",
    "TIME",
)
#: Labels of number spans (quantities).
QUANTITY_LABELS: tuple[str, ...] = (
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of the corpus, as read from its ``.txt`` file.

    Attributes:
        id: Stable id: the file name without ``.txt``.
        path: Path of the file as given to ``load_corpus``.
        text: The file decoded with ``utf-8-sig``, otherwise untouched.
        sha256: Hex digest of the file's bytes.
        title: The title in ``index.jsonl``, else guessed (headline line, else first
            sentence shortened).
        date: ISO date (``YYYY-MM-DD``): the day of the date in ``index.jsonl``, else a
            leading ``date`` header's, else None.
        languages: Language codes present, most text first (``en``, ``ja``).
        source: Publisher, from the folder's ``index.jsonl`` (None without one).
        url: Where the article came from, from ``index.jsonl``.
    """

    id: str
    path: str
    text: str
    sha256: str
    title: str
    date: str | None
    languages: tuple[str, ...]
    source: str | None = None
    url: str | None = None
