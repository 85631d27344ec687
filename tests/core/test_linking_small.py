"""A small folder (a few articles on one story) linked alone: the sentences' own evidence
joins one happening told in other words, and keeps apart what must never join (no spaCy;
invented news of several kinds)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.linking_world import make, mentioned
from tui.core.events.causes import told_as_cause
from tui.core.events.concepts import corpus_stats
from tui.core.events.features import (
    PARAMS,
    Argument,
    TriggerFeatures,
    article_features,
    bag,
    name_variants,
    tfidf,
)
from tui.core.events.happenings import story_happenings
from tui.core.events.linking import link_events, story_event
from tui.core.events.passages import is_appeal, is_no_comment
from tui.core.events.small import (
    common_names,
    counts_other_things,
    dated_alike,
    direction,
    done_to,
    firm_people,
    in_dateline,
    join_families,
    lead_of,
    move_direction,
    moves_apart,
    ordinals,
    particle_way,
    people_conflict,
    people_keys,
    refuses,
    report_years,
    sentence_figures,
    sentence_figures_conflict,
    sentence_idf,
    sentence_periods,
    shared_figures,
    small_triggers,
    tells_nothing,
    told_as_known,
    told_in_passing,
    vocabulary,
    ways_apart,
    with_lead,
    without_names,
    word_families,
    years_apart,
)
from tui.core.model.schema import (
    ArticleAnnotation,
    Event,
    EventsFile,
    Figure,
    Furniture,
    Mention,
)
from tui.core.nlp.dates import Period

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


# One fire told as a blaze by one outlet and as arson by another: no lemma in common,
# one family of news nouns.
BLAZE = (
    "blaze-tv",
    """# Chapel gutted
A <blaze|blaze|NOUN|> swept through the [Harwick|GPE|harwick] chapel late on [Friday|DATE|2031-12-12], firefighters said.
Nobody was hurt.""",
    "2031-12-13",
)
ARSON = (
    "arson-paper",
    """# Police question caretaker
Detectives are treating the [Friday|DATE|2031-12-12] <arson|arson|NOUN|> at the old chapel in [Harwick|GPE|harwick] as a hate crime.
Services will move to the school.""",
    "2031-12-14",
)


def test_a_blaze_and_arson_are_one_family_of_fires() -> None:
    result = link_alone(BLAZE, ARSON)
    assert joined(result, BLAZE[0], ARSON[0]), [e.title for e in result.events]


# One stay begun, told as checking in by one outlet and as entering by another.
CHECKED_IN = (
    "checked-in",
    """# Singer checks into clinic
Singer [Mara Quill|PERSON|mara-quill] <checked|check|VERB|subj:Quill> into the Dellow clinic on [Friday|DATE|2031-05-02], her agent said.
Quill called off the rest of her Orvale tour after three shows last month.""",
    "2031-05-03",
)
ENTERED = (
    "entered",
    """# Tour off, Quill seeks help
[Mara Quill|PERSON|mara-quill] has <entered|enter|VERB|subj:Quill,obj:rehab> rehab, her label said.
Quill called off the rest of her Orvale tour after three shows last month.""",
    "2031-05-04",
)


def test_checking_in_and_entering_are_one_happening() -> None:
    result = link_alone(CHECKED_IN, ENTERED)
    assert joined(result, CHECKED_IN[0], ENTERED[0]), [e.title for e in result.events]


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
        # a move word inside a compound tells no move
        ("Pin-Up Icon Dies; Fans And Family Mourn", None),
        ("The stock's run-up ended as shares fell 4%.", "down"),
        # a refusal to speak is no fall; a move to a level still is one
        ("ACME <ACM> DECLINES COMMENT ON MERGER TALK", None),
        ("A spokeswoman declined to comment on the sales.", None),
        ("Police refused to disclose the suspect's name.", None),
        ("Output declined to 1.2 mln tonnes after the company refused comment.", "down"),
    ],
)
def test_the_direction_of_a_move(text: str, way: str | None) -> None:
    assert direction(text) == way


@pytest.mark.parametrize(
    ("marked", "way"),
    [
        # wire copy
        (
            "PORT EDAN, May 4 - Imports are <expected|expect|VERB|obj:Imports> to "
            "<rise|rise|VERB|=xcomp> to 7.7 billion dlrs.",
            "up",
        ),
        ("Breakers <predicted|predict|VERB|obj:decline> a 20 pct <decline|decline|NOUN>.", "down"),
        (
            "He <declined|decline|VERB|subj:He> to <give|give|VERB|obj:figures,=xcomp> figures.",
            None,
        ),
        (
            "Output will <fall|fall|VERB> despite the <rising|rise|VERB|=amod> currency.",
            "down",
        ),
        # web news
        (
            "The retailer <cut|cut|VERB> jobs as its shares <fell|fall|VERB|subj:shares> to a low.",
            "down",
        ),
        (
            "A spokeswoman <declined|decline|VERB|subj:spokeswoman> to "
            "<comment|comment|VERB|=xcomp> on the sales.",
            None,
        ),
        ("Sales <rose|rise|VERB|subj:Sales> after they <fell|fall|VERB> in May.", None),
    ],
)
def test_the_direction_of_a_move_its_triggers_tell(marked: str, way: str | None) -> None:
    """In a large folder the parse says which words tell a move: a participle that
    describes a noun tells none, nor does a move's word that governs a to-infinitive
    ("declined to comment"); "fell to a low" goes to a level."""
    article, annotation = make("a", marked, None)
    f = article_features("a", article.text, annotation)
    assert move_direction(f.triggers[0], f.text) == way


def test_a_refusal_is_no_move_and_opposite_moves_are_apart() -> None:
    article, annotation = make(
        "a",
        "He <declined|decline|VERB|subj:He> to <give|give|VERB|obj:figures,=xcomp> figures.\n"
        "Shares <declined|decline|VERB|subj:Shares> to 5 dlrs.",
        None,
    )
    f = article_features("a", article.text, annotation)
    assert refuses(f.triggers[0][0], f.triggers[0], f.text)
    assert not refuses(f.triggers[1][0], f.triggers[1], f.text)
    assert moves_apart("up", "down")
    assert not moves_apart("down", "down")
    assert not moves_apart(None, "down")


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
        ("hurricane", "storm"),  # weather
        ("tumble", "slump"),  # markets: a fall told in other verbs
        ("ipo", "flotation"),  # the listing itself, in other nouns
        ("convene", "meeting"),  # politics: one meeting
        ("fine", "penalty"),  # courts and regulators
        ("heist", "robbery"),  # crime
        ("defeat", "victory"),  # sport
        ("verdict", "convict"),  # courts
        ("withdraw", "shelve"),  # an offering or a bill called off
        ("probe", "inquiry"),  # regulators, police, parliaments
        ("investigate", "investigation"),
        ("gun", "shoot"),  # "gunned down"
        ("shot", "shooting"),  # a headline's "Deputy Shot and Killed", parsed as a noun
    ],
)
def test_families_join_general_news_verbs(a: str, b: str) -> None:
    joined_map = join_families({a: a, b: b})
    assert joined_map[a] == joined_map[b]


@pytest.mark.parametrize(
    ("a", "b"),
    [("halt", "arrest"), ("launch", "resign"), ("meet", "halt"), ("fall", "rise"), ("die", "win")],
)
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
    # Nouns spelt as a verb's that name a body or a person ("depart-ment", "deputy") tell
    # no happening: "the sheriff's department" ties no two reports.
    for lemma in ("department", "deputy"):
        noun = TriggerFeatures(lemma, "NOUN", "suffix", 40, None, ())
        assert small_triggers([noun], [noun]) == [], lemma


def test_a_happening_noun_the_lexicon_has_as_a_verb_anchors_a_small_folders_event() -> None:
    """ "A fire" is a noun the lexicon also has as a verb: where the corpus is too small to
    say how it uses the word, a noun of a happening (many.kinds) still anchors an event;
    another such noun ("store") does not."""
    fire = TriggerFeatures("fire", "NOUN", "verb-noun", 2, None, ())
    store = TriggerFeatures("store", "NOUN", "verb-noun", 30, None, ())
    # (usable_triggers dropped both: the folder never uses "fire" or "store" as a verb)
    assert [t.lemma for t in small_triggers([fire, store], [])] == ["fire"]
    docs = [
        (
            "blaze-paper",
            """# Huge <fire|fire|NOUN|^verb-noun> guts Brellow market hall
A huge <fire|fire|NOUN|^verb-noun,prep:in:Brellow> has gutted the covered market hall in [Brellow|GPE|brellow], leaving only its iron frame standing.
Traders said they had lost their stock.""",
            "2031-03-14",
        ),
        (
            "blaze-radio",
            """# Market hall blaze
A <fire|fire|NOUN|^verb-noun,prep:through:hall> that tore through the old market hall in [Brellow|GPE|brellow] is being treated as suspicious, police said.
Nobody was hurt.""",
            "2031-03-14",
        ),
    ]
    assert joined(link_alone(*docs), "blaze-paper", "blaze-radio")


@pytest.mark.parametrize(
    ("marked", "family"),
    [
        # a clinic's name pledges nothing; a grandson called Rob robbed no one
        (
            "The actress has entered [Pledges Recovery Center|ORG|pledges] in [Orvale|GPE|orvale].",
            "family:promise",
        ),
        ("The death was confirmed by [Rob Lenz|PERSON|rob-lenz], his grandson.", "family:steal"),
        ("[Ivo Storms|PERSON|ivo-storms] said the flaw was serious.", "family:storm"),
    ],
)
def test_a_family_word_inside_a_name_tells_no_happening(marked: str, family: str) -> None:
    article, annotation = make("a", "# A headline\n" + marked, None)
    f = article_features("a", article.text, annotation)
    text = f.sentence_text(1)
    assert family in word_families(text)
    assert family not in word_families(without_names(f, 1, text))


def test_a_headlines_capitals_are_not_taken_for_names() -> None:
    """The parse takes a headline's capitals for names ("40 Hurt" an organisation): a
    headline keeps its words."""
    article, annotation = make(
        "a", "# Quake kills 10; [40 Hurt|ORG|40-hurt]\nA quake struck.", None
    )
    f = article_features("a", article.text, annotation)
    assert "family:injure" in word_families(without_names(f, 0, f.sentence_text(0)))


# One deputy shot, told by two outlets: she is named in both (the story's main name,
# evidence only when both sentences say when), neither says when, and their words
# differ; she is the one shot in both.
DEPUTY_1 = (
    "deputy-paper",
    """# County mourns a deputy
The county is mourning Deputy [Rosa Quint|PERSON|rosa-quint], a mother of two.
The sheriff's office in [Marlow County|GPE|marlow-county] lowered its flags for the deputy.
Her colleagues lined the steps in silence.
[Quint|PERSON|rosa-quint] was <shot|shoot|VERB|obj:Quint> outside a bakery on the east side, her sergeant said.""",
    None,
)
DEPUTY_2 = (
    "deputy-radio",
    """# Gang unit on the streets
Detectives spent the night in the gang neighbourhood.
The sheriff's office in [Marlow County|GPE|marlow-county] mourns the deputy, a mother of two.
The unit asked residents for video.
Officer [Rosa Quint|PERSON|rosa-quint] was <shot|shoot|VERB|obj:Quint> while knocking on doors there.""",
    None,
)


DEPUTY_3 = (
    "deputy-notice",
    """# Funeral notice
A service for Deputy [Rosa Quint|PERSON|rosa-quint] of the sheriff's office in [Marlow County|GPE|marlow-county] will be held on Saturday.
The family asks for donations to the county's youth league.""",
    None,
)


def test_one_person_in_one_role_ties_two_undated_mentions() -> None:
    # (named in all three articles: the story's main name)
    result = link_alone(DEPUTY_1, DEPUTY_2, DEPUTY_3)
    assert joined(result, "deputy-paper", "deputy-radio"), [e.title for e in result.events]


def test_a_person_in_another_role_or_a_place_as_subject_ties_nothing() -> None:
    from tui.core.events.happenings import _Concept, _same_person_role

    shot = _Concept(objects=["rosa-quint"])
    shooter = _Concept(subjects=["rosa-quint"])
    assert _same_person_role(shot, _Concept(objects=["rosa-quint"]), ())
    assert not _same_person_role(shot, shooter, ("PERSON|rosa-quint",))
    people = ("PERSON|rosa-quint",)
    assert _same_person_role(shooter, _Concept(subjects=["rosa-quint"]), people)
    # (a country as who does it: "China's stocks rallied", "China's companies slid")
    assert not _same_person_role(_Concept(subjects=["china"]), _Concept(subjects=["china"]), people)


def test_a_small_folders_story_is_not_kept_apart_by_a_headlines_misread_name() -> None:
    """One escape told twice: the first report's body opens with a date line, so who it
    is about comes from its headline, where the parse read "Arsonist" as an organisation;
    the second's lead names the prison service. In a small folder a name both give (the
    prisoner) keeps them one story: a headline's names are no firm ground there."""
    paper = (
        "escape-paper",
        """# Escaped [Arsonist|ORG|arsonist] [Tomas Grell|PERSON|tomas-grell] still at large near [Orvale|GPE|orvale]
March 4, 2031
A man serving time for setting fire to a warehouse slipped away from a work crew this morning.
[Tomas Grell|PERSON|tomas-grell], 52, <escaped|escape|VERB|subj:Grell> from the crew near [Lindby|GPE|lindby] while guards were loading tools.""",
        "2031-03-04",
    )
    radio = (
        "escape-radio",
        """# Prisoner walks away from work crew near [Orvale|GPE|orvale]
The [Orvale Prison Service|ORG|orvale-prison-service] asked residents to report any sighting of a missing prisoner.
A spokesman said [Tomas Grell|PERSON|tomas-grell], 52, <escaped|escape|VERB|subj:Grell> near [Lindby|GPE|lindby] shortly after nine.""",
        "2031-03-04",
    )
    result = link_alone(paper, radio)
    assert any({"escape-paper", "escape-radio"} <= set(s.articles) for s in result.stories)


