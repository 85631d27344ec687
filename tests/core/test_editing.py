"""Edit commands, each kind applied, saved, reloaded, undone and redone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tui.core.editing import (
    EVENTS_DOC,
    KB_DOC,
    AcceptSpan,
    AddSpan,
    CorrectQuantity,
    DeleteSpan,
    Documents,
    Edit,
    EditError,
    EditSession,
    LinkEntity,
    LinkSentence,
    MergeEvents,
    NewEvent,
    NewKbEntity,
    RejectSpan,
    RelabelSpan,
    RenameEvent,
    SetMetadata,
    SplitEvent,
    UnlinkSentence,
    article_doc,
    next_unreviewed,
    rebase,
    spans_at,
)
from tui.core.model.schema import ArticleAnnotation, Entity, Quantity

from editing_world import TEXT_A, make_world

A = article_doc("a")


def session_for(tmp_path: Path) -> EditSession:
    store, articles = make_world(tmp_path)
    session = EditSession(store, articles)
    session.open("a")
    session.open("b")
    session.load(EVENTS_DOC)
    session.load(KB_DOC)
    return session


def ent(docs: Documents, quote: str, label: str | None = None) -> Entity:
    return next(
        e for e in docs.annotation("a").entities if e.text == quote and label in (None, e.label)
    )


def qty(docs: Documents, quote: str) -> Quantity:
    return next(q for q in docs.annotation("a").quantities if q.text == quote)


def sentence(docs: Documents, index: int, article: str = "a") -> tuple[int, int]:
    s = docs.annotation(article).sentences[index]
    return s.start, s.end


def event(docs: Documents, event_id: str):
    return next(e for e in docs.events.events if e.id == event_id)


def only_changed(before: Documents, after: Documents) -> set[str]:
    keys = {article_doc("a"), article_doc("b"), EVENTS_DOC, KB_DOC}
    return {k for k in keys if before.get(k) != after.get(k)}


MakeEdits = Callable[[Documents], list[Edit]]
Check = Callable[[Documents, Documents], None]


def _add_across_line_break(before: Documents, after: Documents) -> None:
    span = ent(after, "New\nYork")
    assert (span.origin, span.status, span.label) == ("human", "accepted", "GPE")
    assert TEXT_A[span.start : span.end] == "New\nYork"
    assert span.prefix.endswith("cent in ") and span.suffix.startswith(", while")
    assert len(after.annotation("a").entities) == len(before.annotation("a").entities) + 1


def _nested(before: Documents, after: Documents) -> None:
    outer, inner = ent(after, "Globex Corp"), ent(after, "Corp", "ORG")
    assert outer.start <= inner.start < inner.end <= outer.end
    assert inner.origin == "human"


def _trimmed(before: Documents, after: Documents) -> None:
    span = ent(after, "Brussels", "LOC")
    assert span.origin == "human"


def _add_then_delete(before: Documents, after: Documents) -> None:
    assert after.annotation("a") == before.annotation("a")  # a person's own span simply goes


def _delete_model(before: Documents, after: Documents) -> None:
    span = ent(after, "Brussels")
    assert (span.origin, span.status) == ("model", "rejected")


def _reject(before: Documents, after: Documents) -> None:
    span = ent(after, "Initech", "PERSON")
    assert (span.origin, span.status) == ("model", "rejected")


def _accept(before: Documents, after: Documents) -> None:
    span = ent(after, "Brussels")
    assert (span.origin, span.status) == ("human", "accepted")
    assert span.key == ent(before, "Brussels").key


def _relabel_model(before: Documents, after: Documents) -> None:
    old, new = ent(after, "Initech", "PERSON"), ent(after, "Initech", "ORG")
    assert (old.origin, old.status) == ("model", "rejected")
    assert (new.origin, new.status) == ("human", "accepted")
    assert new.key[:2] == old.key[:2]


def _relabel_human(before: Documents, after: Documents) -> None:
    spans = [e for e in after.annotation("a").entities if e.text == "New\nYork"]
    assert [(e.label, e.origin) for e in spans] == [("LOC", "human")]


def _relabel_to_quantity(before: Documents, after: Documents) -> None:
    assert ent(after, "Monday").status == "rejected"
    moved = next(q for q in after.annotation("a").quantities if q.text == "Monday")
    assert (moved.label, moved.origin) == ("CARDINAL", "human")


def _link_kb(before: Documents, after: Documents) -> None:
    span = ent(after, "Globex Corp")
    assert (span.kb_id, span.origin) == ("globex", "human")
    assert after.kb == before.kb


def _new_kb(before: Documents, after: Documents) -> None:
    span = ent(after, "Initech", "PERSON")
    new = next(e for e in after.kb.entities if e.id == span.kb_id)
    assert (new.id, new.label, new.name, new.aliases) == (
        "initech-inc",
        "ORG",
        "Initech Inc",
        ("Initech",),
    )
    assert len(after.kb.entities) == len(before.kb.entities) + 1


def _quantity(before: Documents, after: Documents) -> None:
    q = qty(after, "5 per cent")
    assert (q.value, q.unit, q.qualifier, q.origin) == (5.0, "percent", "approx", "human")


def _date(before: Documents, after: Documents) -> None:
    annotation = after.annotation("a")
    assert annotation.metadata.date == "2021-03-02"
    assert annotation.metadata.human == ("date",)
    assert annotation.pipeline is None  # re-extracted against the new date


def _metadata_fields(before: Documents, after: Documents) -> None:
    meta = after.annotation("a").metadata
    assert (meta.source, meta.url, meta.languages) == (
        "Daily Planet",
        "https://example.org/x",
        ("en", "ja"),
    )
    assert meta.human == ("source", "url", "languages")
    assert after.annotation("a").pipeline == "test"


def _link_sentence(before: Documents, after: Documents) -> None:
    start, end = sentence(after, 2)
    linked = [
        m for m in event(after, "e1").mentions if (m.article, m.start, m.end) == ("a", start, end)
    ]
    assert [(m.origin, m.status, m.text) for m in linked] == [
        ("human", "accepted", TEXT_A[start:end])
    ]


def _unlink_sentence(before: Documents, after: Documents) -> None:
    start, end = sentence(after, 0)
    (m,) = [m for m in event(after, "e1").mentions if (m.article, m.start) == ("a", start)]
    assert (m.origin, m.status) == ("model", "rejected")


def _new_event(before: Documents, after: Documents) -> None:
    new = after.events.events[-1]
    assert (new.id, new.title, new.origin, new.title_origin) == (
        "human-1",
        "Brussels review",
        "human",
        "human",
    )
    assert [(m.article, m.origin) for m in new.mentions] == [("a", "human")]


def _rename(before: Documents, after: Documents) -> None:
    e = event(after, "e2")
    assert (e.title, e.title_origin, e.origin) == ("Globex stock climbs", "human", "model")


def _merge(before: Documents, after: Documents) -> None:
    target, absorbed = event(after, "e1"), event(after, "e2")
    assert target.origin == "human" and absorbed.status == "rejected"
    assert absorbed.mentions == event(before, "e2").mentions
    moved = [m for m in target.mentions if (m.article, m.start) == ("a", sentence(after, 1)[0])]
    assert [(m.origin, m.status) for m in moved] == [("human", "accepted")]


def _split(before: Documents, after: Documents) -> None:
    old, new = event(after, "e1"), event(after, "human-1")
    assert [m.status for m in old.mentions if m.article == "b"] == ["rejected"]
    assert [m.status for m in old.mentions if m.article == "a"] == ["accepted"]
    assert [(m.article, m.origin, m.status) for m in new.mentions] == [("b", "human", "accepted")]
    assert (new.title, new.origin) == ("Initech agrees", "human")


def _span_of(quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT_A.index(quote, start + 1)
    return start, start + len(quote)


CASES: list[tuple[str, MakeEdits, Check, set[str]]] = [
    (
        "add across line break",
        lambda d: [AddSpan("a", *_span_of("New\nYork"), "GPE")],
        _add_across_line_break,
        {A},
    ),
    ("add nested span", lambda d: [AddSpan("a", *_span_of("Corp"), "ORG")], _nested, {A}),
    (
        "add trims whitespace, overlaps model span",
        lambda d: [AddSpan("a", _span_of("Brussels")[0] - 1, _span_of("Brussels")[1], "LOC")],
        _trimmed,
        {A},
    ),
    (
        "add then delete own span",
        lambda d: [AddSpan("a", *_span_of("New\nYork"), "GPE")],
        _add_then_delete,
        set(),
    ),
    (
        "delete model span rejects it",
        lambda d: [DeleteSpan("a", ent(d, "Brussels"))],
        _delete_model,
        {A},
    ),
    ("reject", lambda d: [RejectSpan("a", ent(d, "Initech"))], _reject, {A}),
    ("accept", lambda d: [AcceptSpan("a", ent(d, "Brussels"))], _accept, {A}),
    (
        "relabel model span",
        lambda d: [RelabelSpan("a", ent(d, "Initech"), "ORG")],
        _relabel_model,
        {A},
    ),
    (
        "relabel own span",
        lambda d: [AddSpan("a", *_span_of("New\nYork"), "GPE")],
        _relabel_human,
        {A},
    ),
    (
        "relabel entity as quantity",
        lambda d: [RelabelSpan("a", ent(d, "Monday"), "CARDINAL")],
        _relabel_to_quantity,
        {A},
    ),
    (
        "link to kb entity",
        lambda d: [LinkEntity("a", ent(d, "Globex Corp"), "globex")],
        _link_kb,
        {A},
    ),
    (
        "new kb entity",
        lambda d: [NewKbEntity("a", ent(d, "Initech"), name="Initech Inc", label="ORG")],
        _new_kb,
        {A, KB_DOC},
    ),
    (
        "correct quantity",
        lambda d: [CorrectQuantity("a", qty(d, "5 per cent"), 5.0, "percent", "approx")],
        _quantity,
        {A},
    ),
    ("edit date", lambda d: [SetMetadata("a", "date", " 2021-03-02 ")], _date, {A}),
    (
        "edit source, url, languages",
        lambda d: [
            SetMetadata("a", "source", "Daily  Planet"),
            SetMetadata("a", "url", "https://example.org/x"),
            SetMetadata("a", "languages", "en, ja"),
        ],
        _metadata_fields,
        {A},
    ),
    (
        "link sentence to event",
        lambda d: [LinkSentence("a", *sentence(d, 2), "e1")],
        _link_sentence,
        {EVENTS_DOC},
    ),
    (
        "unlink sentence",
        lambda d: [UnlinkSentence("a", *sentence(d, 0), "e1")],
        _unlink_sentence,
        {EVENTS_DOC},
    ),
    (
        "new event",
        lambda d: [NewEvent("a", *sentence(d, 2), "Brussels  review")],
        _new_event,
        {EVENTS_DOC},
    ),
    ("rename event", lambda d: [RenameEvent("e2", "Globex stock climbs")], _rename, {EVENTS_DOC}),
    ("merge events", lambda d: [MergeEvents("e1", "e2")], _merge, {EVENTS_DOC}),
    (
        "split event",
        lambda d: [SplitEvent("e1", (("b", *sentence(d, 0, "b")),), "Initech agrees")],
        _split,
        {EVENTS_DOC},
    ),
]


def _follow_ups(name: str, docs: Documents) -> list[Edit]:
    """Second edits that depend on the first one's result."""
    if name == "add then delete own span":
        return [DeleteSpan("a", ent(docs, "New\nYork"))]
    if name == "relabel own span":
        return [RelabelSpan("a", ent(docs, "New\nYork"), "LOC")]
    return []


