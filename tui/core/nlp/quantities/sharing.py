"""Units written once for several figures: ranges, lists, "X vs Y", "from Y", bid/offer quotes, earnings and price tables.

News writes a unit once where two figures share it: ``between five and 30
percentage points``, ``18.25 to 20.00 dlrs``, ``420.00/420.50 dlrs``, ``rose to 7.3
billion dlrs from 4.3 billion``, ``Net 5.3 mln vs 4.1 mln``. The grammar reads each
figure alone; these pure functions then give a bare figure the unit its partner
has. In an earnings table (``Revs 111.7 mln vs 85.0 mln``) even both figures are
bare: they are money in the currency of the story's country, or shares where the
row counts shares; a table's numbers are money in the basis its lead states
(``sterling per tonne``) or in the unit it closes on (``in mln bpd``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.model.schema import Quantity
from tui.core.nlp.quantities import lexicon as lx
from tui.core.nlp.quantities.lexer import DIGITS, quote_pair
from tui.core.nlp.quantities.parse import read_quantity

#: Words between the first end of a range or alternative and the second.
_RANGE_BETWEEN = re.compile(r"\s*(?:-[ ]?)?(?:to|and|or|-|–|/)\s*", re.IGNORECASE)
#: Words between a figure and a later one it is set against ("vs", "from", "against").
_AGAINST_BETWEEN = re.compile(
    r"(?:[^;:\n]{0,40}?[\s,])?(?:vs\.?|versus|against|from|compared (?:with|to)|compares with)\s+",
    re.IGNORECASE,
)
#: A quote of two prices in one word: ``420.00/420.50 dlrs`` (read by :func:`quote_pair`).
_QUOTE_WORD = re.compile(rf"(?:{DIGITS.pattern})/(?:{DIGITS.pattern})")
#: Words of a qualifier before a quote, or none: "about ", "some ".
_QUALIFIER_LEAD = re.compile(r"(?:[A-Za-z]+ )*")
#: A line of an earnings table: a short row label, then figures set against each other.
#: Its first row may follow the dateline ("CHICAGO, April 13 - Net 12.8 mln vs 12.2 mln"); a
#: round amount may be written in words ("Revs one billion vs 1.06 billion").
_EARNINGS_ROW = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z .'-]*(?:,[ ][A-Z][A-Za-z.]*)*,[ ][A-Z][a-z]+\.?[ ]\d{1,2}[ ]-[ ])?"
    r"(?P<label>[A-Za-z][A-Za-z.&/'-]*(?:[ ][A-Za-z.&/'-]+){0,4}?)"
    r"[ \t]+(?:(?:loss|profit)[ \t]+)?(?:[\d(]|(?:one|two|three|four|five|six|seven|eight|nine)"
    r"[ ]).{0,80}?\bvs\.?(?:\s|$)",
)
#: Longest line read as an earnings row.
_ROW_MAX = 100
#: Row labels that count shares, not money (``Avg shrs``, ``Shares outstanding``).
_SHARE_ROW = re.compile(r"\b(?:shrs|shares)\b", re.IGNORECASE)
#: A line of an earnings table giving the average shares of one period, without "vs".
_SHARES_LINE = re.compile(r"[ \t]*(?:avg|average)[ \t]+(?:shrs|shares)\b", re.IGNORECASE)
#: Words of an earnings row that a counted-noun reading takes for the unit ("11.4 mln loss").
_ROW_WORDS = re.compile(r"[ \t]+(?:loss|profit|debit|credit|gain)$", re.IGNORECASE)


#: A scale word in a figure's text: such a number is an amount, not a count of things.
_SCALED = re.compile(r"\b(?:mln|bln|million|billion|trillion|mn|bn)\b|\dMM\b", re.IGNORECASE)
#: The end of a sentence or a paragraph between two figures.
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z\"'])|\n")


def is_bare(quantity: Quantity) -> bool:
    """A number that says nothing of what it counts (``count``)."""
    return quantity.label == "CARDINAL" and quantity.unit == "count"


def is_scaled(quantity: Quantity) -> bool:
    """A number written with a scale word (``4.5 million``, ``7.2 mln``): an amount."""
    return _SCALED.search(quantity.text) is not None


#: A bare number from this size up is no rate: a percentage beside it lends it nothing.
_NO_RATE_FROM = 1000


def lends_unit(partner: Quantity, bare: Quantity) -> bool:
    """The partner's unit may pass to a bare number set beside it: not a percentage to a
    number of 1,000 or more ("totaled 241,000, up 11.6 pct from 216,000": counts)."""
    return partner.label != "PERCENT" or abs(bare.value or 0) < _NO_RATE_FROM


def _with_unit(bare: Quantity, partner: Quantity) -> Quantity:
    return bare.model_copy(update={"label": partner.label, "unit": partner.unit})


def split_quote_pairs(quantities: Sequence[Quantity]) -> list[Quantity]:
    """``420.00/420.50 dlrs``: two figures, the bid and the offer, each with the unit."""
    out: list[Quantity] = []
    for quantity in quantities:
        # after a qualifier written once before both ("about 21.70/80"), which both keep
        match = _QUOTE_WORD.search(quantity.text)
        lead = quantity.text[: match.start()] if match is not None else ""
        pair = quote_pair(match.group()) if match is not None else None
        if (
            match is None
            or pair is None
            or quantity.value is None
            or not pair[1]
            or not _QUALIFIER_LEAD.fullmatch(lead)
        ):
            out.append(quantity)
            continue
        slash = match.start() + match.group().index("/")
        scale = quantity.value / pair[1]  # the unit's scale and hundredths ("6.64/66 cts")
        out.append(
            quantity.model_copy(
                update={
                    "end": quantity.start + slash,
                    "text": quantity.text[:slash],
                    "value": pair[0] * scale,
                    "qualifier": quantity.qualifier if lead else "exact",
                }
            )
        )
        out.append(
            quantity.model_copy(
                update={"start": quantity.start + slash + 1, "text": quantity.text[slash + 1 :]}
            )
        )
    return out


#: Words between the two ends of a range (not of an alternative or a list).
#: Words between the two ends of a range written out: "between $140 and $150 million".
_RANGE_WORDS = re.compile(r"\s+(?:to|and)\s+", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*", re.IGNORECASE)
#: Between two dimensions of one measure: "20 by 30 feet", "8-by-12 feet".
_BY = re.compile(r"\s*-?\s*by\s*-?\s*", re.IGNORECASE)
#: Units a figure set against another never lends it: "rose by around half, from 1.042 to
#: 1.504 bln" (the bare amount is no fraction).
_NO_SHARED_UNITS = frozenset({"fraction", "times"})
#: Words between a part and the whole it is counted of: "30 of the 80 wounded".
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+)?", re.IGNORECASE)
#: A change stated before a figure: "rose from about 5 pct to 10 pct" is no range.
_CHANGE_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _bounds_range(text: str, first: Quantity, second: Quantity) -> bool:
    """A qualifier written once before a range bounds both ends: "as many as 35 to 40
    firefighters", "about 5-6 pct" (the first end has it, the second none)."""
    return (
        first.qualifier != "exact"
        and second.qualifier == "exact"
        and first.label == second.label
        and first.unit == second.unit
        and _CHANGE_FROM.search(text, max(0, first.start - 8), first.start) is None
    )


