"""The fronted "to" frames of ``frames``: the people a "to" names at the head of a sentence
hold the view in the rest of it (sentences written for these tests; one spaCy load per
session, see conftest)."""

from __future__ import annotations


def _framed(spans, text: str) -> list:
    return [q for q in spans(text) if q.cue == "To"]


def test_a_speech_verb_with_a_thing_as_subject_leaves_the_view_the_holders(spans) -> None:
    (quote,) = _framed(spans, "To them, it signals a new era for the party.")
    assert quote.speaker_text == "them"
    assert quote.text.startswith("it signals a new era")


def test_a_speech_verb_deep_in_the_clause_leaves_the_view_the_holders(spans) -> None:
    text = "To Dana, the deal looks fair so long as the unions do not threaten a strike."
    (quote,) = _framed(spans, text)
    assert quote.speaker_text == "Dana"


def test_a_speech_verb_with_a_speaker_takes_the_attribution(spans) -> None:
    assert _framed(spans, "To the voters, the senator said that the plan works.") == []


def test_a_quantifier_without_a_noun_names_people(spans) -> None:
    (quote,) = _framed(spans, "To many, the senator is a hero of the working class.")
    assert quote.speaker_text == "many"


def test_an_amount_of_people_names_them(spans) -> None:
    (quote,) = _framed(spans, "To a lot of voters, the plan sounds reckless and costly.")
    assert quote.speaker_text == "a lot of voters"


def test_a_feeling_of_a_body_names_no_holder(spans) -> None:
    assert _framed(spans, "To the shock of the board, the plan passed easily.") == []