@pytest.mark.parametrize("name,make,check,changed", CASES, ids=[c[0] for c in CASES])
def test_edit_saves_reloads_undoes_and_redoes(
    tmp_path: Path, name: str, make: MakeEdits, check: Check, changed: set[str]
) -> None:
    session = session_for(tmp_path)
    original = session.state
    edits = make(original)
    for edit in edits:
        session.apply(edit)
    for edit in _follow_ups(name, session.state):
        edits.append(edit)
        session.apply(edit)
    after = session.state
    check(original, after)
    assert only_changed(original, after) == changed
    assert set(session.dirty_documents()) == changed

    # Saved and read back by a fresh session: the same state.
    outcomes = session.save_all()
    assert {o.key for o in outcomes if o.status == "saved"} == changed
    assert session.dirty_documents() == []
    fresh = session_for_existing(tmp_path, session)
    for key in (A, article_doc("b"), EVENTS_DOC, KB_DOC):
        assert fresh.state.get(key) == after.get(key)

    # Undo every edit: back to the original; redo every edit: the edited state again.
    scope = edits[0].scope()
    for _ in edits:
        assert session.undo(scope) is not None
    assert session.undo(scope) is None
    for key in changed:
        assert session.state.get(key) == original.get(key)
    assert set(session.dirty_documents()) == changed
    for _ in edits:
        session.redo(scope)
    assert session.redo(scope) is None
    for key in changed:
        assert session.state.get(key) == after.get(key)
    assert session.dirty_documents() == []


