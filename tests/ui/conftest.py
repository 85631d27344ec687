"""Fixtures for the reader's tests: a copy of the seeds with frozen annotations in tmp_path."""

from __future__ import annotations

import asyncio
import inspect
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.worker import WorkerCancelled

from tui.core.model.schema import Article, ArticleAnnotation, Entity, Metadata, Quantity, Sentence
from tui.core.model.settings import PIPELINE_VERSION, Settings
from tui.core.pipeline import Annotator, ArticleExtractor
from tui.ui.app import NewsreaderApp, make_app

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FROZEN = ROOT / "tests" / "fixtures" / "frozen_annotations"
UNSAFE = ROOT / "tests" / "fixtures" / "unsafe"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (Pilot needs one; no plugin required)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
        return True
    return None


def copy_corpus(
    tmp_path: Path, seeds: Path = SEEDS, annotations: Path | None = FROZEN
) -> tuple[Path, Path]:
    """Copy articles and annotations to tmp_path; annotations are stamped current.

    The frozen annotations were made by an earlier pipeline version; stamping
    them with today's version keeps the snapshots stable when extraction improves.
    """
    seeds_copy = tmp_path / "seeds"
    notes = tmp_path / "annotations"
    shutil.copytree(seeds, seeds_copy)
    notes.mkdir()
    if annotations is not None:
        for path in sorted(annotations.glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            text = re.sub(
                r"^pipeline: (\S+)", f"pipeline: {PIPELINE_VERSION}", text, count=1, flags=re.M
            )
            (notes / path.name).write_text(text, encoding="utf-8")
    return seeds_copy, notes


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    return copy_corpus(tmp_path)


@pytest.fixture
def app(corpus: tuple[Path, Path]) -> NewsreaderApp:
    return make_app(*corpus)


async def _workers_done(app: NewsreaderApp) -> None:
    """Wait for the reader's workers. A worker the reader cancelled as it quit is done:
    quitting waits for the save, whose worker is still handing back its result (after
    the files are written) when the reader exits and cancels it."""
    try:
        await app.workers.wait_for_complete()
    except WorkerCancelled:
        pass


async def settle(pilot: Pilot[None]) -> None:
    """Wait for the reader's workers and what they post: the annotations indexed, the
    events read (in a worker, again after each edit) and shown."""
    app = pilot.app
    for _ in range(100):
        await _workers_done(app)
        await pilot.pause()
        await _workers_done(app)
        await pilot.pause()
        navigation = getattr(app.screen_stack[0], "navigation", None) if app.screen_stack else None
        if navigation is None or not navigation.reading:
            return


def widget_text(widget: Widget) -> str:
    """What a widget shows, as plain text (its whole height, scrolled or not)."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return "\n".join(strip.text.rstrip() for strip in widget.render_lines(region))


def screen_lines(view: ScrollView) -> list[str]:
    """The lines a Line API widget shows right now (its content, scrolled as it is)."""
    return [view.render_line(y).text.rstrip() for y in range(view.scrollable_content_region.height)]


def view_lines(view: ScrollView) -> list[str]:
    """Every line a Line API widget draws, top to bottom, as plain text (it is scrolled home)."""
    view.scroll_home(animate=False, immediate=True)
    return [view.render_line(y).text.rstrip() for y in range(view.virtual_size.height)]


def annotator(extractor: Callable[[], ArticleExtractor]) -> Callable[[], Annotator]:
    """Makes the reader's background annotator, with a light extractor instead of the models."""
    return partial(Annotator, Settings(), extractor=extractor)


class RuleExtractor:
    """A stand-in for the spaCy extractor: capitalised words are ORG, numbers CARDINAL."""

    version = f"{PIPELINE_VERSION} test-rules"

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        from tui.core.model.library import split_sentences

        for article in articles:
            text = article.text
            entities = [
                Entity(start=m.start(), end=m.end(), text=m.group(), label="ORG")
                for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", text)
                if m.start() > 0 and text[m.start() - 2] not in ".\n"
            ]
            quantities = [
                Quantity(start=m.start(), end=m.end(), text=m.group(), label="CARDINAL")
                for m in re.finditer(r"\b\d+\b", text)
            ]
            sentences: tuple[Sentence, ...] = split_sentences(text)
            yield ArticleAnnotation(
                article=article.id,
                sha256=article.sha256,
                pipeline=self.version,
                metadata=Metadata(
                    title=article.title, date=article.date, languages=article.languages
                ),
                sentences=sentences,
                entities=tuple(entities),
                quantities=tuple(quantities),
            )
