"""Translation alignment: passages of one article that say the same in two languages.

Syndicated news often repeats an article in a second language, paragraph by
paragraph. Paragraphs are paired with language-independent evidence only: the
same numbers, the same normalised dates, the same canonical entities (kb_ids of
aliases in both scripts), Latin-script words kept in the other script (tickers,
product names), and their order, as a weak tie-breaker. A monotone alignment
(dynamic programming, like aligning sentences of parallel texts) picks the pairs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.events.acts import stems
from tui.core.events.passages import Passage
from tui.core.nlp.names import is_auto_id

#: Weight of each kind of shared evidence.
W_NUMBER = 1.5
W_ENTITY = 1.0
W_DATE = 1.0
W_LATIN = 0.75
#: What a pair gets for its order and plausible length alone.
W_ORDER = 0.3
#: A pair needs at least this much to be kept.
MIN_SCORE = 0.25

_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph (or sentence) being aligned, with its evidence."""

    passages: tuple[Passage, ...]
    lang: str
    length: int
    numbers: frozenset[str]
    entities: frozenset[str]
    dates: frozenset[str]
    words: frozenset[str]
    latin: frozenset[str]

    @property
    def start(self) -> int:
        return self.passages[0].start

    @property
    def end(self) -> int:
        return self.passages[-1].end


def _numbers(text: str) -> set[str]:
    out = set()
    for raw in _NUM.findall(unicodedata.normalize("NFKC", text)):
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw):
            raw = raw.replace(",", "")
        raw = raw.replace(",", ".")
        try:
            out.add(repr(float(raw)))
        except ValueError:
            continue
    return out


def make_unit(passages: Sequence[Passage]) -> Unit:
    text = " ".join(p.text for p in passages)
    norm = unicodedata.normalize("NFKC", text)
    counts: dict[str, int] = {}
    for p in passages:
        counts[p.lang] = counts.get(p.lang, 0) + len(p.text)
    lang = max(sorted(counts), key=lambda k: counts[k])
    latin = {w for w in (s.lower() for s in _LATIN.findall(norm))}
    return Unit(
        passages=tuple(passages),
        lang=lang,
        length=len(norm),
        numbers=frozenset(_numbers(text)),
        entities=frozenset(pid for p in passages for pid in p.participants if not is_auto_id(pid)),
        dates=frozenset(v for p in passages for v in p.date_values),
        words=frozenset(stems(norm)),
        latin=frozenset(stems(" ".join(latin))),
    )


def similarity(a: Unit, b: Unit) -> float:
    """Evidence that ``b`` translates ``a`` (0 when nothing but order speaks for it)."""
    score = W_NUMBER * len(a.numbers & b.numbers)
    score += W_ENTITY * len(a.entities & b.entities)
    score += W_DATE * len(a.dates & b.dates)
    # Latin words written inside the other script (tickers, names) are evidence;
    # between two Latin-script languages shared words prove little.
    if a.lang != "en":
        score += W_LATIN * len(a.latin & b.words)
    elif b.lang != "en":
        score += W_LATIN * len(b.latin & a.words)
    ratio = (b.length + 1) / (a.length + 1)
    # CJK text takes about half the characters of its English; other pairs about as many.
    expected = {("en", "ja"): 0.55, ("ja", "en"): 1 / 0.55}.get((a.lang, b.lang), 1.0)
    if 0.15 <= ratio / expected <= 6.0:
        score += W_ORDER * max(0.0, 1.0 - abs(math.log(ratio / expected)) / 2.5)
    return score


def align_units(left: Sequence[Unit], right: Sequence[Unit]) -> list[tuple[int, int, float]]:
    """The best monotone pairing of two sequences (each unit used at most once).

    Returns:
        (left index, right index, score) of the kept pairs, in order.
    """
    n, m = len(left), len(right)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    sims: dict[tuple[int, int], float] = {}
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            sim = similarity(left[i - 1], right[j - 1])
            sims[(i - 1, j - 1)] = sim
            options = [(best[i - 1][j], 1), (best[i][j - 1], 2)]
            if sim >= MIN_SCORE:
                options.append((best[i - 1][j - 1] + sim, 0))
            value, step = max(options, key=lambda o: (o[0], -o[1]))
            best[i][j], move[i][j] = value, step
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        step = move[i][j]
        if step == 0:
            pairs.append((i - 1, j - 1, sims[(i - 1, j - 1)]))
            i, j = i - 1, j - 1
        elif step == 1:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


@dataclass(frozen=True, slots=True)
class ArticleAlignment:
    """Paragraph pairs of one article, and the sentence pairs inside them."""

    paragraphs: tuple[tuple[Unit, Unit], ...]
    sentences: tuple[tuple[Passage, Passage], ...]


def align_article(passages: Sequence[Passage]) -> ArticleAlignment:
    """Pair the paragraphs (and their sentences) of an article that translate each other.

    Only articles with paragraphs in two languages have any; the two languages
    with most text are aligned.
    """
    if len({p.lang for p in passages}) < 2:
        return ArticleAlignment((), ())
    by_paragraph: dict[int, list[Passage]] = {}
    for passage in passages:
        by_paragraph.setdefault(passage.paragraph, []).append(passage)
    units = [make_unit(ps) for _, ps in sorted(by_paragraph.items())]
    sizes: dict[str, int] = {}
    for unit in units:
        sizes[unit.lang] = sizes.get(unit.lang, 0) + unit.length
    if len(sizes) < 2:
        return ArticleAlignment((), ())
    first, second = sorted(sizes, key=lambda k: (-sizes[k], k))[:2]
    left = [u for u in units if u.lang == first]
    right = [u for u in units if u.lang == second]
    paragraph_pairs = [(left[i], right[j]) for i, j, _ in align_units(left, right)]
    sentence_pairs: list[tuple[Passage, Passage]] = []
    for a, b in paragraph_pairs:
        if len(a.passages) == len(b.passages):
            sentence_pairs.extend(zip(a.passages, b.passages, strict=True))
            continue
        sa = [make_unit([p]) for p in a.passages]
        sb = [make_unit([p]) for p in b.passages]
        sentence_pairs.extend((a.passages[i], b.passages[j]) for i, j, _ in align_units(sa, sb))
    return ArticleAlignment(tuple(paragraph_pairs), tuple(sentence_pairs))
