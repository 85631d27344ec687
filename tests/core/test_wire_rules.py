"""The wire rules of happenings.py, one by one, on hand-written wire copy (no spaCy): a
person's title, a describing participle, the datelines' days, a template's boilerplate,
the countries of a template's places."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from tests.core.linking_corpus import (
    WIRE_BOND_AMBER,
    WIRE_BOND_AMBER_2,
    WIRE_BOND_NORDA,
    WIRE_BRENN_BANK,
    WIRE_FEES,
    WIRE_FEES_2,
    WIRE_RESULTS_STORY,
    WIRE_RESULTS_TABLE,
    WIRE_SALE_EGYPT,
    WIRE_SALE_MOROCCO,
    WIRE_STOCKS_FRIDAY,
    WIRE_STOCKS_MONDAY,
    WIRE_VELT_NOTES,
    WIRE_WARNING,
    WIRE_WARNING_AGAIN,
    WIRE_WEATHER_ARGENTINA,
    WIRE_WEATHER_BRAZIL,
    WIRE_YIELD_LONG,
    WIRE_YIELD_SHORT,
)
from tests.core.linking_world import dated_features, fillers, make
from tui.core.events import happenings as h
from tui.core.events.concepts import corpus_stats
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    article_features,
    filed_after,
    filed_days_apart,
    unit_of,
)
from tui.core.events.stories import headline_country_words
from tui.core.model.schema import Entity

Doc = tuple[str, str, str | None]


def features(*docs: Doc) -> list[ArticleFeatures]:
    out = []
    for i, t, d in docs:
        article, annotation = make(i, t, d)
        out.append(article_features(article.id, article.text, annotation, PARAMS))
    return out


def sentences(*docs: Doc) -> tuple[list[ArticleFeatures], list[h._Sentence]]:
    """The docs' sentences as a large folder's linking sees them (fillers for the
    statistics)."""
    feats = features(*docs, *fillers())
    df: Counter[str] = Counter()
    for f in feats:
        df.update({w for words in f.words for w in words})
    idf = {w: math.log(len(feats) / c) for w, c in df.items()}
    recs, _, _ = h._sentences(feats, range(len(docs)), corpus_stats(feats), idf, PARAMS)
    return feats, recs


def story_of(*docs: Doc) -> list[h.Happening]:
    """The happenings of the docs as one story of a large folder (other news for the
    statistics: Params.min_corpus articles at least)."""
    from tui.core.events.features import bag, tfidf

    articles = features(*docs, WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    assert len(articles) >= PARAMS.min_corpus
    vectors, _ = tfidf([bag(a) for a in articles])
    word_df: Counter[str] = Counter()
    for f in articles:
        word_df.update({w for words in f.words for w in words})
    word_idf = {w: math.log(len(articles) / c) for w, c in word_df.items()}
    block = list(range(len(docs)))
    return h.story_happenings(articles, block, corpus_stats(articles), word_idf, vectors)


def lead(recs: list[h._Sentence], article: int) -> h._Sentence:
    """The sentence that opens with the article's dateline (the lead: after the headline)."""
    return next(r for r in recs if r.article == article and r.k == 1)


@pytest.mark.parametrize(
    ("doc", "title"),
    [(WIRE_BRENN_BANK, "finance"), (WIRE_VELT_NOTES, "central-bank")],
    ids=["minister", "governor"],
)
def test_an_organisation_named_as_a_persons_title_is_the_person(doc: Doc, title: str) -> None:
    (a,) = features(doc)
    assert h._titles(a, 1) == {title}
    assert h._article_titles(a) == {title}
    _, recs = sentences(doc)
    assert title not in lead(recs, 0).specific


@pytest.mark.parametrize(
    "line",
    [
        # a verb between: the organisation acts, the person is another
        "KORSA, July 2 - The [Grain Board|ORG|grain-board] <told|tell|VERB|subj:Board> "
        "[Ana Velt|PERSON|ana-velt] the sale was off.",
        # a comma and a list: two doers
        "KORSA, July 2 - [Kessel Securities|ORG|kessel-securities], [Ana Velt|PERSON|ana-velt] "
        "and two others were charged.",
    ],
    ids=["verb", "list"],
)
def test_an_organisation_beside_a_person_is_no_title(line: str) -> None:
    (a,) = features(("doc", "# HEADLINE WORDS HERE\n" + line, None))
    assert h._titles(a, 1) == frozenset()


def test_a_participle_describing_a_noun_tells_no_happening() -> None:
    doc = (
        "wire-privatise",
        """# STATE GROUP TO BE PRIVATISED IN MAY
PARIS, March 5 - The state-<owned|own|VERB|=amod> [Corvane Group|ORG|corvane-group] is likely to be <privatised|privatise|VERB|obj:Group> in May, sources <said|say|VERB|subj:sources>.
The group <owns|own|VERB|subj:group,obj:plants> four plants.""",
        None,
    )
    _, recs = sentences(doc)
    first, second = lead(recs, 0), next(r for r in recs if r.k == 2)
    assert first.concepts["own"].modifier
    assert not first.concepts["privatise"].modifier
    assert not second.concepts["own"].modifier


@pytest.mark.parametrize(
    ("doc", "day"),
    [(WIRE_STOCKS_FRIDAY, 162), (WIRE_YIELD_SHORT, 130), (WIRE_BOND_NORDA, 65)],
    ids=["june", "may", "march"],
)
def test_a_datelines_day(doc: Doc, day: int) -> None:
    (a,) = features(doc)
    assert a.filed_on == day


def test_days_round_the_turn_of_the_year() -> None:
    assert filed_days_apart(366, 1) == 1
    assert filed_days_apart(100, 103) == 3


@pytest.mark.parametrize(
    ("docs", "apart"),
    [
        ((WIRE_STOCKS_FRIDAY, WIRE_STOCKS_MONDAY), True),
        ((WIRE_YIELD_SHORT, WIRE_YIELD_LONG), True),
        ((WIRE_WARNING, WIRE_WARNING_AGAIN), True),
        ((WIRE_BOND_NORDA, WIRE_BOND_AMBER), False),
    ],
    ids=["sessions", "yields", "warning", "one-day"],
)
def test_sentences_of_wire_stories_days_apart(docs: tuple[Doc, Doc], apart: bool) -> None:
    _, recs = sentences(*docs)
    a, b = lead(recs, 0), lead(recs, 1)
    assert h._days_apart(a, b, dated=False) is apart
    assert not h._days_apart(a, b, dated=True)


def test_a_lead_told_again_in_the_same_words_is_retold() -> None:
    feats, recs = sentences(WIRE_WARNING, WIRE_WARNING_AGAIN, WIRE_STOCKS_FRIDAY)
    assert h._retold(feats, lead(recs, 0), lead(recs, 1))
    assert not h._retold(feats, lead(recs, 0), lead(recs, 2))


def test_a_template_with_other_sums_is_not_retold() -> None:
    """The same words, but a sum of one unit that differs: another week's figures."""
    friday = WIRE_STOCKS_FRIDAY[1].replace("record low", "record low of [4 mln dlrs|MONEY|4000000]")
    monday = WIRE_STOCKS_FRIDAY[1].replace("record low", "record low of [9 mln dlrs|MONEY|9000000]")
    monday = monday.replace("June 10", "June 13")
    feats, recs = sentences(("friday", friday, None), ("monday", monday, None))
    assert not h._retold(feats, lead(recs, 0), lead(recs, 1))
    feats, recs = sentences(("friday", friday, None), ("friday-2", friday, None))
    assert h._retold(feats, lead(recs, 0), lead(recs, 1))


def test_a_templates_line_in_two_issuers_stories_is_boilerplate() -> None:
    feats = features(WIRE_BOND_NORDA, WIRE_BOND_AMBER, WIRE_BOND_AMBER_2)
    line = [(0, 2), (1, 2), (2, 2)]
    assert h._without_boilerplate(feats, line) == [(1, 2), (2, 2)]
    assert h._without_boilerplate(feats, [(0, 2), (1, 2)]) == []
    # (a line that names a name is no template's)
    assert h._without_boilerplate(feats, [(0, 1), (1, 1)]) == [(0, 1), (1, 1)]


@pytest.mark.parametrize(
    ("doc", "countries"),
    [
        (WIRE_WEATHER_ARGENTINA, {"AR"}),
        (WIRE_SALE_EGYPT, {"EG"}),
        (WIRE_STOCKS_FRIDAY, set()),
    ],
    ids=["weather", "sale", "none"],
)
def test_a_headlines_countries(doc: Doc, countries: set[str]) -> None:
    (a,) = features(doc)
    assert headline_country_words(a) == countries


def test_a_sentences_countries_else_its_headlines() -> None:
    _, recs = sentences(WIRE_WEATHER_BRAZIL, WIRE_SALE_MOROCCO)
    assert lead(recs, 0).countries == {"BR"}
    assert lead(recs, 1).countries == {"MA"}
    # (a sentence naming no place is where its headline says)
    assert next(r for r in recs if r.article == 1 and r.k == 2).countries == {"MA"}


def test_a_sentence_naming_no_place_is_where_its_headline_s_people_are() -> None:
    """A headline may name its country by its people's adjective only ("PERUVIAN WHEAT
    PURCHASE"): a sentence of the story naming no place is in that country."""
    doc = (
        "wire-sale-peru",
        """# PERUVIAN WHEAT PURCHASE COMPLETED
OTTAWA, April 2 - The [Grain Board|ORG|grain-board] <sold|sell|VERB|subj:Board,obj:tonnes> 90,000 tonnes of wheat for shipment in May, the board <said|say|VERB|subj:board>.
It was the third sale this year.""",
        None,
    )
    _, recs = sentences(doc)
    assert next(r for r in recs if r.article == 0 and r.k == 2).countries == {"PE"}


@pytest.mark.parametrize(
    "docs",
    [(WIRE_WEATHER_ARGENTINA, WIRE_WEATHER_BRAZIL), (WIRE_SALE_EGYPT, WIRE_SALE_MOROCCO)],
    ids=["weather", "sales"],
)
def test_one_name_and_two_countries_are_two_happenings(docs: tuple[Doc, Doc]) -> None:
    _, recs = sentences(*docs)
    a, b = lead(recs, 0), lead(recs, 1)
    assert len(a.specific & b.specific) == 1
    assert h._wire_apart(a, b, PARAMS)
    assert not h._wire_apart(a, a, PARAMS)


