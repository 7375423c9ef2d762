"""Stance nouns that name violence, not words: "the deadly attack on a nightclub", "the
2012 attacks on the compound in Benghazi", "the attacks of Sept. 11".

"Attacks on Trump" are words aimed at him, sourced to no one when no one owns them; an
attack that is dated, called deadly or aimed at a place is an act of force, which PolNeAR
does not mark. The nouns and modifiers are data (``violent_stances`` and
``violent_modifiers`` in data/cues.yaml).
"""

from __future__ import annotations

from .cues import QuoteCues
from .tree import Tree

# Entities that date an attack ("the 2012 attacks", "the attacks of Sept. 11").
DATE_ENTITIES = frozenset({"DATE", "TIME"})
# Entities that make an attack's target a place, not a person or a policy.
PLACE_ENTITIES = frozenset({"GPE", "FAC", "LOC"})


def violent(cues: QuoteCues, tree: Tree, noun: int, target: int) -> bool:
    """Whether a stance noun with the object ``target`` names an act of violence: it is a
    violent stance noun and is dated, called violent or aimed at a place."""
    tokens = tree.tokens
    if tokens[noun].lemma not in cues.violent_stances:
        return False
    for child in tree.children[noun]:
        if tokens[child].ent_type in DATE_ENTITIES:
            return True
        if tokens[child].lemma.lower() in cues.violent_modifiers:
            return True
        dated = tree.child(child, ("pobj",)) if tokens[child].dep == "prep" else None
        if dated is not None and tokens[dated].ent_type in DATE_ENTITIES:
            return True
    span = range(tree.left[target], tree.right[target] + 1)
    return any(tokens[i].ent_type in PLACE_ENTITIES for i in span)
