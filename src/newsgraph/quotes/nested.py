"""Which attributions nested in another's content still count, and for whom.

``outermost`` drops an attribution reported inside another's content ("X said they want
Y": what they want is part of what X said). Two readers here look at the nested ones
again: inside what an agentless passive or an ownerless cue noun reports only a named
speaker keeps a quote of its own ("Trump was asked what he thought …"), and a news
medium's report of a named body's speech act stands for that body when the act has no
attribution of its own ("KCNA said the ministry “denounces” …").
"""

from __future__ import annotations

from bisect import bisect_left

from .candidates import Candidate
from .tree import Tree


def relayed(
    candidate: Candidate, nested: list[Candidate], tree: Tree
) -> tuple[int, int, int] | None:
    """The speaker of the speech act ``candidate`` reports, when that act has no
    attribution of its own among the nested ones."""
    if candidate.relay is None:
        return None
    verb = tree.tokens[tree.tokens[candidate.relay[2]].head]
    if any(c.cue_start <= verb.start < c.cue_end for c in nested):
        return None
    return candidate.relay


def unowned(candidates: list[Candidate], tree: Tree) -> list[Candidate]:
    """Drop an attribution by a pronoun (or no one) inside what an agentless passive or
    an ownerless cue noun reports: in "Trump was asked what he thought Clinton could do"
    what he thought is part of the question, and so is the act in "speculation that he
    might offer himself". A named speaker inside keeps a quote of its own."""
    tokens = tree.tokens
    frames = [c for c in candidates if c.unnamed and _passive_or_noun_cue(tree, c)]
    out = []
    for c in candidates:
        pronoun = c.speaker is None or tokens[c.speaker[2]].pos == "PRON"
        inside = any(
            o is not c
            and o.start <= c.cue_start
            and c.end <= o.end
            and not c.start <= o.cue_start < c.end
            for o in frames
        )
        if not (pronoun and inside):
            out.append(c)
    return out


def _passive_or_noun_cue(tree: Tree, candidate: Candidate) -> bool:
    """A cue that is a passive verb ("was asked", "are expected") or opens with a noun
    ("speculation that", "concern about")."""
    tokens = tree.tokens
    first = bisect_left(tokens, candidate.cue_start, key=lambda t: t.start)
    words = tokens[first : bisect_left(tokens, candidate.cue_end, key=lambda t: t.start)]
    return bool(words) and (
        words[0].pos == "NOUN"
        or any(tokens[c].dep == "auxpass" for t in words for c in tree.children[t.i])
    )
