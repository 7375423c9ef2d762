"""Who the parties of an event are once its trigger is coded: source-target pairs under the
PLOVER reciprocal convention, joint subjects, the implicit domestic target of a protest, the
place that stands for an unnamed attacker, and restatements of one event by a participle,
conjunct or event-noun subject."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..records import Actor, Event
from .arguments import (
    actor_or_nested,
    complex_prep_objects,
    nested_actors,
    source_heads,
)
from .codes import CameoTable
from .lexicon import Lexicon
from .modes import ModeCues
from .syntax import (
    OBJECT_DEPS,
    PRED_POS,
    ActorMap,
    Children,
    Tokens,
    argument,
    clause_frame,
    owners,
)

# Phrases that say where a violent act happened: "a bombing near the town of Samarra",
# "a device outside of the Iraqi city of Basra", "gunmen in Kabul".
PLACE_PREPS = frozenset({"in", "near", "at", "outside", "of", "from"})
# Prepositions that only say where something happened.
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "inside"})
MATERIAL_CONFLICT = 4  # CAMEO quad class of force and violence
# Personal pronouns an actor mention can be written as (coreference resolves them).
PRONOUN_TEXTS = frozenset({"he", "she", "it", "they", "we", "him", "her", "them", "us"})


def dyads(
    sources: Sequence[Actor | None], targets: Sequence[Actor | None], reciprocal: bool
) -> list[tuple[Actor | None, Actor | None]]:
    """Source-target pairs of one event; a reciprocal event gives each party as a source.

    PLOVER (manual, "Compound and Reciprocal Actors"): when every party does the same thing
    together ("The United States and Jordan agreed upon a pact", "X met with Y", "X and Y
    clashed") all of them are the actor and no recipient is recorded; one record per party
    here, each with target None. A one-directional event pairs every source with every target,
    skipping an actor paired with itself.
    """
    if reciprocal:
        parties = {a.code: a for a in (*sources, *targets) if a is not None}
        if parties:
            return [(a, None) for a in parties.values()]
    pairs = [(s, t) for s in sources for t in targets if s is None or t is None or _distinct(s, t)]
    # "Iraqi Kurds protested against Iraq" when both resolve to one code: keep the event.
    return pairs or [(s, None) for s in sources]


def outermost(found: Sequence[Actor]) -> list[Actor | None]:
    """Each actor once, dropping a mention inside a longer one of the same country or body:
    "Israeli army bulldozers" names one party, the army, not also "Israeli"."""
    unique = list(dict.fromkeys(found))
    return [
        a
        for a in unique
        if not any(
            (b.country, b.org) == (a.country, a.org)
            and a.text
            and a.text in b.text
            and a.text != b.text
            for b in unique
        )
    ]


def partners(
    tokens: Tokens,
    sources: Sequence[int],
    targets: Sequence[int],
    children: Children,
    actors: ActorMap,
) -> tuple[int, ...]:
    """The other parties of a reciprocal event its own preposition did not name: none when two
    or more parties are its subject ("Israel and the Palestinians reached agreement on offices in
    east Jerusalem"), and never a place ("declared a ceasefire in south Lebanon"); an object
    ("met the envoy") stays one; "in Washington D.C." is a place through its head word."""
    heads = source_heads(tokens, sources, children, actors)
    if len({a.code for h in heads for a in actors.get(h, ())}) > 1:
        return ()

    def placed(t: int) -> bool:
        while tokens[t].dep == "compound" and tokens[t].head != t:
            t = tokens[t].head
        return tokens[t].dep == "pobj" and tokens[tokens[t].head].lemma in LOCATIVE_PREPS

    return tuple(t for t in targets if not placed(t))


def domestic_target(source: Actor | None, actors: ActorMap) -> Actor | None:
    """The government of the source's country, for an event aimed at home that names no other
    target ("Iraqi Kurds demonstrated" -> IRQGOV); named as the article names that country."""
    if source is None or source.org or not source.country:
        return None
    country = source.country
    names = (a.name for group in actors.values() for a in group if a.code == country)
    return Actor(name=next(names, country), code=f"{country}GOV", country=country, sector="GOV")


def restates(tokens: Tokens, trigger: int, event: Event, kept: dict[int, list[Event]]) -> bool:
    """True when the event restates its head clause's event: "shelled the town, killing 20"
    or "killed and wounded dozens" is one ASSAULT by the same actor, not two."""
    token = tokens[trigger]
    if not (token.dep == "conj" or (token.dep == "advcl" and token.tag == "VBG")):
        return False
    for other in kept.get(token.head, ()):
        same_source = event.source is None or actor_code(other.source) == actor_code(event.source)
        same_target = event.target is None or actor_code(other.target) == actor_code(event.target)
        if (
            other.plover == event.plover
            and other.plover is not None
            and same_source
            and same_target
        ):
            return True
    return False


def actor_code(actor: Actor | None) -> str:
    """An actor's code, "-" for a missing one: the form events are keyed and compared by."""
    return actor.code if actor is not None else "-"


def place_sources(
    tokens: Tokens,
    trigger: int,
    sources: Sequence[int],
    children: Children,
    actors: ActorMap,
    place_nouns: Collection[str],
) -> list[int]:
    """Sources of violence whose doer is named but is no actor ("a roadside bombing near Samarra
    killed", "killed by a device outside the Iraqi city of Basra"): PLOVER codes the country
    where it happened as the source, so the actor of a place phrase of the subject, else of the
    verb, stands in for it (one place: "the Iraqi city of Mosul" is one location)."""
    heads = source_heads(tokens, sources, children, actors)
    if not sources or any(h in actors or tokens[h].pos == "PRON" for h in heads):
        return list(sources)
    for s in sources:
        found = nested_actors(tokens, s, children, actors, PLACE_PREPS)
        if found:
            return found[:1]
    places = [
        o
        for prep in children[trigger]
        if tokens[prep].dep == "prep" and tokens[prep].lemma in PLACE_PREPS
        for o in complex_prep_objects(tokens, prep, children)
        if o in actors or tokens[o].lemma in place_nouns
    ]
    found = [x for o in places for x in actor_or_nested(tokens, o, children, actors)]
    return found[:1] or list(sources)


def violent_verb(
    tokens: Tokens, i: int, children: Children, lexicon: Lexicon, table: CameoTable
) -> bool:
    """True when the verb at ``i`` codes as force or violence with its own objects: an event
    noun that is its subject ("a roadside bombing killed one soldier", "US attacks have killed
    eight leaders") names the same attack and is not coded apart."""
    if tokens[i].pos not in ("VERB", "AUX"):
        return False
    objects = [argument(tokens, c, children) for c in children[i] if tokens[c].dep in OBJECT_DEPS]
    pattern = lexicon.match("verb", tokens[i].lemma, arguments=objects)
    return pattern is not None and table.get(pattern.code).quad_class == MATERIAL_CONFLICT


def _distinct(source: Actor, target: Actor) -> bool:
    """Two mentions of different actors: "the Sudanese government accused Darfur rebels" pairs
    two codes, "a blast near Samarra killed Iraqi youths" two mentions of one code."""
    return source.code != target.code or _bare(source.text) != _bare(target.text)


def _bare(text: str) -> str:
    """A mention without case or article: "The United States" and "the United States"."""
    lowered = text.lower()
    return lowered[4:] if lowered.startswith("the ") else lowered


def joined_verb(tokens: Tokens, noun: int, joinable: bool) -> int | None:
    """The verb whose subject does the act an event noun names: the verb it is the object of
    ("urged China to cease its support"), or, for acts people join (``joinable``: a protest),
    the verb it is a prepositional object of ("converged for a rally", "took part in a strike").
    """
    token = tokens[noun]
    if token.dep in OBJECT_DEPS:
        return token.head
    if not joinable or token.dep != "pobj":
        return None
    verb = tokens[token.head].head
    return verb if tokens[verb].pos in PRED_POS and tokens[token.head].dep == "prep" else None


def participle_subjects(
    tokens: Tokens, trigger: int, children: Children, actors: ActorMap, lexicon: Lexicon
) -> tuple[int, ...]:
    """The doers of a participle hung on an event noun no actor owns: "demanded the withdrawal
    of X, calling them an occupying army", "issued a declaration demanding ..." are acts of the
    clause that names the noun ("the NATO declaration condemning X" is NATO's own). Empty when
    the trigger is no such participle."""
    token = tokens[trigger]
    noun = token.head
    if token.tag != "VBG" or token.dep != "acl" or not lexicon.noun_patterns(tokens[noun].lemma):
        return ()
    if owners(tokens, noun, children, actors):
        return ()
    return clause_frame(tokens, tokens[noun].head, children).subjects


def claim_verb(tokens: Tokens, trigger: int, verbs: Collection[str]) -> int | None:
    """The verb of saying whose clause holds the trigger ("NATO recalls that it ..."), if any."""
    current = trigger
    for _ in range(6):
        token = tokens[current]
        if token.head == current or token.dep not in ("ccomp", "xcomp", "conj"):
            return None
        if tokens[token.head].lemma in verbs and token.dep == "ccomp":
            return token.head
        current = token.head
    return None


def speaker_subject(tokens: Tokens, trigger: int, code: str, mode: str, cues: ModeCues) -> bool:
    """Whether a pronoun subject of a reported event may be read as its speaker.

    "NATO says it will expand ..." is NATO's own act; "NATO recalls that it contravenes UN
    resolutions" blames whatever "it" names, unless the speaker admits or denies the act.
    """
    if not any(code.startswith(c) for c in cues.self_blame_codes) or mode == "denied":
        return True
    verb = claim_verb(tokens, trigger, cues.speech_verbs | cues.denial_verbs)
    return verb is not None and tokens[verb].lemma in cues.admission_verbs


def speaker_sources(
    found: Sequence[Actor | None], claimant: Actor, speaking: bool, pronoun_subject: bool
) -> list[Actor | None]:
    """The sources of an event its ``claimant`` reports.

    ``speaking`` says whether a pronoun subject may stand for the claimant (``speaker_subject``).
    A pronoun the resolver left unresolved is then the claimant ("Hungary has said it will
    support ..."); one it resolved to the claimant is named as the claimant is ("Netanyahu
    says he will ..." has the source "Netanyahu", not "he"). When the pronoun may not stand for
    the claimant, one resolved to it is unknown: the report blames someone else.
    """
    if list(found) == [None]:
        return [claimant] if speaking and pronoun_subject else [None]
    return [
        (claimant if speaking else None) if a is not None and _pronoun_of(a, claimant) else a
        for a in found
    ]


def _pronoun_of(actor: Actor, claimant: Actor) -> bool:
    """True when ``actor`` is a pronoun mention of the same actor the claimant names."""
    return (
        actor.text.lower() in PRONOUN_TEXTS
        and actor.code == claimant.code
        and actor.name == claimant.name
        and claimant.text.lower() not in PRONOUN_TEXTS
    )
