"""Stances someone receives: "Clinton has the support of older voters", "the plan drew
criticism from rivals".

With a stance noun as the object of a verb of having or receiving, the roles turn round:
the "from" phrase (or "of", for backing: ``held_of_stances``) names who holds the stance
(the source) and the verb's subject is what the stance is about (the content). "Clinton
has the support of women" is the women's support for Clinton, not Clinton's for women.
Backing held "among" a group is that group's too, for the noun's owner or the subject of
the verb of having: "Clinton's deep support among black voters", "Cruz enjoys support
among the delegates". The nouns and verbs are data (``received_stances``, ``held_of_stances`` and
``receiving_verbs`` in data/cues.yaml).
"""

from __future__ import annotations

from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import AUX_DEPS
from .subjects import Subjects
from .tree import Tree

HOLDER_PREP = "from"
BACKING_PREP = "of"
# Backing held within a group: "her support among black voters".
GROUP_PREP = "among"
# What a holder is that holds no stance: "the support of 31 percent", the when of it.
NOT_HOLDER_ENTITIES = frozenset({"DATE", "TIME", "MONEY"})
SUBJECTS = ("nsubj", "nsubjpass")
# A stance noun's own content clause: "criticism from rivals that the tenor …".
CONTENT_CLAUSE_DEPS = frozenset({"acl", "ccomp"})


class ReceivedStances:
    """Finds received stances in one parse (stateless beyond the word lists)."""

    def __init__(self, cues: QuoteCues, subjects: Subjects) -> None:
        self.nouns = cues.received_stances
        self.backing = cues.held_of_stances
        self.verbs = cues.receiving_verbs
        self.subjects = subjects

    def find(self, tree: Tree, noun: int) -> Candidate | None:
        """The attribution of stance noun ``noun`` received by its verb's subject or its
        owner, if the noun is in one of the shapes: the one who receives it is the
        content and the holder the source."""
        return self._from_holder(tree, noun) or self._among(tree, noun)

    def _from_holder(self, tree: Tree, noun: int) -> Candidate | None:
        """ "The plan drew criticism from rivals": the cue runs from the verb to the
        holder's preposition."""
        tokens = tree.tokens
        token = tokens[noun]
        if token.lemma.lower() not in self.nouns or token.dep != "dobj":
            return None
        verb = token.head
        if tokens[verb].lemma.lower() not in self.verbs or verb > noun:
            return None
        preps = (
            (HOLDER_PREP, BACKING_PREP) if token.lemma.lower() in self.backing else (HOLDER_PREP,)
        )
        prep = next(
            (
                c
                for c in tree.children[noun]
                if c > noun and tokens[c].text.lower() in preps and tokens[c].dep == "prep"
            ),
            None,
        )
        if any(tokens[c].dep in CONTENT_CLAUSE_DEPS for c in tree.children[noun] if c > noun):
            return None  # "faced criticism from rivals that the tenor …": the clause is it
        holder = tree.child(prep, ("pobj",)) if prep is not None else None
        if holder is None or tokens[holder].ent_type in NOT_HOLDER_ENTITIES:
            return None
        # "the plan, drawing scorn from party leaders": a participle's subject is its clause's
        subject = self._subject(tree, verb)
        if subject is None or subject > verb:
            return None
        first, last = tree.left[subject], tree.right[subject] + 1
        cue = verb  # with its auxiliaries: "has drawn criticism from"
        while cue > 0 and tokens[cue - 1].head == verb and tokens[cue - 1].dep in AUX_DEPS:
            cue -= 1
        return Candidate.over(tokens, (first, last), (cue, prep), speaker_of(tree, holder))

    def _among(self, tree: Tree, noun: int) -> Candidate | None:
        """ "Clinton's deep support among black voters", "Cruz enjoys strong support among
        the delegates": backing held among a group is that group's, for the noun's owner or
        for the subject of the verb of having the noun is the object of.

        The cue is the noun, or the verb to the noun when the verb names the receiver.
        """
        tokens = tree.tokens
        token = tokens[noun]
        if token.lemma.lower() not in self.backing:
            return None
        among = next(
            (c for c in tree.children[noun] if c > noun and tokens[c].text.lower() == GROUP_PREP),
            None,
        )
        holder = tree.child(among, ("pobj",)) if among is not None else None
        if holder is None:
            return None
        receiver = tree.child(noun, ("poss",))
        cue = noun
        verb = token.head
        if (
            receiver is None
            and token.dep == "dobj"
            and tokens[verb].lemma.lower() in self.verbs
            and verb < noun
        ):
            receiver = self._subject(tree, verb)
            cue = verb
        if receiver is None or receiver > noun:
            return None
        first, last = tree.left[receiver], tree.right[receiver] + 1
        if first <= noun < last:
            last = receiver + 1  # "His 34% support among women": the owner alone
        return Candidate.over(tokens, (first, last), (cue, noun), speaker_of(tree, holder))

    def _subject(self, tree: Tree, verb: int) -> int | None:
        """The verb's own subject, else the one it shares (token 0 is a subject too)."""
        subject = tree.subject(verb, SUBJECTS)
        return subject if subject is not None else self.subjects.of(tree, verb)
