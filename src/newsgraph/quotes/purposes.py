"""Purpose infinitives of a speaker already quoted.

"One official said …, speaking on condition of anonymity to discuss the plan", "Glenn
Beck doubled down …, to encourage voters to turn away": an infinitive of purpose says why
its speaker did something, and when that speaker already has an attribution of its own
the infinitive is only its purpose, which attribution corpora leave unmarked. A speaker
with no other attribution keeps it ("Biden traveled to Ohio to praise the plant"), and so
does an errand that is the act itself ("He went on to endorse Ayotte").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from .candidates import Candidate, cue_tokens
from .grammar import CLAUSE_POS
from .tree import Tree

# How a purpose infinitive hangs on the clause it explains, and its bare verb form.
PURPOSE_DEP = "advcl"
BARE_VERB_TAG = "VB"


def drop_purposes(
    candidates: list[Candidate], tree: Tree, errand_verbs: Collection[str]
) -> list[Candidate]:
    """The candidates without purpose infinitives whose speaker has another attribution."""
    speakers = Counter(c.speaker[:2] for c in candidates if c.speaker is not None)
    return [
        c
        for c in candidates
        if c.speaker is None or speakers[c.speaker[:2]] < 2 or not _purpose(c, tree, errand_verbs)
    ]


def _purpose(candidate: Candidate, tree: Tree, errand_verbs: Collection[str]) -> bool:
    """Whether the cue's verb is a bare infinitive hung on another clause as its purpose,
    not on an errand ("went on to say")."""
    tokens = tree.tokens
    verb = next((t for t in cue_tokens(tokens, candidate) if t.pos in CLAUSE_POS), None)
    if verb is None or verb.tag != BARE_VERB_TAG or verb.dep != PURPOSE_DEP:
        return False
    return tokens[verb.head].lemma.lower() not in errand_verbs
