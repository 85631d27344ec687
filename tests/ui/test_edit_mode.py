"""Pilot tests of edit mode: every edit by key presses only, checked on disk and in a fresh app.

Each case presses keys in edit mode, saves (``ctrl+s``), and checks that the YAML
on disk holds exactly the change the matching core edit makes (and nothing else
changed); then ``u`` undoes it (the file is back as it was) and ``ctrl+r`` redoes
it; last, a fresh app instance shows it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tui.core.editing import (
    AcceptSpan,
    AddSpan,
    CorrectQuantity,
    DeleteSpan,
    Documents,
    Edit,
    EditSession,
    LinkEntity,
    LinkSentence,
    MergeEvents,
    NewKbEntity,
    RelabelSpan,
    RenameEvent,
    SetMetadata,
    SplitEvent,
    UnlinkSentence,
)
from tui.core.model.schema import Article, ArticleAnnotation, Entity
from tui.core.model.settings import PIPELINE_VERSION
from tui.core.model.store import AnnotationStore
from tui.core.text.tokens import tokenize
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.screens.conflict_modal import ConflictModal
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.edit_status import EditStatus
from tui.ui.widgets.edit_view import EditView

from .conftest import annotator, settle, widget_text

_spec = importlib.util.spec_from_file_location(
    "editing_world", Path(__file__).resolve().parents[1] / "core" / "editing_world.py"
)
assert _spec is not None and _spec.loader is not None
world = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("editing_world", world)
_spec.loader.exec_module(world)
TEXT_A: str = world.TEXT_A

WIDE = (160, 48)
FILES = ("a.yaml", "b.yaml", "events.yaml", "entities.yaml")


def make_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """The made-up corpus of the core editing tests, stamped current for this pipeline."""
    store, _ = world.make_world(tmp_path)
    for path in (store.path_for("a"), store.path_for("b")):
        text = path.read_text(encoding="utf-8")
        path.write_text(
            re.sub(r"^pipeline: .*$", f"pipeline: {PIPELINE_VERSION} test", text, flags=re.M),
            encoding="utf-8",
        )
    return tmp_path / "seeds", tmp_path / "annotations"


def on_disk(notes: Path) -> Documents:
    """Everything on disk, read by a fresh session."""
    from tui.core.model.corpus import load_corpus

    session = EditSession(AnnotationStore(notes), load_corpus(notes.parent / "seeds").articles)
    for key in ("article:a", "article:b", "events", "kb"):
        assert session.load(key) is None
    return session.state


def snapshot(notes: Path) -> dict[str, bytes]:
    return {name: (notes / name).read_bytes() for name in FILES}


def view(app: NewsreaderApp) -> EditView:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen) and isinstance(screen.article_view, EditView)
    return screen.article_view


def status(app: NewsreaderApp) -> str:
    """The status line of edit mode, as shown."""
    return widget_text(app.screen_stack[0].query_one(EditStatus))


def to_token(quote: str, sentence_start: int = 0, nth: int = 0) -> list[str]:
    """``l`` presses from the first token of the sentence to the token starting ``quote``."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT_A.index(quote, start + 1)
    tokens = [t for t in tokenize(TEXT_A) if t[0] >= sentence_start]
    index = next(i for i, t in enumerate(tokens) if t[0] == start)
    return ["l"] * index


def sentence_start(n: int) -> int:
    return [0, *[m.end() for m in re.finditer(r"\.\n", TEXT_A)]][n]


def ent(docs: Documents, quote: str, label: str | None = None) -> Entity:
    return next(
        e for e in docs.annotation("a").entities if e.text == quote and label in (None, e.label)
    )


def sentence(docs: Documents, n: int) -> tuple[int, int]:
    s = docs.annotation("a").sentences[n]
    return s.start, s.end


def span_of(quote: str) -> tuple[int, int]:
    start = TEXT_A.index(quote)
    return start, start + len(quote)


def clear_and_type(text: str) -> list[str]:
    return [
        "end",
        "ctrl+u",
        *[{" ": "space", "-": "minus", ".": "full_stop"}.get(c, c) for c in text],
    ]


Shows = Callable[[NewsreaderApp], None]


def shows_mark(quote: str, label: str, origin: str = "human") -> Shows:
    def check(app: NewsreaderApp) -> None:
        found = [m for m in view(app).marks if m.span.text == quote and m.label == label]
        assert found and found[0].span.origin == origin, [
            (m.span.text, m.label) for m in view(app).marks
        ]

    return check


