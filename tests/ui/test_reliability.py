"""Reliability of the reader: nothing lost, no traceback, on every path a person can take.

Files that refer to an article that is gone, disks that refuse to write, files that
break while edits are pending, steady editing, a stop by signal, background work that
fails or must stop on quit; and the small things a first run showed (the entity picker,
the highlight colours, the open article in the list, the event columns, the theme).
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from rich.style import Style
from textual.color import Color
from textual.notifications import Notify
from textual.pilot import Pilot

from tui.core.model.article import Article
from tui.core.model.schema import ArticleAnnotation, KbEntity, KnowledgeBase
from tui.core.model.state import ReadingState
from tui.core.model.store import AnnotationStore
from tui.ui.app import NewsreaderApp, make_app, terminal_problem
from tui.ui.palette import MIN_DISTANCE, distance
from tui.ui.screens.conflict_modal import ConflictModal
from tui.ui.screens.event_detail import EventDetailScreen
from tui.ui.screens.events import EventsScreen
from tui.ui.screens.picker_modal import PickerModal, is_close
from tui.ui.widgets.article_list import ROW_HEIGHT
from tui.ui.widgets.article_view import ENTITY_CLASSES, QUANTITY_CLASSES

from .conftest import RuleExtractor, annotator, view_lines, widget_text
from .test_edit_mode import WIDE, make_corpus, on_disk, settle, status, view
from .test_events_ui import events_corpus
from .test_reader_keys import main

#: Autosave that never fires by itself within a test: saving is what the test does.
NEVER = 3600.0


def shown(app: NewsreaderApp) -> str:
    """Everything on the screens of the stack, as one line of words."""
    lines = []
    for screen in app.screen_stack:
        for widget in screen.query("*"):
            if widget.display and widget.size.area:
                lines.append(widget_text(widget))
    return " ".join(" ".join(lines).split())


def notices(messages: Iterable[object]) -> list[str]:
    return [
        f"{m.notification.title}: {m.notification.message}"
        for m in messages
        if isinstance(m, Notify)
    ]


async def accept_first_suggestion(pilot: Pilot[None]) -> None:
    """Edit mode, then accept the first suggestion nobody reviewed (``Monday``, in a.txt)."""
    await pilot.press("i", "right_curly_bracket", "a")
    await pilot.pause()


def monday_origin(annotation: ArticleAnnotation) -> str:
    return next(e for e in annotation.entities if e.text == "Monday").origin


def monday_origin_in(yaml_text: str) -> str:
    """The origin of the ``Monday`` entity in an annotation file's text."""
    match = re.search(r"text: Monday, label: \w+, origin: (\w+)", yaml_text)
    assert match is not None
    return match.group(1)


# ------------------------------------------------------------ dangling references


async def test_deleted_article_is_shown_missing_and_nothing_raises(tmp_path: Path) -> None:
    """b.txt is gone while a.yaml's event still quotes it: the panel, the events view and
    the event's detail say the passage's article is missing; the unsaved edit survives."""
    seeds, notes = make_corpus(tmp_path)
    (seeds / "b.txt").unlink()
    app = make_app(seeds, notes, autosave_delay=NEVER)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await accept_first_suggestion(pilot)
        await pilot.press("escape")  # back to reading: the panel shows the sentence's events
        await settle(pilot)
        assert "article missing: no b.txt in the corpus" in shown(app)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EventsScreen)
        assert "b missing" in shown(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EventDetailScreen)
        detail = shown(app)
        assert "article missing" in detail and "Initech agreed to be bought" in detail
        assert len(app.screen.targets) == 1  # a's passage opens; b's cannot
        await pilot.press("escape", "escape", "q")
        await settle(pilot)
    saved = AnnotationStore(notes).load("a").value
    assert saved is not None and monday_origin(saved) == "human"


# ------------------------------------------------------------ changed on disk


async def test_same_span_changed_on_disk_asks_before_saving(tmp_path: Path) -> None:
    """As the README says: a file changed on disk under unsaved edits brings the dialog
    (here someone relabelled the very span edited), even after more edits; never merged."""
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes, autosave_delay=NEVER)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await accept_first_suggestion(pilot)
        path = notes / "a.yaml"
        text = path.read_text(encoding="utf-8")
        theirs = re.sub(r"(text: Monday, label: )DATE", r"\1TIME", text)
        assert theirs != text
        path.write_text(theirs, encoding="utf-8")
        await pilot.press("right_curly_bracket", "a")  # one more edit: the view is redrawn
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictModal)
        assert path.read_text(encoding="utf-8") == theirs
        await pilot.press("m")
        await settle(pilot)
    assert monday_origin(on_disk(notes).annotation("a")) == "human"


