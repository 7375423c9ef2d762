"""Which clause a predicate the parse coordinated or listed shares its subject with.

The small parser often hangs a conjoined predicate on a verb inside the first one's
complement ("Kasich says he'd sit Putin down and tells the crowd …": "tells" goes with
"says", the verb of its own form), coordinates the second clause's subject with the
first one's object ("prosecutors charged him with murder and Emanuel fired his chief"),
and reads predicates listed with commas as a clause the next one reports ("Trump summed
up Clinton as “terrible,” denounced her record …").
"""

from __future__ import annotations

from .grammar import (
    ADVERBIAL_DEPS,
    CLAUSE_SUBJECT_DEPS,
    FINITE_TAGS,
    NAME_POS,
    PAST_TAGS,
    SUBJECT_DEPS,
    VERB_POS,
)
from .tree import Tree

# The forms two conjoined predicates share ("said … and called", "has denounced … and
# called"); a past tense and a participle count as one, the tagger confuses them.
FORM_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VBG", "MD"})
PAST = "past"
CONJUNCT_CLIMB = 6
# What the last of listed predicates takes after it, so that it is no inverted cue
# ('“…,” said X'): an object ("denounced her record") or a clause ("suggested that …").
LISTED_OBJECT_DEPS = frozenset({"dobj", "ccomp"})


def conjunct(tree: Tree, verb: int) -> int:
    """The verb a conjoined predicate without a subject shares its subject with: the
    nearest one above in the same form. The parse often hangs the predicate on a verb
    inside the first one's complement: in "Kasich says he'd sit Putin down and tells
    the crowd …", "tells" goes with "says", not "sit"; "have characterized … and say"
    match through the auxiliary."""
    tokens = tree.tokens
    head = tokens[verb].head
    forms = _forms(tree, verb)
    if not forms or forms & _forms(tree, head):
        return head
    above = head
    for _ in range(CONJUNCT_CLIMB):
        if tokens[above].head == above:
            break
        above = tokens[above].head
        if tokens[above].pos in VERB_POS and forms & _forms(tree, above):
            return above
    return head


def listed_predicate(tree: Tree, verb: int) -> int | None:
    """The subject of the first of predicates listed with commas, which the parse made a
    clause reported by the next one: in "Trump summed up Clinton as “terrible,”
    denounced her record and said …" Trump denounced, in "He pledged …, suggested that
    …" he suggested; the next takes an object or a clause, so it is no inverted "“…,”
    said X"."""
    tokens = tree.tokens
    kids = tree.children[verb]
    if tokens[verb].tag not in FINITE_TAGS:
        return None
    if any(tokens[c].dep in CLAUSE_SUBJECT_DEPS for c in kids):
        return None
    if not any(tokens[c].dep in LISTED_OBJECT_DEPS and c > verb for c in kids):
        return None
    clause = next((c for c in kids if tokens[c].dep == "ccomp" and c < verb), None)
    if clause is None or tokens[clause].pos not in VERB_POS:
        return None
    subject = tree.child(clause, SUBJECT_DEPS)
    between = tokens[tree.right[clause] + 1 : verb]
    if subject is None or not subject < clause or not between:
        return None
    # "…, then says he'll welcome advice": the verb's own adverb may follow the comma
    if any(t.pos != "PUNCT" and not (t.head == verb and t.dep == "advmod") for t in between):
        return None
    return subject if any(t.text == "," for t in between) else None


def coordinated_subject(tree: Tree, verb: int) -> int | None:
    """The subject of a conjoined clause the parse coordinated with the object before it:
    in "prosecutors charged the officer with murder and Emanuel fired his chief", the
    name right before the finite verb, not the first clause's subject."""
    tokens = tree.tokens
    if tokens[verb].tag not in FINITE_TAGS:
        return None
    j = verb - 1
    while j >= 0 and tokens[j].head == verb and tokens[j].dep in ADVERBIAL_DEPS:
        j -= 1
    if j <= 0 or tokens[j].dep != "conj" or tokens[j].pos not in NAME_POS:
        return None
    if tokens[j].head >= j or tokens[j].sent != tokens[verb].sent:
        return None
    return j


def _forms(tree: Tree, verb: int) -> frozenset[str]:
    """The finite forms a verb shows, past tense and participle as one ("denounced … and
    called"): its own tag and its auxiliaries'; none for a base form or a non-verb."""
    tokens = tree.tokens
    tags = [tokens[verb].tag] + [
        tokens[c].tag for c in tree.children[verb] if tokens[c].dep == "aux"
    ]
    return frozenset(PAST if tag in PAST_TAGS else tag for tag in tags if tag in FORM_TAGS)