def shows_no_mark(quote: str) -> Shows:
    def check(app: NewsreaderApp) -> None:
        assert all(m.span.text != quote for m in view(app).marks)

    return check


def shows_kb(quote: str, kb_id: str) -> Shows:
    def check(app: NewsreaderApp) -> None:
        found = [m for m in view(app).marks if m.span.text == quote]
        assert found and getattr(found[0].span, "kb_id", None) == kb_id

    return check


def shows_events(check_events: Callable[[Documents], None]) -> Shows:
    def check(app: NewsreaderApp) -> None:
        assert app.editor.session.load("events") is None
        check_events(app.editor.session.state)

    return check


def _linked(docs: Documents) -> None:
    e1 = next(e for e in docs.events.events if e.id == "e1")
    assert any(
        m.article == "a" and m.start == sentence_start(2) and m.origin == "human"
        for m in e1.mentions
    )


def _unlinked(docs: Documents) -> None:
    e1 = next(e for e in docs.events.events if e.id == "e1")
    assert [m.status for m in e1.mentions if m.article == "a"] == ["rejected"]


S1 = sentence_start(1)
S2 = sentence_start(2)

# (name, keys after "i", the core edit the keys must amount to, what a fresh app shows);
# merging, renaming and splitting events: test_events_view_merge_rename_split_with_undo.
CASES: list[tuple[str, list[str], Callable[[Documents], Edit], Shows]] = [
    (
        "span across a line break",
        ["j", *to_token("New", S1), "v", "l", "3"],
        lambda d: AddSpan("a", *span_of("New\nYork"), "GPE"),
        shows_mark("New\nYork", "GPE"),
    ),
    (
        "relabel",
        [*to_token("Initech"), "r", "O", "R", "G", "enter"],
        lambda d: RelabelSpan("a", ent(d, "Initech"), "ORG"),
        shows_mark("Initech", "ORG"),
    ),
    (
        "reject a model span",
        ["j", "j", *to_token("Brussels", S2), "x"],
        lambda d: DeleteSpan("a", ent(d, "Brussels")),
        shows_no_mark("Brussels"),
    ),
    (
        "accept the next suggestion",
        ["right_curly_bracket", "a"],
        lambda d: AcceptSpan("a", ent(d, "Monday")),
        shows_mark("Monday", "DATE"),
    ),
    (
        "link to an existing entity",
        ["K", "down", "enter"],
        lambda d: LinkEntity("a", ent(d, "Globex Corp"), "globex"),
        shows_kb("Globex Corp", "globex"),
    ),
    (
        "link to a new entity",
        [*to_token("Initech"), "K", "enter"],
        lambda d: NewKbEntity("a", ent(d, "Initech"), label="PERSON"),
        shows_kb("Initech", "initech"),
    ),
    (
        "correct a quantity",
        [
            "j",
            *to_token("5 per", S1),
            "equals_sign",
            *clear_and_type("5"),
            "enter",
            "enter",
            *clear_and_type("approx"),
            "enter",
        ],
        lambda d: CorrectQuantity(
            "a",
            next(q for q in d.annotation("a").quantities if q.text == "5 per cent"),
            5.0,
            "percent",
            "approx",
        ),
        shows_mark("5 per cent", "PERCENT"),
    ),
    (
        "link a sentence to an event",
        ["j", "j", "o", *"buys", "enter"],
        lambda d: LinkSentence("a", *sentence(d, 2), "e1"),
        shows_events(_linked),
    ),
    (
        "unlink a sentence",
        ["O"],
        lambda d: UnlinkSentence("a", *sentence(d, 0), "e1"),
        shows_events(_unlinked),
    ),
]


def check_disk(
    notes: Path, expected: Documents, before_bytes: dict[str, bytes], changed: set[str]
) -> None:
    now = on_disk(notes)
    for key, name in (
        ("article:a", "a.yaml"),
        ("article:b", "b.yaml"),
        ("events", "events.yaml"),
        ("kb", "entities.yaml"),
    ):
        if name in changed:
            assert now.get(key) == expected.get(key), name
        else:
            assert (notes / name).read_bytes() == before_bytes[name], f"{name} changed"


def _changed_files(before: Documents, after: Documents) -> set[str]:
    names = {
        "article:a": "a.yaml",
        "article:b": "b.yaml",
        "events": "events.yaml",
        "kb": "entities.yaml",
    }
    return {name for key, name in names.items() if before.get(key) != after.get(key)}


