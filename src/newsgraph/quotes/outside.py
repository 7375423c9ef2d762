"""The speaker standing outside a quotation, when the parse took words of it for the
subject: after an inverted cue ('“…,” said Grimm'), between a quotation and its cue
('“…,” Trump, the front-runner, said'), or, when the quotation follows a participle
the parse hung inside it ("Clinton seemed ready to joke about it, telling the crowd,
“Some people get carried away …”"), the subject of the clause the participle is set off
from, never the listener after the cue.
"""

from __future__ import annotations

from .candidates import inside
from .grammar import NAME_POS, NAME_PREFIX_DEPS, SUBJECT_DEPS
from .marks import QuotedRegion
from .tree import Tree

# A finite clause's subject, active or passive.
FINITE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?"})
# How far up from a cue its sentence's main clause is looked for.
CLIMB = 12


def subject_after(tree: Tree, verb: int) -> int | None:
    """The speaker after an inverted cue the parser did not see as a subject: '“…,” said X'."""
    for child in tree.children[verb]:
        token = tree.tokens[child]
        if child > verb and (token.pos in NAME_POS or token.text[:1].isupper()):
            return child
    # Parsed as the subject of the quote's second half: take the name right after the verb.
    i = verb + 1
    tokens = tree.tokens
    while i < len(tokens) and tokens[i].dep in NAME_PREFIX_DEPS and verb < tokens[i].head:
        i = tokens[i].head
    if i >= len(tokens) or tokens[i].pos not in NAME_POS or tokens[i].sent != tokens[verb].sent:
        return None
    if (
        tokens[i].pos == "PRON"
        and tokens[i].dep in FINITE_SUBJECT_DEPS
        and tokens[i].head == i + 1
        and tokens[i + 1].head == verb
    ):
        return None  # "“…,” says she warned about it": the subject of what is said
    return i


def subject_outside(tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]) -> int | None:
    """The name between a quotation and its cue ('“…,” Trump, the front-runner, said') or
    right after the cue ('“…,” said Grimm, a supporter'), outside every quotation."""
    tokens = tree.tokens
    verb_start = tokens[verb].start
    closing = max((r.end for r in regions if r.end <= verb_start), default=None)
    if closing is not None and _sentence_between(tree, closing, verb):
        closing = None  # a quotation of an earlier sentence is not this cue's
    if closing is not None:
        i = verb - 1
        while i > 0 and tokens[i - 1].start >= closing:
            i -= 1
        for j in range(i, verb):
            if tokens[j].pos in NAME_POS:
                while tokens[j].dep in NAME_PREFIX_DEPS and j < tokens[j].head < verb:
                    j = tokens[j].head
                return j
    else:
        main = main_subject(tree, verb, regions)
        if main is not None:
            return main
    after = subject_after(tree, verb)
    if after is not None and not inside(tokens[after].start, regions):
        return after
    return None


def main_subject(tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]) -> int | None:
    """The subject of the main clause above ``verb`` when it stands before the verb and
    outside every quotation: who does a participle the parse hung on a clause of the
    quotation after it."""
    tokens = tree.tokens
    top = verb
    for _ in range(CLIMB):
        if tokens[top].head == top:
            break
        top = tokens[top].head
    if tokens[top].head != top or top >= verb:
        return None
    subject = tree.child(top, SUBJECT_DEPS)
    if subject is None or subject > verb or inside(tokens[subject].start, regions):
        return None
    return subject


def _sentence_between(tree: Tree, offset: int, verb: int) -> bool:
    """A sentence ends between text offset ``offset`` and ``verb``: a stop or a line
    break stands there."""
    tokens = tree.tokens
    i = verb - 1
    while i >= 0 and tokens[i].start >= offset:
        if tokens[i].text in SENTENCE_ENDS or "\n" in tokens[i].text:
            return True
        i -= 1
    return False
