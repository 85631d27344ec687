"""Entity rules: small pure functions that clean up and complete a model's entity suggestions.

Each takes plain values (offsets, labels, the article text) and returns new
ones: trimming a span, dropping what cannot be a name, tickers and cashtags,
later mentions of a person by one word of the full name, and the choice among
overlapping suggestions. :func:`choose_entities` applies them in order.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from tui.core.model.schema import QUANTITY_LABELS, Furniture, Quantity, Sentence
from tui.core.nlp.dates import DAYS_FROM_REPORT, MONTHS, date_period
from tui.core.nlp.furniture import inside
from tui.core.nlp.names import auto_id
from tui.core.nlp.places import fold, gazetteer, known_towns
from tui.core.nlp.structure import Dateline
from tui.core.text.alternation import words_pattern
from tui.core.text.names import LATIN_LEGAL_SUFFIXES, name_word_forms, name_words, strip_possessive
from tui.core.text.sentences import SHORT_NAME_OPENINGS, written_in_capitals
from tui.core.text.terms import light_stem
from tui.core.text.tickers import ANGLE_BRACKETS, EXCHANGE_TICKER, TICKER_SHAPE
from tui.core.text.zones import zone_spans

# Scraped text often loses the space before a cashtag ("suspended$ABC"), so only
# "$" itself may not precede; "US$5" never matches, a ticker is letters.
_CASHTAG = re.compile(r"(?<!\$)\$(?P<ticker>[A-Z]{2,5}|[A-Z](?![a-z]))(?![A-Z0-9])")
_TRIM_LEAD = re.compile(r"^(?:the|The|THE)\s+|^[\s\"'“‘(\[<]+|^[-–—]+\s+")
_TRIM_TAIL = re.compile(r"[\s\"'”’)\]>.,;:!?、。]+$")
_ABBREVIATION = re.compile(r"(?:(?<![A-Za-z])[A-Z]|Ltd|Inc|Corp|Co|Jr|Sr|St|Bros)\.$")
_LATIN_NEIGHBOUR = "A-Za-z0-9"
#: Labels that name something: a model's suggestion of one must contain a proper noun.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Capitalised abbreviations of common nouns that models like to take for names (time
#: zones, "1530 GMT", are no names where they follow a clock time: :func:`zones_in_times`).
GENERIC_ABBREVIATIONS = frozenset(
    "AI IPO IPOs CEO CEOs CFO CTO COO GDP ETF ETFs ADR ADRs EV EVs ESG IT PR HR API VR AR "
    "M&A R&D PMI CPI EPS ROI FX VC PE LLM LLMs NFT NFTs OTC DUI DWI ATM ATMs SUV SUVs "
    "MVP SQL ICU".split()
    # Units and rates of wire copy: "per mln Btu", "over Libor", the "PSBR" of a budget.
    + "Btu BTU Libor LIBOR PSBR GNP".split()
)
#: How far back (characters) a ticker looks for the company it belongs to.
_TICKER_REACH = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity suggestion before clean-up: where, what, and whether the KB said so."""

    start: int
    end: int
    label: str
    kb_id: str | None = None
    from_kb: bool = False
    #: Found by a shape rule (a company's legal form, a dateline): trusted like the KB.
    rule: bool = False

    @property
    def trusted(self) -> bool:
        """Said by the knowledge base or a shape rule, not guessed by a model."""
        return self.from_kb or self.rule


#: A lower-case word and a space right before a span: its capital "The" is no sentence start.
_NAMES_THE = re.compile(r"[a-z,][ ]$")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the", quotes or brackets, or trailing punctuation.

    A trailing period that ends an abbreviation (``Ltd.``, ``U.S.``) stays.
    """
    while True:
        piece = text[start:end]
        bracket = piece.rfind("(")
        if bracket > 0 and ")" not in piece[bracket:]:
            end = start + bracket  # "Association of Growers (AOG": the bracket is not the name's
            continue
        lead = _TRIM_LEAD.match(piece)
        if lead and piece.startswith("The ") and _NAMES_THE.search(text, max(0, start - 30), start):
            lead = None  # "said The First Boston Corp": a capital "The" mid-sentence is the name's
        if lead and 0 < lead.end() < len(piece):
            start += lead.end()
            continue
        tail = _TRIM_TAIL.search(piece)
        if tail and tail.start() > 0:
            cut = tail.start()
            if piece[cut] == "." and (
                _ABBREVIATION.search(piece[: cut + 1]) or _is_place_abbreviation(piece[: cut + 1])
            ):
                cut += 1
            if cut < len(piece):
                end = start + cut
                continue
        stripped = strip_possessive(piece)
        if stripped and len(stripped) < len(piece):
            end = start + len(stripped)
            continue
        return start, end


#: Words of degree or emphasis a model runs into a date: "slightly [less] this year",
#: "[just] last week", "[only] yesterday".
_DATE_LEAD = re.compile(
    r"(?:(?:(?:less|more)(?![ ]+than\b)|just|only|even|still|already)[ ]+)+", re.IGNORECASE
)


def trim_words(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """A model's name without the title or function word before it, or what follows a comma.

    "Coroner Gary Hargrove" is Gary Hargrove, "At ASA" is ASA; "David Haggard, ASA"
    is two names, of which the first is kept (places keep "CUMBERLAND, R.I." whole).
    """
    if label in ("DATE", "TIME"):
        lead = _DATE_LEAD.match(text, start, end)
        return (lead.end(), end) if lead is not None and lead.end() < end else (start, end)
    if label not in NAME_LABELS and label != "NORP":
        return start, end
    words = list(re.finditer(r"\S+", text[start:end]))
    titles = _titles()
    while len(words) > 1:
        first = words[0].group()
        if first.lower() in _FUNCTION_WORDS or (label == "PERSON" and first in titles):
            start += words[1].start()
            words = list(re.finditer(r"\S+", text[start:end]))
            continue
        break
    holders = _HOLDERS_OF.match(text, start, end)
    if label == "ORG" and holders is not None:
        start = holders.end()  # "Shares of Polaroid Corp": the company is Polaroid Corp
    comma = text.find(", ", start, end)
    if comma > start and label not in ("GPE", "LOC", "DATE", "TIME"):
        end = comma
    return start, end


#: A word that describes a company before its name, "Hong Kong-based", "state-owned",
#: "Tokyo-listed": no part of the name.
_DESCRIBED = re.compile(r"\S+-(?:based|owned|controlled|listed|registered|run)[ ]+(?=[A-Z])")
#: A company's holders, parts or figures before "of" and its name, which a model or the
#: company shape runs into the name at a sentence's start: "[Shares of] Polaroid Corp",
#: "[Shareholders of] PHLCORP Inc" (not "Bank of America", "Times of India").
_HOLDERS_OF = re.compile(
    r"(?:Shares|Stock|Shareholders|Stockholders|Holders|Bondholders|Creditors|Lenders|"
    r"Units|Subsidiaries|Affiliates|Officials|Executives|Directors|Employees|Workers|"
    r"Sales|Profits|Earnings|Assets)[ ]of[ ](?=[A-Z])"
)


#: Ranks and functions written before a person's name, which a model runs into the name
#: before them: "Lakeland County Sheriff [Ann Roe]", "Metro Homicide Capt. [Ed Poe]".
_RANKS_AFTER = frozenset(
    "Sheriff Chief Capt Captain Sgt Sergeant Lt Lieutenant Cpl Corporal Officer Detective "
    "Inspector Deputy Commissioner Spokesman Spokeswoman Trooper Constable Superintendent".split()
)
_LOWER_LEGAL = frozenset(s.lower().rstrip(".") for s in LATIN_LEGAL_SUFFIXES)
#: A name ending in one of these words is a place ("Lakeland County"), whatever a model said.
_PLACE_HEADS = frozenset("County Parish Township Borough Province Prefecture".split())


#: A day's word a model ran into the name before it: "attacked ... in the northern Gulf today".
_TRAILING_DAY_WORD = re.compile(rf"[ ]+(?:{'|'.join(DAYS_FROM_REPORT)})$")


def trim_tail(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A model's name without what a name never ends with, and a place by its last word.

    A day's word ("the northern Gulf today"), lower-case words ("Halla province",
    "Roe-director") and a rank that belongs to the next name ("County Sheriff",
    "Homicide Capt.") go; "Lakeland County" taken for a PERSON is a GPE.
    """
    day = _TRAILING_DAY_WORD.search(text, start, end)
    if label in NAME_LABELS and day is not None and day.end() == end and day.start() > start:
        end = day.start()  # "the northern Gulf today": the day is a date of its own
    if label not in ("PERSON", "ORG", "GPE"):
        return start, end, label
    while True:
        piece = text[start:end]
        last = re.search(r"(?:[ ]|(?<=[a-z])-)([^ -]+)$", piece)
        if last is None:
            break
        word = last.group(1)
        before = piece[: last.start()].rsplit(" ", 1)[-1]
        lower = word.isascii() and word.isalpha() and word.islower()
        if (lower and word not in _LOWER_LEGAL) or (
            word.rstrip(".") in _RANKS_AFTER and before not in ("of", "the")
        ):
            end = start + last.start()
            continue
        break
    words = text[start:end].split()
    if label == "PERSON" and len(words) > 1 and words[-1] in _PLACE_HEADS:
        label = "GPE"
    return start, end, label


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t for title in name_shapes().titles for t in title.split())


def _only_titles(name: str) -> bool:
    """Every word of ``name`` is an abbreviated title, with or without its full stop
    ("Sgt", "Dist. Atty"; not "Prince", a title that is a name too)."""
    short = abbreviated_titles()
    return all(w in short or f"{w}." in short for w in name.split())


@lru_cache(maxsize=1)
def abbreviated_titles() -> frozenset[str]:
    """The titles written before a name that end on a full stop ("Sgt.", "Gov."; each is
    one of :data:`~tui.core.text.sentences.NAME_ABBREVIATIONS`, ending no sentence)."""
    return frozenset(t for t in _titles() if t.endswith("."))


#: Initials with their full stops, nothing else: "U.S.", "N.J.", "D.A.", "F.B.I.".
_DOTTED_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}")


def unknown_initials(name: str) -> bool:
    """A model's place written as initials (``D.A.``, ``F.B.I.``, ``M.D.``) that the
    gazetteer knows as no country, city, state or province: an office, an agency or a
    degree, not where anything happened (``U.S.``, ``N.J.``, ``L.A.`` are places)."""
    if not _DOTTED_INITIALS.fullmatch(name):
        return False
    return not gazetteer().is_place(name) and fold(name) not in gazetteer().abbreviations


#: A figure in a name that is no ordinal of a street ("East 77th Street", "117th St."):
#: "IE6", "DC-10s", "Windows 386", "NY1" are products, models, channels.
_FIGURE_IN_NAME = re.compile(r"\d(?!\d*(?:st|nd|rd|th)\b)")


def numbered_place(label: str, name: str) -> bool:
    """A model's place with a figure in its name: no country, city or region has one
    ("IE6", "XJ6", "DC-10s", "NY1" taken for GPEs); a location may, as a street's
    ordinal ("East 223rd Street"), and no other ("Windows Server 2008", "Smartmodem
    9600" taken for LOCs)."""
    if label == "GPE":
        return any(ch.isdigit() for ch in name)
    return label == "LOC" and _FIGURE_IN_NAME.search(name) is not None


def _is_place_abbreviation(piece: str) -> bool:
    """``Calif.``, ``Mass.``, ``N.C.``: a state's abbreviation keeps its full stop."""
    last = piece.rsplit(" ", 1)[-1]
    return last.endswith(".") and last.lower().rstrip(".") in gazetteer().abbreviations


def looks_like_name(tokens: Sequence[tuple[str, str, str]], lang: str) -> bool:
    """True if a model's entity, given as ``(text, pos, tag)`` tokens, can be a name.

    It needs a proper noun (spaCy's ``PROPN``, Sudachi's 固有名詞), and must not
    be just a common abbreviation ("IPO", "AI"). This drops "Tech" in "Tech
    stocks rallied" and GiNZA's テクノロジーセクター.
    """
    words = [text for text, _, _ in tokens]
    if " ".join(words) in GENERIC_ABBREVIATIONS or "".join(words) in GENERIC_ABBREVIATIONS:
        return False
    if lang == "ja":
        return any("固有名詞" in tag for _, _, tag in tokens)
    return any(pos == "PROPN" for _, pos, _ in tokens)


def ticker_entities(text: str, entities: Sequence[Candidate]) -> list[Candidate]:
    """``(NYSE:ABC)`` after a company's name: the ticker names that company.

    The exchange inside the brackets is not a mention of anything the article
    discusses, so entities there give way to the ticker.
    """
    out = list(entities)
    for match in EXCHANGE_TICKER.finditer(text):
        open_, close = match.start(), match.end()
        owner = None
        for entity in out:
            if (
                entity.label == "ORG"
                and entity.end <= open_
                and open_ - entity.end <= _TICKER_REACH
            ):
                between = text[entity.end : open_]
                if EXCHANGE_TICKER.sub("", between).strip() == "":
                    owner = entity if owner is None or entity.end > owner.end else owner
        if owner is None:
            continue
        start, end = match.span("ticker")
        out = [e for e in out if not (e.start < close and open_ < e.end)]
        kb_id = owner.kb_id or auto_id(text[owner.start : owner.end])
        out.append(Candidate(start, end, "ORG", kb_id, owner.from_kb))
    return out


def cashtag_entities(
    text: str, entities: Sequence[Candidate], lookup: Callable[[str], Any]
) -> list[Candidate]:
    """``$ABC`` cashtags: the ticker (without ``$``) is an ORG, linked if the KB knows it."""
    out = list(entities)
    for match in _CASHTAG.finditer(text):
        start, end = match.span("ticker")
        if any(e.start < end and start < e.end for e in out):
            continue
        known = lookup(match.group("ticker"))
        kb_id = known.id if known is not None and known.label == "ORG" else None
        out.append(Candidate(start, end, "ORG", kb_id, kb_id is not None))
    return out


def _sentence_starts(sentences: Sequence[Sentence], text: str) -> set[int]:
    starts = set()
    for sentence in sentences:
        s = sentence.start
        while s < sentence.end and not text[s].isalnum():
            s += 1
        starts.add(s)
    return starts


#: A word of a full name that may stand alone for it later: "Ng", "O'Brien", "Rifa'i".
_SHORT_NAME_WORD = re.compile(r"[A-Z][A-Za-z]*(?:['’][A-Za-z]+)*")


