"""Trigger concepts: which words of a story tell the same kind of happening.

A noun trigger maps to the verb it derives from among the corpus's verbs
(killing -> kill, acquisition -> acquire); related lemmas are then joined (same
stem, or a compound's head whose first part the corpus writes as a word: quake /
earthquake, not pass / surpass). Corpus statistics decide which
triggers count: how specific a lemma is (idf over articles) and, for nouns that are
also verbs ("coast", "police"), whether the corpus uses them as verbs.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.core.events.agglomerate import DisjointSets
from tui.core.events.features import PARAMS, ArticleFeatures, Params, TriggerFeatures
from tui.core.events.small import vocabulary
from tui.core.text.morph import base_verb

#: Verbs that say little of a happening on their own: auxiliaries and light verbs,
#: saying and thinking, seeming, beginning and going on. A title is about one of
#: them only when its passages share nothing better; between two wire stories one
#: anchors no event (:mod:`tui.core.events.happenings`).
LIGHT_VERBS = frozenset(
    """be have do get make take give put set keep let go come bring become seem remain stay
    say tell add note state claim report quote cite comment ask answer speak talk write
    know think believe feel see look hear find show mean want need try use include allow
    expect decide hope plan begin start continue end spend entail call work post update
    hold lead help leave turn run move happen occur follow provide compare""".split()
)


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What linking learns of triggers from the whole corpus."""

    #: log(N / df) of each trigger lemma over articles.
    idf: dict[str, float]
    #: Share of a lemma's trigger occurrences tagged VERB.
    verb_ratio: dict[str, float]
    #: Lemmas the corpus uses as verbs.
    verbs: frozenset[str]
    #: Articles in the corpus.
    articles: int
    #: Stories the corpus tells (:func:`~tui.core.events.stories.find_stories`), an
    #: article in none counting as one; 0 when not found (then each article counts).
    stories: int = 0
    #: The content words its articles write (:func:`tui.core.text.terms.content_words`).
    words: frozenset[str] = frozenset()
    #: Verbs the corpus nearly always gives an object where it tells them in the active
    #: ("rejected the bid", "replaced him"): one told with none says little
    #: (:data:`TRANSITIVE_USES`, :data:`TRANSITIVE_SHARE`).
    transitive: frozenset[str] = frozenset()

    def small(self, params: Params = PARAMS) -> bool:
        """The corpus tells too few stories for its statistics to say which triggers are
        rare (fewer than ``params.min_corpus``): its events link on the sentences' own
        evidence (:mod:`tui.core.events.small`). A folder of a few articles is such a
        corpus, and so is one of many articles about a few stories, a reader's folder on
        one happening: there the happening's own trigger ("fire" in every report of a
        fire) is the folder's least rare word, and as an anchor it would count for
        nothing."""
        return (self.stories or self.articles) < params.min_corpus


#: A verb is transitive in a corpus that tells it in the active this often, or more,
#: with an object this share of the time, or more (a share chosen on the Reuters and ECB+
#: corpora: "reject" 0.94, "replace" 0.90, "buy" 0.89, "earn" 0.82; "predict" 0.52, with
#: a clause, "meet" 0.53, "rise" 0.09).
TRANSITIVE_USES = 20
TRANSITIVE_SHARE = 0.8


def corpus_stats(articles: Sequence[ArticleFeatures], stories: int = 0) -> CorpusStats:
    """Trigger idf, verb ratio, verbs and transitive verbs of the corpus.

    Args:
        articles: The corpus.
        stories: The stories it tells, an article in none counting as one (0: unknown).

    Returns:
        The statistics.
    """
    df: Counter[str] = Counter()
    verb: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    active: Counter[str] = Counter()
    with_object: Counter[str] = Counter()
    for a in articles:
        lemmas = set()
        for sentence in a.triggers:
            for t in sentence:
                lemmas.add(t.lemma)
                seen[t.lemma] += 1
                if t.pos == "VERB":
                    verb[t.lemma] += 1
                    if not t.passive:
                        active[t.lemma] += 1
                        with_object[t.lemma] += any(x.role == "obj" for x in t.args)
        df.update(lemmas)
    n = len(articles)
    return CorpusStats(
        idf={w: max(0.0, math.log(n / c)) for w, c in df.items()},
        verb_ratio={w: verb[w] / c for w, c in seen.items()},
        verbs=frozenset(verb),
        articles=n,
        stories=stories,
        words=frozenset(w for a in articles for ws in a.words for w in ws),
        transitive=frozenset(
            w
            for w, n in active.items()
            if n >= TRANSITIVE_USES and with_object[w] >= TRANSITIVE_SHARE * n
        ),
    )


