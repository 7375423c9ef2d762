"""Clauses joined to a reported content that are attributions of their own.

A content's clause may have another cue verb with a named subject of its own
coordinated after it: "said Wall Street does more to hurt the economy than to help it,
and those voters backed Mr. Sanders", "said she'll bring in more terrorists and Trump
says some of those individuals will be worse". Attribution corpora mark such a clause as
an act of its own and end the content before it. A clause that still reads as reported
stays in: one marked "that" ("… and that he thinks …"), one whose subject is a pronoun
("… and he feels …", the speaker going on) or a share of a polled group ("37 percent say
…, and 22 percent say …", the poll's finding). Of the subordinate clauses only those that
set another's act beside the content in time or manner end it ("… as the heckler
yelled", "… after prosecutors determined …"); a reason or a condition ("… because the
agency did not want …", "… if voters supported him") mostly stays in what was said.
The parse may also hang a clause on a verb that takes none, reading its object as the
clause's subject ("has not endorsed Trump and Kirk withdrew …"): the content is the
object.
"""

from __future__ import annotations

from .cues import QuoteCues
from .grammar import SUBJECT_DEPS, VERB_POS
from .tree import Tree

# Subjects that are shares of a polled group, whose answers the poll reports.
SHARE_ENTITIES = frozenset({"PERCENT", "CARDINAL"})
# What opens a clause that sets another's act beside a content, in time or in manner.
BESIDE_MARKS = frozenset({"as", "after"})
# What marks a coordinated clause as reported: "… and that he thinks …".
REPORTED_MARKS = frozenset({"that"})


def joined_act(tree: Tree, cues: QuoteCues, child: int) -> bool:
    """``child``, a clause after a content's root, is an attribution of its own that
    ends the content: a conjoined cue verb with a named subject of its own ("…, and Trump
    says …") or an adverbial clause ``set_against`` it."""
    tokens = tree.tokens
    token = tokens[child]
    if token.dep == "advcl":
        return set_against(tree, cues, child)
    if token.dep != "conj" or token.pos not in VERB_POS or token.lemma not in cues.cue_verbs:
        return False
    subject = tree.child(child, SUBJECT_DEPS)
    if subject is None:
        return False
    word = tokens[subject]
    if word.pos == "PRON" or word.text.lower() in cues.relative_pronouns:
        return False  # "… and he feels …", "… who agree … but have not …"
    if word.ent_type in SHARE_ENTITIES:
        return False
    return not any(
        tokens[c].dep == "mark" and tokens[c].text.lower() in REPORTED_MARKS
        for c in tree.children[child]
    )


def misread_object(tree: Tree, cues: QuoteCues, root: int) -> tuple[int, int] | None:
    """The object of a verb that takes no clause, which the parse read as the subject of
    a clause coordinated after it: in "Toomey has not endorsed Trump and Kirk withdrew
    his support" the parse hangs "Trump and Kirk withdrew …" on "endorsed" as its clause;
    what Toomey has not endorsed is Trump, and Kirk's withdrawal an act of its own. The
    token range of the first conjunct, or None."""
    tokens = tree.tokens
    if tokens[root].dep != "ccomp":
        return None
    verb = tokens[root].head
    lemma = tokens[verb].lemma
    if lemma not in cues.object_verbs or lemma in cues.speech_verbs or not verb < root:
        return None
    subject = tree.child(root, SUBJECT_DEPS)
    if subject is None or not verb < subject < root:
        return None
    joint = tree.child(subject, ("cc",))
    if joint is None or not subject < joint:
        return None
    return tree.left[subject], joint


def set_against(tree: Tree, cues: QuoteCues, child: int) -> bool:
    """An adverbial clause that sets another's act beside the content ("… as the heckler
    yelled", "… after prosecutors determined …")."""
    tokens = tree.tokens
    token = tokens[child]
    if token.pos not in VERB_POS or token.lemma not in cues.cue_verbs:
        return False
    mark = tree.child(child, ("mark",))
    subject = tree.child(child, SUBJECT_DEPS)
    if mark is None or subject is None or not mark < subject < child:
        return False
    if tokens[mark].text.lower() not in BESIDE_MARKS:
        return False
    word = tokens[subject]
    return word.pos != "PRON" and word.ent_type not in SHARE_ENTITIES
