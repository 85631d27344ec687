"""Titles of events and stories, made only from the event's own passages.

"Fire destroys Matanuska Maid · Palmer · 2012-08": a noun anchor with the verb it is
the subject of; "Lindsay Lohan checks into Betty Ford Center": a verb anchor with
its named subject, particle, preposition and object; else "Robbery: Paris" (the
trigger and who or what it is about). Then the place most named in the passages and
the month (the dated month of the happening when it is near the reports, else the
reports' median month). Names are shown as the passages write them; nothing absent
from the passages can appear.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.events.features import NAME_LABELS, ArticleFeatures, name_compatible
from tui.core.events.happenings import Happening
from tui.core.nlp.dates import parse_value

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_THE = re.compile(r"^(?:the|The)\s+")


@dataclass(frozen=True, slots=True)
class Title:
    """An event's title and the parts it was made of."""

    text: str
    #: The trigger lemma it is about.
    trigger: str
    #: Ids of who or what it names.
    participants: tuple[str, ...] = ()
    place: str | None = None
    #: ``YYYY-MM``.
    month: str | None = None


def third_person(verb: str) -> str:
    """``verb`` in the third person singular (hits, checks, dies, crashes)."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _display(
    articles: Sequence[ArticleFeatures], sentences: Sequence[tuple[int, int]], eid: str
) -> str:
    """How the passages write a name: the longest of its frequent forms, from sentences
    that are not headlines when there are any (their names are less reliable)."""
    body: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for i, k in sentences:
        a = articles[i]
        s = a.sentences[k]
        for e in a.entities:
            if e.kb_id == eid and s.start <= e.start < s.end:
                form = " ".join(_THE.sub("", e.text).split())
                (heads if s.headline else body)[form] += 1
    forms = body or heads
    if not forms:
        return eid
    top = forms.most_common(1)[0][1]
    return max(sorted(t for t, n in forms.items() if n * 2 >= top), key=len)


def event_title(articles: Sequence[ArticleFeatures], happening: Happening) -> Title:
    """The title of a happening (see the module's docstring).

    Args:
        articles: The corpus's articles.
        happening: The event.

    Returns:
        Its title and parts.
    """
    anchors = happening.anchors
    concept = happening.concepts
    sentences = happening.sentences

    def key(lemma: str) -> str:
        return concept.get(lemma, lemma)

    told: dict[str, set[int]] = defaultdict(set)
    lemma_n: Counter[str] = Counter()
    noun_n: Counter[str] = Counter()
    subj: Counter[tuple[str, str]] = Counter()
    obj: Counter[tuple[str, str]] = Counter()
    months: Counter[str] = Counter()
    noun_verbs: Counter[tuple[str, str]] = Counter()
    prep_of: dict[tuple[str, str], str] = {}
    particles: Counter[tuple[str, str]] = Counter()
    obj_of_verb: Counter[tuple[str, str]] = Counter()
    for i, k in sentences:
        headline = articles[i].sentences[k].headline
        for t in happening.triggers.get((i, k), ()):
            anchored = key(t.lemma) in anchors
            for arg in t.args:
                if headline:
                    continue  # headline parses: unreliable arguments
                e = arg.entity
                if (
                    t.pos == "VERB"
                    and arg.role == "subj"
                    and anchored
                    and key(arg.lemma) in anchors
                    and arg.lemma != t.lemma
                ):
                    noun_verbs[(arg.lemma, t.lemma)] += 1
                    for other in t.args:
                        if other.role == "obj" and other.entity is not None and other.entity.kb_id:
                            obj_of_verb[(t.lemma, other.entity.kb_id)] += 1
                if not anchored or e is None:
                    continue
                if e.label == "DATE":
                    period = parse_value(e.value)
                    if period is not None and period.days <= 62:
                        months[period.first.strftime("%Y-%m")] += 1
                elif e.kb_id and e.label in NAME_LABELS:
                    if arg.role == "subj" and e.label in _SUBJECT_LABELS:
                        subj[(t.lemma, e.kb_id)] += 2 if e.label in ("PERSON", "ORG") else 1
                    elif arg.role == "obj" or arg.role.startswith("prep:"):
                        obj[(t.lemma, e.kb_id)] += 1
                        if arg.role.startswith("prep:"):
                            prep_of.setdefault((t.lemma, e.kb_id), arg.role[5:])
            if not anchored:
                continue
            told[t.lemma].add(i)
            lemma_n[t.lemma] += 1
            if t.pos != "VERB":
                noun_n[t.lemma] += 1
            if t.prt:
                particles[(t.lemma, t.prt)] += 1
    if not lemma_n:
        return Title(text="", trigger="")
    used: list[str] = []
    participants: list[str] = []

    def best(counter: Counter[tuple[str, str]], lemma: str) -> str | None:
        options = [
            (n, e)
            for (lm, e), n in counter.items()
            if lm == lemma and not any(name_compatible(e, u) for u in used)
        ]
        return max(options)[1] if options else None

    pairs = sorted(
        ((n, nl, vl) for (nl, vl), n in noun_verbs.items() if key(vl) in anchors or n >= 2),
        reverse=True,
    )
    top = max(sorted(lemma_n), key=lambda lm: (len(told[lm]), lemma_n[lm]))
    what: str | None
    if pairs and pairs[0][0] >= 2:
        _, noun, verb = pairs[0]
        text = noun.capitalize() + " " + third_person(verb)
        what = best(obj_of_verb, verb)
        if what is None:
            what = best(obj, verb)
            prep = prep_of.get((verb, what)) if what else None
            if prep:
                text += " " + prep
        word = noun
    elif top not in noun_n and best(subj, top):
        who = best(subj, top)
        assert who is not None
        used.append(who)
        participants.append(who)
        text = _display(articles, sentences, who) + " " + third_person(top)
        prt = max(((n, p) for (lm, p), n in particles.items() if lm == top), default=(0, ""))[1]
        what = best(obj, top)
        prep = prep_of.get((top, what)) if what else None
        if prt and not (prep and prep.startswith(prt)):
            text += " " + prt
        if prep:
            text += " " + prep
        word = top
    else:
        word = top
        what = best(obj, word) or best(subj, word)
        text = word.capitalize() + (":" if what else "")
    if what:
        used.append(what)
        participants.append(what)
        text += " " + _display(articles, sentences, what)
    places: Counter[str] = Counter()
    for i, k in sentences:
        a = articles[i]
        s = a.sentences[k]
        for e in a.entities:
            if e.label in PLACE_LABELS and e.kb_id and s.start <= e.start < s.end:
                places[e.kb_id] += 1
    place = next(
        (
            e
            for e, _ in sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))
            if not any(name_compatible(e, u) for u in used)
        ),
        None,
    )
    if place:
        text += " · " + _display(articles, sentences, place)
    dates = sorted(d for d in (articles[i].date for i, _ in sentences) if d is not None)
    report = dates[len(dates) // 2] if dates else None
    month = min(months.items(), key=lambda kv: (-kv[1], kv[0]))[0] if months else None
    if report and (month is None or abs((dt.date.fromisoformat(month + "-01") - report).days) > 62):
        month = report.strftime("%Y-%m")
    if month:
        text += " · " + month
    return Title(
        text=text[:1].upper() + text[1:],
        trigger=word,
        participants=tuple(participants),
        place=place,
        month=month,
    )
