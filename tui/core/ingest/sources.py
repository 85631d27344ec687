"""Reading articles out of sources: RSS and Atom feeds, HTML pages, JSONL dumps, text files.

Each source gives :class:`Incoming` articles (text as the reader shows it, plus
what is known of title, date, source and URL), :class:`Known` entries whose URL
the corpus already has (not fetched again), and :class:`Problem` values naming
what failed and why. ``feedparser`` parses feeds and ``trafilatura`` takes the
main text and metadata out of pages; both are imported only when needed.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tui.core.ingest.fetch import Fetched, Fetcher, FetchError, is_url
from tui.core.model.catalog import iso_date

#: File suffixes by kind of source.
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DUMP_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
#: The fields of a dump line, and of ``--field NAME=KEY``.
DUMP_FIELDS = ("text", "title", "date", "url", "source")


@dataclass(frozen=True, slots=True)
class Incoming:
    """An article read from a source, before it is named and written."""

    text: str
    where: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Known:
    """An entry whose URL the corpus already has: neither fetched nor added."""

    where: str
    url: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that could not be read: where (a URL, ``file:line``) and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Item = Incoming | Known | Problem


# ------------------------------------------------------------------------- text


def paragraphs(lines: Iterator[str] | list[str]) -> str:
    """Non-empty lines as paragraphs separated by one blank line, ending in a newline."""
    kept = [" ".join(line.split()) for line in lines]
    body = "\n\n".join(line for line in kept if line)
    return body + "\n" if body else ""


def plain(text: str) -> str:
    """Text as it is, with ``\n`` line ends, no blank lines around it, ending in a newline."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return body + "\n" if body.strip() else ""


class _TextOfHtml(HTMLParser):
    """The text of an HTML fragment, a paragraph per block element; scripts and styles dropped."""

    BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article".split()
    )
    SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.lines[-1] += data


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept."""
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    return paragraphs(parser.lines)


# ------------------------------------------------------------------------ dates


def parse_date(value: object) -> str | None:
    """An ISO 8601 date or date-time from ISO 8601 or RFC 822 text (feeds use both), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    found = iso_date(value.strip())
    if found is not None:
        return found
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat() if parsed is not None else None


def _struct_date(value: Any) -> str | None:
    """An ISO date-time (UTC) from feedparser's ``*_parsed`` struct, or None."""
    if not value:
        return None
    try:
        return dt.datetime(*value[:6]).replace(tzinfo=dt.UTC).isoformat()
    except (TypeError, ValueError):
        return None


def host_of(url: str | None) -> str | None:
    """The host of a URL without ``www.`` (a source name when nothing better is known)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


# ------------------------------------------------------------------------ pages


@dataclass(frozen=True, slots=True)
class Page:
    """What ``trafilatura`` found in a page: main text and metadata."""

    text: str
    title: str | None
    date: str | None
    site: str | None
    url: str | None


def read_page(data: bytes | str, url: str | None) -> Page:
    """The main text of an HTML page (navigation, ads, related links and sign-up boxes left
    out), paragraphs separated by blank lines, without the headline line.

    Raises:
        ValueError: No article text found in the page.
    """
    import trafilatura

    found = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise ValueError("no article text found in the page")
    title = getattr(found, "title", None) or None
    lines = text.splitlines()
    # The headline goes to index.jsonl; the .txt is the article body.
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    body = paragraphs(lines)
    if not body:
        raise ValueError("no article text found in the page")
    return Page(
        text=body,
        title=title,
        date=parse_date(getattr(found, "date", None)),
        site=getattr(found, "sitename", None) or None,
        url=getattr(found, "url", None) or url,
    )


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _looks_like_feed(head: bytes, content_type: str = "") -> bool:
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    sample = head[:2048].lstrip().lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


# ------------------------------------------------------------------------ feeds


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    for key in ("published", "updated", "created"):
        found = parse_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed"):
        found = _struct_date(entry.get(key))
        if found:
            return found
    return None


def _entry_content(entry: Mapping[str, Any]) -> str:
    """The entry's full content as text ('' when the feed carries only a summary)."""
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        kind = content.get("type") or "text/html"
        text = html_text(value) if "html" in kind else paragraphs(value.splitlines())
        if text.strip():
            return text
    return ""


def read_feed(
    data: bytes, where: str, fetcher: Fetcher, known: Callable[[str], bool]
) -> Iterator[Item]:
    """The articles of an RSS or Atom feed.

    An entry with full content is taken as it is; an entry with only a summary
    has its linked page fetched and its main text extracted. Entries whose link
    the corpus already has are not fetched.
    """
    import feedparser  # type: ignore[import-untyped]

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
        yield Problem(where, f"not a feed ({reason})" if reason else "a feed without entries")
        return
    feed_title = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        label = link or f"{where} entry {number}"
        if link and known(link):
            yield Known(label, link)
            continue
        title = entry.get("title") or None
        date = _entry_date(entry)
        text = _entry_content(entry)
        site: str | None = None
        if not text and link:
            try:
                page = read_page(fetcher.get(link).data, link)
            except FetchError as error:
                yield Problem(error.url, error.reason)
                continue
            except ValueError as error:
                yield Problem(link, str(error))
                continue
            text, title, date, site = page.text, title or page.title, date or page.date, page.site
        if not text:
            text = html_text(entry.get("summary") or "")
        if not text:
            yield Problem(label, "no text: the entry has neither content nor a link")
            continue
        source = site or feed_title or host_of(link)
        yield Incoming(text, label, title=title, date=date, source=source, url=link)


