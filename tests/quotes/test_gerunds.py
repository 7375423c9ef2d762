"""Who does a gerund after a preposition on a passive clause (``quotes.gerunds``): the
passive subject, whom the parse gives no active subject to share."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.gerunds import clause_above, participle_patient, passive_doer
from newsgraph.quotes.subjects import Subjects

# "The senator was booed after telling voters that taxes would rise ."
BOOED = [
    ("The", "the", "DET", "DT", "det", 1),
    ("senator", "senator", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("booed", "boo", "VERB", "VBN", "ROOT", 3),
    ("after", "after", "ADP", "IN", "prep", 3),
    ("telling", "tell", "VERB", "VBG", "pcomp", 4),
    ("voters", "voter", "NOUN", "NNS", "dobj", 5),
    ("that", "that", "SCONJ", "IN", "mark", 10),
    ("taxes", "tax", "NOUN", "NNS", "nsubj", 10),
    ("would", "would", "AUX", "MD", "aux", 10),
    ("rise", "rise", "VERB", "VB", "ccomp", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_the_passive_subject_does_the_gerund() -> None:
    assert passive_doer(tree_of(BOOED), 3) == 1


def test_a_gerund_on_a_passive_clause_is_its_subjects(cues: QuoteCues) -> None:
    assert Subjects(cues).of(tree_of(BOOED), 5) == 1


def test_an_active_clause_has_no_passive_doer() -> None:
    rows = list(BOOED)
    rows[1] = ("senator", "senator", "NOUN", "NN", "nsubj", 3)
    rows[2] = ("was", "be", "AUX", "VBD", "aux", 3)
    assert passive_doer(tree_of(rows), 3) is None


# "The mayor stopped short of endorsing the plan ."
SHORT = [
    ("The", "the", "DET", "DT", "det", 1),
    ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
    ("stopped", "stop", "VERB", "VBD", "ROOT", 2),
    ("short", "short", "ADV", "RB", "advmod", 2),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("endorsing", "endorse", "VERB", "VBG", "pcomp", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("plan", "plan", "NOUN", "NN", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_the_clause_is_found_past_an_adverb_the_phrase_hangs_on() -> None:
    assert clause_above(tree_of(SHORT), 3) == 2


def test_a_gerund_after_an_adverbs_preposition_is_the_clause_subjects(cues: QuoteCues) -> None:
    assert Subjects(cues).of(tree_of(SHORT), 5) == 1


# "Smith was booed , telling reporters that the vote was rigged ."
TELLING = [
    ("Smith", "Smith", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("booed", "boo", "VERB", "VBN", "ROOT", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("telling", "tell", "VERB", "VBG", "advcl", 2),
    ("reporters", "reporter", "NOUN", "NNS", "dobj", 4),
    ("that", "that", "SCONJ", "IN", "mark", 10),
    ("the", "the", "DET", "DT", "det", 8),
    ("vote", "vote", "NOUN", "NN", "nsubjpass", 10),
    ("was", "be", "AUX", "VBD", "auxpass", 10),
    ("rigged", "rig", "VERB", "VBN", "ccomp", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_named_passive_subject_does_the_participle_after_its_clause(cues: QuoteCues) -> None:
    cues = cues
    assert participle_patient(tree_of(TELLING), 4, 2, cues) == 0
    assert Subjects(cues).of(tree_of(TELLING), 4) == 0


def test_a_thing_undergoing_the_passive_does_no_participle(cues: QuoteCues) -> None:
    rows = list(TELLING)
    rows[0] = ("wall", "wall", "NOUN", "NN", "nsubjpass", 2)
    assert Subjects(cues).of(tree_of(rows), 4) is None
