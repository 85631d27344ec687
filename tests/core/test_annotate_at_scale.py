"""Annotating at scale: resumable runs, the index kept up to date, progress figures and lines,
and the NLP on a Dask cluster giving the same files as a plain run."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from test_pipeline import FakeExtractor

from tui.cli import main
from tui.core import pipeline
from tui.core.model.corpus import load_corpus
from tui.core.model.index import CorpusIndex
from tui.core.model.progress import Rate, format_duration
from tui.core.model.schema import Article, ArticleAnnotation
from tui.core.model.store import AnnotationStore
from tui.core.pipeline import annotate

ROOT = Path(__file__).resolve().parents[2]


class StopAfter(FakeExtractor):
    """Stands for a run killed (Ctrl-C) after ``after`` articles."""

    def __init__(self, after: int) -> None:
        super().__init__({"Acme": "ORG"})
        self.after = after

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for done, annotation in enumerate(super().extract(articles, n_process)):
            if done == self.after:
                raise KeyboardInterrupt
            yield annotation


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for number in range(6):
        (folder / f"n{number}.txt").write_text(
            f"Acme Corp report number {number}. Acme said {number} things.\n", encoding="utf-8"
        )
    return folder


def test_a_stopped_run_continues_where_it_stopped(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AnnotationStore(tmp_path / "annotations")
    index = CorpusIndex.beside(store.root)
    articles = load_corpus(seeds).articles
    with pytest.raises(KeyboardInterrupt):
        annotate(articles, store, extractor=StopAfter(2), index=index)
    written = sorted(p.stem for p in store.annotation_files())
    assert written == ["n0", "n1"]
    assert all(store.load(name).error is None for name in written)  # whole files only
    assert not list(store.root.glob("*.tmp"))
    # The next run skips what is done by a stat of its files (the index knows them)...
    read: list[str] = []
    load = AnnotationStore.load

    def counting_load(self: AnnotationStore, article_id: str) -> object:
        read.append(article_id)
        return load(self, article_id)

    monkeypatch.setattr(AnnotationStore, "load", counting_load)
    fake = FakeExtractor({"Acme": "ORG"})
    report = annotate(articles, store, extractor=fake, index=index)
    assert sorted(report.skipped_current) == ["n0", "n1"]
    assert fake.calls == 4 and sorted(report.written) == ["n2", "n3", "n4", "n5"]
    assert not {"n0", "n1"} & set(read)
    # ...and a third has nothing to do, reading no file at all.
    read.clear()
    assert annotate(articles, store, extractor=fake, index=index).todo == 0
    assert read == [] and fake.calls == 4
    assert index.fresh(articles, store) == {a.id for a in articles}


def test_without_an_index_the_files_say_what_is_current(seeds: Path, tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "annotations")
    articles = load_corpus(seeds).articles
    with pytest.raises(KeyboardInterrupt):
        annotate(articles, store, extractor=StopAfter(3))
    report = annotate(articles, store, extractor=FakeExtractor({"Acme": "ORG"}))
    assert len(report.skipped_current) == 3 and len(report.written) == 3


def test_rate_and_eta() -> None:
    now = [100.0]
    rate = Rate(10, clock=lambda: now[0])
    assert rate.describe() == "0/10"
    now[0] += 30  # the models load: not part of the rate
    rate.update(1, tokens=50)
    assert rate.per_second() == (0.0, 0.0) and rate.eta() is None
    now[0] += 2
    rate.update(3, tokens=100)
    assert rate.per_second() == (1.0, 50.0)
    assert rate.describe() == "3/10 · 1.0 articles/s · 50 tokens/s · ETA 7 s"
    assert format_duration(3725) == "1 h 2 min" and format_duration(125) == "2 min 5 s"


def test_a_run_done_in_one_batch_is_measured_from_its_start() -> None:
    now = [100.0]
    rate = Rate(5, clock=lambda: now[0])
    now[0] += 4  # the models load
    rate.update(1, tokens=100)
    now[0] += 0.001  # the other four come back with it
    rate.update(5, tokens=400)
    articles, tokens = rate.overall()
    assert articles == pytest.approx(5 / 4.001) and tokens == pytest.approx(500 / 4.001)


@pytest.fixture
def workdir(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(seeds.parent)
    return seeds.parent


def test_command_line_progress_without_a_terminal(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "load_extractor", lambda *_: FakeExtractor({"Acme": "ORG"}))
    assert main(["annotate", "--no-link"]) == 0
    out = capsys.readouterr()
    lines = out.err.splitlines()
    assert lines[0] == "checking 6 articles…"
    assert lines[1] == "annotating 6 articles (loading models…)"
    assert lines[2].startswith("annotating 1/6")
    assert lines[-1].startswith("annotating 6/6 · ") and "articles/s" in lines[-1]
    assert "annotated 6 written, 0 unchanged, 0 already current, 0 errors" in out.out
    assert "articles/s" in out.out and "tokens/s" in out.out
    assert (workdir / "annotations" / ".index.sqlite").exists()


def test_command_line_interrupted_then_resumed(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "load_extractor", lambda *_: StopAfter(4))
    assert main(["annotate", "--no-link"]) == 130
    err = capsys.readouterr().err
    assert "interrupted: 4 of 6 articles annotated and written" in err
    assert "run the same command again to do the other 2" in err
    monkeypatch.setattr(pipeline, "load_extractor", lambda *_: FakeExtractor({"Acme": "ORG"}))
    assert main(["annotate", "--no-link"]) == 0
    assert "annotated 2 written, 0 unchanged, 4 already current" in capsys.readouterr().out


@pytest.mark.slow
def test_cluster_gives_the_same_files_as_a_plain_run(tmp_path: Path) -> None:
    """`annotate --cluster local` (a LocalCluster of 2 workers) writes byte-identical YAML."""
    pytest.importorskip("distributed")
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    plain, clustered = tmp_path / "plain", tmp_path / "clustered"
    common = ["--seeds", str(seeds)]
    assert main([*common, "--annotations", str(plain), "annotate", "--no-link"]) == 0
    assert (
        main(
            [
                *common,
                "--annotations",
                str(clustered),
                "annotate",
                "--no-link",
                "--cluster",
                "local",
            ]
        )
        == 0
    )
    files = sorted(p.name for p in plain.glob("*.yaml"))
    assert len(files) == 5
    assert files == sorted(p.name for p in clustered.glob("*.yaml"))
    for name in files:
        assert (plain / name).read_bytes() == (clustered / name).read_bytes(), name
