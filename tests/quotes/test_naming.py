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


def test_what_someone_is_known_for_is_a_repute_sourced_to_no_one(spans, by_cue) -> None:
    text = "The ferry was run by a skipper known for taking long detours around the cape."
    quote = by_cue(spans(text), "known")
    assert quote.text.startswith("a skipper known for taking long detours")
    assert quote.speaker_start is None


def test_a_self_described_label_is_the_holders_own(spans, by_cue) -> None:
    text = "Marta Lind, a self-described cautious optimist, opened the harbour museum."
    quote = by_cue(spans(text), "described")
    assert quote.text == "cautious optimist"
    assert quote.speaker_text == "self"


def test_a_name_hyphenated_to_a_stance_participle_holds_it(spans, by_cue) -> None:
    text = "A Lind-backed plan for the harbour was approved last week."
    quote = by_cue(spans(text), "backed")
    assert quote.text.startswith("plan for the harbour")
    assert quote.speaker_text == "Lind"


def test_a_mention_with_the_is_no_hyphenated_label(spans) -> None:
    text = "The self-described optimist opened the harbour museum on Monday."
    assert not [s for s in spans(text) if s.cue == "described"]
