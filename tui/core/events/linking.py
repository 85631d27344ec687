"""Linking: stories (articles about one happening) and events (passages that report it).

Open-domain and model-free at link time: it reads what annotation stored (sentences,
names with their ``kb_id``, DATE values, quantities, and the triggers of the parse)
and the articles' texts. Stories come first (:mod:`tui.core.events.stories`), then
the events inside each story (:mod:`tui.core.events.happenings`), then their titles
(:mod:`tui.core.events.titles`); a story's events over mostly the same passages are then
made one (:mod:`tui.core.events.overlap`). Translations inside an article
(:mod:`tui.core.events.alignment`) join the events of the passages they translate.
People's decisions in the previous ``events.yaml`` are kept
(:mod:`tui.core.events.decisions`). Pure: annotations in, an :class:`EventsFile` out.

Near-linear in the corpus: candidate pairs of articles come from an index with a
constant frequency cap, the clustering is O(E log E), and the quadratic steps are
bounded by the story block size (``Params.max_block``).
"""

from __future__ import annotations

import gc
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tui.core.events.agglomerate import DisjointSets
from tui.core.events.alignment import align_article
from tui.core.events.concepts import CorpusStats, corpus_stats, related_lemmas
from tui.core.events.decisions import merge_previous, merge_stories, unique_ids
from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    Params,
    article_features,
    bag,
    distinct_names,
    drop_common_participants,
    figures_conflict,
    filing_gap,
    lead_end,
    report_day,
    tfidf,
    thread_names,
)
from tui.core.events.figures import figure_of, kept_figures
from tui.core.events.happenings import (
    Happening,
    dateline_sentence,
    headline_direction,
    headline_matter,
    headline_matters_apart,
    matters_of,
    notice_issues,
    recurring_notices,
    same_wording,
    split_by_filing,
    story_happenings,
    templates_apart,
    text_of,
    told_once,
)
from tui.core.events.overlap import (
    MAX_FIGURES,
    MAX_PARTICIPANTS,
    Ranked,
    merge_coinciding,
    told_the_same,
    with_copies,
)
from tui.core.events.small import direction, moves_apart
from tui.core.events.titles import (
    CorpusWords,
    Title,
    column_slug,
    event_title,
    headline_verbs,
    is_quote,
    lead_headline,
    readable_headline,
    sentence_of,
    tell_apart,
    title_head,
    told_apart_by_day,
)
from tui.core.model.schema import (
    Alignment,
    Article,
    ArticleAnnotation,
    Event,
    EventsFile,
    Figure,
    Mention,
    Story,
)
from tui.core.model.settings import LINKER_VERSION
from tui.core.text.excerpts import shorten
from tui.core.text.names import slug
from tui.core.text.shingles import all_copies, copies_among
from tui.core.text.terms import content_words


@dataclass(frozen=True, slots=True)
class Linked:
    """What the model finds, before people's decisions are laid over it."""

    events: list[Event]
    stories: list[Story]
    alignments: list[Alignment]


def _blocks(
    articles: Sequence[ArticleFeatures], story: Sequence[int], params: Params
) -> list[list[int]]:
    """A story's articles in blocks of at most ``max_block``: by tight sub-story, then by date."""
    if len(story) <= params.max_block:
        return [list(story)]
    by_sub: dict[int, list[int]] = defaultdict(list)
    for i in story:
        by_sub[articles[i].substory].append(i)

    def day(i: int) -> int:
        date = articles[i].date
        return date.toordinal() if date is not None else 0

    blocks = []
    for _, sub in sorted(by_sub.items()):
        sub.sort(key=lambda i: (day(i), i))
        for c in range(0, len(sub), params.max_block):
            blocks.append(sub[c : c + params.max_block])
    return blocks


def _figures(features: ArticleFeatures, annotation: ArticleAnnotation, k: int) -> list[Figure]:
    s = features.sentences[k]
    out = []
    for q in annotation.quantities:
        if q.status == "accepted" and s.start <= q.start < s.end:
            figure = figure_of(features.article, q)
            if figure is not None:
                out.append(figure)
    return out