def test_an_announcement_of_a_thing_is_a_happening_of_its_own() -> None:
    """ "Announced his nominee" tells a happening; "announced that ..." reports one, and
    an eventive object ("announced a merger") takes the verb's place."""
    nominee = Argument("obj", "nominee", 40, None)
    announce = TriggerFeatures("announce", "VERB", "verb", 30, None, (nominee,))
    assert [t.lemma for t in small_triggers([announce], [announce])] == ["announce"]
    clause = TriggerFeatures("announce", "VERB", "verb", 30, None, ())
    assert small_triggers([clause], [clause]) == []
    merger = TriggerFeatures("merger", "NOUN", "suffix", 45, None, ())
    gave_way = TriggerFeatures(
        "announce", "VERB", "verb", 30, None, (Argument("obj", "merger", 45, None),)
    )
    assert [t.lemma for t in small_triggers([gave_way, merger], [merger])] == ["merger"]


def test_one_nomination_announced_by_three_outlets_is_one_event() -> None:
    """A nomination told by three outlets, each with "announced" and a thing as its
    object, and nothing else in common but the names."""
    docs = [
        (
            "nominee-wire",
            """# Varga names Orsini for health post
ORVALE, May 4 (Wire) - President [Adele Varga|PERSON|adele-varga] <announced|announce|VERB|subj:Varga,obj:nominee> her nominee for health minister, Dr. [Nadia Orsini|PERSON|nadia-orsini], on [Monday|DATE|2032-05-03].
Orsini runs a rural clinic in the north.""",
            "2032-05-04",
        ),
        (
            "nominee-paper",
            """# A country doctor for the ministry
President [Adele Varga|PERSON|adele-varga] <announced|announce|VERB|subj:Varga,obj:choice> her choice of Dr. [Nadia Orsini|PERSON|nadia-orsini] as health minister on [Monday|DATE|2032-05-03].
The senate must confirm her.""",
            "2032-05-03",
        ),
        (
            "nominee-release",
            """# Office of the President
Today, President [Adele Varga|PERSON|adele-varga] <announced|announce|VERB|subj:Varga,obj:intent> her intent to nominate Dr. [Nadia Orsini|PERSON|nadia-orsini] as Minister of Health.
Dr. Orsini studied medicine in the capital.""",
            "2032-05-03",
        ),
    ]
    result = link_alone(*docs)
    ids = {d[0] for d in docs}
    assert any(ids <= {m.article for m in e.mentions} for e in result.events), [
        e.title for e in result.events
    ]


CHAIR_1 = (
    "chair-wire",
    """# Port board picks Ruiz as chair
ORVALE, May 4 (Wire) - The [Orvale Port Board|ORG|orvale-port-board] <chose|choose|VERB|subj:Board,obj:Ruiz> [Ana Ruiz|PERSON|ana-ruiz], a shipping lawyer, as the new chair of the port board, a month after the post became vacant.
Dock workers had asked for a vote.""",
    "2032-05-04",
)
CHAIR_2 = (
    "chair-paper",
    """# Shipping lawyer to lead the port
[Ana Ruiz|PERSON|ana-ruiz], a shipping lawyer, <succeeds|succeed|VERB|subj:Ruiz,obj:Hale> [Tom Hale|PERSON|tom-hale] as chair of the port board, a month after the post became vacant, the board said.
Hale retired in March.""",
    "2032-05-04",
)


def test_one_happening_worded_alike_with_no_trigger_in_common_is_one_event() -> None:
    """ "Chose her as the new chair" and "succeeds him as chair": no trigger concept in
    common, but worded alike in one tight sub-story. Demanding words far more alike, they
    stay apart."""
    assert joined(link_alone(CHAIR_1, CHAIR_2), CHAIR_1[0], CHAIR_2[0])
    built = [make(i, t, d) for i, t, d in (CHAIR_1, CHAIR_2)]
    strict = replace(PARAMS, small_alike_words=0.9)
    result = link_events([a for a, _ in built], {a.id: n for a, n in built}, None, strict)
    assert not joined(result, CHAIR_1[0], CHAIR_2[0])


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
    # Sums in currencies the other sentence names none of: two issues (wire copy, web
    # news); a sentence that converts its sum names the other's currency too.
    assert sentence_figures_conflict(
        [f("300 mln guilders", 3e8, "NLG")], [f("300 mln Danish crowns", 3e8, "DKK")]
    )
    assert sentence_figures_conflict(
        [f("200 million Swiss francs", 2e8, "CHF")], [f("200 million kronor", 2e8, "SEK")]
    )
    assert not sentence_figures_conflict(
        [f("300 mln guilders", 3e8, "NLG"), f("150 mln dlrs", 1.5e8, "USD")],
        [f("150 mln dlrs", 1.5e8, "USD")],
    )
    assert not sentence_figures_conflict([f("€300m", 3e8, "EUR")], [f("$330m", 3.3e8, "USD")])


def test_a_quakes_magnitude_as_two_reports_give_it_is_no_conflict() -> None:
    """One quake is a 5.9 in one report and a 6.1 on the Richter scale in another (a
    national centre's figure and an agency's): three tenths apart at most, magnitudes
    agree; further apart they are two quakes. Other decimals stay exact."""
    m59 = [_fig("5.9", 5.9, "magnitude")]
    assert not sentence_figures_conflict(m59, [_fig("6.1 on the Richter scale", 6.1, "magnitude")])
    assert not sentence_figures_conflict([_fig("5.6", 5.6, "magnitude")], m59)
    assert not sentence_figures_conflict([_fig("6.2", 6.2, "magnitude")], m59)
    assert sentence_figures_conflict([_fig("6.4", 6.4, "magnitude")], m59)
    assert sentence_figures_conflict([_fig("7.2", 7.2, "magnitude")], m59)
    assert sentence_figures_conflict([_fig("2.9", 2.9, "count")], [_fig("3.1", 3.1, "count")])


def test_a_count_that_sums_two_of_the_others_is_no_conflict() -> None:
    # "shot three people" and "killed one and wounded two": one shooting told two ways;
    # "80 hurt" and "10 killed, 70 wounded" likewise.
    shot = [_fig("three people", 3, "person")]
    told_apart = [_fig("one person", 1, "person"), _fig("two others", 2, "person")]
    assert not sentence_figures_conflict(shot, told_apart)
    assert not sentence_figures_conflict(told_apart, shot)
    assert not sentence_figures_conflict(
        [_fig("10 people", 10, "person"), _fig("70", 70, "person")], [_fig("80", 80, "person")]
    )
    # One count told twice ("Five hurt" and "five people") is one count, not two to add;
    # nor do sums of money or percentages add up to one another.
    assert sentence_figures_conflict(
        [_fig("Five", 5, "person"), _fig("five people", 5, "person")], [_fig("10", 10, "person")]
    )
    assert sentence_figures_conflict([_fig("two", 2, "person")], shot)
    assert sentence_figures_conflict(
        [_fig("1%", 1, "percent"), _fig("2%", 2, "percent")], [_fig("3%", 3, "percent")]
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A quake's toll and the island it struck, "home to" its people.
        (("10 people", 10), ("home to 120,000 people", 120_000)),
        # A flood's dead and the residents evacuated.
        (("four people", 4), ("1,500 people", 1_500)),
        # A stadium's crowd and the fans arrested after the match.
        (("52,000 fans", 52_000), ("12 fans", 12)),
    ],
)
def test_counts_of_another_order_count_other_things(
    a: tuple[str, float], b: tuple[str, float]
) -> None:
    def f(text: str, value: float) -> Figure:
        return Figure(article="a", text=text, value=value, unit="person", qualifier="exact")

    x, y = f(*a), f(*b)
    assert counts_other_things(x, y)
    # In a small folder they set nothing apart; compared as one count they still do.
    assert not sentence_figures_conflict([x], [y], other_things=True)
    assert sentence_figures_conflict([x], [y])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A toll that grows from report to report is still one count of the dead.
        (("three people", 3), ("10 people", 10)),
        (("12 miners", 12), ("29 miners", 29)),
    ],
)
def test_counts_of_one_order_are_one_count(a: tuple[str, float], b: tuple[str, float]) -> None:
    def f(text: str, value: float) -> Figure:
        return Figure(article="a", text=text, value=value, unit="person", qualifier="exact")

    x, y = f(*a), f(*b)
    assert not counts_other_things(x, y)
    assert sentence_figures_conflict([x], [y], other_things=True)


def test_reports_of_different_years() -> None:
    # Two dated reports: their dates' years must meet.
    assert years_apart({2007}, {2008}, both_dated=True)
    assert not years_apart({2008}, {2008}, both_dated=True)
    # An undated report's years are those it names: a trial's report naming the year
    # before, when the shooting was; a storm's anniversary piece naming last year's.
    assert not years_apart({2007}, {2008}, both_dated=False)
    assert not years_apart({2011, 2012}, {2013}, both_dated=False)
    # Years apart still set two fights, two heists, two elections apart.
    assert years_apart({2008}, {2012}, both_dated=False)
    assert years_apart({1999}, {2006}, both_dated=False)
    # A report that states no year says nothing.
    assert not years_apart(set(), {2012}, both_dated=False)


def test_names_most_articles_name_are_the_story_not_evidence() -> None:
    articles = [
        [frozenset({"story", "x"})],
        [frozenset({"story"}), frozenset({"x"})],
        [frozenset({"story", "y"})],
        [frozenset({"y"})],
    ]
    assert common_names(articles) == frozenset({"story"})


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # A family's words where the parse made no trigger: an adjective, a subject.
        ("Three lessons from the shelved IPO", {"family:halt", "family:list"}),
        ("The quake struck the coast at noon.", {"family:earthquake"}),
        ("Two hurricanes flattened the island's harbour.", {"family:storm"}),
        ("Strikers walked out at the plant on Monday.", set()),
        # "offering" is a trigger's word only: its stem is the verb "offer".
        ("The club offered the pitcher a new contract.", set()),
        # Two words that tell a family's happening together; "fire" alone does not.
        ("A gunman opened fire on the crowd outside the mall.", {"family:shoot"}),
        ("Troops open fire on protesters", {"family:shoot"}),
        ("The fire destroyed the old mill.", set()),
        # A death told as a dying or as a killing is one kind of happening.
        ("The actress passed away in her sleep at 91.", {"family:kill"}),
        # A headline's "dead" (an adjective, no trigger) tells the death.
        ("Deep-sea explorer dead at 88", {"family:kill"}),
        ("Three dead after fire-bomb hits bank", {"family:kill"}),
        # "gun" tells a shooting as a trigger only ("gunned down"), never as a word.
        ("She had bought a gun the year before.", set()),
        # nor does "shot", which may be a game's or a camera's
        ("His shot from the corner went wide.", set()),
        ("Another peace officer has been gunned down in cold blood.", {"family:shoot"}),
        ("Two workers were killed in the blast.", {"family:kill"}),
        ("The storm passed over the island by morning.", {"family:storm"}),
        ("The board will fire the coach.", set()),
        # Checking into a clinic, a hospital or a hotel is entering it; a check is not.
        ("The singer checked into a clinic near the coast.", {"family:enter"}),
        ("Lawyer: actor checks in to treatment centre", {"family:enter"}),
        ("Inspectors checked the wells twice a day.", set()),
    ],
)
def test_families_are_found_in_a_sentences_words(text: str, families: set[str]) -> None:
    assert word_families(text) == families


def test_figures_of_a_count_that_grows_and_of_a_measure() -> None:
    def f(text: str, value: float, unit: str, qualifier: str = "exact") -> Figure:
        return Figure(article="a", text=text, value=value, unit=unit, qualifier=qualifier)  # type: ignore[arg-type]

    # A toll grows from report to report: "at least three" allows ten, not the reverse.
    assert not sentence_figures_conflict(
        [f("at least three people", 3, "person", "ge")], [f("10 people", 10, "person")]
    )
    assert sentence_figures_conflict(
        [f("at least 30 people", 30, "person", "ge")], [f("10 people", 10, "person")]
    )
    # A number with decimals counts no thing: a magnitude, however its noun was read.
    assert not sentence_figures_conflict(
        [f("5.9 magnitude", 5.9, "magnitude")], [f("at least 5.9", 5.9, "count", "ge")]
    )
    assert sentence_figures_conflict([f("5.6", 5.6, "quake")], [f("6.1", 6.1, "count")])
    # A whole number whose noun was not found says nothing ("70" wounded, "nine" what?).
    assert not sentence_figures_conflict([f("70", 70, "count")], [f("three", 3, "count")])


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (["NORP|british"], ["NORP|australian"], True),  # two climbers of two nations
        (["PERSON|ann-roe"], ["NORP|british"], False),  # a name and a nation: no evidence
        (["PERSON|ann-roe", "NORP|british"], ["PERSON|ann-roe"], False),
        (["PERSON|ann-roe"], ["PERSON|ivo-brandt"], True),
        (["NORP|indian", "NORP|somali"], ["NORP|indian"], False),  # a navy and pirates
        # one name spelt two ways by two outlets is one person
        (["PERSON|auto:ivo-brant"], ["PERSON|auto:ivo-brandt"], False),
        (["PERSON|auto:jenny-marsh"], ["PERSON|auto:jennie-marsh"], False),
        # not two people who share a surname, nor two nations spelt alike
        (["PERSON|auto:ann-marsh"], ["PERSON|auto:ivo-marsh"], True),
        (["NORP|austrian"], ["NORP|australian"], True),
        # a nation in the plural is the one in the singular ("Greeks protesting", "a
        # Greek bank"), and a people of a wider name is one of it
        (["NORP|auto:greeks"], ["NORP|auto:greek"], False),
        (["NORP|auto:filipinos"], ["NORP|auto:filipino"], False),
        (["NORP|auto:central-asians"], ["NORP|auto:asian"], False),
        (["NORP|auto:greeks"], ["NORP|auto:turks"], True),
        # a full name and one with an epithet or a film's word before it: one person
        (["PERSON|auto:bettie-mae-page"], ["PERSON|auto:notorious-bettie-page"], False),
        (["PERSON|auto:ann-lee-marsh"], ["PERSON|auto:ivo-lee-brandt"], True),
    ],
)
def test_people_of_one_kind_set_sentences_apart(a: list[str], b: list[str], conflict: bool) -> None:
    assert people_conflict(a, b) is conflict


