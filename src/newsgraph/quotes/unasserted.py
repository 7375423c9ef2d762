"""Cue verbs whose clause asserts no view of its subject's, read off the parse.

Three shapes name a stance without anyone taking it. A relative clause in the
description of a speaker ("Reid, who endorsed Clinton, said …", '“…,” said Tom Rath, a
GOP leader who had endorsed Kasich') tells the reader who is speaking: attribution
corpora mark the whole description as the source span and leave the acts inside it
unmarked. A speech verb there ("who said she planned to …") still reports words of its
own and is kept. A question put to the reader or a listener ("Do you support Donald
Trump?") asks for a stance rather than reporting one; "do you think …" in an interview
reports the question's words and is read as speech. And the complement of a verb of
bringing about ("the fences helped push smugglers underground") tells of an outcome.
A purpose clause of perceiving ("filled the arena to see him") tells why someone
came. Running for office is no stance either: "Rubio is seeking reelection", "Feingold is
challenging Sen. Johnson" name a race and who is in it.
"""

from __future__ import annotations

from .cues import QuoteCues
from .grammar import CLAUSE_DEPS, SUBJECT_DEPS
from .tree import Tree

# Links from a relative clause's noun up to the speaker's name it describes: "Price, a
# firefighter and union member in Roanoke, Va., who …" hangs the clause on "Va.".
DESCRIPTION_DEPS = frozenset({"appos", "conj", "pobj", "prep", "npadvmod"})
DESCRIPTION_REACH = 8
# An object the speaker's cue acts on: in "the master, who has long opposed the plan, urged
# a new vote" the clause is an earlier act of the same kind, read as its own.
ACTED_ON_DEPS = frozenset({"dobj"})
# Punctuation between a quotation and the cue clause it belongs to.
QUOTE_JOINERS = frozenset({",", ":"})
# The pronoun a question to the reader or a listener has for its subject.
ADDRESSED = "you"
# How the parse hangs a purpose clause ("came to see him") on its verb, and its marker.
PURPOSE_DEP = "advcl"
PURPOSE_MARK = "to"
# Words before an office noun that name it with it: "the White House".
OFFICE_NAME_DEPS = frozenset({"compound"})
# Complements that make a rival verb say something: "challenged her on trade", "to a
# debate", "challenged him to explain".
RIVAL_MORE_DEPS = frozenset({"prep", "xcomp", "ccomp", "oprd", "dative", "advcl"})


