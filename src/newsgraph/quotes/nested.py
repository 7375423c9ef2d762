"""Which attributions nested in another's content still count, and for whom.

``outermost`` drops an attribution reported inside another's content ("X said they want
Y": what they want is part of what X said). The readers here look at the nested ones
again: inside what an agentless passive or an ownerless cue noun reports only a named
speaker keeps a quote of its own ("Trump was asked what he thought …"), and a news
medium's report of a named body's speech act stands for that body when the act has no
attribution of its own ("KCNA said the ministry “denounces” …"). And an act a later cue's
content was only widened over keeps its quote ("“…,” Trump said before adding: “…”").
"""

from __future__ import annotations

from bisect import bisect_left

from .candidates import Candidate, cue_tokens
from .tree import Tree

# Word classes a cue opens with when it is a noun's ("his comments about X"): a noun's
# attribution inside another's content stays part of it.
NOUN_CUE_POS = frozenset({"NOUN", "PROPN"})
# The link of a possessive speaker ("Ryan's endorsement of Trump").
POSSESSIVE_DEP = "poss"


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


def own_acts(
    kept: list[Candidate], candidates: list[Candidate], text: str, tree: Tree
) -> list[Candidate]:
    """Bring back an act dropped as nested in a content that only runs over it: in
    "“…,” Trump said before adding: “…”" or "Trump called to ban Muslims. While Clinton
    has condemned the proposal, the GOP candidates say …" the later cue's content was
    widened back across words it does not report, and the act told there before it is
    the writer's, not part of the report. Only where every content holding the act
    belongs to a cue after it, runs on both sides of that cue, and the cue is no tag
    set off inside its words ("A, X said, B" reports A whole); a noun's act ("his
    comments about X") stays part of the content."""
    present = {id(c) for c in kept}
    out = list(kept)
    for candidate in candidates:
        if id(candidate) in present or not _verb_act(candidate, tree):
            continue
        holders = [
            o
            for o in candidates
            if o is not candidate
            and not o.unnamed
            and o.start <= candidate.cue_start
            and candidate.cue_end <= o.end
            and not candidate.start <= o.cue_start < candidate.end
        ]
        if holders and all(_runs_over(o, candidate, text) for o in holders):
            out.append(candidate)
    return out


def _runs_over(holder: Candidate, act: Candidate, text: str) -> bool:
    """Whether ``holder``'s cue follows ``act``'s and its content runs on both sides of
    it without the cue being set off by a comma after it."""
    return (
        holder.cue_start >= act.cue_end
        and holder.start < holder.cue_start < holder.end
        and text[holder.cue_end : holder.cue_end + 1] != ","
    )


def _verb_act(candidate: Candidate, tree: Tree) -> bool:
    """A cue that is no noun's and a speaker that is no possessive."""
    tokens = tree.tokens
    first = bisect_left(tokens, candidate.cue_start, key=lambda t: t.start)
    if first >= len(tokens) or tokens[first].pos in NOUN_CUE_POS:
        return False
    return candidate.speaker is None or tokens[candidate.speaker[2]].dep != POSSESSIVE_DEP


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
    words = cue_tokens(tokens, candidate)
    return bool(words) and (
        words[0].pos == "NOUN"
        or any(tokens[c].dep == "auxpass" for t in words for c in tree.children[t.i])
    )
