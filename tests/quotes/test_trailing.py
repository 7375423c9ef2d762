"""Further acts the parse hung deep inside a content (``quotes.trailing``): the content
ends before them and they keep the speaker of the content they trail."""

from __future__ import annotations


def test_a_further_act_hung_inside_the_content_is_the_speakers_own(spans, by_cue) -> None:
    found = spans(
        "The mayor said the warning showed that the council did not know what it was "
        "doing, and accused the board of hiding the costs."
    )
    said = by_cue(found, "said")
    assert said.text == "the warning showed that the council did not know what it was doing"
    accused = by_cue(found, "accused")
    assert accused.speaker_text == "The mayor"
    assert "hiding the costs" in accused.text


def test_a_verb_going_on_with_a_relative_clause_stays_in_the_content(spans, by_cue) -> None:
    found = spans(
        "The mayor criticized a report that praised the council and called the ferry plan "
        "a success."
    )
    criticized = by_cue(found, "criticized")
    assert criticized.text.endswith("called the ferry plan a success")
