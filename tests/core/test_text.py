"""Plain text: the script of characters, sentences, name keys and slugs, span context."""

from __future__ import annotations

import re

import pytest

from tui.core.text.context import CONTEXT, span_context
from tui.core.text.names import name_tokens, name_words, normalise_name, slug
from tui.core.text.scripts import char_class, language_of, letter_counts, script_of, text_language
from tui.core.text.sentences import (
    NAME_ABBREVIATIONS,
    headline,
    join_unended,
    line_spans,
    sentence_end,
    sentence_spans,
    strip_span,
)
from tui.core.text.terms import blanked, content_words

# --- scripts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ch", "script", "lang"),
    [
        ("株", "han", "ja"),
        ("々", "han", "ja"),
        ("の", "hiragana", "ja"),
        ("ア", "katakana", "ja"),
        ("ー", "katakana", "ja"),
        ("ｱ", "katakana", "ja"),
        ("・", "cjk_mark", "ja"),
        ("。", "cjk_mark", "ja"),
        ("「", "cjk_mark", "ja"),
        ("\u3000", "cjk_mark", "ja"),
        ("A", "latin", "en"),
        ("é", "latin", "en"),
        ("Ａ", "other", None),  # full-width Latin is neither
        ("7", "digit", None),
        (" ", "space", None),
        ("$", "other", None),
        ("×", "other", None),
    ],
)
def test_script_and_language_of_a_character(ch: str, script: str, lang: str | None) -> None:
    assert script_of(ch) == script
    assert language_of(ch) == lang


@pytest.mark.parametrize(
    ("text", "counts", "lang"),
    [
        ("Shares rose.", (10, 0), "en"),
        ("株価は上昇した。", (0, 7), "ja"),
        ("Benzinga Proのデータ", (11, 4), "ja"),  # one Japanese letter weighs three Latin
        ("Nomura (野村) shares rose.", (16, 2), "en"),
        ("123 ・。", (0, 0), None),
    ],
)
def test_letters_and_language_of_a_text(
    text: str, counts: tuple[int, int], lang: str | None
) -> None:
    assert letter_counts(text) == counts
    assert text_language(text) == lang


def test_char_class_is_the_table_as_a_regex_class() -> None:
    import re

    katakana = re.compile(f"[{char_class(['katakana'])}]+")
    assert katakana.fullmatch("アリババｱ") and not katakana.fullmatch("・")
    assert re.fullmatch(f"[{char_class(['katakana'], '・')}]+", "ジャック・マー")


