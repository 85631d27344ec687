"""Translation alignment: paragraphs that translate each other, paired on language-free evidence."""

from __future__ import annotations

import hashlib

import pytest

from tui.core.events.linking import link_events
from tui.core.model.schema import Article, ArticleAnnotation, Quantity

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
    text = (
        "date 2024-03-12\nRegulators halted the IPO of Acme on Tuesday, a $4.2 billion deal.\n"
        "規制当局は火曜日、42億ドル規模のAcmeのIPOを中止した。\n"
    )
    digest = hashlib.sha256(text.encode()).hexdigest()
    other_text = "date 2024-03-13\nAcme's $4.2 billion listing was scrapped on Tuesday.\n"
    other_digest = hashlib.sha256(other_text.encode()).hexdigest()
    a = Article("a", "a.txt", text, digest, "t", "2024-03-12", ("en", "ja"))
    b = Article("b", "b.txt", other_text, other_digest, "t", "2024-03-13", ("en",))

    def money(t: str, quote: str) -> Quantity:
        at = t.index(quote)
        return Quantity(start=at, end=at + len(quote), text=quote, label="MONEY")

    annotations = {
        "a": ArticleAnnotation(
            article="a", sha256=digest, quantities=(money(text, "$4.2 billion"),)
        ),
        "b": ArticleAnnotation(
            article="b", sha256=other_digest, quantities=(money(other_text, "$4.2 billion"),)
        ),
    }
    result = link_events([a, b], annotations)
    (event,) = [e for e in result.events if e.kind == "ipo_halt"]
    assert any("中止" in m.text for m in event.mentions)
    assert {m.article for m in event.mentions} == {"a", "b"}
