"""A reported "that" clause the parse hung below the cue's adverbial phrase
(``quotes.detached``): "said in one of a series of messages that …"; and a reported
clause the parse made the head of its cue ("after Olsen told the Herald he was …")."""

from __future__ import annotations

from collections.abc import Callable

from parse_rows import tree_of

from newsgraph.quotes import QuoteSpan
from newsgraph.quotes.detached import detached_clause, host_clause

Spans = Callable[[str], tuple[QuoteSpan, ...]]
ByCue = Callable[[tuple[QuoteSpan, ...], str], QuoteSpan]

# (text, lemma, pos, tag, dep, head)
Row = tuple[str, str, str, str, str, int]


# "Holt said in her messages that the ferry sank ." with the clause hung on "messages".
IN_MESSAGES: list[Row] = [
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("her", "her", "PRON", "PRP$", "poss", 4),
    ("messages", "message", "NOUN", "NNS", "pobj", 2),
    ("that", "that", "SCONJ", "IN", "mark", 8),
    ("the", "the", "DET", "DT", "det", 7),
    ("ferry", "ferry", "NOUN", "NN", "nsubj", 8),
    ("sank", "sink", "VERB", "VBD", "relcl", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_clause_below_the_cues_phrase_is_its_content() -> None:
    assert detached_clause(tree_of(IN_MESSAGES), 1) == (5, 9)


def test_clause_completing_an_object_noun_is_not_detached() -> None:
    rows = list(IN_MESSAGES)
    rows[2] = ("the", "the", "DET", "DT", "det", 4)
    rows[3] = ("old", "old", "ADJ", "JJ", "amod", 4)
    rows[4] = ("notion", "notion", "NOUN", "NN", "dobj", 1)  # "denied the old notion that"
    rows[8] = ("sank", "sink", "VERB", "VBD", "acl", 4)
    assert detached_clause(tree_of(rows), 1) is None


def test_relative_clause_without_a_subject_of_its_own_is_not_reported() -> None:
    rows = list(IN_MESSAGES)
    rows[5] = ("that", "that", "PRON", "WDT", "nsubj", 8)  # "messages that sank"
    rows[6] = ("then", "then", "ADV", "RB", "advmod", 8)
    rows[7] = ("quickly", "quickly", "ADV", "RB", "advmod", 8)
    assert detached_clause(tree_of(rows), 1) is None


def test_another_verb_before_that_owns_the_clause() -> None:
    rows: list[Row] = [
        ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("reports", "report", "NOUN", "NNS", "nsubj", 3),
        ("show", "show", "VERB", "VBP", "ccomp", 1),
        ("that", "that", "SCONJ", "IN", "mark", 6),
        ("ferries", "ferry", "NOUN", "NNS", "nsubj", 6),
        ("sank", "sink", "VERB", "VBD", "ccomp", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert detached_clause(tree_of(rows), 1) is None


def test_said_in_messages_that_end_to_end(spans: Spans, by_cue: ByCue) -> None:
    found = spans(
        "Mayor Lena Holt said in one of a series of messages that the ferry was carrying "
        "fuel when it sank."
    )
    quote = by_cue(found, "said")
    assert quote.speaker_text == "Mayor Lena Holt"
    assert quote.text == "that the ferry was carrying fuel when it sank"


def test_complained_soon_after_that_end_to_end(spans: Spans, by_cue: ByCue) -> None:
    found = spans("Many harbour workers complained soon after that the long queues hurt the shift.")
    quote = by_cue(found, "complained")
    assert quote.text == "that the long queues hurt the shift"


# "Holt alleged in the suit that Ruiz earned $ 5 million from it ." with "that" read as a
# relative word, the object of "from".
IN_THE_SUIT: list[Row] = [
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1),
    ("alleged", "allege", "VERB", "VBD", "ROOT", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("suit", "suit", "NOUN", "NN", "pobj", 2),
    ("that", "that", "PRON", "WDT", "pobj", 11),
    ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 7),
    ("earned", "earn", "VERB", "VBD", "relcl", 4),
    ("$", "$", "SYM", "$", "quantmod", 10),
    ("5", "5", "NUM", "CD", "compound", 10),
    ("million", "million", "NUM", "CD", "dobj", 7),
    ("from", "from", "ADP", "IN", "prep", 7),
    ("it", "it", "PRON", "PRP", "pobj", 11),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_that_misread_as_a_relative_word_still_opens_the_clause() -> None:
    assert detached_clause(tree_of(IN_THE_SUIT), 1) == (5, 13)


def test_relative_clause_on_a_bare_noun_phrase_is_not_reported() -> None:
    # "He responded the same way that we must respond now ."
    rows: list[Row] = [
        ("He", "he", "PRON", "PRP", "nsubj", 1),
        ("responded", "respond", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("same", "same", "ADJ", "JJ", "amod", 4),
        ("way", "way", "NOUN", "NN", "npadvmod", 1),
        ("that", "that", "PRON", "WDT", "advmod", 8),
        ("we", "we", "PRON", "PRP", "nsubj", 8),
        ("must", "must", "AUX", "MD", "aux", 8),
        ("respond", "respond", "VERB", "VB", "relcl", 4),
        ("now", "now", "ADV", "RB", "advmod", 8),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert detached_clause(tree_of(rows), 1) is None


def test_that_misread_as_a_filled_object_still_opens_the_clause(spans: Spans) -> None:
    text = (
        "Mayor Anna Olsen, a Labour contender, predicted at the most recent party debate "
        'that Conservatives will take "every seat" if Berg wins the nomination.'
    )
    found = [s for s in spans(text) if s.cue == "predicted"]
    assert len(found) == 1
    assert found[0].text.startswith("that Conservatives will take")


# "Days after Olsen told the Herald he was not ready ." with "told" hung on "was".
OLSEN: list[Row] = [
    ("Days", "day", "NOUN", "NNS", "npadvmod", 3),
    ("after", "after", "SCONJ", "IN", "mark", 3),
    ("Olsen", "Olsen", "PROPN", "NNP", "nsubj", 3),
    ("told", "tell", "VERB", "VBD", "advcl", 7),
    ("the", "the", "DET", "DT", "det", 5),
    ("Herald", "Herald", "PROPN", "NNP", "dobj", 3),
    ("he", "he", "PRON", "PRP", "nsubj", 7),
    ("was", "be", "AUX", "VBD", "ROOT", 7),
    ("not", "not", "PART", "RB", "neg", 7),
    ("ready", "ready", "ADJ", "JJ", "acomp", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_the_clause_after_the_cue_it_was_made_head_of_is_reported() -> None:
    assert host_clause(tree_of(OLSEN), 3) == (6, 11)


def test_an_as_aside_is_read_by_the_layout() -> None:
    rows = list(OLSEN)
    rows[1] = ("as", "as", "SCONJ", "IN", "mark", 3)
    assert host_clause(tree_of(rows), 3) is None


def test_a_cue_with_a_clause_of_its_own_reports_that_one() -> None:
    rows = list(OLSEN)
    rows[5] = ("so", "so", "ADV", "RB", "ccomp", 3)
    assert host_clause(tree_of(rows), 3) is None
