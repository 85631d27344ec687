"""Dates: absolute, partial and relative dates in English and Japanese as periods, and periods as values."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.nlp.dates import (
    date_period,
    describe_period,
    format_period,
    normalise_date,
    parse_value,
    resolve_date_text,
)

REF = dt.date(2023, 4, 13)  # a Thursday

CASES = [
    # absolute
    ("2023-04-13", "2023-04-13"),
    ("November 4, 2020", "2020-11-04"),
    ("Nov. 4, 2020", "2020-11-04"),
    ("4 November 2020", "2020-11-04"),
    ("Wednesday, March 29, 2023", "2023-03-29"),
    ("Sunday, November 27-2005", "2005-11-27"),
    ("27-Nov-2005", "2005-11-27"),
    ("February 2022", "2022-02"),
    ("Feb. 2021", "2021-02"),
    ("in February 2022", "2022-02"),
    ("Sept 2019", "2019-09"),
    ("2020", "2020"),
    ("in 2020", "2020"),
    ("the 1990s", "1990-01-01/1999-12-31"),
    # decades: with an apostrophe, in two figures, and their parts
    ("the 1940's", "1940-01-01/1949-12-31"),
    ("the 1940’s", "1940-01-01/1949-12-31"),
    ("the '90s", "1990-01-01/1999-12-31"),
    ("the '20s", "2020-01-01/2029-12-31"),
    ("the early 1990s", "1990-01-01/1993-12-31"),
    ("the mid-1980s", "1983-01-01/1986-12-31"),
    ("the late 1970's", "1976-01-01/1979-12-31"),
    ("in the early '80s", "1980-01-01/1983-12-31"),
    ("2020's", "2020"),  # a year's possessive ("2020's biggest listing")
    # parts of years and months
    ("late 2020", "2020-09-01/2020-12-31"),
    ("late in 2020", "2020-09-01/2020-12-31"),
    ("early 2021", "2021-01-01/2021-04-30"),
    ("mid-2025", "2025-05-01/2025-08-31"),
    ("the first half of 2021", "2021-01-01/2021-06-30"),
    ("the second half of 2021", "2021-07-01/2021-12-31"),
    ("H1 2021", "2021-01-01/2021-06-30"),
    ("Q3 2022", "2022-07-01/2022-09-30"),
    ("the third quarter of 2022", "2022-07-01/2022-09-30"),
    ("the end of 2020", "2020-12"),
    ("the beginning of 2021", "2021-01"),
    ("early March 2024", "2024-03-01/2024-03-10"),
    ("late February 2024", "2024-02-21/2024-02-29"),
    # a month's edges are its parts: the end is late, the beginning early, the middle mid
    ("the end of July 2022", "2022-07-21/2022-07-31"),
    ("end of March, 2024", "2024-03-21/2024-03-31"),
    ("the beginning of March 2024", "2024-03-01/2024-03-10"),
    ("the middle of June 2021", "2021-06-11/2021-06-20"),
    # relative, resolved against REF
    ("last month", "2023-03"),
    ("this month", "2023-04"),
    ("next month", "2023-05"),
    ("last year", "2022"),
    ("this year", "2023"),
    ("this week", "2023-04-10/2023-04-16"),
    ("last week", "2023-04-03/2023-04-09"),
    ("yesterday", "2023-04-12"),
    ("today", "2023-04-13"),
    # a part of the day said with the day's word is still that day
    ("earlier today", "2023-04-13"),
    ("late yesterday", "2023-04-12"),
    ("late last night", "2023-04-12"),
    ("early this morning", "2023-04-13"),
    ("yesterday afternoon", "2023-04-12"),
    ("tomorrow morning", "2023-04-14"),
    ("later today", "2023-04-13"),
    ("this morning", "2023-04-13"),
    ("last night", "2023-04-12"),
    ("early Tuesday", "2023-04-11"),
    ("late on Monday", "2023-04-10"),
    ("on Thursday", "2023-04-13"),
    ("Thursday", "2023-04-13"),
    ("Thursday's", "2023-04-13"),
    ("Wednesday morning", "2023-04-12"),
    ("on Friday", "2023-04-07"),
    ("last Thursday", "2023-04-06"),
    ("next Thursday", "2023-04-20"),
    ("last June", "2022-06"),
    ("last March", "2023-03"),
    ("June last year", "2022-06"),
    ("in March", "2023-03"),
    ("Oct. 24", "2022-10-24"),
    ("May 3", "2023-05-03"),
    ("mid-June", "2023-06-11/2023-06-20"),
    ("the end of July", "2023-07-21/2023-07-31"),  # as "in July" would be
    ("at the beginning of March", "2023-03-01/2023-03-10"),
    ("the start of the month of May", "2023-05-01/2023-05-10"),
    ("the end of the month", None),
    ("two years ago", "2021"),
    ("20 years ago", "2003"),
    ("three months ago", "2023-01"),
    ("a year ago", "2022"),
    ("over the past month", "2023-03-14/2023-04-13"),
    ("the past year", "2022-04-14/2023-04-13"),
    ("the past two years", "2021-04-14/2023-04-13"),
    ("over the past 18 months", "2021-10-14/2023-04-13"),
    ("early this year", "2023-01-01/2023-04-30"),
    ("earlier this year", "2023-01-01/2023-04-13"),
    ("later this year", "2023-04-13/2023-12-31"),
    ("earlier in the week", "2023-04-10/2023-04-13"),
    ("year to date", "2023-01-01/2023-04-13"),
    ("since the beginning of this year", "2023-01-01/2023-04-13"),
    ("since late 2020", "2020-09-01/2023-04-13"),
    ("since December 2022", "2022-12-01/2023-04-13"),
    ("the third quarter", "2022-07-01/2022-09-30"),
    ("the first quarter", "2023-01-01/2023-03-31"),
    ("last quarter", "2023-01-01/2023-03-31"),
    # vague: never a value
    ("recent years", None),
    ("the past few years", None),
    ("for years", None),
    ("more than 20 years ago", None),
    ("the coming months", None),
    # Japanese
    ("2023年4月13日", "2023-04-13"),
    ("2022年2月", "2022-02"),
    ("2024年", "2024"),
    ("2020年後半", "2020-07-01/2020-12-31"),
    ("2021年前半", "2021-01-01/2021-06-30"),
    ("2025年半ば", "2025-05-01/2025-08-31"),
    ("2020年末", "2020-12"),
    ("2024年第3四半期", "2024-07-01/2024-09-30"),
    ("2023年4～6月期", "2023-04-01/2023-06-30"),
    ("1990年代", "1990-01-01/1999-12-31"),
    ("令和5年", "2023"),
    ("昨年", "2022"),
    ("去年", "2022"),
    ("今年", "2023"),
    ("来年", "2024"),
    ("昨年6月", "2022-06"),
    ("先月", "2023-03"),
    ("今月", "2023-04"),
    ("先週", "2023-04-03/2023-04-09"),
    ("今週", "2023-04-10/2023-04-16"),
    ("昨日", "2023-04-12"),
    ("本日", "2023-04-13"),
    ("木曜日", "2023-04-13"),
    ("金曜", "2023-04-07"),
    ("先週の金曜日", "2023-04-07"),
    ("4月13日", "2023-04-13"),
    ("13日", "2023-04-13"),
    ("3か月前", "2023-01"),
    ("2年前", "2021"),
    ("過去1か月", "2023-03-14/2023-04-13"),
    ("年初来", "2023-01-01/2023-04-13"),
    ("2022年2月以来", "2022-02-01/2023-04-13"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalise_date(text: str, expected: str | None) -> None:
    lang = "en" if text.isascii() else "ja"
    assert normalise_date(text, REF, lang) == expected


NO_REFERENCE = [
    ("late 2020", "2020-09-01/2020-12-31"),
    ("2023年4月13日", "2023-04-13"),
    ("February 2022", "2022-02"),
    ("last month", None),
    ("on Thursday", None),
    ("Oct. 24", None),
    ("May 3", None),
    ("this year", None),
    ("昨年", None),
    ("木曜日", None),
    ("since late 2020", None),
    ("recent years", None),
]


@pytest.mark.parametrize(("text", "expected"), NO_REFERENCE)
def test_without_a_reference_date(text: str, expected: str | None) -> None:
    assert normalise_date(text, None) == expected


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        (dt.date(2024, 3, 1), "last month", "2024-02"),
        (dt.date(2024, 1, 15), "last month", "2023-12"),
        (dt.date(2024, 1, 15), "next month", "2024-02"),
        (dt.date(2024, 2, 29), "the past year", "2023-03-01/2024-02-29"),
        (dt.date(2024, 1, 5), "in December", "2023-12"),
        (dt.date(2023, 12, 20), "in January", "2024-01"),
        (dt.date(2024, 1, 2), "31日", "2023-12-31"),
        (dt.date(2023, 4, 16), "Monday", "2023-04-10"),
        (dt.date(2023, 4, 10), "Monday", "2023-04-10"),
    ],
)
def test_relative_across_boundaries(ref: dt.date, text: str, expected: str) -> None:
    assert normalise_date(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref"), [(t, REF) for t, _ in CASES] + [(t, None) for t, _ in CASES]
)
def test_intervals_are_ordered(text: str, ref: dt.date | None) -> None:
    period = date_period(text, ref)
    assert period is None or period.start <= period.end


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("in March", dt.date(2024, 9, 15), "2024-03"),  # equally far: the past one
        ("in January", dt.date(2024, 12, 10), "2025-01"),  # the coming one is much nearer
        ("Oct. 24", dt.date(2024, 10, 20), "2024-10-24"),
        ("in June", dt.date(2024, 7, 1), "2024-06"),
    ],
)
def test_month_without_year_leans_to_the_past(text: str, ref: dt.date, value: str) -> None:
    assert normalise_date(text, ref) == value


# --- periods as values: parsed, formatted, described, and resolved from DATE text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-11-04", "2020-11-04"),
        ("2020-11", "2020-11"),
        ("2020", "2020"),
        ("2020-09-01/2020-12-31", "2020-09/2020-12"),
        ("2020-09/2020-12", "2020-09/2020-12"),
        ("2020-Q4", "2020-10/2020-12"),
        ("2020-H2", "2020-07/2020-12"),
        ("2024-W06", "2024-02-05/2024-02-11"),
        ("2019/2021", "2019/2021"),
    ],
)
def test_parse_and_format(value: str, expected: str) -> None:
    period = parse_value(value)
    assert period is not None and format_period(period) == expected


@pytest.mark.parametrize("value", [None, "", "soon", "2020-13", "2021/2020"])
def test_parse_rejects(value: str | None) -> None:
    assert parse_value(value) is None


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        ("late 2020", None, "late 2020"),
        ("late in 2020", None, "late 2020"),
        ("mid-2025", None, "mid 2025"),
        ("October 2020", None, "2020-10"),
        ("Feb. 2021", None, "2021-02"),
        ("November 4, 2020", None, "2020-11-04"),
        ("2020年後半", None, "2020 H2"),
        ("2022年2月", None, "2022-02"),
        ("on Thursday", "2023-04-13", "2023-04-13"),
        ("Wednesday", "2023-04-13", "2023-04-12"),
        ("yesterday", "2024-03-13", "2024-03-12"),
        ("last month", "2023-04-13", "2023-03"),
        ("this year", "2023-04-13", "2023"),
        ("March", "2024-09-20", "2024-03"),
        ("May 3", "2022-05-18", "2022-05-03"),
        ("木曜日", "2023-04-13", "2023-04-13"),
    ],
)
def test_resolve_date_text(text: str, article_date: str | None, expected: str) -> None:
    period = resolve_date_text(text, article_date)
    assert period is not None and describe_period(period) == expected


@pytest.mark.parametrize("text", ["on Thursday", "the past month", "recent years", "last month"])
def test_relative_dates_need_the_article_date(text: str) -> None:
    assert resolve_date_text(text, None) is None


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        # a wire table's column heads, month first (a story of 9 April 1987)
        (dt.date(1987, 4, 9), "03/09/87", "1987-03-09"),
        (dt.date(1987, 4, 9), "4/2/87", "1987-04-02"),
        # a web page's stamp, either way round; a first number above 12 is the day
        (dt.date(2013, 9, 15), "14/09/2013", "2013-09-14"),
        (dt.date(2005, 11, 28), "11/27/2005", "2005-11-27"),
        # both readings are days: the one near the article's date (a British page)
        (dt.date(2013, 9, 10), "05/09/2013", "2013-09-05"),
        (dt.date(2013, 5, 3), "05/02/2013", "2013-05-02"),
        # far from the article's date, or without one: the month first
        (dt.date(2013, 9, 10), "5/6/1944", "1944-05-06"),
        (None, "12/16/08", "2008-12-16"),
        (None, "5/14/82", "1982-05-14"),
        # dotted, day first; a day that does not exist is no date
        (None, "08.07.2012", "2012-07-08"),
        (dt.date(1987, 4, 9), "13/13/87", None),
        # a day with "of" before its month
        (dt.date(2013, 6, 20), "the 10th of June", "2013-06-10"),
        (None, "Monday, 10th of June 2013", "2013-06-10"),
    ],
)
def test_dates_written_in_numbers(ref: dt.date | None, text: str, expected: str | None) -> None:
    assert normalise_date(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy: a plan's years, a forecast's span, a fiscal year across two
        ("1986-1990", "1986-01-01/1990-12-31"),
        ("between 1987 and 1992", "1987-01-01/1992-12-31"),
        ("from 1982 to 1986", "1982-01-01/1986-12-31"),
        ("1989 through 1992", "1989-01-01/1992-12-31"),
        ("1985/86", "1985-01-01/1986-12-31"),
        ("1999/00", "1999-01-01/2000-12-31"),
        # months and days: the first end borrows the last's year or month
        ("March-May 1987", "1987-03-01/1987-05-31"),
        ("Dec 1986 to March 1987", "1986-12-01/1987-03-31"),
        ("March 5-6", "2023-03-05/2023-03-06"),
        ("June 10-11, 2013", "2013-06-10/2013-06-11"),
        ("10-11 June 2013", "2013-06-10/2013-06-11"),
        ("late 1984 through 1986", "1984-09-01/1986-12-31"),
        # no year at either end: the last end after the first ("from May through
        # September" said in April is this year's; "November to February" spans New Year)
        ("May through September", "2023-05-01/2023-09-30"),
        ("November to February", "2022-11-01/2023-02-28"),
        ("first quarter 1985 to first quarter 1986", "1985-01-01/1986-03-31"),
        # no range of dates: weekdays, durations, two years named, ends the wrong way round
        ("Monday to Friday", None),
        ("10-year", None),
        ("5-14 days", None),
        ("both 1987 and 1988", None),
        ("1990 to 1986", None),
    ],
)
def test_a_range_of_dates(text: str, expected: str | None) -> None:
    assert normalise_date(text, REF) == expected


@pytest.mark.parametrize(
    ("text", "date", "changed"),
    [
        # wire: a date moved, the old and the new
        (
            "The offer's expiry has been changed from March 12 to March 16.",
            "March 12 to March 16",
            True,
        ),
        ("It extended from March 6 to March 31 the expiration date.", "March 6 to March 31", True),
        (
            "It changed its fiscal year end from June 30 to December 31.",
            "June 30 to December 31",
            True,
        ),
        # a stretch of time: the shares trade, the plan runs
        ("The shares will be traded from March 23 to April 22.", "March 23 to April 22", False),
        ("The plan covers 1986-1990, the ministry changed nothing.", "1986-1990", False),
    ],
)
def test_a_date_changed_is_no_range(text: str, date: str, changed: bool) -> None:
    from tui.core.nlp.dates import changes_a_date

    start = text.index(date)
    assert changes_a_date(text, start, start + len(date)) is changed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy and today's press: months counted from a year's start or to its end
        ("first two months of the year", "2023-01-01/2023-02-28"),
        ("the first three months of the year", "2023-01-01/2023-03-31"),
        ("the last three months of 1986", "1986-10-01/1986-12-31"),
        ("the first nine months of last year", "2022-01-01/2022-09-30"),
        ("the first six months of 2013", "2013-01-01/2013-06-30"),
        # more months than a year has is no part of one
        ("the first 14 months of the year", None),
    ],
)
def test_months_of_a_year(text: str, expected: str | None) -> None:
    assert normalise_date(text, REF) == expected
