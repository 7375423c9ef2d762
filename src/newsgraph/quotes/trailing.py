"""Further speech acts the parse hung deep inside a content, and who performs them.

A speaker's further act set off after the content ("was adamant that they keep the upper
hand, telling Keyworth …", "said the warning showed he did not know what he was talking
about, and accused Downing Street of …") is often hung by the parse on a verb inside
the content rather than on the content's root. ``Bounds`` ends the content before it
(``deep_act``; not a verb going on with a relative clause, "a report that cited X and
revealed Y", nor an infinitive); the act's subject is then the one of the verb it hangs
on ("he", "they"), so ``hand_over`` gives it back to the speaker of the content it
trails.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import Candidate, cue_tokens
from .grammar import SUBJECT_DEPS, VERB_POS
from .subjects import TRAILING_ACT_DEPS
from .tree import Tree

if TYPE_CHECKING:
    from .bounds import Bounds

# A relative clause, whose coordinated verbs go on with its noun: "a report that cited X
# and revealed Y".
NOUN_CLAUSE_DEPS = frozenset({"relcl"})
# What may stand between a content and the act trailing it, besides "and".
JOINING_MARKS = " ,;\u2014\u2013-"
JOINING_WORDS = frozenset({"", "and"})


def deep_act(tree: Tree, cue_verbs: Collection[str], root: int, verb: int, last: int) -> bool:
    """``verb``, below a content's root but not on it, is a further act of the speaker
    that closes the content (its words run to ``last``)."""
    tokens = tree.tokens
    head = tokens[verb].head
    return (
        head != root
        and tree.right[verb] + 1 >= last
        and tokens[verb].tag != "VB"  # "to move the party forward, to challenge it"
        and tokens[head].dep not in NOUN_CLAUSE_DEPS
        and tree.child(verb, ("mark",)) is None  # "… when asked": a clause of its own
        and further_act(tree, cue_verbs, verb)
    )


def further_act(tree: Tree, cue_verbs: Collection[str], verb: int) -> bool:
    """A cue verb coordinated or hung as an adverbial clause, with no subject of its own,
    set off by punctuation or a conjunction: the speaker's further act ("…, adding that",
    "and tells the crowd")."""
    token = tree.tokens[verb]
    return (
        token.dep in TRAILING_ACT_DEPS
        and token.pos in VERB_POS
        and token.lemma in cue_verbs
        and tree.child(verb, SUBJECT_DEPS) is None
        and tree.set_off(tree.left[verb])
    )


def hand_over(
    candidates: list[Candidate], tree: Tree, text: str, bounds: Bounds
) -> list[Candidate]:
    """The candidates, a trailing act the bounds cut off a content (``Bounds.deep_cut``)
    given the speaker of that content when the content ends right before it (only
    punctuation or "and" between)."""
    tokens = tree.tokens
    out = list(candidates)
    for k, act in enumerate(out):
        verb = next((t.i for t in cue_tokens(tokens, act) if t.pos in VERB_POS), None)
        if verb is None or tokens[verb].dep not in TRAILING_ACT_DEPS:
            continue
        opening = tokens[tree.left[verb]].start
        for h, host in enumerate(out):
            if h == k or host.speaker is None or not host.start < host.end <= opening:
                continue
            root = _content_root(tree, host, verb)
            if (
                root is not None
                and _joined(text[host.end : opening])
                and bounds.deep_cut(tree, root, tree.right[root] + 1) == verb
            ):
                out[k] = replace(act, speaker=host.speaker)
                break
    return out


def _joined(gap: str) -> bool:
    """Only punctuation or "and" between a content and the act after it."""
    return gap.strip(JOINING_MARKS).lower() in JOINING_WORDS


def _content_root(tree: Tree, host: Candidate, verb: int) -> int | None:
    """The word on ``host``'s cue through which ``verb`` hangs on it, or None when the
    cue is not among ``verb``'s governors."""
    tokens = tree.tokens
    below, i = verb, tokens[verb].head
    while not host.cue_start <= tokens[i].start < host.cue_end:
        if tokens[i].head == i:
            return None
        below, i = i, tokens[i].head
    return below
