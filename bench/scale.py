"""Scale: the reader and the index on the Reuters corpus at 1k, 5k and 19k articles.

Needs ``reuters21578/`` in the shared corpora folder (``$NEWSREADER_CORPORA``, else
``../shared/corpora``) and, for the reading figures, an annotations folder of that
corpus made by ``newsreader annotate`` (``--annotations DIR``; make it once with
``newsreader --seeds ../shared/corpora/reuters21578 --annotations DIR annotate
--jobs 2 --no-link``, tens of minutes on 2 cores). Skips with a message when either is
missing. For each size it copies the first N articles and their annotation files into a
temporary folder and measures, each against its baseline in the same run:

- first title on screen in a 160x48 pty: ``newsreader`` against a bare Textual
  ``OptionList`` app that reads the same folder's titles (median of interleaved runs);
- the index: built from scratch, then brought up to date with nothing changed, then with
  1% of the files touched;
- in-process with Pilot, once the index is current: RSS, the median time of a key press
  (handled and drawn) for the list cursor (against a bare ``OptionList`` of the same
  titles), the sentence cursor with the side panel following it, and opening the next
  article (both against the first 100 articles: the same keys on the same articles); and
  search: from the last key typed to the first results, for an entity's name;
- with ``--throughput``: ``annotate --jobs 2`` on the first 1,000 articles against bare
  ``nlp.pipe(n_process=2)`` of the same model on the same texts;

then the growth per doubling of the corpus (1k to 19k) of each figure.

Run: .venv/bin/python bench/scale.py --annotations /work/scratch/scale/ann [--sizes 1000,5000,19018] [--runs 5] [--throughput]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import ANSI, time_until_shown  # noqa: E402, F401

PYTHON = sys.executable
NEWSREADER = [PYTHON, "-m", "tui"]
CORPORA_ENV = "NEWSREADER_CORPORA"
#: The small corpus whose per-key times are the baseline of the others (same run).
BASELINE = 100

#: A bare Textual app that shows a folder's titles in an OptionList: the titles from
#: index.jsonl, else each file's first line (the least a list of articles has to read).
BARE_LIST = """
import json, sys
from pathlib import Path
from textual.app import App
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from rich.text import Text

folder = Path(sys.argv[1])
titles = {}
index = folder / "index.jsonl"
if index.exists():
    for line in index.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        titles[entry["file"]] = entry.get("title")
names = sorted(p.name for p in folder.glob("*.txt"))
shown = [titles.get(n) or (folder / n).read_text(encoding="utf-8").partition("\\n")[0] for n in names]

class Bare(App):
    def compose(self):
        yield OptionList(*[Option(Text(t)) for t in shown])

Bare().run()
"""


def corpus_root() -> Path:
    return Path(os.environ.get(CORPORA_ENV) or ROOT.parent / "shared" / "corpora")


def make_subset(reuters: Path, annotations: Path, size: int, into: Path) -> tuple[Path, Path]:
    """The first ``size`` articles (by name) and their annotation files, copied into ``into``."""
    seeds, notes = into / "seeds", into / "annotations"
    seeds.mkdir(parents=True)
    notes.mkdir()
    names = sorted(p.name for p in reuters.glob("*.txt"))[:size]
    chosen = set(names)
    for name in names:
        shutil.copy2(reuters / name, seeds / name)
        note = annotations / name.replace(".txt", ".yaml")
        if note.exists():
            shutil.copy2(note, notes / note.name)
    lines = [
        line
        for line in (reuters / "index.jsonl").read_text(encoding="utf-8").splitlines()
        if json.loads(line)["file"] in chosen
    ]
    (seeds / "index.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return seeds, notes


# ------------------------------------------------------------------------ first title


def first_title(seeds: Path, notes: Path, runs: int) -> dict[str, float]:
    """Seconds until the first article's title shows: newsreader against the bare list."""
    from tui.core.model.corpus import load_corpus

    first = load_corpus(*sorted(seeds.glob("*.txt"))[:1]).articles[0]
    bare_app = notes.parent / "bare.py"
    bare_app.write_text(BARE_LIST, encoding="utf-8")
    needle = " ".join(first.title.split()[:3])
    env_path = f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"
    os.environ["PYTHONPATH"] = env_path
    reader = [*NEWSREADER, "--seeds", str(seeds), "--annotations", str(notes)]
    bare = [PYTHON, str(bare_app), str(seeds)]
    time_until_shown(bare, needle, seeds.parent, timeout=120)  # warm the file cache
    time_until_shown(reader, needle, seeds.parent, timeout=120)
    reader_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(time_until_shown(bare, needle, seeds.parent, timeout=120))
        reader_times.append(time_until_shown(reader, needle, seeds.parent, timeout=120))
        (notes / ".state.yaml").unlink(missing_ok=True)
    result = {"reader": statistics.median(reader_times), "bare": statistics.median(bare_times)}
    result["ratio"] = result["reader"] / result["bare"]
    return result


