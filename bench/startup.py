"""Reader benchmarks: start-up against a minimal Textual app, and a 2,000-article corpus.

1. Start-up: the time from launching ``newsreader`` until the article list is on
   screen, against a minimal Textual app showing a list of the same titles. Both
   run in a pseudo-terminal (160x48); "on screen" is when a title shows in the
   pty output. Median of several interleaved runs; prints the ratio (target <= 1.5).
2. Scale: generates (in a temp dir) 2,000 articles with annotations plus one of
   50,000 words, then, in-process with Pilot: time until the list is on screen,
   until every annotation is read and indexed (background), to move the list
   cursor 100 articles down (against a bare OptionList of the same titles), to
   open the 50,000-word article (against a 500-word one), and to move the
   sentence cursor in it.

Run: .venv/bin/python bench/startup.py [--runs 7] [--articles 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import json
import os
import pty
import random
import re
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from tui.core.model.corpus import load_corpus  # noqa: E402
from tui.core.model.library import split_sentences  # noqa: E402
from tui.core.model.schema import ArticleAnnotation, Entity, Metadata, Quantity  # noqa: E402
from tui.core.model.settings import PIPELINE_VERSION  # noqa: E402
from tui.core.model.store import AnnotationStore  # noqa: E402

PYTHON = sys.executable
NEWSREADER = str(Path(PYTHON).with_name("newsreader"))
FROZEN = ROOT / "tests" / "fixtures" / "frozen_annotations"
ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")

MINIMAL_APP = """
import json, sys
from textual.app import App
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from rich.text import Text

class Minimal(App):
    def compose(self):
        titles = json.load(open(sys.argv[1], encoding="utf-8"))
        yield OptionList(*[Option(Text(t)) for t in titles])

Minimal().run()
"""


# ------------------------------------------------------------------------ start-up


def time_until_shown(argv: list[str], needle: str, cwd: Path, timeout: float = 30.0) -> float:
    """Seconds from spawning ``argv`` in a 160x48 pty until ``needle`` is on screen."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 48, 160, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="160", LINES="48")
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, close_fds=True
    )
    os.close(slave)
    seen = ""
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk.decode("utf-8", errors="replace")
            if needle in ANSI.sub("", seen):
                return time.perf_counter() - start
        raise RuntimeError(f"{needle!r} not shown by {argv[0]} within {timeout}s")
    finally:
        process.kill()
        process.wait()
        os.close(master)


def copy_current(tmp: Path) -> tuple[Path, Path]:
    """Seeds and annotations (stamped current) in ``tmp``."""
    seeds, notes = tmp / "seeds", tmp / "annotations"
    shutil.copytree(ROOT / "seeds", seeds)
    notes.mkdir()
    for path in FROZEN.glob("*.yaml"):
        text = re.sub(
            r"^pipeline: (\S+)",
            f"pipeline: {PIPELINE_VERSION}",
            path.read_text(encoding="utf-8"),
            count=1,
            flags=re.M,
        )
        (notes / path.name).write_text(text, encoding="utf-8")
    return seeds, notes


def bench_startup(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        seeds, notes = copy_current(tmp)
        titles = [a.title for a in load_corpus(seeds).articles]
        (tmp / "titles.json").write_text(json.dumps(titles), encoding="utf-8")
        (tmp / "minimal.py").write_text(MINIMAL_APP, encoding="utf-8")
        # The last title shows only in the list (the first is also the open article's).
        needle = " ".join(titles[-1].split()[:3])
        reader = [NEWSREADER, "--seeds", str(seeds), "--annotations", str(notes)]
        minimal = [PYTHON, str(tmp / "minimal.py"), str(tmp / "titles.json")]
        time_until_shown(minimal, needle, tmp)  # warm the file cache once
        time_until_shown(reader, needle, tmp)
        reader_times, minimal_times = [], []
        for _ in range(runs):
            minimal_times.append(time_until_shown(minimal, needle, tmp))
            reader_times.append(time_until_shown(reader, needle, tmp))
            (notes / ".state.yaml").unlink(missing_ok=True)
    result = {
        "reader": statistics.median(reader_times),
        "minimal": statistics.median(minimal_times),
    }
    result["ratio"] = result["reader"] / result["minimal"]
    return result


# -------------------------------------------------------------------------- scale

SYLLABLES = [
    "ka",
    "lo",
    "mer",
    "vin",
    "ta",
    "dor",
    "sel",
    "qui",
    "ran",
    "bo",
    "zen",
    "pha",
    "tri",
    "mo",
    "lus",
]
WORDS = (
    "the market shares rose fell after before during report said company group investors analysts "
    "government officials plan stake sale deal price index week month year quarter growth loss profit "
    "statement meeting sector policy bank fund trade of in on at to for with by from and but while as"
).split()


def _name(rng: random.Random, parts: int) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(parts)
    )


