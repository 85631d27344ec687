"""A small folder (a few articles on one story) linked alone: the sentences' own evidence
joins one happening told in other words, and keeps apart what must never join (no spaCy;
invented news of several kinds)."""

from __future__ import annotations

import pytest

from tests.core.linking_world import make
from tui.core.events.features import TriggerFeatures
from tui.core.events.linking import link_events
from tui.core.events.small import (
    common_names,
    direction,
    join_families,
    sentence_figures_conflict,
    small_triggers,
    vocabulary,
)
from tui.core.model.schema import EventsFile, Figure

Doc = tuple[str, str, str | None]

# A listing called off, told in three wordings (halted / suspended / scrapped).
LISTING_1 = (
    "listing-wire",
    """# Regulator halts Tarnwick Freight listing
ORVALE, June 2 (Wire) - The securities regulator <halted|halt|VERB|subj:regulator,obj:listing> the [$3 billion|MONEY|3000000000] share listing of [Tarnwick Freight|ORG|tarnwick-freight] on [Monday|DATE|2032-06-01], two days before trading was due to start.
The regulator said the company had not disclosed a lawsuit.
[Tarnwick Freight|ORG|tarnwick-freight] said it would answer the questions.""",
    "2032-06-02",
)
LISTING_2 = (
    "listing-paper",
    """# Tarnwick Freight float suspended
[Tarnwick Freight|ORG|tarnwick-freight] <suspended|suspend|VERB|obj:listing> its [$3 billion|MONEY|3000000000] share listing on [Monday|DATE|2032-06-01] at the regulator's request.
Bankers had lined up investors in three countries.
The company's chief executive [Ilse Marrow|PERSON|ilse-marrow] declined to comment.""",
    "2032-06-02",
)
LISTING_3 = (
    "listing-blog",
    """# Why the Tarnwick Freight IPO was scrapped
The [$3 billion|MONEY|3000000000] share listing of [Tarnwick Freight|ORG|tarnwick-freight] was <scrapped|scrap|VERB|obj:listing> on [Monday|DATE|2032-06-01] after the regulator raised questions about a lawsuit.
Investors who had asked for shares will get their deposits back.
The freight market has slowed this year.""",
    "2032-06-03",
)
# Two meetings of one kind in one story: a premier's and a minister's, with bank chiefs.
MEETING_1 = (
    "meeting-wire",
    """# Premier meets bank chiefs
[Ana Sorel|PERSON|ana-sorel] <met|meet|VERB|subj:Sorel> the chiefs of the country's largest banks in [Velm|GPE|velm] to discuss lending to small firms.
Lending to small firms has slowed for a year.""",
    None,
)
MEETING_2 = (
    "meeting-paper",
    """# Finance minister meets bank chiefs
Finance minister [Ivo Brandt|PERSON|ivo-brandt] <met|meet|VERB|subj:Brandt> the chiefs of the country's largest banks in [Velm|GPE|velm] to discuss lending to small firms.
Lending to small firms has slowed for a year.""",
    None,
)
# Two offerings of one company, of different sizes: two happenings of one kind.
OFFERING_1 = (
    "offering-wire",
    """# Harrow Mining prices bond
[Harrow Mining|ORG|harrow-mining] <sold|sell|VERB|subj:Mining,obj:bonds> [$2 billion|MONEY|2000000000] of ten-year bonds to fund the northern copper mine.
Demand for the bonds was strong, bankers said.""",
    None,
)
OFFERING_2 = (
    "offering-paper",
    """# Harrow Mining taps bond market again
[Harrow Mining|ORG|harrow-mining] <sold|sell|VERB|subj:Mining,obj:bonds> [$5 billion|MONEY|5000000000] of ten-year bonds to fund the northern copper mine.
Demand for the bonds was strong, bankers said.""",
    None,
)
# A background clause (a halt two years before) and this week's halt of another listing.
BACKGROUND = (
    "halt-background",
    """# Tarnwick Freight tries again
[Tarnwick Freight|ORG|tarnwick-freight] plans a new listing, two years after the regulator <halted|halt|VERB|subj:regulator,obj:listing,time:late 2032> its share listing in [late 2032|DATE|2032-09/2032-12].
Bankers said investors were more willing now.""",
    "2034-10-10",
)
THIS_WEEK = (
    "halt-this-week",
    """# Regulator halts Tarnwick Freight listing again
The regulator <halted|halt|VERB|subj:regulator,obj:listing,time:Tuesday> the share listing of [Tarnwick Freight|ORG|tarnwick-freight] on [Tuesday|DATE|2034-10-07], citing the same lawsuit.
Bankers said investors were more willing now.""",
    "2034-10-08",
)


# A fall and a rise of one company's shares in one market: two moves, not one.
MOVE_DOWN = (
    "move-wire",
    """# Caldmere Foods shares fall in Orvale
Shares of [Caldmere Foods|ORG|caldmere-foods] fell again in [Orvale|GPE|orvale] <trading|trade|NOUN|> on Wednesday morning, dealers said.
Food stocks were weaker across the market.""",
    None,
)
MOVE_UP = (
    "move-blog",
    """# Price action
[Caldmere Foods|ORG|caldmere-foods] shares are <trading|trade|VERB|subj:shares> up [3.1%|PERCENT|3.1] in [Orvale|GPE|orvale], the exchange's data show.
The company reports its results next month.""",
    None,
)


