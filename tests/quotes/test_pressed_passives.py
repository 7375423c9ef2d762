"""The passive subject of a pressing verb says what the infinitive after it says
(sentences written for these tests)."""

from __future__ import annotations


def test_the_one_prompted_to_say_speaks(spans) -> None:
    text = "The harbour master was prompted to say that the ferry would sail on Monday."
    (quote,) = [s for s in spans(text) if s.cue == "to say"]
    assert quote.speaker_text == "The harbour master"
    assert quote.text == "that the ferry would sail on Monday"


def test_the_one_forced_to_admit_speaks(spans) -> None:
    text = "The captain was forced to admit that the ferry had left without its lifeboats."
    (quote,) = [s for s in spans(text) if s.cue == "to admit"]
    assert quote.speaker_text == "The captain"


def test_a_purpose_passive_gives_no_speaker(spans) -> None:
    text = "The new timetables were meant to show that the ferry runs every hour."
    assert not [s for s in spans(text) if s.speaker_text == "The new timetables"]