@pytest.mark.parametrize("name,keys,make_edit,shows", CASES, ids=[c[0] for c in CASES])
async def test_edit_by_keys_saved_undone_redone_and_shown(
    tmp_path: Path, name: str, keys: list[str], make_edit: Callable[[Documents], Edit], shows: Shows
) -> None:
    seeds, notes = make_corpus(tmp_path)
    before = on_disk(notes)
    before_bytes = snapshot(notes)
    expected = make_edit(before).apply(before)
    changed = _changed_files(before, expected)
    assert changed

    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i", *keys)
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        check_disk(notes, expected, before_bytes, changed)
        shows(app)  # the running app shows it at once, too
        after_bytes = snapshot(notes)
        # Undo: the files are as they were; redo: the edit again, byte for byte.
        await pilot.press("u", "ctrl+s")
        await settle(pilot)
        assert snapshot(notes) == before_bytes
        await pilot.press("ctrl+r", "ctrl+s")
        await settle(pilot)
        assert snapshot(notes) == after_bytes

    fresh = make_app(seeds, notes)
    async with fresh.run_test(size=WIDE) as pilot:
        await settle(pilot)
        shows(fresh)


class DateRecorder:
    """Stands in for the extractor and records the date each article is resolved against."""

    version = f"{PIPELINE_VERSION} test-recorder"

    def __init__(self) -> None:
        self.dates: dict[str, str | None] = {}

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for article in articles:
            self.dates[article.id] = article.date
            yield ArticleAnnotation(
                article=article.id, sha256=article.sha256, pipeline=self.version
            )


