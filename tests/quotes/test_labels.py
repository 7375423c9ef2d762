"""Headline labels before a colon: the words the parse split off into a sentence of
their own, a listener or topic after the name, and the desk's byline (sentences written
for these tests)."""

from __future__ import annotations


def test_label_words_split_off_after_the_colon(spans) -> None:
    text = "Olsen: And Then There Was the One Ferry.\n\nThe ferry sank."
    found = [s for s in spans(text) if s.cue == ":"]
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Olsen", "And Then There Was the One Ferry")
    ]


def test_headline_label_names_a_listener_after_the_speaker(spans) -> None:
    text = "Mayor Olsen to Harbour Workers: The Ferry Will Run Again.\n\nThe workers cheered."
    found = [s for s in spans(text) if s.cue == ":"]
    assert len(found) == 1
    assert found[0].speaker_text.startswith("Mayor Olsen")
    assert found[0].text == "The Ferry Will Run Again"


def test_byline_is_no_speaker(spans) -> None:
    text = "BYLINE: Anna Olsen.\n\nThe ferry sank on Monday."
    assert not [s for s in spans(text) if s.cue == ":"]
