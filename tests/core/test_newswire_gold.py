"""The newswire gold set (bench/gold/) and its scoring functions.

The scoring tests use small synthetic spans, no corpus text; the corpus test checks
every offset against ../shared/corpora (or $NEWSREADER_CORPORA) and skips without it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.newswire_gold import (
    FROZEN_HELDOUT2_DIGEST,
    FROZEN_HELDOUT_DIGEST,
    REPORT_SPLITS,
    Figure,
    GoldDate,
    GoldDocument,
    Name,
    Span,
    as_span,
    close,
    corpus_problem,
    corpus_root,
    counts,
    format_report,
    heldout2_digest,
    heldout_digest,
    load_dates,
    load_gold,
    score_all,
    score_dates,
    score_money,
    score_names,
    score_number_spans,
    score_numbers,
    validate,
)

ROOT = Path(__file__).resolve().parents[2]


def figure(start: int, end: int, label: str, value: float, unit: str, q: str = "exact") -> Figure:
    return Figure(start, end, "x" * (end - start), label, value, unit, q)


def name(start: int, end: int, label: str) -> Name:
    return Name(start, end, "x" * (end - start), label)


def document(file: str, split: str, figures=(), entities=()) -> GoldDocument:
    return GoldDocument(
        file, "reuters", split, "1987-03-03", "0" * 64, tuple(figures), tuple(entities)
    )


DEV = document(
    "reuters21578/a.txt",
    "dev",
    figures=[
        figure(0, 18, "MONEY", 140e6, "USD", "approx"),  # "about 140 mln dlrs"
        figure(30, 37, "PERCENT", 8.5, "percent"),
        figure(50, 60, "CARDINAL", 1e5, "share"),
    ],
    entities=[name(70, 76, "GPE"), name(80, 90, "ORG"), name(95, 105, "PERSON")],
)
HELDOUT = document(
    "reuters21578/b.txt",
    "heldout",
    figures=[figure(5, 11, "MONEY", 0.27, "USD")],
    entities=[name(0, 4, "ORG")],
)
DOCS = [DEV, HELDOUT]
DEV2 = document(
    "reuters21578/c.txt",
    "dev2",
    figures=[figure(0, 6, "PERCENT", 5.0, "percent")],
    entities=[name(10, 14, "GPE")],
)
DEV3 = document(
    "reuters21578/g.txt",
    "dev3",
    figures=[figure(0, 7, "MONEY", 0.74, "USD"), figure(20, 27, "CARDINAL", 4e8, "share")],
    entities=[name(30, 36, "ORG")],
)
DEV4 = document(
    "reuters21578/h.txt",
    "dev4",
    figures=[figure(0, 9, "QUANTITY", 1.9e6, "tonne")],
    entities=[name(12, 16, "GPE"), name(20, 24, "ORG")],
)


# ------------------------------------------------------------------ numbers


def test_numbers_need_span_value_unit_and_qualifier() -> None:
    predicted = {
        "reuters21578/a.txt": [
            {
                "start": 0,
                "end": 18,
                "label": "MONEY",
                "value": 140e6,
                "unit": "USD",
                "qualifier": "approx",
            },
            {
                "start": 30,
                "end": 37,
                "label": "PERCENT",
                "value": 8.5,
                "unit": "percent",
                "qualifier": "approx",
            },
            {
                "start": 50,
                "end": 59,
                "label": "CARDINAL",
                "value": 1e5,
                "unit": "share",
                "qualifier": "exact",
            },
            {
                "start": 62,
                "end": 66,
                "label": "ORDINAL",
                "value": 3.0,
                "unit": None,
                "qualifier": "exact",
            },
        ]
    }
    score = score_numbers(DOCS, predicted, "dev")
    # right: the money only; wrong qualifier, span one short; the ordinal is not counted
    assert (score.gold, score.predicted, score.matched) == (3, 3, 1)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 3)
    spans = score_number_spans(DOCS, predicted, "dev")
    assert (spans.matched, spans.predicted) == (2, 3)


def test_value_tolerance_is_half_a_percent() -> None:
    assert close(140.6e6, 140e6)
    assert not close(140.8e6, 140e6)
    assert close(0.0, 0.0)
    assert not close(None, 1.0)
    assert not close(True, 1.0)
    assert not close("140", 140.0)


def test_wrong_unit_and_duplicate_spans_are_not_right() -> None:
    money = {"start": 5, "end": 11, "label": "MONEY", "value": 0.27, "qualifier": "exact"}
    predicted = {
        "reuters21578/b.txt": [
            {**money, "unit": "GBP"},
            {**money, "unit": "USD"},
            {**money, "unit": "USD"},
        ]
    }
    score = score_numbers(DOCS, predicted, "heldout")
    assert (score.gold, score.predicted, score.matched) == (1, 3, 1)


def test_splits_are_scored_apart_and_together() -> None:
    predicted = {"reuters21578/b.txt": [Span(5, 11, "MONEY", 0.27, "USD", "exact")]}
    assert score_numbers(DOCS, predicted, "heldout").recall == 1.0
    assert score_numbers(DOCS, predicted, "dev").recall == 0.0
    both = score_numbers(DOCS, predicted)
    assert (both.gold, both.matched) == (4, 1)
    assert score_numbers(DOCS, predicted, "all").gold == 4


def test_dev2_is_scored_alone_and_with_dev() -> None:
    docs = [*DOCS, DEV2]
    predicted = {"reuters21578/c.txt": [Span(0, 6, "PERCENT", 5.0, "percent", "exact")]}
    assert score_numbers(docs, predicted, "dev2").recall == 1.0
    assert score_numbers(docs, predicted, "dev").recall == 0.0
    combined = score_numbers(docs, predicted, "dev+dev2")
    assert (combined.gold, combined.matched) == (4, 1)
    assert score_numbers(docs, predicted, "heldout").gold == 1
    assert score_numbers(docs, predicted, "all").gold == 5
    names = {"reuters21578/c.txt": [Span(10, 14, "GPE")]}
    assert score_names(docs, names, "dev2").f1 == 1.0
    assert score_names(docs, names, "dev+dev2").gold == 4


def test_dev3_is_scored_alone_and_in_the_tuning_total() -> None:
    docs = [*DOCS, DEV2, DEV3]
    predicted = {
        "reuters21578/c.txt": [Span(0, 6, "PERCENT", 5.0, "percent", "exact")],
        "reuters21578/g.txt": [Span(0, 7, "MONEY", 0.74, "USD", "exact")],
    }
    alone = score_numbers(docs, predicted, "dev3")
    assert (alone.gold, alone.predicted, alone.matched) == (2, 1, 1)
    # dev+dev2 stays as it was, without dev3; dev+dev2+dev3 is every tuning document
    assert score_numbers(docs, predicted, "dev+dev2").gold == 4
    tuning = score_numbers(docs, predicted, "dev+dev2+dev3")
    assert (tuning.gold, tuning.matched) == (6, 2)
    assert score_numbers(docs, predicted, "heldout").gold == 1
    assert score_numbers(docs, predicted, "all").gold == 7
    assert score_money(docs, predicted, "dev3").recall == 1.0
    names = {"reuters21578/g.txt": [Span(30, 36, "ORG")]}
    assert score_names(docs, names, "dev3").f1 == 1.0
    assert score_names(docs, names, "dev3", "ORG").f1 == 1.0
    assert score_names(docs, names, "dev+dev2+dev3").gold == 5


def test_dev4_is_scored_alone_and_in_the_tuning_total() -> None:
    docs = [*DOCS, DEV2, DEV3, DEV4]
    predicted = {
        "reuters21578/g.txt": [Span(0, 7, "MONEY", 0.74, "USD", "exact")],
        "reuters21578/h.txt": [
            Span(0, 9, "QUANTITY", 1.9e6, "tonne", "exact"),
            Span(30, 32, "CARDINAL", 5.0, "share", "exact"),
        ],
    }
    alone = score_numbers(docs, predicted, "dev4")
    assert (alone.gold, alone.predicted, alone.matched) == (1, 2, 1)
    # the earlier combinations stay as they were, without dev4
    assert score_numbers(docs, predicted, "dev+dev2").gold == 4
    assert score_numbers(docs, predicted, "dev+dev2+dev3").gold == 6
    tuning = score_numbers(docs, predicted, "dev+dev2+dev3+dev4")
    assert (tuning.gold, tuning.predicted, tuning.matched) == (7, 3, 2)
    assert score_numbers(docs, predicted, "all").gold == 8
    names = {"reuters21578/h.txt": [Span(12, 16, "GPE"), Span(20, 24, "PERSON")]}
    assert score_names(docs, names, "dev4").recall == 0.5
    assert score_names(docs, names, "dev4", "GPE").f1 == 1.0
    assert score_names(docs, names, "dev+dev2+dev3").gold == 5
    assert score_names(docs, names, "dev+dev2+dev3+dev4").gold == 7


def test_no_predictions_gives_full_precision_and_no_recall() -> None:
    score = score_numbers(DOCS, {})
    assert score.precision == 1.0
    assert score.recall == 0.0


# ------------------------------------------------------------------ money


def test_money_recall_takes_value_and_unit_from_any_overlapping_span() -> None:
    predicted = {
        "reuters21578/a.txt": [
            # a longer span, a different qualifier: still found by value and unit
            Span(0, 25, "MONEY", 140e6, "USD", "exact"),
        ],
        "reuters21578/b.txt": [Span(5, 9, "MONEY", 27.0, "USD", "exact")],  # wrong scale
    }
    score = score_money(DOCS, predicted)
    assert (score.gold, score.matched) == (2, 1)
    assert score_money(DOCS, predicted, "dev").recall == 1.0
    assert score_money(DOCS, predicted, "heldout").recall == 0.0


def test_money_ignores_spans_that_do_not_overlap() -> None:
    predicted = {"reuters21578/a.txt": [Span(18, 25, "MONEY", 140e6, "USD", "approx")]}
    assert score_money(DOCS, predicted, "dev").matched == 0


# ------------------------------------------------------------------ names


def test_names_need_exact_span_and_label() -> None:
    predicted = {
        "reuters21578/a.txt": [
            {"start": 70, "end": 76, "label": "GPE"},
            {"start": 80, "end": 90, "label": "PERSON"},  # wrong label
            {"start": 95, "end": 106, "label": "PERSON"},  # one too long
            {"start": 110, "end": 118, "label": "NORP"},  # not a name label: ignored
            {"start": 120, "end": 125, "label": "ORG"},  # not in the gold
        ]
    }
    score = score_names(DOCS, predicted, "dev")
    assert (score.gold, score.predicted, score.matched) == (3, 4, 1)
    assert score.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    assert score_names(DOCS, predicted, "dev", "GPE").f1 == 1.0
    assert score_names(DOCS, predicted, "dev", "ORG").matched == 0


def test_predictions_may_be_objects() -> None:
    class Entity:
        def __init__(self, start: int, end: int, label: str) -> None:
            self.start, self.end, self.label = start, end, label

    span = as_span(Entity(0, 4, "ORG"))
    assert span == Span(0, 4, "ORG")
    assert score_names(DOCS, {"reuters21578/b.txt": [Entity(0, 4, "ORG")]}, "heldout").f1 == 1.0


# ------------------------------------------------------------------ dates


DATES = [
    GoldDate(
        "reuters21578/a.txt", 10, 17, "April 3", "dateline", "1987-04-03", "1987-04-03", "dev"
    ),
    GoldDate("reuters21578/a.txt", 40, 49, "last year", "relative", "1987-04-03", "1986", "dev"),
    GoldDate(
        "reuters21578/b.txt",
        3,
        20,
        "the third quarter",
        "relative",
        "1987-10-20",
        "1987-07-01/1987-09-30",
        "heldout",
    ),
]


def test_dates_need_an_overlapping_date_span_with_the_value() -> None:
    predicted = {
        "reuters21578/a.txt": [
            {"start": 10, "end": 17, "label": "DATE", "value": "1987-04-03"},
            {"start": 36, "end": 49, "label": "DATE", "value": "1987"},  # wrong value
        ],
        "reuters21578/b.txt": [
            {"start": 7, "end": 20, "label": "DATE", "value": "1987-07-01/1987-09-30"}
        ],
    }
    assert score_dates(DATES, predicted, "dev").recall == 0.5
    assert score_dates(DATES, predicted, "heldout").recall == 1.0
    wrong_label = {
        "reuters21578/a.txt": [{"start": 10, "end": 17, "label": "TIME", "value": "1987-04-03"}]
    }
    assert score_dates(DATES, wrong_label, "dev").matched == 0


HELDOUT2_DATE = GoldDate(
    "reuters21578/d.txt", 5, 14, "last year", "relative", "1987-03-16", "1986", "heldout2"
)


def test_heldout2_dates_are_scored_apart() -> None:
    dates = [*DATES, HELDOUT2_DATE]
    predicted = {"reuters21578/d.txt": [{"start": 5, "end": 14, "label": "DATE", "value": "1986"}]}
    assert score_dates(dates, predicted, "heldout2").recall == 1.0
    assert score_dates(dates, predicted, "heldout").recall == 0.0
    assert score_dates(dates, predicted, "dev+dev2").gold == 2
    assert score_dates(dates, predicted, "all").gold == 4


def test_score_all_and_report() -> None:
    entities = {"reuters21578/b.txt": [Span(0, 4, "ORG")]}
    report = score_all([*DOCS, DEV2, DEV3, DEV4], [*DATES, HELDOUT2_DATE], {}, entities)
    assert tuple(report) == REPORT_SPLITS
    assert set(report) == {
        "dev",
        "heldout",
        "dev2",
        "heldout2",
        "dev3",
        "dev4",
        "dev+dev2",
        "dev+dev2+dev3",
        "dev+dev2+dev3+dev4",
        "all",
    }
    assert report["heldout"]["names"].f1 == 1.0
    assert report["heldout"]["names ORG"].f1 == 1.0
    # dev2 holds documents only, heldout2 dates only
    assert "dates" not in report["dev2"] and report["dev2"]["numbers"].gold == 1
    assert set(report["heldout2"]) == {"dates"} and report["heldout2"]["dates"].gold == 1
    assert report["dev+dev2"]["names"].gold == 4 and report["dev+dev2"]["dates"].gold == 2
    # dev3 holds documents only; the tuning total adds them to dev+dev2, dates are dev's
    assert "dates" not in report["dev3"] and report["dev3"]["numbers"].gold == 2
    assert report["dev+dev2+dev3"]["names"].gold == 5
    assert report["dev+dev2+dev3"]["dates"].gold == 2
    # dev4 likewise; the earlier totals keep their documents, the new one adds dev4's
    assert "dates" not in report["dev4"] and report["dev4"]["names"].gold == 2
    assert report["dev+dev2+dev3+dev4"]["names"].gold == 7
    assert report["dev+dev2+dev3+dev4"]["dates"].gold == 2
    text = format_report(report)
    assert "heldout  names" in text and "money" in text and "dates" in text
    assert "dev2     numbers" in text and "heldout2 dates" in text and "dev+dev2 names" in text
    assert "dev3     names" in text and "dev+dev2+dev3 numbers" in text
    assert "dev4     names" in text and "dev+dev2+dev3+dev4 numbers" in text


# ------------------------------------------------------------------ the gold itself


def test_gold_is_sound_without_the_corpus() -> None:
    documents, dates = load_gold(), load_dates()
    assert validate(documents, dates) == []


def test_gold_sample_sizes_and_splits() -> None:
    documents, dates = load_gold(), load_dates()
    table = counts(documents, dates)
    assert table["dev"]["documents"] == {"reuters": 45, "ecbplus": 15}
    assert table["heldout"]["documents"] == {"reuters": 15, "ecbplus": 5}
    assert table["dev2"]["documents"] == {"reuters": 40, "ecbplus": 20}
    assert not table["heldout2"]["documents"] and not table["dev2"]["dates"]
    assert table["heldout2"]["dates"] == {"relative": 40, "dateline": 5}
    assert table["dev3"]["documents"] == {"reuters": 24, "ecbplus": 8}
    assert not table["dev3"]["dates"]
    assert sum(table["dev3"]["figures"].values()) >= 100
    assert sum(table["dev3"]["entities"].values()) >= 200
    assert table["dev4"]["documents"] == {"reuters": 24, "ecbplus": 8}
    assert not table["dev4"]["dates"]
    assert sum(table["dev4"]["figures"].values()) >= 100
    assert sum(table["dev4"]["entities"].values()) >= 150
    assert sum(table["dev2"]["figures"].values()) >= 200
    assert sum(table["dev2"]["entities"].values()) >= 500
    assert sum(table["all"]["dates"].values()) >= 40
    assert table["all"]["dates"]["dateline"] >= 10
    assert sum(table["all"]["figures"].values()) >= 300
    assert sum(table["all"]["entities"].values()) >= 500
    # Reuters documents carry their index date.
    assert all(d.date for d in documents if d.corpus == "reuters")


def test_heldout_part_is_frozen() -> None:
    assert heldout_digest(load_gold(), load_dates()) == FROZEN_HELDOUT_DIGEST


def test_heldout2_part_is_frozen() -> None:
    documents, dates = load_gold(), load_dates()
    assert heldout2_digest(documents, dates) == FROZEN_HELDOUT2_DIGEST
    # its dates come from stories used nowhere else in the gold
    elsewhere = {d.file for d in documents} | {i.file for i in dates if i.split != "heldout2"}
    assert not {i.file for i in dates if i.split == "heldout2"} & elsewhere


def test_validate_reports_broken_gold() -> None:
    bad = document(
        "reuters21578/c.txt",
        "dev",
        figures=[figure(0, 5, "MONEY", 1.0, "dlrs"), figure(3, 8, "PERCENT", 1.0, "pct", "about")],
        entities=[name(0, 3, "NORP")],
    )
    problems = "\n".join(validate([bad], []))
    assert "ISO 4217" in problems
    assert "overlaps" in problems
    assert "percent unit" in problems
    assert "unknown qualifier" in problems
    assert "label 'NORP'" in problems


def test_validate_reports_misplaced_splits() -> None:
    heldout2_document = document("reuters21578/e.txt", "heldout2")
    dev2_date = GoldDate(
        "reuters21578/f.txt", 0, 5, "today", "relative", "1987-03-03", "1987-03-03", "dev2"
    )
    reused = GoldDate(
        "reuters21578/a.txt", 0, 5, "today", "relative", "1987-03-03", "1987-03-03", "heldout2"
    )
    problems = "\n".join(
        validate([DEV2, *DOCS, DEV3, DEV2, DEV4, DEV3, heldout2_document], [dev2_date, reused])
    )
    assert "unknown document split 'heldout2'" in problems
    assert "unknown date split 'dev2'" in problems
    assert "dev2 documents do not all follow the first sample" in problems
    assert "dev3 documents do not all follow the dev2 documents" in problems
    assert "dev4 documents do not all follow the dev3 documents" in problems
    assert "heldout2 date from a file used elsewhere" in problems


def test_corpus_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert corpus_root({"NEWSREADER_CORPORA": str(tmp_path)}) == tmp_path
    assert corpus_root({}) == ROOT.parent / "shared" / "corpora"
    missing = tmp_path / "absent"
    assert "not found" in (corpus_problem(missing) or "")
    assert "NEWSREADER_CORPORA" in (corpus_problem(missing) or "")
    (tmp_path / "reuters21578").mkdir()
    assert "ecbplus-dev" in (corpus_problem(tmp_path) or "")
    (tmp_path / "ecbplus-dev").mkdir()
    assert corpus_problem(tmp_path) is None


def test_module_imports_no_nlp() -> None:
    code = "import sys, bench.newswire_gold; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_gold_matches_the_corpus() -> None:
    problem = corpus_problem()
    if problem:
        pytest.skip(problem)
    assert validate(load_gold(), load_dates(), corpus_root()) == []