# One official's testimony filed as stories of two matters; one deal under two headlines.
WIRE_RATE_RISE: Doc = (
    "rate-rise",
    "# [FINANCE MINISTRY|ORG|finance-ministry]'S [ORLA|PERSON|ida-orla] HOPES LOAN RATE RISE TEMPORARY\n"
    "[KORSA|GPE|korsa], May 2 - Finance Minister [Ida Orla|PERSON|ida-orla] "
    "<said|say|VERB|subj:Orla> she hoped the banks' loan rate rise was temporary.",
    "2031-05-02",
)
WIRE_DEBTOR: Doc = (
    "debtor",
    "# [FINANCE MINISTRY|ORG|finance-ministry]'S [ORLA|PERSON|ida-orla] SAYS [VARNIA|GPE|varnia] NOT IN CRISIS\n"
    "[KORSA|GPE|korsa], May 2 - Finance Minister [Ida Orla|PERSON|ida-orla] "
    "<said|say|VERB|subj:Orla> [Varnia|GPE|varnia] was not in crisis over its debt.",
    "2031-05-02",
)
WIRE_DEAL_BUY: Doc = (
    "deal-buy",
    "# [AMBER|ORG|amber] <AMB> BUYS [NORDA|ORG|norda] <NRD> UNIT ASSETS\n"
    "[KORSA|GPE|korsa], May 2 - [Amber Corp|ORG|amber] said it obtained "
    "[150 mln dlrs|MONEY|150000000] in financing for the deal.",
    "2031-05-02",
)
WIRE_DEAL_DONE: Doc = (
    "deal-done",
    "# [AMBER|ORG|amber] <AMB> COMPLETES FLEET PURCHASE\n"
    "[KORSA|GPE|korsa], May 2 - [Amber Corp|ORG|amber] said it obtained financing from "
    "banks for [150 mln dlrs|MONEY|150000000].",
    "2031-05-02",
)
WIRE_COLUMN: Doc = (
    "column",
    "# TALKING POINT/[NORDA|ORG|norda] <NRD>\n"
    "[KORSA|GPE|korsa], May 2 - [Amber Corp|ORG|amber] extended its offer for "
    "[Norda|ORG|norda].",
    "2031-05-02",
)


def test_a_headlines_matter_leaves_out_names_tickers_light_verbs_and_a_columns_slug() -> None:
    rate, debtor, buy, done, column = features(
        WIRE_RATE_RISE, WIRE_DEBTOR, WIRE_DEAL_BUY, WIRE_DEAL_DONE, WIRE_COLUMN
    )
    assert {"loan", "rate", "rise"} <= h.headline_matter(rate)
    assert not {"orla", "hope"} & h.headline_matter(rate)
    assert "amb" not in h.headline_matter(buy)
    # a column's slug names the column: the headline says nothing of its matter
    assert h.headline_matter(column) == frozenset()
    # "BUYS" and "PURCHASE" are one family of news words
    assert h.headline_matter(buy) & h.headline_matter(done)
    assert h.headline_matters_apart(h.headline_matter(rate), h.headline_matter(debtor))
    assert not h.headline_matters_apart(h.headline_matter(column), h.headline_matter(buy))


def test_one_officials_two_matters_are_two_happenings_unless_a_figure_ties_them() -> None:
    # (what she said is no act: "said" is a light verb)
    _, recs = sentences(WIRE_RATE_RISE, WIRE_DEBTOR)
    assert not h._tied([], lead(recs, 0), lead(recs, 1), h.matters_of([]))
    feats, recs = sentences(WIRE_DEAL_BUY, WIRE_DEAL_DONE)
    assert h._tied(feats, lead(recs, 0), lead(recs, 1), h.matters_of(feats))


def test_one_act_by_one_named_doer_ties_two_headlines_of_other_words() -> None:
    # "RAISES BERTH FEES" and "LIFTS CHARGES": the board raised them in both leads
    feats, recs = sentences(WIRE_FEES, WIRE_FEES_2)
    a, b = feats[0], feats[1]
    assert h.headline_matters_apart(h.headline_matter(a), h.headline_matter(b))
    assert h._tied(feats, lead(recs, 0), lead(recs, 1), h.matters_of(feats))


def test_an_article_without_a_dateline_has_no_headline_matter() -> None:
    (web,) = features(("web", "# Minister hopes rate rise temporary\nShe said so.", None))
    assert h.headline_matter(web) == frozenset()


WIRE_RUMOUR: Doc = (
    "rumour",
    "# [DORVAL TEXTILE|ORG|dorval-textile] CALLS [BRANTFORD|ORG|brantford] REPORT RUMOUR\n"
    "[MONTREAL|GPE|montreal], May 2 - [Dorval Textile|ORG|dorval-textile] "
    "<called|call|VERB|subj:Textile,obj:report> a report that it "
    "<bought|buy|VERB|subj:it,obj:stake> a stake in [Brantford|ORG|brantford] a rumour.\n"
    "[Dorval Textile|ORG|dorval-textile] chairman [Tom Bellin|PERSON|tom-bellin] was out of "
    "town and unavailable for <comment|comment|NOUN|>, a spokesman "
    "<said|say|VERB|subj:spokesman>.",
    "2031-05-02",
)
WIRE_SPOTLIGHT: Doc = (
    "spotlight",
    "# TALKING POINT/[BRANTFORD|ORG|brantford]\n"
    "[NEW YORK|GPE|new-york], May 2 - [Brantford|ORG|brantford] shares rose on speculation "
    "that [Dorval Textiles|ORG|dorval-textiles] <bought|buy|VERB|subj:Textiles,obj:stake> a "
    "five pct stake, traders <said|say|VERB|subj:traders>.",
    "2031-05-02",
)


def test_a_sentence_tied_by_names_words_and_a_light_verb_only_is_no_passage() -> None:
    # One company under two spellings ("Dorval Textile", "Dorval Textiles"); "said" in
    # both: its chairman's absence is no passage of the stake's event.
    _, recs = sentences(WIRE_RUMOUR, WIRE_SPOTLIGHT)
    absent = next(r for r in recs if r.article == 0 and r.k == 2)
    spotlight = lead(recs, 1)
    assert h._tied_by_names_only(absent, [], [spotlight], PARAMS)
    # the rumour's lead tells the act the spotlight's lead tells: a tie beyond names
    assert not h._tied_by_names_only(lead(recs, 0), [], [spotlight], PARAMS)


# One central bank's two operations of a day, each told in the desk's template.
WIRE_REPOS: Doc = (
    "repos",
    "# [CENTRAL BANK|ORG|central-bank] ADDS RESERVES VIA OVERNIGHT REPURCHASES\n"
    "[KORSA|GPE|korsa], May 2 - The [Central Bank|ORG|central-bank] "
    "<entered|enter|VERB|subj:Bank,obj:market> the bond market to arrange overnight "
    "repurchase agreements, a spokesman said.",
    "2031-05-02",
)
WIRE_COUPONS: Doc = (
    "coupons",
    "# [CENTRAL BANK|ORG|central-bank] OFFERS TO BUY ALL COUPON ISSUES\n"
    "[KORSA|GPE|korsa], May 2 - The [Central Bank|ORG|central-bank] "
    "<entered|enter|VERB|subj:Bank,obj:market> the bond market and offered to buy all "
    "maturities of notes, a spokesman said.",
    "2031-05-02",
)


# One minister's two forecasts, two days apart, each its story's headline and lead.
WIRE_FORECAST_TRADE: Doc = (
    "forecast-trade",
    "# [VESK|PERSON|ilse-vesk] WARNS OF TRADE WAR DANGER\n"
    "[KORSA|GPE|korsa], May 2 - Trade Minister [Ilse Vesk|PERSON|ilse-vesk] "
    "<predicted|predict|VERB|subj:Vesk,obj:pass> parliament will <pass|pass|VERB|obj:bill> "
    "a reasonable trade bill this year, and warned of tougher tariffs.",
    "2031-05-02",
)
WIRE_FORECAST_HOUSING: Doc = (
    "forecast-housing",
    "# [VESK|PERSON|ilse-vesk] PREDICTS SOLID HOUSING GROWTH\n"
    "[KORSA|GPE|korsa], May 4 - Trade Minister [Ilse Vesk|PERSON|ilse-vesk] "
    "<predicted|predict|VERB|subj:Vesk,obj:year> this year will be the fifth in a row of "
    "growth in housing starts, after a rise in April.",
    "2031-05-04",
)


def test_one_persons_two_forecasts_of_two_matters_are_not_tied() -> None:
    """One doer, one verb of both leads that a headline tells ("PREDICTS"): a
    statement's verb, and one person states many things; their headlines' matters (a
    trade war, housing) keep them two happenings, as two acts of "said" would be."""
    feats, recs = sentences(WIRE_FORECAST_TRADE, WIRE_FORECAST_HOUSING)
    assert h.headline_matters_apart(h.headline_matter(feats[0]), h.headline_matter(feats[1]))
    a, b = lead(recs, 0), lead(recs, 1)
    assert not h._tied(feats, a, b, h.matters_of(feats))
    assert not h._one_doer(a.concepts["predict"], b.concepts["predict"], "predict")


def test_a_leads_template_act_no_headline_tells_ties_nothing() -> None:
    # "entered the bond market": one doer, one verb, two operations by their headlines
    feats, recs = sentences(WIRE_REPOS, WIRE_COUPONS)
    assert h.headline_matters_apart(h.headline_matter(feats[0]), h.headline_matter(feats[1]))
    assert not h._tied(feats, lead(recs, 0), lead(recs, 1), h.matters_of(feats))


def test_a_sentences_copies_part_where_their_stories_were_filed_days_apart() -> None:
    """The same words in stories of March 3 and 4 are one report sent twice; in a story
    of April 9, a template's report of another day."""
    line = "[KORSA|GPE|korsa], {day} - Fed adds reserves via customer repurchases today."
    docs = [
        (f"fed-{n}", f"# FED ADDS RESERVES\n{line.format(day=day)}", date)
        for n, (day, date) in enumerate(
            [("March 3", "2031-03-03"), ("March 4", "2031-03-04"), ("April 9", "2031-04-09")]
        )
    ]
    feats = features(*docs)
    group = [(0, 1), (1, 1), (2, 1)]
    assert h._copies_by_filing(feats, group) == [[(0, 1), (1, 1)], [(2, 1)]]
    # (undated wire stories part by the days their datelines name; articles that do not
    # say when they were filed are never parted)
    undated = features(*[(i, t, None) for i, t, _ in docs])
    assert h._copies_by_filing(undated, group) == [[(0, 1), (1, 1)], [(2, 1)]]
    web = features(
        *[(i, t.replace("[KORSA|GPE|korsa], ", "").replace(" - ", " "), None) for i, t, _ in docs]
    )
    assert h._copies_by_filing(web, group) == [group]