def _event(
    articles: Sequence[ArticleFeatures],
    annotations: Mapping[str, ArticleAnnotation],
    happening: Happening,
    corpus: CorpusWords | None = None,
) -> tuple[Event, float, Title]:
    """The event of a happening, how well it stands for its story (articles, and whether it
    names who), and its title's parts (``corpus``: how the corpus writes its words)."""
    title = event_title(articles, happening, corpus)
    mentions = []
    figures: list[Figure] = []
    for i, k in happening.sentences:
        a = articles[i]
        s = a.sentences[k]
        mentions.append(
            Mention(article=a.article, start=s.start, end=s.end, text=a.text[s.start : s.end])
        )
        figures.extend(_figures(a, annotations[a.article], k))
    participants = list(title.participants)
    counts: Counter[str] = Counter()
    for i, k in happening.sentences:
        counts.update(articles[i].names[k])
    for pid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(participants) >= MAX_PARTICIPANTS:
            break
        if pid not in participants and pid != title.place:
            participants.append(pid)
    event = Event(
        id=_event_id(title),
        title=title.text,
        date=title.month,
        participants=tuple(participants),
        figures=kept_figures(figures, MAX_FIGURES),
        mentions=tuple(sorted(mentions, key=lambda m: m.key)),
    )
    told = len({i for i, _ in happening.sentences})
    return event, told * title.weight, title


def _event_id(title: Title) -> str:
    """An event's id from its title: the head's slug, and the month it shows."""
    base = slug(title.head, ascii_only=True)[:48] or "event"
    return base + (f"-{title.month}" if title.month else "")


def _under_lead_headline(
    articles: Sequence[ArticleFeatures],
    where: Mapping[str, int],
    ranked: Ranked,
    corpus: CorpusWords | None,
) -> Ranked:
    """An event whose title says little (:attr:`Title.short`: "Ours tightened · Boca
    Raton", "Heinz earns", a quoted passage) under the headline over the leads it holds
    (:func:`titles.lead_headline`), its place (unless the headline names it) and month
    kept, unless the two tell moves the other way; else as it is. Asked once the story's
    events are made one, so the title decides no merge."""
    if not ranked.title.short:
        return ranked
    line = lead_headline(articles, where, ranked.event, corpus)
    if line is None or moves_apart(direction(ranked.title.head), direction(line)):
        # (nor a headline telling the move the other way: "Stocks increase" is not the
        # release's "copper stocks fall")
        return ranked
    after = [p for p in ranked.event.title.split(" · ")[1:] if p.casefold() not in line.casefold()]
    title = replace(ranked.title, text=" · ".join([line, *after]))
    event = ranked.event.model_copy(update={"id": _event_id(title), "title": title.text})
    return Ranked(event, ranked.rank, title, ranked.past)


def _under_lead_headlines(
    articles: Sequence[ArticleFeatures],
    where: Mapping[str, int],
    ranked: Sequence[Ranked],
    corpus: CorpusWords | None,
) -> list[Ranked]:
    """One story's events, each whose title says little under the headline over the leads
    it holds (:func:`_under_lead_headline`), unless another of the story's events already
    reads so, where and when too: a headline titles one event of a story a month, never
    two, the one that says least first (words before a quoted passage), then the better
    ranked."""
    retitled = [_under_lead_headline(articles, where, r, corpus) for r in ranked]
    taken = {
        new.event.title.casefold() for old, new in zip(ranked, retitled, strict=True) if new is old
    }
    out = list(ranked)
    for x in sorted(
        (x for x, (old, new) in enumerate(zip(ranked, retitled, strict=True)) if new is not old),
        key=lambda x: (is_quote(ranked[x].event.title), -ranked[x].rank, x),
    ):
        title = retitled[x].event.title.casefold()
        if title not in taken:
            taken.add(title)
            out[x] = retitled[x]
    return out


def _key(a: ArticleFeatures, k: int) -> tuple[str, int, int]:
    """Sentence ``k`` of an article as a passage's key (:attr:`Mention.key`)."""
    s = a.sentences[k]
    return (a.article, s.start, s.end)


