"""Sparse agglomerative clustering over a graph of candidate pairs, in O(E log E); and
disjoint sets (union-find), for what a chain of pairs links into one group.

The linkage of two clusters is computed from the sum of the similarities of the
edges between them (a missing edge counts 0):

* ``average``: sum / (|A| |B|), classic average link restricted to the graph;
* ``mink``: sum / (min(|A|, |B|) * min(k, max(|A|, |B|))), where ``k`` is the number
  of neighbours each node kept: the share of the smaller cluster's neighbourhood that
  lies in the other. It does not fall as clusters grow, so a story of 2,000 articles
  merges as readily as one of 20.

The best pair is merged while its linkage reaches the threshold (a heap with lazy
invalidation; neighbour maps are merged small into large). Nodes may carry exclusive
labels (key -> value): two clusters that give one key two values are never merged,
whatever their linkage (two issues of one weekly notice, each a story of its own day,
are not joined through a third article close to both).
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Generic, Literal, TypeVar

Linkage = Literal["average", "mink"]
_T = TypeVar("_T", bound=Hashable)


class DisjointSets(Generic[_T]):
    """Disjoint sets of items (union-find with path halving): what links into one group
    through a chain of pairs (lemmas sharing a stem, copies of a sentence not apart)."""

    def __init__(self, items: Iterable[_T]) -> None:
        self._parent: dict[_T, _T] = {x: x for x in items}

    def find(self, x: _T) -> _T:
        """The root of ``x``'s set."""
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: _T, b: _T) -> None:
        """Join ``a``'s set to ``b``'s: its root becomes ``b``'s root."""
        self._parent[self.find(a)] = self.find(b)


def agglomerate(
    n: int,
    edges: Mapping[tuple[int, int], float],
    threshold: float,
    linkage: Linkage = "average",
    k: int = 1,
    exclusive: Sequence[Mapping[str, Hashable]] | None = None,
) -> list[list[int]]:
    """Cluster nodes ``0 .. n-1`` of a sparse similarity graph.

    Args:
        n: Number of nodes.
        edges: ``(i, j) -> similarity`` with ``i < j``; each pair once.
        threshold: Merge while the best linkage is at least this.
        linkage: ``average`` or ``mink`` (see the module's docstring).
        k: Neighbours per node of the graph (``mink`` only).
        exclusive: Each node's exclusive labels (key -> value; the module's docstring).

    Returns:
        The clusters, each a sorted list of nodes, ordered by their first node.
    """
    parent = list(range(n))
    size = [1] * n
    adj: list[dict[int, float]] = [{} for _ in range(n)]
    for (i, j), s in edges.items():
        adj[i][j] = adj[i].get(j, 0.0) + s
        adj[j][i] = adj[j].get(i, 0.0) + s
    version = [0] * n
    labels: list[dict[str, Hashable]] = [
        dict(exclusive[i]) if exclusive is not None else {} for i in range(n)
    ]

    def clash(a: int, b: int) -> bool:
        x, y = sorted((labels[a], labels[b]), key=len)
        return any(key in y and y[key] != value for key, value in x.items())

    def link(a: int, b: int, s: float) -> float:
        if linkage == "average":
            return s / (size[a] * size[b])
        lo, hi = min(size[a], size[b]), max(size[a], size[b])
        return s / (lo * min(k, hi))

    heap = [(-link(i, j, s), i, j, 0, 0) for i in range(n) for j, s in adj[i].items() if i < j]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if -neg < threshold:
            break
        if parent[a] != a or parent[b] != b or version[a] != va or version[b] != vb:
            continue
        if clash(a, b):
            continue
        if len(adj[a]) < len(adj[b]):
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        if len(labels[a]) < len(labels[b]):
            labels[a], labels[b] = labels[b], labels[a]
        labels[a].update(labels[b])
        labels[b] = {}
        del adj[a][b]
        for c, s in adj[b].items():
            if c == a:
                continue
            adj[a][c] = adj[a].get(c, 0.0) + s
            adj[c].pop(b, None)
            adj[c][a] = adj[a][c]
        adj[b] = {}
        version[a] += 1
        version[b] += 1
        for c, s in adj[a].items():
            x, y = (a, c) if a < c else (c, a)
            heapq.heappush(heap, (-link(a, c, s), x, y, version[x], version[y]))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
