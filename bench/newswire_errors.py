"""Tuning aid: the whole pipeline's scores and errors on the newswire gold's tuning splits only.

Runs :class:`tui.core.nlp.extractor.Extractor` on the ``dev``, ``dev2``, ``dev3`` and
``dev4`` documents (and the ``dev`` dates) of ``bench/gold/`` and prints their scores and, with
``--errors``, every miss and every false positive per category. It refuses the
held-out splits (``heldout``, ``heldout2``): those are read as totals only, by
``bench/newswire_quality.py``, a few times per round, never error by error.

    .venv/bin/python bench/newswire_errors.py [--split dev|dev2|dev3|dev4|dev+dev2|dev+dev2+dev3|dev+dev2+dev3+dev4] [--errors numbers,names,dates]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import newswire_gold as gold  # noqa: E402
from bench.newswire_quality import gold_articles, index_dates, pipeline_spans  # noqa: E402

TUNING_SPLITS = ("dev", "dev2", "dev3", "dev4", *gold.COMBINED_SPLITS)
CATEGORIES = ("numbers", "names", "dates")


def _in(split: str, item_split: str) -> bool:
    return item_split in gold.COMBINED_SPLITS.get(split, (split,))


def _show(text: str, start: int, end: int) -> str:
    return text[start:end].replace("\n", " ")


def number_errors(
    doc: gold.GoldDocument, text: str, predicted: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Gold figures not matched and predicted figures not right, one line each."""
    lines = []
    spans = [gold.as_span(p) for p in predicted if p["label"] in gold.FIGURE_LABELS]
    by_key = {(s.start, s.end): s for s in spans}
    gold_keys = {(f.start, f.end): f for f in doc.figures}
    for figure in doc.figures:
        span = by_key.get((figure.start, figure.end))
        want = f"{figure.value:g} {figure.unit} {figure.qualifier}"
        if span is None:
            near = [s for s in spans if s.start < figure.end and figure.start < s.end]
            got = "; ".join(
                f"{_show(text, s.start, s.end)!r} {s.value} {s.unit} {s.qualifier}" for s in near
            )
            lines.append(f"  MISS {figure.text!r} [{want}]" + (f"  got {got}" if got else ""))
        elif not (
            gold.close(span.value, figure.value)
            and span.unit == figure.unit
            and span.qualifier == figure.qualifier
        ):
            lines.append(
                f"  WRONG {figure.text!r} [{want}] got {span.value} {span.unit} {span.qualifier}"
            )
    for span in spans:
        key = (span.start, span.end)
        if key in gold_keys:
            continue
        overlaps = any(f.start < span.end and span.start < f.end for f in doc.figures)
        if not overlaps:
            context = _show(text, max(0, span.start - 30), min(len(text), span.end + 30))
            lines.append(
                f"  EXTRA {_show(text, span.start, span.end)!r} {span.label} {span.value} "
                f"{span.unit} {span.qualifier}  | {context!r}"
            )
    return lines


def name_errors(
    doc: gold.GoldDocument, text: str, predicted: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Gold names not found with their span and label, and predicted names not in the gold."""
    lines = []
    spans = [gold.as_span(p) for p in predicted if p["label"] in gold.NAME_LABELS]
    keys = {(s.start, s.end, s.label) for s in spans}
    gold_keys = {(e.start, e.end, e.label) for e in doc.entities}
    for name in doc.entities:
        if (name.start, name.end, name.label) in keys:
            continue
        near = [s for s in spans if s.start < name.end and name.start < s.end]
        got = "; ".join(f"{_show(text, s.start, s.end)!r} {s.label}" for s in near)
        lines.append(f"  MISS {name.text!r} {name.label}" + (f"  got {got}" if got else ""))
    for span in spans:
        if (span.start, span.end, span.label) in gold_keys:
            continue
        if any(e.start < span.end and span.start < e.end for e in doc.entities):
            continue
        context = _show(text, max(0, span.start - 30), min(len(text), span.end + 30))
        lines.append(f"  EXTRA {_show(text, span.start, span.end)!r} {span.label} | {context!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev+dev2", choices=TUNING_SPLITS)
    parser.add_argument(
        "--errors", default="", help=f"comma-separated categories to list: {','.join(CATEGORIES)}"
    )
    args = parser.parse_args(argv)
    wanted = {c for c in args.errors.split(",") if c}
    if wanted - set(CATEGORIES):
        parser.error(f"unknown categories: {', '.join(sorted(wanted - set(CATEGORIES)))}")

    problem = gold.corpus_problem()
    if problem:
        print(f"skipped: {problem}")
        return 0
    root = gold.corpus_root()
    documents = [d for d in gold.load_gold() if _in(args.split, d.split)]
    dates = [i for i in gold.load_dates() if _in(args.split, i.split)]

    from tui.core.model.settings import Settings
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    extractor = Extractor(settings, kb)
    articles = gold_articles(
        root, [d.file for d in documents] + [i.file for i in dates], index_dates(root)
    )
    quantities, entities = pipeline_spans(extractor, articles)
    report = gold.score_all(documents, dates, quantities, entities)
    print(gold.format_report({args.split: report[args.split]}))
    for doc in documents:
        text = gold.read_text(root, doc.file)
        lines: list[str] = []
        if "numbers" in wanted:
            lines += number_errors(doc, text, quantities.get(doc.file, []))
        if "names" in wanted:
            lines += name_errors(doc, text, entities.get(doc.file, []))
        if lines:
            print(f"\n{doc.file} ({doc.split})")
            print("\n".join(lines))
    if "dates" in wanted:
        for item in dates:
            spans = [
                gold.as_span(e)
                for e in entities.get(item.file, [])
                if e["label"] == "DATE" and e["start"] < item.end and item.start < e["end"]
            ]
            if any(s.value == item.value for s in spans):
                continue
            text = gold.read_text(root, item.file)
            got = "; ".join(f"{_show(text, s.start, s.end)!r}={s.value}" for s in spans)
            print(
                f"DATE {item.file} {item.text!r} ref {item.reference} want {item.value}"
                f" got {got or '-'}" + (f"  ({item.note})" if item.note else "")
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