def test_a_reports_source_is_not_who_it_happened_to() -> None:
    article, annotation = make(
        "death-paper",
        """# Pin-up model dies
[Mara Quell|PERSON|mara-quell] <died|die|VERB|> on Thursday, her agent [Ivo Brandt|PERSON|ivo-brandt] said in a statement.
The singer <died|die|VERB|> at home, according to [Ann Roe|PERSON|ann-roe].
[Ann Roe|PERSON|ann-roe] <found|find|VERB|subj:Roe> the singer at home.""",
        "2031-06-03",
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    keys = people_keys(features)
    # The agent who said so and the one it was told according to are sources: a report
    # naming only the agent does not conflict with one naming another friend.
    assert keys[1] == {"PERSON|mara-quell"}
    assert keys[2] == frozenset()
    assert keys[3] == {"PERSON|ann-roe"}  # who found her is in the happening


def test_a_nation_describing_a_thing_is_no_people() -> None:
    """ "An Italian-flagged tanker" names no Italians: beside "the Varnian coast guard
    detained nine smugglers" it sets nothing apart."""
    article, annotation = make(
        "smugglers-wire",
        """# Coast guard detains smugglers
The [Varnian|NORP|varnian] coast guard detained nine smugglers whose boat had pulled alongside an [Italian|NORP|italian]-flagged tanker.
A [German|NORP|german]-built patrol boat and a [Maltese|NORP|maltese] pilot took part.""",
        "2031-06-03",
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    keys = people_keys(features)
    assert keys[1] == {"NORP|varnian"}
    assert keys[2] == {"NORP|maltese"}
    assert not people_conflict(keys[1], ["NORP|varnian"])


def test_a_town_the_parse_took_for_a_person_is_no_person() -> None:
    """ "A Brellow woman": the parse makes the town a PERSON; she is not "Brellow",
    and a report naming her sets nothing apart from it."""
    article, annotation = make(
        "crash-paper",
        """# Woman killed in hit-and-run
A driver <hit|hit|VERB|obj:woman> a 66-year-old [Brellow|PERSON|brellow] woman, [Ada Lenz|PERSON|ada-lenz].
A [Calder|PERSON|calder] man was <charged|charge|VERB|obj:man> on Friday.""",
        "2031-06-03",
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    keys = people_keys(features)
    assert keys[1] == {"PERSON|ada-lenz"}
    assert keys[2] == frozenset()


_LENZ = frozenset({"PERSON|ada-lenz"})
_BOTH = frozenset({"PERSON|ada-lenz", "PERSON|dana-fell"})


@pytest.mark.parametrize(
    ("line", "people"),
    [
        # the reporter a report was told to, after the outlet's name: a source
        (
            "[Ada Lenz|PERSON|ada-lenz] was struck by a van, police told 880 KXRT's [Dana Fell|PERSON|dana-fell].",
            _LENZ,
        ),
        (
            "[Ada Lenz|PERSON|ada-lenz] was struck by a van, the sheriff told Channel 4’ [Dana Fell|PERSON|dana-fell].",
            _LENZ,
        ),
        (
            "[Ada Lenz|PERSON|ada-lenz] was struck by a van, her brother told the Herald's [Dana Fell|PERSON|dana-fell].",
            _LENZ,
        ),
        # a source named after its role, the name ending the clause
        (
            "[Ada Lenz|PERSON|ada-lenz] was struck by a van, according to her lawyer, [Dana Fell|PERSON|dana-fell].",
            _LENZ,
        ),
        (
            "[Ada Lenz|PERSON|ada-lenz] was struck by a van, according to the county coroner [Dana Fell|PERSON|dana-fell].",
            _LENZ,
        ),
        # "said" after a quote or a clause gives the source, "officials said" a report
        (
            "[Ada Lenz|PERSON|ada-lenz] was struck by a van on Main Street, said [Dana Fell|PERSON|dana-fell].",
            _LENZ,
        ),
        (
            "Officials said [Dana Fell|PERSON|dana-fell] hit [Ada Lenz|PERSON|ada-lenz] with a van.",
            _BOTH,
        ),
        # a name opening the clause after "according to" is in the happening
        (
            "According to police, [Dana Fell|PERSON|dana-fell] hit [Ada Lenz|PERSON|ada-lenz] with a van.",
            _BOTH,
        ),
        (
            "According to a witness, [Dana Fell|PERSON|dana-fell] drove off after hitting [Ada Lenz|PERSON|ada-lenz].",
            _BOTH,
        ),
    ],
)
def test_a_reports_source_or_reporter_is_not_who_it_happened_to(
    line: str, people: frozenset[str]
) -> None:
    article, annotation = make("van-radio", "# Woman hit by van\n" + line, "2031-06-03")
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert people_keys(features)[1] == people


def test_ages_are_figures_and_a_dateline_is_no_participant() -> None:
    article, annotation = make(
        "climb-wire",
        """# Climber dies on glacier
[VELMSTAD|GPE|velmstad], June 3 - A 36-year-old climber <died|die|VERB|> on the glacier.""",
        "2031-06-03",
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert [(x.value, x.unit) for x in sentence_figures(features, 1)] == [(36, "age")]
    place = next(e for e in features.entities if e.label == "GPE")
    assert in_dateline(features, place.start)
    assert not in_dateline(features, features.sentences[1].end - 3)


def test_a_background_clause_says_when() -> None:
    day = Period(start=800_000, end=800_000)
    march = Period(start=799_990, end=800_020)
    year = Period(start=799_800, end=800_165)
    assert dated_alike([day], [march], 3)
    assert not dated_alike([day], [year], 3)  # a year says no more than a season
    assert not dated_alike([day], [Period(start=800_100, end=800_100)], 3)
    assert not dated_alike([], [day], 3)


# A storm told by three sources in other words, a headline and a lead each.
STORM_1 = (
    "storm-wire",
    """# Hurricane hits [Port Arden|GPE|port-arden]
A <hurricane|hurricane|NOUN|> <struck|strike|VERB|subj:hurricane> [Port Arden|GPE|port-arden] on [Monday|DATE|2031-09-01], flooding the harbour.
Schools stay closed this week.""",
    "2031-09-01",
)
STORM_2 = (
    "storm-paper",
    """# Storm batters [Port Arden|GPE|port-arden] harbour
The <storm|storm|NOUN|> <flooded|flood|VERB|obj:harbour> the harbour of [Port Arden|GPE|port-arden] on [Monday|DATE|2031-09-01].
Fishermen said they had never seen the sea so high.""",
    "2031-09-02",
)


def test_a_headline_and_its_lead_are_one_happenings_passages() -> None:
    result = link_alone(STORM_1, STORM_2)
    together = [
        e for e in result.events if {STORM_1[0], STORM_2[0]} <= {m.article for m in e.mentions}
    ]
    assert together, [e.title for e in result.events]
    texts = {m.text for e in together for m in e.mentions}
    assert "Hurricane hits Port Arden" in texts
    assert "Storm batters Port Arden harbour" in texts


# A weekly round-up whose heading is two words, and a promotion line of another story.
ROUNDUP = (
    "roundup-weekly",
    """# The week in review
Politics: Premier [Ana Sorel|PERSON|ana-sorel] <met|meet|VERB|subj:Sorel> bank chiefs on [Tuesday|DATE|2031-03-04] about home loans.
Culture: the national museum <reopened|reopen|VERB|subj:museum> after a renovation.""",
    "2031-03-07",
)
MEETING_WIRE = (
    "meeting-wire-2",
    """# Premier summons bank chiefs over home loans
Premier [Ana Sorel|PERSON|ana-sorel] <convened|convene|VERB|subj:Sorel> the chiefs of the largest banks on [Tuesday|DATE|2031-03-04] to press them on home loans.
Bank shares were little changed.""",
    "2031-03-04",
)


def test_a_heading_of_two_words_tells_no_happening() -> None:
    result = link_alone(ROUNDUP, MEETING_WIRE)
    met = [e for e in result.events if len({m.article for m in e.mentions}) > 1]
    assert met, [e.title for e in result.events]  # met / convened: one family
    texts = {m.text for e in met for m in e.mentions}
    assert "The week in review" not in texts
    assert any(t.startswith("Politics:") for t in texts)


def test_page_furniture_tells_no_happening() -> None:
    article, annotation = make(
        "promo",
        """# Regulator halts the Tarnwick Freight listing
The regulator <halted|halt|VERB|obj:listing> the listing of [Tarnwick Freight|ORG|tarnwick-freight] on [Monday|DATE|2032-06-01].
READ MORE: Orvale Bank <shelves|shelve|VERB|obj:plans> its listing plans""",
        "2032-06-02",
    )
    promo = annotation.sentences[2]
    annotation = annotation.model_copy(
        update={
            "furniture": (
                Furniture(start=promo.start, end=promo.end, kind="related", text="READ MORE"),
            )
        }
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert tells_nothing(features, 2)
    assert not tells_nothing(features, 1)
    assert tells_nothing(article_features(*_heading_article(), PARAMS), 0)


def _heading_article() -> tuple[str, str, ArticleAnnotation]:
    article, annotation = make(
        "digest", "# Markets digest\nThe euro slipped against the dollar.", None
    )
    return article.id, article.text, annotation


def test_a_sentence_without_a_figure_takes_its_leads() -> None:
    def f(text: str, value: float, unit: str) -> Figure:
        return Figure(article="a", text=text, value=value, unit=unit)

    lead = [f("$2 billion", 2e9, "USD"), f("5.6", 5.6, "count")]
    # (a sum of its own is kept; the lead gives the kinds it does not state)
    assert with_lead([f("$3 billion", 3e9, "USD")], lead) == (
        f("$3 billion", 3e9, "USD"),
        f("5.6", 5.6, "count"),
    )
    assert with_lead([], lead) == tuple(lead)


# One player offered contracts by two clubs, told by three reports: two offers.
OFFER_1 = (
    "offer-wire",
    """# Harriers bid for striker Dane Okoro
The [Harriers|ORG|harriers] <offered|offer|VERB|subj:Harriers> striker [Dane Okoro|PERSON|dane-okoro] a five-year contract on [Friday|DATE|2031-07-04].
Okoro's agent said talks would go on.""",
    "2031-07-05",
)
OFFER_2 = (
    "offer-paper",
    """# Okoro weighs Harriers deal
The [Harriers|ORG|harriers] have <offered|offer|VERB|subj:Harriers> [Dane Okoro|PERSON|dane-okoro] a five-year contract, the club's manager said.
Okoro has scored 19 goals this season.""",
    "2031-07-05",
)
OFFER_3 = (
    "offer-blog",
    """# Wolves join the race for Okoro
The [Wolves|ORG|wolves] have <offered|offer|VERB|subj:Wolves> [Dane Okoro|PERSON|dane-okoro] a five-year contract as well.
Okoro has scored 19 goals this season.""",
    "2031-07-05",
)


def test_one_kind_of_happening_done_by_two_subjects_is_two() -> None:
    result = link_alone(OFFER_1, OFFER_2, OFFER_3)
    assert joined(result, OFFER_1[0], OFFER_2[0]), [e.title for e in result.events]
    assert not joined(result, OFFER_1[0], OFFER_3[0])
    assert not joined(result, OFFER_2[0], OFFER_3[0])


# One share move told by three sources with a second concept (the warning behind it).
MOVE_A = (
    "move-a",
    """# Brannock Steel shares slump after profit warning
Shares of [Brannock Steel|ORG|brannock-steel] <fell|fall|VERB|subj:Shares> 9% on [Tuesday|DATE|2031-05-06] after the company issued a profit <warning|warning|NOUN|> for the year.
The company blamed weaker demand from carmakers.""",
    "2031-05-06",
)
MOVE_B = (
    "move-b",
    """# Brannock Steel tumbles on profit warning
[Brannock Steel|ORG|brannock-steel] stock <slid|slide|VERB|subj:stock> 9% on [Tuesday|DATE|2031-05-06] after a profit <warning|warning|NOUN|>.
Carmakers have cut orders this spring.""",
    "2031-05-06",
)
MOVE_C = (
    "move-c",
    """# Markets wrap
Steel makers led losses as [Brannock Steel|ORG|brannock-steel] <dropped|drop|VERB|subj:Steel> 9% on its profit <warning|warning|NOUN|> on [Tuesday|DATE|2031-05-06].
Bond yields were steady.""",
    "2031-05-06",
)


def test_one_happening_is_one_event_and_a_passage_is_in_one() -> None:
    result = link_alone(MOVE_A, MOVE_B, MOVE_C)
    held = [(m.article, m.start) for e in result.events for m in e.mentions]
    assert len(held) == len(set(held)), [e.title for e in result.events]
    ids = {MOVE_A[0], MOVE_B[0], MOVE_C[0]}
    assert any(ids <= {m.article for m in e.mentions} for e in result.events)


def _fig(text: str, value: float, unit: str, qualifier: str = "exact") -> Figure:
    return Figure(article="a", text=text, value=value, unit=unit, qualifier=qualifier)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # The same count of the same thing: a toll, a fleet, a workforce cut.
        ([_fig("12 people", 12, "person")], [_fig("12 people", 12, "person")], 1),
        ([_fig("1,200 jobs", 1200, "job")], [_fig("1,200 jobs", 1200, "job", "approx")], 1),
        ([_fig("12 people", 12, "person")], [_fig("14 people", 14, "person")], 0),
        ([_fig("12 people", 12, "person")], [_fig("12 ships", 12, "ship")], 0),
        # One thing, a count too common to tell anything.
        ([_fig("one man", 1, "man")], [_fig("one man", 1, "man")], 0),
        # A whole number whose noun was not found says nothing.
        ([_fig("12", 12, "count")], [_fig("12", 12, "count")], 0),
        # A measure and a percentage as rounding allows; an age.
        ([_fig("5.9", 5.9, "magnitude")], [_fig("at least 5.9", 5.9, "count", "ge")], 1),
        ([_fig("5%", 5, "percent")], [_fig("5.1%", 5.1, "percent")], 1),
        # A bound states its number, not every one it allows.
        ([_fig("over 50%", 50, "percent", "gt")], [_fig("almost 75%", 75, "percent", "approx")], 0),
        ([_fig("at least 10", 10, "person", "ge")], [_fig("10 people", 10, "person")], 1),
        ([_fig("36-year-old", 36, "age")], [_fig("36-year-old", 36, "age")], 1),
        # A sum describes the deal as much as what happened to it.
        ([_fig("$4 billion", 4e9, "USD")], [_fig("$4 billion", 4e9, "USD")], 0),
        (
            [_fig("12 people", 12, "person"), _fig("6.1", 6.1, "magnitude")],
            [_fig("12 people", 12, "person"), _fig("6.1", 6.1, "count")],
            2,
        ),
    ],
)
def test_figures_stated_alike_are_evidence(a: list[Figure], b: list[Figure], shared: int) -> None:
    assert shared_figures(a, b) == shared


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # A count of a thing named: a company split into units, a toll.
        ([_fig("six units", 6, "unit")], [_fig("6 units", 6, "unit")], 1),
        ([_fig("12 people", 12, "person")], [_fig("12 people", 12, "person", "approx")], 1),
        # Two markets' moves of one size, two quakes' magnitudes: no evidence across
        # sub-stories.
        ([_fig("4.1%", 4.1, "percent")], [_fig("4.1 per cent", 4.1, "percent")], 0),
        ([_fig("5.9", 5.9, "magnitude")], [_fig("5.9", 5.9, "magnitude")], 0),
    ],
)
def test_only_counts_of_a_thing_tie_two_sub_stories(
    a: list[Figure], b: list[Figure], shared: int
) -> None:
    assert shared_figures(a, b, counts_only=True) == shared


def test_a_day_tied_to_no_trigger_dates_its_sentence() -> None:
    article, annotation = make(
        "union-wire",
        """# Minister meets union leaders
[VELMSTAD|GPE|velmstad], March 4 - The minister <met|meet|VERB|subj:minister> the leaders of the rail <unions|union|NOUN|time:Tuesday> on [Tuesday|DATE|2031-03-04].""",
        "2031-03-04",
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert [
        (p.first.isoformat(), p.last.isoformat()) for p in sentence_periods(features, 1, 400)
    ] == [("2031-03-04", "2031-03-04")]


def _t(lemma: str, pos: str = "VERB", **args: str) -> TriggerFeatures:
    from tui.core.events.features import Argument

    return TriggerFeatures(
        lemma, pos, "verb", 0, None, tuple(Argument(r, w, 0, None) for r, w in args.items())
    )


def test_a_happening_told_as_a_cause_or_in_passing() -> None:
    concepts = join_families({"strike": "strike", "fall": "fall", "meeting": "meeting"})
    # "The strike forced airlines to cancel flights": it reports the cancellations.
    assert told_as_cause(
        [_t("strike", "NOUN"), _t("force", subj="strike"), _t("cancel", obj="flight")]
    ) == {0}
    # "The ban led to protests" (politics); "the quake triggered a landslide" (disasters).
    assert told_as_cause([_t("ban", "NOUN"), _t("lead", subj="ban")]) == {0}
    assert told_as_cause([_t("quake", "NOUN"), _t("trigger", subj="quake")]) == {0}
    # "Dockers went on strike": the strike is what it tells.
    assert not told_as_cause([_t("go", subj="docker", prep="strike"), _t("strike", "NOUN")])
    # "The drop followed a profit warning" names the drop in passing ...
    assert told_in_passing([_t("follow", subj="drop")], {"family:fall"}, concepts)
    # ... "the meeting comes as households struggle" tells it again (come tells nothing).
    assert not told_in_passing(
        [_t("come", subj="meeting"), _t("struggle", subj="household")], {"family:meet"}, concepts
    )


def test_a_happening_named_again_as_one_already_told() -> None:
    article, annotation = make(
        "quake-paper",
        """# Quake shakes Port Arden
The <quake|quake|NOUN|> was felt in the capital.
Union leaders said they were open to talks.""",
        "2031-09-01",
    )
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert "family:earthquake" in told_as_known(features, 1, features.triggers[1], {})
    assert told_as_known(features, 2, features.triggers[2], {}) == frozenset()


# A quake told by two sources; a later sentence of one names it again ("the quake"),
# another tells a second quake of its own (its own people).
QUAKE_1 = (
    "quake-wire",
    """# Quake hits Lorrin coast
A magnitude 6.1 <earthquake|earthquake|NOUN|> <struck|strike|VERB|subj:earthquake> the [Lorrin|GPE|lorrin] coast on [Sunday|DATE|2031-08-03], flattening two villages.
Rescue teams worked through the night.
Power was cut to the port for six hours.
The <quake|quake|NOUN|> was felt as far away as the capital.
A second <quake|quake|NOUN|> hit [Marsby|GPE|marsby], a [Velmish|NORP|velmish] town, an hour later.""",
    "2031-08-03",
)
QUAKE_2 = (
    "quake-paper",
    """# Villages flattened as earthquake strikes Lorrin
Two villages on the [Lorrin|GPE|lorrin] coast were flattened when a <tremor|tremor|NOUN|> of magnitude 6.1 <shook|shake|VERB|subj:tremor> the region on [Sunday|DATE|2031-08-03].
Residents spent the night outdoors.""",
    "2031-08-04",
)


def test_a_happening_named_again_later_in_a_report_is_a_passage_of_it() -> None:
    result = link_alone(QUAKE_1, QUAKE_2)
    quake = next(
        (e for e in result.events if {QUAKE_1[0], QUAKE_2[0]} <= {m.article for m in e.mentions}),
        None,
    )
    assert quake is not None, [e.title for e in result.events]
    texts = {m.text for m in quake.mentions}
    assert "The quake was felt as far away as the capital." in texts
    assert not any("second quake" in t for t in texts)


def test_a_happening_named_again_where_it_was_felt_is_a_passage_of_it() -> None:
    """ "The quake was felt as far away as Dunmere": a place the lead does not name tells
    where the happening told again reached, not a report of its own; a person it names
    would ("The quake killed Ana Roe")."""
    felt = QUAKE_1[1].replace("as the capital.", "as [Dunmere|GPE|dunmere].")
    result = link_alone((QUAKE_1[0], felt, QUAKE_1[2]), QUAKE_2)
    texts = {m.text for e in result.events for m in e.mentions}
    assert "The quake was felt as far away as Dunmere." in texts
    named = QUAKE_1[1].replace(
        "The <quake|quake|NOUN|> was felt as far away as the capital.",
        "The <quake|quake|NOUN|> was felt by [Ana Roe|PERSON|ana-roe] in the capital.",
    )
    result = link_alone((QUAKE_1[0], named, QUAKE_1[2]), QUAKE_2)
    texts = {m.text for e in result.events for m in e.mentions}
    assert not any("Ana Roe" in t for t in texts)


# A meeting told in 2031, and recalled a year later by another source, dated in its month.
TALKS_1 = (
    "talks-2031",
    """# Minister meets rail union leaders
Transport minister [Ivo Brandt|PERSON|ivo-brandt] <met|meet|VERB|subj:Brandt> the leaders of the rail unions on [Tuesday|DATE|2031-03-04] to avert a strike.
The unions said the talks were frank.""",
    "2031-03-04",
)
TALKS_2 = (
    "talks-2032",
    """# Rail unions and minister meet again
Transport minister [Ivo Brandt|PERSON|ivo-brandt] <met|meet|VERB|subj:Brandt> rail union leaders on [Monday|DATE|2032-03-08] for the second time in a year.
[Brandt|PERSON|ivo-brandt] first <summoned|summon|VERB|subj:Brandt,time:March> the union leaders in [March 2031|DATE|2031-03], when a strike loomed.
The unions asked for a pay rise of 6%.""",
    "2032-03-08",
)


def test_a_background_happening_dated_in_another_year_joins_its_reports() -> None:
    result = link_alone(TALKS_1, TALKS_2)
    first = [
        e for e in result.events if {TALKS_1[0], TALKS_2[0]} <= {m.article for m in e.mentions}
    ]
    assert first, [e.title for e in result.events]
    texts = {m.text for e in first for m in e.mentions}
    assert any(t.startswith("Brandt first summoned") for t in texts), texts
    assert not any("second time" in t for t in texts)


# Two title fights of one boxer (the story's main name, in every report), against two
# opponents: one kind of happening done to different people.
FIGHT_1 = (
    "fight-wire",
    """# Halvorsen keeps his belt
[Eirik Halvorsen|PERSON|eirik-halvorsen] <stopped|stop|VERB|subj:Halvorsen,obj:Mbeki> [Tomas Mbeki|PERSON|tomas-mbeki] in the sixth round to keep his heavyweight title belts.
The crowd of 40,000 cheered the champion.""",
    None,
)
FIGHT_2 = (
    "fight-paper",
    """# Champion stops challenger
[Eirik Halvorsen|PERSON|eirik-halvorsen] <stopped|stop|VERB|subj:Halvorsen,obj:Mbeki> [Tomas Mbeki|PERSON|tomas-mbeki] in the sixth round and kept his heavyweight title belts.
The champion said he wanted a rematch with no one.""",
    None,
)
FIGHT_3 = (
    "fight-blog",
    """# Halvorsen retains his titles
[Eirik Halvorsen|PERSON|eirik-halvorsen] <stopped|stop|VERB|subj:Halvorsen,obj:Duarte> [Rui Duarte|PERSON|rui-duarte] in the sixth round to keep his heavyweight title belts.
The challenger had never been stopped before.""",
    None,
)
# Two elections of one country, numbered apart ("its fourth", "its first two-party").
ELECTION_1 = (
    "election-wire",
    """# Norvians vote for a parliament
Voters in [Norvia|GPE|norvia] cast ballots in the country's fourth parliamentary <election|election|NOUN|mod:fourth>, officials said.
Turnout was reported to be high.""",
    None,
)
ELECTION_2 = (
    "election-paper",
    """# Norvia plans a two-party vote
Voters in [Norvia|GPE|norvia] will cast ballots in the country's first two-party parliamentary <election|election|NOUN|mod:first>, officials said.
The electoral commission has drawn new districts.""",
    None,
)


def test_one_kind_of_happening_done_to_two_people_is_two() -> None:
    result = link_alone(FIGHT_1, FIGHT_2, FIGHT_3)
    assert joined(result, FIGHT_1[0], FIGHT_2[0]), [e.title for e in result.events]
    assert not joined(result, FIGHT_1[0], FIGHT_3[0])
    assert not joined(result, FIGHT_2[0], FIGHT_3[0])


# A rematch told by a dated report and by an undated one whose lead states no year and
# whose later paragraph recalls the first fight, years before.
REMATCH_DATED = (
    "rematch-wire",
    """# Halvorsen stops Mbeki in rematch
[Eirik Halvorsen|PERSON|eirik-halvorsen] <stopped|stop|VERB|subj:Halvorsen,obj:Mbeki> [Tomas Mbeki|PERSON|tomas-mbeki] in the sixth round on [Saturday|DATE|2034-07-08] to keep his heavyweight title belts.
The crowd of 40,000 cheered the champion.""",
    "2034-07-09",
)
REMATCH_UNDATED = (
    "rematch-blog",
    """# Champion beats challenger again
[Eirik Halvorsen|PERSON|eirik-halvorsen] <stopped|stop|VERB|subj:Halvorsen,obj:Mbeki> [Tomas Mbeki|PERSON|tomas-mbeki] in the sixth round to keep a firm hold on his heavyweight title belts.
The champion's jab kept the taller man away all night.
The challenger's corner said he would fight on.
Both men had trained in the mountains for the bout.
In [2030|DATE|2030], [Halvorsen|PERSON|eirik-halvorsen] <beat|beat|VERB|subj:Halvorsen,obj:Mbeki> [Mbeki|PERSON|tomas-mbeki] on points in a bout few remember.""",
    None,
)


def test_an_undated_report_whose_lead_states_no_year_is_of_no_known_year() -> None:
    # Before, the undated report's years were the one its last paragraph recalls (2030):
    # "of another year" than the dated one, it could not join the rematch's report.
    result = link_alone(REMATCH_DATED, REMATCH_UNDATED)
    assert joined(result, REMATCH_DATED[0], REMATCH_UNDATED[0]), [e.title for e in result.events]

    def years(doc: Doc) -> frozenset[int]:
        article, annotation = make(*doc)
        return report_years(article_features(article.id, article.text, annotation))

    assert years(REMATCH_DATED) == {2034}
    assert years(REMATCH_UNDATED) == frozenset()
    # A lead that states a year says when the report was told: its years are kept.
    told = REMATCH_UNDATED[1].replace(
        "in the sixth round to", "in the sixth round in [2030|DATE|2030] to"
    )
    assert years((REMATCH_UNDATED[0], told, None)) == {2030}


def test_two_happenings_numbered_apart_stay_apart() -> None:
    result = link_alone(ELECTION_1, ELECTION_2)
    assert not joined(result, ELECTION_1[0], ELECTION_2[0]), [e.title for e in result.events]


def _entity_arg(role: str, lemma: str, label: str | None, kb_id: str | None) -> object:
    from tui.core.events.features import Argument
    from tui.core.model.schema import Entity

    entity = None if label is None else Entity(start=0, end=1, text=lemma, label=label, kb_id=kb_id)
    return Argument(role, lemma, 0, entity)


@pytest.mark.parametrize(
    ("pos", "args", "names"),
    [
        # "stopped Thompson"; an organisation as an object is often a thing done with
        ("VERB", [("obj", "thompson", "PERSON", "tony-thompson")], ["tony-thompson"]),
        ("VERB", [("obj", "club", "ORG", "harbour-rowing-club")], []),
        # "the stoppage of Rahman": a noun's "of"; a verb's "of" is no object
        ("NOUN", [("prep:of", "rahman", "PERSON", "hasim-rahman")], ["hasim-rahman"]),
        ("VERB", [("prep:of", "rahman", "PERSON", "hasim-rahman")], []),
        # who does it, a place, a name with no id: not whom it is done to
        ("VERB", [("subj", "klitschko", "PERSON", "wladimir-klitschko")], []),
        ("VERB", [("obj", "iran", "GPE", "iran")], []),
        ("VERB", [("obj", "thompson", "PERSON", None)], []),
    ],
)
def test_whom_a_happening_is_done_to(
    pos: str, args: list[tuple[str, str, str | None, str | None]], names: list[str]
) -> None:
    trigger = TriggerFeatures(
        "stop",
        pos,
        "verb",
        0,
        None,
        tuple(_entity_arg(*a) for a in args),  # type: ignore[misc]
    )
    assert done_to(trigger) == names


@pytest.mark.parametrize(
    ("args", "numbers"),
    [
        ({"mod": "fourth"}, [4]),
        ({"mod": "4th"}, [4]),
        ({"mod": "21st"}, [21]),
        ({"mod": "parliamentary"}, []),
        # an ordinal that is not the trigger's modifier numbers something else
        ({"obj": "first"}, []),
    ],
)
def test_the_number_of_a_happening_among_its_kind(args: dict[str, str], numbers: list[int]) -> None:
    assert ordinals(_t("election", "NOUN", **args)) == numbers


@pytest.mark.parametrize(
    ("marked", "lead"),
    [
        # a page's date lines before its headline are no part of its lead
        (
            "Posted 11/27/2031 7:21 AM\nUpdated 11/27/2031 3:41 PM\n"
            "# Strong quake jolts the island of Velm\n"
            "A strong quake shook the island of Velm on Sunday, flattening seven villages.\n"
            "Rescue teams reached the villages by boat.\n"
            "The quake was felt across the gulf.",
            {2, 3, 4},
        ),
        # a digest's heading neither
        (
            "# Markets digest\nThe euro slipped against the dollar on Monday.\n"
            "Oil rose after the cartel met in Vienna.\nGold was little changed in Asian trade.",
            {1, 2, 3},
        ),
        # a report that opens with its headline: its first three sentences
        (
            "# Harbour cranes stop as dockers strike\nDockers at the port of Orvale walked out "
            "on Monday over pay.\nShips queued outside the harbour.\nThe union said talks "
            "would resume.",
            {0, 1, 2},
        ),
    ],
)
def test_a_lead_is_its_first_sentences_that_tell_something(marked: str, lead: set[int]) -> None:
    article, annotation = make("page", marked, None)
    assert lead_of(article_features(article.id, article.text, annotation), 3) == lead


# Three reports of a death, each recalling the birth in its last paragraph.
DEATH_1 = (
    "death-wire",
    """# Singer Mara Quell dies at 85
[Mara Quell|PERSON|mara-quell] <died|die|VERB|subj:Quell> on [Thursday|DATE|2031-06-05] in [Orvale|GPE|orvale], her family said.
She had been ill for a year.
Her records sold millions across the continent.
Fans left flowers at her home on Friday.
[Quell|PERSON|mara-quell] was <born|bear|VERB|obj:Quell> in [Velmstad|GPE|velmstad] on [April 2, 1946|DATE|1946-04-02] to a family of fishermen.""",
    "2031-06-06",
)
DEATH_2 = (
    "death-paper",
    """# Mara Quell, voice of a generation, dies
The singer [Mara Quell|PERSON|mara-quell] <died|die|VERB|subj:Quell> in [Orvale|GPE|orvale] on [Thursday|DATE|2031-06-05] at the age of 85.
Her last concert was in the capital.
Critics called her the voice of a generation.
A funeral will be held next week.
She was <born|bear|VERB|obj:She> in [Velmstad|GPE|velmstad] on [April 2, 1946|DATE|1946-04-02], the youngest of six.""",
    "2031-06-06",
)
DEATH_3 = (
    "death-blog",
    """# Farewell to Mara Quell
[Mara Quell|PERSON|mara-quell] has <died|die|VERB|subj:Quell> in [Orvale|GPE|orvale], aged 85.
Her songs were played on every radio.
Tributes poured in from other singers.
Her label said a last album would come out.
[Quell|PERSON|mara-quell] was <born|bear|VERB|obj:Quell> in [Velmstad|GPE|velmstad] in [1946|DATE|1946], the daughter of a fisherman.""",
    "2031-06-07",
)


def test_a_story_is_titled_by_what_its_leads_tell() -> None:
    result = link_alone(DEATH_1, DEATH_2, DEATH_3)
    assert len(result.stories) == 1
    # Before, the birth all three recall further down (its trigger rarer in the folder
    # than the death every article tells) titled the story.
    assert "dies" in result.stories[0].title, result.stories[0].title


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("auto:duncan-rait", "auto:duncan-raite", True),
        ("auto:betty-page", "auto:bettie-page", True),
        ("auto:bettie-page", "auto:bettie-mae-page", True),  # one's words in the other's
        ("auto:alcoa", "auto:alcan", False),  # no word in common: two companies
        ("auto:jon-marsh", "auto:john-marsh", False),  # too short to tell a slip
        ("auto:michael-stone", "auto:michelle-stone", False),  # three edits apart
    ],
)
def test_a_name_spelt_two_ways(a: str, b: str, same: bool) -> None:
    assert name_variants(a, b) is same


