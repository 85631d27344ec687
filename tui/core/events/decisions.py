"""People's decisions about events and stories, kept when the model links again.

The linker makes fresh model events from the annotations alone; :func:`merge_previous`
lays them over the previous ``events.yaml`` so that every decision a person made
there survives: events a person made, titles a person gave, passages a person added
or removed, events merged away or rejected.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from tui.core.model.schema import Event, EventsFile, Story


def unique_ids(events: Iterable[Event], taken: set[str]) -> list[Event]:
    """The events with ids made unique against ``taken`` (which grows with each id given).

    A clash gets a suffix from the first passage's place (else the title), so the
    same event gets the same id run after run.

    Args:
        events: Events whose ids may clash.
        taken: Ids already in use; each id given is added to it.

    Returns:
        The events, renamed where their id was taken.
    """
    out = []
    for event in events:
        candidate = event.id
        if candidate in taken:
            first = event.mentions[0] if event.mentions else None
            digest = hashlib.sha1(
                f"{first.article}:{first.start}".encode() if first else event.title.encode()
            ).hexdigest()[:6]
            candidate = f"{event.id}-{digest}"
            n = 2
            while candidate in taken:
                candidate = f"{event.id}-{digest}-{n}"
                n += 1
        taken.add(candidate)
        out.append(event if candidate == event.id else event.model_copy(update={"id": candidate}))
    return out


def _touched(event: Event) -> bool:
    """True if a person decided anything about this event."""
    return (
        event.origin == "human"
        or event.title_origin == "human"
        or event.status == "rejected"
        or any(m.origin == "human" or m.status == "rejected" for m in event.mentions)
    )


def merge_previous(
    fresh: Sequence[Event],
    previous: EventsFile | None,
    linked_articles: Collection[str] | None = None,
) -> tuple[list[Event], dict[str, str]]:
    """The fresh model events, with every decision people made in ``previous`` kept.

    - events a person made (``origin: human``) are kept exactly, and the passages
      they hold are left out of model events (the person placed them);
    - a fresh event takes the id of the previous model event it continues (most shared
      passages; the same id breaks a tie), and with it that event's status (a rejected event
      stays rejected), a title a person gave it, the passages a person added to it,
      the passages a person removed (kept, rejected, not re-added), and its passages in
      articles that were not linked this time;
    - previous events a person touched that no fresh event continues are kept as they were;
    - previous events with passages in articles not linked this time (not in
      ``linked_articles``) that no fresh event continues are kept as they were: linking
      a part never drops the rest.

    Args:
        fresh: The linker's model events, ids unique among themselves.
        previous: The events file of the last run (None: there is none).
        linked_articles: The articles linked this time (None: all of them).

    Returns:
        People's events first, then the previous events kept as they were, then the
        fresh events (continuing ones under their old ids, new ones with unique ids);
        and each fresh event's id -> its id in that list (absent: left out, as people
        placed all its passages elsewhere).
    """
    if previous is None:
        return list(fresh), {e.id: e.id for e in fresh}

    def linked(article: str) -> bool:
        return linked_articles is None or article in linked_articles

    old = list(previous.events)
    human = [e for e in old if e.origin == "human"]
    placed: set[tuple[str, int, int]] = set()
    for event in human:
        placed.update(m.key for m in event.mentions if m.status == "accepted")
    old_model = [e for e in old if e.origin == "model"]
    apart = [e for e in old_model if e.mentions and not any(linked(m.article) for m in e.mentions)]
    apart_ids = {e.id for e in apart}
    old_model = [e for e in old_model if e.id not in apart_ids]
    by_id = {e.id: e for e in old_model}
    # A fresh event continues the previous event sharing most passages (its id follows
    # the happening, not the title: a retitled event keeps its id, and an event that
    # gets another one's title does not take it); same id breaks a tie.
    holders: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for old_event in old_model:
        for m in old_event.mentions:
            holders[m.key].append(old_event.id)
    options: list[tuple[int, bool, int, str]] = []
    for i, event in enumerate(fresh):
        shared: Counter[str] = Counter()
        for m in event.mentions:
            shared.update(holders.get(m.key, ()))
        options.extend((-n, prior_id != event.id, i, prior_id) for prior_id, n in shared.items())
    matched: dict[int, Event] = {}
    used: set[str] = set()
    for _, _, i, prior_id in sorted(options):
        if i in matched or prior_id in used:
            continue
        matched[i] = by_id[prior_id]
        used.add(prior_id)

    result: list[Event] = list(human)
    taken = {e.id for e in human}
    continued: list[Event] = []
    new: list[Event] = []
    new_from: list[str] = []
    renamed: dict[str, str] = {}
    for i, event in enumerate(fresh):
        prior = matched.get(i)
        if prior is None:
            mentions = tuple(m for m in event.mentions if m.key not in placed)
            if mentions:
                new.append(event.model_copy(update={"mentions": mentions}))
                new_from.append(event.id)
            continue
        decided = {
            m.key: m
            for m in prior.mentions
            if m.origin == "human" or m.status == "rejected" or not linked(m.article)
        }
        mentions_by_key = {
            m.key: m for m in event.mentions if m.key not in placed and m.key not in decided
        }
        mentions_by_key.update(decided)
        update: dict[str, object] = {
            "id": prior.id,
            "status": prior.status,
            "mentions": tuple(sorted(mentions_by_key.values(), key=lambda m: m.key)),
        }
        if prior.title_origin == "human":
            update["title"] = prior.title
            update["title_origin"] = "human"
        continued.append(event.model_copy(update=update))
        renamed[event.id] = prior.id
        taken.add(prior.id)
    for prior in [*apart, *old_model]:
        elsewhere = any(not linked(m.article) for m in prior.mentions)
        if prior.id not in used and (prior.id in apart_ids or elsewhere or _touched(prior)):
            result.append(prior)
            taken.add(prior.id)
    result.extend(continued)
    named = unique_ids(new, taken)
    renamed.update(zip(new_from, (e.id for e in named), strict=True))
    result.extend(named)
    return result, renamed


def merge_stories(
    fresh: Sequence[Story],
    renamed: Mapping[str, str],
    events: Sequence[Event],
    previous: EventsFile | None,
    linked_articles: Collection[str] | None = None,
) -> list[Story]:
    """The fresh stories, with people's decisions in ``previous`` kept.

    - a fresh story takes the id of the previous story it continues (most shared
      articles), and a title a person gave it (``title_origin: human``);
    - previous stories that no fresh story continues are kept as they were if a person
      renamed them or some of their articles were left out of this linking;
    - each story lists its events under their final ids (see :func:`merge_previous`);
      events no story lists (a person's, or kept from before) join the story holding
      most of their passages' articles.

    Args:
        fresh: The linker's stories, ids unique.
        renamed: Fresh event id -> final id (absent: the event was left out).
        events: The final events.
        previous: The events file of the last run.
        linked_articles: The articles linked this time (None: all of them).

    Returns:
        The stories, sorted by id.
    """
    old = list(previous.stories) if previous is not None else []

    def linked(article: str) -> bool:
        return linked_articles is None or article in linked_articles

    apart = [s for s in old if s.articles and not any(linked(a) for a in s.articles)]
    apart_ids = {s.id for s in apart}
    candidates = [s for s in old if s.id not in apart_ids]
    options = []
    for i, story in enumerate(fresh):
        articles = set(story.articles)
        for prior in candidates:
            shared = len(articles & set(prior.articles))
            if shared:
                options.append((-shared, i, prior.id))
    by_id = {s.id: s for s in candidates}
    matched: dict[int, Story] = {}
    used: set[str] = set()
    for _, i, prior_id in sorted(options):
        if i in matched or prior_id in used:
            continue
        matched[i] = by_id[prior_id]
        used.add(prior_id)
    existing = {e.id for e in events}
    out: list[Story] = [*apart]
    out.extend(
        s
        for s in candidates
        if s.id not in used
        and (s.title_origin == "human" or any(not linked(a) for a in s.articles))
    )
    taken = {s.id for s in out} | used
    for i, story in enumerate(fresh):
        update: dict[str, object] = {
            "events": tuple(renamed[e] for e in story.events if renamed.get(e) in existing)
        }
        continues = matched.get(i)
        if continues is not None:
            update["id"] = continues.id
            if continues.title_origin == "human":
                update["title"] = continues.title
                update["title_origin"] = "human"
        else:
            candidate, n = story.id, 2
            while candidate in taken:
                candidate, n = f"{story.id}-{n}", n + 1
            update["id"] = candidate
        taken.add(str(update["id"]))
        out.append(story.model_copy(update=update))
    listed = {e for s in out for e in s.events}
    home: dict[str, int] = {}
    for n, story in enumerate(out):
        for article in story.articles:
            home.setdefault(article, n)
    extra: dict[int, list[str]] = defaultdict(list)
    for event in events:
        if event.id in listed:
            continue
        votes = Counter(home[m.article] for m in event.mentions if m.article in home)
        if votes:
            extra[min(votes, key=lambda n: (-votes[n], n))].append(event.id)
    for n, ids in extra.items():
        out[n] = out[n].model_copy(update={"events": (*out[n].events, *ids)})
    return sorted(out, key=lambda s: s.id)
