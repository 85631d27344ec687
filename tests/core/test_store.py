"""The YAML store: round trips, deterministic bytes, clear errors, files never clobbered."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.model.schema import (
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    Furniture,
    KbEntity,
    KnowledgeBase,
    Mention,
    Metadata,
    Quantity,
    Sentence,
)
from tui.core.model.store import (
    AnnotationStore,
    BrokenFileError,
    ConflictError,
    annotation_to_yaml,
    parse_model,
)

# Text drawn from a mix of scripts, quotes, YAML-significant and control characters.
_chars = st.characters(
    codec="utf-8", exclude_categories=("Cs",), include_characters="\n\t:#-'\"{}[]&*!|>%@`日本"
)
_text = st.text(_chars, min_size=1, max_size=20)
_origin = st.sampled_from(["model", "human"])
_status = st.sampled_from(["accepted", "rejected"])
_label = st.sampled_from(["PERSON", "ORG", "GPE", "DATE", "MONEY", "PERCENT"])


@st.composite
def _span_fields(draw: st.DrawFn) -> dict[str, object]:
    start = draw(st.integers(0, 10_000))
    text = draw(_text)
    return dict(
        start=start,
        end=start + len(text),
        text=text,
        label=draw(_label),
        origin=draw(_origin),
        status=draw(_status),
        prefix=draw(st.text(_chars, max_size=8)),
        suffix=draw(st.text(_chars, max_size=8)),
    )


_entity = st.builds(
    lambda fields, kb, value: Entity(**fields, kb_id=kb, value=value),
    _span_fields(),
    st.one_of(st.none(), st.from_regex(r"[a-z:\-]{1,12}", fullmatch=True)),
    st.one_of(st.none(), st.sampled_from(["2020", "2020-10", "2020-09-01/2020-12-31"])),
)
_quantity = st.builds(
    lambda fields, value, unit, qualifier: Quantity(
        **fields, value=value, unit=unit, qualifier=qualifier
    ),
    _span_fields(),
    st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    st.one_of(st.none(), st.sampled_from(["USD", "HKD", "JPY", "percent", "shares"])),
    st.sampled_from(["exact", "approx", "gt", "lt", "ge", "le"]),
)
_sentence = st.builds(
    lambda start, length, lang: Sentence(start=start, end=start + length, lang=lang),
    st.integers(0, 5000),
    st.integers(0, 500),
    st.sampled_from(["en", "ja"]),
)
_furniture = st.builds(
    lambda start, length, kind, origin, status: Furniture(
        start=start, end=start + length, kind=kind, origin=origin, status=status
    ),
    st.integers(0, 5000),
    st.integers(1, 100),
    st.sampled_from(["url", "signup", "related", "ad"]),
    _origin,
    _status,
)
_metadata = st.builds(
    Metadata,
    title=st.one_of(st.none(), _text),
    source=st.one_of(st.none(), _text),
    date=st.one_of(st.none(), st.dates().map(str)),
    url=st.one_of(st.none(), st.just("https://example.com/a?b=1#c")),
    languages=st.lists(st.sampled_from(["en", "ja", "de"]), unique=True).map(tuple),
    human=st.lists(st.sampled_from(["title", "date", "source"]), unique=True).map(tuple),
)
_annotation = st.builds(
    ArticleAnnotation,
    article=st.from_regex(r"[0-9a-z_]{1,20}", fullmatch=True),
    sha256=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
    pipeline=st.one_of(st.none(), st.just("nr3 en_core_web_sm-3.8.0")),
    metadata=_metadata,
    sentences=st.lists(_sentence, max_size=5).map(tuple),
    furniture=st.lists(_furniture, max_size=3).map(tuple),
    entities=st.lists(_entity, max_size=6).map(tuple),
    quantities=st.lists(_quantity, max_size=6).map(tuple),
)


def _canonical(annotation: ArticleAnnotation) -> ArticleAnnotation:
    """The annotation with spans in file order (the store sorts them by position)."""
    return parse_model(annotation_to_yaml(annotation), ArticleAnnotation, "x")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotation=_annotation)
def test_round_trip_and_identical_bytes(
    tmp_path_factory: pytest.TempPathFactory, annotation: ArticleAnnotation
) -> None:
    store = AnnotationStore(tmp_path_factory.mktemp("ann"))
    store.save(annotation)
    first = store.path_for(annotation.article).read_bytes()
    loaded = store.load(annotation.article)
    assert loaded.error is None
    assert loaded.value == _canonical(annotation)
    # Saving what was loaded gives the same bytes; so does saving the original again.
    store.save(loaded.value)
    assert store.path_for(annotation.article).read_bytes() == first
    store.save(annotation)
    assert store.path_for(annotation.article).read_bytes() == first


@settings(max_examples=60, deadline=None)
@given(spans=st.lists(_entity, min_size=2, max_size=8))
def test_span_order_does_not_change_bytes(spans: list[Entity]) -> None:
    base = ArticleAnnotation(article="a", sha256="0" * 64, entities=tuple(spans))
    shuffled = base.model_copy(update={"entities": tuple(reversed(spans))})
    assert annotation_to_yaml(base) == annotation_to_yaml(shuffled)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """format: newsreader-annotation/1