# Two obituaries of one singer, her name spelt two ways by the two outlets.
OBIT_1 = (
    "obit-wire",
    """# Singer [Jennie Marsh|PERSON|auto:jennie-marsh] dies at 85
[Jennie Marsh|PERSON|auto:jennie-marsh], the jazz singer, <died|die|VERB|subj:Marsh> in [Tarrow|GPE|tarrow] on [Thursday|DATE|2031-05-08], her family said.
She recorded forty albums.""",
    "2031-05-09",
)
OBIT_2 = (
    "obit-paper",
    """# Jazz singer dead at 85
Jazz singer [Jenny Marsh|PERSON|auto:jenny-marsh] has <died|die|VERB|subj:Marsh> in [Tarrow|GPE|tarrow], aged 85.
Her first record came out when she was nineteen.""",
    "2031-05-09",
)
# And another singer's death, told the same way.
OBIT_3 = (
    "obit-other",
    """# Singer [Ann Marsh|PERSON|auto:ann-marsh] dies at 85
[Ann Marsh|PERSON|auto:ann-marsh], the folk singer, <died|die|VERB|subj:Marsh> in [Tarrow|GPE|tarrow] on [Thursday|DATE|2031-05-08].
She toured for fifty years.""",
    "2031-05-09",
)


def test_one_death_told_with_a_name_spelt_two_ways_is_one_event() -> None:
    result = link_alone(OBIT_1, OBIT_2)
    assert joined(result, OBIT_1[0], OBIT_2[0]), [e.title for e in result.events]
    # not two singers who share a surname
    assert not joined(link_alone(OBIT_1, OBIT_3), OBIT_1[0], OBIT_3[0])


