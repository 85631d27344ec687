"""A happening's word told as many of a kind ("crackdowns on the sector", "a series of
attacks", "has repeatedly raided") is no passage of one happening's event, in small
folders and large; a plural of one occasion ("the attacks", "three deaths") is (invented
news of several kinds, no spaCy)."""

from __future__ import annotations

import re

import pytest

from tests.core.linking_world import fillers, make, mentioned
from tui.core.events.features import PARAMS, ArticleFeatures, article_features
from tui.core.events.linking import link_events
from tui.core.events.many import told_as_many

Doc = tuple[str, str, str | None]


def _features(marked: str) -> ArticleFeatures:
    article, annotation = make("one", marked, "2031-08-05")
    return article_features(article.id, article.text, annotation, PARAMS)


def _many(marked: str) -> set[str]:
    """The words the body sentence of a one-sentence article (after its headline) tells
    as many happenings."""
    features = _features(f"# A headline of the story\n{marked}")
    text = features.text
    out = set()
    for at in told_as_many(features, 1):
        m = re.compile(r"\w+").match(text, at)
        assert m is not None
        out.add(m.group())
    return out


@pytest.mark.parametrize(
    ("marked", "many"),
    [
        # Regulation: a bare plural.
        (
            "The regulator has <imposed|impose|VERB|subj:regulator,obj:rules> strict rules "
            "and <crackdowns|crackdown|NOUN|> on the lending sector.",
            {"crackdowns"},
        ),
        # Conflict: attacks that have become common.
        (
            "Pirate <attacks|attack|NOUN|> have <become|become|VERB|subj:attacks> common "
            "off the coast.",
            {"attacks"},
        ),
        # Crime: a run of them, plural or not.
        (
            "It was the latest in a string of <shootings|shooting|NOUN|> in the city.",
            {"shootings"},
        ),
        (
            "The town has seen a spate of <robbery|robbery|NOUN|> cases this year.",
            {"robbery"},
        ),
        # Disasters: a place prone to frequent quakes.
        (
            "The region is prone to frequent <earthquakes|earthquake|NOUN|>.",
            {"earthquakes"},
        ),
        # A verb of habit, before it or after.
        (
            "Police have repeatedly <raided|raid|VERB|subj:Police,obj:club> the club.",
            {"raided"},
        ),
        (
            "Workers <strike|strike|VERB|subj:Workers> again and again over pay.",
            {"strike"},
        ),
        # One occasion: the determiner, a possessive, a number, the victims' count.
        ("The <attacks|attack|NOUN|> <killed|kill|VERB|subj:attacks> ten people.", set()),
        ("Sunday's <bombings|bombing|NOUN|> shook the capital.", set()),
        ("Two <explosions|explosion|NOUN|> rocked the plant.", set()),
        ("<Deaths|death|NOUN|> of 3 people were reported.", set()),
        # A plural that tells one happening, and a plural of no happening.
        ("Peace <talks|talk|NOUN|> <resumed|resume|VERB|subj:talks> in the capital.", set()),
        ("<Officers|officer|NOUN|> <arrived|arrive|VERB|subj:Officers> at noon.", set()),
        # One quake's shaking, felt far away.
        (
            "<Tremors|tremor|NOUN|> from the <quake|quake|NOUN|> were <felt|feel|VERB|obj:Tremors> "
            "in the capital.",
            set(),
        ),
        # A singular told once.
        ("The <attack|attack|NOUN|> <killed|kill|VERB|subj:attack> ten people.", set()),
        # Someone's record, however counted: a plural after a word of a record, a verb
        # with a count of times and a word of the past.
        (
            'Police said "the man has four prior <arrests|arrest|NOUN|>, including theft."',
            {"arrests"},
        ),
        (
            "The driver had two previous <convictions|conviction|NOUN|> for speeding.",
            {"convictions"},
        ),
        (
            "He had previously been <arrested|arrest|VERB|obj:He> four times on drug charges.",
            {"arrested"},
        ),
        (
            "She had been <fined|fine|VERB|obj:She> three times since October.",
            {"fined"},
        ),
        (
            "Regulators have <sanctioned|sanction|VERB|subj:Regulators,obj:bank> the bank twice "
            "in the past year.",
            {"sanctioned"},
        ),
        # One happening counted: blows of one attack, one arrest, a week's protests.
        ("The guard was <shot|shoot|VERB|obj:guard> four times in the chest.", set()),
        (
            "The victim had been <stabbed|stab|VERB|obj:victim> 20 times before police arrived.",
            set(),
        ),
        ("There was one <arrest|arrest|NOUN|> and no injuries.", set()),
        # Uncounted, a word of the past says no record.
        ("The rules were weakened by past <administrations|administration|NOUN|>.", set()),
        ("Over the past week, <protests|protest|NOUN|> spread to other towns.", set()),
    ],
)
def test_a_happening_told_as_many(marked: str, many: set[str]) -> None:
    assert _many(marked) == many