def _rate_range_end(first: Quantity, second: Quantity) -> bool:
    """``second`` is the bare second end of a range of rates whose first end is in percent
    ("overnight money from 4-1/2 to four", "yesterday's five to 4-13/16"): the ends are close,
    as a range's are (not "rose 5 pct to 120", a level after a change)."""
    if not is_bare(second) or first.unit != "percent" or _SCALED.search(second.text):
        return False
    if first.value is None or second.value is None or first.value <= 0:
        return False
    return abs(second.value - first.value) <= max(1.0, first.value / 2)


def _range_first_end(text: str, first: Quantity, second: Quantity) -> bool:
    """``first`` is the bare first end of a range whose second end has the unit and scale."""
    return (
        is_bare(first)
        and not is_bare(second)
        and _RANGE_BETWEEN.fullmatch(text[first.end : second.start]) is not None
    )


def share_units(text: str, quantities: Sequence[Quantity], currency: str) -> list[Quantity]:
    """Figures in text order, bare ones given the unit their partner or row says.

    Args:
        text: The article text the offsets point into.
        quantities: The article's figures, in text order.
        currency: The currency of the story's country, for the bare amounts of an
            earnings table.

    Returns:
        The same figures, some with a label and unit they lacked.
    """
    stocks = _STOCK_STORY.search(text) is not None
    quantities = _player_sizes(text, quantities)
    out = [
        _share_price(
            text, _exchange_rate(text, _earnings_row(text, q, currency), currency), currency
        )
        if stocks
        else _exchange_rate(text, _earnings_row(text, q, currency), currency)
        for q in split_quote_pairs(_rate_table(text, _price_table(text, quantities)))
    ]
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        between = text[first.end : second.start]
        if _range_first_end(text, first, second):
            out[i] = first = _with_scale(_with_unit(first, second), second)
        elif (
            first.label == second.label == "MONEY"
            and first.unit == second.unit
            and _RANGE_WORDS.fullmatch(between)
        ):
            out[i] = first = _with_scale(first, second)  # "between $140 and $150 million"
        if is_bare(first) and second.label == "QUANTITY" and _BY.fullmatch(between):
            out[i] = first = _with_unit(first, second)  # "20 by 30 feet": two dimensions
        if (
            is_bare(first)
            and second.label == "CARDINAL"
            and second.unit not in ("count", "fraction", "times")
            and _PART_OF.fullmatch(between)
        ):
            out[i] = first = _with_unit(first, second)  # "landed 178 of 369 punches"
        if _RANGE_TO.fullmatch(between) and _rate_range_end(first, second):
            out[i + 1] = second = _with_unit(second, first)  # "from 4-1/2 to four", in percent
        if _RANGE_TO.fullmatch(between) and _bounds_range(text, first, second):
            out[i + 1] = second.model_copy(update={"qualifier": first.qualifier})
        elif (
            _AGAINST_BETWEEN.fullmatch(between)
            and is_bare(first) != is_bare(second)
            and not {first.unit, second.unit} & _NO_SHARED_UNITS
            # "bought 870,100 shares at prices ranging from 48.125 to 53 dlrs": the range's
            # second end gives its first end's unit
            and not (i + 2 < len(out) and _range_first_end(text, second, out[i + 2]))
        ):
            if is_bare(second):
                if lends_unit(first, second):
                    out[i + 1] = _with_unit(second, first)
            elif lends_unit(second, first):
                out[i] = _with_unit(first, second)
    shared = _running_unit(
        text,
        _sentence_money(
            text, _compared_series(text, _lists(text, _notes_in_money(text, out, currency)))
        ),
    )
    shared = _parts_after_dash(
        text, _closing_prices(text, _amounts_in_money(text, shared, currency))
    )
    for i in range(len(shared) - 1):  # "to three to four billion", the story's currency
        if _range_first_end(text, shared[i], shared[i + 1]):
            shared[i] = _with_scale(_with_unit(shared[i], shared[i + 1]), shared[i + 1])
        elif _RANGE_TO.fullmatch(text, shared[i].end, shared[i + 1].start) and _rate_range_end(
            shared[i], shared[i + 1]
        ):
            shared[i + 1] = _with_unit(shared[i + 1], shared[i])  # "yesterday's five to 4-13/16"
    shared = _thousands_once(text, shared)
    shared = _short_rate_quotes(text, _bond_prices(text, _price_changes(text, shared)))
    shared = _named_earlier(text, _said_again(text, _glued_pairs(text, shared)))
    return _decimals_alone(text, _ratios(text, _one_in(text, _headline_again(text, shared))))


#: A player's height in feet and inches and weight in pounds, in brackets after the name, as
#: sports pages give them: "Bell (5-11, 220)".
_PLAYER_SIZE = re.compile(r"\((?P<feet>[4-7])-(?P<inches>\d{1,2}),[ ]?(?P<pounds>[1-3]\d\d)\)")
#: The same in words, before a name or after a copula: "the 6-foot-9, 260-pound forward", "is
#: 5-foot-8,135 pounds" (the comma glued to the weight's digits or not).
_PERSON_SIZE = re.compile(
    r"\b(?P<feet>[4-7])-(?:foot|feet)-(?P<inches>\d{1,2}),[ ]?(?P<pounds>[1-3]\d\d)[- ]pounds?\b"
)


def _player_sizes(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """ "Bell (5-11, 220)", "the 6-foot-9, 260-pound forward": a height (one figure in feet,
    5-11 is 5.92 feet) and a weight in pounds, in place of whatever the numbers were read as
    ("11, 220" as eleven thousand)."""
    made: list[Quantity] = []
    for match in [*_PLAYER_SIZE.finditer(text), *_PERSON_SIZE.finditer(text)]:
        inches = int(match.group("inches"))
        if inches >= 12:
            continue
        height = (match.start("feet"), match.end("inches"), int(match.group("feet")) + inches / 12)
        weight_end = match.end() if match.re is _PERSON_SIZE else match.end("pounds")
        for low, high, value, unit in (
            (*height, "foot"),
            (match.start("pounds"), weight_end, float(match.group("pounds")), "pound"),
        ):
            made.append(
                Quantity(
                    start=low,
                    end=high,
                    text=text[low:high],
                    label="QUANTITY",
                    value=value,
                    unit=unit,
                    qualifier="exact",
                )
            )
    if not made:
        return list(quantities)
    kept = [q for q in quantities if not any(q.start < m.end and m.start < q.end for m in made)]
    return sorted([*kept, *made], key=lambda q: q.start)


#: A change in a price before the price it reached: "stock is up two at seven dlrs", "fell
#: 1-1/2 at 34": the change is in the price's money.
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|off|rose|fell|gained|lost|eased|firmed)\s+$", re.IGNORECASE
)
_AT_PRICE = re.compile(r"\s+at\s+")
#: A price reached after a change in money: "five ringgit higher at 747", "two dlrs up at 40".
_CHANGE_AT = re.compile(
    r"\s+(?:higher|lower|firmer|easier|weaker|stronger|dearer|cheaper|up|down|off)\s+at\s+",
    re.IGNORECASE,
)
#: A change written in a currency's hundredths, whose bare price may be in either unit.
_HUNDREDTHS = re.compile(r"(?:cts?|cents?|pence|p)$", re.IGNORECASE)


