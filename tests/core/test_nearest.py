"""Events nearest a sentence: this article's events by distance, then the rest by date."""

from __future__ import annotations

import pytest

from tui.core.events.nearest import nearest_events
from tui.core.model.schema import Event, Mention


def event(id: str, date: str | None, *mentions: Mention, status: str = "accepted") -> Event:
    return Event(id=id, title=id, date=date, mentions=mentions, status=status)  # type: ignore[arg-type]


def at(article: str, start: int, status: str = "accepted") -> Mention:
    return Mention(article=article, start=start, end=start + 10, status=status)  # type: ignore[arg-type]


EVENTS = (
    event("far-in-article", "2019", at("a", 500)),
    event("near-in-article", "2010", at("a", 120)),
    event("rejected-here", "2020-03-02", at("a", 100, "rejected"), at("b", 0)),
    event("same-week", "2020-03-05", at("b", 0)),
    event("same-year", "2020", at("c", 0)),
    event("a-year-off", "2021-03-01", at("b", 0)),
    event("interval", "2020-02/2020-04", at("c", 0)),
    event("undated", None, at("b", 0)),
    event("unreadable-date", "soon", at("b", 0)),
    event("dropped", "2020-03-01", at("a", 100), status="rejected"),
)


@pytest.mark.parametrize(
    ("date", "exclude", "expected"),
    [
        (
            "2020-03-01",
            (),
            [
                "near-in-article",
                "far-in-article",
                "rejected-here",  # a day off (rejected here, so not this article's)
                "same-week",
                "interval",  # from its start
                "same-year",
                "a-year-off",
                "undated",
                "unreadable-date",
            ],
        ),
        (
            None,  # the article's date unknown: this article's events, then by title
            ("near-in-article",),
            [
                "far-in-article",
                "a-year-off",
                "interval",
                "rejected-here",
                "same-week",
                "same-year",
                "undated",
                "unreadable-date",
            ],
        ),
    ],
)
def test_nearest_events(date: str | None, exclude: tuple[str, ...], expected: list[str]) -> None:
    found = nearest_events(EVENTS, "a", 100, date, exclude=exclude)
    assert [e.id for e in found] == expected
