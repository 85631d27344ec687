"""EventIndex: events by passage, other sources, translations, coverage and timeline."""

from __future__ import annotations

import pytest

from tui.core.events.index import EventIndex, Source, closeness
from tui.core.model.schema import Alignment, Event, EventsFile, Figure, Mention, Story
from tui.core.text.terms import content_words


def m(article: str, start: int, end: int, status: str = "accepted") -> Mention:
    return Mention(article=article, start=start, end=end, text=f"{article}:{start}", status=status)  # type: ignore[arg-type]


EVENTS = EventsFile(
    events=(
        Event(
            id="halt",
            title="IPO halted",
            date="2020-11",
            mentions=(
                m("a", 0, 50),
                m("b", 100, 160),
                m("c", 10, 40),
                m("c", 500, 540),
                m("d", 0, 9, "rejected"),
            ),
            figures=(
                Figure(article="a", text="$34.5 billion", value=34.5e9, unit="USD"),
                Figure(article="b", text="$37 billion", value=37e9, unit="USD"),
            ),
        ),
        Event(id="meet", title="Meeting", date="2023-07-12", mentions=(m("a", 40, 90),)),
        Event(id="gone", title="Rejected", status="rejected", mentions=(m("a", 0, 50),)),
        Event(id="old", title="Undated", mentions=(m("b", 0, 20),)),
    ),
    alignments=(Alignment(mentions=(m("c", 0, 60), m("c", 480, 560))),),
)
SOURCES = {
    "a": Source("a", "A", "2023-01-02"),
    "b": Source("b", "B", "2021-05-05", "Wire"),
    "c": Source("c", "C"),
}


@pytest.fixture
def index() -> EventIndex:
    return EventIndex(EVENTS, SOURCES)


@pytest.mark.parametrize(
    ("article", "start", "end", "ids"),
    [
        ("a", 0, 30, ["halt"]),
        ("a", 45, 48, ["halt", "meet"]),
        ("a", 60, 70, ["meet"]),
        ("a", 200, 210, []),
        ("b", 5, 6, ["old"]),
        ("d", 0, 9, []),  # a rejected mention is no mention
        ("c", 520, 530, ["halt"]),
    ],
)
def test_events_at(index: EventIndex, article: str, start: int, end: int, ids: list[str]) -> None:
    assert [e.id for e in index.events_at(article, start, end)] == ids


def test_rejected_events_are_left_out_and_dates_sort(index: EventIndex) -> None:
    assert [e.id for e in index.events] == ["halt", "meet", "old"]


def test_reports_put_translations_with_their_passage(index: EventIndex) -> None:
    halt = index.events[0]
    reports = index.reports(halt, exclude="a")
    assert [r.article for r in reports] == ["b", "c"]  # oldest dated source first
    (c,) = [r for r in reports if r.article == "c"]
    assert [x.start for x in c.mentions] == [10]
    assert [x.start for x in c.translations] == [500]
    assert index.translations("c", 10, 40)[0].start == 480


def test_sources_coverage_and_figures(index: EventIndex) -> None:
    halt = index.events[0]
    assert index.sources_of(halt) == ["b", "a", "c"]
    assert index.all_sources() == ["b", "a", "c"]
    assert [row for _, row in index.coverage(["a", "b", "c"])] == [
        [True, True, True],
        [True, False, False],
        [False, True, False],
    ]
    (row,) = index.figures(halt)
    assert not row.agree
    assert index.source("b").label == "Wire, 2021-05-05"
    assert index.source("c").short == "C"


# ------------------------------------------------------------------ stories

STORIES = EVENTS.model_copy(
    update={
        "stories": (
            Story(id="s-meet", title="A meeting", articles=("a",), events=("meet",)),
            Story(
                id="s-ipo",
                title="The IPO",
                articles=("a", "b", "c", "gone", "e"),
                events=("halt", "gone", "unknown"),
            ),
            Story(id="s-empty", title="Nothing", articles=(), events=("unknown",)),
            Story(id="s-meet", title="Again", articles=("c",), events=("old",)),
        )
    }
)
STORY_SOURCES = {
    **SOURCES,
    "e": Source("e", "E", "2021-05-05", "Wire"),
}


