"""Subheads before a colon that name a topic or a form's field, not a source (sentences
written for these tests)."""

from __future__ import annotations


def test_a_topic_subhead_names_no_speaker(spans) -> None:
    text = "The harbour board met on Monday.\n\nThe goal: Ferries will run hourly by summer."
    assert not [s for s in spans(text) if s.speaker_text == "The goal"]


def test_a_question_label_names_no_speaker(spans) -> None:
    text = "Question: Who decided the ferries would stop running at night?"
    assert not [s for s in spans(text) if s.speaker_text == "Question"]