def make_article(rng: random.Random, words: int, names: list[str]) -> str:
    """Synthetic news-like text: names, money and percentages among common words."""
    paragraphs: list[str] = []
    sentences: list[str] = []
    count = 0
    while count < words:
        pieces: list[str] = []
        for _ in range(rng.randint(12, 25)):
            roll = rng.random()
            if roll < 0.08:
                pieces.append(rng.choice(names))
            elif roll < 0.11:
                pieces.append(f"US${rng.randint(1, 900)}.{rng.randint(0, 9)} million")
            elif roll < 0.13:
                pieces.append(f"{rng.randint(1, 40)}.{rng.randint(0, 9)} per cent")
            else:
                pieces.append(rng.choice(WORDS))
        sentence = " ".join(pieces)
        count += len(sentence.split())
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        if len(sentences) == 4:
            paragraphs.append(" ".join(sentences))
            sentences = []
    paragraphs.append(" ".join(sentences))
    return "\n".join(p for p in paragraphs if p) + "\n"


def write_corpus(folder: Path, articles: int, long_words: int) -> tuple[Path, Path, str, str]:
    rng = random.Random(7)
    names = [_name(rng, rng.randint(1, 2)) for _ in range(400)]
    seeds, notes = folder / "seeds", folder / "annotations"
    seeds.mkdir()
    store = AnnotationStore(notes)
    sizes = [("long", long_words)] + [(f"a{i:05d}", rng.randint(300, 900)) for i in range(articles)]
    sizes.append(("short", 500))
    for article_id, words in sizes:
        text = make_article(rng, words, names)
        text = f"{_name(rng, 3)} {rng.choice(WORDS)} {rng.choice(WORDS)}\n{text}"
        (seeds / f"{article_id}.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(seeds)
    rng = random.Random(7)
    for article in corpus.articles:
        text = article.text
        entities, quantities = [], []
        # Re-find the generated spans by pattern (names and figures), as an extractor would.
        for match in re.finditer(r"US\$\d+\.\d million|\d+\.\d per cent", text):
            label = "MONEY" if match.group().startswith("US$") else "PERCENT"
            value = float(match.group().split()[0].removeprefix("US$"))
            quantities.append(
                Quantity(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    label=label,
                    value=value,
                    unit="USD" if label == "MONEY" else "percent",
                )
            )
        for match in re.finditer(r"(?<![\w$])(?:[A-Z][a-z]+ )?[A-Z][a-z]{3,}\b", text):
            if (
                text[max(0, match.start() - 2) : match.start()] in (". ", "")
                or text[match.start() - 1] == "\n"
            ):
                continue
            entities.append(
                Entity(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    label=rng.choice(["ORG", "PERSON", "GPE"]),
                )
            )
        store.save(
            ArticleAnnotation(
                article=article.id,
                sha256=article.sha256,
                pipeline=f"{PIPELINE_VERSION} bench",
                metadata=Metadata(title=article.title, languages=article.languages),
                sentences=split_sentences(text),
                entities=tuple(entities),
                quantities=tuple(quantities),
            )
        )
    return seeds, notes, "long", "short"


async def bench_scale(articles: int, long_words: int) -> dict[str, float]:
    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

    from tui.ui.app import make_app
    from tui.ui.screens.main import MainScreen

    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        start = time.perf_counter()
        seeds, notes, long_id, short_id = write_corpus(tmp, articles, long_words)
        result["generate"] = time.perf_counter() - start
        result["long_words"] = len((seeds / f"{long_id}.txt").read_text(encoding="utf-8").split())

        start = time.perf_counter()
        app = make_app(seeds, notes)
        async with app.run_test(size=(160, 48)) as pilot:
            # run_test hands over once the first screen is composed and shown.
            result["list_on_screen"] = time.perf_counter() - start
            screen = app.screen_stack[0]
            assert isinstance(screen, MainScreen)
            screen.article_list.focus()
            await pilot.pause()
            # Keys while the background worker is still reading every annotation file.
            # Event-loop lag while the background worker reads every annotation file:
            # a 20 ms timer's lateness is how long a key press would wait.
            ticks: list[float] = []
            timer = app.set_interval(0.02, lambda: ticks.append(time.perf_counter()))
            while not screen._index_ready:
                await asyncio.sleep(0.05)
            result["indexed"] = time.perf_counter() - start
            busy = [b - a - 0.02 for a, b in pairwise(ticks)]
            ticks.clear()
            await asyncio.sleep(2)
            idle = [b - a - 0.02 for a, b in pairwise(ticks)]
            timer.stop()
            busy.sort()
            idle.sort()
            result["lag_busy_p50"] = busy[len(busy) // 2]
            result["lag_busy_p95"] = busy[int(len(busy) * 0.95)]
            result["lag_idle_p95"] = idle[int(len(idle) * 0.95)]
            await pilot.press("home")
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press(*["down"] * 100)
            await pilot.pause()
            result["list_down_100"] = time.perf_counter() - start
            assert screen.article_list.highlighted == 100

            view = screen.article_view
            for article_id, key in ((short_id, "short"), (long_id, "long")):
                start = time.perf_counter()
                screen.open_article(article_id)
                await pilot.pause()
                result[f"open_{key}"] = time.perf_counter() - start
                view.focus()
                await pilot.pause()
                start = time.perf_counter()
                await pilot.press(*["j"] * 100)
                await pilot.pause()
                result[f"{key}_j_100"] = time.perf_counter() - start
                assert view.cursor == min(100, len(view.sentences) - 1)
            start = time.perf_counter()
            await pilot.press("G")
            await pilot.pause()
            result["long_bottom"] = time.perf_counter() - start

        titles = [a.title for a in app.library.articles]

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield OptionList(*[Option(Text(t)) for t in titles])

        bare = Bare()
        async with bare.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press(*["down"] * 100)
            await pilot.pause()
            result["bare_down_100"] = time.perf_counter() - start
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--long-words", type=int, default=50_000)
    args = parser.parse_args()

    startup = bench_startup(args.runs)
    print(f"start-up, median of {args.runs} runs in a 160x48 pty, annotations current:")
    print(f"  newsreader          {startup['reader'] * 1000:7.0f} ms")
    print(f"  minimal Textual app {startup['minimal'] * 1000:7.0f} ms")
    print(f"  ratio               {startup['ratio']:7.2f}x  (target <= 1.5x)")

    scale = asyncio.run(bench_scale(args.articles, args.long_words))

    def ms(key: str) -> float:
        return scale[key] * 1000

    print(
        f"\n{args.articles + 2:,} articles with annotations (generated in {scale['generate']:.1f} s), Pilot at 160x48:"
    )
    print(f"  list on screen                       {ms('list_on_screen'):7.0f} ms")
    print(f"  every annotation read and indexed    {ms('indexed'):7.0f} ms  (background worker)")
    print(
        f"  UI event-loop lag while indexing      p50 {ms('lag_busy_p50'):5.1f} ms, p95 {ms('lag_busy_p95'):5.1f} ms"
        f"  (idle afterwards: p95 {ms('lag_idle_p95'):.1f} ms)"
    )
    print(
        f"  list cursor 100 down                 {ms('list_down_100'):7.0f} ms  ({ms('list_down_100') / 100:.1f} ms/key)"
    )
    print(
        f"  bare OptionList, same titles, 100 down {ms('bare_down_100'):5.0f} ms  -> ratio {scale['list_down_100'] / scale['bare_down_100']:.2f}x"
    )
    print(f"  open a 500-word article              {ms('open_short'):7.0f} ms")
    print(
        f"  open a {scale['long_words']:,.0f}-word article           {ms('open_long'):7.0f} ms  -> ratio {scale['open_long'] / scale['open_short']:.1f}x"
    )
    print(
        f"  sentence cursor 100 down, 500 words  {ms('short_j_100'):7.0f} ms  ({ms('short_j_100') / 100:.1f} ms/key)"
    )
    print(
        f"  sentence cursor 100 down, 50k words  {ms('long_j_100'):7.0f} ms  -> ratio {scale['long_j_100'] / scale['short_j_100']:.2f}x"
    )
    print(f"  jump to the bottom of it (G)         {ms('long_bottom'):7.0f} ms")
    print("  (Pilot's own cost per key press is in every figure; see the bare OptionList.)")


if __name__ == "__main__":
    main()
