"""A story's events over much the same passages made one: a reader sees one happening once.

The events of a large story are found per anchor and grown by paraphrases (a sentence
joins up to three), so two anchors of one happening ("shot", "opened fire", "killed")
can end as two or three events over much the same passages. After the events are found
(before people's decisions are laid over them, so only model events are touched), a
story's events are taken best-ranked first, each against the kept event it shares most
of the smaller one's passages with:

- at :data:`COINCIDE` of the smaller one's passages shared, the two become one, under
  the better-ranked one's title, when nothing sets them apart: their titles' months, the
  doers their titles name (unless both titles say one thing over :data:`RETOLD` of the
  smaller one's passages: "Novak resigns", "Mayor Jana Novak resigns"), or figures of
  one unit that the articles only one of them tells state and cannot agree on (over
  articles that are all copies of one story, a story sent twice, titles set nothing
  apart: both events are that story's passages, and each anchor's title is one reading
  of them); the other's passages that tell their happening as past (background recalled:
  "last month the navy sank a trawler") do not join, unless another article of the
  better-ranked one recalls the past too or their dates fall in its month (a later
  report: "last week" a week on; :func:`background`);
- else an event nearly all (:data:`CONTAINED`) in a better-ranked one drops out, and a
  better-ranked one nearly all in a larger one gives it its place (a subset adds no pair
  of passages, only a second title).

Both thresholds were chosen by cross-validation over ECB+ (docs/benchmarks.md). A
small folder (:meth:`~tui.core.events.concepts.CorpusStats.small`) asks one thing more
(:mod:`tui.core.events.small` bundles its events by finer evidence first): the
direction of a move each event's own passages tell, so that a share's fall and its
rebound, which share the report that tells both, stay two happenings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.events.features import participants_conflict
from tui.core.events.figures import kept_figures
from tui.core.events.phases import phases_apart, phases_of
from tui.core.events.small import sentence_figures_conflict
from tui.core.events.titles import BARE_WORDS, Title, is_quote
from tui.core.model.schema import Event, Figure
from tui.core.nlp.dates import Period, parse_value
from tui.core.text.shingles import all_copies
from tui.core.text.terms import content_words

#: Share of an event's passages in another for it to drop out (when it is kept apart).
CONTAINED = 0.9
#: Share of the smaller event's passages in the other for the two to become one (when
#: nothing sets them apart).
COINCIDE = 0.3
#: Share of the smaller event's passages in the other at which two events whose titles
#: say one thing (:func:`told_alike`) are one whatever doers their titles name: a title's
#: names are read from its passages and may be a place or a speaker, but a reader shown
#: "Jana Novak arrested" twice over nearly the same sentences sees one happening.
RETOLD = 0.8
#: At most this many figures and participants an event keeps.
MAX_FIGURES = 12
MAX_PARTICIPANTS = 6


#: A passage: its article and span (:attr:`tui.core.model.schema.Mention.key`).
Key = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class Ranked:
    """A story's event, how well it stands for the story, and the title it was made from."""

    event: Event
    rank: float
    title: Title
    #: Its passages that tell their happening as before their article's (background
    #: recalled: :attr:`tui.core.events.happenings.Happening.past`), with the periods of
    #: their dates precise to a month.
    past: Mapping[Key, tuple[Period, ...]] = field(default_factory=dict)


def _keys(event: Event) -> set[Key]:
    return {m.key for m in event.mentions}


def _figures_of(event: Event, articles: set[str]) -> list[Figure]:
    return [f for f in event.figures if f.article in articles]


#: Whether two articles (by id) cannot report one happening: their lead figures disagree.
ArticlesApart = Callable[[str, str], bool]
#: Whether two articles (by id) are copies of one story (:mod:`tui.core.text.shingles`).
Copies = Callable[[str, str], bool]
#: The one direction of a move a passage tells ("up", "down"), if any
#: (:func:`tui.core.events.small.direction`).
Direction = Callable[[Key], str | None]


def told_alike(a: Title, b: Title) -> bool:
    """Every content word of one title's head (place and month aside) is in the other's:
    "Novak resigns" and "Mayor Jana Novak resigns"."""
    x, y = set(content_words(a.head)), set(content_words(b.head))
    return bool(x and y) and (x <= y or y <= x)


def _copies_only(a: Ranked, b: Ranked, copies: Copies | None) -> bool:
    """Both events are told by the same articles, every two of them copies of one story."""
    if copies is None:
        return False
    articles = {m.article for m in a.event.mentions}
    if articles != {m.article for m in b.event.mentions}:
        return False
    return all_copies(articles, copies)


