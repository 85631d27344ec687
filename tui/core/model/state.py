"""Reading state: which articles were read, where the reader left each one, and the view settings.

Kept in ``annotations/.state.yaml`` (beside the annotations, never in them) and
written atomically. A state file that cannot be read is reported and left as it
is: the reader starts with a fresh state in memory and does not write over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# YAML and the store (with the pydantic model behind it) load when there is a file to
# read or the state is first saved, not on import: the reader reads its state before
# its first frame, and a first run has no state file.
if TYPE_CHECKING:
    from tui.core.model.store import StoreError

STATE_FORMAT = "newsreader-state/1"
#: The state file's name in the annotations folder (one of the store's reserved names).
STATE_FILE = ".state.yaml"


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the reader remembers about one article."""

    read: bool = False
    #: Index of the sentence the cursor was on.
    sentence: int = 0


_UNSEEN = ArticleState()


@dataclass
class ReadingState:
    """Read/unread and last position per article, loaded from and saved to one file."""

    path: Path
    articles: dict[str, ArticleState] = field(default_factory=dict)
    #: The article open when the reader was last closed.
    current: str | None = None
    #: The colour theme the person chose (None: the reader's default).
    theme: str | None = None
    #: The article list is grouped by story.
    group_by_story: bool = False
    #: Set when the file on disk could not be read; saving is then refused.
    error: StoreError | None = None
    _saved: str | None = None

    @classmethod
    def load(cls, annotations: Path | str) -> ReadingState:
        """Read the state file of an annotations folder (empty state if there is none).

        Args:
            annotations: The annotations folder.

        Returns:
            The state; ``error`` is set (and the state empty) if the file was unreadable.
        """
        path = Path(annotations) / STATE_FILE
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as error:
            return cls(path, error=_store_error(path, None, str(error)))
        import yaml

        try:  # libyaml, as the store reads
            from yaml import CSafeLoader as Loader
        except ImportError:  # pragma: no cover - depends on how PyYAML was built
            from yaml import SafeLoader as Loader  # type: ignore[assignment]
        try:
            data = yaml.load(text, Loader=Loader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark
            line = mark.line + 1 if mark else None
            return cls(path, error=_store_error(path, line, f"YAML syntax: {error.problem}"))
        except yaml.YAMLError as error:
            return cls(path, error=_store_error(path, None, f"YAML: {error}"))
        try:
            articles = _parse(data)
        except ValueError as error:
            return cls(path, error=_store_error(path, None, str(error)))
        current = data.get("current") if isinstance(data, dict) else None
        theme = data.get("theme") if isinstance(data, dict) else None
        grouped = data.get("group_by_story") if isinstance(data, dict) else None
        return cls(
            path,
            articles,
            current if isinstance(current, str) else None,
            theme if isinstance(theme, str) else None,
            group_by_story=grouped is True,
            _saved=text,
        )

    def get(self, article_id: str) -> ArticleState:
        return self.articles.get(article_id, _UNSEEN)

    def is_read(self, article_id: str) -> bool:
        found = self.articles.get(article_id)
        return found is not None and found.read

    def mark_read(self, article_id: str, read: bool = True) -> None:
        self.articles[article_id] = ArticleState(read, self.get(article_id).sentence)

    def set_position(self, article_id: str, sentence: int) -> None:
        self.articles[article_id] = ArticleState(self.get(article_id).read, max(0, sentence))

    def to_yaml(self) -> str:
        from tui.core.model.store import dump_yaml

        articles = {
            key: {"read": value.read, "sentence": value.sentence}
            for key, value in sorted(self.articles.items())
            if value != ArticleState()
        }
        data: dict[str, object] = {"format": STATE_FORMAT}
        if self.current:
            data["current"] = self.current
        if self.theme:
            data["theme"] = self.theme
        if self.group_by_story:
            data["group_by_story"] = True
        data["articles"] = articles
        return dump_yaml(data)

    def save(self) -> bool:
        """Write the file if anything changed; returns False when refused (unreadable file)."""
        from tui.core.model.store import atomic_write

        if self.error is not None:
            return False
        text = self.to_yaml()
        if text != self._saved:
            atomic_write(self.path, text)
            self._saved = text
        return True


def _store_error(path: Path, line: int | None, message: str) -> StoreError:
    from tui.core.model.store import StoreError

    return StoreError(str(path), line, message)


def _parse(data: object) -> dict[str, ArticleState]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("expected a mapping at the top")
    if data.get("format", STATE_FORMAT) != STATE_FORMAT:
        raise ValueError(f"format: unknown {data.get('format')!r}")
    raw = data.get("articles") or {}
    if not isinstance(raw, dict):
        raise ValueError("articles: expected a mapping")
    articles: dict[str, ArticleState] = {}
    for key, value in raw.items():
        if not isinstance(value, dict):
            raise ValueError(f"articles.{key}: expected a mapping")
        read = value.get("read", False)
        sentence = value.get("sentence", 0)
        if not isinstance(read, bool) or not isinstance(sentence, int) or sentence < 0:
            raise ValueError(f"articles.{key}: read must be true/false, sentence a count")
        articles[str(key)] = ArticleState(read, sentence)
    return articles
