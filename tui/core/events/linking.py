"""Event linking: passages across articles that report the same happening.

Each passage that reports an act of the lexicon (IPO halted, meeting, shares
fell ...) becomes a *frame*: the act, its canonical participants (kb_ids), its
dates (periods resolved against the article's date), its figures. Frames of one
act are clustered: a frame joins the best cluster it is compatible with, where
dates that cannot overlap, figures far apart and different people keep
happenings of the same kind apart, and shared participants, overlapping dates
and agreeing figures bring reports of one happening together. Candidate
clusters come from an index keyed by (act, participant), (act, month) and
(act, figure magnitude), each key remembering only its most recent clusters, so
linking grows linearly with the corpus.

Translations inside an article (see :mod:`tui.core.events.alignment`) join the events
of the passages they translate. People's decisions in the previous
``events.yaml`` are kept (see :mod:`tui.core.events.decisions`). Pure: annotations
in, an :class:`EventsFile` out; no files, no spaCy.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.events.acts import Act, Lexicon, load_lexicon
from tui.core.events.alignment import align_article
from tui.core.events.decisions import merge_previous, unique_ids
from tui.core.events.figures import figures_agree, magnitude_ratio
from tui.core.events.passages import Passage, auto_ids, build_passages, participant_labels
from tui.core.model.schema import (
    Alignment,
    Article,
    ArticleAnnotation,
    Event,
    EventsFile,
    Figure,
    Mention,
)
from tui.core.nlp.dates import Period, describe_period, format_period, parse_value
from tui.core.text.names import slug

LINKER_VERSION = "link1"
#: Evidence needed to join a cluster with another source's reports.
THRESHOLD = 1.0
#: Evidence needed to join a cluster that already has a passage of the same article.
SAME_ARTICLE_THRESHOLD = 0.75
#: Dates this close (in days, the longer of the two) pin a happening down.
FINE_DAYS = 35
#: Figures of one unit this far apart (and not agreeing) are different happenings.
FIGURE_CONFLICT_RATIO = 1.5
#: How many recent clusters each kind of index key remembers (keeps linking linear):
#: participants and articles many, months and figure magnitudes (crowded) a few.
KEY_MEMORY = {"p": 48, "a": 48, "m": 12, "f": 12}
#: Distinct date sets and figure sets remembered per cluster for conflict checks.
CLUSTER_MEMORY = 16
MAX_PARTICIPANTS = 6
MAX_FIGURES = 12
GENERIC_LABELS = ("GPE", "NORP", "LOC", "FAC", "PRODUCT")
#: Only sums of money keep happenings apart: percentages in a passage are often
#: about something else (the share move beside an IPO's size).
_NOT_MONEY = frozenset({"percent", "pp", "count", "shares", "units"})


@dataclass(slots=True)
class _Frame:
    passage: Passage
    act: Act
    #: Dates inherited from the previous sentence or the article date: help, never block.
    weak: tuple[Period, ...]
    #: The passage's dates that are said of this act.
    dates: tuple[Period, ...] = ()


@dataclass(slots=True)
class _Cluster:
    act: Act
    number: int
    frames: list[_Frame] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    participants: Counter[str] = field(default_factory=Counter)
    persons: set[str] = field(default_factory=set)
    date_sets: list[tuple[Period, ...]] = field(default_factory=list)
    all_dates: list[Period] = field(default_factory=list)
    figure_sets: list[tuple[Figure, ...]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def add(self, frame: _Frame, labels: Mapping[str, str]) -> None:
        p = frame.passage
        self.frames.append(frame)
        self.articles.add(p.article)
        self.participants.update(list(p.participants))
        self.persons.update(pid for pid in p.participants if labels.get(pid) == "PERSON")
        if (
            frame.dates
            and frame.dates not in self.date_sets
            and len(self.date_sets) < CLUSTER_MEMORY
        ):
            self.date_sets.append(frame.dates)
        for period in (*frame.dates, *frame.weak):
            if period not in self.all_dates and len(self.all_dates) < 4 * CLUSTER_MEMORY:
                self.all_dates.append(period)
        if p.figures and len(self.figure_sets) < CLUSTER_MEMORY:
            self.figure_sets.append(p.figures)
            self.figures.extend(p.figures)


def _best_overlap(a: Iterable[Period], b: Iterable[Period]) -> int | None:
    """The smallest 'longer of the two' length among overlapping pairs, or None."""
    best = None
    b = list(b)
    for x in a:
        for y in b:
            if x.overlaps(y):
                size = max(x.days, y.days)
                best = size if best is None else min(best, size)
    return best


def _figure_conflict(mine: Sequence[Figure], theirs: Sequence[Figure]) -> bool:
    """True when both state sums in one currency and none of them can be the same amount."""
    comparable = False
    closest = None
    for a in mine:
        if a.unit in _NOT_MONEY:
            continue
        for b in theirs:
            agree = figures_agree(a, b)
            if agree is None:
                continue
            if agree:
                return False
            comparable = True
            ratio = magnitude_ratio(a, b)
            if ratio is not None:
                closest = ratio if closest is None else min(closest, ratio)
    return comparable and closest is not None and closest >= FIGURE_CONFLICT_RATIO


def score(
    frame: _Frame, cluster: _Cluster, labels: Mapping[str, str], same_article: bool
) -> float | None:
    """How strongly the frame belongs to the cluster, or None if it cannot.

    Args:
        frame: A passage reporting the cluster's act.
        cluster: The reports gathered so far.
        labels: Participant id -> label, corpus-wide.
        same_article: The cluster already has a passage of the frame's article.
    """
    p = frame.passage
    act = cluster.act
    total = 0.0
    fine = False
    if frame.dates and cluster.date_sets:
        for dates in cluster.date_sets:
            if _best_overlap(frame.dates, dates) is None:
                return None
        size = _best_overlap(frame.dates, [d for ds in cluster.date_sets for d in ds]) or 10**6
        total += 2.5 if size <= FINE_DAYS else 1.5 if size <= 400 else 0.5
        fine = size <= FINE_DAYS
    else:
        weak_size = _best_overlap((*frame.dates, *frame.weak), cluster.all_dates)
        if weak_size is not None:
            total += 0.75
            fine = weak_size <= FINE_DAYS
    if act.needs_date and not fine and not same_article:
        return None
    for figures in cluster.figure_sets:
        if _figure_conflict(p.figures, figures):
            return None
    specific = generic = 0
    mine = 0
    for pid in p.participants:
        key = labels.get(pid) in act.participant_labels
        mine += key
        if pid in cluster.participants:
            if key:
                specific += 1
            else:
                generic += 1
    if act.needs_date and mine and not specific:
        # A share move or meeting of someone else on the same day is another happening.
        theirs = any(labels.get(pid) in act.participant_labels for pid in cluster.participants)
        if theirs:
            return None
    if specific:
        total += min(2.0, 1.0 + 0.5 * (specific - 1))
    total += min(0.5, 0.25 * generic)
    persons = {pid for pid in p.participants if labels.get(pid) == "PERSON"}
    if persons and cluster.persons and not persons & cluster.persons:
        total -= 1.0
    agreeing = sum(1 for f in p.figures if any(figures_agree(f, g) for g in cluster.figures))
    total += min(2.0, 1.0 * agreeing)
    if act.needs_date and not (specific or agreeing):
        # Many things happen on one day: the date alone does not make them one.
        return None
    return total


def _compatible(frame: _Frame, cluster: _Cluster, labels: Mapping[str, str]) -> bool:
    """No date, figure or participant keeps the frame out of its article's cluster."""
    if frame.dates:
        for dates in cluster.date_sets:
            if _best_overlap(frame.dates, dates) is None:
                return False
    if any(_figure_conflict(frame.passage.figures, figures) for figures in cluster.figure_sets):
        return False
    mine = {
        pid for pid in frame.passage.participants if labels.get(pid) in frame.act.participant_labels
    }
    theirs = {
        pid for pid in cluster.participants if labels.get(pid) in frame.act.participant_labels
    }
    return not (frame.act.needs_date and mine and theirs and not mine & theirs)


