"""Stories: the articles about one happening or thread, found in near-linear time.

Each article's bag of words and names becomes a TF-IDF vector. Candidates come from
an inverted index over the features that are rare enough (a constant document
frequency cap, so the posting lists never grow with the corpus); the best of them are
scored exactly, weighed by the articles' dates and main participants, and each article
keeps its ``k`` nearest. The sparse graph is clustered with the size-free ``mink``
linkage (see :mod:`tui.core.events.agglomerate`) into stories, and at a higher
threshold into tight sub-stories, which the event stage trusts more.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Sequence

from tui.core.events.agglomerate import agglomerate
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    Factor,
    Params,
    Vector,
    cosine,
    figures_conflict,
    participants_conflict,
    time_factor,
)


def neighbour_graph(
    vectors: Sequence[Vector], df: Counter[str], params: Params, factor: Factor
) -> dict[tuple[int, int], float]:
    """The ``k`` nearest neighbours of each article, found through rare features.

    Args:
        vectors: The articles' TF-IDF vectors.
        df: Each feature's document frequency.
        params: ``max_df``, ``candidates``, ``neighbours``.
        factor: ``factor(i, j)`` multiplies the cosine of a candidate pair.

    Returns:
        ``(i, j) -> similarity`` (``i < j``), the larger of the two directions.
    """
    cap = params.max_df
    index: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for w in v:
            if df[w] <= cap:
                index[w].append(i)
    edges: dict[tuple[int, int], float] = {}
    for i, v in enumerate(vectors):
        partial: dict[int, float] = defaultdict(float)
        for w, x in v.items():
            if df[w] <= cap:
                for j in index[w]:
                    if j != i:
                        partial[j] += x * vectors[j][w]
        best = heapq.nlargest(params.candidates, partial.items(), key=lambda kv: (kv[1], -kv[0]))
        scored = [(cosine(v, vectors[j]) * factor(i, j), j) for j, _ in best]
        for s, j in heapq.nlargest(params.neighbours, scored):
            if s <= 0:
                continue
            key = (i, j) if i < j else (j, i)
            edges[key] = max(edges.get(key, 0.0), s)
    return edges


def find_stories(
    articles: Sequence[ArticleFeatures],
    vectors: Sequence[Vector],
    df: Counter[str],
    params: Params = PARAMS,
) -> list[list[int]]:
    """Group the articles into stories; set each article's tight sub-story.

    Args:
        articles: The corpus's articles (their ``substory`` is set here).
        vectors: Their TF-IDF vectors (:func:`tui.core.events.features.tfidf`).
        df: The features' document frequencies.
        params: Thresholds.

    Returns:
        The stories, each a sorted list of article positions, by first article.
    """

    def factor(i: int, j: int) -> float:
        f = time_factor(articles[i], articles[j], params)
        a, b = articles[i], articles[j]
        if participants_conflict(a.main, b.main):
            # About different companies, and nothing named in common (or named only in
            # headlines over tables): market tables and filings of the same template.
            apart = a.main_from_headline or b.main_from_headline or not a.specific & b.specific
            f *= params.apart_factor if apart else params.participant_factor
        if figures_conflict(a, b, params):
            f *= params.figure_factor
        return f

    edges = neighbour_graph(vectors, df, params, factor)
    n = len(articles)
    k = params.neighbours
    stories = agglomerate(n, edges, params.story_threshold, "mink", k)
    for number, sub in enumerate(agglomerate(n, edges, params.substory_threshold, "mink", k)):
        for i in sub:
            articles[i].substory = number
    return stories
