"""Extraction quality against the gold sets: precision and recall per category.

Pure scoring functions over annotations and gold dictionaries, plus helpers that
run the whole pipeline and plain spaCy on the same texts; used by
``bench/extraction_quality.py`` and ``tests/core/test_extraction_quality.py``.

Matching rules (the same for every system):

- A predicted span matches a gold span when they overlap; each is used once,
  best overlap first. Span precision and recall count those matches.
- A number is *right* when its value is within 0.1% of the gold value and its
  unit is the gold unit. Plain spaCy gives spans without values: its spans
  count for precision and recall, never as right values.
- A name's label is right when the matched prediction has the gold label;
  precision counts predicted ORG/PERSON/GPE spans outside gold furniture.
- A furniture region is found when predicted furniture covers 80% of it; a
  predicted region is correct when half of it lies in gold furniture.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

import yaml

from tui.core.model.schema import (
    QUANTITY_LABELS,
    Article,
    ArticleAnnotation,
    Entity,
    Furniture,
    Quantity,
)
from tui.core.text.scripts import text_language

if TYPE_CHECKING:
    from spacy.language import Language

    from tui.core.nlp.extractor import Extractor

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
SEEDS_ENTITIES = "gold_seeds_entities.yaml"
SEEDS_NUMBERS = "gold_seeds_numbers.yaml"
GENERAL_NUMBERS = "gold_general.yaml"
GENERAL_ENTITIES = "gold_general_entities.yaml"

NAME_LABELS = ("ORG", "PERSON", "GPE")
COUNT_LABELS = ("CARDINAL", "QUANTITY")
VALUE_TOLERANCE = 1e-3


@dataclass
class Score:
    """Counts for one category; ``right`` counts matches that also got the meaning right."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: int = 0
    #: Among matches that can be judged (a value was read; the gold has a kb_id):
    #: how many had the right qualifier (numbers) or kb_id (names).
    detail_right: int = 0
    detail_total: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def accuracy(self) -> float:
        """Right (value and unit, or label) over gold: what a reader can trust."""
        return self.right / self.gold if self.gold else 1.0

    @property
    def detail_accuracy(self) -> float:
        return self.detail_right / self.detail_total if self.detail_total else 1.0

    def add(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            self.right + other.right,
            self.detail_right + other.detail_right,
            self.detail_total + other.detail_total,
        )


def load_gold(name: str, fixtures: Path = FIXTURES) -> dict[str, Any] | None:
    """A gold file of ``tests/fixtures`` as a dictionary, or None if it does not exist."""
    path = fixtures / name
    if not path.is_file():
        return None
    data = yaml.safe_load(path.read_text("utf-8"))
    return data if isinstance(data, dict) else None


