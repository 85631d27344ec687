"""Export to spaCy, Prodigy and brat, each loaded back by its own reader; imports bring back
exactly the decisions exported, re-anchored when the text changed, conflicts reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.core.editing.anchor import span_context
from tui.core.formats import brat, prodigy
from tui.core.formats.common import Exported, exportable
from tui.core.formats.decisions import ImportedArticle, import_decisions
from tui.core.model.corpus import load_corpus
from tui.core.model.schema import ArticleAnnotation, Entity, Metadata, Quantity
from tui.core.model.settings import PIPELINE_VERSION
from tui.core.model.store import AnnotationStore

TEXT = (
    "Acme Corp said on Monday that Jane Doe will lead the Bank of\n"
    "Japan review. Profit rose more than 5% to $3m, Acme said.\n"
)


def at(quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    return start, start + len(quote)


def entity(quote: str, label: str, nth: int = 0, **fields: Any) -> Entity:
    start, end = at(quote, nth)
    prefix, suffix = span_context(TEXT, start, end)
    return Entity(
        start=start, end=end, text=quote, label=label, prefix=prefix, suffix=suffix, **fields
    )


def quantity(quote: str, label: str, **fields: Any) -> Quantity:
    start, end = at(quote)
    prefix, suffix = span_context(TEXT, start, end)
    return Quantity(
        start=start, end=end, text=quote, label=label, prefix=prefix, suffix=suffix, **fields
    )


SPANS: tuple[Entity | Quantity, ...] = (
    entity("Acme Corp", "ORG", kb_id="acme"),  # a suggestion nobody reviewed
    entity("Acme", "GPE", 1, status="rejected"),  # a person rejected the model's label
    entity("Jane Doe", "PERSON", origin="human"),
    entity("Monday", "DATE", origin="human", value="2026-11-30"),
    entity("Bank of\nJapan", "ORG", origin="human", kb_id="boj"),  # across a line break
    entity("Japan", "GPE"),  # nested in the bank's name
    quantity("more than 5%", "PERCENT", origin="human", value=5.0, unit="percent", qualifier="gt"),
    quantity("$3m", "MONEY", value=3e6, unit="USD"),
    quantity("5%", "PERCENT", status="rejected", value=5.0, unit="percent"),
)


def decisions(annotation: ArticleAnnotation | None) -> set[tuple[Any, ...]]:
    """What people decided: position, label, accepted or rejected, and the attributes."""
    assert annotation is not None
    out = set()
    for s in (*annotation.entities, *annotation.quantities):
        if s.reviewed:
            extra = (
                (s.value, s.unit, s.qualifier) if isinstance(s, Quantity) else (s.kb_id, s.value)
            )
            out.add((s.start, s.end, s.label, s.status, *extra))
    return out


def make_corpus(
    root: Path, spans: tuple[Entity | Quantity, ...] = SPANS
) -> tuple[Path, AnnotationStore]:
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "acme.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "index.jsonl").write_text(
        '{"file": "acme.txt", "title": "Acme picks Doe", "date": "2026-11-29", "source": "Wire"}\n'
    )
    article = load_corpus(seeds).articles[0]
    store = AnnotationStore(root / "annotations")
    store.save(
        ArticleAnnotation(
            article="acme",
            sha256=article.sha256,
            pipeline=f"{PIPELINE_VERSION} test",
            metadata=Metadata(title=article.title, date=article.date, source=article.source),
            entities=tuple(s for s in spans if isinstance(s, Entity)),
            quantities=tuple(s for s in spans if isinstance(s, Quantity)),
        )
    )
    return seeds, store


def exported(seeds: Path, store: AnnotationStore) -> list[Exported]:
    items = list(exportable(load_corpus(seeds).articles, store))
    assert all(isinstance(item, Exported) for item in items)
    return items  # type: ignore[return-value]


def test_spacy_docbin_loads_with_the_same_spans(tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    from tui.core.formats.spacy import register_extensions, write_docbin

    seeds, store = make_corpus(tmp_path)
    assert write_docbin(exported(seeds, store), tmp_path / "corpus.spacy") == 1
    register_extensions()
    (doc,) = DocBin().from_disk(tmp_path / "corpus.spacy").get_docs(spacy.blank("en").vocab)
    assert doc.text == TEXT
    accepted = [s for s in SPANS if s.status == "accepted"]
    entities = {(s.start, s.end, s.label, s.kb_id or "") for s in accepted if isinstance(s, Entity)}
    assert {
        (e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.spans["entities"]
    } == entities
    # doc.ents cannot overlap: the bank's name is kept, the nested GPE only in spans["entities"].
    assert {(e.start_char, e.end_char, e.label_) for e in doc.ents} == {
        x[:3] for x in entities if x[2] != "GPE"
    }
    assert {(e.text, e._.value, e._.origin) for e in doc.ents if e.label_ == "DATE"} == {
        ("Monday", "2026-11-30", "human")
    }
    assert {
        (q.start_char, q.end_char, q.label_, q._.value, q._.unit, q._.qualifier)
        for q in doc.spans["quantities"]
    } == {
        (s.start, s.end, s.label, s.value, s.unit, s.qualifier)
        for s in accepted
        if isinstance(s, Quantity)
    }
    assert doc._.article == {
        "id": "acme",
        "title": "Acme picks Doe",
        "date": "2026-11-29",
        "source": "Wire",
    }


def test_brat_ann_parses_back_to_the_same_spans(tmp_path: Path) -> None:
    seeds, store = make_corpus(tmp_path)
    out = tmp_path / "brat"
    assert brat.write_collection(exported(seeds, store), out) == 1
    assert (out / "acme.txt").read_text(encoding="utf-8") == TEXT
    ann = (out / "acme.ann").read_text(encoding="utf-8")
    start, end = at("Bank of\nJapan")
    assert f"ORG {start} {start + 7};{start + 8} {end}\tBank of Japan\n" in ann
    spans, problems = brat.parse_ann(ann, "acme.ann")
    assert problems == []
    parsed = {(s.start, s.end, s.label, frozenset(s.attributes)) for s in spans.values()}
    expected = {
        (
            s.start,
            s.end,
            s.label,
            frozenset(
                {"Rejected"} if s.status == "rejected" else set() if s.reviewed else {"Suggested"}
            ),
        )
        for s in SPANS
    }
    assert parsed == expected
    norms = {(s.label, tuple(s.normalisations)) for s in spans.values() if s.normalisations}
    assert ("PERCENT", (("value", "5.0"), ("unit", "percent"), ("qualifier", "gt"))) in norms
    assert ("DATE", (("iso8601", "2026-11-30"),)) in norms
    assert ("ORG", (("newsreader-kb", "boj"),)) in norms
    assert "Suggested\tArg:<ENTITY>" in (out / "annotation.conf").read_text()


def test_prodigy_tasks_have_prodigys_shape(tmp_path: Path) -> None:
    seeds, store = make_corpus(tmp_path)
    (line,) = list(prodigy.write_tasks(exported(seeds, store)))
    task = json.loads(line)
    assert set(task) == {"text", "meta", "spans", "rejected_spans", "answer"}
    assert task["text"] == TEXT and task["answer"] == "accept"
    assert task["meta"] == {"id": "acme", "title": "Acme picks Doe", "date": "2026-11-29",
                            "source": "Wire", "url": None}  # fmt: skip
    for span in task["spans"] + task["rejected_spans"]:
        assert {"start", "end", "label", "text", "origin"} <= set(span)
        assert isinstance(span["start"], int) and isinstance(span["end"], int)
        assert TEXT[span["start"] : span["end"]] == span["text"]
    assert len(task["spans"]) == 7 and len(task["rejected_spans"]) == 2
    assert all(s["origin"] in ("model", "human") for s in task["spans"])


def _records(fmt: str, seeds: Path, store: AnnotationStore, out: Path) -> list[ImportedArticle]:
    items = exported(seeds, store)
    if fmt == "prodigy":
        read = list(prodigy.read_tasks("".join(prodigy.write_tasks(items)), "tasks.jsonl"))
    else:
        brat.write_collection(items, out)
        read = list(brat.read_collection([out]))
    assert all(isinstance(r, ImportedArticle) for r in read)
    return read  # type: ignore[return-value]


@pytest.mark.parametrize("fmt", ["prodigy", "brat"])
def test_import_brings_back_exactly_the_decisions_exported(tmp_path: Path, fmt: str) -> None:
    seeds, store = make_corpus(tmp_path / "a")
    records = _records(fmt, seeds, store, tmp_path / "out")
    before = store.path_for("acme").read_bytes()
    again = import_decisions(records, load_corpus(seeds).articles, store)
    assert again.unchanged == ["acme"] and again.conflicts == [] and again.errors == []
    assert store.path_for("acme").read_bytes() == before

    # Into a corpus with only the model's suggestions: the people's decisions come back.
    suggestions = tuple(s for s in SPANS if not s.reviewed)
    fresh_seeds, fresh = make_corpus(tmp_path / "b", suggestions)
    report = import_decisions(records, load_corpus(fresh_seeds).articles, fresh)
    assert report.written == ["acme"] and report.conflicts == [] and report.errors == []
    original = decisions(store.load("acme").value)
    assert decisions(fresh.load("acme").value) == original
    merged = fresh.load("acme").value
    assert merged is not None
    assert all(s.origin == "human" for s in (*merged.entities, *merged.quantities) if s.reviewed)
    # The suggestion nobody reviewed stays a suggestion.
    assert any(s.text == "Acme Corp" and s.origin == "model" for s in merged.entities)


@pytest.mark.parametrize("fmt", ["prodigy", "brat"])
def test_import_re_anchors_when_the_text_changed(tmp_path: Path, fmt: str) -> None:
    seeds, store = make_corpus(tmp_path / "a")
    records = _records(fmt, seeds, store, tmp_path / "out")
    lead = "Updated with a new opening sentence.\n"
    target = tmp_path / "b" / "seeds"
    target.mkdir(parents=True)
    (target / "acme.txt").write_text(lead + TEXT, encoding="utf-8")
    moved = AnnotationStore(tmp_path / "b" / "annotations")
    report = import_decisions(records, load_corpus(target).articles, moved)
    assert report.written == ["acme"] and report.errors == []
    shift = len(lead)
    assert decisions(moved.load("acme").value) == {
        (d[0] + shift, d[1] + shift, *d[2:]) for d in decisions(store.load("acme").value)
    }


def test_a_different_human_decision_is_a_conflict_and_kept(tmp_path: Path) -> None:
    seeds, store = make_corpus(tmp_path)
    records = list(prodigy.read_tasks("".join(prodigy.write_tasks(exported(seeds, store))), "t"))
    # Meanwhile a person rejected Jane Doe and relabelled "Monday".
    annotation = store.load("acme").value
    assert annotation is not None
    changed = []
    for s in annotation.entities:
        if s.text == "Jane Doe":
            s = s.model_copy(update={"status": "rejected"})
        elif s.text == "Monday":
            s = s.model_copy(update={"label": "TIME"})
        changed.append(s)
    store.save(annotation.model_copy(update={"entities": tuple(changed)}))
    before = store.path_for("acme").read_bytes()
    report = import_decisions(records, load_corpus(seeds).articles, store)
    assert sorted(c.split(":")[1].split()[0] for c in report.conflicts) == ["DATE", "PERSON"]
    assert "a person decided otherwise (corpus: rejected, import: accepted)" in " ".join(
        report.conflicts
    )
    assert "a person labelled it TIME" in " ".join(report.conflicts)
    assert store.path_for("acme").read_bytes() == before


def test_prodigy_answers_decide(tmp_path: Path) -> None:
    seeds, store = make_corpus(tmp_path, tuple(s for s in SPANS if not s.reviewed))
    start, end = at("$3m")
    money = {"start": start, "end": end, "label": "MONEY", "text": "$3m"}
    start, end = at("Jane Doe")
    person = {"start": start, "end": end, "label": "PERSON"}
    lines = [
        {"text": TEXT, "meta": {"id": "acme"}, "spans": [money], "answer": "reject"},  # ner.teach
        {"text": TEXT, "spans": [person], "answer": "accept"},  # found by its text
        {"text": TEXT, "meta": {"id": "acme"}, "spans": [person], "answer": "ignore"},
        {"text": TEXT, "spans": [{"start": 0, "end": 4, "label": "ORG", "text": "Nope"}], "answer": "accept"},
    ]  # fmt: skip
    items = list(prodigy.read_tasks("\n".join(json.dumps(x) for x in lines), "t.jsonl"))
    records = [r for r in items if isinstance(r, ImportedArticle)]
    assert len(records) == 3
    report = import_decisions(records, load_corpus(seeds).articles, store)
    assert report.errors == ["t.jsonl:4: ORG 0-4: the quote 'Nope' is not the text there ('Acme')"]
    got = decisions(store.load("acme").value)
    assert (*at("$3m"), "MONEY", "rejected", 3e6, "USD", "exact") in got
    assert (*at("Jane Doe"), "PERSON", "accepted", None, None) in got


def test_brat_spans_from_an_annotator(tmp_path: Path) -> None:
    seeds, store = make_corpus(tmp_path, tuple(s for s in SPANS if not s.reviewed))
    out = tmp_path / "brat"
    brat.write_collection(exported(seeds, store), out)
    start, end = at("Jane Doe")
    with (out / "acme.ann").open("a", encoding="utf-8") as handle:
        handle.write(f"T90\tPERSON {start} {end}\tJane Doe\n#1\tAnnotatorNotes T90\tnew\n")
        handle.write("T91\tORG 0 4\tWrong\nX1\tnonsense\n")
    items = list(brat.read_collection([out]))
    problems = [x for x in items if isinstance(x, str)]
    assert problems == [f"{out / 'acme.ann'}:{len((out / 'acme.ann').read_text().splitlines()) - 1}: "
                        "'Wrong' is not the text there ('Acme')"]  # fmt: skip
    records = [x for x in items if isinstance(x, ImportedArticle)]
    report = import_decisions(records, load_corpus(seeds).articles, store)
    assert report.decisions == 1
    assert decisions(store.load("acme").value) == {(start, end, "PERSON", "accepted", None, None)}
