"""What a telling verb tells through a story noun, not a listener (sentences written for
these tests)."""

from __future__ import annotations


def test_the_story_of_is_what_was_told(spans) -> None:
    text = "Olsen often tells the story of how the ferry sank in the storm."
    found = [s for s in spans(text) if s.cue == "often tells"]
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Olsen", "how the ferry sank in the storm")
    ]


def test_a_listener_object_is_no_story(spans) -> None:
    text = "Olsen told reporters about the ferry on Monday."
    assert not [s for s in spans(text) if s.text == "reporters"]
