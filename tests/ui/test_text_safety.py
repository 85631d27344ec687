"""Text safety: markup, escape sequences and control characters in articles show literally."""

from __future__ import annotations

import re
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import OptionList

from tui.ui.app import make_app
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.article_layout import layout_article

from .conftest import UNSAFE, copy_corpus, view_lines, widget_text
from .test_reader_keys import settle

CONTROLS = (
    {chr(c) for c in range(0x20) if chr(c) != "\n"}
    | {chr(0x7F)}
    | {chr(c) for c in range(0x80, 0xA0)}
)


def test_layout_cuts_no_word_and_keeps_paragraphs() -> None:
    text = "alpha beta gamma delta epsilon\n\nzeta eta theta"
    layout = layout_article(text, 12)
    lines = [text[line.start : line.end] if line else "" for line in layout.lines]
    assert lines == ["alpha beta", "gamma delta", "epsilon", "", "zeta eta", "theta"]


async def test_unsafe_corpus_renders_literally(tmp_path: Path) -> None:
    seeds, annotations = copy_corpus(tmp_path, seeds=UNSAFE, annotations=None)
    app = make_app(seeds, annotations)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = app.screen_stack[0]
        assert isinstance(screen, MainScreen)
        view = screen.article_view
        lines = view_lines(view)
        shown = " ".join(" ".join(lines).split())  # literals may cross a line break
        for literal in (
            "[bold red]Markup in a headline[/bold red]",
            "[link=https://example.invalid]a link[/link]",
            "␛[31mred text␛[0m",
            "␛[2J",
            "␛]0;pwned␇",
            "bell ␇",
            "backspace ␈",
            "[b]bold[/b]",
            "[@click=app.quit]quit[/]",
            "$accent",
            "carriage␍return",
            "form feed ␌",
            "DEL ␡",
            "\ufffdevil\ufffd",
        ):
            assert literal in shown, literal
        for row, line in enumerate(view_lines(view)):
            assert not CONTROLS & set(line), row
        # The list entry and the palette show the title as written, too.
        entry = widget_text(screen.article_list)
        assert "[bold red]Markup" in entry
        await pilot.press("ctrl+p", *"Markup in")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("[bold red]Markup in a headline[/bold red]" in p for p in prompts)
        await pilot.press("escape")
        # The markup did nothing: the app still runs, nothing was clicked or restyled.
        assert app.is_running


UNSAFE_TITLE = "[bold]Deal[/bold] \x1b]0;pwned\x07 \u202eevil"
UNSAFE_LABEL = "ORG\x1b[2J"
UNSAFE_STORY = "[red]Story[/red] \x1b[2J\u202e tale"


def unsafe_annotations(tmp_path: Path) -> tuple[Path, Path]:
    """Two articles whose metadata, labels, ids, events and story carry markup and control
    characters."""
    from tui.core.model.corpus import load_corpus
    from tui.core.model.schema import (
        ArticleAnnotation,
        Entity,
        Event,
        EventsFile,
        Mention,
        Metadata,
        Quantity,
        Sentence,
        Story,
    )
    from tui.core.model.settings import PIPELINE_VERSION
    from tui.core.model.store import AnnotationStore

    seeds, notes = tmp_path / "seeds", tmp_path / "annotations"
    seeds.mkdir()
    texts = {
        "a": "Acme rose 5 per cent on Monday. Beta fell.\n",
        "b": "Acme shares rose 5 per cent, said Beta.\n",
    }
    for name, text in texts.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    store = AnnotationStore(notes)
    mentions = []
    for article in load_corpus(seeds).articles:
        text = article.text
        first = text.index(".") + 1 if article.id == "a" else len(text) - 1
        store.save(
            ArticleAnnotation(
                article=article.id,
                sha256=article.sha256,
                pipeline=f"{PIPELINE_VERSION} test",
                metadata=Metadata(
                    title=UNSAFE_TITLE,
                    source="Wire\x1b[7m [i]x[/i]",
                    date="2024-01-02",
                    languages=("en\x1b",),
                ),
                sentences=(Sentence(start=0, end=first),),
                entities=(
                    Entity(start=0, end=4, text="Acme", label=UNSAFE_LABEL, kb_id="acme\x1b[31m"),
                ),
                quantities=(
                    Quantity(
                        start=text.index("5 per"),
                        end=text.index("5 per") + 10,
                        text="5 per cent",
                        label="PERCENT",
                        value=5,
                        unit="pp\x1b[1m",
                    ),
                ),
            )
        )
        mentions.append(Mention(article=article.id, start=0, end=first, text=text[:first]))
    store.save_events(
        EventsFile(
            stories=(
                Story(id="s\x1b[1m", title=UNSAFE_STORY, articles=("a", "b"), events=("e1",)),
            ),
            events=(Event(id="e1", title=UNSAFE_TITLE, date="2024-01", mentions=tuple(mentions)),),
        )
    )
    return seeds, notes


