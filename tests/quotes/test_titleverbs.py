"""Headline cue verbs the parse reads as names or nouns ("Harbour Union Chief Praises
…"), and a second verb joined to the first (sentences written for these tests)."""

from __future__ import annotations


def test_title_case_headline_verb_read_as_a_name(spans) -> None:
    text = (
        "Harbour Union Chief Praises Ferry Operator Over Night Crossings.\n\n"
        "The union leader spoke on Monday."
    )
    found = [s for s in spans(text) if s.cue == "Praises"]
    assert len(found) == 1
    assert found[0].speaker_text == "Harbour Union Chief"
    assert found[0].text.startswith("Ferry Operator")


def test_second_headline_verb_shares_the_speaker(spans) -> None:
    text = "Oslo Mayor Olsen Backs Ferry Plan And Denounces Bridge Tolls.\n\nThe vote is Friday."
    found = {s.cue: s for s in spans(text)}
    assert found["Denounces"].speaker_text == "Oslo Mayor Olsen"
    assert found["Denounces"].text == "Bridge Tolls"
    assert found["Backs"].text == "Ferry Plan"


def test_plural_noun_after_a_word_of_the_sentence_is_no_cue(spans) -> None:
    text = "Harbour Board Cuts Ferry Fares After Angry Calls.\n\nThe board met on Monday."
    assert not [s for s in spans(text) if s.cue == "Calls"]
