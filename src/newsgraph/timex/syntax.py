"""Reading the dependency parse around a time expression: its head, the verb that governs it,
that verb's tense, and the word the expression modifies.

The tense decides which way an underspecified date lies from the DCT; the attachment decides
which event a date belongs to. Both are read from spaCy's English dependency labels.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Token
from .anchor import Tense

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_PERFECT = frozenset({"have", "has", "'ve"})
_ATTACH_DEPS = frozenset({"npadvmod", "tmod", "obl", "advmod", "nmod"})
INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "csubj", "acl", "ccomp", "relcl", "conj"})
_CHAIN_DEPS = frozenset({"xcomp", "aux", "auxpass", "conj", "ccomp", "advcl", "acomp"})


def span_head(tokens: Sequence[Token], first: int, last: int) -> Token:
    """The token of ``first:last`` whose head lies outside it (the phrase's syntactic head)."""
    for i in range(first, last):
        head = tokens[i].head
        if head == i or not first <= head < last:
            return tokens[i]
    return tokens[first]


def governing_verb(tokens: Sequence[Token], head: Token) -> Token | None:
    """The nearest verb above ``head`` that is not an auxiliary."""
    verb = head
    for _ in range(8):
        if verb.pos in ("VERB", "AUX") and verb.dep not in ("aux", "auxpass"):
            return verb
        if verb.head == verb.i:
            return None
        verb = tokens[verb.head]
    return None


def tense(tokens: Sequence[Token], children: list[list[int]], head: Token) -> Tense:
    """Tense of the nearest verb above ``head``: past (VBD, perfect), future (will, expect to)."""
    verb = governing_verb(tokens, head)
    if verb is None:
        return "none"
    auxes = [tokens[i] for i in children[verb.i] if tokens[i].dep in ("aux", "auxpass")]
    lowered = {a.text.lower() for a in auxes}
    if lowered & _FUTURE_AUX:
        return "future"
    if "would" in lowered and not lowered & _PERFECT:
        return "near"  # the future of a past ("said he would travel Thursday"): either side
    if verb.tag == "VB" and "to" in lowered:
        return infinitive(tokens, children, verb)
    if verb.tag == "VBD" or any(a.tag == "VBD" for a in auxes) or lowered & _PERFECT:
        return "past"
    if verb.tag == "VBN" and not auxes:
        return "past"
    if verb.tag == "VBG" and not auxes and verb.dep in INFINITIVE_DEPS and verb.head != verb.i:
        # A participle clause ("..., rising to a high in June") shares its verb's time.
        above = governing_verb(tokens, tokens[verb.head])
        if above is not None and above.i != verb.i:
            return tense(tokens, children, above)
    return "present" if verb.tag in ("VBZ", "VBP", "VBG", "VBN") else "none"


def infinitive(tokens: Sequence[Token], children: list[list[int]], verb: Token) -> Tense:
    """An infinitive looks ahead from the verb it hangs from: from a past one ("staged rallies
    to mark the entry on Friday", "agreed to meet Friday") either side of the DCT is possible,
    from a present or future one ("expects to close in March") only the future."""
    if verb.head == verb.i or verb.dep not in INFINITIVE_DEPS:
        return "future"
    above = governing_verb(tokens, tokens[verb.head])
    if above is None or above.i == verb.i:
        return "future"
    outer = tense(tokens, children, above)
    return "near" if outer in ("past", "near") else "future"


def governors(tokens: Sequence[Token], trigger: int) -> set[int]:
    """The trigger, its auxiliaries, and the verb chain above it within the sentence."""
    out = {trigger}
    node = tokens[trigger]
    for _ in range(6):
        out.update(t.i for t in tokens if t.head == node.i and t.dep in ("aux", "auxpass"))
        if node.dep not in _CHAIN_DEPS or node.head == node.i:
            break
        node = tokens[node.head]
        out.add(node.i)
    return out


def attachment(tokens: Sequence[Token], head: Token) -> int | None:
    """The word a time expression modifies: its head, or the head of its preposition."""
    if head.dep == "pobj":
        prep = tokens[head.head]
        return prep.head if prep.dep == "prep" else None
    if head.dep in _ATTACH_DEPS or head.dep == "poss" or head.dep == "compound":
        return head.head
    return None


def possessor_attachment(tokens: Sequence[Token], head: Token) -> int | None:
    """The word a phrase modifies when a time expression is its possessor or compound
    ("at this week's summit", "after the Monday vote"): the attachment of the possessed
    noun, when that noun is a preposition's object or an adverbial noun."""
    if head.dep not in ("poss", "compound") or head.head == head.i:
        return None
    noun = tokens[head.head]
    if noun.dep == "pobj" or noun.dep in _ATTACH_DEPS:
        return attachment(tokens, noun)
    return None


def stranded_preposition(tokens: Sequence[Token], first: int) -> int | None:
    """The word a preposition right before a time expression modifies, when the parse left
    that preposition without an object: in "but in June leader Kim signed ..." the parser
    reads "June" as part of the subject's name, so "in" hangs from "signed" alone."""
    if first == 0:
        return None
    prep = tokens[first - 1]
    if prep.dep != "prep" or prep.sent != tokens[first].sent:
        return None
    if any(t.head == prep.i and t.dep == "pobj" for t in tokens[prep.i + 1 : prep.i + 12]):
        return None
    return prep.head
