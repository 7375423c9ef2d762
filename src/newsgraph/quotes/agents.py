"""The agent of a passive the parse hung away from it.

"was declared the winner in three primaries by news organizations": the "by" phrase hangs
on a word after the verb, but it names who did the verb; also on a participle sharing the
passive ("was booed and shouted down by the crowd") or an infinitive the passive takes
("had been asked to preserve them by the committee"). With no agent, an "among" phrase
on the passive names the group holding the judgement ("was widely supported among
veterans").
"""

from __future__ import annotations

from .grammar import CLAUSE_POS, FINITE_CLAUSE_DEPS, NAME_POS, PAST_TAGS
from .tree import Tree

# What a "by" phrase names that is no agent: "by 2020", "by 5 points", "by a third".
NOT_AGENT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "CARDINAL", "MONEY", "QUANTITY"})
# The preposition naming the group a passive judgement is held in: "the plan was widely
# supported among veterans", "he is considered an asset among blue-collar voters".
HOLDING_PREPS = frozenset({"among"})


def stray_agent(tree: Tree, verb: int) -> int | None:
    """The "by" of a passive the parse hung on a word after the verb: "was
    declared the winner in three primaries by news organizations", "has been pushed to
    these positions by Mr. Sanders". Only a name, a group or people, and only in the
    verb's own clause (no other verb between, save a participle sharing the passive: "was
    booed and shouted down by the crowd")."""
    tokens = tree.tokens
    for i in range(verb + 1, tree.right[verb] + 1):
        token = tokens[i]
        if token.text.lower() != "by" or token.dep not in ("prep", "agent"):
            continue
        pobj = tree.child(i, ("pobj",))
        if pobj is None or tokens[pobj].ent_type in NOT_AGENT_ENTITIES:
            continue
        if tokens[pobj].pos not in NAME_POS:
            continue
        up = token.head
        while up != verb and tokens[up].pos not in CLAUSE_POS and tokens[up].head != up:
            up = tokens[up].head
        if up == verb or _shared_passive(tree, verb, up) or _passive_infinitive(tree, verb, up):
            return i
    return None


def _passive_infinitive(tree: Tree, verb: int, other: int) -> bool:
    """``other`` is an infinitive the passive ``verb`` takes, which the parse gave the "by"
    phrase: "had been asked to preserve them by the committee"."""
    token = tree.tokens[other]
    return token.dep == "xcomp" and token.head == verb and token.tag == "VB"


def _shared_passive(tree: Tree, verb: int, other: int) -> bool:
    """``other`` is a participle coordinated with the passive ``verb`` that shares its
    auxiliary and subject: "was booed and shouted down by the crowd"."""
    tokens = tree.tokens
    token = tokens[other]
    if token.dep != "conj" or token.head != verb or token.tag not in PAST_TAGS:
        return False
    return not any(tokens[c].dep in FINITE_CLAUSE_DEPS for c in tree.children[other])


def holding_group(tree: Tree, verb: int) -> int | None:
    """The "among" of a passive that names who holds its judgement: "the position was not
    widely supported among those with direct experience". The writer sources the clause
    to that group, so the phrase is the source and no part of the content."""
    tokens = tree.tokens
    for c in tree.children[verb]:
        if c < verb or tokens[c].dep != "prep":
            continue
        if tokens[c].text.lower() in HOLDING_PREPS and tree.child(c, ("pobj",)) is not None:
            return c
    return None