def session_for_existing(tmp_path: Path, session: EditSession) -> EditSession:
    fresh = EditSession(session.store, session.articles.values())
    for key in (A, article_doc("b"), EVENTS_DOC, KB_DOC):
        assert fresh.load(key) is None
    return fresh


BAD: list[tuple[str, MakeEdits]] = [
    ("empty selection", lambda d: [AddSpan("a", 3, 3, "ORG")]),
    (
        "whitespace selection",
        lambda d: [AddSpan("a", TEXT_A.index("\n"), TEXT_A.index("\n") + 1, "ORG")],
    ),
    (
        "label twice",
        lambda d: [AddSpan("a", *_span_of("Corp"), "ORG"), AddSpan("a", *_span_of("Corp"), "ORG")],
    ),
    ("bad label", lambda d: [AddSpan("a", *_span_of("Corp"), "two words")]),
    (
        "reject twice",
        lambda d: [RejectSpan("a", ent(d, "Brussels")), RejectSpan("a", ent(d, "Brussels"))],
    ),
    (
        "reject own span",
        lambda d: [
            AddSpan("a", *_span_of("Corp"), "ORG"),
            RejectSpan(
                "a",
                Entity(
                    start=_span_of("Corp")[0],
                    end=_span_of("Corp")[1],
                    text="Corp",
                    label="ORG",
                    origin="human",
                ),
            ),
        ],
    ),
    (
        "span not there",
        lambda d: [DeleteSpan("a", Entity(start=0, end=3, text="Glo", label="ORG"))],
    ),
    ("relabel to same", lambda d: [RelabelSpan("a", ent(d, "Brussels"), "GPE")]),
    ("unknown kb id", lambda d: [LinkEntity("a", ent(d, "Brussels"), "nowhere")]),
    ("kb link of a quantity", lambda d: [LinkEntity("a", qty(d, "5 per cent"), "globex")]),  # type: ignore[arg-type]
    ("value of an entity", lambda d: [CorrectQuantity("a", ent(d, "Brussels"), 1.0, None)]),  # type: ignore[arg-type]
    ("infinite value", lambda d: [CorrectQuantity("a", qty(d, "5 per cent"), float("inf"), None)]),
    ("bad qualifier", lambda d: [CorrectQuantity("a", qty(d, "5 per cent"), 5.0, None, "about")]),  # type: ignore[arg-type]
    ("bad date", lambda d: [SetMetadata("a", "date", "2021-02-30")]),
    ("not a date", lambda d: [SetMetadata("a", "date", "March 2")]),
    ("no such field", lambda d: [SetMetadata("a", "author", "me")]),
    ("link to missing event", lambda d: [LinkSentence("a", *sentence(d, 0), "e9")]),
    (
        "link twice",
        lambda d: [
            LinkSentence("a", *sentence(d, 2), "e1"),
            LinkSentence("a", *sentence(d, 2), "e1"),
        ],
    ),
    ("unlink not linked", lambda d: [UnlinkSentence("a", *sentence(d, 2), "e1")]),
    ("passage outside text", lambda d: [NewEvent("a", 5, 10_000)]),
    ("merge with itself", lambda d: [MergeEvents("e1", "e1")]),
    ("merge into merged", lambda d: [MergeEvents("e1", "e2"), MergeEvents("e2", "e3")]),
    ("rename to nothing", lambda d: [RenameEvent("e1", "  ")]),
    ("split everything", lambda d: [SplitEvent("e2", (("a", *sentence(d, 1)),))]),
    ("split nothing", lambda d: [SplitEvent("e1", (("a", 0, 1),))]),
]


