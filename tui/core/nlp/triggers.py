"""Triggers: the verbs and eventive nouns of each sentence, with their arguments, from the parse.

A trigger is the word that tells a happening. Linking reads them from the
annotation files, so it needs no model. The rules:

* every verb (``VERB``) but verbs used as prepositions ("according to",
  "including"), and, outside headlines, verbs inside a name;
* a common noun outside names and dates whose spelling makes it an event word
  (:func:`tui.core.text.morph.noun_basis`: attack, shooting, earthquake,
  takeover), or that has a date as dependent ("Sunday's arson", "the 2012 crash");
* an EVENT name ("the Oscars").

Arguments are the trigger's subject, object, prepositional objects, modifiers
(of a noun) and time words, kept only inside the trigger's sentence. A noun that
is the object of a light verb takes the verb's subject: "the Red Sox made an
offer" gives *offer* the subject *Sox*.

Japanese (GiNZA, Universal Dependencies) follows the same rules where they
apply: verbs (a noun with する is parsed as one verb, 発表 in 発表した), and nouns
that can take する (買収 in 買収を発表, tagged ``サ変可能``). Their arguments are
``nsubj`` (subj), ``obj`` (obj) and ``obl`` (``prep:`` and the case particle).

Names and dates come from the extractor's final entities, not from the model's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from tui.core.model.schema import Argument, Entity, Sentence, Trigger, one_word
from tui.core.nlp.entities import name_shapes
from tui.core.text.morph import noun_basis
from tui.core.text.names import slug

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

#: Labels of dates and times: a noun inside one is no happening ("Thursday morning").
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Auxiliaries that make a verb a possibility, not a report.
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can"})
#: Dependents whose date makes their noun a happening ("Sunday's arson", "the 2012 crash").
_DATED_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod", "nummod", "amod"})
#: Prepositions whose date object makes their noun a happening ("the vigil on Monday").
_DATED_PREPS = frozenset({"on", "in", "at", "during", "since", "last"})
#: Dependents of a noun that name what it is about or whose it is.
_NOUN_MODIFIERS = frozenset({"poss", "compound", "nummod", "amod"})
#: Parts of speech of a noun a relative clause may describe.
_NOMINAL = frozenset({"NOUN", "PROPN"})
#: Dependents through which a head word reaches the name it stands for ("the Microsoft patch").
_NAME_CHILDREN = frozenset({"compound", "poss", "amod", "nmod"})
#: Verbs of perceiving and finding whose complement may be a small clause with a passive
#: participle ("saw the street cordoned off", "found him wounded"). Not "have": the parse
#: makes a question's "has the rally gone too far" one.
_SMALL_CLAUSE_HEADS = frozenset(
    {"see", "hear", "watch", "notice", "find", "feel", "want", "need", "leave", "keep"}
)
_LEADING_THE = re.compile(r"^(?i:the)\s+")
#: GiNZA's tag of a noun that can take する (買収, 発表).
_SURU_NOUN = "サ変可能"


def verb_lexicon(nlp: Language) -> frozenset[str]:
    """The verbs the model's lemmatizer knows (its ``lemma_index`` table), or none.

    Returns:
        Verb lemmas, lower case.
    """
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        return frozenset(str(v) for v in lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError):
        return frozenset()


class EntityIndex:
    """The article's entities by position: the name or date at a character."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._entities = sorted(entities, key=lambda e: (e.start, e.end))
        self._starts = [e.start for e in self._entities]
        self._longest = max((e.end - e.start for e in self._entities), default=0)

    def at(self, offset: int, *, names: bool | None = None) -> Entity | None:
        """The entity covering ``offset``.

        Args:
            offset: A character offset into the article.
            names: True: names only (not DATE or TIME); False: dates and times only;
                None: any.
        """
        k = bisect.bisect_right(self._starts, offset) - 1
        while k >= 0 and offset - self._starts[k] < self._longest:
            entity = self._entities[k]
            if offset < entity.end and (
                names is None or (entity.label not in TIME_LABELS) == names
            ):
                return entity
            k -= 1
        return None


