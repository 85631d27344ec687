"""``newsreader add``: feeds and pages served on 127.0.0.1, dumps, text files; no duplicates;
failed fetches named and leaving the folder as it was."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tui.core.ingest.add import STAGING, AddOptions, add_sources, recover
from tui.core.ingest.dedup import CorpusIndex
from tui.core.ingest.naming import article_stem, slug, unique_stem
from tui.core.model.catalog import IndexEntry, append_entries, read_index
from tui.core.model.corpus import load_corpus

WORDS = (
    "market bank rate inflation growth shares profit company government minister election "
    "trade tariff oil price export import rally bond yield currency dollar central policy board "
    "investors analysts quarter forecast revenue earnings merger deal court ruling strike union "
    "workers factory output demand supply shipping port storm harvest wheat coffee gold copper "
    "steel mining energy grid solar wind plant city council budget tax spending debt loan housing"
).split()


def paragraphs_of(seed: int, count: int = 3) -> list[str]:
    """Made-up paragraphs, different for every seed (nothing from a real corpus)."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + "." for _ in range(count)]


def page(title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>{title}</title>"
        "<meta property='og:site_name' content='Example Wire'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<aside><h3>Related</h3><ul><li><a href='/x'>Another story</a></li></ul></aside>"
        "<div class='newsletter'>Sign up for our newsletter</div></body></html>"
    ).encode()


@dataclass
class Route:
    body: bytes
    status: int = 200
    kind: str = "text/html; charset=utf-8"
    delay: float = 0.0


