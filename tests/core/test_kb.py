"""The knowledge base: alias matching rules, the spaCy component, canonical names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.model.schema import ENTITY_LABELS, Entity, KbEntity, KnowledgeBase
from tui.core.model.store import AnnotationStore
from tui.core.nlp.kb import KbMatcher, add_kb_component, matches_of
from tui.core.nlp.names import auto_id, resolve_ids

KB = KnowledgeBase(
    entities=(
        KbEntity(
            id="acme",
            label="ORG",
            name="Acme Corp",
            aliases=("Acme", "ACME", "ACM", "アクメ", "阿克米"),
        ),
        KbEntity(id="acme-bank", label="ORG", name="Acme Bank", aliases=()),
        KbEntity(id="jo-smith", label="PERSON", name="Jo Smith", aliases=("ジョー・スミス", "史")),
        KbEntity(
            id="ruritania", label="GPE", name="Ruritania", aliases=("RU", "ルリタニア", "瑠国")
        ),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.kb_id) for m in KbMatcher(KB.entities).find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme rose.", [("Acme", "acme")]),
        ("Acme's shares and Acme’s bonds", [("Acme", "acme"), ("Acme", "acme")]),
        ("ACME RALLIES", [("ACME", "acme")]),
        ("acme is a word", []),  # a single word matches as written or in capitals only
        ("Acme Holdings Ltd. said", [("Acme Holdings Ltd.", "acme")]),
        ("Acme Group, Inc. said", [("Acme Group, Inc.", "acme")]),
        ("ACME CORP and acme corp", [("ACME CORP", "acme"), ("acme corp", "acme")]),
        ("Acme Bank lends", [("Acme Bank", "acme-bank")]),  # the longest alias wins
        ("Acmeville is a town", []),
        ("(NYSE:ACM) and acm", [("ACM", "acme")]),  # tickers are case-sensitive
        ("Jo Smith and jo smith", [("Jo Smith", "jo-smith"), ("jo smith", "jo-smith")]),
        ("RU-listed, RU$5, RUB", [("RU", "ruritania")]),  # not inside an amount or a word
        ("アクメ・グループの株", [("アクメ・グループ", "acme")]),
        ("アクメ社は", [("アクメ社", "acme")]),
        ("アクメロンは別の語", []),  # no match inside a longer katakana word
        ("ジョー・スミスが", [("ジョー・スミス", "jo-smith")]),
        ("史が語った", [("史", "jo-smith")]),
        ("歴史が語った", []),  # a lone kanji needs other scripts around it
        ("瑠国の首都", [("瑠国", "ruritania")]),
        ("瑠国銀行の首都", []),  # part of an organisation's name
        ("ルリタニアドルで", []),  # a currency, not the place
        ("Ruritania dollars", []),
    ],
)
def test_alias_matching(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_component_sets_entities_with_kb_id_on_a_blank_pipeline() -> None:
    import spacy

    nlp = spacy.blank("en")
    add_kb_component(nlp, KB)
    doc = nlp("Jo Smith left Acme Holdings for Ruritania.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Jo Smith", "PERSON", "jo-smith"),
        ("Acme Holdings", "ORG", "acme"),
        ("Ruritania", "GPE", "ruritania"),
    ]
    assert [(m.start, m.end, m.kb_id) for m in matches_of(doc)] == [
        (0, 8, "jo-smith"),
        (14, 27, "acme"),
        (32, 41, "ruritania"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Holdings Ltd.", "auto:acme"),
        ("ロバート・リー氏", "auto:ロバート-リー"),
        ("---", None),
        # Initials before the last word go while two words remain: sources write a
        # name with them and without.
        ("Boyd L. Jefferies", "auto:boyd-jefferies"),
        ("Boyd Jefferies", "auto:boyd-jefferies"),
        ("H. Ross Perot", "auto:ross-perot"),
        ("Mary A. B. Lind", "auto:mary-lind"),
        ("J. C. Penney Co", "auto:j-c-penney"),
        ("U.S.", "auto:us"),
        ("Washington D.C.", "auto:washington-dc"),
    ],
)
def test_auto_id_is_the_normalised_name_without_a_label(text: str, expected: str | None) -> None:
    # The normalisation itself is tested in test_text.py.
    assert auto_id(text) == expected


def _entity(text: str, start: int, label: str = "PERSON", kb_id: str | None = None) -> Entity:
    return Entity(start=start, end=start + len(text), text=text, label=label, kb_id=kb_id)


def test_short_forms_take_the_full_name_id() -> None:
    entities = [
        _entity("Jo Smith", 0),
        _entity("Smith", 20),
        _entity("Ann Lee", 40, kb_id="ann-lee"),
        _entity("Lee", 60),
        _entity("Acme Holdings", 70, "ORG"),
        _entity("Acme", 90, "ORG"),
        _entity("Monday", 100, "DATE"),
    ]
    ids = [e.kb_id for e in resolve_ids(entities)]
    assert ids == [
        "auto:jo-smith",
        "auto:jo-smith",
        "ann-lee",
        "ann-lee",
        "auto:acme",
        "auto:acme",
        None,
    ]


def test_a_short_form_two_people_share_goes_to_the_nearest_earlier() -> None:
    entities = [
        _entity("Li Qiang", 0),
        _entity("Robin Li", 20),
        _entity("Li", 40),
        _entity("Bo Li", 60),
    ]
    ids = [e.kb_id for e in resolve_ids(entities)]
    assert ids[2] == "auto:robin-li"
    assert len({ids[0], ids[1], ids[3]}) == 3  # different people never share an id


def test_a_short_form_before_any_full_name_and_ambiguous_keeps_its_own_id() -> None:
    entities = [_entity("Li", 0), _entity("Li Qiang", 20), _entity("Robin Li", 40)]
    assert resolve_ids(entities)[0].kb_id == auto_id("Li")


def test_shipped_knowledge_base_is_valid_and_unambiguous(committed: Path) -> None:
    loaded = AnnotationStore(committed / "annotations").load_kb()
    assert loaded.error is None
    kb = loaded.value
    assert len(kb.entities) >= 40
    ids = [e.id for e in kb.entities]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for entity in kb.entities:
        assert entity.label in ENTITY_LABELS
        for alias in (entity.name, *entity.aliases):
            assert owner.setdefault(alias, entity.id) == entity.id, f"{alias!r} names two entities"


def test_component_before_a_model_leaves_places_to_it() -> None:
    """Before a model's NER the component sets no place, so "China Daily"-like names stay
    readable; the match is still there for the entity rules."""
    import spacy

    from tui.core.nlp.kb import KbComponent, kb_config

    component = KbComponent(kb_config(KB)["entities"], leave_places=True)
    doc = component(spacy.blank("en")("Jo Smith left Acme Holdings for Ruritania."))
    assert [e.text for e in doc.ents] == ["Jo Smith", "Acme Holdings"]
    assert [m.kb_id for m in matches_of(doc)] == ["jo-smith", "acme", "ruritania"]
