"""Stories: the articles about one happening or thread, found in near-linear time.

Each article's bag of words and names becomes a TF-IDF vector. Candidates come from
an inverted index over the features that are rare enough (a constant document
frequency cap, so the posting lists never grow with the corpus); the best of them are
scored exactly, weighed by the articles' dates and main participants, and each article
keeps its ``k`` nearest. Two wire stories (each opening with a dateline) of one template
weigh little: headlines marking different companies (``<ABC>``, ``<XYZ>``) neither story
marks the other's (:func:`marks_apart`), or marking none but about different companies or
people that neither story names in the other (:func:`subjects_apart`), two tables whose
headlines open with names of their own that neither table has (:func:`openers_apart`:
two companies' payouts from one town on one day), headlines about
countries the other story never names (:func:`countries_apart`), or no person or
organisation named in common; and, on
top, headlines that share no word with each other's lead (:func:`headlines_apart`: one
country's two commodity decisions), headlines stating sums the other never states
(:func:`sums_apart`: two auctions), and a desk's list beside a story led by someone else
(:func:`announces_list`: a filings digest beside one filer); two wire stories filed more
than a week apart that share no second specific name weigh little too (a company's
payout and, weeks later, its results): a thread that long holds through the stories filed
between. The
sparse graph is clustered with the size-free ``mink`` linkage (see :mod:`tui.core.events.agglomerate`) into stories, and at a higher
threshold into tight sub-stories, which the event stage trusts more.

A story whose articles fall into groups that agree inside and conflict across (two
quakes' reports whose lead magnitudes differ, two clubs' offers to one player, two
deputies' killings, undated reports told years before the dated ones, or on a Saturday
beside dated reports of a Thursday) is then split
where they disagree (:func:`split_story`): a report that says nothing either way joins
one side by its words, so one undated report no longer joins two happenings of one kind,
and with them every passage of each (cross pairs count quadratically).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

from tui.core.events.agglomerate import agglomerate
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    Factor,
    NoticeDay,
    Params,
    TriggerFeatures,
    Vector,
    cosine,
    counterparts,
    distinct_names,
    figures_conflict,
    filing_gap,
    lead_end,
    name_compatible,
    name_variants,
    name_words,
    participants_conflict,
    subjects_conflict,
    time_factor,
    told_apart,
    told_days_apart,
)
from tui.core.events.small import tells_no_body, vocabulary
from tui.core.nlp.places import fold, gazetteer, headline_key
from tui.core.text.terms import DESK_LABEL, blanked, content_words, light_stem
from tui.core.text.tickers import ANGLE_BRACKETS, EXCHANGE_TICKER, tickers

#: Who does a happening, as its lead's trigger's subject, for telling stories apart.
DOER_LABELS = frozenset({"PERSON", "ORG"})


def neighbour_graph(
    vectors: Sequence[Vector], df: Counter[str], params: Params, factor: Factor
) -> dict[tuple[int, int], float]:
    """The ``k`` nearest neighbours of each article, found through rare features.

    Args:
        vectors: The articles' TF-IDF vectors.
        df: Each feature's document frequency.
        params: ``max_df``, ``candidates``, ``neighbours``.
        factor: ``factor(i, j)`` (``i < j``), at most 1, multiplies the cosine of a
            candidate pair.

    Returns:
        ``(i, j) -> similarity`` (``i < j``), the larger of the two directions.
    """
    cap = params.max_df
    index: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for w in v:
            if df[w] <= cap:
                index[w].append(i)
    edges: dict[tuple[int, int], float] = {}
    # (a pair's factor, read once: each of two articles may be the other's candidate)
    n = len(vectors)
    factors: dict[int, float] = {}
    for i, v in enumerate(vectors):
        partial: dict[int, float] = defaultdict(float)
        for w, x in v.items():
            if df[w] <= cap:
                for j in index[w]:
                    if j != i:
                        partial[j] += x * vectors[j][w]
        best = heapq.nlargest(params.candidates, partial.items(), key=lambda kv: (kv[1], -kv[0]))
        # The candidates by cosine, a factor read only while its candidate can still be
        # among the best (a factor is at most 1).
        kept: list[tuple[float, int]] = []
        for c, j in sorted(((cosine(v, vectors[j]), j) for j, _ in best), reverse=True):
            if len(kept) == params.neighbours and c < kept[0][0]:
                break
            pair = i * n + j if i < j else j * n + i
            f = factors.get(pair)
            if f is None:
                f = factors[pair] = factor(min(i, j), max(i, j))
            scored = (c * f, j)
            if len(kept) < params.neighbours:
                heapq.heappush(kept, scored)
            elif scored > kept[0]:
                heapq.heapreplace(kept, scored)
        for s, j in sorted(kept, reverse=True):
            if s <= 0:
                continue
            key = (i, j) if i < j else (j, i)
            edges[key] = max(edges.get(key, 0.0), s)
    return edges


def headline_marks(a: ArticleFeatures) -> frozenset[str]:
    """The companies a wire story's headline marks, case-folded: the tickers and unlisted
    companies' names it puts in angle brackets (``<ABC>``, ``<Acme Holdings Ltd>``) before
    its dateline (the annotation may not have told its headline lines apart), the
    headline's ``(NYSE: ABC)`` marks, and the name that opens the headline before its
    first mark (:func:`marked_name`); none when it has no dateline."""
    if a.dateline is None:
        return frozenset()
    head = a.text[: a.dateline[0]]
    found = marks(head)
    name = marked_name(head) if found else None
    return found | {"name:" + name} if name else found


#: Words of a company's legal form, left out of the name a headline opens with.
_LEGAL_FORMS = frozenset(
    {"inc", "corp", "co", "cos", "ltd", "plc", "ag", "sa", "nv", "llc", "lp", "corporation"}
)
#: The words before a headline's first mark that may be a company's name (more are a
#: sentence: "GROUP SAID TO RAISE ITS ABC STAKE").
_NAME_WORDS = 4


def marked_name(headline: str) -> str | None:
    """The company name a headline opens with before its first mark, as its first two
    words, case-folded and without legal forms (``MELLON <MEL> SAYS ...``: ``mellon``;
    ``FORD MOTOR CREDIT <FCR>``: ``ford motor``), after a desk's label (``TALKING
    POINT/``, ``ECONOMIC SPOTLIGHT -``, ``(CORRECTED)-``): one company marked with two
    tickers (a typing slip, a unit and its parent) still opens both headlines with one
    name. None when the first mark is more than a few words in."""
    at = headline.find("<")
    if at < 0:
        found = EXCHANGE_TICKER.search(headline)
        at = found.start() if found else -1
    if at <= 0:
        return None
    if headline[:at].endswith("-"):  # a desk's note run into the mark: "CORRECTED-<ABC>"
        return None
    before = re.split(r"/| - ", re.sub(r"\([^)]*\)-?", " ", headline[:at]))[-1]
    words = [
        w for w in re.findall(r"[\w'&.-]+", before.casefold()) if w.strip(".") not in _LEGAL_FORMS
    ]
    if not words or len(words) > _NAME_WORDS:
        return None
    return " ".join(words[:2])


#: A ticker with its exchange's and share class's suffixes, if any (``ABC.A.TO``).
_SUFFIXED_TICKER = re.compile(r"[A-Z0-9&]{1,6}(?:\.[A-Z]{1,2}){0,2}")


def marks(text: str) -> frozenset[str]:
    """The angle-bracket and exchange marks of a text, case-folded, a ticker without its
    exchange's or share class's suffix (``<ABC.O>``, ``<ABC>``, ``<ABC.A.TO>``: one
    company)."""
    found = {m.group("name").strip() for m in ANGLE_BRACKETS.finditer(text)} | tickers(text)
    return frozenset(
        (name.partition(".")[0] if _SUFFIXED_TICKER.fullmatch(name) else name).casefold()
        for name in found
    )


def marks_apart(
    head_a: frozenset[str], text_a: frozenset[str], head_b: frozenset[str], text_b: frozenset[str]
) -> bool:
    """Two wire stories' headlines mark companies (:func:`headline_marks`), none in common,
    and neither story marks the other's anywhere (``text_a``, ``text_b``: :func:`marks` of
    the whole text; a bidder's story marks its target, a unit's its parent): two
    companies' reports of one template (results, ratings, stakes, issues), whatever else
    they both name (the agency that rates both, the underwriter, the regulator)."""
    if not head_a or not head_b or head_a & head_b:
        return False
    return not (head_a & text_b or head_b & text_a)


def subjects_apart(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Two wire stories' headlines are about different companies or people
    (:func:`subjects_conflict`: by their tickers, else by the names their leads repeat),
    and neither story names the other's anywhere: as :func:`marks_apart`, for headlines
    that mark no ticker ("INTERNATIONAL TELECHARGE IN PUBLIC OFFERING" beside
    "TRIBUNE <TRB> FILES 300 MLN DLR SHELF REGISTRATION": the regulator both filed with,
    and the desk's words, are all they share)."""
    return (
        bool(a.subjects and b.subjects)
        and subjects_conflict(a.subjects, a.tickers, b.subjects, b.tickers)
        and not any(name_compatible(s, n) for s in a.subjects for n in b.specific)
        and not any(name_compatible(s, n) for s in b.subjects for n in a.specific)
    )