def _translations(
    articles: Sequence[Article], annotations: Mapping[str, ArticleAnnotation]
) -> tuple[list[Alignment], dict[tuple[str, int, int], list[Mention]]]:
    """Paragraph alignments of bilingual articles, and each aligned sentence's counterparts."""
    from tui.core.events.passages import auto_ids, build_passages

    bilingual = [
        a
        for a in articles
        if len(a.languages) > 1 or len({s.lang for s in annotations[a.id].sentences}) > 1
    ]
    alignments: list[Alignment] = []
    counterpart: dict[tuple[str, int, int], list[Mention]] = defaultdict(list)
    if not bilingual:
        return alignments, counterpart
    ids = auto_ids({a.id: annotations[a.id] for a in bilingual})
    for article in bilingual:
        passages = build_passages(article, annotations[article.id], ids)
        aligned = align_article(passages)
        for x, y in aligned.paragraphs:
            alignments.append(
                Alignment(
                    mentions=tuple(
                        Mention(
                            article=article.id,
                            start=u.start,
                            end=u.end,
                            text=" ".join(p.text for p in u.passages),
                        )
                        for u in (x, y)
                    )
                )
            )
        for p, q in aligned.sentences:
            counterpart[p.key].append(
                Mention(article=p.article, start=q.start, end=q.end, text=q.text)
            )
            counterpart[q.key].append(
                Mention(article=p.article, start=p.start, end=p.end, text=p.text)
            )
    return alignments, counterpart


def _with_translations(
    event: Event, counterpart: Mapping[tuple[str, int, int], list[Mention]]
) -> Event:
    """The event with the translations of its passages (a sentence and its translation
    report the same happening), matched by overlap with the sentence."""
    if not counterpart:
        return event
    by_article: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for key in counterpart:
        by_article[key[0]].append(key)
    mentions = {m.key: m for m in event.mentions}
    for m in event.mentions:
        for key in by_article.get(m.article, ()):
            if key[1] < m.end and m.start < key[2]:
                for other in counterpart[key]:
                    mentions.setdefault(other.key, other)
    if len(mentions) == len(event.mentions):
        return event
    return event.model_copy(
        update={"mentions": tuple(sorted(mentions.values(), key=lambda m: m.key))}
    )


def link_model(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    params: Params = PARAMS,
) -> Linked:
    """Stories, events and alignments the model finds (no people's decisions).

    Args:
        articles: The corpus; articles without an annotation are left out.
        annotations: Article id -> its annotation.
        params: Thresholds and weights.

    Returns:
        Events (ids unique), stories of two or more articles, translation alignments.
    """
    # Linking allocates millions of small objects and makes no reference cycles: the
    # cyclic collector's full passes over a large corpus's annotations only cost time
    # (they made linking grow faster than the corpus).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _link_model(articles, annotations, params)
    finally:
        if enabled:
            gc.enable()