def test_a_daily_templates_copies_part_from_their_runs_first_story() -> None:
    """An agency's daily operation in the same words on March 3, 4, 5 and 6: a story sent
    again is within two days of the first, so the run of four parts after the 5th."""
    line = "[KORSA|GPE|korsa], {day} - Fed adds reserves via customer repurchases today."
    days = [
        ("March 3", "2031-03-03"),
        ("March 4", "2031-03-04"),
        ("March 5", "2031-03-05"),
        ("March 6", "2031-03-06"),
    ]
    feats = features(
        *[
            (f"fed-{n}", f"# FED ADDS RESERVES\n{line.format(day=d)}", date)
            for n, (d, date) in enumerate(days)
        ]
    )
    group = [(n, 1) for n in range(4)]
    assert h._copies_by_filing(feats, group) == [[(0, 1), (1, 1), (2, 1)], [(3, 1)]]


_FIGURES = frozenset({98.5, 1.0, 84.0, 112.25})


@pytest.mark.parametrize(
    ("a", "b", "va", "vb", "apart"),
    [
        # one word swapped, other figures: two things of one template
        ("cash wholesale beef price", "cash wholesale pork price", _FIGURES,
         frozenset({104.0, 2.5, 61.75, 78.2}), True),
        # a move the other way, or another month, the same
        ("canadian money supply rise week", "canadian money supply fall week", _FIGURES,
         frozenset({3.0, 7.5, 12.0}), True),
        # a rewrite: a word swapped, the same figures
        ("manhattan group name chairman", "manhattan group elect chairman", _FIGURES,
         _FIGURES, False),
        # figures in common, for most of them
        ("cash wholesale beef price", "cash wholesale pork price", _FIGURES,
         frozenset({98.5, 1.0, 84.0, 7.0}), False),
        # too few figures to tell
        ("barrick sell coal asset", "barrick sell ohio asset", frozenset({1.0}),
         frozenset({2.0}), False),
        # the slot's word two in one of them ("soymeal", "green coffee")
        ("dutch soymeal import fall january", "dutch green coffee import fall january",
         _FIGURES, frozenset({10430.0, 13506.0, 366.0, 615.0}), True),
        # two words swapped: not one template's slot
        ("tokyo bid stop chip row turning", "tokyo bid halt chip row becoming", _FIGURES,
         frozenset({5.0, 6.0, 7.0}), False),
    ],
    ids=["things", "moves", "rewrite", "shared-figures", "few-figures", "compound", "two-words"],
)  # fmt: skip
def test_one_headline_template_of_two_things(
    a: str, b: str, va: frozenset[float], vb: frozenset[float], apart: bool
) -> None:
    assert h._template_apart(frozenset(a.split()), frozenset(b.split()), va, vb) is apart


@pytest.mark.parametrize(
    ("va", "vb", "other_days", "apart"),
    [
        # one headline filed on two days, the bodies' figures other: two days' issues
        (_FIGURES, frozenset({104.0, 2.5, 61.75, 78.2}), True, True),
        # filed the same day: one happening told twice, in other detail
        (_FIGURES, frozenset({104.0, 2.5, 61.75, 78.2}), False, False),
        # two days, the same figures for most: one story sent again
        (_FIGURES, frozenset({98.5, 1.0, 84.0, 7.0}), True, False),
        # two days, too few figures to tell
        (frozenset({1.0}), frozenset({2.0}), True, False),
    ],
    ids=["two-days", "one-day", "shared-figures", "few-figures"],
)
def test_one_headline_on_two_days(
    va: frozenset[float], vb: frozenset[float], other_days: bool, apart: bool
) -> None:
    """The same headline words filed on two days: a daily template's two issues when
    the bodies state other figures ("HOG AND CATTLE SLAUGHTER GUESSTIMATES")."""
    words = frozenset("grain board adjust export price".split())
    assert h._template_apart(words, words, va, vb, other_days) is apart


def _prices(i: str, day: int, prices: tuple[int, int, int, int]) -> Doc:
    """A board's daily notice of its export prices, one template: the same headline and
    lead every day, the day's prices below."""
    wheat, maize, barley, oats = prices
    return (
        i,
        f"""# TESSA GRAIN BOARD ADJUSTS EXPORT PRICES
TESSA, April {day} - The [Tessa Grain Board|ORG|tessa-grain-board] <adjusted|adjust|VERB|subj:Board,obj:prices> its minimum export prices in dlrs per tonne as follows.
Wheat [{wheat} dlrs|MONEY|{wheat}], maize [{maize} dlrs|MONEY|{maize}], barley [{barley} dlrs|MONEY|{barley}], oats [{oats} dlrs|MONEY|{oats}].""",
        f"2031-04-{day:02d}",
    )


def test_a_daily_templates_issues_of_two_days_share_no_event() -> None:
    """A board's notices of April 1 and April 3, their headlines and leads the same words
    but for the day, their prices other: two days' issues, no event holds both (large
    folder: other news for the statistics). Before, the headline's copies and the leads
    told alike within two days made them one event."""
    from tui.core.events.linking import link_events

    docs = (_prices("tessa-1", 1, (112, 84, 77, 65)), _prices("tessa-3", 3, (118, 88, 79, 69)))
    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    for e in linked.events:
        assert {m.article for m in e.mentions} != {"tessa-1", "tessa-3"}, e.title
    # (the same notice sent again the next day, its prices the same, is one report)
    again = (docs[0], _prices("tessa-2", 2, (112, 84, 77, 65)))
    built = [make(i, t, d) for i, t, d in (*again, *others)]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    assert any({m.article for m in e.mentions} == {"tessa-1", "tessa-2"} for e in linked.events)


def _operation(
    i: str,
    day: int,
    headline: str = "KORSA BANK <ADDS|add|VERB|subj:BANK,obj:RESERVES> RESERVES VIA CUSTOMER "
    "REPURCHASE AGREEMENTS",
) -> Doc:
    """A central bank's daily operation, one notice: the same headline and lead every
    day, the same sum as often as not."""
    return (
        i,
        f"""# {headline}
KORSA, March {day} - The [Korsa Central Bank|ORG|korsa-central-bank] <entered|enter|VERB|subj:Bank,obj:market> the money market to <arrange|arrange|VERB|obj:repurchases> [1.5 billion crowns|MONEY|1500000000:KRC] of customer repurchases, a spokesman <said|say|VERB|subj:spokesman>.""",
        f"2031-03-{day:02d}",
    )


def test_a_headline_filed_on_three_days_or_more_is_a_recurring_notice() -> None:
    """Three days' issues of one notice: any two filed on different days are two issues;
    a headline filed on two days only may be one story sent again."""
    feats = features(
        _operation("op-2", 2), _operation("op-3", 3), _operation("op-3b", 3), _operation("op-5", 5)
    )
    apart = h.recurring_notices(feats)
    assert apart(0, 1) and apart(1, 3) and apart(0, 3)
    assert not apart(1, 2)  # (one day's notice sent twice)
    twice = features(_operation("op-2", 2), _operation("op-3", 3))
    assert not h.recurring_notices(twice)(0, 1)
    # (another notice filed on a third day: the two days' pair is no notice's)
    other = features(
        _operation("op-2", 2),
        _operation("op-3", 3),
        _forecast("x", 4, 450, "KORSA BANK DRAINS RESERVES"),
    )
    assert not h.recurring_notices(other)(0, 1)


#: A port's fixtures of two weeks.
_FIXTURES = (
    "Shipowners <fixed|fix|VERB|subj:Shipowners,obj:cargo> a heavy grain cargo to "
    "[Velmar|GPE|velmar] at [18 dlrs|MONEY|18:USD] a tonne, brokers <said|say|VERB|subj:brokers>. "
    "Enquiry for the coming weeks was thin, and two smaller vessels were taken for the "
    "coast at rates near last week's. Rates from the gulf were unchanged.",
    "A maize cargo of 30,000 tonnes <went|go|VERB|subj:cargo> to [Ostra|GPE|ostra] at "
    "[21 dlrs|MONEY|21:USD]. Owners <asked|ask|VERB|subj:Owners> more for June loading "
    "after the canal delays, and charterers held back.",
)


def _freight(i: str, day: int, fixtures: str) -> Doc:
    """A port's weekly freight notice: the same headline each week, the fixtures new."""
    return (
        i,
        f"""# SOUTHPORT GRAIN FREIGHTS
SOUTHPORT, June {day} - {fixtures}""",
        f"2031-06-{day:02d}",
    )


def test_a_headline_filed_on_two_days_a_week_apart_is_a_recurring_notice() -> None:
    """A reader's folder of a few hundred stories holds two issues of a notice, not three:
    one headline, word for word, filed on two days more than two days apart, in other
    words below, is two issues (a central bank's operation, a port's weekly freight
    notice). Not the next day's or the day after's (a story sent again), not a story
    sent again days on, not one whose headline names its own period (a quarter's
    results revised), nor a column's headline that only names whom it is about."""
    operations = features(_operation("op-2", 2), _operation("op-9", 9))
    assert h.recurring_notices(operations)(0, 1)
    freights = features(_freight("fr-3", 3, _FIXTURES[0]), _freight("fr-10", 10, _FIXTURES[1]))
    assert h.recurring_notices(freights)(0, 1)
    assert not h.recurring_notices(features(_operation("op-2", 2), _operation("op-4", 4)))(0, 1)
    # (the same story sent again a week on: a copy)
    again = features(_freight("fr-3", 3, _FIXTURES[0]), _freight("fr-10", 10, _FIXTURES[0]))
    assert not h.recurring_notices(again)(0, 1)
    results = [
        (
            f"r-{day}",
            f"""# ACME CORP <ACM> [1ST QTR MARCH 31|DATE|2031-01-01/2031-03-31] NET
DALLAS, April {day} - Shr [{day} cts|MONEY|0.{day}:USD] vs [9 cts|MONEY|0.09:USD]
Net [{day} mln|MONEY|{day}000000:USD] vs [900,000|MONEY|900000:USD]""",
            f"2031-04-{day:02d}",
        )
        for day in (14, 24)
    ]
    assert not h.recurring_notices(features(*results))(0, 1)
    column = [
        (
            f"c-{day}",
            f"""# TALKING POINT/[CASTOR BANK|ORG|castor-bank] <CSB>
NEW YORK, May {day} - Analysts <expect|expect|VERB|subj:Analysts> [Castor Bank|ORG|castor-bank] to <lift|lift|VERB|obj:reserves> its reserves again, {"some" if day < 9 else "most"} of them <said|say|VERB|subj:them>.""",
            f"2031-05-{day:02d}",
        )
        for day in (2, 12)
    ]
    assert not h.recurring_notices(features(*column))(0, 1)


