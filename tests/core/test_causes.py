"""A happening named only as the cause of another ("the quake prompted thousands to flee")
is no passage of its own event, in small folders and large; what the sentence tells
is (invented news of several kinds, no spaCy)."""

from __future__ import annotations

import pytest

from tests.core.linking_world import fillers, make, mentioned
from tui.core.events.causes import told_as_cause, told_as_reason, without_causes
from tui.core.events.features import PARAMS, ArticleFeatures, article_features
from tui.core.events.linking import link_events

Doc = tuple[str, str, str | None]


def _features(marked: str) -> ArticleFeatures:
    article, annotation = make("one", marked, "2031-08-05")
    return article_features(article.id, article.text, annotation, PARAMS)


def _words_at(features: ArticleFeatures, starts: frozenset[int]) -> set[str]:
    """The trigger words of a one-sentence article that open at ``starts``."""
    return {
        features.text[at : at + len(t.lemma)]
        for at in starts
        for t in features.triggers[0]
        if t.start == at
    }


def _causes(marked: str) -> set[str]:
    """The words a one-sentence article tells as causes."""
    features = _features(marked)
    return _words_at(features, told_as_cause(features.triggers[0]))


@pytest.mark.parametrize(
    ("marked", "causes"),
    [
        # Disasters: the quake is the cause, the flight what is told.
        (
            "The <quake|quake|NOUN|> <prompted|prompt|VERB|subj:quake,obj:thousands> thousands "
            "to <flee|flee|VERB|=xcomp> the coast.",
            {"quake"},
        ),
        # Labour: a phrase the parse widens ("the dockers' strike") still has the strike as head.
        (
            "The dockers' <strike|strike|NOUN|> <forced|force|VERB|subj:dockers+strike,"
            "obj:airlines> airlines to <cancel|cancel|VERB|obj:flights,=xcomp> flights.",
            {"strike"},
        ),
        # Crime and politics.
        (
            "The <shooting|shooting|NOUN|> has <led|lead|VERB|subj:shooting,obj:lawmakers> "
            "lawmakers to <call|call|VERB|=xcomp> for tighter gun laws.",
            {"shooting"},
        ),
        # Markets.
        (
            "The <crash|crash|NOUN|> <sent|send|VERB|subj:crash,obj:shares> shares of "
            "airlines lower.",
            {"crash"},
        ),
        # Regulators.
        (
            "The regulator's <probe|probe|NOUN|> has <spurred|spur|VERB|subj:regulator+probe,"
            "obj:lenders> lenders to <tighten|tighten|VERB|=xcomp> their rules.",
            {"probe"},
        ),
        # A passive's agent is its cause too (the parse stores it as the subject).
        (
            "Thousands were <forced|force|VERB|obj:Thousands,subj:storm> from their homes by "
            "the <storm|storm|NOUN|>.",
            {"storm"},
        ),
        # The object of a verb of causing is what the sentence tells.
        (
            "That decision <triggered|trigger|VERB|subj:decision,obj:crackdown> a "
            "<crackdown|crackdown|NOUN|> on lenders.",
            set(),
        ),
        # Not verbs of causing: the quake's toll and the strike itself are told.
        ("The <quake|quake|NOUN|> <killed|kill|VERB|subj:quake,obj:people> ten people.", set()),
        ("Dockers <went|go|VERB|subj:Dockers,prep:on:strike> on <strike|strike|NOUN|>.", set()),
    ],
)
def test_a_happening_told_as_a_cause(marked: str, causes: set[str]) -> None:
    assert _causes(marked) == causes


def test_a_cause_word_is_blanked_for_the_families_of_the_words() -> None:
    features = _features(
        "The <quake|quake|NOUN|> <prompted|prompt|VERB|subj:quake,obj:thousands> thousands "
        "to <flee|flee|VERB|=xcomp> the coast."
    )
    text = without_causes(features, 0, told_as_cause(features.triggers[0]))
    assert text == features.sentence_text(0).replace("quake", "     ")
    assert without_causes(features, 0, ()) == features.sentence_text(0)


# A quake told by four reports; one tells, later, what it made the airport do.
QUAKES: tuple[Doc, ...] = (
    (
        "quake-wire",
        """# Strong quake hits Port Arden
PORT ARDEN, Aug 5 (Wire) - A magnitude 6.1 <earthquake|earthquake|NOUN|> <struck|strike|VERB|subj:earthquake> [Port Arden|GPE|port-arden] on [Sunday|DATE|2031-08-05], damaging the harbour wall.
Rescue teams searched the old town overnight.""",
        "2031-08-05",
    ),
    (
        "quake-paper",
        """# Port Arden shaken by 6.1 quake
A 6.1 <quake|quake|NOUN|> <shook|shake|VERB|subj:quake,obj:Arden> [Port Arden|GPE|port-arden] on [Sunday|DATE|2031-08-05] and cracked the harbour wall.
The mayor asked residents to stay calm.""",
        "2031-08-05",
    ),
    (
        "quake-radio",
        """# Quake damages Port Arden harbour
An <earthquake|earthquake|NOUN|> of magnitude 6.1 <hit|hit|VERB|subj:earthquake> [Port Arden|GPE|port-arden] on [Sunday|DATE|2031-08-05], damaging its harbour.
Ferries stayed in port.""",
        "2031-08-05",
    ),
    (
        "quake-blog",
        """# Port Arden quake: what we know
A 6.1 <quake|quake|NOUN|> <struck|strike|VERB|subj:quake> [Port Arden|GPE|port-arden] on [Sunday|DATE|2031-08-05], cracking the harbour wall.
The <quake|quake|NOUN|> <forced|force|VERB|subj:quake,obj:airport> the Port Arden airport to <cancel|cancel|VERB|obj:flights,=xcomp> all flights on [Sunday|DATE|2031-08-05].""",
        "2031-08-05",
    ),
)
CAUSE = "The quake forced"


