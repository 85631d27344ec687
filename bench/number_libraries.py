"""Evaluate the maintained libraries considered for numbers and dates: quantulum3 and dateparser.

Neither is a dependency of the project. Run it in a throw-away virtualenv:

    python3 -m venv /tmp/q && /tmp/q/bin/pip install quantulum3 dateparser
    /tmp/q/bin/python bench/number_libraries.py

It prints what each library makes of typical phrases next to what we need, a
count of right answers, and each library's import time.
"""

from __future__ import annotations

import datetime as dt
import time

#: phrase -> (value, unit) we need; unit None for plain numbers.
QUANTITIES = {
    "US$36.8 billion": (36.8e9, "USD"),
    "HK$91.10": (91.10, "HKD"),
    "5,163 yen": (5163, "JPY"),
    "$6m": (6e6, "USD"),
    "€3.2bn": (3.2e9, "EUR"),
    "£450m": (450e6, "GBP"),
    "RMB5 billion": (5e9, "CNY"),
    "129.10 Hong Kong dollars": (129.10, "HKD"),
    "more than $1 trillion": (1e12, "USD"),
    "7.8 per cent": (7.8, "percent"),
    "5.7%": (5.7, "percent"),
    "96 million shares": (96e6, None),
    "two-thirds": (0.6667, None),
    "a fifth": (0.2, None),
    "129.10香港ドル": (129.10, "HKD"),
    "1兆円": (1e12, "JPY"),
    "50%以上": (50, "percent"),
    "2 percentage points": (2, "pp"),
}
#: unit names quantulum3 uses for the units above.
QUANTULUM_UNITS = {
    "USD": ("united states dollar", "dollar"),
    "HKD": ("hong kong dollar",),
    "JPY": ("japanese yen", "yen"),
    "EUR": ("euro",),
    "GBP": ("pound sterling",),
    "CNY": ("renminbi", "yuan"),
    "percent": ("percentage", "per cent"),
    "pp": ("percentage point",),
    None: ("dimensionless",),
}

REF = dt.datetime(2023, 4, 13)  # a Thursday
DATES = {
    "last month": "2023-03",
    "on Thursday": "2023-04-13",
    "last June": "2022-06",
    "this week": "2023-04-10/2023-04-16",
    "yesterday": "2023-04-12",
    "two years ago": "2021",
    "February 2022": "2022-02",
    "Oct. 24": "2022-10-24",
    "2023年4月13日": "2023-04-13",
    "昨年": "2022",
    "先月": "2023-03",
    "木曜日": "2023-04-13",
    "late 2020": "2020-09-01/2020-12-31",
    "mid-2025": "2025-05-01/2025-08-31",
    "the first half of 2021": "2021-01-01/2021-06-30",
    "Q3 2022": "2022-07-01/2022-09-30",
    "2020年後半": "2020-07-01/2020-12-31",
}


def evaluate_quantulum() -> None:
    start = time.perf_counter()
    from quantulum3 import parser

    print(f"quantulum3 import {time.perf_counter() - start:.2f}s")
    right = 0
    for text, (value, unit) in QUANTITIES.items():
        found = parser.parse(text)
        ok = bool(found) and len(found) == 1
        if ok:
            q = found[0]
            ok = abs(q.value - value) <= 0.005 * abs(value) and q.unit.name in QUANTULUM_UNITS[unit]
        right += ok
        shown = [(q.surface, q.value, q.unit.name) for q in found]
        print(f"  {'ok ' if ok else 'BAD'} {text!r:28} -> {shown}")
    print(f"quantulum3: {right}/{len(QUANTITIES)} right (value and unit), no qualifiers")


def evaluate_dateparser() -> None:
    start = time.perf_counter()
    import dateparser

    print(f"dateparser import {time.perf_counter() - start:.2f}s")
    right = 0
    for text, wanted in DATES.items():
        lang = ["ja"] if not text.isascii() else ["en"]
        found = dateparser.parse(
            text, languages=lang, settings={"RELATIVE_BASE": REF, "PREFER_DATES_FROM": "past"}
        )
        got = found.date().isoformat() if found else None
        ok = got == wanted
        right += ok
        print(f"  {'ok ' if ok else 'BAD'} {text!r:28} -> {got} (want {wanted})")
    print(
        f"dateparser: {right}/{len(DATES)} right (it returns one datetime: no months, years or intervals)"
    )


if __name__ == "__main__":
    evaluate_quantulum()
    evaluate_dateparser()
