"""Cue verbs the parse read as adjectives before the noun after them.

The small parser sometimes takes a name, a past tense and the noun after it for one noun
phrase: in "Trump accused Cruz of …", "He implied immigrants were …" or "Trump reminded
Americans of …" the verb is tagged a participle modifying the noun ("accused Cruz") and
the name is left hanging as a compound or the subject of a later verb. The sentence is
still the name's speech act: the name speaks, the verb is the cue, and what follows it in
the sentence is what was said. A noun the tagger did not read as a name speaks only as
the subject or root it was made ("Trump defended eminent domain" with "Trump" a common
noun); a possessive ("his proposed legislation") and any other noun ("the tea-party
backed candidate") modify the noun phrase as they seem to.
"""

from __future__ import annotations

from collections.abc import Collection

from .candidates import Candidate
from .tree import Tree

# The tags of a verb read as an adjective that only a past tense can be the cue of.
PAST_FORMS = frozenset({"VBD", "VBN"})
ADJECTIVAL_DEP = "amod"
# Who may speak right before the verb: a name or a personal pronoun, or a common noun the
# parse made a subject or a root.
NAME_POS = frozenset({"PROPN", "PRON"})
POSSESSIVE_TAG = "PRP$"
NOUN_SPEAKER_DEPS = frozenset({"nsubj", "ROOT"})


def adjectival_act(tree: Tree, verb: int, cue_verbs: Collection[str]) -> Candidate | None:
    """The speech act of a cue verb the parse read as an adjective on the noun after it,
    with the name right before it as the speaker, or None."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.dep != ADJECTIVAL_DEP or token.tag not in PAST_FORMS or token.lemma not in cue_verbs:
        return None
    if verb == 0 or token.head <= verb:
        return None
    name = tokens[verb - 1]
    if name.sent != token.sent or not _speaks(name.pos, name.tag, name.dep):
        return None
    last = verb + 1
    while last < len(tokens) and tokens[last].sent == token.sent:
        last += 1
    first, last = tree.trim(verb + 1, last)
    if first >= last:
        return None
    return Candidate.over(tokens, (first, last), (verb, verb), _name(tree, name.i))


def _name(tree: Tree, last: int) -> tuple[int, int, int]:
    """The name ending at ``last``, its words run together ("Donald Trump"): the parse
    may have hung the whole sentence on it, so its subtree is no mention."""
    tokens = tree.tokens
    first = last
    while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[last].pos == "PROPN":
        first -= 1
    return first, last + 1, last


def _speaks(pos: str, tag: str, dep: str) -> bool:
    """A word before the verb that can be its subject: a name or a personal pronoun, or
    a noun the parse made a subject or a root."""
    if pos in NAME_POS:
        return tag != POSSESSIVE_TAG
    return pos == "NOUN" and dep in NOUN_SPEAKER_DEPS