def _keys(frame: _Frame) -> list[tuple[object, ...]]:
    p = frame.passage
    act = frame.act.id
    keys: list[tuple[object, ...]] = [(act, "a", p.article)]
    keys.extend((act, "p", pid) for pid in p.participants)
    for period in (*frame.dates, *frame.weak):
        if period.days <= 800:
            first = _month_index(period.start)
            last = _month_index(period.end)
            keys.extend((act, "m", month) for month in range(first, last + 1))
    for figure in p.figures:
        if figure.value:
            bucket = round(_log10(abs(figure.value)) * 2)
            keys.append((act, "f", figure.unit, bucket))
    return keys


def _log10(value: float) -> float:
    import math

    return math.log10(value) if value > 0 else 0.0


def _month_index(ordinal: int) -> int:
    import datetime as dt

    day = dt.date.fromordinal(ordinal)
    return day.year * 12 + day.month


def _refers_back(frame: _Frame) -> bool:
    p = frame.passage
    return p.headline or frame.act.id in p.anaphoric


def _cluster_frames(frames: Sequence[_Frame], labels: Mapping[str, str]) -> list[_Cluster]:
    """Cluster the frames (given in article order) into happenings.

    Within an article, frames that refer back ("the meeting") and the headline
    come last: when the article has a single cluster of their act, they join it.
    """
    clusters: list[_Cluster] = []
    index: dict[tuple[object, ...], deque[int]] = {}
    article_order = {f.passage.article: i for i, f in reversed(list(enumerate(frames)))}
    ordered = sorted(
        frames,
        key=lambda f: (article_order[f.passage.article], _refers_back(f), f.passage.index),
    )
    for frame in ordered:
        keys = _keys(frame)
        candidates: set[int] = set()
        for key in keys:
            candidates.update(index.get(key, ()))
        best: tuple[float, int] | None = None
        if _refers_back(frame):
            own = [
                n
                for n in index.get((frame.act.id, "a", frame.passage.article), ())
                if clusters[n].act.id == frame.act.id
            ]
            if len(own) == 1 and _compatible(frame, clusters[own[0]], labels):
                best = (float("inf"), own[0])
                candidates = set()
        for number in sorted(candidates):
            cluster = clusters[number]
            same = frame.passage.article in cluster.articles
            value = score(frame, cluster, labels, same)
            if value is None:
                continue
            needed = SAME_ARTICLE_THRESHOLD if same else THRESHOLD
            if value >= needed and (best is None or value > best[0]):
                best = (value, number)
        if best is None:
            cluster = _Cluster(frame.act, len(clusters))
            clusters.append(cluster)
        else:
            cluster = clusters[best[1]]
        cluster.add(frame, labels)
        for key in keys:
            queue = index.setdefault(key, deque(maxlen=KEY_MEMORY[str(key[1])]))
            if not queue or queue[-1] != cluster.number:
                if cluster.number in queue:
                    queue.remove(cluster.number)
                queue.append(cluster.number)
    return clusters


