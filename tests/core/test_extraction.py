"""Extraction: language segments, entity rules, and the whole pipeline on a made-up article."""

from __future__ import annotations

from typing import Any

import pytest

from tui.core.model.corpus import guess_date, guess_languages
from tui.core.model.schema import (
    ENTITY_LABELS,
    QUANTITY_LABELS,
    Article,
    Furniture,
    KbEntity,
    Quantity,
    Sentence,
)
from tui.core.nlp.entities import (
    Candidate,
    cashtag_entities,
    choose_entities,
    looks_like_name,
    numbered_place,
    overlaps_quantity,
    select_entities,
    short_name_mentions,
    ticker_entities,
    trim_span,
    unknown_initials,
)
from tui.core.nlp.extractor import ginza_labels
from tui.core.nlp.segmentation import japanese_sentences, language_segments

from nlp_models import text_article


def _segments(text: str) -> list[tuple[str, str]]:
    return [(s.lang, text[s.start : s.end]) for s in language_segments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose.\n\nThey fell.", [("en", "Shares rose."), ("en", "They fell.")]),
        ("株価は上昇した。\nShares rose.", [("ja", "株価は上昇した。"), ("en", "Shares rose.")]),
        (
            "Shares rose. 株価は上昇した。 They fell.",
            [("en", "Shares rose."), ("ja", "株価は上昇した。"), ("en", "They fell.")],
        ),
        ("Nomura (野村) shares rose.", [("en", "Nomura (野村) shares rose.")]),
        (
            "Benzinga Proのデータによると株価は上昇した。",
            [("ja", "Benzinga Proのデータによると株価は上昇した。")],
        ),
        ("  \n 123 \n", [("en", "123")]),
    ],
)
def test_language_segments(text: str, expected: list[tuple[str, str]]) -> None:
    assert _segments(text) == expected


def test_japanese_sentences() -> None:
    text = "株価は上昇した。「本当か？」と彼は言った。最後の文"
    spans = japanese_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "株価は上昇した。",
        "「本当か？」",
        "と彼は言った。",
        "最後の文",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Federal Reserve", "Federal Reserve"),
        ("Acme's", "Acme"),
        ("Acme Ltd.", "Acme Ltd."),
        ("the U.S.", "U.S."),
        ("Acme,", "Acme"),
        ("“Acme”", "Acme"),
        ("Reuters'", "Reuters"),
    ],
)
def test_trim_span(text: str, expected: str) -> None:
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == expected


def test_ticker_in_brackets_names_the_company_before_it() -> None:
    text = "Acme Corp (NYSE:ACM) (OTC:ACMF) rose."
    entities = [Candidate(0, 9, "ORG", "acme", True), Candidate(11, 15, "ORG")]
    out = ticker_entities(text, entities)
    assert [(text[c.start : c.end], c.label, c.kb_id) for c in select_entities(out)] == [
        ("Acme Corp", "ORG", "acme"),
        ("ACM", "ORG", "acme"),
        ("ACMF", "ORG", "acme"),
    ]


def test_ticker_of_a_company_outside_the_knowledge_base_takes_its_derived_id() -> None:
    text = "Zenith Mining Inc. (ASX:ZMI) fell."
    out = ticker_entities(text, [Candidate(0, 18, "ORG")])
    assert [(text[c.start : c.end], c.kb_id) for c in out][-1] == ("ZMI", "auto:zenith-mining")


def test_ticker_without_a_company_before_it_is_left_alone() -> None:
    text = "Shares (NYSE:ACM) rose."
    assert ticker_entities(text, []) == []


def test_cashtags() -> None:
    known = KbEntity(id="acme", label="ORG", name="Acme", aliases=("ACM",))
    text = "Buy $ACM and $XYZ, not US$5 or $Bank; scraped: fell$ACMhttps://x"
    out = cashtag_entities(text, [], lambda s: known if s == "ACM" else None)
    assert [(text[c.start : c.end], c.kb_id) for c in out] == [
        ("ACM", "acme"),
        ("XYZ", None),
        ("ACM", "acme"),
    ]


def test_short_name_mentions() -> None:
    text = "Vice Premier Liu He spoke. Investors liked He's remarks. He said more. Ma said no."
    people = [Candidate(13, 19, "PERSON")]
    sentences = [
        Sentence(start=0, end=26),
        Sentence(start=27, end=56),
        Sentence(start=57, end=70),
        Sentence(start=71, end=82),
    ]
    out = short_name_mentions(text, people, sentences, [], {"he"})
    assert [text[c.start : c.end] for c in out] == ["Liu He", "He"]
    assert out[1].start == text.index("He's")