def apart(
    a: Ranked,
    b: Ranked,
    articles_apart: ArticlesApart | None = None,
    doers: bool = True,
    direction: Direction | None = None,
) -> bool:
    """Whether two events may not be made one: their titles name other months or other
    doers, or the figures of the articles only one of them tells cannot agree (their
    passages' figures, or the articles' lead figures: a 5.6 quake's reports and a 5.9
    one's, joined by a third report that gives no magnitude).

    Args:
        a: One event.
        b: The other.
        articles_apart: Whether two articles' lead figures disagree (None: not asked).
        doers: Whether the doers their titles name count (False: two titles saying one
            thing over nearly the same passages, :data:`RETOLD`).
        direction: The direction of a move each passage tells (None: not asked): two
            events whose own passages tell moves of one direction each, and not the same
            one, are a fall and its rebound.

    Returns:
        True when something sets them apart.
    """
    if a.title.when and b.title.when and a.title.when != b.title.when:
        return True
    if doers and participants_conflict(a.title.participants, b.title.participants):
        return True
    if phases_apart(phases_of((a.title.trigger,)), phases_of((b.title.trigger,))):
        return True
    if direction is not None:
        mine, theirs = _keys(a.event), _keys(b.event)
        ways_a = {w for key in mine - theirs if (w := direction(key)) is not None}
        ways_b = {w for key in theirs - mine if (w := direction(key)) is not None}
        if len(ways_a) == 1 and len(ways_b) == 1 and ways_a != ways_b:
            return True
    only_a = {m.article for m in a.event.mentions} - {m.article for m in b.event.mentions}
    only_b = {m.article for m in b.event.mentions} - {m.article for m in a.event.mentions}
    fa, fb = _figures_of(a.event, only_a), _figures_of(b.event, only_b)
    if fa and fb and sentence_figures_conflict(fa, fb):
        return True
    return articles_apart is not None and any(articles_apart(x, y) for x in only_a for y in only_b)


def background(keep: Ranked, other: Ranked) -> frozenset[Key]:
    """The passages of ``other`` that may not join ``keep`` when the two are made one:
    those that tell their happening as past (background recalled: a trawler sunk "last
    month" beside a navy's capture), unless a date of theirs falls in the month ``keep``
    is dated in (a later report of its happening: "last week" a week on), another article
    of ``keep`` recalls the past too, or ``other`` is made of such passages (a happening
    told as past is its own).

    Args:
        keep: The better-ranked event, which takes the other's passages.
        other: The event made one with it.

    Returns:
        Keys of the passages left out.
    """
    mine = _keys(keep.event)
    past = [key for key in other.past if key not in mine]
    if not past or len(other.past) * 2 >= len(other.event.mentions):
        return frozenset()
    month = parse_value(keep.title.when) if keep.title.when else None
    recalled = {article for article, _, _ in keep.past}
    return frozenset(
        key
        for key in past
        if not recalled - {key[0]}
        and not (month is not None and any(p.overlaps(month) for p in other.past[key]))
    )


def _says_more(other: Title, keep: Title) -> bool:
    """``other`` says what happened where ``keep`` says little (:attr:`Title.bare`:
    "Losses suffered"): ``other`` names someone or says it in more words ("Boliden takes
    over Allis-Chalmers division", the headline of the copies it was found in), of the
    same month if ``keep`` shows one (a recalled quake's "Thousands killed · Bam ·
    2003-12" keeps its month), and quotes no passage."""
    if not keep.bare or is_quote(other.text):
        return False
    if keep.month is not None and other.month != keep.month:
        return False
    return bool(other.participants) or len(other.head.split()) > BARE_WORDS


def _retitled(keep: Ranked, parts: Sequence[Ranked]) -> Ranked:
    """``keep`` under the title of the best-ranked of the events made one with it whose
    title says more than its own (:func:`_says_more`), with that event's id and date;
    else as it is."""
    better = [p for p in parts if _says_more(p.title, keep.title)]
    if not better:
        return keep
    said = max(better, key=lambda p: p.rank)
    event = keep.event.model_copy(
        update={"id": said.event.id, "title": said.event.title, "date": said.event.date}
    )
    return Ranked(event, keep.rank, said.title, keep.past)


def _union(keep: Ranked, other: Ranked, leave: frozenset[Key] = frozenset()) -> Ranked:
    """``keep`` (its id, title and date) with ``other``'s passages (but ``leave``),
    participants and figures."""
    mentions = {m.key: m for m in other.event.mentions if m.key not in leave}
    mentions.update({m.key: m for m in keep.event.mentions})
    participants = list(keep.event.participants)
    for p in other.event.participants:
        if len(participants) >= MAX_PARTICIPANTS:
            break
        if p not in participants:
            participants.append(p)
    figures = kept_figures((*keep.event.figures, *other.event.figures), MAX_FIGURES)
    event = keep.event.model_copy(
        update={
            "mentions": tuple(sorted(mentions.values(), key=lambda m: m.key)),
            "participants": tuple(participants),
            "figures": figures,
        }
    )
    past = {**{k: v for k, v in other.past.items() if k not in leave}, **keep.past}
    return Ranked(event, max(keep.rank, other.rank), keep.title, past)