# A headline that dates a clause describing the singer, not her death.
OBIT_4 = (
    "obit-blog",
    """# [Jennie Marsh|PERSON|auto:jennie-marsh], who <won|win|VERB|subj:who,obj:prize,prep:in:1970s,=relcl> the prize in [the 1970s|DATE|1970-01-01/1979-12-31], <dies|die|VERB|subj:Marsh> at 85
Her albums sold in forty countries.""",
    "2031-05-10",
)


def test_a_date_of_a_clause_describing_a_participant_is_not_the_sentences() -> None:
    article, annotation = make(*OBIT_4)
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert sentence_periods(features, 0, 4000, described=False) == []
    assert len(sentence_periods(features, 0, 4000)) == 1
    result = link_alone(OBIT_1, OBIT_2, OBIT_4)
    death = [e for e in result.events if OBIT_1[0] in {m.article for m in e.mentions}]
    assert death and any(m.article == OBIT_4[0] and m.start == 0 for m in death[0].mentions), [
        (e.title, [(m.article, m.start) for m in e.mentions]) for e in result.events
    ]


# A player put on the injured list, told by two reports; one describes him by an
# appositive that names an earlier year ("the club's top scorer in 2029"): that year is
# the description's, not the happening's.
INJURED_1 = (
    "injured-wire",
    """# Cats put Reyes on injured list
[Dana Reyes|PERSON|auto:dana-reyes] was <placed|place|VERB|obj:Reyes> on the injured list by the [Harbor Cats|ORG|auto:harbor-cats] on [Wednesday|DATE|2031-01-08].
The Cats play their first playoff game on Sunday.""",
    "2031-01-08",
)
INJURED_2 = (
    "injured-paper",
    """# Reyes out for the season
[Dana Reyes|PERSON|auto:dana-reyes], the club's top <scorer|scorer|NOUN|prep:in:2029,=appos> in [2029|DATE|2029-01-01/2029-12-31], was <placed|place|VERB|obj:Reyes> on the injured list, the team said.
He has a knee injury.""",
    "2031-01-08",
)


def test_a_date_of_an_appositive_describing_a_participant_is_not_the_sentences() -> None:
    article, annotation = make(*INJURED_2)
    features = article_features(article.id, article.text, annotation, PARAMS)
    assert sentence_periods(features, 1, 4000, described=False) == []
    result = link_alone(INJURED_1, INJURED_2)
    assert any(
        {(INJURED_1[0], 1), (INJURED_2[0], 1)}
        <= {(m.article, _line(INJURED_1, INJURED_2, m)) for m in e.mentions}
        for e in result.events
    ), [(e.title, [(m.article, m.start) for m in e.mentions]) for e in result.events]


def _line(a: Doc, b: Doc, m: Mention) -> int:
    """The line (0: the headline) of the marked doc ``a`` or ``b`` a mention starts on."""
    doc = a if m.article == a[0] else b
    article, _ = make(*doc)
    return article.text[: m.start].count("\n")


# An escape reported in late November and recalled by a follow-up filed in January: the
# calendar's years differ, the reports are weeks apart.
ESCAPE_1 = (
    "escape-tv",
    """# Inmate escapes during transfer
[Ray Calder|PERSON|auto:ray-calder] <escaped|escape|VERB|subj:Calder> from a prison van near [Marrow|GPE|marrow] on [Monday|DATE|2031-11-24] after he pulled a gun on two guards.
Officers searched the woods overnight.""",
    "2031-11-25",
)
ESCAPE_2 = (
    "escape-paper",
    """# Warden replaced after escape
The prison service replaced the warden of the jail where [Ray Calder|PERSON|auto:ray-calder] got the gun.
[Ray Calder|PERSON|auto:ray-calder] <escaped|escape|VERB|subj:Calder> from a prison van near [Marrow|GPE|marrow] after he pulled a gun on two guards.""",
    "2032-01-12",
)


@pytest.mark.parametrize(("filed", "joins"), [("2032-01-12", True), ("2032-06-12", False)])
def test_reports_weeks_apart_across_a_new_year_are_not_of_different_years(
    filed: str, joins: bool
) -> None:
    result = link_alone(ESCAPE_1, (ESCAPE_2[0], ESCAPE_2[1], filed))
    assert joined(result, ESCAPE_1[0], ESCAPE_2[0]) is joins, [
        (e.title, [(m.article, m.start) for m in e.mentions]) for e in result.events
    ]


def test_a_sentence_naming_nations_names_its_organisations_nations_too() -> None:
    article, annotation = make(
        "coast-wire",
        """# Coast guard holds smugglers
The [Greek Coast Guard|ORG|auto:greek-coast-guard] <arrested|arrest|VERB|obj:smugglers> 9 [Turkish|NORP|auto:turkish] smugglers on [Saturday|DATE|2031-12-13].
The [Greek Coast Guard|ORG|auto:greek-coast-guard] said the boat was safe.""",
        "2031-12-14",
    )
    other, other_annotation = make(
        "coast-paper",
        """# Smugglers held
The [Greek|NORP|auto:greek] coast guard <detained|detain|VERB|obj:smugglers> 9 smugglers and an [Italian|NORP|auto:italian] patrol chased off others.""",
        "2031-12-14",
    )
    keys = people_keys(article_features(article.id, article.text, annotation, PARAMS))
    assert keys[1] == {"NORP|auto:greek", "NORP|auto:turkish"}
    assert keys[2] == frozenset()  # names no nation of its own: left as it is
    others = people_keys(article_features(other.id, other.text, other_annotation, PARAMS))
    assert not people_conflict(sorted(keys[1]), sorted(others[1]))


# A rescue told by two reports of one tight sub-story in other words, no trigger concept
# in common: the same count of one thing (fourteen miners) ties them; another count does
# not.
RESCUE_1 = (
    "rescue-wire",
    """# Rescuers reach trapped miners in Karsk
KARSK, Feb 9 (Wire) - Rescue teams <freed|free|VERB|subj:teams,obj:miners> [14 miners|CARDINAL|14:miner] from the flooded Karsk pit on [Sunday|DATE|2033-02-08] after three days underground.
Doctors at the Karsk hospital said all of them could walk.""",
    "2033-02-09",
)
RESCUE_2 = (
    "rescue-paper",
    """# Karsk pit flood ends with all men safe
The last of [14 miners|CARDINAL|14:miner] <emerged|emerge|VERB|subj:last> into daylight at the Karsk pit to cheers from waiting families.
Doctors at the Karsk hospital said all of them could walk.""",
    "2033-02-09",
)


def test_one_happening_stating_the_same_count_with_no_trigger_in_common_is_one_event() -> None:
    """ "Freed 14 miners" and "the last of 14 miners emerged": no trigger concept in
    common, worded too far apart for words alone, but the same count of one thing. Nine
    miners are another count: no tie."""
    assert joined(link_alone(RESCUE_1, RESCUE_2), RESCUE_1[0], RESCUE_2[0])
    nine = (
        RESCUE_2[0],
        RESCUE_2[1].replace("14 miners|CARDINAL|14", "9 miners|CARDINAL|9"),
        RESCUE_2[2],
    )
    assert not joined(link_alone(RESCUE_1, nine), RESCUE_1[0], RESCUE_2[0])


def test_a_noun_spelt_as_a_verbs_that_names_a_body_or_a_land_tells_no_happening() -> None:
    """ "The country" (count-ry) and "the government" (govern-ment) read as nominalisations
    by their spelling alone; they name a land and a body, and anchor no event."""
    for lemma in ("country", "government", "company"):
        noun = TriggerFeatures(lemma, "NOUN", "suffix", 10, None, ())
        assert small_triggers([noun], [noun]) == []
    blast = TriggerFeatures("explosion", "NOUN", "suffix", 10, None, ())
    assert small_triggers([blast], [blast]) == [blast]


