"""Stances received from no one named: "Cruz faced criticism for unreported loans".

A stance noun received by a verb's subject with no "from" or "by" phrase naming who holds
it (``received`` reads those) still reports a view, sourced to no one: the clause from the
subject to the reason the stance is given for is the content, the noun the cue. Only
stances that are also cue nouns count, and only with their reason ("for", "over"): "Rubio
earned praise" or "the plan lost support" tell of a standing, not of a view with a content.
Backing nouns ("support", "endorsement") received without a holder mostly count votes or
shares ("enjoys 48% support"), so they are left out.
"""

from __future__ import annotations

from .candidates import Candidate
from .cues import QuoteCues
from .grammar import CLAUSE_SUBJECT_DEPS
from .tree import Tree

# Prepositions naming the holder of a stance: with one, ``received`` reads the stance.
HOLDER_PREPS = frozenset({"from", "by", "of", "among"})
# Prepositions naming what a stance is given for: "criticism for the move", "over the ad".
REASON_PREPS = frozenset({"for", "over"})


class UnheldStances:
    """Finds received stances with no holder in one parse (stateless beyond word lists)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.nouns = (cues.received_stances & cues.cue_nouns) - cues.held_of_stances
        self.verbs = cues.receiving_verbs

    def find(self, tree: Tree, noun: int) -> Candidate | None:
        """The clause a holderless stance noun ``noun`` is received in, if any."""
        tokens = tree.tokens
        token = tokens[noun]
        if token.lemma.lower() not in self.nouns or token.dep != "dobj":
            return None
        verb = token.head
        if not verb < noun or tokens[verb].lemma.lower() not in self.verbs:
            return None
        if any(tokens[c].dep == "poss" for c in tree.children[noun]):
            return None  # "faced his party's criticism": an owner holds it
        phrases = [c for c in (*tree.children[noun], *tree.children[verb]) if c > verb]
        if any(tokens[c].text.lower() in HOLDER_PREPS for c in phrases):
            return None
        reasons = [
            c
            for c in phrases
            if c > noun
            and tokens[c].text.lower() in REASON_PREPS
            and tree.child(c, ("pobj", "pcomp")) is not None
        ]
        subject = tree.subject(verb, CLAUSE_SUBJECT_DEPS)
        if not reasons or subject is None or not subject < verb:
            return None
        if tokens[subject].dep == "expl":
            return None
        first, last = tree.trim(tree.left[subject], tree.right[reasons[0]] + 1)
        if last - first < 3:
            return None
        return Candidate.over(tokens, (first, last), (noun, noun), None)
