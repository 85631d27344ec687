"""Hand-made gold for extraction quality on real newswire (Reuters-21578 and ECB+).

The gold keeps file names, offsets and short span texts only, never the articles:
``bench/gold/newswire.yaml`` (figures and ORG / PERSON / GPE mentions in 204
documents) and ``bench/gold/relative_dates.yaml`` (date expressions whose value
needs the article date). Conventions: ``bench/gold/README.md``. The articles are
read at run time from the shared corpora folder: ``$NEWSREADER_CORPORA``, else
``../shared/corpora`` beside the repository. Without it, :func:`corpus_problem`
says why, and benchmarks skip.

The scoring functions are pure (no NLP is imported here). They take predicted spans
per document, keyed by the gold ``file`` (``reuters21578/00920.txt``); a span is a
mapping or an object with ``start``, ``end``, ``label`` and, for numbers and dates,
``value`` (and ``unit``, ``qualifier`` for numbers), such as the quantities and
entities of a ``newsreader/1`` JSON export. Documents without an entry have no
predictions. Every score is given per split: ``dev`` and ``heldout`` (the first
sample), ``dev2`` (documents of the second sample, for tuning), ``heldout2`` (the
second sample's frozen relative dates), ``dev3`` and ``dev4`` (documents of the third
and fourth samples, for tuning), ``dev+dev2`` and ``dev+dev2+dev3`` (kept so that earlier
figures stay comparable), ``dev+dev2+dev3+dev4`` (every tuning document) and ``all``.

- numbers: a predicted quantity (MONEY PERCENT QUANTITY CARDINAL; ORDINAL and other
  labels are ignored) is right when its span is exactly a gold figure's, its value
  is within 0.5% of the gold value, and its unit and qualifier are the gold ones.
  Precision over predicted quantities, recall over gold figures.
- money: a gold MONEY figure is found when a predicted quantity overlapping it has
  the gold value (within 0.5%) and unit, whatever its span and qualifier. Recall.
- names: ORG / PERSON / GPE with exactly the gold span and label; P, R, F1.
- dates: a gold date is right when a predicted DATE span overlapping it has exactly
  the gold value. Accuracy over the gold dates.

    python bench/newswire_gold.py --check    # validate the gold, print counts per split
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_FILE = GOLD_DIR / "newswire.yaml"
DATES_FILE = GOLD_DIR / "relative_dates.yaml"
CORPORA_ENV = "NEWSREADER_CORPORA"
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"

GOLD_FORMAT = "newsreader-gold-newswire/1"
DATES_FORMAT = "newsreader-gold-relative-dates/1"
SPLITS = ("dev", "heldout", "dev2", "heldout2", "dev3", "dev4")
#: Documents of the first sample are ``dev`` then ``heldout``; the second sample adds
#: ``dev2`` documents and ``heldout2`` dates (no ``dev2`` dates, no ``heldout2`` documents);
#: the third adds ``dev3`` documents and the fourth ``dev4`` documents (no dates).
FIRST_SPLITS = ("dev", "heldout")
#: Tuning documents of the later samples, in the order they follow the first sample.
LATER_DOCUMENT_SPLITS = ("dev2", "dev3", "dev4")
DOCUMENT_SPLITS = (*FIRST_SPLITS, *LATER_DOCUMENT_SPLITS)
DATE_SPLITS = ("dev", "heldout", "heldout2")
#: Splits scored together under one name; ``dev+dev2`` and ``dev+dev2+dev3`` stay as they
#: were so that earlier figures remain comparable, ``dev+dev2+dev3+dev4`` is every tuning
#: document.
COMBINED_SPLITS = {
    "dev+dev2": ("dev", "dev2"),
    "dev+dev2+dev3": ("dev", "dev2", "dev3"),
    "dev+dev2+dev3+dev4": ("dev", "dev2", "dev3", "dev4"),
}
#: What :func:`score_all` reports, in order; document categories where documents
#: can be, ``dates`` where dates can be.
REPORT_SPLITS = (
    "dev",
    "heldout",
    "dev2",
    "heldout2",
    "dev3",
    "dev4",
    *COMBINED_SPLITS,
    "all",
)
DOCUMENT_REPORT_SPLITS = tuple(split for split in REPORT_SPLITS if split != "heldout2")
DATE_REPORT_SPLITS = tuple(split for split in REPORT_SPLITS if split not in LATER_DOCUMENT_SPLITS)
CORPUS_DIRS = {"reuters": "reuters21578", "ecbplus": "ecbplus-dev"}
FIGURE_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
NAME_LABELS = ("ORG", "PERSON", "GPE")
QUALIFIERS = ("exact", "approx", "gt", "lt", "ge", "le")
PERCENT_UNITS = ("percent", "pp")
DATE_KINDS = ("dateline", "relative")
VALUE_TOLERANCE = 0.005

#: Digest of the held-out part (documents and dates), frozen before any grammar change.
#: Change it only with a reviewed correction of the gold, never to fit an extractor.
FROZEN_HELDOUT_DIGEST = "40aa8f0b03499ce8ef468f7ac8d2ea42cf4c56c8cd0bc91b17e74378612d8c7d"
#: Digest of the second sample's held-out relative dates (``heldout2``), frozen when
#: they were written, before any extractor had seen their stories. Same rule.
FROZEN_HELDOUT2_DIGEST = "509a608109babadb5a9165d7cc3b325aec7f60c5e7b08b0f785471b1fdb1a8ff"

_DAY = r"\d{4}-\d{2}-\d{2}"
DATE_VALUE = re.compile(rf"^(?:{_DAY}|\d{{4}}-\d{{2}}|\d{{4}}|{_DAY}/{_DAY})$")


# ------------------------------------------------------------------ the gold


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with meaning: span, label, value in ``unit``, qualifier."""

    start: int
    end: int
    text: str
    label: str
    value: float
    unit: str
    qualifier: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Name:
    """An ORG, PERSON or GPE mention."""

    start: int
    end: int
    text: str
    label: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    file: str
    corpus: str
    split: str
    date: str | None
    sha256: str
    figures: tuple[Figure, ...]
    entities: tuple[Name, ...]
    date_note: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A date expression, the article date it is read against, and its value."""

    file: str
    start: int
    end: int
    text: str
    kind: str
    reference: str
    value: str
    split: str
    note: str | None = None


def _load_yaml(path: Path, expected_format: str) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise ValueError(f"{path}: not a {expected_format} file")
    return data


def load_gold(path: Path = GOLD_FILE) -> list[GoldDocument]:
    """The documents of the gold, in file order (the sampling order)."""
    data = _load_yaml(path, GOLD_FORMAT)
    documents = []
    for raw in data["documents"]:
        documents.append(
            GoldDocument(
                file=raw["file"],
                corpus=raw["corpus"],
                split=raw["split"],
                date=raw.get("date"),
                sha256=raw["sha256"],
                figures=tuple(Figure(**item) for item in raw.get("figures") or ()),
                entities=tuple(Name(**item) for item in raw.get("entities") or ()),
                date_note=raw.get("date_note"),
            )
        )
    return documents


def load_dates(path: Path = DATES_FILE) -> list[GoldDate]:
    """The relative-date items, in file order."""
    data = _load_yaml(path, DATES_FORMAT)
    return [GoldDate(**item) for item in data["items"]]


# ------------------------------------------------------------------ the corpus


def corpus_root(environ: Mapping[str, str] | None = None) -> Path:
    """Where the corpora should be: ``$NEWSREADER_CORPORA``, else ``../shared/corpora``."""
    env = os.environ if environ is None else environ
    configured = env.get(CORPORA_ENV)
    return Path(configured).expanduser() if configured else DEFAULT_CORPORA


def corpus_problem(root: Path | None = None) -> str | None:
    """Why the corpus cannot be used (a sentence for a skip message), or None."""
    root = corpus_root() if root is None else root
    if not root.is_dir():
        return (
            f"newswire corpora not found at {root} "
            f"(set {CORPORA_ENV} to the folder holding reuters21578/ and ecbplus-dev/)"
        )
    missing = [name for name in CORPUS_DIRS.values() if not (root / name).is_dir()]
    if missing:
        return f"newswire corpora at {root} lack {', '.join(missing)}/"
    return None


def read_text(root: Path, file: str) -> str:
    """A corpus file as the offsets count it: UTF-8, a byte-order mark not counted."""
    return (root / file).read_bytes().decode("utf-8-sig")


# ------------------------------------------------------------------ validation


def _iso_day(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _date_value_ok(value: str) -> bool:
    if not DATE_VALUE.match(value):
        return False
    parts = value.split("/")
    try:
        for part in parts:
            if len(part) == 10:
                dt.date.fromisoformat(part)
            elif len(part) == 7:
                dt.date.fromisoformat(part + "-01")
    except ValueError:
        return False
    return len(parts) == 1 or parts[0] <= parts[1]


def _span_problems(where: str, spans: Iterable[Figure | Name], kind: str) -> list[str]:
    problems = []
    previous: Figure | Name | None = None
    for span in spans:
        if not (0 <= span.start < span.end) or span.end - span.start != len(span.text):
            problems.append(f"{where}: {kind} {span.text!r} has offsets {span.start}-{span.end}")
        if span.text != span.text.strip() or not span.text:
            problems.append(f"{where}: {kind} {span.text!r} has blank ends")
        if previous is not None:
            if (span.start, span.end) < (previous.start, previous.end):
                problems.append(f"{where}: {kind} {span.text!r}@{span.start} out of order")
            if span.start < previous.end:
                problems.append(
                    f"{where}: {kind} {span.text!r}@{span.start} overlaps "
                    f"{previous.text!r}@{previous.start}"
                )
        previous = span
    return problems


def _figure_problems(where: str, figure: Figure) -> list[str]:
    problems = []
    say = f"{where}: figure {figure.text!r}@{figure.start}"
    if figure.label not in FIGURE_LABELS:
        problems.append(f"{say}: unknown label {figure.label!r}")
    if figure.qualifier not in QUALIFIERS:
        problems.append(f"{say}: unknown qualifier {figure.qualifier!r}")
    if not isinstance(figure.value, float) or not math.isfinite(figure.value):
        problems.append(f"{say}: value {figure.value!r} is not a finite float")
    if not isinstance(figure.unit, str) or not figure.unit.strip():
        problems.append(f"{say}: no unit")
    elif figure.label == "MONEY" and not re.fullmatch(r"[A-Z]{3}", figure.unit):
        problems.append(f"{say}: money unit {figure.unit!r} is not an ISO 4217 code")
    elif figure.label == "PERCENT" and figure.unit not in PERCENT_UNITS:
        problems.append(f"{say}: percent unit {figure.unit!r} is not one of {PERCENT_UNITS}")
    elif figure.label != "MONEY" and figure.unit != figure.unit.lower():
        problems.append(f"{say}: count unit {figure.unit!r} is not a lower-case noun")
    return problems


def validate(
    documents: list[GoldDocument], dates: list[GoldDate], root: Path | None = None
) -> list[str]:
    """Every problem of the gold, as ``where: what``; empty when it is sound.

    Without ``root`` only the gold itself is checked (labels, units, qualifiers,
    order, overlaps within a kind, splits, the frozen held-out digest); with it,
    also each file's digest and every ``text[start:end] == span text``.
    """
    problems: list[str] = []
    seen: set[str] = set()
    per_corpus: dict[str, list[str]] = {}
    for doc in documents:
        where = doc.file
        if doc.file in seen:
            problems.append(f"{where}: listed twice")
        seen.add(doc.file)
        if doc.corpus not in CORPUS_DIRS:
            problems.append(f"{where}: unknown corpus {doc.corpus!r}")
        elif not doc.file.startswith(CORPUS_DIRS[doc.corpus] + "/"):
            problems.append(f"{where}: not under {CORPUS_DIRS[doc.corpus]}/")
        if doc.split not in DOCUMENT_SPLITS:
            problems.append(f"{where}: unknown document split {doc.split!r}")
        per_corpus.setdefault(doc.corpus, []).append(doc.split)
        if doc.date is not None and not _iso_day(doc.date):
            problems.append(f"{where}: date {doc.date!r} is not an ISO date")
        if not re.fullmatch(r"[0-9a-f]{64}", doc.sha256):
            problems.append(f"{where}: sha256 is not a hex digest")
        problems += _span_problems(where, doc.figures, "figure")
        problems += _span_problems(where, doc.entities, "entity")
        for figure in doc.figures:
            problems += _figure_problems(where, figure)
        for name in doc.entities:
            if name.label not in NAME_LABELS:
                problems.append(f"{where}: entity {name.text!r} has label {name.label!r}")
    for corpus, splits in per_corpus.items():
        # First sample: the held-out part is the last quarter of each corpus, in sampling
        # order; the second sample's dev2 documents follow it, then the third's dev3, then
        # the fourth's dev4.
        first = [split for split in splits if split in FIRST_SPLITS]
        expected = ["dev"] * (len(first) - len(first) // 4) + ["heldout"] * (len(first) // 4)
        if first != expected:
            problems.append(f"{corpus}: splits are not dev then the last quarter heldout")
        later = [split for split in splits if split not in FIRST_SPLITS]
        if splits != first + later:
            problems.append(f"{corpus}: dev2 documents do not all follow the first sample")
        known = [split for split in later if split in LATER_DOCUMENT_SPLITS]
        for index, split in enumerate(LATER_DOCUMENT_SPLITS):
            after = known[known.index(split) :] if split in known else []
            for earlier in LATER_DOCUMENT_SPLITS[:index]:
                if earlier in after:
                    problems.append(
                        f"{corpus}: {split} documents do not all follow the {earlier} documents"
                    )
    for item in dates:
        where = f"{item.file}@{item.start}"
        if item.kind not in DATE_KINDS:
            problems.append(f"{where}: unknown date kind {item.kind!r}")
        if item.split not in DATE_SPLITS:
            problems.append(f"{where}: unknown date split {item.split!r}")
        if not _iso_day(item.reference):
            problems.append(f"{where}: reference {item.reference!r} is not an ISO date")
        if not isinstance(item.value, str) or not _date_value_ok(item.value):
            problems.append(
                f"{where}: value {item.value!r} is not an ISO date, month, year or interval"
            )
        if not (0 <= item.start < item.end) or item.end - item.start != len(item.text):
            problems.append(f"{where}: offsets {item.start}-{item.end} do not fit {item.text!r}")
    # heldout2 dates come from stories used nowhere else in the gold.
    elsewhere = {doc.file for doc in documents} | {
        item.file for item in dates if item.split != "heldout2"
    }
    for item in dates:
        if item.split == "heldout2" and item.file in elsewhere:
            problems.append(f"{item.file}@{item.start}: heldout2 date from a file used elsewhere")
    for constant, frozen, digest in (
        ("FROZEN_HELDOUT_DIGEST", FROZEN_HELDOUT_DIGEST, heldout_digest(documents, dates)),
        ("FROZEN_HELDOUT2_DIGEST", FROZEN_HELDOUT2_DIGEST, heldout2_digest(documents, dates)),
    ):
        if digest != frozen:
            problems.append(
                f"held-out part changed: digest {digest}, frozen {frozen} "
                f"(update {constant} only for a reviewed correction of the gold)"
            )
    if root is not None:
        problems += _corpus_problems(documents, dates, root)
    return problems


def _corpus_problems(documents: list[GoldDocument], dates: list[GoldDate], root: Path) -> list[str]:
    problems: list[str] = []
    texts: dict[str, str] = {}
    for doc in documents:
        path = root / doc.file
        if not path.is_file():
            problems.append(f"{doc.file}: not in the corpus at {root}")
            continue
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != doc.sha256:
            problems.append(f"{doc.file}: the corpus file differs from the one annotated (sha256)")
        texts[doc.file] = raw.decode("utf-8-sig")
        for span in (*doc.figures, *doc.entities):
            found = texts[doc.file][span.start : span.end]
            if found != span.text:
                problems.append(
                    f"{doc.file}: {span.start}-{span.end} is {found!r}, not {span.text!r}"
                )
    for item in dates:
        if item.file not in texts:
            path = root / item.file
            if not path.is_file():
                problems.append(f"{item.file}: not in the corpus at {root}")
                continue
            texts[item.file] = read_text(root, item.file)
        found = texts[item.file][item.start : item.end]
        if found != item.text:
            problems.append(f"{item.file}: {item.start}-{item.end} is {found!r}, not {item.text!r}")
    return problems


def heldout_digest(documents: list[GoldDocument], dates: list[GoldDate]) -> str:
    """sha256 of the held-out documents and dates, notes left out (they may be reworded)."""
    return split_digest(documents, dates, "heldout")


def heldout2_digest(documents: list[GoldDocument], dates: list[GoldDate]) -> str:
    """sha256 of the second sample's held-out part (its relative dates), notes left out."""
    return split_digest(documents, dates, "heldout2")