def _link_model(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    params: Params,
) -> Linked:
    present = sorted((a for a in articles if a.id in annotations), key=lambda a: a.id)
    features = [article_features(a.id, a.text, annotations[a.id], params) for a in present]
    drop_common_participants(features, params)
    vectors, df = tfidf([bag(f, params) for f in features])
    from tui.core.events.stories import find_stories

    # (each article's recurring notices, and whether two are a notice's issues of two
    # days: read once for the run)
    issues = notice_issues(features)
    recurring = recurring_notices(features, issues)
    # (each headline's matter, and what parts two reports of one template: read once an
    # article for the run)
    matters = matters_of(features)
    templates = templates_apart(features, matters, recurring)
    stories = find_stories(features, vectors, df, params, issues, matters, templates)
    stats: CorpusStats = corpus_stats(features, len(stories))
    word_df: Counter[str] = Counter()
    for f in features:
        word_df.update({w for words in f.words for w in words})
    n = len(features)
    word_idf = {w: math.log(n / c) for w, c in word_df.items()}
    alignments, counterpart = _translations(present, annotations)
    found: list[tuple[int, Happening]] = []
    multi = [story for story in stories if len(story) > 1]
    # (whether two articles, by index, are copies of one story: a story sent twice; one
    # test for the whole run, so a text's shingles are read once)
    copied_at = copies_among(text_of(features))
    for number, story in enumerate(multi):
        for block in _blocks(features, story, params):
            for happening in story_happenings(
                features,
                block,
                stats,
                word_idf,
                vectors,
                params,
                copied_at,
                recurring,
                matters,
                templates,
            ):
                found.append((number, happening))
    grown, copies = same_wording(
        features, [h for _, h in found], stats, params, copied_at, recurring, templates
    )
    # (wire stories filed weeks apart in one event told a saga's different happenings)
    split = [
        (number, part)
        for (number, _), happening in zip(found, grown, strict=True)
        for part in split_by_filing(features, happening, params)
    ]
    # (a story sent twice is one event, not one a sentence)
    of_story: dict[int, list[Happening]] = defaultdict(list)
    for number, happening in split:
        of_story[number].append(happening)
    split = [
        (number, happening)
        for number, happenings in of_story.items()
        for happening in told_once(features, happenings, copied_at)
    ]
    # (a headline in capitals is written as the corpus writes its words: read once)
    corpus = CorpusWords((f.text for f in features), stats.transitive, stats.verb_ratio)
    by_story: list[list[Ranked]] = [[] for _ in multi]
    alone: list[Event] = []
    small = stats.small(params)
    for number, happening in split:
        event, rank, title = _event(features, annotations, happening, corpus)
        # The story's title is its event told by most articles, the more specific its
        # trigger the better (a trigger every article uses still counts), and better if
        # it names who. (Not in a small folder: there every article tells the story's
        # happening, so its trigger is the folder's least rare, and rarity picks a
        # detail one report adds, "Buckley wears crampons" over the climbers' falls.)
        specific = 0.0 if small else stats.idf.get(title.trigger, 0.0)
        by_story[number].append(
            Ranked(
                _with_translations(event, counterpart),
                rank * (1.0 + specific),
                title,
                {_key(features[i], k): dates for (i, k), dates in happening.past.items()},
            )
        )
    alone_titles: list[Title] = []
    for happening in copies:
        event, _, title = _event(features, annotations, happening, corpus)
        alone.append(_with_translations(event, counterpart))
        alone_titles.append(title)
    events: list[Event] = []
    drafts: list[_Draft] = []
    out_stories: list[Story] = []
    taken: set[str] = set()
    of_index = {f.article: i for i, f in enumerate(features)}
    figures_apart: dict[tuple[str, str], bool] = {}

    def lead_figures_apart(a: str, b: str) -> bool:
        """Two articles' lead figures cannot be one happening's (worked out once a pair)."""
        key = (a, b) if a < b else (b, a)
        if key not in figures_apart:
            figures_apart[key] = figures_conflict(
                features[of_index[a]], features[of_index[b]], params
            )
        return figures_apart[key]

    def copied(a: str, b: str) -> bool:
        return copied_at(of_index[a], of_index[b])

    def moved(key: tuple[str, int, int]) -> str | None:
        """The one direction of a move a passage tells."""
        article, start, end = key
        return direction(features[of_index[article]].text[start:end])

    # (the events of copies alone, by their articles: a story sent twice)
    alone_at: dict[frozenset[str], list[int]] = defaultdict(list)
    for x, e in enumerate(alone):
        alone_at[frozenset(m.article for m in e.mentions)].append(x)
    folded: set[int] = set()

    def fold_copies(r: Ranked) -> Ranked:
        """A story's event told only by copies of one story takes the events of the
        sentences those copies share word for word and no other article tells: the story
        sent twice is one event, under the story's title for it. So does one told by the
        same articles under the same title, whatever they are (a results story's headline
        and its table's rows stated alike, "Acme Corp 3rd quarter net" twice)."""
        told_by = frozenset(m.article for m in r.event.mentions)
        xs = [x for x in alone_at.get(told_by, ()) if x not in folded]
        if xs and len(told_by) >= 2 and not all_copies(told_by, copied):
            head = r.title.head.casefold()
            xs = [x for x in xs if title_head(alone[x].title).casefold() == head]
        if not xs or len(told_by) < 2:
            return r
        folded.update(xs)
        return with_copies(r, [alone[x] for x in xs])

    def headlines_only(e: Event) -> bool:
        """Every passage of the event is its article's headline."""
        return all(
            any(s.headline and _key(f, k) == m.key for k, s in enumerate(f.sentences))
            for m in e.mentions
            for f in (features[of_index[m.article]],)
        )

    def holds_wire_leads(e: Event, told_by: frozenset[str]) -> bool:
        """The event holds the wire lead (the dateline's sentence) of each of ``told_by``."""
        keys = {m.key for m in e.mentions}
        leads = [(f, dateline_sentence(f)) for f in (features[of_index[a]] for a in told_by)]
        return all(k is not None and _key(f, k) in keys for f, k in leads)

    def headlines_into_leads(ranked: list[Ranked]) -> list[Ranked]:
        """An event of a story made of its articles' headlines alone is the happening the
        event holding those articles' wire leads tells, made one with it (a market report
        filed as a flash and in full: "OMAHA HOGS UP 1.00 DLR - USDA" over "barrow and
        gilt prices rose 1.00 dlr")."""
        told = [frozenset(m.article for m in r.event.mentions) for r in ranked]
        out = list(ranked)
        dropped: set[int] = set()
        for x, r in enumerate(ranked):
            if len(told[x]) < 2 or not headlines_only(r.event):
                continue
            for y in range(len(out)):
                if (
                    y != x
                    and y not in dropped
                    and told[y] == told[x]
                    and not headlines_only(out[y].event)
                    and holds_wire_leads(out[y].event, told[x])
                ):
                    out[y] = with_copies(out[y], [r.event])
                    dropped.add(x)
                    break
        return [r for x, r in enumerate(out) if x not in dropped]

    for story, found_ranked in zip(multi, by_story, strict=True):
        if not found_ranked:
            # (a story no happening holds together is only as good as its headlines'
            # matters: one company's results and its shareholders' vote are two)
            for part in _told_about_one_matter(features, story, df, params):
                drafts.append(_Draft(_fallback_title(annotations, present, part, corpus), part, []))
            continue
        # Events over mostly the same passages are one happening, shown once (in a small
        # folder, unless their own passages tell moves the other way: a share's fall and
        # its rebound share the report that tells both).
        ranked = merge_coinciding(
            found_ranked,
            articles_apart=lead_figures_apart,
            copies=copied,
            direction=moved if small else None,
        )
        ranked = [fold_copies(r) for r in told_the_same(ranked, lead_figures_apart)]
        ranked = headlines_into_leads(ranked)
        ranked = _under_lead_headlines(features, of_index, ranked, corpus)
        story_events = [r.event for r in ranked]
        # Two events of one story that would read the same say what sets them apart.
        story_events = [
            e if e.title == t else e.model_copy(update={"title": t})
            for e, t in zip(story_events, tell_apart(features, story_events, of_index), strict=True)
        ]
        named = unique_ids(story_events, taken)
        events.extend(named)
        best = story_event(
            [r.rank for r in ranked], named, features, of_index, params, headlines_first=small
        )
        if best is None:
            headline = _fallback_title(annotations, present, story, corpus)
        elif is_quote(named[best].title):
            # A quote stands for an event whose words name no one; the story is better
            # told by a headline ("Jim Walter Corp regular dividend", not "“Qtly div 35
            # cts vs 35 cts prior”"): the one with most words of the passages, where and
            # when kept.
            told = _words_told(named[best])
            headline = _headline_where_when(
                annotations, present, story, corpus, told, named[best].title
            )
        elif small and (told := _headlines_tell_other(features, of_index, ranked[best])):
            # In a small folder the story's event is the one most headlines tell; when
            # its title's act is in none of them, a headline tells the story better.
            headline = _headline_where_when(
                annotations, present, story, corpus, told, named[best].title
            )
        else:
            # (as the event reads on its own: what tells it from its siblings tells
            # nothing of the story, "Damage to the church (Republican)")
            headline = ranked[best].event.title
        drafts.append(_Draft(headline, list(story), [e.id for e in named]))
    # (an event of copies or of figures stated alike, outside any story's, says little
    # as well: "Earnings increase" over a results story and its table)
    rest = unique_ids(
        (
            _under_lead_headline(features, of_index, Ranked(e, 0.0, alone_titles[x]), corpus).event
            for x, e in enumerate(alone)
            if x not in folded
        ),
        taken,
    )
    events.extend(rest)
    for event in rest:
        articles_of = sorted({of_index[m.article] for m in event.mentions})
        if is_quote(event.title):
            told = _words_told(event)
            headline = _headline_where_when(
                annotations, present, articles_of, corpus, told, event.title
            )
        else:
            headline = event.title
        drafts.append(_Draft(headline, articles_of, [event.id], alone=True))
    for draft in _homed(drafts, events, of_index):
        ids = [present[i].id for i in sorted(draft.articles)]
        out_stories.append(
            Story(
                id=_story_id(draft.title, ids),
                title=draft.title,
                articles=tuple(ids),
                events=tuple(draft.events),
            )
        )
    return Linked(events, out_stories, alignments)


