"""Language segments of an article: lines, cut where English and Japanese sentences meet.

A Japanese paragraph or sentence inside an English article is common in
syndicated news; each segment goes to the model of its language. A segment is at
most :data:`MAX_SEGMENT` characters: a longer line (a text with no line breaks) is
cut at sentence ends, else at spaces, so no model gets a text longer than it takes;
with :func:`batch_size`, memory stays bounded. Offsets stay offsets into the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from tui.core.text.scripts import dominant_language, letter_counts, text_language
from tui.core.text.sentences import line_spans, sentence_spans, strip_span

#: The longest segment given to a model (characters; spaCy refuses texts over
#: ``nlp.max_length``, 1,000,000, and needs memory in proportion to the text).
MAX_SEGMENT = 20_000
#: About how many characters a model is given at once (a batch of segments): its memory
#: grows with them (100 segments of 20,000 characters in one batch took 5.7 GB).
BATCH_CHARS = 100_000


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
        for segment in line_segments:
            segments.extend(
                Segment(s, e, segment.lang) for s, e in bounded(text, segment.start, segment.end)
            )
    return segments


def _cut(text: str, start: int, end: int, limit: int) -> int:
    """Where to end a piece of ``text[start:end]`` of at most ``limit`` characters: after
    the last space in it, else at the limit (a run of ``limit`` characters without one)."""
    space = max(text.rfind(" ", start, start + limit), text.rfind("\u3000", start, start + limit))
    return space + 1 if space > start else start + limit


def bounded(text: str, start: int, end: int, limit: int = MAX_SEGMENT) -> list[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``limit`` characters, cut at sentence ends
    (whole sentences joined up to the limit), a longer sentence at spaces.

    Args:
        text: The article text.
        start: Where the stretch starts.
        end: Where it ends.
        limit: The longest piece.

    Returns:
        ``(start, end)`` offsets, whitespace stripped; just ``[(start, end)]`` when short.
    """
    if end - start <= limit:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, start, end):
        while e - s > limit:
            cut = _cut(text, s, e, limit)
            pieces.append((s, cut))
            s = cut
        if pieces and e - pieces[-1][0] <= limit:
            pieces[-1] = (pieces[-1][0], e)
        else:
            pieces.append((s, e))
    stripped = (strip_span(text, s, e) for s, e in pieces)
    return [(s, e) for s, e in stripped if e > s]


def japanese_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of a Japanese segment, cut after 。！？ (and closing brackets) only."""
    return sentence_spans(text, start, end, japanese_only=True)


def batch_size(lengths: Sequence[int], most: int = 256) -> int:
    """How many texts to give a model at once: as many as fit, up to ``most``, when the
    texts are cut into batches of that many in order (as ``nlp.pipe`` cuts them) and
    no batch may hold more than :data:`BATCH_CHARS` characters.

    Many short texts go in few batches (a model pays for each batch); a long one
    keeps the batches around it small.

    Args:
        lengths: The texts' lengths in characters, in the order the model gets them.
        most: The batch size for short texts.

    Returns:
        A batch size between 1 and ``most``.
    """
    totals = list(accumulate(lengths, initial=0))
    n = len(lengths)
    for size in range(most, 1, -1):
        if all(totals[min(i + size, n)] - totals[i] <= BATCH_CHARS for i in range(0, n, size)):
            return size
    return 1
