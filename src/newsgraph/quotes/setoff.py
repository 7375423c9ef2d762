"""Relative clauses set off inside a reported object that are another speaker's attribution.

In "Bloomberg pegged him at $2.9 billion, which Mr. Trump called “a disgrace”" or "refused
to sign the trade agreement, which Mr. Putin vehemently opposed" the clause after the comma
is the writer's aside about the object, not part of what the outer speaker said or did: its
own subject performs its cue. Attribution corpora end the outer content at the comma and
mark the clause as that subject's own attribution; ``outermost`` would drop it as nested.
A pronoun's clause is its own too, even when the pronoun is the outer speaker ("He
declared Trump would have a path to nomination, which he declared “a total disaster”",
"defeat Trump, who he blasted as a “bully”"): the corpora mark the aside as a second act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Token
from .candidates import QUOTE_PAIRS, Candidate

# ", which Mr. Putin", "(which Clinton", "— whom he", "- which he" (a dash typed as an
# en dash or hyphens), ", in which he": a relative word, after its preposition if any,
# right before a subject.
SET_OFF_RELATIVE = re.compile(
    r"(?:,|\(|\u2014|\u2013|--|\s-)\s*(?:[a-z]+\s+)?(?:which|whom|who|whose\s+\S+)\s*$", re.I
)
# How far back the relative word may sit before the subject's first token.
RELATIVE_REACH = 24


def restore_set_off(
    kept: list[Candidate], found: Sequence[Candidate], text: str, tokens: Sequence[Token]
) -> list[Candidate]:
    """``kept`` plus every candidate of ``found`` outside it that is a set-off relative
    clause of another speaker inside a kept candidate's content; that content then ends
    before the clause."""
    out = list(kept)
    ids = {id(c) for c in kept}
    for inner in (c for c in found if id(c) not in ids):
        for outer in kept:
            cut = _clause_start(inner, outer, text, tokens)
            if cut is not None:
                outer.end = min(outer.end, cut)
                out.append(inner)
                break
    return out


def _clause_start(
    inner: Candidate, outer: Candidate, text: str, tokens: Sequence[Token]
) -> int | None:
    """Where ``outer``'s content ends when ``inner`` is a relative clause set off inside
    it whose own subject, another speaker than ``outer``'s, performs the cue; else None."""
    if inner.speaker is None or outer.speaker is None or inner.speaker[2] == outer.speaker[2]:
        return None
    first = tokens[inner.speaker[0]]
    last = tokens[inner.speaker[1] - 1]
    if not (outer.cue_end <= outer.start < first.start and last.end <= inner.cue_start):
        return None
    if inner.cue_end > outer.end:
        return None
    found = SET_OFF_RELATIVE.search(
        text, max(outer.start, first.start - RELATIVE_REACH), first.start
    )
    if found is None:
        return None
    kept = text[outer.start : found.start()].rstrip()
    if not kept or any(kept.count(a) != kept.count(b) for a, b in QUOTE_PAIRS):
        return None
    return outer.start + len(kept)