# One collapse: a headline in five words and another report's lead, which share the
# trigger and little else.
COLLAPSE_1 = (
    "collapse-paper",
    """# Old bridge <collapses|collapse|VERB|subj:bridge> overnight
Nobody was on the span when it fell, the town council said.
Engineers had closed it to lorries last year.""",
    "2033-05-02",
)
COLLAPSE_2 = (
    "collapse-radio",
    """# Council orders checks on crossings
The council's engineers inspected the rubble on Tuesday after the stone bridge <collapsed|collapse|VERB|subj:bridge> while the town slept.
Drivers face a detour of twenty minutes, the council said.""",
    "2033-05-02",
)


def test_two_leads_telling_one_kind_of_happening_in_few_shared_words_are_one_event() -> None:
    """A headline tells its happening in a few words that share little with another
    report's lead: both being in their leads is evidence of its own
    (``small_lead_weight``); without it they stay apart."""
    docs = (COLLAPSE_1, COLLAPSE_2)
    assert joined(link_alone(*docs), COLLAPSE_1[0], COLLAPSE_2[0])
    built = [make(i, t, d) for i, t, d in docs]
    without = replace(PARAMS, small_lead_weight=0.0)
    result = link_events([a for a, _ in built], {a.id: n for a, n in built}, None, without)
    assert not joined(result, COLLAPSE_1[0], COLLAPSE_2[0])


# One awards host told twice: the second report's parse took the awards' one-word name
# for a person.
HOST_1 = (
    "host-wire",
    """# Academy picks Ana Ruiz to host film awards
The [Film Academy|ORG|film-academy] said [Ana Ruiz|PERSON|ana-ruiz] will <host|host|VERB|subj:Ruiz> its awards night in the spring, her first time on that stage.
Tickets go on sale next month.""",
    "2034-01-10",
)
HOST_2 = (
    "host-blog",
    """# Comedian to host the Velmy awards night
The comedian will <host|host|VERB|subj:comedian> the [Velmy|PERSON|velmy] awards night in the spring, the [Film Academy|ORG|film-academy] said.
Her first special aired last year.""",
    "2034-01-10",
)


def test_a_one_word_person_of_no_fuller_name_sets_nothing_apart() -> None:
    """ "The Velmy awards" read as a person beside "Ana Ruiz": a one-word person the folder
    gives no fuller name of is no firm ground for keeping two reports apart; a surname
    whose full name the folder gives stays a person."""
    people = {
        0: [frozenset({"PERSON|ana-ruiz"}), frozenset({"PERSON|ruiz", "NORP|velmish"})],
        1: [frozenset({"PERSON|velmy"}), frozenset({"PERSON|auto:tom-hale", "PERSON|hale"})],
    }
    firm = firm_people(people)
    assert firm[0] == people[0]
    assert firm[1] == [frozenset(), frozenset({"PERSON|auto:tom-hale", "PERSON|hale"})]
    assert joined(link_alone(HOST_1, HOST_2), HOST_1[0], HOST_2[0])


# Two reports of a quake that each recall, in other words, an older one.
RECALL_1 = (
    "quake-daily",
    """# Quake shakes Lorrin coast
A magnitude 6.1 <earthquake|earthquake|NOUN|> <struck|strike|VERB|subj:earthquake,=ROOT> the [Lorrin|GPE|lorrin] coast on [Sunday|DATE|2031-08-03].
A <quake|quake|NOUN|> <killed|kill|VERB|subj:quake,obj:people,prep:in:March,=ROOT> [2,000 people|CARDINAL|2000:people] in [Tessan|GPE|tessan] in [March 2027|DATE|2027-03].""",
    "2031-08-04",
)
RECALL_2 = (
    "quake-post",
    """# Earthquake strikes Lorrin
A <tremor|tremor|NOUN|> of magnitude 6.1 <shook|shake|VERB|subj:tremor,=ROOT> the [Lorrin|GPE|lorrin] coast on [Sunday|DATE|2031-08-03].
In [March 2027|DATE|2027-03] a <quake|quake|NOUN|> <killed|kill|VERB|subj:quake,obj:people,prep:In:March,=ROOT> [2,000 people|CARDINAL|2000:people] in [Tessan|GPE|tessan].""",
    "2031-08-05",
)


def test_a_happening_two_reports_recall_is_titled_in_its_own_month() -> None:
    """A small folder's event whose passages all recall an older happening ("a quake
    killed 2,000 people in Tessan in March 2027", in reports of August 2031) shows the
    month they give it, not their reports' month."""
    result = link_alone(RECALL_1, RECALL_2)
    recalled = [e for e in result.events if any("Tessan" in m.text for m in e.mentions)]
    assert recalled, [e.title for e in result.events]
    assert {m.article for m in recalled[0].mentions} == {RECALL_1[0], RECALL_2[0]}
    assert recalled[0].title.endswith("· 2027-03"), recalled[0].title
    # (the reports' own quake keeps their month)
    told = [e for e in result.events if e is not recalled[0]]
    assert told and all(e.title.endswith("· 2031-08") for e in told), [e.title for e in told]


# Two reports of one quake whose later sentences quote different officials on different
# things, each "quoted by" or "citing" an agency: only the reporting verb in common.
QUOTED_1 = (
    "quake-agency",
    """# Quake hits Lorrin coast
A magnitude 6.1 <earthquake|earthquake|NOUN|> <struck|strike|VERB|subj:earthquake> the [Lorrin|GPE|lorrin] coast on [Sunday|DATE|2031-08-03].
The port chief was <quoted|quote|VERB|obj:chief,prep:by:Varno> by [Varno|ORG|varno] as saying ferries would sail again on [Monday|DATE|2031-08-04].""",
    "2031-08-03",
)
QUOTED_2 = (
    "quake-gazette",
    """# Villages flattened as earthquake strikes Lorrin
A <tremor|tremor|NOUN|> of magnitude 6.1 <shook|shake|VERB|subj:tremor> the [Lorrin|GPE|lorrin] coast on [Sunday|DATE|2031-08-03].
A seismologist ruled out a tsunami, <citing|cite|VERB|obj:depth> the depth of the gulf, [Varno|ORG|varno] <quoted|quote|VERB|subj:Varno> him as saying.""",
    "2031-08-04",
)


def test_being_quoted_or_cited_tells_no_happening() -> None:
    """ "was quoted by Varno as saying", "citing the depth": a report's attribution, like
    "said", anchors no event: the two officials' words are two things."""
    assert {"quote", "cite"} <= vocabulary().not_events
    result = link_alone(QUOTED_1, QUOTED_2)
    for e in result.events:
        texts = " ".join(m.text for m in e.mentions)
        assert not ("ferries" in texts and "tsunami" in texts), e.title


def test_a_statement_of_how_things_are_is_no_passage_of_a_happening() -> None:
    """ "The port remains closed after the quake" names the quake again but states how
    things are: beside two reports of the quake it is none of its event's passages (a
    reader shown it next to another source's report of the quake learns nothing of it)."""
    stated = QUAKE_1[1].replace(
        "as far away as the capital.",
        "as far away as the capital.\n"
        "The port <remains|remain|VERB|subj:port,=ROOT> closed after the <quake|quake|NOUN|>.",
    )
    result = link_alone((QUAKE_1[0], stated, QUAKE_1[2]), QUAKE_2)
    quake = [
        e for e in result.events if {QUAKE_1[0], QUAKE_2[0]} <= {m.article for m in e.mentions}
    ]
    assert quake, [e.title for e in result.events]
    assert not any("remains closed" in m.text for e in quake for m in e.mentions)


# One host named by two outlets: one writes the show with its year ("the 2031 Velmy
# Awards", a noun the parse counts as a happening only by its date), the other without.
DATED_HOST_1 = (
    "host-wire",
    """# [Mara Quill|PERSON|mara-quill] to <host|host|VERB|obj:Awards,=ROOT> [2031|DATE|2031] Velmy <Awards|award|NOUN|^dated-noun,mod:2031>
The academy said on [Friday|DATE|2031-05-02] that [Mara Quill|PERSON|mara-quill] would lead the ceremony.""",
    "2031-05-02",
)
DATED_HOST_2 = (
    "host-daily",
    """# Comedian returns to the stage
Producers announced that comedian [Mara Quill|PERSON|mara-quill] will <host|host|VERB|subj:Quill,obj:Awards,=ccomp> the Velmy Awards ceremony for a second time, calling her a natural choice after a difficult season of falling ratings and empty seats.""",
    "2031-05-03",
)


def test_a_verb_keeps_its_place_beside_an_object_dated_into_a_happening() -> None:
    """ "To host 2031 Velmy Awards": the awards are a happening only by their year, and
    hosting them is the act; a report that names no year ("will host the Velmy Awards")
    tells the same one."""
    result = link_alone(DATED_HOST_1, DATED_HOST_2)
    assert joined(result, DATED_HOST_1[0], DATED_HOST_2[0]), [e.title for e in result.events]


# Two reports of one quake whose tolls were counted at different times.
TOLL_1 = (
    "toll-agency",
    """# Quake jolts Varno island
A [5.6|CARDINAL|5.6:magnitude] magnitude <earthquake|earthquake|NOUN|> <jolted|jolt|VERB|subj:earthquake,obj:island,=ROOT> Varno island on [Sunday|DATE|2031-08-03], <injuring|injure|VERB|obj:people> [two people|CARDINAL|2:person].
Schools on the island stay shut.""",
    "2031-08-03",
)
TOLL_2 = (
    "toll-daily",
    """# Five hurt as quake shakes Varno
An <earthquake|earthquake|NOUN|> measuring [5.6|CARDINAL|5.6:magnitude] <shook|shake|VERB|subj:earthquake,obj:island,=ROOT> Varno island on [Sunday|DATE|2031-08-03], <injuring|injure|VERB|obj:people> [five people|CARDINAL|5:person] and damaging homes.
Aftershocks followed on Monday.""",
    "2031-08-04",
)


def test_a_toll_revised_beside_one_measure_is_one_happening() -> None:
    """A 5.6 quake "injuring two people" and a 5.6 quake "injuring five people": the
    measure both state says one quake, the counts are a toll revised from report to report.
    Without a measure in common, or with two measures, the counts still set them apart."""

    def f(text: str, value: float, unit: str) -> Figure:
        return Figure(article="a", text=text, value=value, unit=unit, qualifier="exact")  # type: ignore[arg-type]

    two, five = f("two people", 2, "person"), f("five people", 5, "person")
    small, large = f("5.6", 5.6, "magnitude"), f("6.1", 6.1, "magnitude")
    assert not sentence_figures_conflict([small, two], [small, five], other_things=True)
    assert sentence_figures_conflict([two], [five], other_things=True)
    assert sentence_figures_conflict([small, two], [large, five], other_things=True)
    # (what a large folder's sentences state is compared as it is)
    assert sentence_figures_conflict([small, two], [small, five])
    result = link_alone(TOLL_1, TOLL_2)
    assert joined(result, TOLL_1[0], TOLL_2[0]), [e.title for e in result.events]


# Two outlets whose articles differ in all but one sentence, told in the same words.
REHAB_1 = (
    "rehab-weekly",
    """# Singer cancels tour dates
[Ivo Brandt|PERSON|ivo-brandt] has <checked|check|VERB|subj:Brandt,~in,prep:into:Center> into the Harrow Recovery Center, his agent said.
The tour was to open in spring with six shows in northern cities.""",
    "2031-06-02",
)
REHAB_2 = (
    "rehab-blog",
    """# Fans react online
Singer [Ivo Brandt|PERSON|ivo-brandt] has <checked|check|VERB|subj:Brandt,~in,prep:into:Center> into the Harrow Recovery Center, his agent said on a radio show.
Messages of support filled the comment pages overnight.""",
    "2031-06-03",
)


def _small_happenings(*docs: Doc, one: bool = False) -> list[set[int]]:
    """The small-folder happenings of ``docs``, each article its own tight sub-story (or,
    ``one``, all in one): the articles each happening's sentences are in."""
    built = [make(i, t, d) for i, t, d in docs]
    articles = [article_features(a.id, a.text, n, PARAMS) for a, n in built]
    for number, a in enumerate(articles):
        a.substory = 0 if one else number
    vectors, _ = tfidf([bag(a, PARAMS) for a in articles])
    stats = corpus_stats(articles)
    block = list(range(len(articles)))
    found = story_happenings(articles, block, stats, sentence_idf(articles, block), vectors)
    return [{i for i, _ in h.sentences} for h in found]


def test_a_sentence_told_in_the_same_words_of_one_person_crosses_sub_stories() -> None:
    """Two articles that their words set in different sub-stories: a sentence both tell in
    the same words, of the same person, is one happening; worded alike but of no one in
    common, it is not."""
    assert {0, 1} in _small_happenings(REHAB_1, REHAB_2)
    unnamed = (
        REHAB_2[0],
        REHAB_2[1].replace("[Ivo Brandt|PERSON|ivo-brandt]", "Otto").replace(":Brandt", ":Otto"),
        REHAB_2[2],
    )
    assert {0, 1} not in _small_happenings(REHAB_1, unnamed)


# Two reports of one bombing whose first sentences name different organisations.
BOMB_1 = (
    "bomb-wire",
    """# Two killed as bomb explodes at bank
A bomb <exploded|explode|VERB|subj:bomb,prep:at:branch,=ROOT> at a [Caldera Bank|ORG|caldera-bank] branch in [Harlow|GPE|harlow] on [Friday|DATE|2031-12-12], <killing|kill|VERB|obj:officer> a police officer and a bomb technician.
The branch had received a warning call an hour before.""",
    "2031-12-13",
)
BOMB_2 = (
    "bomb-local",
    """# Harlow mourns officer
A [Harlow Police Department|ORG|harlow-police-department] officer and a bomb technician were <killed|kill|VERB|subj:officer,=ROOT> when a bomb <exploded|explode|VERB|subj:bomb,prep:at:bank> at a bank in [Harlow|GPE|harlow] late in the week.
The police chief remains in hospital.""",
    "2031-12-13",
)


def test_who_a_small_folders_articles_open_on_sets_no_sentences_apart() -> None:
    """A bank in one report's first sentence, the police in the other's: in a small folder
    who an article is about rests on a mention or two, and the sentences' own people and
    figures say whether they tell one happening."""
    assert {0, 1} in _small_happenings(BOMB_1, BOMB_2, one=True)