def _price_changes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare change of a price set before the price it reached ("up two at seven dlrs per
    share") is money in the price's currency; a bare price reached after a change in money
    ("five ringgit higher at 747") is in the change's."""
    out = list(quantities)
    for i in range(len(out) - 1):
        change, price = out[i], out[i + 1]
        if not is_bare(change) or price.label != "MONEY":
            continue
        if _CHANGE_BEFORE.search(text, max(0, change.start - 10), change.start) is None:
            continue
        if _AT_PRICE.fullmatch(text, change.end, price.start):
            out[i] = _with_unit(change, price)
    for i in range(len(out) - 1):
        change, price = out[i], out[i + 1]
        if (
            change.label == "MONEY"
            and is_bare(price)
            and _HUNDREDTHS.search(change.text) is None
            and _CHANGE_AT.fullmatch(text, change.end, price.start)
        ):
            out[i + 1] = _with_unit(price, change)  # "six and five ringgit higher at 747"
    return out


#: A cell of a price table: a number (with thousands separators if any: "39,130"), or a range
#: of two written with a hyphen ("15-19", "3.50- 4.00").
_CELL = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:-[ ]?(\d+(?:\.\d+)?))?")
#: A word of a price table's row: a label or a note in capitals or with a capital ("COPPER",
#: "UNQUOTED", "Kansas City", "Norf./Phil."), a column heading glued to its number ("3MTHS"),
#: or dashes or "nil" for an empty cell ("--").
_ROW_WORD = re.compile(r"[A-Z][A-Za-z.&/'-]*|\d+[A-Z]+|-{2,}|nil|n\.a\.")
#: A footnote's letter glued to a cell ("25,182.6-x", "3.25-Y"): not part of the number.
_CELL_NOTE = re.compile(r"-[A-Za-z](?=[ \t]|$)")
#: A line of column headings above a table's rows: words in capitals or title case and
#: numbers only ("4/2/87 Prev Wk 4/3/86", "BAGS PRICE PER 50 KG", "Area Crop").
_HEADING_LINE = re.compile(r"[ \t]*[A-Z0-9][^ \t]*(?:[ \t]+[A-Z0-9(][^ \t]*)*[ \t]*")
#: A row of column headings in years ("FOURTH QTR 1986 JANUARY 1987"): no cell is a figure.
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
#: The fewest rows with numbers that make a price table.
_TABLE_ROWS = 2


def _table_cells(line: str) -> list[tuple[int, int]] | None:
    """The numbers of a price table's row (offsets in ``line``), or None when the line is no
    such row: capitals and numbers only, at least one number."""
    cells: list[tuple[int, int]] = []
    pos = 0
    while pos < len(line):
        if line[pos] in " \t":
            pos += 1
            continue
        cell = _CELL.match(line, pos)
        end = cell.end() if cell is not None else pos
        note = _CELL_NOTE.match(line, end) if cell is not None else None
        if note is not None:
            end = note.end()
        if cell is not None and (end == len(line) or line[end] in " \t"):
            cells.append(cell.span(1))
            if cell.group(2) is not None:
                cells.append(cell.span(2))
            pos = end
            continue
        word = _ROW_WORD.match(line, pos)
        if word is None or (word.end() < len(line) and line[word.end()] not in " \t"):
            return None
        pos = word.end()
    return cells or None


#: A price basis stated once: a word (a currency, if any) before "per" or a slash ("sterling
#: per tonne", "in dlrs per cwt", "(Dlrs/Bu)"), not a price ("51.25 dlrs per cwt").
_PRICE_BASIS = re.compile(r"(?<!\d )\b([A-Za-z]+)(?:\s+per\s+[a-z]|/[A-Za-z])")
#: A price basis stated as a currency in a sentence about prices ("Price per bushel is in U.S.
#: dollars", "prices are in Canadian dlrs"), the currency closing the sentence: the currency,
#: with the word before it if any.
_PRICES_IN = re.compile(
    r"\bpric[a-z]*\b[^\n]*?\bin\s+((?:U\.S\.|[A-Z][a-z]+)\s+)?([a-z]+)[\s.]*$", re.IGNORECASE
)
#: A unit stated once at the end of a table's lead line ("this breakdown for crude output, in
#: mln bpd", "(in thousands of tonnes)"), or before a last remark of a few words ("in short
#: tons, raw value --"): the unit words, a scale word first if any.
_UNIT_LEAD = re.compile(r"\bin\s+((?:000'?s[ ])?[a-z][a-z ]{1,30}?)(?:,[a-z ]{1,20})?[\s.:)-]*$")
#: A scale in a unit stated once, written as a plural or in digits ("in thousands of tonnes",
#: "in 000's bu"): read as the scale word ("thousand tonnes").
_LEAD_SCALE = re.compile(r"^(?:000'?s|(thousand|million|billion)s of)[ ]")


def _currency_word(words: str) -> str | None:
    """The last word of ``words`` that names a currency or a hundredth of one, lower-case."""
    found: list[str] = _WORD.findall(words.lower())
    for word in reversed(found):
        if word in lx.FAMILY_WORDS or word in lx.CURRENCY_WORDS or word in lx.FAMILY_SUBUNITS:
            return word
    return None


def _table_basis(lead: str) -> str | None:
    """What a table's lead says its numbers are, once: a price basis ("sterling per tonne",
    "Price per bushel is in U.S. dollars") or a unit closing the lead's last line ("in mln
    bpd"); the words to read each number with, or None."""
    basis = _PRICE_BASIS.search(lead)  # "sterling per tonne except silver which pence per oz"
    if basis is not None and _currency_word(basis.group(1)) is not None:
        return _currency_word(basis.group(1))
    for sentence in re.split(r"(?<=[a-z])\.\s", lead):
        stated = _PRICES_IN.search(sentence)
        if stated is not None and _currency_word(stated.group(2)) is not None:
            return f"{stated.group(1) or ''}{stated.group(2)}"
    lines = [line for line in lead.split("\n") if line.strip()]
    while len(lines) > 1 and _HEADING_LINE.fullmatch(lines[-1]):
        lines.pop()  # column headings between the lead and the rows
    unit = _UNIT_LEAD.search(lines[-1]) if lines else None
    if unit is None:
        return None
    words = _LEAD_SCALE.sub(lambda m: f"{m.group(1) or 'thousand'} ", unit.group(1))
    meaning = read_quantity(f"1 {words}")  # a unit of the lexicon, not any noun
    return words if meaning is not None and meaning.label != "CARDINAL" else None