# ------------------------------------------------------------ writes that fail


@pytest.fixture
def refusing_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Annotation files cannot be written while ``refuse["errno"]`` is set."""
    refuse = {"errno": 0}
    save = AnnotationStore.save

    def failing_save(self: AnnotationStore, *args: object, **kwargs: object) -> str:
        if refuse["errno"]:
            code = refuse["errno"]
            raise OSError(code, __import__("os").strerror(code), str(self.root / "x.tmp"))
        return save(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AnnotationStore, "save", failing_save)
    yield refuse


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
async def test_failed_write_keeps_the_edit_says_where_and_retries(
    tmp_path: Path, refusing_disk: dict[str, int], code: int
) -> None:
    seeds, notes = make_corpus(tmp_path)
    before = (notes / "a.yaml").read_bytes()
    messages: list[object] = []
    app = make_app(seeds, notes, autosave_delay=NEVER, retry_delay=0.3)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await settle(pilot)
        refusing_disk["errno"] = code
        await accept_first_suggestion(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        told = [n for n in notices(messages) if n.startswith("Save failed")]
        assert len(told) == 1
        assert f"{notes / 'a.yaml'}" in told[0] and __import__("os").strerror(code) in told[0]
        assert "unsaved" in status(app) and app.editor.dirty
        assert (notes / "a.yaml").read_bytes() == before
        await pilot.pause(0.5)  # tried again, failed the same way: said once only
        await settle(pilot)
        assert len([n for n in notices(messages) if n.startswith("Save failed")]) == 1
        refusing_disk["errno"] = 0  # space freed, folder writable again
        await pilot.pause(0.5)
        await settle(pilot)
        assert not app.editor.dirty
        assert any("everything unsaved is written now" in n for n in notices(messages))
    assert monday_origin(on_disk(notes).annotation("a")) == "human"


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` (and everything under it) refuse writes, as a read-only mount does."""
    import os

    mkstemp = tempfile.mkstemp
    mkdir = Path.mkdir
    access = os.access

    def under(path: object) -> bool:
        return path is not None and Path(str(path)).resolve().is_relative_to(folder.resolve())

    def refused(path: object) -> OSError:
        return OSError(errno.EROFS, "Read-only file system", str(path))

    def no_mkstemp(*args: object, dir: object = None, **kwargs: object) -> tuple[int, str]:
        if under(dir):
            raise refused(dir)
        return mkstemp(*args, dir=dir, **kwargs)  # type: ignore[call-overload,no-any-return]

    def no_mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if under(self) and not self.exists():
            raise refused(self)
        mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    def no_access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and under(path):
            return False
        return access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tempfile, "mkstemp", no_mkstemp)
    monkeypatch.setattr(Path, "mkdir", no_mkdir)
    monkeypatch.setattr(os, "access", no_access)


