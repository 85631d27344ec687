"""Translation alignment: paragraphs that translate each other, paired on language-free evidence."""

from __future__ import annotations

import hashlib

import pytest

from tui.core.events.linking import link_events
from tui.core.model.schema import Article, ArticleAnnotation

EN = [
    "Orbis Foods said on Monday that sales rose 12.5% to 3,400 million yen.",
    "The company will open 40 new stores, chief executive Kenta Mori said.",
    "Its shares closed at 1,820 yen.",
]
JA = [
    "オービス・フーズは月曜日、売上高が12.5%増の3,400百万円になったと発表した。",
    "同社は新たに40店舗を開設すると、森健太社長は述べた。",
    "株価は1,820円で取引を終えた。",
]


def article_of(paragraphs: list[str]) -> tuple[Article, ArticleAnnotation]:
    text = "\n".join(paragraphs) + "\n"
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article("bi", "bi.txt", text, digest, "t", None, ("en", "ja"))
    return article, ArticleAnnotation(article="bi", sha256=digest)


def pairs(paragraphs: list[str]) -> list[tuple[str, str]]:
    article, annotation = article_of(paragraphs)
    result = link_events([article], {"bi": annotation})
    return [(a.mentions[0].text[:12], a.mentions[1].text[:12]) for a in result.alignments]


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(EN + JA, id="blocks"),
        pytest.param([p for pair in zip(EN, JA, strict=True) for p in pair], id="interleaved"),
    ],
)
def test_paragraphs_pair_up(layout: list[str]) -> None:
    assert pairs(layout) == [(e[:12], j[:12]) for e, j in zip(EN, JA, strict=True)]


def test_extra_paragraph_is_left_alone() -> None:
    found = pairs(EN + JA[:1] + ["写真はイメージです。"] + JA[1:])
    assert ("写真はイメージです。"[:12]) not in [j for _, j in found]
    assert len(found) == 3


def test_one_language_has_no_alignments() -> None:
    assert pairs(EN) == []


def test_translation_joins_the_event() -> None:
    """A sentence's translation is a passage of the event its sentence reports."""
    import dataclasses

    from tests.core.linking_world import fillers, make

    a_text = (
        "# Regulators halt Acme listing\n"
        "Regulators <halted|halt|VERB|obj:IPO> the IPO of [Acme|ORG|acme] on "
        "[Tuesday|DATE|2024-03-12], a [$4.2 billion|MONEY|4200000000] deal.\n"
        "規制当局は火曜日、42億ドル規模のAcmeのIPOを中止した。"
    )
    b_text = (
        "# Acme IPO halted\n"
        "The $4.2 billion IPO of [Acme|ORG|acme] was <halted|halt|VERB> by regulators on "
        "[Tuesday|DATE|2024-03-12].\n"
        "[Acme|ORG|acme] had hoped to raise money for its cloud unit."
    )
    built = [make("a", a_text, "2024-03-12"), make("b", b_text, "2024-03-13")]
    built += [make(i, t, d) for i, t, d in fillers()]
    articles = [a for a, _ in built]
    articles[0] = dataclasses.replace(articles[0], languages=("en", "ja"))
    result = link_events(articles, {a.id: n for a, n in built})
    (event,) = [e for e in result.events if {"a", "b"} <= {m.article for m in e.mentions}]
    assert any("中止" in m.text for m in event.mentions)
    assert {m.article for m in event.mentions} == {"a", "b"}
