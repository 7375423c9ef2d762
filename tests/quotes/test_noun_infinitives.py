"""An infinitive the parse hung on its clause's object that reports a clause is the clause
subject's (``infinitives.noun_infinitive``): "have no evidence to suggest that …"."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.infinitives import noun_infinitive
from newsgraph.quotes.subjects import Subjects

# "Investigators have no evidence to suggest that the senator lied ."
EVIDENCE = [
    ("Investigators", "investigator", "NOUN", "NNS", "nsubj", 1),
    ("have", "have", "VERB", "VBP", "ROOT", 1),
    ("no", "no", "DET", "DT", "det", 3),
    ("evidence", "evidence", "NOUN", "NN", "dobj", 1),
    ("to", "to", "PART", "TO", "aux", 5),
    ("suggest", "suggest", "VERB", "VB", "acl", 3),
    ("that", "that", "SCONJ", "IN", "mark", 9),
    ("the", "the", "DET", "DT", "det", 8),
    ("senator", "senator", "NOUN", "NN", "nsubj", 9),
    ("lied", "lie", "VERB", "VBD", "ccomp", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_infinitive_reporting_a_clause_on_a_noun_is_found() -> None:
    assert noun_infinitive(tree_of(EVIDENCE), 5)


def test_the_clause_subject_does_the_infinitive_on_its_object(cues: QuoteCues) -> None:
    assert Subjects(cues).of(tree_of(EVIDENCE), 5) == 0


# "I had the opportunity to see the show ."
OPPORTUNITY = [
    ("I", "I", "PRON", "PRP", "nsubj", 1),
    ("had", "have", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("opportunity", "opportunity", "NOUN", "NN", "dobj", 1),
    ("to", "to", "PART", "TO", "aux", 5),
    ("see", "see", "VERB", "VB", "acl", 3),
    ("the", "the", "DET", "DT", "det", 7),
    ("show", "show", "NOUN", "NN", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_infinitive_reporting_no_clause_is_no_ones(cues: QuoteCues) -> None:
    assert not noun_infinitive(tree_of(OPPORTUNITY), 5)
    assert Subjects(cues).of(tree_of(OPPORTUNITY), 5) is None
