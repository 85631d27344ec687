"""Fault tests: interrupted writes, files changed or broken on disk, article text that moved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.core.editing import (
    EVENTS_DOC,
    KB_DOC,
    AddSpan,
    EditError,
    EditSession,
    NewKbEntity,
    RejectSpan,
    RenameEvent,
    article_doc,
)
from tui.core.model.corpus import read_article
from tui.core.model.store import AnnotationStore

from editing_world import TEXT_A, make_world

A = article_doc("a")
ROOT = Path(__file__).resolve().parents[2]


def _session(root: Path) -> EditSession:
    store, articles = make_world(root)
    session = EditSession(store, articles)
    session.open("a")
    return session


def _brussels(session: EditSession):
    return next(e for e in session.state.annotation("a").entities if e.text == "Brussels")


# ------------------------------------------------------------ interrupted writes


def _fail(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("target", ["tempfile.mkstemp", "os.fdopen", "os.fsync", "os.replace"])
def test_failed_write_leaves_old_file_whole_and_work_unsaved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    session = _session(tmp_path)
    path = session.store.path_for("a")
    old = path.read_bytes()
    session.apply(RejectSpan("a", _brussels(session)))
    module, name = target.split(".")
    with monkeypatch.context() as patch:
        patch.setattr(f"tui.core.model.store.{module}.{name}", _fail)
        with pytest.raises(OSError):
            session.save(A)
    assert path.read_bytes() == old
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        ["a.yaml", "b.yaml", "events.yaml", "entities.yaml"]
    )  # no temp file left behind
    assert session.is_dirty(A)
    assert session.save(A).status == "saved"  # the work is still there to save
    assert "status: rejected" in path.read_text(encoding="utf-8")


CHILD = r"""
import sys
from pathlib import Path
from tui.core.model.schema import ArticleAnnotation, Metadata
from tui.core.model.store import AnnotationStore

store = AnnotationStore(Path(sys.argv[1]))
size = int(sys.argv[2])
versions = [
    ArticleAnnotation(article="big", sha256="0" * 64, metadata=Metadata(title=ch * size))
    for ch in "ab"
]
n = 0
while True:
    store.save(versions[n % 2])
    if n == 0:
        print("ready", flush=True)
    n += 1