def countries_named(a: ArticleFeatures) -> frozenset[str]:
    """The countries an article names anywhere: its places (GPE) and its peoples' and
    nations' adjectives (NORP: "Malaysian"), through the gazetteer."""
    places = gazetteer()
    out = set()
    for e in a.entities:
        if e.label == "GPE":
            country = places.country_of(fold(e.text))
        elif e.label == "NORP":
            country = places.demonyms.get(fold(e.text))
        else:
            continue
        if country is not None:
            out.add(country)
    return frozenset(out)


def headline_country_words(a: ArticleFeatures, peoples: bool = False) -> frozenset[str]:
    """The countries an article's headline lines name by a country's name ("CHINA CROP
    WEATHER SUMMARY", "Brazil's coffee exports"), read in the words (a headline in capitals
    is often no entity of the parse); with ``peoples``, by their people's adjective too
    ("ARGENTINE INFLATION ROSE")."""
    places = gazetteer()
    table = {**places.demonyms, **places.countries} if peoples else places.countries
    found: set[str] = set()
    for s in a.sentences:
        if not s.headline:
            break
        words = a.text[s.start : s.end].split()
        for n in (3, 2, 1):
            for x in range(len(words) - n + 1):
                name = headline_key(" ".join(words[x : x + n]))
                if name in table:
                    found.add(table[name])
    return frozenset(found)