def _told_about_one_matter(
    features: Sequence[ArticleFeatures],
    story: Sequence[int],
    df: Mapping[str, int],
    params: Params,
) -> list[list[int]]:
    """A story with no event across its articles, in the parts whose wire headlines,
    names aside, share a word or a family of news words, one part to another
    (:func:`~tui.core.events.happenings.headline_matter`): one company's releases of a day
    ("ACME <ACM> 1ST QTR NET", "ACME <ACM> SHAREHOLDERS APPROVE SHARE INCREASE") are two
    stories where no happening ties them, unless both leads name the same two
    organisations (:data:`_ORGANISATIONS`: a deal's parties, the tender completed and the
    merger expected). Two articles filed on different days tie only
    through a thread's name (:func:`_share_thread_name`): a central bank's money supply of two
    weeks, a refiner's two price rises, are two stories. Nor do two whose headlines tell
    moves the other way ("U.S. M-1 MONEY SUPPLY RISES", "... FALLS"; a country's wholesale
    prices up, its output down). An article without a wire headline has no matter nor
    move to set it apart, only its filing day. Parts of one article are none."""
    from tui.core.events.stories import lead_names

    matters = {i: headline_matter(features[i]) for i in story}
    moves = {i: headline_direction(features[i]) for i in story}
    # (the organisations each lead names, read once an article: a deal's parties)
    parties = {i: lead_names(features[i], _ORGANISATIONS) for i in story}
    tied = DisjointSets(story)
    for x, i in enumerate(story):
        for j in story[x + 1 :]:
            a, b = features[i], features[j]
            gap = filing_gap(a, b)
            if moves_apart(moves[i], moves[j]) or (
                headline_matters_apart(matters[i], matters[j])
                and distinct_names(parties[i] & parties[j] & thread_names(a, b, gap, params)) < 2
            ):
                continue
            if gap and not _share_thread_name(a, b, gap, df, params):
                continue
            tied.union(i, j)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in story:
        parts[tied.find(i)].append(i)
    return [part for part in parts.values() if len(part) > 1]


