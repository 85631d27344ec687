"""Extraction quality: the whole pipeline against plain en_core_web_sm, on the gold sets.

Prints precision, recall and right values per category (money, percentages,
counts, qualifiers, ORG/PERSON/GPE labels and kb_ids, furniture, the Japanese
half of seed 003) for the seeds gold and the general gold, then tokens per
second of the pipeline against bare ``nlp.pipe`` on the same texts.

    .venv/bin/python bench/extraction_quality.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from bench.scoring.extraction import (  # noqa: E402
    evaluate,
    format_table,
    measure_throughput,
    pipeline_system,
    plain_system,
)
from tui.core.model.corpus import load_corpus  # noqa: E402
from tui.core.model.settings import Settings  # noqa: E402
from tui.core.model.store import AnnotationStore  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs (best counts)")
    args = parser.parse_args()

    import spacy

    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    started = time.perf_counter()
    extractor = Extractor(settings, kb)
    plain = spacy.load(settings.english_model)
    print(f"models loaded in {time.perf_counter() - started:.1f}s ({settings.english_model})")
    seeds = load_corpus(settings.seeds).articles

    reports = [
        evaluate("whole pipeline", pipeline_system(extractor), seeds),
        evaluate(f"plain {settings.english_model}", plain_system(plain), seeds),
    ]
    for report in reports:
        for note in report.notes:
            print(f"note ({report.system}): {note}")
    print()
    print(format_table(reports))
    print()
    speed = measure_throughput(extractor, seeds, repeat=args.repeat)
    print(
        f"throughput on the {len(seeds)} seeds ({speed.tokens} tokens): "
        f"bare nlp.pipe {speed.bare_rate:,.0f} tokens/s, "
        f"whole pipeline {speed.pipeline_rate:,.0f} tokens/s, ratio {speed.ratio:.2f} (target >= 0.5)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