@pytest.fixture
def stories() -> EventIndex:
    return EventIndex(STORIES, STORY_SOURCES, articles=["a", "b", "c", "e"])


def test_stories_in_the_date_order_of_their_first_event(stories: EventIndex) -> None:
    # The empty story (no article, no accepted event) is left out; an id given twice, once.
    assert [s.id for s in stories.stories] == ["s-ipo", "s-meet"]
    assert stories.story("s-meet") == STORIES.stories[0]
    assert stories.story("s-empty") is None


def test_an_article_or_event_belongs_to_the_first_story_listing_it(stories: EventIndex) -> None:
    story = stories.story_of("a")
    assert story is not None and story.id == "s-ipo"
    assert stories.story_of("d") is None
    halt, meet, old = stories.events
    assert [e.id for e in stories.story_events(stories.stories[0])] == ["halt"]
    assert [e.id for e in stories.story_events(stories.stories[1])] == ["meet"]
    assert stories.story_of_event(old) is None
    assert [e.id for e in stories.events_in_no_story()] == ["old"]


def test_story_sources_most_recent_first_counted_by_outlet(stories: EventIndex) -> None:
    ipo = stories.stories[0]
    # Dated, most recent first (one date: by id), then undated; the missing one too.
    assert stories.story_articles(ipo) == ["a", "b", "e", "c", "gone"]
    assert stories.source("gone").missing
    # b and e are both "Wire"; a and c have no outlet name and count alone; "gone" not at all.
    assert stories.source_count(ipo) == 3


def test_articles_without_an_outlet_carrying_one_headline_are_one_source() -> None:
    """A story sent twice (a wire's copy, no outlet named) is one source; a copy's
    headline differing only in spaces and case is the same headline; articles of
    other headlines still count alone."""
    sources = {
        "w1": Source("w1", "MEXICAN STOCKMARKET HEAD SEES NO CRISIS", "1987-10-20"),
        "w2": Source("w2", "Mexican stockmarket head  sees no crisis", "1987-10-20"),
        "w3": Source("w3", "Bolsa chief calls the fall a correction", "1987-10-20"),
        "p1": Source("p1", "MEXICAN STOCKMARKET HEAD SEES NO CRISIS", "1987-10-20", "Herald"),
    }
    index = EventIndex(EventsFile(), sources, articles=list(sources))
    assert index.count_sources(["w1", "w2"]) == 1
    assert index.count_sources(["w1", "w2", "w3"]) == 2
    # (an outlet named is one source whatever its headline)
    assert index.count_sources(["w1", "w2", "w3", "p1"]) == 3


def test_sources_by_story(stories: EventIndex) -> None:
    # "s-ipo" (a, b, c, e) comes before "s-meet"; a is in both, so in the first.
    assert stories.all_sources() == ["b", "a", "c"]
    assert stories.all_sources(by_story=True) == ["b", "a", "c"]
    alone = EventIndex(
        STORIES.model_copy(update={"stories": (Story(id="s", title="S", articles=("c",)),)}),
        STORY_SOURCES,
    )
    assert alone.all_sources(by_story=True) == ["c", "b", "a"]


def test_no_stories(index: EventIndex) -> None:
    assert index.stories == ()
    assert index.story_of("a") is None
    assert [e.id for e in index.events_in_no_story()] == ["halt", "meet", "old"]


def _said(article: str, start: int, text: str) -> Mention:
    return Mention(article=article, start=start, end=start + len(text), text=text)


def test_a_sources_passages_come_closest_to_the_sentence_read_first() -> None:
    # One source tells much of a long event: the passage of the sentence's own matter
    # leads, then the others in text order (a sentence with nothing in common: text order).
    rescue = Event(
        id="rescue",
        title="Ferry rescue",
        mentions=(
            _said("here", 0, "The ferry Aldora was towed to safety, the coastguard added."),
            _said("wire", 0, "The region has had no harbour pilot since 1991."),
            _said("wire", 60, "Storms closed the strait twice this winter."),
            _said("wire", 120, "The Aldora was later towed to safety by a coastguard cutter."),
        ),
    )
    index = EventIndex(EventsFile(events=(rescue,)), {})
    sentence = "The ferry Aldora was towed to safety, the coastguard added."
    (wire,) = index.reports(rescue, exclude="here", near=sentence)
    assert [x.start for x in wire.mentions] == [120, 0, 60]
    (plain,) = index.reports(rescue, exclude="here")
    assert [x.start for x in plain.mentions] == [0, 60, 120]
    (unrelated,) = index.reports(rescue, exclude="here", near="Wheat prices rose on Monday.")
    assert [x.start for x in unrelated.mentions] == [0, 60, 120]