#: The labels of a deal's parties, as a lead names them: both leads naming the same two
#: organisations or more (public bodies aside when filed more than ``body_thread_days``
#: apart, as for a thread's names) keep a story no event holds whole whatever its
#: headlines' words ("BANNER COMPLETES TENDER FOR REXNORD", "REXNORD SEES MAY MERGER WITH
#: BANNER").
_ORGANISATIONS = frozenset({"ORG"})


def _share_thread_name(
    a: ArticleFeatures, b: ArticleFeatures, gap: int, df: Mapping[str, int], params: Params
) -> bool:
    """Whether two articles filed ``gap`` days apart share a specific name that fewer than
    ``thread_name_df`` articles of the corpus name (``df``: the story vectors' document
    frequencies, a name's under ``e:``): a thread's party, not a body that publishes news
    of a kind again and again. A public body's name (``bodies``) is one only for articles
    filed at most ``body_thread_days`` apart: a folder may name a central bank in three
    articles, and its operations of two weeks are two stories."""
    return any(df.get("e:" + n, 0) < params.thread_name_df for n in thread_names(a, b, gap, params))


@dataclass
class _Draft:
    """A story being made: its title, its articles (by index) and its events' ids; an
    ``alone`` draft holds an event linked outside every story (copies, figures alike)."""

    title: str
    articles: list[int]
    events: list[str]
    alone: bool = False


