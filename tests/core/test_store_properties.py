"""Property tests: random edits, undos and redos, saved and reloaded, equal the state in memory."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.editing import (
    EVENTS_DOC,
    KB_DOC,
    QUALIFIERS,
    AcceptSpan,
    AddSpan,
    CorrectQuantity,
    DeleteSpan,
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
)
from tui.core.model.schema import ENTITY_LABELS, QUANTITY_LABELS

from editing_world import make_world

ARTICLES = ("a", "b")
KEYS = (article_doc("a"), article_doc("b"), EVENTS_DOC, KB_DOC)
LABELS = ENTITY_LABELS[:5] + QUANTITY_LABELS[:3]
_chars = st.characters(
    codec="utf-8", exclude_categories=("Cs",), include_characters="\n:#-'\"{}&*日本"
)
_words = st.text(_chars, min_size=0, max_size=12)


def draw_edit(data: st.DataObject, session: EditSession) -> Edit:
    """Any kind of edit, with its targets drawn from the current state."""
    state = session.state
    article = data.draw(st.sampled_from(ARTICLES))
    annotation = state.annotation(article)
    text = state.text(article)
    spans = [*annotation.entities, *annotation.quantities]
    sentences = annotation.sentences
    events = [e for e in state.events.events]
    kind = data.draw(
        st.sampled_from(
            [
                "add",
                "delete",
                "reject",
                "accept",
                "relabel",
                "link",
                "new_kb",
                "quantity",
                "metadata",
                "link_sentence",
                "unlink",
                "new_event",
                "rename",
                "merge",
                "split",
            ]
        )
    )

    def pick(items):
        return data.draw(st.sampled_from(items)) if items else None

    span = pick(spans)
    if kind == "add" or span is None:
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
        return AddSpan(article, start, end, data.draw(st.sampled_from(LABELS)))
    if kind == "delete":
        return DeleteSpan(article, span)
    if kind == "reject":
        return RejectSpan(article, span)
    if kind == "accept":
        return AcceptSpan(article, span)
    if kind == "relabel":
        return RelabelSpan(article, span, data.draw(st.sampled_from(LABELS)))
    if kind == "link":
        kb_id = pick([e.id for e in state.kb.entities] + [None])
        return LinkEntity(article, span, kb_id)
    if kind == "new_kb":
        return NewKbEntity(article, span, name=data.draw(_words) or None)
    if kind == "quantity":
        span = pick(list(annotation.quantities)) or span
        value = data.draw(
            st.none()
            | st.floats(-1e15, 1e15, allow_nan=False)
            | st.integers(-(10**6), 10**6).map(float)
        )
        return CorrectQuantity(
            article, span, value, data.draw(_words), data.draw(st.sampled_from(QUALIFIERS))
        )
    if kind == "metadata":
        name = data.draw(st.sampled_from(["title", "source", "date", "url", "languages"]))
        value = data.draw(st.dates().map(str)) if name == "date" else data.draw(_words)
        return SetMetadata(article, name, value)
    sentence = pick(list(sentences))
    event = pick(events)
    assert sentence is not None and event is not None
    if kind == "link_sentence":
        return LinkSentence(article, sentence.start, sentence.end, event.id)
    if kind == "unlink":
        mention = pick(list(event.mentions))
        assert mention is not None
        return UnlinkSentence(mention.article, mention.start, mention.end, event.id)
    if kind == "new_event":
        return NewEvent(article, sentence.start, sentence.end, data.draw(_words))
    if kind == "rename":
        return RenameEvent(event.id, data.draw(_words))
    if kind == "merge":
        other = pick(events)
        assert other is not None
        return MergeEvents(event.id, other.id)
    live = [m for m in event.mentions if m.status == "accepted"]
    if len(live) > 1:  # a proper subset, so that the split can apply
        chosen = data.draw(
            st.lists(st.sampled_from(live), min_size=1, max_size=len(live) - 1, unique=True)
        )
    else:
        chosen = data.draw(st.lists(st.sampled_from(event.mentions), min_size=1, unique=True))
    return SplitEvent(
        event.id, tuple((m.article, m.start, m.end) for m in chosen), data.draw(_words)
    )


def _session(root: Path) -> EditSession:
    store, articles = make_world(root)
    session = EditSession(store, articles)
    for key in KEYS:
        assert session.load(key) is None
    return session


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_and_undos_saved_and_reloaded_equal_memory(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session = _session(Path(tmp))
        scopes = [article_doc("a"), article_doc("b"), EVENTS_DOC]
        for _ in range(data.draw(st.integers(1, 25))):
            action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo", "save"]))
            if action == "edit":
                try:
                    session.apply(draw_edit(data, session))
                except EditError:
                    pass
            elif action == "undo":
                session.undo(data.draw(st.sampled_from(scopes)))
            elif action == "redo":
                session.redo(data.draw(st.sampled_from(scopes)))
            else:
                assert all(o.status in ("saved", "unchanged") for o in session.save_all())
        assert all(o.status in ("saved", "unchanged") for o in session.save_all())
        assert session.dirty_documents() == []

        # Every span still quotes the text at its offsets.
        for article in ARTICLES:
            annotation = session.state.annotation(article)
            for span in (*annotation.entities, *annotation.quantities):
                assert session.state.text(article)[span.start : span.end] == span.text

        fresh = _session_reloaded(session)
        for key in KEYS:
            assert fresh.state.get(key) == session.state.get(key), key
            path = session._docs[key].path
            on_disk = path.read_bytes()
            assert on_disk == session.yaml_of(key).encode("utf-8")
            # Saving twice gives identical bytes: a forced save rewrites the same file.
            assert fresh.save(key, force=True).status == "saved"
            assert path.read_bytes() == on_disk


def _session_reloaded(session: EditSession) -> EditSession:
    fresh = EditSession(session.store, session.articles.values())
    for key in KEYS:
        assert fresh.load(key) is None
    return fresh


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_undoing_everything_in_reverse_returns_the_original(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session = _session(Path(tmp))
        original = session.state
        applied: list[str] = []
        for _ in range(data.draw(st.integers(1, 20))):
            edit = draw_edit(data, session)
            before = session.state
            try:
                session.apply(edit)
            except EditError:
                continue
            if session.state != before:
                applied.append(edit.scope())
        after = session.state
        for scope in reversed(applied):
            assert session.undo(scope) is not None
        assert session.state == original
        assert session.dirty_documents() == []
        for scope in applied:
            assert session.redo(scope) is not None
        assert session.state == after
