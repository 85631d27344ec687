"""Stories split where their articles fall into groups that conflict (tui.core.events.stories)."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.linking_world import dated_features, make
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    Params,
    bag,
    cosine,
    tfidf,
    told_apart,
    told_year,
)
from tui.core.events.stories import (
    doers_as_kinds,
    doers_conflict,
    find_stories,
    lead_doers,
    lead_targets,
    leads_conflict,
    neighbour_graph,
    places_conflict,
    split_story,
    story_kinds,
    where,
)


def _offer(
    article_id: str, club: str, slug: str, sum_: str, date: str | None, label: str = "ORG"
) -> tuple[str, str, str | None]:
    """A report of a club's offer to a free agent (short synthetic sentences)."""
    amount = sum_.replace(",", "")
    return (
        article_id,
        f"""# {club} make offer to free agent Ray Dolan
The [{club}|{label}|{slug}] <offered|offer|VERB|subj:{club.split()[-1]}> the first baseman [Ray Dolan|PERSON|ray-dolan] an eight-year contract.
The deal would be worth [${sum_}|MONEY|{amount}] over its length.
Dolan's agent said talks would go on through the winter meetings.""",
        date,
    )


def test_leads_telling_one_thing_done_by_different_clubs_conflict() -> None:
    hawks, foxes, hawks_again = dated_features(
        _offer("a", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-10"),
        _offer("b", "Valley Foxes", "valley-foxes", "160000000", "2031-12-11"),
        _offer("c", "Harbor Hawks", "harbor-hawks", "150000000", None),
    )
    assert doers_conflict(lead_doers(hawks), lead_doers(foxes))
    assert not doers_conflict(lead_doers(hawks), lead_doers(hawks_again))


def test_a_club_and_its_manager_may_both_be_said_to_act() -> None:
    club, manager = dated_features(
        (
            "a",
            "# Hawks fire coach\nThe [Harbor Hawks|ORG|harbor-hawks] <fired|fire|VERB|subj:Hawks> coach Len Ortega on Monday.",
            None,
        ),
        (
            "b",
            "# Coach fired\nManager [Ada Kline|PERSON|ada-kline] <fired|fire|VERB|subj:Kline> coach Len Ortega on Monday.",
            None,
        ),
    )
    assert not doers_conflict(lead_doers(club), lead_doers(manager))


def test_places_a_lead_tells_happenings_in_resolved_through_the_gazetteer() -> None:
    def place(article_id: str, name: str) -> ArticleFeatures:
        slug = name.lower().replace(" ", "-")
        (features,) = dated_features(
            (
                article_id,
                f"# Supermarket fire\nA fire <gutted|gut|VERB|prep:in:{name.split()[-1]}> a supermarket in [{name}|GPE|{slug}] on Sunday.",
                None,
            )
        )
        return features

    paris, france, lyon, wellington, surrey = (
        place("a", "Paris"),
        place("b", "France"),
        place("c", "Lyon"),
        place("d", "Wellington"),
        place("e", "Surrey"),
    )
    assert where(wellington) == (("wellington", "NZ"),)
    # two countries: apart; a city and its country, or two places of one country, may
    # be where one happening was (a district, its city); a place the tables do not know
    # says nothing
    assert places_conflict(where(france), where(wellington))
    assert places_conflict(where(paris), where(wellington))
    assert not places_conflict(where(paris), where(france))
    assert not places_conflict(where(paris), where(lyon))
    assert not places_conflict(where(surrey), where(wellington))


def test_a_story_splits_where_its_groups_conflict_and_a_neutral_report_joins_one() -> None:
    docs = [
        _offer("h1", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-10"),
        _offer("h2", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-11"),
        _offer("h3", "Harbor Hawks", "harbor-hawks", "150000000", None),
        _offer("f1", "Valley Foxes", "valley-foxes", "160000000", "2031-12-15"),
        _offer("f2", "Valley Foxes", "valley-foxes", "160000000", "2031-12-16"),
        (
            "n",
            "# Free agent Ray Dolan weighs offers\n[Ray Dolan|PERSON|ray-dolan] is weighing an eight-year contract offer.\nHis agent said talks would go on through the winter meetings.",
            None,
        ),
    ]
    articles = dated_features(*docs)
    vectors, _ = tfidf([bag(a) for a in articles])
    parts = split_story(articles, vectors, list(range(len(articles))))
    groups = sorted(sorted(articles[i].article for i in part) for part in parts)
    assert len(groups) == 2
    hawks = next(g for g in groups if "h1" in g)
    foxes = next(g for g in groups if "f1" in g)
    assert {"h1", "h2", "h3"} <= set(hawks) and not {"f1", "f2"} & set(hawks)
    assert {"f1", "f2"} <= set(foxes)
    # the report that names no club joins one side, not both
    assert ("n" in hawks) != ("n" in foxes)
    # nothing to set them apart: one story
    same = dated_features(*docs[:3], docs[5])
    vectors, _ = tfidf([bag(a) for a in same])
    assert split_story(same, vectors, list(range(len(same)))) == [list(range(len(same)))]
    # never split: the story as it was
    assert split_story(articles, vectors, [0, 1], replace(PARAMS, max_block=1)) == [[0, 1]]


def test_two_articles_leads_conflict_pair_by_pair_as_the_split_sees_them() -> None:
    # (what a story splits on, asked of one pair: the event stage turns a paraphrase away
    # from an event whose articles' leads conflict with its article's)
    articles = dated_features(
        _offer("h1", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-10"),
        _offer("h2", "Harbor Hawks", "harbor-hawks", "150000000", None),
        _offer("f1", "Valley Foxes", "valley-foxes", "160000000", "2031-12-15"),
        (
            "n",
            "# Free agent Ray Dolan weighs offers\n[Ray Dolan|PERSON|ray-dolan] is weighing an eight-year contract offer.",
            None,
        ),
        _killing("k1", "Deputy Len Ortega", "len-ortega", "2031-06-24"),
        _killing("k2", "Deputy Ada Kline", "ada-kline", "2031-06-25"),
    )
    conflict = leads_conflict(articles, range(len(articles)))
    assert conflict(0, 2) and conflict(2, 1)
    assert not conflict(0, 1)
    # a report that says nothing either way conflicts with neither side
    assert not conflict(0, 3) and not conflict(2, 3)
    # whom it was done to: another deputy
    assert conflict(4, 5)


def test_a_doer_is_the_kind_of_name_most_of_the_story_makes_it() -> None:
    # one report's model took a club for a person: its lead's doer is still a club, and
    # conflicts with the other club's reports
    docs = [
        _offer("h1", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-10"),
        _offer("h2", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-11"),
        _offer("f1", "Valley Foxes", "valley-foxes", "160000000", "2031-12-15"),
        _offer("f2", "Valley Foxes", "valley-foxes", "160000000", None, label="PERSON"),
    ]
    articles = dated_features(*docs)
    story = list(range(len(articles)))
    kinds = story_kinds(articles, story)
    assert kinds["valley-foxes"] == "ORG"
    hawks, mislabelled = lead_doers(articles[0]), lead_doers(articles[3])
    assert not doers_conflict(hawks, mislabelled)  # a person and a club: may both act
    assert doers_conflict(doers_as_kinds(hawks, kinds), doers_as_kinds(mislabelled, kinds))
    vectors, _ = tfidf([bag(a) for a in articles])
    groups = sorted(
        sorted(articles[i].article for i in part) for part in split_story(articles, vectors, story)
    )
    assert groups == [["f1", "f2"], ["h1", "h2"]]


def test_a_leads_act_is_its_first_telling_not_others_told_as_well() -> None:
    """The lead's act is done by whom its first telling names: a report whose manager
    "has made an offer" and whose lead adds that another club made offers as well is not
    about that other club's offer; it conflicts with neither club's reports."""
    as_well = (
        "h3",
        """# Hawks chase free agent Ray Dolan
The club's general manager said he <offered|offer|VERB|subj:he> the first baseman [Ray Dolan|PERSON|ray-dolan] an eight-year contract.
The [Valley Foxes|ORG|valley-foxes] <offered|offer|VERB|subj:Foxes> him seven years as well.""",
        "2031-12-12",
    )
    other_first = (
        "f3",
        """# Foxes chase free agent Ray Dolan
The [Valley Foxes|ORG|valley-foxes] <offered|offer|VERB|subj:Foxes> the first baseman [Ray Dolan|PERSON|ray-dolan] seven years.
The [Harbor Hawks|ORG|harbor-hawks] <offered|offer|VERB|subj:Hawks> him eight years as well.""",
        "2031-12-12",
    )
    docs = [
        _offer("h1", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-10"),
        as_well,
        other_first,
    ]
    hawks, unnamed, foxes = (lead_doers(a) for a in dated_features(*docs))
    assert "offer" not in unnamed
    assert not doers_conflict(hawks, unnamed)
    assert foxes["offer"] == frozenset({("ORG", "valley-foxes")})
    assert doers_conflict(hawks, foxes)


def test_a_small_folder_keeps_its_stories_whole() -> None:
    docs = [
        _offer("h1", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-10"),
        _offer("h2", "Harbor Hawks", "harbor-hawks", "150000000", "2031-12-11"),
        _offer("f1", "Valley Foxes", "valley-foxes", "160000000", "2031-12-15"),
        _offer("f2", "Valley Foxes", "valley-foxes", "160000000", "2031-12-16"),
    ]

    def stories(params: Params = PARAMS) -> list[list[int]]:
        articles = dated_features(*docs)
        vectors, df = tfidf([bag(a) for a in articles])
        return find_stories(articles, vectors, df, params)

    # (under Params.min_corpus articles the sentences' own evidence keeps happenings apart)
    assert stories() == stories(replace(PARAMS, split_weight=0.0))
    assert len(stories(replace(PARAMS, min_corpus=2))) == 2


def _told(marked: str, future: bool = False) -> int | None:
    """The time of telling of an undated article (its first trigger told as future when
    ``future``: a root verb with a modal, as the parse stores it)."""
    article, annotation = make("x", marked, None)
    if future:
        first, *rest = annotation.triggers
        annotation = annotation.model_copy(
            update={"triggers": (first.model_copy(update={"modal": True, "root": True}), *rest)}
        )
    return told_year(annotation)


def test_an_undated_report_is_told_in_the_latest_year_its_lead_states() -> None:
    # a wire report: the year of its election, and of the day it gives
    wire = """# Voters in Norland elect a parliament
Voters in [Norland|GPE|norland] <elected|elect|VERB|obj:parliament> a parliament on [Dec. 14, 2026|DATE|2026-12-14] in the [2026|DATE|2026] vote.
The last vote was held in [2021|DATE|2021]."""
    assert _told(wire) == 2026
    # a web page: years only further down are the happening's history, not its time
    web = """# Deputy shot outside his home
A sheriff's deputy was <shot|shoot|VERB|obj:deputy> outside his home, officials said.
The deputy was taken to a hospital, where he died.
Neighbours said they heard three shots.
Detectives asked anyone who saw a car leave to call them.
He joined the department in [2019|DATE|2019] and served in the jail.
The department last lost a deputy in [June 2020|DATE|2020-06]."""
    assert _told(web) is None
    # a year told as future ("will host the 2034 games"), a decade: nothing
    plans = """# Norland to host games
[Norland|GPE|norland] <will host|host|VERB|obj:games> the games in [2034|DATE|2034].
It was a quiet city in the [1990s|DATE|1990-01-01/1999-12-31]."""
    assert _told(plans, future=True) is None
    decade = """# A star of the fifties
The actress <starred|star|VERB|subj:actress> in films of the [1950s|DATE|1950-01-01/1959-12-31]."""
    assert _told(decade) is None


def _vote(
    article_id: str, lead_date: str, date: str | None, detail: str = "Turnout was high."
) -> tuple[str, str, str | None]:
    """A report of a parliamentary vote in Norland (short synthetic sentences)."""
    return (
        article_id,
        f"""# Norland votes for a new parliament
Voters in [Norland|GPE|norland] <elected|elect|VERB|obj:parliament> a parliament in the [{lead_date}|DATE|{lead_date}] vote.
{detail}""",
        date,
    )


def test_an_undated_report_told_years_from_a_dated_one_conflicts_with_it() -> None:
    old, new, new_undated, year_before = dated_features(
        _vote("a", "2026", None),
        _vote("b", "2031", "2031-12-15"),
        _vote("c", "2031", None),
        _vote("d", "2030", None),
    )
    assert (old.told, new.told, new_undated.told) == (2026, 2031, 2031)
    assert told_apart(old, new) and told_apart(new, old)
    # the same year or the one before, or two undated reports (nothing says when either
    # was told): no
    assert not told_apart(new_undated, new)
    assert not told_apart(year_before, new)
    assert not told_apart(old, new_undated)
    assert not told_apart(old, new, replace(PARAMS, told_gap=0))
    # unless they name a day in common: a later report recalling the day, or the older
    # one telling it, agree on more than the kind of happening
    (recalled,) = dated_features(
        (
            "e",
            """# Norland parliament meets
Members <met|meet|VERB|subj:Members> in the [2026|DATE|2026] session.
They were elected on [Dec. 14, 2031|DATE|2031-12-14].""",
            None,
        )
    )
    (dated_day,) = dated_features(
        (
            "f",
            """# Norland elects a parliament
Voters <elected|elect|VERB|obj:parliament> a parliament on [Dec. 14, 2031|DATE|2031-12-14].""",
            "2031-12-15",
        )
    )
    assert not told_apart(recalled, dated_day)


def _killing(
    article_id: str, victim: str, slug: str, date: str | None
) -> tuple[str, str, str | None]:
    """A report of a deputy's killing (short synthetic sentences)."""
    return (
        article_id,
        f"""# Two held in deputy's killing
Police <arrested|arrest|VERB|obj:men> two men in the <murder|murder|NOUN|prep:of:{victim.split()[-1]}> of [{victim}|PERSON|{slug}], a county deputy.
The deputy was off duty when he was shot outside his home.""",
        date,
    )


def test_leads_telling_one_thing_done_to_different_people_conflict() -> None:
    one, other, again = dated_features(
        _killing("a", "Deputy Len Ortega", "len-ortega", None),
        _killing("b", "Deputy Ada Kline", "ada-kline", "2031-06-24"),
        _killing("c", "Deputy Ortega", "ortega", "2031-06-25"),
    )
    assert lead_targets(one) == {"family:kill": frozenset({("PERSON", "len-ortega")})}
    assert doers_conflict(lead_targets(one), lead_targets(other))
    # one name's words in the other's: may be one person
    assert not doers_conflict(lead_targets(one), lead_targets(again))
    # "killed Ada Kline" tells the kind the murder of Len Ortega tells
    (killed,) = dated_features(
        (
            "d",
            "# Deputy killed\nA gunman <killed|kill|VERB|obj:Kline> [Ada Kline|PERSON|ada-kline], a county deputy.",
            None,
        )
    )
    assert doers_conflict(lead_targets(one), lead_targets(killed))


def test_a_story_splits_where_undated_reports_are_told_years_apart() -> None:
    old, new = "One party ran, observers said.", "Two parties ran for the first time."
    docs = [
        _vote("o1", "2026", None, old),
        _vote("o2", "2026", None, old),
        _vote("n1", "2031", "2031-12-15", new),
        _vote("n2", "2031", "2031-12-16", new),
    ]
    articles = dated_features(*docs)
    vectors, _ = tfidf([bag(a) for a in articles])
    parts = split_story(articles, vectors, list(range(len(articles))))
    assert sorted(sorted(articles[i].article for i in part) for part in parts) == [
        ["n1", "n2"],
        ["o1", "o2"],
    ]
    off = replace(PARAMS, told_gap=0)
    assert split_story(articles, vectors, list(range(len(articles))), off) == [[0, 1, 2, 3]]


def _every_candidates_factor(
    vectors: list[dict[str, float]],
    df: Counter[str],
    params: Params,
    factor: Callable[[int, int], float],
) -> dict[tuple[int, int], float]:
    """The neighbour graph with every candidate's factor read (the plain way)."""
    edges: dict[tuple[int, int], float] = {}
    for i, v in enumerate(vectors):
        partial: Counter[int] = Counter()
        for w, x in v.items():
            if df[w] <= params.max_df:
                for j, u in enumerate(vectors):
                    if j != i and w in u:
                        partial[j] += x * u[w]
        best = heapq.nlargest(params.candidates, partial.items(), key=lambda kv: (kv[1], -kv[0]))
        scored = [(cosine(v, vectors[j]) * factor(min(i, j), max(i, j)), j) for j, _ in best]
        for s, j in heapq.nlargest(params.neighbours, scored):
            if s > 0:
                key = (min(i, j), max(i, j))
                edges[key] = max(edges.get(key, 0.0), s)
    return edges


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from("abcdefgh"), st.floats(0.1, 3.0), min_size=1),
        min_size=2,
        max_size=12,
    ),
    st.dictionaries(
        st.tuples(st.integers(0, 11), st.integers(0, 11)),
        st.sampled_from([0.0, 0.05, 0.2, 0.5, 1.0]),
    ),
    st.integers(1, 4),
    st.integers(1, 6),
)
def test_the_neighbour_graph_reads_a_pairs_factor_only_while_it_can_count(
    vectors: list[dict[str, float]],
    factors: dict[tuple[int, int], float],
    neighbours: int,
    candidates: int,
) -> None:
    """Reading a candidate's factor only while its cosine can still place it among the
    best, and each pair's once, finds the graph reading them all finds."""
    df = Counter(w for v in vectors for w in v)
    params = replace(PARAMS, max_df=len(vectors), neighbours=neighbours, candidates=candidates)
    read: Counter[tuple[int, int]] = Counter()

    def factor(i: int, j: int) -> float:
        assert i < j
        read[(i, j)] += 1
        return factors.get((i, j), 1.0)

    graph = neighbour_graph(vectors, df, params, factor)
    assert max(read.values(), default=1) == 1
    assert graph == _every_candidates_factor(vectors, df, params, factor)
