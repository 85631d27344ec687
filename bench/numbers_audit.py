"""Precision audit of the number extractor on fresh newswire: every figure it finds, judged by hand.

The first draw (issue 11, round numbers5): ``random.Random(20261130)``; ``rng.sample`` of
60 Reuters-21578 stories from the index rows sorted by file name, 40 to 600 words
(``words`` of ``index.jsonl``), without every file of ``bench/gold/*.yaml``; then
``rng.sample`` of 20 ECB+ documents from the sorted file names of 40 to 600 words
(``len(text.split())``), without every gold file. The second draw (round numbers6,
``--sample 2``) is made the same way with ``random.Random(20261127)`` from pools that also
leave out the first draw's 80 files. The third draw (round numbers7, ``--sample 3``),
with ``random.Random(20261203)`` from pools that leave out both, meets other copy: per band
of length, stories tagged with topics other than results and takeovers first
(``draw_by_kind``). The fourth draw (round numbers8, ``--sample 4``), with
``random.Random(20261204)`` from pools that leave out all three, weights web news: 30 Reuters
stories and 40 ECB+ documents, both of 40 to 900 words. The fifth draw (round numbers9,
``--sample 5``), with ``random.Random(20261205)`` from a pool that leaves out all four, is of
tables only: 12 Reuters stories of 40 to 900 words with five or more short lines of three or
more numbers (``is_table``; 59 of the 17,061 stories left). The sixth draw (round numbers10,
``--sample 6``), with ``random.Random(20261206)`` from a pool that leaves out all five, is of web
news only: 45 ECB+ documents of 40 to 900 words, any topic (521 left). The seventh draw (round
numbers11, ``--sample 7``), with ``random.Random(20261207)`` from a pool that leaves out all six,
is of Reuters general copy: 40 stories of 80 to 600 words with fewer than three lines of three or
more numbers (``is_prose``; 10,157 of the 11,771 stories of that length left). The eighth draw (round
numbers12, ``--sample 8``), with ``random.Random(20261208)`` from pools that leave out all seven, is
made like the held-out part: ``rng.sample`` of 36 Reuters stories of any kind, tables included, of
40 to 600 words (16,618 left), then of 14 ECB+ documents of 40 to 600 words (417 left). The ninth
draw (round numbers13, ``--sample 9``), with ``random.Random(20261209)`` from pools that leave out
all eight, is made like the eighth: 36 Reuters stories (16,582 left), then 14 ECB+ documents (403
left). The tenth draw (round numbers14, ``--sample 10``), with ``random.Random(20261210)`` from pools
that leave out all nine, is made the same way: 36 Reuters stories (16,546 left), then 14 ECB+
documents (389 left). The eleventh draw (audit11, ``--sample 11``), with ``random.Random(20261211)``
from pools that leave out all ten, is made the same way: 36 Reuters stories (16,510 left), then 14
ECB+ documents (375 left); it is judged only, as an unseen test set, and no rule was tuned on it.
Each audit's verdicts up to the tenth were written before the rules it showed were changed; those
rules were then tuned on its texts.

    .venv/bin/python bench/numbers_audit.py --list            # every figure found, to judge
    .venv/bin/python bench/numbers_audit.py                   # counts by verdict
    .venv/bin/python bench/numbers_audit.py --sample 2        # the second audit
    .venv/bin/python bench/numbers_audit.py --sample 3 --draw # the third, its draw checked
    .venv/bin/python bench/numbers_audit.py --sample 4        # the fourth (web news weighted)
    .venv/bin/python bench/numbers_audit.py --sample 5 --draw # the fifth (tables), its draw checked
    .venv/bin/python bench/numbers_audit.py --sample 6 --draw # the sixth (web news), its draw checked
    .venv/bin/python bench/numbers_audit.py --sample 7 --draw # the seventh (Reuters prose), checked
    .venv/bin/python bench/numbers_audit.py --sample 8 --draw # the eighth (as the held-out), checked
    .venv/bin/python bench/numbers_audit.py --sample 9 --draw # the ninth (as the held-out), checked
    .venv/bin/python bench/numbers_audit.py --sample 10 --draw # the tenth (as the held-out), checked
    .venv/bin/python bench/numbers_audit.py --sample 11 --draw # the eleventh (unseen), checked

The verdicts are in ``bench/gold/numbers_audit.yaml`` (``numbers_audit2.yaml`` to
``numbers_audit11.yaml`` for the later draws: file, start, end, a short span, the
value, unit and qualifier judged, the verdict), written by hand after reading each figure by
the conventions of ``bench/gold/README.md``; an output the file does not judge (a new span,
or a new value, unit or qualifier of a judged one) is counted as ``unjudged`` until it is
judged and added. The later files also list figures the extractor missed, seen while
reading (``missed``).
No article text is kept.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import newswire_gold as gold  # noqa: E402
from bench.newswire_quality import gold_articles, index_dates, pipeline_spans  # noqa: E402

REUTERS, ECB = 60, 20
# The first draw as made on 2026-11-30 against the gold of main at 8837e5d (dev, heldout, dev2,
# heldout2, dev3): 60 Reuters stories then 20 ECB+ documents, in the order drawn. `draw()`
# repeats it while the gold holds no more files; later gold samples do not change this list.
DRAWN = (
    "05562",
    "02291",
    "13465",
    "14631",
    "12060",
    "03596",
    "06804",
    "12582",
    "00058",
    "08317",
    "03918",
    "09476",
    "14190",
    "15809",
    "10694",
    "02982",
    "01022",
    "02918",
    "08119",
    "16553",
    "13171",
    "08158",
    "07502",
    "02651",
    "08669",
    "08084",
    "14408",
    "03685",
    "10436",
    "12536",
    "11062",
    "05197",
    "02731",
    "11015",
    "18616",
    "13020",
    "05006",
    "11416",
    "01684",
    "15360",
    "02150",
    "19247",
    "08181",
    "17291",
    "07331",
    "21260",
    "05999",
    "04080",
    "17343",
    "09353",
    "03142",
    "00162",
    "02542",
    "16768",
    "19829",
    "05935",
    "10622",
    "08540",
    "19175",
    "13622",
    "21_13ecbplus",
    "13_16ecb",
    "7_1ecb",
    "27_13ecb",
    "21_3ecb",
    "20_4ecbplus",
    "12_9ecb",
    "24_2ecbplus",
    "19_3ecb",
    "30_3ecbplus",
    "24_8ecbplus",
    "30_1ecbplus",
    "11_2ecb",
    "34_8ecbplus",
    "26_2ecb",
    "11_5ecbplus",
    "26_7ecb",
    "24_6ecbplus",
    "5_5ecbplus",
    "35_10ecb",
)
# The second draw (round numbers6, 2026-11-30, main at 6512685: the gold up to dev4 and the
# first draw left out), in the order drawn.
DRAWN2: tuple[str, ...] = (
    "01477",
    "10601",
    "12230",
    "05916",
    "06728",
    "11459",
    "16532",
    "09631",
    "10851",
    "03469",
    "06513",
    "19377",
    "01366",
    "06596",
    "08265",
    "01637",
    "20531",
    "06067",
    "01115",
    "02201",
    "18593",
    "11088",
    "19783",
    "01379",
    "01249",
    "19845",
    "09791",
    "21497",
    "06814",
    "16161",
    "10227",
    "06231",
    "11122",
    "17123",
    "21509",
    "05518",
    "19088",
    "09556",
    "11430",
    "21391",
    "04239",
    "10790",
    "03838",
    "05533",
    "12692",
    "03214",
    "20414",
    "06780",
    "03331",
    "02884",
    "00986",
    "01633",
    "11988",
    "08874",
    "11220",
    "13541",
    "18494",
    "10287",
    "09921",
    "00477",
    "16_3ecb",
    "29_3ecb",
    "18_5ecb",
    "6_9ecbplus",
    "9_10ecbplus",
    "5_7ecb",
    "28_1ecbplus",
    "20_2ecbplus",
    "35_9ecb",
    "24_5ecbplus",
    "26_13ecb",
    "18_11ecbplus",
    "18_11ecb",
    "2_2ecb",
    "12_2ecb",
    "27_7ecb",
    "12_2ecbplus",
    "14_11ecbplus",
    "20_9ecbplus",
    "13_12ecb",
)
# The third draw (round numbers7, 2026-11-30, main at 4f77c6a: the gold up to dev4 and the
# first two draws left out; see `draw_by_kind`), in the order drawn.
DRAWN3: tuple[str, ...] = (
    "03306",
    "01197",
    "04458",
    "08089",
    "06941",
    "08068",
    "02436",
    "13288",
    "09294",
    "03348",
    "02635",
    "16286",
    "13172",
    "10803",
    "11256",
    "17285",
    "18389",
    "17221",
    "03830",
    "18445",
    "10762",
    "07957",
    "03839",
    "12459",
    "05961",
    "12561",
    "09887",
    "11740",
    "02927",
    "14917",
    "10593",
    "01553",
    "20764",
    "14862",
    "12423",
    "01560",
    "12084",
    "00097",
    "16607",
    "11753",
    "05139",
    "08188",
    "08173",
    "16636",
    "07043",
    "07710",
    "09055",
    "07313",
    "10959",
    "02522",
    "03798",
    "11273",
    "04441",
    "02759",
    "17371",
    "06996",
    "17418",
    "02228",
    "13662",
    "07731",
    "20_11ecbplus",
    "29_10ecbplus",
    "28_13ecb",
    "6_5ecbplus",
    "12_3ecbplus",
    "14_2ecbplus",
    "11_3ecbplus",
    "8_1ecb",
    "3_5ecbplus",
    "19_10ecb",
    "14_8ecb",
    "10_18ecbplus",
    "25_10ecb",
    "34_7ecbplus",
    "8_6ecb",
    "1_15ecbplus",
    "25_12ecb",
    "3_10ecbplus",
    "34_5ecb",
    "20_10ecbplus",
)
VERDICTS_FILE = ROOT / "bench" / "gold" / "numbers_audit.yaml"
VERDICTS_FILE2 = ROOT / "bench" / "gold" / "numbers_audit2.yaml"
# The fourth draw (round numbers8, 2026-11-30, main at d00e059: the gold up to dev4 and the
# first three draws left out; web news weighted, see `draw`), in the order drawn.
DRAWN4: tuple[str, ...] = (
    "20142",
    "00308",
    "14599",
    "03292",
    "08150",
    "06849",
    "03953",
    "08136",
    "15418",
    "06990",
    "13382",
    "00839",
    "15405",
    "03039",
    "15417",
    "07202",
    "15605",
    "00321",
    "19153",
    "20640",
    "16487",
    "07829",
    "00105",
    "11817",
    "10690",
    "06452",
    "20569",
    "01795",
    "07993",
    "03122",
    "10_9ecbplus",
    "27_10ecbplus",
    "21_4ecb",
    "32_5ecb",
    "22_2ecb",
    "9_7ecb",
    "24_10ecbplus",
    "19_8ecbplus",
    "10_6ecbplus",
    "13_4ecbplus",
    "13_11ecb",
    "3_9ecb",
    "25_5ecbplus",
    "25_11ecbplus",
    "5_6ecb",
    "27_6ecb",
    "6_10ecbplus",
    "1_3ecb",
    "10_15ecbplus",
    "25_14ecb",
    "30_5ecbplus",
    "21_11ecbplus",
    "7_5ecbplus",
    "2_4ecbplus",
    "21_2ecbplus",
    "25_4ecb",
    "19_1ecbplus",
    "12_16ecb",
    "18_12ecb",
    "30_8ecbplus",
    "1_11ecb",
    "13_10ecbplus",
    "5_13ecb",
    "29_3ecbplus",
    "7_6ecb",
    "25_2ecb",
    "11_4ecbplus",
    "27_4ecbplus",
    "25_10ecbplus",
    "22_7ecbplus",
)
VERDICTS_FILE3 = ROOT / "bench" / "gold" / "numbers_audit3.yaml"
VERDICTS_FILE4 = ROOT / "bench" / "gold" / "numbers_audit4.yaml"
# The fifth draw (round numbers9, 2026-11-30, main at 4dde07f: the gold up to dev4 and the
# first four draws left out; Reuters tables only, see `is_table`), in the order drawn.
DRAWN5: tuple[str, ...] = (
    "00005",
    "15890",
    "14432",
    "15584",
    "00006",
    "15928",
    "15610",
    "14084",
    "14457",
    "14791",
    "08179",
    "04089",
)
VERDICTS_FILE5 = ROOT / "bench" / "gold" / "numbers_audit5.yaml"
# The sixth draw (round numbers10, 2026-11-30, main at 72682a1: the gold up to dev4 and the
# first five draws left out; ECB+ web news only, see `draw`), in the order drawn.
DRAWN6: tuple[str, ...] = (
    "14_1ecb",
    "28_7ecbplus",
    "30_1ecb",
    "32_1ecb",
    "35_11ecbplus",
    "27_1ecb",
    "11_9ecb",
    "6_3ecbplus",
    "2_9ecbplus",
    "13_3ecb",
    "7_10ecbplus",
    "9_4ecb",
    "30_3ecb",
    "1_8ecb",
    "35_8ecbplus",
    "9_9ecb",
    "30_10ecbplus",
    "35_6ecb",
    "24_1ecbplus",
    "24_11ecbplus",
    "21_10ecbplus",
    "14_6ecbplus",
    "28_5ecb",
    "1_17ecb",
    "32_3ecbplus",
    "10_17ecbplus",
    "8_11ecbplus",
    "26_3ecb",
    "22_13ecbplus",
    "28_4ecbplus",
    "23_3ecbplus",
    "2_11ecb",
    "14_3ecbplus",
    "7_8ecbplus",
    "13_9ecbplus",
    "18_13ecb",
    "19_4ecbplus",
    "4_4ecb",
    "18_8ecb",
    "2_2ecbplus",
    "7_4ecbplus",
    "35_7ecbplus",
    "5_14ecb",
    "34_15ecb",
    "21_4ecbplus",
)
VERDICTS_FILE6 = ROOT / "bench" / "gold" / "numbers_audit6.yaml"
# The seventh draw (round numbers11, 2026-11-30, main at 498de31: the gold up to dev4 and the
# first six draws left out; Reuters general copy, no tables, see `is_prose`), in the order drawn.
DRAWN7: tuple[str, ...] = (
    "05154",
    "03458",
    "04822",
    "04752",
    "10998",
    "10407",
    "10070",
    "02930",
    "00840",
    "02848",
    "21030",
    "20422",
    "10682",
    "04910",
    "18460",
    "18453",
    "07640",
    "00362",
    "06640",
    "13722",
    "15216",
    "04209",
    "07053",
    "06837",
    "08071",
    "12600",
    "20504",
    "21287",
    "16577",
    "17012",
    "08920",
    "13501",
    "04270",
    "09406",
    "09780",
    "08496",
    "01870",
    "03241",
    "21565",
    "03592",
)
VERDICTS_FILE7 = ROOT / "bench" / "gold" / "numbers_audit7.yaml"
# The eighth draw (round numbers12, 2026-11-30, main at 4c5dfe1: the gold up to dev4 and the
# first seven draws left out; drawn like the held-out part, see `draw`), in the order drawn.
DRAWN8: tuple[str, ...] = (
    "06829",
    "01272",
    "15547",
    "12952",
    "04747",
    "18916",
    "09622",
    "10846",
    "18461",
    "16683",
    "15755",
    "02724",
    "02351",
    "08471",
    "20223",
    "05238",
    "13703",
    "03713",
    "02883",
    "18851",
    "13007",
    "06339",
    "02280",
    "07121",
    "01176",
    "07040",
    "14359",
    "08888",
    "06246",
    "07680",
    "03503",
    "06981",
    "01228",
    "17387",
    "10483",
    "10133",
    "10_2ecb",
    "20_3ecbplus",
    "35_1ecb",
    "22_3ecbplus",
    "26_8ecbplus",
    "22_5ecbplus",
    "21_3ecbplus",
    "29_6ecb",
    "16_5ecbplus",
    "25_6ecb",
    "20_6ecbplus",
    "5_9ecb",
    "5_11ecb",
    "12_1ecb",
)
VERDICTS_FILE8 = ROOT / "bench" / "gold" / "numbers_audit8.yaml"
# The ninth draw (round numbers13, 2026-11-30, main at c69a477: the gold up to dev4 and the
# first eight draws left out; made like the eighth, see `draw`), in the order drawn.
DRAWN9: tuple[str, ...] = (
    "11824",
    "15991",
    "17718",
    "11316",
    "13835",
    "00999",
    "09906",
    "07945",
    "07900",
    "09475",
    "10208",
    "06464",
    "10827",
    "07473",
    "18183",
    "01793",
    "11313",
    "16853",
    "18470",
    "10341",
    "17456",
    "11099",
    "09838",
    "17877",
    "06158",
    "18852",
    "04543",
    "04065",
    "08690",
    "16103",
    "12650",
    "01481",
    "02390",
    "07097",
    "00318",
    "21387",
    "13_7ecb",
    "33_2ecb",
    "5_2ecb",
    "19_3ecbplus",
    "31_4ecbplus",
    "24_9ecbplus",
    "30_14ecb",
    "19_4ecb",
    "25_9ecb",
    "33_10ecbplus",
    "13_13ecb",
    "21_2ecb",
    "7_1ecbplus",
    "26_9ecb",
)
VERDICTS_FILE9 = ROOT / "bench" / "gold" / "numbers_audit9.yaml"
# The tenth draw as made on 2026-11-30 against the gold of main at a483303 (round numbers14): 36
# Reuters stories then 14 ECB+ documents, in the order drawn, like the eighth and the ninth.
DRAWN10: tuple[str, ...] = (
    "12396",
    "20630",
    "19953",
    "10250",
    "06024",
    "17685",
    "12740",
    "11737",
    "04411",
    "15495",
    "05303",
    "06772",
    "19054",
    "02404",
    "21513",
    "02596",
    "10132",
    "19816",
    "04299",
    "14326",
    "16427",
    "20264",
    "00257",
    "16526",
    "16466",
    "13234",
    "18231",
    "11411",
    "17549",
    "13283",
    "17141",
    "01421",
    "15019",
    "16112",
    "09229",
    "08190",
    "14_4ecb",
    "2_7ecb",
    "21_11ecb",
    "25_5ecb",
    "13_6ecbplus",
    "20_8ecbplus",
    "18_16ecb",
    "29_11ecb",
    "10_5ecb",
    "27_1ecbplus",
    "28_8ecbplus",
    "27_8ecbplus",
    "2_11ecbplus",
    "1_10ecbplus",
)
VERDICTS_FILE10 = ROOT / "bench" / "gold" / "numbers_audit10.yaml"
# The eleventh draw as made on 2026-11-30 against the gold of main at ab37496 (issue 11, audit11):
# 36 Reuters stories then 14 ECB+ documents, in the order drawn, like the eighth to the tenth.
DRAWN11: tuple[str, ...] = (
    "20645",
    "06030",
    "04196",
    "11929",
    "12028",
    "17135",
    "17499",
    "05156",
    "08770",
    "18351",
    "08512",
    "20635",
    "08892",
    "14419",
    "05835",
    "21136",
    "15276",
    "05853",
    "03101",
    "12500",
    "10899",
    "15275",
    "12021",
    "01935",
    "14983",
    "10750",
    "12053",
    "07162",
    "05809",
    "08538",
    "06639",
    "12154",
    "20840",
    "20234",
    "15680",
    "18552",
    "27_3ecbplus",
    "30_8ecb",
    "1_19ecbplus",
    "28_11ecbplus",
    "25_6ecbplus",
    "4_1ecbplus",
    "13_12ecbplus",
    "32_8ecb",
    "23_4ecbplus",
    "30_9ecb",
    "1_9ecb",
    "7_9ecbplus",
    "1_9ecbplus",
    "25_7ecb",
)
VERDICTS_FILE11 = ROOT / "bench" / "gold" / "numbers_audit11.yaml"
# Per sample: the seed, the files drawn (in order) and the verdicts file. A later sample
# leaves out every file of the samples before it.
SAMPLES = {
    1: (20261130, DRAWN, VERDICTS_FILE),
    2: (20261127, DRAWN2, VERDICTS_FILE2),
    3: (20261203, DRAWN3, VERDICTS_FILE3),
    4: (20261204, DRAWN4, VERDICTS_FILE4),
    5: (20261205, DRAWN5, VERDICTS_FILE5),
    6: (20261206, DRAWN6, VERDICTS_FILE6),
    7: (20261207, DRAWN7, VERDICTS_FILE7),
    8: (20261208, DRAWN8, VERDICTS_FILE8),
    9: (20261209, DRAWN9, VERDICTS_FILE9),
    10: (20261210, DRAWN10, VERDICTS_FILE10),
    11: (20261211, DRAWN11, VERDICTS_FILE11),
}
# The third draw meets other copy than the first two (short stories, mostly company results,
# takeovers and untagged copy): per band of length (``words`` of ``index.jsonl``), PREFERRED
# stories tagged with a topic other than results and takeovers (commodities, economic
# indicators, trade, shipping, money markets), then OTHER stories of any kind.
BANDS = ((40, 300), (300, 900))
PREFERRED, OTHER = 22, 8
FAMILIAR_TOPICS = frozenset({"earn", "acq"})
# The fourth draw weights web news (the held-out part mixes Reuters with ECB+ documents of
# sports, crime, disasters, technology): fewer Reuters stories, more ECB+ documents, both of
# any length from 40 to 900 words.
REUTERS4, ECB4, LONGEST4 = 30, 40, 900
# The fifth draw is of tables only (one table made most of the third and of the fourth audit's
# errors): TABLES5 Reuters stories of 40 to 900 words with at least TABLE_ROWS lines of
# TABLE_CELLS or more numbers each, none longer than TABLE_WIDTH characters (a row, not a
# paragraph: the first try, without a width, drew paragraphs dense with figures and was
# replaced before any figure was judged).
TABLES5, TABLE_ROWS, TABLE_CELLS, TABLE_WIDTH = 12, 5, 3, 80
# The sixth draw is of web news only (the held-out part's ECB+ documents lose the most
# precision): ECB6 ECB+ documents of 40 to 900 words, any topic.
ECB6 = 45
# The seventh draw is of Reuters general copy (the held-out part's Reuters side is most of its
# figures): PROSE7 stories of SHORTEST7 to 600 words (``words`` of ``index.jsonl``) with fewer
# than PROSE_ROWS lines of TABLE_CELLS or more numbers each (``is_prose``).
PROSE7, SHORTEST7, PROSE_ROWS = 40, 80, 3
# The eighth draw is made like the held-out part (Reuters stories of any kind, tables included,
# and ECB+ web news, both of 40 to 600 words), in its proportions: REUTERS8 and ECB8. The ninth,
# the tenth and the eleventh draw are made the same way.
REUTERS8, ECB8 = 36, 14
_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*")
VERDICTS = (
    "ok",
    "not a figure",  # followed by its kind: "not a figure: year"
    "wrong value",
    "wrong unit",
    "wrong qualifier",
    "wrong span",
)


def gold_files() -> set[str]:
    """Every file named in a gold YAML of ``bench/gold/``."""
    files: set[str] = set()
    for path in sorted((ROOT / "bench" / "gold").glob("*.yaml")):
        if path.name.startswith("numbers_audit"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in line.replace(",", " ").split():
                if part.startswith(("reuters21578/", "ecbplus-dev/")):
                    files.add(part.strip("{}'\""))
    return files


def _files(names: tuple[str, ...]) -> list[str]:
    """Corpus paths of the drawn names."""
    return [
        f"{gold.CORPUS_DIRS['ecbplus' if 'ecb' in name else 'reuters']}/{name}.txt"
        for name in names
    ]


def draw_by_kind(rng: random.Random, rows: list[dict[str, Any]], taken: set[str]) -> list[str]:
    """The third draw's Reuters stories: per band of length, preferred kinds of copy, then any.

    Args:
        rng: the draw's random generator, used in the order of the bands.
        rows: the rows of ``index.jsonl``.
        taken: files in a gold file or an earlier draw, never drawn.

    Returns:
        Per band in ``BANDS`` order, ``rng.sample`` of ``PREFERRED`` stories (sorted file names)
        tagged with a topic and with none of ``FAMILIAR_TOPICS``, then ``rng.sample`` of
        ``OTHER`` stories from the rest of the band.
    """
    chosen: list[str] = []
    for low, high in BANDS:
        band = [
            r for r in rows if low <= r["words"] < high and f"reuters21578/{r['file']}" not in taken
        ]
        preferred = sorted(
            f"reuters21578/{r['file']}"
            for r in band
            if r["topics"] and not FAMILIAR_TOPICS & set(r["topics"])
        )
        first = rng.sample(preferred, PREFERRED)
        rest = sorted(
            f"reuters21578/{r['file']}" for r in band if f"reuters21578/{r['file']}" not in first
        )
        chosen += first + rng.sample(rest, OTHER)
    return chosen


def is_table(text: str) -> bool:
    """Whether a story holds a table: ``TABLE_ROWS`` short lines or more of ``TABLE_CELLS`` numbers."""
    rows = sum(
        len(line) <= TABLE_WIDTH and len(_NUMBER.findall(line)) >= TABLE_CELLS
        for line in text.splitlines()
    )
    return rows >= TABLE_ROWS


def is_prose(text: str) -> bool:
    """Whether a story is no table: fewer than ``PROSE_ROWS`` lines of ``TABLE_CELLS`` numbers."""
    rows = sum(len(_NUMBER.findall(line)) >= TABLE_CELLS for line in text.splitlines())
    return rows < PROSE_ROWS


def draw(root: Path, sample: int = 1) -> list[str]:
    """The audit's 80 files, in the order drawn."""
    taken = gold_files()
    for earlier in range(1, sample):
        taken.update(_files(SAMPLES[earlier][1]))
    rng = random.Random(SAMPLES[sample][0])
    longest, n_ecb = (LONGEST4, ECB4) if sample >= 4 else (600, ECB)
    if sample == 6:
        return rng.sample(ecb_pool(root, taken, longest), ECB6)
    rows = [
        json.loads(line)
        for line in (root / "reuters21578" / "index.jsonl").read_text("utf-8").splitlines()
    ]
    if sample == 3:
        chosen = draw_by_kind(rng, rows, taken)
    elif sample == 5:
        pool = sorted(
            f"reuters21578/{r['file']}"
            for r in rows
            if 40 <= r["words"] <= longest
            and f"reuters21578/{r['file']}" not in taken
            and is_table(gold.read_text(root, f"reuters21578/{r['file']}"))
        )
        return rng.sample(pool, TABLES5)
    elif sample == 7:
        pool = sorted(
            f"reuters21578/{r['file']}"
            for r in rows
            if SHORTEST7 <= r["words"] <= 600
            and f"reuters21578/{r['file']}" not in taken
            and is_prose(gold.read_text(root, f"reuters21578/{r['file']}"))
        )
        return rng.sample(pool, PROSE7)
    elif sample in (8, 9, 10, 11):
        pool = sorted(
            f"reuters21578/{r['file']}"
            for r in rows
            if 40 <= r["words"] <= 600 and f"reuters21578/{r['file']}" not in taken
        )
        return rng.sample(pool, REUTERS8) + rng.sample(ecb_pool(root, taken, 600), ECB8)
    else:
        pool = sorted(
            f"reuters21578/{r['file']}"
            for r in rows
            if 40 <= r["words"] <= longest and f"reuters21578/{r['file']}" not in taken
        )
        chosen = rng.sample(pool, REUTERS4 if sample >= 4 else REUTERS)
    return chosen + rng.sample(ecb_pool(root, taken, longest), n_ecb)