@pytest.mark.parametrize("name,make", BAD, ids=[b[0] for b in BAD])
def test_bad_edits_are_refused_and_change_nothing(
    tmp_path: Path, name: str, make: MakeEdits
) -> None:
    session = session_for(tmp_path)
    *good, bad = make(session.state)
    for edit in good:
        session.apply(edit)
    before = session.state
    with pytest.raises(EditError):
        session.apply(bad)
    assert session.state == before


def test_histories_are_per_article_and_for_events(tmp_path: Path) -> None:
    session = session_for(tmp_path)
    original = session.state
    session.apply(RejectSpan("a", ent(original, "Brussels")))
    b_span = original.annotation("b").entities[0]
    session.apply(RelabelSpan("b", b_span, "PERSON"))
    session.apply(RenameEvent("e1", "Takeover"))
    assert session.undo(A) is not None  # only article a's edit goes
    assert session.state.annotation("a") == original.annotation("a")
    assert session.state.annotation("b") != original.annotation("b")
    assert event(session.state, "e1").title == "Takeover"
    assert session.undo(A) is None and session.can_undo(article_doc("b"))
    assert session.undo(EVENTS_DOC) is not None
    assert session.state.events == original.events


def test_undo_keeps_later_edits_of_other_scopes_to_the_same_document(tmp_path: Path) -> None:
    session = session_for(tmp_path)
    original = session.state
    start, end = sentence(original, 2)
    session.apply(LinkSentence("a", start, end, "e2"))  # article a's history, events document
    session.apply(MergeEvents("e1", "e2"))  # events history
    session.apply(RenameEvent("e1", "Takeover"))
    session.undo(A)  # the link goes; the merge and rename stay
    merged = event(session.state, "e1")
    assert merged.title == "Takeover" and event(session.state, "e2").status == "rejected"
    assert ("a", start) not in {(m.article, m.start) for m in event(session.state, "e2").mentions}
    session.redo(A)
    assert ("a", start) in {(m.article, m.start) for m in event(session.state, "e2").mentions}


