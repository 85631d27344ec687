"""Bare numbers (unit ``count``) read by the learned resolver: its readings, its choice, its weights.

The sentences are written for these tests, each family in two styles, none taken from a
corpus, a gold set or a seed. Docs without the model are built by hand (words, tags, parse).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources

import pytest
import spacy
import yaml
from spacy.tokens import Doc

from tui.core.model.schema import Quantity
from tui.core.nlp.quantities.bare import (
    DROP,
    KEEP,
    NOUN,
    SIBLING,
    BareModel,
    Reading,
    bare_readings,
    load_bare_model,
    resolve_bare_numbers,
)

from nlp_models import load_models

# "Shops sold 42 radios and 38 ." : the second number's thing is the first's.
WORDS = ["Shops", "sold", "42", "radios", "and", "38", "."]
TEXT = "Shops sold 42 radios and 38."


def _doc() -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=WORDS,
        spaces=[True, True, True, True, True, False, False],
        tags=["NNS", "VBD", "CD", "NNS", "CC", "CD", "."],
        pos=["NOUN", "VERB", "NUM", "NOUN", "CCONJ", "NUM", "PUNCT"],
        lemmas=["shop", "sell", "42", "radio", "and", "38", "."],
        heads=[1, 1, 3, 1, 3, 3, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "cc", "conj", "punct"],
        sent_starts=[True, False, False, False, False, False, False],
    )


def _figure(phrase: str, value: float, unit: str, label: str = "CARDINAL") -> Quantity:
    start = TEXT.index(phrase)
    return Quantity(
        start=start,
        end=start + len(phrase),
        text=phrase,
        label=label,  # type: ignore[arg-type]
        value=value,
        unit=unit,
    )


RADIOS = _figure("42 radios", 42, "radio")
BARE = _figure("38", 38, "count")


class Pick:
    """Picks the first reading of a kind (and unit), else keeps the number."""

    def __init__(self, kind: str, unit: str | None = None) -> None:
        self.kind, self.unit = kind, unit

    def choose(self, quantity: Quantity, readings: Sequence[Reading]) -> int:
        return next(
            (
                k
                for k, r in enumerate(readings)
                if r.kind == self.kind and (self.unit is None or r.unit == self.unit)
            ),
            0,
        )


def test_readings_keep_first_then_drop_siblings_and_nouns() -> None:
    readings = bare_readings(TEXT, BARE, [RADIOS, BARE], [(0, _doc())])
    assert [r.kind for r in readings[:2]] == [KEEP, DROP]
    assert (SIBLING, "CARDINAL", "radio") in [(r.kind, r.label, r.unit) for r in readings]
    assert {r.unit for r in readings if r.kind == NOUN} == {"shop", "radio"}
    assert all(r.features for r in readings)


def test_a_scaled_amount_is_never_dropped() -> None:
    text = "Shops sold 42 radios and 38 mln."
    doc = Doc(
        spacy.blank("en").vocab,
        words=[*WORDS[:6], "mln", "."],
        spaces=[True] * 6 + [False, False],
        sent_starts=[True] + [False] * 7,
    )
    start = text.index("38 mln")
    scaled = Quantity(
        start=start, end=start + 6, text="38 mln", label="CARDINAL", value=38e6, unit="count"
    )
    assert DROP not in [r.kind for r in bare_readings(text, scaled, [scaled], [(0, doc)])]


def test_a_table_cell_is_never_dropped() -> None:
    text = "Maize 12.5 14.0 16.2"
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Maize", "12.5", "14.0", "16.2"],
        sent_starts=[True, False, False, False],
    )
    cell = Quantity(start=6, end=10, text="12.5", label="CARDINAL", value=12.5, unit="count")
    assert DROP not in [r.kind for r in bare_readings(text, cell, [cell], [(0, doc)])]


def test_a_number_outside_the_parses_is_kept() -> None:
    assert [r.kind for r in bare_readings(TEXT, BARE, [BARE], [])] == [KEEP]


@pytest.mark.parametrize(
    ("chooser", "expected"),
    [
        (Pick(KEEP), [("42 radios", "radio"), ("38", "count")]),
        (Pick(DROP), [("42 radios", "radio")]),
        (Pick(SIBLING), [("42 radios", "radio"), ("38", "radio")]),
        (Pick(NOUN, "shop"), [("42 radios", "radio"), ("38", "shop")]),
    ],
)
def test_the_chosen_reading_is_applied(chooser: Pick, expected: list[tuple[str, str]]) -> None:
    out = resolve_bare_numbers(TEXT, [RADIOS, BARE], [(0, _doc())], chooser)
    assert [(q.text, q.unit) for q in out] == expected


def test_the_model_takes_the_best_score_and_keeps_on_a_tie() -> None:
    readings = [Reading(KEEP, None, None, ("a",)), Reading(DROP, None, None, ("b",))]
    assert BareModel({}).choose(BARE, readings) == 0
    assert BareModel({"b": 0.5}).choose(BARE, readings) == 1
    assert BareModel({"a": 1.0, "b": 0.5}).choose(BARE, readings) == 0


def test_the_shipped_weights_are_names_and_numbers() -> None:
    path = resources.files("tui.core.nlp").joinpath("data", "bare_numbers.yaml")
    weights = yaml.safe_load(path.read_text("utf-8"))["weights"]
    assert weights and all(isinstance(v, float) for v in weights.values())
    kinds = (KEEP, DROP, SIBLING, NOUN)
    assert all(str(name).startswith(kinds) for name in weights)
    assert load_bare_model() is load_bare_model()


def test_training_is_deterministic_and_learns_the_right_reading() -> None:
    from bench.bare_numbers import choose, train

    def example(shape: str, right: int) -> dict:
        readings = [
            [KEEP, "CARDINAL", "count", [f"{KEEP}|{shape}"]],
            [DROP, None, None, [f"{DROP}|{shape}"]],
        ]
        return {"readings": readings, "right": [right]}

    examples = [example("shape=year", 1)] * 5 + [example("shape=int2", 0)] * 5
    weights = train(examples)
    assert weights == train(examples)
    assert choose(weights, example("shape=year", 1)["readings"]) == 1
    assert choose(weights, example("shape=int2", 0)["readings"]) == 0


# --- with the real model ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def models() -> dict:
    return load_models()


BARE_FAMILIES = [
    # the counted thing is a sibling figure's: wire copy, today's press
    ("Exporters shipped 42 vessels this month, while importers took 38.", [("38", "vessel")]),
    ("The league's top scorer has 31 goals, while his teammate has 27.", [("27", "goal")]),
    # a mile marker and a clock time are no figures
    ("Traffic stalled near mile 88 of the interstate.", []),
    ("The barge sank near mile 212 on the river.", []),
    ("Trading opens at 9 on Monday.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), BARE_FAMILIES)
def test_bare_numbers_in_text(models, sentence: str, expected: list) -> None:
    from tui.core.nlp.quantities.grammar import extract_quantities
    from tui.core.nlp.quantities.sharing import share_units

    doc = models["en"](sentence)
    found = share_units(sentence, extract_quantities(doc, "en"), "USD")
    out = resolve_bare_numbers(sentence, found, [(0, doc)])
    bare = [(q.text, q.unit) for q in out if q not in found]
    assert bare == expected
    assert all(q.unit != "count" for q in out)