def _homed(
    drafts: Sequence[_Draft], events: Sequence[Event], of_index: Mapping[str, int]
) -> list[_Draft]:
    """The stories, each holding every article its events quote: an article the story
    finder left in no story (a story sent again cut short, under another lead) goes to the
    story whose events quote it most, the first of those; an event linked outside every
    story goes to the one story its other articles are in, with its articles, and is a
    story of its own where none of them is in one (two copies of a story sent twice). An
    event over two stories' articles stays where it is."""
    by_id = {e.id: e for e in events}
    stories = [d for d in drafts if not d.alone]
    home: dict[int, int] = {i: n for n, d in enumerate(stories) for i in d.articles}
    quoted: dict[int, Counter[int]] = defaultdict(Counter)
    for n, draft in enumerate(stories):
        for event_id in draft.events:
            for mention in by_id[event_id].mentions:
                i = of_index[mention.article]
                if i not in home:
                    quoted[i][n] += 1
    for i, counts in sorted(quoted.items()):
        n = max(counts, key=lambda n: (counts[n], -n))
        home[i] = n
        stories[n].articles.append(i)
    for draft in (d for d in drafts if d.alone):
        homes = {home[i] for i in draft.articles if i in home}
        if len(homes) > 1:
            continue
        if homes:
            n = homes.pop()
        else:
            n = len(stories)
            stories.append(_Draft(draft.title, [], []))
        for i in draft.articles:
            if i not in home:
                home[i] = n
                stories[n].articles.append(i)
        stories[n].events.extend(draft.events)
    return stories


def _led_share(
    features: Sequence[ArticleFeatures], of_index: Mapping[str, int], event: Event, params: Params
) -> float:
    """The share of an event's articles that tell it in their headline or lead
    (:func:`~tui.core.events.features.lead_end`)."""
    articles = {m.article for m in event.mentions}
    led = {
        m.article
        for m in event.mentions
        if m.start < lead_end(features[of_index[m.article]].sentences, params)
    }
    return len(led) / len(articles) if articles else 0.0


def story_event(
    ranks: Sequence[float],
    events: Sequence[Event],
    features: Sequence[ArticleFeatures],
    of_index: Mapping[str, int],
    params: Params,
    *,
    headlines_first: bool = False,
) -> int | None:
    """Which of a story's events titles it: the story is what its articles tell in their
    headlines and leads, so an event they only recall further down (a birth in reports of
    a death) titles it less.

    Args:
        ranks: Each event's rank (told by how many articles, how well its title stands).
        events: The events.
        features: The corpus's articles.
        of_index: Article id -> its position in ``features``.
        params: Where leads end.
        headlines_first: First the event told in most of the articles' headlines (a small
            folder: a detail a few reports add below their leads, "Buckley wears
            crampons", is no story's title, however rare its verb).

    Returns:
        The event's position, or None for no events.
    """
    return max(
        range(len(events)),
        key=lambda x: (
            _headlined(features, of_index, events[x]) if headlines_first else 0,
            ranks[x] * (1.0 + _led_share(features, of_index, events[x], params)),
            -x,
        ),
        default=None,
    )


def _headline_mentions(
    features: Sequence[ArticleFeatures], of_index: Mapping[str, int], event: Event
) -> list[Mention]:
    """An event's passages that are its articles' headlines."""
    return [
        m
        for m in event.mentions
        if (ik := sentence_of(features, of_index, m)) is not None
        and features[ik[0]].sentences[ik[1]].headline
        and features[ik[0]].sentences[ik[1]].start == m.start
    ]


def _headlined(
    features: Sequence[ArticleFeatures], of_index: Mapping[str, int], event: Event
) -> int:
    """How many of an event's articles tell it in their headline."""
    return len({m.article for m in _headline_mentions(features, of_index, event)})


