"""Sparse agglomerative clustering (tui.core.events.agglomerate.agglomerate): the
linkages, and exclusive labels that keep two clusters apart whatever their linkage."""

from __future__ import annotations

from tui.core.events.agglomerate import agglomerate

#: A hub (1) close to two nodes (0, 2) that are not close to each other.
HUB = {(0, 1): 0.9, (1, 2): 0.8}


def test_average_link_joins_through_a_hub_while_the_mean_reaches_the_threshold() -> None:
    assert agglomerate(3, HUB, 0.3) == [[0, 1, 2]]  # (0.8 / 2 = 0.4)
    assert agglomerate(3, HUB, 0.5) == [[0, 1], [2]]


def test_mink_link_does_not_fall_as_a_cluster_grows() -> None:
    # (the pair {0, 1} to 2: 0.8 / (1 * min(k, 2)), 0.8 with one neighbour kept)
    assert agglomerate(3, HUB, 0.5, "mink", 1) == [[0, 1, 2]]
    assert agglomerate(3, HUB, 0.5, "mink", 2) == [[0, 1], [2]]


def test_two_clusters_giving_one_key_two_values_are_never_joined() -> None:
    """Two days' issues of one notice (0 and 2) and a story close to both (1): the hub
    joins the first issue, and the second stays alone, however close."""
    days = [{"notice": 2}, {}, {"notice": 3}]
    assert agglomerate(3, HUB, 0.3, exclusive=days) == [[0, 1], [2]]
    assert agglomerate(3, HUB, 0.3, "mink", 1, days) == [[0, 1], [2]]
    # (one value, or two keys, is no clash: one day's issue sent twice, two notices)
    assert agglomerate(3, HUB, 0.3, exclusive=[{"notice": 2}, {}, {"notice": 2}]) == [[0, 1, 2]]
    assert agglomerate(3, HUB, 0.3, exclusive=[{"a": 2}, {"b": 3}, {"c": 3}]) == [[0, 1, 2]]
    # (a clash found after a merge: the hub joined to 2 first, then 0 is kept out)
    closer = {(0, 1): 0.7, (1, 2): 0.9}
    assert agglomerate(3, closer, 0.3, exclusive=days) == [[0], [1, 2]]
