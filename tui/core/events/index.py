"""EventIndex: the events file, looked up by passage for the reader.

Which events a sentence belongs to, every other source's passage of an event,
the translations of a passage (from the alignments), which sources report which
event (the coverage matrix), the events in date order (the timeline), and the
stories: an article's story, its sources most recent first, its events, and the
events in no story. Pure
and cheap: built from an :class:`~tui.core.model.schema.EventsFile` in the UI thread
or a worker, it reads no files. A passage of an article the corpus no longer has
(its ``.txt`` deleted) is a dangling reference: its source is named as missing,
never looked up.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from tui.core.events.figures import FigureRow, line_up
from tui.core.model.schema import Event, EventsFile, Mention, Story
from tui.core.nlp.dates import Period, describe_period, parse_value
from tui.core.text.terms import content_words, digit_runs, word_overlap


@dataclass(frozen=True, slots=True)
class Source:
    """An article as the events views name it."""

    id: str
    title: str
    date: str | None = None
    source: str | None = None
    #: Events refer to the article but the corpus does not have it (its text file is gone).
    missing: bool = False

    @property
    def label(self) -> str:
        """``source, date``, or what of them is known (possibly nothing); ``missing`` for
        an article the corpus does not have."""
        if self.missing:
            return "missing"
        return ", ".join(p for p in (self.source, self.date) if p)

    @property
    def short(self) -> str:
        """A short name: ``source, date`` when known, else the title cut to 28 characters."""
        if self.label:
            return self.label
        title = " ".join(self.title.split()) or self.id
        return title if len(title) <= 28 else title[:27].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Report:
    """One source's passages of an event, with their translations."""

    article: str
    mentions: tuple[Mention, ...]
    translations: tuple[Mention, ...] = ()


def closeness(words: Collection[str], text: str) -> float:
    """How much of a passage's wording a sentence shares: the content words in common
    over the geometric mean of the two counts (0 for none, 1 for the same words).

    Args:
        words: The sentence's content words (:func:`tui.core.text.terms.content_words`).
        text: The passage.

    Returns:
        A share from 0 to 1.
    """
    return word_overlap(words, content_words(text))


def _overlaps(mention: Mention, start: int, end: int) -> bool:
    if start == end:
        return mention.start <= start < mention.end
    return mention.start < end and start < mention.end


def _accepted(event: Event) -> tuple[Mention, ...]:
    return tuple(m for m in event.mentions if m.status == "accepted")


