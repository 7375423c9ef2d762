"""Who holds a stance noun that has no owner of its own.

A stance noun with no possessive or "by" phrase is still someone's when it is what a
verb's subject does or brings: "the union opened talks with an argument that …", "the
mayor went on a rant about …", "rivals cling to the hope that …".
Nouns a subject receives rather than voices ("faced criticism", "drew praise") are read
in ``received`` and ``unheld``; a noun that only names the subject ("the belief is …")
has no verb of doing above it, and an impersonal subject ("it", "there") holds nothing.
A name modifying the noun ("Republican calls for …") was measured to hold it less often
than not in PolNeAR, so it is left unread.
"""

from __future__ import annotations

from .cues import QuoteCues
from .grammar import SUBJECT_DEPS, VERB_POS
from .subjects import Subjects
from .tree import Tree

# Prepositions through which a verb's subject brings a stance noun: "entered with an
# argument", "went on a rant", "clung to the hope", "launched into a tirade".
BRINGING_PREPS = frozenset({"with", "on", "to", "into"})


class StanceHolders:
    """Finds the holder of an ownerless stance noun (stateless beyond the word lists)."""

    def __init__(self, cues: QuoteCues, subjects: Subjects) -> None:
        self.cues = cues
        self.subjects = subjects

    def of(self, tree: Tree, noun: int) -> int | None:
        """The root token of who holds stance noun ``noun``, if the parse shows one."""
        subject = tree.child(noun, SUBJECT_DEPS)
        if subject is not None and subject < noun:
            return subject  # "Grimm claims that …" with "claims" tagged a plural noun
        tokens = tree.tokens
        if (
            tokens[noun].dep == "ROOT"
            and noun > 0
            and tokens[noun - 1].head == noun
            and tokens[noun - 1].dep == "compound"
        ):
            return noun - 1  # the same with "Grimm" read as a modifier of "claims"
        return self._doer(tree, noun)

    def _doer(self, tree: Tree, noun: int) -> int | None:
        """The subject of the verb that takes the noun as its object, directly or through
        a bringing preposition; not of a verb of receiving."""
        tokens = tree.tokens
        token = tokens[noun]
        if token.dep == "dobj":
            verb = token.head
        elif token.dep == "pobj" and tokens[token.head].text.lower() in BRINGING_PREPS:
            verb = tokens[token.head].head
        else:
            return None
        if verb == noun or tokens[verb].pos not in VERB_POS or verb > noun:
            return None
        if tokens[verb].lemma.lower() in self.cues.receiving_verbs:
            return None
        holder = self.subjects.of(tree, verb)
        if holder is None or tokens[holder].text.lower() in self.cues.impersonal_subjects:
            return None
        return holder
