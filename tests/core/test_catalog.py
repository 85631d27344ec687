"""index.jsonl: one format, read by the corpus (person > index > guess), written by ``add``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tui.core.model.catalog import (
    IndexEntry,
    append_entries,
    entry_to_json,
    iso_date,
    parse_index,
    read_index,
    reference_day,
)
from tui.core.model.corpus import load_corpus
from tui.core.model.schema import Article, ArticleAnnotation, Metadata
from tui.core.model.settings import PIPELINE_VERSION
from tui.core.model.store import AnnotationStore
from tui.core.pipeline import annotate, is_current

ROOT = Path(__file__).resolve().parents[2]
# shared/ sits beside the clone (a worktree is one level deeper).
REUTERS = next(
    (
        base / "shared" / "corpora" / "reuters21578"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "corpora" / "reuters21578").is_dir()
    ),
    ROOT / "missing",
)


@pytest.mark.parametrize(
    ("value", "iso", "day"),
    [
        ("2026-11-29", "2026-11-29", "2026-11-29"),
        ("1987-02-26T15:01:01", "1987-02-26T15:01:01", "1987-02-26"),
        ("2026-11-29T23:30:00-05:00", "2026-11-29T23:30:00-05:00", "2026-11-29"),
        ("2026-11-29T14:03:00Z", "2026-11-29T14:03:00+00:00", "2026-11-29"),
        ("29 Nov 2026", None, None),
        ("2026-13-01", None, None),
        ("", None, None),
    ],
)
def test_dates_are_iso_dates_or_date_times(value: str, iso: str | None, day: str | None) -> None:
    assert iso_date(value) == iso
    assert reference_day(value) == day


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "expected a JSON object, found list"),
        ('{"title": "no file"}', "file: missing"),
        ('{"file": "../x.txt"}', "not a file name in this folder"),
        ('{"file": "a.txt", "date": "yesterday"}', "date: 'yesterday' is not an ISO 8601"),
        ('{"file": "a.txt", "title": 3}', "title: expected a string, found int"),
        ('{"file": "a.txt", "languages": [1]}', "languages: expected a list"),
    ],
)
def test_a_malformed_line_is_reported_and_the_rest_still_counts(line: str, problem: str) -> None:
    text = "\n".join(['{"file": "good.txt", "title": "Good"}', line, '{"file": "z.txt"}'])
    catalog = parse_index(text, "corpus/index.jsonl")
    assert set(catalog.entries) >= {"good.txt", "z.txt"}
    assert [str(p) for p in catalog.problems] == [
        f"corpus/index.jsonl:2: {p.message}" for p in catalog.problems
    ]
    assert len(catalog.problems) == 1 and problem in catalog.problems[0].message


def test_the_first_line_for_a_file_wins() -> None:
    catalog = parse_index('{"file": "a.txt", "title": "one"}\n{"file": "a.txt"}\n', "i.jsonl")
    assert catalog.entries["a.txt"].title == "one"
    assert str(catalog.problems[0]) == "i.jsonl:2: a.txt already on line 1"


def test_append_keeps_old_lines_as_they_were(tmp_path: Path) -> None:
    old = '{"file": "old.txt", "topics": ["x"]}\nnot json\n'
    (tmp_path / "index.jsonl").write_text(old, encoding="utf-8")
    entry = IndexEntry("new.txt", "Tïtle", "2026-11-29", "Wire", "http://x/1", ("en",))
    assert append_entries(tmp_path, [entry]) == 1
    text = (tmp_path / "index.jsonl").read_text(encoding="utf-8")
    assert text == old + entry_to_json(entry) + "\n"
    assert read_index(tmp_path).entries["new.txt"] == entry
    assert json.loads(entry_to_json(entry))["title"] == "Tïtle"


def test_the_index_gives_the_articles_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Guessed headline\n\nThe body.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2020-01-02 Body of b.\n", encoding="utf-8")
    lines = [
        {"file": "a.txt", "title": "Real title", "date": "1987-02-26T15:01:01", "source": "Wire",
         "url": "http://x/a", "languages": ["en"]},
        {"file": "b.txt", "source": "Other"},
    ]  # fmt: skip
    text = "\n".join(json.dumps(line) for line in lines) + "\nbroken\n"
    (tmp_path / "index.jsonl").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    a, b = corpus.articles
    assert (a.title, a.date, a.source, a.url) == ("Real title", "1987-02-26", "Wire", "http://x/a")
    # Without index values, the guesses stand.
    assert (b.title, b.date, b.source, b.url) == ("Body of b.", "2020-01-02", "Other", None)
    assert [str(p) for p in corpus.problems] == [
        f"{tmp_path / 'index.jsonl'}:3: not JSON (Expecting value)"
    ]


def test_index_lines_of_missing_files_are_reported(tmp_path: Path) -> None:
    """A line for a file that is not in the folder (deleted, renamed) is named with its
    line; the articles that are there load as before. Given one file, the rest of its
    folder is none of the corpus's business."""
    (tmp_path / "a.txt").write_text("Body of a.\n", encoding="utf-8")
    lines = [{"file": "gone.txt", "title": "Gone"}, {"file": "a.txt", "title": "A"}]
    (tmp_path / "index.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert [a.title for a in corpus.articles] == ["A"]
    assert [str(p) for p in corpus.problems] == [
        f"{tmp_path / 'index.jsonl'}:1: gone.txt is listed but not in the folder"
    ]
    assert load_corpus(tmp_path / "a.txt").problems == ()


class DateRecorder:
    """Stands in for the extractor: records the date each article was annotated against."""

    def __init__(self) -> None:
        self.dates: dict[str, str | None] = {}

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for article in articles:
            self.dates[article.id] = article.date
            yield ArticleAnnotation(
                article=article.id,
                sha256=article.sha256,
                pipeline=f"{PIPELINE_VERSION} fake",
                metadata=Metadata(
                    title=article.title, date=article.date, source=article.source, url=article.url
                ),
            )


def test_a_person_beats_the_index_which_beats_the_guess(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("date 2020-01-02 It rose tomorrow.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("date 2020-01-02 It fell.\n", encoding="utf-8")
    store = AnnotationStore(tmp_path / "annotations")
    recorder = DateRecorder()
    annotate(load_corpus(seeds).articles, store, extractor=recorder)
    assert recorder.dates == {"a": "2020-01-02", "b": "2020-01-02"}  # the guess

    (seeds / "index.jsonl").write_text(
        '{"file": "a.txt", "date": "2026-11-29T09:00:00"}\n{"file": "b.txt", "date": "2026-11-30"}\n',
        encoding="utf-8",
    )
    b = store.load("b").value
    assert b is not None
    person = b.metadata.model_copy(update={"date": "2001-09-09", "human": ("date",)})
    store.save(b.model_copy(update={"metadata": person, "pipeline": None}))
    articles = load_corpus(seeds).articles
    # A new index date makes the annotation stale: its relative dates must be resolved again.
    assert not is_current(store.load("a").value, articles[0])
    recorder = DateRecorder()
    annotate(articles, store, extractor=recorder)
    assert recorder.dates == {"a": "2026-11-29", "b": "2001-09-09"}
    saved_b = store.load("b").value
    assert saved_b is not None and saved_b.metadata.date == "2001-09-09"
    assert all(is_current(store.load(x.id).value, x) for x in articles)


@pytest.mark.skipif(not (REUTERS / "index.jsonl").exists(), reason="shared corpus not here")
def test_the_reuters_index_reads_whole() -> None:
    catalog = read_index(REUTERS)
    assert catalog.problems == ()
    assert catalog.entries["00001.txt"].day == "1987-02-26"