# ------------------------------------------------------------------------ dumps


def read_dump(text: str, where: str, fields: Mapping[str, str]) -> Iterator[Item]:
    """The articles of a JSONL dump: one object per line with ``text`` and any of
    ``title``, ``date``, ``url``, ``source`` (``fields`` maps them to other keys)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(at, f"not JSON ({error.msg})")
            continue
        if not isinstance(data, dict):
            yield Problem(at, f"expected a JSON object, found {type(data).__name__}")
            continue
        values: dict[str, str | None] = {}
        bad = None
        for name in DUMP_FIELDS:
            key = fields.get(name, name)
            value = data.get(key)
            if value is not None and not isinstance(value, str):
                bad = f"{key}: expected a string, found {type(value).__name__}"
                break
            values[name] = value.strip() if isinstance(value, str) and value.strip() else None
        if bad:
            yield Problem(at, bad)
            continue
        if not values["text"]:
            yield Problem(at, f"{fields.get('text', 'text')}: missing or empty")
            continue
        date = None
        if values["date"]:
            date = parse_date(values["date"])
            if date is None:
                yield Problem(at, f"{fields.get('date', 'date')}: {values['date']!r} is not a date")
                continue
        yield Incoming(
            plain(values["text"]),
            at,
            title=values["title"],
            date=date,
            source=values["source"] or host_of(values["url"]),
            url=values["url"],
        )


# ------------------------------------------------------------------- text files

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_HEADING = re.compile(r"\A\s*#\s+(.+?)\s*#*\s*\n")


def read_text_file(text: str, where: str, markdown: bool) -> Incoming:
    """A ``.txt`` file as it is; a ``.md`` file without its YAML front matter and its
    ``# Title`` line, which give its title, date, source and url."""
    from tui.core.model.corpus import guess_date

    meta: dict[str, Any] = {}
    title = None
    if markdown:
        front = _FRONT_MATTER.match(text)
        if front:
            import yaml

            try:
                loaded = yaml.safe_load(front.group(1))
            except yaml.YAMLError:
                loaded = None
            if isinstance(loaded, dict):
                meta = {k: v for k, v in loaded.items() if isinstance(k, str)}
                text = text[front.end() :]
        heading = _HEADING.match(text)
        if heading:
            title = heading.group(1)
            text = text[heading.end() :]
    body = plain(text)

    def field(name: str) -> str | None:
        value = meta.get(name)
        return str(value).strip() if value not in (None, "") else None

    date = parse_date(field("date")) or guess_date(body)
    return Incoming(
        body,
        where,
        title=field("title") or title,
        date=date,
        source=field("source"),
        url=field("url"),
    )


# ---------------------------------------------------------------------- sources


def _from_bytes(
    data: bytes,
    where: str,
    url: str | None,
    kind: str,
    fetcher: Fetcher,
    known: Callable[[str], bool],
    fields: Mapping[str, str],
) -> Iterator[Item]:
    if kind == "feed":
        yield from read_feed(data, where, fetcher, known)
    elif kind == "page":
        try:
            page = read_page(data, url)
        except ValueError as error:
            yield Problem(where, str(error))
            return
        yield Incoming(
            page.text,
            where,
            title=page.title,
            date=page.date,
            source=page.site or host_of(page.url),
            url=url or page.url,
        )
    elif kind == "dump":
        yield from read_dump(_decode(data), where, fields)
    else:
        yield read_text_file(_decode(data), where, markdown=kind == "markdown")


def _file_kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in DUMP_SUFFIXES:
        return "dump"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".txt":
        return "text"
    if _looks_like_feed(head):
        return "feed"
    if b"<html" in head[:4096].lower():
        return "page"
    return "text"


def read_source(
    source: str,
    fetcher: Fetcher,
    known: Callable[[str], bool],
    fields: Mapping[str, str] | None = None,
) -> Iterator[Item]:
    """Every article of one source: a URL, a file, or a folder of files.

    Args:
        source: An http(s) URL (a feed or a page), or a path.
        fetcher: Fetches URLs (and counts them against the run's limit).
        known: Whether the corpus already has an article with this URL.
        fields: ``--field`` mappings for dumps (``{"text": "content"}``).

    Returns:
        Articles, already-known entries and problems, in the source's order.
    """
    fields = fields or {}
    if is_url(source):
        if known(source):
            yield Known(source, source)
            return
        try:
            fetched: Fetched = fetcher.get(source)
        except FetchError as error:
            yield Problem(error.url, error.reason)
            return
        kind = "feed" if _looks_like_feed(fetched.data, fetched.content_type) else "page"
        yield from _from_bytes(fetched.data, source, source, kind, fetcher, known, fields)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file()
            and p.suffix.lower() in FEED_SUFFIXES | PAGE_SUFFIXES | DUMP_SUFFIXES | TEXT_SUFFIXES
        )
        for file in files:
            yield from read_source(str(file), fetcher, known, fields)
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Problem(source, error.strerror or str(error))
        return
    kind = _file_kind(path, data[:4096])
    yield from _from_bytes(data, source, None, kind, fetcher, known, fields)