def link_alone(*docs: Doc) -> EventsFile:
    """Link only ``docs``: a small folder of its own."""
    built = [make(i, t, d) for i, t, d in docs]
    return link_events([a for a, _ in built], {a.id: n for a, n in built})


def joined(result: EventsFile, a: str, b: str) -> bool:
    return any({a, b} <= {m.article for m in e.mentions} for e in result.events)


def test_one_happening_told_in_other_words_is_one_event() -> None:
    # halted / suspended / scrapped share no lemma, only a family; the company is in
    # every article (the story's main entity, no evidence), the sum and the words are.
    result = link_alone(LISTING_1, LISTING_2, LISTING_3)
    ids = {LISTING_1[0], LISTING_2[0], LISTING_3[0]}
    assert any(ids <= {m.article for m in e.mentions} for e in result.events), [
        e.title for e in result.events
    ]


def test_two_meetings_of_different_people_stay_apart() -> None:
    result = link_alone(MEETING_1, MEETING_2)
    assert not joined(result, MEETING_1[0], MEETING_2[0])


def test_two_offerings_of_different_sums_stay_apart() -> None:
    result = link_alone(OFFERING_1, OFFERING_2)
    assert not joined(result, OFFERING_1[0], OFFERING_2[0])


def test_a_past_happening_recalled_is_not_this_weeks() -> None:
    result = link_alone(BACKGROUND, THIS_WEEK)
    assert not joined(result, BACKGROUND[0], THIS_WEEK[0])


def test_a_rise_and_a_fall_stay_apart() -> None:
    result = link_alone(MOVE_DOWN, MOVE_UP)
    assert not joined(result, MOVE_DOWN[0], MOVE_UP[0])


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("Shares fell 3% in Tokyo trading.", "down"),
        ("The index rose to a record.", "up"),
        ("Crude oil prices are up 2 cents a barrel.", "up"),
        ("The currency rose after falling for a week.", None),
        ("The court met on Monday.", None),
    ],
)
def test_the_direction_of_a_move(text: str, way: str | None) -> None:
    assert direction(text) == way


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("halt", "scrap"),  # markets: an offering called off
        ("suspend", "cancel"),
        ("crackdown", "clampdown"),  # politics
        ("arrest", "detain"),  # crime
        ("launch", "unveil"),  # products
        ("resign", "quit"),  # people
        ("quake", "tremor"),  # disasters
    ],
)
def test_families_join_general_news_verbs(a: str, b: str) -> None:
    joined_map = join_families({a: a, b: b})
    assert joined_map[a] == joined_map[b]


@pytest.mark.parametrize(("a", "b"), [("halt", "arrest"), ("launch", "resign"), ("meet", "halt")])
def test_different_kinds_stay_different_concepts(a: str, b: str) -> None:
    joined_map = join_families({a: a, b: b})
    assert joined_map[a] != joined_map[b]


def test_a_verb_of_a_family_is_no_light_verb_and_say_is_no_event() -> None:
    scrap = TriggerFeatures("scrap", "VERB", "verb", 10, None, ())
    listing = TriggerFeatures("listing", "NOUN", "suffix", 20, None, ())
    say = TriggerFeatures("say", "VERB", "verb", 30, None, ())
    # usable_triggers gave "scrap" way to its eventive object, as with "made an offer".
    kept = small_triggers([scrap, listing, say], [listing, say])
    assert [t.lemma for t in kept] == ["scrap", "listing"]
    assert "say" in vocabulary().not_events


def test_figures_of_one_unit_that_cannot_agree_conflict() -> None:
    def f(text: str, value: float, unit: str) -> Figure:
        return Figure(article="a", text=text, value=value, unit=unit)

    assert sentence_figures_conflict([f("5.6", 5.6, "count")], [f("6.1", 6.1, "count")])
    assert not sentence_figures_conflict([f("$3 billion", 3e9, "USD")], [f("$3bn", 3e9, "USD")])
    assert not sentence_figures_conflict([f("5.6", 5.6, "count")], [f("10%", 10, "percent")])
    # A count written exactly is exact; a round sum allows what rounds to it.
    assert sentence_figures_conflict(
        [f("five people", 5, "person")], [f("10 people", 10, "person")]
    )
    assert not sentence_figures_conflict(
        [f("$10 billion", 1e10, "USD")], [f("$9.6 billion", 9.6e9, "USD")]
    )


def test_names_most_articles_name_are_the_story_not_evidence() -> None:
    articles = [
        [frozenset({"story", "x"})],
        [frozenset({"story"}), frozenset({"x"})],
        [frozenset({"story", "y"})],
        [frozenset({"y"})],
    ]
    assert common_names(articles) == frozenset({"story"})
