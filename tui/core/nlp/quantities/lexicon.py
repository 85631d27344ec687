"""Word tables of quantities: currencies, scales, units and qualifiers; the one table every number reader uses.

These are data, not code: each table maps a lower-cased word or phrase (English
words separated by single spaces, Japanese written solid) to what it means.
``tui.core.nlp.quantities.lexer`` reads them; extend them here to teach it new words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

import yaml

# --- money -------------------------------------------------------------------

#: Currency signs and codes written before the number (``US$36.8``, ``RMB5``,
#: ``€3.2bn``, ``USD 300 million``). A bare ``$`` is USD: the convention of
#: international financial news.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "hk$": "HKD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "s$": "SGD",
    "nt$": "TWD",
    "nz$": "NZD",
    "r$": "BRL",
    "mx$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "cn¥": "CNY",
    "₩": "KRW",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "₫": "VND",
    "฿": "THB",
    "rs": "INR",
    "rs.": "INR",
    "rp": "IDR",
    "rm": "MYR",
    "rmb": "CNY",
}

#: ISO 4217 codes accepted before or after a number (``USD 300 million``,
#: ``300 million USD``), with the common non-ISO aliases.
CURRENCY_CODES: dict[str, str] = {
    code.lower(): code
    for code in (
        "USD EUR GBP JPY CNY CNH HKD AUD CAD SGD TWD NZD KRW INR CHF SEK NOK DKK "
        "BRL MXN ZAR RUB TRY IDR MYR THB PHP VND SAR AED ILS"
    ).split()
} | {"rmb": "CNY", "ntd": "TWD"}

#: A country prefix glued to a price with no sign (``US93.84``): a frequent
#: slip for ``US$93.84``. Only accepted glued to a number with decimals.
GLUED_COUNTRY_PREFIXES: dict[str, str] = {"us": "USD", "hk": "HKD"}

#: Currency words and names written after the number (``5,163 yen``,
#: ``129.10 Hong Kong dollars``, ``129.10香港ドル``, ``1兆円``).
CURRENCY_WORDS: dict[str, str] = {
    # English
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "hong kong dollar": "HKD",
    "hong kong dollars": "HKD",
    "hk dollars": "HKD",
    "australian dollar": "AUD",
    "australian dollars": "AUD",
    "canadian dollar": "CAD",
    "canadian dollars": "CAD",
    "singapore dollar": "SGD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "taiwanese dollars": "TWD",
    "new zealand dollars": "NZD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "swiss francs": "CHF",
    "francs": "CHF",
    "roubles": "RUB",
    "rubles": "RUB",
    "lira": "TRY",
    "turkish lira": "TRY",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "pesos": "MXN",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "reais": "BRL",
    "rand": "ZAR",
    "dong": "VND",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "riyals": "SAR",
    "dirhams": "AED",
    "shekels": "ILS",
    # Japanese
    "円": "JPY",
    "ドル": "USD",
    "米ドル": "USD",
    "香港ドル": "HKD",
    "豪ドル": "AUD",
    "カナダドル": "CAD",
    "シンガポールドル": "SGD",
    "台湾ドル": "TWD",
    "ニュージーランドドル": "NZD",
    "nzドル": "NZD",
    "ユーロ": "EUR",
    "ポンド": "GBP",
    "元": "CNY",
    "人民元": "CNY",
    "ウォン": "KRW",
    "ルピー": "INR",
    "ルーブル": "RUB",
    "フラン": "CHF",
    "スイスフラン": "CHF",
    "バーツ": "THB",
    "ペソ": "MXN",
    "レアル": "BRL",
    "リラ": "TRY",
    "ルピア": "IDR",
    "リンギ": "MYR",
    "リンギット": "MYR",
}

#: Sub-units written after the number: (currency, factor) -- ``31 cents`` is 0.31 USD.
CURRENCY_SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01),
    "cents": ("USD", 0.01),
    "us cents": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "銭": ("JPY", 0.01),
}

#: Pence glued to the number, the London price convention (``412p``).
GLUED_SUBUNITS: dict[str, tuple[str, float]] = {"p": ("GBP", 0.01)}


@dataclass(frozen=True, slots=True)
class CurrencyFamily:
    """Words that name several currencies ("crowns", "dollars"); the country decides which.

    Attributes:
        name: The family's name (``crown``).
        default: ISO 4217 code when the article's country is unknown or not listed.
        countries: Country (ISO 3166 alpha-2) -> ISO 4217 code.
    """

    name: str
    default: str
    countries: dict[str, str] = field(default_factory=dict)

    def code_for(self, country: str | None) -> str:
        """The currency these words name in an article from ``country``."""
        return self.countries.get(country or "", self.default)


def _load_families() -> dict[str, CurrencyFamily]:
    text = resources.files("tui.core.nlp").joinpath("data", "currencies.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)["families"]
    return {
        name: CurrencyFamily(name, str(entry["default"]), dict(entry.get("countries") or {}))
        for name, entry in raw.items()
    }


#: The currency families of ``data/currencies.yaml``, by name.
CURRENCY_FAMILIES: dict[str, CurrencyFamily] = _load_families()


def _family_tables() -> tuple[
    dict[str, tuple[str, str]], dict[str, tuple[str, str]], dict[str, tuple[str, float, str]]
]:
    """Words of the families: bare words, scale-only singulars and sub-units, each with its family."""
    text = resources.files("tui.core.nlp").joinpath("data", "currencies.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)["families"]
    words: dict[str, tuple[str, str]] = {}
    scaled: dict[str, tuple[str, str]] = {}
    subunits: dict[str, tuple[str, float, str]] = {}
    for name, entry in raw.items():
        default = str(entry["default"])
        for word in entry.get("words") or ():
            words[str(word)] = (default, name)
        for word in entry.get("scaled") or ():
            scaled[str(word)] = (default, name)
        for word, factor in (entry.get("subunits") or {}).items():
            subunits[str(word)] = (default, float(factor), name)
        for adjective, code in (entry.get("qualified") or {}).items():
            for word in (*(entry.get("words") or ()), *(entry.get("scaled") or ())):
                # "Canadian dlrs", "Norwegian crowns": the adjective fixes the currency.
                words.setdefault(f"{adjective} {word}", (str(code), ""))
            for word, factor in (entry.get("subunits") or {}).items():
                subunits.setdefault(f"{adjective} {word}", (str(code), float(factor), ""))
    return words, scaled, subunits


#: Family words written after a number: word -> (default code, family); the family is
#: empty where the words fix the currency ("Canadian dollars").
FAMILY_WORDS, SCALED_FAMILY_WORDS, FAMILY_SUBUNITS = _family_tables()

# --- magnitudes --------------------------------------------------------------

#: Scale words written after a number (``36.8 billion``, ``two dozen``).
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12,
    "lakh": 1e5,
    "crore": 1e7,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "千": 1e3,
    "万": 1e4,
    "億": 1e8,
    "兆": 1e12,
}

#: One-letter scales, only glued to the number (``$6m``, ``5k``, ``$3b``).
GLUED_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "mn": 1e6, "tn": 1e12}

#: Kanji scales inside a Japanese number (``1億2000万``).
KANJI_SCALES: dict[str, float] = {"万": 1e4, "億": 1e8, "兆": 1e12}

# --- number words ------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Words that are numbers only with a noun or scale after them (``one unit``,
#: ``a million``), never alone (``one of the``, ``a year``).
WEAK_NUMBER_WORDS: dict[str, int] = {"one": 1, "a": 1, "an": 1}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
    "thirtieth": 30,
    "fiftieth": 50,
    "hundredth": 100,
}

#: Denominators of spelled-out fractions (``two-thirds``, ``a fifth``): the ordinals
#: from third to tenth and their plurals, with half and quarter ("a fourth" is an ordinal).
FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "quarter": 4,
    "quarters": 4,
    **{
        word + ending: number
        for word, number in ORDINAL_WORDS.items()
        if 3 <= number <= 10 and number != 4
        for ending in ("", "s")
    },
}
#: Numerators: ``a``, ``an`` and the number words from one to nine.
FRACTION_NUMERATORS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **{word: number for word, number in NUMBER_WORDS.items() if 1 <= number <= 9},
}

# --- percentages and units ---------------------------------------------------

#: Percent words; the factor turns the number into percent (``3割`` = 30%).
PERCENT_WORDS: dict[str, float] = {
    "%": 1,
    "per cent": 1,
    "percent": 1,
    "pct": 1,
    "パーセント": 1,
    "割": 10,
}

#: Percentage-point words; the factor turns the number into points.
POINT_WORDS: dict[str, float] = {
    "percentage point": 1,
    "percentage points": 1,
    "percent point": 1,
    "per cent point": 1,
    "pp": 1,
    "ppt": 1,
    "ppts": 1,
    "basis point": 0.01,
    "basis points": 0.01,
    "bp": 0.01,
    "bps": 0.01,
    "ポイント": 1,
}

#: The units traded goods are measured or counted in (of :data:`MEASURE_WORDS`' units,
#: and the counts a wire writes of goods: "13 head of dairy cattle", "440,000 bags").
GOODS_UNITS = frozenset(
    {"tonne", "short ton", "barrel", "ounce", "kilogram", "gram", "pound", "litre", "gallon"}
    | {"bushel", "cubic foot", "cubic metre", "head", "bag", "bale", "carton"}
)

#: Units of measure (label QUANTITY), normalised to one symbol each.
MEASURE_WORDS: dict[str, str] = {
    "tonne": "tonne",
    "tonnes": "tonne",
    "ton": "tonne",
    "tons": "tonne",
    "metric tons": "tonne",
    "metric tonnes": "tonne",
    "mt": "tonne",  # wire copy's metric tonnes: "25,000 mt pig iron"
    "dwt": "tonne",  # a ship's deadweight tonnes: "a 30,000 dwt tanker"
    "short tons": "short ton",
    "barrel": "barrel",
    "barrels": "barrel",
    "bbl": "barrel",
    "bpd": "barrel per day",
    "barrels per day": "barrel per day",
    "ounce": "ounce",
    "ounces": "ounce",
    "troy ounces": "ounce",
    "oz": "ounce",
    "kilometre": "kilometre",
    "kilometres": "kilometre",
    "kilometer": "kilometre",
    "kilometers": "kilometre",
    "km": "kilometre",
    "kms": "kilometre",
    "metre": "metre",
    "metres": "metre",
    "meter": "metre",
    "meters": "metre",
    "foot": "foot",
    "feet": "foot",
    "ft": "foot",
    "yard": "yard",
    "yards": "yard",
    "mile": "mile",
    "miles": "mile",
    "nautical mile": "nautical mile",
    "nautical miles": "nautical mile",
    "block": "block",  # a distance in a town: "about a block away"
    "blocks": "block",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kg": "kilogram",
    "kilo": "kilogram",
    "kilos": "kilogram",
    "megawatt": "megawatt",
    "megawatts": "megawatt",
    "mw": "megawatt",
    "gigawatt": "gigawatt",
    "gigawatts": "gigawatt",
    "gw": "gigawatt",
    "gigawatt hours": "gigawatt hour",
    "gwh": "gigawatt hour",
    "kwh": "kilowatt hour",
    "square metres": "square metre",
    "square meters": "square metre",
    "square feet": "square foot",
    "square miles": "square mile",
    "hectares": "hectare",
    "acres": "acre",
    "litres": "litre",
    "liters": "litre",
    "bushels": "bushel",
    "bushel": "bushel",
    "bu": "bushel",
    # Weights, volumes, areas and speeds as news writes them ("82.9 mln lbs", "400
    # billion cubic feet", "1,137 sq km", "120 mph"); "pounds" stays money (sterling).
    "lb": "pound",
    "lbs": "pound",
    "cubic feet": "cubic foot",
    "cubic foot": "cubic foot",
    "cu ft": "cubic foot",
    "cubic metres": "cubic metre",
    "cubic meters": "cubic metre",
    "cubic metre": "cubic metre",
    "cubic meter": "cubic metre",
    "square kilometres": "square kilometre",
    "square kilometers": "square kilometre",
    "square kilometre": "square kilometre",
    "square kilometer": "square kilometre",
    "sq km": "square kilometre",
    "sq kms": "square kilometre",
    "square mile": "square mile",
    "sq miles": "square mile",
    "sq mi": "square mile",
    "square foot": "square foot",
    "sq ft": "square foot",
    "square metre": "square metre",
    "square meter": "square metre",
    "sq metres": "square metre",
    "hectare": "hectare",
    "acre": "acre",
    "litre": "litre",
    "liter": "litre",
    "gallons": "gallon",
    "gallon": "gallon",
    "inches": "inch",
    "inch": "inch",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "cm": "centimetre",
    "millimetres": "millimetre",
    "millimeters": "millimetre",
    "mm": "millimetre",
    "grams": "gram",
    "gram": "gram",
    "mph": "mile per hour",
    "miles per hour": "mile per hour",
    "miles an hour": "mile per hour",
    "kph": "kilometre per hour",
    "km/h": "kilometre per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour",
    "kilometers an hour": "kilometre per hour",
    "トン": "tonne",
    "バレル": "barrel",
    "キロ": "kilometre",
    "キロメートル": "kilometre",
    "キログラム": "kilogram",
    "ヘクタール": "hectare",
    "メガワット": "megawatt",
    "ギガワット": "gigawatt",
}

#: Rates written after a figure ("a day", "per share"): not part of the figure, but a
#: qualifier after one reaches back over it ("10 barrels a day or less").
RATE_WORDS: frozenset[str] = frozenset(
    f"{per} {thing}"
    for per in ("a", "an", "per")
    for thing in (
        "day year week month hour share barrel ounce tonne ton lb pound gallon bushel head"
    ).split()
)

#: Nouns a number identifies rather than counts: "section 1002", "No. 5", "flight 901".
REFERENCE_NOUNS: frozenset[str] = frozenset(
    "section article chapter clause rule page item no no. number room flight route highway "
    "interstate platform gate seed jersey channel amendment paragraph line row level unit "
    "reactor phase terminal band bus tram".split()
)

#: Words of a sentence whose points are percentage points: a poll ("approval ratings fell
#: six points") or an interest rate ("raised its prime rate one-half point").
POLL_WORDS: frozenset[str] = frozenset(
    "poll polls polling pollster pollsters rating ratings approval survey surveys "
    "prime interest rate rates yield yields libor".split()
)
#: Words of a sentence whose points are points of an index, whatever rate it names too
#: ("the Dow fell 20 points as rates rose").
INDEX_WORDS: frozenset[str] = frozenset(
    "index indices indexes dow nikkei ftse dax composite".split()
)
#: Words before "average" that make it a stock index ("the industrial average"), not a
#: mean ("Monday's average of 7.61 pct", whose rate's points are percentage points).
INDEX_AVERAGE_BEFORE: frozenset[str] = frozenset(
    "industrial industrials transportation transport utility utilities stock share".split()
)
#: A point written alone after a number ("one-half point", "20 points"): a percentage
#: point in a sentence of :data:`POLL_WORDS`, else the thing counted.
POINT_NOUNS: frozenset[str] = frozenset({"point", "points"})

#: Things a bare amount in millions counts when the clause names them just before it
#: ("raise authorized shares to 400 mln, from 200 mln").
COUNTED_BEFORE: frozenset[str] = frozenset({"share"})
#: Subjects whose noun before them names what a bare count counts: "car sales were off
#: 8.6 pct to 98,036", "truck deliveries rose to 4,210" (lemmas).
SOLD_NOUNS: frozenset[str] = frozenset(
    {"sale", "delivery", "shipment", "registration", "order", "production", "output"}
)
#: Months as wire copy abbreviates them, in any case ("signed feb. 27"): a number after one
#: is its day.
MONTH_SHORT: frozenset[str] = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)

#: A firearm's calibre, a bore in inches (".32-caliber", "a 22-calibre rifle": 0.22).
BORE_WORDS: frozenset[str] = frozenset({"caliber", "calibre"})

#: Firearms a calibre may stand before without its word: "a .357 revolver".
FIREARM_NOUNS: frozenset[str] = frozenset(
    "revolver pistol handgun rifle shotgun gun semiautomatic semi-automatic".split()
)

#: A fighter's wins by knockout as a record writes them: "(58-3, 51 KO)", "46 KOs".
KNOCKOUT_WORDS: frozenset[str] = frozenset({"ko", "kos", "tko", "tkos"})

#: Short spans of time said vaguely: "a moment or two" is no count of moments.
BRIEF_NOUNS: frozenset[str] = frozenset({"moment", "instant"})

#: Words before a figure that make it negative ("a negative 1.4 pct", "minus 0.5 pct").
SIGN_WORDS: frozenset[str] = frozenset({"negative", "minus"})

#: Words that make the amount after them a price, whatever was named before it.
PRICE_WORDS: frozenset[str] = frozenset({"worth", "valued", "priced"})

#: Rates a figure of nought is a percentage of: "zero inflation", "growth was about zero".
RATE_NOUNS: frozenset[str] = frozenset({"inflation", "growth"})

#: Nouns "one" names rather than counts: "one option would be", "One point of agreement".
ONE_NAMING_NOUNS: frozenset[str] = frozenset(
    "way option point place thing reason example factor issue question problem possibility "
    "idea answer solution concern aspect sign area key difference explanation".split()
)

#: Casualty counts, where news leaves out "people": the verb before the number
#: ("killing 3", "wounds 2"), the word after it ("3 dead", "12 injured"), and the verbs
#: whose subject a bare number is ("three were injured").
CASUALTY_BEFORE: frozenset[str] = frozenset(
    "kill kills killed killing wound wounds wounded wounding injure injures injured injuring "
    "hurt hurts hurting".split()
)
CASUALTY_AFTER: frozenset[str] = frozenset(
    # and people held: "the five arrested on charges of fraud", "12 detained"
    "dead killed wounded injured hurt died dies missing arrested detained".split()
)
#: Verbs whose subject a bare number counts people of: "three were injured", and people held:
#: "46 were arrested".
CASUALTY_VERBS: frozenset[str] = frozenset("kill wound injure hurt die arrest detain".split())
#: Words a bare number after which counts the dead: "the death toll rose to 17".
TOLL_WORDS: frozenset[str] = frozenset({"toll"})

#: Nouns and verbs of talk or dispute whose "over" says what is talked of, no "more than":
#: "talks over 2 bln dlrs of loans", "a row over 40 jobs", "sued over 5 mln dlrs".
DISPUTE_WORDS: frozenset[str] = frozenset(
    "talk negotiation dispute row wrangle quarrel feud fight battle clash suit lawsuit "
    "disagreement deadlock impasse standoff argue negotiate sue haggle bicker".split()
)

#: Nouns glued to a number by a hyphen that make an idiom, no count: "two-way trade", "a
#: one-way ticket", "a three-way race".
IDIOM_GLUED_NOUNS: frozenset[str] = frozenset({"way"})

#: An earthquake's magnitude glued before its number, as web copy writes it: "magnitude-5.9".
GLUED_MAGNITUDE = "magnitude-"

#: Nouns after a bare number that make it an earthquake's magnitude ("a 6.1 quake").
QUAKE_WORDS: frozenset[str] = frozenset({"quake", "earthquake", "temblor", "tremor", "aftershock"})

#: Nouns whose "of" and a bare number say what is counted: "a mother of two" (children),
#: "a population of 168 million", "the town of 14,000" (people).
COUNTED_AFTER_OF: dict[str, str] = {
    "mother": "child",
    "father": "child",
    "parent": "child",
    "parents": "child",
    "grandmother": "grandchild",
    "grandfather": "grandchild",
    "population": "person",
    **dict.fromkeys("town city village nation country island community suburb".split(), "person"),
    **dict.fromkeys("crowd audience congregation".split(), "person"),  # "the crowd of 22,000"
    "workforce": "person",  # "a workforce of 1,200"
}

#: Words before "force" that make it people at work: "a labour force of 6.7 mln" (not "a force
#: of about 6.0", a quake's).
LABOUR_FORCE_WORDS: frozenset[str] = frozenset({"labour", "labor", "work"})

#: Verbs of games won or lost, before a bare "N of M": "have lost eight of 10".
GAME_VERBS: frozenset[str] = frozenset("win lose take drop split".split())

#: Verbs before a telephone number: "called 911", "dial 999".
CALL_VERBS: frozenset[str] = frozenset(
    "call calls called calling dial dials dialed dialled dialing dialling".split()
)

#: Words after "N times" that make it a multiple ("three times as much", "1.4 times
#: earnings"); without one, "N times" after a verb is how often ("hosted it three times").
MULTIPLE_AFTER: frozenset[str] = frozenset(
    "as the more less higher lower greater larger bigger smaller faster its their that what "
    "than over from earnings sales book normal last this previous prior".split()
)

#: Verbs before "at" and an age: "died at 75".
AGE_VERBS: frozenset[str] = frozenset({"died", "dies", "die", "dead", "retired", "retires"})

#: Street words after a house number: "24 Independent Street".
STREET_WORDS: frozenset[str] = frozenset(
    "street st avenue ave road rd boulevard blvd lane ln drive dr way place court square "
    "terrace highway parkway".split()
)

#: Second halves of hyphenated words whose number counts nothing: "two-time", "half-century".
COMPOUND_NOT_COUNTED: frozenset[str] = frozenset(
    {"time", "century", "centuries", "hour", "day", "week", "month", "year"}
    # kin by one parent: "half-brother", "half-sister"
    | {"brother", "brothers", "sister", "sisters", "sibling", "siblings"}
    # a shotgun's gauge names its bore: "a 12-gauge shotgun"
    | {"gauge"}
)

#: Plurals a tagger's lemma leaves as they are, and their singular (the counted unit).
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    # nouns whose plural is the singular: "900 head of cattle", "12 aircraft"
    "head": "head",
    "sheep": "sheep",
    "deer": "deer",
    "aircraft": "aircraft",
    "cattle": "cattle",
}

#: Nouns of a least amount that "one" names in an idiom of none: "not one scintilla of
#: evidence", "not one iota".
TRACE_NOUNS: frozenset[str] = frozenset(
    "scintilla iota jot whit shred smidgen smidgeon modicum".split()
)

#: Nouns of a group that a number above one counts by its members, written in the
#: singular: "26 Somali crew", "300 staff" (not "eight crews": eight teams).
COLLECTIVE_NOUNS: dict[str, str] = {"crew": "crew member", "staff": "staff member"}

#: Japanese counters (助数詞) and the English noun they count.
COUNTERS: dict[str, str] = {
    "株": "share",
    "社": "company",
    "人": "person",
    "名": "person",
    "件": "case",
    "台": "unit",
    "店": "store",
    "店舗": "store",
    "個": "piece",
    "つ": "count",
    "機": "aircraft",
    "隻": "ship",
    "本": "piece",
    "枚": "sheet",
    "戸": "home",
    "棟": "building",
    "カ国": "country",
    "か国": "country",
    "ヵ国": "country",
    "ヶ国": "country",
    "品目": "item",
    "銘柄": "stock",
    "回": "time",
    "倍": "times",
}

#: Japanese ordinal suffixes (``2番目``, ``3位``) and prefixes (``第3``).
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"番目", "位", "番"})
ORDINAL_PREFIXES: frozenset[str] = frozenset({"第"})

#: Nouns of time: a number counting them is a date or duration (a DATE or TIME
#: entity), not a quantity (``20 years ago``, ``過去1か月``, ``9時41分``).
TIME_NOUNS: frozenset[str] = frozenset(
    {
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "quarter",
        "quarters",
        "year",
        "years",
        "decade",
        "decades",
        "season",
        "seasons",
        "century",
        "centuries",
        # wire abbreviations: "Six mths", "nine mos", "two yrs"; "1hr 4 mins"
        "min",
        "mins",
        "hr",
        "hrs",
        "mth",
        "mths",
        "mos",
        "wk",
        "wks",
        "yr",
        "yrs",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        # time zones: "0830 GMT", "1052 GMT (1852 HKT)"
        "gmt",
        "utc",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "jst",
        "hkt",
        "aest",
        "ist",
        "秒",
        "分",
        "時",
        "時間",
        "日",
        "日間",
        "週",
        "週間",
        "月",
        "か月",
        "ヶ月",
        "カ月",
        "ヵ月",
        "か月間",
        "ヶ月間",
        "年",
        "年間",
        "年度",
        "期",
        "半期",
        "四半期",
        "世紀",
        "歳",
        "代",
        "時点",
    }
)

# --- bounds and approximations -----------------------------------------------

#: Words before a number that bound it or make it approximate. "An estimated" is none:
#: the estimate is the figure a reader takes, as "estimated at" (exact).
QUALIFIERS_BEFORE: dict[str, str] = {
    "more than": "gt",
    "over": "gt",
    "above": "gt",
    "exceeding": "gt",
    "in excess of": "gt",
    "upwards of": "gt",
    "just over": "gt",
    "well over": "gt",
    "just above": "gt",
    "well above": "gt",
    "at least": "ge",
    "no less than": "ge",
    "not less than": "ge",
    "a minimum of": "ge",
    "less than": "lt",
    "fewer than": "lt",
    "under": "lt",
    "below": "lt",
    "just under": "lt",
    "just below": "lt",
    "up to": "le",
    "up to an additional": "le",
    "up to another": "le",
    "not exceeding": "le",
    "not to exceed": "le",
    "greater than": "gt",
    "at most": "le",
    "as much as": "le",
    "as many as": "le",
    "as high as": "le",
    "no more than": "le",
    "not more than": "le",
    "a maximum of": "le",
    "almost": "approx",
    "nearly": "approx",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "close to": "approx",
    "circa": "approx",
    "approx.": "approx",
    "約": "approx",
    "およそ": "approx",
    "おおよそ": "approx",
    "概ね": "approx",
    "ほぼ": "approx",
    "最大": "le",
    "最大で": "le",
    "最高": "le",
    "少なくとも": "ge",
    "最低": "ge",
    "最低でも": "ge",
}

#: Words after a number that bound it or make it approximate.
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "ge",
    "or above": "ge",
    "or higher": "ge",
    "or less": "le",
    "or fewer": "le",
    "or lower": "le",
    "or so": "approx",
    "以上": "ge",
    "以下": "le",
    "未満": "lt",
    "超": "gt",
    "超え": "gt",
    "強": "gt",
    "弱": "lt",
    "余り": "gt",
    "あまり": "gt",
    "余": "gt",
    "近く": "approx",
    "前後": "approx",
    "程度": "approx",
    "ほど": "approx",
    "程": "approx",
}