def test_new_edit_clears_redo(tmp_path: Path) -> None:
    session = session_for(tmp_path)
    session.apply(RejectSpan("a", ent(session.state, "Brussels")))
    session.undo(A)
    assert session.can_redo(A)
    session.apply(AcceptSpan("a", ent(session.state, "Monday")))
    assert not session.can_redo(A)


def test_a_no_op_is_not_recorded(tmp_path: Path) -> None:
    session = session_for(tmp_path)
    session.apply(SetMetadata("a", "title", "Globex to buy Initech"))  # a person confirms it
    session.apply(SetMetadata("a", "title", "Globex to buy Initech"))
    session.undo(A)
    assert not session.can_undo(A)


@pytest.mark.parametrize(
    "offset,backward,expected",
    [
        (-1, False, "Globex Corp"),
        (0, False, "Monday"),
        (TEXT_A.index("Brussels"), False, "Globex Corp"),  # wraps to the top
        (TEXT_A.index("Brussels"), True, "5 per cent"),
        (0, True, "Brussels"),  # wraps to the bottom
    ],
)
def test_next_unreviewed(tmp_path: Path, offset: int, backward: bool, expected: str) -> None:
    session = session_for(tmp_path)
    span = next_unreviewed(session.state.annotation("a"), offset, backward=backward)
    assert span is not None and span.text == expected


