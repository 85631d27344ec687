"""One case's successive happenings (the act, the arrest, the trial, the sentence; a bid
and the completed deal; a quake and its aftershock) are told apart."""

from __future__ import annotations

from tui.core.events.overlap import Ranked, apart, merge_coinciding
from tui.core.events.phases import concept_phases, phases_apart, phases_of
from tui.core.events.titles import Title
from tui.core.model.schema import Event, Mention


def test_phases_of_one_case_are_apart_and_other_cases_are_not() -> None:
    shooting, arrest, sentence = (phases_of([w]) for w in ("shoot", "arrest", "sentence"))
    assert phases_apart(shooting, arrest) and phases_apart(arrest, sentence)
    assert not phases_apart(phases_of(["kill"]), phases_of(["stab"]))  # one phase
    assert phases_apart(phases_of(["bid"]), phases_of(["complete"]))
    assert phases_apart(phases_of(["quake"]), phases_of(["aftershock"]))
    # (a quake and a killing are no phases of one case; words of no case set nothing apart)
    assert not phases_apart(phases_of(["quake"]), shooting)
    assert not phases_apart(phases_of(["die"]), sentence)
    # (an event of both phases shares one with each)
    assert not phases_apart(shooting | arrest, arrest)


def test_concepts_take_the_phases_of_their_lemmas() -> None:
    phases = concept_phases({"indictment": "indict", "indict": "indict", "hit": "hit"})
    assert phases == {"indict": phases_of(["indict"])}


def _ranked(trigger: str, passages: list[tuple[str, int]]) -> Ranked:
    mentions = tuple(Mention(article=a, start=100 * n, end=100 * n + 50) for a, n in passages)
    event = Event(id=trigger, title=trigger, mentions=mentions)
    return Ranked(event, 1.0, Title(text=trigger, trigger=trigger))


def test_events_of_two_phases_of_one_case_are_not_made_one() -> None:
    # Reports of a verdict recall the charge: their passages coincide, the happenings do not.
    charged = _ranked("charge", [("wire", 0), ("daily", 1), ("radio", 2)])
    convicted = _ranked("convict", [("wire", 0), ("daily", 1), ("weekly", 3)])
    assert apart(charged, convicted)
    assert len(merge_coinciding([charged, convicted])) == 2
    # Two words of one phase ("arrested", "detained") are one happening's.
    detained = _ranked("detain", [("wire", 0), ("daily", 1), ("weekly", 3)])
    assert not apart(_ranked("arrest", [("wire", 0), ("daily", 1)]), detained)
