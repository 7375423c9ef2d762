"""Events inside other events: the action a clause or an order names, and nouns that are topics.

A verb can carry another event: a complement clause ("pledged to send troops"), an
aspectual verb's object ("promised to continue military aid"), or, for an order or
authorisation, an event noun object ("ordered the arrest of X", which is the arrest).
An event noun can also be only the setting of another event noun ("mediation in the
negotiations with X"), in which case it is not an event of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .arguments import AIM_PREPS, TargetQuery, aim_targets, prep_phrase_objects
from .lexicon import Lexicon, Pattern
from .modes import ModeCues
from .syntax import (
    EVENT_NOUN_POS,
    MOD_DEPS,
    OBJECT_DEPS,
    PREP_DEPS,
    ActorMap,
    Children,
    Tokens,
    argument,
    argument_heads,
    clause_frame,
    descendants,
    prep_objects,
    with_conjuncts,
)

# Dependencies a trigger may sit under within what an ability adjective governs.
ABILITY_CHAIN_DEPS = frozenset({"dobj", "pobj", "pcomp", "prep", "xcomp", "acl", "conj"})
# Prepositions introducing the grounds of an act: "arrested for", "accused of", "charged with".
REASON_PREPS = frozenset({"for", "of", "with"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
# Clauses attached to a noun: "an admission that X ...", "demands to release Y".
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "xcomp"})


def embedded_action(
    tokens: Tokens,
    clause: int,
    objects: Sequence[int],
    children: Children,
    lexicon: Lexicon,
    cues: ModeCues,
) -> Pattern | None:
    """The action a complement clause names: its verb ("pledged to send troops") or, under
    an aspectual verb with no pattern, its object noun ("promised to continue military aid").
    """
    verb = lexicon.match(
        "verb",
        tokens[clause].lemma,
        arguments=[argument(tokens, o, children) for o in objects],
    )
    if verb is not None or tokens[clause].lemma not in cues.aspectual_verbs:
        return verb
    for o in objects:
        modifiers = [c for c in children[o] if tokens[c].dep in MOD_DEPS]
        noun = lexicon.match(
            "noun",
            tokens[o].lemma,
            arguments=[argument(tokens, m, children) for m in modifiers],
        )
        if noun is not None:
            return noun
    return None


def orders_event(
    tokens: Tokens,
    trigger: int,
    pattern: Pattern,
    complements: Sequence[int],
    children: Children,
    lexicon: Lexicon,
    cues: ModeCues,
) -> bool:
    """True for "ordered the arrest of X", "authorised patrols": a generic order whose object
    is an event noun is that event, done by the one who ordered it (coded on the noun)."""
    if tokens[trigger].lemma not in cues.causative_verbs or pattern.objects or complements:
        return False
    for o in clause_frame(tokens, trigger, children).objects:
        if tokens[o].pos not in EVENT_NOUN_POS:
            continue
        modifiers = [c for c in children[o] if tokens[c].dep in MOD_DEPS]
        of_objects = prep_objects(tokens, o, ("of", "for"), children, deps=PREP_DEPS)
        noun = lexicon.match(
            "noun",
            tokens[o].lemma,
            arguments=[argument(tokens, a, children) for a in (*modifiers, *of_objects)],
        )
        if noun is not None:
            return True
    return False


def topic_of_event(tokens: Tokens, i: int, lexicon: Lexicon) -> bool:
    """True for an event noun that is only the setting or topic of another event noun
    ("mediation in peace negotiations with X", "an inquiry into arms sales to Y")."""
    prep = tokens[i].head
    if tokens[i].dep != "pobj" or tokens[prep].dep != "prep":
        return False
    outer = tokens[prep].head
    return tokens[outer].pos in EVENT_NOUN_POS and bool(lexicon.noun_patterns(tokens[outer].lemma))


def content_clauses(
    tokens: Tokens,
    trigger: int,
    children: Children,
    conditions: Collection[str],
    reports: Collection[str] = (),
    lexicon: Lexicon | None = None,
    content_roots: Collection[str] = (),
) -> list[int]:
    """Every token of the clauses that give a request's, accusation's or refusal's content:
    its complements ("demanded that X refuse to recognise Y"), the clause of its object noun
    ("demanded an admission that X murdered Y"; not of a report or claim, ``reports``, whose
    content is a claim that is denied or repeated, nor of a noun ``lexicon`` codes as an event
    of its own, "denounced the declaration condemning X", unless that event is itself a demand
    or offer, one of ``content_roots``: "would not meet their demands to release prisoners"),
    the gerund after "of"/"for" ("accused X of ignoring the law", "criticised Y for sending
    troops") and its conditions ("threatened to strike unless Y lifted the curfew":
    ``conditions`` are the markers)."""
    heads = [c for c in children[trigger] if tokens[c].dep in ("xcomp", "ccomp")]
    for o in children[trigger]:
        lemma = tokens[o].lemma
        if tokens[o].dep not in OBJECT_DEPS or lemma in reports:
            continue
        own = lexicon.noun_patterns(lemma) if lexicon is not None else ()
        if all(p.root in content_roots for p in own):
            heads.extend(c for c in children[o] if tokens[c].dep in NOUN_CLAUSE_DEPS)
    heads.extend(
        c
        for c in children[trigger]
        if tokens[c].dep == "advcl"
        and any(tokens[m].dep == "mark" and tokens[m].lemma in conditions for m in children[c])
    )
    for c in children[trigger]:
        if tokens[c].dep == "prep" and tokens[c].lemma in ("of", "for"):
            heads.extend(g for g in children[c] if tokens[g].dep == "pcomp")
    return descendants(heads, children)


def reason_gerunds(tokens: Tokens, trigger: int, children: Children) -> list[int]:
    """Every token of a gerund clause giving the reason or charge of a coded act: "arrested
    for collaborating with X", "apologised for intercepting a ship", "charged Y with
    supporting rebels". The act is the event; what it is for is its grounds, not news of its
    own (the reason is often only alleged)."""
    heads = [
        g
        for c in children[trigger]
        if tokens[c].dep == "prep" and tokens[c].lemma in REASON_PREPS
        for g in children[c]
        if tokens[g].dep == "pcomp" and tokens[g].tag == "VBG"
    ]
    return descendants(heads, children)


def under_ability(tokens: Tokens, i: int, adjectives: Collection[str]) -> bool:
    """True for a trigger inside what someone is able to do ("hackers capable of launching
    cyber warfare against X", "would be able to prove the allegations"): a capacity, no event."""
    node = i
    for _ in range(6):
        token = tokens[node]
        if token.head == node:
            return False
        head = tokens[token.head]
        if head.pos == "ADJ" and head.lemma in adjectives and token.dep in ("prep", "xcomp"):
            return True
        if token.dep not in ABILITY_CHAIN_DEPS:
            return False
        node = token.head
    return False


def noun_contents(
    tokens: Tokens,
    heads: Sequence[int],
    children: Children,
    lexicon: Lexicon,
    content_roots: Collection[str],
    reports: Collection[str],
) -> list[int]:
    """Every token of the clauses of demand, offer or threat nouns among ``heads`` ("their
    demands to release prisoners", "an offer to mediate"): what they ask or promise is their
    content whatever the verb that names them does. Not of a report or allegation
    (``reports``): "denied allegations that it is shipping weapons" keeps the denied event."""
    found: list[int] = []
    for head in heads:
        if tokens[head].lemma in reports:
            continue
        own = lexicon.noun_patterns(tokens[head].lemma)
        if own and all(p.root in content_roots for p in own):
            clauses = [c for c in children[head] if tokens[c].dep in NOUN_CLAUSE_DEPS]
            found.extend(descendants(clauses, children))
    return found


def gerund_topic(tokens: Tokens, i: int, children: Children) -> bool:
    """True for a subjectless gerund that only qualifies a noun ("the decision of sending
    troops to X", "the feasibility of deploying a force"): a topic, not an event."""
    prep = tokens[i].head
    if tokens[i].dep != "pcomp" or tokens[prep].dep != "prep":
        return False
    if any(tokens[c].dep in ("nsubj", "nsubjpass") for c in children[i]):
        return False
    return tokens[tokens[prep].head].pos in EVENT_NOUN_POS


def purpose_clauses(tokens: Tokens, heads: Sequence[int], children: Children) -> set[int]:
    """A protest's stated aim is part of it: "demonstrated calling for independence",
    "began a hunger strike to demand his release" are one PROTEST, not also a REQUEST, and
    "a hunger strike in protest of the government's refusal" is not also a REJECT."""
    found: set[int] = set()
    for head in heads:
        for c in children[head]:
            if tokens[c].dep in PURPOSE_DEPS:
                found.add(c)
                found.update(argument_heads(tokens, c, children))
            elif tokens[c].dep == "prep" and tokens[c].lemma == "in":
                for p in children[c]:
                    if tokens[p].dep == "pobj" and tokens[p].lemma == "protest":
                        found.update(prep_phrase_objects(tokens, p, AIM_PREPS, children))
    return found


def aim_of(
    tokens: Tokens,
    code: str,
    heads: Sequence[int],
    sources: Sequence[int],
    children: Children,
    actors: ActorMap,
    cues: ModeCues,
) -> tuple[int, ...]:
    """The target of an untargeted protest (its purpose) or demand or threat (its condition)."""
    query = TargetQuery(
        trigger=heads[0],
        objects=(),
        pattern_preps=(),
        fallback_preps=cues.fallback_target_preps,
        locative_preps=cues.locative_target_preps,
        object_is_target=True,
        theme_object=False,
        complement=True,
        exclude=frozenset(sources),
    )
    if code[:2] in cues.aimed_roots:
        return tuple(aim_targets(tokens, heads, children, actors, query))
    if code[:2] in cues.content_roots:
        marks = cues.hypothetical_marks
        return tuple(aim_targets(tokens, heads, children, actors, query, marks))
    return ()


def fold_arguments(
    tokens: Tokens,
    pattern: Pattern,
    heads: Sequence[int],
    children: Children,
    folded: set[int],
    cues: ModeCues,
) -> None:
    """Mark event nouns that are part of this verb's event so they are not coded again.

    The noun a pattern's ``objects`` matched is the event itself ("held talks": one
    meeting). Any argument noun is the content of a request, offer, refusal or threat
    ("rejected a US request", "demanded a meeting"), unless the verb presupposes it
    happened (``presupposing_roots``: "condemned North Korea's arms exports").
    """
    presupposed = pattern.root in cues.presupposing_roots
    for head in with_conjuncts(tokens, heads, children):
        token = tokens[head]
        modifiers = [tokens[c].lemma for c in children[head] if tokens[c].dep in MOD_DEPS]
        if not presupposed or pattern.object_score(token.lemma, modifiers) > 0:
            folded.add(head)


def query_for(
    cues: ModeCues,
    trigger: int,
    pattern: Pattern,
    objects: Sequence[int],
    sources: Sequence[int],
) -> TargetQuery:
    """The target search for one trigger under the pattern that matched it."""
    preps = tuple(pattern.target_preps)
    if pattern.particle and pattern.particle not in ("up", "down", "out", "off", "back"):
        preps = (*preps, pattern.particle)
    return TargetQuery(
        trigger=trigger,
        objects=tuple(objects),
        pattern_preps=preps,
        fallback_preps=cues.fallback_target_preps,
        locative_preps=cues.locative_target_preps,
        # With an ``objects`` constraint the object is the thing given or rejected, but
        # an actor object or an actor inside it is still the target ("provide X with aid",
        # "rejected an Indian proposal"); only an explicit false rules that out.
        object_is_target=pattern.object_is_target or bool(pattern.objects),
        theme_object=bool(pattern.objects),
        # What is demanded, alleged or refused is said by a "that" clause even when the
        # verb's object is the demand ("reiterated its demand that Israel ease ...").
        complement=pattern.complement or pattern.root in cues.content_roots,
        exclude=frozenset(sources),
        placed=pattern.root not in cues.unplaced_roots,
    )
