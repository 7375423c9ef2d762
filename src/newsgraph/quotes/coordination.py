"""Which clause a predicate the parse coordinated or listed shares its subject with.

The small parser often hangs a conjoined predicate on a verb inside the first one's
complement ("Kasich says he'd sit Putin down and tells the crowd …": "tells" goes with
"says", the verb of its own form), coordinates the second clause's subject with the
first one's object ("prosecutors charged him with murder and Emanuel fired his chief"),
and reads predicates listed with commas as a clause the next one reports ("Trump summed
up Clinton as “terrible,” denounced her record …").
"""

from __future__ import annotations

from collections.abc import Collection

from .candidates import DASHES
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
# Brackets that set an aside off ('(although he allowed that …)'; dashes do too: '- “…,”
# he said -', ``DASHES``), and what may stand between the aside's end and the predicate
# after it ("- and vowed").
OPENING_BRACKET = "("
CLOSING_BRACKET = ")"
ASIDE_GAP_POS = frozenset({"CCONJ", "ADV", "PUNCT"})
CONJUNCT_CLIMB = 6
# What the last of listed predicates takes after it, so that it is no inverted cue
# ('“…,” said X'): an object ("denounced her record") or a clause ("suggested that …").
LISTED_OBJECT_DEPS = frozenset({"dobj", "ccomp"})
# An auxiliary that makes a predicate finite ("have said", "will accuse"), and where the
# parse puts a second clause's subject it took for the first one's object.
FINITE_AUX_TAGS = FINITE_TAGS | {"MD"}
OPENED_OBJECT_DEPS = frozenset({"dobj"})
# How the tagger marks a relative pronoun ("who", "which", "that" opening a clause).
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def conjunct(tree: Tree, verb: int) -> int:
    """The verb a conjoined predicate without a subject shares its subject with: the
    nearest one above in the same form. The parse often hangs the predicate on a verb
    inside the first one's complement: in "Kasich says he'd sit Putin down and tells
    the crowd …", "tells" goes with "says", not "sit"; "have characterized … and say"
    match through the auxiliary."""
    tokens = tree.tokens
    head = tokens[verb].head
    forms = _forms(tree, verb)
    if forms and (before := _before_aside(tree, verb, head, forms)) is not None:
        return before
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


def _before_aside(tree: Tree, verb: int, head: int, forms: frozenset[str]) -> int | None:
    """The predicate before an aside set off by dashes or brackets that the parse took for
    the first conjunct: in 'He has fulminated against the plans - “I love Oreos,” he
    said - and vowed to …' "vowed" goes with "fulminated", not with the aside's "said";
    likewise "called them “rapists” (although he allowed that …) and promised …"."""
    tokens = tree.tokens
    if head > verb or tokens[head].sent != tokens[verb].sent:
        return None
    closer = verb - 1
    while (
        closer > head and tokens[closer].pos in ASIDE_GAP_POS and not _closes(tokens[closer].text)
    ):
        closer -= 1
    if closer <= head or not _closes(tokens[closer].text):
        return None
    opener = head - 1
    while opener >= 0 and tokens[opener].sent == tokens[verb].sent:
        if _opens(tokens[opener].text, tokens[closer].text):
            break
        if _closes(tokens[opener].text):
            return None
        opener -= 1
    else:
        return None  # no opening mark in the sentence
    for i in range(opener - 1, -1, -1):
        if tokens[i].sent != tokens[verb].sent:
            return None
        if tokens[i].pos in VERB_POS and forms & _forms(tree, i):
            return i
    return None


def _closes(text: str) -> bool:
    return text == CLOSING_BRACKET or text in DASHES