class Unasserted:
    """Reads cue verbs that assert no stance (stateless beyond the cues)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues
        self.marks = frozenset(m for pair in cues.quote_marks for m in pair)

    def found(self, tree: Tree, verb: int) -> bool:
        """True when ``verb`` describes a speaker, asks the reader a stance or tells of an
        outcome."""
        if self.attends(tree, verb):
            return True
        if tree.tokens[verb].lemma in self.cues.speech_verbs:
            return False  # words of their own: "a leader who said …", "do you think …"
        return (
            self.describes_speaker(tree, verb)
            or self.asks_stance(tree, verb)
            or self.brings_about(tree, verb)
            or self.runs_for_office(tree, verb)
        )

    def describes_speaker(self, tree: Tree, verb: int) -> bool:
        """A relative clause in the description of a speaker: of the subject before its
        cue ("Rath, who endorsed Kasich, said …"), or of a speaker whose cue follows or
        introduces a quotation ('“…,” said Rath, who endorsed Kasich'). After an indirect
        report ("…, said Rath, who …") the clause is often the writer's aside and keeps
        its stance."""
        tokens = tree.tokens
        if tokens[verb].dep != "relcl":
            return False
        noun = tokens[verb].head
        for _ in range(DESCRIPTION_REACH):
            if tokens[noun].dep not in DESCRIPTION_DEPS:
                break
            noun = tokens[noun].head
        if tokens[noun].dep not in SUBJECT_DEPS:
            return False
        cue = tokens[noun].head
        if tokens[cue].lemma not in self.cues.speech_verbs:
            return False
        if noun < cue and tree.child(cue, ACTED_ON_DEPS) is None:
            return True  # "Reid, who endorsed Clinton, said …": the subject describes
        first = min(tree.left[noun], cue)
        return self._quoted_before(tree, first) or self._quoted_after(tree, cue)

    def asks_stance(self, tree: Tree, verb: int) -> bool:
        """A question to "you" with its auxiliary first: "Do you support Trump?", "will
        you vote for him?"."""
        tokens = tree.tokens
        subject = tree.child(verb, SUBJECT_DEPS)
        if subject is None or tokens[subject].text.lower() != ADDRESSED:
            return False
        return any(tokens[c].dep == "aux" and c < subject for c in tree.children[verb])

    def brings_about(self, tree: Tree, verb: int) -> bool:
        """The complement of a verb of bringing about: "the fences helped push smugglers
        underground" tells of an outcome, not of a stance its subject took."""
        token = tree.tokens[verb]
        return (
            token.dep in CLAUSE_DEPS
            and token.head != verb
            and tree.tokens[token.head].lemma in self.cues.outcome_verbs
        )

    def attends(self, tree: Tree, verb: int) -> bool:
        """A purpose clause of perceiving: "people filled the arena to see him", "lined up
        to hear Sanders speak" tell why they came, not what anyone thinks."""
        token = tree.tokens[verb]
        return (
            token.lemma in self.cues.attending_verbs
            and token.dep == PURPOSE_DEP
            and token.head != verb
            and any(
                tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == PURPOSE_MARK
                for c in tree.children[verb]
            )
        )

    def runs_for_office(self, tree: Tree, verb: int) -> bool:
        """A race, not a stance: an office verb with an office for object ("is seeking
        reelection", "seeks the White House"), or a rival verb with only a person for
        object ("Feingold is challenging Sen. Johnson")."""
        tokens = tree.tokens
        lemma = tokens[verb].lemma
        objects = [c for c in tree.children[verb] if tokens[c].dep in ACTED_ON_DEPS]
        if not objects:
            return False
        if lemma in self.cues.office_verbs:
            return any(self._office(tree, o) for o in objects)
        if lemma not in self.cues.rival_verbs:
            return False
        if any(tokens[c].dep in RIVAL_MORE_DEPS for c in tree.children[verb]):
            return False
        return all(
            tokens[o].ent_type == "PERSON" or tokens[o].text.lower() in self.cues.person_pronouns
            for o in objects
        )

    def _office(self, tree: Tree, noun: int) -> bool:
        """An office named by its noun ("a fifth term") or with its compound ("the White
        House")."""
        tokens = tree.tokens
        lemma = tokens[noun].lemma.lower()
        words = [
            tokens[c].text.lower()
            for c in tree.children[noun]
            if c < noun and tokens[c].dep in OFFICE_NAME_DEPS
        ]
        named = " ".join([*words, lemma])
        return lemma in self.cues.office_nouns or named in self.cues.office_nouns

    def _quoted_before(self, tree: Tree, first: int) -> bool:
        """A quotation closes right before the cue clause starting at ``first``."""
        return self._quote_mark_from(tree, first - 1, -1)

    def _quoted_after(self, tree: Tree, cue: int) -> bool:
        """A quotation opens right after the cue: 'Rath, who …, said: “…”'."""
        return self._quote_mark_from(tree, cue + 1, 1)

    def _quote_mark_from(self, tree: Tree, i: int, step: int) -> bool:
        """A quotation mark is the first token from ``i`` on, going ``step`` at a time,
        that is no joining punctuation."""
        tokens = tree.tokens
        while 0 <= i < len(tokens) and tokens[i].text in QUOTE_JOINERS:
            i += step
        return 0 <= i < len(tokens) and tokens[i].text in self.marks
