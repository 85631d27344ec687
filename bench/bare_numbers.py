"""Bare numbers (unit ``count``): the data set, the model of ``tui.core.nlp.quantities.bare``, and its honest score.

The data set is built from what exists, no new judging: every bare number the
extractor outputs (its figures before the resolver) on the ten precision audits'
documents (``bench/gold/numbers_audit*.yaml``, samples 1 to 10) and on the tuning
documents of the newswire gold (``dev``, ``dev2``, ``dev3``, ``dev4``; never a
held-out part), and every number an audit judged with unit ``count`` that the extractor
now reads otherwise, read anew as if bare; each with the readings
:func:`~tui.core.nlp.quantities.bare.bare_readings` offers. Labels: an audit's ``ok``
item of the same span gives the right unit (``count`` itself when the count was judged
right), ``not a figure: ...`` gives ``none``; a ``wrong unit`` with no ``ok`` item of the
span is a figure whose unit no audit wrote (``?unit``), another wrong output ``?other``.
The gold gives the unit of its figure of the same span, a figure of an overlapping span
``?span``, no figure ``none``.

The model is a conditional logit over each number's readings (numpy, L2, a fixed number
of Adam steps from zero: deterministic), trained on the numbers whose right reading is
among the offered ones (``strict``; ``withhold`` also takes ``drop`` as right where no
reading gives the right unit, and is scored beside it). Scored by leaving one group out
(each audit, each tuning split): the figure precision of each audit's first count (its
figures as judged before its round, the bare ones read by the resolver) and of the
extractor now on its documents (a new unit no audit judged counts as wrong), and the
tuning splits' numbers P / R, beside the current rules and dropping every bare number.
``--write`` trains on every group and writes ``tui/core/nlp/data/bare_numbers.yaml``.

    NEWSREADER_CORPORA=../shared/corpora .venv/bin/python bench/bare_numbers.py [--write]

The texts are read from ``$NEWSREADER_CORPORA`` or ``../shared/corpora``; without them
the script says why and exits 0. The extractor's outputs are kept between runs in
``--cache`` (a JSON file outside the repository; no article text in it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import newswire_gold as gold  # noqa: E402
from bench import numbers_audit as audit  # noqa: E402
from bench.newswire_quality import gold_articles, index_dates  # noqa: E402
from tui.core.model.schema import Quantity  # noqa: E402
from tui.core.nlp.quantities.bare import DROP, KEEP, bare_readings  # noqa: E402
from tui.core.nlp.quantities.sharing import is_bare  # noqa: E402

AUDITS = tuple(range(1, 11))
TUNING = ("dev", "dev2", "dev3", "dev4")
WEIGHTS_FILE = ROOT / "tui" / "core" / "nlp" / "data" / "bare_numbers.yaml"
#: L2 strength, gradient steps and step size of the conditional logit.
L2, STEPS, RATE = 1.0, 300, 0.05
#: Weights smaller than this are left out of the shipped file.
SMALLEST = 1e-3


def collect(files: Sequence[str], extra: dict[str, list[tuple[int, int, float]]]) -> dict[str, Any]:
    """Every figure (before the resolver), every bare number's readings, per file, and the
    readings of the ``extra`` spans (an audit's judged bare numbers the extractor now reads
    otherwise), each as if it were bare, among the article's other figures."""
    from tui.core.model.settings import Settings
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp import extractor as module

    root = gold.corpus_root()
    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    articles = gold_articles(root, files, index_dates(root))
    files_of: dict[str, list[str]] = {}
    for a in articles:
        files_of.setdefault(a.text, []).append(a.id)
    seen: dict[str, Any] = {}
    called: set[str] = set()

    def record(
        text: str,
        quantities: Sequence[Quantity],
        parses: Any,
        chooser: Any = None,
    ) -> list[Quantity]:
        # Articles are annotated in order; a text stored twice (a repeated story) is each file.
        file = next(f for f in files_of[text] if f not in called)
        called.add(file)
        bare = [
            {"start": q.start, "end": q.end, "readings": bare_readings(text, q, quantities, parses)}
            for q in quantities
            if is_bare(q)
        ]
        done = {(b["start"], b["end"]) for b in bare}
        for start, end, value in extra.get(file, ()):
            if (start, end) in done:
                continue
            q = Quantity(
                start=start,
                end=end,
                text=text[start:end],
                label="CARDINAL",
                value=value,
                unit="count",
            )
            others = [o for o in quantities if o.end <= start or o.start >= end]
            bare.append(
                {
                    "start": start,
                    "end": end,
                    "extra": True,
                    "readings": bare_readings(text, q, [*others, q], parses),
                }
            )
        seen[file] = [
            {**b, "readings": [[r.kind, r.label, r.unit, list(r.features)] for r in b["readings"]]}
            for b in bare
        ]
        return list(quantities)

    module.resolve_bare_numbers = record  # type: ignore[assignment]
    extractor = module.Extractor(settings, kb)
    out: dict[str, Any] = {}
    for annotation in extractor.extract(articles):
        out[annotation.article] = {
            "figures": [
                {k: q[k] for k in ("start", "end", "label", "value", "unit", "qualifier")}
                for q in (x.model_dump() for x in annotation.quantities)
            ],
            "bare": seen.pop(annotation.article, []),
        }
    return out


