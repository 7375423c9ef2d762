"""The speaker outside a quotation when the parse took words of it for the subject
(``quotes.outside``; sentences written for these tests, one spaCy load per session)."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.marks import QuotedRegion
from newsgraph.quotes.outside import main_subject, subject_outside
from newsgraph.quotes.tree import Tree


def test_a_participle_hung_inside_the_quotation_after_it_is_the_main_subjects(
    spans, by_cue
) -> None:
    text = (
        "“We never met,” the aide said. The mayor seemed ready to joke about the flood in "
        "Leeds, telling the crowd, “Some people get a little carried away, have you noticed "
        "that?”"
    )
    quote = by_cue(spans(text), "telling")
    assert quote.speaker_text == "The mayor"
    assert quote.text.startswith("“Some people")


def test_an_inverted_cue_after_a_quotation_keeps_the_name_after_it(spans) -> None:
    (quote,) = spans("“The harbour will reopen in spring and the ferries will run,” said Grimm.")
    assert quote.speaker_text == "Grimm"


# "Grimm seemed ready , telling the crowd , “ people get carried ” ." with "telling" hung
# on "get", a verb of the quotation, whose subject "people" the parse gives it.
HUNG = [
    ("Grimm", "Grimm", "PROPN", "nsubj", 1),
    ("seemed", "seem", "VERB", "ROOT", 1),
    ("ready", "ready", "ADJ", "acomp", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("telling", "tell", "VERB", "advcl", 10),
    ("the", "the", "DET", "det", 6),
    ("crowd", "crowd", "NOUN", "dobj", 4),
    (",", ",", "PUNCT", "punct", 10),
    ("“", "“", "PUNCT", "punct", 10),
    ("people", "people", "NOUN", "nsubj", 10),
    ("get", "get", "VERB", "advcl", 1),
    ("carried", "carry", "VERB", "acomp", 10),
    ("”", "”", "PUNCT", "punct", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def _region(tree: Tree, first: int, last: int) -> QuotedRegion:
    return QuotedRegion(tree.tokens[first].start, tree.tokens[last].end)


def test_the_main_subject_before_the_participle_speaks_not_the_listener() -> None:
    tree = tree_of(HUNG)
    regions = (_region(tree, 8, 12),)
    assert main_subject(tree, 4, regions) == 0
    assert subject_outside(tree, 4, regions) == 0


def test_a_quotation_of_an_earlier_sentence_sets_no_name_before_the_cue() -> None:
    # "“ ok ” . Grimm seemed ready , telling …": the earlier quotation is not this cue's
    rows = [("“", "“", "PUNCT", "punct", 2), ("ok", "ok", "INTJ", "ROOT", 1)]
    rows += [("”", "”", "PUNCT", "punct", 1), (".", ".", "PUNCT", "punct", 1)]
    rows += [(t, lemma, pos, dep, head + 4) for t, lemma, pos, dep, head in HUNG]
    tree = tree_of(rows)
    regions = (_region(tree, 0, 2), _region(tree, 12, 16))
    assert subject_outside(tree, 8, regions) == 4