class EventIndex:
    """Accepted events and their accepted passages, looked up by article and offset."""

    def __init__(
        self,
        events: EventsFile | None,
        sources: Mapping[str, Source] | None = None,
        *,
        articles: Collection[str] | None = None,
    ) -> None:
        """Index the events.

        Args:
            events: The events file (None: no events yet).
            sources: Article id -> how to name it; unknown articles are named by id.
            articles: The articles the corpus has (None: every article referred to);
                passages of any other are dangling, their source :attr:`Source.missing`.
        """
        self.file = events or EventsFile()
        self.sources: dict[str, Source] = dict(sources or {})
        self.events: tuple[Event, ...] = tuple(
            sorted(
                (e for e in self.file.events if e.status == "accepted" and _accepted(e)),
                key=lambda e: (self.period_of(e) or Period(10**7, 10**7), e.title, e.id),
            )
        )
        # Per article: mentions sorted by start, with the event each belongs to.
        self._by_article: dict[str, list[tuple[int, int, int, Mention]]] = {}
        for number, event in enumerate(self.events):
            for mention in _accepted(event):
                self._by_article.setdefault(mention.article, []).append(
                    (mention.start, mention.end, number, mention)
                )
        self._starts: dict[str, list[int]] = {}
        for article, rows in self._by_article.items():
            rows.sort(key=lambda r: (r[0], r[1], r[2]))
            self._starts[article] = [r[0] for r in rows]
        self._longest = {
            article: max((r[1] - r[0] for r in rows), default=0)
            for article, rows in self._by_article.items()
        }
        self._aligned: dict[str, list[tuple[Mention, tuple[Mention, ...]]]] = {}
        for alignment in self.file.alignments:
            for mention in alignment.mentions:
                others = tuple(m for m in alignment.mentions if m is not mention)
                self._aligned.setdefault(mention.article, []).append((mention, others))
        referred = set(self._by_article) | set(self._aligned)
        referred.update(a for story in self.file.stories for a in story.articles)
        #: Articles that events refer to and the corpus does not have, in id order.
        self.missing: tuple[str, ...] = (
            tuple(sorted(referred - set(articles))) if articles is not None else ()
        )
        self._missing = frozenset(self.missing)
        self._index_stories()

    def _index_stories(self) -> None:
        by_id = {event.id: number for number, event in enumerate(self.events)}
        first: dict[Story, int] = {}
        seen: set[str] = set()
        for story in self.file.stories:
            if story.id in seen:  # a story id given twice (a hand edit): the first counts
                continue
            seen.add(story.id)
            numbers = [by_id[e] for e in story.events if e in by_id]
            if story.articles or numbers:
                first[story] = min(numbers, default=len(self.events))
        #: Stories with an article or an accepted event, in the date order of their first event.
        self.stories: tuple[Story, ...] = tuple(
            sorted(first, key=lambda s: (first[s], s.title, s.id))
        )
        # An article or event listed by several stories belongs to the first of them.
        self._story_of_article: dict[str, Story] = {}
        self._story_of_event: dict[str, Story] = {}
        for story in self.stories:
            for article in story.articles:
                self._story_of_article.setdefault(article, story)
            for event_id in story.events:
                if event_id in by_id:
                    self._story_of_event.setdefault(event_id, story)
        self._stories_by_id = {story.id: story for story in self.stories}
        self._story_events: dict[str, list[Event]] = {}
        for event in self.events:
            owner = self._story_of_event.get(event.id)
            if owner is not None:
                self._story_events.setdefault(owner.id, []).append(event)

    def __len__(self) -> int:
        return len(self.events)

    # ---------------------------------------------------------------- lookups

    def source(self, article: str) -> Source:
        """How to name an article (by its id if unknown; as missing if the corpus lacks it)."""
        if article in self._missing:
            return Source(article, article, missing=True)
        return self.sources.get(article) or Source(article, article)

    def is_missing(self, article: str) -> bool:
        """True if events refer to the article and the corpus does not have it."""
        return article in self._missing

    def _mentions_in(self, article: str, start: int, end: int) -> list[tuple[int, Mention]]:
        rows = self._by_article.get(article, [])
        starts = self._starts.get(article, [])
        first = bisect.bisect_left(starts, start - self._longest.get(article, 0))
        found = []
        for row in rows[first:]:
            if row[0] >= max(end, start + 1):
                break
            if _overlaps(row[3], start, end):
                found.append((row[2], row[3]))
        return found

    def events_at(self, article: str, start: int, end: int) -> list[Event]:
        """Events with a passage overlapping [start, end) of the article, or with a
        passage that translates it; in date order."""
        numbers = {n for n, _ in self._mentions_in(article, start, end)}
        for translation in self.translations(article, start, end):
            numbers.update(
                n
                for n, _ in self._mentions_in(
                    translation.article, translation.start, translation.end
                )
            )
        return [self.events[n] for n in sorted(numbers)]

    def translations(self, article: str, start: int, end: int) -> list[Mention]:
        """Passages that translate the one at [start, end) (from the alignments)."""
        out: list[Mention] = []
        for mention, others in self._aligned.get(article, ()):
            if _overlaps(mention, start, end):
                out.extend(m for m in others if m not in out)
        return out

    def sources_of(self, event: Event) -> list[str]:
        """The articles reporting the event, oldest first."""
        articles = {m.article for m in _accepted(event)}
        return sorted(articles, key=lambda a: (self.source(a).date or "9999", a))

    def reports(
        self, event: Event, *, exclude: str | None = None, near: str | None = None
    ) -> list[Report]:
        """Each source's passages of the event (translations put with the passage they
        translate), oldest source first; ``exclude`` leaves one article out. With
        ``near`` (the sentence being read), each source's passages come closest to it
        first (:func:`closeness`), in text order among equals, and the sources whose
        closest passage is closer come first, oldest first among equals: an event of many
        passages shows first what the sources say of the sentence's own matter, not what
        one of them gives as background."""
        mentions = _accepted(event)
        words = set(content_words(near)) if near else set()
        figures = set(digit_runs(near)) if near else set()
        out = []
        for article in self.sources_of(event):
            if article == exclude:
                continue
            own = sorted(
                (m for m in mentions if m.article == article), key=lambda m: (m.start, m.end)
            )
            primary: list[Mention] = []
            shown: list[Mention] = []
            counterparts: list[Mention] = []
            for mention in own:
                # The first of two passages that translate each other leads; the other follows it.
                if any(_overlaps(c, mention.start, mention.end) for c in counterparts):
                    shown.append(mention)
                    continue
                primary.append(mention)
                counterparts.extend(self.translations(article, mention.start, mention.end))
            for counterpart in counterparts:
                # A translation that is not itself a passage of the event still shows, as aligned.
                if (
                    not any(_overlaps(counterpart, m.start, m.end) for m in shown)
                    and counterpart not in shown
                ):
                    shown.append(counterpart)
            best = 0.0
            if words:
                scores = {id(m): closeness(words, m.text) for m in primary}
                # (among passages as close in words, the one stating the sentence's own
                # figures: a results table's "Revs 111.7 mln vs 141.9 mln" beside the
                # other table's year row, not its quarter's)
                same = {id(m): len(figures & set(digit_runs(m.text))) for m in primary}
                primary.sort(key=lambda m: (-scores[id(m)], -same[id(m)]))  # stable: text order
                best = max(scores.values(), default=0.0)
            out.append((best, Report(article, tuple(primary), tuple(shown))))
        out.sort(key=lambda pair: -pair[0])  # stable: oldest source first among equals
        return [report for _, report in out]

    def source_names(self, event: Event) -> dict[str, str]:
        """Each article of the event (its passages' and its figures') by its short name,
        the article's id added where two share one (a wire's stories of one day)."""
        articles = sorted({m.article for m in event.mentions} | {f.article for f in event.figures})
        short = {a: self.source(a).short for a in articles}
        seen = Counter(short.values())
        return {a: name if seen[name] == 1 else f"{name}, {a}" for a, name in short.items()}

    def figures(self, event: Event) -> list[FigureRow]:
        """The event's figures lined up by unit and magnitude, disagreements flagged."""
        return line_up(event.figures)

    def coverage(self, articles: Sequence[str] | None = None) -> list[tuple[Event, list[bool]]]:
        """The coverage matrix: for each event (date order), which articles report it."""
        columns = list(articles) if articles is not None else self.all_sources()
        return [
            (event, [any(m.article == a for m in _accepted(event)) for a in columns])
            for event in self.events
        ]

    def all_sources(self, *, by_story: bool = False) -> list[str]:
        """Every article that reports an event, oldest first.

        Args:
            by_story: The articles of each story together, stories in order (the
                articles in none last), oldest first within each.
        """
        articles = set(self._by_article)
        oldest = sorted(articles, key=lambda a: (self.source(a).date or "9999", a))
        if not by_story:
            return oldest
        place = {story.id: n for n, story in enumerate(self.stories)}
        last = len(self.stories)

        def story_place(article: str) -> int:
            story = self.story_of(article)
            return place[story.id] if story is not None else last

        return sorted(oldest, key=story_place)  # a stable sort: oldest first within a story

    # ---------------------------------------------------------------- stories

    def story_of(self, article: str) -> Story | None:
        """The story the article belongs to (the first listing it), or None."""
        return self._story_of_article.get(article)

    def story_of_event(self, event: Event) -> Story | None:
        """The story the event belongs to (the first listing it), or None."""
        return self._story_of_event.get(event.id)

    def story_articles(self, story: Story) -> list[str]:
        """The story's articles, most recent first (one date: by id; undated ones last)."""
        dated = sorted(  # a stable sort keeps the ids' order among articles of one date
            sorted(a for a in set(story.articles) if self.source(a).date),
            key=lambda a: self.source(a).date or "",
            reverse=True,
        )
        undated = sorted(a for a in set(story.articles) if not self.source(a).date)
        return dated + undated

    def source_count(self, story: Story) -> int:
        """How many sources cover the story (counted as :meth:`count_sources` does)."""
        return self.count_sources(story.articles)

    def count_sources(self, articles: Iterable[str]) -> int:
        """How many sources the articles are: their outlets by name, an article without
        one counting alone, unless it carries the very headline of another such article
        (a story sent twice, a wire's copy) (articles the corpus does not have are not
        counted). The one count of sources every view shows."""
        outlets = set()
        for article in set(articles):
            source = self.source(article)
            if source.missing:
                continue
            if source.source:
                outlets.add(("name", source.source))
            else:
                headline = " ".join(source.title.split()).casefold()
                outlets.add(("headline", headline) if headline else ("article", article))
        return len(outlets)

    def covering_sources(self) -> int:
        """How many sources the stories and events cover (see :meth:`count_sources`): the
        stories' articles, and the articles reporting an event."""
        articles = set(self._by_article)
        articles.update(a for story in self.stories for a in story.articles)
        return self.count_sources(articles)

    def story(self, story_id: str) -> Story | None:
        """The story of this id, or None."""
        return self._stories_by_id.get(story_id)

    def story_events(self, story: Story) -> list[Event]:
        """The story's accepted events that belong to it, in date order."""
        return list(self._story_events.get(story.id, ()))

    def events_in_no_story(self) -> list[Event]:
        """Accepted events that no story lists, in date order."""
        return [e for e in self.events if e.id not in self._story_of_event]

    # ------------------------------------------------------------------ dates

    @staticmethod
    def period_of(event: Event) -> Period | None:
        return parse_value(event.date)

    def date_label(self, event: Event) -> str:
        period = self.period_of(event)
        return describe_period(period) if period else "undated"

    def timeline_span(self, events: Iterable[Event] | None = None) -> Period | None:
        """From the earliest to the latest dated event (of ``events``; None: of all)."""
        periods = [
            p for e in (self.events if events is None else events) if (p := self.period_of(e))
        ]
        if not periods:
            return None
        return Period(min(p.start for p in periods), max(p.end for p in periods))


def sources_from(
    articles: Iterable[tuple[str, str, str | None, str | None]],
) -> dict[str, Source]:
    """Sources from (id, title, date, source name) rows."""
    return {a: Source(a, title, date, source) for a, title, date, source in articles}