def split_digest(documents: list[GoldDocument], dates: list[GoldDate], split: str) -> str:
    """sha256 of one split's documents and dates, notes left out (they may be reworded)."""

    def strip(item: Any) -> dict[str, Any]:
        data = asdict(item)
        data.pop("note", None)
        data.pop("date_note", None)
        for key in ("figures", "entities"):
            for span in data.get(key, ()):
                span.pop("note", None)
        return data

    payload = {
        "documents": [strip(doc) for doc in documents if doc.split == split],
        "dates": [strip(item) for item in dates if item.split == split],
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def counts(
    documents: list[GoldDocument], dates: list[GoldDate]
) -> dict[str, dict[str, Counter[str]]]:
    """Per split (and ``all``): documents by corpus, figures and entities by label, dates by kind."""
    table: dict[str, dict[str, Counter[str]]] = {}
    for split in (*SPLITS, "all"):
        docs = [d for d in documents if split in ("all", d.split)]
        table[split] = {
            "documents": Counter(d.corpus for d in docs),
            "figures": Counter(f.label for d in docs for f in d.figures),
            "entities": Counter(e.label for d in docs for e in d.entities),
            "dates": Counter(i.kind for i in dates if split in ("all", i.split)),
        }
    return table


# ------------------------------------------------------------------ scoring


@dataclass(frozen=True, slots=True)
class Span:
    """A predicted span, as the scoring functions read it."""

    start: int
    end: int
    label: str
    value: float | str | None = None
    unit: str | None = None
    qualifier: str | None = None


def as_span(item: Any) -> Span:
    """A mapping (JSON export item) or an object with the same attributes, as a :class:`Span`."""
    if isinstance(item, Span):
        return item
    get = (
        item.get
        if isinstance(item, Mapping)
        else lambda key, default=None: getattr(item, key, default)
    )
    return Span(
        start=int(get("start")),
        end=int(get("end")),
        label=str(get("label")),
        value=get("value"),
        unit=get("unit"),
        qualifier=get("qualifier"),
    )


@dataclass
class Score:
    """Counts of one category; ``predicted`` is 0 for recall-only categories."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Predictions = Mapping[str, Iterable[Any]]


def close(predicted: object, gold: float, tolerance: float = VALUE_TOLERANCE) -> bool:
    """``predicted`` is a number within ``tolerance`` (relative) of ``gold``."""
    if isinstance(predicted, bool) or not isinstance(predicted, int | float):
        return False
    return abs(predicted - gold) <= tolerance * abs(gold) if gold else abs(predicted) <= 1e-9


def _in_split(split: str | None, item_split: str) -> bool:
    if split is None or split == "all":
        return True
    return item_split in COMBINED_SPLITS.get(split, (split,))


def _predicted(predictions: Predictions, file: str, labels: Iterable[str] | None) -> list[Span]:
    spans = [as_span(item) for item in predictions.get(file, ())]
    if labels is None:
        return spans
    wanted = set(labels)
    return [span for span in spans if span.label in wanted]


def score_numbers(
    documents: list[GoldDocument], quantities: Predictions, split: str | None = None
) -> Score:
    """Exact span, value within 0.5%, unit and qualifier (see the module docstring)."""
    score = Score()
    for doc in documents:
        if not _in_split(split, doc.split):
            continue
        gold = {(f.start, f.end): f for f in doc.figures}
        score.gold += len(gold)
        used: set[tuple[int, int]] = set()
        for span in _predicted(quantities, doc.file, FIGURE_LABELS):
            score.predicted += 1
            key = (span.start, span.end)
            figure = gold.get(key)
            if (
                figure is not None
                and key not in used
                and close(span.value, figure.value)
                and span.unit == figure.unit
                and span.qualifier == figure.qualifier
            ):
                used.add(key)
                score.matched += 1
    return score


def score_number_spans(
    documents: list[GoldDocument], quantities: Predictions, split: str | None = None
) -> Score:
    """Diagnostic: exact spans of figures alone, whatever the value, unit and qualifier."""
    score = Score()
    for doc in documents:
        if not _in_split(split, doc.split):
            continue
        gold = {(f.start, f.end) for f in doc.figures}
        score.gold += len(gold)
        used: set[tuple[int, int]] = set()
        for span in _predicted(quantities, doc.file, FIGURE_LABELS):
            score.predicted += 1
            key = (span.start, span.end)
            if key in gold and key not in used:
                used.add(key)
                score.matched += 1
    return score


def score_money(
    documents: list[GoldDocument], quantities: Predictions, split: str | None = None
) -> Score:
    """Recall of gold MONEY figures by value and unit, from any overlapping predicted quantity."""
    score = Score()
    for doc in documents:
        if not _in_split(split, doc.split):
            continue
        spans = _predicted(quantities, doc.file, None)
        used: set[int] = set()
        for figure in doc.figures:
            if figure.label != "MONEY":
                continue
            score.gold += 1
            for index, span in enumerate(spans):
                if (
                    index not in used
                    and span.start < figure.end
                    and figure.start < span.end
                    and close(span.value, figure.value)
                    and span.unit == figure.unit
                ):
                    used.add(index)
                    score.matched += 1
                    break
    return score


def score_names(
    documents: list[GoldDocument],
    entities: Predictions,
    split: str | None = None,
    label: str | None = None,
) -> Score:
    """ORG / PERSON / GPE (or one of them) with exactly the gold span and label."""
    labels = NAME_LABELS if label is None else (label,)
    score = Score()
    for doc in documents:
        if not _in_split(split, doc.split):
            continue
        gold = {(e.start, e.end, e.label) for e in doc.entities if e.label in labels}
        score.gold += len(gold)
        used: set[tuple[int, int, str]] = set()
        for span in _predicted(entities, doc.file, labels):
            score.predicted += 1
            key = (span.start, span.end, span.label)
            if key in gold and key not in used:
                used.add(key)
                score.matched += 1
    return score


def score_dates(dates: list[GoldDate], spans: Predictions, split: str | None = None) -> Score:
    """Gold dates whose value an overlapping predicted DATE span gives exactly (``recall``)."""
    score = Score()
    for item in dates:
        if not _in_split(split, item.split):
            continue
        score.gold += 1
        for span in _predicted(spans, item.file, ("DATE",)):
            if span.start < item.end and item.start < span.end and span.value == item.value:
                score.matched += 1
                break
    return score


def score_all(
    documents: list[GoldDocument],
    dates: list[GoldDate],
    quantities: Predictions,
    entities: Predictions,
) -> dict[str, dict[str, Score]]:
    """Every category per split of :data:`REPORT_SPLITS`; DATE spans come from ``entities``.

    Splits that hold documents (all but ``heldout2``) get numbers, money and names;
    splits that hold dates (all but ``dev2``, ``dev3`` and ``dev4``) get ``dates``.
    """
    report: dict[str, dict[str, Score]] = {}
    for split in REPORT_SPLITS:
        scores: dict[str, Score] = {}
        if split in DOCUMENT_REPORT_SPLITS:
            scores["numbers"] = score_numbers(documents, quantities, split)
            scores["number spans"] = score_number_spans(documents, quantities, split)
            scores["money"] = score_money(documents, quantities, split)
            scores["names"] = score_names(documents, entities, split)
            for label in NAME_LABELS:
                scores[f"names {label}"] = score_names(documents, entities, split, label)
        if split in DATE_REPORT_SPLITS:
            scores["dates"] = score_dates(dates, entities, split)
        report[split] = scores
    return report


def format_report(report: Mapping[str, Mapping[str, Score]]) -> str:
    """One line per split and category: P/R/F1, or recall (money) and accuracy (dates)."""
    lines = []
    for split, scores in report.items():
        for name, score in scores.items():
            if name in ("money", "dates"):
                measure = "recall" if name == "money" else "right"
                line = f"{score.recall:6.3f} {measure} ({score.matched}/{score.gold})"
            else:
                line = (
                    f"P {score.precision:.3f} ({score.matched}/{score.predicted})  "
                    f"R {score.recall:.3f} ({score.matched}/{score.gold})  F1 {score.f1:.3f}"
                )
            lines.append(f"{split:8} {name:14} {line}")
    return "\n".join(lines)


# ------------------------------------------------------------------ command line


def format_counts(table: Mapping[str, Mapping[str, Counter[str]]]) -> str:
    lines = []
    for split, groups in table.items():
        parts = []
        for group, counter in groups.items():
            detail = ", ".join(f"{key} {counter[key]}" for key in sorted(counter))
            parts.append(f"{group} {sum(counter.values())} ({detail})")
        lines.append(f"{split:8} " + "; ".join(parts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="validate the gold, print counts")
    args = parser.parse_args(argv)
    if not args.check:
        parser.print_help()
        return 0
    documents, dates = load_gold(), load_dates()
    problem = corpus_problem()
    root = None if problem else corpus_root()
    if problem:
        print(f"{problem}: offsets and digests not checked")
    else:
        print(f"corpus: {root}")
    problems = validate(documents, dates, root)
    print(format_counts(counts(documents, dates)))
    for line in problems:
        print(f"PROBLEM {line}")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