async def test_read_only_folder_reads_then_quits_with_a_recovery_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only annotations folder: the reader says so, reads on, never crashes; on
    quit the edit goes to a recovery folder in the temporary folder, and the person is told."""
    seeds, notes = make_corpus(tmp_path)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    read_only(monkeypatch, notes)
    messages: list[object] = []
    app = make_app(seeds, notes, autosave_delay=0.1, retry_delay=NEVER)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("n", "p", "j")  # reading state changes: its writes fail
        await pilot.pause(1.2)
        await settle(pilot)
        await accept_first_suggestion(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        told = notices(messages)
        assert any(n.startswith("Annotations folder read-only") for n in told)
        assert len([n for n in told if n.startswith("Reading state not saved")]) == 1
        assert any("Read-only file system" in n for n in told if n.startswith("Save failed"))
        await pilot.press("q")
        await settle(pilot)
        assert not app.is_running
    farewell = "\n".join(app.farewell)
    assert f"could not write {notes / 'a.yaml'}: Read-only file system" in farewell
    (recovered,) = (temporary / "newsreader-recovery").glob("*/a.yaml")
    assert str(recovered.parent) in farewell
    assert "origin: human" not in (notes / "a.yaml").read_text(encoding="utf-8")
    assert "origin: human" in recovered.read_text(encoding="utf-8")  # the edit, kept
    assert "Read marks and positions not saved" in farewell


@pytest.mark.parametrize("key", ["q", "ctrl+q", "ctrl+c"])
async def test_quit_always_works_and_says_where_the_edits_are(tmp_path: Path, key: str) -> None:
    """a.yaml broke on disk (unparseable) under a pending edit: quitting is not refused; the
    edit is in a recovery folder beside the annotations, and the broken file is untouched."""
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes, autosave_delay=NEVER)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await accept_first_suggestion(pilot)
        broken = (notes / "a.yaml").read_text(encoding="utf-8") + ": bad: [\n"
        (notes / "a.yaml").write_text(broken, encoding="utf-8")
        await pilot.press(key)
        await settle(pilot)
        assert not app.is_running
    assert (notes / "a.yaml").read_text(encoding="utf-8") == broken
    (recovered,) = (notes / ".recovery").glob("*/a.yaml")
    farewell = "\n".join(app.farewell)
    assert "YAML syntax" in farewell and str(recovered.parent) in farewell
    assert monday_origin_in(recovered.read_text(encoding="utf-8")) == "human"


# ------------------------------------------------------------ steady editing, signals


async def test_steady_editing_is_saved_within_the_maximum(tmp_path: Path) -> None:
    """Edits every 0.1 s never leave 2 s of quiet; they are saved anyway, by the maximum."""
    seeds, notes = make_corpus(tmp_path)
    before = (notes / "a.yaml").read_bytes()
    app = make_app(seeds, notes, autosave_delay=0.5, autosave_max_delay=0.4)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        saved_while_editing = False
        for _ in range(6):  # accept one suggestion after another, 0.1 s apart
            await pilot.press("right_curly_bracket", "a")
            await pilot.pause(0.1)
            if (notes / "a.yaml").read_bytes() != before:
                saved_while_editing = True
                break
        assert saved_while_editing


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
async def test_stop_signal_saves_at_once(tmp_path: Path, signum: int) -> None:
    """SIGTERM or SIGHUP half a second after an edit: saved before the reader closes.
    (tests/ui/test_reader_process.py sends the real signals to a real reader.)"""
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await accept_first_suggestion(pilot)
        await pilot.pause(0.5)
        app.stop_now(signum)
        assert monday_origin(on_disk(notes).annotation("a")) == "human"  # before any await
        await settle(pilot)
        assert not app.is_running
    assert app.return_code == 128 + signum
    assert app.farewell == []


async def test_stop_signal_with_a_broken_file_keeps_the_edit(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes, autosave_delay=NEVER)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await accept_first_suggestion(pilot)
        (notes / "a.yaml").write_text("not: [yaml\n", encoding="utf-8")
        app.stop_now(signal.SIGTERM)
        await settle(pilot)
    (recovered,) = (notes / ".recovery").glob("*/a.yaml")
    assert monday_origin_in(recovered.read_text(encoding="utf-8")) == "human"
    assert str(recovered.parent) in "\n".join(app.farewell)


# ------------------------------------------------------------ background work


def failing_annotator(error: BaseException) -> object:
    def make() -> object:
        raise error

    return make


@pytest.mark.parametrize(
    "error", [MemoryError(), ImportError("No module named 'en_core_web_sm'")], ids=repr
)
async def test_failed_background_annotation_is_said_and_text_shown(
    tmp_path: Path, error: BaseException
) -> None:
    seeds, notes = make_corpus(tmp_path)
    (notes / "a.yaml").unlink()  # a needs annotating
    messages: list[object] = []
    app = make_app(seeds, notes, make_annotator=failing_annotator(error))  # type: ignore[arg-type]
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await settle(pilot)
        name = type(error).__name__
        assert any(
            n.startswith("Background annotation failed") and name in n for n in notices(messages)
        )
        text = " ".join(view_lines(main(app).article_view))
        assert "Globex Corp said on Monday" in text  # the article, plain
        assert f"background annotation failed: {name}" in text  # said where it shows, too


class SlowExtractor(RuleExtractor):
    """The rule extractor, taking its time over each article (a big corpus, say)."""

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for annotation in super().extract(articles, n_process):
            time.sleep(0.05)
            yield annotation


async def test_quit_stops_background_annotation_between_articles(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    for number in range(40):
        (seeds / f"z{number:02d}.txt").write_text(f"Article {number} of Acme.\n", encoding="utf-8")
    app = make_app(seeds, notes, make_annotator=annotator(SlowExtractor))
    async with app.run_test(size=WIDE) as pilot:
        while not list(notes.glob("z*.yaml")):
            await pilot.pause(0.05)
        await pilot.press("q")
        await pilot.pause()
    assert app.background.wait(1.0)  # stopped within a second of quitting
    assert len(list(notes.glob("z*.yaml"))) < 20


def test_the_process_does_not_wait_for_work_that_cannot_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work inside one long piece (a huge article in the model) cannot be stopped: once
    the reader has closed and a moment passed, the process leaves without it."""
    from textual.app import App

    import tui.ui.app as app_module

    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(App, "run", lambda self, *a, **k: None)
    monkeypatch.setattr(app_module, "QUIT_GRACE", 0.1)
    exits: list[int] = []
    monkeypatch.setattr(app_module.os, "_exit", exits.append)
    release = threading.Event()

    def long_piece() -> None:
        with app.background.running():
            release.wait(5)

    worker = threading.Thread(target=long_piece)
    worker.start()
    try:
        while not app.background.busy:
            time.sleep(0.01)
        app.run()
        assert exits == [0]
    finally:
        release.set()
        worker.join()