"""


def test_killed_mid_save_leaves_old_or_new_file_whole(tmp_path: Path) -> None:
    """A child process saving a large file again and again is killed at various moments."""
    size = 8_000_000
    store = AnnotationStore(tmp_path)
    from tui.core.model.schema import ArticleAnnotation, Metadata
    from tui.core.model.store import annotation_to_yaml

    whole = {
        annotation_to_yaml(
            ArticleAnnotation(article="big", sha256="0" * 64, metadata=Metadata(title=ch * size))
        ).encode()
        for ch in "ab"
    }
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.0, 0.013, 0.05, 0.11, 0.2, 0.37):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path), str(size)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        data = store.path_for("big").read_bytes()
        assert data in whole, f"torn file after kill at {delay}s: {len(data)} bytes"
        loaded = store.load("big")
        assert loaded.error is None and loaded.value is not None
    # Leftover temp files are hidden and never taken for annotations.
    assert [p.name for p in store.annotation_files()] == ["big.yaml"]


# --------------------------------------------------------------- changed on disk


def _someone_else_edits(store: AnnotationStore) -> bytes:
    path = store.path_for("a")
    text = path.read_text(encoding="utf-8").replace(
        "title: Globex to buy Initech", "title: Changed elsewhere"
    )
    path.write_text(text, encoding="utf-8")
    return path.read_bytes()


def test_file_changed_on_disk_gives_a_conflict_and_is_not_overwritten(tmp_path: Path) -> None:
    session = _session(tmp_path)
    session.apply(RejectSpan("a", _brussels(session)))
    theirs = _someone_else_edits(session.store)
    outcome = session.save(A)
    assert outcome.status == "conflict" and outcome.conflict is not None
    assert session.store.path_for("a").read_bytes() == theirs
    diff = outcome.conflict.diff()
    assert "-  title: Changed elsewhere" in diff and "+  title: Globex to buy Initech" in diff
    assert any(
        line.startswith("+") and "Brussels" in line and "rejected" in line
        for line in diff.splitlines()
    )
    assert session.save_all()[0].status == "conflict"  # still refused until resolved
    assert session.store.path_for("a").read_bytes() == theirs


@pytest.mark.parametrize(
    "choice,title,brussels_status,dirty_after",
    [
        ("theirs", "Changed elsewhere", "accepted", False),
        ("mine", "Globex to buy Initech", "rejected", False),
        ("merge", "Changed elsewhere", "rejected", False),
    ],
)
def test_conflict_choices(
    tmp_path: Path, choice: str, title: str, brussels_status: str, dirty_after: bool
) -> None:
    session = _session(tmp_path)
    session.apply(RejectSpan("a", _brussels(session)))
    _someone_else_edits(session.store)
    assert session.save(A).status == "conflict"
    outcome = session.resolve(A, choice)  # type: ignore[arg-type]
    assert outcome.status in ("saved", "unchanged")
    assert session.is_dirty(A) is dirty_after and A not in session.conflicts
    on_disk = session.store.load("a").value
    assert on_disk is not None and on_disk == session.state.annotation("a")
    assert on_disk.metadata.title == title
    assert _brussels(session).status == brussels_status


def test_keep_mine_conflicts_again_if_the_file_changed_again(tmp_path: Path) -> None:
    session = _session(tmp_path)
    session.apply(RejectSpan("a", _brussels(session)))
    _someone_else_edits(session.store)
    assert session.save(A).status == "conflict"
    path = session.store.path_for("a")
    path.write_text(path.read_text(encoding="utf-8") + "# a third writer\n", encoding="utf-8")
    third = path.read_bytes()
    assert session.resolve(A, "mine").status == "conflict"
    assert path.read_bytes() == third


def test_events_and_kb_conflicts_too(tmp_path: Path) -> None:
    session = _session(tmp_path)
    session.apply(RenameEvent("e1", "Takeover"))
    session.apply(NewKbEntity("a", _brussels(session), name="City of Brussels"))
    for path in (session.store.events_path, session.store.kb_path):
        path.write_text(path.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    outcomes = {o.key: o.status for o in session.save_all()}
    assert outcomes == {KB_DOC: "conflict", EVENTS_DOC: "conflict", A: "saved"}
    for key in (KB_DOC, EVENTS_DOC):
        assert session.resolve(key, "merge").status == "saved"
    assert session.store.load_events().value == session.events
    assert any(e.id == "city-of-brussels" for e in session.store.load_kb().value.entities)


def test_reload_takes_up_a_changed_file_only_without_unsaved_work(tmp_path: Path) -> None:
    session = _session(tmp_path)
    _someone_else_edits(session.store)
    assert session.reload(A) is True
    assert session.state.annotation("a").metadata.title == "Changed elsewhere"
    assert session.reload(A) is False  # nothing new
    session.apply(RejectSpan("a", _brussels(session)))
    path = session.store.path_for("a")
    path.write_text(path.read_text(encoding="utf-8") + "# again\n", encoding="utf-8")
    assert session.reload(A) is False and session.is_dirty(A)


# ------------------------------------------------------------------ broken files

BROKEN = [
    ("syntax", b"format: newsreader-annotation/1\narticle: a\n\tsha256: 0\n"),
    (
        "schema",
        b"format: newsreader-annotation/1\narticle: a\nsha256: '0'\nentities: [{start: 5}]\n",
    ),
    ("not utf-8", b"format: newsreader-annotation/1\narticle: \xff\xfe\n"),
    ("wrong format", b"format: something-else/9\narticle: a\nsha256: '0'\n"),
]


@pytest.mark.parametrize("name,content", BROKEN, ids=[b[0] for b in BROKEN])
def test_malformed_file_is_never_overwritten(tmp_path: Path, name: str, content: bytes) -> None:
    store, articles = make_world(tmp_path)
    path = store.path_for("a")
    path.write_bytes(content)
    session = EditSession(store, articles)
    opened = session.open("a")
    assert opened.annotation is None and opened.error is not None
    with pytest.raises(EditError):
        session.apply(AddSpan("a", 0, 6, "ORG"))
    assert session.save(A).status == "broken"
    assert [o.status for o in session.save_all()] == []
    assert path.read_bytes() == content


@pytest.mark.parametrize("name,content", BROKEN, ids=[b[0] for b in BROKEN])
def test_file_broken_on_disk_after_loading_is_not_overwritten(
    tmp_path: Path, name: str, content: bytes
) -> None:
    session = _session(tmp_path)
    session.apply(RejectSpan("a", _brussels(session)))
    path = session.store.path_for("a")
    path.write_bytes(content)
    outcome = session.save(A)
    assert outcome.status == "broken" and outcome.error is not None
    assert path.read_bytes() == content
    assert session.is_dirty(A)


# ------------------------------------------------------------------- re-anchoring

# Edits of the article text: (name, new text, quotes whose text the edit deleted).
TEXT_EDITS = [
    ("paragraph inserted above", "UPDATE: this story was revised.\n\n" + TEXT_A, set()),
    (
        "lines re-wrapped",
        TEXT_A.replace("New\nYork", "New York").replace(".\nShares", ". Shares"),
        set(),
    ),
    (
        "word beside a span changed",
        TEXT_A.replace("would buy Initech for", "agreed to acquire Initech for"),
        set(),
    ),
    (
        "sentence deleted",
        TEXT_A.replace("The deal needs approval from regulators in Brussels.\n", ""),
        {"Brussels"},
    ),
    (
        "sentences swapped",
        TEXT_A.split("\n", 1)[1].split("York, while Initech fell.\n")[0]
        + "York, while Initech fell.\n"
        + TEXT_A.split("\n", 1)[0]
        + "\n"
        + "The deal needs approval from regulators in Brussels.\n",
        set(),
    ),
    (
        "figure rewritten, rest moved",
        "Correction appended.\n"
        + TEXT_A.replace("$3.5 billion", "about three and a half billion dollars"),
        {"$3.5 billion"},
    ),
]


@pytest.mark.parametrize("name,new_text,deleted", TEXT_EDITS, ids=[t[0] for t in TEXT_EDITS])
def test_reanchoring_keeps_every_span_and_lists_deleted_ones(
    tmp_path: Path, name: str, new_text: str, deleted: set[str]
) -> None:
    session = _session(tmp_path)
    session.apply(AddSpan("a", TEXT_A.index("New\nYork"), TEXT_A.index("New\nYork") + 8, "GPE"))
    session.apply(RejectSpan("a", _brussels(session)))
    assert session.save(A).status == "saved"
    before = session.state.annotation("a")
    every = {
        (s.text.replace("\n", " "), s.label, s.origin, s.status)
        for s in (*before.entities, *before.quantities)
    }

    article_path = tmp_path / "seeds" / "a.txt"
    article_path.write_text(new_text, encoding="utf-8")
    article = read_article(article_path)
    fresh = EditSession(session.store, [article, read_article(tmp_path / "seeds" / "b.txt")])
    opened = fresh.open("a")
    assert opened.annotation is not None
    annotation = opened.annotation
    placed = [*annotation.entities, *annotation.quantities]
    for span in placed:
        assert new_text[span.start : span.end] == span.text
        assert span.prefix == new_text[max(0, span.start - 16) : span.start]
    # Nothing dropped: every span is placed or listed as an orphan.
    kept = {
        (s.text.replace("\n", " "), s.label, s.origin, s.status)
        for s in (*placed, *annotation.orphans)
    }
    assert kept == every
    assert {s.text for s in opened.orphans} == deleted
    assert {s.text for s in annotation.orphans} == deleted
    # Human spans keep their meaning at the new place; orphans are written to the file.
    york = next(s for s in placed if s.label == "GPE" and s.origin == "human")
    assert york.text.replace("\n", " ") == "New York"
    fresh.apply(AddSpan("a", new_text.index("Initech"), new_text.index("Initech") + 7, "ORG"))
    assert fresh.save(A).status == "saved"
    on_disk = fresh.store.load("a").value
    assert on_disk is not None and {s.text for s in on_disk.orphans} == deleted


def test_absorb_keeps_unsaved_edits_on_top_of_a_pipeline_rewrite(tmp_path: Path) -> None:
    session = _session(tmp_path)
    session.apply(RejectSpan("a", _brussels(session)))
    _someone_else_edits(session.store)  # e.g. the pipeline re-annotated the article
    assert session.absorb(A) is True
    annotation = session.state.annotation("a")
    assert (
        annotation.metadata.title == "Changed elsewhere" and _brussels(session).status == "rejected"
    )
    assert session.is_dirty(A) and session.save(A).status == "saved"
    assert session.absorb(A) is False


def test_reanchored_annotation_is_marked_for_re_extraction(tmp_path: Path) -> None:
    session = _session(tmp_path)
    article_path = tmp_path / "seeds" / "a.txt"
    article_path.write_text("Update.\n" + TEXT_A, encoding="utf-8")
    article = read_article(article_path)
    fresh = EditSession(session.store, [article])
    annotation = fresh.open("a").annotation
    assert annotation is not None
    assert (annotation.sha256, annotation.pipeline) == (article.sha256, None)
    assert not fresh.is_dirty(A)  # opening alone writes nothing
