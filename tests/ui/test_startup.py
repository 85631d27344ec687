"""Start-up: what the reader loads before its first frame, what follows it, and the footer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Footer

from tui.core.model.corpus import load_corpus
from tui.core.model.library import Library
from tui.ui.app import make_app
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.edit_view import EditView
from tui.ui.widgets.key_footer import KeyFooter

from .conftest import ROOT, copy_corpus

#: Modules the list does not need: the annotation model and store, editing, events, NLP.
HEAVY = (
    "pydantic",
    "tui.core.model.schema",
    "tui.core.model.store",
    "tui.core.pipeline",
    "tui.core.editing",
    "tui.core.events.index",
    "tui.core.nlp.extractor",
    "rapidfuzz",
    "spacy",
    "ginza",
)

# Runs the reader headless in a fresh interpreter. It records what is imported when the
# first article is about to open (MainScreen.open_first runs once the list is painted),
# then, when start-up is over, what the screen shows and how garbage collection stands.
START_UP = """
import gc, json, sys
if sys.argv[3] == "gc-off":
    gc.disable()  # as the newsreader command does
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.screens.main import MainScreen

seen = {}
open_first = MainScreen.open_first
started = NewsreaderApp.started

def record_first_frame(self):
    seen["modules"] = sorted(sys.modules)
    open_first(self)

def record_started(self):
    started(self)
    view = self.screen.article_view
    seen["article"] = view.article_id
    seen["marks"] = len(view.marks)
    seen["events"] = self.screen.navigation.index is not None
    seen["gc"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    self.exit()

MainScreen.open_first = record_first_frame
NewsreaderApp.started = record_started
def make_annotator():
    # As the newsreader command gives it; annotations are current, so it is never called.
    from tui.core.pipeline import Annotator
    from tui.core.model.settings import Settings

    return Annotator(Settings())

make_app(sys.argv[1], sys.argv[2], make_annotator=make_annotator).run(headless=True, size=(160, 48))
print(json.dumps(seen))
"""


def run_start_up(seeds: Path, notes: Path, gc_mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", START_UP, str(seeds), str(notes), gc_mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("state_file", "gc_mode", "absent"),
    [
        (False, "gc-off", HEAVY + ("yaml",)),  # a first run: nothing to read but the articles
        (True, "gc-on", HEAVY),  # the state file is YAML; the annotations wait
    ],
)
def test_first_frame_loads_no_model_store_editing_or_events(
    tmp_path: Path, state_file: bool, gc_mode: str, absent: tuple[str, ...]
) -> None:
    """Up to the list on screen nothing heavy is imported; then the first article opens
    with its highlights, the events load, and garbage collection runs again."""
    seeds, notes = copy_corpus(tmp_path)
    first = load_corpus(seeds).articles[-1].id
    if state_file:
        (notes / ".state.yaml").write_text(
            f"format: newsreader-state/1\ncurrent: {first}\narticles:\n  {first}: {{read: true, sentence: 2}}\n",
            encoding="utf-8",
        )
    seen = run_start_up(seeds, notes, gc_mode)
    modules = set(seen["modules"])  # type: ignore[arg-type]
    loaded = sorted(m for m in modules for name in absent if m == name or m.startswith(name + "."))
    assert loaded == []
    assert "tui.ui.app" in modules and "textual.app" in modules
    assert seen["article"] == (first if state_file else load_corpus(seeds).articles[0].id)
    assert seen["marks"] > 0  # the frozen annotations are current: highlights shown
    assert seen["events"] is True
    assert seen["gc"] is True
    # Paused by the command: collected once and frozen. Left alone otherwise.
    assert (seen["frozen"] > 0) == (gc_mode == "gc-off")  # type: ignore[operator]


def test_state_file_is_the_one_the_store_reserves() -> None:
    """The reading state names its file itself (to read it without the store): the same name."""
    from tui.core.model import state, store

    assert state.STATE_FILE == store.STATE_FILE
    assert state.STATE_FILE in store.RESERVED_FILES


@pytest.mark.parametrize("lazy", [True, False])
def test_library_store_given_or_opened_on_first_use(tmp_path: Path, lazy: bool) -> None:
    """A library built from a folder opens its store when first asked, the same as one given."""
    from tui.core.model.store import AnnotationStore

    seeds, notes = copy_corpus(tmp_path)
    corpus = load_corpus(seeds)
    library = Library(corpus, notes if lazy else AnnotationStore(notes))
    assert (library._store is None) == lazy
    assert library.store.root == notes
    assert library.store is library.store
    first = corpus.articles[0].id
    assert library.info(first).status == "current"
    assert library.marks(first)


# ----------------------------------------------------------------------------- footer

READING_KEYS = ["Edit", "Next", "Unread", "Search", "List", "Panel", "Help", "Quit"]


def footer_keys(footer: Footer) -> tuple[list[str], list[str]]:
    """Descriptions of the keys shown and of those left out, in footer order."""
    shown, left_out = [], []
    for key in footer.children:
        if key.has_class("-command-palette"):
            continue
        (shown if key.display else left_out).append(str(getattr(key, "description", "")))
    return shown, left_out


def assert_whole_keys(footer: Footer) -> None:
    """Every key shown lies inside the footer, left of the palette key: none is cut."""
    palette = [key for key in footer.children if key.has_class("-command-palette")]
    limit = palette[0].region.x if palette else footer.region.right
    for key in footer.children:
        if key.display and key not in palette:
            assert key.region.width > 0
            assert footer.region.x <= key.region.x and key.region.right <= limit, key


@pytest.mark.parametrize(
    ("size", "editing", "must_show"),
    [
        ((80, 24), False, READING_KEYS),
        ((160, 48), False, READING_KEYS),
        ((80, 24), True, ["✎ EDITING (i: read)", "Help", "Quit"]),
        (
            (160, 48),
            True,
            ["✎ EDITING (i: read)", "Undo", "Select", "Reject", "Accept", "Help", "Quit"],
        ),
    ],
)
async def test_footer_shows_whole_keys_only(
    corpus: tuple[Path, Path], size: tuple[int, int], editing: bool, must_show: list[str]
) -> None:
    """At 80 and 160 columns, reading or editing, the footer shows whole keys, the main ones
    first, help and quit always; what does not fit is left out (it is in ? and ctrl+p)."""
    app = make_app(*corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        if editing:
            await pilot.press("i")
            await pilot.pause()
            assert isinstance(screen.article_view, EditView) and screen.article_view.editing
        await pilot.pause(0.1)
        footer = screen.query_one(KeyFooter)
        shown, left_out = footer_keys(footer)
        assert_whole_keys(footer)
        for description in must_show:
            assert description in shown
        if editing:
            assert shown[0] == "✎ EDITING (i: read)"
        # Reading, every key fits even at 80 columns; editing, the last ones wait in ? and ctrl+p.
        assert bool(left_out) == editing