# ------------------------------------------------------------ files too big, unreadable


async def test_unreadable_events_file_is_said_and_reading_goes_on(tmp_path: Path) -> None:
    """An events file the store refuses (unparseable here; too big is the same path): the
    reader says which file and why, reads on, and the events view says it too."""
    seeds, notes = make_corpus(tmp_path)
    (notes / "events.yaml").write_text("events: [unclosed\n", encoding="utf-8")
    messages: list[object] = []
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert any(
            n.startswith("Events file unreadable") and "events.yaml" in n for n in notices(messages)
        )
        await pilot.press("j", "n")
        await settle(pilot)
        assert main(app).article_view.article_id == "b"
        await pilot.press("E")
        await settle(pilot)
        assert "events.yaml" in shown(app) and "shown once the file is fixed" in shown(app)


# ------------------------------------------------------------ the terminal


def test_dumb_terminal_is_refused_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert terminal_problem({"TERM": "xterm-256color"}) is None
    assert terminal_problem({"TERM": "dumb", "TEXTUAL_DRIVER": "web"}) is None
    seeds, notes = make_corpus(tmp_path)
    monkeypatch.setenv("TERM", "dumb")
    app = make_app(seeds, notes)
    app.run()  # returns at once: nothing is drawn
    assert app.return_code == 1
    assert "TERM=dumb" in capsys.readouterr().err


# ------------------------------------------------------------ the first-run list


@pytest.mark.parametrize(
    ("query", "names", "close"),
    [
        ("COVID", ("JD.com", "JD", "Jingdong"), False),
        ("Xi", ("Didi Chuxing", "Didi"), False),
        ("Xi", ("Xi Jinping",), True),
        ("Ma", ("Jack Ma",), True),
        ("Alibaba's", ("Alibaba Group", "Alibaba"), True),
        ("Alibaba Group Holding Ltd.", ("Alibaba",), True),
        ("Globex Corp", ("Globex Corporation", "Globex"), True),
        ("Alibab", ("Alibaba",), True),
        ("Initech", ("Intel", "Intel Corporation"), False),
    ],
)
def test_close_names(query: str, names: tuple[str, ...], close: bool) -> None:
    assert is_close(query, names) is close


@pytest.mark.parametrize(
    ("quote", "highlighted"),
    [("Initech", "+ New entity"), ("Globex Corp", "Globex Corporation")],
)
async def test_entity_picker_preselects_new_entity_unless_the_match_is_close(
    tmp_path: Path, quote: str, highlighted: str
) -> None:
    """``K`` on "Initech" must not preselect Intel (letters in common): Enter makes a new
    entity. On "Globex Corp" it preselects Globex Corporation."""
    seeds, notes = make_corpus(tmp_path)
    store = AnnotationStore(notes)
    kb = store.load_kb().value
    assert kb is not None
    intel = KbEntity(id="intel", label="ORG", name="Intel", aliases=("Intel Corporation", "INTC"))
    store.save_kb(KnowledgeBase(entities=(*kb.entities, intel)))
    app = make_app(seeds, notes, autosave_delay=NEVER)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        edit_view = view(app)
        assert edit_view.article is not None
        start = edit_view.article.text.index(quote)
        edit_view.scroll_to_offset(start)
        await pilot.press("K")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerModal)
        assert "intel" in [c.value for c in picker.shown] or quote != "Initech"
        options = picker.query_one("OptionList")
        assert options.highlighted is not None  # type: ignore[attr-defined]
        prompt = str(options.get_option_at_index(options.highlighted).prompt)  # type: ignore[attr-defined]
        assert prompt.startswith(highlighted)


THEMES = ["textual-dark", "textual-light"]