def test_among_passages_as_close_the_one_stating_the_sentences_figures_leads() -> None:
    # A results table sent twice: beside the year's row, the other table's year row leads,
    # not its quarter's, which reads alike but for the figures.
    results = Event(
        id="results",
        title="Tessaly Steel year net",
        mentions=(
            _said("table", 0, "Revs 27.3 mln vs 23.7 mln"),
            _said("table", 40, "Revs 111.7 mln vs 141.9 mln"),
            _said("again", 0, "Revs 27.3 mln vs 23.7 mln"),
            _said("again", 40, "Revs 111.7 mln vs 141.9 mln"),
        ),
    )
    index = EventIndex(EventsFile(events=(results,)), {})
    (other,) = index.reports(results, exclude="again", near="Revs 111.7 mln vs 141.9 mln")
    assert [x.start for x in other.mentions] == [40, 0]
    (other,) = index.reports(results, exclude="again", near="Revs 27.3 mln vs 23.7 mln")
    assert [x.start for x in other.mentions] == [0, 40]


def test_the_sources_closest_to_the_sentence_read_come_first() -> None:
    # Oldest first, but beside a sentence the source telling its own matter leads: one
    # source's only passage is background (the region's pilots), another's the towing.
    rescue = Event(
        id="rescue",
        title="Ferry rescue",
        mentions=(
            _said("old", 0, "The region has had no harbour pilot since 1991."),
            _said("new", 0, "The Aldora was later towed to safety by a coastguard cutter."),
            _said("mid", 0, "Storms closed the strait twice this winter."),
        ),
    )
    dates = {"old": "2030-01-01", "mid": "2030-01-02", "new": "2030-01-03"}
    sources = {a: Source(a, a.title(), d) for a, d in dates.items()}
    index = EventIndex(EventsFile(events=(rescue,)), sources)
    assert [r.article for r in index.reports(rescue)] == ["old", "mid", "new"]
    near = "The ferry Aldora was towed to safety, the coastguard added."
    assert [r.article for r in index.reports(rescue, near=near)] == ["new", "old", "mid"]
    unrelated = "Wheat prices rose on Monday."
    assert [r.article for r in index.reports(rescue, near=unrelated)] == ["old", "mid", "new"]


def test_closeness() -> None:
    words = set(content_words("Rebels seized the northern town"))
    assert closeness(words, "The northern town was seized by rebels") == pytest.approx(1.0)
    assert closeness(words, "Prices rose") == 0.0
    assert closeness(set(), "Prices rose") == 0.0


def test_sources_sharing_a_short_name_are_told_apart_by_their_ids() -> None:
    """Two wire stories of one day and no outlet are both "1987-03-13": the figures line
    names each by its id too; a source with a name of its own keeps it."""
    events = EventsFile(
        events=(
            Event(
                id="e",
                title="Prices",
                mentions=(
                    Mention(article="05037", start=0, end=5, text="Price"),
                    Mention(article="05061", start=0, end=5, text="Price"),
                    Mention(article="web", start=0, end=5, text="Price"),
                ),
            ),
        )
    )
    sources = {
        "05037": Source("05037", "PRICES RISE", "1987-03-13"),
        "05061": Source("05061", "PRICES RISE", "1987-03-13"),
        "web": Source("web", "Prices rise", "1987-03-13", "Daily Ledger"),
    }
    index = EventIndex(events, sources)
    assert index.source_names(events.events[0]) == {
        "05037": "1987-03-13, 05037",
        "05061": "1987-03-13, 05061",
        "web": "Daily Ledger, 1987-03-13",
    }