# Two reports of one fire, each closing on the police's appeal for witnesses.
APPEAL_1 = (
    "fire-local",
    """# Fire destroys Varno warehouse
A <fire|fire|NOUN|^verb-noun> <destroyed|destroy|VERB|subj:fire,obj:warehouse,=ROOT> the old warehouse in [Varno|GPE|varno] on [Tuesday|DATE|2031-03-04].
Anyone with information about the <fire|fire|NOUN|^verb-noun> is <asked|ask|VERB|=ROOT> to call police on 0845 125 2222.""",
    "2031-03-04",
)
APPEAL_2 = (
    "fire-daily",
    """# Warehouse lost in overnight blaze
The <fire|fire|NOUN|^verb-noun> <destroyed|destroy|VERB|subj:fire,obj:warehouse,=ROOT> a warehouse in [Varno|GPE|varno] early on [Tuesday|DATE|2031-03-04], police said.
Anyone with information about the <fire|fire|NOUN|^verb-noun> is <asked|ask|VERB|=ROOT> to call police or Crimestoppers.""",
    "2031-03-05",
)


@pytest.mark.parametrize(
    ("sentence", "appeal"),
    [
        ("Anyone with information is asked to call police on 0845 125 2222.", True),
        ('"Anybody who saw the crash should contact us," a spokesman said.', True),
        ("Witnesses are urged to come forward.", True),
        ("Police are appealing for witnesses to the attack.", True),
        (
            "Palmer police ask anyone with information about how the fire started to call "
            "Sgt. Roe at 745-4811.",
            True,
        ),
        ("Detectives urged witnesses to contact the incident room.", True),
        ("Police urged residents to stay indoors.", False),
        ("The union asked members to vote against the offer.", False),
        ("The president appealed for calm after the verdict.", False),
        ("Police were called to the scene at 3 a.m.", False),
        ("She asked to see the documents.", False),
    ],
)
def test_an_appeal_to_readers_is_told_apart(sentence: str, appeal: bool) -> None:
    assert is_appeal(sentence) is appeal


@pytest.mark.parametrize(
    ("sentence", "stock"),
    [
        ("Ministry officials were unavailable for immediate comment.", True),
        ("A spokesman for the company had no immediate comment.", True),
        ("Spokesmen at both firms could not immediately be reached for comment.", True),
        ("The bank declined to comment on the report.", True),
        ("Ms Roe didn't return a call seeking further comment.", True),
        ("The union's leaders were not available for comment today.", True),
        ("Harlan Corp has made no comment on the offer.", True),
        ("The bank declined comment, but said it stood by its offer.", False),
        ("Harlan said it would buy the unit but declined to comment on the price.", False),
        ("Asked about the deal, Roe declined to comment.", False),
        ("He refused to comment on a report that the plant would close next month.", False),
        ("BANK HAS NO COMMENT ON MERGER TALKS", False),
        ("The minister commented on the figures at a news conference.", False),
    ],
)
def test_a_refusal_to_comment_is_told_apart(sentence: str, stock: bool) -> None:
    """Someone not commenting tells no happening (however many reports carry the line);
    a line that says more, or a headline, tells what it says."""
    assert is_no_comment(sentence) is stock


def test_an_appeal_for_witnesses_is_no_passage() -> None:
    """Two reports of one fire: the fire is one event, and the lines asking readers to call
    the police, worded alike in both, are in no event."""
    result = link_alone(APPEAL_1, APPEAL_2)
    assert joined(result, APPEAL_1[0], APPEAL_2[0]), [e.title for e in result.events]
    texts = [m.text for e in result.events for m in e.mentions]
    assert not [t for t in texts if t.startswith("Anyone")], texts
    # Word for word the same in both (the police's statement copied): still no event.
    appeal = APPEAL_1[1].splitlines()[-1]
    copied = (APPEAL_2[0], "\n".join([*APPEAL_2[1].splitlines()[:-1], appeal]), APPEAL_2[2])
    result = link_alone(APPEAL_1, copied)
    texts = [m.text for e in result.events for m in e.mentions]
    assert not [t for t in texts if t.startswith("Anyone")], texts


# Two reports of one arrest; below the leads, sentences that tell no act of their own.
DUI_1 = (
    "dui-wire",
    """# Hawks receiver arrested
Police <arrested|arrest|VERB|obj:Marlow,=ROOT> Hawks receiver [Vince Marlow|PERSON|vince-marlow] on [Tuesday|DATE|2031-12-09] on suspicion of drunk driving.
The team plays its last home game on Sunday.
Tickets are sold out.
The stadium holds sixty thousand.
[Vince Marlow|PERSON|vince-marlow], the Hawks receiver, is in his fourth season with the team.""",
    "2031-12-09",
)
DUI_2 = (
    "dui-daily",
    """# Marlow held on drunk driving charge
The Hawks receiver [Vince Marlow|PERSON|vince-marlow] was <arrested|arrest|VERB|obj:Marlow,=ROOT> early on [Tuesday|DATE|2031-12-09] on suspicion of drunk driving, police said.
He was released in the morning.
The league has not commented.
Fans gathered outside the stadium.
"[Vince|PERSON|vince-marlow] is a good kid and the Hawks receiver we know," his coach said.""",
    "2031-12-10",
)


def test_a_sentence_that_tells_no_act_below_the_lead_joins_no_event() -> None:
    """The arrest is one event; a line of background or a coach's comment below the lead,
    telling no act of its own, is not its passage however many words it shares."""
    result = link_alone(DUI_1, DUI_2)
    assert joined(result, DUI_1[0], DUI_2[0]), [e.title for e in result.events]
    texts = [m.text for e in result.events for m in e.mentions]
    assert not [t for t in texts if "fourth season" in t or "good kid" in t], texts


# Two reports of a weekend's deaths on one mountain; below each lead, the day before's fall
# of someone else, told in other words and naming no one.
FALL_1 = (
    "fall-wire",
    """# Climber killed on Mount Orvel
A climber <died|die|VERB|subj:climber,time:Saturday,=ROOT> on [Saturday|DATE|2031-06-14] after a long <fall|fall|NOUN|prep:on:Orvel> on [Mount Orvel|LOC|mount-orvel].
Rescue teams reached the hut at dawn.
The upper routes stay shut.
The first <fall|fall|NOUN|time:Friday> of the weekend came on [Friday|DATE|2031-06-13] near the glacier.""",
    "2031-06-15",
)
FALL_2 = (
    "fall-daily",
    """# Second death on Orvel
A mountaineer <died|die|VERB|subj:mountaineer,time:Saturday,=ROOT> on [Saturday|DATE|2031-06-14] on [Mount Orvel|LOC|mount-orvel], police said.
Weather had closed the upper routes.
The park is busy in June.
On [Friday|DATE|2031-06-13] a guide <slipped|slip|VERB|subj:guide,time:Friday> and <fell|fall|VERB|subj:guide,time:Friday> from a ridge.""",
    "2031-06-15",
)


def test_two_sentences_dating_one_kind_of_happening_to_one_day_tell_it() -> None:
    """Below the leads, two sentences that tell a fall and date it to the same Friday are
    one happening's passages, though they name no one and share few words; neither joins
    the Saturday death."""
    result = link_alone(FALL_1, FALL_2)
    friday = [
        e for e in result.events if any(m.text.startswith("The first fall") for m in e.mentions)
    ]
    assert friday, [e.title for e in result.events]
    texts = {m.text for m in friday[0].mentions}
    assert any(t.startswith("On Friday a guide") for t in texts), texts
    assert not any("Saturday" in t for t in texts), texts


# Four reports of a weekend's falls on one mountain: three headlines tell the falls; three
# reports add, below their leads, what one climber wore.
_FALLS = [
    ("# Two climbers fall to their deaths on Mount Orvel", "Two climbers"),
    ("# Climbers killed in Orvel falls", "Two mountaineers"),
    ("# Deadly weekend on Mount Orvel", "Two climbers"),
]
CLIMB = [
    (
        f"climb-{n}",
        f"""{headline}
{who} <fell|fall|VERB|subj:{who.split()[1]},=ROOT> from a ridge on [Mount Orvel|LOC|mount-orvel] on [Saturday|DATE|2031-06-14].
Rescue teams reached the hut at dawn.
The upper routes stay shut.
The park is busy in June.
[Ivo Brandt|PERSON|ivo-brandt] <wore|wear|VERB|subj:Brandt,obj:crampons> crampons but had little experience.""",
        "2031-06-15",
    )
    for n, (headline, who) in enumerate(_FALLS)
] + [
    (
        "climb-guide",
        """# Guides urge caution on Orvel
Guides asked climbers to check the weather before setting out.
Huts open at seven.
The park issues permits online.
Two climbers <fell|fall|VERB|subj:climbers> from a ridge on [Mount Orvel|LOC|mount-orvel] on [Saturday|DATE|2031-06-14].""",
        "2031-06-16",
    )
]


def test_a_small_folders_story_is_titled_by_what_its_headlines_tell() -> None:
    """The story of a small folder is titled by the event its headlines tell (the falls),
    not by a detail three reports add below their leads (what one climber wore), however
    much better its rank (a rare verb, a person named); elsewhere the rank decides."""
    built = [make(i, t, d) for i, t, d in CLIMB]
    features = [article_features(a.id, a.text, n, PARAMS) for a, n in built]
    of_index = {f.article: n for n, f in enumerate(features)}

    def event(name: str, pick: int) -> Event:
        mentions = []
        for f in features:
            k = pick if pick >= 0 else len(f.sentences) + pick
            s = f.sentences[k]
            if pick == 0 and f.article == "climb-guide":
                continue  # (the guide's headline tells no fall)
            mentions.append(Mention(article=f.article, start=s.start, end=s.end, text=""))
        return Event(id=name, title=name, mentions=tuple(mentions))

    falls, crampons = event("falls", 0), event("crampons", -1)
    events = [falls, crampons]
    ranks = [3.0, 9.0]
    assert story_event(ranks, events, features, of_index, PARAMS, headlines_first=True) == 0
    assert story_event(ranks, events, features, of_index, PARAMS) == 1
    result = link_alone(*CLIMB)
    assert [s.title for s in result.stories] == ["Climbers fall · Mount Orvel · 2031-06"]