def _text(doc: Doc) -> str:
    article, _ = make(*doc)
    return article.text


@pytest.mark.parametrize("large", [False, True])
def test_a_sentence_telling_what_a_quake_caused_is_no_passage_of_the_quake(large: bool) -> None:
    docs = (*QUAKES, *(fillers() if large else ()))
    built = [make(*d) for d in docs]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    blog = QUAKES[3]
    text = _text(blog)
    # (the reports' quake is one event, told by all four)
    assert any({d[0] for d in QUAKES} <= {m.article for m in e.mentions} for e in result.events), [
        e.title for e in result.events
    ]
    assert mentioned(result, blog[0], CAUSE, text) == []


# A strike told by two sources; a third tells what it made airlines do, as a second does.
STRIKES: tuple[Doc, ...] = (
    (
        "strike-wire",
        """# Dock strike halts Velmstad port
Dock workers in [Velmstad|GPE|velmstad] <walked|walk|VERB|subj:workers> out on [Monday|DATE|2031-03-03] over pay, halting cargo traffic.
The <strike|strike|NOUN|> has <forced|force|VERB|subj:strike,obj:carriers> three freight carriers to <cancel|cancel|VERB|obj:sailings,=xcomp> their sailings to the Velmstad docks.""",
        "2031-03-03",
    ),
    (
        "strike-paper",
        """# Freight carriers cancel Velmstad sailings
Three freight carriers <cancelled|cancel|VERB|subj:carriers,obj:sailings> their sailings to the Velmstad docks on [Monday|DATE|2031-03-03].
The carriers blamed the dock workers' pay dispute.""",
        "2031-03-03",
    ),
)


def test_what_a_cause_led_to_joins_that_happenings_event() -> None:
    built = [make(*d) for d in STRIKES]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    text = _text(STRIKES[0])
    titles = mentioned(result, STRIKES[0][0], "The strike has forced", text)
    assert titles, [(e.title, [m.article for m in e.mentions]) for e in result.events]
    assert any(
        {STRIKES[0][0], STRIKES[1][0]} <= {m.article for m in e.mentions} for e in result.events
    )


def _reasons(marked: str) -> set[str]:
    """The words a one-sentence article names as what a later step of their case is for."""
    features = _features(marked)
    return _words_at(features, told_as_reason(features, 0))


@pytest.mark.parametrize(
    ("marked", "reasons"),
    [
        # An arrest for a killing (a noun by its verb: "killing" is "kill"'s).
        (
            "A suspect was <arrested|arrest|VERB|obj:suspect> in connection with the "
            "<killing|killing|NOUN|> of a deputy.",
            {"killing"},
        ),
        # A charge over a robbery, a conviction of a murder, a jailing for a bombing.
        (
            "Two men were <charged|charge|VERB|obj:men> over the bank <robbery|robbery|NOUN|>.",
            {"robbery"},
        ),
        (
            "A jury <convicted|convict|VERB|obj:him> him of the 2029 <murder|murder|NOUN|>.",
            {"murder"},
        ),
        (
            "The captain was <jailed|jail|VERB|obj:captain> for his part in the "
            "<bombing|bombing|NOUN|> of the academy.",
            {"bombing"},
        ),
        # Told as done, not as what the step is for: both are the sentence's.
        (
            "Police <arrested|arrest|VERB|obj:man> a man hours after he "
            "<shot|shoot|VERB|subj:he,obj:clerk> a clerk.",
            set(),
        ),
        # Steps of different cases: a takeover's completion is no arrest's reason.
        (
            "The company <completed|complete|VERB|subj:company,obj:purchase> its purchase of "
            "the <robbery|robbery|NOUN|> insurer.",
            set(),
        ),
    ],
)
def test_a_happening_named_as_what_a_later_step_is_for(marked: str, reasons: set[str]) -> None:
    assert _reasons(marked) == reasons


def test_an_arrest_for_a_killing_is_no_passage_of_the_killing() -> None:
    """Two reports of a deputy's killing; one goes on with the arrest "in connection with
    the killing": that sentence tells the arrest, and stays out of the killing's event."""
    killed = (
        "deputy-wire",
        """# Deputy shot dead in Varno
A sheriff's deputy was <shot|shoot|VERB|obj:deputy,time:Friday,=ROOT> dead on [Friday|DATE|2031-06-13] in [Varno|GPE|varno].
A suspect was <arrested|arrest|VERB|obj:suspect> on [Saturday|DATE|2031-06-14] in connection with the <killing|killing|NOUN|> of the deputy.""",
        "2031-06-14",
    )
    daily = (
        "deputy-daily",
        """# Varno deputy killed
A gunman <shot|shoot|VERB|subj:gunman,obj:deputy,time:Friday,=ROOT> and <killed|kill|VERB|subj:gunman,obj:deputy> a sheriff's deputy on [Friday|DATE|2031-06-13] in [Varno|GPE|varno].
The <killing|killing|NOUN|> <shocked|shock|VERB|subj:killing,obj:town> the town.""",
        "2031-06-14",
    )
    built = [make(i, t, d) for i, t, d in (killed, daily)]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    texts = [m.text for e in result.events for m in e.mentions]
    assert any(t.startswith("A sheriff's deputy was shot") for t in texts), texts
    assert not any(t.startswith("A suspect was arrested") for t in texts), texts