# --- sentences -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("Line one\n\nLine two. More", ["Line one", "Line two.", "More"]),
        ("日本語です。次の文。", ["日本語です。", "次の文。"]),
        ("He said “Stop.” Then left.", ["He said “Stop.”", "Then left."]),
        ("「本当か？」と彼は言った。", ["「本当か？」", "と彼は言った。"]),
        ("本当！？ Yes.", ["本当！？", "Yes."]),
        ("It rose 36.8% in the U.S.-listed shares.", ["It rose 36.8% in the U.S.-listed shares."]),
        ("Really?! Yes.) And", ["Really?!", "Yes.)", "And"]),
        # an initial's full stop before a capitalised word ends no sentence
        ("W. Mark Felt has died. He was 95.", ["W. Mark Felt has died.", "He was 95."]),
        ("George W. Bush spoke. Then left.", ["George W. Bush spoke.", "Then left."]),
        ("Sales in the U.S. Treasury rose.", ["Sales in the U.S. Treasury rose."]),
        ("It went to the U.S.\nNext", ["It went to the U.S.", "Next"]),
        ("Plan B. is late", ["Plan B.", "is late"]),
        # nor does an abbreviation's written before a name, a word following on its line
        (
            "Dr. Ann Roe, a surgeon, was named. Alaska Gov. Lee Park spoke.",
            ["Dr. Ann Roe, a surgeon, was named.", "Alaska Gov. Lee Park spoke."],
        ),
        (
            "Fire at Mt. Cook Lodge. Wm. Roe Co rose.",
            ["Fire at Mt. Cook Lodge.", "Wm. Roe Co rose."],
        ),
        ("Alaska Gov. lee park spoke. Gov.\nNext", ["Alaska Gov. lee park spoke.", "Gov.", "Next"]),
        (
            'He met Ma. The talks ended. "Go Gen." Then',
            ["He met Ma.", "The talks ended.", '"Go Gen."', "Then"],
        ),
        ("   ", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_japanese_only_ignores_latin_full_stops() -> None:
    text = "これは Apple Inc. の話です。次。"
    spans = sentence_spans(text, japanese_only=True)
    assert [text[s:e] for s, e in spans] == ["これは Apple Inc. の話です。", "次。"]


def test_sentence_spans_of_a_stretch() -> None:
    text = "Skip this. Keep one. Keep two."
    assert [text[s:e] for s, e in sentence_spans(text, 11, 20)] == ["Keep one."]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Sign up now. Then more", 0, "Sign up now."),
        ('Sign up now.") Then more', 0, 'Sign up now.")'),
        ("No end on this line\nnext", 3, "No end on this line"),
        ("登録してください。続き", 0, "登録してください。"),
        ("J. Edgar Hoover died. Then more", 0, "J. Edgar Hoover died."),
        ("Dr. Ann Roe was named. Then more", 0, "Dr. Ann Roe was named."),
    ],
)
def test_sentence_end(text: str, index: int, expected: str) -> None:
    assert text[: sentence_end(text, index)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China Shows a Positive Attitude\nThe meeting signalled more.",
            "China Shows a Positive Attitude",
        ),
        ("  Why it matters?\nBody.", "Why it matters?"),
        ("A first sentence.\nBody.", None),
        ("Ends with a colon:\nBody.", None),
        ("Only a line", None),
        ("A line then blank\n   \n", None),
        (" ".join(["word"] * 26) + "\nBody.", None),
        ("「全部日本語の見出し」\n本文です。", "「全部日本語の見出し」"),
    ],
)
def test_headline(text: str, expected: str | None) -> None:
    span = headline(text)
    assert (text[span[0] : span[1]] if span else None) == expected


@pytest.mark.parametrize("text", ["", "a", "a\n", "\n\nb\nc d\n", "no break"])
def test_line_spans_are_the_lines(text: str) -> None:
    assert [text[s:e] for s, e in line_spans(text)] == text.split("\n")


def test_strip_span() -> None:
    assert strip_span("  ab  ", 0, 6) == (2, 4)
    assert strip_span("    ", 0, 4) == (4, 4)


# --- names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Holdings Ltd.", "acme"),
        ("the Acme Group's", "acme"),
        ("ACME Inc", "acme"),
        ("The Acme  Corp’s", "acme"),
        ("Siemens A.G.", "siemens"),
        ("Pillsbury Company", "pillsbury"),
        ("U.S.", "us"),
        ("A.J. Burnett", "aj-burnett"),
        ("SI.com", "si-com"),
        ("People's Council", "people-council"),
        ("Reuters'", "reuters"),
        ("Jo  Smith’s", "jo-smith"),
        ("ＡＣＭＥ", "acme"),
        ("Ｔｏｋｙｏ", "tokyo"),
        ("the Fed's", "fed"),
        ("アクメ・ホールディングス", "アクメ"),
        ("アクメ社", "アクメ"),
        ("ロバート・リー氏", "ロバート-リー"),
        # A son's "Jr." goes (the same man written without it later); a father's "Sr."
        # and a numeral tell two people apart and stay.
        ("Ray Calder Jr.", "ray-calder"),
        ("Calder, Jr.", "calder"),
        ("Ray Calder Sr.", "ray-calder-sr"),
        ("Ray Calder III", "ray-calder-iii"),
        ("Jr.", "jr"),
        # A place's shortened first word, in full: "Mt Cook" is "Mount Cook"; alone, or
        # not first ("Main St"), it stays.
        ("Mt. Cook", "mount-cook"),
        ("Mt Cook National Park", "mount-cook-national-park"),
        ("ST PAUL", "saint-paul"),
        ("Ft Worth", "fort-worth"),
        ("Main St", "main-st"),
        ("Mt", "mt"),
        ("Group", "group"),  # a suffix alone is kept: it is all there is
        ("The Group", "group"),
        # a legal form written first (Swedish): "AB Volvo" is Volvo AB
        ("AB Volvo", "volvo"),
        ("Volvo AB", "volvo"),
        ("---", ""),
    ],
)
def test_normalise_name(text: str, expected: str) -> None:
    assert normalise_name(text) == expected
    assert "-".join(name_tokens(text)) == expected