def usable_triggers(
    triggers: Sequence[TriggerFeatures], stats: CorpusStats, params: Params = PARAMS
) -> list[TriggerFeatures]:
    """The triggers of a sentence that can anchor an event.

    A noun that is a verb in the lexicon counts only when the corpus uses it as a verb
    often enough ("rate", "share" and "price" tell no happening), or when it is a word of
    the general news vocabulary's families (:attr:`tui.core.events.small.Vocabulary.event_nouns`:
    "quake", "raid", "attack", however seldom the corpus writes the verb); a light verb
    whose object is an eventive noun ("made an offer") gives way to the noun.

    Args:
        triggers: A sentence's triggers.
        stats: The corpus's statistics.
        params: ``min_verb_ratio``.

    Returns:
        The usable triggers, in order.
    """
    nouns_of_happenings = vocabulary().event_nouns
    kept = [
        t
        for t in triggers
        if not (
            t.basis == "verb-noun"
            and stats.verb_ratio.get(t.lemma, 0.0) < params.min_verb_ratio
            and t.lemma not in nouns_of_happenings
        )
    ]
    nouns = {t.start for t in kept if t.pos != "VERB"}
    return [
        t
        for t in kept
        if not (t.pos == "VERB" and any(a.role == "obj" and a.start in nouns for a in t.args))
    ]


def related_lemmas(a: str, b: str) -> bool:
    """Same lemma; a shared stem (a prefix of 5 or more leaving at most 3 letters of the
    shorter: shoot / shooting, explode / explosion); or a compound's head (quake / earthquake)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    if k >= 5 and len(short) - k <= 3:
        return True
    return len(short) >= 4 and long.endswith(short) and len(long) - len(short) >= 3


def concept_map(
    lemmas: Iterable[str], verbs: frozenset[str], words: frozenset[str]
) -> dict[str, str]:
    """Each trigger lemma's concept: a key shared by related lemmas.

    Args:
        lemmas: Trigger lemmas (nouns and verbs).
        verbs: The corpus's verbs, which nouns map to first.
        words: The corpus's content words: a compound's first part is one of them
            ("earth" of "earthquake", "gun" of "gunfire"), not a prefix that makes
            another word ("surpass" is no pass, "withdraw" no draw, "release" no ease).

    Returns:
        Lemma -> concept key.
    """
    base = {lemma: base_verb(lemma, verbs) or lemma for lemma in lemmas}
    keys = sorted(set(base.values()))
    sets = DisjointSets(keys)

    by_prefix: dict[str, list[str]] = defaultdict(list)
    for x in keys:
        by_prefix[x[:5]].append(x)
    for group in by_prefix.values():
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if related_lemmas(x, y):
                    sets.union(x, y)
    # Compound heads: suffix lookup in a set of suffixes of the longer lemmas, whose
    # first part is a word the corpus writes (a stop word is none: "with" of "withdraw",
    # "down" of "crackdown"), or that a family of news words holds with its head
    # ("earthquake" and "quake" in a corpus that never writes "earth").
    families = vocabulary().families
    by_suffix: dict[str, list[str]] = defaultdict(list)
    for x in keys:
        for cut in range(3, len(x) - 3):
            by_suffix[x[cut:]].append(x)
    for x in keys:
        if len(x) < 4:
            continue
        family = families.get(x)
        for y in by_suffix.get(x, ()):
            if len(y) - len(x) >= 3 and (
                y[: len(y) - len(x)].rstrip("-") in words
                or (family is not None and family == families.get(y))
            ):
                sets.union(x, y)
    return {lemma: sets.find(b) for lemma, b in base.items()}
