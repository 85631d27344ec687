"""Extraction quality of numbers against the two hand-made gold sets, with the real models."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from tui.core.model.corpus import load_corpus
from tui.core.nlp.dates import normalise_date

from nlp_models import load_models

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = Path(__file__).parent.parent.parent / "seeds"


@pytest.fixture(scope="session")
def models() -> dict:
    return load_models()


def load_gold(name: str) -> dict:
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


def close(a: float | None, b: float | None, tolerance: float = 0.005) -> bool:
    """Values equal within 0.5% relative."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-12)


def score(
    found: list[tuple[str, float | None, str | None]],
    gold: list[tuple[str, float | None, str | None]],
) -> tuple[int, int, int]:
    """True positives, found, gold: matching on exact text, value within 0.5%, equal unit."""
    left = list(gold)
    hits = 0
    for text, value, unit in found:
        for k, (g_text, g_value, g_unit) in enumerate(left):
            if text == g_text and unit == g_unit and close(value, g_value):
                hits += 1
                del left[k]
                break
    return hits, len(found), len(gold)


def article_quantities(article, models) -> list:
    """Quantities of a whole article, each paragraph through the model of its script."""
    from tui.core.model.corpus import guess_languages
    from tui.core.nlp.quantities.grammar import extract_quantities

    out = []
    offset = 0
    for line in article.text.splitlines(keepends=True):
        if line.strip():
            lang = (guess_languages(line) or ("en",))[0]
            out.extend(extract_quantities(models[lang](line), lang, offset))
        offset += len(line)
    return out


def test_seed_money_and_percentages_all_found(models) -> None:
    gold = load_gold("gold_seeds_numbers.yaml")["articles"]
    articles = load_corpus(SEEDS).by_id()
    missing = []
    qualifiers_right = qualifiers_total = 0
    for article_id, entry in gold.items():
        article = articles[article_id]
        found = {(q.start, q.end): q for q in article_quantities(article, models)}
        for g in entry["quantities"]:
            assert article.text[g["start"] : g["end"]] == g["text"], g
            if g["label"] not in ("MONEY", "PERCENT"):
                continue
            q = found.get((g["start"], g["end"]))
            if q is None or q.unit != g["unit"] or not close(q.value, g["value"]):
                missing.append((article_id, g["text"], q and (q.value, q.unit)))
                continue
            qualifiers_total += 1
            qualifiers_right += q.qualifier == g["qualifier"]
    assert not missing, missing
    assert qualifiers_right / qualifiers_total >= 0.95


def general_scores(models) -> tuple[float, float, list]:
    from tui.core.nlp.quantities.grammar import extract_quantities

    gold = load_gold("gold_general.yaml")["sentences"]
    hits = n_found = n_gold = 0
    errors = []
    for sentence in gold:
        doc = models[sentence["lang"]](sentence["text"])
        found = [(q.text, q.value, q.unit) for q in extract_quantities(doc, sentence["lang"])]
        expected = [(g["text"], g["value"], g["unit"]) for g in sentence["quantities"]]
        h, f, g = score(found, expected)
        hits, n_found, n_gold = hits + h, n_found + f, n_gold + g
        if h < max(f, g):
            errors.append((sentence["text"], found, expected))
    return hits / max(n_found, 1), hits / max(n_gold, 1), errors


def test_general_precision_and_recall(models) -> None:
    precision, recall, errors = general_scores(models)
    assert precision >= 0.90 and recall >= 0.90, (precision, recall, errors)


def test_general_gold_is_well_formed() -> None:
    sentences = load_gold("gold_general.yaml")["sentences"]
    assert len(sentences) >= 70
    assert sum(s["lang"] == "ja" for s in sentences) >= len(sentences) // 6
    for sentence in sentences:
        for item in sentence["quantities"] + sentence.get("dates", []):
            assert item["text"] in sentence["text"], item


def test_general_dates() -> None:
    for sentence in load_gold("gold_general.yaml")["sentences"]:
        ref = sentence.get("date")
        ref = dt.date.fromisoformat(str(ref)) if ref else None
        for item in sentence.get("dates", []):
            assert normalise_date(item["text"], ref, sentence["lang"]) == item["value"], item