def test_a_recurring_notices_issues_share_no_event_whatever_their_words() -> None:
    """A central bank's operation of March 2, 3 and 5 in the same words and the same sum:
    each day's issue is that day's happening, no event holds two (large folder: other
    news for the statistics). Before, the issues filed within two days were one event:
    their leads told one happening again in the same words and figures."""
    from tui.core.events.linking import link_events

    docs = (_operation("op-2", 2), _operation("op-3", 3), _operation("op-5", 5))
    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    for e in linked.events:
        assert len({m.article for m in e.mentions} & {"op-2", "op-3", "op-5"}) < 2, e.title


def test_a_recurring_notice_sent_twice_a_day_is_one_event_a_day() -> None:
    """The notice of March 2 and of March 4 each sent twice (two maturities' tables under
    one headline), March 6 once: each day's copies are that day's event, and no event
    holds two days'. Before, the headline's copies were one group, filed within two days
    of one another, and all joined the event of the first day's issue."""
    from tui.core.events.linking import link_events

    days = {"op-2": 2, "op-2b": 2, "op-4": 4, "op-4b": 4, "op-6": 6}
    docs = [_operation(i, d) for i, d in days.items()]
    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    told = [{m.article for m in e.mentions} & set(days) for e in linked.events]
    for arts in told:
        assert len({days[a] for a in arts}) < 2, arts
    assert {"op-2", "op-2b"} in told and {"op-4", "op-4b"} in told


def test_a_recurring_notices_events_of_two_days_show_their_days() -> None:
    """Each day's event of the notice would read alike, the month included: the events
    view shows the day of each one's reports instead, and so does each story titled by
    one."""
    from tui.core.events.linking import link_events

    days = {"op-2": 2, "op-2b": 2, "op-4": 4, "op-4b": 4, "op-6": 6}
    docs = [_operation(i, d) for i, d in days.items()]
    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    titles = {
        min(arts): e.title
        for e in linked.events
        if (arts := {m.article for m in e.mentions} & set(days))
    }
    assert titles["op-2"].endswith(" · 2031-03-02"), titles
    assert titles["op-4"].endswith(" · 2031-03-04"), titles
    assert titles["op-2"].rpartition(" · ")[0] == titles["op-4"].rpartition(" · ")[0]
    shown = [s.title for s in linked.stories if set(s.articles) & set(days)]
    assert len(set(shown)) == len(shown), shown


def _forecast(i: str, day: int, shortage: int, headline: str) -> Doc:
    """A central bank's daily forecast: the lead's words the same every day but for the
    figure, the headline naming the figure or the day's help."""
    return (
        i,
        f"""# {headline}
PELLA, May {day} - The [Bank of Pella|ORG|bank-of-pella] <said|say|VERB|subj:it> it <forecast|forecast|VERB|subj:it,obj:shortage> a shortage of around [{shortage} mln marks|MONEY|{shortage}000000:PEM] in the money market today.
Among the main factors, maturing bills will drain some [{shortage + 150} mln marks|MONEY|{shortage + 150}000000:PEM] from the system.""",
        f"2031-05-{day:02d}",
    )


def test_a_lead_filed_on_three_days_or_more_but_for_its_figures_is_a_recurring_notice() -> None:
    """A notice whose headline changes with its figure ("... SHORTAGE FORECAST AT 450
    MLN", "... GIVEN EARLY HELP") is known by its lead's first words, figures left out:
    two issues of two days are apart, the same day's issue sent twice is not, and a lead
    of fewer words (a results table's first row) is no notice's."""
    feats = features(
        _forecast("f-4", 4, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
        _forecast("f-5", 5, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
        _forecast("f-5b", 5, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
        _forecast("f-6", 6, 900, "PELLA MONEY MARKET GIVEN EARLY HELP"),
    )
    apart = h.recurring_notices(feats)
    assert apart(0, 1) and apart(1, 3) and apart(0, 3)
    assert not apart(1, 2)  # (one day's issue sent twice)
    two_days = features(
        _forecast("f-4", 4, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
        _forecast("f-5", 5, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
    )
    assert not h.recurring_notices(two_days)(0, 1)  # (perhaps one story sent again)
    rows = [
        (
            f"t-{day}",
            f"""# ACME CORP <ACM> {day}TH QTR NET
DALLAS, May {day} - Shr [{day} cts|MONEY|0.0{day}:USD] vs [{day + 1} cts|MONEY|0.0{day + 1}:USD]""",
            f"2031-05-{day:02d}",
        )
        for day in (4, 5, 6)
    ]
    assert not h.recurring_notices(features(*rows))(0, 1)


def test_a_recurring_notices_issues_under_other_headlines_share_no_event() -> None:
    """The forecasts of May 4, 5 and 6, each under its own headline, their body in the
    same words: no event holds two days' issues (large folder). Before, the issues of
    May 4 and 6 with one headline were one story told again, and each day's body
    sentence joined the next day's."""
    from tui.core.events.linking import link_events

    docs = (
        _forecast("f-4", 4, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
        _forecast("f-5", 5, 650, "PELLA MONEY MARKET GIVEN EARLY HELP"),
        _forecast("f-6", 6, 450, "PELLA MONEY MARKET SHORTAGE FORECAST AT 450 MLN"),
    )
    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    for e in linked.events:
        assert len({m.article for m in e.mentions} & {"f-4", "f-5", "f-6"}) < 2, e.title


@pytest.mark.parametrize(
    ("a", "b", "city_a", "city_b", "apart"),
    [
        # two markets' reports, each headline naming its own city
        ("st louis hog dlr usda", "peoria hog dlr usda", "st louis", "peoria", True),
        # one city's two reports of one market
        ("omaha hog open dlr", "omaha hog dlr usda", "omaha", "omaha", False),
        # a headline that names no city of its own
        ("st louis hog dlr usda", "direct hog dlr usda", "st louis", None, False),
        # two cities' stories on other matters: not one template
        ("orval bank raise prime rate", "tessa port strike end", "orval", "tessa", False),
        # a city's word that is a news word's too ("FALLS"), a hyphen typed without spaces
        ("family:fall cattle dlr private", "cattle dlr-private", "sioux falls", "sioux city", True),
    ],
    ids=["two-cities", "one-city", "no-city", "two-matters", "city-words"],
)
def test_one_headline_template_of_two_cities(
    a: str, b: str, city_a: str | None, city_b: str | None, apart: bool
) -> None:
    assert h._cities_apart(frozenset(a.split()), frozenset(b.split()), city_a, city_b) is apart


def _head_places(headline: str) -> tuple[frozenset[tuple[str, str]], tuple[str, ...]]:
    (a,) = features(("x", f"# {headline}\nORVAL, April 13 - Something was done.\n", None))
    return h._headline_places(a)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # a fund family's notices, one a state
        ("ORVAL OHIO SETS MONTHLY PAYOUT", "ORVAL MINNESOTA SETS MONTHLY PAYOUT", True),
        # a desk's summaries, one a country (by its name or its people's adjective)
        ("CHINA CROP WEATHER SUMMARY -- USDA/NOAA", "SOUTH AFRICA CROP WEATHER SUMMARY -- USDA/NOAA", True),
        ("USDA ESTIMATES CANADIAN CROPS", "USDA ESTIMATES AUSTRALIAN CROPS", True),
        # the template's numbers change with its issues
        ("JAPAN STEEL OUTPUT UP 2.5 PCT", "BRAZIL STEEL OUTPUT UP 1.1 PCT", True),
        # one country told by its name and by its capital, or a state and a city
        ("SOUTH KOREA THREATENS EMERGENCY MEASURES", "SEOUL THREATENS EMERGENCY MEASURES", False),
        ("INDIANA DIRECT HOGS UP 1.00 DLR", "INDIANAPOLIS DIRECT HOGS UP 1.00 DLR", False),
        # one place, or a place on one side only
        ("CHINA CROP WEATHER SUMMARY", "CHINA CROP WEATHER SUMMARY", False),
        ("ORVAL OHIO SETS MONTHLY PAYOUT", "ORVAL INSURED SETS MONTHLY PAYOUT", False),
        # two places of one happening, and other words: no one template
        ("JAPAN WARNS U.S. ON TRADE", "U.S. WARNS JAPAN ON TRADE", False),
        ("SPANISH BANK GOVERNORS TO MEET", "BANK GOVERNORS TO MEET IN BARBADOS", False),
    ],
    ids=["states", "countries", "peoples", "numbers", "capital", "state-city", "one-place", "one-side", "two-places", "other-words"],
)  # fmt: skip
def test_one_headline_template_of_two_places(a: str, b: str, apart: bool) -> None:
    assert h._places_apart(_head_places(a), _head_places(b)) is apart


def test_a_headlines_places_and_template() -> None:
    places, template = _head_places("ORVAL NEW JERSEY SETS 6.5 CTS PAYOUT")
    assert places == {("region", "new jersey")}
    assert template == ("orval", "@", "sets", "#", "cts", "payout")
    # a state's abbreviation that is a word too is that word; one with its points a state
    assert _head_places("MASS LAYOFFS AT ORVAL PLANT")[0] == frozenset()
    assert _head_places("N.Y. BANK RAISES PRIME RATE")[0] == {("region", "n.y")}
    # a web page's headline has no dateline under it: no wire template
    (web,) = features(("web", "# Ohio sets payout\nThe fund set its payout.\n", None))
    assert h._headline_places(web) == (frozenset(), ())


def test_a_fund_familys_notices_of_two_states_are_apart() -> None:
    """A fund family files one notice per fund, the same day, in the same words and
    figures but for the state: two happenings (:func:`templates_apart`), so "Pay April 30"
    in each is no one happening's line. The family's notice of a fund named by no place
    is not told apart by its place."""

    def notice(name: str) -> Doc:
        return (
            f"notice-{name.lower()}",
            f"# [ORVAL {name}|ORG|orval-{name.lower()}] <SETS|set|VERB|obj:PAYOUT> MONTHLY PAYOUT\n"
            "SAN MATEO, Calif., April 13 - Mthly div 6.5 cts vs 6.5 cts prior\n"
            "<Pay|pay|VERB> [April 30|DATE|2031-04-30]\n",
            "2031-04-13",
        )

    feats = features(notice("OHIO"), notice("MINNESOTA"), notice("INSURED"))
    apart = h.templates_apart(feats, lambda i: h.headline_matter(feats[i]))
    assert apart(0, 1)
    assert not apart(0, 2)
    assert not apart(0, 0)


def test_a_headline_names_the_city_its_story_was_filed_from() -> None:
    from tests.core.linking_corpus import WIRE_MARKET_ORVAL, WIRE_WARNING
    from tests.core.linking_world import make
    from tui.core.events.features import PARAMS, article_features

    def city(doc: tuple[str, str, str | None]) -> str | None:
        article, annotation = make(*doc)
        return h._headline_city(article_features(article.id, article.text, annotation, PARAMS))

    assert city(WIRE_MARKET_ORVAL) == "orval"
    assert city(WIRE_WARNING) is None
    # a headline may name its city by the city's first word alone
    opening = (
        "korsa",
        "# KORSA CATTLE OPEN UP 0.50 DLR - PRIVATE\nKorsa City, April 7 - Cattle prices rose.\n",
        None,
    )
    assert city(opening) == "korsa city"
    # not when that word is a place of its own, or opens another place's name
    for country in (
        ("kuwait", "# KUWAIT SAYS NO NEED FOR TALKS\nKUWAIT CITY, April 7 - Kuwait said no talks were needed.\n", None),
        ("germany", "# EAST GERMANY ANNOUNCES REFORM\nEAST BERLIN, April 7 - East Germany announced a reform.\n", None),
    ):  # fmt: skip
        assert city(country) is None


@pytest.mark.parametrize(
    ("doc", "move"),
    [
        (("imports-rise", "# DUTCH COCOA BEAN IMPORTS RISE IN JANUARY\nHEERLEN, March 2 - Imports rose.\n", None), "up"),
        (("imports-fall", "# DUTCH GREEN COFFEE IMPORTS FALL IN JANUARY\nHEERLEN, March 2 - Imports fell.\n", None), "down"),
        # no move, or both ways, or a move word inside a compound
        (("payout", "# ORVAL BANK SETS MONTHLY PAYOUT\nORVAL, March 2 - The bank set its payout.\n", None), None),
        (("both", "# KORSA SHARES RISE AFTER EARLY FALL\nKORSA, March 2 - Shares rose.\n", None), None),
        (("follow-up", "# FOLLOW-UP ON TARN MILL STRIKE\nTARN, March 2 - The strike went on.\n", None), None),
        # a web page has no wire headline
        (("web", "# Shares fall in Korsa\nShares fell on Monday, dealers said.\n", None), None),
    ],
    ids=["up", "down", "none", "both", "compound", "no-dateline"],
)  # fmt: skip
def test_the_move_a_wire_headline_tells(doc: Doc, move: str | None) -> None:
    (article,) = features(doc)
    assert h.headline_direction(article) == move


@pytest.mark.parametrize(
    ("doc", "goods"),
    [
        # a market table's headline, no dateline under it; a two-word good before its words
        (("oil-spreads", "# TARN SOYBEAN OIL SPREADS\nAPRIL 7 - 1000 hrs\nMONTHS LAST DIFFERENCE\n", None), {"soybean oil"}),
        (("exports", "# KORSA MAIZE, WHEAT EXPORTS RISE\nKORSA, March 2 - Exports rose.\n", None), {"corn", "wheat"}),
        # a good inside a name, or a hyphenated compound, is none
        (("steel", "# [ORVAL STEEL|ORG|orval-steel] RAISES PLATE PRICES\nORVAL, March 2 - [Orval Steel|ORG|orval-steel] raised prices.\n", None), set()),
        (("gas-oil", "# VELT KEEPS ITS GAS-OIL STAKES\nVELT, March 2 - Velt kept its stakes.\n", None), set()),
        (("none", "# ORVAL BANK SETS MONTHLY PAYOUT\nORVAL, March 2 - The bank set its payout.\n", None), set()),
        # a company's name the headline writes, named below it ("PIONEER SUGAR")
        (("company", "# TARN SUGAR SAYS CROP SMALLER\nSYDNEY, April 9 - [Tarn Sugar Mills Ltd|ORG|tarn-sugar] said its crop was smaller.", None), set()),
        # the parse reading a headline's good as a name, or a table's row as a company
        (("misread", "# [CORN|PERSON|corn] SUPPLY/DEMAND BY COUNTRY -- USDA\nWASHINGTON, April 9 - The department detailed data.\n[THAILAND CORN|PERSON|thailand-corn]\nStocks 1.20 1.10", None), {"corn"}),
        (("row", "# SOYBEAN MEAL SUPPLY/DEMAND BY COUNTRY -- USDA\nWASHINGTON, April 9 - The department detailed data.\n[BRAZIL SOYBEAN MEAL|ORG|brazil-soybean-meal]\nStocks 1.20 1.10", None), {"soybean meal"}),
        (("class", "# COARSE GRAIN SUPPLY/DEMAND BY COUNTRY -- USDA\nWASHINGTON, April 9 - The department detailed data.", None), {"coarse grain"}),
        # a futures contract of two words, read as a company below ("Feeder Cattle futures")
        (("contract", "# FEEDER CATTLE FUTURES SET NEW HIGHS\nCHICAGO, April 7 - [Feeder Cattle|ORG|feeder-cattle] futures advanced.", None), {"feeder cattle"}),
        # the soybean's products as one contract group, as a wire writes it or in two words
        (("products", "# TARN SOYPRODUCT FUTURES CLOSE MIXED\nTARN, April 7 - Soyproduct futures closed mixed.", None), {"soybean product"}),
        (("products-two", "# Soy product futures ease in Velt\nSoy product futures eased on Monday.", None), {"soybean product"}),
        # an abbreviated contract's name
        (("abbreviation", "# FCOJ FUTURES RISE ON FREEZE FEARS\nNEW YORK, Jan 12 - Orange juice futures rose.", None), {"orange juice"}),
    ],
    ids=["table", "two", "name", "compound", "none", "company", "misread", "row", "class", "contract", "products", "products-two", "abbreviation"],
)  # fmt: skip
def test_the_goods_a_headline_names(doc: Doc, goods: set[str]) -> None:
    (article,) = features(doc)
    assert h._headline_goods(article) == goods


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"corn"}, {"soybean"}, True),
        ({"soybean"}, {"soybean oil"}, True),
        ({"feeder cattle"}, {"live cattle"}, True),
        ({"wheat"}, {"soybean product"}, True),
        ({"soybean"}, {"soybean product"}, True),
        # one names all the other's: a report of both markets beside one of them
        ({"corn", "wheat"}, {"corn"}, False),
        ({"corn"}, {"corn"}, False),
        # a headline that names no good says nothing
        (set(), {"corn"}, False),
    ],
    ids=[
        "two",
        "two-word",
        "contracts",
        "grain-products",
        "bean-products",
        "subset",
        "same",
        "none",
    ],
)
def test_headlines_naming_different_goods(a: set[str], b: set[str], apart: bool) -> None:
    from tui.core.events.small import goods_apart

    assert goods_apart(frozenset(a), frozenset(b)) is apart


