"""A reported clause the parse made the head of its cue (``quotes.detached``).

The trees are written out by hand in the shape the small parser gives such sentences, so
each rule is checked on exactly the parse it is for.
"""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.detached import host_clause

# "Days after Olsen told the Herald he was not ready ." with "told" hung on "was".
OLSEN = [
    ("Days", "day", "NOUN", "NNS", "npadvmod", 3),
    ("after", "after", "SCONJ", "IN", "mark", 3),
    ("Olsen", "Olsen", "PROPN", "NNP", "nsubj", 3),
    ("told", "tell", "VERB", "VBD", "advcl", 7),
    ("the", "the", "DET", "DT", "det", 5),
    ("Herald", "Herald", "PROPN", "NNP", "dobj", 3),
    ("he", "he", "PRON", "PRP", "nsubj", 7),
    ("was", "be", "AUX", "VBD", "ROOT", 7),
    ("not", "not", "PART", "RB", "neg", 7),
    ("ready", "ready", "ADJ", "JJ", "acomp", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_the_clause_after_the_cue_it_was_made_head_of_is_reported() -> None:
    assert host_clause(tree_of(OLSEN), 3) == (6, 11)


def test_an_as_aside_is_read_by_the_layout() -> None:
    rows = list(OLSEN)
    rows[1] = ("as", "as", "SCONJ", "IN", "mark", 3)
    assert host_clause(tree_of(rows), 3) is None


def test_a_cue_with_a_clause_of_its_own_reports_that_one() -> None:
    rows = list(OLSEN)
    rows[5] = ("so", "so", "ADV", "RB", "ccomp", 3)
    assert host_clause(tree_of(rows), 3) is None
