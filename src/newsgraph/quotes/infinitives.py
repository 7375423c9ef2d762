"""Who does what an infinitive says when the parse gives it no subject of its own.

The object of a causative verb or of a verb of sending does it ("the result led
Republicans to say …", "Fox sent a host to ask voters …", also when the parse hangs the
infinitive on the verb as an adverbial: "drove thousands to demand …"), unless that object
is the subject again ("could not bring himself to utter …"). A noun that "for" or "on"
puts right before "to" is the infinitive's subject as well: "an opening for Clinton to
highlight …" (the for-to clause of English grammar), and so is a pronoun after "on": "the
pressure on her to say …" (a noun there mostly names a place or a topic: "the talk on the
Hill to focus on …"). An infinitive on its clause's object that reports a clause is
the clause subject's ("investigators have no evidence to suggest that …"). After a passive
of pressing or readying someone (``controlling_passives``) the passive's subject does it:
"the mayor was prompted to say …", "voters are obliged to disclose …"; in "the talks were
meant to show …" or "the vote is expected to pass" the subject does nothing, and a subject
that names no one ("it", "this") speaks for no one.
"""

from __future__ import annotations

from .cues import QuoteCues
from .grammar import NAME_POS, SUBJECT_DEPS
from .tree import Tree

# How the parse hangs an infinitive on the verb it complements.
INFINITIVE_DEPS = frozenset({"xcomp", "advcl"})
OBJECT_DEPS = frozenset({"dobj"})
# How reflexive pronouns end: "himself", "themselves", "itself".
REFLEXIVE_ENDINGS = ("self", "selves")
# Prepositions whose object right before "to" is the infinitive's subject.
SUBJECT_PREPS = frozenset({"for", "on", "upon"})
# Entities that name a time or an amount, never a doer ("for years to come").
NOT_ACTOR_ENTITIES = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
)


def controller(tree: Tree, verb: int, cues: QuoteCues) -> int | None:
    """Who does what the infinitive ``verb`` says, when the parse hides it, else None."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.head == verb or token.dep not in INFINITIVE_DEPS or not _infinitive(tree, verb):
        return None
    if tree.child(verb, SUBJECT_DEPS) is not None:
        return None
    before = _prepositional_subject(tree, verb)
    if before is not None:
        return before
    if tokens[token.head].lemma.lower() not in cues.causative_verbs:
        return None
    obj = tree.child(token.head, OBJECT_DEPS)
    if obj is None or not token.head < obj < verb or _reflexive(tree, obj):
        return None  # "could not bring himself to utter": the subject's own act
    return obj


def pressed_subject(tree: Tree, verb: int, cues: QuoteCues) -> int | None:
    """The named subject, before it, of the pressing passive whose complement is the bare
    infinitive ``verb`` ("the mayor was prompted to say …"), else None. Read only when no
    other subject is found for the infinitive."""
    tokens = tree.tokens
    token, head = tokens[verb], tokens[verb].head
    if token.tag != "VB" or token.dep != "xcomp":
        return None
    if tokens[head].lemma.lower() not in cues.controlling_passives:
        return None
    if tree.child(head, ("auxpass",)) is None:
        return None
    subject = tree.child(head, ("nsubjpass",))
    if subject is None or subject > head or tokens[subject].pos not in NAME_POS:
        return None
    return None if tokens[subject].text.lower() in cues.impersonal_subjects else subject


def _infinitive(tree: Tree, verb: int) -> bool:
    """A bare verb with "to" before it; a complement the parse read as an xcomp counts
    too ("led them to say", "is likely to say")."""
    tokens = tree.tokens
    if tokens[verb].dep == "xcomp":
        return True
    return tokens[verb].tag == "VB" and any(
        tokens[c].tag == "TO" and c < verb for c in tree.children[verb]
    )


def _reflexive(tree: Tree, i: int) -> bool:
    token = tree.tokens[i]
    return token.pos == "PRON" and token.text.lower().endswith(REFLEXIVE_ENDINGS)


def _prepositional_subject(tree: Tree, verb: int) -> int | None:
    """The object of "for"/"on" that ends right before the infinitive's "to"."""
    tokens = tree.tokens
    first = tree.left[verb]
    if first == 0 or tokens[first].tag != "TO":
        return None
    noun = first - 1
    token = tokens[noun]
    if token.dep != "pobj" or tree.right[noun] != first - 1:
        return None
    prep = token.head
    if tokens[prep].text.lower() not in SUBJECT_PREPS or tokens[tokens[prep].head].pos != "NOUN":
        return None  # "an opening for Clinton to …", but "came on the show to talk"
    if token.pos not in NAME_POS or token.ent_type in NOT_ACTOR_ENTITIES:
        return None
    if tokens[prep].text.lower() != "for" and token.pos != "PRON":
        return None  # "the pressure on her to say", but "the talk on the Hill to focus on …"
    if _reflexive(tree, noun):
        return None
    return noun


def noun_infinitive(tree: Tree, verb: int) -> bool:
    """An infinitive the parse hung on a noun as a reduced clause though it reports a
    clause of its own, as a speech act does: "have no evidence to suggest that …", "has a
    chance to show that …"; "the opportunity to see the show" reports nothing."""
    return tree.tokens[verb].dep == "acl" and tree.child(verb, ("ccomp",)) is not None
