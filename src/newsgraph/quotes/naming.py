"""Names and labels given in a reduced passive clause: "a place known as Horgos", "a
memo titled “Next Steps”", "the group of contests dubbed Super Tuesday", and a repute:
"a state known for its moderates".

Attribution corpora mark the labelled noun phrase with its clause as a content sourced to
no one (or to whom a "to" phrase names: "known to the Chinese as Horgos"), the
participle with its "as" as the cue. Only participles of naming listed in the cue data
count: "a man named Ali" or "a town called Ely" name no stance.

A cue participle hyphenated to who gives the label ("a self-described socialist", "a
Sanders-endorsed candidate") attributes the noun it modifies to the word before the hyphen.
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
# Who a hyphenated cue participle is hung on: "self-described", "Sanders-endorsed".
HYPHENATED_HOLDER_POS = frozenset({"NOUN", "PROPN", "PRON"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# A noun phrase so determined mentions one already known: "the self-described socialist
# said" names the speaker again, it attributes no label.
KNOWN_MENTION = "the"


class Naming:
    """Finds labels given in reduced passive clauses (stateless beyond the cue lists)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues

    def find(self, tree: Tree, i: int) -> Candidate | None:
        """The labelled noun phrase whose reduced clause token ``i`` heads, if any."""
        tokens = tree.tokens
        token = tokens[i]
        if token.dep == "amod" and token.tag == "VBN":
            return self._hyphenated(tree, i)
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
        first, last = tree.trim(tree.left[head], tree.right[i] + 1)
        if last - first < 2:
            return None
        speaker = speaker_of(tree, holder) if holder is not None else None
        return Candidate.over(tokens, (first, last), (cue_first, cue_last), speaker)

    def _hyphenated(self, tree: Tree, i: int) -> Candidate | None:
        """The noun a cue participle modifies, sourced to the word hyphenated before it:
        in "a self-described democratic socialist" the label "democratic socialist" is
        the person's own, in "a Sanders-endorsed candidate" "candidate" is Sanders'."""
        tokens = tree.tokens
        holder, head = i - 2, tokens[i].head
        if (
            holder < 0
            or head <= i
            or tokens[i].lemma.lower() not in self.cues.hyphenated_participles
            or tokens[holder].head != i
            or tokens[holder].dep != "npadvmod"
            or tokens[holder].pos not in HYPHENATED_HOLDER_POS
            or tokens[i - 1].text not in HYPHENS
        ):
            return None
        if any(tokens[c].text.lower() == KNOWN_MENTION for c in tree.children[head] if c < i):
            return None
        first, last = tree.trim(i + 1, tree.right[head] + 1)
        if first >= last:
            return None
        return Candidate.over(tokens, (first, last), (i, i), speaker_of(tree, holder))
