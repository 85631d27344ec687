"""Small hand-written news in the styles of several sources, annotated by hand with the
triggers the parse would store, for the linker's tests (no spaCy; no corpus texts).

Marks, one sentence per line (``# `` starts a headline):

* ``[Lake Verde|GPE|lake-verde]``: an entity with its kb_id; ``[Sunday|DATE|2031-08-05]``
  a date with its value; ``[$4 million|MONEY|4000000]`` a sum in USD,
  ``[4 mln guilders|MONEY|4000000:NLG]`` one in another currency, ``[0.4 pct|PERCENT|0.4]``
  a share; ``[14 miners|CARDINAL|14:miner]`` a count of a thing.
* ``<struck|strike|VERB|subj:earthquake,obj:town>``: a trigger (surface, lemma, VERB or
  NOUN, arguments found by their word in the sentence); ``subj:Varnia+man`` an argument
  whose phrase a name opens ("a Varnia man", as the parse widens it); ``prep:in:Varnia``
  a preposition's object; ``=xcomp`` the trigger's dependency in the parse; ``~out`` the
  verb's particle as the parse gives it ("broke *out*"); ``^verb-noun`` the trigger's
  basis (a noun the lexicon also has as a verb: "fire", "store"); ``!passive`` a verb
  the parse flags as told in the passive.
"""

from __future__ import annotations

import hashlib
import re

from tui.core.events.features import (
    PARAMS,
    ArticleFeatures,
    article_features,
    drop_common_participants,
)
from tui.core.model.schema import (
    Argument,
    Article,
    ArticleAnnotation,
    Entity,
    EventsFile,
    Metadata,
    Quantity,
    Sentence,
    Trigger,
)

_MARK = re.compile(
    r"\[([^\]|]+)\|([A-Z]+)\|([^\]]*)\]|<([^>|]+)\|([^>|]+)\|([A-Z]+)(?:\|([^>]*))?>"
)


def make(article_id: str, marked: str, date: str | None) -> tuple[Article, ArticleAnnotation]:
    """An article and its annotation (sentences, entities, sums, triggers) from marked text."""
    text = ""
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    quantities: list[Quantity] = []
    pending: list[tuple[int, int, str, str, str]] = []
    for raw in marked.strip().splitlines():
        line = raw.strip()
        headline = line.startswith("# ")
        line = line.removeprefix("# ")
        start = len(text)
        pos = 0
        for m in _MARK.finditer(line):
            text += line[pos : m.start()]
            pos = m.end()
            a = len(text)
            if m.group(1) is not None:
                surface, label, extra = m.group(1), m.group(2), m.group(3)
                text += surface
                if label in ("MONEY", "PERCENT", "CARDINAL"):
                    value, _, unit = extra.partition(":")
                    quantities.append(
                        Quantity(
                            start=a,
                            end=len(text),
                            text=surface,
                            label=label,
                            value=float(value),
                            unit=unit or ("USD" if label == "MONEY" else "percent"),
                        )
                    )
                elif label == "DATE":
                    entities.append(
                        Entity(start=a, end=len(text), text=surface, label=label, value=extra)
                    )
                else:
                    entities.append(
                        Entity(start=a, end=len(text), text=surface, label=label, kb_id=extra)
                    )
            else:
                surface, lemma, pos_tag, args = m.group(4), m.group(5), m.group(6), m.group(7)
                text += surface
                pending.append((a, len(text), lemma, pos_tag, args or ""))
        text += line[pos:]
        sentences.append(Sentence(start=start, end=len(text), headline=headline))
        text += "\n"
    triggers = []
    for a, b, lemma, pos_tag, args in pending:
        sentence = next(s for s in sentences if s.start <= a < s.end)
        body = text[sentence.start : sentence.end]
        found = []
        dep = ""
        particle = None
        passive = False
        neg = False
        modal = False
        basis = "verb" if pos_tag == "VERB" else "compound"
        for spec in filter(None, args.split(",")):
            if spec.startswith("^"):  # "^verb-noun": how the parse found the trigger
                basis = spec[1:]
                continue
            if spec.startswith("="):  # "=xcomp": the trigger's dependency in the parse
                dep = spec[1:]
                continue
            if spec.startswith("~"):  # "~out": the verb's particle as the parse gives it
                particle = spec[1:]
                continue
            if spec == "!passive":  # told in the passive, as the parse flags it
                passive = True
                continue
            if spec == "!neg":  # denied ("did not", "won't"), as the parse flags it
                neg = True
                continue
            if spec == "!modal":  # a modal before it ("would", "will"), as the parse flags it
                modal = True
                continue
            role, _, word = spec.rpartition(":")
            opens, _, word = word.rpartition("+")  # "Varnia+man": a phrase a name opens
            at = re.search(rf"\b{re.escape(word)}\b", body)
            assert at is not None, f"{word!r} not in {body!r}"
            s = sentence.start + at.start()
            end = s + len(word)
            if opens:
                held = re.search(rf"\b{re.escape(opens)}\b", body)
                assert held is not None, f"{opens!r} not in {body!r}"
                s = sentence.start + held.start()
            found.append(Argument(role=role, start=s, end=end, lemma=word.lower()))
        triggers.append(
            Trigger(
                start=a,
                end=b,
                lemma=lemma,
                pos="VERB" if pos_tag == "VERB" else "NOUN",
                basis=basis,
                dep=dep,
                prt=particle,
                passive=passive,
                neg=neg,
                modal=modal,
                args=tuple(found),
            )
        )
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(article_id, f"{article_id}.txt", text, digest, article_id, date, ("en",))
    annotation = ArticleAnnotation(
        article=article_id,
        sha256=digest,
        metadata=Metadata(date=date),
        sentences=tuple(sentences),
        entities=tuple(entities),
        quantities=tuple(quantities),
        triggers=tuple(sorted(triggers, key=lambda t: (t.start, t.end))),
    )
    return article, annotation


