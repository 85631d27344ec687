"""Loading a folder of ``.txt`` articles into :class:`Article` values."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from tui.core.model.article import Article
from tui.core.model.catalog import Catalog, IndexEntry, index_path, read_index
from tui.core.text.excerpts import shorten
from tui.core.text.scripts import SCRIPT_LANGUAGES, script_counts
from tui.core.text.sentences import headline, sentence_end
from tui.core.text.stamps import after_date_lines, after_release_line, stamp_date, stamp_lines

_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)
_TITLE_MAX = 90
_ASCII_LETTER = re.compile("[A-Za-z]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class CorpusProblem:
    """A file that could not be loaded, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]
    problems: tuple[CorpusProblem, ...]

    def by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}


def article_id(path: Path) -> str:
    """The stable id of an article: its file name without the ``.txt`` suffix."""
    return path.stem


def body_start(text: str) -> int:
    """Offset where the article proper starts, after a leading ``date`` header and the
    publication stamps above the headline ("Last Updated: Monday, 28 November 2005")."""
    match = _DATE_HEADER.match(text)
    start = match.end() if match else 0
    for stamp_start, stamp_end in stamp_lines(text):
        if text[start:stamp_start].strip():
            break
        start = stamp_end
    return start


def guess_date(text: str) -> str | None:
    """The ISO date of a leading ``date YYYY-MM-DD`` header, else of the page's first
    publication stamp that states a year ("Published: April 10, 2007"), or None."""
    match = _DATE_HEADER.match(text)
    if not match:
        return stamp_date(text)
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def guess_languages(text: str) -> tuple[str, ...]:
    """Languages present in the text, most characters first.

    A language counts when it has at least 20 letters and 2% of all letters,
    so a stray foreign word does not make an article bilingual.
    """
    if text.isascii():
        # Only Latin letters can name a language here (a fast path, same answer).
        return ("en",) if _ASCII_LETTER.search(text) else ()
    counts: dict[str, int] = {}
    for script, times in script_counts(text).items():
        lang = SCRIPT_LANGUAGES.get(script)
        if lang:
            counts[lang] = counts.get(lang, 0) + times
    total = sum(counts.values())
    if not total:
        return ()
    present = [lang for lang, n in counts.items() if n >= 20 and n / total >= 0.02 or n == total]
    return tuple(sorted(present, key=lambda lang: -counts[lang]))


def guess_title(text: str) -> str:
    """The headline if the article opens with one (:func:`~tui.core.text.sentences.headline`),
    else its first sentence, shortened; a date alone above it ("TUESDAY, OCTOBER 11,
    2011") is when the page was published, not its title; a press release's headline
    under its release line ("FOR IMMEDIATE RELEASE ...") is its title."""
    start = after_date_lines(text, body_start(text))
    released = after_release_line(text, start)
    if released is not None and (after := headline(text, after_date_lines(text, released))):
        # (a press release's headline under its release line, its letterhead above)
        return shorten(text[after[0] : after[1]], _TITLE_MAX)
    span = headline(text, start)
    if span is not None:
        return shorten(text[span[0] : span[1]], _TITLE_MAX)
    first_line = text[start:].strip().partition("\n")[0].strip()
    return shorten(first_line[: sentence_end(first_line, 0)], _TITLE_MAX)


#: Byte-order marks and the codec of each, the four-byte ones first (UTF-32 LE starts
#: with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _too_many_controls(data: bytes, text: str) -> bool:
    """Whether the file's start is more than 10% control characters (category Cc other
    than \\n \\r \\t \\f and ESC): a binary file that happens to decode."""
    head = data[:4096]
    if head.isascii():  # the same count on the bytes, without slicing the text
        return bool(head) and len(_CONTROL_BYTES.findall(head)) / len(head) > 0.1
    sample = text[:4096]
    if not sample:
        return False
    return len(_CONTROLS.findall(sample)) / len(sample) > 0.1


def _utf16_without_bom(data: bytes) -> bool:
    """NUL bytes on every other position, as UTF-16 text of Latin script has them."""
    sample = data[:4096]
    halves = sample[0::2], sample[1::2]
    return len(sample) >= 8 and any(half.count(0) >= 0.9 * len(half) for half in halves)


def decode_text(data: bytes) -> str:
    """The text of an article file's bytes: UTF-8 (a byte-order mark is dropped), or
    UTF-16 or UTF-32 when the file opens with their byte-order mark.

    Offsets into articles are code-point offsets into this text, whatever the encoding.

    Raises:
        ValueError: Binary, UTF-16 without a byte-order mark, or not valid in its encoding.
    """
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if codec is None or codec == "utf-8-sig":
        if b"\x00" in data:
            if _utf16_without_bom(data):
                raise ValueError(
                    "UTF-16 without a byte-order mark is not supported (save it as UTF-8)"
                )
            raise ValueError("binary file (not text)")
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}[codec]
        raise ValueError(f"not {name} (byte {error.start}: {error.reason})") from None
    if _too_many_controls(data, text):
        raise ValueError("binary file (not text)")
    return text


