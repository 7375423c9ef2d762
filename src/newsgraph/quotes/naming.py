"""Names and labels given in a reduced passive clause: "a place known as Horgos", "a
memo titled “Next Steps”", "the group of contests dubbed Super Tuesday".

Attribution corpora mark the labelled noun phrase with its clause as a content sourced to
no one (or to whom a "to" phrase names: "known to the Chinese as Horgos"), the
participle with its "as" as the cue. Only participles of naming listed in the cue data
count: "a man named Ali" or "a town called Ely" name no stance.
"""

from __future__ import annotations

from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import NAME_POS
from .tree import Tree

# Prepositions on the participle that name who uses the label: "known to everyone" (a
# "by" phrase names an author more often than a holder: "a speech titled X by Y").
HOLDER_PREPS = frozenset({"to"})
CUE_PREFIX_DEPS = frozenset({"advmod", "neg"})
# The preposition of what someone is known for: a repute the writer states, not a name.
REPUTE_PREP = "for"


class Naming:
    """Finds labels given in reduced passive clauses (stateless beyond the cue lists)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues

    def find(self, tree: Tree, i: int) -> Candidate | None:
        """The labelled noun phrase whose reduced clause token ``i`` heads, if any."""
        tokens = tree.tokens
        token = tokens[i]
        if token.dep != "acl" or token.tag != "VBN" or token.pos != "VERB":
            return None
        if token.lemma.lower() not in self.cues.naming_participles:
            return None
        head = token.head
        if not head < i or tokens[head].pos not in NAME_POS:
            return None
        cue_first = tree.leading(i, CUE_PREFIX_DEPS)  # "derisively known"
        cue_last = i
        holder = None
        for child in tree.children[i]:
            word = tokens[child].text.lower()
            if child == i + 1 and tokens[child].dep == "prep" and word == "as":
                cue_last = child  # "known as"
            elif (
                tokens[child].dep == "prep" and tokens[child].pos == "ADP" and word in HOLDER_PREPS
            ):
                holder = tree.child(child, ("pobj",))
        words = {tokens[c].text.lower() for c in tree.children[i] if tokens[c].dep == "prep"}
        if REPUTE_PREP in words and "as" not in words:
            return None  # "a golfer known for taking mulligans" gives a repute, not a label
        first, last = tree.trim(tree.left[head], tree.right[i] + 1)
        if last - first < 2:
            return None
        return Candidate(
            tokens[first].start,
            tokens[last - 1].end,
            tokens[cue_first].start,
            tokens[cue_last].end,
            speaker_of(tree, holder) if holder is not None else None,
        )