def test_name_words_keep_the_surface() -> None:
    assert name_words("Ada Ng’s") == ["Ada", "Ng"]
    assert name_words("ジャック・マー") == ["ジャック", "マー"]


@pytest.mark.parametrize(
    ("text", "ascii_only", "expected"),
    [
        ("Jane Doe", False, "jane-doe"),
        ("value_loss", False, "value-loss"),
        ("  Müller & Co. ", False, "müller-co"),
        ("Müller & Co.", True, "muller-co"),
        ("ジャック・マー", False, "ジャック-マー"),
        ("ジャック・マー", True, ""),
        ("share_rise", True, "share-rise"),
    ],
)
def test_slug(text: str, ascii_only: bool, expected: str) -> None:
    assert slug(text, ascii_only=ascii_only) == expected


# --- context -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "width", "expected"),
    [
        (20, 24, CONTEXT, ("efghijklmnopqrst", "yz")),
        (2, 4, CONTEXT, ("ab", "efghijklmnopqrst")),
        (10, 12, 3, ("hij", "mno")),
    ],
)
def test_span_context(start: int, end: int, width: int, expected: tuple[str, str]) -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    assert span_context(text, start, end, width) == expected


# ------------------------------------------------------------------ words_pattern


_WORDS = ["new york", "new", "niger", "nigeria", "nigerian", "u.s", "usa", "us", "oman", "om"]


@pytest.mark.parametrize("ignore_case", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Nigeria and Niger met in New York; the U.S. and USA, us and Oman.",
        "NIGERIAN news, new yorkers, the nigerians, omanis, om, u.s.a",
        "nothing here at all",
        "",
    ],
)
def test_words_pattern_matches_as_the_longest_first_alternation(
    text: str, ignore_case: bool
) -> None:
    """The trie finds what the plain alternation, longest words first, finds."""
    from tui.core.text.alternation import words_pattern

    flags = re.IGNORECASE if ignore_case else 0
    plain = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    for shape in (r"(?<![\w.])(?:{})(?![\w])", r"(?:{})", r"(?:{})\.?"):
        expected = [m.span() for m in re.finditer(shape.format(plain), text, flags)]
        trie = words_pattern(_WORDS, ignore_case=ignore_case)
        assert [m.span() for m in re.finditer(shape.format(trie), text, flags)] == expected


def test_words_pattern_is_a_trie_unless_case_variants_meet() -> None:
    """Words differing only in case, read ignoring case, keep the plain alternation."""
    from tui.core.text.alternation import words_pattern

    assert words_pattern(["ab", "abc", "b"]) == "(?:ab(?:c)?|b)"
    assert words_pattern(["Ab", "aBc"], ignore_case=True) == "aBc|Ab"
    assert words_pattern(["Ab", "aBc"]) == "(?:Ab|aBc)"
    assert words_pattern([]) == ""
    text = "abc ab"
    assert re.findall(rf"(?:{words_pattern(['Ab', 'aBc'], ignore_case=True)})", text, re.I) == [
        "abc",
        "ab",
    ]


def test_words_pattern_plain_is_the_longest_first_alternation() -> None:
    from tui.core.text.alternation import words_pattern

    assert words_pattern(["ab", "a.b c", "b", "ab"], trie=False) == r"a\.b\ c|ab|b"
    assert words_pattern([], trie=False) == ""