article: a
sha256: '{sha}'
entities:
- {{start: 0, end: 5, text: Hello, label: ORG, origin: model, status: accepted}}
"""


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("format: newsreader-annotation/1\narticle: a\n  sha256: [unclosed\n", 3, "YAML syntax"),
        ("- just\n- a list\n", 1, "expected a mapping"),
        (
            GOOD.format(sha="0" * 64).replace("end: 5", "end: -5"),
            5,
            "entities[0].end",
        ),
        (
            GOOD.format(sha="0" * 64).replace("origin: model", "origin: robot"),
            5,
            "entities[0].origin",
        ),
        (GOOD.format(sha="0" * 64).replace("article: a\n", ""), 1, "article: Field required"),
        (GOOD.format(sha="0" * 64) + "colour: red\n", 6, "colour: Extra inputs"),
        (GOOD.format(sha="0" * 64).replace("text: Hello", "text: Hell"), 5, "4 characters"),
        (GOOD.format(sha="0" * 64).replace("newsreader-annotation/1", "other/9"), 1, "format"),
    ],
)
def test_bad_file_is_reported_with_line_and_field(
    tmp_path: Path, text: str, line: int | None, message: str
) -> None:
    path = _write(tmp_path, "a.yaml", text)
    loaded = AnnotationStore(tmp_path).load("a")
    assert loaded.value is None
    assert loaded.error is not None
    assert loaded.error.path == str(path)
    assert loaded.error.line == line
    assert message in loaded.error.message
    assert str(loaded.error).startswith(f"{path}:{line}: " if line else f"{path}: ")


def test_broken_file_is_never_overwritten(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.yaml", "article: [oops\n")
    before = path.read_bytes()
    with pytest.raises(BrokenFileError):
        AnnotationStore(tmp_path).save(ArticleAnnotation(article="a", sha256="0" * 64))
    assert path.read_bytes() == before


def test_changed_file_raises_conflict(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    sha = store.save(ArticleAnnotation(article="a", sha256="0" * 64))
    assert store.load("a").sha256 == sha
    # Someone else edits the file after we loaded it.
    path = store.path_for("a")
    path.write_text(path.read_text().replace("pipeline: null", "pipeline: other"))
    with pytest.raises(ConflictError):
        store.save(ArticleAnnotation(article="a", sha256="1" * 64), expected_sha=sha)
    assert "pipeline: other" in path.read_text()


def test_a_save_over_the_bytes_it_read_parses_them_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving over the file a store has just read whole needs no second parse to know it
    can be read (a large corpus's events file takes seconds); any other bytes are read
    again, and a file broken meanwhile is still never written over."""
    from tui.core.model import store as store_module

    store = AnnotationStore(tmp_path)
    store.save(ArticleAnnotation(article="a", sha256="0" * 64))
    parsed: list[str] = []
    real = store_module.parse_model

    def counting(text: str, model: type, path: str) -> object:
        parsed.append(path)
        return real(text, model, path)

    monkeypatch.setattr(store_module, "parse_model", counting)
    loaded = store.load("a")
    store.save(ArticleAnnotation(article="a", sha256="1" * 64), expected_sha=loaded.sha256)
    assert len(parsed) == 1
    # Bytes it never read: parsed before the write, and not written over when broken.
    path = store.path_for("a")
    path.write_text("article: [oops\n")
    with pytest.raises(BrokenFileError):
        store.save(ArticleAnnotation(article="a", sha256="2" * 64))
    assert path.read_text() == "article: [oops\n"
    # A fresh store has read nothing: it parses what is there before writing.
    other = AnnotationStore(tmp_path)
    path.unlink()
    other.save(ArticleAnnotation(article="a", sha256="3" * 64))
    loaded = other.load("a")
    parsed.clear()
    path.write_bytes(path.read_bytes() + b"# a reader's note\n")
    with pytest.raises(ConflictError):
        other.save(ArticleAnnotation(article="a", sha256="4" * 64), expected_sha=loaded.sha256)
    assert parsed == [str(path)]


