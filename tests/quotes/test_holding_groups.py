"""A passive judgement held among a group names that group as its source (sentences
written for these tests; one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_among_phrase_of_a_passive_is_its_source(spans) -> None:
    quotes = spans("The new ferry timetable was widely criticized among the island's fishermen.")
    (quote,) = [q for q in quotes if q.cue.endswith("criticized")]
    assert quote.speaker_text is not None and "fishermen" in quote.speaker_text
    assert "among" not in quote.text and quote.text.startswith("The new ferry timetable")
