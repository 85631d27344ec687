"""Extraction quality on real newswire: the whole pipeline against plain spaCy on the blind gold, and throughput.

Scores the gold of ``bench/gold/`` (148 Reuters-21578 stories and 56 ECB+ documents,
written blind; held-out parts frozen) for the whole pipeline
(``tui.core.nlp.extractor.Extractor``) and for plain ``en_core_web_sm`` in the same
run, per split (``dev``, ``heldout``, ``dev2``, ``heldout2`` dates, ``dev3``, ``dev4``,
``dev+dev2``, ``dev+dev2+dev3``, ``dev+dev2+dev3+dev4``):
numbers (span, value, unit, qualifier), money (value and unit), ORG / PERSON / GPE
(exact span and label) and relative dates. Then the throughput
of ``annotate --jobs N`` (``tui.core.pipeline.annotate``, YAML written to a temporary
folder) against bare ``nlp.pipe(texts, n_process=N)`` of the same model on 1,000
Reuters stories, alternating, best run of each.

Each Reuters story is dated by the corpus's ``index.jsonl`` (the texts carry no year),
as ``newsreader`` dates an article from that file. The texts are read from
``$NEWSREADER_CORPORA`` or ``../shared/corpora``; without them the script says why
and exits 0.

    .venv/bin/python bench/newswire_quality.py [--jobs 2] [--stories 1000] [--repeat 2] [--no-throughput]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from bench import newswire_gold as gold  # noqa: E402
from tui.core.model.corpus import read_article  # noqa: E402
from tui.core.model.schema import Article  # noqa: E402
from tui.core.model.settings import Settings  # noqa: E402
from tui.core.model.store import AnnotationStore  # noqa: E402

Spans = dict[str, list[dict[str, Any]]]


def index_dates(root: Path) -> dict[str, str]:
    """``reuters21578/00001.txt`` -> ISO date, from each corpus folder's ``index.jsonl``."""
    dates: dict[str, str] = {}
    for folder in gold.CORPUS_DIRS.values():
        index = root / folder / "index.jsonl"
        if not index.is_file():
            continue
        for line in index.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("date"):
                dates[f"{folder}/{row['file']}"] = str(row["date"])[:10]
    return dates


def gold_articles(root: Path, files: Iterable[str], dates: Mapping[str, str]) -> list[Article]:
    """The gold's documents as articles, each id its gold ``file`` and dated by the index."""
    articles = []
    for file in sorted(set(files)):
        article = read_article(root / file)
        articles.append(replace(article, id=file, date=dates.get(file, article.date)))
    return articles


def pipeline_spans(extractor: Any, articles: Sequence[Article]) -> tuple[Spans, Spans]:
    """Quantities and entities of the whole pipeline, per gold file."""
    quantities: Spans = {}
    entities: Spans = {}
    for annotation in extractor.extract(articles):
        quantities[annotation.article] = [q.model_dump() for q in annotation.quantities]
        entities[annotation.article] = [e.model_dump() for e in annotation.entities]
    return quantities, entities


def plain_spans(nlp: Any, articles: Sequence[Article]) -> tuple[Spans, Spans]:
    """What bare spaCy says: its number entities (no values) and its other entities."""
    quantities: Spans = {}
    entities: Spans = {}
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        spans = [
            {"start": e.start_char, "end": e.end_char, "label": e.label_, "value": None}
            for e in doc.ents
        ]
        quantities[article.id] = [s for s in spans if s["label"] in gold.FIGURE_LABELS]
        entities[article.id] = [s for s in spans if s["label"] not in gold.FIGURE_LABELS]
    return quantities, entities


ROWS = (
    ("numbers", "numbers value+unit+qualifier", "pr"),
    ("number spans", "number spans (diagnostic)", "pr"),
    ("money", "money value+unit", "r"),
    ("names", "ORG/PERSON/GPE exact span", "prf"),
    ("names ORG", "  ORG", "prf"),
    ("names PERSON", "  PERSON", "prf"),
    ("names GPE", "  GPE", "prf"),
    ("dates", "relative dates right", "r"),
)


def _cell(score: gold.Score, kind: str) -> str:
    if kind == "r":
        return f"{score.recall:.3f} ({score.matched}/{score.gold})"
    text = f"P {score.precision:.3f} R {score.recall:.3f}"
    return text + (f" F1 {score.f1:.3f}" if kind == "prf" else "")