def _spreads(good: str, hour: str) -> Doc:
    return (
        f"spreads-{good.lower()}-{hour}",
        f"""# TARN {good} <SPREADS|spread|VERB>
APRIL 7 - {hour} hrs cdt
MONTHS LAST <DIFFERENCE|difference|NOUN>
May/Jul 1 under 1 under
Jul/Sep no <quote|quote|NOUN>""",
        "2031-04-07",
    )


def test_one_exchanges_tables_of_two_goods_are_two_happenings() -> None:
    """An exchange's spreads tables of one morning, two goods at two hours: the tables of
    one good may be one event, never with the other good's, however alike their lines."""
    from tui.core.events.linking import link_events

    docs = [_spreads(good, hour) for good in ("CORN", "SOYBEAN") for hour in ("1000", "1100")]
    built = [make(i, t, d) for i, t, d in (*docs, *fillers())]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    corn, soybean = {d[0] for d in docs[:2]}, {d[0] for d in docs[2:]}
    for e in linked.events:
        told = {m.article for m in e.mentions}
        assert not (told & corn and told & soybean), e.title


def _with_trigger(doc: Doc, surface: str, lemma: str) -> ArticleFeatures:
    """The doc's features with one more trigger, as the parse may store it in a headline's
    capitals: ``surface`` (its first place in the text) read as the verb ``lemma``."""
    from tui.core.model.schema import Trigger

    article, annotation = make(*doc)
    at = article.text.index(surface)
    extra = Trigger(start=at, end=at + len(surface), lemma=lemma, pos="VERB", dep="ROOT")
    annotation = annotation.model_copy(update={"triggers": (*annotation.triggers, extra)})
    return article_features(article.id, article.text, annotation, PARAMS)


@pytest.mark.parametrize(
    ("doc", "surface", "lemma", "kept"),
    [
        # a company's mark: "<ATE>" is no verb
        (("mark", "# ORVAL ELECTRIC <ATE> SETS PAYOUT\nORVAL, March 5 - [Orval Electric|ORG|orval-electric] set its payout.", None), "ATE", "eat", False),
        # a place's name the article names below its headline too
        (("place", "# [TARN FALLS|GPE|tarn-falls] HOGS UP 1.50 DLR\n[TARN FALLS|GPE|tarn-falls], April 7 - Hog prices were up.", None), "FALLS", "fall", False),
        # a company's name, likewise ("SAGE DRILLING")
        (("company", "# [VELT DRILLING|ORG|velt-drilling] SETS PAYOUT\nVELT, April 7 - [Velt Drilling Co|ORG|velt-drilling] set a payout.", None), "DRILLING", "drill", False),
        # a headline's "name" the article never names again: the parse's misreading of capitals
        (("misread", "# [MEMBERS VOTE TO DISSOLVE TARN CO-OP|ORG|members-vote]\nTARN, April 7 - Members of the farm co-op voted to wind it up.", None), "DISSOLVE", "dissolve", True),
        # a month's abbreviation in a table's capitals, and in a sentence
        (("table", "# TARN LIFFE STERLING 0847 - APR 7\nJun --- --- --- 16085\nSep --- --- --- 15985", None), "APR", "apr", False),
        (("sentence", "# Velt quarterly\nThe payout is due Oct. 15, the company said.", None), "Oct.", "oct", False),
        # a verb that is a month's name is a verb
        (("march", "# Workers march on Tarn\nThousands of workers march on the capital today.", None), "march", "march", True),
        # a web page's flag before its headline, and a wire desk's label: no happening
        (("breaking", "# BREAKING NEWS-3 DEAD IN TARN DEPOT FIRE\nThree people died in a fire at a depot.", None), "BREAKING", "break", False),
        (("flag", "# Breaking: Tarn depot fire kills three\nThree people died in a fire at a depot.", None), "Breaking", "break", False),
        (("refiled", "# REPEATED - TARN DEPOT FIRE KILLS THREE\nThree people died in a fire at a depot.", None), "REPEATED", "repeat", False),
        # the same word telling what happened is a verb
        (("broke", "# Fire breaking out at Tarn depot kills three\nThree people died in a fire.", None), "breaking", "break", True),
    ],
    ids=["mark", "place", "company", "misread", "table", "sentence", "march", "breaking", "flag", "refiled", "broke"],
)  # fmt: skip
def test_a_trigger_inside_a_name_or_a_companys_mark_tells_nothing(
    doc: Doc, surface: str, lemma: str, kept: bool
) -> None:
    article = _with_trigger(doc, surface, lemma)
    assert any(t.lemma == lemma for t in article.triggers[0]) is kept


