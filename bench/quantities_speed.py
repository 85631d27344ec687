"""Throughput of quantity extraction against bare spaCy on the same texts.

Prints tokens per second of ``nlp.pipe`` alone (the baseline) and of ``nlp.pipe``
followed by :func:`extract_quantities` on every doc, for English (the seed
articles' English paragraphs and the English gold sentences) and Japanese (the
Japanese paragraphs and gold sentences), plus the cost of ``normalise_date``.

Run: ``.venv/bin/python bench/quantities_speed.py [repeat]``
"""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

import spacy
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from tui.core.model.corpus import guess_languages, load_corpus  # noqa: E402
from tui.core.model.settings import Settings  # noqa: E402
from tui.core.nlp.dates import normalise_date  # noqa: E402
from tui.core.nlp.quantities.grammar import build_quantity_matchers, extract_quantities  # noqa: E402


def texts_by_language() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {"en": [], "ja": []}
    for article in load_corpus(ROOT / "seeds").articles:
        for paragraph in article.text.splitlines():
            if paragraph.strip():
                texts[(guess_languages(paragraph) or ("en",))[0]].append(paragraph)
    gold = yaml.safe_load((ROOT / "tests/fixtures/gold_general.yaml").read_text(encoding="utf-8"))
    for sentence in gold["sentences"]:
        texts[sentence["lang"]].append(sentence["text"])
    return texts


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def pipe_all(nlp, texts) -> list:
    return list(nlp.pipe(texts))


def quantities_all(docs, lang: str, grammar) -> list:
    return [extract_quantities(d, lang, grammar=grammar) for d in docs]


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    settings = Settings()
    models = {"en": spacy.load(settings.english_model), "ja": spacy.load(settings.ja_model)}
    for lang, paragraphs in texts_by_language().items():
        nlp = models[lang]
        texts = paragraphs * repeat
        grammar = build_quantity_matchers(nlp)
        docs = list(nlp.pipe(texts))
        tokens = sum(len(d) for d in docs)
        bare = best_of(3, partial(pipe_all, nlp, texts))
        extra = best_of(3, partial(quantities_all, docs, lang, grammar))
        found = sum(len(extract_quantities(d, lang, grammar=grammar)) for d in docs)
        print(
            f"{lang}: {len(texts)} texts, {tokens} tokens, {found} quantities | "
            f"bare nlp.pipe {tokens / bare:,.0f} tok/s | "
            f"pipe + quantities {tokens / (bare + extra):,.0f} tok/s | "
            f"ratio {bare / (bare + extra):.3f} | quantities alone {tokens / extra:,.0f} tok/s"
        )
    samples = [
        "late 2020",
        "on Thursday",
        "2023年4月13日",
        "last month",
        "the past 18 months",
        "recent years",
    ]
    calls = samples * 2000
    ref = __import__("datetime").date(2023, 4, 13)
    elapsed = best_of(3, lambda: [normalise_date(t, ref) for t in calls])
    print(
        f"normalise_date: {len(calls) / elapsed:,.0f} calls/s ({elapsed / len(calls) * 1e6:.1f} µs each)"
    )


if __name__ == "__main__":
    main()
