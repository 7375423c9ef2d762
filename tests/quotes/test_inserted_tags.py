"""Inserted and closing cue clauses hung on another act ('X acknowledged Y - its “red
ink,” she called it'): the cue reports only the words after that act's verb. The parses
are written by hand, so each test fixes the tree shape the rule reads (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.layout import Layout
from newsgraph.quotes.tree import Tree
from newsgraph.records import Article, ParsedArticle, Sentence, Token

# (text, lemma, pos, tag, dep, head) per word; words are joined by single spaces.
Row = tuple[str, str, str, str, str, int]


def _parse(rows: list[Row]) -> tuple[ParsedArticle, Tree]:
    """A one-sentence article whose tokens carry exactly the given parse."""
    tokens, offset = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, offset, offset + len(text), lemma, pos, tag, dep, head))
        offset += len(text) + 1
    body = " ".join(row[0] for row in rows)
    sentence = Sentence(0, len(body), 0, len(tokens))
    article = Article(key="k", id="t", origin="test", text=body)
    parsed = ParsedArticle(article, tuple(tokens), (sentence,), ())
    return parsed, Tree.build(tuple(tokens))


@pytest.fixture(scope="module")
def layout() -> Layout:
    cues = QuoteCues.load()
    return Layout(cues, frozenset(m for pair in cues.quote_marks for m in pair))


def _words(parsed: ParsedArticle, part: tuple[int, int]) -> str:
    return " ".join(t.text for t in parsed.tokens[part[0] : part[1]])


# "Berg acknowledged the losses - its '' red ink , '' she called them ."
NAMED_AFTER_AN_ACT: list[Row] = [
    ("Berg", "Berg", "PROPN", "NNP", "nsubj", 1),
    ("acknowledged", "acknowledge", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("losses", "loss", "NOUN", "NNS", "dobj", 1),
    ("-", "-", "PUNCT", ":", "punct", 3),
    ("its", "its", "PRON", "PRP$", "poss", 8),
    ("''", "''", "PUNCT", "``", "punct", 8),
    ("red", "red", "ADJ", "JJ", "amod", 8),
    ("ink", "ink", "NOUN", "NN", "appos", 3),
    (",", ",", "PUNCT", ",", "punct", 12),
    ("''", "''", "PUNCT", "''", "punct", 12),
    ("she", "she", "PRON", "PRP", "nsubj", 12),
    ("called", "call", "VERB", "VBD", "parataxis", 1),
    ("them", "they", "PRON", "PRP", "dobj", 12),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_closing_tag_after_another_act_reports_only_the_words_after_it(layout) -> None:
    parsed, tree = _parse(NAMED_AFTER_AN_ACT)
    (part,) = layout.inverted(parsed, tree, 12)
    assert _words(parsed, part) == "its '' red ink"


def test_a_hyphen_inside_a_word_ends_no_act(layout) -> None:
    rows = list(NAMED_AFTER_AN_ACT)
    rows[4] = ("-", "-", "PUNCT", "HYPH", "punct", 3)  # as in "self-effacing"
    parsed, tree = _parse(rows)
    (part,) = layout.inverted(parsed, tree, 12)
    assert _words(parsed, part).startswith("Berg acknowledged")


def test_a_tag_on_a_clause_that_is_no_act_reports_it_whole(layout) -> None:
    # "The ferry will run again on Monday , she said ."
    rows: list[Row] = [
        ("The", "the", "DET", "DT", "det", 1),
        ("ferry", "ferry", "NOUN", "NN", "nsubj", 3),
        ("will", "will", "AUX", "MD", "aux", 3),
        ("run", "run", "VERB", "VB", "ROOT", 3),
        ("again", "again", "ADV", "RB", "advmod", 3),
        (",", ",", "PUNCT", ",", "punct", 3),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("Monday", "Monday", "PROPN", "NNP", "pobj", 6),
        (",", ",", "PUNCT", ",", "punct", 10),
        ("she", "she", "PRON", "PRP", "nsubj", 10),
        ("said", "say", "VERB", "VBD", "parataxis", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    parsed, tree = _parse(rows)
    (part,) = layout.inverted(parsed, tree, 10)
    assert _words(parsed, part) == "The ferry will run again , on Monday"


def test_a_that_clause_after_a_comma_is_a_complement_not_a_tag(layout) -> None:
    # "They heard a claim , first made by the union , that he told the mayor ."
    rows: list[Row] = [
        ("They", "they", "PRON", "PRP", "nsubj", 1),
        ("heard", "hear", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("claim", "claim", "NOUN", "NN", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 3),
        ("first", "first", "ADV", "RB", "advmod", 6),
        ("made", "make", "VERB", "VBN", "acl", 3),
        ("by", "by", "ADP", "IN", "agent", 6),
        ("the", "the", "DET", "DT", "det", 9),
        ("union", "union", "NOUN", "NN", "pobj", 7),
        (",", ",", "PUNCT", ",", "punct", 6),
        ("that", "that", "SCONJ", "IN", "mark", 13),
        ("he", "he", "PRON", "PRP", "nsubj", 13),
        ("told", "tell", "VERB", "VBD", "advcl", 6),
        ("the", "the", "DET", "DT", "det", 15),
        ("mayor", "mayor", "NOUN", "NN", "dobj", 13),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    parsed, tree = _parse(rows)
    assert layout.inverted(parsed, tree, 13) == []


def test_a_participle_after_a_scene_setting_clause_fronts_nothing(layout) -> None:
    # "Speaking to the harbour board , Berg wavered in answering ."
    rows: list[Row] = [
        ("Speaking", "speak", "VERB", "VBG", "advcl", 7),
        ("to", "to", "ADP", "IN", "prep", 0),
        ("the", "the", "DET", "DT", "det", 4),
        ("harbour", "harbour", "NOUN", "NN", "compound", 4),
        ("board", "board", "NOUN", "NN", "pobj", 1),
        (",", ",", "PUNCT", ",", "punct", 7),
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 7),
        ("wavered", "waver", "VERB", "VBD", "ROOT", 7),
        ("in", "in", "ADP", "IN", "prep", 7),
        ("answering", "answer", "VERB", "VBG", "pcomp", 8),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    parsed, tree = _parse(rows)
    assert layout.fronted(parsed, tree, 9, 6, 9) == []
    finite = list(rows)
    finite[9] = ("answered", "answer", "VERB", "VBD", "pcomp", 8)
    parsed, tree = _parse(finite)
    assert layout.fronted(parsed, tree, 9, 6, 9) == [(0, 5)]


def test_a_relative_clause_fronts_nothing(layout) -> None:
    # "The analysts worked long days at the bank , which advises ."
    rows: list[Row] = [
        ("The", "the", "DET", "DT", "det", 1),
        ("analysts", "analyst", "NOUN", "NNS", "nsubj", 2),
        ("worked", "work", "VERB", "VBD", "ROOT", 2),
        ("long", "long", "ADJ", "JJ", "amod", 4),
        ("days", "day", "NOUN", "NNS", "npadvmod", 2),
        ("at", "at", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 7),
        ("bank", "bank", "NOUN", "NN", "pobj", 5),
        (",", ",", "PUNCT", ",", "punct", 7),
        ("which", "which", "PRON", "WDT", "nsubj", 10),
        ("advises", "advise", "VERB", "VBZ", "relcl", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    parsed, tree = _parse(rows)
    assert layout.fronted(parsed, tree, 10, 9, 10) == []