# ------------------------------------------------------------------ labels


def audit_items(sample: int) -> list[dict[str, Any]]:
    """The judged items of one audit."""
    path = audit.SAMPLES[sample][2]
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["figures"])


def first_counts(sample: int) -> list[dict[str, Any]]:
    """The items of an audit's first count: those before the first comment of later outputs."""
    path = audit.SAMPLES[sample][2]
    lines = path.read_text(encoding="utf-8").splitlines()
    body = lines.index("figures:") + 1
    end = next((k for k in range(body, len(lines)) if not lines[k].startswith("- ")), len(lines))
    return list(yaml.safe_load("\n".join(lines[body:end])) or [])


def audit_label(items: Iterable[dict[str, Any]], figure: dict[str, Any]) -> str | None:
    """What an audit says a bare number should be: a unit, ``none``, ``?unit``, ``?other``."""
    same = [i for i in items if (i["start"], i["end"]) == (figure["start"], figure["end"])]
    for item in same:
        if item["verdict"] == "ok":
            return str(item["unit"])
    if any(str(i["verdict"]).startswith("not a figure") for i in same):
        return "none"
    if any(i["verdict"] == "wrong unit" and i["unit"] == "count" for i in same):
        return "?unit"
    if same:
        return "?other"
    return None


def gold_label(document: gold.GoldDocument, figure: dict[str, Any]) -> str:
    """What the gold says a bare number should be: its unit, ``none`` or ``?span``."""
    for f in document.figures:
        if (f.start, f.end) == (figure["start"], figure["end"]):
            return f.unit
    if any(f.start < figure["end"] and figure["start"] < f.end for f in document.figures):
        return "?span"
    return "none"


def right_readings(label: str, readings: Sequence[Sequence[Any]]) -> list[int]:
    """The indices of the readings that give the label."""
    if label == "count":
        return [0]
    if label == "none":
        return [k for k, r in enumerate(readings) if r[0] == DROP]
    return [k for k, r in enumerate(readings) if r[0] not in (KEEP, DROP) and r[2] == label]


# ------------------------------------------------------------------ the model