def short_name_mentions(
    text: str,
    entities: Sequence[Candidate],
    sentences: Sequence[Sentence],
    furniture: Sequence[Furniture],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """Later mentions of a person by one word of a full name the article gave.

    After "Wen He" or "Ada Ng", a capitalised "He" or "Ng" standing alone (in
    Latin script, in either language) is that person. At the start of a
    sentence a word that is also a common word (``common_words``, lower case:
    "He said") is skipped; so are words that two people share.
    """
    # Only a name that reads as a person's spreads ("Reuters DOT" taken for one does not).
    people = [
        e
        for e in entities
        if e.label == "PERSON" and _confident_person(name_words(text[e.start : e.end]))
    ]
    owners: dict[str, set[str]] = {}
    for person in people:
        for written in name_words(text[person.start : person.end]):
            for word in name_word_forms(written):
                if len(word) >= 2 and _SHORT_NAME_WORD.fullmatch(word):
                    owners.setdefault(word, set()).add(text[person.start : person.end])
    # (a word that says who people are stands for no one: "European" of a model's person
    # "European Sugar" is "the European corn business")
    demonyms, peoples = gazetteer().demonyms, name_shapes().region_peoples
    words = {
        w
        for w, names in owners.items()
        if len(names) == 1 and fold(w) not in demonyms and fold(w) not in peoples
    }
    if not words:
        return list(entities)
    starts = _sentence_starts(sentences, text)
    first_full = min(p.start for p in people)
    # The full names too, longest first: "Jamal Williams" again is one name, not two.
    full = {text[p.start : p.end] for p in people if " " in text[p.start : p.end]}
    pattern = re.compile(
        rf"(?<![{_LATIN_NEIGHBOUR}])(?:{_alternation(words | full)})(?![{_LATIN_NEIGHBOUR}])"
    )
    out = list(entities)
    for match in pattern.finditer(text):
        start, end = match.span()
        if start < first_full or inside(start, end, furniture):
            continue
        if start in starts and match.group().lower() in common_words:
            continue
        if match.group() in full:
            pieces = [e for e in out if start <= e.start and e.end <= end]
            across = [e for e in out if e.start < end and start < e.end and e not in pieces]
            if (
                across
                or any(p.trusted or p.label != "PERSON" for p in pieces)
                or any((p.start, p.end) == (start, end) for p in pieces)
            ):
                continue  # the name as found, or a piece of it something else's
            out = [e for e in out if not any(e is p for p in pieces)]  # "[Jamal] [Williams]"
        same = [e for e in out if (e.start, e.end) == (start, end) and not e.trusted]
        if same:
            # The model saw a name but took it for something else ("Ma" as ORG).
            out = [e for e in out if e not in same]
        elif any(e.start < end and start < e.end for e in out):
            continue
        out.append(Candidate(start, end, "PERSON"))
    return out


def overlaps_quantity(entity: Candidate, text: str, quantities: Sequence[Quantity]) -> bool:
    """True if the entity is part of a number expression ("HK$91.10", "Hong Kong dollars").

    A word inside a count ("11 Chinese companies") is still a name, and so is a name
    with a number word inside it ("Robert Half International Inc").
    """
    for q in quantities:
        if q.label == "ORDINAL":
            continue  # "First Boston Corp", "the Second Circuit"
        if q.start < entity.end and entity.start < q.end:
            contained = q.start <= entity.start and entity.end <= q.end
            if (
                contained
                and q.label in ("QUANTITY", "CARDINAL")
                and not any(ch.isdigit() for ch in text[entity.start : entity.end])
            ):
                continue
            if (
                entity.start <= q.start
                and q.end <= entity.end
                and (q.start, q.end) != (entity.start, entity.end)
                and not any(ch.isdigit() for ch in text[q.start : q.end])
            ):
                continue  # a number word inside a name: "Robert Half International Inc"
            return True
    return False


def select_entities(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping entities: knowledge-base matches first, then the longest."""
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (not c.trusted, -(c.end - c.start), c.start)):
        if not any(c.start < candidate.end and candidate.start < c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def choose_entities(
    text: str,
    candidates: Iterable[Candidate],
    quantities: Sequence[Quantity],
    sentences: Sequence[Sentence],
    furniture: Sequence[Furniture],
    lookup: Callable[[str], Any],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """The entities of an article from every suggestion, the rules applied in order.

    Args:
        text: The article text.
        candidates: The suggestions of the knowledge base and the models.
        quantities: The article's quantities (a name inside an amount is no name).
        sentences: The article's sentences (for short names at a sentence start).
        furniture: Page furniture (nothing inside it is an entity).
        lookup: The knowledge base's entity for an exact alias, or None.
        common_words: Lower-case common words ("He" at a sentence start is a pronoun).

    Returns:
        Non-overlapping entities in text order.
    """
    named: list[Candidate] = []
    for c in candidates:
        if c.label in QUANTITY_LABELS:
            continue
        start, end = (c.start, c.end) if c.trusted else trim_span(text, c.start, c.end)
        label = c.label
        if not c.trusted:
            start, end = trim_words(text, start, end, c.label)
            start, end, label = trim_tail(text, start, end, c.label)
        if end <= start or not any(ch.isalnum() for ch in text[start:end]):
            continue
        if not c.trusted and c.label in NAME_LABELS and not can_be_a_name(text[start:end]):
            continue
        if label == "PERSON" and not c.trusted and _only_titles(text[start:end]):
            continue  # "Sgt", "Dist. Atty": a title whose name follows, not a person
        if label == "GPE" and not c.trusted and unknown_initials(text[start:end]):
            continue  # "the D.A.'s release": an office, no place
        if not c.trusted and numbered_place(label, text[start:end]):
            continue  # "versions of IE6": a product, no place
        if label == "DATE" and not c.trusted and _currency_words(text[start:end]):
            continue  # "deposits in French francs": a currency, no date
        if (
            label in _NOT_DATE_LABELS
            and not c.trusted
            and date_period(text[start:end], _ANY_DAY)
            # (an event named by its day alone is the event: "the September 11 attacks")
            and (label != "EVENT" or _YEAR_OR_RANGE.search(text, start, end))
        ):
            label = "DATE"  # "for the February 21 to 28 period", "rose on Feb 25": a date
        if label == "DATE" and not c.trusted:
            figure = _FIGURE_AFTER_DATE.search(text, start, end)
            end = figure.start() if figure is not None and figure.start() > start else end
        if (
            label in ("DATE", "TIME")
            and not c.trusted
            and any(
                start <= q.start and q.end <= end and q.label in ("MONEY", "PERCENT")
                for q in quantities
            )
        ):
            continue  # "[FEBRUARY CAR SALES OFF SIX PCT|TIME]": a headline, no time
        if label == "DATE" and not c.trusted and _SMALL_NUMBERS.fullmatch(text, start, end):
            continue  # "Pickens is 58", a table's "1 1": an age or a count, no date
        if label == "DATE" and not c.trusted and _basis_of_figures(text, start, end):
            continue  # "3.7 pct year-on-year", "a seasonally adjusted": a basis, no date
        if label == "DATE" and not c.trusted and _score(text[start:end]):
            continue  # "defeated Drake, 65-53": a game's score, no date
        if label == "DATE" and not c.trusted and _MONTH_LIST.fullmatch(text, start, end):
            # "in June, July and August": each month a date of its own
            named.extend(
                Candidate(start + m.start(), start + m.end(), "DATE")
                for m in _CAPITAL_MONTH.finditer(text[start:end])
            )
            continue
        named.append(Candidate(start, end, label, c.kb_id, c.from_kb, c.rule))
    named = _dates_joined_by_of(text, named)
    zones = zone_spans(text)
    named = zones_in_times(text, named, zones)
    named = [
        c
        for c in gazetteer_places(text, named)
        if not overlaps_quantity(c, text, quantities) and not in_ticker(text, c)
    ]
    named = places_in_longer_names(text, places_by_their_state(text, named), common_words)
    named = lands_and_waters(text, places_listed(text, places_named_with_the(text, named)))
    named = department_titles(text, named)
    named = groups_of_nations(text, institution_entities(text, named))
    named = orgs_by_head(
        text, place_organisations(text, town_organisations(text, named), common_words)
    )
    named = state_entities(text, named)
    named = select_entities(named)
    named = orgs_of_places(text, named)
    named = ticker_entities(text, named)
    named = cashtag_entities(text, named, lookup)
    named = peoples_not_names(text, institutions_not_people(text, places_not_people(text, named)))
    named = people_side_by_side(text, people_by_role(text, people_by_title(text, named)))
    named = names_by_their_noun(text, employers_by_role(text, named), common_words)
    named = short_name_mentions(text, named, sentences, furniture, common_words)
    named = org_short_mentions(text, named, furniture, common_words)
    named = one_label_per_name(text, towns_in_context(text, things_not_names(text, named)))
    named = zones_in_times(text, named, zones)  # what the rules above made of a zone's word
    return [c for c in select_entities(named) if not inside(c.start, c.end, furniture)]


#: Between a clock time and its zone written right after it: "11am IST", "10 a.m., EST".
_ZONE_GAP = re.compile(r"[ \t]*,?[ \t]*")


#: A time of the 24-hour clock written as four figures ("1530", "0620").
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
#: What follows such a figure that makes it a clock's: "hrs", "local time", a zone.
_CLOCK_AFTER = re.compile(r"[ \t]+(?:hrs\b|hours\b|local\b|(?=\S))", re.IGNORECASE)


def _clock_time(text: str, c: Candidate, zones: Sequence[tuple[int, int]]) -> Candidate:
    """A model's DATE of four figures before "hrs", "local time" or a time zone is a time
    of the 24-hour clock, no year: "at 1530 GMT", "1805 local time", "0620 hrs"."""
    if c.label != "DATE" or not _CLOCK.fullmatch(text, c.start, c.end):
        return c
    after = _CLOCK_AFTER.match(text, c.end)
    if after is None:
        return c
    if after.group().strip() or any(s == after.end() for s, _ in zones):
        return Candidate(c.start, c.end, "TIME", c.kb_id, c.from_kb, c.rule)
    return c


def zones_in_times(
    text: str, candidates: Sequence[Candidate], zones: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """A time zone written after a clock time is part of the time, not a name.

    Every suggestion that overlaps a zone of :func:`tui.core.text.zones.zone_spans`
    ("1100 hrs IST", "10 a.m. EST", "at 11 am (IST)") goes, whoever made it, except the
    dates and times; a TIME that ends right before the zone takes it in ("11am IST"; a zone
    in brackets stays out of it). The same word with no clock time before it ("Caterpillar
    <CAT>", "AST Research") is not touched.

    Args:
        text: The article text.
        candidates: The entity suggestions so far.
        zones: The zones' spans, in text order.

    A model's DATE of four figures before a zone, "hrs" or "local time" is a TIME first
    (:func:`_clock_time`: "at 1530 GMT" is no year).

    Returns:
        The suggestions without names of zones, times with their zones.
    """
    out = [_clock_time(text, c, zones) for c in candidates]
    if not zones:
        return out
    out = [
        c
        for c in out
        if c.label in ("DATE", "TIME") or not any(s < c.end and c.start < e for s, e in zones)
    ]
    for s, e in zones:
        for i, c in enumerate(out):
            if c.label == "TIME" and c.end <= s and _ZONE_GAP.fullmatch(text, c.end, s):
                out[i] = Candidate(c.start, e, c.label, c.kb_id, c.from_kb, c.rule)
    return out


# ------------------------------------------------------------------ news copy shapes


@dataclass(frozen=True, slots=True)
class NameShapes:
    """The word lists of ``data/names.yaml``."""

    partnership_words: tuple[str, ...]
    company_endings: tuple[str, ...]
    institution_words: tuple[str, ...]
    generic_name_words: frozenset[str]
    titles: tuple[str, ...]
    state_forms: tuple[str, ...]
    personal_titles: frozenset[str]
    org_heads: frozenset[str]
    title_departments: tuple[str, ...]
    title_heads: tuple[str, ...]
    role_nouns: frozenset[str]
    faiths: frozenset[str]
    region_peoples: frozenset[str]
    body_heads: frozenset[str]
    company_association_words: frozenset[str]
    news_agencies: frozenset[str]
    international_bodies: frozenset[str]
    commercial_bank_countries: frozenset[str]
    #: ``public_offices`` and ``office_roles`` as folded word runs ("prime minister").
    public_offices: frozenset[tuple[str, ...]]
    office_roles: frozenset[tuple[str, ...]]
    #: The one-word ``institution_words`` and ``title_departments``, folded ("congress",
    #: "senate"; "energy", "finance").
    one_word_institutions: frozenset[str]
    one_word_departments: frozenset[str]


def _one_words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words if " " not in w)


@lru_cache(maxsize=1)
def name_shapes() -> NameShapes:
    """The word lists of ``data/names.yaml``, read once."""
    text = resources.files("tui.core.nlp").joinpath("data", "names.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return NameShapes(
        tuple(data["partnership_words"]),
        tuple(data["company_endings"]),
        tuple(data["institution_words"]),
        frozenset(word.lower() for word in data["generic_name_words"]),
        tuple(data["titles"]),
        tuple(data["state_forms"]),
        frozenset(data["personal_titles"]),
        frozenset(data["org_heads"]),
        tuple(data["title_departments"]),
        tuple(data["title_heads"]),
        frozenset(data["role_nouns"]),
        frozenset(fold(word) for word in data["faiths"]),
        frozenset(fold(word) for word in data["region_peoples"]),
        frozenset(fold(word) for word in data["body_heads"]),
        frozenset(fold(word) for word in data["company_association_words"]),
        frozenset(fold(word) for word in data["news_agencies"]),
        frozenset(fold(word) for word in data["international_bodies"]),
        frozenset(fold(word) for word in data["commercial_bank_countries"]),
        frozenset(tuple(fold(word).split()) for word in data["public_offices"]),
        frozenset(tuple(fold(word).split()) for word in data["office_roles"]),
        _one_words(data["institution_words"]),
        _one_words(data["title_departments"]),
    )


def _alternation(words: Iterable[str]) -> str:
    return words_pattern(words, trie=False)


#: Words that open a sentence or phrase before a name, never part of it ("In", "At", "Our").
_FUNCTION_WORDS = frozenset(
    "the a an in at on of for from by with to and or but as if when while after before since "
    "our its their his her my your this that these those also however meanwhile separately "
    "earlier later yesterday today under".split()
)
#: A capitalised word of a name (``Baring``, ``AFG``, ``McDonald's``, ``Hewlett-Packard``).
# A possessive ends a name ("Jack Ma's Ant Group" is two), an inner apostrophe does not (O'Neill).
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&-]*(?:['’](?![sS]\b)[A-Za-z]+)?)"
#: Lower-case words inside names: ``First of America``, ``Banco de la Nacion``.
_JOINER_WORDS = ("of", "de", "du", "des", "la", "le", "del", "di", "van", "von", "der", "y", "&")
_NAME_JOINER = rf"(?:{'|'.join(_JOINER_WORDS)})"


@lru_cache(maxsize=1)
def _company_pattern() -> re.Pattern[str]:
    shapes = name_shapes()
    # In capitals "GROUP" and "HOLDINGS" close too many headline phrases ("INVESTOR GROUP").
    suffixes = {*LATIN_LEGAL_SUFFIXES} | {
        s.upper() for s in LATIN_LEGAL_SUFFIXES if s.lower() not in ("group", "holding", "holdings")
    }
    legal = rf"(?:{_alternation(suffixes)})(?!\w|\.\w|-\w)"
    partners = {*shapes.partnership_words, *(w.upper() for w in shapes.partnership_words)}
    partner = rf"(?:,?[ ](?:and|AND|&)[ ](?:{_alternation(partners)})(?![\w]))"
    ending = rf"(?:{_alternation(shapes.company_endings)})(?![\w])"
    # A founder's possessive opening a name is part of it ("Moody's Investors Service Inc",
    # "LOWE'S COS INC"); one after a first name is a person's ("Jack Ma's Ant Group Co").
    first = rf"{_NAME_WORD}(?:['’][sS](?=[ ]{_NAME_WORD}))?"
    # "and" inside a name ("Pacific Power and Light Co", "Harrow and Pike Corp"), but not after a
    # legal form or an acronym, which close a first company ("Acme Inc and Beta Corp").
    not_closed = "".join(
        rf"(?<![ ]{re.escape(s)}[ ])" for s in {*LATIN_LEGAL_SUFFIXES, *shapes.company_endings}
    )
    joined = rf"(?<=[a-z][ ]){not_closed}(?:and|&)[ ]{first}"
    # A given name or a place's first word written short opens a name ("Wm. Wrigley Jr Co",
    # "St. Paul Cos Inc"), and a middle initial goes on with it ("Chas. P. Young Co").
    short_opening = rf"(?:{_alternation(SHORT_NAME_OPENINGS)})(?:[ ][A-Z]\.)?(?=[ ][A-Z])[ ]"
    # A word in brackets inside a name, a group's part or region, goes on with it ("Cheung
    # Kong (Holdings) Ltd", "Yamaichi International (Europe) Ltd").
    name = (
        rf"(?:{short_opening})?(?:{first}|{_NAME_WORD})"
        rf"(?:[ ](?:(?:{_NAME_JOINER}[ ])?{_NAME_WORD}|\({_NAME_WORD}\)(?=[ ])|{joined}))*?"
    )
    short = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD})?"
    # A country written after the legal form, before a ticker or a comma: "Simmons Co U.S.A."
    country = r"(?:[ ](?:U\.S\.A\.|USA|U\.K\.|UK)(?=[ ]*[<(,]))?"
    return re.compile(
        rf"(?<![\w.])(?:"
        rf"(?:{short},[ ])+{name}{partner}(?:,?[ ]{legal})*"  # Dillon, Read and Co Inc
        rf"|(?:{short},[ ])+{short}[ ](?:and|AND|&)[ ]{short},?[ ]{legal}"  # Roe, Lee & Poe, LLP
        rf"|{name}(?:{partner}(?:,?[ ]{legal})*|(?:,?[ ]{legal})+{country}|[ ]{ending}(?:,?[ ]{legal})*)"  # Intel Corp
        r")"
    )


def _one_side_of_and(text: str, start: int, end: int) -> int:
    """Where a company name joined by "and" starts: a short side ("Harrow and Pike Corp",
    "Dunmore and Pell's Corp", "Eastern City Power and Light Co") makes one name; two
    long sides are two names ("Ann Lee Smith and Acme Widget Group Ltd")."""
    # (words of a name as much as legal forms left out)
    legal = _closing_words() - {"group", "holding", "holdings"}
    for joiner in re.finditer(r"[ ](?:and|&)[ ]", text[start:end]):
        after = text[start + joiner.end() : end].split()
        if not after or after[0].lower().rstrip(".,") in legal:
            continue  # "Goldman Sachs and Co": a partnership, not two names
        before = text[start : start + joiner.start()].split()
        while after and after[-1].lower().rstrip(".,") in legal:
            after.pop()
        if len(before) > 1 and len(after) > 1:
            return start + joiner.end()
        break
    return start


_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:of|in|at|from)[ ]$")


def _after_place_of_another(text: str, start: int, end: int) -> int:
    """Where a company name starts after a place that closed the one before it or a
    phrase of place: in "Morgan Guaranty Trust Co of New York and Citibank NA", the second
    name is "Citibank NA", not "New York and Citibank NA"; so in "banks in Florida and
    Trust Co banks in Georgia"."""
    if not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start):
        return start
    joiner = re.search(r"[ ](?:and|&)[ ]", text[start:end])
    if joiner is None or not gazetteer().is_place(fold(text[start : start + joiner.start()])):
        return start
    return start + joiner.end()


#: A person named before "of" and a company: "said Ann Roe of Acme Securities Inc".
_PERSON_OF = re.compile(r"(?P<person>[A-Z][a-z]+(?:[ ][A-Z]\.)?(?:[ ][A-Z][a-z'’-]+){0,2})[ ]of[ ]")


#: A continent or a region named by its quarter: "North America", "the South", "Asia".
_REGION = re.compile(
    r"(?:the[ ])?(?:(?:North|South|Central|Latin|East|West|Eastern|Western|Southern|Northern"
    r"|Southeast|Southeastern|Northeast|Middle|Far)[ ])?(?:America|Americas|Europe|Asia|Africa"
    r"|Australasia|Oceania|Pacific|Atlantic|Caribbean|East|West|South|North|Midwest"
    r"|Southwest|Southeast|Northwest|Northeast|England)"
)
#: A given name and a middle initial before a company-shaped run, which opens after them.
_GIVEN_AND_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+[ ][A-Z]\.[ ]$")


@lru_cache(maxsize=1)
def _company_words() -> frozenset[str]:
    """Words that make a name an organisation's, never a person's."""
    shapes = name_shapes()
    return frozenset(
        {
            *shapes.org_heads,
            *shapes.institution_words,
            *shapes.title_departments,
            *shapes.partnership_words,
            *LATIN_LEGAL_SUFFIXES,
        }
    )


@lru_cache(maxsize=1)
def _closing_words() -> frozenset[str]:
    """A company name's closing words, lower case: its legal forms and partnership words."""
    shapes = name_shapes()
    return frozenset(
        w.lower().rstrip(".") for w in (*LATIN_LEGAL_SUFFIXES, *shapes.partnership_words)
    )


def _person_of_company(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where a person's name starts and ends, and the company's starts, in a
    company-shaped run that opens with a person "of" the company: "Ann Roe of Acme
    Securities Inc", "Piet J. Kros of Delta Data Corp" (as analysts are quoted); None for a
    company named "X of Y" ("Industrial Bank of Japan Ltd", "Central Bancshares of the
    South Inc", "Richardson Greenshields of Canada Ltd")."""
    match = _PERSON_OF.match(text, start, end)
    if match is None or len(text[match.end() : end].split()) < 2:
        return None
    legal = _closing_words()
    after = text[match.end() : end].split()
    while after and after[-1].lower().rstrip(".,") in legal:
        after.pop()
    where = " ".join(after)
    if not after or gazetteer().is_place(fold(where)) or _REGION.fullmatch(where):
        return None  # "Richardson Greenshields of Canada Ltd": a company of a place
    lead = _GIVEN_AND_INITIAL.search(text, max(0, start - 30), start)
    first = lead.start() if lead is not None else start
    shapes = name_shapes()
    words = text[first : match.end("person")].split()
    while lead is None and words and words[0].lower() in shapes.role_nouns:
        first += len(words.pop(0)) + 1  # "Analyst Ann Roe of ...": the role opens no name
    if len(words) < 2:
        return None  # "Bank of Japan": one word is no person's full name
    places = gazetteer()
    if not _confident_person(words) or any(
        w in _company_words()
        or w.lower() in shapes.generic_name_words
        or places.is_place(fold(w))
        or fold(w) in places.demonyms
        for w in words
    ):
        return None
    return first, match.end("person"), match.end()


_POSSESSIVE_OPENING = re.compile(r"\S+['’][sS][ ]")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w.-]*[ ]$")


def company_names(
    text: str, start: int, end: int, common_words: frozenset[str] | set[str] = frozenset()
) -> list[Candidate]:
    """Company names written in the shapes of company names, kept whole as ORG.

    A run of capitalised words closed by a legal form (``Magma Copper Co``,
    ``Compagnie Continentale Simmons SA``, ``AFG INDUSTRIES INC``), a partnership
    (``Baring Brothers and Co Ltd``, ``Dillon, Read and Co Inc``) or ``Bros``. A
    model cuts such names at a comma or an "and" into a PERSON and an ORG. Common
    words before the name ("The", "In") are left out; a person named "of" the company
    before it is a PERSON of its own ("said Ann Roe of Acme Securities Inc").
    """
    out = []
    for match in _company_pattern().finditer(text, start, end):
        s, e = match.span()
        owner = _POSSESSIVE_OPENING.match(text, s)
        before = _CAPITALISED_BEFORE.search(text, max(0, s - 30), s)
        if owner and before and before.group().strip().lower() not in _FUNCTION_WORDS:
            s = owner.end()  # "Jack Ma's Ant Group Co": the company starts after the person
        words = list(re.finditer(r"\S+", text[s:e]))
        while len(words) > 2 and (
            (
                words[0].group().lower().strip(",") in _FUNCTION_WORDS
                and not (words[0].group() == "The" and _NAMES_THE.search(text, max(0, s - 30), s))
            )
            or _RATING.fullmatch(words[0].group())  # "from B-minus Acme Corp"
        ):
            s = s + words[1].start()
            words = list(re.finditer(r"\S+", text[s:e]))
        holders = _HOLDERS_OF.match(text, s, e)
        if holders is not None:
            s = holders.end()  # "Shares of Polaroid Corp": the company is Polaroid Corp
        described = list(_DESCRIBED.finditer(text, s, e))
        if described:
            s = described[-1].end()  # "Hong Kong-based Industrial Equity (Pacific) Ltd"
        s = _one_side_of_and(text, s, e)
        s = _after_place_of_another(text, s, e)
        words = list(re.finditer(r"\S+", text[s:e]))
        if len(words) == 2 and words[0].group().lower() in _FUNCTION_WORDS:
            continue  # "The Group", "The AB group": no name before the legal form
        if text[e - 1] == "." and re.match(r"[ \t]*(?:\n|$)|[ ]+[A-Z\"“]", text[e : e + 3]):
            e -= 1  # "... Goldman Sachs and Co Inc. The": the full stop ends the sentence
        person = _person_of_company(text, s, e)
        if person is not None:
            out.append(Candidate(person[0], person[1], "PERSON", rule=True))
            s = person[2]
            words = list(re.finditer(r"\S+", text[s:e]))
        if len(words) >= 2:
            out.append(Candidate(s, e, "ORG", rule=True))
    return out


# Month names as written in running text: capitalised (the case-blind month pattern of
# datelines, tui.core.nlp.structure, would take the modal "may" for May).
_DAY_WORD = (
    r"(?:(?:[Tt]wenty[- ])?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
    r"|[Tt]en|[Ee]leven|[Tt]welve|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen"
    r"|[Tt]wenty|[Tt]hirty(?:[- ][Oo]ne)?)"
)
_MONTH_DAY = re.compile(
    r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?[ ]\d{1,2}(?:,[ ](?:19|20)\d\d)?(?![\w.,]\d)"
    r"|(?<![\w.])(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)[ ]\d{1,2}(?:,[ ](?:19|20)\d\d)?(?![\w]|[.,]\d)"
    # Wire copy writes a day as a word: "Pay April Two", "on June eight".
    r"|(?<![\w.])(?:January|February|March|April|June|July|August|September|October|November"
    rf"|December)[ ]{_DAY_WORD}(?:,[ ](?:19|20)\d\d)?(?![\w-])"
)


def month_day_dates(text: str, start: int, end: int) -> list[Candidate]:
    """``Feb 26``, ``March 13, 1987``: dates written as a month and a day, which a small
    model sometimes leaves out ("approved its offer Feb 26.")."""
    return [Candidate(*m.span(), "DATE") for m in _MONTH_DAY.finditer(text, start, end)]


#: The words that name a day from the report's day, a DATE ("tonight" is a time of day: a
#: model's TIME).
_DAY_WORDS = [w for w in DAYS_FROM_REPORT if w != "tonight"]
#: Those words in lower case, or capitalised at the start of a line or a sentence ("USA
#: Today" is a paper's name).
_DAY_WORD_DATE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_DAY_WORDS)})(?![\w-])"
    rf"|(?:^|(?<=[.!?][ ])|(?<=[.!?][\"”][ ]))(?:{'|'.join(w.title() for w in _DAY_WORDS)})(?![\w-])",
    re.MULTILINE,
)