# ----------------------------------------------------------------------- building


def _event_date(frames: Sequence[_Frame]) -> Period | None:
    """The period most reports agree on: overlapping most others, then the narrowest."""
    periods = sorted({d for f in frames for d in f.dates})
    if not periods:
        return None

    def support(period: Period) -> tuple[int, int, int]:
        agree = sum(1 for f in frames if any(period.overlaps(d) for d in f.dates))
        return (-agree, period.days, period.start)

    return min(periods, key=support)


def _display_names(frames: Sequence[_Frame]) -> dict[str, str]:
    seen: dict[str, Counter[str]] = {}
    for frame in frames:
        for pid, name in frame.passage.names.items():
            seen.setdefault(pid, Counter())[" ".join(name.split())] += 1
    # The most used name, in Latin script when there is one (titles are read with the English).
    return {
        pid: min(counts.items(), key=lambda kv: (not kv[0].isascii(), -kv[1], -len(kv[0]), kv[0]))[
            0
        ]
        for pid, counts in seen.items()
    }


def _build_event(
    cluster: _Cluster,
    extra: Sequence[Passage],
    labels: Mapping[str, str],
) -> Event:
    frames = cluster.frames
    act = cluster.act
    passages = {f.passage.key: f.passage for f in frames}
    for passage in extra:
        passages.setdefault(passage.key, passage)
    counts: Counter[str] = Counter()
    sources: dict[str, set[str]] = {}
    for passage in passages.values():
        counts.update(set(passage.participants))
        for pid in passage.participants:
            sources.setdefault(pid, set()).add(passage.article)
    ranked = sorted(
        counts,
        key=lambda pid: (
            -len(sources[pid]),
            labels.get(pid) not in act.participant_labels,
            -counts[pid],
            pid,
        ),
    )
    names = _display_names(frames)
    stored: dict[str, Counter[str]] = {}
    for passage in passages.values():
        for pid, kb_id in passage.kb_ids.items():
            stored.setdefault(pid, Counter())[kb_id] += 1
    date = _event_date(frames)
    # The title names who the happening is about: the act's kind of participant
    # reported by most sources, else whoever most sources name.
    key_people = [pid for pid in ranked if labels.get(pid) in act.participant_labels]
    widest = max((len(sources[pid]) for pid in key_people), default=0)
    leading = [pid for pid in key_people if len(sources[pid]) == widest][:2]
    if not leading:
        leading = ranked[:1]
    title = act.title
    shown = [names.get(pid, pid) for pid in leading]
    tail = ", ".join([*shown, *([describe_period(date)] if date else [])])
    if tail:
        title = f"{title}: {tail}"
    figures: list[Figure] = []
    seen: set[tuple[str, str]] = set()
    for passage in sorted(passages.values(), key=lambda p: (p.article, p.start)):
        for figure in passage.figures:
            if (figure.article, figure.text) not in seen and len(figures) < MAX_FIGURES:
                seen.add((figure.article, figure.text))
                figures.append(figure)
    mentions = tuple(
        Mention(article=p.article, start=p.start, end=p.end, text=p.text)
        for p in sorted(passages.values(), key=lambda p: (p.article, p.start, p.end))
    )
    base = "-".join(
        part
        for part in (
            slug(act.id, ascii_only=True),
            slug(names.get(leading[0], leading[0].split(":")[-1]), ascii_only=True)
            if leading
            else "",
            format_period(date).replace("/", "-") if date else "",
        )
        if part
    )
    return Event(
        id=base,
        title=title,
        kind=act.id,
        date=format_period(date) if date else None,
        participants=tuple(
            dict.fromkeys(
                min(stored[pid].items(), key=lambda kv: (-kv[1], kv[0]))[0]
                if pid in stored
                else pid
                for pid in ranked[:MAX_PARTICIPANTS]
            )
        ),
        figures=tuple(figures),
        mentions=mentions,
    )