def headline_countries(a: ArticleFeatures, params: Params = PARAMS) -> frozenset[str]:
    """The countries of the places an article's headline names and its lead names again
    (:attr:`ArticleFeatures.places`), and of the countries and peoples its headline's words
    name that its lead names as places or peoples ("ARGENTINE INFLATION ROSE" over
    "Argentina's cost of living index")."""
    words = headline_country_words(a, peoples=True)
    if not a.places and not words:
        return frozenset()
    places = gazetteer()
    wanted = set(a.places)
    body = next((s.start for s in a.sentences if not s.headline), 0)
    end = lead_end(a.sentences, params) if words else 0
    out = set()
    for e in a.entities:
        if e.label == "GPE":
            country = places.country_of(fold(e.text))
        elif e.label == "NORP":
            country = places.demonyms.get(fold(e.text))
        else:
            continue
        if country is not None and (
            (e.label == "GPE" and e.kb_id in wanted) or (country in words and body <= e.start < end)
        ):
            out.add(country)
    return frozenset(out)


def countries_apart(
    head_a: frozenset[str], named_a: frozenset[str], head_b: frozenset[str], named_b: frozenset[str]
) -> bool:
    """Each of two headlines is about a country the other article never names (a tender
    by one country and by another, credits to one and to another): two reports of one
    template. A follow-up names the country of the report it follows (a strike's report
    and the reply of the country struck), so it is not kept apart."""
    return bool(head_a - named_b) and bool(head_b - named_a)


