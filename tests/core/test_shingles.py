"""A story sent twice is a copy; two stories of one template are not."""

from __future__ import annotations

from tui.core.text.shingles import all_copies, are_copies, copies_among, jaccard, shingles

SENT = (
    "PORT EDAN, May 4 - Banks in Varnland are likely to raise prime rates by half a point "
    "to 6-1/2 pct following an increase by two large lenders yesterday, dealers said. "
    "They said local banks may decide on the increase at this weekend's routine meeting."
)


def test_a_story_sent_twice_is_a_copy() -> None:
    again = SENT.replace("dealers said", "dealers say")  # a repeat with a word changed
    assert are_copies(shingles(SENT), shingles(SENT))
    assert are_copies(shingles(SENT), shingles(SENT + "\n"))
    assert jaccard(shingles(SENT), shingles(again)) < 1.0
    assert are_copies(shingles(SENT), shingles(again), threshold=0.7)


def test_a_story_cut_short_or_sent_with_paragraphs_added_is_a_copy() -> None:
    """One text holds nearly all of the other's wording, however much longer it is."""
    fuller = (
        SENT + " The central bank raised its own lending rate by a full point last month to "
        "curb credit growth, which ran at an annual 18 pct in the first quarter. Dealers "
        "expect further increases in money market rates before the end of the month, and "
        "some foreign banks have already raised their rates on large deposits."
    )
    assert jaccard(shingles(SENT), shingles(fuller)) < 0.8
    assert are_copies(shingles(SENT), shingles(fuller))
    assert are_copies(shingles(fuller), shingles(SENT))


def test_a_story_rewritten_by_its_desk_is_a_copy() -> None:
    """A new headline, a sentence reworded and one added: still the story sent again."""
    story = (
        "VARNLAND BANKS SEEN RAISING PRIME RATES\n" + SENT + " The central bank raised its "
        "own lending rate by a full point last month to curb credit growth, which ran at an "
        "annual 18 pct in the first quarter."
    )
    rewrite = (
        "VARNLAND PRIME RATES LIKELY TO RISE, DEALERS SAY\n"
        + SENT.replace("routine meeting", "regular meeting")
        + " The central bank raised its own lending rate by a full point last month to curb "
        "credit growth, which ran at an annual 18 pct in the first quarter. Some foreign "
        "banks have already raised their rates on large deposits."
    )
    assert jaccard(shingles(story), shingles(rewrite)) < 0.8
    assert are_copies(shingles(story), shingles(rewrite))


def test_a_story_sent_again_with_the_wire_s_abbreviations_spelt_out_is_a_copy() -> None:
    """Another desk sending a release again writes "cents" for "cts", "million" for
    "mln", "months" for "mths": the same story, however short (a price list of a few
    lines, where each word changed would cost five shingles)."""
    release = (
        "BRANDT SMELTING CUTS ZINC PRICES\nHARLOW, May 4 - Brandt Smelting Ltd said it cut "
        "prices for all grades of zinc by one ct a pound, effective immediately. The new "
        "price for high grade zinc is 37 cts a pound. Special high grade now costs 37-1/2 "
        "cts a pound. Sales in the six mths were 31.7 mln dlrs, the company said."
    )
    spelt = (
        release.replace("cts", "cents")
        .replace("mths", "months")
        .replace("mln dlrs", "million dollars")
    )
    assert jaccard(shingles(release), shingles(spelt)) >= 0.8
    assert are_copies(shingles(release), shingles(spelt))
    # (the figures still count: another price list is no copy)
    other = spelt.replace("37", "41").replace("31.7", "12.2")
    assert not are_copies(shingles(release), shingles(other))


def test_a_short_notice_inside_another_is_no_copy() -> None:
    """A line or two (a dividend notice) may share every shingle with a longer text and
    be another company's: too short to count as held in it."""
    notice = "Qtly div 10 cts vs 10 cts prior, pay April 15, record April 1."
    longer = "BOLT INDUSTRIES SETS QUARTERLY\n" + notice + " Bolt said sales rose 12 pct."
    assert not are_copies(shingles(notice), shingles(longer))


def test_two_stories_of_one_template_are_not_copies() -> None:
    other = (
        "HAVNBY, June 9 - Banks in Nordland are expected to cut base rates by a quarter point "
        "to 9-3/4 pct after the central bank eased its discount rate, bankers said. "
        "The cut may come at the banks' association meeting on Friday."
    )
    assert not are_copies(shingles(SENT), shingles(other))
    assert jaccard(shingles(""), shingles("")) == 0.0


def test_copies_among_reads_each_text_once() -> None:
    texts = {"a": SENT, "b": SENT + "\n", "c": "Rates held in Nordland, bankers said."}
    read: list[str] = []

    def text_of(key: str) -> str:
        read.append(key)
        return texts[key]

    copies = copies_among(text_of)
    assert copies("a", "b")
    assert not copies("a", "c")
    assert not copies("b", "c")
    assert sorted(read) == ["a", "b", "c"]
    assert all_copies(["a", "b", "a"], copies)
    assert not all_copies(["a", "b", "c"], copies)
    assert all_copies(["c"], copies)
