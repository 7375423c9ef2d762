"""Labels given in a reduced passive clause (sentences written for these tests)."""

from __future__ import annotations


def test_a_label_given_by_a_reduced_clause_is_sourced_to_no_one(spans, by_cue) -> None:
    text = "Before dawn, the ferry left from a harbour known as the Old Basin."
    quote = by_cue(spans(text), "known as")
    assert quote.text == "a harbour known as the Old Basin"
    assert quote.speaker_text == "" and quote.speaker_start is None


def test_a_to_phrase_names_who_uses_the_label(spans, by_cue) -> None:
    text = "Tomas Berg, known to the crews as Captain Tom, ran the ferry for thirty years."
    quote = by_cue(spans(text), "known")
    assert quote.speaker_text.startswith("the crews")
    assert quote.text.startswith("Tomas Berg")


def test_naming_of_mere_reference_is_no_label(spans) -> None:
    text = "A man named Tomas Berg ran the ferry from a town called Ely for thirty years."
    assert not [s for s in spans(text) if s.cue.startswith(("named", "called"))]


def test_what_someone_is_known_for_is_no_label(spans) -> None:
    text = "The ferry was run by a skipper known for taking long detours around the cape."
    assert not [s for s in spans(text) if s.cue.startswith("known")]
