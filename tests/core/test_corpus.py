"""Loading articles: ids, digests, metadata guesses, and bad files reported by name."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tui.core.model.corpus import (
    guess_date,
    guess_languages,
    guess_title,
    load_corpus,
    read_article,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seeds_load_whole() -> None:
    corpus = load_corpus(SEEDS)
    assert corpus.problems == ()
    assert [a.id for a in corpus.articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for article in corpus.articles:
        data = (SEEDS / f"{article.id}.txt").read_bytes()
        assert article.text == data.decode("utf-8-sig")
        assert article.sha256 == hashlib.sha256(data).hexdigest()
        assert article.title
        assert "en" in article.languages


def test_bilingual_seed_has_both_languages() -> None:
    languages = {a.id: a.languages for a in load_corpus(SEEDS).articles}
    assert any(set(langs) == {"en", "ja"} for langs in languages.values())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t ", "empty"),
        ("latin1.txt", "Caf\u00e9 au lait costs \u00a33".encode("latin-1"), "not UTF-8"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("nul.txt", b"hello\x00world", "binary"),
    ],
)
def test_bad_files_are_reported_and_skipped(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / "good.txt").write_text("A headline\n\nSome text.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["good"]
    assert len(corpus.problems) == 1
    assert corpus.problems[0].path.endswith(name)
    assert message in corpus.problems[0].message


def test_bom_is_dropped_and_offsets_are_code_points(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff日本語 text".encode("utf-8"))
    article = read_article(path)
    assert article.text == "日本語 text"
    assert article.text.index("text") == 4


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Markets rally as rates fall\n\nStocks rose on Monday.", "Markets rally as rates fall"),
        ("Stocks rose on Monday. Bonds fell.", "Stocks rose on Monday."),
        (" date 2023-04-13 Shares slumped on Thursday. More.", "Shares slumped on Thursday."),
        # a page's publication stamp above the headline is not the headline
        (
            "Last Updated: Tuesday, 4 March 2014, 09:12 GMT\nFloods close river port\nThe port shut.",
            "Floods close river port",
        ),
        (
            "Posted 6/2/2015 7:21 AM\n\nCouncil backs tram plan\nIt voted.",
            "Council backs tram plan",
        ),
        # a date alone on a page's first line is when it was published, not its headline
        (
            "9/10/2014 @ 1: 19PM\nWorker held after plant fire\nPolice said.",
            "Worker held after plant fire",
        ),
        ("TUESDAY, OCTOBER 13, 2015\nPort reopens\nThe port opened.", "Port reopens"),
        ("10 June 2031 Last updated at 14:00 GMT\nMill shuts\nIt did.", "Mill shuts"),
        ("9:53 AM, MON 22 JUL 2013\nFire at depot\nIt burned.", "Fire at depot"),
        # a clock time alone on the first line says when, not what
        ("8: 24am:\nClub makes offer to pitcher.\nMore.", "Club makes offer to pitcher."),
        ("2: 16pm: Take it with a grain of salt.\nMore.", "2: 16pm: Take it with a grain of salt."),
        # a day written with a leading zero is a day too
        ("June 06, 2016\nSinger dies at 91\nShe died.", "Singer dies at 91"),
        ("Friday, March 08, 2013\nCreighton beats Drake\nIt won.", "Creighton beats Drake"),
        # a table's heading row of dates is no date line
        ("02/28/87 01/31/87 02/28/86\nNet 5 vs 4", "02/28/87 01/31/87 02/28/86"),
        ("A" * 10 + " word" * 60 + ".", None),
        # no headline: the first sentence, an initial's full stop inside it
        ("J. R. Smith, the actor, has died. He was 80.", "J. R. Smith, the actor, has died."),
        # a press release: letterhead, release line, headline
        (
            "CITY HALL\nOffice of the Mayor\nFOR IMMEDIATE RELEASE May 2, 2031\nMayor opens bridge\nIt opened today.",
            "Mayor opens bridge",
        ),
        (
            "Club signs striker\nFor immediate release:\nMay 2, 2031\nThe club signed him today.",
            "Club signs striker",
        ),
        # nor an abbreviated title's before the name
        (
            "A fire hit the church of Alaska Gov. Lee Park. It burned.",
            "A fire hit the church of Alaska Gov. Lee Park.",
        ),
        (
            "Dr. Ann Roe, a surgeon, was offered the post. She said yes.",
            "Dr. Ann Roe, a surgeon, was offered the post.",
        ),
    ],
)
def test_guess_title(text: str, title: str | None) -> None:
    guessed = guess_title(text)
    if title is None:
        assert len(guessed) <= 90 and guessed.endswith("…")
    else:
        assert guessed == title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (" date 2023-04-13 Alpha", "2023-04-13"),
        ("date 2021-12-01\nBeta", "2021-12-01"),
        ("The date 2023-04-13 is mid-text", None),
        ("date 2023-13-40 bad", None),
        ("No header", None),
        # web pages' publication stamps, in several sites' styles
        ("Mayor resigns\nPublished: March 3, 2016\nThe mayor quit.", "2016-03-03"),
        ("Updated 4/9/2012 6:04 PM\nFire at depot", "2012-04-09"),
        ("Posted: Thu Oct 22, 2015 08:45 AM PDT\nText", "2015-10-22"),
        ("Published at 12:45, Wednesday, 17 June 2015\nText", "2015-06-17"),
        ("Published: 2014.02.05 09:01 AM\nText", "2014-02-05"),
        ("First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET\nText", "2011-10-25"),
        ("Published: 09 Mar 2016 11:25 GMT+02: 00\nText", "2016-03-09"),
        ("Saturday, Feb 6, 2016 | Updated 9:01 AM EST\nText", "2016-02-06"),
        ("Published on 18th May 2017\nText", "2017-05-18"),
        # the clock time before the date, its "am" or "pm" followed by a comma
        ("Crash charge\nPublished 12:17 am, Monday, September 16, 2013\nText", "2013-09-16"),
        ("Colts win\nPosted on: 3:35 pm, December 23, 2012\nText", "2012-12-23"),
        # a stamp with a clock time only dates nothing; a sentence is no stamp
        ("Updated 5:40 p.m. ET\nText", None),
        ("Posted: 2 A.M. FEB. 4, 2015\nText", "2015-02-04"),
        ("Updated Monday 16 May 2016 03.31 BST\nText", "2016-05-16"),
        # a press release's release line
        ("CITY HALL\nFOR IMMEDIATE RELEASE May 2, 2031\nMayor opens bridge", "2031-05-02"),
        ("Police said the video was posted on March 3, 2016.", None),
        ("Updated figures for March 3, 2016 showed a rise.", None),
    ],
)
def test_guess_date(text: str, date: str | None) -> None:
    assert guess_date(text) == date


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Plain English text, long enough to count.", ("en",)),
        ("日本語の記事です。株価は上昇しました。" * 3, ("ja",)),
        (
            "English paragraph here. " * 5 + "日本語の段落です。株価は上昇しました。" * 3,
            ("en", "ja"),
        ),
        ("English with one word 寿司 inside it, and a lot more English text after it.", ("en",)),
        ("12345 %%% ---", ()),
    ],
)
def test_guess_languages(text: str, languages: tuple[str, ...]) -> None:
    assert guess_languages(text) == languages


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    """UTF-16 files were called "binary": with a byte-order mark they are read, and
    offsets are code points of the decoded text, whatever the encoding."""
    import codecs

    text = "Acme Corp ＝ 株式会社 said profit rose 5%.\n"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    corpus = load_corpus(tmp_path)
    assert corpus.problems == ()
    (article,) = corpus.articles
    assert article.text == text
    assert article.text[text.index("株式会社") :].startswith("株式会社")


def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Acme Corp said profit rose.\n".encode("utf-16-le"))
    corpus = load_corpus(tmp_path)
    assert corpus.articles == ()
    assert corpus.problems[0].message == (
        "UTF-16 without a byte-order mark is not supported (save it as UTF-8)"
    )
