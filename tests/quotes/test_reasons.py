"""The reason after a cue verb's target joins the content (``quotes.reasons``): "lashed
out at the council for cutting the budget"."""

from __future__ import annotations

from collections.abc import Callable

from parse_rows import tree_of

from newsgraph.quotes import QuoteSpan
from newsgraph.quotes.reasons import with_reason

Spans = Callable[[str], tuple[QuoteSpan, ...]]
ByCue = Callable[[tuple[QuoteSpan, ...], str], QuoteSpan]

# (text, lemma, pos, tag, dep, head)
Row = tuple[str, str, str, str, str, int]
PREPS = frozenset({"for", "over"})

# "The mayor lashed out at the council for cutting the budget ."
LASHED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
    ("lashed", "lash", "VERB", "VBD", "ROOT", 2),
    ("out", "out", "ADP", "RP", "prt", 2),
    ("at", "at", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 6),
    ("council", "council", "NOUN", "NN", "pobj", 4),
    ("for", "for", "ADP", "IN", "prep", 2),
    ("cutting", "cut", "VERB", "VBG", "pcomp", 7),
    ("the", "the", "DET", "DT", "det", 10),
    ("budget", "budget", "NOUN", "NN", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_reason_after_the_target_joins_it() -> None:
    assert with_reason(tree_of(LASHED), 2, [(5, 7)], PREPS) == [(5, 11)]


def test_other_prepositions_are_no_reason() -> None:
    rows = list(LASHED)
    rows[7] = ("in", "in", "ADP", "IN", "prep", 2)
    assert with_reason(tree_of(rows), 2, [(5, 7)], PREPS) == [(5, 7)]


def test_a_direct_object_takes_no_reason() -> None:
    # "The mayor thanked the council for cutting the budget ."
    rows = list(LASHED)
    rows[2] = ("thanked", "thank", "VERB", "VBD", "ROOT", 2)
    rows[6] = ("council", "council", "NOUN", "NN", "dobj", 2)
    assert with_reason(tree_of(rows), 2, [(5, 7)], PREPS) == [(5, 7)]


def test_reason_is_read_by_the_extractor(spans: Spans, by_cue: ByCue) -> None:
    found = spans("The mayor was pleading with the council for more money.")
    assert by_cue(found, "was pleading with").text == "the council for more money"