#: The label of people's names (a list that names a person in its lead, a letter's
#: full text, keeps its story).
PERSON_LABEL = frozenset({"PERSON"})
#: The labels of names that say where, not what: left out of a headline's words.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: A desk's words of every report (stemmed as :func:`_words_without_places` makes them):
#: the dateline's months and days, units, and which way a figure went.
DESK_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday today yesterday pct mln billion dlr stg ct higher lower see""".split()
)


def _ordered_words(a: ArticleFeatures, start: int, end: int) -> list[str]:
    """The content words of ``a.text[start:end]`` in order
    (:func:`tui.core.text.terms.content_words`, stemmed once more, without a final "e" or
    a doubled last letter: "offerings", "offer"; "filed", "files"; "selling", "sell"),
    the places and peoples in it left out (the named ones, and single words the gazetteer
    knows as a country, city, state or people: "Brazilian", "U.K.")."""
    text = blanked(a.text[:end], ((e.start, e.end) for e in a.entities if e.label in PLACE_LABELS))
    places = gazetteer()
    out = []
    for w in content_words(text[start:]):
        if places.is_place(w) or w in places.demonyms:
            continue
        w = light_stem(w)
        w = w[:-1] if len(w) > 3 and (w.endswith("e") or w[-1] == w[-2]) else w
        if w not in DESK_WORDS:
            out.append(w)
    return out


def _words_without_places(a: ArticleFeatures, end: int) -> frozenset[str]:
    """The words of ``a.text[:end]`` as :func:`_ordered_words` reads them, as a set."""
    return frozenset(_ordered_words(a, 0, end))


def headline_words(a: ArticleFeatures) -> frozenset[str]:
    """The content words of a wire story's headline (before its dateline), places and
    peoples left out; none when it has no dateline."""
    if a.dateline is None:
        return frozenset()
    return _words_without_places(a, a.dateline[0])


#: Where a headline and the one sentence under it end (:func:`lead_end`).
_FIRST_SENTENCE = replace(PARAMS, lead_sentences=1)


def headline_opening(a: ArticleFeatures) -> tuple[str, ...]:
    """The words of a wire story's headline in order (:func:`_ordered_words`), after a
    desk's label and without companies' legal forms ("KASLER CORP <KASL> 1ST QTR JAN 31
    NET": kasler, kasl, st, qtr, net); none when it has no dateline."""
    if a.dateline is None:
        return ()
    label = DESK_LABEL.match(a.text[: a.dateline[0]])
    words = _ordered_words(a, label.end() if label else 0, a.dateline[0])
    return tuple(w for w in words if w not in _LEGAL_FORMS)


def openers_apart(
    head_a: Sequence[str],
    text_a: Callable[[], frozenset[str]],
    head_b: Sequence[str],
    text_b: Callable[[], frozenset[str]],
) -> bool:
    """Two tables' headlines (:func:`~tui.core.events.small.tells_no_body`; the caller
    asks) for two names: each opens with words of its own before the first word they
    share ("CCR VIDEO 1ST QTR NOV 30 NET" beside "KASLER CORP <KASL> 1ST QTR JAN 31 NET",
    or beside "AMERICAN VANGUARD CORP <AMGD> YEAR NET"; "CETEC CORP <CEC> QUARTERLY
    DIVIDEND" beside "MAUI LAND AND PINEAPPLE CO INC QUARTERLY DIVIDEND":
    :func:`headline_opening`), and neither table has the first word of the other's
    (``text_a``, ``text_b``: each story's words, read when asked; the name's, where the
    words after it may be the template's: "Note: 4th qtr figures not given"). Under a
    headline a table tells nothing of its own: two companies' figures of one template,
    filed from one city on one day, share all their other words; a company's two tables
    open alike ("HARPER INTERNATIONAL INC <HNT> 3RD QTR NET"), or mark one ticker (the
    caller asks: "WILLCOX AND GIBBS <WG>" misspelt "WILCOX")."""
    shared = set(head_a) & set(head_b)
    if not shared:
        return False
    own_a = next(n for n, w in enumerate(head_a) if w in shared)
    own_b = next(n for n, w in enumerate(head_b) if w in shared)
    if not own_a or not own_b:
        return False
    return head_a[0] not in text_b() and head_b[0] not in text_a()


def lead_words(a: ArticleFeatures) -> frozenset[str]:
    """The content words of an article's headline and first sentence under it, places
    and peoples left out."""
    return _words_without_places(a, lead_end(a.sentences, _FIRST_SENTENCE))


def headlines_apart(
    head_a: frozenset[str], lead_a: frozenset[str], head_b: frozenset[str], lead_b: frozenset[str]
) -> bool:
    """No content word of either wire story's headline is in the other's headline and
    lead (a place or a people in common is no subject in common: one country's rubber
    price and its palm oil duties): two reports of one desk's day. A follow-up names
    again what it follows, in its headline or its lead (a chairman's remarks at his
    bank's news conference name the bank)."""
    return bool(head_a and head_b) and not (head_a & lead_b or head_b & lead_a)


def lead_names(a: ArticleFeatures, labels: frozenset[str]) -> frozenset[str]:
    """The ids of the names of these labels in an article's headline and first sentence
    under it."""
    end = lead_end(a.sentences, _FIRST_SENTENCE)
    return frozenset(e.kb_id for e in a.entities if e.start < end and e.kb_id and e.label in labels)


#: A sum as a headline or lead states it: its currency and value.
Sum = tuple[str, float]
#: Two sums this close (a share of the larger) are one.
SAME_SUM = 0.01


def _sums(a: ArticleFeatures, start: int, end: int) -> frozenset[Sum]:
    """The sums of money (accepted quantities) stated in ``a.text[start:end]``."""
    return frozenset(
        (q.unit, q.value)
        for q in a.quantities
        if q.label == "MONEY" and q.value is not None and q.unit and start <= q.start < end
    )


def headline_sums(a: ArticleFeatures) -> frozenset[Sum]:
    """The sums of money a wire story's headline states (none without a dateline)."""
    return _sums(a, 0, a.dateline[0]) if a.dateline is not None else frozenset()


def lead_sums(a: ArticleFeatures, params: Params = PARAMS) -> frozenset[Sum]:
    """The sums of money an article's headline and lead state (:func:`lead_end`)."""
    return _sums(a, 0, lead_end(a.sentences, params))


def sums_apart(
    head_a: frozenset[Sum], lead_a: frozenset[Sum], head_b: frozenset[Sum], lead_b: frozenset[Sum]
) -> bool:
    """Both headlines state sums, and neither headline's sum is in the other's headline
    or lead: two issues, auctions or bids of one template (an offer raised says what it
    was raised from, so it stays with the first)."""

    def within(x: frozenset[Sum], y: frozenset[Sum]) -> bool:
        return any(
            u == v and abs(p - q) <= SAME_SUM * max(abs(p), abs(q)) for u, p in x for v, q in y
        )

    return bool(head_a and head_b) and not (within(head_a, lead_b) or within(head_b, lead_a))


def announces_list(a: ArticleFeatures) -> bool:
    """A wire story's first paragraph under its dateline ends with a colon: it announces
    a list or a table ("The following offerings were filed ...:", "rates were as
    follows:"), about many at once."""
    if a.dateline is None:
        return False
    end = a.text.find("\n", a.dateline[1])
    return a.text[a.dateline[1] : end if end >= 0 else len(a.text)].rstrip().endswith(":")


#: An item of a digest: a paragraph opening with its own dateline, "BERNE - Swiss consumer
#: prices rose ...", long enough to be a story's lead (not a table's "COPPER - 1,234").
_DIGEST_ITEM = re.compile(r"^[A-Z][A-Z .'/-]{2,40}[ ]-[ ](?:\S+[ ]+){14}", re.MULTILINE)
#: The fewest such items that make a digest.
DIGEST_ITEMS = 3


def is_digest(a: ArticleFeatures) -> bool:
    """A wire digest: news highlights of the hour, three paragraphs or more each opening
    with its own dateline, each item another story's lead. A digest ties no two stories
    together (the money desk's highlights beside a central bank's figures, a minister's
    speech and a trade report): it stands alone, and its items link only where an event
    outside stories takes them (copies worded alike), not as its stories' passages."""
    return a.dateline is not None and len(_DIGEST_ITEM.findall(a.text)) >= DIGEST_ITEMS


def find_stories(
    articles: Sequence[ArticleFeatures],
    vectors: Sequence[Vector],
    df: Counter[str],
    params: Params = PARAMS,
    issues: Sequence[Mapping[str, NoticeDay]] | None = None,
    matters: Callable[[int], frozenset[str]] | None = None,
    templates: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Group the articles into stories; set each article's tight sub-story.

    Args:
        articles: The corpus's articles (their ``substory`` is set here).
        vectors: Their TF-IDF vectors (:func:`tui.core.events.features.tfidf`).
        df: The features' document frequencies.
        params: Thresholds.
        issues: Each article's recurring notices and the day of its issue
            (:func:`~tui.core.events.happenings.notice_issues`; None: read here). A
            story holds one day's issue of a notice: two days' issues are two stories,
            never joined through a third article close to both.
        matters: An article's headline matter by its position
            (:func:`~tui.core.events.happenings.matters_of`; None: read here).
        templates: Whether two articles by position are one template's reports of two
            things (:func:`~tui.core.events.happenings.templates_apart`; None: read here).

    Returns:
        The stories, each a sorted list of article positions, by first article.
    """

    # (in a small folder a name spelt two ways is one; among many names, two people's
    # names are as likely to be an edit apart)
    small = len(articles) < params.min_corpus
    same_name = name_variants if small else name_compatible
    # (worked out once per article: the pairs scored are many times more)
    head_marks = [headline_marks(a) for a in articles]
    text_marks = [marks(a.text) if head_marks[i] else frozenset() for i, a in enumerate(articles)]
    head = [
        headline_countries(a, params) if a.dateline is not None else frozenset() for a in articles
    ]
    named = [countries_named(a) if head[i] else frozenset() for i, a in enumerate(articles)]
    head_words = [headline_words(a) for a in articles]
    # (the openings of tables' headlines only: a story's body tells whose it is)
    openings = [headline_opening(a) if tells_no_body(a) else () for a in articles]
    all_words: dict[int, frozenset[str]] = {}

    def words_of(i: int) -> Callable[[], frozenset[str]]:
        def read() -> frozenset[str]:
            if i not in all_words:
                all_words[i] = _words_without_places(articles[i], len(articles[i].text))
            return all_words[i]

        return read

    leads = [lead_words(a) if head_words[i] else frozenset() for i, a in enumerate(articles)]
    lists = [a.dateline is not None and announces_list(a) for a in articles]
    digests = [is_digest(a) for a in articles]
    lead_people = [
        lead_names(a, PERSON_LABEL) if head_words[i] else frozenset()
        for i, a in enumerate(articles)
    ]
    head_sums = [headline_sums(a) for a in articles]
    sums = [lead_sums(a, params) if head_sums[i] else frozenset() for i, a in enumerate(articles)]

    # (what a wire headline is about, its names aside, read once an article; from
    # happenings, which reads stories to split them)
    from tui.core.events.happenings import (
        WIRE_RETOLD_DAYS,
        headline_matters_apart,
        matters_of,
        notice_issues,
        recurring_notices,
        templates_apart,
    )

    matter_of = matters or matters_of(articles)
    if issues is None:
        issues = notice_issues(articles)
    # (one headline template's reports of two goods, two cities, two figures, or a
    # recurring notice's two days)
    apart_as_templates = templates or templates_apart(
        articles, matter_of, recurring_notices(articles, issues)
    )

    def factor(i: int, j: int) -> float:
        f = time_factor(articles[i], articles[j], params)
        a, b = articles[i], articles[j]
        wire = a.dateline is not None and b.dateline is not None
        # (a person both leads name ties them: one's successor and one's going)
        named_both = bool(lead_people[i] & lead_people[j])
        words_apart = (
            wire
            and not named_both
            and headlines_apart(head_words[i], leads[i], head_words[j], leads[j])
        )
        if digests[i] or digests[j]:
            # A digest of the hour's news beside one of the stories it sums up: its other
            # items would tie that story to theirs.
            f *= params.wire_apart_factor
        elif wire and (lists[i] or lists[j]) and a.main[:1] != b.main[:1] and not named_both:
            # A list (filings, rates) beside a story led by someone else (a filer's
            # story beside the filings the agency lists).
            f *= params.wire_apart_factor
        elif wire and (
            marks_apart(head_marks[i], text_marks[i], head_marks[j], text_marks[j])
            or (
                not head_marks[i] & head_marks[j]
                and openers_apart(openings[i], words_of(i), openings[j], words_of(j))
            )
            or (head[i] and head[j] and countries_apart(head[i], named[i], head[j], named[j]))
            or subjects_apart(a, b)
            or apart_as_templates(i, j)
        ):
            # Two wire stories whose headlines mark different companies, or are about
            # countries the other never names, or one template's reports of two things
            # (two goods' futures, two cities' cattle markets, two days' issues of a
            # recurring notice): a template's words are all they share.
            f *= params.wire_apart_factor
        elif participants_conflict(a.main, b.main, same_name):
            # About different companies, and nothing named in common (or named only in
            # headlines over tables): market tables and filings of the same template.
            # (a headline's names are no firm ground in a small folder: a date line
            # under it sends who the article is about to the headline, where the parse
            # misreads capitals, "Escaped Arsonist ..." an organisation, and a name
            # both give counts)
            apart = (
                not small and (a.main_from_headline or b.main_from_headline)
            ) or not a.specific & b.specific
            f *= params.apart_factor if apart else params.participant_factor
        elif wire and not a.specific & b.specific:
            # Two wire stories that name no one in common: a place and a day of filing,
            # and a desk's words, are all they may share.
            f *= params.wire_unnamed_factor
        if words_apart:
            # Two wire stories whose headlines share no word with each other's lead.
            f *= params.wire_words_factor
        elif (
            wire
            and headline_matters_apart(matter_of(i), matter_of(j))
            and (filing_gap(a, b) or 0) > WIRE_RETOLD_DAYS
            and distinct_names(a.specific & b.specific) < params.wire_far_names
        ):
            # Two wire stories filed days apart whose headlines, their names aside, share
            # no word nor family of news words, naming no second name in common: one
            # company's other news (a results table and, days on, a new product; a
            # rights date and a station's sale), not one happening's thread.
            f *= params.wire_words_factor
        if wire and sums_apart(head_sums[i], sums[i], head_sums[j], sums[j]):
            # Two wire stories whose headlines state sums the other never states.
            f *= params.wire_sums_factor
        if figures_conflict(a, b, params):
            f *= params.figure_factor
        if (
            wire
            and (filing_gap(a, b) or 0) > params.wire_near_days
            and distinct_names(a.specific & b.specific) < params.wire_far_names
        ):
            # Wire copy files each development as a story of its own: two filed more
            # than a week apart, naming no second name in common (a company's payout,
            # and weeks later its quarter's results; not a takeover's bidder and target
            # named again), are one thread only through the stories filed between them.
            f *= params.wire_far_factor
        return f

    edges = neighbour_graph(vectors, df, params, factor)
    n = len(articles)
    k = params.neighbours
    stories = agglomerate(n, edges, params.story_threshold, "mink", k, issues)
    for number, sub in enumerate(
        agglomerate(n, edges, params.substory_threshold, "mink", k, issues)
    ):
        for i in sub:
            articles[i].substory = number
    if params.split_weight <= 0 or n < params.min_corpus:
        # (a small folder's events link on the sentences' own evidence, which keeps a
        # thread's happenings apart without parting its story: small.py)
        return stories
    parts = [part for story in stories for part in split_story(articles, vectors, story, params)]
    return sorted(parts, key=lambda g: g[0])


Doers = Mapping[str, frozenset[tuple[str, str]]]


def _lead_triggers_at(a: ArticleFeatures, params: Params) -> Iterator[tuple[int, TriggerFeatures]]:
    """The triggers of the headline and lead that tell something (not negated, not a verb
    that tells nothing: "say", "announce"), each with its sentence."""
    skip = vocabulary().not_events
    end = lead_end(a.sentences, params)
    for k, triggers in enumerate(a.triggers):
        if a.sentences[k].start >= end:
            break
        yield from ((k, t) for t in triggers if not t.neg and t.lemma not in skip)


def _lead_triggers(a: ArticleFeatures, params: Params) -> Iterator[TriggerFeatures]:
    """The triggers of the headline and lead that tell something (:func:`_lead_triggers_at`)."""
    return (t for _, t in _lead_triggers_at(a, params))


def lead_doers(a: ArticleFeatures, params: Params = PARAMS) -> Doers:
    """Who does what in the headline and lead: each trigger lemma (verbs that tell no
    happening left out, "say", "announce") -> its subjects' (label, id), people and
    organisations only, as the first sentence telling it gives them. A later sentence of
    the lead telling it again by others tells their own ("he has made an offer ... the
    Orioles have made offers as well"); where the first names no doer ("he", "the
    team"), the lead's act has none."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    first: dict[str, int] = {}
    for k, t in _lead_triggers_at(a, params):
        if first.setdefault(t.lemma, k) != k:
            continue
        for arg in t.args:
            e = arg.entity
            if arg.role == "subj" and e is not None and e.kb_id and e.label in DOER_LABELS:
                out[t.lemma].add((e.label, e.kb_id))
    return {lemma: frozenset(ids) for lemma, ids in out.items()}


#: The roles that say whom a happening is done to: a verb's object ("shot a deputy"), an
#: event noun's "of" ("the murder of a deputy").
TARGET_ROLES = frozenset({"obj", "prep:of"})


def lead_targets(a: ArticleFeatures, params: Params = PARAMS) -> Doers:
    """Whom the headline and lead tell something done to: each trigger's kind (its family
    of news words, "kill" / "murder" / "slay", else its lemma) -> the people named as its
    object ("shot Jane Roe", "the murder of Jane Roe")."""
    families = vocabulary().families
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for t in _lead_triggers(a, params):
        for arg in t.args:
            e = arg.entity
            if arg.role in TARGET_ROLES and e is not None and e.kb_id and e.label == "PERSON":
                out[families.get(t.lemma, t.lemma)].add((e.label, e.kb_id))
    return {kind: frozenset(ids) for kind, ids in out.items()}


def story_kinds(articles: Sequence[ArticleFeatures], story: Sequence[int]) -> dict[str, str]:
    """Each person's or organisation's id -> the label most of the story's articles give
    it (each article voting once, by its own commonest label of the name; ties go to ORG,
    the first in order): one article's model calling a team a person does not make its
    doer another kind of doer than the other articles' (a club and its manager may both
    act, a club and a club misread as a person do not)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for i in story:
        own: dict[str, Counter[str]] = defaultdict(Counter)
        for e in articles[i].entities:
            if e.kb_id and e.label in DOER_LABELS:
                own[e.kb_id][e.label] += 1
        for kb_id, labels in own.items():
            votes[kb_id][min(labels, key=lambda x: (-labels[x], x))] += 1
    return {kb_id: min(v, key=lambda x: (-v[x], x)) for kb_id, v in votes.items()}


def doers_as_kinds(doers: Doers, kinds: Mapping[str, str]) -> Doers:
    """The doers with each name's label as the story gives it (:func:`story_kinds`)."""
    return {
        lemma: frozenset((kinds.get(kb_id, label), kb_id) for label, kb_id in ids)
        for lemma, ids in doers.items()
    }


def doers_conflict(a: Doers, b: Doers) -> bool:
    """Two leads tell what they both tell done by different people or organisations:
    for every trigger lemma both give doers of, of the same kinds (people, or
    organisations: a club and its manager may both be said to act), no name of one
    shares a word with a name of the other ("the Angels offered", "the Red Sox offered")."""
    shared = sorted(a.keys() & b.keys())
    if not shared:
        return False
    for lemma in shared:
        x, y = a[lemma], b[lemma]
        if {label for label, _ in x} != {label for label, _ in y}:
            return False
        if any(name_words(p) & name_words(q) for _, p in x for _, q in y):
            return False
    return True


#: A place a lead tells something happened in: its id and the country the gazetteer puts
#: it in (if it knows it).
Place = tuple[str, str | None]
#: The prepositions that say where a happening was ("struck in", "a fire at").
WHERE = frozenset({"prep:in", "prep:at", "prep:near", "prep:off"})


def where(a: ArticleFeatures, params: Params = PARAMS) -> tuple[Place, ...]:
    """The places the headline and lead say their happenings were in (a trigger's "in",
    "at", "near" or "off" a country or city: "a quake struck off Sumatra"; verbs that tell
    nothing left out), resolved through the gazetteer."""
    places = gazetteer()
    out: dict[str, Place] = {}
    for t in _lead_triggers(a, params):
        for arg in t.args:
            e = arg.entity
            if arg.role in WHERE and e is not None and e.kb_id and e.label == "GPE":
                out.setdefault(e.kb_id, (e.kb_id, places.country_of(fold(e.text))))
    return tuple(out[p] for p in sorted(out))


def places_conflict(a: Sequence[Place], b: Sequence[Place]) -> bool:
    """Two leads tell their happenings in different countries: each gives places the
    gazetteer knows, and no country of one is a country of the other's (Paris and France
    can be one place, Lyon and Italy cannot). Two places of one country are not compared:
    a district, its city and its county are all where one fire was, and the tables do
    not know which holds which."""
    countries_a = {c for _, c in a if c is not None}
    countries_b = {c for _, c in b if c is not None}
    return bool(countries_a and countries_b) and not countries_a & countries_b


def leads_conflict(
    articles: Sequence[ArticleFeatures], story: Sequence[int], params: Params = PARAMS
) -> Callable[[int, int], bool]:
    """Whether two articles of a story cannot report one happening: their lead figures or
    versions cannot be one happening's, their leads tell their happenings in different
    countries, tell one thing done by different people or organisations (each name of the
    kind most of the story's articles make it: :func:`story_kinds`) or done to different
    people (unless they are one deal's two parties: :func:`counterparts`), or one is
    undated and told years from the other's date (:func:`told_apart`) or on another
    weekday than the other's lead tells (:func:`told_days_apart`).

    Args:
        articles: The corpus's articles.
        story: The story's article positions (what each lead tells is worked out once).
        params: The lead figures' ratios, ``told_gap``.

    Returns:
        ``conflict(i, j)`` on two article positions of the story.
    """
    kinds = story_kinds(articles, story)
    doers = {i: doers_as_kinds(lead_doers(articles[i], params), kinds) for i in story}
    targets = {i: lead_targets(articles[i], params) for i in story}
    places = {i: where(articles[i], params) for i in story}

    def conflict(i: int, j: int) -> bool:
        a, b = articles[i], articles[j]
        return (
            figures_conflict(a, b, params)
            or places_conflict(places[i], places[j])
            or (
                # (one deal's two parties, each told by its own desk: each the doer of
                # its own lead)
                not counterparts(a, b)
                and (doers_conflict(doers[i], doers[j]) or doers_conflict(targets[i], targets[j]))
            )
            or told_apart(a, b, params)
            or (params.told_weekdays and told_days_apart(a, b))
        )

    return conflict


def split_story(
    articles: Sequence[ArticleFeatures],
    vectors: Sequence[Vector],
    story: Sequence[int],
    params: Params = PARAMS,
) -> list[list[int]]:
    """A story's articles in groups that agree inside and conflict across.

    Two articles conflict when their lead figures or versions cannot be one happening's,
    their leads tell their happenings in different countries, their leads tell one
    thing done by different people or organisations (each name of the kind most of the
    story's articles make it: :func:`story_kinds`), or done to different people, or one
    is undated and told years from the other's date (:func:`told_apart`) or on another
    weekday (:func:`told_days_apart`). The story's
    articles are clustered by average link over every pair (quadratic: stories larger than ``Params.max_block`` are left
    whole, their events are found per block), each pair weighing its similarity less
    ``split_weight`` if they conflict; groups part where that average falls below 0, that
    is, where the share of their pairs that conflict outweighs their similarity. A report
    that conflicts with none joins the side its words are nearest.

    Args:
        articles: The corpus's articles.
        vectors: Their TF-IDF vectors.
        story: The story's article positions.
        params: ``split_weight``, ``max_block`` and the lead figures' ratios.

    Returns:
        The story's parts (one, the story itself, when nothing sets its articles apart).
    """
    n = len(story)
    if n < 2 or n > params.max_block:
        return [list(story)]
    conflict = leads_conflict(articles, story, params)
    edges: dict[tuple[int, int], float] = {}
    conflicts = 0
    for x in range(n):
        for y in range(x + 1, n):
            similarity = cosine(vectors[story[x]], vectors[story[y]])
            if conflict(story[x], story[y]):
                similarity -= params.split_weight
                conflicts += 1
            edges[(x, y)] = similarity
    if not conflicts:
        return [list(story)]
    return [[story[x] for x in g] for g in agglomerate(n, edges, 0.0, "average")]