@pytest.mark.parametrize(
    ("text", "cuts", "expected"),
    [
        # A cut inside a name, no end punctuation: one sentence.
        (
            "It rose after the return of founder Jack Ma Yun and the overhaul. Shares fell.",
            [0, 44, 66],
            ["It rose after the return of founder Jack Ma Yun and the overhaul.", "Shares fell."],
        ),
        # A quotation's clause after a comma-less cut.
        (
            '"We are having a party anyway so we are staying out of the way," he said.',
            [0, 30],
            ['"We are having a party anyway so we are staying out of the way," he said.'],
        ),
        # End punctuation, closers after it, and a line break keep their cuts.
        ("He left. She stayed.", [0, 9], ["He left.", "She stayed."]),
        ('He said "no." She agreed.', [0, 14], ['He said "no."', "She agreed."]),
        ("Storm hits coast\nThousands flee", [0, 17], ["Storm hits coast", "Thousands flee"]),
        # A cut after an abbreviated rank or office, before the name it goes with.
        (
            "She opened fire, Homicide Capt. James Clark said. Police came.",
            [0, 32, 50],
            ["She opened fire, Homicide Capt. James Clark said.", "Police came."],
        ),
        (
            "County Dist. Atty. Steve Cooley spoke.",
            [0, 13, 19],
            ["County Dist. Atty. Steve Cooley spoke."],
        ),
        # No capital after it, another abbreviation, or a line break: the cut stays.
        (
            "The unit moved to Main Ave. The end came.",
            [0, 28],
            ["The unit moved to Main Ave.", "The end came."],
        ),
        ("Call Sgt.\nLa Croix answers.", [0, 10], ["Call Sgt.", "La Croix answers."]),
        # A sentence never opens in lower case: a quoted question and who asked it, a
        # street's or a time's abbreviation before the sentence goes on.
        (
            '"Why hide behind a door?" the widow read from a letter. He left.',
            [0, 26, 56],
            ['"Why hide behind a door?" the widow read from a letter.', "He left."],
        ),
        (
            "He was shot at 40 East 5th Ave. at a shop. By 6:40 a.m. the fire was out.",
            [0, 32, 43, 56],
            [
                "He was shot at 40 East 5th Ave. at a shop.",
                "By 6:40 a.m. the fire was out.",
            ],
        ),
        # A name with an inner capital may open a sentence.
        ("Sales fell. iPhone sales rose.", [0, 12], ["Sales fell.", "iPhone sales rose."]),
    ],
)
def test_a_models_cut_inside_a_line_without_end_punctuation_is_undone(
    text: str, cuts: list[int], expected: list[str]
) -> None:
    ends = [*cuts[1:], len(text)]
    spans = [strip_span(text, s, e) for s, e in zip(cuts, ends, strict=True)]
    assert [text[s:e] for s, e in join_unended(text, spans)] == expected


def test_joined_sentences_stay_of_a_readable_length() -> None:
    words = " ".join(["word"] * 400)  # a page with no end punctuation at all
    spans = [(0, 995), (996, len(words))]
    assert join_unended(words, spans) == spans


def test_blanked_keeps_the_length_and_blanks_only_the_spans_inside_the_text() -> None:
    # a sentence starting at offset 10 of its article: spans are the article's offsets
    sentence = "Rob Lenz confirmed the death."
    out = blanked(sentence, [(10, 18), (200, 210), (5, 12)], offset=10)
    assert len(out) == len(sentence)
    assert out == "         confirmed the death."
    assert blanked("abc", []) == "abc"


@pytest.mark.parametrize(
    ("clipped", "written"),
    [
        ("Regulators target the tech sector", "Regulators target the technology sector"),
        ("Telecoms execs met the minister", "Telecommunications executives met the minister"),
        ("Biotech and pharma shares rose", "Biotechnology and pharmaceutical shares rose"),
    ],
)
def test_a_clipped_word_is_the_word(clipped: str, written: str) -> None:
    assert content_words(clipped) == content_words(written)


def test_every_abbreviated_title_before_a_name_ends_no_sentence() -> None:
    from tui.core.nlp.entities import abbreviated_titles

    assert abbreviated_titles() <= NAME_ABBREVIATIONS
    assert {"Dr.", "Gov.", "Sgt."} <= abbreviated_titles()
