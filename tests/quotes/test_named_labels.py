"""Headline labels whose last word a desk also uses as a kicker ("Watch:") but which end a
group's name (sentences written for these tests)."""

from __future__ import annotations


def test_name_ending_in_a_desk_word_labels_its_words(spans) -> None:
    text = "Harbour Watch: Port Chief Hid Ferry Fees For Years.\n\nThe ferry sank on Monday."
    found = [s for s in spans(text) if s.cue == ":"]
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Harbour Watch", "Port Chief Hid Ferry Fees For Years")
    ]


def test_desk_kicker_after_another_desk_word_is_no_speaker(spans) -> None:
    text = "Live Update: Port Chief Hid Ferry Fees For Years.\n\nThe ferry sank on Monday."
    assert not [s for s in spans(text) if s.cue == ":"]