def shown_text(app: object) -> list[str]:
    """Everything the main screen and the screen on top of it show, line by line."""
    from textual.app import App

    assert isinstance(app, App)
    lines: list[str] = []
    for screen in app.screen_stack:
        for widget in screen.query("*"):
            if widget.display and widget.size.area:
                lines.extend(widget_text(widget).splitlines())
    return lines


async def test_strings_from_files_show_as_text_everywhere(tmp_path: Path) -> None:
    """Titles, sources, labels, ids, units, event and story titles: literal, no control
    characters (the side panel's story, the list grouped by story, the events view)."""
    from textual.message import Message
    from textual.notifications import Notify

    seeds, notes = unsafe_annotations(tmp_path)
    messages: list[Message] = []
    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")  # the entity: its label and id in the legend
        await settle(pilot)
        reading = shown_text(app)
        await pilot.press("right_square_bracket")  # the quantity: its unit
        await settle(pilot)
        reading += shown_text(app)
        await pilot.press("S")  # the list by story: the story's title as its heading
        await settle(pilot)
        reading += shown_text(app)
        await pilot.press("E")
        await settle(pilot)
        events_view = shown_text(app)
        await pilot.press("down", "space")  # the story's event, opened to its passages
        await settle(pilot)
        events_view += shown_text(app)
        await pilot.press("m")  # marks the event to merge: a notification quotes its title
        await settle(pilot)
        await pilot.press("escape", "i")
        await settle(pilot)
        editing = shown_text(app)
    notices = [
        f"{m.notification.title} {m.notification.message}"
        for m in messages
        if isinstance(m, Notify)
    ]
    everything = reading + events_view + editing + notices
    for line in everything:
        assert not CONTROLS & set(line), line
    joined = " ".join(" ".join(everything).split())
    for literal in (
        "[bold]Deal[/bold] ␛]0;pwned␇ \ufffdevil",  # titles (list, article, events)
        "Wire␛[7m [i]x[/i], 2024-01-02",  # a source label (the side panel's other source)
        "EN␛",  # languages
        "ORG␛[2J",  # a label (legend, edit status)
        "acme␛[31m",  # a knowledge-base id
        "5 pp␛[1m",  # a unit
        "[red]Story[/red] ␛[2J\ufffd tale",  # a story's title (panel, list, events view)
    ):
        assert literal in joined, literal
    assert joined.count("[red]Story[/red]") >= 3
    assert any("Merging “[bold]Deal[/bold] ␛]0;pwned␇" in n for n in notices)


# ------------------------------------------------------------ what reaches the terminal

#: What the reader itself writes: colours and styles (SGR), and the cursor moves between lines.
_OWN_SEQUENCES = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\d+;\d+H")
EVIL_ID = "c\x1b]0;pwned\x07"
EVIL_TEXT = "Evil\x1b]52;c;aGk=\x07Corp rose 7 per cent.\n"


def terminal_output(app: object) -> str:
    """Exactly what the screen on top (over the screens below) would write to a terminal."""
    from textual.app import App

    assert isinstance(app, App)
    update = app.screen._compositor.render_update(  # as App.export_screenshot renders it
        full=True, screen_stack=app._background_screens
    )
    assert update is not None
    return update.render_segments(app.console)  # type: ignore[attr-defined, no-any-return]


def stray_controls(output: str) -> list[str]:
    """Control characters in ``output`` that are not the reader's own colours and moves."""
    leftover = _OWN_SEQUENCES.sub("", output)
    return sorted({repr(c) for c in leftover if c != "\n" and c in CONTROLS})


