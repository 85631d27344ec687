"""Edits of events: link a passage to an event or start one with it, unlink it; rename, merge, split.

Every edit is a person's decision (``origin: human``); an event merged away and a
passage unlinked stay in the file as ``status: rejected``, so re-linking never
brings them back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.core.editing.documents import EVENTS_DOC, Documents, Edit, EditError, article_doc
from tui.core.model.schema import Event, EventsFile, Mention
from tui.core.model.store import canonical_events


def _event_index(events: EventsFile, event_id: str) -> int:
    for index, event in enumerate(events.events):
        if event.id == event_id:
            if event.status == "rejected":
                raise EditError(f"event {event_id!r} was merged away or rejected")
            return index
    raise EditError(f"no event {event_id!r}")


def _with_event(events: EventsFile, index: int, event: Event) -> EventsFile:
    items = list(events.events)
    items[index] = event
    return canonical_events(events.model_copy(update={"events": tuple(items)}))


def _add_human_mentions(
    mentions: Iterable[Mention], extra: Iterable[Mention]
) -> tuple[Mention, ...]:
    """``mentions`` plus ``extra`` as a person's accepted mentions (an existing one is turned)."""
    result = list(mentions)
    for new in extra:
        new = new.model_copy(update={"origin": "human", "status": "accepted"})
        for i, old in enumerate(result):
            if old.key == new.key:
                result[i] = old.model_copy(update={"origin": "human", "status": "accepted"})
                break
        else:
            result.append(new)
    return tuple(result)


def new_event_id(events: EventsFile) -> str:
    """A fresh id for an event a person creates: ``human-1``, ``human-2`` ..."""
    taken = {e.id for e in events.events}
    n = 1 + sum(1 for e in taken if e.startswith("human-"))
    while f"human-{n}" in taken:
        n += 1
    return f"human-{n}"


def event_title(text: str, limit: int = 80) -> str:
    """A short title made from a passage."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class _PassageEdit(Edit):
    """An events edit made from an article (it belongs to that article's history)."""

    article: str
    start: int
    end: int

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def scope(self) -> str:
        return article_doc(self.article)

    def _mention(self, docs: Documents) -> Mention:
        text = docs.text(self.article)
        if not 0 <= self.start < self.end <= len(text):
            raise EditError("the passage is outside the text")
        return Mention(
            article=self.article,
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            origin="human",
        )


@dataclass(frozen=True)
class LinkSentence(_PassageEdit):
    """A person says this passage reports the event."""

    event_id: str

    def apply(self, docs: Documents) -> Documents:
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index]
        mention = self._mention(docs)
        for old in event.mentions:
            if old.key == mention.key and old.origin == "human" and old.status == "accepted":
                raise EditError("already linked to this event")
        event = event.model_copy(
            update={"mentions": _add_human_mentions(event.mentions, [mention])}
        )
        return docs.with_doc(EVENTS_DOC, _with_event(docs.events, index, event))

    def describe(self) -> str:
        return f"link to event {self.event_id}"


@dataclass(frozen=True)
class NewEvent(_PassageEdit):
    """A person starts a new event with this passage."""

    title: str = ""

    def apply(self, docs: Documents) -> Documents:
        mention = self._mention(docs)
        title = " ".join(self.title.split()) or event_title(mention.text)
        event = Event(
            id=new_event_id(docs.events),
            title=title,
            title_origin="human",
            origin="human",
            date=docs.annotation(self.article).metadata.date
            if self.article in docs.annotations
            else None,
            mentions=(mention,),
        )
        events = docs.events.model_copy(update={"events": (*docs.events.events, event)})
        return docs.with_doc(EVENTS_DOC, canonical_events(events))

    def describe(self) -> str:
        return "new event"


@dataclass(frozen=True)
class UnlinkSentence(_PassageEdit):
    """A person says this passage does not report the event: the mention is rejected."""

    event_id: str

    def apply(self, docs: Documents) -> Documents:
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index]
        key = (self.article, self.start, self.end)
        mentions = list(event.mentions)
        for i, old in enumerate(mentions):
            if old.key == key and old.status == "accepted":
                mentions[i] = old.model_copy(update={"status": "rejected"})
                break
        else:
            raise EditError("this passage is not linked to the event")
        event = event.model_copy(update={"mentions": tuple(mentions)})
        return docs.with_doc(EVENTS_DOC, _with_event(docs.events, index, event))

    def describe(self) -> str:
        return f"unlink from event {self.event_id}"


