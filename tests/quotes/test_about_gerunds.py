"""A speech verb's preposition may govern a gerund clause rather than a noun
(``bounds.targeted``): "joked about closing the harbour" says what was joked about, and a
participle coordinated after it ("boasting about X and pledging Y") is a further act
(``candidates._further_act``).
Sentences written for these tests; trees in the parser's shape, and end-to-end cases."""

from __future__ import annotations

from parse_rows import tree_of

# (text, lemma, pos, dep, head)
Row = tuple[str, str, str, str, int]

# "The mayor joked about closing the harbour ."
JOKED: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("mayor", "mayor", "NOUN", "nsubj", 2),
    ("joked", "joke", "VERB", "ROOT", 2),
    ("about", "about", "ADP", "prep", 2),
    ("closing", "close", "VERB", "pcomp", 3),
    ("the", "the", "DET", "det", 6),
    ("harbour", "harbour", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_gerund_after_a_speech_verbs_preposition_is_what_it_is_about(bounds) -> None:
    tree = tree_of(JOKED)
    assert bounds.about(tree, 2, 3)
    assert bounds.about_parts(tree, 2, 3) == [(4, 7)]


def test_a_boast_about_doing_something_is_attributed(spans) -> None:
    (quote,) = spans("He was back to boasting about winning.")
    assert quote.cue == "boasting about" and quote.speaker_text == "He"
    assert quote.text == "winning"


def test_a_participle_coordinated_after_a_prepositional_cue_is_an_act_of_its_own(spans) -> None:
    found = spans("He was back to boasting about winning and pledging to rebuild the harbour.")
    boast = next(s for s in found if s.cue == "boasting about")
    pledge = next(s for s in found if s.cue == "pledging")
    assert boast.text == "winning"
    assert pledge.text == "to rebuild the harbour" and pledge.speaker_text == "He"