#: Unrelated local news: each tells its own happening with its own words, so that the
#: words of the stories under test are as rare as in a real corpus.
_FILLER_ACTS = (
    ("approved", "approve", "a new budget for the harbour"),
    ("opened", "open", "a library on the river bank"),
    ("repaired", "repair", "the old tram bridge"),
    ("elected", "elect", "a new chair of the rowing club"),
    ("renamed", "rename", "the central square after a poet"),
    ("banned", "ban", "night flights over the valley"),
    ("planted", "plant", "two thousand oak trees"),
    ("painted", "paint", "a mural on the school wall"),
    ("restored", "restore", "the clock of the town hall"),
    ("hosted", "host", "a chess festival for pupils"),
    ("closed", "close", "the swimming pool for a season"),
    ("funded", "fund", "a study of river otters"),
    ("widened", "widen", "the coastal cycle path"),
    ("launched", "launch", "a ferry to the islands"),
    ("bought", "buy", "an electric bus fleet"),
    ("moved", "move", "the market to the old station"),
    ("built", "build", "a skate park by the lake"),
    ("dredged", "dredge", "the canal locks"),
    ("adopted", "adopt", "a rule for dogs on the beach"),
    ("extended", "extend", "the opening hours of the museum"),
)
_TOWNS = (
    "Aldmoor Brenlow Castria Dunvale Elmsby Fairhold Garrow Hollin Istwick Jarrow Kelmont "
    "Lorrin Marsby Norwell Oakhurst Pellow Quarley Rushden Stoford Tamsin"
).split()


def fillers() -> list[tuple[str, str, str | None]]:
    """Twenty short local stories, each about a different town, act and month: padding
    that makes a test's folder large, more articles and more stories than
    ``Params.min_corpus`` (:meth:`~tui.core.events.concepts.CorpusStats.small`)."""
    out = []
    for n, ((verb, lemma, what), town) in enumerate(zip(_FILLER_ACTS, _TOWNS, strict=True)):
        slug = town.lower()
        text = (
            f"# {town} council {verb} {what}\n"
            f"The council of [{town}|GPE|{slug}] <{verb}|{lemma}|VERB|subj:council> {what}.\n"
            f"Mayor [{town} Reeve|PERSON|{slug}-reeve] welcomed the {lemma} vote."
        )
        out.append((f"filler-{n:02d}", text, f"20{20 + n}-0{1 + n % 9}-1{n % 9}"))
    return out


def mentioned(result: EventsFile, article: str, phrase: str, text: str) -> list[str]:
    """The titles of the events with a mention of ``article`` at ``phrase`` of its ``text``."""
    at = text.index(phrase)
    return [
        e.title
        for e in result.events
        if any(m.article == article and m.start <= at < m.end for m in e.mentions)
    ]


def dated_features(*docs: tuple[str, str, str | None]) -> list[ArticleFeatures]:
    """What linking knows of each ``(id, marked text, date)``."""
    out = []
    for article_id, marked, date in docs:
        article, annotation = make(article_id, marked, date)
        out.append(article_features(article.id, article.text, annotation, PARAMS))
    drop_common_participants(out)
    return out


def wire_features(*docs: tuple[str, str], date: str = "2031-03-31") -> list[ArticleFeatures]:
    """What linking knows of each ``(id, marked text)``, all filed on ``date``."""
    return dated_features(*((article_id, marked, date) for article_id, marked in docs))
