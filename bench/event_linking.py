"""Event linking benchmark: quality on two gold sets, and time on generated corpora.

Quality: the seeds and tests/fixtures/events_corpus are annotated by the real
pipeline (into temporary folders), linked, and scored against
tests/fixtures/gold_events_*.yaml: pairwise precision and recall of linked
passages across articles, single-source gold events linked elsewhere, and the
English-Japanese paragraph pairs aligned.

Scaling: corpora of 1,000, 2,000 and 4,000 generated articles (annotations made
directly as ArticleAnnotation values, no spaCy) are linked, and each doubling's
time ratio printed (near-linear: at most 2.5).

    .venv/bin/python bench/event_linking.py            # everything
    .venv/bin/python bench/event_linking.py --scaling  # timing only
    .venv/bin/python bench/event_linking.py --quality  # gold sets only
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from bench.scoring.events import format_score, score_corpus  # noqa: E402
from tui.core.events.linking import link_events  # noqa: E402
from tui.core.model.corpus import load_corpus  # noqa: E402
from tui.core.model.schema import (  # noqa: E402
    Article,
    ArticleAnnotation,
    Entity,
    Metadata,
    Quantity,
    Sentence,
)

GOLD_SETS = (
    ("seeds", ROOT / "seeds", ROOT / "tests/fixtures/gold_events_seeds.yaml"),
    (
        "written corpus",
        ROOT / "tests/fixtures/events_corpus",
        ROOT / "tests/fixtures/gold_events_corpus.yaml",
    ),
)


def annotate_folder(
    folder: Path, extractor: object
) -> tuple[list[Article], dict[str, ArticleAnnotation]]:
    """Annotate every article of ``folder`` with the real pipeline, in a temporary store."""
    from tui.core.model.store import AnnotationStore
    from tui.core.pipeline import annotate

    articles = list(load_corpus(folder).articles)
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore(tmp)
        annotate(articles, store, extractor=extractor)
        annotations = {a.id: store.load(a.id).value for a in articles}
    return articles, {k: v for k, v in annotations.items() if v is not None}


def quality() -> None:
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    kb = AnnotationStore(ROOT / "annotations").load_kb().value
    extractor = Extractor(None, kb)
    for name, folder, gold in GOLD_SETS:
        articles, annotations = annotate_folder(folder, extractor)
        started = time.perf_counter()
        events = link_events(articles, annotations)
        elapsed = time.perf_counter() - started
        score = score_corpus(articles, events, gold)
        multi = sum(1 for e in events.events if len({m.article for m in e.mentions}) > 1)
        print(format_score(name, score))
        print(
            f"{name}: {len(events.events)} events ({multi} across sources), "
            f"linked in {elapsed * 1000:.0f} ms"
        )
        for line in score.wrong_pairs[:10]:
            print(f"    wrong: {line}")
        for line in score.missed_pairs[:10]:
            print(f"    missed: {line}")
        for line in score.leaks:
            print(f"    leak: {line}")


# ------------------------------------------------------------------ generated corpora

COMPANY_WORDS = (
    "Acme Borealis Corvid Dunmore Elara Fenwick Galt Halden Istra Juno Kelda Lumen".split()
)
SUFFIXES = "Holdings Mobility Steel Foods Bank Energy Mining Pay Media Labs".split()
FIRST = "Ada Bruno Clara Dario Elin Farid Greta Hugo Ines Jonas".split()
LAST = "Varga Moreau Lind Kalas Orsini Brandt Sato Novak Quist Reyes".split()
TEMPLATES = {
    "ipo_halt": [
        "Regulators {verb} the IPO of {co} on {date}, a {money} deal.",
        "{co}'s listing was {verb} on {date}, ending a {money} offering.",
    ],
    "meeting": [
        "{person} met the heads of {co} on {date}.",
        "{person} convened executives from {co} on {date}.",
    ],
    "share_fall": [
        "Shares of {co} fell {pct} on {date}.",
        "{co} stock slumped {pct} on {date}.",
    ],
    "fine": ["{co} was fined {money} on {date}.", "The regulator fined {co} {money} on {date}."],
    "split": ["{co} will split into {n} business units, it said on {date}."],
}
VERBS = ["halted", "suspended", "scrapped", "pulled", "shelved"]
FILLERS = [
    "{co} said its outlook was unchanged.",
    "Analysts at {co} kept their ratings.",
    "{person} declined to comment on the figures.",
    "The sector has drawn attention from investors in {place}.",
]
PLACES = ["Singapore", "Athens", "Budapest", "Lisbon", "Oslo"]


class _Builder:
    """Text with spans, built piece by piece."""

    def __init__(self) -> None:
        self.text = ""
        self.entities: list[Entity] = []
        self.quantities: list[Quantity] = []
        self.sentences: list[Sentence] = []

    def add(self, template: str, slots: dict[str, tuple[str, str, object]]) -> None:
        start = len(self.text)
        parts = template.split("{")
        self.text += parts[0]
        for part in parts[1:]:
            name, _, rest = part.partition("}")
            surface, label, extra = slots[name]
            a = len(self.text)
            self.text += surface
            b = len(self.text)
            if label in ("MONEY", "PERCENT"):
                value, unit = extra  # type: ignore[misc]
                self.quantities.append(
                    Quantity(start=a, end=b, text=surface, label=label, value=value, unit=unit)
                )
            elif label:
                key = "value" if label == "DATE" else "kb_id"
                self.entities.append(
                    Entity(start=a, end=b, text=surface, label=label, **{key: extra})
                )
            self.text += rest
        self.sentences.append(Sentence(start=start, end=len(self.text)))
        self.text += " "


def generate(n_articles: int, seed: int = 7) -> tuple[list[Article], dict[str, ArticleAnnotation]]:
    """A corpus where each happening is reported by about three articles, with distractors."""
    rng = random.Random(seed)
    n_companies = max(20, n_articles // 2)
    companies = [
        (f"{COMPANY_WORDS[i % len(COMPANY_WORDS)]} {i} {SUFFIXES[i % len(SUFFIXES)]}", f"co-{i}")
        for i in range(n_companies)
    ]
    people = [
        (f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}", f"p-{i}")
        for i in range(max(10, n_articles // 4))
    ]
    base = dt.date(2020, 1, 1)
    happenings = []
    for _ in range(max(10, n_articles)):
        act = rng.choice(sorted(TEMPLATES))
        happenings.append(
            (
                act,
                rng.choice(companies),
                rng.choice(people),
                base + dt.timedelta(days=rng.randrange(0, 5 * 365)),
                round(rng.uniform(1, 900), 1),
                round(rng.uniform(0.5, 15), 1),
                rng.randrange(2, 9),
            )
        )
    articles: list[Article] = []
    annotations: dict[str, ArticleAnnotation] = {}
    for index in range(n_articles):
        builder = _Builder()
        reported = [happenings[rng.randrange(len(happenings))] for _ in range(3)]
        latest = max(h[3] for h in reported)
        for act, co, person, day, money, pct, units in reported:
            template = rng.choice(TEMPLATES[act])
            slots = {
                "co": (co[0], "ORG", co[1]),
                "person": (person[0], "PERSON", person[1]),
                "date": (day.strftime("%B %d, %Y"), "DATE", day.isoformat()),
                "money": (f"${money} million", "MONEY", (money * 1e6, "USD")),
                "pct": (f"{pct}%", "PERCENT", (pct, "percent")),
                "n": (str(units), "", None),
                "verb": (rng.choice(VERBS), "", None),
            }
            builder.add(template, slots)
            for _ in range(3):
                filler = rng.choice(FILLERS)
                builder.add(
                    filler,
                    {
                        "co": (rng.choice(companies)[0], "ORG", None),
                        "person": (rng.choice(people)[0], "PERSON", None),
                        "place": (rng.choice(PLACES), "GPE", None),
                    },
                )
            builder.text = builder.text.rstrip(" ") + "\n"
        text = builder.text
        digest = hashlib.sha256(text.encode()).hexdigest()
        article_id = f"gen{index:05d}"
        date = (latest + dt.timedelta(days=1)).isoformat()
        articles.append(
            Article(article_id, f"{article_id}.txt", text, digest, article_id, date, ("en",))
        )
        annotations[article_id] = ArticleAnnotation(
            article=article_id,
            sha256=digest,
            metadata=Metadata(date=date),
            sentences=tuple(builder.sentences),
            entities=tuple(builder.entities),
            quantities=tuple(builder.quantities),
        )
    return articles, annotations


def scaling(repeats: int = 3) -> list[tuple[int, float]]:
    """Best CPU time of ``repeats`` rounds per size.

    CPU time of this process (not wall time), and rounds that interleave the
    sizes, so that other work on a shared machine does not distort the ratios.
    """
    sizes = (1000, 2000, 4000)
    corpora = {size: generate(size) for size in sizes}
    best = {size: float("inf") for size in sizes}
    wall = {size: float("inf") for size in sizes}
    events = {size: 0 for size in sizes}
    for _ in range(repeats):
        for size in sizes:
            articles, annotations = corpora[size]
            gc.collect()
            started, cpu = time.perf_counter(), time.process_time()
            result = link_events(articles, annotations)
            best[size] = min(best[size], time.process_time() - cpu)
            wall[size] = min(wall[size], time.perf_counter() - started)
            events[size] = len(result.events)
    print("articles   cpu s   wall s   events   cpu ratio to previous size")
    previous = None
    for size in sizes:
        ratio = f"{best[size] / previous:.2f}" if previous else "-"
        print(f"{size:>8}   {best[size]:5.2f}   {wall[size]:6.2f}   {events[size]:6d}   {ratio}")
        previous = best[size]
    return [(size, best[size]) for size in sizes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true", help="gold sets only")
    parser.add_argument("--scaling", action="store_true", help="generated corpora only")
    args = parser.parse_args(argv)
    both = not (args.quality or args.scaling)
    if args.quality or both:
        quality()
    if args.scaling or both:
        scaling()
    return 0


if __name__ == "__main__":
    sys.exit(main())
