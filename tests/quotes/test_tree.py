"""``quotes.tree.Tree`` helpers on a hand-built parse."""

from __future__ import annotations

from parse_rows import tree_of

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


def _subject_rows(first: str, second: str) -> list[tuple]:
    """ "In Salem , New Hampshire , Trump went" with both names read as subjects of "went"."""
    return [
        ("In", "in", "ADP", "IN", "prep", 6, ""),
        ("Salem", "Salem", "PROPN", "NNP", "pobj", 0, "GPE"),
        (",", ",", "PUNCT", ",", "punct", 6, ""),
        ("Hampshire", "Hampshire", "PROPN", "NNP", "nsubj", 6, first),
        (",", ",", "PUNCT", ",", "punct", 6, ""),
        ("Trump", "Trump", "PROPN", "NNP", "nsubj", 6, second),
        ("went", "go", "VERB", "VBD", "ROOT", 6, ""),
    ]


def test_a_place_before_a_person_is_not_a_failed_coordination() -> None:
    assert tree_of(_subject_rows("GPE", "PERSON")).subject(6) == 5


def test_two_names_of_one_kind_split_by_a_comma_are_one_subject() -> None:
    assert tree_of(_subject_rows("GPE", "GPE")).subject(6) == 3  # "North Korea, Russia agree"
    assert tree_of(_subject_rows("", "PERSON")).subject(6) == 3


def test_a_fronted_phrase_with_its_own_clause_is_not_a_failed_coordination() -> None:
    # "Absent his plan , which he lacks , Clinton spoke" with "plan" read as a subject too
    rows = [
        ("Absent", "absent", "ADJ", "JJ", "amod", 2, ""),
        ("his", "his", "PRON", "PRP$", "poss", 2, ""),
        ("plan", "plan", "NOUN", "NN", "nsubj", 9, ""),
        (",", ",", "PUNCT", ",", "punct", 2, ""),
        ("which", "which", "PRON", "WDT", "dobj", 6, ""),
        ("he", "he", "PRON", "PRP", "nsubj", 6, ""),
        ("lacks", "lack", "VERB", "VBZ", "relcl", 2, ""),
        (",", ",", "PUNCT", ",", "punct", 9, ""),
        ("Clinton", "Clinton", "PROPN", "NNP", "nsubj", 9, "PERSON"),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 9, ""),
    ]
    assert tree_of(rows).subject(9) == 8


def test_a_quantifier_floated_off_the_subject_is_no_subject_of_its_own() -> None:
    # "Party figures — whose party was proud — both said" with "both" read as a subject too
    rows = [
        ("Party", "party", "NOUN", "NN", "compound", 1, ""),
        ("figures", "figure", "NOUN", "NNS", "nsubj", 9, ""),
        ("\u2014", "\u2014", "PUNCT", ":", "punct", 1, ""),
        ("whose", "whose", "PRON", "WP$", "poss", 4, ""),
        ("party", "party", "NOUN", "NN", "nsubj", 5, ""),
        ("was", "be", "AUX", "VBD", "relcl", 1, ""),
        ("proud", "proud", "ADJ", "JJ", "acomp", 5, ""),
        ("\u2014", "\u2014", "PUNCT", ":", "punct", 9, ""),
        ("both", "both", "PRON", "DT", "nsubj", 9, ""),
        ("said", "say", "VERB", "VBD", "ROOT", 9, ""),
    ]
    assert tree_of(rows).subject(9) == 1
    rows[8] = ("some", "some", "PRON", "DT", "nsubj", 9, "")  # "some said": a subject
    assert tree_of(rows).subject(9) == 8


def _written(words: list[tuple[str, str, str, int, str]]) -> Tree:
    """Tokens as written: each word's text and the space after it (or none)."""
    tokens, at = [], 0
    for i, (text, pos, dep, head, space) in enumerate(words):
        tokens.append(Token(i, text, at, at + len(text), text.lower(), pos, pos, dep, head))
        at += len(text) + len(space)
    return Tree.build(tuple(tokens))


def test_punctuation_written_inside_a_name_joins_it() -> None:
    # "the Times/CBS poll said" with "/" hung on "poll" as punctuation
    words = [
        ("the", "DET", "det", 4, " "),
        ("Times", "PROPN", "nmod", 4, ""),
        ("/", "SYM", "punct", 4, ""),
        ("CBS", "PROPN", "compound", 4, " "),
        ("poll", "NOUN", "nsubj", 5, " "),
        ("said", "VERB", "ROOT", 5, ""),
    ]
    punct = ("punct",)
    assert _written(words).span(4, exclude=punct) == (0, 5)
    words[2] = (",", "PUNCT", "punct", 4, " ")  # "the Times, CBS poll": set off
    assert _written(words).span(4, exclude=punct) == (3, 5)