def test_short_names_are_not_found_in_furniture_or_before_the_full_name() -> None:
    text = "Liu said. Then Liu He spoke. Related: Liu wins"
    people = [Candidate(15, 21, "PERSON")]
    furniture = [Furniture(start=29, end=len(text), kind="related")]
    assert short_name_mentions(text, people, [], furniture) == people


@pytest.mark.parametrize(
    ("tokens", "lang", "expected"),
    [
        ([("Acme", "PROPN", "NNP")], "en", True),
        ([("Tech", "ADJ", "JJ")], "en", False),
        ([("IPO", "PROPN", "NNP")], "en", False),
        ([("中国", "PROPN", "名詞-固有名詞-地名-国")], "ja", True),
        (
            [
                ("テクノロジー", "NOUN", "名詞-普通名詞-一般"),
                ("株", "NOUN", "名詞-普通名詞-助数詞可能"),
            ],
            "ja",
            False,
        ),
    ],
)
def test_looks_like_name(tokens: list[tuple[str, str, str]], lang: str, expected: bool) -> None:
    assert looks_like_name(tokens, lang) is expected


def test_entities_inside_numbers_go_but_names_inside_counts_stay() -> None:
    text = "HK$91.10 and 11 Chinese companies"
    money = Quantity(start=0, end=8, text="HK$91.10", label="MONEY")
    count = Quantity(start=13, end=33, text="11 Chinese companies", label="CARDINAL")
    assert overlaps_quantity(Candidate(0, 8, "ORG"), text, [money, count])
    assert not overlaps_quantity(Candidate(16, 23, "NORP"), text, [money, count])


def test_select_prefers_the_knowledge_base_then_the_longest() -> None:
    chosen = select_entities(
        [
            Candidate(0, 5, "GPE"),
            Candidate(0, 12, "ORG"),
            Candidate(0, 5, "ORG", "x", True),
            Candidate(20, 25, "PERSON"),
        ]
    )
    assert [(c.start, c.end, c.label) for c in chosen] == [(0, 5, "ORG"), (20, 25, "PERSON")]


def test_ginza_labels_map_onto_the_app_labels() -> None:
    labels = ginza_labels()
    assert set(labels.values()) <= set(ENTITY_LABELS) | set(QUANTITY_LABELS)
    assert "Position_Vocation" not in labels and "Title_Other" not in labels
    assert labels["Company"] == "ORG" and len(labels) == 130


# ----------------------------------------------------------------- the real models

MIXED = (
    "date 2022-03-04 Acme Holdings Ltd. (NYSE:ACMH) said on Thursday that Maria Okafor would lead "
    "its unit in Lagos. Okafor's team grew 12% last year.\n"
    "READ ALSO: Oil slips\n"
    "ロイターによると、トヨタ自動車の株価は東京で3.5%上昇した。\n"
    "Sign up for our newsletter to get more.\n"
    "https://example.com/story\n"
)


def _article(text: str, article_id: str = "mixed") -> Article:
    return text_article(text, article_id, guess_date(text), guess_languages(text))  # type: ignore[no-any-return]


@pytest.mark.slow
def test_whole_pipeline_on_a_mixed_article(extractor: Any) -> None:
    (annotation,) = extractor.extract([_article(MIXED)])
    text = MIXED
    for span in (*annotation.entities, *annotation.quantities):
        assert text[span.start : span.end] == span.text
        assert (span.prefix, span.suffix) == (
            text[max(0, span.start - 16) : span.start],
            text[span.end : span.end + 16],
        )
        assert not any(f.start < span.end and span.start < f.end for f in annotation.furniture)
    kinds = [(f.kind, f.text) for f in annotation.furniture]
    assert kinds == [
        ("header", "date 2022-03-04"),
        ("related", "READ ALSO: Oil slips"),
        ("signup", "Sign up for our newsletter to get more."),
        ("url", "https://example.com/story"),
    ]
    names = {
        (e.text, e.label, e.kb_id)
        for e in annotation.entities
        if e.label in ("ORG", "PERSON", "GPE")
    }
    assert ("Maria Okafor", "PERSON", "auto:maria-okafor") in names
    assert ("Okafor", "PERSON", "auto:maria-okafor") in names
    assert ("ACMH", "ORG", "auto:acme") in names
    assert ("東京", "GPE", "tokyo") in names
    dates = {e.text: e.value for e in annotation.entities if e.label == "DATE"}
    assert dates.get("Thursday") == "2022-03-03"
    langs = {text[s.start : s.end][:4]: s.lang for s in annotation.sentences}
    assert langs["ロイター"] == "ja" and langs["date"] == "en"
    assert all(s.lang == "en" for s in annotation.sentences if text[s.start].isascii())
    values = {(q.text, q.value, q.unit) for q in annotation.quantities}
    assert ("3.5%", 3.5, "percent") in values and ("12%", 12.0, "percent") in values


