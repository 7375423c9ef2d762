"""Dependency-tree helpers for event extraction: children, conjuncts, prepositional objects,
clause frames (subjects, objects, voice), argument heads and background clauses."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..records import Actor, Token
from .lexicon import Argument

Tokens = Sequence[Token]
Children = list[list[int]]
ActorMap = Mapping[int, tuple[Actor, ...]]

OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
PREP_DEPS = frozenset({"prep", "dative", "agent"})
PRED_POS = frozenset({"VERB", "AUX"})
EVENT_NOUN_POS = frozenset({"NOUN"})
PRONOUN_POS = frozenset({"PRON"})
# Noun modifiers that can restrict an event noun's sense ("arms embargo", "military aid").
MOD_DEPS = frozenset({"compound", "amod"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Subjects of either voice: who a clause is about, active or passive.
ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
# Clause links that keep a verb in the clause of the verb it hangs from.
CHAIN_DEPS = frozenset({"xcomp", "conj"})
# Clause links through which an embedded clause inherits its subject.
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "acomp"})


def argument(tokens: Tokens, i: int, children: Children) -> Argument:
    modifiers = tuple(tokens[c].lemma for c in children[i] if tokens[c].dep in ("compound", "amod"))
    return Argument(tokens[i].lemma, modifiers)


def with_conjuncts(tokens: Tokens, heads: Sequence[int], children: Children) -> list[int]:
    """Expand "Russia and North Korea" into both heads."""
    out: list[int] = []
    stack = list(heads)
    while stack:
        node = stack.pop(0)
        if node in out:
            continue
        out.append(node)
        stack.extend(c for c in children[node] if tokens[c].dep == "conj")
    return out


def prep_objects(
    tokens: Tokens, i: int, preps: Sequence[str], children: Children, deps: frozenset[str]
) -> list[int]:
    found: list[int] = []
    for c in children[i]:
        if tokens[c].dep in deps and tokens[c].lemma in preps:
            objects = [g for g in children[c] if tokens[g].dep == "pobj"]
            found.extend(with_conjuncts(tokens, objects, children))
    return found


def owners(tokens: Tokens, i: int, children: Children, actors: ActorMap) -> list[int]:
    """Actors modifying a noun: "North Korea's exports", "North Korean weapons exports"."""
    found = []
    for c in children[i]:
        if tokens[c].dep in ("poss", "compound", "amod", "nmod"):
            if c in actors:
                found.extend(x for x in with_conjuncts(tokens, [c], children) if x in actors)
            else:
                found.extend(owners(tokens, c, children, actors))
    return found


def first_actor(
    tokens: Tokens, heads: Sequence[int], children: Children, actors: ActorMap
) -> Actor | None:
    for head in with_conjuncts(tokens, heads, children):
        if head in actors:
            return actors[head][0]
    return None


def is_one_of(token: Token, words: Collection[str]) -> bool:
    """Whether the word or its lemma is listed: spaCy lemmatises the prepositions
    "following" as "follow" and "according" as "accord"."""
    return token.lemma in words or token.text.lower() in words


def under_preposition(tokens: Tokens, i: int, preps: Collection[str]) -> bool:
    """True when the noun (or the noun it is "of") is the object of one of ``preps``."""
    for _ in range(3):
        token = tokens[i]
        if token.dep != "pobj":
            return False
        prep = tokens[token.head]
        if is_one_of(prep, preps):
            return True
        if prep.lemma != "of":  # "after 12 days of battles": climb through "of"
            return False
        i = prep.head
    return False


def names_report_source(tokens: Tokens, i: int, attribution_preps: Collection[str]) -> bool:
    """True when the noun is where a report comes from ("according to a statement on the NATO
    website"): the statement is the voice of the sentence, not an event of its own."""
    token = tokens[i]
    if token.dep != "pobj":
        return False
    prep = tokens[token.head]
    return prep.lemma == "to" and is_one_of(tokens[prep.head], attribution_preps)


def in_background_clause(
    tokens: Tokens, i: int, children: Children, marks: Collection[str]
) -> bool:
    """True when the trigger lies in a relative clause ("who had kidnapped him"), an infinitive
    modifying a noun ("plans to sell weapons"), an infinitive of purpose ("sent troops to help
    defend X"), a time, reason or condition clause ("after a state of siege was declared") or
    an agentless participle ("the curfew imposed last year"): background to the sentence's own
    event. A verb controlled by or coordinated with a relative or time clause is background too
    ("a resolution that aims to tighten sanctions and impose a blockade"); a purpose above the
    trigger's own clause is not ("willing to send material to help defend X" is the aim)."""
    chained = False  # climbed above the trigger's own clause through xcomp/conj
    for _ in range(6):
        dep = tokens[i].dep
        if dep == "relcl" or (dep == "advcl" and _marked(tokens, i, children, marks)):
            return True
        if not chained and _modifying_clause(tokens, i, children):
            return True
        if tokens[i].head == i or (tokens[i].pos in PRED_POS and dep not in CHAIN_DEPS):
            return False
        chained = chained or tokens[i].pos in PRED_POS
        i = tokens[i].head
    return False


def _marked(tokens: Tokens, i: int, children: Children, marks: Collection[str]) -> bool:
    """A clause introduced by one of ``marks``: "after" is a mark, "when"/"once" an advmod."""
    return any(
        tokens[c].dep in ("mark", "advmod") and tokens[c].lemma in marks and c < i
        for c in children[i]
    )


def _modifying_clause(tokens: Tokens, i: int, children: Children) -> bool:
    """An infinitive modifying a noun or of purpose, or a past participle naming no agent
    ("the curfew imposed in Sudan"; "troops deployed by the DPRK" names its agent)."""
    dep = tokens[i].dep
    if dep in ("acl", "advcl") and any(
        tokens[c].dep == "aux" and tokens[c].lemma == "to" for c in children[i]
    ):
        return True
    return (
        dep == "acl"
        and tokens[i].tag == "VBN"
        and not any(tokens[c].dep == "agent" for c in children[i])
    )


def depth(tokens: Tokens, i: int) -> int:
    """Dependency distance from the sentence root (the main clause is 0)."""
    depth = 0
    while tokens[i].head != i and depth < 50:
        i = tokens[i].head
        depth += 1
    return depth


def argument_heads(tokens: Tokens, i: int, children: Children) -> list[int]:
    """A verb's argument nouns: objects (or passive subject) and its prepositions' objects."""
    heads = [
        c
        for c in children[i]
        if tokens[c].dep in OBJECT_DEPS or tokens[c].dep in PASSIVE_SUBJECT_DEPS
    ]
    for prep in children[i]:
        if tokens[prep].dep in PREP_DEPS or tokens[prep].dep == "prt":
            heads.extend(c for c in children[prep] if tokens[c].dep == "pobj")
    # "denounced as a crime Serbia's suppression of ...": an apposition is the same argument.
    heads.extend(a for h in list(heads) for a in children[h] if tokens[a].dep == "appos")
    return heads


def through_partitives(
    tokens: Tokens, heads: Sequence[int], children: Children, partitives: Collection[str]
) -> list[int]:
    """Add the "of" object of quantity objects: "sent tons of food aid" has the argument "aid"
    (objects only: "on the first day of the strike" is a time, not an argument)."""
    out = list(heads)
    for head in heads:
        if tokens[head].dep in OBJECT_DEPS and tokens[head].lemma in partitives:
            out.extend(prep_objects(tokens, head, ("of",), children, deps=PREP_DEPS))
    return out


@dataclass(frozen=True, slots=True)
class Frame:
    """What the parse says around a trigger before any pattern is chosen."""

    subjects: tuple[int, ...]
    objects: tuple[int, ...]
    passive: bool


def clause_frame(
    tokens: Tokens, i: int, children: Children, speech_verbs: Collection[str] = ()
) -> Frame:
    """Subjects (inherited through control when missing), objects and voice of a predicate;
    ``speech_verbs`` lend no subject to a deed set off after them (``inherited_subjects``)."""
    subjects = [c for c in children[i] if tokens[c].dep in SUBJECT_DEPS]
    passive_subjects = [c for c in children[i] if tokens[c].dep in PASSIVE_SUBJECT_DEPS]
    objects = [c for c in children[i] if tokens[c].dep in OBJECT_DEPS]
    if not subjects and not passive_subjects:
        subjects = list(inherited_subjects(tokens, i, children, speech_verbs))
    return Frame(
        subjects=tuple(with_conjuncts(tokens, subjects, children)),
        objects=tuple(with_conjuncts(tokens, objects or passive_subjects, children)),
        passive=bool(passive_subjects),
    )


def inherited_subjects(
    tokens: Tokens, i: int, children: Children, speech_verbs: Collection[str] = ()
) -> list[int]:
    """Subject of a controlled or coordinated clause: "urged China to cease" -> China. A
    deed set off after a speech verb is not the speaker's ("voiced concern over China's
    support to Russia, helping it make up for sanctions": the support helps)."""
    current = i
    for _ in range(4):
        token = tokens[current]
        if token.dep not in CONTROL_DEPS or token.head == current:
            return []
        head = token.head
        if _deed_after_speech(tokens, current, speech_verbs):
            return []
        if token.dep == "acl" and tokens[head].pos in ("NOUN", "PROPN"):
            return [head]
        if token.dep == "xcomp":
            objects = [c for c in children[head] if tokens[c].dep in OBJECT_DEPS]
            if objects:
                return objects
        subjects = [c for c in children[head] if tokens[c].dep in SUBJECT_DEPS]
        if subjects:
            return subjects
        current = head
    return []


def _deed_after_speech(tokens: Tokens, i: int, speech_verbs: Collection[str]) -> bool:
    """A participle clause set off after a speech verb's words that is no speech itself."""
    token = tokens[i]
    return (
        token.dep == "advcl"
        and token.tag == "VBG"
        and token.head < i
        and tokens[i - 1].text == ","
        and tokens[token.head].lemma in speech_verbs
        and token.lemma not in speech_verbs
    )


def has_own_subject(tokens: Tokens, clause: int, children: Children) -> bool:
    """True for a clause with a subject of its own ("demanded that X release ..."): X is
    the one addressed, unlike a controlled infinitive ("agreed to lift ...")."""
    return any(tokens[d].dep in ANY_SUBJECT_DEPS for d in children[clause])


def descendants(heads: Sequence[int], children: Children) -> list[int]:
    """Every token of the subtrees under ``heads``, heads included: a clause folded whole."""
    stack = list(heads)
    found: list[int] = []
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(children[node])
    return found