def _headlines_tell_other(
    features: Sequence[ArticleFeatures], of_index: Mapping[str, int], ranked: Ranked
) -> frozenset[str]:
    """The words of an event's headlines, when two or more of its articles headline it
    and none with its title's word: what the headlines say happened is another act than
    the title's ("Kraft closes facility" for a shooting the headlines tell, its plant
    closed after it); else nothing."""
    heads = _headline_mentions(features, of_index, ranked.event)
    if len({m.article for m in heads}) < 2 or not ranked.title.trigger:
        return frozenset()
    words = frozenset(content_words(" ".join(m.text for m in heads)))
    title = set(content_words(title_head(ranked.event.title)))
    if any(related_lemmas(ranked.title.trigger, w) for w in words) or any(
        title <= set(content_words(m.text)) for m in heads
    ):
        # (its title's act is in a headline, or its title is a headline)
        return frozenset()
    return words


#: How long a story's title made from a headline may be.
STORY_TITLE_CHARS = 80


def _words_told(event: Event) -> frozenset[str]:
    """The content words of an event's passages."""
    return frozenset(content_words(" ".join(m.text for m in event.mentions)))


def _headline_where_when(
    annotations: Mapping[str, ArticleAnnotation],
    present: Sequence[Article],
    story: Sequence[int],
    corpus: CorpusWords,
    told: frozenset[str],
    title: str,
) -> str:
    """The story's headline with most of the words ``told`` (:func:`_fallback_title`),
    the place and month of an event's ``title`` kept after it."""
    where_when = title.split(" · ")[1:]
    return " · ".join([_fallback_title(annotations, present, story, corpus, told), *where_when])


def _fallback_title(
    annotations: Mapping[str, ArticleAnnotation],
    present: Sequence[Article],
    story: Sequence[int],
    corpus: CorpusWords,
    told: frozenset[str] = frozenset(),
) -> str:
    """A story's title from a headline: its first article's, or the one with most of the
    words ``told`` (the first of those); a column's label over a name alone ("TALKING
    POINT/ACME CORP <ACM>") only when every headline is one."""

    def line_of(i: int) -> str:
        article = present[i]
        return annotations[article.id].metadata.title or article.title or article.id

    def headline(i: int) -> str:
        article, line = present[i], line_of(i)
        verbs = headline_verbs(line, article.text, annotations[article.id].triggers)
        line = readable_headline(line, article.text, corpus, verbs)
        return shorten(line, STORY_TITLE_CHARS)

    story = [i for i in story if not column_slug(line_of(i))] or story
    if not told:
        return headline(story[0])
    lines = [headline(i) for i in story]
    best = max(
        range(len(lines)), key=lambda n: (len(told.intersection(content_words(lines[n]))), -n)
    )
    return lines[best]


def _story_id(title: str, articles: Sequence[str]) -> str:
    """A story's id: its title's words and a digest of its first article (stable run to run)."""
    digest = hashlib.sha1(articles[0].encode()).hexdigest()[:6]
    return f"story-{slug(title.split(' · ')[0], ascii_only=True)[:40] or 'untitled'}-{digest}"


def link_events(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    previous: EventsFile | None = None,
    params: Params = PARAMS,
) -> EventsFile:
    """Link the articles into stories and their passages into events.

    Args:
        articles: The corpus; articles without an annotation are left out.
        annotations: Article id -> its annotation (sentences, entities, quantities, triggers).
        previous: The events file of the last run: people's decisions in it are kept, and
            so are its events and stories of articles not linked now.
        params: Thresholds and weights.

    Returns:
        Stories, events (people's first) and translation alignments.
    """
    linked = link_model(articles, annotations, params)
    present = {a.id for a in articles if a.id in annotations}
    events, renamed = merge_previous(linked.events, previous, linked_articles=present)
    stories = merge_stories(linked.stories, renamed, events, previous, linked_articles=present)
    # (one title over two days' reports, a recurring notice's: their days tell them apart)
    days = {a: d for a in present if (d := report_day(annotations[a])) is not None}
    events = told_apart_by_day(
        events, lambda e: {days[m.article] for m in e.mentions if m.article in days}
    )
    stories = told_apart_by_day(stories, lambda s: {days[a] for a in s.articles if a in days})
    kept = [
        a
        for a in (previous.alignments if previous is not None else ())
        if not any(m.article in present for m in a.mentions)
    ]
    return EventsFile(
        pipeline=LINKER_VERSION,
        stories=tuple(stories),
        events=tuple(events),
        alignments=(*kept, *linked.alignments),
    )
