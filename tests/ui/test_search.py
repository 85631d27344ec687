"""The search screen's hits: the sentence cut around its first match, matches reversed."""

from __future__ import annotations

from rich.style import Style

from tui.core.model.index import Hit
from tui.ui.screens.search import hit_quote


def _reversed(text: object) -> list[str]:
    from rich.text import Text

    assert isinstance(text, Text)
    return [
        text.plain[span.start : span.end]
        for span in text.spans
        if isinstance(span.style, Style) and span.style.reverse
    ]


def test_hits_show_their_matches_reversed() -> None:
    sentence = "The Bundesbank said the Bundesbank would act.\n"
    hit = Hit("a", 0, 0, sentence, ((4, 14), (24, 34)))
    quote = hit_quote(hit)
    assert quote.plain == "The Bundesbank said the Bundesbank would act. "
    assert _reversed(quote) == ["Bundesbank", "Bundesbank"]


def test_a_long_sentence_is_cut_around_its_first_match() -> None:
    sentence = " ".join(f"word{i}" for i in range(60)) + " Volkswagen " + "tail " * 40
    at = sentence.index("Volkswagen")
    quote = hit_quote(Hit("a", 3, 100, sentence, ((at, at + 10),)), width=60)
    assert quote.plain.startswith("…") and quote.plain.endswith("…")
    assert len(quote.plain) <= 62 and _reversed(quote) == ["Volkswagen"]


def test_control_characters_are_shown_not_obeyed() -> None:
    quote = hit_quote(Hit("a", 0, 0, "Acme\x1b[31m said", ((0, 4),)))
    assert "\x1b" not in quote.plain and _reversed(quote) == ["Acme"]
