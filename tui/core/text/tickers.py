"""Ticker marks in news copy: ``<GTE>`` in wire copy, ``(NYSE: GTE)`` in other outlets."""

from __future__ import annotations

import re

#: What wire copy puts in angle brackets: a listed company's ticker or an unlisted one's name.
ANGLE_BRACKETS = re.compile(r"<(?P<name>[^<>\n]{1,80})>")
#: A ticker symbol, with an exchange suffix if any (``JAGR.L``, ``SWPC.HKG``, ``BHP.MEL``).
TICKER_SHAPE = re.compile(r"[A-Z0-9&]{1,6}(?:\.[A-Z]{1,4})?")
#: ``(NYSE:ABC)``, ``(Nasdaq: ABC)``, ``(TSX: ABC.TO)``.
EXCHANGE_TICKER = re.compile(
    r"\((?P<exchange>[A-Z][A-Za-z]{1,9})\s?:\s?(?P<ticker>[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\)"
)


def tickers(text: str) -> frozenset[str]:
    """The ticker symbols marked in the text, either way.

    Args:
        text: A headline or a passage.

    Returns:
        The symbols as written (``GTE``, ``JAGR.L``).
    """
    found = {m.group("ticker") for m in EXCHANGE_TICKER.finditer(text)}
    found.update(
        m.group("name")
        for m in ANGLE_BRACKETS.finditer(text)
        if TICKER_SHAPE.fullmatch(m.group("name"))
    )
    return frozenset(found)


def marked_spans(text: str) -> list[tuple[int, int]]:
    """Where the text marks a company: wire copy's angle brackets (``<GTE>``, ``<Amylum
    NV>``) and other outlets' ``(NYSE: GTE)``, as (start, end) offsets in order. What is
    inside names a company, however its letters read ("<ATE>" is no verb "ate").

    Args:
        text: An article's text.

    Returns:
        The marks' spans, by where they start.
    """
    found = [m.span() for m in ANGLE_BRACKETS.finditer(text)]
    found += [m.span() for m in EXCHANGE_TICKER.finditer(text)]
    return sorted(found)
