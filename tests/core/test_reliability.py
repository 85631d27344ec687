"""Issue 13, the core and the command line: nothing lost, nothing injected, no traceback.

One test (or more) per attack of the catalogue in ``docs/reliability.md``, which names
them. Files are made in ``tmp_path``; the models are a fake (no spaCy) unless marked slow.
"""

from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from test_pipeline import FakeExtractor as LabellingExtractor

from tui.cli import main
from tui.core import pipeline
from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    Mention,
)
from tui.core.model.store import AnnotationStore

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Acme Corp fell 5% on Monday. Acme said profit rose to $3m.\n"
#: A file name that would clear the screen, set the terminal's title, and be Rich markup.
HOSTILE = "evil\x1b[2J\x1b]0;pwned\x07[bold red]x"


class FakeExtractor(LabellingExtractor):
    """Labels every "Acme" ORG; stands in for spaCy. ``fail`` names articles it raises on."""

    def __init__(self, fail: Iterable[str] = (), interrupt: Iterable[str] = ()) -> None:
        super().__init__({"Acme": "ORG"})
        self.fail = set(fail)
        self.interrupt = set(interrupt)
        self.seen: list[str] = []

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for article in articles:
            self.seen.append(article.id)
            if article.id in self.interrupt:
                raise KeyboardInterrupt
            if article.id in self.fail:
                raise ValueError("[E088] Text of length 2000000 exceeds maximum of 1000000")
            yield from super().extract([article])


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``seeds/`` with three articles, ``annotations/`` empty; the cwd; the fake models."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a", "b", "c"):
        (seeds / f"{name}.txt").write_text(f"{name.upper()}: {TEXT}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    fake = FakeExtractor()
    monkeypatch.setattr(pipeline, "load_extractor", lambda settings, kb: fake)
    return tmp_path


def run(*argv: str) -> int:
    return main(["--seeds", "seeds", "--annotations", "annotations", *argv])


def output(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    return captured.out + captured.err


# ------------------------------------------------------------------ terminal injection


def _hostile_world(world: Path) -> str:
    """An article named :data:`HOSTILE`, its annotation file broken; returns the id."""
    (world / "seeds" / f"{HOSTILE}.txt").write_text(TEXT, encoding="utf-8")
    (world / "annotations").mkdir(exist_ok=True)
    (world / "annotations" / f"{HOSTILE}.yaml").write_text("article: [oops\n", encoding="utf-8")
    return HOSTILE


@pytest.mark.parametrize(
    "argv",
    [
        ("annotate", "--no-link"),
        ("link",),
        ("export", "-o", "out.json"),
        ("check",),
        ("add", f"missing-{HOSTILE}.txt"),
        ("import", f"missing-{HOSTILE}.ann"),
        ("annotate", f"seeds/{HOSTILE}.txt", "seeds/a.txt"),
    ],
    ids=["annotate", "link", "export", "check", "add", "import", "annotate-path"],
)
def test_cli_output_shows_file_names_as_text(
    world: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """A file name with escape sequences and markup is printed as visible text, whatever
    the command and whichever message (errors, skipped files, summaries)."""
    _hostile_world(world)
    run(*argv)
    text = output(capsys)
    assert "\x1b" not in text and "\x07" not in text
    assert "evil␛[2J␛]0;pwned␇[bold red]x" in text


def test_progress_line_is_not_markup(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a colour terminal, with the progress bar drawn, an article named with escapes and
    markup sends none of them: the bar shows counts and rates (never a name), and a
    message naming the article shows it as text, its ``[bold red]`` not styled."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    _hostile_world(world)  # its annotation file is broken: an error names it
    (world / "seeds" / f"{HOSTILE}-2.txt").write_text(TEXT, encoding="utf-8")  # annotated
    assert run("annotate", "--no-link") == 1
    text = output(capsys)
    assert "annotating" in text and "\x1b[" in text  # the bar was drawn, in colour
    assert "evil␛[2J␛]0;pwned␇[bold red]x" in text
    assert "\x1b[2J" not in text and "\x1b]0;" not in text and "\x07" not in text
    assert (world / "annotations" / f"{HOSTILE}-2.yaml").exists()


def test_dumb_terminal_gets_no_escapes(world: Path) -> None:
    """``TERM=dumb`` on a real terminal: no colour, no cursor movement (already so in the
    command line before; this keeps it so)."""
    import pty

    (world / "annotations").mkdir()
    env = {**os.environ, "TERM": "dumb", "PYTHONPATH": str(ROOT)}
    env.pop("FORCE_COLOR", None)
    env.pop("COLORTERM", None)
    # Nothing to annotate (no articles): the progress display still starts.
    (world / "empty").mkdir()
    command = [sys.executable, "-m", "tui", "--seeds", "empty", "--annotations", "annotations"]
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(world)
        os.execve(sys.executable, [*command, "annotate", "--no-link"], env)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.waitpid(pid, 0)
    text = b"".join(chunks).decode("utf-8", "replace")
    assert "annotated 0 written" in text
    assert "\x1b" not in text


# ------------------------------------------------------------------------------ crashes


def _annotated(world: Path) -> AnnotationStore:
    assert run("annotate", "--no-link") == 0
    return AnnotationStore(world / "annotations")


def test_deleted_article_is_missing_not_a_crash(
    world: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article deleted while its annotations and events refer to it: ``check`` names
    each dangling reference with its line; ``export`` and ``link`` go on without it."""
    store = _annotated(world)
    text_b = (world / "seeds" / "b.txt").read_text(encoding="utf-8")
    mention = Mention(article="b", start=0, end=4, text=text_b[:4], origin="human")
    events = EventsFile(events=(Event(id="e1", title="Fell", origin="human", mentions=(mention,)),))
    store.save_events(events)
    (world / "seeds" / "b.txt").unlink()
    capsys.readouterr()
    assert run("check") == 1
    lines = capsys.readouterr().out.splitlines()
    events_path = Path("annotations") / "events.yaml"
    assert f"{Path('annotations') / 'b.yaml'}: no article b.txt in seeds" in lines
    line = next(
        i
        for i, text in enumerate(store.events_path.read_text().splitlines(), start=1)
        if "article: b" in text
    )
    assert f"{events_path}:{line}: events[0].mentions[0]: no article 'b' in the corpus" in lines
    assert run("export", "-o", "out.json") == 0
    assert run("link") == 0
    after = store.load_events().value
    assert after is not None and mention in after.events[0].mentions  # a person's, kept


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one process", "forked workers"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS], ids=["disk full", "read-only folder"])
def test_annotate_that_cannot_write_says_so_and_stops(
    world: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    jobs: str,
) -> None:
    """A full disk or a read-only annotations folder: ``error: path: cannot write (why)``,
    the run stops there, exit 1, nothing half-written (it was a traceback); from a
    forked worker too."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("tui.core.model.store.tempfile.mkstemp", refuse)
    assert run("annotate", "--jobs", jobs) == 1
    err = capsys.readouterr().err
    path = Path("annotations") / "a.yaml"
    assert f"error: {path}: cannot write ({os.strerror(code)})" in err
    assert "2 more articles not annotated" in err
    assert not (world / "annotations").exists() or not any((world / "annotations").iterdir())


def test_an_index_that_cannot_be_written_does_not_stop_annotate(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only annotations folder whose annotations are current: the derived index
    cannot be made there, and ``annotate`` says what it did all the same (it ended in
    ``OSError: [Errno 30]``, exit 70)."""
    from tui.core.model.index import INDEX_FILE, CorpusIndex

    _annotated(world)
    (world / "annotations" / INDEX_FILE).unlink()
    capsys.readouterr()

    def refuse(self: CorpusIndex) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self.path))

    monkeypatch.setattr(CorpusIndex, "_open_for_writing", refuse)
    assert run("annotate", "--no-link") == 0
    assert "annotated 0 written, 0 unchanged, 3 already current, 0 errors" in output(capsys)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_export_that_cannot_write_says_so(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    _annotated(world)
    capsys.readouterr()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("tui.core.model.store.tempfile.mkstemp", refuse)
    assert run("export", "-o", "out.json") == 1
    assert f"error: out.json: cannot write ({os.strerror(code)})" in capsys.readouterr().err
    assert not (world / "out.json").exists()


def test_link_that_cannot_write_says_so(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _annotated(world)
    capsys.readouterr()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("tui.core.model.store.tempfile.mkstemp", refuse)
    assert run("link") == 1
    assert "events.yaml: cannot write (No space left on device)" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one process", "forked workers"])
def test_one_article_the_models_fail_on_does_not_stop_the_batch(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """spaCy's E088 on one article (it stopped the whole run): that article is reported
    with its path, the others are annotated; in forked workers too."""
    fake = FakeExtractor(fail={"b"})
    monkeypatch.setattr(pipeline, "load_extractor", lambda settings, kb: fake)
    assert run("annotate", "--no-link", "--jobs", jobs) == 1
    err = capsys.readouterr().err
    assert f"error: {Path('seeds') / 'b.txt'}: could not be annotated: ValueError: [E088]" in err
    store = AnnotationStore(world / "annotations")
    assert [p.stem for p in store.annotation_files()] == ["a", "c"]


class ReversedFakeExtractor(FakeExtractor):
    """Gives annotations in reverse order, as a cluster may (its batches come back as
    they finish); raises on ``fail`` only once the others of its batch are given."""

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        batch = list(articles)
        good = [a for a in batch if a.id not in self.fail]
        yield from reversed(list(FakeExtractor().extract(good)))
        if len(good) < len(batch):
            raise ValueError("a worker failed")


def test_annotations_out_of_order_are_each_taken_once_when_one_fails(tmp_path: Path) -> None:
    """An extractor that gives annotations in any order and fails on one: the others are
    written once each, the failing one is reported."""
    articles = [
        Article(
            id=name,
            path=f"{name}.txt",
            text=TEXT,
            sha256=name * 64,
            title=name,
            date=None,
            languages=("en",),
        )
        for name in "abcd"
    ]
    store = AnnotationStore(tmp_path / "annotations")
    report = pipeline.annotate(articles, store, extractor=ReversedFakeExtractor(fail={"b"}))
    assert sorted(report.written) == ["a", "c", "d"] and len(report.written) == 3
    assert [e.path for e in report.errors] == ["b.txt"]
    assert "could not be annotated: ValueError" in report.errors[0].message


def test_long_line_is_cut_into_pieces_the_models_take() -> None:
    """A 2 MB line (spaCy refuses more than 1,000,000 characters) is cut at sentence
    ends into pieces of at most ``MAX_SEGMENT`` (20,000), offsets into the article kept."""
    from tui.core.nlp.segmentation import language_segments

    sentence = "Acme Corp said on Monday that profit rose 5% to $3m in the quarter. "
    text = "date 2024-01-02\n" + sentence * (2_000_000 // len(sentence))
    segments = language_segments(text, 16)
    assert max(s.end - s.start for s in segments) <= 20_000
    assert all(text[s.start : s.end].startswith("Acme") for s in segments)
    assert all(text[s.start : s.end].endswith("quarter.") for s in segments)
    assert sum(s.end - s.start for s in segments) == len(text.rstrip()) - 16 - (len(segments) - 1)


def test_long_line_without_sentence_ends_is_cut_at_spaces() -> None:
    from tui.core.nlp.segmentation import language_segments

    text = "word " * 100_000 + "x" * 60_000
    segments = language_segments(text)
    assert max(s.end - s.start for s in segments) <= 20_000
    pieces = [text[s.start : s.end] for s in segments]
    assert all(p == p.strip() for p in pieces)
    assert "".join(p.replace(" ", "") for p in pieces) == text.replace(" ", "")


def test_batch_size_holds_many_short_texts_in_one_batch() -> None:
    """Short texts go in as few batches as ``most`` allows, whatever their longest."""
    from tui.core.nlp.segmentation import batch_size

    assert batch_size([4_000] + [100] * 90) == 256
    assert batch_size([50] * 10, most=4) == 4
    assert batch_size([]) == 256


def test_batch_size_keeps_each_batch_under_the_characters() -> None:
    """No batch, cut in order every ``size`` texts, holds more than ``BATCH_CHARS``."""
    from tui.core.nlp.segmentation import BATCH_CHARS, batch_size

    for lengths in (
        [20_000] * 50,
        [20_000, 10] * 40,
        [300] * 700,
        [10] * 30 + [20_000] * 6 + [500] * 200,
        [BATCH_CHARS + 1, 5],
    ):
        size = batch_size(lengths)
        batches = [lengths[i : i + size] for i in range(0, len(lengths), size)]
        assert 1 <= size <= 256
        assert size == 1 or all(sum(b) <= BATCH_CHARS for b in batches)
    assert batch_size([20_000] * 50) == 5
    assert batch_size([300] * 700) == 256 and batch_size([400] * 700) == 250


@pytest.mark.slow
def test_a_line_longer_than_the_model_takes_is_annotated(extractor: object) -> None:
    """The real models on one line over ``nlp.max_length`` (lowered here, to stay quick):
    annotated in pieces, every span where its quote is."""
    nlp = extractor.nlp  # type: ignore[attr-defined]
    saved = nlp.max_length
    nlp.max_length = 30_000
    try:
        sentence = "Acme Corp said on Monday that profit rose 5% to $3 million. "
        text = sentence * (70_000 // len(sentence))
        article = Article(
            id="long",
            path="long.txt",
            text=text,
            sha256="0" * 64,
            title="Long",
            date=None,
            languages=("en",),
        )
        (annotation,) = extractor.extract([article])  # type: ignore[attr-defined]
    finally:
        nlp.max_length = saved
    assert len(annotation.entities) > 100 and len(annotation.quantities) > 100
    for span in (*annotation.entities, *annotation.quantities):
        assert text[span.start : span.end] == span.text


def test_link_while_events_change_retries_then_says_so(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``events.yaml`` saved by someone else while linking: linking is redone on theirs;
    if it keeps changing, one line says so (already so before; kept so)."""
    from tui.core.model.store import ConflictError

    _annotated(world)
    real = AnnotationStore.save_events
    calls = []

    def busy(self: AnnotationStore, events: EventsFile, expected_sha: object = False) -> str:
        calls.append(1)
        if len(calls) < 2:
            raise ConflictError(self.events_path)
        return real(self, events, expected_sha)  # type: ignore[arg-type]

    monkeypatch.setattr(AnnotationStore, "save_events", busy)
    assert run("link") == 0 and len(calls) == 2
    calls.clear()

    def always(self: AnnotationStore, events: EventsFile, expected_sha: object = False) -> str:
        raise ConflictError(self.events_path)

    monkeypatch.setattr(AnnotationStore, "save_events", always)
    capsys.readouterr()
    assert run("link") == 1
    events_path = Path("annotations") / "events.yaml"
    assert f"{events_path} kept changing while linking" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["furniture", "entities", "events", ".state", "Events"])
def test_article_named_like_a_project_file_keeps_its_own_file(
    world: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """``furniture.txt`` became ``annotations/furniture.yaml`` (the pattern file), and so
    on: such an article's annotations go to ``annotations/_articles/``."""
    (world / "seeds" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    assert run("annotate") == 0
    store = AnnotationStore(world / "annotations")
    own = world / "annotations" / "_articles" / f"{name}.yaml"
    assert store.path_for(name) == own and own.is_file()
    assert store.load(name).value is not None
    assert store.load_events().error is None and store.load_kb().error is None
    assert not (world / "annotations" / "furniture.yaml").exists()
    assert name in [p.stem for p in store.annotation_files()]
    capsys.readouterr()
    assert run("check") == 0, capsys.readouterr().out


def test_malformed_furniture_patterns_are_reported_not_raised(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A malformed ``furniture.yaml``: ``check`` names it with its line (it said ok),
    ``annotate`` stops with a message (it was a traceback)."""
    from tui.core.nlp import extractor
    from tui.core.nlp.furniture import load_patterns

    class PatternsOnly:
        def __init__(self, settings: object, kb: object) -> None:
            load_patterns(Path(settings.annotations) / "furniture.yaml")  # type: ignore[attr-defined]

    monkeypatch.undo()  # the real load_extractor, with a stand-in for the models
    monkeypatch.chdir(world)
    monkeypatch.setattr(extractor, "Extractor", PatternsOnly)
    monkeypatch.setattr(pipeline, "memory_limit", lambda: None, raising=False)
    (world / "annotations").mkdir()
    path = world / "annotations" / "furniture.yaml"
    path.write_text("patterns:\n- name: signup\n  regex: [unclosed\n", encoding="utf-8")
    assert run("annotate") == 1
    err = capsys.readouterr().err
    where = Path("annotations") / "furniture.yaml"
    assert f"error: {where}:4: YAML syntax: expected ',' or ']', but got '<stream end>'" in err
    assert f"not annotating: {where}:4: YAML syntax" in err
    assert [p for p in (world / "annotations").iterdir()] == [path]
    assert run("check") == 1
    out = capsys.readouterr().out
    assert f"{Path('annotations') / 'furniture.yaml'}:4: YAML syntax" in out


def test_models_that_cannot_load_are_reported_not_raised(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Low memory: importing the models fails (``failed to map segment``): one line, exit 1."""
    from tui.core.nlp import extractor

    def no_memory(settings: object, kb: object) -> None:
        raise ImportError("transition_system.so: failed to map segment from shared object")

    monkeypatch.undo()
    monkeypatch.chdir(world)
    monkeypatch.setattr(extractor, "Extractor", no_memory)
    monkeypatch.setattr(pipeline, "memory_limit", lambda: None, raising=False)
    assert run("annotate") == 1
    err = capsys.readouterr().err
    assert "cannot load: ImportError: transition_system.so: failed to map segment" in err
    assert not (world / "annotations").exists()


def test_annotate_under_a_small_memory_limit_says_so(world: Path) -> None:
    """``ulimit -v 400000``: an ImportError traceback or an abort (libblis, Sudachi);
    now refused before loading, with the limit and what is needed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def limit() -> None:  # pragma: no cover - in the child
        resource.setrlimit(resource.RLIMIT_AS, (400_000_000, 400_000_000))

    done = subprocess.run(
        [sys.executable, "-m", "tui", "--seeds", "seeds", "--annotations", "annotations"]
        + ["annotate", "--no-link"],
        cwd=world,
        env=env,
        preexec_fn=limit,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "ulimit -v" in done.stderr and "0.4 GB" in done.stderr


# ------------------------------------------------------------------------------ data loss


def test_unreadable_knowledge_base_stops_annotation_before_writing(
    world: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed ``entities.yaml``: ``annotate --force`` wrote every article without its
    knowledge-base links; now nothing is written and the reason is given."""
    store = _annotated(world)
    before = {p.name: p.read_bytes() for p in store.annotation_files()}
    store.kb_path.write_text("entities: [unclosed\n", encoding="utf-8")
    capsys.readouterr()
    assert run("annotate", "--force") == 1
    err = capsys.readouterr().err
    assert f"not annotating: {Path('annotations') / 'entities.yaml'} cannot be read" in err
    assert {p.name: p.read_bytes() for p in store.annotation_files()} == before


# ---------------------------------------------------------------------------------- hangs


def test_article_over_the_size_limit_is_skipped_with_a_message(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 20 MB article ran for minutes at 3 GB: over ``MAX_ARTICLE_CHARS`` it is skipped,
    said so, and the others are annotated."""
    fake = FakeExtractor()
    monkeypatch.setattr(pipeline, "load_extractor", lambda settings, kb: fake)
    big = "Acme said so. " * (3_000_000 // 14 + 1)  # MAX_ARTICLE_CHARS is 3,000,000
    (world / "seeds" / "big.txt").write_text(big, encoding="utf-8")
    assert run("annotate", "--no-link") == 1
    err = capsys.readouterr().err
    assert f"error: {Path('seeds') / 'big.txt'}: too large to annotate (" in err
    assert "big" not in fake.seen and sorted(fake.seen) == ["a", "b", "c"]


def test_a_long_article_is_announced(world: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article that takes minutes is named before the run starts (the command line said
    nothing for 400 s)."""
    (world / "seeds" / "long.txt").write_text("Acme said so. " * 30_000, encoding="utf-8")
    assert run("annotate", "--no-link") == 0
    err = capsys.readouterr().err
    assert f"note: {Path('seeds') / 'long.txt'} has 420,000 characters: it takes minutes" in err
    assert run("annotate", "--no-link") == 0  # current now: nothing to say
    assert "note:" not in capsys.readouterr().err


def test_annotate_reports_progress_when_not_a_terminal(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Output to a file or a pipe printed nothing until the end (400 s for a big article):
    a line before the models load, after the first article, every 10 seconds, and at the
    end."""
    import itertools
    import time

    clock = itertools.count(0.0, 4.0)  # 4 s from one article to the next
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    for name in "defg":
        (world / "seeds" / f"{name}.txt").write_text(f"{name}: {TEXT}", encoding="utf-8")
    assert run("annotate", "--no-link") == 0
    err = [line.partition(" · ")[0] for line in capsys.readouterr().err.splitlines()]
    assert err == [
        "checking 7 articles…",
        "annotating 7 articles (loading models…)",
        "annotating 1/7",
        "annotating 4/7",  # 12 s after the first
        "annotating 7/7",
    ]


def test_ctrl_c_stops_cleanly(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle: exit 130 and a line saying how far it got; what was written
    is whole, no temp file."""
    from tui.core.model.index import INDEX_FILE

    fake = FakeExtractor(interrupt={"b"})
    monkeypatch.setattr(pipeline, "load_extractor", lambda settings, kb: fake)
    assert run("annotate", "--no-link") == 130
    assert "interrupted: 1 of 3 articles annotated and written" in capsys.readouterr().err
    store = AnnotationStore(world / "annotations")
    written = [p.name for p in (world / "annotations").iterdir() if p.name != INDEX_FILE]
    assert written == ["a.yaml"]  # besides the derived index
    assert store.load("a").value is not None


def test_file_over_the_size_limit_is_reported_before_parsing(world: Path) -> None:
    """``check`` on a 50 MB YAML took 121 s at 3.4 GB: a file over the limit is
    ``path: too large (N MB; limit M MB)``, never parsed (and never written over)."""
    from tui.core.model.store import BrokenFileError

    store = AnnotationStore(world / "annotations")
    store.root.mkdir()
    path = store.path_for("a")
    filler = "#" + "x" * 999 + "\n"
    body = "format: newsreader-annotation/1\narticle: a\nsha256: '0'\n"
    path.write_text(body + filler * 16_050, encoding="utf-8")  # the limit: 16,000,000 bytes
    loaded = store.load("a")
    assert loaded.error is not None and loaded.value is None
    assert str(loaded.error) == f"{path}: too large (16.1 MB; limit 16 MB)"
    with pytest.raises(BrokenFileError):
        store.save(ArticleAnnotation(article="a", sha256="0"))


def test_too_many_spans_are_reported(world: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.core.model import store as store_module

    monkeypatch.setattr(store_module, "MAX_SPANS", 3, raising=False)
    store = AnnotationStore(world / "annotations")
    spans = tuple(Entity(start=i, end=i + 1, text="x", label="ORG") for i in range(4))
    store.root.mkdir()
    store.path_for("a").write_text(
        store_module.annotation_to_yaml(ArticleAnnotation(article="a", sha256="0", entities=spans)),
        encoding="utf-8",
    )
    loaded = store.load("a")
    assert loaded.error is not None and loaded.error.message == "too many spans (4; limit 3)"


# ----------------------------------------------------------------------------------- also


def test_check_reports_every_problem_with_its_line(
    world: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown labels, duplicate keys, event mentions of missing articles or beyond the
    text, a malformed ``furniture.yaml``, a span beyond the text: ``path:line: problem``
    each, exit 1 (``check`` missed most of them, and gave no line for the last)."""
    store = _annotated(world)
    a = store.path_for("a")
    text = a.read_text(encoding="utf-8")
    a.write_text(text.replace("label: ORG", "label: COMPANY", 1), encoding="utf-8")
    b = store.path_for("b")
    b.write_text(b.read_text(encoding="utf-8") + "pipeline: again\n", encoding="utf-8")
    c = store.path_for("c")
    c.write_text(
        c.read_text(encoding="utf-8").replace("start: 3, end: 7", "start: 300, end: 304", 1),
        encoding="utf-8",
    )
    mentions = (
        Mention(article="gone", start=0, end=4, text="Acme"),
        Mention(article="a", start=500, end=504, text="Acme"),
    )
    store.save_events(EventsFile(events=(Event(id="e1", title="t", mentions=mentions),)))
    (store.root / "furniture.yaml").write_text("patterns: {name: x\n", encoding="utf-8")
    capsys.readouterr()
    assert run("check") == 1
    out = capsys.readouterr().out.splitlines()

    def line_of(path: Path, needle: str) -> int:
        lines = path.read_text(encoding="utf-8").splitlines()
        return next(i for i, line in enumerate(lines, start=1) if needle in line)

    ann = Path("annotations")
    assert out == [
        f"{ann / 'b.yaml'}:{line_of(b, 'pipeline: again')}: duplicate key 'pipeline' "
        f"(first on line {line_of(b, 'pipeline: ')})",
        f"{ann / 'a.yaml'}:{line_of(a, 'COMPANY')}: entities[0].label: unknown label 'COMPANY'",
        f"{ann / 'c.yaml'}:{line_of(c, 'start: 300')}: entities[0]: ORG 300-304 is beyond the "
        f"end of the text ({len(TEXT) + 3} characters)",
        f"{ann / 'events.yaml'}:{line_of(store.events_path, 'start: 500')}: "
        f"events[0].mentions[0]: 500-504 is beyond the end of the text ({len(TEXT) + 3} "
        "characters)",
        f"{ann / 'events.yaml'}:{line_of(store.events_path, 'gone')}: events[0].mentions[1]: "
        "no article 'gone' in the corpus",
        f"{ann / 'furniture.yaml'}:2: YAML syntax: expected ',' or '}}', but got '<stream end>'",
    ]


def test_export_dash_writes_to_stdout(world: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``export -o -`` wrote a file named ``-``."""
    _annotated(world)
    capsys.readouterr()
    assert run("export", "-o", "-") == 0
    assert capsys.readouterr().out.startswith("{")
    assert not (world / "-").exists()


@pytest.mark.parametrize("command", ["annotate", "link", "export", "check"])
def test_missing_seeds_folder_is_an_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    """In a folder without ``seeds/``: ``annotate`` exited 0 and ``check`` said
    ``ok: 0 annotation files``; now the folder is named, exit 2."""
    monkeypatch.chdir(tmp_path)
    assert main([command]) == 2
    assert "error: seeds: no such folder" in capsys.readouterr().err


def test_unforeseen_error_is_one_line_not_a_traceback(
    world: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr("tui.core.model.export.export_document", broken)
    assert run("export") == 70
    err = capsys.readouterr().err
    assert "error: RuntimeError: something nobody foresaw" in err and "NEWSREADER_DEBUG" in err


# ------------------------------------------------------------------- the editing session


def _session(root: Path) -> tuple[object, object]:
    from tui.core.editing import EditSession

    from editing_world import make_world

    store, articles = make_world(root)
    session = EditSession(store, articles)
    session.open("a")
    return session, store


def _reject_brussels(session: object) -> None:
    from tui.core.editing import RejectSpan

    annotation = session.annotation("a")  # type: ignore[attr-defined]
    brussels = next(e for e in annotation.entities if e.text == "Brussels")
    session.apply(RejectSpan("a", brussels))  # type: ignore[attr-defined]


def test_failed_save_names_the_file_and_keeps_the_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full while saving: the error says which file and why (``OSError 28`` said
    neither), the edit stays unsaved, and the next save writes it."""
    from tui.core.editing import article_doc
    from tui.core.model.store import WriteError

    session, store = _session(tmp_path)
    _reject_brussels(session)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr("tui.core.model.store.tempfile.mkstemp", full)
        with pytest.raises(WriteError) as raised:
            session.save(article_doc("a"))  # type: ignore[attr-defined]
    path = store.path_for("a")  # type: ignore[attr-defined]
    assert str(raised.value) == f"{path}: cannot write (No space left on device)"
    assert session.is_dirty(article_doc("a"))  # type: ignore[attr-defined]
    assert session.save(article_doc("a")).status == "saved"  # type: ignore[attr-defined]


def test_write_recovery_keeps_unsaved_edits_when_nothing_can_be_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting while a file cannot be saved: every unsaved document goes to a recovery
    folder, atomically, as the YAML a save would write; the real files are untouched."""
    from tui.core.editing import article_doc

    session, store = _session(tmp_path)
    _reject_brussels(session)
    before = store.path_for("a").read_bytes()  # type: ignore[attr-defined]
    recovery = session.write_recovery()  # type: ignore[attr-defined]
    assert recovery.folder is not None and recovery.folder.parent == store.root / ".recovery"  # type: ignore[attr-defined]
    (path,) = recovery.paths
    assert path.name == "a.yaml"
    assert path.read_text(encoding="utf-8") == session.yaml_of(article_doc("a"))  # type: ignore[attr-defined]
    assert "status: rejected" in path.read_text(encoding="utf-8")
    assert store.path_for("a").read_bytes() == before  # type: ignore[attr-defined]
    assert [p.stem for p in store.annotation_files()] == ["a", "b"]  # type: ignore[attr-defined]


def test_write_recovery_falls_back_to_the_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The annotations folder is read-only: the recovery goes to the temp folder."""
    import tempfile

    session, store = _session(tmp_path / "world")
    _reject_brussels(session)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    real = os.replace

    def read_only(src: str, dst: str) -> None:
        if str(store.root) in str(dst):  # type: ignore[attr-defined]
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real(src, dst)

    monkeypatch.setattr("tui.core.model.store.os.replace", read_only)
    recovery = session.write_recovery()  # type: ignore[attr-defined]
    assert recovery.folder is not None
    assert recovery.folder.parent == tmp_path / "tmp" / "newsreader-recovery"
    assert [p.name for p in recovery.paths] == ["a.yaml"]


def test_orphans_come_back_on_open(tmp_path: Path) -> None:
    """An orphan whose quote and context are in the text is placed again when the article
    is opened (it stayed an orphan while the text was unchanged)."""
    from tui.core.editing import EditSession

    from editing_world import make_world

    store, articles = make_world(tmp_path)
    annotation = store.load("a").value
    assert annotation is not None
    brussels = next(e for e in annotation.entities if e.text == "Brussels")
    human = brussels.model_copy(update={"origin": "human", "label": "LOC"})
    rest = tuple(e for e in annotation.entities if e is not brussels)
    store.save(annotation.model_copy(update={"entities": rest, "orphans": (human,)}))
    opened = EditSession(store, articles).open("a")
    assert opened.annotation is not None and opened.annotation.orphans == ()
    assert human in opened.annotation.entities