def _emit(cluster: _Cluster, labels: Mapping[str, str]) -> bool:
    """Multi-source events always; a single source's only with a clear participant."""
    if len(cluster.articles) >= 2:
        return True
    return any(
        labels.get(pid) in cluster.act.participant_labels
        for f in cluster.frames
        for pid in f.passage.participants
    )


# --------------------------------------------------------------------------- public


def link_passages(
    passages_by_article: Mapping[str, Sequence[Passage]],
    article_dates: Mapping[str, str | None],
    lexicon: Lexicon | None = None,
) -> tuple[list[Event], list[Alignment]]:
    """Model events and translation alignments for passages (see :func:`link_events`)."""
    lexicon = lexicon or load_lexicon()
    acts = lexicon.by_id()
    labels = participant_labels([p for ps in passages_by_article.values() for p in ps])
    frames: list[_Frame] = []
    order = sorted(passages_by_article, key=lambda a: (article_dates.get(a) or "9999", a))
    for article in order:
        passages = passages_by_article[article]
        anchor = _article_period(article_dates.get(article))
        previous: Passage | None = None
        for passage in passages:
            inherited: tuple[Period, ...] = ()
            if (
                not passage.dates
                and previous is not None
                and previous.paragraph == passage.paragraph
            ):
                inherited = previous.dates
            for act_id in passage.acts:
                act = acts[act_id]
                own = passage.dates_of(act_id)
                # The passage's other dates may still be this act's: they help, never block.
                weak = tuple(d for d in passage.dates if d not in own) + passage.uncertain_dates
                if not own:
                    weak = (*weak, *inherited)
                if act.needs_date and not own and anchor is not None:
                    weak = (*weak, anchor)
                frames.append(_Frame(passage, act, weak, own))
            previous = passage
    clusters = _cluster_frames(frames, labels)

    # Translations: sentence pairs inside each bilingual article.
    counterpart: dict[tuple[str, int, int], list[Passage]] = {}
    alignments: list[Alignment] = []
    for article in sorted(passages_by_article):
        aligned = align_article(passages_by_article[article])
        for a, b in aligned.paragraphs:
            alignments.append(
                Alignment(
                    mentions=tuple(
                        Mention(
                            article=article,
                            start=u.start,
                            end=u.end,
                            text=_article_slice(u.passages),
                        )
                        for u in (a, b)
                    )
                )
            )
        for x, y in aligned.sentences:
            counterpart.setdefault(x.key, []).append(y)
            counterpart.setdefault(y.key, []).append(x)

    events: list[Event] = []
    covered: dict[str, set[tuple[str, int, int]]] = {}
    emitted = [c for c in clusters if _emit(c, labels)]
    # Several-source events first, so a translation's own single-source echo can be dropped.
    emitted.sort(key=lambda c: (-len(c.articles), c.number))
    for cluster in emitted:
        keys = {f.passage.key for f in cluster.frames}
        extra = [
            other
            for key in sorted(keys)
            for other in counterpart.get(key, ())
            if other.key not in keys
        ]
        all_keys = keys | {p.key for p in extra}
        done = covered.setdefault(cluster.act.id, set())
        if len(cluster.articles) == 1 and all_keys <= done:
            continue
        done.update(all_keys)
        events.append(_build_event(cluster, extra, labels))
    events.sort(key=lambda e: (e.date or "9999", e.id, e.mentions[0].key))
    return unique_ids(events, set()), alignments


