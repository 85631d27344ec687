"""Language segments of an article: lines, cut where English and Japanese sentences meet.

A Japanese paragraph or sentence inside an English article is common in
syndicated news; each segment goes to the model of its language.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.text.scripts import dominant_language, letter_counts, text_language
from tui.core.text.sentences import line_spans, sentence_spans, strip_span


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of one article in one language: a line, or part of a mixed line."""

    start: int
    end: int
    lang: str


def language_segments(text: str, start: int = 0) -> list[Segment]:
    """The article from ``start`` cut into single-language segments, one or more per line.

    A line is one segment unless it mixes English and Japanese sentences; then
    it is cut at sentence ends and runs of one language are joined again.

    Args:
        text: The article text.
        start: Where the article proper starts (after a header).

    Returns:
        The segments in text order, whitespace stripped.
    """
    segments: list[Segment] = []
    for line_start, line_end in line_spans(text, start):
        s, e = strip_span(text, line_start, line_end)
        if s == e:
            continue
        en, ja = letter_counts(text[s:e])
        pieces = sentence_spans(text, s, e) if en and ja else [(s, e)]
        default = dominant_language(en, ja) or "en"
        line_segments: list[Segment] = []
        for ps, pe in pieces:
            lang = text_language(text[ps:pe]) or (
                line_segments[-1].lang if line_segments else default
            )
            if line_segments and line_segments[-1].lang == lang:
                line_segments[-1] = Segment(line_segments[-1].start, pe, lang)
            else:
                line_segments.append(Segment(ps, pe, lang))
        segments.extend(line_segments)
    return segments


def japanese_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of a Japanese segment, cut after 。！？ (and closing brackets) only."""
    return sentence_spans(text, start, end, japanese_only=True)
