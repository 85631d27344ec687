"""The command line: annotate, export (the public JSON contract) and check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict

from tui.cli import main
from tui.core.model.store import AnnotationStore


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class XSentence(_Strict):
    start: int
    end: int
    lang: str


class XFurniture(_Strict):
    start: int
    end: int
    kind: str


class XEntity(_Strict):
    start: int
    end: int
    text: str
    label: str
    kb_id: str | None
    value: str | None
    origin: Literal["model", "human"]
    status: Literal["accepted", "rejected"]


class XQuantity(_Strict):
    start: int
    end: int
    text: str
    label: str
    value: float | None
    unit: str | None
    qualifier: Literal["exact", "approx", "gt", "lt", "ge", "le"]
    origin: Literal["model", "human"]
    status: Literal["accepted", "rejected"]


class XArticle(_Strict):
    id: str
    path: str
    sha256: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    languages: list[str]
    annotated: bool
    sentences: list[XSentence]
    furniture: list[XFurniture]
    entities: list[XEntity]
    quantities: list[XQuantity]


class XMentionRef(_Strict):
    article: str
    start: int
    end: int


class XMention(XMentionRef):
    text: str
    origin: Literal["model", "human"]


class XFigure(BaseModel):
    model_config = ConfigDict(extra="allow")
    article: str
    text: str


class XEvent(_Strict):
    id: str
    title: str
    kind: str | None
    date: str | None
    participants: list[str]
    figures: list[XFigure]
    origin: Literal["model", "human"]
    mentions: list[XMention]


class XAlignment(_Strict):
    mentions: list[XMentionRef]


class XStory(_Strict):
    id: str
    title: str
    articles: list[str]
    events: list[str]


class XDocument(_Strict):
    """The documented ``newsreader/1`` export (docs/annotation-format.md)."""

    format: Literal["newsreader/1"]
    articles: list[XArticle]
    stories: list[XStory]
    events: list[XEvent]
    alignments: list[XAlignment]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, committed: Path) -> Path:
    shutil.copytree(committed / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_export_of_committed_annotations_matches_contract(
    workdir: Path, committed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(committed / "annotations", workdir / "annotations")
    assert main(["export", "--format", "json", "-o", "out.json"]) == 0
    document = XDocument.model_validate_json((workdir / "out.json").read_text())
    assert len(document.articles) == 5
    for article in document.articles:
        text = (workdir / article.path).read_text(encoding="utf-8-sig")
        assert article.annotated and article.entities and article.quantities
        for span in [*article.entities, *article.quantities]:
            assert text[span.start : span.end] == span.text
    assert main(["export"]) == 0  # to stdout
    assert json.loads(capsys.readouterr().out)["format"] == "newsreader/1"


@pytest.mark.slow
def test_annotate_then_export(workdir: Path) -> None:
    assert main(["annotate", "--no-link"]) == 0
    store = AnnotationStore(workdir / "annotations")
    assert len(store.annotation_files()) == 5
    first = {p.name: p.read_bytes() for p in store.annotation_files()}
    assert main(["annotate", "--no-link"]) == 0  # current: nothing rewritten
    assert {p.name: p.read_bytes() for p in store.annotation_files()} == first
    assert main(["export", "-o", "out.json"]) == 0
    document = XDocument.model_validate_json((workdir / "out.json").read_text())
    labels = {e.label for a in document.articles for e in a.entities}
    assert {"PERSON", "ORG", "GPE"} <= labels
    assert main(["check"]) == 0


def test_check_reports_each_problem(
    workdir: Path, committed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(committed / "annotations", workdir / "annotations")
    ann = workdir / "annotations"
    name = sorted(p for p in ann.glob("0*.yaml"))[0]
    lines = name.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = "article: a: b\n"
    name.write_text("".join(lines), encoding="utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [
        f"{Path('annotations') / name.name}:2: YAML syntax: mapping values are not allowed in this context"
    ]


@pytest.mark.parametrize("command", ["annotate", "link"])
def test_one_article_keeps_the_events_of_the_others(
    workdir: Path, committed: Path, command: str
) -> None:
    """`annotate PATH` and `link PATH` link the whole corpus: the other articles' events
    and people's decisions about them stay (once 32 events became 7)."""
    shutil.copytree(committed / "annotations", workdir / "annotations")
    store = AnnotationStore(workdir / "annotations")
    events = store.load_events().value
    assert events is not None and (events.events or events.stories)
    first = sorted((workdir / "seeds").glob("*.txt"))[0]
    update: dict[str, object] = {}
    if events.events:
        other = next(e for e in events.events if all(m.article != first.stem for m in e.mentions))
        renamed = other.model_copy(update={"title": "Renamed by a person", "title_origin": "human"})
        update["events"] = tuple(renamed if e.id == other.id else e for e in events.events)
    story = events.stories[0] if events.stories else None
    if story is not None:
        titled = story.model_copy(update={"title": "Named by a person", "title_origin": "human"})
        update["stories"] = tuple(titled if s.id == story.id else s for s in events.stories)
    store.save_events(events.model_copy(update=update))
    before = store.events_path.read_bytes()
    # The seed's annotation is current: nothing is extracted, only linked.
    assert main([command, str(Path("seeds") / first.name)]) == 0
    after = store.load_events().value
    assert after is not None and len(after.events) == len(events.events)
    assert len(after.stories) == len(events.stories)
    if events.events:
        assert renamed in after.events
    if story is not None:
        assert titled in after.stories
    assert store.events_path.read_bytes() == before