@dataclass(frozen=True)
class RenameEvent(Edit):
    event_id: str
    title: str

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def apply(self, docs: Documents) -> Documents:
        title = " ".join(self.title.split())
        if not title:
            raise EditError("an event needs a title")
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index].model_copy(
            update={"title": title, "title_origin": "human"}
        )
        return docs.with_doc(EVENTS_DOC, _with_event(docs.events, index, event))

    def describe(self) -> str:
        return f"rename event {self.event_id}"


@dataclass(frozen=True)
class MergeEvents(Edit):
    """Merge ``absorbed`` into ``target``.

    The target becomes a person's event holding the absorbed event's accepted
    mentions as a person's mentions; the absorbed event stays in the file with
    ``status: rejected`` (and its mentions as they were), so re-linking does not
    recreate it.
    """

    target: str
    absorbed: str

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def apply(self, docs: Documents) -> Documents:
        if self.target == self.absorbed:
            raise EditError("cannot merge an event with itself")
        t_index = _event_index(docs.events, self.target)
        a_index = _event_index(docs.events, self.absorbed)
        target, absorbed = docs.events.events[t_index], docs.events.events[a_index]
        moving = [m for m in absorbed.mentions if m.status == "accepted"]
        merged = target.model_copy(
            update={
                "origin": "human",
                "mentions": _add_human_mentions(target.mentions, moving),
                "participants": tuple(
                    dict.fromkeys((*target.participants, *absorbed.participants))
                ),
                "figures": tuple(dict.fromkeys((*target.figures, *absorbed.figures))),
                "date": target.date or absorbed.date,
            }
        )
        items = list(docs.events.events)
        items[t_index] = merged
        items[a_index] = absorbed.model_copy(update={"status": "rejected"})
        return docs.with_doc(
            EVENTS_DOC, canonical_events(docs.events.model_copy(update={"events": tuple(items)}))
        )

    def describe(self) -> str:
        return f"merge event {self.absorbed} into {self.target}"


@dataclass(frozen=True)
class SplitEvent(Edit):
    """Move some mentions of an event into a new event of a person's.

    ``mentions`` are ``(article, start, end)`` keys. They become the new event's
    mentions (``origin: human``) and are rejected in the old event.
    """

    event_id: str
    mentions: tuple[tuple[str, int, int], ...]
    title: str = ""

    def documents(self) -> tuple[str, ...]:
        return (EVENTS_DOC,)

    def apply(self, docs: Documents) -> Documents:
        index = _event_index(docs.events, self.event_id)
        event = docs.events.events[index]
        keys = set(self.mentions)
        chosen = [m for m in event.mentions if m.key in keys and m.status == "accepted"]
        if not chosen or len(chosen) != len(keys):
            raise EditError("choose mentions of the event to split off")
        staying = [m for m in event.mentions if m.status == "accepted" and m.key not in keys]
        if not staying:
            raise EditError("a split must leave at least one mention in the event")
        old = event.model_copy(
            update={
                "mentions": tuple(
                    m.model_copy(update={"status": "rejected"}) if m in chosen else m
                    for m in event.mentions
                )
            }
        )
        articles = {m.article for m in chosen}
        new = Event(
            id=new_event_id(docs.events),
            title=" ".join(self.title.split()) or event_title(chosen[0].text or event.title),
            title_origin="human",
            origin="human",
            date=event.date,
            participants=event.participants,
            figures=tuple(f for f in event.figures if f.article in articles),
            kind=event.kind,
            mentions=tuple(m.model_copy(update={"origin": "human"}) for m in chosen),
        )
        items = list(docs.events.events)
        items[index] = old
        items.insert(index + 1, new)
        return docs.with_doc(
            EVENTS_DOC, canonical_events(docs.events.model_copy(update={"events": tuple(items)}))
        )

    def describe(self) -> str:
        return f"split event {self.event_id}"