def sentence_triggers(
    tokens: Iterable[Token],
    shift: int,
    sentence: tuple[int, int],
    entities: EntityIndex,
    verbs: frozenset[str],
    *,
    headline: bool = False,
) -> list[Trigger]:
    """The triggers among one sentence's tokens.

    Args:
        tokens: The sentence's tokens (of the article's parse, or of a re-parse of
            the sentence alone).
        shift: What to add to a token's ``idx`` to get its offset in the article.
        sentence: The sentence's offsets in the article; arguments stay inside it.
        entities: The article's final entities.
        verbs: The verbs the model knows (for the noun rules).
        headline: The sentence is a headline, re-parsed in sentence case: a verb
            inside a name is taken (the model's names swallow headline verbs).

    Returns:
        Triggers in token order.
    """
    out = []
    for token in tokens:
        start = token.idx + shift
        kind = _kind(token, start, entities, verbs, headline)
        if kind is None:
            continue
        end = start + len(token.text)
        if not (sentence[0] <= start and end <= sentence[1]):
            continue
        pos, basis = kind
        out.append(_trigger(token, start, end, pos, basis, shift, sentence, entities))
    return out


def _kind(
    token: Token, start: int, entities: EntityIndex, verbs: frozenset[str], headline: bool
) -> tuple[str, str] | None:
    """``(pos, basis)`` when the token is a trigger, else None."""
    pos = token.pos_
    if pos != "VERB" and pos != "NOUN":  # most tokens: ask nothing more of them
        return None
    lemma = token.lemma_.lower()
    if token.dep_ == "prep" or len(lemma) < 2 or not lemma.isalpha():
        return None
    if pos == "VERB":
        return ("VERB", "verb") if headline or entities.at(start, names=True) is None else None
    if entities.at(start) is not None:  # a noun inside a name, a date or a time
        return None
    if _SURU_NOUN in token.tag_:
        return "NOUN", "verb-noun"
    basis = noun_basis(lemma, verbs)
    if basis is None and _has_date_dependent(token, start - token.idx, entities):
        basis = "dated-noun"
    return ("NOUN", basis) if basis else None


def _has_date_dependent(token: Token, shift: int, entities: EntityIndex) -> bool:
    """Whether a noun has a date as dependent, or as the object of on/in/at/during/since/last."""
    for child in token.children:
        if child.dep_ in _DATED_DEPS:
            words = [child]
        elif child.dep_ == "prep" and child.lemma_.lower() in _DATED_PREPS:
            words = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        if any(entities.at(w.idx + shift, names=False) is not None for w in words):
            return True
    return False


