"""Titles of events and stories: a readable phrase from the passages' own trigger,
participants, place and month (no spaCy; hand-written sentences in several sources'
styles)."""

from __future__ import annotations

import pytest

from tests.core.linking_world import make
from tui.core.events.features import PARAMS, ArticleFeatures, article_features
from tui.core.events.happenings import Happening
from tui.core.events.titles import event_title, gerund, past_participle, readable_headline


def _title(anchors: set[str], *docs: tuple[str, str, str]) -> str:
    """The title of one event made of every body sentence of the documents."""
    articles: list[ArticleFeatures] = []
    for article_id, marked, date in docs:
        article, annotation = make(article_id, marked, date)
        articles.append(article_features(article.id, article.text, annotation, PARAMS))
    sentences = tuple(
        (i, k) for i, a in enumerate(articles) for k, s in enumerate(a.sentences) if not s.headline
    )
    lemmas = {t.lemma for a in articles for ts in a.triggers for t in ts}
    happening = Happening(
        sentences=sentences,
        anchors=frozenset(anchors),
        concepts={lemma: lemma for lemma in lemmas},
        triggers={(i, k): list(articles[i].triggers[k]) for i, k in sentences},
    )
    return event_title(articles, happening).text


WIRE_SEIZURE = (
    "seizure-wire",
    "# COAST GUARD SEIZES TRAWLER\n"
    "[HAVEN|GPE|haven], March 3 - The [Coast Guard|ORG|coast-guard] <seized|seize|VERB|subj:Guard,obj:trawler> a trawler on [Monday|DATE|2033-03-02], officials <said|say|VERB>.\n",
    "2033-03-03",
)
BLOG_SEIZURE = (
    "seizure-blog",
    "Crews watched as the [Coast Guard|ORG|coast-guard] <seized|seize|VERB|subj:Guard,obj:trawler> the trawler, a spokesman <said|say|VERB>.\n",
    "2033-03-04",
)
TV_ARREST = (
    "arrest-tv",
    "Police <said|say|VERB> [Kai Dorn|PERSON|kai-dorn] was <arrested|arrest|VERB|obj:Dorn> in [Castria|GPE|castria] on [Friday|DATE|2032-06-04].\n",
    "2032-06-05",
)
LOCAL_ARREST = (
    "arrest-local",
    "[Dorn|PERSON|kai-dorn] was <arrested|arrest|VERB|obj:Dorn> at his home, the sheriff <said|say|VERB>.\n",
    "2032-06-05",
)
WIRE_CABLES = (
    "cables-wire",
    "Two undersea cables were <cut|cut|VERB|obj:cables> off [Alexandria|GPE|alexandria], operators <said|say|VERB>.\n",
    "2031-01-30",
)
PAPER_CABLES = (
    "cables-paper",
    "Internet traffic slowed after the cables were <cut|cut|VERB|obj:cables> on [Wednesday|DATE|2031-01-29].\n",
    "2031-01-31",
)


@pytest.mark.parametrize(
    ("anchors", "docs", "expected"),
    [
        # A named subject and the object as written: a headline's clause.
        ({"seize"}, (WIRE_SEIZURE, BLOG_SEIZURE), "Coast Guard seizes trawler · Haven · 2033-03"),
        # Linked on a saying verb: the title is about what the sources both tell.
        ({"say"}, (TV_ARREST, LOCAL_ARREST), "Kai Dorn arrested · Castria · 2032-06"),
        # No name acts: the object as the passages write it, in the passive.
        ({"cut"}, (WIRE_CABLES, PAPER_CABLES), "Cables cut · Alexandria · 2031-01"),
    ],
)
def test_event_titles_read_as_headlines(
    anchors: set[str], docs: tuple[tuple[str, str, str], ...], expected: str
) -> None:
    assert _title(anchors, *docs) == expected


@pytest.mark.parametrize(
    ("verb", "participle", "ing"),
    [
        ("arrest", "arrested", "arresting"),
        ("seize", "seized", "seizing"),
        ("rob", "robbed", "robbing"),
        ("carry", "carried", "carrying"),
        ("shoot", "shot", "shooting"),
        ("catch", "caught", "catching"),
        ("die", "died", "dying"),
        ("take over", "taken over", "taking over"),
    ],
)
def test_verb_forms(verb: str, participle: str, ing: str) -> None:
    assert past_participle(verb) == participle
    head, _, rest = verb.partition(" ")
    assert (gerund(head) + (" " + rest if rest else "")) == ing


