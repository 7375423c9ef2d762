"""Who does what an infinitive says after a passive verb: "the mayor was prompted to say
…", "the captain was forced to admit that …", "voters are obliged to disclose …".

The parse gives such an infinitive no subject of its own and hangs it on the passive as
its complement; the one the passive is about (its passive subject) says it. Only passives
of pressing or readying someone do this (``controlling_passives``): in "the talks were
meant to show …" or "the vote is expected to pass" the subject does nothing; and a subject
that names no one ("it", "this") speaks for no one.
"""

from __future__ import annotations

from .cues import QuoteCues
from .grammar import NAME_POS
from .tree import Tree

# How the parse hangs the infinitive on the passive verb, and the passive's own links.
COMPLEMENT_DEP = "xcomp"
PASSIVE_SUBJECT_DEP = "nsubjpass"
PASSIVE_AUX_DEP = "auxpass"
INFINITIVE_TAG = "VB"


def passive_controller(tree: Tree, verb: int, cues: QuoteCues) -> int | None:
    """The passive subject of the pressing verb the infinitive ``verb`` completes, or
    None."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.tag != INFINITIVE_TAG or token.dep != COMPLEMENT_DEP or token.head == verb:
        return None
    head = token.head
    if tokens[head].lemma.lower() not in cues.controlling_passives:
        return None
    if tree.child(head, (PASSIVE_AUX_DEP,)) is None:
        return None
    subject = tree.child(head, (PASSIVE_SUBJECT_DEP,))
    if subject is None or subject > head or tokens[subject].pos not in NAME_POS:
        return None
    if tokens[subject].text.lower() in cues.impersonal_subjects:
        return None
    return subject