def format_table(reports: Mapping[str, Mapping[str, Mapping[str, gold.Score]]]) -> str:
    """A Markdown table: one row per split and category it has, one column per system."""
    systems = list(reports)
    lines = [
        "| split | category | " + " | ".join(systems) + " |",
        "|---|---|" + "---|" * len(systems),
    ]
    for split in gold.REPORT_SPLITS:
        if split == "all":
            continue
        for key, name, kind in ROWS:
            if key not in reports[systems[0]][split]:
                continue
            cells = [_cell(reports[system][split][key], kind) for system in systems]
            lines.append(f"| {split} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def measure_throughput(
    extractor: Any, settings: Settings, root: Path, stories: int, jobs: int, repeat: int
) -> list[tuple[float, float]]:
    """Seconds of bare ``nlp.pipe`` and of ``annotate`` on the same stories, ``repeat`` times."""
    import spacy

    from tui.core.pipeline import annotate

    files = sorted((root / gold.CORPUS_DIRS["reuters"]).glob("*.txt"))[:stories]
    articles = [read_article(path) for path in files]
    texts = [a.text for a in articles]
    bare = spacy.load(settings.english_model)
    list(bare.pipe(texts[:20]))
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _doc in bare.pipe(texts, n_process=jobs):
            pass
        bare_seconds = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as folder:
            store = AnnotationStore(Path(folder))
            started = time.perf_counter()
            report = annotate(articles, store, settings, jobs=jobs, force=True, extractor=extractor)
            pipeline_seconds = time.perf_counter() - started
        if len(report.written) != len(articles):
            raise SystemExit(f"annotate wrote {len(report.written)} of {len(articles)} stories")
        runs.append((bare_seconds, pipeline_seconds))
        print(
            f"  run: bare nlp.pipe {bare_seconds:.1f}s, annotate {pipeline_seconds:.1f}s, "
            f"ratio {bare_seconds / pipeline_seconds:.2f}",
            flush=True,
        )
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="processes of both (default 2)")
    parser.add_argument("--stories", type=int, default=1000, help="Reuters stories timed")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each (best counts)")
    parser.add_argument("--no-throughput", action="store_true", help="scores only")
    args = parser.parse_args(argv)

    problem = gold.corpus_problem()
    if problem:
        print(f"skipped: {problem}")
        return 0
    root = gold.corpus_root()
    documents, dates = gold.load_gold(), gold.load_dates()
    problems = gold.validate(documents, dates, root)
    if problems:
        print("the gold does not fit the corpus:\n" + "\n".join(problems))
        return 1

    import spacy

    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    extractor = Extractor(settings, kb)
    plain = spacy.load(settings.english_model)
    articles = gold_articles(
        root, [d.file for d in documents] + [i.file for i in dates], index_dates(root)
    )
    reports = {}
    for system, spans in (
        ("whole pipeline", pipeline_spans(extractor, articles)),
        (f"plain {settings.english_model}", plain_spans(plain, articles)),
    ):
        quantities, entities = spans
        reports[system] = gold.score_all(documents, dates, quantities, entities)
    documents_per_split = ", ".join(
        f"{sum(d.split == split for d in documents)} {split}" for split in gold.DOCUMENT_SPLITS
    )
    dates_per_split = ", ".join(
        f"{sum(i.split == split for i in dates)} {split}" for split in gold.DATE_SPLITS
    )
    print(
        f"newswire gold: documents {documents_per_split}; dates {dates_per_split}; "
        "Reuters dated by index.jsonl"
    )
    print()
    print(format_table(reports))
    if args.no_throughput:
        return 0
    print()
    print(
        f"throughput: {args.stories} Reuters stories, {args.jobs} processes each "
        f"(annotate --jobs {args.jobs} writing YAML vs bare nlp.pipe n_process={args.jobs}, "
        f"{settings.english_model}, all components)"
    )
    runs = measure_throughput(extractor, settings, root, args.stories, args.jobs, args.repeat)
    best_bare = min(b for b, _ in runs)
    best_pipeline = min(p for _, p in runs)
    print(
        f"best: bare {best_bare:.1f}s, annotate {best_pipeline:.1f}s, "
        f"ratio {best_bare / best_pipeline:.2f} (target >= 0.8)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
