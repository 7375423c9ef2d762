"""Stance adjectives: "X is eager to run", "X has been critical of the deal", "leaders
willing to work hard", "voters angry about the economy and worried about their jobs".

The one who holds the stance is the source and the adjective's complement (a clause, or
the object of a preposition right after it) the content. The holder is the subject of the
linking verb ("X is eager"), or the noun a reduced clause follows ("leaders willing to
…"); an adjective joined to another by a conjunction ("angry about X, worried about Y")
has the holder of the first. The adjectives and linking verbs are data
(``stance_adjectives`` and ``linking_verbs`` in data/cues.yaml).
"""

from __future__ import annotations

from ..records import Token
from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import CLAUSE_DEPS, CLAUSE_POS, HOLDER_ENTITIES
from .phrasal import PhrasalCues
from .tree import Tree

# Prepositions that take what any stance adjective is about besides the content
# prepositions of ``object_preps``: "impressed by", "angry at"; "in" only for the
# adjectives ``in_stance_adjectives`` lists ("confident in", not "frank in his remarks").
ADJECTIVE_PREPS = frozenset({"by", "at"})
IN_PREP = "in"
# The parse hangs "by" after an adjective like a passive's agent: "unimpressed by X".
PREP_DEPS = frozenset({"prep", "agent"})
# A reduced clause's "to" phrase is mostly no stance: "data critical to the effort".
REDUCED_NOT_PREPS = frozenset({"to"})
# A degree word on the adjective whose result a later "that" clause gives: "so worried
# that … that they …".
DEGREE_WORDS = frozenset({"so", "such"})
RESULT_MARK = "that"
# How many conjoined adjectives are climbed to the first one: "angry …, worried … and
# dismayed …".
MAX_CONJUNCTS = 4