def _price_table(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """A table under a lead that states once what its numbers are (``_table_basis``: "premiums,
    sterling per tonne", "in mln bpd"): every number of its rows, each end of a range
    ("15-19") its own figure, is in that currency or unit, or in the currency a row's own
    last words name ("... DOLLARS", "... CENTS A LB"). Rows are lines of names and numbers
    only, after the lead; a row of years heads the columns."""
    first_line = text.find("\n")
    rows: list[tuple[int, str, list[tuple[int, int]]]] = []
    start = first_line + 1 if first_line != -1 else len(text)  # not the headline
    for line in text[start:].split("\n"):
        cells = _table_cells(line)
        if cells is not None:
            rows.append((start, line, cells))
        start += len(line) + 1
    if len(rows) < _TABLE_ROWS:
        return list(quantities)
    header = _table_basis(text[first_line + 1 : rows[0][0]])
    if header is None:
        return list(quantities)
    made: list[Quantity] = []
    for line_start, line, cells in rows:
        if all(_YEAR_CELL.fullmatch(line[low:high]) for low, high in cells):
            continue  # column headings
        word = _currency_word(line[cells[-1][1] :]) or header
        for low, high in cells:
            meaning = read_quantity(f"{line[low:high]} {word}")
            if meaning is None or meaning.value is None or meaning.unit in (None, "count"):
                continue
            made.append(
                Quantity(
                    start=line_start + low,
                    end=line_start + high,
                    text=line[low:high],
                    label=meaning.label,
                    value=meaning.value,
                    unit=meaning.unit,
                    qualifier="exact",
                )
            )
    spans = [(r[0], r[0] + len(r[1])) for r in rows]
    kept = [q for q in quantities if not any(lo <= q.start < hi for lo, hi in spans)]
    return sorted([*kept, *made], key=lambda q: q.start)


#: The maturity naming a row of a money-market table: "overnight", "one month", "12 months".
_MATURITY = (
    r"(?:overnight|call|tom[/ ]next|spot[/ ]next|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\d{1,2})[ -](?:days?|weeks?|wks?|months?|mths?|years?|yrs?))"
)
#: A rate quoted in such a row: "5", "5.25", "4 13/16", "4-1/4", "7/8".
_RATE_QUOTE = r"(?:\d{1,2}(?:\.\d+)?(?:[ -]\d{1,2}/\d{1,3})?|\d{1,2}/\d{1,3})"
#: A row of a money-market table: a maturity, then one rate or a bid and an offer.
_RATE_ROW = re.compile(
    rf"[ \t]*{_MATURITY}[ \t]+(?P<quotes>{_RATE_QUOTE}(?:[ \t]*-[ \t]*|[ \t]+){_RATE_QUOTE}?)[ \t]*",
    re.IGNORECASE,
)


def _rate_table(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """A money-market table, rows of a maturity and its rates ("one month 4 13/16 - 4 11/16",
    "overnight 4 1/4 - 3 3/4"), two rows or more: its bare numbers are rates in percent."""
    quotes: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        row = _RATE_ROW.fullmatch(line)
        if row is not None:
            quotes.append((start + row.start("quotes"), start + row.end("quotes")))
        start += len(line) + 1
    if len(quotes) < _TABLE_ROWS:
        return list(quantities)
    return [
        q.model_copy(update={"label": "PERCENT", "unit": "percent"})
        if is_bare(q) and any(low <= q.start and q.end <= high for low, high in quotes)
        else q
        for q in quantities
    ]


#: Between two items of a list and between its last two: "250,000, 500,000 and one mln stg".
_LIST_COMMA = re.compile(r",[ ]")
_LIST_END = re.compile(r",?[ ](?:and|or)[ ]", re.IGNORECASE)


def _lists(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A list of amounts gives its unit once, after the last: "in denominations of 250,000,
    500,000 and one mln stg", "5, 10 and 20 pct". Each bare item before a comma takes the
    unit of the next item once that one has it, when the list closes with "and" or "or"
    before an item with the unit."""
    out = list(quantities)
    closed = [
        i + 1 < len(out)
        and _LIST_END.fullmatch(text, out[i].end, out[i + 1].start) is not None
        and not is_bare(out[i + 1])
        for i in range(len(out))
    ]
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if not (is_bare(first) and not is_bare(second)):
            continue
        if _LIST_COMMA.fullmatch(text, first.end, second.start) is None:
            continue
        j = i + 1  # the list must go on by commas to its close
        while j < len(out) and not closed[j]:
            if (
                j + 1 >= len(out)
                or _LIST_COMMA.fullmatch(text, out[j].end, out[j + 1].start) is None
            ):
                break
            j += 1
        if (
            j < len(out)
            and closed[j]
            and (out[j + 1].label, out[j + 1].unit)
            == (
                second.label,
                second.unit,
            )
        ):
            out[i] = _with_unit(first, second)
    return out


#: Where a bond's price is given, per 100 of face value: "priced at 82 1/8", "at par".
_PRICED_AT = re.compile(
    r"\b(?:priced|pricing|reoffered|issued|issue price of|price of|callable|redeemable)"
    r"(?:\s+at)?\s+$",
    re.IGNORECASE,
)
_AT = re.compile(r"\bat\s+$")
_PRICE_AFTER = re.compile(r"\s+(?:issue|reoffer|re-offer|offer)\s+price\b", re.IGNORECASE)
_PRICED = re.compile(r"\bpric(?:ed|ing)\b", re.IGNORECASE)
#: A sentence about a bond or notes.
_BOND_WORDS = re.compile(
    r"\b(?:bonds?|eurobonds?|notes?|debentures?|tranches?|issues?|coupon|gilts?|paper)\b",
    re.IGNORECASE,
)


def _sentence_of(text: str, quantity: Quantity) -> str:
    """The sentence (or the line of a table) a figure stands in."""
    high = _SENTENCE_BREAK.search(text, quantity.end)
    return text[_sentence_start(text, quantity.start) : high.start() if high else len(text)]


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence (or the line of a table) holding offset ``start`` begins."""
    return max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)


def _bond_prices(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare price of a bond after "priced at" is per 100 of face value: a percentage
    ("tranche A priced at 82 1/8", "the notes were issued at 99.75")."""
    out = list(quantities)
    for i, quantity in enumerate(out):
        if not is_bare(quantity) or not (
            10 <= (quantity.value or 0) <= 200 or _IN_32NDS.fullmatch(quantity.text)
        ):
            continue
        before = text[max(0, quantity.start - 30) : quantity.start]
        sentence = _sentence_of(text, quantity)
        priced = (
            _PRICED_AT.search(before)
            or (_AT.search(before) and _PRICED.search(sentence))  # "... and tranche B at 73 7/8"
            or _PRICE_AFTER.match(text, quantity.end)  # "a 4-3/4 pct coupon and 100.25 issue price"
        )
        if (priced and _BOND_WORDS.search(sentence)) or _IN_32NDS.fullmatch(quantity.text):
            out[i] = quantity.model_copy(update={"label": "PERCENT", "unit": "percent"})
    return out


#: A price in 32nds (or 64ths) of a point, as Treasury bonds and their futures are quoted
#: ("resistance at 98-16/32", "closed 28/32 lower"): per 100 of face value, a percentage.
_IN_32NDS = re.compile(r"(?:\d{1,3}-)?\d{1,2}/(?:32|64)")


#: A rate quoted in eighths and the other side by its fraction alone: "9-3/4 5/8 pct".
_WHOLE_AND_FRACTION = re.compile(r"(\d+)-\d+/\d+")
_FRACTION_ONLY = re.compile(r"\d+/\d+\b")


def _short_rate_quotes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "quoted at 9-3/4 5/8 pct": two rates, the second written by its fraction only, whose
    whole number is the first's (9.75 and 9.625 percent); an offer written short, as in
    "6.64/66". Deposit rates quoted as two sides with a comma between share the unit written
    once: "climbed to 6-5/8, 1/8 pct from 6-3/8, six" (6.625 and 6.125, from 6.375 and 6)."""
    out = list(quantities)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        whole = _WHOLE_AND_FRACTION.fullmatch(first.text)
        between = text[first.end : second.start]
        comma = between == ", "
        if not (between.isspace() or comma):
            continue
        if (
            whole is not None
            and second.label == "PERCENT"
            and _FRACTION_ONLY.match(second.text)
            and second.value is not None
            and 0 < second.value < 1
        ):
            value = int(whole.group(1)) + second.value
            out[i] = first.model_copy(update={"label": "PERCENT", "unit": second.unit})
            out[i + 1] = second.model_copy(update={"value": value})
        elif comma and (whole or _WHOLE_AND_FRACTION.fullmatch(second.text)):
            # "7-1/8, seven pct", "from 7-1/16, 6-7/8": one side bare, the other a rate
            if is_bare(first) and second.label == "PERCENT":
                out[i] = _with_unit(first, second)
            elif is_bare(second) and first.label == "PERCENT":
                out[i + 1] = _with_unit(second, first)
    return out


#: What stands before the number of "one in every 500", "1 in 4": a proportion.
_ONE_IN = re.compile(r"\b(?:[Oo]ne|ONE|1)\s+in\s+(?:every\s+)?$")
#: The number at the start of a figure's text.
_LEADING_NUMBER = re.compile(r"[\d][\d,.]*|[A-Za-z]+")


def _one_in(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "one in every 500 users", "1 in 4 voters": a fraction, 1/500, spanning "one in every
    500"; a "1" found before it is part of it."""
    out: list[Quantity] = []
    for quantity in quantities:
        lead = _ONE_IN.search(text, max(0, quantity.start - 20), quantity.start)
        number = _LEADING_NUMBER.match(quantity.text)
        if (
            lead is None
            or number is None
            or quantity.label != "CARDINAL"
            or not quantity.value
            or quantity.value < 2
            or _SCALED.search(quantity.text)
        ):
            out.append(quantity)
            continue
        while out and out[-1].end > lead.start():
            out.pop()  # the "1" of "1 in 4"
        end = quantity.start + number.end()
        out.append(
            quantity.model_copy(
                update={
                    "start": lead.start(),
                    "end": end,
                    "text": text[lead.start() : end],
                    "value": round(1 / quantity.value, 4),
                    "unit": "fraction",
                }
            )
        )
    return out


#: A blood-alcohol level before a bare decimal, in its sentence: "blood-alcohol level was 0.41",
#: "alcohol level: .41" (a percentage, as "0.41 percent" writes it).
_ALCOHOL_LEVEL = re.compile(
    r"\balcohol[- ](?:level|content|concentration|reading)s?\b[^.!?\n]*$", re.IGNORECASE
)
#: A decimal written without its leading zero: ".358", ".632".
_POINT_FIRST = re.compile(r"\.\d+")


def _decimals_alone(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare decimal under one after a blood-alcohol level is that level, a percentage ("his
    blood-alcohol level was 0.41"); one written without its leading zero is else a fraction, an
    average ("hit .358", "a slugging percentage of .632"), whatever noun is near."""
    out: list[Quantity] = []
    for quantity in quantities:
        if quantity.label == "CARDINAL" and quantity.value is not None and 0 < quantity.value < 1:
            point_first = _POINT_FIRST.fullmatch(quantity.text) is not None
            if (is_bare(quantity) or point_first) and _ALCOHOL_LEVEL.search(
                text, max(0, quantity.start - 60), quantity.start
            ):
                quantity = quantity.model_copy(update={"label": "PERCENT", "unit": "percent"})
            elif point_first:
                quantity = quantity.model_copy(update={"unit": "fraction"})
        out.append(quantity)
    return out


#: Between the two numbers of an exchange ratio: "17 new shares for every 20 held".
_FOR_EVERY = re.compile(r"\s+for\s+(?:every|each)\s+$", re.IGNORECASE)
#: After the count of shares of an exchange ratio whose other side is one share, written without
#: its number: "three Norstar shares for each United share", "2.2 common shares for each
#: preferred" (not a dividend's "one right for each share held").
_FOR_EACH_SHARE = re.compile(
    r"\s+for\s+(?:every|each)\s+(?:[A-Za-z.&'-]+\s+){0,2}?(?:shares?|preferred|common)\b",
    re.IGNORECASE,
)


def _ratios(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The numbers of a ratio of exchange ("17 new shares for every 20 held", "one new share
    for each five", "three shares for each United share") are no figures, as a stock split's
    "three-for-two" is none."""
    drop: set[int] = set()
    for i, quantity in enumerate(quantities):
        if quantity.unit == "share" and _FOR_EACH_SHARE.match(text, quantity.end):
            drop.add(i)
            continue
        if quantity.label != "CARDINAL" or not _FOR_EVERY.search(
            text, max(0, quantity.start - 20), quantity.start
        ):
            continue
        drop.add(i)
        if (
            i
            and quantities[i - 1].label == "CARDINAL"
            and _FOR_EVERY.fullmatch(text[quantities[i - 1].end : quantity.start])
        ):
            drop.add(i - 1)
    return [q for i, q in enumerate(quantities) if i not in drop]


#: A sentence that is one number and its mark: "Three hundred and fifty two!".
_ALONE = re.compile(r"[\w ,-]+[.!?]*\s*")
#: What stands before a figure said again as a noun: "The 157 are among ...".
_DEFINITE = re.compile(r"\b(?:the|these|those)[ ]$", re.IGNORECASE)
#: A dash after a figure said again that opens the list of what it counts: "the three --
#: UBS, Credit Suisse and ...", "the six - Britain, Canada, ...".
_LISTED_AFTER = re.compile(r"[ ]?(?:--|-|–|—)[ ]")


def _said_again(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "the 157", "these 25": a bare number after a definite word names again what an
    earlier figure of the same value counted ("brings to 157 the number of goods ...
    The 157 are among ..."). Not a small number, which many things of a story share
    ("three shells ... the three hid") unless a dash opens the list of them after it ("the
    three major banks ... The three -- UBS, Credit Suisse and ...")."""
    out = list(quantities)
    for i, bare in enumerate(out):
        if not is_bare(bare):
            continue
        definite = _DEFINITE.search(text, max(0, bare.start - 6), bare.start) is not None
        # a small number only with the list of what it counts after it: "the three -- UBS, ..."
        listed = definite and _LISTED_AFTER.match(text, bare.end) is not None
        if (bare.value or 0) < _SAID_AGAIN_FROM and not listed:
            continue
        # or said again at once, as a sentence of its own: "352 yards. Three hundred and
        # fifty two!"
        own = _sentence_start(text, bare.start + 1)
        high = _SENTENCE_BREAK.search(text, bare.end)
        alone = not definite and _ALONE.fullmatch(text, own, high.start() if high else len(text))
        if not definite and not alone:
            continue
        floor = _sentence_start(text, max(0, own - 1))
        for earlier in reversed(out[:i]):
            if alone and earlier.start < floor:
                break
            if (
                earlier.label == "CARDINAL"
                and earlier.value == bare.value
                and earlier.unit not in _NOT_COUNTED
            ):
                out[i] = _with_unit(bare, earlier)
                break
    return out


#: What stands before a count of things already counted: "the other two", "all three", "the
#: next four".
_OF_THE_SET = re.compile(
    r"\b(?:the[ ](?:other|remaining|next|last|first|final|previous)|all(?:[ ]the)?)[ ]$",
    re.IGNORECASE,
)
#: What stands after a count of things counted before: "two of them".
_OF_THEM = re.compile(r"[ ]of[ ]them\b", re.IGNORECASE)
#: How many sentences back the things of "the other two" may have been counted.
_SET_SENTENCES = 3


def _named_earlier(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "we could have used the other two", "all three are down", "lost the next four": a bare
    count of the rest or of the whole of a set, or followed by "of them" ("Five boats
    attacked. / After a skirmish, two of them fled"), counts what the nearest earlier count
    of its sentence or of the three before did (across lines: web copy makes each sentence a
    paragraph)."""
    out = list(quantities)
    for i, bare in enumerate(out):
        if bare.label != "CARDINAL" or bare.unit != "count" or bare.value is None:
            continue
        if not float(bare.value).is_integer():
            continue
        if _OF_THEM.match(text, bare.end) is None and (
            text[bare.end : bare.end + 3] == " of"
            or not _OF_THE_SET.search(text, max(0, bare.start - 15), bare.start)
        ):
            continue
        floor = _sentence_start(text, bare.start + 1)
        for _ in range(_SET_SENTENCES):
            floor = _sentence_start(text, max(0, floor - 1))
        for earlier in reversed(out[:i]):
            if earlier.start < floor:
                break
            if earlier.label == "CARDINAL" and earlier.unit not in _NOT_COUNTED | {"other"}:
                out[i] = _with_unit(bare, earlier)
                break
    return out


def _headline_again(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare amount of the headline ("FARM CREDIT LOSS PUT AT 900 MLN") is what the story
    says with its unit ("may lose about 900 mln dlrs"): the first later figure of the same
    value that has one. Not a small number, which many things of a story share."""
    headline_end = text.find("\n")
    out = list(quantities)
    for i, bare in enumerate(out):
        if bare.end > headline_end or not is_bare(bare) or (bare.value or 0) < _HEADLINE_FROM:
            continue
        for later in out[i + 1 :]:
            if later.start > headline_end and later.value == bare.value and not is_bare(later):
                if later.unit not in _NOT_COUNTED or later.label != "CARDINAL":
                    out[i] = _with_unit(bare, later)
                break
    return out


#: The smallest bare amount of a headline read as said again in the story.
_HEADLINE_FROM = 1000
#: The smallest number read as said again.
_SAID_AGAIN_FROM = 10
#: Units of CARDINAL figures that count no thing.
_NOT_COUNTED = frozenset({"count", "fraction", "times", None})


#: What stands between the two ends of a range or a quote written as one word.
_GLUED_BETWEEN = frozenset({"-", "–", "/"})


def _glued_pairs(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The two ends of a range or a quote written as one word count the same, in the
    scale the second gives: ``$140-150MM`` (both millions of dollars), a bid and an
    offer ``418.50 ... 421.50/422``, ``0.1-0.2 mln`` after ``1.0 mln bpd``."""
    out = list(quantities)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if text[first.end : second.start] not in _GLUED_BETWEEN:
            continue
        if is_bare(first) and not is_bare(second):  # "0.1-0.2 mln": the second's unit came late
            out[i - 1] = _with_scale(_with_unit(first, second), second)
            continue
        if is_bare(first):
            continue
        if is_bare(second):
            out[i] = second = _with_unit(second, first)
        if (second.label, second.unit) == (first.label, first.unit):
            out[i - 1] = _with_scale(first, second)
    return out


#: Words that set a figure beside the one before it in a series: "238,287 lots against
#: 235,665 in March 1986 and 233,403 in February", "4.08 dlrs and 4.72".
_SERIES_BETWEEN = re.compile(
    r"[ ]?/[ ]?"  # a bid/offer quote: "421.80/422.20"
    r"|[^;:\n]{0,50}?\b(?:vs\.?|versus|against|from|compared(?: with| to)?|compares with|and|or"
    r"|to|with)\b[^;:\n\d]{0,25}",
    re.IGNORECASE,
)


def _compared_series(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare figure set against the figure before it in the same sentence counts the same.

    The figures must be written alike (both in millions, or neither), and a word that
    compares or lists stands between them; a series passes its unit on
    ("82.9 mln lbs compared with 48.0 mln lbs in December and 106.5 mln a year earlier").
    """
    out = list(quantities)
    for i in range(1, len(out)):
        bare, partner = out[i], out[i - 1]
        if not is_bare(bare) or is_bare(partner) or partner.label not in _SERIES_LABELS:
            continue
        if _written(bare) != _written(partner):
            continue
        if partner.end > bare.start or _SENTENCE_BREAK.search(text, partner.end, bare.start):
            continue
        between = _SERIES_BETWEEN.fullmatch(text, partner.end, bare.start)
        if between is None:
            continue
        if partner.label == "PERCENT" and _TO_OR_FROM.search(between.group()):
            if not _earlier_rate(between.group(), bare, partner):
                continue  # "rose 5 pct to 120.5": a change in percent, then a level
        out[i] = _with_unit(bare, partner)
    return out


_TO_OR_FROM = re.compile(r"\b(?:to|from)\b", re.IGNORECASE)
#: What names a rate's earlier reading: "a revised", "December's", "a previous January's".
_EARLIER_READING = re.compile(r"\b(?:revised|previous|[A-Z][a-z]+'s)\b[^\d]*$")


def _earlier_rate(between: str, bare: Quantity, partner: Quantity) -> bool:
    """ "rose 9.5 pct from a revised 10.1", "slowed to 0.7 pct from December's 1.5": after
    "from" (no "to"), a rate's earlier reading, named so, with decimals and of the rate's own
    size, is in percent too; not a level ("rose 4 pct from 880.5")."""
    if bare.value is None or partner.value is None or "." not in bare.text:
        return False
    if re.search(r"\bto\b", between, re.IGNORECASE) or not _EARLIER_READING.search(between):
        return False
    return 0 < bare.value < 100 and bare.value <= 3 * abs(partner.value) + 2


def _written(quantity: Quantity) -> tuple[bool, bool]:
    """How a figure's number is written: with a scale word; with separators or decimals."""
    number = re.search(r"\d[\d,.]*\d|\d", quantity.text)
    return bool(_SCALED.search(quantity.text)), bool(number and re.search(r"[.,]", number.group()))


_SERIES_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _with_scale(first: Quantity, second: Quantity) -> Quantity:
    """``between 250 and 400 billion cubic feet``, ``three to 6-1/2 cents``: a scale or a
    hundredth written once serves both ends.

    Only when the first end has none and is the smaller number as written; of a hundredth
    also a larger one below a hundred, as a range of price changes is written from the
    larger end ("closed 1-1/4 to 1/2 cents lower").
    """
    if _SCALED.search(first.text) or _SUBUNIT.search(first.text):
        return first
    if first.value is None or second.value is None:
        return first
    factor = 1.0
    scale = _SCALE_WORD.search(second.text)
    if scale is not None:
        factor = _SCALES[scale.group(1).lower()]
    elif _SUBUNIT.search(second.text) and second.label == "MONEY":
        factor = 0.01
    elif _BASIS_POINTS.search(second.text) and second.unit == "pp":
        factor = 0.01  # "closed down 6 to 11 basis points": both ends in basis points
    written = second.value / factor
    if factor == 1.0 or not written:
        return first
    if first.value > written and not (factor == 0.01 and first.value < 100):
        return first
    return first.model_copy(update={"value": first.value * factor})


#: A first end written as a few digits alone, and a second end written in thousands.
_FEW_DIGITS = re.compile(r"\d{1,3}")
_IN_THOUSANDS = re.compile(r"(\d{1,3}),000(?![\d,.])")


def _thousands_once(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "75-100,000 bpd", "50 to 60,000 tonnes": the thousands of a range written once, on
    its second end; the first end, smaller as written, counts thousands too (75,000)."""
    out = list(quantities)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        thousands = _IN_THOUSANDS.match(second.text)
        if (
            thousands is None
            or not _FEW_DIGITS.fullmatch(first.text)
            or first.value is None
            or not (is_bare(first) or (first.label, first.unit) == (second.label, second.unit))
            or not _RANGE_TO.fullmatch(text, first.end, second.start)
            or not 0 < first.value < int(thousands.group(1))
        ):
            continue
        out[i] = _with_unit(first, second).model_copy(update={"value": first.value * 1000})
    return out


_SCALES = {
    "mln": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "mm": 1e6,
    "bln": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_SCALE_WORD = re.compile(r"(?:\b|(?<=\d))((?i:mln|bln|million|billion|trillion|mn|bn)|(?<=\d)MM)\b")
#: Basis points written after a figure: "11 basis points", "45 bps".
_BASIS_POINTS = re.compile(r"\b(?:basis\s+points?|bps?)\b", re.IGNORECASE)
#: A hundredth written after a price: "6-1/2 cents", "27 cts", "15p".
_SUBUNIT = re.compile(r"\b(?:cents?|cts?|pence)\b|\dp\b", re.IGNORECASE)


def _sentence_money(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare amount in millions or billions beside money in the same sentence is money too
    (the nearest such money in that sentence, whatever figures of other sentences lie nearer).

    "pre-tax profit rose to 54.9 mln stg ... on turnover that lifted to 1.70 billion".
    """
    out = list(quantities)
    for i, quantity in enumerate(out):
        if not (is_bare(quantity) and _SCALED.search(quantity.text)):
            continue
        for j in sorted(range(len(out)), key=lambda j: abs(j - i)):
            other = out[j]
            if other.label != "MONEY":
                continue
            low, high = (
                sorted((other.end, quantity.start))
                if j < i
                else sorted((quantity.end, other.start))
            )
            if _SENTENCE_BREAK.search(text, low, high) is None:
                out[i] = _with_unit(quantity, other)
                break
    return out


#: What follows a bare amount that says it is money: "7.2 mln in contracts", "in new orders".
_IN_MONEY = re.compile(
    r"[ ]+in[ ]+(?:new[ ]+|additional[ ]+|annual[ ]+)?(?:contracts?|orders|sales|revenues?|"
    r"financing|loans?|aid|funding|credits|grants|deposits|assets|damages|fines)\b",
    re.IGNORECASE,
)


def _amounts_in_money(text: str, quantities: list[Quantity], currency: str) -> list[Quantity]:
    """A bare amount in millions or billions "in contracts", "in orders" or "in loans" is money
    in the currency of the story's country ("received 7.2 mln in contracts")."""
    return [
        q.model_copy(update={"label": "MONEY", "unit": currency})
        if is_bare(q) and _SCALED.search(q.text) and _IN_MONEY.match(text, q.end)
        else q
        for q in quantities
    ]


#: The end of what stands between a count and a part of it a dash opens: "seven bullets — ",
#: "four of her co-workers -- ".
_DASH_BEFORE_PART = re.compile(r"[ ]*(?:—|–|--?)[ ]*$")
#: How far a part after a dash may stand from its count.
_DASH_PART_REACH = 40
#: Units of bare numbers that count nothing a part could share.
_NOT_A_WHOLE = frozenset({"count", "fraction", "times"})


def _parts_after_dash(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A smaller bare number a dash opens right after a count is a part of what that count
    counted: "hit by seven bullets — three to the back", "shot four of her co-workers -- three
    of whom ..."."""
    out = list(quantities)
    for i in range(1, len(out)):
        part, whole = out[i], out[i - 1]
        if not is_bare(part) or whole.label != "CARDINAL" or whole.unit in _NOT_A_WHOLE:
            continue
        if part.value is None or whole.value is None or not part.value < whole.value:
            continue
        between = text[whole.end : part.start]
        if (
            len(between) <= _DASH_PART_REACH
            and _DASH_BEFORE_PART.search(between)
            and _SENTENCE_BREAK.search(between) is None
            and not any(c.isdigit() for c in between)
        ):
            out[i] = _with_unit(part, whole)
    return out


#: Before a price a move ended at: "to close at", "closed at", "ending at", "settled at".
_CLOSE_AT = re.compile(
    r"\b(?:to[ ]+)?(?:close[ds]?|closing|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|"
    r"settle[ds]?|settling)[ ]+at[ ]+$",
    re.IGNORECASE,
)


def _closing_prices(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare number a move of money closed at is a price in that money: "rose by one Taiwan
    cent today to close at 31.08", "gained 50 cents to end at 23.75" (the move the nearest
    figure before it in its sentence)."""
    out = list(quantities)
    for i in range(1, len(out)):
        bare, move = out[i], out[i - 1]
        if not (is_bare(bare) and move.label == "MONEY" and "." in bare.text):
            continue
        if _SENTENCE_BREAK.search(text, move.end, bare.start) is None and _CLOSE_AT.search(
            text, move.end, bare.start
        ):
            out[i] = _with_unit(bare, move)
    return out


#: What follows the price of a dollar in another currency: "18.002 to the dollar".
_PER_DOLLAR = re.compile(
    r"[ ]+(?:to|per|against)[ ]+(?:the[ ]+|one[ ]+|each[ ]+)?(?:U\.?S\.?[ ]+)?dollar\b",
    re.IGNORECASE,
)

#: A rate against the dollar named before its quote: "the peso's rate against the dollar is".
_DOLLAR_RATE = re.compile(
    r"\b(?:against|to)[ ]+the[ ]+(?:U\.?S\.?[ ]+)?dollar\b(?![ ]+(?:index|bloc|area|zone))",
    re.IGNORECASE,
)
#: What stands right before a rate's quote: "the free rate is about", "the dollar was at".
_RATE_IS = re.compile(
    r"\b(?:rates?|dollar)[ ]+(?:is|was|are|were|stood[ ]+at|stands[ ]+at|at|of)[ ]+"
    r"(?:(?:about|around|some|nearly)[ ]+)?$",
    re.IGNORECASE,
)


def _exchange_rate(text: str, quantity: Quantity, currency: str) -> Quantity:
    """A bare number "to the dollar" is an exchange rate: money in the currency its sentence
    names before it, else in the currency of the story's country ("the peso slumped to
    18.002 to the dollar" in a Manila story; "the spot riyal was steady at 3.7500 to the
    dollar" in a story from a country whose currency is another, or from the U.S.)."""
    if not is_bare(quantity):
        return quantity
    if not _PER_DOLLAR.match(text, quantity.end):
        # a rate its sentence quotes after the dollar: "the inti's rate against the dollar is
        # 14.85/92 and the free rate is about 21.70/80"
        if not _RATE_IS.search(text, max(0, quantity.start - 30), quantity.start):
            return quantity
        before = text[_sentence_start(text, quantity.start) : quantity.start]
        if not _DOLLAR_RATE.search(before):
            return quantity
    # in a U.S. story the dollar's price names a currency only where its sentence names one
    # sure enough ("the bolivar, which averaged 20.29 to the U.S. dollar"; not "the peso")
    before = text[_sentence_start(text, quantity.start) : quantity.start]
    named = _named_currency(before, currency, sure_only=currency == "USD")
    if named == "USD":
        return quantity
    return quantity.model_copy(update={"label": "MONEY", "unit": named})


_WORD = re.compile(r"[a-z]+")


def _named_currency(before: str, currency: str, *, sure_only: bool = False) -> str:
    """The currency a rate's sentence names before it ("the spot riyal was steady at"), as
    the story's country reads it, else ``currency``; dollars name none here, nor, when
    ``sure_only``, a word several countries' currencies share ("peso")."""
    for word in reversed(_WORD.findall(before.lower())):
        entry = lx.FAMILY_WORDS.get(word)
        if entry is None or entry[1] == "dollar":
            continue
        family = lx.CURRENCY_FAMILIES.get(entry[1])
        if family is None:
            return entry[0]
        if sure_only and set(family.countries.values()) - {family.default}:
            return currency
        return currency if currency in family.countries.values() else family.default
    return currency


#: A story about stocks: it speaks of a stock or shares.
_STOCK_STORY = re.compile(r"\b(?:stocks?|shares?)\b", re.IGNORECASE)
#: A stock's price or move quoted in eighths, after its verb: "fell 3-1/8 to 77-3/8".
_EIGHTHS = re.compile(r"(?:\d+-)?\d+/(?:2|4|8|16|32)")
_MOVE_BEFORE = re.compile(
    r"\b(?:rose|fell|gained|lost|added|dropped|slipped|jumped|climbed|eased|declined|"
    r"advanced|up|down|off|to|at|(?:high|low)\s+of)\s+$",
    re.IGNORECASE,
)
#: A company's owner's stake told beside its stock's price ("Imperial Oil, 70 pct owned by
#: Exxon, is at 71, up from a low of 34-3/4"; "a 49 pct stake"): its percent says nothing
#: of the sentence's eighths.
_STAKE = re.compile(
    r"\b(?:pct|percent)(?:-owned|-held|\s+(?:owned|held|stake|interest)\b)", re.IGNORECASE
)
#: Words of a sentence whose eighths are no stock's price: bonds, rates, grain.
_NOT_A_STOCK = re.compile(
    r"\b(?:bonds?|notes?|treasury|treasuries|yields?|futures|cents?|cts|pct|percent|points?|"
    r"rates?|bushels?)\b",
    re.IGNORECASE,
)


def _share_price(text: str, quantity: Quantity, currency: str) -> Quantity:
    """In a story about stocks, a bare number in eighths after a verb of moving is a share's
    price or move, money in the story's currency ("American Express fell 3-1/8 to 77-3/8")."""
    if not is_bare(quantity) or not _EIGHTHS.fullmatch(quantity.text):
        return quantity
    if _IN_32NDS.fullmatch(quantity.text):
        return quantity  # "broke support at 101-2/32": a bond's price, per 100 of face value
    if not _MOVE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start):
        return quantity
    if _NOT_A_STOCK.search(_STAKE.sub("", _sentence_of(text, quantity))):
        return quantity
    return quantity.model_copy(update={"label": "MONEY", "unit": currency})


def _line_of(text: str, start: int) -> tuple[int, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, text[line_start : line_end if line_end != -1 else len(text)]


def _earnings_row(text: str, quantity: Quantity, currency: str) -> Quantity:
    if quantity.label != "CARDINAL" or quantity.unit is None:
        return quantity
    line_start, line = _line_of(text, quantity.start)
    shares = _SHARES_LINE.match(line) if len(line) <= _ROW_MAX else None
    if shares is not None and quantity.start - line_start >= shares.end() and is_bare(quantity):
        return quantity.model_copy(update={"unit": "share"})  # a row of one period
    row = _EARNINGS_ROW.match(line) if len(line) <= _ROW_MAX else None
    if row is None or quantity.start - line_start < row.end("label"):
        return quantity
    trailing = _ROW_WORDS.search(quantity.text)
    if trailing is not None:
        cut = trailing.start()
        quantity = quantity.model_copy(
            update={"end": quantity.start + cut, "text": quantity.text[:cut], "unit": "count"}
        )
    if not is_bare(quantity):
        return quantity
    if _SHARE_ROW.search(row.group("label")):
        return quantity.model_copy(update={"unit": "share"})
    return quantity.model_copy(update={"label": "MONEY", "unit": currency})


#: What an earnings table's note says an amount of is money: "net includes extraordinary
#: gains of 33,654", "a charge of 1,200,000", "a tax credit of 45,000".
_MONEY_OF = re.compile(
    r"\b(?:gains?|loss(?:es)?|charges?|credits?|provisions?|income|profits?|writedowns?"
    r"|write-?offs?|benefits?|reserves?|costs?|expenses?|dividends?)[ ]+of[ ]+$",
    re.IGNORECASE,
)


def _notes_in_money(text: str, quantities: list[Quantity], currency: str) -> list[Quantity]:
    """In a story with an earnings table, a bare amount of a gain, a loss, a charge or a
    credit is money in the table's currency ("Note: net includes extraordinary gains of
    33,654 for qtr"), not what the table's last row counted (shares)."""
    noted = {
        i
        for i, q in enumerate(quantities)
        if is_bare(q) and _MONEY_OF.search(text, max(0, q.start - 40), q.start)
    }
    # (the story's lines read for a table only where a note's words stand before an amount)
    if not noted or not any(
        len(line) <= _ROW_MAX and _EARNINGS_ROW.match(line) for line in text.splitlines()
    ):
        return quantities
    return [
        q.model_copy(update={"label": "MONEY", "unit": currency}) if i in noted else q
        for i, q in enumerate(quantities)
    ]


#: How far back (characters) a bare amount looks for the figure whose unit it shares.
_RUNNING_REACH = 400


def _running_unit(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare amount counts what the story's last amount written alike counted.

    A market report gives its unit once and then the figures alone ("Cocoa volume was
    62,686 lots ... sugar volume was 232,601 against last year's 115,987"). Only
    amounts (with separators, decimals or a scale word) inherit, from the nearest
    earlier figure written alike within a few sentences, never from a percentage,
    and not after a change in percent in their own sentence ("rose 4 pct to 880.5").
    """
    out = list(quantities)
    for i, bare in enumerate(out):
        written = _written(bare)
        if not is_bare(bare) or not any(written):
            continue
        for partner in reversed(out[:i]):
            if bare.start - partner.end > _RUNNING_REACH:
                break
            if (
                partner.label == "PERCENT"
                and not written[0]
                and not _SENTENCE_BREAK.search(text, partner.end, bare.start)
                and _TO_OR_FROM.search(text, partner.end, bare.start)
            ):
                break  # "rose 4 pct to 880.5": a level after a change, whatever its unit
                # (not an amount in billions: "a 37.3 pct rise to 598.09 billion" is money)
            if is_bare(partner) or partner.label == "PERCENT" or _written(partner) != written:
                continue
            out[i] = _with_unit(bare, partner)
            break
    return out
