"""A participle trailing an inverted cue after a quotation is done by the name after the
cue, also when the parse took that name for no subject (``participles.inverted_reporter``)."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.participles import inverted_reporter
from newsgraph.quotes.subjects import Subjects

# '“ The plan is sound , ” said Rowe , explaining he had read it .' with "Rowe" read as
# an adverb of "said".
INVERTED = [
    ("\u201c", "\u201c", "PUNCT", "``", "punct", 7),
    ("The", "the", "DET", "DT", "det", 2),
    ("plan", "plan", "NOUN", "NN", "nsubj", 3),
    ("is", "be", "AUX", "VBZ", "ccomp", 7),
    ("sound", "sound", "ADJ", "JJ", "acomp", 3),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("\u201d", "\u201d", "PUNCT", "''", "punct", 7),
    ("said", "say", "VERB", "VBD", "ROOT", 7),
    ("Rowe", "Rowe", "ADV", "RB", "advmod", 7),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("explaining", "explain", "VERB", "VBG", "advcl", 7),
    ("he", "he", "PRON", "PRP", "nsubj", 13),
    ("had", "have", "AUX", "VBD", "aux", 13),
    ("read", "read", "VERB", "VBN", "ccomp", 10),
    ("it", "it", "PRON", "PRP", "dobj", 13),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_the_name_after_the_inverted_cue_does_the_participle(cues: QuoteCues) -> None:
    assert inverted_reporter(tree_of(INVERTED), 10, 7, cues) == 8


def test_the_participle_of_an_inverted_cue_is_the_names(cues: QuoteCues) -> None:
    assert Subjects(cues).of(tree_of(INVERTED), 10) == 8


def test_a_cue_after_no_quotation_gives_no_inverted_reporter(cues: QuoteCues) -> None:
    rows = list(INVERTED)
    rows[6] = ("then", "then", "ADV", "RB", "advmod", 7)
    assert inverted_reporter(tree_of(rows), 10, 7, cues) is None
