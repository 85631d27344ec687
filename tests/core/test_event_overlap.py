"""Events of one story over mostly the same passages are made one, unless something sets
them apart (months, doers, figures); a subset drops out."""

from __future__ import annotations

from collections.abc import Mapping

from tui.core.events.overlap import (
    Key,
    Ranked,
    _says_more,
    apart,
    background,
    merge_coinciding,
    told_the_same,
)
from tui.core.events.titles import Title
from tui.core.model.schema import Event, Figure, Mention
from tui.core.nlp.dates import Period, parse_value


def _mention(article: str, n: int) -> Mention:
    return Mention(article=article, start=100 * n, end=100 * n + 50, text=f"s{n}")


def _ranked(
    eid: str,
    passages: list[tuple[str, int]],
    rank: float,
    *,
    month: str | None = None,
    doers: tuple[str, ...] = (),
    figures: tuple[Figure, ...] = (),
    past: Mapping[tuple[str, int], tuple[Period, ...]] | None = None,
    title: str | None = None,
) -> Ranked:
    event = Event(
        id=eid,
        title=eid.title(),
        date=month,
        participants=doers,
        figures=figures,
        mentions=tuple(_mention(a, n) for a, n in passages),
    )
    return Ranked(
        event,
        rank,
        Title(text=title or eid.title(), trigger=eid, participants=doers, month=month, when=month),
        {_mention(a, n).key: dates for (a, n), dates in (past or {}).items()},
    )


# One storm told by four outlets, two anchors ("struck", "flooded") over mostly its passages.
STRUCK = [("wire", 0), ("wire", 1), ("daily", 0), ("daily", 2), ("radio", 0), ("radio", 1)]
FLOODED = [("wire", 1), ("daily", 2), ("radio", 1), ("weekly", 3)]