class Site:
    """An http.server on 127.0.0.1 serving ``routes``; counts requests and keeps user agents."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.agents: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                site.agents.add(self.headers.get("User-Agent", ""))
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.kind)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                except OSError:
                    pass  # the client gave up (the timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.server.shutdown()
    served.server.server_close()


def rss(site: Site, count: int) -> bytes:
    """A feed whose entries carry only a summary; each page is served by ``site``."""
    items = []
    for i in range(count):
        title = f"Story {i + 1} on {WORDS[i]}"
        site.routes[f"/news/{i}"] = Route(page(title, paragraphs_of(i)))
        items.append(
            f"<item><title>{title}</title><link>{site.url(f'/news/{i}')}</link>"
            f"<description>Summary {i}</description>"
            f"<pubDate>Sun, 29 Nov 2026 {8 + i % 12:02d}:30:00 +0000</pubDate></item>"
        )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example Wire</title>"
        f"<link>{site.base}/</link>{''.join(items)}</channel></rss>"
    ).encode()


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_feed_of_twenty_becomes_twenty_articles_once(tmp_path: Path, site: Site) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(site, 20))
    corpus = tmp_path / "corpus"
    report = add_sources(corpus, [str(feed)])
    assert report.errors == [] and len(report.added) == 20
    assert all(agent.startswith("newsreader/") for agent in site.agents)
    entries = read_index(corpus).entries
    assert len(entries) == 20 and len(list(corpus.glob("*.txt"))) == 20
    first = entries["2026-11-29_example-wire_story-1-on-market.txt"]
    assert first.title == "Story 1 on market"
    assert first.date == "2026-11-29T08:30:00+00:00"
    assert first.source == "Example Wire"
    assert first.url == site.url("/news/0")
    assert first.languages == ("en",)
    text = (corpus / first.file).read_text(encoding="utf-8")
    # The article body: paragraphs separated by blank lines; no headline, menu, links, sign-up box.
    assert text == "\n\n".join(paragraphs_of(0)) + "\n"
    articles = load_corpus(corpus).articles
    assert {a.title for a in articles} == {e.title for e in entries.values()}
    assert all(a.date == "2026-11-29" and a.source == "Example Wire" for a in articles)

    before, fetched = snapshot(corpus), len(site.requests)
    again = add_sources(corpus, [str(feed)])
    assert again.added == [] and len(again.duplicates) == 20 and again.errors == []
    assert snapshot(corpus) == before
    assert len(site.requests) == fetched  # known URLs are not fetched again


def test_a_feed_url_with_full_content_needs_no_page(tmp_path: Path, site: Site) -> None:
    paras = paragraphs_of(99)
    content = "".join(f"<p>{p}</p>" for p in paras)
    site.routes["/feed.atom"] = Route(
        (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            "<title>Atom Wire</title><entry><title>Full story</title>"
            f"<link href='{site.url('/full')}'/><updated>2026-11-28T10:00:00-05:00</updated>"
            f"<content type='html'><![CDATA[{content}]]></content></entry></feed>"
        ).encode(),
        kind="application/atom+xml",
    )
    report = add_sources(tmp_path, [site.url("/feed.atom")])
    assert [e.file for e in report.added] == ["2026-11-28_atom-wire_full-story.txt"]
    assert report.added[0].date == "2026-11-28T10:00:00-05:00"
    assert (tmp_path / report.added[0].file).read_text() == "\n\n".join(paras) + "\n"
    assert site.requests == ["/feed.atom"]


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (None, "HTTP 404 Not Found"),
        (Route(b"busy", status=503), "HTTP 503"),
        (Route(page("Slow", paragraphs_of(5)), delay=1.5), "timed out after 0.3 s"),
        (Route(b"<html><head><title>Empty</title></head><body></body></html>"), "no article text"),
    ],
)
def test_a_failed_fetch_names_the_url_and_leaves_the_folder(
    tmp_path: Path, site: Site, route: Route | None, reason: str
) -> None:
    if route is not None:
        site.routes["/page"] = route
    corpus = tmp_path / "corpus"
    append_entries(corpus, [IndexEntry("old.txt", "Old")])
    (corpus / "old.txt").write_text("Old text.\n")
    before = snapshot(corpus)
    report = add_sources(corpus, [site.url("/page")], AddOptions(timeout=0.3))
    assert report.added == []
    assert len(report.errors) == 1 and report.errors[0].startswith(site.url("/page") + ": ")
    assert reason in report.errors[0]
    assert snapshot(corpus) == before


def test_a_refused_connection_is_named(tmp_path: Path, site: Site) -> None:
    url = site.url("/gone")
    site.server.shutdown()
    site.server.server_close()
    report = add_sources(tmp_path / "c", [url], AddOptions(timeout=1))
    assert report.errors == [f"{url}: Connection refused"]
    assert snapshot(tmp_path / "c") == {}


def test_the_request_limit_leaves_the_rest_for_the_next_run(tmp_path: Path, site: Site) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(site, 5))
    first = add_sources(tmp_path / "c", [str(feed)], AddOptions(limit=3))
    assert len(first.added) == 3 and len(first.not_fetched) == 2 and first.errors == []
    second = add_sources(tmp_path / "c", [str(feed)], AddOptions(limit=3))
    assert len(second.added) == 2 and len(second.duplicates) == 3
    assert len(site.requests) == 5


def test_dumps_map_fields_and_report_bad_lines(tmp_path: Path) -> None:
    lines = [
        {"content": "\n\n".join(paragraphs_of(1)), "headline": "First one", "published": "2026-01-02T03:04:05Z",
         "link": "https://news.example.org/a", "outlet": "Daily Example"},
        {"content": "\n\n".join(paragraphs_of(2)), "headline": "Second"},
        {"content": "", "headline": "empty"},
        {"content": "\n\n".join(paragraphs_of(3)), "published": "someday"},
    ]  # fmt: skip
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([*(json.dumps(x) for x in lines), "{oops"]) + "\n")
    fields = {
        "text": "content",
        "title": "headline",
        "date": "published",
        "url": "link",
        "source": "outlet",
    }
    report = add_sources(tmp_path / "c", [str(dump)], AddOptions(fields=fields))
    assert [e.file for e in report.added] == [
        "2026-01-02_daily-example_first-one.txt",
        "undated_unknown_second.txt",
    ]
    assert report.added[0].url == "https://news.example.org/a"
    assert report.errors == [
        f"{dump}:3: content: missing or empty",
        f"{dump}:4: published: 'someday' is not a date",
        f"{dump}:5: not JSON (Expecting property name enclosed in double quotes)",
    ]


def test_text_and_markdown_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("date 2024-03-12 " + paragraphs_of(7)[0] + "\n")
    (tmp_path / "in" / "b.md").write_text(
        "---\ntitle: Front matter title\nsource: Blog\nurl: https://blog.example.org/b\n---\n"
        "# Heading\n\n" + paragraphs_of(8)[0] + "\n"
    )
    report = add_sources(tmp_path / "c", [str(tmp_path / "in")])
    assert [e.file for e in report.added] == [
        "2024-03-12_unknown_article-" + report.added[0].file.split("article-")[1],
        "undated_blog_front-matter-title.txt",
    ]
    assert (tmp_path / "c" / report.added[1].file).read_text() == paragraphs_of(8)[0] + "\n"


def test_same_text_and_near_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    paras = paragraphs_of(11, 4)
    original = tmp_path / "original.txt"
    original.write_text("\n\n".join(paras) + "\n")
    assert len(add_sources(corpus, [str(original)]).added) == 1
    respaced = tmp_path / "respaced.txt"
    respaced.write_text("  \n".join(paras) + "\n")
    report = add_sources(corpus, [str(respaced)])
    assert report.added == [] and "same text as" in report.duplicates[0]
    # A republished wire story: a word changed here and there.
    edited = [p.replace(" the ", " a ", 1) for p in paras]
    edited[0] = "Updated: " + edited[0]
    republished = tmp_path / "republished.md"
    republished.write_text("# A brand new headline\n\n" + "\n\n".join(edited) + "\n")
    report = add_sources(corpus, [str(republished)])
    assert report.added == []
    assert report.near_duplicates[0].startswith(f"{republished}: near-duplicate of ")
    assert "(similarity 0.9" in report.near_duplicates[0]
    allowed = add_sources(corpus, [str(republished)], AddOptions(allow_near_duplicates=True))
    assert len(allowed.added) == 1 and allowed.near_duplicates[0].endswith("added anyway")
    assert len(read_index(corpus).entries) == 2


def test_near_duplicate_lookup_reads_only_candidates() -> None:
    texts = {f"a{i}.txt": " ".join(paragraphs_of(1000 + i)) for i in range(300)}
    reads: list[str] = []

    def read(name: str) -> str | None:
        reads.append(name)
        return texts.get(name)

    index = CorpusIndex(read)
    for name, text in texts.items():
        index.add(name, text)
    found = index.nearest(texts["a7.txt"].replace("market", "markets", 1))
    assert found is not None and found.name == "a7.txt" and found.similarity > 0.9
    assert reads == ["a7.txt"]
    assert index.nearest(" ".join(paragraphs_of(5000))) is None


def test_an_interrupted_run_is_finished_or_dropped(tmp_path: Path) -> None:
    staging = tmp_path / STAGING
    staging.mkdir()
    (staging / "committed.txt").write_text("Committed text.\n")
    (staging / "uncommitted.txt").write_text("Never committed.\n")
    append_entries(tmp_path, [IndexEntry("committed.txt", "C")])
    recover(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["committed.txt", "index.jsonl"]


@pytest.mark.parametrize(
    ("day", "source", "title", "stem"),
    [
        ("2026-11-29", "Reuters", "Fed raises rates", "2026-11-29_reuters_fed-raises-rates"),
        (None, "Zürich Post", "Ça va?", "undated_zurich-post_ca-va"),
        ("2026-01-01", None, "x" * 80 + " tail", "2026-01-01_unknown_" + "x" * 60),
        ("2026-01-01", "A", " ".join(["word"] * 30), "2026-01-01_a_" + "-".join(["word"] * 12)),
    ],
)
def test_names_are_readable_ascii_and_bounded(
    day: str | None, source: str | None, title: str, stem: str
) -> None:
    assert article_stem(day, source, title, "text") == stem


def test_names_without_ascii_title_and_collisions() -> None:
    stem = article_stem("2026-11-29", "NHK", "日銀が利上げ", "本文")
    assert stem.startswith("2026-11-29_nhk_article-") and stem == article_stem(
        "2026-11-29", "NHK", "日銀が利上げ", "本文"
    )
    assert unique_stem("a", {"a", "a-2"}) == "a-3" and unique_stem("b", {"a"}) == "b"
    assert slug("日本", 10) == ""


@pytest.mark.slow
def test_annotate_resolves_relative_dates_against_the_index_date(
    tmp_path: Path, site: Site, extractor: object
) -> None:
    from tui.core.model.store import AnnotationStore
    from tui.core.pipeline import annotate

    paras = [
        "The central bank will announce its decision tomorrow, officials said.",
        *paragraphs_of(21, 2),
    ]
    site.routes["/fed"] = Route(page("Central bank to decide", paras))
    feed = tmp_path / "feed.xml"
    feed.write_bytes(
        (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Example Wire</title>"
            f"<item><title>Central bank to decide</title><link>{site.url('/fed')}</link>"
            "<pubDate>Sun, 29 Nov 2026 09:00:00 +0000</pubDate></item></channel></rss>"
        ).encode()
    )
    corpus = tmp_path / "corpus"
    assert len(add_sources(corpus, [str(feed)]).added) == 1
    store = AnnotationStore(tmp_path / "annotations")
    articles = load_corpus(corpus).articles
    report = annotate(articles, store, extractor=extractor)  # type: ignore[arg-type]
    assert report.written == [articles[0].id]
    annotation = store.load(articles[0].id).value
    assert annotation is not None
    assert annotation.metadata.date == "2026-11-29"
    assert annotation.metadata.source == "Example Wire"
    assert annotation.metadata.url == site.url("/fed")
    tomorrow = [e for e in annotation.entities if e.text == "tomorrow"]
    assert [e.value for e in tomorrow] == ["2026-11-30"]
