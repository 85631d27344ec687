"""Triggers (verbs and eventive nouns with their arguments), headline sentences and the
article date guessed from a date line: the spelling rules alone, then the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.model.article import Article
from tui.core.model.schema import Argument, ArticleAnnotation, Trigger, trigger_from_line
from tui.core.model.store import annotation_to_yaml, parse_model
from tui.core.text.morph import base_verb, deverbal_stem, noun_basis
from tui.core.text.sentences import headline_case, sentence_case, written_in_capitals

from nlp_models import text_article

VERBS = frozenset(
    {"shoot", "rob", "arrive", "try", "acquire", "decide", "admit", "explode", "quake", "take"}
    | {"kill", "attack", "prepare", "reduce", "resolve", "shoot", "walk"}
)


@pytest.mark.parametrize(
    ("noun", "suffix", "verb"),
    [
        ("shooting", "ing", "shoot"),
        ("robbery", "ery", "rob"),
        ("arrival", "al", "arrive"),
        ("trial", "al", "try"),
        ("acquisition", "tion", "acquire"),
        ("decision", "sion", "decide"),
        ("admission", "sion", "admit"),
        ("explosion", "sion", "explode"),
        ("preparation", "tion", "prepare"),
        ("reduction", "tion", "reduce"),
        ("resolution", "tion", "resolve"),
        ("station", "tion", None),
    ],
)
def test_deverbal_stem(noun: str, suffix: str, verb: str | None) -> None:
    assert deverbal_stem(noun, suffix, VERBS) == verb


@pytest.mark.parametrize(
    ("noun", "basis"),
    [
        ("attack", "verb-noun"),
        ("shooting", "suffix"),
        ("earthquake", "compound"),
        ("takeover", "verb-particle"),
        ("walkout", "verb-particle"),
        ("table", None),
        ("u.s.", None),
        ("ox", None),
    ],
)
def test_noun_basis(noun: str, basis: str | None) -> None:
    assert noun_basis(noun, VERBS) == basis


def test_base_verb() -> None:
    assert base_verb("killing", VERBS) == "kill"
    assert base_verb("acquisition", VERBS) == "acquire"
    assert base_verb("attack", VERBS) == "attack"
    assert base_verb("table", VERBS) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lindsay Lohan Checks Into Betty Ford Clinic", True),
        ("RED SOX MAKE HUGE OFFER TO TEIXEIRA", True),
        ("Red Sox to break bank for Teixeira", False),
        ("The actress entered the clinic on Friday.", False),
        ("Big Day", False),  # one word of four letters or more: too little to tell
    ],
)
def test_headline_case(line: str, expected: bool) -> None:
    assert headline_case(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("J.P. MORGAN AND CO INC <JPM> 3RD QTR NET", True),
        ("<GSW INC> YEAR NET", True),
        ("CRA LTD <CRAA.S> 1986 NET", True),
        ("AOI COAL CO <AOI> 4TH QTR NET", True),
        ("Acme Co 4th Qtr Net", False),
        ("U.S. 1986/87", False),  # no word of three letters
        ("NET", False),  # one word
    ],
)
def test_written_in_capitals(line: str, expected: bool) -> None:
    assert written_in_capitals(line) is expected


def test_sentence_case_keeps_the_length() -> None:
    assert sentence_case("RED SOX MAKE HUGE OFFER") == "Red sox make huge offer"
    assert sentence_case("QUAKE HITS İZMIR") == "QUAKE HITS İZMIR"  # lowering İ adds a character


def test_triggers_are_one_line_each_and_round_trip() -> None:
    text = "The building was destroyed."
    trigger = Trigger(start=17, end=26, lemma="destroy", pos="VERB", dep="ROOT", root=True)
    annotation = ArticleAnnotation(article="a", sha256="0", triggers=(trigger,))
    written = annotation_to_yaml(annotation)
    assert "triggers:\n- destroy 17-26 VERB ROOT root\n" in written
    assert parse_model(written, ArticleAnnotation, "a.yaml") == annotation
    assert text[trigger.start : trigger.end] == "destroyed"


@pytest.mark.parametrize(
    "trigger",
    [
        Trigger(start=0, end=5, lemma="offer", pos="NOUN", basis="verb-noun", dep="dobj"),
        Trigger(start=0, end=10, lemma="the-oscars", pos="PROPN", basis="event-entity"),
        Trigger(
            start=9,
            end=15,
            lemma="take",
            pos="VERB",
            dep="conj",
            neg=True,
            modal=True,
            passive=True,
            prt="over",
            args=(
                Argument(role="subj", start=0, end=8, lemma="acme"),
                Argument(role="prep:で", start=20, end=22, lemma="東京"),
            ),
        ),
    ],
)
def test_trigger_line_round_trip(trigger: Trigger) -> None:
    assert Trigger.model_validate(trigger_from_line(trigger.line())) == trigger


def test_any_trigger_gives_a_line_that_reads_back() -> None:
    odd = Trigger(
        start=0,
        end=8,
        lemma="check in",
        pos="VERB",
        prt="in; out",
        args=(Argument(role="prep:", start=9, end=12, lemma=""),),
    )
    back = Trigger.model_validate(trigger_from_line(odd.line()))
    assert (back.lemma, back.prt, back.args[0].lemma) == ("check_in", "in__out", "_")


@pytest.mark.parametrize(
    "line", ["offer 0-5 NOUN", "offer 0-5 NOUN dobj shiny", "make 0-4 VERB ROOT; subj 1-2"]
)
def test_a_broken_trigger_line_is_refused(line: str) -> None:
    with pytest.raises(ValueError):
        trigger_from_line(line)


def test_an_annotation_without_triggers_writes_no_new_keys() -> None:
    written = annotation_to_yaml(ArticleAnnotation(article="a", sha256="0"))
    assert "triggers" not in written and "headline" not in written


# ----------------------------------------------------------------- the real models


def _article(text: str, article_id: str = "t", date: str | None = None) -> Article:
    return text_article(text, article_id, date)  # type: ignore[no-any-return]


def _annotate(extractor: Any, text: str, date: str | None = None) -> ArticleAnnotation:
    (annotation,) = extractor.extract([_article(text, date=date)])
    _assert_inside_sentences(annotation, text)
    return annotation  # type: ignore[no-any-return]


def _assert_inside_sentences(annotation: ArticleAnnotation, text: str) -> None:
    """Every trigger and every argument lies inside the text and inside one sentence,
    and the trigger's line reads back as the trigger."""
    for trigger in annotation.triggers:
        assert Trigger.model_validate(trigger_from_line(trigger.line())) == trigger
        assert 0 <= trigger.start < trigger.end <= len(text)
        holding = [s for s in annotation.sentences if s.start <= trigger.start < s.end]
        assert len(holding) == 1
        sentence = holding[0]
        assert trigger.end <= sentence.end
        for argument in trigger.args:
            assert sentence.start <= argument.start < argument.end <= sentence.end