def read_article(path: Path, entry: IndexEntry | None = None) -> Article:
    """Read one article file (see :func:`decode_text` for the encodings it reads).

    Args:
        path: The ``.txt`` file.
        entry: Its line of the folder's ``index.jsonl`` (see :func:`with_index`), if any.

    Raises:
        ValueError: The file is empty, binary or not text in an encoding it reads
            (the message says which).
    """
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    text = decode_text(data)
    if not text.strip():
        raise ValueError("empty file")
    name = article_id(path)
    if entry is None:
        return Article(
            id=name,
            path=str(path),
            text=text,
            sha256=hashlib.sha256(data).hexdigest(),
            title=guess_title(text) or name,
            date=guess_date(text),
            languages=guess_languages(text),
        )
    # What with_index gives, without guessing what the index says.
    return Article(
        id=name,
        path=str(path),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=entry.title or guess_title(text) or name,
        date=entry.day or guess_date(text),
        languages=entry.languages or guess_languages(text),
        source=entry.source,
        url=entry.url,
    )


def with_index(article: Article, entry: IndexEntry | None) -> Article:
    """The article with the metadata its ``index.jsonl`` line gives, guesses kept for the rest."""
    if entry is None:
        return article
    return replace(
        article,
        title=entry.title or article.title,
        date=entry.day or article.date,
        languages=entry.languages or article.languages,
        source=entry.source,
        url=entry.url,
    )


def corpus_files(paths: list[Path] | tuple[Path, ...]) -> list[Path]:
    """Every ``.txt`` file named or inside a named folder, sorted by name."""
    # By name and full path as strings: scandir knows each entry's type without a stat, and
    # strings sort and hash much faster than paths (a folder of 20k articles).
    found: dict[str, tuple[str, Path | None]] = {}
    for path in paths:
        if path.is_dir():
            with os.scandir(path) as entries:
                for entry in entries:
                    if entry.name.endswith(".txt") and entry.is_file():
                        found[entry.path] = (entry.name, None)
        elif path.suffix == ".txt" or path.is_file():
            found[str(path)] = (path.name, path)
    ordered = sorted(found.items(), key=lambda item: (item[1][0], item[0]))
    return [given or Path(full) for full, (_, given) in ordered]


@dataclass(frozen=True, slots=True)
class Preview:
    """What the article list shows of an article before its text is read."""

    id: str
    title: str
    source: str | None
    date: str | None
    languages: tuple[str, ...]


def preview_corpus(*paths: Path | str) -> tuple[Preview, ...]:
    """The articles :func:`load_corpus` would load, named as their ``index.jsonl`` names them,
    without reading the texts that the index gives a title (a large corpus's list shows
    at once; the articles load after). A file the index gives no title is read for one.

    Returns:
        One preview per ``.txt`` file, in corpus order (by id).
    """
    roots = [Path(p) for p in paths] or [Path("seeds")]
    catalogs: dict[Path, Catalog] = {}
    found: dict[str, Preview] = {}
    for path in corpus_files(roots):
        folder = path.parent
        catalog = catalogs.get(folder)
        if catalog is None:
            catalog = catalogs[folder] = read_index(folder)
        entry = catalog.entries.get(path.name)
        name = article_id(path)
        if name in found:
            continue
        if entry is not None and entry.title:
            found[name] = Preview(name, entry.title, entry.source, entry.day, entry.languages)
            continue
        try:
            article = read_article(path, entry)
        except (OSError, ValueError):
            continue
        found[name] = Preview(name, article.title, article.source, article.date, article.languages)
    return tuple(found[name] for name in sorted(found))


def load_corpus(*paths: Path | str) -> Corpus:
    """Load every ``.txt`` article in the given folders or files.

    Args:
        paths: Folders (every ``.txt`` inside) or single files; default ``./seeds``.

    Each folder's ``index.jsonl``, if it has one, gives its articles' metadata
    (:func:`with_index`); a malformed line of it is one problem, ``path:line: message``.

    Returns:
        The articles that loaded, sorted by id, and one problem per file (or index
        line) that did not.
    """
    roots = [Path(p) for p in paths] or [Path("seeds")]
    articles: list[Article] = []
    problems: list[CorpusProblem] = []
    seen: set[str] = set()
    catalogs: dict[Path, Catalog] = {}
    for root in roots:
        if not root.exists():
            problems.append(CorpusProblem(str(root), "no such file or folder"))
    listed: dict[Path, set[str]] = {}
    for path in corpus_files(roots):
        folder = path.parent
        listed.setdefault(folder, set()).add(path.name)
        catalog = catalogs.get(folder)
        if catalog is None:
            catalog = catalogs[folder] = read_index(folder)
        try:
            article = read_article(path, catalog.entries.get(path.name))
        except (OSError, ValueError) as error:
            problems.append(CorpusProblem(str(path), str(error)))
            continue
        if article.id in seen:
            problems.append(CorpusProblem(str(path), f"duplicate article id {article.id!r}"))
            continue
        seen.add(article.id)
        articles.append(article)
    for folder, catalog in catalogs.items():
        problems.extend(CorpusProblem(f"{p.path}:{p.line}", p.message) for p in catalog.problems)
        if folder in roots:  # a folder read whole: its index should name only files it has
            problems.extend(
                CorpusProblem(
                    f"{index_path(folder)}:{catalog.lines.get(name, 1)}",
                    f"{name} is listed but not in the folder",
                )
                for name in sorted(catalog.entries.keys() - listed.get(folder, set()))
            )
    articles.sort(key=lambda a: a.id)
    return Corpus(tuple(articles), tuple(problems))