# -------------------------------------------------------------------------- matching


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """Gold index -> predicted index for overlapping spans, one-to-one, best overlap first."""
    pairs = sorted(
        (
            (-_overlap(g, p), abs(g[0] - p[0]) + abs(g[1] - p[1]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if _overlap(g, p) > 0
        ),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out: dict[int, int] = {}
    for _, _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        out[gi] = pi
    return out


def same_value(predicted: float | None, gold: float | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(predicted - gold) <= VALUE_TOLERANCE * max(1.0, abs(gold))


def number_category(label: str | None) -> str | None:
    """``MONEY``, ``PERCENT``, ``counts`` or None (ordinals and others are not scored)."""
    if label in ("MONEY", "PERCENT"):
        return label
    if label in COUNT_LABELS:
        return "counts"
    return None


def score_numbers(
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Quantity],
    categories: Iterable[str] = ("MONEY", "PERCENT", "counts"),
) -> dict[str, Score]:
    """Scores per number category, and ``qualifier`` (right qualifier among matches).

    Args:
        gold: Gold quantities with ``start``, ``end``, ``value``, ``unit``, ``qualifier``, ``label``.
        predicted: Predicted quantities of the same text.
    """
    scores: dict[str, Score] = {}
    qualifier = Score()
    for category in categories:
        g = [q for q in gold if number_category(q.get("label")) == category]
        p = [q for q in predicted if number_category(q.label) == category]
        # A prediction of another category can still match (a count read as money):
        # match against all predictions, count precision within the category.
        pairs = match_spans(
            [(q["start"], q["end"]) for q in g], [(q.start, q.end) for q in predicted]
        )
        score = Score(gold=len(g), predicted=len(p))
        for gi, pi in pairs.items():
            found = predicted[pi]
            if number_category(found.label) == category:
                score.matched += 1
            if same_value(found.value, g[gi].get("value")) and found.unit == g[gi].get("unit"):
                score.right += 1
            # Qualifiers are judged only where a value was read: plain spaCy reads none.
            if found.value is not None:
                qualifier.matched += 1
                qualifier.detail_total += 1
                qualifier.detail_right += found.qualifier == g[gi].get("qualifier", "exact")
        qualifier.gold += len(g)
        scores[category] = score
    scores["qualifier"] = qualifier
    return scores


def score_names(
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Entity],
    furniture: Sequence[tuple[int, int]] = (),
) -> dict[str, Score]:
    """Scores per label (ORG, PERSON, GPE) and ``all``; ``detail_right`` counts right kb_ids."""
    named = [
        e
        for e in predicted
        if e.label in NAME_LABELS and not any(_overlap((e.start, e.end), f) for f in furniture)
    ]
    pairs = match_spans(
        [(g["start"], g["end"]) for g in gold], [(e.start, e.end) for e in predicted]
    )
    scores = {label: Score() for label in (*NAME_LABELS, "all")}
    for label in NAME_LABELS:
        scores[label].gold = sum(1 for g in gold if g["label"] == label)
        scores[label].predicted = sum(1 for e in named if e.label == label)
    for gi, pi in pairs.items():
        g, e = gold[gi], predicted[pi]
        if e.label == g["label"]:
            score = scores[g["label"]]
            score.matched += 1
            score.right += 1
            if g.get("kb_id"):
                score.detail_total += 1
                score.detail_right += e.kb_id == g["kb_id"]
    total = Score()
    for label in NAME_LABELS:
        total = total.add(scores[label])
    scores["all"] = total
    return scores


def score_furniture(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Furniture]) -> Score:
    """Regions found (80% covered) and predicted regions that are right (half in gold)."""

    def covered(span: tuple[int, int], regions: Sequence[tuple[int, int]]) -> int:
        return sum(_overlap(span, r) for r in regions)

    gold_spans = [(g["start"], g["end"]) for g in gold]
    pred_spans = [(f.start, f.end) for f in predicted]
    score = Score(gold=len(gold_spans), predicted=len(pred_spans))
    score.right = sum(1 for g in gold_spans if covered(g, pred_spans) >= 0.8 * (g[1] - g[0]))
    correct = sum(1 for p in pred_spans if covered(p, gold_spans) >= 0.5 * (p[1] - p[0]))
    # ``matched`` serves precision (predicted regions that are right), ``right`` recall.
    score.matched = correct
    # Kinds: of the gold regions touched by a prediction, how many got the gold kind.
    for g in gold:
        touching = [f for f in predicted if _overlap((g["start"], g["end"]), (f.start, f.end))]
        if touching:
            score.detail_total += 1
            score.detail_right += any(f.kind == g["kind"] for f in touching)
    return score


def japanese_start(text: str) -> int | None:
    """Offset of the first line written mostly in Japanese, if any."""
    offset = 0
    for line in text.split("\n"):
        if text_language(line) == "ja":
            return offset
        offset += len(line) + 1
    return None


# ----------------------------------------------------------------------- running


class _SpanFields(TypedDict):
    """The fields an entity and a quantity share."""

    start: int
    end: int
    text: str
    label: str


def plain_annotation(nlp: Language, article: Article) -> ArticleAnnotation:
    """What bare spaCy says about an article: its entities, numbers without values."""
    doc = nlp(article.text)
    entities, quantities = [], []
    for ent in doc.ents:
        common = _SpanFields(
            start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_
        )
        if ent.label_ in QUANTITY_LABELS:
            quantities.append(Quantity(**common))
        else:
            entities.append(Entity(**common))
    return ArticleAnnotation(
        article=article.id,
        sha256=article.sha256,
        entities=tuple(entities),
        quantities=tuple(quantities),
    )


def sentence_article(index: int, text: str, date: str | None = None) -> Article:
    """A one-sentence article for the general gold set."""
    from tui.core.model.corpus import guess_languages

    return Article(
        id=f"general-{index:03d}",
        path="",
        text=text,
        sha256="",
        title=text[:40],
        date=date,
        languages=guess_languages(text) or ("en",),
    )


def _locate(text: str, quote: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    start = text.find(quote)
    while start != -1:
        span = (start, start + len(quote))
        if not any(_overlap(span, t) for t in taken):
            taken.append(span)
            return span
        start = text.find(quote, start + 1)
    return None


def general_gold(sentences: Sequence[Mapping[str, Any]], key: str) -> list[list[dict[str, Any]]]:
    """Gold spans of each general sentence, with offsets found from their quoted text."""
    out = []
    for sentence in sentences:
        taken: list[tuple[int, int]] = []
        spans = []
        for item in sentence.get(key) or []:
            span = _locate(sentence["text"], str(item["text"]), taken)
            if span is not None:
                spans.append({**item, "start": span[0], "end": span[1]})
        out.append(spans)
    return out


@dataclass
class Report:
    """Every figure of one system on both gold sets."""

    system: str
    seeds: dict[str, Score] = field(default_factory=dict)
    general: dict[str, Score] = field(default_factory=dict)
    japanese: Score = field(default_factory=Score)
    notes: list[str] = field(default_factory=list)


def _sum(into: dict[str, Score], scores: Mapping[str, Score], prefix: str = "") -> None:
    for name, score in scores.items():
        key = prefix + name
        into[key] = into.get(key, Score()).add(score)


def evaluate(
    system: str,
    annotate_all: Callable[[Sequence[Article]], Mapping[str, ArticleAnnotation]],
    seeds: Sequence[Article],
    fixtures: Path = FIXTURES,
) -> Report:
    """Score one system (a function from articles to annotations) on every gold file present."""
    report = Report(system)
    entities_gold = load_gold(SEEDS_ENTITIES, fixtures)
    numbers_gold = load_gold(SEEDS_NUMBERS, fixtures)
    by_id = {a.id: a for a in seeds}
    predicted = annotate_all(list(seeds))
    for article_id, article in by_id.items():
        annotation = predicted[article_id]
        gold_entities = ((entities_gold or {}).get("articles") or {}).get(article_id) or {}
        furniture = [(f["start"], f["end"]) for f in gold_entities.get("furniture") or []]
        if entities_gold is not None:
            _sum(
                report.seeds,
                score_names(gold_entities.get("entities") or [], annotation.entities, furniture),
                "names:",
            )
            report.seeds["furniture"] = report.seeds.get("furniture", Score()).add(
                score_furniture(gold_entities.get("furniture") or [], annotation.furniture)
            )
            start = japanese_start(article.text)
            if start is not None:
                ja_gold = [g for g in gold_entities.get("entities") or [] if g["start"] >= start]
                ja_pred = [e for e in annotation.entities if e.start >= start]
                report.japanese = report.japanese.add(score_names(ja_gold, ja_pred)["all"])
        if numbers_gold is not None:
            gold_q = ((numbers_gold.get("articles") or {}).get(article_id) or {}).get(
                "quantities"
            ) or []
            # Numbers in page furniture are by design not emitted, so not scored either way.
            gold_q = [
                q for q in gold_q if not any(_overlap((q["start"], q["end"]), f) for f in furniture)
            ]
            quantities = [
                q
                for q in annotation.quantities
                if not any(_overlap((q.start, q.end), f) for f in furniture)
            ]
            _sum(report.seeds, score_numbers(gold_q, quantities))
            start = japanese_start(article.text)
            if start is not None:
                ja = score_numbers(
                    [q for q in gold_q if q["start"] >= start],
                    [q for q in quantities if q.start >= start],
                )
                _sum(
                    report.seeds, {k: v for k, v in ja.items() if k in ("MONEY", "PERCENT")}, "ja:"
                )
    if entities_gold is None:
        report.notes.append(f"{SEEDS_ENTITIES} missing")
    if numbers_gold is None:
        report.notes.append(f"{SEEDS_NUMBERS} missing")
    general = load_gold(GENERAL_NUMBERS, fixtures)
    general_entities = load_gold(GENERAL_ENTITIES, fixtures)
    for data, key in ((general, "quantities"), (general_entities, "entities")):
        if data is None:
            report.notes.append(
                f"{GENERAL_NUMBERS if key == 'quantities' else GENERAL_ENTITIES} missing"
            )
            continue
        sentences = data.get("sentences") or []
        articles = [sentence_article(i, s["text"], s.get("date")) for i, s in enumerate(sentences)]
        results = annotate_all(articles)
        golds = general_gold(sentences, key)
        for article, gold in zip(articles, golds, strict=True):
            annotation = results[article.id]
            if key == "quantities":
                _sum(report.general, score_numbers(gold, annotation.quantities))
            else:
                _sum(report.general, score_names(gold, annotation.entities), "names:")
    return report


def pipeline_system(
    extractor: Extractor,
) -> Callable[[Sequence[Article]], dict[str, ArticleAnnotation]]:
    def run(articles: Sequence[Article]) -> dict[str, ArticleAnnotation]:
        return {a.article: a for a in extractor.extract(articles)}

    return run


def plain_system(nlp: Language) -> Callable[[Sequence[Article]], dict[str, ArticleAnnotation]]:
    def run(articles: Sequence[Article]) -> dict[str, ArticleAnnotation]:
        return {a.id: plain_annotation(nlp, a) for a in articles}

    return run


@dataclass(frozen=True, slots=True)
class Throughput:
    tokens: int
    bare_seconds: float
    pipeline_seconds: float

    @property
    def bare_rate(self) -> float:
        return self.tokens / self.bare_seconds

    @property
    def pipeline_rate(self) -> float:
        return self.tokens / self.pipeline_seconds

    @property
    def ratio(self) -> float:
        return self.bare_seconds / self.pipeline_seconds


def measure_throughput(
    extractor: Extractor, articles: Sequence[Article], repeat: int = 3
) -> Throughput:
    """Tokens per second of the whole pipeline against bare ``nlp.pipe`` on the same texts.

    Both run after a warm-up; the best of ``repeat`` runs counts. Tokens are those
    of the bare English model, so both rates share one numerator.
    """
    import spacy

    bare = spacy.load(extractor.settings.english_model)
    texts = [a.text for a in articles]
    list(bare.pipe(texts))
    list(extractor.extract(articles))
    tokens = sum(len(doc) for doc in bare.pipe(texts))
    bare_best = pipe_best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        list(bare.pipe(texts))
        bare_best = min(bare_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        list(extractor.extract(articles))
        pipe_best = min(pipe_best, time.perf_counter() - t0)
    return Throughput(tokens, bare_best, pipe_best)


# ------------------------------------------------------------------------- output


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def table_rows(reports: Sequence[Report]) -> list[tuple[str, ...]]:
    """Rows of the comparison table: category, then P / R / right for each system."""
    rows: list[tuple[str, ...]] = []

    def numbers(where: str, scores: Callable[[Report], dict[str, Score]]) -> None:
        for category in ("MONEY", "PERCENT", "counts"):
            cells = []
            for report in reports:
                s = scores(report).get(category)
                cells.append(
                    "-"
                    if s is None
                    else f"P {_pct(s.precision)} R {_pct(s.recall)} value {_pct(s.accuracy)}"
                )
            rows.append((f"{where} {category} (n={_n(reports, scores, category)})", *cells))
        cells = []
        for report in reports:
            s = scores(report).get("qualifier")
            cells.append(
                "-"
                if s is None
                else "n/a (no values)"
                if not s.matched
                else f"qualifier right {_pct(s.detail_accuracy)} of {s.matched}"
            )
        rows.append((f"{where} qualifiers", *cells))

    def names(where: str, scores: Callable[[Report], dict[str, Score]]) -> None:
        for label in (*NAME_LABELS, "all"):
            cells = []
            for report in reports:
                s = scores(report).get(f"names:{label}")
                cells.append(
                    "-"
                    if s is None or not s.gold
                    else f"P {_pct(s.precision)} R {_pct(s.recall)}"
                    + (f" kb_id {_pct(s.detail_accuracy)}" if s.detail_total else "")
                )
            rows.append((f"{where} {label} (n={_n(reports, scores, 'names:' + label)})", *cells))

    numbers("seeds", lambda r: r.seeds)
    names("seeds", lambda r: r.seeds)
    rows.append(
        (
            f"seeds furniture (n={_n(reports, lambda r: r.seeds, 'furniture')})",
            *[
                "-"
                if "furniture" not in r.seeds
                else f"P {_pct(r.seeds['furniture'].precision) if r.seeds['furniture'].predicted else '  n/a'}"
                f" R {_pct(r.seeds['furniture'].accuracy)}"
                + (
                    f" kind {_pct(r.seeds['furniture'].detail_accuracy)}"
                    if r.seeds["furniture"].detail_total
                    else ""
                )
                for r in reports
            ],
        )
    )
    rows.append(
        (
            f"seeds 003 Japanese names (n={reports[0].japanese.gold})",
            *[
                f"label {_pct(r.japanese.recall)}"
                + (f" kb_id {_pct(r.japanese.detail_accuracy)}" if r.japanese.detail_total else "")
                for r in reports
            ],
        )
    )
    for category in ("MONEY", "PERCENT"):
        rows.append(
            (
                f"seeds 003 Japanese {category} (n={_n(reports, lambda r: r.seeds, 'ja:' + category)})",
                *[
                    "-"
                    if f"ja:{category}" not in r.seeds
                    else f"value {_pct(r.seeds['ja:' + category].accuracy)}"
                    for r in reports
                ],
            )
        )
    numbers("general", lambda r: r.general)
    names("general", lambda r: r.general)
    return rows


def _n(reports: Sequence[Report], scores: Callable[[Report], dict[str, Score]], key: str) -> int:
    s = scores(reports[0]).get(key)
    return s.gold if s else 0


def format_table(reports: Sequence[Report]) -> str:
    """A Markdown table of :func:`table_rows`."""
    rows = table_rows(reports)
    header = ("category", *[r.system for r in reports])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
