"""Stances held "in … of" on a clause (``ownerless``): the clause's subject holds them, the
"of" object is what they are about (sentences written for these tests; one spaCy load per
session, see conftest)."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.ownerless import Ownerless


def _held(spans, text: str, cue: str) -> list:
    return [q for q in spans(text) if q.cue == cue]


def test_a_subject_in_favor_of_something_holds_the_stance(spans) -> None:
    (quote,) = _held(
        spans, "Ms. Ortega was always in favor of stricter zoning rules.", "in favor of"
    )
    assert quote.speaker_text == "Ms. Ortega"
    assert quote.text == "stricter zoning rules"


def test_a_vote_in_support_of_someone_is_the_voters_stance(spans) -> None:
    text = "The dairy farmers rallied in support of the governor."
    (quote,) = _held(spans, text, "in support of")
    assert quote.speaker_text == "The dairy farmers"
    assert quote.text == "the governor"


def test_a_subject_standing_in_opposition_to_something_holds_the_stance(spans) -> None:
    text = "The union has long stood in opposition to the trade pact."
    (quote,) = _held(spans, text, "in opposition to")
    assert quote.speaker_text == "The union"
    assert quote.text == "the trade pact"


def test_a_subject_that_is_a_stance_holds_it(spans) -> None:
    text = "The two letters were endorsements of the mayor."
    (quote,) = _held(spans, text, "were endorsements of")
    assert quote.speaker_text == "The two letters"
    assert quote.text == "the mayor"


def test_an_impersonal_subject_holds_no_stance(spans) -> None:
    assert _held(spans, "It was an attack on the mayor.", "was an attack on") == []


def test_a_cue_verb_read_as_a_modifier_is_no_act_of_its_own(cues: QuoteCues) -> None:
    # "officials took votes in favor of scrapping superdelegates", "scrapping" parsed as amod
    rows = [
        ("officials", "official", "NOUN", "NNS", "nsubj", 1),
        ("took", "take", "VERB", "VBD", "ROOT", 1),
        ("votes", "vote", "NOUN", "NNS", "dobj", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("favor", "favor", "NOUN", "NN", "pobj", 3),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("scrapping", "scrap", "VERB", "VBG", "amod", 7),
        ("superdelegates", "superdelegate", "NOUN", "NNS", "pobj", 5),
    ]
    tree = tree_of(rows)
    found = Ownerless(cues).find(tree, 4)
    assert found is not None
    assert found.speaker is not None and found.speaker[2] == 0
    assert found.start == tree.tokens[6].start
