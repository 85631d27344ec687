"""Events load: the reader's start and its keys with a large ``events.yaml``, before and after.

With a generated ``events.yaml`` of each size (3 MB and 30 MB by default: what the
open-domain linker writes for 2,000 and 19,000 Reuters articles; and none, the floor)
beside a corpus whose index is current, it measures in a subprocess per source tree
(``--before``, ``main`` by default, and this tree), at 160x48, the median of ``--runs``
interleaved runs of:

- the time from the start of the process to the first title on screen (the list is
  drawn: ``MainScreen.open_first`` is called), and to the events shown;
- the worst time of a key press (handled and drawn) in the first 10 seconds, pressing
  ``down`` (the sentence cursor) and ``n`` (the next article) in turn from the first
  frame on, 50 ms apart. A key is sent from another thread as the terminal driver sends
  it and timed until the refresh after it: a blocked event loop shows in full (Pilot's
  ``press`` runs in that loop, and waits for the whole process, worker threads included,
  to be idle, which is not what a person waits for).

Garbage collection is off until start-up is over, as with the ``newsreader`` command.

The corpus is the first 2,177 Reuters articles with the 2,000 annotation files of
``--annotations`` (default ``/work/scratch/ecb_nr/reuters2k``) if both are found, else
the seeds with their frozen annotations.

Run: .venv/bin/python bench/events_load.py [--sizes 0,3,30] [--before /work/main] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
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
import asyncio, gc, json, sys, threading
gc.disable()  # as the newsreader command does, until start-up is over (NewsreaderApp.started)

from textual import events
from tui.ui.app import make_app
from tui.ui.screens.main import MainScreen

seconds = float(sys.argv[3])
seen = {}
open_first = MainScreen.open_first

def record_first_title(self):
    seen.setdefault("first_title_s", time.perf_counter() - T0)
    open_first(self)

MainScreen.open_first = record_first_title

def press(app, loop, key):
    # From another thread, as a terminal sends a key: the time until it is handled and
    # drawn (the key first in the app's queue, then a callback that waits for the refresh
    # after it). A blocked event loop holds both, and this thread sees it.
    done = threading.Event()

    def send():
        event = events.Key(key, None)
        event.set_sender(app)
        app._driver.send_message(event)
        app.call_later(lambda: app.call_after_refresh(done.set))

    start = time.perf_counter()
    loop.call_soon_threadsafe(send)
    done.wait(300)
    return start, time.perf_counter() - start

def typist(app, loop, screen):
    worst, presses = 0.0, 0
    keys = ("down", "n")
    while time.perf_counter() - T0 < seconds or "events_s" not in seen:
        start, took = press(app, loop, keys[presses % 2])
        presses += 1
        if start - T0 < seconds:
            worst = max(worst, took)
        if time.perf_counter() - T0 > 300:
            break
        time.sleep(0.05)
    seen["worst_key_s"] = worst
    seen["presses"] = presses

async def main():
    app = make_app(sys.argv[1], sys.argv[2])
    async with app.run_test(size=(160, 48)):
        while "first_title_s" not in seen:
            await asyncio.sleep(0.001)
        screen = app.screen_stack[0]
        thread = threading.Thread(target=typist, args=(app, asyncio.get_running_loop(), screen))
        thread.start()
        while thread.is_alive():
            if screen.navigation.index is not None and "events_s" not in seen:
                seen["events_s"] = time.perf_counter() - T0
                seen["events"] = len(screen.navigation.index)
            await asyncio.sleep(0.01)
        seen["article"] = screen.article_view.article_id

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
    parser.add_argument("--sizes", default="0,3,30", help="events.yaml sizes in MB (0: none)")
    parser.add_argument("--before", type=Path, default=Path("/work/main"), help="tree before")
    parser.add_argument("--annotations", type=Path, default=REUTERS_ANNOTATIONS)
    parser.add_argument("--seconds", type=float, default=10.0, help="keys pressed for")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs per tree")
    args = parser.parse_args()
    from tui.core.model.corpus import load_corpus
    from tui.core.model.library import Library

    with tempfile.TemporaryDirectory(prefix="events-load-") as tmp:
        seeds, notes, what = corpus(Path(tmp), args.annotations)
        library = Library(load_corpus(seeds), notes)
        library.refresh_index()  # as at every start but the first: the index is current
        articles = {a.id: a.text for a in library.articles}
        print(f"corpus: {len(articles):,} articles, {what}, index current")
        for size in (float(s) for s in args.sizes.split(",")):
            path = notes / "events.yaml"
            if size:
                count = write_events(path, articles, megabytes=size)
                print(f"\nevents.yaml: {path.stat().st_size / 1e6:.1f} MB, {count:,} events")
            else:  # the floor: the same start and keys without events
                path.unlink(missing_ok=True)
                print("\nno events.yaml")
            library.refresh_index()  # its events too: the reader's start reads the file once
            print(f"{'tree':<28} {'first title':>12} {'events shown':>13} {'worst key':>10}")
            runs: dict[Path, list[dict[str, float]]] = {args.before: [], ROOT: []}
            for _ in range(args.runs):
                for tree in runs:
                    runs[tree].append(probe(tree, seeds, notes, args.seconds))
            for tree, figures in runs.items():

                def median(key: str, figures: list[dict[str, float]] = figures) -> float:
                    return statistics.median(f.get(key, float("nan")) for f in figures)

                worst = max(f["worst_key_s"] for f in figures)
                print(
                    f"{str(tree):<28} {median('first_title_s'):>11.2f}s "
                    f"{median('events_s'):>12.2f}s {median('worst_key_s'):>9.2f}s "
                    f"(worst of all runs {worst:.2f}s)"
                )


if __name__ == "__main__":
    main()