def test_one_companys_releases_are_not_joined_by_the_letters_of_its_mark() -> None:
    """Two releases of one company on one day, a payout and a redemption: the parse reads
    its mark "<ATE>" in both headlines as the verb "eat", which must not make them one
    happening."""
    from tui.core.events.linking import link_events
    from tui.core.model.schema import Trigger

    docs = [
        ("payout", "# ORVAL ELECTRIC <ATE> SETS PAYOUT\nORVAL, March 5 - [Orval Electric Co|ORG|orval-electric] <said|say|VERB> it <set|set|VERB> a quarterly dividend of 58 cts a share.", "2031-03-05"),
        ("redeem", "# ORVAL ELECTRIC <ATE> TO REDEEM STOCK\nORVAL, March 5 - [Orval Electric Co|ORG|orval-electric] <said|say|VERB> it will <redeem|redeem|VERB> all of its preferred stock.", "2031-03-05"),
    ]  # fmt: skip
    built = [make(i, t, d) for i, t, d in (*docs, *fillers())]
    annotations = {}
    for article, annotation in built:
        if article.id in ("payout", "redeem"):
            at = article.text.index("ATE")
            extra = Trigger(start=at, end=at + 3, lemma="eat", pos="VERB", dep="ROOT", root=True)
            annotation = annotation.model_copy(update={"triggers": (*annotation.triggers, extra)})
        annotations[article.id] = annotation
    linked = link_events([a for a, _ in built], annotations)
    for e in linked.events:
        assert {m.article for m in e.mentions} != {"payout", "redeem"}, e.title


_ISSUE_LEAD = (
    "LONDON, April 7 - [{name}|ORG|{key}] <is issuing|issue|VERB|subj:{head},obj:eurobond> "
    "a [{mln} mln dlr|MONEY|{mln}000000] equity warrant eurobond due April 23, 1992 paying "
    "an indicated coupon of 2-1/8 pct and priced at par, lead manager "
    "[Daiwa Europe|ORG|daiwa-europe] <said|say|VERB>."
)


def test_one_templates_issues_by_two_issuers_are_two_happenings() -> None:
    """Two issuers' warrant bonds of one day, one story, told in one template under
    headlines the parse reads no name in, one lead manager for both: the leads' doers
    (who is issuing) set them apart, however alike the template's words."""
    docs = [
        ("tarn-bond", "# TARN METALS ISSUES 100 MLN DLR WARRANT BOND\n" + _ISSUE_LEAD.format(name="Tarn Metals Corp", key="tarn-metals", head="Corp", mln=100), "2031-04-07"),
        ("velt-bond", "# VELT CHEMICAL ISSUES 80 MLN DLR WARRANT BOND\n" + _ISSUE_LEAD.format(name="Velt Chemical Co", key="velt-chemical", head="Co", mln=80), "2031-04-07"),
    ]  # fmt: skip
    found = story_of(*docs)
    assert not any({i for i, _ in x.sentences} == {0, 1} for x in found)


def test_a_templates_line_naming_only_a_place_is_boilerplate() -> None:
    """ "... will be listed in Luxembourg" closes two issuers' bonds: a place is no name
    that makes the line one happening's."""
    line = "The non-callable bond is available in denominations of 5,000 dlrs and <will be listed|list|VERB> in [Luxembourg|GPE|luxembourg]."
    docs = [
        ("amber-listed", f"# [AMBER BANK|ORG|amber-bank] ISSUES 100 MLN DLR BOND\nLONDON, March 3 - [Amber Bank|ORG|amber-bank] <is issuing|issue|VERB|subj:Bank,obj:bond> a [100 mln dlr|MONEY|100000000] bond due 1992.\n{line}", "2031-03-03"),
        ("norda-listed", f"# [NORDA POWER|ORG|norda-power] ISSUES 150 MLN DLR BOND\nLONDON, March 3 - [Norda Power|ORG|norda-power] <is issuing|issue|VERB|subj:Power,obj:bond> a [150 mln dlr|MONEY|150000000] bond due 1997.\n{line}", "2031-03-03"),
    ]  # fmt: skip
    assert h._without_boilerplate(features(*docs), [(0, 2), (1, 2)]) == []


@pytest.mark.parametrize(
    ("doc", "line", "heads"),
    [
        # a table's column heads over its rows (the segmenter marks the line a headline)
        (_spreads("CORN", "1000"), "MONTHS LAST", True),
        (("fights", "# Champion Defends Title Tonight\nThe champion defends his title tonight in Tarn, his camp said on Monday.\nHEAVYWEIGHT TITLE FIGHTS\nJoe Quint 26-1\nAl Varga 20-3", None), "HEAVYWEIGHT", True),
        # column heads over a section's headings over the rows, in an article that is a
        # table and no more (the segmenter marks all its lines in capitals headlines)
        (("stacked", "# CASH WHOLESALE LAMB PRICES\nFOB RIVER - CLOSE APRIL 6\nCENTS PER LB CHANGE\nCHOICE LAMBS\nYIELD GRADE 3\n600/700 unquoted", None), "CENTS PER LB", True),
        # a deck in capitals under the headline of a story with a body: no table's heading
        (("deck", "# TARN MILLS RAISES PAYOUT\nQUARTERLY DIVIDEND UP\nTarn Mills said on March 2 it raised its quarterly dividend to 12 cts a share.", None), "QUARTERLY DIVIDEND", False),
        # a site's heading over a report's first words, a dated line: no table
        (("herald", "# Sports Wire\nHerald: Sox Make Offer To Tarn Slugger\nMichael Silverman reports that the Sox\nhave offered eight years to the slugger, who is 27.", None), "Herald", False),
        (("posted", "# Saints Lose Two Backs\nPosted on January 5, 2031\nPierre Quint and Al Varga are out.", None), "Posted", False),
    ],
    ids=["spreads", "fights", "stacked", "deck", "site-heading", "dated"],
)  # fmt: skip
def test_a_tables_heading_tells_no_happening(doc: Doc, line: str, heads: bool) -> None:
    from tui.core.events.small import table_heading

    (article,) = features(doc)
    k = next(k for k in range(len(article.sentences)) if article.sentence_text(k).startswith(line))
    assert table_heading(article, k) is heads


def test_one_tables_column_heads_make_no_event() -> None:
    """One good's spreads at two hours: the tables' column heads, alike word for word,
    are no passage of any event."""
    from tui.core.events.linking import link_events

    docs = [_spreads(good, hour) for good in ("CORN", "SOYBEAN") for hour in ("1000", "1100")]
    built = [make(i, t, d) for i, t, d in (*docs, *fillers())]
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    assert not any(m.text.startswith("MONTHS LAST") for e in linked.events for m in e.mentions)


def _issue(i: str, name: str, key: str, mln: int, coupon: str, value: float) -> Doc:
    """A warrant bond's story in one template: a headline the parse reads no name in,
    a lead naming the issuer (``name``; none when ``key`` is empty: "The bank"), its
    sum and coupon (``value`` as written ``coupon``), and the template's closing line of
    fees."""
    if key:
        doer = f"[{name}|ORG|{key}] <is issuing|issue|VERB|subj:{name.split()[-1]},obj:eurobond>"
    else:
        doer = f"{name} <is issuing|issue|VERB|subj:{name.split()[-1]},obj:eurobond>"
    return (
        i,
        f"""# {name.upper()} ISSUES {mln} MLN DLR WARRANT BOND
LONDON, April 7 - {doer} a [{mln} mln dlr|MONEY|{mln}000000] equity warrant eurobond <paying|pay|VERB|obj:coupon> an indicated coupon of [{coupon} pct|PERCENT|{value}], lead manager [Kessel Securities|ORG|kessel-securities] <said|say|VERB|subj:Securities>.
The selling concession is [1-1/2 pct|PERCENT|1.5] while management and underwriting combined <pays|pay|VERB|subj:underwriting> [3/4 pct|PERCENT|0.75].""",
        "2031-04-07",
    )


@pytest.mark.parametrize(
    ("docs", "boilerplate"),
    [
        # two issuers (who is issuing), one sum and coupon: the template's line is theirs
        ((_issue("tarn", "Tarn Metals Corp", "tarn-metals", 100, "2-1/8", 2.125), _issue("velt", "Velt Chemical Co", "velt-chemical", 100, "2-1/8", 2.125)), True),
        # no issuer named, coupons an eighth apart written as fractions: two issues
        ((_issue("bank-a", "The bank", "", 50, "8-3/4", 8.75), _issue("bank-b", "The bank", "", 50, "8-1/2", 8.5)), True),
        # one issue told twice: its line is one happening's
        ((_issue("tarn", "Tarn Metals Corp", "tarn-metals", 100, "2-1/8", 2.125), _issue("tarn-2", "Tarn Metals Corp", "tarn-metals", 100, "2-1/8", 2.125)), False),
    ],
    ids=["two-issuers", "two-coupons", "one-issue"],
)  # fmt: skip
def test_a_templates_line_closing_two_of_its_happenings_is_boilerplate(
    docs: tuple[Doc, Doc], boilerplate: bool
) -> None:
    """The leads tell one act (issuing) by two doers, or in shares that cannot be one
    another's: the line both stories close with names nothing and is no passage of
    either's happening, though their headlines name no one the parse can tell apart."""
    feats = features(*docs)
    line = [(0, 2), (1, 2)]
    assert h._without_boilerplate(feats, line) == ([] if boilerplate else line)


def test_leads_of_other_acts_set_nothing_apart() -> None:
    """Two stories of one takeover saga whose leads tell other acts with other sums (a
    stake sold for a gain; an offer pursued): a sentence recalling the offer may still be
    a passage of the offer's event."""
    sold = (
        "sold",
        "# [ORVAL PICTURES|ORG|orval-pictures] SELLS TARN STAKE\nLOS ANGELES, March 11 - [Orval Pictures|ORG|orval-pictures] <sold|sell|VERB|subj:Pictures,obj:shares> shares of [Tarn Broadcasting|ORG|tarn-broadcasting] for a gain of [17.8 mln dlrs|MONEY|17800000].",
        "2031-03-11",
    )
    pursue = ("pursue", "# GROUP TO PURSUE TARN BID\nCINCINNATI, March 12 - [Dudley Quint|PERSON|dudley-quint] <said|say|VERB|subj:Quint> he <intends|intend|VERB|subj:he> to <pursue|pursue|VERB|subj:he,obj:offer> his [145 dlr|MONEY|145] per share offer for [Tarn Broadcasting|ORG|tarn-broadcasting].", "2031-03-12")  # fmt: skip
    a, b = features(sold, pursue)
    assert not h._leads_apart(h._lead_of(a), h._lead_of(b))
    assert h._lead_of(a).act == "sell"