# ------------------------------------------------------------------------------ index


def index_builds(seeds: Path, notes: Path) -> dict[str, float]:
    """Seconds to build the index from scratch, to find nothing changed, and 1% changed."""
    from tui.core.model.corpus import load_corpus
    from tui.core.model.index import INDEX_FILE, CorpusIndex
    from tui.core.model.store import AnnotationStore

    articles = load_corpus(seeds).articles
    store = AnnotationStore(notes)
    for path in notes.glob(INDEX_FILE + "*"):
        path.unlink()
    index = CorpusIndex.beside(notes)
    full = index.update(articles, store)
    nothing = index.update(articles, store)
    files = store.annotation_files()
    for path in files[:: max(1, len(files) // max(1, len(files) // 100))][: len(files) // 100]:
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        path.write_bytes(path.read_bytes() + b"\n")  # a real change: one more line
    one_percent = index.update(articles, store)
    index.close()
    return {
        "full": full.seconds,
        "nothing": nothing.seconds,
        "one_percent": one_percent.seconds,
        "one_percent_files": float(one_percent.indexed),
    }


# --------------------------------------------------------------------------- in-process


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def reading(seeds: Path, notes: Path, query: str, keys: int) -> dict[str, float]:
    """Per-key times with Pilot once the index is current, RSS, and search latency."""
    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.message import Message
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

    from tui.ui.app import make_app
    from tui.ui.screens.main import MainScreen
    from tui.ui.screens.search import SearchScreen

    result: dict[str, float] = {}
    found: list[tuple[float, SearchScreen.Found]] = []

    def hook(message: Message) -> None:
        if isinstance(message, SearchScreen.Found):
            found.append((time.perf_counter(), message))

    app = make_app(seeds, notes)
    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        screen = app.screen_stack[0]
        assert isinstance(screen, MainScreen)
        while not screen._index_ready:
            await asyncio.sleep(0.05)
        await pilot.pause()
        result["rss_mb"] = rss_mb()

        async def per_key(*pressed: str) -> float:
            """The median time of one key press, handled and drawn (robust to a busy machine)."""
            times = []
            for key in pressed:
                await pilot.pause()
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times.append(time.perf_counter() - start)
            return statistics.median(times) * 1000

        screen.article_list.focus()
        result["list_down_ms"] = await per_key(*["down"] * keys)
        screen.article_view.focus()
        await pilot.press("g")
        result["sentence_j_ms"] = await per_key(*["j"] * keys)
        result["next_article_ms"] = await per_key(*["n"] * keys)
        result["rss_after_keys_mb"] = rss_mb()

        # Search: type the query one key at a time, then wait for its first results.
        await pilot.press("slash")
        await pilot.pause()
        found.clear()
        typed = 0.0
        for character in query:
            typed = time.perf_counter()  # the last key's time, before it is handled
            await pilot.press(character)
        for _ in range(400):
            done = [f for f in found if f[1].query == query]
            if done:
                break
            await asyncio.sleep(0.005)
        done = [f for f in found if f[1].query == query]
        result["search_ms"] = (done[0][0] - typed) * 1000 if done else float("nan")
        result["search_hits"] = float(len(done[0][1].elsewhere)) if done else 0.0
        await pilot.press("escape")

    titles = [a.title for a in app.library.articles]

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(*[Option(Text(t)) for t in titles])

    bare = Bare()
    async with bare.run_test(size=(160, 48)) as pilot:
        times = []
        for _ in range(keys):
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            times.append(time.perf_counter() - start)
        result["bare_down_ms"] = statistics.median(times) * 1000
    return result


def search_queries(notes: Path) -> dict[str, float]:
    """Milliseconds for the first 200 hits of a few queries, straight from the index."""
    from tui.core.model.index import CorpusIndex
    from tui.core.model.search import parse_query

    index = CorpusIndex.beside(notes)
    top = index.top_entities(60)
    entity = top[min(50, len(top) - 1)] if top else None
    queries = {
        "word": "profit",
        "common word": "said",
        "phrase": '"net income"',
        "entity filter": f"entity:{entity.key}" if entity else "entity:none",
        "figure": "money>1e9 USD",
        "combined": "dividend pct:>5 date:1987-03",
    }
    out: dict[str, float] = {}
    for name, typed in queries.items():
        query = parse_query(typed)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            index.search(query, limit=200)
            times.append(time.perf_counter() - start)
        out[name] = statistics.median(times) * 1000
    index.close()
    return out


# ------------------------------------------------------------------------- throughput


_ANNOTATE = """
import sys, time
from pathlib import Path
from tui.core.model.corpus import load_corpus
from tui.core.model.index import CorpusIndex
from tui.core.model.store import AnnotationStore
from tui.core.pipeline import annotate, load_extractor
seeds, notes, jobs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
articles = load_corpus(seeds).articles
store = AnnotationStore(notes)
extractor = load_extractor(None, None)
start = time.perf_counter()
report = annotate(articles, store, jobs=jobs, extractor=extractor, index=CorpusIndex.beside(notes))
print(time.perf_counter() - start, len(report.written))
"""

_BARE = """
import json, sys, time
import spacy
from tui.core.model.settings import Settings
nlp = spacy.load(Settings().english_model)
texts = json.load(open(sys.argv[1], encoding="utf-8"))
start = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=256))
print(time.perf_counter() - start, tokens)
"""


def throughput(reuters: Path, work: Path, size: int = 1000, jobs: int = 2) -> dict[str, float]:
    """``annotate`` (resume checks, merge, atomic writes, the index kept up to date) with
    ``jobs`` processes against bare ``nlp.pipe(n_process=jobs)`` of the same model on the
    same texts; each in a fresh process, timed from after its models are loaded."""
    from tui.core.model.corpus import load_corpus

    seeds = work / "throughput" / "seeds"
    seeds.mkdir(parents=True)
    for path in sorted(reuters.glob("*.txt"))[:size]:
        shutil.copy2(path, seeds / path.name)
    texts = [a.text for a in load_corpus(seeds).articles]
    (work / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")

    def run(code: str, *argv: str) -> tuple[float, float]:
        out = subprocess.run(
            [PYTHON, "-c", code, *argv], capture_output=True, text=True, check=True, env=env
        )
        seconds, count = out.stdout.split()[-2:]
        return float(seconds), float(count)

    bare_seconds, tokens = run(_BARE, str(work / "texts.json"), str(jobs))
    notes = work / "throughput" / "annotations"
    annotate_seconds, written = run(_ANNOTATE, str(seeds), str(notes), str(jobs))
    return {
        "bare": bare_seconds,
        "annotate": annotate_seconds,
        "tokens": tokens,
        "written": written,
        "ratio": bare_seconds / annotate_seconds,
    }


# ------------------------------------------------------------------------------- main


def growth(small: float, large: float, sizes: tuple[int, int]) -> float:
    """The factor a figure grows by per doubling of the corpus, from two sizes."""
    doublings = math.log2(sizes[1] / sizes[0])
    if small <= 0 or large <= 0 or doublings <= 0:
        return float("nan")
    return float((large / small) ** (1 / doublings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=Path, help="annotations of the whole corpus")
    parser.add_argument("--sizes", default="1000,5000,19018")
    parser.add_argument("--runs", type=int, default=5, help="start-ups per size and app")
    parser.add_argument("--keys", type=int, default=50, help="key presses per figure")
    parser.add_argument("--query", default=None, help="what to type in the search")
    parser.add_argument("--throughput", action="store_true", help="also annotate 1,000 articles")
    args = parser.parse_args()

    reuters = corpus_root() / "reuters21578"
    if not (reuters / "index.jsonl").exists():
        print(f"skipped: no Reuters corpus at {reuters} (set {CORPORA_ENV})")
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="newsreader-scale-") as name:
        work = Path(name)
        if args.annotations is None or not args.annotations.is_dir():
            print(
                "skipped the reading figures: no annotations of the corpus (--annotations DIR;"
                " make them with `newsreader --seeds "
                f"{reuters} --annotations DIR annotate --jobs 2 --no-link`)"
            )
        else:
            seeds, notes = make_subset(reuters, args.annotations, BASELINE, work / "baseline")
            base = asyncio.run(reading(seeds, notes, args.query or "profit", args.keys))
            print(
                f"baseline: the first {BASELINE} articles, per key: list {base['list_down_ms']:.1f} ms,"
                f" sentence + panel {base['sentence_j_ms']:.1f} ms,"
                f" next article {base['next_article_ms']:.1f} ms (Pilot's own cost included)"
            )
            for size in sizes:
                seeds, notes = make_subset(reuters, args.annotations, size, work / str(size))
                figures: dict[str, Any] = {"yaml": len(list(notes.glob("*.yaml")))}
                figures["index"] = index_builds(seeds, notes)
                figures["first"] = first_title(seeds, notes, args.runs)
                query = args.query or _entity_name(notes)
                figures["query"] = query
                figures["reading"] = asyncio.run(reading(seeds, notes, query, args.keys))
                figures["search"] = search_queries(notes)
                figures["base"] = base
                results[size] = figures
                _print_size(size, figures)
                shutil.rmtree(work / str(size))
            if len(sizes) > 1:
                _print_growth(results, sizes[0], sizes[-1])
        if args.throughput:
            through = throughput(reuters, work)
            print(
                f"\nannotate --jobs 2, 1,000 articles ({through['written']:.0f} written):"
                f" {through['annotate']:.1f} s; bare nlp.pipe"
                f"(n_process=2) on the same texts: {through['bare']:.1f} s"
                f" ({through['tokens']:,.0f} tokens) -> ratio {through['ratio']:.2f}x"
                " (target >= 0.8x)"
            )


def _entity_name(notes: Path) -> str:
    """A name to search for: an organisation mentioned in a few dozen articles."""
    from tui.core.model.index import CorpusIndex

    index = CorpusIndex.beside(notes)
    try:
        for entity in index.top_entities(400)[50:]:
            if entity.label == "ORG" and entity.name.isalpha() and len(entity.name) > 5:
                return entity.name.lower()
        return "profit"
    finally:
        index.close()


def _print_size(size: int, figures: dict[str, Any]) -> None:
    first, index, read, search = (
        figures["first"],
        figures["index"],
        figures["reading"],
        figures["search"],
    )
    print(f"\n{size:,} articles ({figures['yaml']:,} annotation files):")
    print(
        f"  first title on screen      {first['reader'] * 1000:7.0f} ms  bare OptionList app"
        f" {first['bare'] * 1000:5.0f} ms  -> {first['ratio']:.2f}x (target <= 1.2x)"
    )
    print(
        f"  index from scratch         {index['full']:7.1f} s   nothing changed"
        f" {index['nothing'] * 1000:.0f} ms   1% changed ({index['one_percent_files']:.0f}"
        f" files) {index['one_percent'] * 1000:.0f} ms"
    )
    print(
        f"  RSS, index current         {read['rss_mb']:7.0f} MB  after the keys"
        f" {read['rss_after_keys_mb']:.0f} MB (target <= 250 MB)"
    )
    print(
        f"  list cursor                {read['list_down_ms']:7.1f} ms/key  bare OptionList"
        f" {read['bare_down_ms']:.1f} ms/key -> {read['list_down_ms'] / read['bare_down_ms']:.2f}x"
    )
    base = figures["base"]
    print(
        f"  sentence cursor + panel    {read['sentence_j_ms']:7.1f} ms/key"
        f"  -> {read['sentence_j_ms'] / base['sentence_j_ms']:.2f}x the {BASELINE}-article baseline"
    )
    print(
        f"  next article               {read['next_article_ms']:7.1f} ms/key"
        f"  -> {read['next_article_ms'] / base['next_article_ms']:.2f}x the {BASELINE}-article baseline"
    )
    print(
        f"  search {figures['query']!r}: first results {read['search_ms']:.0f} ms after the"
        f" last key ({read['search_hits']:.0f} hits shown; target < 200 ms)"
    )
    print(
        "  index queries (first 200 hits): "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in search.items())
    )


def _print_growth(results: dict[int, dict[str, Any]], small: int, large: int) -> None:
    pairs = {
        "first title": lambda f: f["first"]["reader"],
        "first title, bare app": lambda f: f["first"]["bare"],
        "RSS": lambda f: f["reading"]["rss_mb"],
        "list cursor per key": lambda f: f["reading"]["list_down_ms"],
        "sentence cursor + panel per key": lambda f: f["reading"]["sentence_j_ms"],
        "next article per key": lambda f: f["reading"]["next_article_ms"],
        "search, first results": lambda f: f["reading"]["search_ms"],
        "index from scratch": lambda f: f["index"]["full"],
        "index, nothing changed": lambda f: f["index"]["nothing"],
    }
    print(f"\ngrowth per doubling of the corpus ({small:,} -> {large:,} articles):")
    for name, pick in pairs.items():
        factor = growth(pick(results[small]), pick(results[large]), (small, large))
        print(f"  {name:34s} x{factor:.2f}")


if __name__ == "__main__":
    main()
