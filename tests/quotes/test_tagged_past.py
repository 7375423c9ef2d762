"""A past tense the parse hung on its subject as a reduced clause (``quotes.orphans``).

The tree is written out by hand in the shape the small parser gives such sentences, so
the rule is checked on exactly the parse it is for.
"""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.orphans import tagged_past_predicate
from newsgraph.quotes.subjects import Subjects

# (text, lemma, pos, tag, dep, head)
Row = tuple[str, str, str, str, str, int]

# "Before the vote , a coalition of farmers called for a recount , and the clerk rejected
# it ." with "called" hung on "coalition" as a reduced clause.
FARMERS: list[Row] = [
    ("Before", "before", "ADP", "IN", "prep", 16),
    ("the", "the", "DET", "DT", "det", 2),
    ("vote", "vote", "NOUN", "NN", "pobj", 0),
    (",", ",", "PUNCT", ",", "punct", 16),
    ("a", "a", "DET", "DT", "det", 5),
    ("coalition", "coalition", "NOUN", "NN", "nsubj", 16),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("farmers", "farmer", "NOUN", "NNS", "pobj", 6),
    ("called", "call", "VERB", "VBD", "acl", 5),
    ("for", "for", "ADP", "IN", "prep", 8),
    ("a", "a", "DET", "DT", "det", 11),
    ("recount", "recount", "NOUN", "NN", "pobj", 9),
    (",", ",", "PUNCT", ",", "punct", 5),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("the", "the", "DET", "DT", "det", 15),
    ("clerk", "clerk", "NOUN", "NN", "conj", 5),
    ("rejected", "reject", "VERB", "VBD", "ROOT", 16),
    ("it", "it", "PRON", "PRP", "dobj", 16),
    (".", ".", "PUNCT", ".", "punct", 16),
]


def test_a_tagged_past_tense_on_the_subject_is_its_predicate(cues: QuoteCues) -> None:
    tree = tree_of(FARMERS)
    assert tagged_past_predicate(tree, 8)
    assert Subjects(cues).of(tree, 8) == 5  # the coalition calls for it


def test_a_participle_tag_keeps_the_reduced_clause() -> None:
    rows = list(FARMERS)
    rows[8] = ("called", "call", "VERB", "VBN", "acl", 5)
    assert not tagged_past_predicate(tree_of(rows), 8)


def test_a_noun_that_is_an_object_does_not_perform_it() -> None:
    rows = list(FARMERS)
    rows[5] = ("coalition", "coalition", "NOUN", "NN", "dobj", 16)
    assert not tagged_past_predicate(tree_of(rows), 8)


def test_a_naming_call_is_a_reduced_clause() -> None:
    rows = list(FARMERS)
    rows[9] = ("Harvest", "Harvest", "PROPN", "NNP", "oprd", 8)
    assert not tagged_past_predicate(tree_of(rows), 8)
