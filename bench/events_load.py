"""Events load: the reader's start and its keys with a large ``events.yaml``, before and after.

With a generated ``events.yaml`` of each size (3 MB and 30 MB by default: what the
open-domain linker writes for 2,000 and 19,000 Reuters articles) beside a corpus, it
measures in a subprocess per source tree (``--before``, ``main`` by default, and this
tree), with Pilot at 160x48:

- the time from the start of the process to the first title on screen (the list is
  drawn: ``MainScreen.open_first`` is called), and to the events shown;
- the worst time of a key press (handled and drawn) in the first 10 seconds, pressing
  ``down`` (the sentence cursor) and ``n`` (the next article) in turn from the first
  frame on.

The corpus is the first 2,177 Reuters articles with the 2,000 annotation files of
``--annotations`` (default ``/work/scratch/ecb_nr/reuters2k``) if both are found, else
the seeds with their frozen annotations.

Run: .venv/bin/python bench/events_load.py [--sizes 3,30] [--before /work/main] [--seconds 10]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import corpus_root, make_subset  # noqa: E402

REUTERS_ANNOTATIONS = Path("/work/scratch/ecb_nr/reuters2k")
#: Reuters articles copied: the first 2,177 hold the 2,000 annotated ones.
REUTERS_ARTICLES = 2177

#: Runs in the tree under test (on PYTHONPATH): start the reader, press keys, print JSON.
PROBE = r"""
import time
T0 = time.perf_counter()
import asyncio, json, sys

from tui.ui.app import make_app
from tui.ui.screens.main import MainScreen

seconds = float(sys.argv[3])
seen = {}
open_first = MainScreen.open_first

def record_first_title(self):
    seen.setdefault("first_title_s", time.perf_counter() - T0)
    open_first(self)

MainScreen.open_first = record_first_title

async def main():
    app = make_app(sys.argv[1], sys.argv[2])
    async with app.run_test(size=(160, 48)) as pilot:
        while "first_title_s" not in seen:
            await asyncio.sleep(0.005)
        screen = app.screen_stack[0]
        worst = 0.0
        presses = 0
        keys = ("down", "n")
        while time.perf_counter() - T0 < seconds or screen.navigation.index is None:
            start = time.perf_counter()
            await pilot.press(keys[presses % 2])
            await pilot.pause()
            took = time.perf_counter() - start
            presses += 1
            if start - T0 < seconds:
                worst = max(worst, took)
            if screen.navigation.index is not None and "events_s" not in seen:
                seen["events_s"] = time.perf_counter() - T0
                seen["events"] = len(screen.navigation.index)
            if time.perf_counter() - T0 > 120:
                break
        seen["worst_key_s"] = worst
        seen["presses"] = presses

asyncio.run(main())
print(json.dumps(seen))
"""


def write_events(
    path: Path,
    articles: dict[str, str],
    *,
    megabytes: float | None = None,
    count: int | None = None,
    seed: int = 0,
) -> int:
    """Write a generated ``events.yaml`` of ``count`` events, or of about ``megabytes`` MB,
    about ``articles``.

    Each event has a title, a kind, a date and two to six passages (spans of sentences
    of different articles), as the linker writes them.

    Args:
        path: The file to write.
        articles: Article id to its text.
        megabytes: The size to reach (if no ``count``).
        count: The number of events.
        seed: The random seed (the same file for the same arguments).

    Returns:
        The number of events written.
    """
    from tui.core.model.schema import Event, EventsFile, Mention
    from tui.core.model.store import atomic_write, events_to_yaml

    rng = random.Random(seed)
    ids = sorted(articles)
    words = "rate rise cut bank profit loss merger talks strike output price sale".split()

    def event(number: int) -> Event:
        mentions = []
        for article in rng.sample(ids, min(len(ids), rng.randint(2, 6))):
            text = articles[article]
            start = rng.randrange(max(1, len(text) - 120))
            end = min(len(text), start + rng.randint(40, 120))
            mentions.append(Mention(article=article, start=start, end=end, text=text[start:end]))
        title = " ".join(rng.choice(words) for _ in range(5))
        day = f"1987-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return Event(
            id=f"event-{number:06d}",
            title=title,
            kind="meeting",
            date=day,
            mentions=tuple(sorted(mentions, key=lambda m: m.key)),
        )

    sample = [event(n) for n in range(200)]
    if count is None:
        per_event = len(events_to_yaml(EventsFile(events=tuple(sample)))) / len(sample)
        count = max(1, int((megabytes or 1.0) * 1_000_000 / per_event))
    events = (sample + [event(n) for n in range(len(sample), count)])[:count]
    atomic_write(path, events_to_yaml(EventsFile(events=tuple(events))))
    return len(events)


def corpus(work: Path, annotations: Path) -> tuple[Path, Path, str]:
    """Reuters with its annotations if found, else the seeds with the frozen annotations."""
    reuters = corpus_root() / "reuters21578"
    if not reuters.is_dir():
        reuters = Path("/work/shared/corpora/reuters21578")
    if reuters.is_dir() and annotations.is_dir():
        seeds, notes = make_subset(reuters, annotations, REUTERS_ARTICLES, work)
        return seeds, notes, f"{len(list(notes.glob('*.yaml')))} Reuters annotations"
    seeds, notes = work / "seeds", work / "annotations"
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copytree(ROOT / "tests" / "fixtures" / "frozen_annotations", notes)
    return seeds, notes, "the seeds"


def probe(tree: Path, seeds: Path, notes: Path, seconds: float) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(seeds), str(notes), str(seconds)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{tree}: {result.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="3,30", help="events.yaml sizes in MB")
    parser.add_argument("--before", type=Path, default=Path("/work/main"), help="tree before")
    parser.add_argument("--annotations", type=Path, default=REUTERS_ANNOTATIONS)
    parser.add_argument("--seconds", type=float, default=10.0, help="keys pressed for")
    args = parser.parse_args()
    from tui.core.model.corpus import load_corpus

    with tempfile.TemporaryDirectory(prefix="events-load-") as tmp:
        seeds, notes, what = corpus(Path(tmp), args.annotations)
        articles = {a.id: a.text for a in load_corpus(seeds).articles}
        print(f"corpus: {len(articles):,} articles, {what}")
        for size in (float(s) for s in args.sizes.split(",")):
            path = notes / "events.yaml"
            count = write_events(path, articles, megabytes=size)
            print(f"\nevents.yaml: {path.stat().st_size / 1e6:.1f} MB, {count:,} events")
            print(f"{'tree':<28} {'first title':>12} {'events shown':>13} {'worst key':>10}")
            for tree in (args.before, ROOT):
                shutil.rmtree(notes / ".index.sqlite", ignore_errors=True)
                for stale in notes.glob(".index.sqlite*"):
                    stale.unlink()
                figures = probe(tree, seeds, notes, args.seconds)
                print(
                    f"{str(tree):<28} {figures['first_title_s']:>11.2f}s "
                    f"{figures.get('events_s', float('nan')):>12.2f}s "
                    f"{figures['worst_key_s']:>9.2f}s"
                )


if __name__ == "__main__":
    main()
