"""A stance noun with no owner and the object of its preposition: "Opposition to the tolls
has united the towns", "the criticism of her plan", "attacks on the mayor".

The corpus marks what the stance is about even when no one is said to hold it; the
noun's own stance ("support for", "opposition to") is the cue and the object of its
preposition the content, sourced to no one. In an "in" phrase on a clause ("Cole voted in
favor of the bill", ``held_in_stances`` in data/cues.yaml) the clause's subject holds it.
"""

from __future__ import annotations

from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import CLAUSE_POS
from .tree import Tree
from .violentstances import violent

# Prepositions after a stance noun that name what it is about.
ABOUT_PREPS = frozenset({"for", "to", "of", "on", "against"})
# Children that give the noun an owner, who is read elsewhere (``shapes``, ``nountags``).
OWNER_DEPS = frozenset({"poss"})


class Ownerless:
    """Reads stance nouns with no owner (stateless beyond the cues)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues
        self.nouns = cues.received_stances
        self.held_in = cues.held_in_stances
        self.impersonal = cues.impersonal_subjects
        self.verbs = cues.cue_verbs
        self.cue_nouns = cues.cue_nouns

    def find(self, tree: Tree, noun: int) -> Candidate | None:
        """The attribution of a stance noun with no owner (or held by the subject of the
        clause its "in" phrase is on), or None."""
        tokens = tree.tokens
        token = tokens[noun]
        if token.pos != "NOUN":
            return None
        holder = self._holder(tree, noun)
        if token.lemma not in self.nouns and holder is None:
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
        if violent(self.cues, tree, noun, obj):
            return None  # "the deadly attack on a nightclub" is force, not words
        first, last = tree.trim(tree.left[obj], tree.right[obj] + 1)
        if first >= last or any(self._cue(tree, i) for i in range(first, last)):
            return None  # "support for Olsen telling voters …": the inner act is the quote
        cue = token.start if holder is None else tokens[token.head].start
        speaker = speaker_of(tree, holder) if holder is not None else None
        return Candidate(tokens[first].start, tokens[last - 1].end, cue, tokens[prep].end, speaker)

    def _holder(self, tree: Tree, noun: int) -> int | None:
        """Who holds a stance the clause gives its subject: "Cole voted in favor of the
        bill", "she was in favor of it" (an "in" phrase on the clause), "the editorials
        were endorsements of Cole" (the noun as what the subject is)."""
        tokens = tree.tokens
        head = tokens[noun].head
        if tokens[noun].dep == "attr" and tokens[head].lemma == "be":
            if tokens[noun].lemma not in self.nouns:
                return None
            subject = tree.subject(head)
            if subject is None or tokens[subject].text.lower() in self.impersonal:
                return None  # "It was an attack on the press" names no holder
            return subject
        if (
            tokens[noun].lemma not in self.held_in
            or tokens[noun].dep != "pobj"
            or tokens[head].text.lower() != "in"
        ):
            return None
        clause = tokens[head].head
        if tokens[clause].pos not in CLAUSE_POS:
            return None
        return tree.subject(clause)

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
        """A cue of its own: a cue verb (not one the parse took for a modifier: "in favor of
        scrapping fees"), or a cue noun with an owner ("its position")."""
        token = tree.tokens[i]
        if token.pos == "VERB":
            return token.lemma in self.verbs and token.dep != "amod"
        return token.lemma in self.cue_nouns and tree.child(i, OWNER_DEPS) is not None
