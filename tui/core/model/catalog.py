"""The corpus folder's ``index.jsonl``: article metadata, one JSON object per line.

Each line names an article file of the folder (``file``) and any of ``title``,
``date`` (ISO 8601 date or date-time), ``source``, ``url`` and ``languages``;
other keys are kept in the file and ignored. This module owns the format: the
reader reads it through :func:`read_index`, ``newsreader add`` writes it through
:func:`append_entries`. A malformed line is reported as ``path:line: problem``
and skipped; the rest of the index still counts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

INDEX_FILE = "index.jsonl"
#: The keys newsreader reads and writes, in the order it writes them.
FIELDS = ("file", "title", "date", "source", "url", "languages")


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One article's line of ``index.jsonl``.

    Attributes:
        file: The article's file name in the folder (``2026-11-29_reuters_fed-raises-rates.txt``).
        title: Headline.
        date: ISO 8601 date or date-time, as written (``2026-11-29``, ``1987-02-26T15:01:01``).
        source: Publisher or feed name.
        url: Where the article came from.
        languages: Language codes, most text first.
    """

    file: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()

    @property
    def day(self) -> str | None:
        """The date part (``YYYY-MM-DD``) of :attr:`date`: the reference for relative dates."""
        return reference_day(self.date) if self.date else None


@dataclass(frozen=True, slots=True)
class IndexProblem:
    """A line of ``index.jsonl`` that was skipped, and why."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Catalog:
    """What a folder's index holds: entries by file name, and the lines that were skipped."""

    entries: Mapping[str, IndexEntry]
    problems: tuple[IndexProblem, ...]
    #: The 1-based line of each entry, for reporting.
    lines: Mapping[str, int]


EMPTY = Catalog({}, (), {})


def _parse_datetime(value: str) -> dt.date | dt.datetime | None:
    text = value.strip()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def iso_date(value: str) -> str | None:
    """``value`` if it is an ISO 8601 date or date-time (normalised), else None.

    Args:
        value: ``2026-11-29``, ``2026-11-29T14:03:00+00:00``, ``1987-02-26T15:01:01``, ``…Z``.

    Returns:
        The date as ``YYYY-MM-DD``, or the date-time in :meth:`datetime.isoformat` form.
    """
    parsed = _parse_datetime(value)
    return parsed.isoformat() if parsed is not None else None


def reference_day(value: str) -> str | None:
    """The ``YYYY-MM-DD`` day of an ISO 8601 date or date-time, or None if it is neither."""
    parsed = _parse_datetime(value)
    if isinstance(parsed, dt.datetime):
        return parsed.date().isoformat()
    return parsed.isoformat() if parsed is not None else None


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected a string, found {type(value).__name__}")
    return value.strip() or None


def entry_from_json(data: Any) -> IndexEntry:
    """One index line's object as an :class:`IndexEntry`.

    Raises:
        ValueError: Not an object, no usable ``file``, or a field of the wrong kind.
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, found {type(data).__name__}")
    name = _text(data, "file")
    if not name:
        raise ValueError("file: missing")
    if "/" in name or "\\" in name or name in (".", ".."):
        raise ValueError(f"file: {name!r} is not a file name in this folder")
    date = _text(data, "date")
    if date is not None and iso_date(date) is None:
        raise ValueError(f"date: {date!r} is not an ISO 8601 date or date-time")
    languages = data.get("languages") or ()
    if isinstance(languages, str):
        languages = (languages,)
    if not isinstance(languages, (list, tuple)) or not all(isinstance(x, str) for x in languages):
        raise ValueError("languages: expected a list of language codes")
    return IndexEntry(
        file=name,
        title=_text(data, "title"),
        date=date,
        source=_text(data, "source"),
        url=_text(data, "url"),
        languages=tuple(languages),
    )


def entry_to_json(entry: IndexEntry) -> str:
    """The entry as one line of JSON (no newline), keys in :data:`FIELDS` order, empty ones left out."""
    data: dict[str, Any] = {}
    for key in FIELDS:
        value = getattr(entry, key)
        if value not in (None, ()):
            data[key] = list(value) if isinstance(value, tuple) else value
    return json.dumps(data, ensure_ascii=False)


def parse_index(text: str, path: str) -> Catalog:
    """Parse the text of an ``index.jsonl``; the first line for a file wins.

    Args:
        text: The file's text.
        path: Its path, for the problems.

    Returns:
        The entries, and one problem per line that was skipped.
    """
    entries: dict[str, IndexEntry] = {}
    lines: dict[str, int] = {}
    problems: list[IndexProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = entry_from_json(json.loads(line))
        except json.JSONDecodeError as error:
            problems.append(IndexProblem(path, number, f"not JSON ({error.msg})"))
            continue
        except ValueError as error:
            problems.append(IndexProblem(path, number, str(error)))
            continue
        if entry.file in entries:
            problems.append(
                IndexProblem(path, number, f"{entry.file} already on line {lines[entry.file]}")
            )
            continue
        entries[entry.file] = entry
        lines[entry.file] = number
    return Catalog(entries, tuple(problems), lines)


def index_path(folder: Path) -> Path:
    return folder / INDEX_FILE


def read_index(folder: Path) -> Catalog:
    """The folder's ``index.jsonl`` (empty when there is none).

    Returns:
        The entries by file name; an unreadable file is one problem on line 1.
    """
    path = index_path(folder)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return EMPTY
    except (OSError, UnicodeDecodeError) as error:
        return Catalog({}, (IndexProblem(str(path), 1, f"cannot read: {error}"),), {})
    return parse_index(text, str(path))


def append_entries(folder: Path, entries: Iterable[IndexEntry]) -> int:
    """Add lines to the folder's index, atomically: its old lines are kept as they were.

    Args:
        folder: The corpus folder.
        entries: New entries (their files should not be in the index yet).

    Returns:
        How many lines were added.
    """
    from tui.core.model.store import atomic_write

    new = [entry_to_json(entry) + "\n" for entry in entries]
    if not new:
        return 0
    path = index_path(folder)
    try:
        old = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        old = ""
    if old and not old.endswith("\n"):
        old += "\n"
    atomic_write(path, old + "".join(new))
    return len(new)
