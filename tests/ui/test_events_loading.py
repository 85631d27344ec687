"""Events read off the UI thread: the reader opens and takes keys while a large events
file loads, shows it once read, and keeps edits made while it is read again."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

import tui.core.editing
from bench.events_load import write_events
from tui.core.editing import EVENTS_DOC, RenameEvent, SharedRead
from tui.core.model.corpus import load_corpus
from tui.core.model.schema import Event
from tui.core.model.store import AnnotationStore, events_to_yaml
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.widgets.event_section import EventSection

from .conftest import ROOT, copy_corpus, settle, widget_text
from .test_reader_keys import main

FROZEN_EVENTS = ROOT / "tests" / "fixtures" / "frozen_events" / "events.yaml"
#: Events in the generated file (thousands, as the open-domain linker writes).
MANY = 3000


class Gate:
    """Holds every read of ``events.yaml`` until opened (no timing in the tests)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.reads = 0
        read_shared = tui.core.editing.read_shared

        def held(*args: object, **kwargs: object) -> SharedRead:
            self.reads += 1
            if not self.open.wait(timeout=60):
                raise TimeoutError("the test never opened the gate")
            return read_shared(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(tui.core.editing, "read_shared", held)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.open.set()  # a test that failed never leaves a worker waiting


def large_corpus(tmp_path: Path) -> tuple[Path, Path]:
    seeds, notes = copy_corpus(tmp_path)
    articles = {a.id: a.text for a in load_corpus(seeds).articles}
    write_events(notes / "events.yaml", articles, count=MANY)
    return seeds, notes


def section_text(app: NewsreaderApp) -> str:
    section = main(app).query_one(EventSection)
    return widget_text(section) if section.display else ""


async def wait_for_article(pilot: Pilot[None], app: NewsreaderApp) -> None:
    for _ in range(200):
        await pilot.pause()
        if main(app).article_view.article_id is not None:
            return
    raise AssertionError("no article opened")


async def test_keys_work_while_a_large_events_file_loads(tmp_path: Path, gate: Gate) -> None:
    seeds, notes = large_corpus(tmp_path)
    events = AnnotationStore(notes).load_events().value
    assert events is not None and len(events.events) == MANY
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_article(pilot, app)
        screen = main(app)
        first = screen.article_view.article_id
        assert first == app.library.articles[0].id
        assert screen.navigation.loading
        # (the panel shows it once drawn: a busy machine draws it a few frames later)
        for _ in range(200):
            if "events loading…" in section_text(app):
                break
            await pilot.pause()
        assert "events loading…" in section_text(app)
        assert "no events" not in section_text(app).lower()
        assert screen.navigation.loading
        screen.article_view.focus()
        await pilot.press("down")
        await pilot.press("n")
        await pilot.pause()
        assert screen.article_view.article_id == app.library.articles[1].id
        assert screen.navigation.loading  # still held: the keys did not wait for it
        gate.open.set()
        await settle(pilot)
        assert not screen.navigation.loading
        assert screen.navigation.index is not None
        assert len(screen.navigation.index) == len(events.events)
        await pilot.press("E")
        await settle(pilot)
        assert len(app.screen.index) == len(events.events)  # type: ignore[attr-defined]


async def test_events_view_opened_while_loading_fills_in(tmp_path: Path, gate: Gate) -> None:
    seeds, notes = large_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_article(pilot, app)
        await pilot.press("E")
        await pilot.pause()
        view = app.screen
        assert view.loading  # type: ignore[attr-defined]
        assert len(view.index) == 0  # type: ignore[attr-defined]
        gate.open.set()
        await settle(pilot)
        assert not view.loading  # type: ignore[attr-defined]
        assert len(view.index) == MANY  # type: ignore[attr-defined]


def added_event(notes: Path) -> Event:
    """Write a new event into ``events.yaml`` as background linking would; returns it."""
    store = AnnotationStore(notes)
    events = store.load_events().value
    assert events is not None
    mention = events.events[0].mentions[0]
    new = Event(id="linked-later", title="Linked later", mentions=(mention,))
    text = events_to_yaml(events.model_copy(update={"events": (*events.events, new)}))
    (notes / "events.yaml").write_text(text, encoding="utf-8")
    return new


@pytest.mark.parametrize("linked", [True, False])
async def test_an_edit_made_while_the_events_are_read_again_is_kept(
    tmp_path: Path, gate: Gate, linked: bool
) -> None:
    seeds, notes = copy_corpus(tmp_path)
    shutil.copy(FROZEN_EVENTS, notes / "events.yaml")
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        gate.open.set()
        await settle(pilot)
        screen = main(app)
        editor = app.editor
        session = editor.session
        renamed = session.state.events.events[0].id
        added_event(notes)
        gate.open.clear()
        screen.navigation.refresh(linked=linked)  # linking rewrote it (or someone else did)
        await pilot.pause()
        assert screen.navigation.reading
        assert editor.apply(RenameEvent(renamed, "Renamed while reading"))
        gate.open.set()
        await settle(pilot)
        titles = {e.id: e.title for e in session.state.events.events}
        assert titles[renamed] == "Renamed while reading"
        assert session.is_dirty(EVENTS_DOC)
        assert ("linked-later" in titles) is linked  # someone else's: settled when saving
        assert screen.navigation.index is not None
        shown = {e.id: e.title for e in screen.navigation.index.events}
        assert shown[renamed] == "Renamed while reading"
        outcome = session.save(EVENTS_DOC)
        assert outcome.status == ("saved" if linked else "conflict")
        if linked:
            saved = AnnotationStore(notes).load_events().value
            assert saved is not None
            on_disk = {e.id: e.title for e in saved.events}
            assert on_disk[renamed] == "Renamed while reading" and "linked-later" in on_disk


async def test_rapid_refreshes_collapse_into_one_more_read(tmp_path: Path, gate: Gate) -> None:
    seeds, notes = copy_corpus(tmp_path)
    shutil.copy(FROZEN_EVENTS, notes / "events.yaml")
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        gate.open.set()
        await settle(pilot)
        navigation = main(app).navigation
        gate.open.clear()
        before = gate.reads
        for _ in range(20):
            navigation.refresh()
        await pilot.pause()
        gate.open.set()
        await settle(pilot)
        assert gate.reads - before == 2  # the one under way, then one for all the others