def ecb_pool(root: Path, taken: set[str], longest: int) -> list[str]:
    """The ECB+ documents a draw may take: 40 to ``longest`` words, not ``taken``, sorted."""
    return sorted(
        f"ecbplus-dev/{p.name}"
        for p in (root / "ecbplus-dev").glob("*.txt")
        if p.name[0].isdigit()
        and 40 <= len(gold.read_text(root, f"ecbplus-dev/{p.name}").split()) <= longest
        and f"ecbplus-dev/{p.name}" not in taken
    )


Key = tuple[str, int, int, str, str, str]


def _key(file: str, item: Any) -> Key:
    """One output of one span: where, and the value, unit and qualifier judged."""
    return (
        file,
        int(item["start"]),
        int(item["end"]),
        f"{float(item['value']):.4g}" if item["value"] is not None else "-",
        str(item["unit"]),
        str(item["qualifier"]),
    )


def load_verdicts(path: Path = VERDICTS_FILE) -> dict[Key, str]:
    """The hand-written verdict of each output judged."""
    if not path.is_file():
        return {}
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["figures"]
    return {_key(i["file"], i): str(i["verdict"]) for i in items}


def load_missed(path: Path) -> list[Key]:
    """The figures the extractor missed, seen while reading (``missed`` of the verdicts file)."""
    if not path.is_file():
        return []
    items = yaml.safe_load(path.read_text(encoding="utf-8")).get("missed") or []
    return [_key(i["file"], i) for i in items]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draw", action="store_true", help="check the draw against DRAWN")
    parser.add_argument("--list", action="store_true", help="print every figure with context")
    parser.add_argument("--sample", type=int, choices=sorted(SAMPLES), default=1)
    args = parser.parse_args(argv)
    _, drawn, verdicts_file = SAMPLES[args.sample]
    problem = gold.corpus_problem()
    if problem:
        print(f"skipped: {problem}")
        return 0
    root = gold.corpus_root()
    files = _files(drawn)
    if args.draw:
        if not files:
            print("\n".join(Path(f).stem for f in draw(root, args.sample)))
            return 0
        assert draw(root, args.sample) == files, "the gold has grown since the draw"

    from tui.core.model.settings import Settings
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    settings = Settings(seeds=ROOT / "seeds", annotations=ROOT / "annotations")
    kb = AnnotationStore(settings.annotations).load_kb().value
    articles = gold_articles(root, files, index_dates(root))
    quantities, _ = pipeline_spans(Extractor(settings, kb), articles)
    verdicts = load_verdicts(verdicts_file)
    counts: Counter[str] = Counter()
    found: set[Key] = set()
    for file in files:
        text = gold.read_text(root, file)
        for q in quantities.get(file, []):
            if q["label"] not in gold.FIGURE_LABELS:
                continue
            found.add(_key(file, q))
            verdict = verdicts.get(_key(file, q), "unjudged")
            counts[verdict.split(":")[0]] += 1
            if args.list:
                left = text[max(0, q["start"] - 50) : q["start"]].replace("\n", " ")
                right = text[q["end"] : q["end"] + 40].replace("\n", " ")
                print(
                    f"{file} {q['start']} {q['end']} {q['label']} {q['value']} {q['unit']} "
                    f"{q['qualifier']} [{verdict}] | {left}[[{text[q['start'] : q['end']]}]]{right}"
                )
    total = sum(counts.values())
    print(f"{len(files)} documents, {total} figures found")
    for verdict in (*VERDICTS, "unjudged"):
        print(f"  {verdict}: {counts[verdict]}")
    missed = load_missed(verdicts_file)
    if missed:
        still = sum(key not in found for key in missed)
        print(f"missed figures seen while reading: {len(missed)}, still missed: {still}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
