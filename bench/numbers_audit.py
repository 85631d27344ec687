"""Precision audit of the number extractor on fresh newswire: every figure it finds, judged by hand.

The draw (issue 11, round numbers5): ``random.Random(20261130)``; ``rng.sample`` of 60
Reuters-21578 stories from the index rows sorted by file name, 40 to 600 words
(``words`` of ``index.jsonl``), without every file of ``bench/gold/*.yaml``; then
``rng.sample`` of 20 ECB+ documents from the sorted file names of 40 to 600 words
(``len(text.split())``), without every gold file. Nobody tuned on these texts.

    .venv/bin/python bench/numbers_audit.py --list            # every figure found, to judge
    .venv/bin/python bench/numbers_audit.py                   # counts by verdict

The verdicts are in ``bench/gold/numbers_audit.yaml`` (file, start, end, a short span,
the value, unit and qualifier judged, the verdict), written by hand after reading each
figure by the conventions of ``bench/gold/README.md``; an output the file does not judge
(a new span, or a new value, unit or qualifier of a judged one) is counted as
``unjudged`` until it is judged and added. No article text is kept.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import newswire_gold as gold  # noqa: E402
from bench.newswire_quality import gold_articles, index_dates, pipeline_spans  # noqa: E402

SEED = 20261130
REUTERS, ECB = 60, 20
# The draw as made on 2026-11-30 against the gold of main at 8837e5d (dev, heldout, dev2,
# heldout2, dev3): 60 Reuters stories then 20 ECB+ documents, in the order drawn. `draw()`
# repeats it while the gold holds no more files; later gold samples do not change this list.
DRAWN = (
    "05562",
    "02291",
    "13465",
    "14631",
    "12060",
    "03596",
    "06804",
    "12582",
    "00058",
    "08317",
    "03918",
    "09476",
    "14190",
    "15809",
    "10694",
    "02982",
    "01022",
    "02918",
    "08119",
    "16553",
    "13171",
    "08158",
    "07502",
    "02651",
    "08669",
    "08084",
    "14408",
    "03685",
    "10436",
    "12536",
    "11062",
    "05197",
    "02731",
    "11015",
    "18616",
    "13020",
    "05006",
    "11416",
    "01684",
    "15360",
    "02150",
    "19247",
    "08181",
    "17291",
    "07331",
    "21260",
    "05999",
    "04080",
    "17343",
    "09353",
    "03142",
    "00162",
    "02542",
    "16768",
    "19829",
    "05935",
    "10622",
    "08540",
    "19175",
    "13622",
    "21_13ecbplus",
    "13_16ecb",
    "7_1ecb",
    "27_13ecb",
    "21_3ecb",
    "20_4ecbplus",
    "12_9ecb",
    "24_2ecbplus",
    "19_3ecb",
    "30_3ecbplus",
    "24_8ecbplus",
    "30_1ecbplus",
    "11_2ecb",
    "34_8ecbplus",
    "26_2ecb",
    "11_5ecbplus",
    "26_7ecb",
    "24_6ecbplus",
    "5_5ecbplus",
    "35_10ecb",
)
VERDICTS_FILE = ROOT / "bench" / "gold" / "numbers_audit.yaml"
VERDICTS = (
    "ok",
    "not a figure",  # followed by its kind: "not a figure: year"
    "wrong value",
    "wrong unit",
    "wrong qualifier",
    "wrong span",
)


def gold_files() -> set[str]:
    """Every file named in a gold YAML of ``bench/gold/``."""
    files: set[str] = set()
    for path in sorted((ROOT / "bench" / "gold").glob("*.yaml")):
        if path == VERDICTS_FILE:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in line.replace(",", " ").split():
                if part.startswith(("reuters21578/", "ecbplus-dev/")):
                    files.add(part.strip("{}'\""))
    return files


def draw(root: Path) -> list[str]:
    """The audit's 80 files, in the order drawn."""
    taken = gold_files()
    rng = random.Random(SEED)
    rows = [
        json.loads(line)
        for line in (root / "reuters21578" / "index.jsonl").read_text("utf-8").splitlines()
    ]
    pool = sorted(
        f"reuters21578/{r['file']}"
        for r in rows
        if 40 <= r["words"] <= 600 and f"reuters21578/{r['file']}" not in taken
    )
    chosen = rng.sample(pool, REUTERS)
    ecb = sorted(
        f"ecbplus-dev/{p.name}"
        for p in (root / "ecbplus-dev").glob("*.txt")
        if p.name[0].isdigit()
        and 40 <= len(gold.read_text(root, f"ecbplus-dev/{p.name}").split()) <= 600
        and f"ecbplus-dev/{p.name}" not in taken
    )
    return chosen + rng.sample(ecb, ECB)


Key = tuple[str, int, int, str, str, str]


def _key(file: str, item: Any) -> Key:
    """One output of one span: where, and the value, unit and qualifier judged."""
    return (
        file,
        int(item["start"]),
        int(item["end"]),
        f"{float(item['value']):.4g}" if item["value"] is not None else "-",
        str(item["unit"]),
        str(item["qualifier"]),
    )


def load_verdicts() -> dict[Key, str]:
    """The hand-written verdict of each output judged."""
    if not VERDICTS_FILE.is_file():
        return {}
    items = yaml.safe_load(VERDICTS_FILE.read_text(encoding="utf-8"))["figures"]
    return {_key(i["file"], i): str(i["verdict"]) for i in items}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draw", action="store_true", help="check the draw against DRAWN")
    parser.add_argument("--list", action="store_true", help="print every figure with context")
    args = parser.parse_args(argv)
    problem = gold.corpus_problem()
    if problem:
        print(f"skipped: {problem}")
        return 0
    root = gold.corpus_root()
    files = [
        f"{gold.CORPUS_DIRS['ecbplus' if 'ecb' in name else 'reuters']}/{name}.txt"
        for name in DRAWN
    ]
    if args.draw:
        assert draw(root) == files, "the gold has grown since the draw"

    from tui.core.model.settings import Settings
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    articles = gold_articles(root, files, index_dates(root))
    quantities, _ = pipeline_spans(Extractor(settings, kb), articles)
    verdicts = load_verdicts()
    counts: Counter[str] = Counter()
    for file in files:
        text = gold.read_text(root, file)
        for q in quantities.get(file, []):
            if q["label"] not in gold.FIGURE_LABELS:
                continue
            verdict = verdicts.get(_key(file, q), "unjudged")
            counts[verdict.split(":")[0]] += 1
            if args.list:
                left = text[max(0, q["start"] - 50) : q["start"]].replace("\n", " ")
                right = text[q["end"] : q["end"] + 40].replace("\n", " ")
                print(
                    f"{file} {q['start']} {q['end']} {q['label']} {q['value']} {q['unit']} "
                    f"{q['qualifier']} [{verdict}] | {left}[[{text[q['start'] : q['end']]}]]{right}"
                )
    total = sum(counts.values())
    print(f"{len(files)} documents, {total} figures found")
    for verdict in (*VERDICTS, "unjudged"):
        print(f"  {verdict}: {counts[verdict]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
