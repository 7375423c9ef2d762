"""The speaker standing outside a quotation, when the parse took words of it for the
subject: after an inverted cue ('“…,” said Grimm'), between a quotation and its cue
('“…,” Trump, the front-runner, said'), or, when the quotation follows a participle
the parse hung inside it ("Clinton seemed ready to joke about it, telling the crowd,
“Some people get carried away …”"), the subject of the clause the participle is set off
from, never the listener after the cue. A cue the parse left without a subject after a
quotation has the name between them ('“…,” Bill Eastland, wearing a hat, said'); and a
news medium quoting its own words ('the Globe wrote: "Ruiz said …"') relays no one named
inside them.
"""

from __future__ import annotations

from .candidates import inside
from .grammar import NAME_POS, NAME_PREFIX_DEPS, PASSIVE_DEPS, SENTENCE_ENDS, SUBJECT_DEPS
from .marks import QuotedRegion
from .tree import Tree

# A finite clause's subject, active or passive.
FINITE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a quotation's words end when a speech tag follows them: '“…,” X said', '“…?” X
# asked'.
TAG_OPENERS = (",", "?", "!")
# A relayed act's verb read as an adverb ("449 back Clinton"); a verb read as a noun
# ("the ministry “denounces” it") is still an act.
ADVERB = "ADV"
# How a passive hangs the participle of its subject's speech: "heard asking", "quoted as
# saying".
SPEAKING_DEPS = frozenset({"xcomp", "advcl", "pcomp"})
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
    closing = _closing_before(tree, verb, regions)
    if closing is not None:
        between = _name_from(tree, closing, verb)
        if between is not None:
            return between
    else:
        main = main_subject(tree, verb, regions)
        if main is not None:
            return main
    after = subject_after(tree, verb)
    if after is not None and not inside(tokens[after].start, regions):
        return after
    return None


def name_between(
    tree: Tree, verb: int, text: str, quotation: QuotedRegion, closing_chars: str
) -> int | None:
    """The name between a quotation and a cue the parse gave no subject, the name hung
    in the quotation's clause: '“…,” Texas delegate Bill Eastland, wearing a hat, said'.
    Only after a quotation that leaves its sentence open for a tag ('“…,”', '“…?”'): after
    '“…unfit.”' a new sentence starts; and a passive's subject was heard ('“…,” until
    gunshots are heard'), it did not speak, unless the passive reports its speech ('“…?”
    a reporter can be heard asking'). ``closing_chars``: the cues' closing marks."""
    words = text[quotation.start : quotation.end].rstrip(closing_chars + " ")
    if not words.endswith(TAG_OPENERS) or _sentence_between(tree, quotation.end, verb):
        return None
    if tree.tokens[verb].dep != "ROOT":
        return None  # '“…,” McCain said, asked about it': "said" tags the quotation
    if tree.child(verb, PASSIVE_DEPS) is not None and not _heard_speaking(tree, verb):
        return None
    return _name_from(tree, quotation.end, verb)


def _heard_speaking(tree: Tree, verb: int) -> bool:
    """A passive that reports its subject's own speech: "is quoted as saying", "can be
    heard asking"."""
    tokens = tree.tokens
    return any(
        tokens[d].tag == "VBG" and tokens[d].dep in SPEAKING_DEPS
        for c in tree.children[verb]
        for d in (c, *tree.children[c])
        if c > verb
    )


def _closing_before(tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]) -> int | None:
    """Where the last quotation before ``verb`` in its sentence ends."""
    closing = max((r.end for r in regions if r.end <= tree.tokens[verb].start), default=None)
    if closing is not None and _sentence_between(tree, closing, verb):
        return None  # a quotation of an earlier sentence is not this cue's
    return closing


def _name_from(tree: Tree, closing: int, verb: int) -> int | None:
    """The first name after text offset ``closing`` and before ``verb``, as its head."""
    tokens = tree.tokens
    i = verb - 1
    while i > 0 and tokens[i - 1].start >= closing:
        i -= 1
    for j in range(i, verb):
        if tokens[j].pos in NAME_POS:
            while tokens[j].dep in NAME_PREFIX_DEPS and j < tokens[j].head < verb:
                j = tokens[j].head
            return j
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


def unquoted_relay(
    relay: tuple[int, int, int] | None, tree: Tree, regions: tuple[QuotedRegion, ...]
) -> tuple[int, int, int] | None:
    """A relayed speaker only when named outside every quotation: in 'KCNA said the
    ministry “denounces” …' the medium relays the ministry's act, but in 'the Free Press
    wrote: “Sanders said he …”' the quotation is the paper's own words. Nor when the
    relayed act is read as an adverb: in "a survey found that 449 back Clinton" the
    survey's finding is no one else's act."""
    if relay is None or inside(tree.tokens[relay[2]].start, regions):
        return None
    if tree.tokens[tree.tokens[relay[2]].head].pos == ADVERB:
        return None  # "a survey found that 449 back Clinton": "back" read as an adverb
    return relay
