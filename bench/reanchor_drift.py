"""Re-anchoring under small edits near a span: is it found where it is, or moved to another mention?

For each seed article, a span of its committed annotations is picked at random and
1-12 words within 300 characters of it are deleted or replaced; the span is then
placed again in the edited text. A span whose own text the edit left alone is right
at its (shifted) place and lost if orphaned; one whose text the edit touched is right
as an orphan, or placed near the edit (what is left of it). Anything else is moved:
the span went to another mention of its words, the failure issue 13 found.

    .venv/bin/python bench/reanchor_drift.py [--tries 800] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from tui.core.editing.anchor import reanchor_span  # noqa: E402
from tui.core.model.corpus import load_corpus  # noqa: E402
from tui.core.model.schema import Entity  # noqa: E402
from tui.core.model.store import AnnotationStore  # noqa: E402
from tui.core.text.context import span_context  # noqa: E402

REPLACEMENTS = ("", "new words here", "X", "Another clause was inserted, ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=800, help="edits per seed article")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    store = AnnotationStore(root / "annotations")
    rng = random.Random(args.seed)
    counts = {"right": 0, "lost": 0, "orphaned right": 0, "near the edit": 0, "moved": 0}
    elapsed = 0.0
    for article in load_corpus(root / "seeds").articles:
        annotation = store.load(article.id).value
        if annotation is None:
            continue
        text = article.text
        words = [m.span() for m in re.finditer(r"\S+", text)]
        spans = [*annotation.entities, *annotation.quantities]
        for _ in range(args.tries):
            stored = rng.choice(spans)
            s, e = stored.start, stored.end
            prefix, suffix = span_context(text, s, e)
            span = Entity(start=s, end=e, text=text[s:e], label="X", prefix=prefix, suffix=suffix)
            near = [i for i, (a, _) in enumerate(words) if abs(a - s) < 300]
            j = rng.choice(near)
            a, b = words[j][0], words[min(len(words) - 1, j + rng.randint(0, 12))][1]
            edited = text[:a] + rng.choice(REPLACEMENTS) + text[b:]
            truth = s if e <= a else (s + len(edited) - len(text) if s >= b else None)
            t0 = time.perf_counter()
            placed = reanchor_span(span, edited)
            elapsed += time.perf_counter() - t0
            if truth is None:
                if placed is None:
                    counts["orphaned right"] += 1
                elif a - 40 <= placed.start <= a + 60:
                    counts["near the edit"] += 1
                else:
                    counts["moved"] += 1
            elif placed is None:
                counts["lost"] += 1
            elif (placed.start, placed.text) == (truth, span.text):
                counts["right"] += 1
            else:
                counts["moved"] += 1
    total = sum(counts.values())
    print("  ".join(f"{name} {n}" for name, n in counts.items()))
    print(
        f"moved to another mention: {counts['moved'] / total:.2%} of {total}; "
        f"intact spans orphaned: {counts['lost'] / (counts['right'] + counts['lost']):.2%}; "
        f"{elapsed / total * 1e6:.0f} µs/span"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