def train(examples: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Weights of a conditional logit on the examples whose right reading is offered.

    The loss is the mean of ``-log`` of the probability of the right readings, plus
    ``L2 / 2 * |w|^2`` over the number of examples; Adam steps from zero, a fixed number.
    """
    usable = [e for e in examples if e["right"]]
    vocabulary: dict[str, int] = {}
    for e in usable:
        for r in e["readings"]:
            for f in r[3]:
                vocabulary.setdefault(f, len(vocabulary))
    reading_of, feature_of, example_of, right = [], [], [], []
    starts = []
    n = 0
    for i, e in enumerate(usable):
        starts.append(n)
        for k, r in enumerate(e["readings"]):
            for f in r[3]:
                reading_of.append(n)
                feature_of.append(vocabulary[f])
            example_of.append(i)
            right.append(k in e["right"])
            n += 1
    rows, cols = np.array(reading_of), np.array(feature_of)
    owner, is_right, first = np.array(example_of), np.array(right), np.array(starts)
    size, m = len(vocabulary), len(usable)
    w = np.zeros(size)
    mean, square = np.zeros(size), np.zeros(size)
    for step in range(1, STEPS + 1):
        s = np.bincount(rows, weights=w[cols], minlength=n)
        s = s - np.maximum.reduceat(s, first)[owner]
        e = np.exp(s)
        p = e / np.bincount(owner, weights=e, minlength=m)[owner]
        pr = np.where(is_right, p, 0.0)
        q = pr / np.bincount(owner, weights=pr, minlength=m)[owner]
        grad = np.bincount(cols, weights=(p - q)[rows], minlength=size) / m + L2 * w / m
        mean = 0.9 * mean + 0.1 * grad
        square = 0.999 * square + 0.001 * grad * grad
        w -= RATE * (mean / (1 - 0.9**step)) / (np.sqrt(square / (1 - 0.999**step)) + 1e-8)
    return {
        f: round(float(w[i]), 4) for f, i in sorted(vocabulary.items()) if abs(w[i]) >= SMALLEST
    }


def choose(weights: dict[str, float], readings: Sequence[Sequence[Any]]) -> int:
    """The reading the model picks (as ``BareModel.choose``)."""
    scores = [sum(weights.get(f, 0.0) for f in r[3]) for r in readings]
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


# ------------------------------------------------------------------ scoring


def resolved(
    figures: Sequence[dict[str, Any]],
    bare: Sequence[dict[str, Any]],
    picks: dict[tuple[int, int], int],
) -> list[dict[str, Any]]:
    """The file's figures after the resolver's picks (``picks``: span -> reading index)."""
    readings = {(b["start"], b["end"]): b["readings"] for b in bare}
    out = []
    for f in figures:
        span = (f["start"], f["end"])
        if f["unit"] != "count" or span not in readings or span not in picks:
            out.append(f)
            continue
        kind, label, unit, _ = readings[span][picks[span]]
        if kind == DROP:
            continue
        out.append(f if kind == KEEP else {**f, "label": label, "unit": unit})
    return out


def audit_precision(
    items: Sequence[dict[str, Any]], files: dict[str, list[dict[str, Any]]]
) -> tuple[int, int, int]:
    """Right, found and unjudged figures of one audit's documents (unjudged count as wrong)."""
    verdicts = {audit._key(i["file"], i): str(i["verdict"]) for i in items}
    right = found = unjudged = 0
    for file, figures in files.items():
        for f in figures:
            if f["label"] not in gold.FIGURE_LABELS:
                continue
            found += 1
            verdict = verdicts.get(audit._key(file, f))
            unjudged += verdict is None
            right += verdict == "ok"
    return right, found, unjudged


def first_count_precision(
    sample: int,
    items: Sequence[dict[str, Any]],
    outputs: dict[str, Any],
    picks: dict[str, dict[tuple[int, int], int]] | None,
) -> tuple[int, int]:
    """Right and found figures of an audit's first count, its bare numbers read by ``picks``
    (a unit no ``ok`` item of the span gives counts as wrong)."""
    right = found = 0
    for item in first_counts(sample):
        span = (item["start"], item["end"])
        if item["unit"] != "count" or picks is None:
            found += 1
            right += item["verdict"] == "ok"
            continue
        readings = {(b["start"], b["end"]): b["readings"] for b in outputs[item["file"]]["bare"]}
        kind, _, unit, _ = readings[span][picks[item["file"]].get(span, 0)]
        if kind == DROP:
            continue
        found += 1
        if kind == KEEP:
            right += item["verdict"] == "ok"
        else:
            right += any(
                i["file"] == item["file"]
                and (i["start"], i["end"]) == span
                and i["verdict"] == "ok"
                and i["unit"] == unit
                for i in items
            )
    return right, found


def _kind_of_label(label: str) -> str:
    return label if label in ("count", "none") or label.startswith("?") else "a unit"


def _ratio(right: int, found: int) -> str:
    return f"{right}/{found} = {right / found:.3f}" if found else "-"


#: Training policies: ``strict`` learns only from numbers whose right reading is offered;
#: ``withhold`` also takes ``drop`` as right for a figure whose unit no reading offers (a
#: count of nothing is not shown rather than shown wrong).
POLICIES = ("strict", "withhold")


def with_policy(examples: Sequence[dict[str, Any]], policy: str) -> list[dict[str, Any]]:
    """The examples with their right readings under a training policy."""
    if policy == "strict":
        return list(examples)
    return [
        {**e, "right": e["right"] or [k for k, r in enumerate(e["readings"]) if r[0] == DROP]}
        if e["label"] in ("?unit", "?span") or (e["label"] not in ("count", "none", "?other"))
        else e
        for e in examples
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/bare_numbers_cache.json"))
    parser.add_argument("--refresh", action="store_true", help="run the extractor again")
    parser.add_argument("--policy", choices=POLICIES, default="strict", help="for --write")
    parser.add_argument("--write", action="store_true", help="write the weights trained on all")
    args = parser.parse_args(argv)
    problem = gold.corpus_problem()
    if problem:
        print(f"skipped: {problem}")
        return 0
    documents = [d for d in gold.load_gold() if d.split in TUNING]
    by_file = {d.file: d for d in documents}
    audit_files = {k: audit._files(audit.SAMPLES[k][1]) for k in AUDITS}
    group_of = {f: f"audit {k}" for k, fs in audit_files.items() for f in fs}
    group_of.update({d.file: d.split for d in documents})
    items = {k: audit_items(k) for k in AUDITS}
    extra: dict[str, list[tuple[int, int, float]]] = {}
    for k in AUDITS:
        for i in items[k]:
            if i["unit"] == "count" and i["value"] is not None:
                extra.setdefault(i["file"], []).append((i["start"], i["end"], float(i["value"])))
    if args.cache.is_file() and not args.refresh:
        outputs = json.loads(args.cache.read_text("utf-8"))
    else:
        outputs = collect(sorted(group_of), extra)
        args.cache.write_text(json.dumps(outputs), "utf-8")

    examples: list[dict[str, Any]] = []
    for file in sorted(outputs):
        group = group_of[file]
        mine = (
            [i for i in items[int(group.split()[1])] if i["file"] == file]
            if group.startswith("audit")
            else []
        )
        for b in outputs[file]["bare"]:
            label = (
                audit_label(mine, b) if group.startswith("audit") else gold_label(by_file[file], b)
            )
            if label is None:
                continue
            examples.append(
                {
                    **b,
                    "file": file,
                    "group": group,
                    "label": label,
                    "right": right_readings(label, b["readings"]),
                }
            )
    current = [e for e in examples if not e.get("extra")]
    judged = [e for e in examples if e.get("extra")]
    print(
        f"data set: {len(examples)} bare numbers labelled ({len(current)} output by the "
        f"extractor now, {len(judged)} more judged bare in an audit's earlier count)"
    )
    for name, part in (
        ("now, audits", [e for e in current if e["group"].startswith("audit")]),
        ("now, tuning", [e for e in current if not e["group"].startswith("audit")]),
        ("earlier, audits", judged),
    ):
        c = Counter(_kind_of_label(e["label"]) for e in part)
        units = sum(1 for e in part if _kind_of_label(e["label"]) == "a unit" and e["right"])
        print(
            f"  {name}: {len(part)}: {dict(sorted(c.items()))}; a unit offered among the "
            f"readings for {units}"
        )
    print(f"  readings per number: {sum(len(e['readings']) for e in examples) / len(examples):.1f}")

    groups = [f"audit {k}" for k in AUDITS] + list(TUNING)
    picks: dict[str, dict[str, dict[tuple[int, int], int]]] = {}
    for policy in POLICIES:
        chosen: dict[str, dict[tuple[int, int], int]] = {}
        policed = with_policy(examples, policy)
        for group in groups:
            weights = train([e for e in policed if e["group"] != group])
            for file in (f for f, g in group_of.items() if g == group):
                chosen[file] = {
                    (b["start"], b["end"]): choose(weights, b["readings"])
                    for b in outputs[file]["bare"]
                }
        picks[policy] = chosen
    drop_all = {
        f: {
            (b["start"], b["end"]): k
            for b in o["bare"]
            for k, r in enumerate(b["readings"])
            if r[0] == DROP
        }
        for f, o in outputs.items()
    }
    variants = {
        "current rules": None,
        **{f"resolver, {p}": picks[p] for p in POLICIES},
        "drop every bare number it may": drop_all,
    }

    print()
    print(
        "First counts (each audit's figures as judged before its round; bare ones read anew,"
        " left out):"
    )
    print("| audit | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    sums = {v: [0, 0] for v in variants}
    for k in AUDITS:
        cells = []
        for v, p in variants.items():
            r, n = first_count_precision(k, items[k], outputs, p)
            cells.append(_ratio(r, n))
            if k in (8, 9, 10):
                sums[v][0] += r
                sums[v][1] += n
        print(f"| {k} | " + " | ".join(cells) + " |")
    print("| 8-10 | " + " | ".join(_ratio(*sums[v]) for v in variants) + " |")

    print()
    print("The extractor now on each audit's documents (its rules were tuned on them):")
    print("| audit | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    sums = {v: [0, 0] for v in variants}
    for k in AUDITS:
        cells = []
        for v, p in variants.items():
            after = {
                f: outputs[f]["figures"]
                if p is None
                else resolved(outputs[f]["figures"], outputs[f]["bare"], p[f])
                for f in audit_files[k]
            }
            r, n, unjudged = audit_precision(items[k], after)
            cells.append(_ratio(r, n) + (f" ({unjudged} unjudged)" if unjudged else ""))
            if k in (8, 9, 10):
                sums[v][0] += r
                sums[v][1] += n
        print(f"| {k} | " + " | ".join(cells) + " |")
    print("| 8-10 | " + " | ".join(_ratio(*sums[v]) for v in variants) + " |")

    print()
    print("Tuning splits, numbers value+unit+qualifier P / R (each split left out):")
    print("| split | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    for split in ("dev+dev2+dev3", "dev4", "dev+dev2+dev3+dev4"):
        cells = []
        for p in variants.values():
            predictions = {
                d.file: outputs[d.file]["figures"]
                if p is None
                else resolved(outputs[d.file]["figures"], outputs[d.file]["bare"], p[d.file])
                for d in documents
            }
            score = gold.score_numbers(documents, predictions, split)
            spans = gold.score_number_spans(documents, predictions, split)
            cells.append(f"{score.precision:.3f} / {score.recall:.3f} (spans R {spans.recall:.3f})")
        print(f"| {split} | " + " | ".join(cells) + " |")
    if args.write:
        weights = train(with_policy(examples, args.policy))
        text = (
            "# Weights of the bare-number model (tui/core/nlp/quantities/bare.py), learned by\n"
            f"# bench/bare_numbers.py --write --policy {args.policy} from the ten audits and the\n"
            "# tuning splits: feature names and numbers only.\n"
        )
        WEIGHTS_FILE.write_text(
            text + yaml.safe_dump({"weights": weights}, sort_keys=True), "utf-8"
        )
        print(f"\nwrote {len(weights)} weights to {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
