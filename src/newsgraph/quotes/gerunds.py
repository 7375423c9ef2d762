"""Who does a gerund after a preposition: the subject of the clause the phrase is in.

The parse gives a gerund in a prepositional phrase ("by saying …", "after telling
holdouts …") no subject; the clause the phrase belongs to is found by climbing from the
word the phrase hangs on ("has been the most aggressive in denouncing", "In addition to
stating that …, Clinton"), and its subject does the gerund. A passive clause has no
active subject, but the one it is about still does it: in "she was suspended after
slamming Republicans" she slammed them, in "you can be forgiven for not knowing that …"
you do not know it. So does a named or personal passive subject do a participle set off
after its clause ("Trump was remarkably understated, not once referring to …"); a thing
that undergoes the passive rarely speaks ("Four people were injured, showing …").
"""

from __future__ import annotations

from .cues import QuoteCues
from .grammar import CLAUSE_POS
from .tree import Tree

# Words a prepositional phrase may hang on below its clause's verb: "the most aggressive
# in", "in addition to", "a knack for", "stopped short of", "was back to"; and how far up
# the verb is looked for.
CLIMB_DEPS = frozenset({"acomp", "attr", "dobj", "pobj", "prep", "npadvmod", "oprd", "advmod"})
CLAUSE_CLIMB = 4
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)


def clause_above(tree: Tree, i: int) -> int:
    """The verb of the clause a prepositional phrase's head word belongs to: ``i`` itself
    when it is a verb, else the nearest verb above it through predicate and object words."""
    tokens = tree.tokens
    for _ in range(CLAUSE_CLIMB):
        token = tokens[i]
        if token.pos in CLAUSE_POS or token.head == i or token.dep not in CLIMB_DEPS:
            return i
        i = token.head
    return i


def passive_doer(tree: Tree, clause: int) -> int | None:
    """The passive subject of ``clause``, which a gerund hung on it does, else None."""
    return tree.subject(clause, PASSIVE_SUBJECT_DEPS)


def participle_patient(tree: Tree, participle: int, clause: int, cues: QuoteCues) -> int | None:
    """The passive subject of the clause ``clause`` that the participle ``participle``
    trails, when it is a name or a personal pronoun, else None."""
    if tree.tokens[participle].tag != "VBG" or tree.tokens[participle].dep != "advcl":
        return None
    subject = passive_doer(tree, clause)
    if subject is None:
        return None
    token = tree.tokens[subject]
    named = token.pos == "PROPN" or token.text.lower() in cues.person_pronouns
    return subject if named else None