def _article_slice(passages: Sequence[Passage]) -> str:
    return " ".join(p.text for p in passages)


def _article_period(date: str | None) -> Period | None:
    """The week up to an article's date: when its undated 'shares fell' most likely happened."""
    period = parse_value(date)
    if period is None or period.days != 1:
        return None
    return Period(period.start - 6, period.end)


def link_events(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    previous: EventsFile | None = None,
    lexicon: Lexicon | None = None,
) -> EventsFile:
    """Link the passages of the articles that report the same happenings.

    Args:
        articles: The corpus; articles without an annotation are left out.
        annotations: Article id -> its annotation (sentences, entities, quantities).
        previous: The events file of the last run: people's decisions in it are kept.
        lexicon: The acts to look for (the shipped ``event_acts.yaml`` by default).

    Returns:
        Events (people's first, then the model's sorted by date) and translation alignments.
    """
    lexicon = lexicon or load_lexicon()
    present = [a for a in articles if a.id in annotations]
    ids = auto_ids({a.id: annotations[a.id] for a in present})
    passages = {a.id: build_passages(a, annotations[a.id], ids, lexicon) for a in present}
    dates = {a.id: annotations[a.id].metadata.date or a.date for a in present}
    fresh, alignments = link_passages(passages, dates, lexicon)
    events = merge_previous(fresh, previous)
    return EventsFile(
        pipeline=LINKER_VERSION,
        events=tuple(events),
        alignments=tuple(alignments),
    )
