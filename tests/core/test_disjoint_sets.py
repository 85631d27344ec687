"""Disjoint sets (tui.core.events.agglomerate.DisjointSets): what a chain of pairs links
into one group, as concept_map groups related lemmas and same_wording a sentence's copies."""

from __future__ import annotations

from tui.core.events.agglomerate import DisjointSets


def test_a_chain_of_pairs_is_one_set_and_the_root_is_the_last_joined_to() -> None:
    sets = DisjointSets(["shoot", "shooting", "shootout", "quake"])
    sets.union("shooting", "shoot")
    sets.union("shoot", "shootout")
    assert {sets.find(x) for x in ("shoot", "shooting", "shootout")} == {"shootout"}
    assert sets.find("quake") == "quake"
    sets.union("quake", "quake")  # (a set joined to itself stays as it is)
    assert sets.find("quake") == "quake"