def _opens(text: str, closer: str) -> bool:
    """``text`` opens the aside ``closer`` ends: a bracket a bracket, a dash a dash."""
    return text == OPENING_BRACKET if closer == CLOSING_BRACKET else text in DASHES


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
    in "prosecutors charged the officer with murder and Emanuel fired his chief", "the Post
    will brand you a liar and NBC News will accuse you", the name right before the finite
    verb (or its finite auxiliary), not the first clause's subject. A noun the parse made
    a second object of the first verb is the subject too when a conjunction opens it:
    "Sanders crushed Clinton, but the state's senator, Jeanne Shaheen, had endorsed her"."""
    tokens = tree.tokens
    if not _finite(tree, verb):
        return None
    j = verb - 1
    while j >= 0 and tokens[j].head == verb and tokens[j].dep in ADVERBIAL_DEPS:
        j -= 1
    if j <= 0 or tokens[j].sent != tokens[verb].sent:
        return None
    if tokens[j].dep == "conj" and tokens[j].pos in NAME_POS and tokens[j].head < j:
        return j
    return _opened_object(tree, j, verb)


def _opened_object(tree: Tree, j: int, verb: int) -> int | None:
    """The head of a noun phrase ending at ``j`` that a coordinating conjunction opens
    and the parse took for an object of a verb before it that has an object already."""
    tokens = tree.tokens
    noun = j
    for _ in range(CONJUNCT_CLIMB):
        head = tokens[noun].head
        if head == noun or head >= verb or tree.right[head] != j:
            break
        noun = head
    if tokens[noun].pos not in NAME_POS or tokens[noun].dep not in OPENED_OBJECT_DEPS:
        return None
    first = tree.left[noun]
    if first == 0 or tokens[first - 1].dep != "cc" or tokens[first - 1].sent != tokens[j].sent:
        return None
    above = tokens[noun].head
    if not any(tokens[c].dep in OPENED_OBJECT_DEPS and c < first - 1 for c in tree.children[above]):
        return None
    return noun


def _finite(tree: Tree, verb: int) -> bool:
    """A finite verb, or one with a finite auxiliary: "said", "have said", "will accuse"."""
    tokens = tree.tokens
    if tokens[verb].tag in FINITE_TAGS:
        return True
    return any(
        tokens[c].dep == "aux" and tokens[c].tag in FINITE_AUX_TAGS and c < verb
        for c in tree.children[verb]
    )


def _forms(tree: Tree, verb: int) -> frozenset[str]:
    """The finite forms a verb shows, past tense and participle as one ("denounced … and
    called"): its own tag and its auxiliaries'; none for a base form or a non-verb."""
    tokens = tree.tokens
    tags = [tokens[verb].tag] + [
        tokens[c].tag for c in tree.children[verb] if tokens[c].dep == "aux"
    ]
    return frozenset(PAST if tag in PAST_TAGS else tag for tag in tags if tag in FORM_TAGS)


def bare_adverbial(
    tree: Tree, verb: int, subject_deps: Collection[str] = CLAUSE_SUBJECT_DEPS
) -> bool:
    """A finite verb the parse hung on an earlier verb as an adverbial clause with neither
    a subject (``subject_deps``) nor any word of its own before it (an opening "when",
    "as", "after"): a predicate listed after a clause, or one whose opening conjunction
    the parse read as a preposition."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.dep != "advcl" or token.tag not in FINITE_TAGS or token.head > verb:
        return False
    return not any(tokens[c].dep in subject_deps or c < verb for c in tree.children[verb])


def listed_in_clause(tree: Tree, verb: int) -> int | None:
    """The subject of the adverbial clause right before a finite predicate the parse hung
    on the main verb as an adverbial clause of its own, with neither a subject nor a
    conjunction opening it: in "the only time she came up was when Kelly speculated about
    X, referred to Y and considered Z" Kelly refers and considers, not "the only time"."""
    tokens = tree.tokens
    token = tokens[verb]
    if not bare_adverbial(tree, verb):
        return None
    comma = tree.left[verb] - 1
    if comma <= 0 or tokens[comma].text != ",":
        return None
    earlier = next(
        (
            c
            for c in tree.children[token.head]
            if tokens[c].dep == "advcl" and c < verb and tree.right[c] in (comma - 1, comma)
        ),
        None,
    )
    if earlier is None or tokens[earlier].tag not in FINITE_TAGS:
        return None
    subject = tree.child(earlier, SUBJECT_DEPS)
    if subject is None or tokens[subject].pos not in NAME_POS or subject > earlier:
        return None
    return subject


def listed_after_relative(tree: Tree, verb: int) -> int | None:
    """The relative pronoun subject of the relative clause right before the comma that
    precedes a conjoined predicate of the same form the parse hung on the main clause:
    in "X is a man who fights with reporters, claims that …, and asserts that …" the
    one who fights claims and asserts, not the main clause's subject."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.dep != "conj" or token.head > verb or not _finite(tree, verb):
        return None
    comma = tree.left[verb] - 1
    if comma <= 0 or tokens[comma].text != ",":
        return None
    node = comma - 1
    for _ in range(CONJUNCT_CLIMB):
        if node == token.head or tokens[node].head == node:
            return None
        if tokens[node].pos in VERB_POS and tokens[node].dep == "relcl":
            break
        node = tokens[node].head
    else:
        return None
    if tokens[node].dep != "relcl" or not _forms(tree, verb) & _forms(tree, node):
        return None
    subject = tree.child(node, SUBJECT_DEPS)
    if subject is None or tokens[subject].tag not in RELATIVE_TAGS or subject > node:
        return None
    return subject