@pytest.mark.parametrize(
    ("headline", "text", "expected"),
    [
        (
            "ACME CORP <ACM> 4TH QTR OPER LOSS",
            "ACME CORP <ACM> 4TH QTR OPER LOSS\n\nOPER shr loss 12 cts. Acme Corp said the loss grew.\n",
            "Acme Corp 4th quarter operating loss",
        ),
        (
            "NORLAND CENTRAL BANK CUTS RATES",
            "NORLAND CENTRAL BANK CUTS RATES\n\nThe Norland central bank cut its rates on Monday.\n",
            "Norland central bank cuts rates",
        ),
        ("Quake damages Gullhaven harbour", "Quake damages Gullhaven harbour\n\nText.", None),
    ],
)
def test_story_titles_from_headlines_in_capitals(
    headline: str, text: str, expected: str | None
) -> None:
    assert readable_headline(headline, text) == (expected or headline)


def test_a_name_that_opens_the_doers_phrase_is_not_the_doer() -> None:
    # "A Varnia man shot a clerk": the parse's subject phrase opens with the place, but
    # the man shot, not Varnia; the place is where, not who.
    tv = (
        "shooting-tv",
        "A [Varnia|GPE|varnia] man <shot|shoot|VERB|subj:Varnia+man,obj:clerk> a clerk at a petrol station on [Monday|DATE|2030-05-06].\n",
        "2030-05-07",
    )
    paper = (
        "shooting-paper",
        "Police said the [Varnia|GPE|varnia] man <shot|shoot|VERB|subj:Varnia+man,obj:clerk> the clerk twice.\n",
        "2030-05-07",
    )
    title = _title({"shoot"}, tv, paper)
    assert not title.startswith("Varnia")
    assert title == "Clerk shot · Varnia · 2030-05"


def test_the_written_head_of_a_phrase_a_name_opens_is_the_object() -> None:
    # "ORBITEL cable faults were fixed": the faults were fixed, not the company.
    wire = (
        "faults-wire",
        "[Orbitel|ORG|orbitel] cable faults were <fixed|fix|VERB|obj:Orbitel+faults> on [Tuesday|DATE|2029-02-13], the operator said.\n",
        "2029-02-14",
    )
    blog = (
        "faults-blog",
        "Engineers <fixed|fix|VERB|obj:Orbitel+faults> the [Orbitel|ORG|orbitel] faults overnight.\n",
        "2029-02-14",
    )
    assert _title({"fix"}, wire, blog) == "Faults fixed · 2029-02"


def test_a_title_that_says_where_names_no_second_place() -> None:
    wire = (
        "cables-in-wire",
        "Two undersea cables were <cut|cut|VERB|obj:cables,prep:in:Marrak> in [Marrak|GPE|marrak], operators said, and traffic to [Osterlund|GPE|osterlund] and [Osterlund|GPE|osterlund] slowed.\n",
        "2031-01-30",
    )
    paper = (
        "cables-in-paper",
        "The cables were <cut|cut|VERB|obj:cables,prep:in:Marrak> in [Marrak|GPE|marrak] on [Wednesday|DATE|2031-01-29].\n",
        "2031-01-31",
    )
    assert _title({"cut"}, wire, paper) == "Cables cut in Marrak · 2031-01"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "About 40 people were at work at the mill, which makes <biscuits|biscuit|NOUN>.",
            "biscuit",
        ),
        (
            '"Even though we are <puzzled|puzzle|VERB> by the ruling, we accept it," the club said.',
            "puzzle",
        ),
    ],
)
def test_a_title_that_would_say_nothing_quotes_the_passage(sentence: str, trigger: str) -> None:
    # Two copies of one story share a sentence whose only trigger says little: the
    # title quotes it (cut at a word) rather than "Biscuit" or "Puzzling".
    docs = [(f"copy-{n}", sentence + "\n", "2028-09-0" + str(n)) for n in (1, 2)]
    body, _, month = _title({trigger}, *docs).partition(" · ")
    assert body.startswith("“") and body.endswith("”") and month == "2028-09"
    assert len(body) <= 64
    words = body.strip("“”…").split()
    assert " ".join(words[:3]) in sentence.replace('"', "")