def test_a_story_is_titled_by_its_event_as_it_reads_on_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What tells an event from a sibling that reads the same ("Damage to the church
    (Republican)") tells nothing of the story: the story takes the event's own title."""
    import tui.core.events.linking as linking

    def told_apart(articles: object, events: list[Event], where: object = None) -> list[str]:
        return [f"{e.title} (Sibling)" for e in events]

    monkeypatch.setattr(linking, "tell_apart", told_apart)
    result = link_alone(*CLIMB)
    assert all(e.title.endswith("(Sibling)") for e in result.events)
    assert [s.title for s in result.stories] == ["Climbers fall · Mount Orvel · 2031-06"]


# Two reports of a shooting; one is a memorial page that opens on lines of names only.
MEMORIAL = (
    "memorial-page",
    """# Officer Down
[Ivo Brandt|PERSON|ivo-brandt]
[Varno County|GPE|varno-county], [Orvale|GPE|orvale]
Officer [Ivo Brandt|PERSON|ivo-brandt] was <shot|shoot|VERB|obj:Brandt,time:Friday,=ROOT> on [Friday|DATE|2031-06-13] in [Varno County|GPE|varno-county].
He had served for 15 years.""",
    "2031-06-14",
)
SHOOTING = (
    "shooting-daily",
    """# Varno officer shot dead
Officer [Ivo Brandt|PERSON|ivo-brandt] was <shot|shoot|VERB|obj:Brandt,time:Friday,=ROOT> and killed on [Friday|DATE|2031-06-13] in [Varno County|GPE|varno-county], [Orvale|GPE|orvale].
The gunman fled on foot.""",
    "2031-06-14",
)


def test_a_line_of_names_only_is_in_no_event() -> None:
    """A page's heading lines that only name someone or somewhere ("Ivo Brandt", "Varno
    County, Orvale") tell no happening, though they open the page and share its names;
    nor does a heading line naming an office the model did not take for a name (no end
    punctuation: its capitalised words are a name's)."""
    result = link_alone(MEMORIAL, SHOOTING)
    assert joined(result, MEMORIAL[0], SHOOTING[0]), [e.title for e in result.events]
    texts = [m.text for e in result.events for m in e.mentions]
    assert "Ivo Brandt" not in texts and "Varno County, Orvale" not in texts, texts
    office = (
        MEMORIAL[0],
        MEMORIAL[1].replace(
            "[Ivo Brandt|PERSON|ivo-brandt]\n",
            "[Varno County|GPE|varno-county] Sheriff's Department, [Orvale|GPE|orvale]\n",
            1,
        ),
        MEMORIAL[2],
    )
    result = link_alone(office, SHOOTING)
    texts = [m.text for e in result.events for m in e.mentions]
    assert not any(t.startswith("Varno County Sheriff") for t in texts), texts


# Two reports of an office shooting on a Monday; one recalls, below its lead, a mall
# shooting of February somewhere else, its date on another verb than the killing's.
OFFICE_WIRE = (
    "office-wire",
    """# Gunman kills receptionist at Varno office
A fired accountant <shot|shoot|VERB|obj:receptionist,time:Monday,=ROOT> a receptionist dead and <wounded|wound|VERB|obj:managers> two managers on [Monday|DATE|2031-04-07] at an office in [Varno|GPE|varno].
The gunman fled in his car.
In [February|DATE|2031-02], a gunman <opened|open|VERB|time:February> fire at a mall in [Orvale|GPE|orvale] and <killed|kill|VERB|obj:people> five people.""",
    "2031-04-08",
)
OFFICE_DAILY = (
    "office-daily",
    """# Varno office shooting leaves one dead
A receptionist was <killed|kill|VERB|obj:receptionist,time:Monday,=ROOT> and two managers <wounded|wound|VERB|obj:managers> when a former employee opened fire on [Monday|DATE|2031-04-07] in [Varno|GPE|varno].
Police arrested the man hours later.""",
    "2031-04-08",
)


def test_a_happening_recalled_below_the_lead_on_another_date_is_not_told_again() -> None:
    """A later sentence telling the event's kind of happening again joins it as told
    again, unless a date it gives is apart from every day its article's lead gives: the
    February mall shooting is no passage of Monday's."""
    result = link_alone(OFFICE_WIRE, OFFICE_DAILY)
    assert joined(result, OFFICE_WIRE[0], OFFICE_DAILY[0]), [e.title for e in result.events]
    texts = [m.text for e in result.events for m in e.mentions]
    assert not [t for t in texts if t.startswith("In February")], texts


def _one_fire_told_by(outlets: int) -> list[Doc]:
    """``outlets`` reports of one market-hall fire, each in words of its own (no two are
    copies): an adjective, a verb and a name for the building, combined."""
    adjectives = ["huge", "large", "major", "fierce", "serious"]
    verbs = [
        ("has gutted", "gut"),
        ("destroyed", "destroy"),
        ("swept through", "sweep"),
        ("ravaged", "ravage"),
        ("wrecked", "wreck"),
        ("tore through", "tear"),
    ]
    halls = ["covered market hall", "old market hall", "market building", "Victorian market"]
    docs = []
    for n in range(outlets):
        adjective = adjectives[n % len(adjectives)]
        surface, lemma = verbs[n % len(verbs)]
        hall = halls[n % len(halls)]
        docs.append(
            (
                f"outlet-{n:02d}",
                f"""# {adjective.title()} <fire|fire|NOUN|^verb-noun> at Brellow {hall}
A {adjective} <fire|fire|NOUN|^verb-noun,prep:in:Brellow> <{surface}|{lemma}|VERB|subj:fire> the {hall} in [Brellow|GPE|brellow] early on [Sunday|DATE|2031-03-14].
Outlet {n} spoke to traders who said they had lost their stock.""",
                "2031-03-14",
            )
        )
    return docs


def test_a_folder_of_many_reports_of_a_few_stories_links_as_a_small_one() -> None:
    """Twenty-four reports of one fire are more articles than ``Params.min_corpus``, but
    they tell one story: the folder's statistics cannot say which triggers are rare ("fire"
    is in every report, its least rare word), so its events link on the sentences' own
    evidence, as a small folder's do, and every report's lead is a passage of the fire's
    event (one a story: the finder makes two of the reports naming the hall apart)."""
    docs = _one_fire_told_by(24)
    result = link_alone(*docs)
    told = {m.article for e in result.events for m in e.mentions}
    assert told == {i for i, _, _ in docs}
    assert all(len({m.article for m in e.mentions}) >= 10 for e in result.events)
    assert len(result.events) == len(result.stories)


def test_a_corpus_of_few_stories_is_small_whatever_its_size() -> None:
    features = [article_features(*_annotated(i, t, d)) for i, t, d in _one_fire_told_by(24)]
    # (no stories found: each article counts as one)
    assert not corpus_stats(features).small()
    assert corpus_stats(features, stories=1).small()
    assert not corpus_stats(features, stories=PARAMS.min_corpus).small()
    assert corpus_stats(features[:5], stories=5).small()


def _annotated(article_id: str, marked: str, day: str | None) -> tuple[str, str, ArticleAnnotation]:
    article, annotation = make(article_id, marked, day)
    return article.id, article.text, annotation


def test_a_line_that_only_dates_the_page_joins_no_event_of_a_small_folder() -> None:
    """A page's "21 July 2031 Last updated at 11:11 GMT" above its headline is furniture in
    a small folder as in a large one: three pages updated the same week make no event of
    their dates, while their reports of one fire make one."""
    docs = [
        (
            f"page-{n}",
            f"""[2{n} July 2031|DATE|2031-07-2{n}] Last <updated|update|VERB> at 1{n}:11 GMT
# {title}
A <fire|fire|NOUN|^verb-noun,prep:in:Brellow> <destroyed|destroy|VERB|subj:fire,obj:hall> the market hall in [Brellow|GPE|brellow] on [Sunday|DATE|2031-07-20].
{tail}""",
            f"2031-07-2{n}",
        )
        for n, (title, tail) in enumerate(
            [
                ("Market hall fire", "Traders said they had lost their stock."),
                ("Blaze guts Brellow market", "Crews stayed at the scene all night."),
                ("Brellow fire: arson suspected", "Police are asking for witnesses."),
            ]
        )
    ]
    result = link_alone(*docs)
    dated = [e.title for e in result.events if any(m.start == 0 for m in e.mentions)]
    assert dated == [], dated
    assert any(len({m.article for m in e.mentions}) == 3 for e in result.events)


# One appointment told by two outlets, each closing on a line that shares only a light
# verb's word with the other's ("moves"): a call to readers and a promise.
NAMED_1 = (
    "named-wire",
    """# Council names Dana Hale harbour chief
The [Orvale|GPE|orvale] council <named|name|VERB|subj:council,obj:Hale> [Dana Hale|PERSON|dana-hale] harbour chief on [Monday|DATE|2031-03-03].
Readers, start making your <Moves|move|NOUN|> today!""",
    "2031-03-04",
)
NAMED_2 = (
    "named-blog",
    """# Hale to run Orvale harbour
The council <named|name|VERB|subj:council,obj:Hale> [Dana Hale|PERSON|dana-hale] to run the [Orvale|GPE|orvale] harbour on [Monday|DATE|2031-03-03].
These are promises we keep as the plan <moves|move|VERB|subj:plan> forward.""",
    "2031-03-04",
)


def test_a_light_verbs_word_alone_ties_no_two_sentences() -> None:
    result = link_alone(NAMED_1, NAMED_2)
    assert joined(result, NAMED_1[0], NAMED_2[0]), [e.title for e in result.events]
    for e in result.events:
        quoted = " | ".join(m.text for m in e.mentions)
        assert not ("your Moves" in quoted and "plan moves" in quoted), e.title


# Three reports of a shooting at a mill, each telling in its body that the owner closed it.
MILL = [
    (
        "mill-wire",
        """# Gunman kills two at Velm mill
A worker <opened|open|VERB|subj:worker,obj:fire> fire at the [Velm|GPE|velm] mill on [Thursday|DATE|2031-06-05], <killing|kill|VERB|obj:colleagues> two colleagues.
[Tarn Foods|ORG|tarn-foods] <closed|close|VERB|subj:Foods,obj:mill> the mill until further notice.""",
        "2031-06-06",
    ),
    (
        "mill-paper",
        """# Two dead in Velm mill shooting
Two workers were <shot|shoot|VERB|obj:workers> dead at a mill in [Velm|GPE|velm] on [Thursday|DATE|2031-06-05].
[Tarn Foods|ORG|tarn-foods] <closed|close|VERB|subj:Foods,obj:mill> the mill until further notice.""",
        "2031-06-06",
    ),
]


@pytest.mark.parametrize(
    ("title", "trigger", "other"),
    [
        # the act the title tells is in no headline: the headlines tell another
        ("Tarn Foods closes mill · Velm · 2031-06", "close", True),
        # its act is in a headline; its title is a headline
        ("Worker kills colleagues · Velm · 2031-06", "kill", False),
        ("Gunman kills two at Velm mill · 2031-06", "gunman", False),
    ],
)
def test_headlines_that_tell_another_act_than_the_title(
    title: str, trigger: str, other: bool
) -> None:
    from tui.core.events.linking import _headlines_tell_other
    from tui.core.events.overlap import Ranked
    from tui.core.events.titles import Title

    built = [make(i, t, d) for i, t, d in MILL]
    features = [article_features(a.id, a.text, n) for a, n in built]
    heads = [
        Mention(article=a.id, start=s.start, end=s.end, text=a.text[s.start : s.end])
        for (a, n) in built
        for s in n.sentences
        if s.headline
    ]
    event = Event(id="e", title=title, mentions=tuple(heads))
    ranked = Ranked(event, 1.0, Title(text=title, trigger=trigger))
    told = _headlines_tell_other(features, {a.id: x for x, (a, _) in enumerate(built)}, ranked)
    assert bool(told) == other, told


def test_what_a_film_is_based_on_ties_no_two_reports() -> None:
    """Two reports of two happenings, a director hired and a director leaving, both say
    the film "is based on the second book": what a thing is based on is no happening, and
    the two reports' sentences of it make no event (an ECB+ folder's "Moon based")."""
    hired = (
        "film-hired",
        """# Studio hires director
The studio <hired|hire|VERB|subj:studio,obj:Vance> [Eli Vance|PERSON|eli-vance] for the sequel.
The sequel is <based|base|VERB|obj:sequel,!passive> on the second book by [Stephenie Meyer|PERSON|stephenie-meyer].""",
        "2031-11-10",
    )
    left = (
        "film-left",
        """# Director leaves
[Ada Roe|PERSON|ada-roe] <left|leave|VERB|subj:Roe,obj:project> the project after a dispute.
The film is <based|base|VERB|obj:film,!passive> on the second book by [Stephenie Meyer|PERSON|stephenie-meyer].""",
        "2031-11-08",
    )
    assert "base" in vocabulary().not_events
    result = link_alone(hired, left)
    assert not joined(result, hired[0], left[0]), [e.title for e in result.events]


# One march told by three reports; one quotes a marcher whose "if people don't protest"
# tells no protest, and one tells the markets' "reaction" beside a speaker's denied one.
MARCH: tuple[Doc, ...] = (
    (
        "march-wire",
        """# Thousands march in Varno against cuts
Thousands <protested|protest|VERB|subj:Thousands> in [Varno|GPE|varno] on [Wednesday|DATE|2031-05-07] against the spending cuts.
"If people don't <protest|protest|VERB|subj:people,!neg> now, how will anything change?" a teacher said.""",
        "2031-05-07",
    ),
    (
        "march-paper",
        """# Varno protest draws thousands
Tens of thousands <protested|protest|VERB|subj:thousands> against the cuts in [Varno|GPE|varno] on [Wednesday|DATE|2031-05-07].
Stocks fell as markets <reacted|react|VERB|subj:markets> with alarm.""",
        "2031-05-07",
    ),
    (
        "march-radio",
        """# Crowds fill Varno streets
Crowds <protested|protest|VERB|subj:Crowds> in [Varno|GPE|varno] on [Wednesday|DATE|2031-05-07] over the cuts.
Thousands would not have <protested|protest|VERB|subj:Thousands,!neg,!modal> in [Varno|GPE|varno] on [Wednesday|DATE|2031-05-07] without the unions, organisers said.
"The government will not listen if unions do not <react|react|VERB|subj:unions,!neg>," a union leader said.""",
        "2031-05-07",
    ),
)


def test_a_denied_happening_is_no_passage_of_one_told_done() -> None:
    # (a reader's folder on one march: the three reports alone)
    result = link_alone(*MARCH)
    texts = {d[0]: make(*d)[0].text for d in MARCH}
    assert all(
        mentioned(result, doc, "protested", texts[doc]) for doc in ("march-wire", "march-paper")
    ), [e.title for e in result.events]
    march = set(mentioned(result, "march-paper", "protested", texts["march-paper"]))
    assert not set(mentioned(result, "march-wire", "If people", texts["march-wire"])) & march
    # (denied with a modal, what would have been: it may tell the march itself)
    assert set(mentioned(result, "march-radio", "Thousands would", texts["march-radio"])) & march
    # a denied "react" is no passage of the markets' reaction
    reacted = set(mentioned(result, "march-paper", "Stocks fell", texts["march-paper"]))
    denied = set(mentioned(result, "march-radio", "The government", texts["march-radio"]))
    assert not reacted & denied, (reacted, denied)


@pytest.mark.parametrize(
    ("text", "verb", "way"),
    [
        ("She checked into the clinic.", "checked", "in"),
        ("She checked herself into the clinic.", "checked", "in"),
        ("She checked in on Friday.", "checked", "in"),
        ("She checked out of the clinic.", "checked", "out"),
        ("The chairman stepped down on Monday.", "stepped", "down"),
        ("Police stepped up patrols.", "stepped", "up"),
        ("She checked the list.", "checked", None),
    ],
)
def test_a_phrasal_verbs_particle_says_which_way_it_goes(
    text: str, verb: str, way: str | None
) -> None:
    trigger = TriggerFeatures(verb[:-2], "VERB", "verb", text.index(verb), None, ())
    assert particle_way(text, trigger) == way
    assert particle_way(text, replace(trigger, pos="NOUN")) is None


def test_particles_going_opposite_ways_are_two_acts() -> None:
    assert ways_apart(["in"], ["out"])
    assert ways_apart(["down"], ["up"])
    assert not ways_apart(["in"], ["in"])
    assert not ways_apart(["in", "out"], ["out"])  # (one told both ways: no evidence apart)
    assert not ways_apart([], ["out"])
    assert not ways_apart(["in"], ["down"])


# An actress's month in a clinic told by three reports: two of her checking in, one of
# her checking out a month on (a folder of her stays).
CLINIC: tuple[Doc, ...] = (
    (
        "clinic-in-1",
        """# Actress checks into Orvale clinic
[Ann Roe|PERSON|ann-roe] <checked|check|VERB|subj:Roe> into the Orvale clinic in [Tarn|GPE|tarn] on [Thursday|DATE|2031-05-01], her lawyer said.""",
        "2031-05-02",
    ),
    (
        "clinic-in-2",
        """# Ann Roe enters clinic
[Ann Roe|PERSON|ann-roe] <checked|check|VERB|subj:Roe> herself into the Orvale clinic in [Tarn|GPE|tarn] late on [Thursday|DATE|2031-05-01].""",
        "2031-05-02",
    ),
    (
        "clinic-out",
        """# Ann Roe leaves Orvale clinic
[Ann Roe|PERSON|ann-roe] has <checked|check|VERB|subj:Roe> out of the Orvale clinic in [Tarn|GPE|tarn] after a 30-day stay, her lawyer said.""",
        "2031-06-03",
    ),
)


def test_checking_out_is_no_passage_of_checking_in() -> None:
    result = link_alone(*CLINIC)
    assert joined(result, "clinic-in-1", "clinic-in-2"), [e.title for e in result.events]
    assert not joined(result, "clinic-in-1", "clinic-out"), [e.title for e in result.events]
    assert not joined(result, "clinic-in-2", "clinic-out"), [e.title for e in result.events]
