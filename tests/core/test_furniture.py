"""Page furniture: the pattern list, within-line detection, link lists, the user's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.model.schema import Furniture
from tui.core.nlp.furniture import (
    FurniturePatternError,
    detect_furniture,
    load_patterns,
    merge_regions,
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in detect_furniture(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2021-05-06 Shares rose.", [("header", "date 2021-05-06")]),
        (
            "Quake hits coast\nUpdated: November 3, 2015 20:09 IST\nThe quake struck.",
            [("stamp", "Updated: November 3, 2015 20:09 IST")],
        ),
        (
            "Vote delayed\nPosted: Jun 8, 2014 8:20 AM ET Last Updated: Jun 8, 2014 8:10 PM ET\nIt was.",
            [("stamp", "Posted: Jun 8, 2014 8:20 AM ET Last Updated: Jun 8, 2014 8:10 PM ET")],
        ),
        ("Tram plan\n  Updated 9:06 AM\nCouncil voted.", [("stamp", "Updated 9:06 AM")]),
        # a date, then the stamp's words as a broadcaster prints them
        (
            "21 July 2031 Last updated at 11:11 GMT\nFire in town\nCrews came.",
            [("stamp", "21 July 2031 Last updated at 11:11 GMT")],
        ),
        (
            "Hall reopens\nLast updated 15:48 15/09/2031\nIt did.",
            [("stamp", "Last updated 15:48 15/09/2031")],
        ),
        # a press release's release line, with its date or alone
        (
            "CITY HALL\nFOR IMMEDIATE RELEASE May 2, 2031\nMayor opens bridge\nIt opened.",
            [("stamp", "FOR IMMEDIATE RELEASE May 2, 2031")],
        ),
        (
            "Club signs striker\nFor immediate release:\nThe club said.",
            [("stamp", "For immediate release:")],
        ),
        ("Rebels urged the immediate release of the hostages.", []),
        ("They asked FOR IMMEDIATE RELEASE OF ALL PRISONERS\nMore.", []),
        # (a sentence's own "last updated" is no stamp)
        ("The list was last updated in 2014 by the council.", []),
        # a sentence that says when something was published is the report's
        ("The list was Published in 2014 by the council.", []),
        ("Updated guidance on May 2, 2015 said more.", []),
        # words that end like a time zone are words ("at night")
        ("Vote held\nUpdated: May 3, 2015 at night\nIt was.", []),
        (
            "Prices fell. Sign up for our Markets Daily newsletter to get the news first. Traders sold.",
            [("signup", "Sign up for our Markets Daily newsletter to get the news first.")],
        ),
        ("Subscribe to our briefing\nThe bank said", [("signup", "Subscribe to our briefing")]),
        (
            "Profits rose.\nREAD MORE: Why bond yields matter\nThe firm said",
            [("related", "READ MORE: Why bond yields matter")],
        ),
        (
            "Related: Oil slips as stocks build\nBody text.",
            [("related", "Related: Oil slips as stocks build")],
        ),
        ("Intro.\nAdvertisement\nMore text.", [("ad", "Advertisement")]),
        (
            "A view of the port. Photo: Jane Doe/Agency\nText.",
            [("credit", "Photo: Jane Doe/Agency")],
        ),
        ("The harbour at dusk (Getty Images) is busy.", [("credit", "(Getty Images)")]),
        (
            "See https://example.com/report.pdf, page 4.",
            [("url", "https://example.com/report.pdf")],
        ),
        ("Details at www.example.org.", [("url", "www.example.org")]),
        (
            "Markets fell pic.twitter.com/AbC123\n— Jane Roe (@janeroe) May 2, 2022",
            [("embed", "pic.twitter.com/AbC123"), ("embed", "— Jane Roe (@janeroe) May 2, 2022")],
        ),
        ("東京の株価は上昇した。\nロイター経由の画像", [("credit", "ロイター経由の画像")]),
        ("Shares rose 5% on Monday as investors cheered the results.", []),
        ("The photographer said the market was calm.", []),
    ],
)
def test_patterns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_link_list_under_a_related_heading_ends_at_prose() -> None:
    text = (
        "The company said sales rose.\n"
        "Related News\n"
        "- Banks brace for a slower year\n"
        "- Why copper is rallying\n"
        "The chief executive said more cuts were coming, and investors welcomed it.\n"
    )
    kinds = _found(text)
    assert [t for _, t in kinds] == [
        "Related News",
        "- Banks brace for a slower year",
        "- Why copper is rallying",
    ]


def test_trailing_list_and_its_heading_are_furniture() -> None:
    text = (
        "Regulators approved the deal on Friday.\n"
        "Top Picks Today\n"
        "- Gold Hits a Record\n"
        "- Yen Slides Again\n"
    )
    assert [t for _, t in _found(text)] == [
        "Top Picks Today",
        "- Gold Hits a Record",
        "- Yen Slides Again",
    ]


def test_bullets_that_are_sentences_are_not_a_link_list() -> None:
    text = "Key points:\n- Revenue rose 5% to $3 billion.\n- Margins narrowed.\n"
    assert _found(text) == []


def test_offsets_quote_the_text() -> None:
    text = "date 2020-01-02 Body. Sign up for alerts.\nhttps://x.y/z"
    for region in detect_furniture(text):
        assert text[region.start : region.end] == region.text


def test_merge_keeps_the_containing_region() -> None:
    a = Furniture(start=0, end=20, kind="related")
    b = Furniture(start=5, end=10, kind="url")
    c = Furniture(start=15, end=30, kind="url")
    assert [(r.start, r.end, r.kind) for r in merge_regions([b, a, c])] == [(0, 30, "related")]


def test_user_file_adds_and_disables_patterns(tmp_path: Path) -> None:
    user = tmp_path / "furniture.yaml"
    user.write_text(
        "format: newsreader-furniture/1\n"
        "patterns:\n"
        "  - {name: url, enabled: false}\n"
        "  - {name: podcast, kind: promo, regex: '^Listen to our podcast.*$', extend: line}\n",
        encoding="utf-8",
    )
    patterns = load_patterns(user)
    names = {p.name for p in patterns}
    assert "url" not in names and "podcast" in names
    text = "Listen to our podcast on markets\nSee https://example.com now."
    assert [(f.kind, f.text) for f in detect_furniture(text, patterns)] == [
        ("promo", "Listen to our podcast on markets")
    ]


@pytest.mark.parametrize(
    "content",
    [
        "patterns: [{name: x, kind: ad, regex: '('}]",
        "patterns: [{name: x, kind: ad, regex: 'a', extend: page}]",
        "patterns: [{kind: ad, regex: 'a'}]",
        "format: other/1\npatterns: []",
    ],
)
def test_bad_user_file_is_reported(tmp_path: Path, content: str) -> None:
    user = tmp_path / "furniture.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(FurniturePatternError):
        load_patterns(user)
