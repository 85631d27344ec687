"""A headline tells a passive without its auxiliary ("Jamal Roe arrested on DUI
suspicion", "BORDEN DEBENTURES CALLED"): its subject is the one the act was done to, not
the doer the parse may take it for (invented headlines in several sources' styles, no
spaCy)."""

from __future__ import annotations

import pytest

from tests.core.linking_world import make
from tui.core.events.features import PARAMS, article_features


def _roles(marked: str, lemma: str) -> list[tuple[str, str]]:
    article, annotation = make("one", marked, "2031-08-05")
    features = article_features(article.id, article.text, annotation, PARAMS)
    return [
        (a.role, a.lemma)
        for ts in features.triggers
        for t in ts
        if t.lemma == lemma
        for a in t.args
        if a.role in ("subj", "obj")
    ]


@pytest.mark.parametrize(
    ("marked", "lemma", "roles"),
    [
        # A web page's headline, as the parse reads it: the one arrested is no arrester.
        (
            "# Chargers' [Jamal Roe|PERSON|jamal-roe] <arrested|arrest|VERB|subj:Roe> on "
            "DUI suspicion\nHe was held overnight.",
            "arrest",
            [("obj", "roe")],
        ),
        # A first line written as a headline, without the headline mark or a stop.
        (
            "Man <shot|shoot|VERB|subj:Man> in Queens\nPolice said he was hurt.",
            "shoot",
            [("obj", "man")],
        ),
        # A wire headline in capitals.
        (
            "# [ACME|ORG|acme] DEBENTURES <CALLED|call|VERB|subj:DEBENTURES>\nAcme said so.",
            "call",
            [("obj", "debentures")],
        ),
        # An agent after the verb stays the doer ("rocked by clashes").
        (
            "# [Varnia|GPE|varnia] <rocked|rock|VERB|subj:Varnia,subj:clashes> by clashes",
            "rock",
            [("obj", "varnia"), ("subj", "clashes")],
        ),
    ],
)
def test_a_headline_passive_tells_whom_it_was_done_to(
    marked: str, lemma: str, roles: list[tuple[str, str]]
) -> None:
    assert _roles(marked, lemma) == roles


@pytest.mark.parametrize(
    ("marked", "lemma"),
    [
        # A headline in the present with an object: the doer's act.
        ("# Police <arrest|arrest|VERB|subj:Police,obj:driver> driver\nIt was late.", "arrest"),
        # A past tense with its object ("Ricochet killed Greek teenager").
        ("# Ricochet <killed|kill|VERB|subj:Ricochet,obj:teenager> teenager", "kill"),
        # An auxiliary makes it a clause of its own ("has resigned").
        ("# Mayor has <resigned|resign|VERB|subj:Mayor>\nShe left.", "resign"),
        # A sentence of the report (it ends with a stop), past tense and no object.
        ("# Quake hits coast\nThe mayor <resigned|resign|VERB|subj:mayor> on Sunday.", "resign"),
        # A line below the page's first two, without a stop: the report's, not a headline.
        (
            "# Quake hits coast\nBy a reporter\nMore news\nThe mayor <resigned|resign|VERB|"
            "subj:mayor> on Sunday",
            "resign",
        ),
    ],
)
def test_other_verbs_keep_their_doer(marked: str, lemma: str) -> None:
    assert ("subj", marked.split("subj:")[1].split(",")[0].split(">")[0].lower()) in _roles(
        marked, lemma
    )
