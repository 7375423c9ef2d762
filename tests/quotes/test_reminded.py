"""Verbs that put a listener in mind of something (sentences written for these tests)."""

from __future__ import annotations


def test_what_a_listener_is_reminded_about_is_the_content(spans, by_cue) -> None:
    text = "Captain Ola Berg reminded the passengers about the storm warning on Friday."
    quote = by_cue(spans(text), "reminded")
    assert "the storm warning" in quote.text
    assert quote.speaker_text == "Captain Ola Berg"


def test_what_a_listener_is_informed_of_is_the_content(spans) -> None:
    text = "The harbour office informed the crews of the new fees in a letter."
    assert any("the new fees" in s.text and s.cue.startswith("informed") for s in spans(text))
