"""A stance noun with no owner and the object of its preposition: "Opposition to the tolls
has united the towns", "the criticism of her plan", "attacks on the mayor".

The corpus marks what the stance is about even when no one is said to hold it; the
noun's own stance ("support for", "opposition to") is the cue and the object of its
preposition the content, sourced to no one.
"""

from __future__ import annotations

from .candidates import Candidate
from .cues import QuoteCues
from .tree import Tree

# Prepositions after a stance noun that name what it is about.
ABOUT_PREPS = frozenset({"for", "to", "of", "on", "against"})
# Children that give the noun an owner, who is read elsewhere (``shapes``, ``nountags``).
OWNER_DEPS = frozenset({"poss"})


class Ownerless:
    """Reads stance nouns with no owner (stateless beyond the cues)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.nouns = cues.received_stances
        self.verbs = cues.cue_verbs
        self.cue_nouns = cues.cue_nouns

    def find(self, tree: Tree, noun: int) -> Candidate | None:
        """The attribution of a stance noun with no owner, or None."""
        tokens = tree.tokens
        token = tokens[noun]
        if token.pos != "NOUN" or token.lemma not in self.nouns:
            return None
        children = tree.children[noun]
        if any(tokens[c].dep in OWNER_DEPS for c in children):
            return None
        prep = next(
            (c for c in children if c > noun and tokens[c].text.lower() in ABOUT_PREPS), None
        )
        obj = tree.child(prep, ("pobj", "pcomp")) if prep is not None else None
        if obj is None or self._reported(tree, noun):
            return None
        first, last = tree.trim(tree.left[obj], tree.right[obj] + 1)
        if first >= last or any(self._cue(tree, i) for i in range(first, last)):
            return None  # "support for Olsen telling voters …": the inner act is the quote
        return Candidate(
            tokens[first].start, tokens[last - 1].end, token.start, tokens[prep].end, None
        )

    def _reported(self, tree: Tree, noun: int) -> bool:
        """Whether the noun stands in words a cue verb above it reports or acts on: that
        attribution carries it ("voters said support for the tolls is waning")."""
        tokens = tree.tokens
        head = noun
        while tokens[head].head != head:
            head = tokens[head].head
            if tokens[head].pos == "VERB" and tokens[head].lemma in self.verbs:
                return True
        return False

    def _cue(self, tree: Tree, i: int) -> bool:
        """A cue of its own: a cue verb, or a cue noun with an owner ("its position")."""
        token = tree.tokens[i]
        if token.pos == "VERB":
            return token.lemma in self.verbs
        return token.lemma in self.cue_nouns and tree.child(i, OWNER_DEPS) is not None
