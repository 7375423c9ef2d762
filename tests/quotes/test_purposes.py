"""A purpose infinitive of a speaker already quoted is no quote of its own
(``quotes.purposes``): "…, speaking anonymously to discuss the talks"."""

from __future__ import annotations

from parse_rows import tokens_of, tree_of

from newsgraph.quotes.candidates import Candidate
from newsgraph.quotes.purposes import drop_purposes

ERRANDS = frozenset({"go", "rush", "visit"})

# "The aide said the plan works , speaking anonymously to discuss the talks ."
ANONYMOUS = [
    ("The", "the", "DET", "DT", "det", 1),
    ("aide", "aide", "NOUN", "NN", "nsubj", 2),
    ("said", "say", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("plan", "plan", "NOUN", "NN", "nsubj", 5),
    ("works", "work", "VERB", "VBZ", "ccomp", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("speaking", "speak", "VERB", "VBG", "advcl", 2),
    ("anonymously", "anonymously", "ADV", "RB", "advmod", 7),
    ("to", "to", "PART", "TO", "aux", 10),
    ("discuss", "discuss", "VERB", "VB", "advcl", 7),
    ("the", "the", "DET", "DT", "det", 12),
    ("talks", "talk", "NOUN", "NNS", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "He went on to endorse Ayotte and said she would win ."
WENT_ON = [
    ("He", "he", "PRON", "PRP", "nsubj", 1),
    ("went", "go", "VERB", "VBD", "ROOT", 1),
    ("on", "on", "ADP", "RP", "prt", 1),
    ("to", "to", "PART", "TO", "aux", 4),
    ("endorse", "endorse", "VERB", "VB", "advcl", 1),
    ("Ayotte", "Ayotte", "PROPN", "NNP", "dobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 1),
    ("said", "say", "VERB", "VBD", "conj", 1),
    ("she", "she", "PRON", "PRP", "nsubj", 10),
    ("would", "would", "AUX", "MD", "aux", 10),
    ("win", "win", "VERB", "VB", "ccomp", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_purpose_of_a_quoted_speaker_is_dropped() -> None:
    tokens = tokens_of(ANONYMOUS)
    said = Candidate.over(tokens, (3, 6), (2, 2), (0, 2, 1))
    discuss = Candidate.over(tokens, (11, 13), (9, 10), (0, 2, 1))
    assert drop_purposes([said, discuss], tree_of(ANONYMOUS), ERRANDS) == [said]


def test_purpose_of_a_lone_speaker_stays() -> None:
    tokens = tokens_of(ANONYMOUS)
    discuss = Candidate.over(tokens, (11, 13), (9, 10), (0, 2, 1))
    assert drop_purposes([discuss], tree_of(ANONYMOUS), ERRANDS) == [discuss]


def test_errand_infinitive_is_the_act_itself() -> None:
    tokens = tokens_of(WENT_ON)
    endorse = Candidate.over(tokens, (5, 6), (3, 4), (0, 1, 0))
    said = Candidate.over(tokens, (8, 11), (7, 7), (0, 1, 0))
    found = drop_purposes([endorse, said], tree_of(WENT_ON), ERRANDS)
    assert found == [endorse, said]
