"""Event linking on small hand-built annotations (no spaCy): what links, what stays apart."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tui.core.events.linking import link_events
from tui.core.model.corpus import guess_date
from tui.core.model.schema import (
    Article,
    ArticleAnnotation,
    Entity,
    Event,
    EventsFile,
    Furniture,
    Mention,
    Metadata,
    Quantity,
)
from tui.core.model.store import AnnotationStore, events_to_yaml
from tui.core.pipeline import LinkError, link_corpus

ENTITY_RE = re.compile(r"\[([^\]|]+)\|([A-Z]+)(?:\|([^\]]*))?\]")


def make(article_id: str, marked: str) -> tuple[Article, ArticleAnnotation]:
    """An article and its annotation from text with inline marks.

    ``[Acme Corp|ORG]`` is an entity, ``[Acme Corp|ORG|acme]`` one with a kb_id,
    ``[on Tuesday|DATE]`` a date (resolved by the linker from the article date),
    ``[$4 billion|MONEY]`` a figure; ``{{...}}`` marks page furniture.
    """
    text = ""
    entities: list[Entity] = []
    quantities: list[Quantity] = []
    furniture: list[Furniture] = []
    pos = 0
    pattern = re.compile(ENTITY_RE.pattern + r"|\{\{(.*?)\}\}", re.S)
    for match in pattern.finditer(marked):
        text += marked[pos : match.start()]
        pos = match.end()
        if match.group(4) is not None:
            start = len(text)
            text += match.group(4)
            furniture.append(Furniture(start=start, end=len(text), kind="related"))
            continue
        surface, label, kb = match.group(1), match.group(2), match.group(3)
        start = len(text)
        text += surface
        if label in ("MONEY", "PERCENT"):
            quantities.append(Quantity(start=start, end=len(text), text=surface, label=label))
        else:
            entities.append(
                Entity(start=start, end=len(text), text=surface, label=label, kb_id=kb or None)
            )
    text += marked[pos:]
    date = guess_date(text)
    article = Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=article_id,
        date=date,
        languages=("en",),
    )
    annotation = ArticleAnnotation(
        article=article_id,
        sha256=article.sha256,
        metadata=Metadata(date=date),
        entities=tuple(entities),
        quantities=tuple(quantities),
        furniture=tuple(furniture),
    )
    return article, annotation


def run(*docs: tuple[str, str], previous: EventsFile | None = None) -> EventsFile:
    built = [make(i, text) for i, text in docs]
    return link_events([a for a, _ in built], {a.id: n for a, n in built}, previous)


def linked(events: EventsFile, needle_a: str, needle_b: str) -> bool:
    """True if one accepted event holds a mention containing each needle."""
    for event in events.events:
        if event.status != "accepted":
            continue
        texts = [m.text for m in event.mentions if m.status == "accepted"]
        if any(needle_a in t for t in texts) and any(needle_b in t for t in texts):
            return True
    return False


IPO_A = "date 2024-03-12\nRegulators [on Tuesday|DATE] halted the IPO of [Acme Corp|ORG], worth [$4 billion|MONEY]."
IPO_B = "date 2024-03-13\n[Acme Corp|ORG]'s listing was scrapped [on Tuesday|DATE], ending a [$4.1 billion|MONEY] deal."
IPO_C = (
    "date 2024-03-15\nThe stock market debut of [Acme|ORG] was suspended by the watchdog this week."
)
FINE_A = (
    "date 2024-09-20\nThe watchdog fined [Acme Corp|ORG] [$12 million|MONEY] [on Thursday|DATE]."
)
MEET_2024 = "date 2024-02-06\nMinister [Ada Varga|PERSON] met bank chiefs [on Tuesday|DATE] to discuss rates."
MEET_2024B = "date 2024-02-08\n[Ada Varga|PERSON] held talks with lenders [on Tuesday|DATE]."
MEET_2025 = "date 2025-02-11\nMinister [Ada Varga|PERSON] met bank chiefs [on Tuesday|DATE] about small firms."
FALL_TUE = "date 2024-04-09\nShares in [Tessaly Steel|ORG] fell [8.1%|PERCENT] [on Tuesday|DATE]."
FALL_TUE_B = (
    "date 2024-04-10\n[Tessaly Steel|ORG]'s stock slumped [8 per cent|PERCENT] [on Tuesday|DATE]."
)
FALL_WED = "date 2024-04-11\n[Tessaly Steel|ORG] shares dropped [2%|PERCENT] [on Wednesday|DATE]."
OTHER_FALL = "date 2024-04-09\n[Corvane Mining|ORG] shares fell [8.3%|PERCENT] [on Tuesday|DATE]."


@pytest.mark.parametrize(
    ("docs", "a", "b", "expected"),
    [
        pytest.param(
            [("a", IPO_A), ("b", IPO_B)], "halted", "scrapped", True, id="same-act-other-words"
        ),
        pytest.param(
            [("a", IPO_A), ("c", IPO_C)], "halted", "suspended", True, id="short-name-no-date"
        ),
        pytest.param(
            [("a", MEET_2024), ("b", MEET_2024B)], "met", "held talks", True, id="meeting-same-day"
        ),
        pytest.param(
            [("a", MEET_2024), ("b", MEET_2025)],
            "rates",
            "small firms",
            False,
            id="meetings-a-year-apart",
        ),
        pytest.param(
            [("a", FALL_TUE), ("b", FALL_TUE_B)], "fell", "slumped", True, id="share-move-same-day"
        ),
        pytest.param(
            [("a", FALL_TUE), ("b", FALL_WED)], "fell", "dropped", False, id="tuesday-vs-wednesday"
        ),
        pytest.param(
            [("a", FALL_TUE), ("b", OTHER_FALL)],
            "Tessaly",
            "Corvane",
            False,
            id="other-company-same-day",
        ),
        pytest.param([("a", IPO_A), ("b", FINE_A)], "halted", "fined", False, id="fine-vs-ipo"),
    ],
)
def test_what_links(docs: list[tuple[str, str]], a: str, b: str, expected: bool) -> None:
    assert linked(run(*docs), a, b) is expected


def test_furniture_is_never_linked() -> None:
    furnished = (
        "date 2024-03-13\n[Acme Corp|ORG] shares were quiet [on Wednesday|DATE].\n"
        "{{READ MORE: Regulators halted the IPO of Acme Corp on Tuesday}}\n"
    )
    events = run(("a", IPO_A), ("b", IPO_B), ("f", furnished))
    assert not any(m.article == "f" for e in events.events for m in e.mentions)
    assert linked(events, "halted", "scrapped")


def test_empty_knowledge_base_joins_surface_variants() -> None:
    # No kb_ids at all: "Acme" joins "Acme Corp" (legal suffix dropped), "Varga" joins "Ada Varga".
    short = "date 2024-02-07\n[Ada Varga|PERSON] said little. [Varga|PERSON] convened the lenders [on Tuesday|DATE]."
    events = run(("a", MEET_2024), ("b", short))
    assert linked(events, "met bank chiefs", "convened")


def test_knowledge_base_ids_join_different_names() -> None:
    a = "date 2020-11-04\nBeijing halted the IPO of [Ant Group|ORG|ant] [in November 2020|DATE]."
    b = "date 2023-01-01\nThe listing of [アント・グループ|ORG|ant] was cancelled [in 2020|DATE]."
    assert linked(run(("a", a), ("b", b)), "halted", "cancelled")


def test_single_source_event_is_kept_alone() -> None:
    events = run(("a", FINE_A), ("b", IPO_B))
    fines = [e for e in events.events if e.kind == "fine"]
    assert len(fines) == 1
    assert {m.article for m in fines[0].mentions} == {"a"}


def test_event_fields() -> None:
    events = run(("a", IPO_A), ("b", IPO_B))
    (event,) = [e for e in events.events if e.kind == "ipo_halt"]
    assert event.title == "IPO halted: Acme Corp, 2024-03-12"
    assert event.date == "2024-03-12"
    assert event.id == "ipo-halt-acme-corp-2024-03-12"
    assert [f.text for f in event.figures] == ["$4 billion", "$4.1 billion"]
    assert all(m.origin == "model" and m.status == "accepted" for m in event.mentions)


def test_relinking_is_deterministic() -> None:
    first = run(("a", IPO_A), ("b", IPO_B), ("c", FINE_A))
    second = run(("a", IPO_A), ("b", IPO_B), ("c", FINE_A), previous=first)
    assert events_to_yaml(first) == events_to_yaml(second)


def _ipo(events: EventsFile) -> Event:
    (event,) = [e for e in events.events if e.kind == "ipo_halt" and e.origin == "model"]
    return event


@pytest.mark.parametrize(
    "decision",
    ["rename", "reject-mention", "reject-event", "add-mention", "human-event"],
)
def test_people_decisions_survive_relinking(decision: str) -> None:
    docs = (("a", IPO_A), ("b", IPO_B), ("c", IPO_C))
    first = run(*docs)
    event = _ipo(first)
    others = [e for e in first.events if e.id != event.id]
    c_mention = next(m for m in event.mentions if m.article == "c")
    if decision == "rename":
        edited = event.model_copy(update={"title": "Acme float stopped", "title_origin": "human"})
    elif decision == "reject-mention":
        mentions = tuple(
            m.model_copy(update={"status": "rejected", "origin": "human"}) if m == c_mention else m
            for m in event.mentions
        )
        edited = event.model_copy(update={"mentions": mentions})
    elif decision == "reject-event":
        edited = event.model_copy(update={"status": "rejected"})
    elif decision == "add-mention":
        extra = Mention(article="z", start=0, end=4, text="note", origin="human")
        edited = event.model_copy(update={"mentions": (*event.mentions, extra)})
    else:  # a person split the third report off into an event of their own
        mentions = tuple(m for m in event.mentions if m != c_mention)
        edited = event.model_copy(update={"mentions": mentions})
        own = Event(
            id="acme-watchdog",
            title="Watchdog story",
            title_origin="human",
            kind="ipo_halt",
            origin="human",
            mentions=(c_mention.model_copy(update={"origin": "human"}),),
        )
        others.append(own)
    previous = EventsFile(events=(*others, edited))
    again = run(*docs, previous=previous)
    relinked = _ipo(again)
    assert relinked.id == event.id
    keys = {(m.article, m.status) for m in relinked.mentions}
    if decision == "rename":
        assert (relinked.title, relinked.title_origin) == ("Acme float stopped", "human")
    elif decision == "reject-mention":
        assert ("c", "rejected") in keys and ("c", "accepted") not in keys
    elif decision == "reject-event":
        assert relinked.status == "rejected"
    elif decision == "add-mention":
        assert ("z", "accepted") in keys
    else:
        assert not any(m.article == "c" for m in relinked.mentions)
        kept = next(e for e in again.events if e.id == "acme-watchdog")
        assert kept == own


def test_touched_event_that_no_longer_matches_is_kept() -> None:
    gone = Event(
        id="old-story",
        title="Old",
        kind="fine",
        status="rejected",
        mentions=(Mention(article="q", start=0, end=3, text="old"),),
    )
    again = run(("a", IPO_A), previous=EventsFile(events=(gone,)))
    assert gone in again.events


def test_link_corpus_writes_and_reports(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    built = [make(i, t) for i, t in (("a", IPO_A), ("b", IPO_B))]
    for _, annotation in built:
        store.save(annotation)
    missing, _ = make("m", FINE_A)
    articles = [a for a, _ in built] + [missing]
    summary = link_corpus(articles, store)
    assert "skipped 1" in summary and "m (not annotated)" in summary
    loaded = store.load_events()
    assert loaded.error is None and linked(loaded.value, "halted", "scrapped")
    before = store.events_path.read_bytes()
    assert link_corpus(articles, store).startswith("linked")
    assert store.events_path.read_bytes() == before


def test_link_corpus_never_writes_over_a_broken_events_file(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    article, annotation = make("a", IPO_A)
    store.save(annotation)
    store.events_path.write_text("events: [unclosed\n", encoding="utf-8")
    with pytest.raises(LinkError, match="^not linking"):
        link_corpus([article], store)
    assert store.events_path.read_text(encoding="utf-8") == "events: [unclosed\n"


def test_link_corpus_skips_broken_annotation(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    a, na = make("a", IPO_A)
    b, nb = make("b", IPO_B)
    store.save(na)
    store.path_for("b").write_text("format: [broken\n", encoding="utf-8")
    summary = link_corpus([a, b], store)
    assert "b (unreadable" in summary
    assert store.load_events().value is not None
