"""Where an event's target sits in the dependency parse: one ordered search for verbs and nouns.

A trigger's target is rarely just its direct object. News syntax puts it in a
dative ("will give Tanzania a grant"), a particle phrase ("hand over to X"), a
preposition on the object noun ("military aid to Mozambique"), inside the object
noun phrase as a possessor or modifier ("welcomed President Reagan's statement",
"agreed to US mediation", "a meeting between X and Y"), or in the complement
clause of a request ("demanded that the US cancel ..."). The search takes the
first class that yields an actor, in this order:

1. objects of the prepositions the pattern names (on the trigger or its object);
2. datives (indirect objects);
3. the direct object itself when it is an actor;
4. actors governed by a general preposition ("to", "in", "from", ...) on the
   trigger, or on its object noun when the object is a theme the pattern names
   ("provide military aid to X");
5. actors nested in the object noun phrase (possessor, modifier, "of"/"by"/
   "between"/"from" phrases), then, when the object is an act rather than a theme,
   its prepositional actors ("condemned North Korea's exports to Russia" -> North Korea);
6. actors nested in the general prepositional phrases ("from the Bosnian town
   of Gorazde", "in Montenegro province");
7. for complement-taking triggers, the subject of the embedded clause ("demanded
   that X ...") and, for a controlled infinitive, that clause's own targets
   ("offered to hand over to X");
8. the subject of a clause attached to the object noun ("its demand that X ...").

Candidates that are the event's sources are skipped, so a source is never its own target.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .syntax import (
    ANY_SUBJECT_DEPS,
    OBJECT_DEPS,
    PRONOUN_POS,
    ActorMap,
    Children,
    Tokens,
    with_conjuncts,
)

# Dependents through which an actor can be nested inside a noun phrase.
NEST_DEPS = frozenset({"poss", "compound", "amod", "nmod", "appos", "npadvmod"})
# Prepositions whose object stays inside the noun phrase: "the right of X", "calls by X",
# "fired at targets in X", "urged partners like X", "sanctions on firms including X".
NEST_PREPS = frozenset(
    {"of", "by", "between", "from", "among", "against", "in", "like", "including"}
)
NEST_DEPTH = 3
# Prepositions through which a subject names the actor it belongs to: "leaders of X",
# "doctors from X", "a spokesman for X", "student groups including X" (not "protesters
# against X").
SOURCE_NEST_PREPS = frozenset({"of", "from", "for", "like", "including"})
# "in protest of / against / at / over X".
AIM_PREPS = frozenset({"of", "against", "at", "over"})
PREP_DEPS = frozenset({"prep", "dative", "agent", "prt"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})


@dataclass(frozen=True, slots=True)
class TargetQuery:
    """What the target search needs to know about one trigger and its matched pattern."""

    trigger: int
    objects: tuple[int, ...]
    pattern_preps: tuple[str, ...]
    fallback_preps: frozenset[str]
    locative_preps: frozenset[str]
    object_is_target: bool
    theme_object: bool
    complement: bool
    exclude: frozenset[int]
    # False for roots whose events are never aimed at where they happen (``unplaced_roots``).
    placed: bool = True


def _clause_query(
    tokens: Tokens,
    clause: int,
    children: Children,
    query: TargetQuery,
    theme: bool,
    complement: bool,
) -> TargetQuery:
    """The target query of a clause under the trigger: its own objects, the outer fallbacks."""
    return TargetQuery(
        trigger=clause,
        objects=tuple(c for c in children[clause] if tokens[c].dep in OBJECT_DEPS),
        pattern_preps=(),
        fallback_preps=query.fallback_preps,
        locative_preps=query.locative_preps,
        object_is_target=True,
        theme_object=theme,
        complement=complement,
        exclude=query.exclude,
    )


def nested_actors(
    tokens: Tokens,
    head: int,
    children: Children,
    actors: ActorMap,
    preps: Collection[str] = NEST_PREPS,
) -> list[int]:
    """Actors inside the noun phrase headed by ``head`` (not ``head`` itself), closest first.

    "President Reagan's statement" -> Reagan, "the right of Russia troops" -> Russia,
    "a meeting between X and Y" -> X, Y, "crimes committed by X" -> X (a participle's agent).
    Relative clauses and other clauses are not entered.
    """
    frontier = [head]
    for _ in range(NEST_DEPTH):
        found: list[int] = []
        following: list[int] = []
        for node in frontier:
            for c in children[node]:
                dep = tokens[c].dep
                if dep in NEST_DEPS:
                    candidates = [c]
                elif dep == "prep" and tokens[c].lemma in preps:
                    candidates = complex_prep_objects(tokens, c, children)
                elif dep == "acl" and tokens[c].tag == "VBN" and "by" in preps:
                    # "crimes committed by Croat forces": the participle's agent owns the act.
                    candidates = [
                        g
                        for a in children[c]
                        if tokens[a].dep == "agent"
                        for g in children[a]
                        if tokens[g].dep == "pobj"
                    ]
                else:
                    continue
                for x in with_conjuncts(tokens, candidates, children):
                    (found if x in actors else following).append(x)
        if found:
            return _named_first(list(dict.fromkeys(found)), actors)
        frontier = following
        if not frontier:
            break
    return []


def _named_first(found: list[int], actors: ActorMap) -> list[int]:
    """Named actors (a state, a body) before bare sector words found beside them: in "the
    DPRK's exports of missiles" the owner of the act is its party, not the weapons."""
    named = [x for x in found if any(a.country or a.org for a in actors[x])]
    return named or found


def complex_prep_objects(tokens: Tokens, prep: int, children: Children) -> list[int]:
    """Objects of a preposition, through a complex one ("outside of X", "out of X")."""
    found = [g for g in children[prep] if tokens[g].dep == "pobj"]
    for inner in children[prep]:
        if tokens[inner].dep == "prep":
            found.extend(g for g in children[inner] if tokens[g].dep == "pobj")
    return found


def actor_or_nested(tokens: Tokens, head: int, children: Children, actors: ActorMap) -> list[int]:
    """The head (and its conjuncts) when they are actors, else the actors nested in its phrase."""
    direct = [x for x in with_conjuncts(tokens, [head], children) if x in actors]
    return direct or nested_actors(tokens, head, children, actors)


def subject_actors(tokens: Tokens, clause: int, children: Children, actors: ActorMap) -> list[int]:
    """Actors named by a clause's subjects (active or passive), nested ones included."""
    return [
        x
        for s in children[clause]
        if tokens[s].dep in ANY_SUBJECT_DEPS
        for x in actor_or_nested(tokens, s, children, actors)
    ]


def source_heads(
    tokens: Tokens, heads: Sequence[int], children: Children, actors: ActorMap
) -> list[int]:
    """Source heads: each subject that is an actor, else the actors its phrase belongs to
    ("Doctors from two American aid groups donated", "Opposition groups in X demanded")."""
    found: list[int] = []
    for head in heads:
        if head in actors or tokens[head].pos in PRONOUN_POS:
            found.append(head)
        else:
            found.extend(nested_actors(tokens, head, children, actors, SOURCE_NEST_PREPS) or [head])
    return list(dict.fromkeys(found))


def prep_phrase_objects(
    tokens: Tokens, head: int, preps: Collection[str], children: Children
) -> list[int]:
    """Objects of the prepositions ``preps`` attached to ``head`` (with conjuncts)."""
    found: list[int] = []
    for c in children[head]:
        if tokens[c].dep in PREP_DEPS and tokens[c].lemma in preps:
            objects = [g for g in children[c] if tokens[g].dep == "pobj"]
            found.extend(with_conjuncts(tokens, objects, children))
    return found


def participles(tokens: Tokens, heads: Sequence[int], children: Children) -> list[int]:
    """Past participles modifying the nouns ``heads``: "lifted a ban imposed on X", "aid
    destined for X" name the target through the participle's prepositional phrase."""
    return [
        c for h in heads for c in children[h] if tokens[c].dep == "acl" and tokens[c].tag == "VBN"
    ]


def datives(tokens: Tokens, head: int, children: Children) -> list[int]:
    """Indirect objects: the noun dative ("give Tanzania a grant") or a dative "to" phrase."""
    found: list[int] = []
    for c in children[head]:
        if tokens[c].dep != "dative":
            continue
        if tokens[c].pos in NOMINAL_POS:
            found.extend(with_conjuncts(tokens, [c], children))
        else:
            objects = [g for g in children[c] if tokens[g].dep == "pobj"]
            found.extend(with_conjuncts(tokens, objects, children))
    return found


def addressees(
    tokens: Tokens,
    verb: int,
    preps: Collection[str],
    children: Children,
    actors: ActorMap,
    exclude: Collection[int],
) -> tuple[int, ...]:
    """Actors a verb addresses through its dative or the phrases ``preps``: the target of the
    event noun it takes as object ("gave Iran a warning", "announced a deployment to X")."""
    heads = [*datives(tokens, verb, children), *prep_phrase_objects(tokens, verb, preps, children)]
    return tuple(h for h in dict.fromkeys(heads) if h in actors and h not in exclude)


def infinitive_subjects(
    tokens: Tokens, head: int, children: Children, actors: ActorMap
) -> list[int]:
    """The logical object of "allowed X to run", "wants X to leave": spaCy makes X the subject of
    the "to" clause, but the clause is the verb's complement and X the one it acts on."""
    found: list[int] = []
    for clause in children[head]:
        if tokens[clause].dep not in COMPLEMENT_DEPS or not any(
            tokens[c].dep == "aux" and tokens[c].lemma == "to" for c in children[clause]
        ):
            continue
        found.extend(subject_actors(tokens, clause, children, actors))
    return found


def find_targets(
    tokens: Tokens, query: TargetQuery, children: Children, actors: ActorMap
) -> tuple[tuple[int, ...], bool]:
    """Target heads of one trigger in search order, and whether a pattern preposition gave them.

    The flag lets a pattern's ``targeted_code`` apply only when its own preposition named
    the target ("deploy troops to X" is military aid, "deploy troops in X" is not).
    """

    def keep(heads: Sequence[int]) -> list[int]:
        return [h for h in dict.fromkeys(heads) if h in actors and h not in query.exclude]

    # "filed a lawsuit in a Paris court against X": the parser often hangs the pattern's
    # phrase on the noun of a phrase before it, so those nouns are searched too.
    placed = prep_phrase_objects(tokens, query.trigger, query.locative_preps, children)
    bases = (query.trigger, *query.objects, *placed)
    # A pattern lists its prepositions most telling first: "rallies in Gaza against Abbas" is
    # aimed at Abbas, the place only when nothing else is named.
    for prep in query.pattern_preps:
        named = [
            t
            for base in bases
            for o in prep_phrase_objects(tokens, base, (prep,), children)
            for t in actor_or_nested(tokens, o, children, actors)
        ]
        if keep(named):
            return tuple(keep(named)), True
    steps: list[list[int]] = [datives(tokens, query.trigger, children)]
    direct_objects = [o for o in query.objects if o in actors]
    if query.object_is_target:
        steps.append([x for o in direct_objects for x in with_conjuncts(tokens, [o], children)])
        steps.append(infinitive_subjects(tokens, query.trigger, children, actors))
    # Where the event happened names its target only when no other phrase does.
    directional = query.fallback_preps - query.locative_preps
    on_trigger = prep_phrase_objects(tokens, query.trigger, directional, children)
    noun_bases = (*query.objects, *participles(tokens, query.objects, children))
    on_objects = [
        o for b in noun_bases for o in prep_phrase_objects(tokens, b, directional, children)
    ]
    nested = (
        [t for o in query.objects for t in nested_actors(tokens, o, children, actors)]
        if query.object_is_target
        else []
    )
    if query.theme_object:
        # "provide military aid to X": the object is what is given, its "to" phrase the recipient.
        steps.extend([on_trigger + on_objects, nested])
    else:
        # "condemned North Korea's exports to Russia": the object is an act, its owner the target.
        steps.extend([on_trigger, nested, on_objects])
    steps.append(
        [t for o in on_trigger + on_objects for t in nested_actors(tokens, o, children, actors)]
    )
    for step in steps:
        found = keep(step)
        if found:
            return tuple(found), False
    if query.complement:
        found = keep(_complement_targets(tokens, query, children, actors))
        if found:
            return tuple(found), False
    located = (
        [
            o
            for b in (query.trigger, *noun_bases)
            for o in prep_phrase_objects(tokens, b, query.locative_preps, children)
        ]
        if query.placed
        else []
    )
    for step in (located, [t for o in located for t in nested_actors(tokens, o, children, actors)]):
        found = keep(step)
        if found:
            return tuple(found), False
    # "reiterated its demand that Israel ease restrictions": the object's clause names the target.
    # "insisted on its demands that X grant ...": so does a prepositional object's clause.
    nouns = [*query.objects, *on_trigger]
    return tuple(keep(_clause_subjects(tokens, nouns, children, actors))), False


def aim_targets(
    tokens: Tokens,
    heads: Sequence[int],
    children: Children,
    actors: ActorMap,
    query: TargetQuery,
    conditions: Collection[str] = (),
) -> list[int]:
    """Targets named where an event says what it is aimed at, for an event with no target.

    Without ``conditions``: its purpose clauses ("struck to protest Sweden's decision",
    "blocked a road to show their anger at X") and "in protest of/against X". With the
    condition markers: the subject of a condition ("threatened a strike unless Israel ...").
    """
    found: list[int] = []
    for head in heads:
        for c in children[head]:
            dep = tokens[c].dep
            marks = {tokens[m].lemma for m in children[c] if tokens[m].dep == "mark"}
            if conditions:
                if dep == "advcl" and marks & set(conditions):
                    found.extend(subject_actors(tokens, c, children, actors))
                continue
            if dep in ("advcl", "xcomp", "acl") and not marks:
                inner = _clause_query(tokens, c, children, query, theme=False, complement=True)
                found.extend(find_targets(tokens, inner, children, actors)[0])
            elif dep == "prep" and tokens[c].lemma == "in":
                for p in children[c]:
                    if tokens[p].dep == "pobj" and tokens[p].lemma == "protest":
                        objects = prep_phrase_objects(tokens, p, AIM_PREPS, children)
                        found.extend(
                            x for o in objects for x in actor_or_nested(tokens, o, children, actors)
                        )
    return [x for x in dict.fromkeys(found) if x not in query.exclude]


def _clause_subjects(
    tokens: Tokens, heads: Sequence[int], children: Children, actors: ActorMap
) -> list[int]:
    """Actor subjects of the clauses attached to nouns ("the demand that X ...")."""
    found: list[int] = []
    for head in heads:
        for clause in children[head]:
            if tokens[clause].dep not in ("acl", "ccomp"):
                continue
            found.extend(subject_actors(tokens, clause, children, actors))
    return found


def _complement_targets(
    tokens: Tokens, query: TargetQuery, children: Children, actors: ActorMap
) -> list[int]:
    """The embedded clause's subject, then its own objects and prepositional actors.

    "demanded that the US cancel the sale" -> US; "promised to continue military aid to
    war-torn Mozambique" -> Mozambique (through the chain promise -> continue -> aid -> to).
    """
    frontier = [c for c in children[query.trigger] if tokens[c].dep in COMPLEMENT_DEPS]
    for _ in range(2):
        following: list[int] = []
        for clause in frontier:
            found = [
                x
                for x in subject_actors(tokens, clause, children, actors)
                if x not in query.exclude
            ]
            if found:
                return found
            if tokens[clause].dep != "xcomp":
                # A "that" clause is a proposition; only its subject is addressed
                # ("demanded that X ..."), not the parties it mentions.
                continue
            inner = _clause_query(tokens, clause, children, query, theme=True, complement=False)
            targets, _ = find_targets(tokens, inner, children, actors)
            if targets:
                return list(targets)
            following.extend(c for c in children[clause] if tokens[c].dep == "xcomp")
        frontier = following
    return []


def pronoun_owned(tokens: Tokens, i: int, children: Children) -> bool:
    """True for a noun owned by a pronoun ("their forces"): it refers back like the pronoun."""
    return any(tokens[c].dep == "poss" and tokens[c].pos in PRONOUN_POS for c in children[i])
