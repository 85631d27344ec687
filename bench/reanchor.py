"""Re-anchoring benchmark: spans placed right after article text edits, against a baseline.

For every seed article and each of its first sentences, the sentence is deleted
and a note inserted at the top; every span of the article's annotation is then
re-anchored. A span outside the deleted sentence is right if it lands on its
own quote at its shifted offset; a span inside is right if it becomes an orphan.
The baseline is the first version (exact quote only, ranked by context then
distance, always trusted). Also prints the time per span of both.

    .venv/bin/python bench/reanchor.py [--sentences N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from tui.core.editing.anchor import reanchor_annotation  # noqa: E402
from tui.core.model.corpus import load_corpus  # noqa: E402
from tui.core.model.schema import ArticleAnnotation, Span  # noqa: E402
from tui.core.model.store import AnnotationStore  # noqa: E402

NOTE = "Editor's note: this article was updated.\n\n"


def baseline_span(span: Span, text: str) -> Span | None:
    """The foundation's first re-anchoring: any exact occurrence, best context then nearest."""
    if text[span.start : span.end] == span.text:
        return span
    found, index = [], text.find(span.text)
    while index != -1:
        found.append(index)
        index = text.find(span.text, index + 1)
    if not found:
        return None

    def score(start: int) -> tuple[int, int]:
        end = start + len(span.text)
        context = 0
        if span.prefix and text[max(0, start - len(span.prefix)) : start] == span.prefix:
            context += 1
        if span.suffix and text[end : end + len(span.suffix)] == span.suffix:
            context += 1
        return (-context, abs(start - span.start))

    start = min(found, key=score)
    return span.model_copy(update={"start": start, "end": start + len(span.text)})


def baseline(annotation: ArticleAnnotation, text: str) -> tuple[list[Span], list[Span]]:
    placed, orphans = [], []
    for span in (*annotation.entities, *annotation.quantities):
        moved = baseline_span(span, text)
        (orphans if moved is None else placed).append(moved or span)
    return placed, orphans


def current(annotation: ArticleAnnotation, text: str) -> tuple[list[Span], list[Span]]:
    moved, orphans = reanchor_annotation(annotation, text)
    return [*moved.entities, *moved.quantities], list(orphans)


Method = Callable[[ArticleAnnotation, str], tuple[list[Span], list[Span]]]


def score(
    method: Method, cases: list[tuple[ArticleAnnotation, str, int, int]]
) -> tuple[int, int, int, int, float]:
    moved_right = orphaned_right = wrong = spans = 0
    elapsed = 0.0
    for annotation, text, cut_start, cut_end in cases:
        t0 = time.perf_counter()
        placed, orphans = method(annotation, text)
        elapsed += time.perf_counter() - t0
        where = {(s.label, s.text, s.start) for s in placed}
        orphan_ids = {(s.label, s.text, s.start) for s in orphans}
        for span in (*annotation.entities, *annotation.quantities):
            spans += 1
            if cut_start <= span.start and span.end <= cut_end:
                ok = (span.label, span.text, span.start) in orphan_ids
                orphaned_right += ok
            else:
                shift = len(NOTE) - (cut_end - cut_start if span.start >= cut_end else 0)
                ok = (span.label, span.text, span.start + shift) in where
                moved_right += ok
            wrong += not ok
    return spans, moved_right, orphaned_right, wrong, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sentences", type=int, default=12, help="sentences deleted per article, one at a time"
    )
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    corpus = load_corpus(root / "seeds")
    store = AnnotationStore(root / "annotations")
    cases = []
    for article in corpus.articles:
        annotation = store.load(article.id).value
        if annotation is None:
            continue
        for sentence in annotation.sentences[: args.sentences]:
            text = NOTE + article.text[: sentence.start] + article.text[sentence.end :]
            cases.append((annotation, text, sentence.start, sentence.end))
    print(f"{len(cases)} edited texts from {len(corpus.articles)} seed articles")
    results = {}
    for name, method in (("baseline (exact only)", baseline), ("re-anchoring", current)):
        spans, moved, orphaned, wrong, elapsed = score(method, cases)
        results[name] = (wrong, elapsed)
        print(
            f"{name:24} spans {spans}  moved right {moved}  orphaned right {orphaned}  "
            f"wrong {wrong} ({wrong / spans:.2%})  {elapsed / spans * 1e6:.1f} µs/span"
        )
    (bw, bt), (cw, ct) = results.values()
    print(f"wrong placements: {cw} vs {bw} baseline; time ratio {ct / bt:.2f}x baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
