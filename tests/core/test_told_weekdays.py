"""An undated report's lead tells its happening's weekday (tui.core.events.features.told_days_apart):
beside a dated report whose lead tells another weekday, another happening of the kind."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest

from tests.core.linking_world import dated_features, fillers
from tui.core.events.concepts import corpus_stats
from tui.core.events.features import (
    PARAMS,
    Params,
    bag,
    tfidf,
    told_days_apart,
    weekdays_apart,
    weekdays_of,
)
from tui.core.events.happenings import story_happenings
from tui.core.events.stories import leads_conflict
from tui.core.model.schema import Entity

Doc = tuple[str, str, str | None]
Report = Callable[[str, str, str, str | None], Doc]


def _date(text: str, value: str | None = None) -> Entity:
    return Entity(start=0, end=len(text), text=text, label="DATE", value=value)


def test_the_weekdays_a_date_names_as_its_happenings_day() -> None:
    assert weekdays_of(_date("Saturday")) == {5}
    assert weekdays_of(_date("Friday night")) == {4}
    assert weekdays_of(_date("last Monday")) == {0}
    assert weekdays_of(_date("Thursday", "2031-11-13")) == {3}
    assert weekdays_of(_date("Saturday and Sunday")) == {5, 6}
    # a page's stamp is when it was written; a date without a weekday says none
    assert weekdays_of(_date("Wednesday, September 18, 2031", "2031-09-18")) == frozenset()
    assert weekdays_of(_date("March 3", "2031-03-03")) == frozenset()
    assert weekdays_of(_date("last week")) == frozenset()


def test_weekdays_two_days_apart_around_the_week_are_apart() -> None:
    assert weekdays_apart({5}, {3})  # Saturday, Thursday
    assert weekdays_apart({0}, {5})  # Monday, Saturday (two days back round the week)
    # a night's happening told as the next day's is one
    assert not weekdays_apart({2}, {3})
    assert not weekdays_apart({6}, {0})
    # one day in common, or nothing said
    assert not weekdays_apart({5, 3}, {3})
    assert not weekdays_apart(set(), {3})


def _pirates(article_id: str, day: str, value: str, date: str | None) -> Doc:
    """A report of a navy capturing pirates (short synthetic sentences)."""
    return (
        article_id,
        f"""# Navy captures pirates in the Gulf
The [Coral Navy|ORG|coral-navy] <captured|capture|VERB|subj:Navy> pirates who <attacked|attack|VERB|obj:vessel> a merchant vessel on [{day}|DATE|{value}].
The pirates were handed to the coast guard.""",
        date,
    )


def _crash(article_id: str, day: str, value: str, date: str | None) -> Doc:
    """A report of a hit-and-run (short synthetic sentences)."""
    return (
        article_id,
        f"""# Woman killed in hit-and-run outside store
A driver <struck|strike|VERB|obj:woman> and <killed|kill|VERB|obj:woman> a woman outside a store on [{day} night|DATE|{value}].
Police <arrested|arrest|VERB|subj:Police> the driver a block away.""",
        date,
    )


@pytest.mark.parametrize("report", [_pirates, _crash], ids=["pirates", "crash"])
def test_an_undated_reports_lead_weekday_apart_from_a_dated_ones(report: Report) -> None:
    undated, dated, next_day, undated_too, dated_too = dated_features(
        report("a", "Saturday", "", None),
        report("b", "Thursday", "2031-11-13", "2031-11-14"),
        report("c", "Friday", "2031-11-14", "2031-11-15"),
        report("d", "Thursday", "", None),
        report("e", "Saturday", "2031-11-15", "2031-11-16"),
    )
    assert undated.told_weekdays == {5} and dated.told_weekdays == {3}
    assert told_days_apart(undated, dated) and told_days_apart(dated, undated)
    # a day apart (a night's happening), two undated or two dated reports: no
    assert not told_days_apart(undated, next_day)
    assert not told_days_apart(undated, undated_too)
    assert not told_days_apart(dated, dated_too)
    assert not told_days_apart(undated_too, dated)
    conflict = leads_conflict([undated, dated], [0, 1])
    assert conflict(0, 1)
    off = leads_conflict([undated, dated], [0, 1], replace(PARAMS, told_weekdays=False))
    assert not off(0, 1)


def test_a_weekday_below_the_lead_or_a_day_named_in_common_sets_nothing_apart() -> None:
    below, recalled, dated = dated_features(
        (
            "a",
            """# Navy captures pirates in the Gulf
The [Coral Navy|ORG|coral-navy] <captured|capture|VERB|subj:Navy> pirates in the Gulf.
The pirates were handed to the coast guard.
The coast guard said so in a statement.
Officials met the crew.
The ship sailed on [Saturday|DATE|].""",
            None,
        ),
        (
            "b",
            """# Navy captures pirates in the Gulf
The [Coral Navy|ORG|coral-navy] <captured|capture|VERB|subj:Navy> pirates on [Saturday|DATE|].
They had sailed on [Nov. 13, 2031|DATE|2031-11-13].""",
            None,
        ),
        _pirates("c", "Thursday", "2031-11-13", "2031-11-14"),
    )
    assert below.told_weekdays == frozenset()
    assert not told_days_apart(below, dated)
    assert not told_days_apart(recalled, dated)


@pytest.mark.parametrize("report", [_pirates, _crash], ids=["pirates", "crash"])
def test_mentions_of_one_kind_told_on_other_weekdays_are_two_events(report: Report) -> None:
    """One story and one tight sub-story (the story level found one happening): the
    undated reports' Saturday and the dated reports' Thursday keep the events apart."""
    docs = [
        report("u1", "Saturday", "", None),
        report("u2", "Saturday", "", None),
        report("d1", "Thursday", "2031-11-13", "2031-11-14"),
        report("d2", "Thursday", "2031-11-13", "2031-11-14"),
    ]
    articles = dated_features(*docs, *fillers())
    vectors, _ = tfidf([bag(a) for a in articles])
    stats = corpus_stats(articles)
    word_df: Counter[str] = Counter()
    for f in articles:
        word_df.update({w for words in f.words for w in words})
    word_idf = {w: math.log(len(articles) / c) for w, c in word_df.items()}
    for a in articles[:4]:
        a.substory = 0
    params = replace(PARAMS, min_corpus=len(articles))

    def joined(p: Params) -> bool:
        found = story_happenings(articles, [0, 1, 2, 3], stats, word_idf, vectors, p)
        return any(
            {i for i, _ in h.sentences} & {0, 1} and {i for i, _ in h.sentences} & {2, 3}
            for h in found
        )

    assert not joined(params)
    assert joined(replace(params, told_weekdays=False))