@pytest.mark.slow
def test_every_seed_span_quotes_its_text(seed_annotations: dict[str, Any]) -> None:
    from tui.core.model.corpus import load_corpus
    from tui.core.nlp.furniture import inside

    for article in load_corpus("seeds").articles:
        annotation = seed_annotations[article.id]
        for span in (*annotation.entities, *annotation.quantities):
            assert article.text[span.start : span.end] == span.text
            assert not inside(span.start, span.end, annotation.furniture)
        for label in ("PERSON", "ORG", "GPE"):
            assert all(e.kb_id for e in annotation.entities if e.label == label)
        starts = [s.start for s in annotation.sentences]
        assert starts == sorted(starts)


@pytest.mark.slow
def test_worker_processes_give_the_same_annotations(extractor: Any) -> None:
    articles = [_article(MIXED, "a"), _article("Acme rose 5% in Lagos on Monday.", "b")]
    one = list(extractor.extract(articles, n_process=1))
    two = list(extractor.extract(articles, n_process=2))
    assert one == two


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("D.A.", True),  # "the D.A.'s release says": the district attorney
        ("F.B.I.", True),
        ("M.D.", True),
        ("U.S.", False),
        ("U.S.A.", False),
        ("N.J.", False),  # a state's abbreviation
        ("L.A.", False),  # a city's
        ("K.C.", False),  # "a 20-13 win in K.C."
        ("Calif.", False),  # no initials
    ],
)
def test_initials_the_gazetteer_knows_as_no_place_are_no_place(name: str, office: bool) -> None:
    assert unknown_initials(name) is office


@pytest.mark.parametrize(
    ("label", "name", "numbered"),
    [
        ("GPE", "IE6", True),  # "all versions of IE6": a browser
        ("GPE", "DC-10s", True),  # aircraft
        ("GPE", "NY1", True),  # a channel
        ("LOC", "Windows Server 2008", True),
        ("LOC", "Jly 84.50", True),  # a futures row
        ("LOC", "East 223rd Street", False),  # a street's ordinal
        ("LOC", "117th St.", False),
        ("GPE", "Lake County", False),
        ("ORG", "Area 51 Partners", False),  # only places are asked
    ],
)
def test_a_place_with_a_figure_in_its_name(label: str, name: str, numbered: bool) -> None:
    assert numbered_place(label, name) is numbered


def test_a_models_place_with_a_figure_in_its_name_is_dropped() -> None:
    text = "The flaw affects IE6 and IE7 users in Ohio and on East 77th Street."
    spans = [(w, text.index(w)) for w in ("IE6", "IE7", "Ohio", "East 77th Street")]
    chosen = choose_entities(
        text,
        [Candidate(at, at + len(w), "LOC" if w.startswith("East") else "GPE") for w, at in spans],
        [],
        [Sentence(start=0, end=len(text), lang="en")],
        [],
        lambda alias: None,
    )
    assert [text[c.start : c.end] for c in chosen] == ["Ohio", "East 77th Street"]


def test_a_models_place_of_initials_no_gazetteer_knows_is_dropped() -> None:
    text = "The D.A.'s release says the man was shot in L.A. on Friday."
    office, city = text.index("D.A."), text.index("L.A.")
    chosen = choose_entities(
        text,
        [Candidate(office, office + 4, "GPE"), Candidate(city, city + 4, "GPE")],
        [],
        [Sentence(start=0, end=len(text), lang="en")],
        [],
        lambda alias: None,
    )
    assert [(text[c.start : c.end], c.label) for c in chosen] == [("L.A.", "GPE")]
