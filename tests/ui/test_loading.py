"""Loading: no spaCy on the reading path, plain text first, background annotation, broken files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Header

from tui.core.model.schema import Article, ArticleAnnotation
from tui.core.model.store import AnnotationStore
from tui.ui.app import NewsreaderApp, make_app
from tui.ui.messages import RelinkStarted
from tui.ui.screens.main import MainScreen

from .conftest import ROOT, SEEDS, RuleExtractor, annotator, copy_corpus, view_lines
from .test_events_loading import FROZEN_EVENTS
from .test_reader_keys import panel_text, settle


def main(app: NewsreaderApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


def test_reading_never_imports_spacy(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path)
    script = textwrap.dedent(
        f"""
        import asyncio, sys
        from tui.core.model.settings import Settings
        from tui.core.pipeline import Annotator
        from tui.ui.app import make_app

        async def run():
            # As the newsreader command opens it: with the background annotator.
            app = make_app(
                {str(seeds)!r}, {str(annotations)!r}, make_annotator=lambda: Annotator(Settings())
            )
            async with app.run_test(size=(160, 48)) as pilot:
                await app.workers.wait_for_complete()
                await pilot.pause()
                await pilot.press("j", "right_square_bracket", "n", "u", "L", "tab", "slash", "escape")
                await pilot.pause()
                await app.workers.wait_for_complete()
                print("articles", len(app.library.articles))
                print("marks", len(app.screen_stack[0].article_view.marks))

        asyncio.run(run())
        loaded = [m for m in sys.modules if m.split(".")[0] in ("spacy", "ginza", "thinc")]
        loaded += [m for m in sys.modules if m == "tui.core.nlp.extractor"]
        print("loaded", loaded)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "articles 5" in out.stdout
    assert "marks 0" not in out.stdout
    assert "loaded []" in out.stdout


async def test_missing_annotations_show_plain_then_light_up(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path, annotations=None)
    app = make_app(seeds, annotations, make_annotator=annotator(RuleExtractor))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = main(app)
        # At once: the text, plain, with a marker saying why (a busy machine draws it a
        # few frames later).
        view = screen.article_view
        for _ in range(200):
            await pilot.pause()
            if view.article_id is not None:
                break
        assert view.article_id == app.library.articles[0].id
        first_text = app.library.articles[0].text.split()[3]
        assert any(first_text in line for line in view_lines(view))
        await settle(pilot)
        # The worker annotated everything and the open article lit up.
        assert view.marks and view.note is None
        assert all(app.library.info(a.id).status == "current" for a in app.library.articles)
        assert all((annotations / f"{a.id}.yaml").exists() for a in app.library.articles)
        rows = [screen.article_list.row(a.id) for a in app.library.articles]
        assert all(row.status == "current" and not row.busy for row in rows)
        assert app.library.refs_ready and app.library.top_entities(1)


async def test_plain_marker_while_waiting(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path, annotations=None)
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        view = main(app).article_view
        assert not view.marks
        assert view.note is not None and "plain" in view.note
        assert any("plain" in line for line in view_lines(view))
        assert main(app).article_list.row(view.article_id or "").status == "missing"


class HeldExtractor(RuleExtractor):
    """Annotates two articles, then waits to be let go (the test looks at the screen meanwhile)."""

    def __init__(self) -> None:
        self.go_on = threading.Event()

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        for done, annotation in enumerate(super().extract(articles, n_process)):
            if done == 2:
                self.go_on.wait(timeout=60)
            yield annotation


async def test_progress_is_shown_while_annotating(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path, annotations=None)
    held = HeldExtractor()
    app = make_app(seeds, annotations, make_annotator=annotator(lambda: held))
    async with app.run_test(size=(160, 48)) as pilot:
        title = app.screen.query_one(Header).query_one("HeaderTitle")
        try:
            for _ in range(300):
                await pilot.pause(0.05)
                if "annotating 2/5" in str(title.render()):
                    break
            assert "annotating 2/5" in str(title.render())
            assert "annotating 2/5" in str(main(app).legend.render())
        finally:
            held.go_on.set()
        await settle(pilot)
        assert "annotating" not in str(title.render())


async def test_unreadable_annotation_file_shows_plain_with_notice(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path)
    first = sorted(p.stem for p in seeds.glob("*.txt"))[0]
    broken = annotations / f"{first}.yaml"
    lines = broken.read_text(encoding="utf-8").splitlines()
    lines[5] = "  title: [unclosed"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = broken.read_bytes()
    messages: list[Message] = []
    app = make_app(seeds, annotations, make_annotator=annotator(RuleExtractor))
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        view = main(app).article_view
        assert view.article_id == first
        assert not view.marks and view.note is not None and "cannot be read" in view.note
        assert main(app).article_list.row(first).status == "error"
        await pilot.press("n", "p")
        await settle(pilot)
    notices = [m.notification.message for m in messages if isinstance(m, Notify)]
    assert any(str(broken) in n and ":" in n and "YAML" in n for n in notices)
    assert len([n for n in notices if str(broken) in n]) == 1
    # Never written over, even by the background worker.
    assert broken.read_bytes() == before