def test_no_temp_files_left_behind(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    store.save(ArticleAnnotation(article="a", sha256="0" * 64))
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_events_and_kb_round_trip(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    events = EventsFile(
        events=(
            Event(
                id="ev1",
                title="IPO halted",
                date="2020-11",
                participants=("org:x",),
                mentions=(
                    Mention(article="b", start=5, end=9),
                    Mention(article="a", start=1, end=2),
                ),
            ),
        )
    )
    store.save_events(events)
    loaded = store.load_events().value
    assert loaded is not None
    assert [m.article for m in loaded.events[0].mentions] == ["a", "b"]
    kb = KnowledgeBase(
        entities=(KbEntity(id="z", label="ORG", name="Zed", aliases=("Z", "ゼッド")),)
    )
    store.save_kb(kb)
    assert store.load_kb().value == kb
    assert store.annotation_files() == []
    assert store.check() == []


def test_written_files_keep_their_mode(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    store.save(ArticleAnnotation(article="a", sha256="0" * 64))
    path = store.path_for("a")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    store.save(ArticleAnnotation(article="a", sha256="1" * 64))
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "format: newsreader-annotation/1\narticle: a\nsha256: '0'\narticle: b\n",
            4,
            "duplicate key 'article' (first on line 2)",
        ),
        (
            "format: newsreader-annotation/1\narticle: a\nsha256: '0'\nentities:\n"
            "- {start: 0, end: 5, text: Hello, label: ORG, start: 1}\n",
            5,
            "duplicate key 'start' (first on line 5)",
        ),
    ],
)
def test_duplicate_keys_make_a_file_unreadable(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    """YAML keeps the last of two equal keys: the first list of spans would be lost on the
    next save. Such a file is reported (``path:line``) and never written over."""
    _write(tmp_path, "a.yaml", text)
    store = AnnotationStore(tmp_path)
    loaded = store.load("a")
    assert loaded.value is None and loaded.error is not None
    assert (loaded.error.line, loaded.error.message) == (line, message)
    with pytest.raises(BrokenFileError):
        store.save(ArticleAnnotation(article="a", sha256="0"))


def test_values_share_their_record_of_given_fields_and_a_copy_gets_its_own() -> None:
    # (a corpus's annotations are millions of small values: they share what they can)
    data = {"start": 0, "end": 3, "text": "Ann", "label": "PERSON"}
    a, b = Entity.model_validate(data), Entity.model_validate_json(json.dumps(data))
    assert a.model_fields_set is b.model_fields_set == set(data)
    assert a.label is b.label  # a short string is interned
    changed = a.model_copy(update={"kb_id": "Q1"})
    assert changed.model_fields_set == {*data, "kb_id"}
    assert a.model_fields_set == b.model_fields_set == set(data)
    assert a.model_dump(exclude_unset=True) == data
    with pytest.raises(ValueError):
        a.label = "ORG"  # type: ignore[misc]  # frozen: the shared record never changes
    assert Entity(**data, kb_id="Q2").model_fields_set == {*data, "kb_id"}