def evil_article(seeds: Path, notes: Path) -> None:
    """A third article whose file name (so its id), text and entity carry escape sequences."""
    from tui.core.model.corpus import read_article
    from tui.core.model.schema import ArticleAnnotation, Entity, Metadata, Sentence
    from tui.core.model.settings import PIPELINE_VERSION
    from tui.core.model.store import AnnotationStore

    path = seeds / f"{EVIL_ID}.txt"
    path.write_text(EVIL_TEXT, encoding="utf-8")
    article = read_article(path)
    end = EVIL_TEXT.index(" rose")
    AnnotationStore(notes).save(
        ArticleAnnotation(
            article=article.id,
            sha256=article.sha256,
            pipeline=f"{PIPELINE_VERSION} test",
            metadata=Metadata(title=UNSAFE_TITLE, source="[b]Wire[/b]\x1b]52;c;aGk=\x07"),
            sentences=(Sentence(start=0, end=len(EVIL_TEXT) - 1),),
            entities=(Entity(start=0, end=end, text=EVIL_TEXT[:end], label=UNSAFE_LABEL),),
        )
    )


async def test_no_screen_writes_terminal_controls_from_files(tmp_path: Path) -> None:
    """Every screen, dialog and notification, read off the bytes it would send: escape
    sequences from titles, sources, labels, ids, units, article text and file content
    never reach the terminal (the terminal title, the clipboard, the screen stay the
    reader's). Textual never writes a terminal title (OSC 0/2) itself."""
    from textual.command import CommandPalette

    from tui.core.model.store import AnnotationStore
    from tui.ui.screens.conflict_modal import ConflictModal
    from tui.ui.screens.event_detail import EventDetailScreen
    from tui.ui.screens.events import EventsScreen
    from tui.ui.screens.form_modal import FormModal
    from tui.ui.screens.mentions_modal import MentionsModal
    from tui.ui.screens.picker_modal import PickerModal
    from tui.ui.screens.search import SearchScreen

    seeds, notes = unsafe_annotations(tmp_path)
    evil_article(seeds, notes)
    app = make_app(seeds, notes, autosave_delay=3600)
    seen: dict[str, list[str]] = {}

    async def look(name: str, kind: type | None = None) -> None:
        await settle(pilot)
        if kind is not None:
            assert isinstance(app.screen, kind), (name, app.screen)
        seen[name] = stray_controls(terminal_output(app))

    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("right_square_bracket")  # the entity: label, id in the legend
        await look("main")
        await pilot.press("L")  # labels drawn in the text
        await look("labels")
        await pilot.press("L", "ctrl+p", *"Corp")  # the palette: the evil id in a help line
        await look("palette", CommandPalette)
        await pilot.press("escape")
        main_screen = app.screen_stack[0]
        assert isinstance(main_screen, MainScreen)
        main_screen.open_article(EVIL_ID)
        await pilot.press("i")
        await look("edit mode")
        await pilot.press("K")  # the entity's text (with its escapes) is the filter
        await look("entity picker", PickerModal)
        await pilot.press("escape", "r")
        await look("relabel picker", PickerModal)
        await pilot.press("escape", "M")
        await look("metadata form", FormModal)
        await pilot.press("escape", "escape", "slash", *"Corp")
        await look("search", SearchScreen)
        await pilot.press("escape")
        main_screen.open_article("a")
        await pilot.press("S")  # the list grouped by story, its heading the story's title
        await look("list by story")
        await pilot.press("E")
        await look("events view", EventsScreen)
        await pilot.press("down", "space")  # the story's event opened: its passages
        await look("events view, passages", EventsScreen)
        await pilot.press("m")  # a notification quoting the event's title
        await look("notification")
        await pilot.press("m", "s")
        await look("split dialog", MentionsModal)
        await pilot.press("escape", "enter")
        await look("event detail", EventDetailScreen)
        await pilot.press("escape", "escape")
        main_screen.open_article(EVIL_ID)
        await pilot.press("i", "x")  # reject the entity; then someone else changes the file
        store = AnnotationStore(notes)
        theirs = store.load(EVIL_ID).value
        assert theirs is not None
        store.save(
            theirs.model_copy(
                update={
                    "metadata": theirs.metadata.model_copy(
                        update={"source": "Other\x1b]0;pwned\x07"}
                    )
                }
            )
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("d")  # its path, and the difference: lines of the file on disk
        await look("conflict dialog", ConflictModal)
    assert {name: found for name, found in seen.items() if found} == {}