def _found(annotation: ArticleAnnotation, text: str) -> dict[str, Trigger]:
    """Triggers by the word they are written as."""
    return {text[t.start : t.end]: t for t in annotation.triggers}


def _args(trigger: Trigger, text: str) -> set[tuple[str, str]]:
    return {(a.role, text[a.start : a.end]) for a in trigger.args}


@pytest.mark.slow
def test_wire_copy_with_a_dateline(extractor: Any) -> None:
    text = (
        "BANK SHOOTING LEAVES TWO DEAD\n"
        "WASHINGTON, April 3 - Police arrested two men on Tuesday after a shooting at a bank, "
        "according to officials.\n"
    )
    annotation = _annotate(extractor, text, date="1987-04-03")
    found = _found(annotation, text)
    assert found["arrested"].pos == "VERB" and found["arrested"].root
    assert ("subj", "Police") in _args(found["arrested"], text)
    assert ("obj", "men") in _args(found["arrested"], text)
    assert found["shooting"].basis == "suffix"
    assert "according" not in found  # a verb used as a preposition
    dateline = (text.index("\n") + 1, text.index(" - "))
    assert not any(dateline[0] <= t.start < dateline[1] for t in annotation.triggers)
    assert [s.headline for s in annotation.sentences][:2] == [True, False]
    assert found["LEAVES"].lemma == "leave"