class StanceAdjectives:
    """Finds the stance an adjective gives its holder (stateless beyond the word lists)."""

    def __init__(self, cues: QuoteCues, phrasal: PhrasalCues, keep_marks: frozenset[str]) -> None:
        self.adjectives = cues.stance_adjectives
        self.in_adjectives = cues.in_stance_adjectives
        self.linking_verbs = cues.linking_verbs
        self.phrasal = phrasal
        self.keep_marks = keep_marks

    def find(self, tree: Tree, adjective: int) -> Candidate | None:
        """The attribution of stance adjective ``adjective``, if it has a holder and a
        complement.

        After a linking verb the cue runs from the verb to the adjective (with the
        complement's preposition: "been critical of"); after a noun, or as a later
        conjunct, it starts at the adjective.
        """
        tokens = tree.tokens
        token = tokens[adjective]
        if token.pos != "ADJ" or token.lemma.lower() not in self.adjectives:
            return None
        first = adjective
        for _ in range(MAX_CONJUNCTS):
            if tokens[first].pos != "ADJ" or tokens[first].dep != "conj":
                break
            if tokens[first].head >= first:
                break
            first = tokens[first].head
        head = tokens[first].head
        verb: int | None = None
        if first != adjective and tokens[first].lemma in self.linking_verbs:
            # "are proud of the harvest and eager to sell it": the verb's subject holds both
            source = tree.subject(first)
        elif tokens[first].pos != "ADJ":
            return None
        elif tokens[first].dep == "acomp":
            if head > first or tokens[head].lemma not in self.linking_verbs:
                return None
            source = tree.subject(head)
            verb = head
        elif tokens[first].dep == "amod" and head < first and _people(tokens[head]):
            source = head  # "leaders willing to work hard", not "a plan ready to go"
        else:
            return None
        if source is None:
            return None
        # Only the first conjunct shares the linking verb's complements.
        found = self._content(tree, adjective, verb if first == adjective else None)
        if found is None:
            return None
        content, cue_last = found
        content = (content[0], _before_result(tree, adjective, content))
        cue_first = verb if verb is not None and first == adjective else adjective
        first_token, last_token = tree.trim(*content, keep=self.keep_marks)
        if last_token <= first_token:
            return None
        speaker = speaker_of(tree, source)
        if speaker[0] < adjective < speaker[1]:  # "builders willing to …": the noun alone
            speaker = (speaker[0], tree.left[adjective], speaker[2])
        return Candidate.over(tokens, (first_token, last_token), (cue_first, cue_last), speaker)

    def participle(self, tree: Tree, verb: int) -> Candidate | None:
        """ "Voters were irritated by the delays", "he was convinced that …": a feeling
        participle the parse reads as a passive verb is a stance of its subject; what its
        "by" phrase, its first preposition or its clause names is the content."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.tag != "VBN" or token.text.lower() not in self.adjectives:
            return None
        aux = next(
            (c for c in tree.children[verb] if c < verb and tokens[c].dep == "auxpass"), None
        )
        source = tree.subject(verb, ("nsubjpass",))
        if aux is None or source is None:
            return None
        for c in tree.children[verb]:
            if c <= verb:
                continue
            if tokens[c].dep in CLAUSE_DEPS and tokens[c].pos in CLAUSE_POS:
                content, cue_last = (tree.left[c], tree.right[c] + 1), verb
                break
            if c == verb + 1:
                # Only a content preposition: "divided over", not "committed by", "split
                # between".
                pobj = self.phrasal.prep_object(tree, c)
                if pobj is None:
                    return None
                content, cue_last = (tree.left[pobj], tree.right[pobj] + 1), c
                break
        else:
            return None
        first, last = tree.trim(*content, keep=self.keep_marks)
        if last <= first:
            return None
        return Candidate.over(tokens, (first, last), (aux, cue_last), speaker_of(tree, source))

    def _content(
        self, tree: Tree, adjective: int, verb: int | None
    ) -> tuple[tuple[int, int], int] | None:
        """The complement's token range and the cue's last token: a clause of the
        adjective (or of its linking verb), or the object of a content preposition right
        after the adjective."""
        tokens = tree.tokens
        kids = (
            tree.children[adjective]
            if verb is None
            else (
                *tree.children[adjective],
                *tree.children[verb],
            )
        )
        for c in kids:
            if c <= adjective:
                continue
            if tokens[c].dep in CLAUSE_DEPS and tokens[c].pos in CLAUSE_POS:
                return (tree.left[c], tree.right[c] + 1), adjective
            if c != adjective + 1 or tokens[c].dep not in PREP_DEPS:
                continue
            word = tokens[c].text.lower()
            if verb is None and word in REDUCED_NOT_PREPS:
                continue
            pobj = self.phrasal.prep_object(tree, c)
            if pobj is None and (
                word in ADJECTIVE_PREPS
                or (word == IN_PREP and tokens[adjective].lemma.lower() in self.in_adjectives)
            ):
                pobj = tree.child(c, ("pobj", "pcomp"))
            if pobj is not None:
                return (tree.left[pobj], tree.right[pobj] + 1), c
        return None


def _before_result(tree: Tree, adjective: int, content: tuple[int, int]) -> int:
    """Where a stance's content ends when a degree word sets up a result: "so worried
    that X could lose that they are willing to …", "so opposed to electing X that they
    back Y" end before the result's "that" (the content's own "that" opens it)."""
    tokens = tree.tokens
    first, last = content
    if not any(tokens[c].text.lower() in DEGREE_WORDS for c in tree.children[adjective]):
        return last
    for i in range(first + 1, last):
        if tokens[i].dep == "mark" and tokens[i].text.lower() == RESULT_MARK:
            return i
    return last


def _people(token: Token) -> bool:
    """A name of people, a pronoun or a plural noun: the holders a reduced stance clause
    follows ("corporations willing to …"), not a thing ("a prospect sure to …")."""
    if token.ent_type:
        return token.ent_type in HOLDER_ENTITIES
    return token.pos == "PRON" or (token.pos == "NOUN" and token.tag == "NNS")
