"""A happening a sentence tells as not done ("chose not to make an offer", "declined to
make a bid", "failed to reach an agreement") is no passage of a happening's event, in
small folders and large; the refusal itself stays one (invented news, no spaCy)."""

from __future__ import annotations

import re

import pytest

from tests.core.linking_world import fillers, make, mentioned
from tui.core.events.linking import link_events
from tui.core.events.undone import told_as_undone

Doc = tuple[str, str, str | None]


def _undone(marked: str) -> set[str]:
    """The words of a one-sentence article told as not done."""
    article, annotation = make("one", marked, "2031-08-05")
    out = set()
    for at in told_as_undone(annotation.triggers, article.text):
        m = re.compile(r"\w+").match(article.text, at)
        assert m is not None
        out.add(m.group())
    return out


@pytest.mark.parametrize(
    ("marked", "undone"),
    [
        # sport: a light verb told with "not", and the offer it would have made
        (
            "The Comets <chose|choose|VERB|subj:Comets> not to <make|make|VERB|obj:offer,=xcomp,!> "
            "an <offer|offer|NOUN|> to the pitcher.",
            {"make", "offer"},
        ),
        # business: the infinitive after a refusal, and its object; the refusal stays
        (
            "The board <declined|decline|VERB|subj:board> to <make|make|VERB|obj:bid,=xcomp> a "
            "<bid|bid|NOUN|> for the mill.",
            {"make", "bid"},
        ),
        # diplomacy: talks that failed to reach a deal
        (
            "The talks <failed|fail|VERB|subj:talks> to <reach|reach|VERB|obj:agreement,=xcomp> an "
            "<agreement|agreement|NOUN|> on fishing rights.",
            {"reach", "agreement"},
        ),
        # crime: a verb told with "not"
        (
            "Police did not <arrest|arrest|VERB|subj:Police,obj:anyone,!> anyone at the scene.",
            {"arrest"},
        ),
        # told as done: nothing
        (
            "The Comets <made|make|VERB|subj:Comets,obj:offer> an <offer|offer|NOUN|> to the "
            "pitcher.",
            set(),
        ),
    ],
)
def test_a_happening_told_as_not_done(marked: str, undone: set[str]) -> None:
    assert _undone(marked) == undone


# One offer told by three reports; a fourth tells of another team that made none.
OFFERS: tuple[Doc, ...] = (
    (
        "offer-wire",
        """# Harbor Hawks offer Jon Vey five-year deal
HAVEN, Dec 9 (Wire) - The [Harbor Hawks|ORG|harbor-hawks] <made|make|VERB|subj:Hawks,obj:offer> a five-year <offer|offer|NOUN|> to pitcher [Jon Vey|PERSON|jon-vey] on [Tuesday|DATE|2031-12-09].
The deal would be the largest in the club's history.""",
        "2031-12-09",
    ),
    (
        "offer-paper",
        """# Hawks bid for Vey
The [Harbor Hawks|ORG|harbor-hawks] <made|make|VERB|subj:Hawks,obj:offer> [Jon Vey|PERSON|jon-vey] a five-year <offer|offer|NOUN|> on [Tuesday|DATE|2031-12-09], his agent said.
Vey has not decided.""",
        "2031-12-10",
    ),
    (
        "offer-blog",
        """# Vey weighs Hawks offer
The [Harbor Hawks|ORG|harbor-hawks] <made|make|VERB|subj:Hawks,obj:offer> a five-year <offer|offer|NOUN|> to [Jon Vey|PERSON|jon-vey] on [Tuesday|DATE|2031-12-09].
The [Lakeside Comets|ORG|lakeside-comets] <chose|choose|VERB|subj:Comets> not to <make|make|VERB|obj:offer,=xcomp,!> an <offer|offer|NOUN|> to [Vey|PERSON|jon-vey] on [Tuesday|DATE|2031-12-09].""",
        "2031-12-10",
    ),
)
NONE_MADE = "The Lakeside Comets chose not to make an offer"


@pytest.mark.parametrize("large", [False, True])
def test_an_offer_not_made_is_no_passage_of_the_offer(large: bool) -> None:
    docs = (*OFFERS, *(fillers() if large else ()))
    built = [make(*d) for d in docs]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    blog = OFFERS[2]
    article, _ = make(*blog)
    # (the reports' offer is one event, told by all three)
    assert any({d[0] for d in OFFERS} <= {m.article for m in e.mentions} for e in result.events), [
        e.title for e in result.events
    ]
    assert mentioned(result, blog[0], NONE_MADE, article.text) == []