@pytest.mark.parametrize(
    "docs",
    [
        # who issues, and the coupon
        (_issue("tarn", "Tarn Metals Corp", "tarn-metals", 100, "8-3/4", 8.75), _issue("velt", "Velt Chemical Co", "velt-chemical", 100, "8-1/2", 8.5)),
        # who issues only: one coupon, sums of one round size, one lead manager named
        (_issue("tarn", "Tarn Metals Corp", "tarn-metals", 100, "2-1/8", 2.125), _issue("velt", "Velt Chemical Co", "velt-chemical", 80, "2-1/8", 2.125)),
    ],
    ids=["issuer-and-coupon", "issuer"],
)  # fmt: skip
def test_two_issues_of_one_template_share_no_event(docs: tuple[Doc, Doc]) -> None:
    """Two issuers' bonds of one day, their stories alike but for who issues (and the
    coupon): no event of the corpus holds both, by their leads (told alike: "paying an
    indicated coupon") or by the template's lines (large folder: other news for the
    statistics)."""
    from tui.core.events.linking import link_events

    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    assert len(built) >= PARAMS.min_corpus
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    for e in linked.events:
        assert {m.article for m in e.mentions} != {"tarn", "velt"}, e.title


def test_a_wire_sentence_telling_another_act_joins_no_event_by_its_words() -> None:
    """A takeover's two reports of the bid, and a third story of the saga whose lead
    tells another act (the target's meeting put off) in the bid's words and names: it
    is no passage of the bid's event, however alike its words (a sentence that tells
    none of an event's acts reports another happening; wire copy, where a saga's
    stories share their words)."""
    from tests.core.linking_world import mentioned
    from tui.core.events.linking import link_events

    bid = "[Velt Corp|ORG|velt] <offered|offer|VERB|subj:Corp,obj:dlrs> [45 dlrs|MONEY|45] a share in cash for all of the shares of [Tarn Industries|ORG|tarn] it does not own, the takeover bid for the maker of valves valued at [900 mln dlrs|MONEY|900000000]"
    docs = [
        ("bid", f"# VELT BIDS FOR TARN\nNEW YORK, March 5 - {bid}, [Velt|ORG|velt] <said|say|VERB|subj:Velt>.", "2031-03-05"),
        ("bid-2", f"# VELT MAKES 45 DLR/SHR OFFER FOR TARN\nNEW YORK, March 5 - {bid}, a [Velt|ORG|velt] spokesman <said|say|VERB|subj:spokesman>.", "2031-03-05"),
        ("meeting", "# TARN PUTS OFF ANNUAL MEETING\nNEW YORK, March 6 - [Tarn Industries|ORG|tarn] <postponed|postpone|VERB|subj:Industries,obj:meeting> its annual meeting of holders of the shares of the maker of valves for which [Velt Corp|ORG|velt] made the takeover bid in cash, [Tarn|ORG|tarn] <said|say|VERB|subj:Tarn>.", "2031-03-06"),
    ]  # fmt: skip
    others = (WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    built = [make(i, t, d) for i, t, d in (*docs, *others)]
    assert len(built) >= PARAMS.min_corpus
    linked = link_events([a for a, _ in built], {a.id: n for a, n in built})
    text = next(a.text for a, _ in built if a.id == "meeting")
    bids = mentioned(linked, "bid", "offered", next(a.text for a, _ in built if a.id == "bid"))
    assert bids, "the bid's two reports are one event"
    assert not set(bids) & set(mentioned(linked, "meeting", "postponed", text))


def test_two_issuers_leads_told_alike_are_two_happenings_whatever_names_they_share() -> None:
    """Two issuers' leads told in one template ("... paying an indicated coupon of 2-1/8
    pct, lead manager Kessel Securities said"), sums of one round size: the lead manager
    both name makes the doers of "paying" no conflict, but the leads tell one act
    (issuing) by two doers: two happenings, each lead no passage of the other's."""
    found = story_of(
        _issue("tarn", "Tarn Metals Corp", "tarn-metals", 100, "2-1/8", 2.125),
        _issue("velt", "Velt Chemical Co", "velt-chemical", 80, "2-1/8", 2.125),
    )
    assert not any({(0, 1), (1, 1)} <= set(x.sentences) for x in found)


def test_a_company_and_its_officer_as_doers_set_no_leads_apart() -> None:
    """One resignation told twice (a story and its correction): the parse reads the
    company as the doer in one lead and its officer in the other. A person and a body
    are not two doers of one act; two bodies are."""
    head = "# TARN STORES <TRN> EXECUTIVE LEAVES BOARD\nEDISON, April 13 - "
    company = (
        head
        + "[Tarn Stores Inc|ORG|tarn-stores] executive vice president Al Varga <has resigned|resign|VERB|subj:Inc> from its board."
    )
    officer = (
        head
        + "[Tarn Stores Inc|ORG|tarn-stores] <said|say|VERB|subj:Inc> executive vice president [Al Varga|PERSON|al-varga] <has resigned|resign|VERB|subj:Varga> from its board."
    )
    other = head + "[Velt Stores Inc|ORG|velt-stores] executive vice president Al Varga <has resigned|resign|VERB|subj:Inc> from its board."  # fmt: skip
    a, b, c = features(
        ("company", company, None), ("officer", officer, None), ("other", other, None)
    )
    assert not h._leads_apart(h._lead_of(a), h._lead_of(b))
    assert h._leads_apart(h._lead_of(a), h._lead_of(c))


def test_a_later_story_recalling_an_announced_happening_tells_it_again() -> None:
    """Two days on, "the previously announced resignation of Vesk" is the resignation the
    first story reported, though the sentence's doer is another person and the stories
    were filed days apart; named without saying it was told before, it is not."""
    from tests.core.linking_corpus import (
        WIRE_ACTING_CHAIR,
        WIRE_ACTING_CHAIR_UNMARKED,
        WIRE_CHAIR_RESIGNS,
    )

    def joined(later: Doc) -> bool:
        return any(
            {(0, 1), (1, 1)} <= set(happening.sentences)
            for happening in story_of(WIRE_CHAIR_RESIGNS, later)
        )

    assert joined(WIRE_ACTING_CHAIR)
    assert not joined(WIRE_ACTING_CHAIR_UNMARKED)


def test_which_story_was_filed_after() -> None:
    feats = features(WIRE_WARNING, WIRE_WARNING_AGAIN)
    assert filed_after(feats[1], feats[0])
    assert not filed_after(feats[0], feats[1])
    assert not filed_after(feats[0], feats[0])


def test_one_exchange_told_by_each_party_is_one_happening() -> None:
    """The seller's "agreed to sell Brenner Credit to Banco Ostra" and the buyer's "to
    purchase Brenner Credit" the same day share no word of a trigger: the two sides of
    one exchange. The buyer's purchase of another firm that day, from another seller,
    shares one party only: another exchange."""
    from tests.core.linking_corpus import WIRE_BUYER, WIRE_BUYER_OTHER, WIRE_SELLER

    happenings = story_of(WIRE_SELLER, WIRE_BUYER, WIRE_BUYER_OTHER)
    assert any({(0, 1), (1, 1)} <= set(h.sentences) for h in happenings)
    assert not any((2, 1) in h.sentences for h in happenings)


def test_a_recurring_notices_issues_are_never_one_story_even_through_a_third() -> None:
    """A central bank's operation of March 2, 3 and 5, and a dealers' story of March 4
    about the week's operations, close to every issue: each day's issue is a story of its
    own day, and no story holds two, not even joined through the dealers' story (large
    folder). Before, the issues' own ties were weakened but each joined the dealers'
    story, and so one another."""
    from tests.core.test_story_weeks import stories

    docs = (_operation("op-2", 2), _operation("op-3", 3), _operation("op-5", 5))
    week = (
        "week",
        """# KORSA BANK SEEN ADDING RESERVES AGAIN
KORSA, March 4 - The [Korsa Central Bank|ORG|korsa-central-bank] <entered|enter|VERB|subj:Bank,obj:market> the money market on March 2 and 3 to <arrange|arrange|VERB|obj:repurchases> [1.5 billion crowns|MONEY|1500000000:KRC] of customer repurchases, and is expected to add reserves via customer repurchase agreements again, dealers <said|say|VERB|subj:dealers>.""",
        "2031-03-04",
    )
    feats = features(*docs, week, WIRE_WARNING, WIRE_WEATHER_BRAZIL, *fillers())
    found = stories(feats)
    for story in found:
        assert len({feats[i].article for i in story} & {"op-2", "op-3", "op-5"}) < 2, story
    assert any({0, 3} <= set(s) or {1, 3} <= set(s) for s in found)  # (the week's story)


def _futures(good: str, hour: str) -> Doc:
    return (
        f"futures-{good.lower()}-{hour}",
        f"""# TARN {good} FUTURES <HIGHER|high|ADJ> AT {hour}
TARN, April 7 - {good.title()} futures <traded|trade|VERB|subj:futures> higher at {hour} on light buying, [two cents|MONEY|0.02:USD] a bushel over yesterday's close, traders <said|say|VERB|subj:traders>.""",
        "2031-04-07",
    )


def test_one_templates_reports_of_two_goods_or_two_cities_are_two_stories() -> None:
    """An exchange's futures reports of one morning, two goods at two hours, and two
    cities' hog markets under one headline template: each good's reports, each city's
    market, is a story of its own, not one story of the template's words (large folder).
    Before, only their events were kept apart: the stories of a day's market reports
    held every good and every city."""
    from tests.core.linking_corpus import WIRE_MARKET_ORVAL, WIRE_MARKET_TESSA
    from tests.core.test_story_weeks import stories

    futures = [_futures(good, hour) for good in ("CORN", "SOYBEAN") for hour in ("1000", "1100")]
    feats = features(*futures, WIRE_MARKET_ORVAL, WIRE_MARKET_TESSA, *fillers())
    of = {i: n for n, story in enumerate(stories(feats)) for i in story}
    assert of[0] == of[1] and of[2] == of[3]  # (one good's two hours)
    assert of[0] != of[2]
    assert of[4] != of[5]


# A market's report sent twice, word for word: the sentences the copies share and no
# other article tells.
BONDS_UNQUOTED = """# VARNLAND OIL <VOC> EUROBONDS <UNQUOTED|unquote|VERB|> AT MARKET OPENING
LONDON, April 13 - No dealer would quote prices for [Varnland Oil Co|ORG|varnland-oil] eurobonds at the market's opening today after the company's court filing at the weekend, traders said.
The bonds <closed|close|VERB|subj:bonds> in [New York|GPE|new-york] on Friday around 85 pct, and the market <closed|close|VERB|subj:market> early.
Some dealers <indicated|indicate|VERB|subj:dealers> the bonds would <open|open|VERB|subj:bonds> lower when trading <resumes|resume|VERB|subj:trading>."""


def test_what_only_a_story_s_copies_tell_is_the_story_told_once() -> None:
    """The sentences a story sent twice shares with its copy alone, no event of its story
    holding them, are one event told once (:attr:`Happening.retold`): titled by the
    copies' headline when it holds them, as :func:`told_once` makes one story's
    happenings over its copies, not by a word of the body ("Close in New York" over a
    company's eurobonds unquoted)."""
    feats = features(
        ("bonds", BONDS_UNQUOTED, "2031-04-13"),
        ("bonds-again", BONDS_UNQUOTED, "2031-04-13"),
        *fillers(),
    )
    _, new = h.same_wording(feats, [], corpus_stats(feats), PARAMS)
    (told,) = new
    assert {i for i, _ in told.sentences} == {0, 1}
    assert (0, 0) in told.sentences
    assert told.retold


def test_one_issuers_two_issues_stating_the_years_totals_are_apart() -> None:
    """A central bank's issues of one week, each lead stating its own amount, the year's
    total so far and the year-earlier total: one figure in common, most of each lead's
    sums the other's cannot be, so the leads tell two issues; the same lead again, or
    with one sum more, is one."""

    def issue(slug: str, amount: str, total: str, day: int, more: str = "") -> Doc:
        return (
            slug,
            "# VARNIA ISSUES MORE CERTIFICATES OF DEPOSIT\n"
            f"EDAN, April {day} - The [Varnia Central Bank|ORG|varnia-central-bank] "
            f"<issued|issue|VERB|subj:Bank,obj:worth> [{amount} billion Varnian crowns|MONEY|"
            f"{amount}e9:VAC] worth of certificates of deposit, bringing issues so far this "
            f"year to [{total} billion|MONEY|{total}e9:VAC] against "
            f"[40 billion|MONEY|40e9:VAC] a year earlier{more}, a bank spokesman said.",
            f"2031-04-{day:02d}",
        )

    a, b, again, more = features(
        issue("monday", "7.53", "174.48", 27),
        issue("wednesday", "5.68", "180.16", 29),
        issue("monday-again", "7.53", "174.48", 27),
        issue("monday-more", "7.53", "174.48", 27, " and [12 billion|MONEY|12e9:VAC] in March"),
    )
    assert len(h._lead_of(a).sums) == 3
    assert h._leads_apart(h._lead_of(a), h._lead_of(b))
    assert not h._leads_apart(h._lead_of(a), h._lead_of(again))
    assert not h._leads_apart(h._lead_of(a), h._lead_of(more))


def test_one_templates_two_deals_of_other_quantities_of_goods_are_apart() -> None:
    """One agency's notice of two sales under one programme (one act, one doer): the
    quantities its leads state, "13 head of dairy cattle" and "75 head", cannot be one
    another's, so the leads tell two deals; the same quantity told twice is one."""

    def notice(slug: str, head: str, where: str) -> Doc:
        return (
            slug,
            f"# [CCB|ORG|crop-credit-board] ACCEPTS BONUS DAIRY CATTLE TO {where.upper()}\n"
            "PORT EDAN, May 4 - The [Crop Credit Board|ORG|crop-credit-board] "
            "<accepted|accept|VERB|subj:Board,obj:offer> a bonus offer on the sale of "
            f"[{head} head|CARDINAL|{head}:head] of dairy cattle to [{where}|GPE|{where.lower()}], "
            "the ministry said.",
            "2031-05-04",
        )

    a, b, again = features(
        notice("varnland", "13", "Varnland"),
        notice("nordland", "75", "Nordland"),
        notice("varnland-again", "13", "Varnland"),
    )
    assert h._lead_of(a).goods
    assert h._leads_apart(h._lead_of(a), h._lead_of(b))
    assert not h._leads_apart(h._lead_of(a), h._lead_of(again))


def _ministry(i: str, headline: str, lead: str) -> Doc:
    return (
        i,
        f"# {headline}\nKORSA, April 6 - {lead}\n"
        "Finance Ministry officials in the capital declined to "
        "<comment|comment|VERB|subj:officials> on the matter.",
        "2031-04-06",
    )


def test_a_refusal_to_comment_worded_alike_ties_no_two_reports() -> None:
    """Two stories of one day about one ministry's two matters, each closing on "officials
    ... declined to comment on the matter": the stock line, worded alike, is no passage of
    one happening told by both."""
    banks = _ministry(
        "wire-banks",
        "TAVRIA ASKS BANKS TO CUT DOLLAR SALES",
        "The [Finance Ministry|ORG|finance-ministry] <asked|ask|VERB|obj:banks> banks to "
        "<cut|cut|VERB|obj:sales> their dollar sales, dealers <said|say|VERB|subj:dealers>.",
    )
    pact = _ministry(
        "wire-pact",
        "TAVRIA MINISTER SEES PARTNERS REAFFIRMING PACT",
        "The finance minister <expects|expect|VERB|subj:minister> the partners to "
        "<reaffirm|reaffirm|VERB|obj:pact> their currency pact at next week's meeting.",
    )
    feats = features(banks, pact, *fillers())
    _, new = h.same_wording(feats, [], corpus_stats(feats))
    assert not [x.sentences for x in new if {(0, 2), (1, 2)} <= set(x.sentences)]
    # (a line worded alike that tells a happening is one: the check is not vacuous)
    said = [(i, t.replace("declined to", "were glad to"), d) for i, t, d in (banks, pact)]
    feats = features(*said, *fillers())
    _, new = h.same_wording(feats, [], corpus_stats(feats))
    assert [x.sentences for x in new if {(0, 2), (1, 2)} <= set(x.sentences)]


def test_a_results_story_and_its_table_told_alike_by_figures_are_one_happening() -> None:
    """A company's results story and its table, filed the same day, state the same exact
    figures: one happening made by the figures (`figures_alike`), marked so
    (`Happening.by_figures`: its title is the table's headline)."""
    feats = features(WIRE_RESULTS_STORY, WIRE_RESULTS_TABLE, *fillers())
    assert h.figures_alike(feats) == [[(0, 2), (1, 2)], [(0, 3), (1, 3)]]
    _, new = h.same_wording(feats, [], corpus_stats(feats))
    assert [(x.sentences, x.by_figures) for x in new] == [(((0, 2), (0, 3), (1, 2), (1, 3)), True)]


_UNIT_LEAD = (
    "MORRIS, June 2 - [Pell Foods Inc|ORG|pell-foods] <raised|raise|VERB|subj:Inc,obj:prices> "
    "its prices by two cts, a spokesman <said|say|VERB>.\n"
    "[Pell Foods|ORG|pell-foods] is a unit of [Dunmore Corp|ORG|dunmore]."
)


@pytest.mark.parametrize(
    ("headline", "unit"),
    [
        ("# [DUNMORE|ORG|dunmore] UNIT <DNM> RAISES PRICES", True),
        ("# [DUNMORE|ORG|dunmore] <DNM> UNIT RAISES PRICES", True),
        ("# [Dunmore Corp|ORG|dunmore] subsidiary raises prices", True),
        # (a unit told of, not one that acts)
        ("# [DUNMORE|ORG|dunmore] <DNM> TO FORM FOOD PRICING UNIT", False),
        ("# [DUNMORE|ORG|dunmore] <DNM> RAISES PRICES", False),
    ],
)
def test_a_headline_of_a_companys_unit_acting(headline: str, unit: bool) -> None:
    """A parent's headline telling its unit acting ("X UNIT RAISES PRICES"), whose lead
    names the unit, is the unit's happening: :func:`unit_of` the unit's own story of the
    same day, not of another day's."""
    own = "# [PELL FOODS|ORG|pell-foods] RAISES PRICES\n" + _UNIT_LEAD
    parent, child = dated_features(
        ("parent", headline + "\n" + _UNIT_LEAD, "2031-06-02"), ("own", own, "2031-06-02")
    )
    assert unit_of(parent, child) is unit
    assert not unit_of(child, parent)
    later = dated_features(("own", own.replace("June 2", "June 9"), "2031-06-09"))[0]
    assert not unit_of(parent, later)


def test_a_time_the_model_tagged_as_no_date_still_dates_the_happening() -> None:
    """A trigger's time the model left untagged ("attacked ... today") or tagged as a time
    of day ("this morning") is the day its words name, read against the report's day; in
    an undated article it names none."""
    from tests.core.linking_corpus import WIRE_RAID_LATER

    def time_of(doc: Doc) -> Entity | None:
        (a,) = features(doc)
        (attack,) = [t for ts in a.triggers for t in ts if t.lemma == "attack"]
        return next(arg.entity for arg in attack.args if arg.role == "time")

    told = time_of(WIRE_RAID_LATER)
    assert told is not None and (told.label, told.value) == ("DATE", "2031-04-29")
    morning = (
        WIRE_RAID_LATER[1]
        .replace("Gulf today", "Gulf [this morning|TIME|]")
        .replace("time:today", "time:morning")
    )
    told = time_of(("raid-morning", morning, "2031-04-29"))
    assert told is not None and (told.label, told.value) == ("DATE", "2031-04-29")
    assert time_of(("raid-undated", WIRE_RAID_LATER[1], None)) is None


@pytest.mark.parametrize(
    "later", ["raid-later", "raid-later-undated"], ids=["today-untagged", "no-time"]
)
def test_one_templates_raids_five_days_apart_share_no_event(later: str) -> None:
    """Two wire leads of one template ("warplanes attacked a naval target"), filed five
    days apart: the first dates its raid on its own day; the later one dates its raid
    on its day, by a "today" the model did not tag, or tells no time and so is of its
    report's day. Two raids; filed the next day, the later lead may be the first one's
    raid told again."""
    from tests.core.linking_corpus import (
        WIRE_RAID_FIRST,
        WIRE_RAID_LATER,
        WIRE_RAID_LATER_UNDATED,
    )

    doc = WIRE_RAID_LATER if later == "raid-later" else WIRE_RAID_LATER_UNDATED

    def joined(*docs: Doc) -> bool:
        return any({(0, 1), (1, 1)} <= set(x.sentences) for x in story_of(*docs))

    assert not joined(WIRE_RAID_FIRST, doc)
    next_day = (doc[0], doc[1].replace("April 29", "April 25"), "2031-04-25")
    assert joined(WIRE_RAID_FIRST, next_day)
