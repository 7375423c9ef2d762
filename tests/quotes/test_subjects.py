"""Who performs a cue verb when the parse misplaces its subject (``quotes.subjects``).

The trees are written out by hand in the shape the parser gives for such sentences, so
each rule is checked on exactly the parse it is for; the end-to-end cases run the parser.
"""

from __future__ import annotations

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.subjects import Subjects
from newsgraph.quotes.tree import Tree
from newsgraph.records import Token

# (text, lemma, pos, tag, dep, head)
Row = tuple[str, str, str, str, str, int]


def _tree(rows: list[Row]) -> Tree:
    tokens = []
    at = 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, at, at + len(text), lemma, pos, tag, dep, head))
        at += len(text) + 1
    return Tree.build(tuple(tokens))


def _subjects() -> Subjects:
    return Subjects(QuoteCues.load())


# "It was n't an accident — Holt , a spokeswoman , told POLITICO that he left ."
# with "told" hung on "was" as a conjunct and no conjunction between them.
ASYNDETIC: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("was", "be", "AUX", "VBD", "ROOT", 1),
    ("n't", "not", "PART", "RB", "neg", 1),
    ("an", "an", "DET", "DT", "det", 4),
    ("accident", "accident", "NOUN", "NN", "attr", 1),
    ("—", "—", "PUNCT", ":", "punct", 4),
    ("Holt", "Holt", "PROPN", "NNP", "appos", 4),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("a", "a", "DET", "DT", "det", 9),
    ("spokeswoman", "spokeswoman", "NOUN", "NN", "appos", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("told", "tell", "VERB", "VBD", "conj", 1),
    ("POLITICO", "POLITICO", "PROPN", "NNP", "dobj", 11),
    ("that", "that", "SCONJ", "IN", "mark", 15),
    ("he", "he", "PRON", "PRP", "nsubj", 15),
    ("left", "leave", "VERB", "VBD", "ccomp", 11),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_clause_joined_without_conjunction_has_the_name_before_it() -> None:
    assert _subjects().of(_tree(ASYNDETIC), 11) == 6  # Holt, not "It"


def test_conjoined_clause_with_a_conjunction_shares_the_first_subject() -> None:
    rows = list(ASYNDETIC)
    rows[5] = ("and", "and", "CCONJ", "CC", "cc", 1)  # "It was … and told …"
    assert _subjects().of(_tree(rows), 11) == 0


# "Two engineers , Lee and Berg , found in 2014 that the bridge was unsafe ." with
# "found" parsed as a reduced clause on "engineers".
FINITE_ACL: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 1),
    ("engineers", "engineer", "NOUN", "NNS", "ROOT", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("Lee", "Lee", "PROPN", "NNP", "appos", 1),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("Berg", "Berg", "PROPN", "NNP", "conj", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("found", "find", "VERB", "VBN", "acl", 1),
    ("in", "in", "ADP", "IN", "prep", 7),
    ("2014", "2014", "NUM", "CD", "pobj", 8),
    ("that", "that", "SCONJ", "IN", "mark", 13),
    ("the", "the", "DET", "DT", "det", 12),
    ("bridge", "bridge", "NOUN", "NN", "nsubj", 13),
    ("was", "be", "AUX", "VBD", "ccomp", 7),
    ("unsafe", "unsafe", "ADJ", "JJ", "acomp", 13),
]


def test_reduced_clause_with_a_clause_of_its_own_is_a_finite_verb() -> None:
    assert _subjects().of(_tree(FINITE_ACL), 7) == 1


def test_reduced_passive_is_no_finite_verb() -> None:
    # "the engineers found in the rubble": no object or clause, a reduced passive
    rows = FINITE_ACL[:10]
    assert _subjects().of(_tree(rows), 7) is None


# "It is hard to imagine him winning ." and "It plans to raise rates ."
EXTRAPOSED: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ("hard", "hard", "ADJ", "JJ", "acomp", 1),
    ("to", "to", "PART", "TO", "aux", 4),
    ("imagine", "imagine", "VERB", "VB", "xcomp", 1),
    ("him", "he", "PRON", "PRP", "nsubj", 6),
    ("winning", "win", "VERB", "VBG", "ccomp", 4),
]
OWN_IT: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("plans", "plan", "VERB", "VBZ", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("raise", "raise", "VERB", "VB", "xcomp", 1),
    ("rates", "rate", "NOUN", "NNS", "dobj", 3),
]


def test_extraposed_it_names_no_one_for_the_infinitive() -> None:
    subjects = _subjects()
    tree = _tree(EXTRAPOSED)
    assert subjects.of(tree, 4) == 0
    assert subjects.extraposed(tree, 4, 0)
    assert not subjects.extraposed(_tree(OWN_IT), 3, 0)  # "It plans to raise"


def test_asked_by_someone_names_the_asker(spans, by_cue) -> None:
    text = "Asked by the host whether she would run again, the senator said she had not decided."
    asked = by_cue(spans(text), "Asked")
    assert asked.speaker_text == "the host"


def test_extraposed_infinitive_keeps_its_content_without_a_speaker(spans, by_cue) -> None:
    say = by_cue(spans("It is fair to say that the port will close."), "to say")
    assert say.text == "that the port will close"
    assert say.speaker_start is None


def test_participle_after_with_and_its_noun_is_that_nouns(spans, by_cue) -> None:
    text = "The meeting ended with the mayor asking the council whether the port would close."
    assert by_cue(spans(text), "asking").speaker_text == "the mayor"
    # an object that only measures the time the subject spent does not speak
    text = "The mayor spent the day asking the council whether the port would close."
    assert by_cue(spans(text), "asking").speaker_text == "The mayor"