@pytest.mark.slow
def test_title_case_headline_is_reparsed_in_sentence_case(extractor: Any) -> None:
    text = (
        "Lindsay Lohan Checks Into Betty Ford Clinic\n"
        "The actress entered the clinic in California on Friday, her lawyer said.\n"
    )
    annotation = _annotate(extractor, text)
    headlines = [(s.start, s.end) for s in annotation.sentences if s.headline]
    assert headlines == [(0, text.index("\n"))]
    found = _found(annotation, text)
    # The model's name swallows the headline's verb; the re-parse finds it.
    assert found["Checks"].lemma == "check" and found["Checks"].pos == "VERB"
    assert found["entered"].lemma == "enter"


@pytest.mark.slow
def test_all_caps_headline(extractor: Any) -> None:
    text = "RED SOX MAKE HUGE OFFER TO TEIXEIRA\nThe Boston Red Sox made an offer on Tuesday.\n"
    annotation = _annotate(extractor, text)
    assert all(s.headline for s in annotation.sentences if s.end <= text.index("\n"))
    assert not any(s.headline for s in annotation.sentences if s.start > text.index("\n"))
    found = _found(annotation, text)
    assert found["MAKE"].lemma == "make" and found["MAKE"].pos == "VERB"


@pytest.mark.slow
def test_passive(extractor: Any) -> None:
    text = "The old warehouse was destroyed by a fire on Sunday.\n"
    trigger = _found(_annotate(extractor, text), text)["destroyed"]
    assert trigger.passive
    assert {("obj", "warehouse"), ("subj", "fire")} <= _args(trigger, text)


@pytest.mark.slow
def test_a_subject_named_by_a_role_or_a_relative_pronoun_is_the_person(extractor: Any) -> None:
    """The subject is the person a role noun names ("founder and chairman Boyd L.
    Jefferies has resigned", "its chairman, Ann Roe, resigned") or the one a relative
    clause describes ("Tom Lee, who resigned as head"); two people joined by "and" are
    not one."""
    text = (
        "Harlan Group Inc said founder and chairman Tobias K. Wren has resigned and intends "
        "to plead guilty to two counts of fraud.\n"
        "Its chairman, Ann Roe, resigned on Monday.\n"
        "Regulators said Tom Lee, who resigned as head of the firm, took part in a scheme.\n"
        "The plant, which was closed in May, will reopen.\n"
        "The president and Ann Roe met on Friday.\n"
    )
    annotation = _annotate(extractor, text)
    resigned = sorted(
        (t for t in annotation.triggers if text[t.start : t.end] == "resigned"),
        key=lambda t: t.start,
    )
    assert [{what for role, what in _args(t, text) if role == "subj"} for t in resigned] == [
        {"Tobias K. Wren"},
        {"Ann Roe"},
        {"Tom Lee"},
    ]
    found = _found(annotation, text)
    assert ("obj", "plant") in _args(found["closed"], text)
    assert ("subj", "Ann Roe") not in _args(found["met"], text)


@pytest.mark.slow
def test_a_participle_completing_a_verb_of_perceiving_is_a_passive(extractor: Any) -> None:
    """ "saw the street cordoned off", "heard shots fired": what was done to is the
    participle's subject in the parse; a past tense after "said" is no passive."""
    text = (
        "He looked outside to see the street cordoned off.\n"
        "Someone heard shots fired and the police came.\n"
        "Northwest said its load factor gained to 60.2 pct from 56.9 pct.\n"
        "Bank shares: after a two-day rally, has the buying spree gone too far?\n"
    )
    found = _found(_annotate(extractor, text), text)
    for word, what in (("cordoned", "street"), ("fired", "shots")):
        assert found[word].passive
        assert ("obj", what) in _args(found[word], text)
        assert not any(role == "subj" for role, _ in _args(found[word], text))
    assert not found["gained"].passive
    assert not found["gone"].passive


