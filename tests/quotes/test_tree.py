"""``quotes.tree.Tree`` helpers on a hand-built parse."""

from __future__ import annotations

from newsgraph.quotes.tree import Tree
from newsgraph.records import Token

# "Officials have also not said much ." with "much" hung on "said".
ROWS = [
    ("Officials", "NOUN", "nsubj", 4),
    ("have", "AUX", "aux", 4),
    ("also", "ADV", "advmod", 4),
    ("not", "PART", "neg", 4),
    ("said", "VERB", "ROOT", 4),
    ("much", "ADJ", "dobj", 4),
    (".", "PUNCT", "punct", 4),
]


def _tree() -> Tree:
    tokens, at = [], 0
    for i, (text, pos, dep, head) in enumerate(ROWS):
        tokens.append(Token(i, text, at, at + len(text), text.lower(), pos, pos, dep, head))
        at += len(text) + 1
    return Tree.build(tuple(tokens))


def test_leading_takes_the_run_of_listed_children_right_before() -> None:
    tree = _tree()
    assert tree.leading(4, {"aux", "neg", "advmod"}) == 1  # "have also not said"
    assert tree.leading(4, {"neg"}) == 3  # the run stops at the first other dependent
    assert tree.leading(4, set()) == 4
    assert tree.leading(0, {"aux"}) == 0  # nothing before the first word