def _trigger(
    token: Token,
    start: int,
    end: int,
    pos: str,
    basis: str,
    shift: int,
    sentence: tuple[int, int],
    entities: EntityIndex,
) -> Trigger:
    children = list(token.children)
    args: list[Argument] = []

    def add(role: str, word: Token) -> None:
        argument = _argument(role, word, shift, sentence, entities)
        if argument is not None:
            args.append(argument)

    # A past participle with a subject of its own, no auxiliary and no object, that
    # completes a verb of perceiving or finding, is a passive told without "be": "saw the
    # street cordoned off", "heard shots fired", "found him wounded". (Elsewhere the
    # small model tags many a past tense VBN: "its load factor gained".)
    bare_passive = (
        token.tag_ == "VBN"
        and token.dep_ in ("ccomp", "xcomp", "oprd")
        and token.head.lemma_.lower() in _SMALL_CLAUSE_HEADS
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in children)
    )
    passive = bare_passive
    for child in children:
        dep = child.dep_
        if dep in ("nsubj", "csubj"):
            add("obj" if bare_passive else "subj", _antecedent(token, child))
        elif dep in ("nsubjpass", "csubjpass"):
            # the patient of a passive: "the building was destroyed"
            add("obj", _antecedent(token, child))
            passive = True
        elif dep in ("dobj", "obj") or (dep in ("attr", "oprd") and child.pos_ != "ADJ"):
            # (an adjective complement is what the subject is or seems, not what was
            # done to: "it appears almost certain Congress will ...")
            add("obj", child)
        elif dep in _NOUN_MODIFIERS and pos == "NOUN":
            add("mod", child)
        elif dep in ("npadvmod", "tmod"):
            add("time", child)
        elif dep in ("prep", "agent"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    add("subj" if dep == "agent" else f"prep:{child.lemma_.lower()}", grandchild)
        elif dep == "obl":  # Japanese: 東京で -> prep:で
            case = next((g.lemma_ for g in child.children if g.dep_ == "case"), "")
            add(f"prep:{case}" if case else "prep", child)
    head = token.head
    if pos == "NOUN" and token.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        # A light verb's subject is its noun's: "the Red Sox made an offer".
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                add("subj", child)
    particle = next((one_word(c.lemma_.lower()) for c in children if c.dep_ == "prt"), None)
    # Values built here are valid by construction: skip pydantic's validation (it is most
    # of the cost of a trigger).
    return Trigger.model_construct(
        start=start,
        end=end,
        lemma=token.lemma_.lower(),
        pos="VERB" if pos == "VERB" else "NOUN",
        basis=basis,
        dep=token.dep_,
        root=token.dep_ == "ROOT" or head.i == token.i,
        neg=any(c.dep_ == "neg" for c in children),
        modal=pos == "VERB"
        and any(c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in children),
        passive=passive,
        prt=particle if pos == "VERB" else None,
        args=tuple(args),
    )


def _argument(
    role: str, word: Token, shift: int, sentence: tuple[int, int], entities: EntityIndex
) -> Argument | None:
    """An argument: the head word, widened to the name it is part of or that its
    compound or possessive holds ("the Microsoft patch" reaches Microsoft); None
    outside the sentence."""
    start = word.idx + shift
    end = start + len(word.text)
    if not (sentence[0] <= start and end <= sentence[1]):
        return None
    name = entities.at(start, names=True)
    if name is None:
        for child in word.children:
            if child.dep_ in _NAME_CHILDREN:
                name = entities.at(child.idx + shift, names=True)
                if name is not None:
                    break
    if name is None:
        name = _role_holder(word, shift, entities)
        if name is not None and sentence[0] <= name.start and name.end <= sentence[1]:
            # (the person a role noun names is the argument: "founder and chairman Boyd
            # L. Jefferies has resigned", "its chairman, Ann Roe, resigned")
            return Argument.model_construct(
                role=one_word(role),
                start=name.start,
                end=name.end,
                lemma=one_word(word.lemma_.lower() or word.text),
            )
        name = None
    if name is not None and sentence[0] <= name.start and name.end <= sentence[1]:
        start, end = min(start, name.start), max(end, name.end)
    lemma = one_word(word.lemma_.lower() or word.text)
    return Argument.model_construct(role=one_word(role), start=start, end=end, lemma=lemma)


def _antecedent(verb: Token, subject: Token) -> Token:
    """A relative clause's pronoun subject stands for the noun the clause describes:
    "Boyd Jefferies, who resigned" (who resigned: Jefferies)."""
    if verb.dep_ == "relcl" and subject.tag_ in ("WP", "WDT") and verb.head.pos_ in _NOMINAL:
        return verb.head
    return subject


def _role_holder(word: Token, shift: int, entities: EntityIndex) -> Entity | None:
    """The person a role noun names in apposition or as the last of its conjuncts:
    "founder and chairman Boyd L. Jefferies", "its chairman, Ann Roe,"; None for any
    other word (the conjuncts of "Roe and Lee" are two people)."""
    roles = name_shapes().role_nouns
    if word.lemma_.lower() not in roles:
        return None
    for child in word.children:
        # (a conjunct only with a role of its own before it: "founder and chairman Boyd
        # L. Jefferies" is one person, "the president and Ann Roe" two)
        if child.dep_ == "appos" or (
            child.dep_ == "conj"
            and any(g.dep_ == "compound" and g.lemma_.lower() in roles for g in child.lefts)
        ):
            name = entities.at(child.idx + shift, names=True)
            if name is not None and name.label == "PERSON":
                return name
    return None


def event_name_triggers(entities: Sequence[Entity], sentences: Sequence[Sentence]) -> list[Trigger]:
    """The EVENT names of the article ("the Oscars", "Hurricane Sandy") as triggers.

    Returns:
        One trigger per EVENT entity inside a sentence; its lemma is the name's slug.
    """
    out = []
    for entity in entities:
        if entity.label != "EVENT":
            continue
        if any(s.start <= entity.start and entity.end <= s.end for s in sentences):
            name = entity.kb_id or slug(_LEADING_THE.sub("", entity.text))
            if name:
                out.append(
                    Trigger(
                        start=entity.start,
                        end=entity.end,
                        lemma=one_word(name),
                        pos="PROPN",
                        basis="event-entity",
                    )
                )
    return out
