"""Phrasal cues built on light verbs and their noun: "took credit for", "has negative feelings
toward", "gave a preview of" (cues.yaml ``phrasal_cues``)."""

from __future__ import annotations


def test_light_verb_and_noun_phrases(spans) -> None:
    (credit,) = spans("The mayor took credit for the new ferry timetable.")
    assert credit.cue == "took credit for" and credit.text == "the new ferry timetable"
    (feeling,) = spans("The governor has negative feelings toward the port authority.")
    assert feeling.cue == "has negative feelings toward" and feeling.speaker_text == "The governor"
    (preview,) = spans("The mayor gave a preview of her plan for the harbour.")
    assert preview.text == "her plan for the harbour"
