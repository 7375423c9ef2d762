"""Cue verbs the parse read as adjectives on the noun after them (``quotes.adjectival``).

The trees are written out by hand in the shape the small parser gives such sentences, so
each rule is checked on exactly the parse it is for.
"""

from __future__ import annotations

from parse_rows import tokens_of, tree_of

from newsgraph.quotes.adjectival import adjectival_act

CUES = frozenset({"accuse", "propose"})

# "Olsen accused Berg of lying ." read as the noun phrase "Olsen accused Berg".
OLSEN = [
    ("Olsen", "Olsen", "PROPN", "NNP", "compound", 2),
    ("accused", "accuse", "VERB", "VBN", "amod", 2),
    ("Berg", "Berg", "PROPN", "NNP", "ROOT", 2),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("lying", "lie", "VERB", "VBG", "pcomp", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def _text(rows: list[tuple], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens_of(rows))[start:end]


def test_the_name_before_an_adjectival_cue_speaks_the_rest_of_the_sentence() -> None:
    found = adjectival_act(tree_of(OLSEN), 1, CUES)
    assert found is not None
    assert found.speaker == (0, 1, 0)
    assert _text(OLSEN, found.cue_start, found.cue_end) == "accused"
    assert _text(OLSEN, found.start, found.end) == "Berg of lying"


def test_a_possessive_before_the_verb_only_modifies_the_noun() -> None:
    rows = [
        ("his", "his", "PRON", "PRP$", "poss", 2),
        ("proposed", "propose", "VERB", "VBN", "amod", 2),
        ("law", "law", "NOUN", "NN", "ROOT", 2),
        ("failed", "fail", "VERB", "VBD", "conj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    assert adjectival_act(tree_of(rows), 1, CUES) is None


def test_a_common_noun_modifying_the_phrase_does_not_speak() -> None:
    rows = list(OLSEN)
    rows[0] = ("party", "party", "NOUN", "NN", "compound", 2)
    assert adjectival_act(tree_of(rows), 1, CUES) is None