@pytest.mark.parametrize("theme", THEMES)
async def test_highlight_colours_are_apart(tmp_path: Path, theme: str) -> None:
    """Each entity class has a colour of its own (PERSON is not DATE, ORG is not NORP),
    each number kind too, in the dark and the light theme."""
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        app.theme = theme
        await settle(pilot)
        article_view = main(app).article_view
        background = Color.parse(app.theme_variables["background"])

        def colour(name: str) -> Color:
            style: Style = article_view.class_style(name)
            assert style.color is not None
            return Color.from_rich_color(style.color)

        for group in (ENTITY_CLASSES, QUANTITY_CLASSES):
            for a, b in itertools.combinations(group, 2):
                assert distance(colour(a), colour(b)) >= MIN_DISTANCE, (theme, a, b)
        for name in ENTITY_CLASSES + QUANTITY_CLASSES:
            assert distance(colour(name), background) > 40, (theme, name)


async def test_open_article_stands_out_in_the_list(tmp_path: Path) -> None:
    """The open article is marked in the list whatever the list's cursor does: a bar in
    the accent colour, its title as bright as an unread one."""
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        article_list = main(app).article_list
        assert article_list.open_id == "a"
        article_list.highlight_article("b")  # the list cursor elsewhere
        await pilot.pause()
        lead, title = list(article_list.render_line(0))[:2]
        assert lead.text == "▌ "
        unread_title = list(article_list.render_line(ROW_HEIGHT))[1]
        assert title.style is not None and unread_title.style is not None
        assert title.style.color == unread_title.style.color
        assert title.style.bold


async def test_event_detail_columns_fit_at_160_columns(tmp_path: Path) -> None:
    seeds, notes = events_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EventsScreen)
        ids = [e.id for e in screen.index.events]
        await pilot.press(*["down"] * ids.index("crackdown-begin-alibaba-2020-09-2020-12"))
        await pilot.press("enter")
        await settle(pilot)
        columns = list(app.screen.query(".source-column"))
        assert len(columns) == 4
        for column in columns:
            assert column.region.right <= 160 and column.region.width >= 30


async def test_chosen_theme_is_kept(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await pilot.pause()
    assert ReadingState.load(notes).theme == "textual-light"
    again = make_app(seeds, notes)
    async with again.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_unexpected_error_writes_the_recovery_folder_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug (here: a key that raises) ends the reader with its traceback, as before; the
    unsaved edit is in the recovery folder first, and the person is told where."""
    from tui.ui.widgets.edit_view import EditView

    def broken(self: EditView, step: int) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(EditView, "action_token", broken)
    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes, autosave_delay=NEVER)
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            await accept_first_suggestion(pilot)
            await pilot.press("l")
            await settle(pilot)
    (recovered,) = (notes / ".recovery").glob("*/a.yaml")
    assert monday_origin_in(recovered.read_text(encoding="utf-8")) == "human"
    assert str(recovered.parent) in "\n".join(app.farewell)


async def test_reading_annotations_failing_is_said_and_the_article_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Low memory while the annotations are read in the background: said, never blank."""
    from tui.core.model.library import Library

    def out_of_memory(self: Library, progress: object = None) -> None:
        raise MemoryError

    monkeypatch.setattr(Library, "refresh_index", out_of_memory)
    seeds, notes = make_corpus(tmp_path)
    messages: list[object] = []
    app = make_app(seeds, notes)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert any(
            n.startswith("Could not read every annotation: MemoryError") for n in notices(messages)
        )
        assert "Globex Corp said on Monday" in " ".join(view_lines(main(app).article_view))


def test_what_is_said_after_closing_is_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lines printed once the reader has closed name files (an article id can hold an
    escape sequence): printed as text, like everything the reader shows."""
    from textual.app import App

    seeds, notes = make_corpus(tmp_path)
    app = make_app(seeds, notes)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(App, "run", lambda self, *a, **k: None)
    app.farewell.append("Your unsaved edits are kept in /x/.recovery:\n  c\x1b]0;pwned\x07.yaml")
    app.run()
    err = capsys.readouterr().err
    assert "c␛]0;pwned␇.yaml" in err and "\x1b" not in err


def test_a_closed_terminal_is_seen_as_hung_up() -> None:
    """Under `make run` a closed terminal sends the reader no SIGHUP (make holds the
    session): the reader looks, and stops once the terminal has gone."""
    from tui.ui.app import terminal_hung_up

    master, slave = os.openpty()
    try:
        assert not terminal_hung_up(slave)
        os.close(master)
        master = -1
        assert terminal_hung_up(slave)
    finally:
        os.close(slave)
        if master >= 0:
            os.close(master)
