"""People's decisions about events, kept when the model links again.

The linker makes fresh model events from the annotations alone; :func:`merge_previous`
lays them over the previous ``events.yaml`` so that every decision a person made
there survives: events a person made, titles a person gave, passages a person added
or removed, events merged away or rejected.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from tui.core.model.schema import Event, EventsFile


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


def merge_previous(fresh: Sequence[Event], previous: EventsFile | None) -> list[Event]:
    """The fresh model events, with every decision people made in ``previous`` kept.

    - events a person made (``origin: human``) are kept exactly, and the passages
      they hold are left out of model events of the same kind (the person placed them);
    - a fresh event takes the id of the previous model event it continues (same id,
      else most shared passages, same kind), and with it that event's status
      (a rejected event stays rejected), a title a person gave it, the passages a
      person added to it, and the passages a person removed (kept, rejected, not re-added);
    - previous events a person touched that no fresh event continues are kept as they were.

    Args:
        fresh: The linker's model events, ids unique among themselves.
        previous: The events file of the last run (None: there is none).

    Returns:
        People's events first, then the previous events a person touched that no fresh
        event continues, then the fresh events (continuing ones under their old ids,
        new ones with unique ids).
    """
    if previous is None:
        return list(fresh)
    old = list(previous.events)
    human = [e for e in old if e.origin == "human"]
    placed: dict[str | None, set[tuple[str, int, int]]] = {}
    for event in human:
        keys = {m.key for m in event.mentions if m.status == "accepted"}
        placed.setdefault(event.kind, set()).update(keys)

    def excluded(event: Event) -> set[tuple[str, int, int]]:
        return placed.get(event.kind, set()) | placed.get(None, set())

    old_model = [e for e in old if e.origin == "model"]
    by_id = {e.id: e for e in old_model}
    matched: dict[int, Event] = {}
    used: set[str] = set()
    for i, event in enumerate(fresh):
        prior = by_id.get(event.id)
        if prior is not None and prior.kind in (None, event.kind):
            matched[i] = prior
            used.add(prior.id)
    # Remaining fresh events continue the previous event sharing most passages.
    options = []
    for i, event in enumerate(fresh):
        if i in matched:
            continue
        keys = {m.key for m in event.mentions}
        for prior in old_model:
            if prior.id in used or prior.kind not in (None, event.kind):
                continue
            shared = len(keys & {m.key for m in prior.mentions})
            if shared:
                options.append((-shared, i, prior.id))
    for _, i, prior_id in sorted(options):
        if i in matched or prior_id in used:
            continue
        matched[i] = by_id[prior_id]
        used.add(prior_id)

    result: list[Event] = list(human)
    taken = {e.id for e in human}
    continued: list[Event] = []
    new: list[Event] = []
    for i, event in enumerate(fresh):
        prior = matched.get(i)
        drop = excluded(event)
        if prior is None:
            mentions = tuple(m for m in event.mentions if m.key not in drop)
            if mentions:
                new.append(event.model_copy(update={"mentions": mentions}))
            continue
        decided = {
            m.key: m for m in prior.mentions if m.origin == "human" or m.status == "rejected"
        }
        mentions_by_key = {
            m.key: m for m in event.mentions if m.key not in drop and m.key not in decided
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
        taken.add(prior.id)
    for prior in old_model:
        if prior.id not in used and _touched(prior):
            result.append(prior)
            taken.add(prior.id)
    result.extend(continued)
    result.extend(unique_ids(new, taken))
    return result