def merge_coinciding(
    ranked: Sequence[Ranked],
    contained: float = CONTAINED,
    coincide: float = COINCIDE,
    articles_apart: ArticlesApart | None = None,
    copies: Copies | None = None,
    direction: Direction | None = None,
) -> list[Ranked]:
    """One story's events with those that tell mostly the same passages made one.

    Args:
        ranked: The story's events, in the order they were found.
        contained: Share of an event's passages in another for it to drop out.
        coincide: Share of the smaller event's passages in the other for the two to
            become one when nothing sets them apart (:func:`apart`).
        articles_apart: Whether two articles' lead figures disagree (:func:`apart`).
        copies: Whether two articles are copies of one story (None: not asked): two
            events over the same copies that coincide are one whatever their titles.
        direction: The direction of a move each passage tells (:func:`apart`; None: not
            asked).

    Returns:
        The events left, in the order they were found (a merged event at its survivor's
        place); each merged event ranks as the better of its parts.
    """
    order = sorted(range(len(ranked)), key=lambda x: (-ranked[x].rank, x))
    place = {x: n for n, x in enumerate(order)}
    kept: dict[int, Ranked] = {}
    keys: dict[int, set[Key]] = {}
    # Which kept events hold a passage: the events sharing passages with one are found
    # through it (linear in the passages, not quadratic in a large story's events).
    holders: dict[Key, set[int]] = defaultdict(set)

    # (the events each kept one was made one with: the merges are decided by the kept
    # titles, and the title is chosen once they are all done)
    parts: dict[int, list[Ranked]] = defaultdict(list)

    def keep(x: int, r: Ranked, passages: set[Key]) -> None:
        kept[x], keys[x] = r, passages
        for key in passages:
            holders[key].add(x)

    def forget(y: int) -> None:
        for key in keys.pop(y):
            holders[key].discard(y)
        del kept[y]

    for x in order:
        mine = _keys(ranked[x].event)
        shared: Counter[int] = Counter()
        for key in mine:
            shared.update(holders.get(key, ()))
        best, share = None, 0.0
        for y, n in sorted(shared.items(), key=lambda yn: place[yn[0]]):
            s = n / min(len(mine), len(keys[y]))
            if s > share:
                best, share = y, s
        if best is None or share < min(contained, coincide):
            keep(x, ranked[x], mine)
            continue
        theirs = keys[best]
        common = shared[best]
        # (titles that say one thing over nearly the same passages: their doers set
        # nothing apart)
        retold = share >= RETOLD and told_alike(kept[best].title, ranked[x].title)
        if share >= coincide and (
            not apart(kept[best], ranked[x], articles_apart, doers=not retold, direction=direction)
            or _copies_only(kept[best], ranked[x], copies)
        ):
            # One happening: one event, under the better-ranked one's title.
            leave = background(kept[best], ranked[x])
            union = _union(kept[best], ranked[x], leave)
            parts[best].append(ranked[x])
            forget(best)
            keep(best, union, theirs | (mine - leave))
        elif common >= contained * len(mine):
            # Nearly all of this one is in a better-ranked event: it drops out.
            pass
        elif common >= contained * len(theirs):
            # The better-ranked event is nearly all in this larger one: this one takes
            # its place.
            survivor = Ranked(
                ranked[x].event, max(ranked[x].rank, kept[best].rank), ranked[x].title
            )
            parts[x] = [*parts.pop(best, []), kept[best]]
            forget(best)
            keep(x, survivor, mine)
        else:
            keep(x, ranked[x], mine)
    return [_retitled(kept[x], parts[x]) for x in sorted(kept)]


def told_the_same(
    ranked: Sequence[Ranked], articles_apart: ArticlesApart | None = None
) -> list[Ranked]:
    """One story's events told by the same articles whose titles say the same thing
    (their heads alike, case aside: "American Nursery Products 3rd quarter net" twice,
    a results story's and its table's anchors) made one, unless something sets them apart
    (:func:`apart`: their months, doers, phases or figures): a reader shown one title twice
    over the same sources sees one happening. The better-ranked one is kept, with the
    other's passages.

    Args:
        ranked: The story's events.
        articles_apart: Whether two articles' lead figures disagree (:func:`apart`).

    Returns:
        The events left, in their order.
    """
    groups: dict[tuple[frozenset[str], str], list[int]] = defaultdict(list)
    for x, r in enumerate(ranked):
        told = frozenset(m.article for m in r.event.mentions)
        groups[(told, r.title.head.casefold())].append(x)
    merged: dict[int, Ranked] = dict(enumerate(ranked))
    for xs in groups.values():
        kept: list[int] = []
        for x in sorted(xs, key=lambda x: (-ranked[x].rank, x)):
            into = next((k for k in kept if not apart(merged[k], ranked[x], articles_apart)), None)
            if into is None:
                kept.append(x)
            else:
                merged[into] = _union(merged[into], ranked[x])
                del merged[x]
    return [merged[x] for x in sorted(merged)]


def with_copies(keep: Ranked, copies: Sequence[Event]) -> Ranked:
    """``keep`` (its id, title and rank) with the passages, participants and figures of
    ``copies``: events told by the very articles ``keep`` is told by, all copies of one
    story (a story sent twice: its sentences told again word for word)."""
    for event in copies:
        keep = _union(keep, Ranked(event, keep.rank, keep.title))
    return keep
