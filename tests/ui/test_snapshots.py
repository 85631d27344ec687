"""Snapshots of the reader on the seeds with frozen annotations (update: --snapshot-update)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path

from textual.pilot import Pilot

from tui.ui.app import make_app

from .conftest import UNSAFE, copy_corpus
from .test_reader_keys import settle

SnapCompare = Callable[..., bool]


def before(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
        await settle(pilot)

    return run_before


def snap(
    snap_compare: SnapCompare,
    tmp_path: Path,
    size: tuple[int, int],
    keys: Iterable[str] = (),
    seeds: Path | None = None,
) -> bool:
    corpus = (
        copy_corpus(tmp_path, seeds=seeds, annotations=None) if seeds else copy_corpus(tmp_path)
    )
    app = make_app(*corpus)
    return snap_compare(app, terminal_size=size, run_before=before(*keys))


def test_main_80x24(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Main screen at 80x24: the article alone, the legend and the footer."""
    assert snap(snap_compare, tmp_path, (80, 24))


def test_main_80x24_with_list(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """At 80x24 with the list toggled in (b): list and article side by side, no panel."""
    assert snap(snap_compare, tmp_path, (80, 24), ["b"])


def test_main_160x48(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Main screen at 160x48 after j j ]: three panes, cursor sentence, selected highlight."""
    assert snap(snap_compare, tmp_path, (160, 48), ["j", "j", "right_square_bracket"])


def test_main_160x48_labels(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Labels shown (L) and money hidden (m) in the third article."""
    assert snap(snap_compare, tmp_path, (160, 48), ["n", "n", "L", "m"])


def test_help_screen(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The help screen over the main screen at 100x40."""
    assert snap(snap_compare, tmp_path, (100, 40), ["question_mark"])


def test_unsafe_text(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """An article full of markup and control characters, shown literally."""
    assert snap(snap_compare, tmp_path, (120, 30), seeds=UNSAFE)