async def test_unreadable_state_file_is_reported_and_kept(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path)
    state = annotations / ".state.yaml"
    state.write_text("articles: [broken\n", encoding="utf-8")
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("n", "q")
    assert state.read_text(encoding="utf-8") == "articles: [broken\n"


@pytest.mark.slow
async def test_background_worker_really_annotates_with_spacy(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    from tui.core.model.corpus import load_corpus

    english = Path(next(a.path for a in load_corpus(SEEDS).articles if a.languages == ("en",)))
    shutil.copy(english, seeds / english.name)
    annotations = tmp_path / "annotations"
    release = threading.Event()

    def real_extractor_after_release() -> object:
        # Hold the worker until the plain view has been checked, so the test cannot race it.
        release.wait(timeout=60)
        from tui.core.nlp.extractor import Extractor

        return Extractor()

    app = make_app(seeds, annotations, make_annotator=annotator(real_extractor_after_release))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        view = main(app).article_view
        assert not view.marks and view.note is not None
        release.set()
        for _ in range(600):
            await pilot.pause(0.2)
            if app.library.info(english.stem).status == "current" and view.marks:
                break
        await settle(pilot)
        assert view.note is None and view.marks
        loaded = AnnotationStore(annotations).load(english.stem)
        assert loaded.error is None and loaded.value is not None
        assert "test" not in (loaded.value.pipeline or "test")
        assert main(app).article_list.row(english.stem).status == "current"


@pytest.mark.parametrize("damage", ["delete", "garbage"])
async def test_broken_or_missing_index_is_rebuilt_and_the_reader_opens(
    tmp_path: Path, damage: str
) -> None:
    """The index is derived: deleted or damaged, the reader opens, rebuilds it and says so."""
    seeds, annotations = copy_corpus(tmp_path)
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.library.refs_ready
        before = app.library.search("the")
    yaml_before = {p.name: p.read_bytes() for p in annotations.glob("*.yaml")}
    index = annotations / ".index.sqlite"
    assert index.exists()
    if damage == "delete":
        for path in annotations.glob(".index.sqlite*"):
            path.unlink()
    else:
        index.write_bytes(b"not a database " * 500)
    messages: list[Message] = []
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        screen = main(app)
        assert screen.article_view.marks and app.library.refs_ready
        assert app.library.search("the") == before
        notices = [m.notification.message for m in messages if isinstance(m, Notify)]
        rebuilt = [n for n in notices if "rebuilt from the annotation files" in n]
        assert len(rebuilt) == (1 if damage == "garbage" else 0)
    assert {p.name: p.read_bytes() for p in annotations.glob("*.yaml")} == yaml_before


async def test_a_large_corpus_shows_its_titles_then_reads_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From DEFER_FROM articles on, the list shows from index.jsonl, then the articles load."""
    from tui.core.model import library as library_module

    monkeypatch.setattr(library_module, "DEFER_FROM", 1)
    seeds, annotations = copy_corpus(tmp_path)
    app = make_app(seeds, annotations)
    library = app.library
    assert not library.ready and len(library) == 5 and library.articles == ()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = main(app)
        assert library.ready
        assert [p.title for p in library.preview] == [a.title for a in library.articles]
        view = screen.article_view
        assert view.article_id == library.articles[0].id and view.marks
        rows = [screen.article_list.row(a.id) for a in library.articles]
        assert all(row.status == "current" for row in rows)
        await pilot.press("n")
        await pilot.pause()
        assert view.article_id == library.articles[1].id


async def test_the_panel_says_why_a_plain_article_names_no_one(tmp_path: Path) -> None:
    # Not "none" (that would say the sentence names no one): why nothing is looked up.
    seeds, annotations = copy_corpus(tmp_path, annotations=None)
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        main(app).article_view.focus()
        await pilot.press("j")
        await pilot.pause()
        assert "no current annotations" in panel_text(app)


async def test_the_panel_says_an_article_is_being_annotated(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path, annotations=None)
    held = HeldExtractor()
    app = make_app(seeds, annotations, make_annotator=annotator(lambda: held))
    async with app.run_test(size=(160, 48)) as pilot:
        try:
            screen = main(app)
            screen.article_view.focus()
            last = app.library.articles[-1].id  # annotated after the held ones
            for _ in range(10):
                if screen.article_view.article_id == last:
                    break
                await pilot.press("n")
                await pilot.pause()
            await pilot.press("j")
            await pilot.pause()
            assert screen.article_view.article_id == last
            assert "being annotated in the background" in panel_text(app)
        finally:
            held.go_on.set()
        await settle(pilot)  # annotated: the panel follows without a key press
        assert "being annotated" not in panel_text(app)
        assert "Entities in this sentence" in panel_text(app)


async def test_stepping_past_either_end_says_where_the_reader_is(tmp_path: Path) -> None:
    # A reader reopened where they left off may be on the last article: `n` rings and says so.
    seeds, annotations = copy_corpus(tmp_path)
    app = make_app(seeds, annotations)
    messages: list[Message] = []
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        screen = main(app)
        first = app.library.articles[0].id
        await pilot.press("p")
        await pilot.pause()
        assert screen.article_view.article_id == first
        for _ in app.library.articles:
            await pilot.press("n")
            await pilot.pause()
        assert screen.article_view.article_id == app.library.articles[-1].id
    notices = [m.notification.message for m in messages if isinstance(m, Notify)]
    assert notices.count("This is the first article.") == 1
    assert notices.count("This is the last article.") == 1


async def open_until_linked(seeds: Path, annotations: Path) -> list[Message]:
    """Open the reader with an annotator that must load no model, until its background
    work is done; the messages it handled."""
    messages: list[Message] = []

    def no_model() -> RuleExtractor:
        raise AssertionError("linking loads no model")

    app = make_app(seeds, annotations, make_annotator=annotator(no_model))
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    return messages


async def test_events_an_older_linker_made_are_linked_again_keeping_decisions(
    tmp_path: Path,
) -> None:
    """Events stamped by another version of linking are linked again in the background
    once the annotations are read (nothing to annotate: no model loads); a title a person
    gave is kept, and the person is told."""
    from tui.core.model.settings import LINKER_VERSION

    seeds, annotations = copy_corpus(tmp_path)
    shutil.copy(FROZEN_EVENTS, annotations / "events.yaml")  # (made by link1)
    store = AnnotationStore(annotations)
    old = store.load_events().value
    assert old is not None and old.events
    renamed = old.events[0].model_copy(update={"title": "My own title", "title_origin": "human"})
    store.save_events(
        old.model_copy(update={"pipeline": "link1", "events": (renamed, *old.events[1:])})
    )
    articles_before = {p.name: p.read_bytes() for p in annotations.glob("0*.yaml")}
    messages = await open_until_linked(seeds, annotations)
    events = store.load_events().value
    assert events is not None and events.pipeline == LINKER_VERSION
    assert [e.title for e in events.events if e.id == renamed.id] == ["My own title"]
    assert {p.name: p.read_bytes() for p in annotations.glob("0*.yaml")} == articles_before
    notices = [m.notification.title for m in messages if isinstance(m, Notify)]
    assert "Events linked again" in notices


async def test_a_corpus_never_linked_is_linked_on_opening(tmp_path: Path) -> None:
    """Annotations without an events file (``annotate --no-link``, or copied without it):
    the reader links the corpus's events in the background (no model loads), shows that it
    is linking, and says so when done."""
    from tui.core.model.settings import LINKER_VERSION

    seeds, annotations = copy_corpus(tmp_path)
    assert not (annotations / "events.yaml").exists()
    articles_before = {p.name: p.read_bytes() for p in annotations.glob("0*.yaml")}
    messages = await open_until_linked(seeds, annotations)
    events = AnnotationStore(annotations).load_events().value
    assert events is not None and events.pipeline == LINKER_VERSION
    assert events.stories and events.events
    assert {p.name: p.read_bytes() for p in annotations.glob("0*.yaml")} == articles_before
    # (one message, seen by the screen and again by the app as it bubbles)
    started = {id(m): m.made_by for m in messages if isinstance(m, RelinkStarted)}
    assert list(started.values()) == [None]
    notices = [m.notification.title for m in messages if isinstance(m, Notify)]
    assert "Events linked" in notices and "Events linked again" not in notices


async def test_an_unreadable_events_file_is_not_linked_over(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path)
    (annotations / "events.yaml").write_bytes(b"format: [unclosed\n")
    before = (annotations / "events.yaml").read_bytes()
    messages: list[Message] = []
    app = make_app(seeds, annotations, make_annotator=annotator(RuleExtractor))
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
    assert (annotations / "events.yaml").read_bytes() == before
    assert not [m for m in messages if isinstance(m, RelinkStarted)]


async def test_current_events_are_not_linked_again(tmp_path: Path) -> None:
    from tui.core.model.settings import LINKER_VERSION

    seeds, annotations = copy_corpus(tmp_path)
    text = FROZEN_EVENTS.read_text(encoding="utf-8").replace(
        "pipeline: link1", f"pipeline: {LINKER_VERSION}", 1
    )
    (annotations / "events.yaml").write_text(text, encoding="utf-8")
    before = (annotations / "events.yaml").read_bytes()
    app = make_app(seeds, annotations, make_annotator=annotator(RuleExtractor))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
    assert (annotations / "events.yaml").read_bytes() == before
