"""Section headings inside an article (a line of its own, in headline case, below the
body's first sentence) tell no happening: tui.core.text.sentences.section_heading and
tui.core.events.small.tells_nothing, and a small folder's events keep them out."""

from __future__ import annotations

import pytest

from tests.core.linking_world import make
from tui.core.events.features import PARAMS, article_features
from tui.core.events.linking import link_events
from tui.core.events.small import tells_nothing
from tui.core.text.sentences import section_heading


def _line(text: str, line: str) -> tuple[int, int]:
    start = text.index(line)
    return start, start + len(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Port Strike and Its Cost",  # a feature's section, Title Case
        "WHAT HAPPENS NEXT",  # a wire's box, capitals
        "Early Years",  # a profile's section
    ],
)
def test_a_line_of_its_own_in_headline_case_is_a_section_heading(line: str) -> None:
    text = f"Dockers walked out on Monday, the union said.\n{line}\nThe talks resume on Friday."
    assert section_heading(text, *_line(text, line))


@pytest.mark.parametrize(
    "text, line",
    [
        # a sentence of the body, in sentence case, or ending as a sentence does
        (
            "Intro here.\nThe port strike cost the city dearly\nMore.",
            "The port strike cost the city dearly",
        ),
        ("Intro here.\nThe Strike Ended On Friday.\nMore.", "The Strike Ended On Friday."),
        # a quote in capitals ends as a sentence ("... NEXT?")
        ("Intro here.\nWHAT HAPPENS NEXT?\nMore.", "WHAT HAPPENS NEXT?"),
        # not a line of its own
        ("Intro here. The Port Strike And Its Cost\nMore.", "The Port Strike And Its Cost"),
    ],
)
def test_body_sentences_and_run_in_text_are_no_section_heading(text: str, line: str) -> None:
    assert not section_heading(text, *_line(text, line))


_FEATURE = """# Port Strike Ends After Nine Days
Dockers at [Quillmouth|GPE|quillmouth] <ended|end|VERB|subj:Dockers,obj:strike> their strike on [Friday|DATE|2031-05-09] after nine days, the union said.
# The Port Strike and Its Cost
The nine-day strike cost exporters an estimated [$40 million|MONEY|40000000], traders said."""


def test_a_section_heading_below_the_body_tells_nothing_and_the_headline_does() -> None:
    article, annotation = make("feature", _FEATURE, "2031-05-10")
    features = article_features(article.id, article.text, annotation, PARAMS)
    headings = [k for k, s in enumerate(features.sentences) if s.headline]
    assert headings == [0, 2]
    assert not tells_nothing(features, 0)  # the article's headline tells its happening
    assert tells_nothing(features, 2)


_WIRE = """# Quillmouth dockers end strike
Dockers at [Quillmouth|GPE|quillmouth] <ended|end|VERB|subj:Dockers,obj:strike> a nine-day port strike on [Friday|DATE|2031-05-09], the union said.
Ships queued outside the harbour all week."""
_PAPER = """# Strike over at Quillmouth port
The nine-day port strike at [Quillmouth|GPE|quillmouth] <ended|end|VERB|subj:strike> on [Friday|DATE|2031-05-09] when dockers accepted a pay offer.
Exporters said the strike cost them dearly."""


def test_a_section_heading_in_the_storys_words_joins_no_event() -> None:
    docs = [("feature", _FEATURE, "2031-05-10"), ("wire", _WIRE, "2031-05-09")]
    docs.append(("paper", _PAPER, "2031-05-10"))
    built = [make(i, t, d) for i, t, d in docs]
    result = link_events([a for a, _ in built], {a.id: n for a, n in built})
    feature = built[0][0].text
    heading = feature.index("The Port Strike and Its Cost")
    assert any(len({m.article for m in e.mentions}) == 3 for e in result.events), [
        (e.title, [m.text for m in e.mentions]) for e in result.events
    ]
    assert not any(
        m.article == "feature" and m.start == heading for e in result.events for m in e.mentions
    )
