"""Questions put to someone by no one named, in a bare participle: "when asked about the
merger, she …", "Asked at a briefing about the tolls, the spokesman said …".

A cue verb needs a subject to be read in ``extract``; a bare participle of a question
verb has none, and the corpus still marks what was asked (the object of "about", or the
question clause), sourced to the asker when a "by" phrase names one and to no one
otherwise. A passive with its listener for subject ("Berg was asked what …") is a
reporting passive, read whole in ``shapes``.
"""

from __future__ import annotations

from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import PAST_TAGS
from .tree import Tree

# A subject of the verb: the asker's (read as any cue verb is) or the listener's in a
# passive (read whole as a reporting passive).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# What was asked: a question clause, or a question word as the object ("when asked why").
QUESTION_DEPS = frozenset({"ccomp", "xcomp"})
QUESTION_WORDS = frozenset({"why", "how", "what", "when", "where", "whether", "who"})
QUESTION_OPENERS = QUESTION_WORDS | {"if"}
# Marks after which the parse ran the sentence's own clause into the question ("when
# asked why, Olsen replied …", "asked how she would define it - Berg fought back").
CLAUSE_BREAKS = frozenset({",", "-", "--", "\u2014", "\u2013", ";"})
# The preposition whose object is what the question was about.
TOPIC_PREP = "about"


class Asked:
    """Reads questions whose asker is unnamed or in a "by" phrase (stateless)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.question_verbs = cues.question_verbs

    def find(self, tree: Tree, verb: int) -> Candidate | None:
        """The attribution of a bare participle of a question verb, or None."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.lemma not in self.question_verbs or token.tag not in PAST_TAGS:
            return None
        children = tree.children[verb]
        if any(tokens[c].dep in SUBJECT_DEPS for c in children):
            return None
        part = self._asked(tree, verb)
        if part is None:
            return None
        first, last = tree.trim(*part)
        if first >= last:
            return None
        agent = tree.child(verb, ("agent",))
        asker = tree.child(agent, ("pobj",)) if agent is not None else None
        speaker = speaker_of(tree, asker) if asker is not None else None
        return Candidate.over(tokens, (first, last), (verb, verb), speaker)

    @staticmethod
    def _asked(tree: Tree, verb: int) -> tuple[int, int] | None:
        """What was asked: the object of "about", a question clause or a question word."""
        tokens = tree.tokens
        for c in tree.children[verb]:
            if c < verb:
                continue
            dep, word = tokens[c].dep, tokens[c].text.lower()
            if dep == "prep" and word == TOPIC_PREP:
                obj = tree.child(c, ("pobj", "pcomp"))
                if obj is not None:
                    return tree.left[obj], tree.right[obj] + 1
            if dep in QUESTION_DEPS and tokens[tree.left[c]].text.lower() in QUESTION_OPENERS:
                return tree.left[c], _clause_end(tree, c)
            if dep in ("dobj", "advmod") and word in QUESTION_WORDS and c == verb + 1:
                return c, c + 1
        return None


def _clause_end(tree: Tree, clause: int) -> int:
    """Where a question clause ends: at its last word, or at the first comma or dash in
    it, past which the parse hung the words of the sentence's own clause."""
    tokens = tree.tokens
    end = tree.right[clause] + 1
    first = tree.left[clause]
    return next((i for i in range(first + 1, end) if tokens[i].text in CLAUSE_BREAKS), end)