#: The same words in a line written in capitals (a wire headline, a table's lead), where
#: one closes a clause after two words or more: "IRAQ SAYS IT HIT SHIP IN GULF OFF IRAN
#: TODAY", "RECORDED IN THE 24 HOURS UP TO (1200) GMT TODAY", "HAS NOT INTERVENED
#: TODAY, DEALERS SAY"; not a column's head ("LOCATION TODAY PREVIOUS", "TODAY PREV")
#: nor a paper's name ("USA TODAY'S").
_SHOUTED_DAY_WORD = re.compile(
    rf"(?<=\S[ ])(?<![\w-])(?:{'|'.join(w.upper() for w in _DAY_WORDS)})"
    r"(?=[ ]*$|[,.](?:\s|$)|[ ]+-[ ]|[ ]*\()",
    re.MULTILINE,
)


def _in_capitals(text: str, at: int) -> bool:
    """The line ``at`` is in, written in capitals (:func:`~tui.core.text.sentences.
    written_in_capitals`), two words or more before ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return written_in_capitals(line) and len(text[line_start:at].split()) >= 2


def day_word_dates(
    text: str, start: int, end: int, suggested: Sequence[Candidate]
) -> list[Candidate]:
    """``today``, ``yesterday``, ``tomorrow`` (in a line in capitals too, closing a clause)
    where a small model tagged nothing, or took the word for a time of day: each is a
    DATE (the day it names, read against the report's day), as the model tags it most
    of the time. A longer date or time the
    model found around it ("earlier today", "yesterday afternoon") is left as it is; a
    name the model ran over it loses it (:func:`trim_tail`), and an amount ("sell
    tomorrow 200 billion yen") is read by the quantity grammar, not from that span."""
    out = []
    shouted = [
        m for m in _SHOUTED_DAY_WORD.finditer(text, start, end) if _in_capitals(text, m.start())
    ]
    for match in [*_DAY_WORD_DATE.finditer(text, start, end), *shouted]:
        s, e = match.span()
        over = [c for c in suggested if c.start < e and s < c.end and c.label in ("DATE", "TIME")]
        if not over:
            out.append(Candidate(s, e, "DATE"))
        elif all(c.label == "TIME" and (c.start, c.end) == (s, e) for c in over):
            out.append(Candidate(s, e, "DATE", rule=True))
    return out


def bracketed_names(text: str, start: int, end: int) -> list[Candidate]:
    """Wire copy marks an unlisted company ``<Sale Tilney Plc>`` and a listed one's ticker
    ``<GTE>``: the first is an ORG (without the brackets), the second names nothing."""
    out = []
    for match in ANGLE_BRACKETS.finditer(text, start, end):
        name = match.group("name")
        if TICKER_SHAPE.fullmatch(name) or not name[:1].isupper():
            continue
        s, e = trim_span(text, *match.span("name"))
        if e > s:
            out.append(Candidate(s, e, "ORG"))
    return out


def in_ticker(text: str, candidate: Candidate) -> bool:
    """The candidate is a ticker in angle brackets (``<GTE>``, ``<JAGR.L>``) or inside one."""
    before = text.rfind("<", max(0, candidate.start - 8), candidate.start + 1)
    after = text.find(">", candidate.end - 1, candidate.end + 8)
    return (
        before != -1
        and after != -1
        and TICKER_SHAPE.fullmatch(text[before + 1 : after]) is not None
    )


def dateline_entities(dateline: Dateline) -> list[Candidate]:
    """The dateline's places (each a GPE) and its agency (an ORG); its date (a DATE)."""
    out = [Candidate(s, e, "GPE", rule=True) for s, e in dateline.places]
    if dateline.agency is not None:
        out.append(Candidate(*dateline.agency, "ORG", rule=True))
    if dateline.date is not None:
        out.append(Candidate(*dateline.date, "DATE", rule=True))
    return out


@lru_cache(maxsize=1)
def _institution_after() -> re.Pattern[str]:
    words = _alternation(name_shapes().institution_words)
    return re.compile(
        rf"(?:[ ](?:{_NAME_WORD}|of|and|for|on))*?[ ](?:{words})"
        rf"(?:[ ]of(?:[ ]the)?[ ]{_NAME_WORD}(?:[ ](?:and[ ])?{_NAME_WORD})*)?(?![\w])"
    )


def institution_entities(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A country's name opening an institution's is that ORG, not a GPE.

    ``U.S. Agriculture Department``, ``U.S. Embassy``, ``U.S. Department of
    Transportation``: the knowledge base knows ``U.S.``, but never swallows the
    longer name.
    """
    out = list(candidates)
    for candidate in candidates:
        if candidate.label != "GPE":
            continue
        match = _institution_after().match(text, candidate.end)
        if match is None or _title_after().match(text, match.end()):
            continue  # "U.S. Treasury Secretary": a country, then a title holding a department
        longer = Candidate(candidate.start, match.end(), "ORG", rule=True)
        out = [c for c in out if not (c.start < longer.end and longer.start < c.end)]
        out.append(longer)
    return out


#: A club of nations named by its count: "Group of Seven", "Group of 77", "Group of Five".
_GROUP_OF = re.compile(
    r"(?<![\w-])Group[ ]of[ ](?:Three|Five|Seven|Eight|Ten|Fifteen|Twenty|Twenty-Four|\d{1,2})"
    r"(?![\w-])"
)


def groups_of_nations(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A club of nations named by its count is one ORG ("Group of Seven", "Group of 77"),
    whatever pieces a model made of it ("[Group] of Seven", "[The Group] of [77]")."""
    out = list(candidates)
    for match in _GROUP_OF.finditer(text):
        s, e = match.span()
        if any(c.from_kb and c.start < e and s < c.end for c in out):
            continue  # (a shape rule's "The Group" is a piece of it too)
        out = [c for c in out if not (c.start < e and s < c.end)]
        out.append(Candidate(s, e, "ORG", rule=True))
    return out


@lru_cache(maxsize=1)
def _state_pattern() -> re.Pattern[str]:
    forms = name_shapes().state_forms
    alternation = _alternation([*forms, *(f.upper() for f in forms)])
    return re.compile(
        rf"(?<![\w.])(?:{alternation})[ ](?:of|OF)[ ](?:(?:the|THE)[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD})?"
    )


def state_entities(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``Kingdom of Sweden``, ``Republic of Korea``: one GPE, the state's full name."""
    out = list(candidates)
    for match in _state_pattern().finditer(text):
        s, e = match.span()
        places = [c for c in out if c.label == "GPE" and s <= c.start and c.end <= e]
        if not places:
            continue  # "Republic of Letters": no country inside
        e = max(c.end for c in places)
        out = [c for c in out if not (c.start < e and s < c.end)]
        out.append(Candidate(s, e, "GPE", rule=True))
    return out


_WORD_BEFORE = re.compile(r"(\S+)[ ]$")
#: What may stand around a place inside a longer name: capitalised words and joiners.
_AROUND_PLACE = re.compile(r"(?:[ ]?(?:[A-Z][\w.'’&-]*|of|and|&|de|du|la)[ ]?)+")


def places_named_with_the(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A place whose name opens with a capital "The" the model left out of it is named
    whole: "in The [Hague]" is "The Hague" (the gazetteer's names with their article)."""
    places = gazetteer()
    out = []
    for c in candidates:
        if (
            c.label in ("GPE", "LOC", "ORG")
            and c.start >= 4
            and text[c.start - 4 : c.start] == "The "
            and (c.start == 4 or not text[c.start - 5].isalnum())
            and places.is_place(f"The {text[c.start : c.end]}")
        ):
            c = Candidate(c.start - 4, c.end, "GPE", c.kb_id, c.from_kb, c.rule)
        out.append(c)
    return out


def places_in_longer_names(
    text: str,
    candidates: Sequence[Candidate],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """A known place inside a longer name a model read is no name of its own.

    The knowledge base knows "Freedonia" and "Oman", but "First of Freedonia", "Oman
    Daily" and "North America" are an ORG, an ORG and a region: a model's longer name
    (not a person's) made of capitalised words around the place wins over it.
    """
    out = [_place_and_common_word(text, c, common_words) for c in candidates]
    for long in list(out):
        if long.trusted or long.label not in ("ORG", "LOC", "FAC", "WORK_OF_ART"):
            continue
        inner = [
            c
            for c in out
            if c.from_kb
            and c.label == "GPE"
            and long.start <= c.start
            and c.end <= long.end
            and (c.start, c.end) != (long.start, long.end)
        ]
        for place in inner:
            before, after = text[long.start : place.start], text[place.end : long.end]
            if not before and text[place.end - 1] == ".":
                continue  # "U.S. Rose to": an abbreviation's full stop may end the sentence
            if all(not piece or _AROUND_PLACE.fullmatch(piece) for piece in (before, after)):
                out.remove(place)
    return out


_PUBLICATION_AFTER = re.compile(r"[ ](?:magazine|newspaper|weekly|daily|news agency)\b")


def _place_and_common_word(
    text: str, c: Candidate, common_words: frozenset[str] | set[str] = frozenset()
) -> Candidate:
    """A model's ORG of a place and one capitalised common word is the place: "the U.S.
    Dollar", "the U.S. Economy", "the U.S. Has" (a currency, a word the article writes in
    lower case elsewhere, or a common word, and no organisation's word)."""
    if c.trusted or c.label != "ORG":
        return c
    place_end = text.rfind(" ", c.start, c.end)
    if place_end <= c.start:
        return c
    word = text[place_end + 1 : c.end]
    place = text[c.start : place_end]
    if not gazetteer().is_place(place) or word in name_shapes().org_heads:
        return c
    lower = word.lower()
    if lower in common_words or lower in _CURRENCY_NAMES or _written_lower(text, word):
        return Candidate(c.start, place_end, "GPE", c.kb_id)
    return c


def _written_lower(text: str, word: str) -> bool:
    """The story writes the word in lower case somewhere, a whole word ("officials")."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


#: Words that make a name a mountain, a sea or a river (LOC), not a GPE.
_LAND_FIRST = frozenset("Mt Mount Cape Lake Gulf".split())
_LAND_LAST = frozenset(
    "River Mountains Mountain Sea Bay Ocean Gulf Peninsula Island Islands Glacier Desert "
    "Valley Strait Straits Canal Coast Range".split()
)
_CURRENCY_NAMES = frozenset(
    "dollar dollars yen mark marks franc francs pound pounds lira lire peso pesos crown "
    "crowns rupee rupees yuan won rand".split()
)


#: Month names as running text writes them (capitalised), and a list of two or more.
_CAPITAL_MONTH = re.compile(
    rf"\b(?:{'|'.join(sorted((m.capitalize() for m in MONTHS if m.isalpha()), key=len, reverse=True))})\b"
)
_MONTH_LIST = re.compile(
    rf"{_CAPITAL_MONTH.pattern}(?:(?:,|,? and|,? or)[ ]{_CAPITAL_MONTH.pattern})+(?:,|,? and|,? or)?"
)
_PAIR = re.compile(r"(\d{1,3})-(\d{1,3})")


def _score(name: str) -> bool:
    """Two small numbers joined by a hyphen that can be no month and day: a game's score
    ("65-53", "20-13"), not "9-11"."""
    pair = _PAIR.fullmatch(name)
    return pair is not None and (int(pair.group(1)) > 12 or int(pair.group(2)) > 31)


#: A date's part that "of" joins to the date it is part of: "FIRST TWO MONTHS OF",
#: "the end of", "the second half of" (not "a year ahead of" next week).
_PART_OF = re.compile(
    r"\b(?:months?|weeks?|days?|quarters?|half|halves|end|start|beginning|middle|close"
    r"|part|rest|remainder)[ ]of$",
    re.IGNORECASE,
)


def _dates_joined_by_of(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two dates a model cut at "of" are one: "[FIRST TWO MONTHS OF] [1987]", "[the end
    of] [March]"."""
    ordered = sorted(candidates, key=lambda c: (c.start, c.end))
    out: list[Candidate] = []
    for c in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == c.label == "DATE"
            and not last.trusted
            and not c.trusted
            and text[last.end : c.start] == " "
            and _PART_OF.search(text, last.start, last.end) is not None
        ):
            out[-1] = Candidate(last.start, c.end, "DATE")
            continue
        out.append(c)
    return out


#: Labels a model gives a date it reads as a name: "[Feb 25|LAW]", "[February 21 to
#: 28|EVENT]".
_NOT_DATE_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC"})
#: Numbers of one to three digits alone, which name no date ("he is 58").
_SMALL_NUMBERS = re.compile(r"\d{1,3}(?:[ ]+\d{1,3})*")
#: A year or a range in a date: what an event named by a day alone does not hold.
_YEAR_OR_RANGE = re.compile(r"\b(?:1[89]|20)\d\d\b|\d[ ]*(?:to|through|-|–)[ ]*\d")
#: A figure with thousands a model ran into the date before it: "from [year-earlier] 14,589".
_FIGURE_AFTER_DATE = re.compile(r"[ ]+\d{1,3}(?:,\d{3})+$")
#: A day to read a span's shape against: whether it is a date at all, whichever year.
_ANY_DAY = datetime.date(2000, 1, 1)
#: The basis a figure is stated on, no date: "3.7 pct year-on-year", "month-over-month", "a
#: seasonally adjusted", "annualised".
_BASIS = re.compile(
    r"(?<![\w-])(?:(?P<unit>year|month|quarter|week|day)[- ](?:on|over|to)[- ](?P=unit)"
    r"|seasonally|annuali[sz]ed)(?![\w-])",
    re.IGNORECASE,
)


def _basis_of_figures(text: str, start: int, end: int) -> bool:
    """The span is the basis of a figure or part of it ("year-on-[year]", "seasonally")."""
    return any(
        m.start() <= start and end <= m.end()
        for m in _BASIS.finditer(text, max(0, start - 16), min(len(text), end + 16))
    )


def _currency_words(name: str) -> bool:
    """A currency's name without a figure: "French francs", "the Swiss franc"."""
    words = name.split()
    return words[-1].lower() in _CURRENCY_NAMES and not any(ch.isdigit() for ch in name)


#: The last word of a water's name: "St Lawrence Seaway", "Welland Canal".
_WATER_LAST = frozenset("Seaway Waterway Canal River Strait Straits Sea Ocean Channel".split())
#: A kind of land or water written after its name in lower case: "the Bosphorus waterway".
_LAND_KIND_AFTER = re.compile(
    r"[ ](?:waterway|canal|river|strait|straits|sea|channel|estuary|delta|peninsula|island"
    r"|islands|mountains|valley|desert|glacier)\b"
)


def lands_and_waters(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's name that names a water or a land is a LOC: a PERSON or ORG whose last
    word says so ("the [St Lawrence Seaway]", "the [Welland Canal]"; a PERSON also by
    "Island", "Valley" ...), or any name a lower-case kind follows ("the [Bosphorus]
    waterway", "the [Shatt al-Arab] waterway", "the [Ohio] river")."""
    out = []
    for c in candidates:
        words = text[c.start : c.end].split()
        if not c.trusted and c.label in ("PERSON", "ORG", "FAC", "GPE") and words:
            last = words[-1]
            if (
                (c.label in ("PERSON", "ORG") and len(words) > 1 and last in _WATER_LAST)
                or (c.label == "PERSON" and len(words) > 1 and last in _LAND_LAST)
                or _LAND_KIND_AFTER.match(text, c.end)
            ):
                c = Candidate(c.start, c.end, "LOC", c.kb_id)
        out.append(c)
    return out


def places_by_their_state(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's one-word ORG followed by its state or country is a town: "Dunmore,
    Colo.", "Timbuk, Mali" (not "Acme, Ohio's largest ..."); a demonym read as a GPE
    ("the Ukrainian") is no place."""
    places = gazetteer()
    out = []
    for c in candidates:
        name = fold(text[c.start : c.end])
        words = text[c.start : c.end].split()
        if (
            not c.trusted
            and c.label == "GPE"
            and len(words) > 1
            and (words[0].rstrip(".") in _LAND_FIRST or words[-1] in _LAND_LAST)
            and not places.is_place(name)
        ):
            continue  # "Mt Halla", "Orinoco River": a mountain or a river is no GPE
        if not c.trusted and c.label in ("GPE", "ORG") and name in places.demonyms:
            if not places.is_place(name) and " " not in name:
                continue  # "Brazilian exporters": a people's adjective
        if not c.trusted and c.label in ("PERSON", "GPE") and _PUBLICATION_AFTER.match(text, c.end):
            c = Candidate(c.start, c.end, "ORG", c.kb_id)  # "the Monitor magazine"
        if not c.trusted and c.label == "ORG" and " " not in name:
            after = re.match(
                r",[ ](?P<place>[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)(?!['’\w])", text[c.end : c.end + 30]
            )
            if after is not None:
                place = fold(after.group("place"))
                if place in places.regions or place in places.countries:
                    c = Candidate(c.start, c.end, "GPE", c.kb_id)
        out.append(c)
    return out


def places_not_people(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's PERSON that is a country or city of the gazetteer ("Athens") is a GPE."""
    places = gazetteer()
    return [
        Candidate(c.start, c.end, "GPE", c.kb_id)
        if c.label == "PERSON"
        and not c.trusted
        and (
            fold(text[c.start : c.end]) in places.countries
            or fold(text[c.start : c.end]) in places.cities
        )
        else c
        for c in candidates
    ]


def says_who_people_are(word: str) -> bool:
    """A word that says who people are and names no one: a faith's or its followers'
    ("Muslim", "Christians", ``faiths`` in ``names.yaml``) or a people's plural
    ("Greeks"), not a place ("the Philippines")."""
    folded = fold(word)
    if " " in folded or gazetteer().is_place(folded):
        return False
    one = folded.removesuffix("s")
    return folded in name_shapes().faiths or (
        folded.endswith("s") and (one in name_shapes().faiths or one in gazetteer().demonyms)
    )


def peoples_not_names(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A word that says who people are (:func:`says_who_people_are`: "a Muslim woman",
    "Christians", "Greeks") the model made a person, an organisation or a place is NORP
    (a people's adjective as an organisation or a place is left out:
    :func:`places_by_their_state`)."""
    return [
        Candidate(c.start, c.end, "NORP", c.kb_id)
        if not c.trusted
        and c.label in ("PERSON", "ORG", "GPE")
        and says_who_people_are(text[c.start : c.end])
        else c
        for c in candidates
    ]


def institutions_not_people(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's one-word PERSON that is an institution's word ("Congress", "the Senate",
    ``names.yaml`` ``institution_words``) is an ORG, unless a personal title stands
    before it ("Dr. House")."""
    shapes = name_shapes()
    out = []
    for c in candidates:
        written = text[c.start : c.end]
        if (
            not c.trusted
            and c.label == "PERSON"
            and written.lower() in shapes.one_word_institutions
        ):
            before = _WORD_BEFORE.search(text, max(0, c.start - 16), c.start)
            if before is None or before.group(1) not in shapes.personal_titles:
                c = Candidate(c.start, c.end, "ORG", c.kb_id)
        out.append(c)
    return out


def _body_words(name: str) -> list[str]:
    """A name's words as the body tables key them: folded, a leading "the" left out."""
    words = [fold(w) for w in name_words(name)]
    return words[1:] if words and words[0] == "the" else words


def news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's (``names.yaml`` ``news_agencies``: "Reuters",
    "the Associated Press", "Kyodo")."""
    return " ".join(_body_words(name)) in name_shapes().news_agencies


def public_body(text: str, start: int, end: int) -> bool:
    """Whether the name written at ``text[start:end]`` is a public body's or a news
    agency's (``names.yaml`` ``body_heads``, ``news_agencies``): a department, a
    legislature, a regulator, an exchange, an association ("U.S. Agriculture Department",
    "Ministry of Finance", "Chicago Board of Trade"), or a central bank ("Bank of Spain",
    "Swiss National Bank", "Federal Reserve Bank of New York", "the Fed"). Such a body
    acts and publishes news of a kind again and again; a company, a person or a savings
    and loan association is a party to its own news."""
    shapes = name_shapes()
    words = _body_words(text[start:end])
    if not words:
        return False
    if news_agency(text[start:end]) or " ".join(words) in shapes.international_bodies:
        return True
    if len(words) == 1 and words[0] in shapes.one_word_departments:
        return True  # ("[Energy] Secretary", "deputy [Finance] Minister")
    if _central_bank(words, text[max(0, start - 24) : start]):
        return True
    of = words.index("of", 1) if "of" in words[1:] else len(words)
    head = words[of - 1]
    if head not in shapes.body_heads:
        return False
    if head == "house" and of == len(words):
        # (a legislature's "House", "U.S. House", "White House"; a publisher's "Random
        # House" is a company)
        before = " ".join(words[:-1])
        return before in ("", "white") or before in gazetteer().countries
    return head != "association" or not shapes.company_association_words & set(words)


#: A word of a title or a name as written (its dots and hyphens kept), or a mark between
#: words (a comma, a bracket, a dateline's dash).
_TITLE_TOKEN = re.compile(r"\w[\w.'’-]*|[^\w\s]")
#: Words between an office's body and the office ("OPEC's former president", "Soviet
#: deputy prime minister"): they say nothing of whose office it is.
_ROLE_PREFIXES = frozenset(
    "deputy vice acting former assistant chief senior first outgoing incoming new then "
    "designate".split()
)
#: Words that may end a clause before a title: "said", "told", "by", "until" ...
_BEFORE_TITLE = _FUNCTION_WORDS | frozenset(
    "said says told according including until against between among about over met meet "
    "meets visit visited urged asked called named appointed elected when where who whom "
    "than like via both".split()
)
#: Possessives before an office: the organisation named before it, most often a company's
#: ("Acme said its President, Ann Roe, will retire").
_POSSESSIVES = frozenset("its their his her our".split())
#: Words after an office that open whose office it is: "president of the Institute",
#: "an economist with the Association".
_OFFICE_OF = frozenset("of at with for to".split())
#: A body's name a single word may give, in lower case too ("bolivian central bank
#: governor"); a lone body's head word ("management board chairman") is a company's as
#: often.
_LONE_BODIES = frozenset("government senate congress parliament treasury cabinet".split())


class _Words:
    """The words of a stretch of text (:data:`_TITLE_TOKEN`), folded, with where each is."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.spans = [
            (m.start() + start, m.end() + start) for m in _TITLE_TOKEN.finditer(text[start:end])
        ]
        self.words = [fold(text[a:b]) for a, b in self.spans]
        #: Written in capitals throughout (a wire headline): its case tells nothing.
        self.capitals = text[start:end].isupper()

    def capitalised(self, x: int) -> bool:
        return self.capitals or self.text[self.spans[x][0]].isupper()


def public_official(text: str, start: int, end: int, bodies: Collection[tuple[int, int]]) -> bool:
    """Whether the person named at ``text[start:end]`` is named there as a public officer
    (``names.yaml`` ``public_offices``, ``office_roles``): right after a public office
    written as a title ("Prime Minister Tomas Velk", "until President Voss", "Secretary
    of State Mara Quill"); after a role with a public body, its department or its country
    before it ("OPEC president Oren Dahl", "Economics Minister Ilse Marten", "government
    spokesman Piet Brandt"); or with such a role in apposition ("Anders Holm, president of
    the Varnian Coffee Institute"). A company's officer
    is none ("Orval Steel Chairman Ann Roe", "president Ann Roe said", "Ann Roe,
    chairman of Acme"). ``bodies``: the spans of the article's public bodies' names
    (:func:`public_body`)."""
    line = text.rfind("\n", 0, start) + 1
    before = _Words(text, max(line, start - 120), start)
    spans, words = before.spans, before.words
    # (an acronym in brackets or commas before the name, "... Institute, VCI, Anders
    # Holm"; a comma before a name in apposition, "the Commerce Secretary, Dale Crane")
    if words and words[-1] == ",":
        del spans[-1:], words[-1:]
    if len(words) >= 3 and (words[-3], words[-1]) == ("(", ")") and _acronym(text, spans[-2]):
        del spans[-3:], words[-3:]
    elif len(words) >= 2 and words[-2] == "," and _acronym(text, spans[-1]):
        del spans[-2:], words[-2:]
    if _titled_before(before, bodies):
        return True
    m = _APPOSITION.match(text, end)
    return m is not None and _titled_after(_Words(text, *m.span(1)), bodies)


def _acronym(text: str, span: tuple[int, int]) -> bool:
    """A word in capitals of six letters at most ("IBC", "FAO"): a body's initials."""
    word = text[span[0] : span[1]]
    return len(word) <= 6 and word.isupper()


def _office_at(words: Sequence[str], stop: int) -> tuple[int, bool] | None:
    """Where an office or role ending before ``stop`` starts, and whether it is a public
    office (not a role any organisation gives)."""
    shapes = name_shapes()
    for n in (3, 2, 1):
        if stop - n < 0:
            continue
        run = tuple(words[stop - n : stop])
        if run in shapes.public_offices:
            return stop - n, True
        if run in shapes.office_roles:
            return stop - n, False
    return None


def _public_qualifier(
    words: _Words, at: int, bodies: Collection[tuple[int, int]], office: bool = True
) -> bool | None:
    """Whether the words ending at index ``at`` name a public body, its department or a
    country (True), something else (False: a company), or nothing (None: a clause's
    function word, a mark, or the line's start); ``office``: before a public office (a
    minister's), not a role any organisation gives."""
    w = words.words
    if at >= 2 and w[at] == ")" and w[at - 2] == "(" and _acronym(words.text, words.spans[at - 1]):
        # (a body's name with its initials in brackets: "... Organisation (FAO) director")
        inside = _public_qualifier(words, at - 1, bodies, office)
        return inside or _public_qualifier(words, at - 3, bodies, office)
    if at >= 0 and w[at] in _POSSESSIVES:
        return False  # (an organisation's own officer, named before: "its President")
    if at < 0 or not w[at][0].isalnum() or w[at] in _BEFORE_TITLE:
        return None
    end = words.spans[at][1]
    if any(s < end <= e for s, e in bodies):
        return True
    places = gazetteer()
    shapes = name_shapes()
    for n in (1, 2, 3):
        first = at - n + 1
        if first < 0:
            break
        run = " ".join(w[first : at + 1])
        if run in places.countries or run in places.demonyms or run in _LONE_BODIES:
            return True
        if n == 1 and run in shapes.international_bodies:
            return True
        if n == 1 and run in shapes.one_word_departments and (office or words.capitalised(at)):
            # (a department before a public office, "deputy energy minister"; before a
            # role any organisation gives only as a name, "Energy Department spokesman",
            # not "an energy economist with a bank")
            return True
        if (
            n > 1
            and (all(words.capitalised(x) for x in range(first, at + 1)) or run == "central bank")
            and public_body(words.text, words.spans[first][0], end)
        ):
            return True
    return False


def _titled_before(words: _Words, bodies: Collection[tuple[int, int]]) -> bool:
    """A public office or a public body's role right before a name (``words``: those
    before it)."""
    w = words.words
    stop = len(w)
    # "<office> of [the] <body, department or country>": "Secretary of State"
    for of in range(stop - 2, max(stop - 12, -1), -1):
        if w[of] == "of" and _office_at(w, of) is not None:
            return _whose_office(words, of + 1, bodies, to_end=True)
    office = _office_at(w, stop)
    if office is None:
        return False
    at, strict = office
    x = at - 1
    while x >= 0 and w[x] in _ROLE_PREFIXES:
        x -= 1
    q = _public_qualifier(words, x, bodies, strict)
    # (with nothing before it, a public office written as a title: "President Voss",
    # not a company's "..., president Ann Roe said")
    return q if q is not None else strict and words.capitalised(at)


def _whose_office(
    words: _Words, x: int, bodies: Collection[tuple[int, int]], to_end: bool = False
) -> bool:
    """Whether the words from index ``x`` on (after an office's "of") name a public
    body, a department or a country: "of the Brazilian Coffee Institute", "of State";
    ``to_end``: the name runs to the last word (the office is the name's after it, not
    "Chancellor of the Exchequer Ann Roe said [Ivo Marsh]")."""
    w = words.words
    if x < len(w) and w[x] == "the":
        x += 1
    if x >= len(w):
        return False
    start = words.spans[x][0]
    stop = x
    while stop < len(w) and (
        (words.capitalised(stop) and w[stop][0].isalnum())
        or (w[stop] in _BODY_JOINERS and stop + 1 < len(w) and words.capitalised(stop + 1))
    ):
        stop += 1
    if stop == x or (to_end and stop < len(w)):
        return False
    end = words.spans[stop - 1][1]
    return (
        any(s < end and start < e for s, e in bodies)
        or public_body(words.text, start, end)
        or w[x] in name_shapes().one_word_departments
        or " ".join(w[x:stop]) in gazetteer().countries
    )


#: Small words inside a body's name: a company's (:data:`_JOINER_WORDS`) and "and",
#: "for", "the" ("Food and Agriculture Organization", "Fund for Farm and Forest").
_BODY_JOINERS = frozenset(_JOINER_WORDS) | {"and", "for", "the"}

#: An apposition after a name: to its clause's end.
_APPOSITION = re.compile(r",[ ]+([^,.;:\n\"()]{3,90})")


def _titled_after(words: _Words, bodies: Collection[tuple[int, int]]) -> bool:
    """A public body's role in apposition right after a name (``words``: the
    apposition's): "president of the Varnian Coffee Institute", "the House Speaker",
    "an economist with the Varnia Bankers Association"."""
    w = words.words
    for stop in range(1, len(w) + 1):
        office = _office_at(w, stop)
        if office is None or (stop < len(w) and _office_at(w, stop + 1) is not None):
            continue
        x = office[0] - 1
        while x >= 0 and w[x] in _ROLE_PREFIXES:
            x -= 1
        if _public_qualifier(words, x, bodies, office[1]):
            return True
        return stop < len(w) and w[stop] in _OFFICE_OF and _whose_office(words, stop + 1, bodies)
    return False


def _central_bank(words: Sequence[str], before: str) -> bool:
    """A central bank's name, folded words: a country's "Bank of Spain" (not a commercial
    bank's of that shape, "Bank of America": ``commercial_bank_countries``), "National Bank
    of Belgium", "Swiss National Bank" (the people's word may stand before the name, a
    model's NORP: "Swiss [National Bank]"), or any "Reserve Bank" or "Central Bank"."""
    places = gazetteer()
    for x, word in enumerate(words[:-1]):
        if word in ("reserve", "central") and words[x + 1] == "bank":
            return True
    if "bank" in words and words.index("bank") + 1 < len(words) - 1:
        at = words.index("bank")
        country = " ".join(words[at + 2 :])
        if (
            words[at + 1] == "of"
            and country in places.countries
            and (
                country not in name_shapes().commercial_bank_countries
                or words[at - 1 : at] == ["people's"]
            )
        ):
            return True
    if words[-2:] != ["national", "bank"]:
        return False
    if len(words) > 2:
        people = words[-3]
    else:
        found = _WORD_BEFORE.search(before)
        people = fold(strip_possessive(found.group(1))) if found else ""
    return people in places.demonyms or people in places.countries


def people_by_title(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A name right after a personal title ("Professor Varoufakis") is a PERSON, and so is
    the article's fuller name ending in that surname ("Yanis Varoufakis")."""
    titles = name_shapes().personal_titles
    surnames: set[str] = set()
    out = list(candidates)
    for i, c in enumerate(out):
        first = re.match(r"(\S+)[ ]+(?=\S)", text[c.start : c.end])
        if not c.from_kb and first is not None and first.group(1) in titles:
            c = out[i] = Candidate(c.start + first.end(), c.end, c.label, c.kb_id)
            before: re.Match[str] | None = first
        else:
            before = _WORD_BEFORE.search(text, max(0, c.start - 16), c.start)
        if c.from_kb or before is None or before.group(1) not in titles:
            continue
        words = name_words(text[c.start : c.end])
        if c.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and all(w[:1].isupper() for w in words):
            out[i] = Candidate(c.start, c.end, "PERSON", c.kb_id)
        if words:
            surnames.add(words[-1])
    for i, c in enumerate(out):
        words = name_words(text[c.start : c.end])
        if (
            not c.from_kb
            and c.label in ("ORG", "GPE")
            and len(words) in (2, 3)
            and words[-1] in surnames
            and _confident_person(words)
        ):
            out[i] = Candidate(c.start, c.end, "PERSON", c.kb_id)
    return out


#: A nickname in brackets or quotes, a word of a person's name: "(Jerry)", '"Kiki"'.
_NICKNAME = re.compile(r"\([A-Z][a-z]+\)|\"[A-Z][a-z]+\"|“[A-Z][a-z]+”")
#: A nickname in brackets or quotes between a person's given names and surname:
#: "Luis Gerardo (Jerry) Ortiz", 'Luis Gerardo "Jerry" Ortiz'.
_NICKNAME_AFTER = re.compile(rf"[ ](?:{_NICKNAME.pattern})[ ][A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def people_side_by_side(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Two PERSONs a model cut out of one name, a space between them: a title or rank
    before a name is no person ("[Deputy] [Ortiz]", "[Crown Prince] [Abdullah]"), and two
    pieces of a name written as people's are ("[Jose Hugo] [Castelo Branco]",
    "[Ali Akbar] [Hashemi Rafsanjani]") one PERSON, and so is a name with a nickname
    between its given names and its surname ("[Luis Gerardo] (Jerry) Ortiz")."""
    titles = _titles() | _RANKS_AFTER
    out = sorted(candidates, key=lambda c: (c.start, c.end))
    shapes = name_shapes()
    org_words = {*shapes.org_heads, *shapes.company_endings, *shapes.generic_name_words}
    for c in list(out):
        nick = _NICKNAME_AFTER.match(text, c.end)
        if c.label != "PERSON" or c.trusted or nick is None or not any(o is c for o in out):
            continue  # (nor one an earlier name with its nickname took in)
        words = re.findall(r"[A-Za-z]+", text[c.start : nick.end()])
        if any(w in org_words or w.lower() in _LOWER_LEGAL for w in words):
            continue  # "Cheung Kong (Holdings) Ltd": a company's name
        inside = [o for o in out if o is not c and c.end < o.end and o.start < nick.end()]
        if all(o.label == "PERSON" and o.end <= nick.end() for o in inside):
            out = [o for o in out if o is not c and not any(o is x for x in inside)]
            out.append(Candidate(c.start, nick.end(), "PERSON", None))
    # (the same name with its nickname elsewhere, a model's ORG: that person too)
    nicknamed = {
        text[c.start : c.end]
        for c in out
        if c.label == "PERSON" and _NICKNAME.search(text, c.start, c.end)
    }
    out = [
        Candidate(c.start, c.end, "PERSON", None)
        if not c.trusted and c.label != "PERSON" and text[c.start : c.end] in nicknamed
        else c
        for c in out
    ]
    out.sort(key=lambda c: (c.start, c.end))
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if (
            a.label != "PERSON"
            or b.label != "PERSON"
            or a.trusted
            or b.trusted
            or text[a.end : b.start] != " "
        ):
            i += 1
            continue
        words = text[a.start : a.end].split()
        if words[-1].rstrip(".") in titles or words[-1] in titles:
            del out[i]  # the title's name follows
            continue
        if _confident_person([*words, *text[b.start : b.end].split()]):
            out[i : i + 2] = [Candidate(a.start, b.end, "PERSON", None)]
            continue
        i += 1
    return out


_GENERATIONS = frozenset("Jr Sr II III IV".split())


def _confident_person(words: Sequence[str]) -> bool:
    """A full name written as people's names are: each word Capitalised, or an initial;
    a generation after it ("Jr.", "III") is no part of that test, nor is a nickname in
    brackets or quotes ("Kimani (Kiki) Gray")."""
    words = [w.strip(",") for w in words if not _NICKNAME.fullmatch(w)]
    while len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS:
        words = words[:-1]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if w not in NAME_PARTICLES), words[-1]]
    words = [name_word_forms(w)[-1] for w in words]  # "al-Rifa'i" as "Rifa'i"
    return len(words) > 1 and all(
        (
            word[:1].isupper()
            and not word.isupper()
            and word.replace("-", "").replace("'", "").isalpha()
        )
        or re.fullmatch(r"[A-Z]\.", word) is not None
        for word in words
    )


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern[str]:
    roles = _alternation(name_shapes().role_nouns)
    return re.compile(rf",[ ](?:(?:a|an|the)[ ])?(?:[\w'-]+[ ]){{0,3}}?(?:{roles})\b")


def employers_by_role(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's PERSON before a role and a person's name is the employer: "[Harwood
    Brothers] analyst [Ann Roe]", "[Delta Data] economist [Piet Kros]"."""
    roles = name_shapes().role_nouns
    out = list(candidates)
    for i in range(len(out) - 1):
        c, person = out[i], out[i + 1]
        if c.trusted or c.label != "PERSON" or person.label != "PERSON":
            continue
        between = text[c.end : person.start]
        words = between.split()
        if between.startswith(" ") and between.endswith(" ") and 1 <= len(words) <= 2:
            if all(w.islower() for w in words) and words[-1] in roles:
                out[i] = Candidate(c.start, c.end, "ORG", c.kb_id)
    return out


def people_by_role(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's ORG or GPE written as a person's name and followed by a role is a PERSON:
    "Ann Roe, director of the bank", "Ann Roe, an energy economist with ..."."""
    shapes = name_shapes()
    places = gazetteer()
    legal = {s.lower().rstrip(".") for s in LATIN_LEGAL_SUFFIXES}
    out = []
    for c in candidates:
        name = text[c.start : c.end]
        words = name.split()
        if (
            not c.trusted
            and c.label in ("ORG", "GPE")
            and 1 <= len(words) <= 4
            and (len(words) == 1 or _confident_person(words))
            and not any(w in shapes.org_heads or w.lower().rstrip(".") in legal for w in words)
            and not places.is_place(name)
            and not any(ch.isdigit() for ch in name)
            and _role_after().match(text, c.end)
        ):
            c = Candidate(c.start, c.end, "PERSON", c.kb_id)
        out.append(c)
    return out


#: Particles inside a person's or a place's name ("Antonio Padua de Seixas", "Ludwig van
#: Beethoven", "Rio de Janeiro", "Dar es Salaam").
NAME_PARTICLES = frozenset(
    "de da di du del della dos das van von der den le la bin al y es".split()
)


def _core_words(name: str) -> list[str]:
    """A company's name without a leading "the" and its closing legal form or partnership."""
    words = [w.strip(",") for w in name_words(name)]
    if words and words[0].lower() == "the":
        words = words[1:]
    legal = {s.lower().rstrip(".") for s in LATIN_LEGAL_SUFFIXES} | {
        w.lower().rstrip(".") for w in name_shapes().partnership_words
    }
    while len(words) > 1 and (words[-1].lower().rstrip(".") in legal or words[-1] in ("and", "&")):
        words.pop()
    return words


def _short_forms(text: str, org: Candidate) -> list[str]:
    """The ways an article names a company again: without its legal form, by its first
    distinctive word, by its initials, or by the abbreviation it gives in brackets."""
    full = text[org.start : org.end]
    words = _core_words(full)
    forms = []
    core = " ".join(words)
    if core and core != full:
        forms.append(core)
    first = words[0] if words else ""
    shapes = name_shapes()
    places = gazetteer()
    # A place opening the name ("Hong Kong Exchanges") makes neither a short form nor initials.
    local = _LOCAL_INSTITUTION.fullmatch(" ".join(words))
    # "Troy Police": a town's own institution, whose town is no short form of it either.
    opens_with_place = any(places.is_place(" ".join(words[:n])) for n in (1, 2, 3)) or (
        local is not None and fold(local.group("town")) in known_towns()
    )
    if (
        len(words) >= 2
        and len(first) >= 3
        and first.isalpha()
        and first.lower() not in shapes.generic_name_words
        and fold(first) not in places.demonyms  # "Brazilian" of Brazilian Citrus Growers
        and fold(first) not in shapes.region_peoples  # "European" of European Community
        and not opens_with_place
    ):
        forms.append(first)
    elif len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+['’]s", first) and not opens_with_place:
        forms.append(
            first
        )  # "Dunmore's" of Dunmore's Investors Service: the possessive is the name's
    if not opens_with_place and first.lower() not in shapes.generic_name_words:
        # "Brandt Fowler" of Brandt Fowler Hale Stores Inc: the name's first words
        forms += [
            " ".join(words[:n])
            for n in range(2, len(words))
            if words[n - 1][:1].isupper() and words[n - 1].isalpha()
        ]
    last = words[-1] if words else ""
    if (
        opens_with_place
        and len(words) >= 2
        and re.fullmatch(r"(?:[A-Z][a-z]+|\d+[a-z]+)s", last)
        and last.lower() not in shapes.generic_name_words
        and last not in shapes.org_heads
    ):
        forms.append(last)  # "Rockets" of Boston Rockets: a team by its name alone
    if len(words) == 3 and words[1] in ("and", "&") and all(w[:1].isupper() for w in words[::2]):
        # "Harrow and Pike Corp" -> "H and P", "H/P", "H&P"
        a, b = words[0][0], words[2][0]
        forms += [f"{a} and {b}", f"{a}/{b}", f"{a}&{b}"]
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in ("and", "of", "the")]
    if opens_with_place and not re.fullmatch(r"(?:[A-Z]\.){2,}", first):
        capitals = []
    if len(capitals) >= 2 and all(w.replace(".", "").isalpha() for w in capitals):
        # "U.S. Department of Agriculture" -> USDA: an initialism gives all its letters.
        forms.append(
            "".join(
                w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", w) else w[0] for w in capitals
            ).upper()
        )
    # The short name given in brackets: "(MPUC)", "(Fedcocoa)", not a place "(Canada)".
    bracket = re.match(
        r"\s*\((?P<abbr>[A-Z][A-Z&]{1,7}|[A-Z][a-z]{3,11})\)", text[org.end : org.end + 16]
    )
    if bracket and not places.is_place(bracket.group("abbr")):
        forms.append(bracket.group("abbr"))
    return [f for f in forms if len(f) >= 2]


def org_short_mentions(
    text: str,
    entities: Sequence[Candidate],
    furniture: Sequence[Furniture],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """Later mentions of a company by a short form of the name the article gave.

    After "Claremont Group Ltd", "General Motors Corp" or "Maine Public Utilities
    Commission (MPUC)", a standalone "Claremont", "GM" or "MPUC" is that company:
    an ORG with the long form's id, whatever label a model gave it.
    """
    owners: dict[str, set[str | None]] = {}
    ids: dict[str, str | None] = {}
    own: dict[str, set[str | None]] = {}
    shapes = name_shapes()
    for org in entities:
        if org.label != "ORG":
            continue
        name = text[org.start : org.end]
        kb_id = org.kb_id or auto_id(name)
        for form in _short_forms(text, org):
            if form.lower() in common_words:
                continue
            owners.setdefault(form, set()).add(kb_id)
            ids[form] = kb_id
    for org in entities:
        # A shape rule's or an acronym's name said again ("TVX-2" found once by a model),
        # unless another name already gives it as a short form.
        name = text[org.start : org.end]
        if (
            org.label == "ORG"
            and (org.trusted or not any(ch.islower() for ch in name))
            and name not in owners
            and name.lower() not in shapes.generic_name_words
            and name not in shapes.title_departments
            and name.lower() not in common_words
            and len(name) >= 2
        ):
            own.setdefault(name, set()).add(org.kb_id or auto_id(name))
    for name, owned in own.items():
        owners[name] = owned
        ids[name] = next(iter(owned))
    # Only forms the text holds can match: the pattern is built of those alone.
    forms = [f for f, owned in owners.items() if len(owned) == 1 and f in text]
    out = _shared_forms(text, entities, [f for f, owned in owners.items() if len(owned) > 1])
    if not forms:
        return out
    pattern = re.compile(
        rf"(?<![{_LATIN_NEIGHBOUR}])(?:{_alternation(forms)})(?![{_LATIN_NEIGHBOUR}])"
    )
    for match in pattern.finditer(text):
        start, end = match.span()
        if (
            inside(start, end, furniture)
            or text[start - 1 : start] == "<"
            or text[end : end + 1] == "$"
        ):
            continue  # a ticker, "<GTE>", or a currency sign ("HK$") names no company
        kb_id = ids[match.group()]
        # The model's reading of the same words, or of a part of them ("Dunmore" of "Dunmore's").
        same = [e for e in out if start <= e.start and e.end <= end]
        if same and all(not e.trusted for e in same):
            out = [e for e in out if e not in same]
        elif any(e.start < end and start < e.end for e in out):
            continue
        out.append(Candidate(start, end, "ORG", kb_id))
    return out


def _shared_forms(
    text: str, entities: Sequence[Candidate], forms: Sequence[str]
) -> list[Candidate]:
    """A short form two companies share ("Halvex" of Halvex Corp and Halvex Air Ltd)
    names one of them: a model's PERSON or GPE of exactly it is an ORG (with no id)."""
    wanted = set(forms)
    return [
        Candidate(c.start, c.end, "ORG")
        if not c.trusted and c.label in ("PERSON", "GPE") and text[c.start : c.end] in wanted
        else c
        for c in entities
    ]


#: Words a wire headline writes short: "INT'L WIDGET" of International Widget Corp.
_HEADLINE_SHORT = {
    "international": "INT'L",
    "national": "NAT'L",
    "financial": "FINL",
    "savings": "SVGS",
    "association": "ASSN",
    "industries": "INDS",
    "manufacturing": "MFG",
    "communications": "COMMS",
    "securities": "SECS",
    "american": "AMER",
    "corporation": "CORP",
    "company": "CO",
}
_HEADLINE_WORDS = re.compile(rf"\b(?:{'|'.join(_HEADLINE_SHORT)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _caps_places() -> re.Pattern[str]:
    """The gazetteer's countries and cities, as written in a capitals headline."""
    places = {p.upper() for p in (*gazetteer().countries, *gazetteer().cities)}
    return re.compile(
        rf"(?<![{_LATIN_NEIGHBOUR}.])(?:{words_pattern(places)})(?![{_LATIN_NEIGHBOUR}])"
    )


def headline_entities(
    text: str, entities: Sequence[Candidate], headline: tuple[int, int], caps: bool
) -> list[Candidate]:
    """The headline's names, found from the names of the story below it.

    A headline in capitals (``DBA SYSTEMS <DBAS> SAYS ...``) is no text a model can
    read: its names are the story's names written in capitals (a company also by its
    name without legal form, a person by the surname), and the places of the
    gazetteer; a short form the story writes in lower case as a common word ("Rubber" of
    Rubber Research Institute beside "rubber trees", "Gold" of Hemlo Gold) is no name
    there. In a Title Case headline, a model's name that runs on past a name of the story
    ("Fred LaRue Dies") is cut back to that name.
    """
    start, end = headline
    body = [e for e in entities if e.start >= end and e.label in ("ORG", "PERSON", "GPE")]
    out = [e for e in entities if not (start <= e.start < end)]
    kept = [e for e in entities if start <= e.start < end]
    lower: set[str] = set()

    def lower_words() -> set[str]:
        # (the words the story writes in lower case, and their stems: a common word,
        # whatever names open with it; read once, and only when a rule asks)
        if not lower:
            words = set(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text[end:]))
            lower.update(words, (light_stem(w) for w in words))
        return lower

    if not caps:
        people = {text[b.start : b.end] for b in body if b.label == "PERSON"}
        renamed: dict[str, str | None] = {}
        for e in kept:
            piece = text[e.start : e.end]
            prefixes = [b for b in body if piece.startswith(text[b.start : b.end] + " ")]
            if prefixes and e.label == "PERSON" and piece.split(" ", 1)[1] in people:
                prefixes = []  # "Jamal Williams", whom the story calls "Jamal" and "Williams"
            if any(text[b.start : b.end] == piece for b in body):
                prefixes = []  # "outside Sam's Club": the story names it so too
            if prefixes:
                # "Obama To Nominate ...": the story's name, with the story's label for it.
                longest = max(prefixes, key=lambda b: b.end - b.start)
                label = e.label if longest.label == e.label else longest.label
                kb_id = e.kb_id if longest.label == e.label else longest.kb_id
                made = auto_id(piece)
                cut_off = piece[longest.end - longest.start :].split()
                if (
                    made is not None
                    and kb_id in (None, made)
                    and any(_written_in_lower_case(w, lower_words()) for w in cut_off)
                ):
                    # (an id made of words the story writes in lower case names nothing:
                    # "Police Release ID Of ..." gave it to the story's "Police" too; the
                    # story's id for the name, or none yet, which its full names decide;
                    # "Indianapolis Colts" cut to the place keeps its id for "Colts")
                    kb_id = longest.kb_id if longest.kb_id != made else None
                    renamed[made] = kb_id
                e = Candidate(e.start, e.start + longest.end - longest.start, label, kb_id)
            out.append(e)
        out = [
            Candidate(c.start, c.end, c.label, renamed[c.kb_id], c.from_kb, c.rule)
            if c.kb_id in renamed
            else c
            for c in out
        ]
        return sorted(out, key=lambda c: (c.start, c.end))
    kept = [_story_words_only(text, k, end) if k.rule and k.label == "ORG" else k for k in kept]
    forms: dict[str, tuple[str, str | None]] = {}
    for b in body:
        name = text[b.start : b.end]
        kb_id = b.kb_id or auto_id(name)
        variants = [name]
        if b.label == "ORG":
            variants += _short_forms(text, b)
            core = _core_words(name)
            # A headline shortens a name from its end: "COLLINS FOODS" of Collins Foods International.
            variants += [" ".join(core[:n]) for n in range(2, len(core))]
        elif b.label == "PERSON" and len(name_words(name)) > 1:
            variants.append(name_words(name)[-1])
        for variant in variants:
            if variant != name and variant.lower() in lower_words():
                continue  # "RUBBER LEAF DISEASE ...", "TALKING POINT/GOLD": the common word
            if len(variant) >= 2:
                forms.setdefault(variant.upper(), (b.label, kb_id))
                short = _HEADLINE_WORDS.sub(
                    lambda m: _HEADLINE_SHORT[m.group().lower()], variant.upper()
                )
                forms.setdefault(short, (b.label, kb_id))
    line = text[start:end].upper()
    matches = []
    # Only the forms the line holds can match: the pattern is built of those alone.
    present = [form for form in forms if form in line]
    if present:
        pattern = re.compile(
            rf"(?<![{_LATIN_NEIGHBOUR}.])(?:{_alternation(present)})(?![{_LATIN_NEIGHBOUR}])"
        )
        matches = [(m.start(), m.end(), *forms[m.group()]) for m in pattern.finditer(line)]
    matches += [
        (m.start(), _with_last_stop(line, m), "GPE", None) for m in _caps_places().finditer(line)
    ]
    # Longer first: a company's name beats the place in it ("CHINA DAILY", "CHINA").
    for m_start, m_end, label, kb_id in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        m_start, m_end = start + m_start, start + m_end
        if text[m_start - 1 : m_start] == "<":
            continue
        inner = [k for k in kept if k.start < m_end and m_start < k.end]
        if any(
            k.from_kb
            or not (m_start <= k.start and k.end <= m_end)
            or (k.start, k.end) == (m_start, m_end)
            for k in inner
        ):
            continue
        kept = [k for k in kept if k not in inner]
        kept.append(Candidate(m_start, m_end, label, kb_id))
    return sorted([*out, *kept], key=lambda c: (c.start, c.end))


def _written_in_lower_case(word: str, lower_words: Collection[str]) -> bool:
    """A headline's word the story writes in lower case, inflected as it may be ("Checks"
    beside "checked", "Patches" beside "patch")."""
    word = word.lower()
    return (
        word in lower_words
        or light_stem(word) in lower_words
        or (word.endswith("es") and word[:-2] in lower_words)
    )


#: A word of a Title Case headline, between blanks and hyphens ("Red Sox-Teixeira Rumor").
_HEADLINE_PIECE = re.compile(r"[^\s\-–—]+")
#: Quotes, brackets and punctuation around a headline's word.
_PIECE_EDGES = re.compile(r"^[\"'‘“(\[]+|[\"'’”)\],.:;!?]+$")


#: What a headline's word read in sentence case is when it is no name's ("Checks"). The
#: model's other word classes for a lowered name are not to be trusted ("Barack" an
#: adposition).
_HEADLINE_VERBS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class StoryWords:
    """What the story below a headline writes, to tell a headline's common words from its
    names: the lemmas of its words in lower case, and the words it writes with a capital
    where no sentence starts."""

    lower: frozenset[str]
    capitalised: frozenset[str]


def headline_common_words(
    text: str,
    candidates: Sequence[Candidate],
    headlines: Sequence[tuple[int, int]],
    read_as: Mapping[int, tuple[str, str]],
    story: StoryWords,
    verbs: Collection[str] = frozenset(),
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """A model's names in Title Case headlines, without the headline's common words.

    A model takes a Title Case headline's capitalised words for names: "Lindsay Lohan
    Checks Into Rehab" (a person), "Riot Breaks", "2 Dead", "Tough Negotiation for
    Sequel". A word at either end of such a name that the story below never writes with
    a capital where no sentence starts is a common word when it is a function word, the
    headline read in sentence case makes it a known verb or a known verb's inflection
    ("Checks", "Breaks"), or the story writes it in lower case (by its lemma: "Kills" /
    "killed"); it goes, and a name left without a capitalised word goes too. Names the
    knowledge base or a shape rule found stay whole. (The caller passes Title Case lines
    only: in a headline in capitals a model reads no name at all.)

    Args:
        text: The article text.
        candidates: The entities so far.
        headlines: The Title Case headline lines.
        read_as: Lemma and part of speech of the headline word starting at an offset,
            from the headline read in sentence case.
        story: What the story writes (:class:`StoryWords`).
        verbs: The verbs the model knows, by lemma (a lowered name the model calls a verb,
            "holmes", is none).
        common_words: Lower-case function words.

    Returns:
        The entities, in text order.
    """

    def common(piece: re.Match[str]) -> bool:
        written = piece.group()
        word = strip_possessive(_PIECE_EDGES.sub("", written)) or ""
        if not word:
            return True
        lower = word.lower()
        if lower in common_words and word not in story.capitalised:
            return True
        if not word[0].isupper() or word.isupper() or word in story.capitalised:
            return False
        lead = _PIECE_EDGES.match(written)
        lemma, pos = read_as.get(piece.start() + (lead.end() if lead else 0), (lower, ""))
        # (a known verb, or one's inflection whatever the reading: "Checks", "Feuded")
        verb = lemma in verbs and (pos in _HEADLINE_VERBS or lemma != lower)
        return verb or lower in story.lower or lemma in story.lower

    out = []
    for c in candidates:
        in_headline = any(s <= c.start < e for s, e in headlines)
        if not in_headline or c.trusted or c.label not in NAME_LABELS | {"NORP"}:
            out.append(c)
            continue
        pieces = list(_HEADLINE_PIECE.finditer(text, c.start, c.end))
        i, j = 0, len(pieces)
        while i < j and common(pieces[i]):
            i += 1
        while j > i and common(pieces[j - 1]):
            j -= 1
        if (i, j) == (0, len(pieces)):
            out.append(c)
            continue
        if i == j:
            continue
        start, end = trim_span(text, pieces[i].start(), pieces[j - 1].end())
        if end > start and any(w[:1].isupper() for w in text[start:end].split()):
            out.append(Candidate(start, end, c.label, c.kb_id, c.from_kb, c.rule))
    return out


_CAPITALISED_WORD = re.compile(r"(?<![\w])[A-Z][\w'’&.-]*")


def _story_words_only(text: str, company: Candidate, story_start: int) -> Candidate:
    """A company name found in a capitals headline, after the headline's own words:
    "FINAL TERMS SET ON [ACME CORP]", "DUFF UPGRADES [ACME CORP]".

    Going back from the legal form over words the story writes capitalised too, the
    first word it does not echo ends the headline's part if it is a function word or
    reads as a verb ("SETS", "UPGRADES"); otherwise the name stays whole.
    """
    story = {w.upper().rstrip(".") for w in _CAPITALISED_WORD.findall(text, story_start)}
    legal = {s.upper().rstrip(".") for s in LATIN_LEGAL_SUFFIXES}
    words = list(re.finditer(r"\S+", text[company.start : company.end]))
    cut = len(words)
    while cut > 0 and (
        words[cut - 1].group().rstrip(".,") in legal
        or words[cut - 1].group() in ("AND", "&", "OF")
        or words[cut - 1].group().rstrip(".,") in story
    ):
        cut -= 1
    if cut == 0 or cut == len(words):
        return company
    word = words[cut - 1].group()
    verb_like = re.fullmatch(r"[A-Z]{3,}(?:S|ED|ING)", word) is not None
    if not (word.lower() in _FUNCTION_WORDS or verb_like):
        return company
    rest = [w.group().rstrip(".,") for w in words[cut:]]
    if all(w in legal or w in ("AND", "&", "OF") for w in rest):
        return company
    return Candidate(
        company.start + words[cut].start(), company.end, "ORG", company.kb_id, rule=True
    )


# ------------------------------------------------------------------ names by their shapes

#: Credit ratings (``AAA``, ``BB-minus``, ``Baa3``): letters a model takes for names.
_RATING = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|Aaa|Aa|Baa|Ba|Caa|Ca|D)[123]?(?:[-+]|-plus|-minus)?")


def can_be_a_name(piece: str) -> bool:
    """A model's name must have a capital (in a cased script) and be no credit rating.

    "palm kernel" and "warez" are no names; neither are "AAA" or "BB-minus".
    """
    if _RATING.fullmatch(piece):
        return False
    cased = [ch for ch in piece if ch.isalpha() and ch.lower() != ch.upper()]
    return not cased or any(ch.isupper() for ch in cased)


def orgs_by_head(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's PERSON or GPE whose last word is an organisation's (``Bank``, ``Police``,
    ``Council``, ``Times``) is an ORG: "J. Henry Schroder Bank", "Surrey Police"."""
    heads = name_shapes().org_heads
    out = []
    for c in candidates:
        words = text[c.start : c.end].split()
        if (
            c.label in ("PERSON", "GPE")
            and not c.trusted
            and len(words) > 1
            and words[-1] in heads
            and not gazetteer().is_place(text[c.start : c.end])  # "Soviet Union"
        ):
            c = Candidate(c.start, c.end, "ORG", c.kb_id)
        out.append(c)
    return out


#: Plural names after a place that are its people, not a team or a company ("Ohio Democrats").
_PEOPLE_PLURALS = frozenset(
    "Democrats Republicans Conservatives Liberals Socialists Communists Greens Christians "
    "Muslims Jews Catholics Protestants Islands Isles Mountains Hills Falls Springs Heights "
    "Plains Lakes Rapids Sands Keys States Territories Emirates Midlands Highlands Lowlands".split()
)
_NEXT_WORD = re.compile(r"[ ](?P<word>[A-Z][a-z]+|\d+[a-z]+)(?![\w'’-])(?![ ][A-Z])")


def place_organisations(
    text: str,
    candidates: Sequence[Candidate],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """A place a model found, followed by an organisation's word or a team's name, is that ORG.

    "[Kent] Police", "[Leeds] University", "[Sydney] Times" (a word of ``org_heads``) and
    "[Boston] Rockets", "[Springfield] 49ers" (a capitalised plural that is no place, no
    people, no common word, and no word the story writes in lower case: not "the U.S.
    Has", "U.S. Officials" beside "officials") are one ORG each; a model reads the place
    alone.
    """
    heads = name_shapes().org_heads
    generic = name_shapes().generic_name_words
    places = gazetteer()
    out = list(candidates)
    for c in candidates:
        if c.trusted or c.label not in ("GPE", "PERSON"):
            continue
        match = _NEXT_WORD.match(text, c.end)
        if match is None:
            continue
        word = match.group("word")
        team = (
            word.endswith("s")
            and not word.endswith("ss")
            and word not in _PEOPLE_PLURALS
            and word.lower() not in generic
            and word.lower() not in common_words
            # ("U.S. Officials said" where the story writes "officials": no team's name)
            and not (word.lower() != word and _written_lower(text, word))
            and fold(word) not in places.demonyms
            and not places.is_place(word)
        )
        if word not in heads and not team:
            continue
        if c.label == "PERSON" and not places.is_place(text[c.start : c.end]) and word not in heads:
            continue  # "[Ann] Sanders" is a person's name, not a team
        inner = [o for o in out if o.start < match.end() and c.start < o.end]
        if any(o.trusted for o in inner):
            continue
        out = [o for o in out if o not in inner]
        out.append(Candidate(c.start, match.end(), "ORG", c.kb_id))
    return out


#: An institution a town has of its own: "Surrey Police", "Troy Council", "Leeds University".
_LOCAL_INSTITUTION = re.compile(
    r"(?P<town>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]"
    r"(?:Police|Constabulary|Council|University|College|Polytechnic|Hospital|Clinic)(?![\w'’-])"
)
#: The same at every word's start, overlapping: "The Leeds Council" is tried from "Leeds" too.
_LOCAL_INSTITUTION_AT = re.compile(rf"(?<![\w.&'’-])(?=(?P<found>{_LOCAL_INSTITUTION.pattern}))")
_CAPITALISED_AFTER = re.compile(r"[ ](?P<word>[A-Z][\w.'’-]*)")


def town_organisations(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A known town and an institution's word is that ORG, where a model saw no place.

    "A [Surrey Police] spokeswoman", "[Troy Police] Chief Ann Roe": the town (of the
    tables or :func:`tui.core.nlp.places.known_towns`) and "Police", "Council",
    "University", "College" or "Hospital", not inside a longer name (a capitalised
    word before it, or after it unless a rank or title: "Troy Police Department" is the
    model's to read).
    """
    places = gazetteer()
    towns = known_towns()
    titles = _titles()
    out = list(candidates)
    for match in _LOCAL_INSTITUTION_AT.finditer(text):
        s, e = match.span("found")
        town = match.group("town")
        if not (places.is_place(town) or fold(town) in towns):
            continue
        before = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if before is not None and before.group(1)[:1].isupper():
            if before.group(1).lower() not in _FUNCTION_WORDS:
                continue  # "New Troy Police"; but "A Troy Police spokeswoman"
        after = _CAPITALISED_AFTER.match(text, e)
        if after is not None:
            word = after.group("word")
            if word not in titles and word.rstrip(".") not in _RANKS_AFTER:
                continue
        overlapping = [c for c in out if c.start < e and s < c.end]
        if any(c.trusted or c.start < s or c.end > e for c in overlapping):
            continue
        out = [c for c in out if c not in overlapping]
        out.append(Candidate(s, e, "ORG", rule=True))
    return out


@lru_cache(maxsize=1)
def _title_after() -> re.Pattern[str]:
    return re.compile(rf"[ ](?:{_alternation(name_shapes().title_heads)})(?![\w])")


@lru_cache(maxsize=1)
def _department_title() -> re.Pattern[str]:
    shapes = name_shapes()
    return re.compile(
        rf"(?<![\w.])(?P<dept>(?:(?P<first>[A-Z][a-z]+)[ ])?(?:{_alternation(shapes.title_departments)}))"
        rf"(?=[ ](?:{_alternation(shapes.title_heads)})(?![\w]))"
    )


#: Words before a department in a title that are no part of its name.
_TITLE_MODIFIERS = frozenset("Deputy Acting Former Assistant Junior Shadow Vice Senior".split())


def department_titles(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The department in a capitalised title is an ORG: "[Treasury] Secretary", "U.S.
    [Defence] Secretary", "[Finance] Minister" (a country before it stays a GPE)."""
    out = list(candidates)
    places = gazetteer()
    for match in _department_title().finditer(text):
        s, e = match.span("dept")
        first = match.group("first")
        if first and (
            first.lower() in _FUNCTION_WORDS
            or first in _titles()
            or first in _TITLE_MODIFIERS
            or places.is_place(first)
            or fold(first) in places.demonyms
        ):
            s = match.end("first") + 1  # "Deputy Finance Minister", "Philippine Finance ..."
        if any(c.trusted and c.start <= s and e <= c.end and c.label != "GPE" for c in out):
            continue
        out = [c for c in out if c.trusted or not (c.start < e and s < c.end)]
        out.append(Candidate(s, e, "ORG", rule=True))
    return out


def orgs_of_places(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """An organisation "of" a place is one ORG: "Central Elections Commission of
    Turkmenistan", "Community Bank and Trust of Hartselle"."""
    out = list(candidates)
    heads = name_shapes().org_heads | {"Trust", "Company", "Co"}
    for i in range(len(out) - 1):
        org, place = out[i], out[i + 1]
        if org.label != "ORG" or place.label != "GPE":
            continue
        between = text[org.end : place.start]
        words = text[org.start : org.end].split()
        if words and words[-1] == "of" and between == " ":
            words = words[:-1]
        elif between != " of ":
            continue
        if words and words[-1] in heads:
            out[i] = Candidate(org.start, place.end, "ORG", org.kb_id, org.from_kb, org.rule)
            out[i + 1] = Candidate(place.start, place.start, "GPE")  # taken by the ORG
    return [c for c in out if c.end > c.start]


@lru_cache(maxsize=1)
def _places_pattern() -> re.Pattern[str]:
    """Countries, states and provinces, and the tables' cities, as written in running text."""
    places = gazetteer()
    names = [
        n
        for n in (*places.countries, *places.regions, *places.cities)
        if n not in places.abbreviations
    ]
    written = {" ".join(w[:1].upper() + w[1:] for w in n.split()) for n in names if "." not in n}
    written |= {n.upper() for n in names if "." in n}
    return re.compile(rf"(?<![\w.&-])(?:{words_pattern(written)})(?![\w&-]|\.\w)")


#: A capitalised word next to a place makes it part of a longer name ("Jordan Marsh",
#: "New Mexico Bank"): the gazetteer stays out of it.
_CAPITALISED_NEXT = re.compile(r"[ ](?:[A-Z][\w.'’-]*)")
_CAPITALISED_PREV = re.compile(r"(?:^|[^\w])[A-Z][\w.'’-]*[ ]$")


def _with_last_stop(text: str, match: re.Match[str]) -> int:
    """Where a place's name ends: after the last full stop of an abbreviation the
    gazetteer writes without it ("U.S. HOUSING", not "U.S")."""
    e = match.end()
    return e + 1 if "." in match.group() and text[e : e + 1] == "." else e


def gazetteer_places(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Countries, states and the tables' cities a model missed or mislabelled, as GPEs.

    A model misses "Indonesia" at a paragraph's start and before a typewriter
    apostrophe, reads "Nigeria will issue" as a PERSON and runs a dateline's date into
    the next word ("March 1 - Indonesia"). A place standing alone (no capitalised word
    next to it) that no name overlaps is a GPE; a model's PERSON of exactly it, or its
    ORG for a country, becomes that GPE; a DATE running into it stops before it.
    """
    places = gazetteer()
    out = list(candidates)
    for match in _places_pattern().finditer(text):
        s, e = match.start(), _with_last_stop(text, match)
        # (a capital after the full stop may open the next sentence: "to the U.S. Virtually")
        if _CAPITALISED_NEXT.match(text, match.end()) or _CAPITALISED_PREV.search(
            text, max(0, s - 30), s
        ):
            continue
        overlapping = [c for c in out if c.start < e and s < c.end]
        if any(c.trusted for c in overlapping):
            continue
        same = [c for c in overlapping if (c.start, c.end) == (s, e)]
        is_country = fold(match.group()) in places.countries
        if same:
            if all(c.label == "PERSON" or (c.label == "ORG" and is_country) for c in same):
                out = [c for c in out if c not in same]
                out.append(Candidate(s, e, "GPE", same[0].kb_id))
            continue
        names = [c for c in overlapping if c.label in NAME_LABELS or c.label == "NORP"]
        if names:
            continue
        for c in overlapping:  # "March 1 - Indonesia": the date ends before the place
            out.remove(c)
            if c.label == "DATE" and c.start < s:
                cut = len(text[c.start : s].rstrip(" -–—\n"))
                if cut:
                    out.append(Candidate(c.start, c.start + cut, "DATE"))
        out.append(Candidate(s, e, "GPE"))
    return out


_LISTED_PLACE = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}"
#: Names listed before the plural of a kind of place: "in Chaiyaphum, Korat, Phrae and Trat
#: provinces", "Kent and Essex counties", "the Kano and Kaduna states".
_PLACES_LISTED = re.compile(
    rf"(?<![\w'’-])(?P<names>{_LISTED_PLACE}(?:,[ ]{_LISTED_PLACE})*,?[ ](?:and|or)[ ]{_LISTED_PLACE})"
    r"[ ](?:provinces|states|counties|districts|prefectures|regions|parishes"
    r"|municipalities|townships|cantons|oblasts|governorates)\b"
    r"(?![ ](?:that|it|its|the|a|an)\b)"  # "Smith and Jones states that": a verb
)


def places_listed(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Each name of a list closed by the plural of a kind of place is a GPE: "in [Chaiyaphum],
    [Korat], [Phrae] and [Trat] provinces", whatever a model took each for (a PERSON, an
    ORG, a NORP)."""
    out = list(candidates)
    for match in _PLACES_LISTED.finditer(text):
        s0 = match.start("names")
        for name in re.finditer(_LISTED_PLACE, match.group("names")):
            s, e = s0 + name.start(), s0 + name.end()
            inner = [c for c in out if c.start < e and s < c.end]
            if any(c.trusted and c.label != "GPE" for c in inner):
                continue
            out = [c for c in out if c not in inner or c.trusted]
            if not any(c.trusted for c in inner):
                out.append(Candidate(s, e, "GPE"))
    return out


# ------------------------------------------------------------------ names by their common noun

#: Common nouns of what a name is, written before it ("the state oil company Pertamina",
#: "the news agency ZIANA") or after it ("the official Tanjug news agency", "the Acme
#: supermarket"): the name is an ORG.
_ORG_NOUN = (
    r"(?:news[ ]agency|newspaper|magazine|company|firm|supermarket|retailer|airline"
    r"|brokerage|studio|conglomerate|insurer|chain)"
)
_NOUN_NAME_WORD = r"[A-Z][\w'’&.]*(?:-[A-Z][\w'’&.]*)*"
_NOUN_NAME = rf"{_NOUN_NAME_WORD}(?:[ ](?:of[ ])?{_NOUN_NAME_WORD}){{0,3}}"
_NAME_BY_NOUN = re.compile(
    rf"(?<=[a-z][ ])(?P<before>{_NOUN_NAME})[ ]{_ORG_NOUN}\b(?!['’-])"
    rf"|\b{_ORG_NOUN}[ ](?P<after>{_NOUN_NAME})(?![\w'’-])"
)
_CALENDAR_WORDS = frozenset(
    w for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w
)


def names_by_their_noun(
    text: str,
    candidates: Sequence[Candidate],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    """A name written next to the common noun of what it is, a company or a newspaper, is an ORG.

    After a lower-case word and before the noun ("the official Tanjug news agency", "the
    Daily Clarion newspaper", "the Acme supermarket"), or after the noun ("the state oil
    company Pertamina", "the news agency ZIANA"): a shape rule's ORG, so the article's
    other mentions of it follow (:func:`org_short_mentions`). A people's adjective (of
    the tables or a model's NORP), a place or a town, a title, a common word, a day or a
    month are no such names ("the Iranian news agency", "the Houston company", "the
    company Chairman Ann Roe").
    """
    places = gazetteer()
    towns = known_towns()
    titles = _titles()
    out = list(candidates)
    peoples = {c.start: c.end for c in candidates if c.label == "NORP"}
    for match in _NAME_BY_NOUN.finditer(text):
        group = "before" if match.group("before") else "after"
        s, e = match.span(group)
        words = text[s:e].split()
        while words and (
            words[0].lower() in _FUNCTION_WORDS
            or words[0].lower() in common_words
            or fold(words[0]) in places.demonyms
            or s in peoples  # the model's NORP: "the Iranian news agency"
        ):
            s = peoples[s] + 1 if s in peoples else s + len(words[0]) + 1
            words = text[s:e].split() if s < e else []
        if words:
            s, e = trim_span(text, s, e)
            words = text[s:e].split()
        name = text[s:e]
        if (
            not words
            or words[0].rstrip(".") in _CALENDAR_WORDS
            or words[0].rstrip(".") in titles
            or name in GENERIC_ABBREVIATIONS
            or places.is_place(name)
            or fold(name) in towns
            or fold(name) in places.demonyms
        ):
            continue
        overlapping = [c for c in out if c.start < e and s < c.end]
        if any(c.trusted for c in overlapping):
            continue
        out = [c for c in out if c not in overlapping]
        out.append(Candidate(s, e, "ORG", rule=True))
    return out


# ------------------------------------------------------------------ no names: places and things

#: Last words of a street, a square or a building (FAC), and first words of a street or
#: square written the French or Italian way: "Philip Street", "Place Vendome".
_FACILITY_LAST = frozenset(
    "Street Avenue Road Boulevard Lane Square Plaza Hotel Plant Bridge Airport Stadium "
    "Highway Freeway Tunnel Mall Mine".split()
)
_FACILITY_FIRST = frozenset("Avenue Rue Place Boulevard Piazza Via Calle Champs".split())
#: A vessel's kind before its name: "the car ferry [Herald of ...]", "the carrier [Ark Royal]",
#: "merchant vessel [Gibe]"; the word before the kind is no "to" or modal ("to ship Iraq's
#: oil" names no ship).
_VESSEL_KINDS = (
    r"(?:ferry|ship|vessel|carrier|tanker|freighter|liner|submarine|destroyer|frigate|cruiser"
    r"|yacht|warship|battleship|trawler|steamer|schooner|dhow|barge|supertanker|supercarrier"
    r"|steamship|gunboat|icebreaker)"
)
_VESSEL_BEFORE = re.compile(rf"(?<![\w-])(?P<lead>[A-Za-z]+)[ ]{_VESSEL_KINDS}[ ]$")
_NOT_BEFORE_VESSEL = frozenset(
    "to will would can could may might must shall should not also and or".split()
)
#: A vessel's prefix before its name, or a word after it: "MV Gibe", "USS Cole", "INS
#: Mysore", "HMS Ark Royal", "Nisseki Maru" (Japanese merchant ships end on "Maru").
_VESSEL_PREFIXES = frozenset("MV M/V M.V. SS S.S. HMS HMAS HMCS HMNZS USS USNS INS RMS".split())
_VESSEL_LAST = frozenset({"Maru"})
#: A ship's name as written after its kind or prefix: capitalised words, "of" between.
_VESSEL_NAME = r"[A-Z][\w'’-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w'’-]*){0,3}"
_VESSEL_NAMED = re.compile(
    rf"(?<![\w-])(?P<lead>[A-Za-z]+)[ ]{_VESSEL_KINDS}[ ](?:(?:named|called)[ ])?"
    rf"(?P<name>{_VESSEL_NAME})"
    rf"|(?<![\w./])(?P<prefix>{'|'.join(re.escape(p) for p in sorted(_VESSEL_PREFIXES))})"
    rf"[ ](?P<named>{_VESSEL_NAME})"
)
#: A market index named after its maker: "the Acme Jones index", "the Nikkei average".
_INDEX_AFTER = re.compile(
    r"[ ](?:(?:stock|share|composite)[ ])?(?:index|indices)\b|[ ]industrial average\b"
)


#: A measure of the money supply, with the word that qualifies it: "M-1", "M3", "M-1B",
#: "sterling M3", "broad M2" (named in an article about money, see :func:`_measure`).
_MONEY_AGGREGATE = re.compile(r"(?:[A-Za-z]+[ ])?M-?[0-5][A-Za-z]?")
#: A futures contract's month code in a price table: "MAY7", "OCT87".
_CONTRACT_MONTH = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[0-9]{1,2}")
_MONEY = re.compile(r"\bmoney\b", re.IGNORECASE)
#: The labels a model gives a measure it takes for a name ("M0" as a nationality).
_MEASURED_LABELS = NAME_LABELS | {"NORP"}


def _measure(text: str, name: str) -> bool:
    """``name`` is a measure, not a name: a money-supply aggregate in an article about
    money ("M-1 rose 2.1 billion dlrs": elsewhere "M1" is a motorway), or a futures
    contract's month code."""
    if _CONTRACT_MONTH.fullmatch(name):
        return True
    return _MONEY_AGGREGATE.fullmatch(name) is not None and _MONEY.search(text) is not None


def things_not_names(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A model's ORG, PERSON or GPE that is a street, a building, a vessel or an index goes,
    and so does a model's name of any kind that is a measure (:func:`_measure`).

    "Philip Street", "Place Vendome", "the Grand Hotel" and an assembly "Plant" are
    facilities; a name after "the car ferry" or "the aircraft carrier" is a ship's, and so
    is every other mention of it in the article; "the Dow index" is a market index;
    "sterling M3" is a measure of the money supply.
    """
    vessels = _vessel_names(text)
    kept: list[Candidate] = []
    for c in candidates:
        if not c.trusted and c.label in _MEASURED_LABELS and _measure(text, text[c.start : c.end]):
            continue
        if c.trusted or c.label not in ("ORG", "PERSON", "GPE"):
            kept.append(c)
            continue
        words = text[c.start : c.end].split()
        facility = len(words) > 1 and (words[-1] in _FACILITY_LAST or words[0] in _FACILITY_FIRST)
        before = _VESSEL_BEFORE.search(text, max(0, c.start - 24), c.start)
        if (before and before.group("lead").lower() not in _NOT_BEFORE_VESSEL) or _named_vessel(
            words
        ):
            vessels.add(text[c.start : c.end])
            continue
        if words[0] in _VESSEL_PREFIXES and text[c.end : c.end + 1] == " ":
            after = _VESSEL_NAMED.match(text, c.start)  # "[INS] Tabar": the prefix of a name
            if after is not None and after.group("named") in vessels:
                continue
        if facility or (c.label == "ORG" and _INDEX_AFTER.match(text, c.end)):
            continue
        kept.append(c)
    return [c for c in kept if c.trusted or text[c.start : c.end] not in vessels]


def _vessel_names(text: str) -> set[str]:
    """The ships an article names by their kind or prefix ("the destroyer Mysore", "INS
    Tabar"), each with and without its prefix: every mention of one is a ship's."""
    names: set[str] = set()
    for match in _VESSEL_NAMED.finditer(text):
        if match.group("prefix"):
            name = match.group("named")
            if _named_vessel([match.group("prefix"), *name.split()]):
                names.update({name, f"{match.group('prefix')} {name}"})
        elif match.group("lead").lower() not in _NOT_BEFORE_VESSEL:
            name = match.group("name")
            if not re.match(r"['’]s\b", text[match.end() : match.end() + 2]):
                names.add(name)
    return names


def _named_vessel(words: Sequence[str]) -> bool:
    """A ship's name by its own shape: a prefix ("MV", "USS") before a name that is no
    title or role ("INS Commissioner" is an office's), or "Maru" last."""
    if len(words) < 2:
        return False
    if words[-1] in _VESSEL_LAST:
        return True
    shapes = name_shapes()
    return (
        words[0] in _VESSEL_PREFIXES
        and words[1][:1].isupper()
        and words[1] not in _titles()
        and words[1].lower() not in shapes.role_nouns
        and words[1] not in shapes.org_heads
    )


# ------------------------------------------------------------------ one name, one label

#: A word of a town's name: "Rennes", "Aulnay-sous-Bois", not a possessive ("Brooklyn's").
_TOWN_WORD = r"[A-Z][a-z][\w-]*(?:['’](?![sS]\b)[a-z]+)?"
#: A preposition of place and the capitalised words after it: "in Rennes", "from Yeovil",
#: "the city of Invercargill". Not "to" for a model's ORG ("lost to Seattle" is a team).
_PLACE_AFTER_PREPOSITION = re.compile(
    r"(?<![\w])(?P<prep>in|at|from|near|outside|to|of|In|At|From|Near|Outside)[ ]"
    rf"(?P<name>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})"
    r"(?:['’]s(?!\w)|(?![\w'’-]|[ ][A-Z]|[ ](?:and|of|&|de)[ ][A-Z]))"
)
#: The words before "of" that make the name after it a place: "the city of Invercargill".
_PLACE_OF = re.compile(r"(?:city|town|village|suburb|port|outskirts|province|region|district)[ ]$")
#: A place written after a town and a comma: "Banstead, Surrey".
_PLACE_AFTER_COMMA = re.compile(r",[ ](?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?![\w'’-]|[ ][A-Z])")


def towns_in_context(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A known town after a preposition of place is a GPE, and so is every ORG of its name.

    The world's towns (:func:`tui.core.nlp.places.known_towns`) are many and their
    names are often people's or companies' too ("Warren", "Orange"), so a town's name
    counts only where the text makes it a place: after "in", "at", "from", "near",
    "outside", "of" (the "city of" a town), or "to" where the model saw no name, and,
    after such a town, a place written after a comma ("in Banstead, Surrey"). Where it
    is, the model's ORG of that town elsewhere in the article is the town too
    ("Invercargill airport"); a model's PERSON stays unless nobody in the article
    bears the name.
    """
    towns = known_towns()
    places = gazetteer()
    person_words = _words_of_longer(text, candidates, "PERSON")
    # (a company's: "a stake in Santos" of Santos Ltd; not a festival's or a shop's named
    # after its town, "Cannes Film Festival", "Bloomington Sam's Club")
    endings = {*_LOWER_LEGAL, *(w.lower().rstrip(".") for w in name_shapes().company_endings)}
    companies = [
        c
        for c in candidates
        if c.label == "ORG" and text[c.start : c.end].split()[-1].lower().rstrip(".") in endings
    ]
    org_words = _words_of_longer(text, companies, "ORG")
    out = list(candidates)
    decided: set[str] = set()
    for match in _PLACE_AFTER_PREPOSITION.finditer(text):
        prep = match.group("prep")
        if prep == "of" and not _PLACE_OF.search(text, max(0, match.start() - 12), match.start()):
            continue  # "University of Alabama", "the operations of Acme"
        s, e = match.span("name")
        if fold(text[s:e]) not in towns:
            continue
        spans = [(s, e, prep)]
        comma = _PLACE_AFTER_COMMA.match(text, e)
        if comma is not None and (
            places.is_place(comma.group("name")) or fold(comma.group("name")) in towns
        ):
            spans.append((*comma.span("name"), "after"))
        for s, e, how in spans:
            name = text[s:e]
            if name in org_words and len(spans) == 1:
                continue  # a company named after its town ("a stake in Santos"), unless a
                # place follows it ("in Napa, Calif.")
            overlapping = [c for c in out if c.start < e and s < c.end]
            same = [c for c in overlapping if (c.start, c.end) == (s, e)]
            if len(same) != len(overlapping) or any(c.trusted for c in same):
                continue  # part of a longer name, or said by a rule
            labels = {c.label for c in same}
            if labels == {"GPE"}:
                decided.add(name)
                continue
            if labels - {"ORG", "PERSON", "FAC", "LOC"}:
                continue
            if "PERSON" in labels and (how == "to" or name in person_words):
                continue
            if "ORG" in labels and how == "to":
                continue
            if not labels and name in person_words:
                continue
            out = [c for c in out if c not in same]
            out.append(Candidate(s, e, "GPE", rule=True))
            decided.add(name)
    if not decided:
        return out
    out = [
        Candidate(c.start, c.end, "GPE", rule=True)
        if not c.trusted and c.label in ("ORG", "FAC", "LOC") and text[c.start : c.end] in decided
        else c
        for c in out
    ]
    # The town's other mentions no name covers: "the annual Cannes film festival".
    pattern = re.compile(rf"(?<![\w.&-])(?:{_alternation(decided)})(?![\w&-]|[ ][A-Z])")
    for match in pattern.finditer(text):
        s, e = match.span()
        if _CAPITALISED_PREV.search(text, max(0, s - 30), s):
            continue
        if not any(c.start < e and s < c.end for c in out):
            out.append(Candidate(s, e, "GPE", rule=True))
    return out


def _words_of_longer(text: str, candidates: Sequence[Candidate], label: str) -> set[str]:
    """The words of the article's names of ``label`` that have more than one word."""
    return {
        w
        for c in candidates
        if c.label == label and " " in text[c.start : c.end].strip()
        for w in name_words(text[c.start : c.end])
    }


_PERSON_PRONOUNS = frozenset("he she his her himself herself who".split())
_ORG_PRONOUNS = frozenset("its itself".split())
_NEXT_PRONOUN = re.compile(
    r"(?<![\w])(?:he|she|his|her|himself|herself|who|its|itself|it|they|their|them|him)(?![\w])",
    re.IGNORECASE,
)
#: Words after a name that make it an employer: "Acme officials", "Acme shares".
_ORG_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:(?:common|preferred|ordinary|class[ ][A-Z])[ ])?"
    r"(?:officials|spokesman|spokeswoman|shares|stock|executives|employees)\b"
)
_AGE_AFTER = re.compile(r",[ ]\d{1,3},[ ]")
#: An article before a name: no one person's name ("the Wildcats", "the Harbors").
_ARTICLES = frozenset({"the", "The"})
#: How far after a name its pronoun is looked for, within the sentence.
_PRONOUN_REACH = 80
#: Verbs of telling: a pronoun after whom one tells is the teller's more often than not
#: ("told Harbour Wire he would", "told the Senate he had").
_TELLING = frozenset({"told", "tell", "tells", "telling", "informed", "assured"})


def one_label_per_name(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A name the article gives one referent keeps one label, decided by the evidence.

    The evidence is what follows a mention in its sentence before any other name: a
    personal title before it ("Dr.", "President"), an age after it ("Ann Roe, 63,"), a
    person's pronoun ("who", "he", "her") or a company's ("its"), or an employer's words
    after it ("Acme officials"). A pronoun after a name the article "the" opens is no
    evidence: that is a team's or a group's name ("the Wildcats having asked ... so he").
    A surname goes with the full names that end in it. Where a person's evidence
    outweighs a company's, every model ORG or GPE of the name (and of the full names
    ending in it) is a PERSON; where a company's outweighs a person's, every model
    PERSON of exactly that name is an ORG. A mention with no evidence decides nothing.
    """
    titles = name_shapes().personal_titles
    heads = name_shapes().org_heads
    legal = {s.lower().rstrip(".") for s in LATIN_LEGAL_SUFFIXES}
    places = gazetteer()
    towns = known_towns()
    ordered = sorted(candidates, key=lambda c: c.start)
    person_words = _words_of_longer(text, candidates, "PERSON")
    person: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    org: Counter[str] = Counter()

    def key(c: Candidate) -> str | None:
        name = text[c.start : c.end]
        words = name.split()
        if (
            c.label not in ("ORG", "PERSON", "GPE")
            or not 1 <= len(words) <= 3
            or any(w in heads or w.lower().rstrip(".") in legal for w in words)
            or places.is_place(name)
            or fold(name) in places.demonyms
            or name.lower()
            in name_shapes().one_word_institutions  # ("Congress ... who": no person)
            or any(ch.isdigit() for ch in name)
        ):
            return None
        if len(words) == 1:
            return name if name[:1].isupper() and not name.isupper() else None
        if any(places.is_place(" ".join(words[:n])) for n in (1, 2)):
            return None  # "New York Rangers", "Boston Celtics": a place opens no person's name
        return words[-1] if _confident_person(words) else None

    keys = [key(c) for c in ordered]
    for i, c in enumerate(ordered):
        k = keys[i]
        if k is None:
            continue
        before = _WORD_BEFORE.search(text, max(0, c.start - 16), c.start)
        if before is not None and before.group(1) in titles:
            person[k] += 1
            titled[k] += 1
            continue
        if _AGE_AFTER.match(text, c.end):
            person[k] += 1  # "Ann Roe, 63, of Dunmore": only people have ages
            continue
        if len(text[c.start : c.end].split()) == 1 and _ORG_AFTER.match(text, c.end):
            org[text[c.start : c.end]] += 1
            continue
        if before is not None and before.group(1) in _ARTICLES:
            continue  # "the Wildcats having asked for a meeting so he ...": a name with an
            # article is a team's, a group's or a thing's, the pronoun someone else's
        if before is not None and before.group(1).lower() in _TELLING:
            continue  # "the minister told Harbour Wire he would ...": the pronoun after
            # whom one tells opens what was told, most often of the teller
        limit = min(
            c.end + _PRONOUN_REACH, ordered[i + 1].start if i + 1 < len(ordered) else len(text)
        )
        stop = re.search(r"[.!?][\"”']?\s|\n|[\"“”]", text[c.end : limit])
        if stop is not None:
            limit = c.end + stop.start()
        pronoun = _NEXT_PRONOUN.search(text, c.end, limit)
        if pronoun is None:
            continue
        word = pronoun.group().lower()
        if word == "who" and text[c.end : pronoun.start()].strip(" ,"):
            continue  # "a Acme plant worker who": "who" is the nearest noun's
        if word in _PERSON_PRONOUNS:
            person[k] += 1
        elif word in _ORG_PRONOUNS:
            org[text[c.start : c.end]] += 1
    out = []
    for c, k in zip(ordered, keys, strict=True):
        name = text[c.start : c.end]
        if not c.trusted and k is not None:
            # A town's name ("Warren", "Lakewood") needs a title: a pronoun may be anyone's,
            # and so does a model's GPE ("gone to Malibu's resort ... her").
            town = fold(name) in towns or fold(k) in towns or c.label == "GPE"
            votes = titled[k] if town else person[k]
            if c.label in ("ORG", "GPE") and votes > org[name]:
                c = Candidate(c.start, c.end, "PERSON")
            elif (
                c.label == "PERSON"
                and " " not in name
                and name not in person_words
                and org[name] > person[k]
            ):
                c = Candidate(c.start, c.end, "ORG")
        out.append(c)
    return out
