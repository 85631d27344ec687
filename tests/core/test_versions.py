"""Version marks: a name and a dotted number, and when two texts' versions conflict."""

from __future__ import annotations

import pytest

from tui.core.text.versions import versions, versions_conflict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The maker released Browsr 3.0.5 on Tuesday.", {("browsr", "3.0.5")}),
        ("An update, Browsr 2.0.0.4, fixes two holes.", {("browsr", "2.0.0.4")}),
        ("The team ships iPhoneOS 6.1.2 today", {("iphoneos", "6.1.2")}),
        ("Users of Pylon v3.11 should update.", {("pylon", "3.11")}),
        ("Users of Browsr version 3.6 should update.", {("browsr", "3.6")}),
        # Figures, table cells, capitals and sentence starts are not versions.
        ("A deal worth Acme 2.5 billion", set()),
        ("Shares of Acme 2.5% up", set()),
        ("They met at Noon 10.30 am", set()),
        ("Magnitude 5.6 quake hits the coast", set()),
        ("the guard Ruiz 14.9 points a game", set()),
        ("prices: Wheat 2.55 2.40 1.10", set()),
        ("LEADING INDEX FELL 1.0.2 PCT", set()),
    ],
)
def test_versions(text: str, expected: set[tuple[str, str]]) -> None:
    assert versions(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("fixed in Browsr 3.0.5 and Browsr 3.0", "patched in Browsr 2.0.0.4", True),
        ("fixed in Browsr 3.0.5", "users of Browsr 3.0", False),
        ("fixed in Browsr 3.0.5", "users of Browsr 3.0.5", False),
        ("fixed in Browsr 3.0.5", "released Mailr 2.0.1", False),
        ("fixed in Browsr 3.0.5", "no versions named", False),
    ],
)
def test_versions_conflict(a: str, b: str, conflict: bool) -> None:
    assert versions_conflict(versions(a), versions(b)) is conflict
    assert versions_conflict(versions(b), versions(a)) is conflict