@pytest.mark.slow
def test_light_verb_gives_its_subject_to_its_noun(extractor: Any) -> None:
    text = "The Boston Red Sox made an offer to Mark Teixeira on Monday.\n"
    found = _found(_annotate(extractor, text), text)
    assert found["offer"].pos == "NOUN" and found["offer"].basis == "verb-noun"
    # The argument reaches the whole name the head word is part of.
    assert ("subj", "Boston Red Sox") in _args(found["offer"], text)
    assert ("subj", "Boston Red Sox") in _args(found["made"], text)


@pytest.mark.slow
def test_an_adjective_complement_is_no_object(extractor: Any) -> None:
    text = "It appears almost certain the council will cut the grant.\nShe became president.\n"
    found = _found(_annotate(extractor, text), text)
    assert not any(role == "obj" for role, _ in _args(found["appears"], text))
    assert ("obj", "grant") in _args(found["cut"], text)


@pytest.mark.slow
def test_noun_events(extractor: Any) -> None:
    text = (
        "The shooting left two people dead.\n"
        "A strong earthquake hit southern Iran, and Sunday's arson shocked the town.\n"
    )
    found = _found(_annotate(extractor, text), text)
    assert found["shooting"].basis == "suffix"
    assert found["earthquake"].basis == "compound"
    assert found["hit"].pos == "VERB"
    assert ("subj", "earthquake") in _args(found["hit"], text)
    assert found["arson"].basis == "dated-noun"
    assert "Sunday" not in found  # a noun inside a date is no happening


@pytest.mark.slow
def test_japanese_verbs_and_suru_nouns(extractor: Any) -> None:
    text = "政府は新しい計画を発表した。トヨタが買収を発表する予定だ。"
    (annotation,) = extractor.extract([Article("ja", "", text, "0", "t", None, ("ja",))])
    _assert_inside_sentences(annotation, text)
    found = [(text[t.start : t.end], t.pos) for t in annotation.triggers]
    assert ("発表", "VERB") in found and ("買収", "NOUN") in found
    first = next(t for t in annotation.triggers if text[t.start : t.end] == "発表")
    assert ("subj", "政府") in _args(first, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Report: Red Sox offer Teixeira $200 million\n"
            "December 15th, 2008, 7:35 am\n"
            "Dan Patrick reported on Monday that the Red Sox made an offer.\n",
            "2008-12-15",
        ),
        (
            "Quake strikes Iran\n"
            "28 November 2005 - A strong earthquake struck southern Iran on Sunday, killing ten "
            "people, officials said.\n",
            "2005-11-28",
        ),
    ],
)
def test_article_date_from_a_date_line(extractor: Any, text: str, date: str) -> None:
    annotation = _annotate(extractor, text)
    assert annotation.metadata.date == date
    relative = [e.value for e in annotation.entities if e.text in ("Monday", "Sunday")]
    assert relative and all(v is not None and v <= date for v in relative)


@pytest.mark.slow
def test_seed_triggers_lie_inside_their_sentences(seed_annotations: dict[str, Any]) -> None:
    from tui.core.model.corpus import load_corpus

    for article in load_corpus("seeds").articles:
        annotation = seed_annotations[article.id]
        assert annotation.triggers
        _assert_inside_sentences(annotation, article.text)


_WORDS = st.sampled_from(
    ["The", "police", "ARRESTED", "Men", "after", "a", "shooting", "in", "Paris", "on"]
    + ["Sunday", "Quake", "Hits", "Iran", "-", ",", ".", "\n", "was", "destroyed", "by", "fire"]
)


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, min_size=1, max_size=30))
def test_any_text_gives_triggers_inside_one_sentence(extractor: Any, words: list[str]) -> None:
    text = " ".join(words)
    (annotation,) = extractor.extract([_article(text)])
    _assert_inside_sentences(annotation, text)
