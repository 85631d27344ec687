"""Quality of the quantity extractor on the two gold sets, against plain spaCy in the same run.

For each set it prints precision and recall of our quantities (exact span text,
value within 0.5%, same unit) and, as the baseline, of spaCy's own number entities
(MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL; GiNZA's numeric types for Japanese)
judged on span text alone, since they carry no value or unit. On the seeds it also
prints how many money and percentage figures are found right and how many
qualifiers are right; on the general set, how many dates normalise as expected.

Run: ``.venv/bin/python bench/number_quality.py``
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import spacy
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from tui.core.model.corpus import guess_languages, load_corpus  # noqa: E402
from tui.core.model.settings import Settings  # noqa: E402
from tui.core.nlp.dates import normalise_date  # noqa: E402
from tui.core.nlp.quantities.grammar import extract_quantities  # noqa: E402

SPACY_NUMBER_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
GINZA_NUMBER_PREFIXES = (
    "Money",
    "Percent",
    "N_",
    "Countx",
    "Ordinal",
    "Point",
    "Multiplication",
    "Frequency",
    "Rank",
)


def is_number_entity(label: str) -> bool:
    return label in SPACY_NUMBER_LABELS or label.startswith(GINZA_NUMBER_PREFIXES)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-12)


def match(found: list[tuple], gold: list[tuple], with_meaning: bool) -> int:
    left = list(gold)
    hits = 0
    for item in found:
        for k, g in enumerate(left):
            same = item[0] == g[0] and (
                not with_meaning or (item[2] == g[2] and close(item[1], g[1]))
            )
            if same:
                hits += 1
                del left[k]
                break
    return hits


def report(name: str, hits: int, found: int, gold: int) -> str:
    p = hits / found if found else 0.0
    r = hits / gold if gold else 0.0
    return f"{name:34} P {p:.3f}  R {r:.3f}  ({hits} right, {found} found, {gold} gold)"


def main() -> None:
    settings = Settings()
    models = {"en": spacy.load(settings.english_model), "ja": spacy.load(settings.ja_model)}

    # General set
    gold = yaml.safe_load((ROOT / "tests/fixtures/gold_general.yaml").read_text(encoding="utf-8"))
    totals = {key: [0, 0, 0] for key in ("ours en", "ours ja", "spacy en", "spacy ja")}
    dates_right = dates_total = 0
    for sentence in gold["sentences"]:
        lang = sentence["lang"]
        doc = models[lang](sentence["text"])
        expected = [(g["text"], g["value"], g["unit"]) for g in sentence["quantities"]]
        ours = [(q.text, q.value, q.unit) for q in extract_quantities(doc, lang)]
        theirs = [(e.text, None, None) for e in doc.ents if is_number_entity(e.label_)]
        for key, found, meaning in (("ours", ours, True), ("spacy", theirs, False)):
            t = totals[f"{key} {lang}"]
            t[0] += match(found, expected, meaning)
            t[1] += len(found)
            t[2] += len(expected)
        ref = dt.date.fromisoformat(str(sentence["date"])) if sentence.get("date") else None
        for d in sentence.get("dates", []):
            dates_total += 1
            dates_right += normalise_date(d["text"], ref, lang) == d["value"]
    print(f"General set: {len(gold['sentences'])} sentences")
    for key in ("ours", "spacy"):
        en, ja = totals[f"{key} en"], totals[f"{key} ja"]
        both = [a + b for a, b in zip(en, ja, strict=True)]
        label = "ours (span, value, unit)" if key == "ours" else "spaCy entities (span only)"
        print("  " + report(f"{label}, all", *both))
        print("  " + report(f"{label}, en", *en))
        print("  " + report(f"{label}, ja", *ja))
    print(f"  dates normalised as expected: {dates_right}/{dates_total}")

    # Seeds
    seeds = yaml.safe_load(
        (ROOT / "tests/fixtures/gold_seeds_numbers.yaml").read_text(encoding="utf-8")
    )
    articles = load_corpus(ROOT / "seeds").by_id()
    money_right = money_total = qual_right = counts_right = counts_total = 0
    ours_all = [0, 0, 0]
    spacy_all = [0, 0, 0]
    for article_id, entry in seeds["articles"].items():
        text = articles[article_id].text
        found: dict[tuple[int, int], object] = {}
        spacy_spans: set[tuple[int, int]] = set()
        offset = 0
        for line in text.splitlines(keepends=True):
            if line.strip():
                lang = (guess_languages(line) or ("en",))[0]
                doc = models[lang](line)
                for q in extract_quantities(doc, lang, offset):
                    found[(q.start, q.end)] = q
                spacy_spans |= {
                    (e.start_char + offset, e.end_char + offset)
                    for e in doc.ents
                    if is_number_entity(e.label_)
                }
            offset += len(line)
        golds = entry["quantities"]
        for g in golds:
            q = found.get((g["start"], g["end"]))
            right = q is not None and q.unit == g["unit"] and close(q.value, g["value"])
            if g["label"] in ("MONEY", "PERCENT"):
                money_total += 1
                money_right += right
                qual_right += right and q.qualifier == g["qualifier"]
            else:
                counts_total += 1
                counts_right += right
        ours_all[0] += sum(1 for g in golds if (g["start"], g["end"]) in found)
        ours_all[1] += len(found)
        ours_all[2] += len(golds)
        spacy_all[0] += sum(1 for g in golds if (g["start"], g["end"]) in spacy_spans)
        spacy_all[1] += len(spacy_spans)
        spacy_all[2] += len(golds)
    print("Seeds (5 articles)")
    print(f"  money and percentages right (value and unit): {money_right}/{money_total}")
    print(f"  their qualifiers right: {qual_right}/{money_total}")
    print(f"  main counts and fractions right: {counts_right}/{counts_total}")
    print("  " + report("ours, span recall vs gold", *ours_all))
    print("  " + report("spaCy entities, span recall vs gold", *spacy_all))
    print("  (precision on the seeds is low by design: the gold lists money, percentages and")
    print("   main counts only, while both extractors also return ordinals and other counts)")


if __name__ == "__main__":
    main()