def test_next_unreviewed_skips_reviewed_and_ends(tmp_path: Path) -> None:
    session = session_for(tmp_path)
    session.apply(AcceptSpan("a", ent(session.state, "Monday")))
    session.apply(RejectSpan("a", ent(session.state, "Initech")))
    annotation = session.state.annotation("a")
    span = next_unreviewed(annotation, 0)
    assert span is not None and span.text == "$3.5 billion"
    for span in [*annotation.entities, *annotation.quantities]:
        if not span.reviewed:
            session.apply(AcceptSpan("a", span))
    assert next_unreviewed(session.state.annotation("a"), 0) is None


def test_spans_at_innermost_first(tmp_path: Path) -> None:
    session = session_for(tmp_path)
    session.apply(AddSpan("a", *_span_of("Corp"), "ORG"))
    hits = spans_at(session.state.annotation("a"), _span_of("Corp")[0])
    assert [s.text for s in hits] == ["Corp", "Globex Corp"]


def test_rebase_applies_a_change_to_a_changed_value() -> None:
    e = Entity(start=0, end=1, text="x", label="ORG")
    f = Entity(start=2, end=3, text="y", label="ORG")
    g = Entity(start=4, end=5, text="z", label="GPE")
    base = ArticleAnnotation(article="a", sha256="0", entities=(e,))
    target = base.model_copy(update={"entities": (e, f)})
    current = base.model_copy(update={"entities": (e, g), "pipeline": "other"})
    result = rebase(current, base, target)
    assert set(result.entities) == {e, f, g} and result.pipeline == "other"
    assert rebase(result, target, base).entities == (e, g)  # undo of the addition only


class _DateRecorder:
    """Stands in for the extractor and records the date each article is resolved against."""

    def __init__(self) -> None:
        self.dates: dict[str, str | None] = {}

    def extract(self, articles, n_process: int = 1):  # type: ignore[no-untyped-def]
        for article in articles:
            self.dates[article.id] = article.date
            yield ArticleAnnotation(article=article.id, sha256=article.sha256, pipeline="nr-test")


@pytest.mark.parametrize("set_date,expected", [(None, None), ("2020-11-03", "2020-11-03")])
def test_a_date_set_by_a_person_is_the_reference_for_extraction(
    tmp_path: Path, set_date: str | None, expected: str | None
) -> None:
    from tui.core.pipeline import annotate

    session = session_for(tmp_path)
    if set_date:
        session.apply(SetMetadata("b", "date", set_date))
        session.save_all()
    recorder = _DateRecorder()
    articles = list(session.articles.values())
    annotate(articles, session.store, force=True, extractor=recorder)
    assert recorder.dates["b"] == expected
    reloaded = session.store.load("b").value
    assert reloaded is not None and reloaded.metadata.date == expected


def test_kb_header_comments_survive_an_edit(tmp_path: Path) -> None:
    store, articles = make_world(tmp_path)
    header = "# Canonical entities.\n#   edit freely\n\n"
    store.kb_path.write_text(header + store.kb_path.read_text(encoding="utf-8"), encoding="utf-8")
    session = EditSession(store, articles)
    session.open("a")
    session.apply(NewKbEntity("a", ent(session.state, "Initech"), label="ORG"))
    assert [o.status for o in session.save_all()] == ["saved", "saved"]
    text = store.kb_path.read_text(encoding="utf-8")
    assert text.startswith(header) and "id: initech" in text
    assert session.yaml_of(KB_DOC) == text
