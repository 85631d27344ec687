"""``newsreader add``: articles from sources into the corpus folder, each a ``.txt`` plus its
line in ``index.jsonl``, without duplicates.

An article is not added when the corpus has its URL or its text (spacing aside);
a near-duplicate (shingle similarity at least :data:`~tui.core.ingest.dedup.NEAR`,
such as a wire story republished with a new headline) is reported and skipped
unless near-duplicates are allowed. New files are written to a staging folder
first; ``index.jsonl`` is then rewritten atomically with their lines (the
commit), and only then are the files moved into place. A run stopped at any
point leaves the corpus as it was or with the articles committed so far, never
a ``.txt`` without its metadata: the next run finishes or drops what was staged.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.ingest.dedup import CorpusIndex, Match
from tui.core.ingest.fetch import LIMIT, TIMEOUT, Fetcher
from tui.core.ingest.naming import article_stem, unique_stem
from tui.core.ingest.sources import Incoming, Known, Problem, read_source
from tui.core.model.catalog import IndexEntry, append_entries, read_index, reference_day
from tui.core.model.corpus import guess_languages
from tui.core.text.shingles import NEAR

#: Where new files wait for the commit, inside the corpus folder.
STAGING = ".newsreader-add"


@dataclass(frozen=True, slots=True)
class AddOptions:
    """How ``add`` runs.

    Attributes:
        limit: HTTP requests per run.
        timeout: Seconds per request.
        fields: Dump keys by newsreader field (``{"text": "content"}``).
        allow_near_duplicates: Add near-duplicates (they are still reported).
    """

    limit: int = LIMIT
    timeout: float = TIMEOUT
    fields: Mapping[str, str] = field(default_factory=dict)
    allow_near_duplicates: bool = False


@dataclass
class AddReport:
    """What a run did: lines for the person, in order, and what was added."""

    added: list[IndexEntry] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    near_duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: URLs left for the next run by the request limit.
    not_fetched: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"added {len(self.added)}",
            f"{len(self.duplicates)} already in the corpus",
            f"{len(self.near_duplicates)} near-duplicates",
            f"{len(self.errors)} errors",
        ]
        if self.not_fetched:
            parts.append(f"{len(self.not_fetched)} not fetched (limit reached; run again)")
        return ", ".join(parts)


def _url_key(url: str) -> str:
    """A URL compared without its fragment and a trailing slash."""
    return url.split("#", 1)[0].rstrip("/")


def recover(folder: Path) -> None:
    """Finish or drop the staged files of a run that stopped: a file whose line is in
    ``index.jsonl`` is moved into place, any other is deleted."""
    staging = folder / STAGING
    if not staging.is_dir():
        return
    entries = read_index(folder).entries
    for path in sorted(staging.iterdir()):
        target = folder / path.name
        if path.name in entries and not target.exists():
            os.replace(path, target)
        else:
            path.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def _commit(folder: Path, staged: Sequence[IndexEntry]) -> None:
    """Add the staged articles' lines to the index (atomically), then move their files in."""
    if staged:
        append_entries(folder, staged)
        for entry in staged:
            os.replace(folder / STAGING / entry.file, folder / entry.file)
    shutil.rmtree(folder / STAGING, ignore_errors=True)


class _Corpus:
    """The folder's articles as duplicate checks need them, read on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index: CorpusIndex | None = None
        self._new: dict[str, str] = {}

    def _read(self, name: str) -> str | None:
        if name in self._new:
            return self._new[name]
        try:
            return (self.folder / name).read_bytes().decode("utf-8-sig", errors="replace")
        except OSError:
            return None

    @property
    def index(self) -> CorpusIndex:
        if self._index is None:
            self._index = CorpusIndex(self._read)
            for path in sorted(self.folder.glob("*.txt")):
                text = self._read(path.name)
                if text is not None:
                    self._index.add(path.name, text)
        return self._index

    def add(self, name: str, text: str) -> None:
        self._new[name] = text
        self.index.add(name, text)


def _entry(item: Incoming, name: str) -> IndexEntry:
    return IndexEntry(
        file=name,
        title=item.title,
        date=item.date,
        source=item.source,
        url=item.url,
        languages=guess_languages(item.text),
    )


def add_sources(
    folder: Path,
    sources: Iterable[str],
    options: AddOptions | None = None,
    fetcher: Fetcher | None = None,
) -> AddReport:
    """Bring the sources' articles into ``folder``.

    Args:
        folder: The corpus folder (made if missing).
        sources: URLs of feeds or pages, and paths of feeds, pages, dumps, ``.txt``
            and ``.md`` files, or folders of them.
        options: Limits and dump field names.
        fetcher: Fetches URLs (made from ``options`` if None).

    Returns:
        What was added, skipped as a duplicate, and what failed (``where: reason``).
    """
    options = options or AddOptions()
    fetcher = fetcher or Fetcher(timeout=options.timeout, limit=options.limit)
    folder.mkdir(parents=True, exist_ok=True)
    recover(folder)
    catalog = read_index(folder)
    urls = {_url_key(e.url): e.file for e in catalog.entries.values() if e.url}
    taken = {p.stem for p in folder.glob("*.txt")} | {Path(name).stem for name in catalog.entries}
    corpus = _Corpus(folder)
    report = AddReport()
    staged: list[IndexEntry] = []
    try:
        for source in sources:
            for item in read_source(source, fetcher, lambda u: _url_key(u) in urls, options.fields):
                if isinstance(item, Problem):
                    if item.where in fetcher.over_limit:
                        report.not_fetched.append(item.where)
                    else:
                        report.errors.append(str(item))
                elif isinstance(item, Known):
                    report.duplicates.append(
                        f"{item.where}: already in the corpus as {urls[_url_key(item.url)]}"
                    )
                else:
                    entry = _stage(folder, item, corpus, urls, taken, options, report)
                    if entry is not None:
                        staged.append(entry)
    finally:
        # Also on Ctrl-C: what was staged whole is committed, the rest was never written.
        _commit(folder, staged)
    report.not_fetched.extend(u for u in fetcher.over_limit if u not in report.not_fetched)
    return report


def _stage(
    folder: Path,
    item: Incoming,
    corpus: _Corpus,
    urls: dict[str, str],
    taken: set[str],
    options: AddOptions,
    report: AddReport,
) -> IndexEntry | None:
    """Write one article to the staging folder, unless it duplicates one; its index entry."""
    from tui.core.model.store import atomic_write

    if not item.text.strip():
        report.errors.append(f"{item.where}: no text")
        return None
    if item.url and _url_key(item.url) in urls:
        report.duplicates.append(
            f"{item.where}: already in the corpus as {urls[_url_key(item.url)]}"
        )
        return None
    same = corpus.index.same_text(item.text)
    if same is not None:
        report.duplicates.append(f"{item.where}: same text as {same}, already in the corpus")
        return None
    near: Match | None = corpus.index.nearest(item.text, NEAR)
    if near is not None:
        line = f"{item.where}: near-duplicate of {near.name} (similarity {near.similarity:.2f})"
        report.near_duplicates.append(
            line + ("; added anyway" if options.allow_near_duplicates else "; not added")
        )
        if not options.allow_near_duplicates:
            return None
    day = reference_day(item.date) if item.date else None
    stem = unique_stem(article_stem(day, item.source, item.title, item.text), taken)
    taken.add(stem)
    entry = _entry(item, f"{stem}.txt")
    atomic_write(folder / STAGING / entry.file, item.text)
    corpus.add(entry.file, item.text)
    if item.url:
        urls[_url_key(item.url)] = entry.file
    report.added.append(entry)
    return entry