async def test_edit_the_date_by_keys_and_it_resolves_relative_dates(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    before = on_disk(notes)
    before_bytes = snapshot(notes)
    expected = SetMetadata("a", "date", "2021-03-02").apply(before)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press(
            "i", "M", "enter", "enter", *clear_and_type("2021-03-02"), "enter", "enter", "enter"
        )
        await settle(pilot)
        assert view(app).date == "2021-03-02"
        await pilot.press("ctrl+s")
        await settle(pilot)
        check_disk(notes, expected, before_bytes, {"a.yaml"})
        await pilot.press("u", "ctrl+s")
        await settle(pilot)
        assert snapshot(notes) == before_bytes
        await pilot.press("ctrl+r", "ctrl+s")
        await settle(pilot)
        check_disk(notes, expected, before_bytes, {"a.yaml"})

    recorder = DateRecorder()
    fresh = make_app(seeds, notes, make_annotator=annotator(lambda: recorder))
    async with fresh.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert recorder.dates == {"a": "2021-03-02"}  # re-extracted against the person's date
        assert view(fresh).date == "2021-03-02"


async def test_a_bad_date_is_refused_in_the_form(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    before_bytes = snapshot(notes)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press(
            "i", "M", "enter", "enter", *clear_and_type("2021-02-30"), "enter", "enter", "enter"
        )
        await settle(pilot)
        assert "not a date" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape", "ctrl+s")
        await settle(pilot)
    assert snapshot(notes) == before_bytes


async def test_autosave_after_a_pause_and_on_leaving_the_article(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    before_bytes = snapshot(notes)
    # (a delay long enough that a loaded machine's key presses do not outlast it)
    app = make_app(seeds, notes, autosave_delay=3.0)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i", "right_curly_bracket", "a")
        await pilot.pause()
        assert snapshot(notes) == before_bytes and "● unsaved" in status(app)
        for _ in range(300):  # saved once the delay is over (however slow the machine)
            await pilot.pause(0.05)
            if snapshot(notes)["a.yaml"] != before_bytes["a.yaml"]:
                break
        await settle(pilot)
        assert snapshot(notes)["a.yaml"] != before_bytes["a.yaml"]
        assert "✓ saved" in status(app)
        saved = snapshot(notes)
        await pilot.press("right_curly_bracket", "a", "n")  # an edit, then the next article
        await settle(pilot)
        assert snapshot(notes)["a.yaml"] != saved["a.yaml"]
        assert view(app).article_id == "b"


async def test_quitting_saves(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    before_bytes = snapshot(notes)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i", "right_curly_bracket", "a", "q")
        await settle(pilot)
    assert snapshot(notes)["a.yaml"] != before_bytes["a.yaml"]
    assert on_disk(notes).annotation("a").entities[1].origin == "human"


@pytest.mark.parametrize(
    "choice,title,monday",
    [
        ("t", "Changed elsewhere", "model"),
        ("m", "Globex to buy Initech", "human"),
        ("g", "Changed elsewhere", "human"),
    ],
)
async def test_conflict_dialog(tmp_path: Path, choice: str, title: str, monday: str) -> None:
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i", "right_curly_bracket", "a")
        path = notes / "a.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace("Globex to buy Initech", "Changed elsewhere"),
            encoding="utf-8",
        )
        theirs = path.read_bytes()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictModal)
        assert path.read_bytes() == theirs  # nothing written before the choice
        await pilot.press("d")
        await pilot.pause()
        assert "+  title: Globex to buy Initech" in str(
            app.screen.query_one("#conflict-diff").render()
        )
        await pilot.press(choice)
        await settle(pilot)
        assert not isinstance(app.screen, ConflictModal)
    docs = on_disk(notes)
    assert docs.annotation("a").metadata.title == title
    assert ent(docs, "Monday").origin == monday


async def test_orphans_are_listed(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    (seeds / "a.txt").write_text(
        TEXT_A.replace("The deal needs approval from regulators in Brussels.\n", ""),
        encoding="utf-8",
    )
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert "1 orphan" in status(app)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert "Brussels" in str(app.screen.query_one("OptionList").get_option_at_index(0).prompt)


async def test_edit_mode_keys_leave_reading_keys_alone(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        edit_view = view(app)
        await pilot.press("x")  # reading mode: x hides the side panel, edits nothing
        assert not app.screen_stack[0].side_panel.display
        await pilot.press("i", "w", "w")
        assert edit_view.editing and edit_view.tokens[edit_view.token] == span_of("said")
        await pilot.press("v", "b", "b")
        assert edit_view.selection() == span_of("Globex Corp said")
        await pilot.press("escape", "escape")
        assert not edit_view.editing
        await pilot.press("j")
        assert edit_view.cursor == 1


async def _to_row(pilot: Pilot[None], event_id: str) -> None:
    """Move the events view's cursor to the row of ``event_id`` with arrow keys."""
    from textual.widgets import DataTable

    screen = pilot.app.screen
    table = screen.query_one(DataTable)
    target = [e.id for e in screen.index.events].index(event_id)  # type: ignore[attr-defined]
    step = "down" if target > table.cursor_row else "up"
    await pilot.press(*[step] * abs(target - table.cursor_row))


async def test_events_view_merge_rename_split_with_undo(tmp_path: Path) -> None:
    from tui.ui.screens.events import EventsScreen

    seeds, notes = make_corpus(tmp_path)
    before = on_disk(notes)
    before_bytes = snapshot(notes)
    merged = MergeEvents("e1", "e2").apply(before)
    renamed = RenameEvent("e1", "Takeover agreed").apply(merged)
    split = SplitEvent(
        "e1",
        (
            (
                "b",
                *before.annotation("b").sentences[0].model_dump(include={"start", "end"}).values(),
            ),
        ),
    ).apply(renamed)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EventsScreen)
        await _to_row(pilot, "e2")
        await pilot.press("m")
        await _to_row(pilot, "e1")
        await pilot.press("m")
        await settle(pilot)
        assert on_disk(notes).events == merged.events
        await _to_row(pilot, "e1")
        await pilot.press("r", *clear_and_type("Takeover agreed"), "enter")
        await settle(pilot)
        assert on_disk(notes).events == renamed.events
        await _to_row(pilot, "e1")
        rows = [
            m
            for m in next(e for e in renamed.events.events if e.id == "e1").mentions
            if m.status == "accepted"
        ]
        b_row = next(
            i
            for i, m in enumerate(sorted(rows, key=lambda m: (m.article, m.start)))
            if m.article == "b"
        )
        await pilot.press("s", *["down"] * b_row, "space", "ctrl+s")
        await settle(pilot)
        assert on_disk(notes).events == split.events
        assert "human-1" in [e.id for e in app.screen.index.events]  # type: ignore[attr-defined]
        await pilot.press("u", "u", "u")
        await settle(pilot)
        assert snapshot(notes) == before_bytes
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert on_disk(notes).events == merged.events

    fresh = make_app(seeds, notes)
    async with fresh.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i", "E")  # from edit mode too
        await settle(pilot)
        assert isinstance(fresh.screen, EventsScreen)
        shown = [e.id for e in fresh.screen.index.events]
        assert "e1" in shown and "e2" not in shown
