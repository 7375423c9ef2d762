"""Who holds an ownerless stance noun (``quotes.holders``): the subject of the verb that
does or brings it; never the subject of a verb of receiving
(sentences and hand-built parses written for these tests)."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.holders import StanceHolders
from newsgraph.quotes.subjects import Subjects


def _holders() -> StanceHolders:
    cues = QuoteCues.load()
    return StanceHolders(cues, Subjects(cues))


def test_the_subject_bringing_the_noun_holds_it(spans) -> None:
    (quote,) = spans(
        "The opposition entered the debate with a forceful argument that the tariffs were too high."
    )
    assert quote.cue == "argument" and quote.speaker_text == "The opposition"
    assert quote.text == "that the tariffs were too high"
    (rant,) = spans("The mayor went on a long rant about the port contract.")
    assert rant.speaker_text == "The mayor" and rant.text == "the port contract"


def test_a_received_noun_is_not_the_receivers(spans) -> None:
    (quote,) = spans("He faced questions about the port contract.")
    assert quote.speaker_text == "" and quote.speaker is None


def test_a_modifier_or_an_impersonal_subject_holds_nothing() -> None:
    # "Labour calls for an inquiry grew", "It spread theories about the deal"
    rows = [
        ("Labour", "Labour", "PROPN", "NNP", "compound", 1, "ORG"),
        ("calls", "call", "NOUN", "NNS", "nsubj", 5, ""),
        ("for", "for", "ADP", "IN", "prep", 1, ""),
        ("an", "an", "DET", "DT", "det", 4, ""),
        ("inquiry", "inquiry", "NOUN", "NN", "pobj", 2, ""),
        ("grew", "grow", "VERB", "VBD", "ROOT", 5, ""),
    ]
    assert _holders().of(tree_of(rows), 1) is None
    rows = [
        ("It", "it", "PRON", "PRP", "nsubj", 1, ""),
        ("spread", "spread", "VERB", "VBD", "ROOT", 1, ""),
        ("theories", "theory", "NOUN", "NNS", "dobj", 1, ""),
        ("about", "about", "ADP", "IN", "prep", 2, ""),
        ("the", "the", "DET", "DT", "det", 5, ""),
        ("deal", "deal", "NOUN", "NN", "pobj", 3, ""),
    ]
    assert _holders().of(tree_of(rows), 2) is None
    rows[0] = ("Rivals", "rival", "NOUN", "NNS", "nsubj", 1, "")
    assert _holders().of(tree_of(rows), 2) == 0


def test_a_stance_noun_with_a_subject_is_a_mistagged_verb() -> None:
    # "Grimm claims that it failed" with "claims" tagged a plural noun and the root
    rows = [
        ("Grimm", "Grimm", "PROPN", "NNP", "nsubj", 1, "PERSON"),
        ("claims", "claim", "NOUN", "NNS", "ROOT", 1, ""),
        ("that", "that", "SCONJ", "IN", "mark", 4, ""),
        ("it", "it", "PRON", "PRP", "nsubj", 4, ""),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1, ""),
    ]
    assert _holders().of(tree_of(rows), 1) == 0
    rows[0] = ("Grimm", "Grimm", "PROPN", "NNP", "compound", 1, "PERSON")
    assert _holders().of(tree_of(rows), 1) == 0
    rows[1] = ("claims", "claim", "NOUN", "NNS", "nsubj", 1, "")  # no root: a noun phrase
    assert _holders().of(tree_of(rows), 1) is None