def _keys(r: Ranked) -> set[tuple[str, int]]:
    return {(m.article, m.start // 100) for m in r.event.mentions}


def test_two_events_over_mostly_the_same_passages_become_one() -> None:
    merged = merge_coinciding([_ranked("flooded", FLOODED, 1.0), _ranked("struck", STRUCK, 3.0)])
    assert len(merged) == 1
    (one,) = merged
    assert one.event.title == "Struck" and one.rank == 3.0  # the better-ranked title
    assert _keys(one) == set(STRUCK) | set(FLOODED)


def test_an_event_inside_another_drops_out() -> None:
    inside = STRUCK[:3]
    merged = merge_coinciding(
        [_ranked("struck", STRUCK, 3.0), _ranked("hit", inside, 1.0, month="2030-01")]
    )
    # (its month sets it apart, but all it tells is in the larger event)
    assert [r.event.id for r in merged] == ["struck"]
    assert _keys(merged[0]) == set(STRUCK)


def test_a_better_ranked_event_inside_a_larger_one_gives_it_its_place() -> None:
    inside = STRUCK[:3]
    merged = merge_coinciding(
        [
            _ranked("struck", STRUCK, 1.0, month="2030-01"),
            _ranked("hit", inside, 5.0, month="2030-05"),
        ]
    )
    assert [r.event.id for r in merged] == ["struck"]
    assert merged[0].rank == 5.0
    # Nothing setting them apart: one event, under the better-ranked title.
    merged = merge_coinciding([_ranked("struck", STRUCK, 1.0), _ranked("hit", inside, 5.0)])
    assert [(r.event.id, _keys(r)) for r in merged] == [("hit", set(STRUCK))]


def test_other_months_or_other_doers_keep_two_events_apart() -> None:
    a = _ranked("charged", STRUCK, 3.0, month="2030-01")
    b = _ranked("sentenced", FLOODED, 1.0, month="2030-06")
    assert apart(a, b)
    assert len(merge_coinciding([a, b])) == 2
    c = _ranked("fired", STRUCK, 3.0, doers=("harbour-board",))
    d = _ranked("resigned", FLOODED, 1.0, doers=("mayor-ostrava",))
    assert apart(c, d)
    assert len(merge_coinciding([c, d])) == 2
    e = _ranked("fired", STRUCK, 3.0, doers=("harbour-board",))
    f = _ranked("dismissed", FLOODED, 1.0, doers=("harbour-board",))
    assert not apart(e, f)


def test_titles_saying_one_thing_over_nearly_the_same_passages_are_one_whatever_doers() -> None:
    # (a title's doers are read from its passages: one may be a place or a spokesman)
    nearly = STRUCK[:4] + [("weekly", 9)]  # four of its five passages in the other
    a = _ranked("fined", STRUCK, 3.0, doers=("auto:lisbon",), title="Ferry operator fined · Lisbon")
    b = _ranked(
        "penalty", nearly, 1.0, doers=("auto:transtejo",), title="Transtejo ferry operator fined"
    )
    assert apart(a, b)
    (one,) = merge_coinciding([a, b])
    assert one.event.id == "fined" and _keys(one) == set(STRUCK) | {("weekly", 9)}
    # Titles that say other things, or much less in common: the doers still count.
    c = _ranked("sank", nearly, 1.0, doers=("auto:transtejo",), title="Transtejo ferry sank")
    assert len(merge_coinciding([a, c])) == 2
    half = STRUCK[:2] + [("weekly", 4), ("weekly", 5)]
    d = _ranked("penalty", half, 1.0, doers=("auto:transtejo",), title="Ferry operator fined")
    assert len(merge_coinciding([a, d])) == 2


def test_figures_only_one_side_states_that_cannot_agree_keep_them_apart() -> None:
    five = Figure(article="daily", text="five hurt", value=5, unit="person")
    forty = Figure(article="weekly", text="40 hurt", value=40, unit="person")
    # The daily is in both events: its figure is no evidence against either.
    assert not apart(
        _ranked("struck", STRUCK, 3.0, figures=(five,)),
        _ranked("flooded", FLOODED, 1.0, figures=(forty,)),
    )
    radio = Figure(article="radio", text="five hurt", value=5, unit="person")
    c = _ranked("struck", [("wire", 1), ("daily", 2), ("radio", 1)], 3.0, figures=(radio,))
    d = _ranked("flooded", [("wire", 1), ("daily", 2), ("weekly", 3)], 1.0, figures=(forty,))
    assert apart(c, d)
    assert len(merge_coinciding([c, d])) == 2


def test_articles_whose_lead_figures_disagree_keep_two_events_apart() -> None:
    # Two quakes' reports (a 5.6 one told by "wire", a 5.9 one by "weekly") joined by a
    # third that gives no magnitude: the events' passages state no figure, the articles'
    # leads do.
    quake = [("wire", 1), ("daily", 2), ("radio", 1)]
    other = [("wire", 1), ("daily", 2), ("weekly", 3)]
    leads = {"radio": 5.6, "weekly": 5.9, "wire": None, "daily": None}

    def lead_figures_apart(a: str, b: str) -> bool:
        x, y = leads[a], leads[b]
        return x is not None and y is not None and max(x, y) > 1.05 * min(x, y)

    c, d = _ranked("jolted", quake, 3.0), _ranked("struck", other, 1.0)
    assert not apart(c, d)  # nothing in the passages sets them apart
    assert apart(c, d, lead_figures_apart)
    assert len(merge_coinciding([c, d], articles_apart=lead_figures_apart)) == 2
    assert len(merge_coinciding([c, d])) == 1


def test_a_fall_and_its_rebound_stay_two_events() -> None:
    # A share's slide told by three outlets, its rebound next day by two of them; both
    # anchors hold the one report that tells both ("rose, recouping Tuesday's slide").
    slide = [("wire", 0), ("daily", 0), ("radio", 0), ("blog", 1)]
    rebound = [("daily", 4), ("blog", 1), ("radio", 0)]
    told = {("wire", 0): "down", ("daily", 0): "down", ("radio", 0): "down", ("blog", 1): None}
    told[("daily", 4)] = "up"

    def direction(key: Key) -> str | None:
        return told[(key[0], key[1] // 100)]

    fell, rose = _ranked("slid", slide, 3.0), _ranked("rebounded", rebound, 1.0)
    assert not apart(fell, rose)
    assert apart(fell, rose, direction=direction)
    assert len(merge_coinciding([fell, rose], direction=direction)) == 2
    assert len(merge_coinciding([fell, rose])) == 1
    # (a second report of the slide in other words is no move the other way)
    told[("daily", 4)] = "down"
    assert len(merge_coinciding([fell, rose], direction=direction)) == 1


def test_events_sharing_little_stay_two() -> None:
    other = [("wire", 5), ("daily", 6), ("radio", 7), ("weekly", 8), ("wire", 0)]
    merged = merge_coinciding([_ranked("struck", STRUCK, 3.0), _ranked("rebuilt", other, 1.0)])
    assert [r.event.id for r in merged] == ["struck", "rebuilt"]


def _period(value: str) -> Period:
    period = parse_value(value)
    assert period is not None
    return period


def _key(article: str, n: int) -> Key:
    return _mention(article, n).key


# A navy's capture told by three outlets; a second anchor ("seized") holds the capture and,
# in two of them, a ship seized weeks before ("last month, pirates seized a tanker").
CAPTURED = [("wire", 0), ("daily", 0), ("radio", 0), ("wire", 1), ("daily", 1)]
SEIZED = [("wire", 1), ("daily", 1), ("radio", 0), ("wire", 4), ("daily", 5)]


def test_background_told_as_past_does_not_join_when_two_events_become_one() -> None:
    last_month = {("wire", 4): (_period("2030-10"),), ("daily", 5): ()}
    keep = _ranked("captured", CAPTURED, 3.0, month="2030-11")
    other = _ranked("seized", SEIZED, 1.0, month="2030-11", past=last_month)
    assert background(keep, other) == {_key("wire", 4), _key("daily", 5)}
    (one,) = merge_coinciding([keep, other])
    assert _keys(one) == set(CAPTURED)


def test_a_later_report_of_the_happening_joins() -> None:
    # "Last week the navy captured ...", in a follow-up a week on: its date is in the month
    # the event is dated in.
    last_week = {("wire", 4): (_period("2030-11-10/2030-11-16"),)}
    keep = _ranked("captured", CAPTURED, 3.0, month="2030-11")
    other = _ranked("seized", SEIZED, 1.0, month="2030-11", past=last_week)
    assert background(keep, other) == frozenset()
    (one,) = merge_coinciding([keep, other])
    assert ("wire", 4) in _keys(one)


def test_background_joins_an_event_that_recalls_the_past_too() -> None:
    # Another article of the event tells a happening as past: the events are of the past.
    keep = _ranked("captured", CAPTURED, 3.0, past={("radio", 0): ()})
    other = _ranked("seized", SEIZED, 1.0, past={("wire", 4): ()})
    assert background(keep, other) == frozenset()
    # ... but not its own article's sentence alone.
    keep = _ranked("captured", CAPTURED, 3.0, past={("wire", 0): ()})
    assert background(keep, other) == {_key("wire", 4)}


def test_an_event_told_as_past_keeps_its_passages() -> None:
    # Most of the other event's passages tell their happening as past: it is that
    # happening, told as past, not background beside one of the present.
    told = {key: () for key in SEIZED[1:]}
    keep = _ranked("captured", CAPTURED, 3.0)
    other = _ranked("seized", SEIZED, 1.0, past=told)
    assert background(keep, other) == frozenset()


# A story sent twice (two desks' identical copies) and another agency's telling of the
# same rate move; two anchors over the copies' passages, one title dated by background.
RAISE = [("desk1", 0), ("desk1", 1), ("desk1", 2), ("desk2", 0), ("desk2", 1), ("desk2", 2)]
RAISED = [("desk1", 1), ("desk1", 3), ("desk2", 1), ("desk2", 3)]


def test_events_over_copies_of_one_story_become_one_whatever_their_titles() -> None:
    events = [
        _ranked("raise", RAISE, 3.0, month="2030-04", doers=("banks",)),
        _ranked("raised", RAISED, 1.0, month="2030-03", doers=("lenders",)),
    ]
    # Other months and doers keep two events apart ...
    assert len(merge_coinciding(events)) == 2
    # ... but over copies of one story they are two readings of its passages.
    merged = merge_coinciding(events, copies=lambda a, b: True)
    assert [r.event.id for r in merged] == ["raise"]
    assert _keys(merged[0]) == set(RAISE) | set(RAISED)
    # Articles that are not copies (two agencies' reports) keep the titles' evidence.
    assert len(merge_coinciding(events, copies=lambda a, b: False)) == 2


def test_events_over_copies_and_another_article_keep_the_titles_evidence() -> None:
    events = [
        _ranked("raise", RAISE, 3.0, month="2030-04"),
        _ranked("raised", [*RAISED, ("weekly", 0)], 1.0, month="2030-03"),
    ]
    # (the second is also told by a third article: not copies only)
    assert len(merge_coinciding(events, copies=lambda a, b: a.startswith("desk"))) == 2


def test_events_told_by_the_same_articles_under_one_title_become_one() -> None:
    """A results story's headline and its table's rows, told by the same two stories and
    titled alike, are one event; other months, or other articles, keep two."""
    head = _ranked("net-a", [("story", 0), ("table", 0)], 2.0, title="Acme Corp 3rd quarter net")
    rows = _ranked("net-b", [("story", 3), ("table", 2)], 1.0, title="ACME CORP 3RD QUARTER NET")
    (one,) = told_the_same([head, rows])
    assert one.event.id == "net-a"
    assert _keys(one) == _keys(head) | _keys(rows)
    title = "Acme Corp 3rd quarter net"
    dated, later = (
        _ranked(eid, passages, rank, title=title, month=month)
        for eid, passages, rank, month in (
            ("net-d", [("story", 0), ("table", 0)], 2.0, "1987-03"),
            ("net-c", [("story", 5), ("table", 4)], 1.0, "1987-06"),
        )
    )
    assert len(told_the_same([dated, later])) == 2
    elsewhere = _ranked(
        "net-e", [("story", 6), ("memo", 1)], 1.0, title="Acme Corp 3rd quarter net"
    )
    assert len(told_the_same([head, elsewhere])) == 2


def test_made_one_a_title_that_says_little_gives_way_to_one_that_says_more() -> None:
    """ "Losses suffered" names no one, in two words; the copies' headline over the same
    passages says what happened: the one event takes it, with its id, at the better rank."""
    bare = _ranked("losses suffered", STRUCK, 3.0, month="2031-04")
    said = _ranked("boliden takes over allis-chalmers division", FLOODED, 1.0, month="2031-04")
    (one,) = merge_coinciding([said, bare])
    assert one.event.title == "Boliden Takes Over Allis-Chalmers Division"
    assert one.event.id == "boliden takes over allis-chalmers division" and one.rank == 3.0
    assert _keys(one) == set(STRUCK) | set(FLOODED)
    # A title that names someone, or says more than two words, keeps its place.
    (one,) = merge_coinciding([said, _ranked("bid blocked", STRUCK, 3.0, doers=("osc",))])
    assert one.event.title == "Bid Blocked"
    (one,) = merge_coinciding([said, _ranked("earthquake kills people", STRUCK, 3.0)])
    assert one.event.title == "Earthquake Kills People"


def test_a_title_that_says_little_keeps_its_month_and_no_quote_takes_its_place() -> None:
    bare = Title(text="Thousands killed · Bam · 2003-12", trigger="kill", month="2003-12")
    assert not _says_more(Title(text="Earthquake hits Iran · 2005-11", trigger="hit",
                                participants=("iran",), month="2005-11"), bare)  # fmt: skip
    assert _says_more(Title(text="Earthquake hits Iran · 2003-12", trigger="hit",
                            participants=("iran",), month="2003-12"), bare)  # fmt: skip
    assert not _says_more(Title(text="“Rescuers dug through the rubble of the town…”",
                                trigger="", month="2003-12"), bare)  # fmt: skip
