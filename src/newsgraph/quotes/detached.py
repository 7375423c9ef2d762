"""A reported clause the parse hung below a phrase of its cue instead of on the cue.

"Estrosi said in one of a series of messages that the truck was carrying arms",
"Kasich predicted at the debate that Republicans will win", "had decided, after so many
months, that there was no upside": a prepositional phrase or an adverb between the cue
and "that" draws the clause onto its noun (as a noun's complement or a relative clause)
or onto the verb as an adverbial clause, and the cue seems to report nothing. The clause
is the cue's when nothing but that phrase stands between them (no other verb and no
sentence break) and it hangs on the cue through that phrase only. The parse may also
make the reported clause the head of its cue ("after Trump told the Post he was not
ready", the cue hung on "was"): the clause starting right after the cue's object is then
the cue's (``host_clause``).
"""

from __future__ import annotations

from .grammar import CLAUSE_DEPS, CLAUSE_POS, CLAUSE_SUBJECT_DEPS, FINITE_TAGS, SUBJECT_DEPS
from .tree import Tree

# Words that open a reported clause as its complementiser.
COMPLEMENTISERS = frozenset({"that"})
# Where the parse hangs such a clause below the cue's phrase.
DETACHED_DEPS = frozenset({"acl", "ccomp", "advcl", "relcl", "dep", "appos"})
# Between the cue and "that": the cue's own phrase, no clause of another verb.
BETWEEN_BREAKS = frozenset({"VERB", "AUX"})
SENTENCE_MARKS = frozenset({".", "!", "?", ";", ":"})
# Where a relative "that" fills a slot of its clause, which is then no complete one.
RELATIVE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# The links of an adverbial phrase of the cue the clause may hang below.
PHRASE_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod"})
# At most this many words of the cue's phrase before "that".
MAX_BETWEEN = 12
# How the parse hangs a cue on the clause it reports when it takes that clause for the
# sentence's own ("after Trump told the Post he was …"), and the word opening an aside
# ("As the Post noted, …").
HOST_DEP = "advcl"
ASIDE_MARK = "as"


def detached_clause(tree: Tree, verb: int) -> tuple[int, int] | None:
    """The token range of a "that" clause reported by ``verb`` but hung below one of its
    phrases, from "that" to the clause's end, or None."""
    tokens = tree.tokens
    end = min(tree.right[verb] + 1, verb + MAX_BETWEEN + 2)
    for i in range(verb + 1, end):
        token = tokens[i]
        if token.sent != tokens[verb].sent:
            return None
        if token.text.lower() in COMPLEMENTISERS:
            return _clause(tree, verb, i)
        if token.pos in BETWEEN_BREAKS or token.text in SENTENCE_MARKS:
            return None
    return None


def host_clause(tree: Tree, verb: int) -> tuple[int, int] | None:
    """The reported clause the parse made the head of its cue, hanging the cue on it as
    an adverbial clause: in "three days after Trump told the Post he was not there yet"
    the clause "he was not there yet" starts right after the cue's object; its range from
    its subject to its end, or None. A cue that has a complement of its own, one set off
    by a comma, or an "as" aside ("As the Post noted, …", read by ``layout``) is no such
    cue."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.dep != HOST_DEP or token.head <= verb or token.tag not in FINITE_TAGS:
        return None
    if tree.child(verb, CLAUSE_DEPS) is not None or tree.child(verb, SUBJECT_DEPS) is None:
        return None  # a complement of its own, or no subject of its own
    marks = (tokens[c] for c in tree.children[verb] if tokens[c].dep == "mark")
    if any(m.text.lower() == ASIDE_MARK for m in marks):
        return None
    head = token.head
    subject = tree.child(head, CLAUSE_SUBJECT_DEPS)
    if subject is None or tree.left[subject] != tree.right[verb] + 1:
        return None
    if tokens[tree.right[verb]].pos == "PUNCT":
        return None
    return tree.left[subject], tree.right[head] + 1


def _clause(tree: Tree, verb: int, mark: int) -> tuple[int, int] | None:
    """The clause "that" opens, when it is complete without "that": the parse may
    also read "that" as a relative pronoun in a slot the clause has filled ("alleged in
    the suit that Trump earned $5 million from …": "that" hung as the object of "from")."""
    tokens = tree.tokens
    head = _clause_head(tree, mark)
    if head is None or tokens[head].pos not in CLAUSE_POS:
        return None
    if tokens[head].dep not in DETACHED_DEPS:
        return None
    # "that" opens the clause ("soon after that …": another complementiser may precede)
    if any(tokens[i].dep != "mark" for i in range(tree.left[head], mark)):
        return None
    if not any(tokens[c].dep in CLAUSE_SUBJECT_DEPS and c != mark for c in tree.children[head]):
        return None
    if tokens[mark].dep != "mark" and tokens[tokens[head].head].dep != "pobj":
        return None  # "responded the same way that we must": a bare noun's relative clause
    # the clause hangs on the cue through its adverbial phrase only ("in the suit", "at
    # the time"), not on an object noun it completes ("denied the notion that …")
    above = tokens[head].head
    for _ in range(MAX_BETWEEN):
        if above == verb:
            return mark, tree.right[head] + 1
        if tokens[above].dep not in PHRASE_DEPS or tokens[above].head == above:
            return None
        above = tokens[above].head
    return None


def _clause_head(tree: Tree, mark: int) -> int | None:
    """The verb of the clause "that" opens: its head as a complementiser, else the
    nearest verb above it as a relative word in no subject or object slot."""
    tokens = tree.tokens
    token = tokens[mark]
    if token.dep == "mark":
        return token.head if token.head > mark else None
    if token.dep in RELATIVE_ARGUMENT_DEPS and not _slot_filled(tree, mark):
        return None  # "the suit that named him": "that" is the clause's own subject
    head = token.head
    for _ in range(3):
        if head <= mark or tokens[head].head == head:
            return None
        if tokens[head].pos in CLAUSE_POS and tokens[head].dep in DETACHED_DEPS:
            return head
        head = tokens[head].head
    return None


def _slot_filled(tree: Tree, mark: int) -> bool:
    """Whether the slot the parse gave "that" is filled by another word of its verb too
    ("predicted at the debate that Republicans will take every state": "that" read as
    the object of "take", which has one): then "that" only opens the clause."""
    tokens = tree.tokens
    head, dep = tokens[mark].head, tokens[mark].dep
    if head <= mark or tokens[head].pos not in CLAUSE_POS:
        return False
    return any(c != mark and tokens[c].dep == dep for c in tree.children[head])