def test_a_headline_drops_its_determiners() -> None:
    features = _features(
        "# Man charged over office <shootings|shooting|NOUN|>\n"
        "A man was <charged|charge|VERB|obj:man> on Monday."
    )
    assert told_as_many(features, 0) == frozenset()


# One raid told by three reports; a fourth recalls the police's raids in general.
RAIDS: tuple[Doc, ...] = (
    (
        "raid-wire",
        """# Police raid Halden nightclub
HALDEN, May 2 (Wire) - Police <raided|raid|VERB|subj:Police,obj:nightclub> the Blue Anchor nightclub in [Halden|GPE|halden] on [Friday|DATE|2031-05-02], seizing drugs and cash.
Twelve people were questioned at the scene.""",
        "2031-05-02",
    ),
    (
        "raid-paper",
        """# Drugs seized in Halden club raid
Officers <raided|raid|VERB|subj:Officers,obj:club> the Blue Anchor club in [Halden|GPE|halden] on [Friday|DATE|2031-05-02] and seized drugs.
The club's owner was not available for comment.""",
        "2031-05-02",
    ),
    (
        "raid-radio",
        """# Halden club searched
Police <raided|raid|VERB|subj:Police,obj:club> the Blue Anchor club in [Halden|GPE|halden] on [Friday|DATE|2031-05-02], seizing cash.
Police <have|have|VERB|subj:Police> repeatedly <raided|raid|VERB|subj:Police,obj:clubs> clubs on the Halden waterfront.""",
        "2031-05-02",
    ),
)
HABIT = "Police have repeatedly raided"


@pytest.mark.parametrize("large", [False, True])
def test_raids_told_as_a_habit_are_no_passage_of_one_raid(large: bool) -> None:
    docs = (*RAIDS, *(fillers() if large else ()))
    built = [make(*d) for d in docs]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    radio = RAIDS[2]
    article, _ = make(*radio)
    # (the reports' raid is one event, told by all three)
    assert any({d[0] for d in RAIDS} <= {m.article for m in e.mentions} for e in result.events), [
        e.title for e in result.events
    ]
    assert mentioned(result, radio[0], HABIT, article.text) == []


# A vigil's one arrest told by three reports; two of them also give the dead man's record.
VIGIL: tuple[Doc, ...] = (
    (
        "vigil-wire",
        """# Vigil for slain teen turns violent
A vigil for [Dario Venn|PERSON|dario-venn] <turned|turn|VERB|subj:vigil> violent in [Marrak|GPE|marrak] on [Monday|DATE|2031-03-10] as youths <threw|throw|VERB|subj:youths,obj:bottles> bottles at officers.
One person was <arrested|arrest|VERB|obj:person> for disorderly conduct, police said.
Police said [Venn|PERSON|dario-venn] had previously been <arrested|arrest|VERB|obj:Venn> four times on theft charges.""",
        "2031-03-10",
    ),
    (
        "vigil-paper",
        """# Marrak vigil ends in clashes
Youths <threw|throw|VERB|subj:Youths,obj:bottles> bottles at police after a vigil for [Dario Venn|PERSON|dario-venn] in [Marrak|GPE|marrak] on [Monday|DATE|2031-03-10].
One person has been <arrested|arrest|VERB|obj:person>, though no injuries were reported.
[Venn|PERSON|dario-venn] had four prior <arrests|arrest|NOUN|>, including theft, police sources said.""",
        "2031-03-10",
    ),
    (
        "vigil-radio",
        """# Clashes after Marrak vigil
A vigil for [Dario Venn|PERSON|dario-venn] in [Marrak|GPE|marrak] <turned|turn|VERB|subj:vigil> into clashes on [Monday|DATE|2031-03-10].
Police said one person was <arrested|arrest|VERB|obj:person> at the vigil.""",
        "2031-03-10",
    ),
)


def test_a_record_of_arrests_is_no_passage_of_one_arrest() -> None:
    # (a reader's folder on one story: the three reports alone)
    built = [make(*d) for d in VIGIL]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    texts = {d[0]: make(*d)[0].text for d in VIGIL}
    arrest = mentioned(result, "vigil-radio", "one person was arrested", texts["vigil-radio"])
    assert arrest, [e.title for e in result.events]
    for doc, record in (("vigil-wire", "had previously been"), ("vigil-paper", "had four prior")):
        assert not set(mentioned(result, doc, record, texts[doc])) & set(arrest)
